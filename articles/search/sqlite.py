"""The SQLite side: the FTS5 table ``articles_article_fts``, ``bm25`` and ``snippet()``.

Where the data lives: see the package docstring. Nothing here checks which
database it runs on; ``__init__`` calls it only for SQLite.
"""

import datetime
import json

from django.db import connections
from django.db.models import Expression, F, FloatField, TextField
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from ..core.db import restore_sqlite_triggers, with_id_in
from ..core.pagination import capped_count
from .highlighting import CLOSE, OPEN
from .sql import BM25_WEIGHTS, COLUMNS, FTS_TABLE, SQLITE_REBUILD, SQLITE_TRIGGERS

BODY_COLUMN = COLUMNS.index("body_text")  # snippet() takes the FTS5 column's number


def _fts5_string(text):
    return '"' + text.replace('"', '""') + '"'


def fts5_match(alternatives):
    """The FTS5 MATCH expression: every term quoted, so FTS5 operators in user input are only text."""
    parts = []
    for alternative in alternatives:
        wanted = " AND ".join(_fts5_string(t.text) for t in alternative if not t.excluded)
        unwanted = " OR ".join(_fts5_string(t.text) for t in alternative if t.excluded)
        parts.append(f"(({wanted}) NOT ({unwanted}))" if unwanted else f"({wanted})")
    return " OR ".join(parts)


class _FTS5RowFunction(Expression):
    """An FTS5 auxiliary function (``snippet``) for the outer article row, as a correlated subquery.

    Fine for one page of rows; each evaluation runs the MATCH again.
    """

    def __init__(self, function_sql, function_params, match, output_field):
        super().__init__(output_field=output_field)
        self.function_sql, self.function_params, self.match = function_sql, list(function_params), match
        self.article_id = F("pk")

    def get_source_expressions(self):
        return [self.article_id]

    def set_source_expressions(self, exprs):
        (self.article_id,) = exprs

    def as_sql(self, compiler, connection):
        id_sql, id_params = compiler.compile(self.article_id)
        sql = (
            f"(SELECT {self.function_sql} FROM {FTS_TABLE} "
            f"WHERE {FTS_TABLE} MATCH %s AND {FTS_TABLE}.rowid = {id_sql})"
        )
        return sql, [*self.function_params, self.match, *id_params]


class _FTS5Rank(_FTS5RowFunction):
    """``-bm25`` of the outer article row, from one pass over all matches.

    Evaluating bm25 per row (MATCH plus rowid) runs the MATCH again for every
    row; here SQLite runs it once and looks rows up in an automatic index.
    ``LIMIT -1`` stops it flattening the inner query back into a per-row MATCH.
    """

    def __init__(self, match):
        super().__init__(f"-bm25({FTS_TABLE}, {BM25_WEIGHTS})", [], match, FloatField())

    def as_sql(self, compiler, connection):
        id_sql, id_params = compiler.compile(self.article_id)
        sql = (
            f"(SELECT ranks.rank FROM (SELECT rowid AS id, {self.function_sql} AS rank FROM {FTS_TABLE} "
            f"WHERE {FTS_TABLE} MATCH %s LIMIT -1) AS ranks WHERE ranks.id = {id_sql})"
        )
        return sql, [self.match, *id_params]


def match(queryset, alternatives, within_countries=()):
    """``queryset`` narrowed to ``alternatives``, ranked by ``search_rank`` (``-bm25``).

    ``within_countries`` is not used: walking the date index (``with_id_in``) and probing the
    matches and the tags is quick at the sizes SQLite serves (BENCHMARKS.md, "First visits").
    """
    expression = fts5_match(alternatives)
    matching_ids = RawSQL(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", [expression])
    return with_id_in(queryset, matching_ids).alias(search_rank=_FTS5Rank(expression))


def passage(alternatives, max_words):
    """``snippet()`` of the body, matches between ``OPEN`` and ``CLOSE``."""
    return _FTS5RowFunction(
        f"snippet({FTS_TABLE}, {BODY_COLUMN}, %s, %s, %s, %s)", [OPEN, CLOSE, "…", max(1, min(max_words, 64))],
        fts5_match(alternatives), TextField(),
    )


def restore_triggers(connection):
    """Recreate missing FTS5 triggers (a table rebuild drops them), then rebuild the index."""
    with connection.cursor() as cursor:
        if restore_sqlite_triggers(cursor, FTS_TABLE, SQLITE_TRIGGERS):
            cursor.execute(SQLITE_REBUILD)


def window_reads(alternatives, alias, within_countries=()):
    return []  # FTS5 keeps no dates


def read_window(read, rows):
    raise NotImplementedError("SQLite has no window reads")


def ranked_window(window, alternatives):
    """``[(id, published_at, -bm25)]`` of ``window`` (a sliced ``values_list("id", "published_at")``), in one statement.

    bm25 of every match cost a common word most of its first visit. FTS5
    narrows its scan to a range of rowids, so only the matches between the
    window's lowest and highest id are ranked; the values are the same, as
    bm25 weighs a word by the whole index, not by the rows asked for.
    """
    sql, params = window.query.sql_with_params()
    ranked = (
        f"WITH win(id, published_at) AS MATERIALIZED ({sql}) "
        f"SELECT win.id, win.published_at, COALESCE(ranks.rank, 0.0) FROM win LEFT JOIN ("
        f"SELECT rowid AS id, -bm25({FTS_TABLE}, {BM25_WEIGHTS}) AS rank FROM {FTS_TABLE} "
        f"WHERE {FTS_TABLE} MATCH %s AND rowid BETWEEN (SELECT min(id) FROM win) AND (SELECT max(id) FROM win) "
        f"LIMIT -1) AS ranks ON ranks.id = win.id ORDER BY 2 DESC, 1 DESC"
    )
    with connections[window.db].cursor() as cursor:
        cursor.execute(ranked, [*params, fts5_match(alternatives)])
        return [(pk, _aware(published_at), rank) for pk, published_at, rank in cursor.fetchall()]


def _aware(value):
    """A date read by raw SQL as Django's ORM would give it: aware, in UTC (SQLite stores it naive, in UTC)."""
    if isinstance(value, str):
        value = parse_datetime(value)
    return value if timezone.is_aware(value) else value.replace(tzinfo=datetime.UTC)


def planner_estimate(queryset):
    return None  # SQLite's planner makes no row estimates worth reading


def capped_count_within(queryset, cap, milliseconds):
    return capped_count(queryset, cap)


def id_list(ids):
    return RawSQL("SELECT value FROM json_each(%s)", (json.dumps(ids),))
