"""Query-string links for the listing: narrow by one value, remove one, change the page.

Every link is built from the current filters, so a click keeps everything
else the reader chose; changing a filter drops the page and the cursor, since
page 7 of one search means nothing in another.
"""

from django import template
from django.contrib.humanize.templatetags.humanize import intcomma
from django.http import QueryDict
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

PAGING = ("page", "after", "before")


def _copy(params):
    # A new QueryDict with copies of the value lists: QueryDict.copy() deep-copies
    # every value, and a listing builds some sixty links from the same query.
    query = QueryDict(mutable=True)
    if isinstance(params, QueryDict):
        for key, values in params.lists():
            query.setlist(key, list(values))
    return query


def _without_paging(params):
    query = _copy(params)
    for key in PAGING:
        query.pop(key, None)
    return query


def _encoded(query):
    text = query.urlencode()
    return f"?{text}" if text else "?"


@register.simple_tag
def add_value(params, key, value):
    """The query with ``value`` added to ``key`` (kept once), page dropped."""
    query = _without_paging(params)
    value = str(value)
    values = query.getlist(key)
    if value.lower() not in {v.lower() for v in values}:
        values.append(value)
    query.setlist(key, values)
    return _encoded(query)


@register.simple_tag
def remove_value(params, key, value=None):
    """The query without ``value`` under ``key`` (or without ``key`` at all), page dropped."""
    query = _without_paging(params)
    if value is None:
        query.pop(key, None)
    else:
        kept = [v for v in query.getlist(key) if v.lower() != str(value).lower()]
        query.setlist(key, kept) if kept else query.pop(key, None)
    return _encoded(query)


@register.simple_tag
def replace_values(params, **values):
    """The query with these keys set to these values (empty removes the key), page dropped."""
    query = _without_paging(params)
    for key, value in values.items():
        if value in (None, ""):
            query.pop(key, None)
        else:
            query.setlist(key, [str(value)])
    return _encoded(query)


@register.simple_tag
def page_query(params, paging):
    """The query moved to another page: ``paging`` is ``{"page": 3}`` or ``{"after": cursor}``."""
    query = _without_paging(params)
    for key, value in (paging or {}).items():
        if not (key == "page" and value == 1):
            query[key] = str(value)
    return _encoded(query)


@register.simple_tag
def narrow(params, facet, value):
    """The link behind a facet count: add a country or entity, or set the author or the year."""
    if facet.param == "year":
        return replace_values(params, date_from=f"{value.value}-01-01", date_to=f"{value.value}-12-31")
    if facet.param == "author":
        return replace_values(params, author=value.value)
    return add_value(params, facet.param, value.value)


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
    items = []
    for value in facet.values:
        if is_active(params, facet, value):
            shown = format_html('<span class="facet__chosen" aria-current="true">{}</span>', value.label)
        else:
            shown = format_html('<a href="{}{}" rel="nofollow">{}</a>', listing_url, narrow(params, facet, value), value.label)
        items.append(format_html('\n      <li>{} <span class="count">{}</span></li>\n      ', shown, intcomma(value.count)))
    return mark_safe("".join(items))
