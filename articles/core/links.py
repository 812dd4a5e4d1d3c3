"""Reversed links remembered per process: pages link the same few hundred countries and authors over and over."""

import functools
import re
from urllib.parse import quote

from django.urls import get_script_prefix, get_urlconf, reverse

from ..models.derived import is_slug

ASCII_SLUG = re.compile(r"[-a-zA-Z0-9_]+\Z")  # nothing in it is ever quoted


@functools.lru_cache(maxsize=4096)
def _reversed(view, key, value, prefix, urlconf):
    # The script prefix is part of the key because ``reverse`` includes it.
    return reverse(view, kwargs={key: value}, urlconf=urlconf)


def reverse_one(view, key, value):
    """``reverse(view, kwargs={key: value})``, computed once per process for each value."""
    return _reversed(view, key, value, get_script_prefix(), get_urlconf())


@functools.lru_cache(maxsize=64)
def _dated_head(view, prefix, urlconf):
    # What comes before ``YYYY/MM/DD/slug/`` in the view's address; None when it is laid out otherwise.
    url = reverse(view, kwargs={"year": 2000, "month": "01", "day": "02", "slug": "s"}, urlconf=urlconf)
    head, found, rest = url.rpartition("/2000/01/02/s/")
    return head + "/" if found and not rest else None


def reverse_dated(view, year, month, day, slug):
    """``reverse(view, kwargs=…)`` for an address ending ``YYYY/MM/DD/slug/``: the resolver's work once per process.

    A listing links twenty to fifty articles, each on its own day: reversing
    each was half of a result card's time. A slug the path converter would
    refuse goes through ``reverse`` (and fails there as before). A slug in
    another script is percent-encoded (UTF-8) as ``reverse`` would.
    """
    head = _dated_head(view, get_script_prefix(), get_urlconf())
    segment = slug if ASCII_SLUG.match(slug) else quote(slug) if is_slug(slug) else None
    if head is None or not 1 <= year <= 9999 or segment is None:
        return reverse(view, kwargs={"year": year, "month": f"{month:02d}", "day": f"{day:02d}", "slug": slug})
    return f"{head}{year:04d}/{month:02d}/{day:02d}/{segment}/"
