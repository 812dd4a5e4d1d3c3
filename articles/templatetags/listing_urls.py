"""Query-string links for the listing: narrow by one value, remove one, change the page.

Every link is built from the current filters, so a click keeps everything
else the reader chose; changing a filter drops the page and the cursor, since
page 7 of one search means nothing in another.
"""

import functools
from urllib.parse import quote_plus

from django import template
from django.http import QueryDict
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from articles.core.numbers import integer_formatter
from articles.core.pagination import PAGE_PARAMS

register = template.Library()


class QueryLinks:
    """The query string less its paging keys, encoded once; each link re-encodes only the keys it changes.

    What ``QueryDict.urlencode`` gives for the changed query, byte for byte:
    a changed key keeps its place, a new one goes last, an emptied one goes.
    A facet column builds some fifty links from one query, so one of these
    serves a whole facet rather than a copy and an encoding of the query per link.
    """

    def __init__(self, params):
        lists = params.lists() if isinstance(params, QueryDict) else ()
        self.values = {key: list(values) for key, values in lists if key not in PAGE_PARAMS}
        self.encoded = {key: encode_values(key, values) for key, values in self.values.items()}

    def encoded_query(self):
        """The query less its paging keys, encoded, without the ``?``."""
        return "&".join(part for part in self.encoded.values() if part)

    def getlist(self, key):
        return list(self.values.get(key, ()))

    def changed(self, changes):
        """``?`` and the query with each key of ``changes`` set to its list of values (an empty list removes it)."""
        parts = [changes[key] if key in changes else values for key, values in self.encoded.items()]
        parts += [values for key, values in changes.items() if key not in self.encoded]
        return "?" + "&".join(part for part in parts if part)

    def with_values(self, values):
        """The query with each key of the dict ``values`` set to its list of values (an empty list removes the key)."""
        return self.changed({key: encode_values(key, items) for key, items in values.items()})


def encode_values(key, values):
    """``key=value&key=value``: what ``QueryDict.urlencode`` gives for one key's values (quote_plus on each side)."""
    name = _quoted(key)
    return "&".join([f"{name}={_quoted(str(value))}" for value in values])


# Pages quote the same keys, country codes and slugs over and over: each once per process.
_quoted = functools.lru_cache(maxsize=8192)(quote_plus)


def _added(links, key, value):
    value = str(value)
    values = links.getlist(key)
    if value.lower() not in {v.lower() for v in values}:
        values.append(value)
    return links.with_values({key: values})


def _replaced(links, values):
    return links.with_values({key: [] if value in (None, "") else [str(value)] for key, value in values.items()})


@register.simple_tag
def remove_value(params, key, value=None):
    """The query without ``value`` under ``key`` (or without ``key`` at all), page dropped."""
    links = QueryLinks(params)
    if value is None:
        return links.with_values({key: []})
    return links.with_values({key: [v for v in links.getlist(key) if v.lower() != str(value).lower()]})


@register.simple_tag
def replace_values(params, **values):
    """The query with these keys set to these values (empty removes the key), page dropped."""
    return _replaced(QueryLinks(params), values)


@register.simple_tag
def page_query(params, paging):
    """The query moved to another page: ``paging`` is ``{"page": 3}`` or ``{"after": cursor}``."""
    values = {key: [str(value)] for key, value in (paging or {}).items() if not (key == "page" and value == 1)}
    return QueryLinks(params).with_values(values)


@register.simple_tag
def narrow(params, facet, value, links=None):
    """The link behind a facet count: add a country or entity, or set the author or the year.

    ``links``: the query's :class:`QueryLinks`, when the caller has one for ``params``.
    """
    links = links or QueryLinks(params)
    if facet.param == "year":
        return _replaced(links, {"date_from": f"{value.value}-01-01", "date_to": f"{value.value}-12-31"})
    if facet.param == "author":
        return _replaced(links, {"author": value.value})
    return _added(links, facet.param, value.value)


@register.simple_tag
def is_active(params, facet, value):
    """Whether this facet value is already part of the filter (shown as selected, not as a link)."""
    if facet.param == "year":
        return params.get("date_from") == f"{value.value}-01-01" and params.get("date_to") == f"{value.value}-12-31"
    return value.value.lower() in {v.lower() for v in params.getlist(facet.param)}


@register.filter
def page_param(number):
    """``{"page": number}``, for :func:`page_query` in a loop over page numbers."""
    return {"page": number}


@register.simple_tag
def facet_items(params, facet, listing_url):
    """The ``<li>`` of each of a facet's values: chosen, or a link that adds it, and its count.

    One tag per facet rather than two tags and a dozen lookups per value: a
    listing shows fifty values.
    """
    items, links, grouped = [], QueryLinks(params), integer_formatter(grouping=True)
    for value in facet.values:
        label = conditional_escape(value.label)
        if is_active(params, facet, value):
            shown = f'<span class="facet__chosen" aria-current="true">{label}</span>'
        else:
            href = conditional_escape(listing_url) + conditional_escape(narrow(params, facet, value, links))
            shown = f'<a href="{href}" rel="nofollow">{label}</a>'
        items.append(f'\n      <li>{shown} <span class="count">{conditional_escape(grouped(value.count))}</span></li>\n      ')
    return mark_safe("".join(items))

