"""Full-text search over articles: the one package that knows which database it runs on.

This module is the API and the only place that asks which database a queryset
uses; ``query`` parses the readers' web-search syntax, ``sql`` defines the
searched columns and weights (with the SQL the migrations import),
``postgresql`` and ``sqlite`` build each database's expressions, and
``highlighting`` marks matches. Where the search data lives and why, and the
query shapes chosen for a large archive: ``docs/search.md``.
"""

import html

from django.db import connections
from django.db.backends.signals import connection_created
from django.db.models import F, TextField, Value
from django.db.models.functions import Substr
from django.utils.html import escape
from django.utils.text import Truncator

from ..core.conf import caps
from . import postgresql, sqlite
from .highlighting import OPEN, highlight, marked_html
from .postgresql import estimated_share
from .query import MAX_QUERY_LENGTH, SearchQueryError, parse_terms, validate_query
from .query import parsed as _parsed

__all__ = [
    "MAX_QUERY_LENGTH", "SearchQueryError", "estimated_share", "highlight",
    "by_rank", "capped_count_within", "id_list", "newest_matches", "planner_estimate",
    "order_by_relevance", "parse_terms", "restore_sqlite_triggers", "search", "snippets", "validate_query",
]

BODY_PREFIX_CHARS = 2000


def _backend(queryset):
    vendor = connections[queryset.db].vendor
    if vendor == "postgresql":
        return postgresql
    if vendor == "sqlite":
        return sqlite
    raise NotImplementedError(f"Full-text search supports PostgreSQL and SQLite, not {vendor}.")


def _remember_lexeme_frequencies(sender, connection, **kwargs):
    if connection.vendor == "postgresql" and connection.alias in connections:
        postgresql.remember_lexeme_frequencies(connection)


connection_created.connect(_remember_lexeme_frequencies, dispatch_uid="articles.search.lexeme_frequencies")


def search(queryset, query, *, within_countries=()):
    """Articles of ``queryset`` matching ``query``, with a ``search_rank`` alias (higher is better).

    The rank is an ``alias()``, computed only when something orders by it
    (``order_by_relevance``). Raises ``SearchQueryError`` for a query that
    cannot be searched (see ``validate_query``). ``within_countries``: the
    ids of the countries the caller also filters on (``tagged_with_any``);
    PostgreSQL then looks the words and the countries up in its search index
    together (an article's ``search_names`` carry its countries' tag words).
    It only narrows: the caller's tag filter still decides.
    """
    return _backend(queryset).match(queryset, _parsed(query), within_countries)


_RANK_WINDOW_WHEN_CALLED = object()


def order_by_relevance(queryset, *, rank_window=_RANK_WINDOW_WHEN_CALLED):
    """A searched queryset, best match first, then newest; ranking only its newest ``rank_window`` matches.

    ``rank_window`` is ``caps.RANK_WINDOW`` unless given; ``None`` ranks every
    match (fine for a small archive; for a common word the cost grows with the archive).
    """
    if rank_window is _RANK_WINDOW_WHEN_CALLED:
        rank_window = caps.RANK_WINDOW
    if rank_window is not None:
        newest = queryset.order_by("-published_at", "-id").values("pk")[:rank_window]
        queryset = queryset.filter(pk__in=newest)
    return queryset.order_by("-search_rank", "-published_at", "-id")


def id_list(ids, using="default"):
    """``ids`` as one query parameter, for ``field__in=``: thousands of ids without thousands of placeholders.

    Thousands of ``IN (%s, …)`` placeholders cost Django and psycopg real time to
    build and bind; an array (PostgreSQL) or a JSON list (SQLite) is one value.
    """
    vendor = connections[using].vendor
    return (postgresql if vendor == "postgresql" else sqlite).id_list(list(ids))


def capped_count_within(queryset, cap, milliseconds):
    """``queryset``'s rows counted up to ``cap + 1``, or None when counting takes longer than ``milliseconds``.

    Counting the matches of a common word among a prolific author's articles
    re-checks each one's search data, on the reader's first visit.
    PostgreSQL stops the count at the budget (its
    statement timeout, for that statement only); the caller then has the
    planner's estimate. SQLite counts without a budget, up to the cap.
    """
    return _backend(queryset).capped_count_within(queryset, cap, milliseconds)


def planner_estimate(queryset):
    """The database's estimate of how many rows ``queryset`` returns, read from its statistics; None on SQLite.

    PostgreSQL keeps per-word frequencies for the search column (statistics
    target 1000) and value histograms for the rest: one ``EXPLAIN``, no row
    read. SQLite keeps nothing of the kind; its callers count, up to a cap, instead.
    """
    return _backend(queryset).planner_estimate(queryset)


# Rows read beyond a window ordered by date alone, so that ties at its end can be put in id order.
WINDOW_SLACK = 50


def newest_matches(queryset, limit=None, *, ranked=False, query=None, within_countries=()):
    """``[(id, published_at)]`` of the newest ``limit`` (default ``caps.RANK_WINDOW``) articles of a searched queryset.

    One query, newest first: a plain list, so a page can cache it per filter
    and serve its first pages, its relevance ranking and its facet sample
    from it without searching again (a phrase re-checks thousands of
    articles' positions on every search). ``ranked``: each row with its
    rank too, ``(id, published_at, rank)``, computed in the same pass, for
    :func:`by_rank`. ``query`` (the searched text) lets PostgreSQL read the
    window from its dated RUM index where that is quicker (``within_countries``:
    as given to :func:`search`).
    """
    limit = caps.RANK_WINDOW if limit is None else limit
    backend = _backend(queryset)
    if ranked and query and backend.ranked_window is not None:  # SQLite: ranks only the window's rows
        window = queryset.order_by("-published_at", "-id").values_list("id", "published_at")[:limit]
        return backend.ranked_window(window, _parsed(query))
    columns = ("id", "published_at", "rank") if ranked else ("id", "published_at")
    if ranked:
        queryset = queryset.annotate(rank=F("search_rank"))
    reads = []
    if query:
        try:
            reads = backend.window_reads(_parsed(query), queryset.db, within_countries)
        except SearchQueryError:
            reads = []
    for read in reads:
        count = read.every_match_within or limit + WINDOW_SLACK
        rows = backend.read_window(read, queryset.order_by(*read.order).values_list(*columns)[:count])
        if rows is None:  # it gave up: the next way
            continue
        rows.sort(key=lambda row: (row[1], row[0]), reverse=True)
        if read.every_match_within is not None:  # read in another order than the date's: only whole sets will do
            if len(rows) < read.every_match_within:
                return rows[:limit]
        # By date alone: exact when no row left unread can tie with the window's last one.
        elif len(rows) <= limit or rows[-1][1] < rows[limit - 1][1]:
            return rows[:limit]
    return list(queryset.order_by("-published_at", "-id").values_list(*columns)[:limit])


def by_rank(rows):
    """``[(id, published_at)]`` of ``newest_matches(..., ranked=True)`` rows, best match first, then newest.

    The order ``order_by_relevance`` gives the same rows in the database.
    """
    ordered = sorted(rows, key=lambda row: (row[2], row[1], row[0]), reverse=True)  # no timestamp() per row
    return [(pk, published_at) for pk, published_at, _ in ordered]


def snippets(articles, query, *, max_words=35):
    """``{article id: HTML}``: a passage of each article's body with the matched words in ``<mark>``.

    For the articles of one page only, in one query. The text is escaped and
    only ``<mark>`` tags are added, so the values are safe strings. An
    article whose body does not match (a headline-only match, or a query that
    cannot be searched) gets its standfirst, or else the start of its body.
    """
    articles = list(articles)
    if not articles:
        return {}
    rows = articles[0]._meta.model._base_manager.filter(pk__in=[article.pk for article in articles])
    try:
        alternatives = _parsed(query)
    except SearchQueryError:
        alternatives = None
    backend = _backend(rows)
    passage = backend.passage(alternatives, max_words) if alternatives else Value(None, output_field=TextField())
    result = {}
    for pk, standfirst, body_start, text in rows.values_list(
        "pk", "standfirst", Substr("body_text", 1, BODY_PREFIX_CHARS), passage
    ):
        if text and backend is postgresql:
            text = html.unescape(text)  # ts_headline was given escaped text (see postgresql.passage)
        if text and OPEN in text:
            result[pk] = marked_html(text)
        else:
            result[pk] = escape(Truncator(standfirst or body_start or "").words(max_words, truncate="…"))
    return result


def reread_search_plans(using="default", **kwargs):
    """After a migrate: which RUM indexes exist now (migration 0014 may just have made them)."""
    connection = connections[using]
    if connection.vendor == "postgresql":
        postgresql.remember_lexeme_frequencies(connection, now=True)


def restore_sqlite_triggers(using="default", **kwargs):
    """Recreate the FTS5 triggers when a SQLite table rebuild has dropped them.

    Django copies ``articles_article`` into a new table for many schema
    changes on SQLite, and the triggers go with the old one. Run after every
    migrate (``post_migrate``), this puts them back, from the very statements
    of migration 0002, and rebuilds the index so nothing written meanwhile is
    missing.
    """
    connection = connections[using]
    if connection.vendor == "sqlite":
        sqlite.restore_triggers(connection)
