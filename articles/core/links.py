"""Reversed links remembered per process: pages link the same few hundred countries and authors over and over."""

import functools

from django.urls import get_script_prefix, get_urlconf, reverse


@functools.lru_cache(maxsize=4096)
def _reversed(view, key, value, prefix, urlconf):
    # The script prefix is part of the key because ``reverse`` includes it.
    return reverse(view, kwargs={key: value}, urlconf=urlconf)


def reverse_one(view, key, value):
    """``reverse(view, kwargs={key: value})``, computed once per process for each value."""
    return _reversed(view, key, value, get_script_prefix(), get_urlconf())
