"""Counts as Django prints them, for pages that print a hundred of them (a chart's buckets, a facet column)."""

from django.conf import settings
from django.utils.formats import get_format, number_format


def integer_formatter(grouping=False):
    """A function giving what a template prints for an int in the active language: ``{{ n }}`` or, with
    ``grouping``, ``{{ n|intcomma }}``.

    The language's separator and grouping are read once, here, rather than by
    ``number_format`` for every number. Groups of three are
    Python's own ``{:,}``; other groupings (Indian numbering) go to Django.
    """
    if not (grouping or settings.USE_THOUSAND_SEPARATOR):
        return str
    separator, size = get_format("THOUSAND_SEPARATOR"), get_format("NUMBER_GROUPING")
    if size == 3:
        return (lambda n: f"{n:,}") if separator == "," else (lambda n: f"{n:,}".replace(",", separator))
    return lambda n: number_format(n, force_grouping=True)
