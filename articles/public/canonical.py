"""The canonical form of a public URL: only the query parameters its view reads, in one order.

The page cache keys on the URL, so without this anyone could fill it with
copies of one page (``?country=ru&utm_campaign=junk1``, ``junk2``…). An
anonymous GET's query string is rewritten before the view and the cache see
it: parameters the view does not read are dropped and the rest sorted, so
every variant of a page is one page, rendered from and stored under one URL.
"""

import functools
from urllib.parse import urlencode

from django.http import QueryDict
from django.urls import Resolver404, resolve

from articles.core.pagination import PAGE_PARAMS, POSITION_PARAMS
from articles.public.filters import ArticleFilter


@functools.cache
def query_params():
    """{URL name: the query parameters its view reads}; a public URL not named here reads none."""
    filters = tuple(ArticleFilter.base_filters)
    listing = (*filters, *PAGE_PARAMS)
    return {
        "article-list": listing,
        "country-detail": listing,
        "entity-detail": listing,
        "author-detail": listing,
        "article-export-csv": filters,
        "feed-rss": filters,
        "feed-atom": filters,
        "api-article-list": (*filters, *POSITION_PARAMS),
        "api-schema": ("format", "lang"),
        "archive-month": ("page",),
        "archive-day": ("page",),
        "corrections": ("before",),
        "sitemap-section": ("p",),
    }


def canonical_query(request):
    """The query string of ``request`` as its view reads it: known parameters only, sorted; None for no view."""
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    known = query_params().get(match.url_name, ())
    pairs = sorted((key, value) for key, values in request.GET.lists() if key in known for value in values)
    return urlencode(pairs)


def make_canonical(request):
    """Rewrite the request's query string (``GET`` and ``QUERY_STRING``) to its canonical form."""
    query = canonical_query(request)
    if query is not None and query != request.META.get("QUERY_STRING", ""):
        request.META["QUERY_STRING"] = query
        request.GET = QueryDict(query)
