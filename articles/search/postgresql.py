"""The PostgreSQL side: the ``search_vector`` column, ``websearch_to_tsquery``, ``ts_rank``, ``ts_headline``.

Where the data lives and why the query is shaped as it is: see the package
docstring (``articles/search/__init__.py``). Nothing here checks which
database it runs on; ``__init__`` calls it only for PostgreSQL.
"""

import json
import time
from dataclasses import dataclass

import snowballstemmer
from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVectorField
from django.db import OperationalError, connections, transaction
from django.db.models import BooleanField, DateTimeField, Expression, F, FloatField, Func, Value
from django.db.models.expressions import Col, RawSQL
from django.db.models.functions import Replace

from ..core.conf import caps
from ..core.pagination import LATEST, capped_count
from .highlighting import CLOSE, OPEN
from .query import STOP_WORDS, WORD, Term, fold
from .sql import CONFIG as PG_CONFIG
from .sql import RUM_DATED_INDEX, RUM_INDEXES, RUM_POSITIONS_INDEX, country_tag_word


class _SearchVector(Expression):
    """The trigger-maintained ``search_vector`` column of the queryset's own ``articles_article`` row."""

    output_field = SearchVectorField()

    def resolve_expression(self, query=None, allow_joins=True, reuse=None, summarize=False, for_save=False):
        column = SearchVectorField()
        column.set_attributes_from_name("search_vector")
        # A Col follows the table alias when Django nests the query as a subquery.
        return Col(query.get_initial_alias(), column)


class _Matches(Func):
    template = "(%(expressions)s)"
    arg_joiner = " @@ "
    output_field = BooleanField()


def _websearch(alternatives):
    return " or ".join(
        " ".join(f'{"-" if term.excluded else ""}"{term.text}"' for term in alternative)
        for alternative in alternatives
    )


def _tsquery(alternatives):
    return SearchQuery(_websearch(alternatives), search_type="websearch", config=PG_CONFIG)


def _words_of_phrases(alternatives):
    """The query with each phrase loosened to all of its words, or None when it has no phrase.

    Every article matching the query matches this too (an excluded phrase is
    dropped, which only widens it). Its words are ANDed, which the planner
    estimates well from the column's statistics, unlike a phrase, and the GIN
    index answers it without reading any article.
    """
    if not any(" " in term.text for alternative in alternatives for term in alternative):
        return None
    loosened = []
    for alternative in alternatives:
        terms = []
        for term in alternative:
            if not term.excluded:
                terms += [Term(word, False) for word in term.text.split()]
            elif " " not in term.text:
                terms.append(term)
        loosened.append(terms)
    return loosened


# Lexeme frequencies from the column's own statistics (pg_stats), per process.
# Only to choose a plan: stale figures cost time, never correctness.
LEXEME_STATS_MAX_AGE = 600  # seconds; re-read on the next new connection after that
COMMON_FREQUENCY = 0.02  # from here on, walking the date index finds a page of matches quickly
_lexeme_stats = {}  # database alias -> (monotonic time read, {lexeme: share of articles})
_rum_indexes = {}  # database alias -> names of the RUM indexes present (``sql.RUM_INDEXES``; migration 0014)


def remember_lexeme_frequencies(connection, *, now=False):
    """On a new connection, (re)read the search column's most common lexemes and RUM indexes when stale.

    Done on connecting rather than on a search so that a search's queries are
    always the same ones (and counted the same in tests); two small queries per
    process every ``LEXEME_STATS_MAX_AGE`` seconds at most (``now``: at once,
    as after a migrate).
    """
    read_at, _ = _lexeme_stats.get(connection.alias, (None, None))
    if not now and read_at is not None and time.monotonic() - read_at < LEXEME_STATS_MAX_AGE:
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
            "AND tablename = 'articles_article' AND indexname = ANY(%s)",
            [list(RUM_INDEXES)],
        )
        _rum_indexes[connection.alias] = {row[0] for row in cursor.fetchall()}
        cursor.execute(
            "SELECT lexeme, share FROM pg_stats, "
            "unnest(most_common_elems::text::text[], most_common_elem_freqs) AS elems(lexeme, share) "
            "WHERE schemaname = current_schema() AND tablename = 'articles_article' AND attname = 'search_vector'"
        )
        _lexeme_stats[connection.alias] = (time.monotonic(), dict(cursor.fetchall()))


def estimated_share(alternatives, frequencies):
    """Roughly what share of articles the query matches, from ``{lexeme: share}``; 0 for rare words.

    A lexeme missing from the statistics is rarer than every listed one. A
    term matches at most as often as its rarest word, an alternative as its
    rarest term, and alternatives add up. PostgreSQL's English stemmer is
    Snowball's, as here.
    """
    stemmer = snowballstemmer.stemmer("english")
    total = 0.0
    for alternative in alternatives:
        shares = [
            min((frequencies.get(stemmer.stemWord(word), 0.0) for word in words), default=0.0)
            for term in alternative
            if not term.excluded and (words := [w for w in WORD.findall(fold(term.text)) if w not in STOP_WORDS])
        ]
        total += min(shares, default=0.0)
    return min(total, 1.0)


def _read_on_connecting(alias):
    if alias not in _lexeme_stats:
        # A new process's first search can come before its first query: connecting reads the
        # statistics and the RUM indexes (remember_lexeme_frequencies). Without them every word would
        # look rare, and a common word's count would be estimated far too low.
        connections[alias].ensure_connection()


def _country_words(country_ids):
    return [country_tag_word(pk) for pk in sorted(set(country_ids))]


def _within(country_words):
    return SearchQuery(" or ".join(country_words), search_type="websearch", config=PG_CONFIG)


def _share(alternatives, country_words, alias):
    """``estimated_share`` of the words, times the countries' share when the search is within countries.

    The product assumes the words do not depend on the country: good enough to choose a plan.
    """
    _read_on_connecting(alias)
    _, frequencies = _lexeme_stats.get(alias, (None, {}))
    share = estimated_share(alternatives, frequencies)
    if country_words:
        share *= min(1.0, sum(frequencies.get(word, 0.0) for word in country_words))
    return share


def match(queryset, alternatives, within_countries=()):
    """``queryset`` narrowed to ``alternatives``, shaped so the planner picks the fast plan; ranked by ``search_rank``.

    - Rare words: the planner takes the ``ORDER BY published_at LIMIT`` of a
      page as a cue to walk ``article_published_idx`` and test every row,
      reading each article's search data, which it does not cost; fetching
      the few matches from the GIN index and sorting them is faster.
      ``q && q`` (the same query, twice) squares its estimate, so it takes
      the GIN index.
    - Common words (``COMMON_FREQUENCY`` and up) stay as they are: the walk
      finds a page in a few rows.
    - Phrases: also the AND of the phrase's words (see ``_words_of_phrases``),
      so the GIN index narrows the articles whose positions are then checked.
    - Within countries: also one of their tag words (``sql.country_tag_word``),
      so the index intersects the words' articles with the countries' instead
      of every article tagged with the country being re-checked for the words.
    Measured: ``BENCHMARKS.md``, "Search query shapes" and "First visits".
    """
    tsquery = _tsquery(alternatives)
    loosened = _words_of_phrases(alternatives)
    narrowing = _tsquery(loosened) if loosened else tsquery
    country_words = _country_words(within_countries)
    if country_words:
        narrowing = narrowing & _within(country_words)
    if _share(loosened or alternatives, country_words, queryset.db) < COMMON_FREQUENCY:
        narrowing = narrowing & narrowing
    conditions = [_Matches(_SearchVector(), narrowing)]
    if loosened:
        conditions.append(_Matches(_SearchVector(), tsquery))
    return queryset.filter(*conditions).alias(search_rank=SearchRank(_SearchVector(), tsquery))


class _DateDistance(Func):
    """RUM's ``published_at <=| latest``: ascending, newest first, read in that order from the dated RUM index."""

    template = "(%(expressions)s)"
    arg_joiner = " <=| "
    output_field = FloatField()


# From this share of articles on, a word's newest matches come quicker from the dated RUM index, which sorts
# their index entries, than from the heap rows of all of them; rarer words have too few matches to matter.
DATED_READ_FREQUENCY = 0.003
# Words this common are found quicker by walking the date index (a window in a few thousand rows) than by
# the dated RUM index, which gathers and sorts all their entries first.
VERY_COMMON_FREQUENCY = 0.13


class _RumDistance(Func):
    """RUM's ``search_vector <=> query``: ascending, best match first, from the positions RUM index alone."""

    template = "(%(expressions)s)"
    arg_joiner = " <=> "
    output_field = FloatField()


ranked_window = None  # ts_rank is computed in the pass that reads the window (newest_matches)


@dataclass(frozen=True)
class WindowRead:
    """One way to read a search's newest matches from a RUM index (see ``window_reads``)."""

    order: list  # the ORDER BY that makes PostgreSQL read the index
    every_match_within: int | None  # read in another order than the date's: only a whole set of matches will do
    milliseconds: int | None = None  # a read that may give up: after this long, the next way is tried
    turned_off: tuple = ()  # planner settings off for this read alone


# A read in date order from the dated index: the planner, which estimates a phrase's or a squared query's
# matches far too low, would otherwise gather every match (a bitmap, or the positions index) and sort them.
DATE_ORDER_ONLY = ("enable_bitmapscan", "enable_sort")


# How long a read may take before the next way is tried: a phrase's from the positions index (long for a
# phrase of very common words, or one in many articles, as it ranks every match), and one in date order from
# the dated index.
PHRASE_POSITIONS_READ_MILLISECONDS = 750
DATED_READ_MILLISECONDS = 1_000


def window_reads(alternatives, alias, within_countries=()):
    """The ways to read a search's newest matches from a RUM index, to be tried in turn; none: the date order.

    - A phrase, with the positions index: its matches in the index's own
      order (no article re-checked), up to ``caps.PHRASE_WINDOW_READ`` of them;
      the caller sorts them by date. A phrase with more matches, or whose
      read gives up, is common: then, with the dated index, newest first,
      each article holding its words checked for the phrase until the window
      is full (``DATE_ORDER_ONLY``). When that gives up too, the positions
      read again, to its end.
    - A word (within its countries, if any: see ``match``) of ``DATED_READ_FREQUENCY``
      to ``VERY_COMMON_FREQUENCY``, with the dated index: newest first from it (below, the GIN index and a sort of
      the few matches; above, the walk of the date index, are quicker). A read that gives up leaves the
      date order.
    A read in date order orders by date alone: the caller breaks ties by id.
    """
    _read_on_connecting(alias)
    present = _rum_indexes.get(alias, ())
    newest_first = [_DateDistance(F("published_at"), Value(LATEST, output_field=DateTimeField())).asc()]
    if _words_of_phrases(alternatives):
        if RUM_POSITIONS_INDEX not in present:
            return []
        by_position = [_RumDistance(_SearchVector(), _tsquery(alternatives)).asc()]
        reads = [WindowRead(by_position, caps.PHRASE_WINDOW_READ, PHRASE_POSITIONS_READ_MILLISECONDS)]
        if RUM_DATED_INDEX in present:
            reads.append(WindowRead(newest_first, None, DATED_READ_MILLISECONDS, DATE_ORDER_ONLY))
        # Both gave up: a rare phrase of common words, whose matches the date index's walk would look for
        # through the whole archive. The positions read costs what its words' index entries do, however long.
        reads.append(WindowRead(by_position, caps.PHRASE_WINDOW_READ))
        return reads
    if RUM_DATED_INDEX not in present:
        return []
    if not DATED_READ_FREQUENCY <= _share(alternatives, _country_words(within_countries), alias) < VERY_COMMON_FREQUENCY:
        return []
    return [WindowRead(newest_first, None, DATED_READ_MILLISECONDS, DATE_ORDER_ONLY)]


def read_window(read, rows):
    """``list(rows)``, a sliced queryset ordered as ``read`` says; None when ``read`` gave up (see ``_within_budget``)."""
    return _within_budget(rows.db, lambda: list(rows), read.milliseconds, turned_off=read.turned_off)


_QUERY_CANCELED = "57014"  # SQLSTATE of a statement stopped by its timeout


def _within_budget(alias, run, milliseconds, *, turned_off=()):
    """``run()``, stopped after ``milliseconds`` (None: whenever it ends): None when stopped.

    Inside a caller's transaction it runs to the end, since a cancelled
    statement would abort that transaction. ``turned_off``: planner settings
    (``enable_bitmapscan`` …) off for ``run`` alone, put back after it for the
    rest of a caller's transaction.
    """
    connection = connections[alias]
    in_callers_transaction = connection.in_atomic_block
    budget = milliseconds is not None and not in_callers_transaction
    if not budget and not turned_off:
        return run()
    try:
        with transaction.atomic(using=alias), connection.cursor() as cursor:
            for setting in turned_off:  # SET LOCAL: this transaction or savepoint only
                cursor.execute(f"SET LOCAL {setting} = off")
            if budget:
                cursor.execute("SET LOCAL statement_timeout = %s", [int(milliseconds)])
            result = run()
            if in_callers_transaction:
                for setting in turned_off:
                    cursor.execute(f"SET LOCAL {setting} = on")
            return result
    except OperationalError as error:
        if budget and getattr(error.__cause__, "sqlstate", None) == _QUERY_CANCELED:
            return None
        raise


def passage(alternatives, max_words):
    """``ts_headline`` of the body, matches between ``OPEN`` and ``CLOSE``, HTML-escaped (see ``unescape``)."""
    # ts_headline drops anything that looks like an HTML tag, so the text
    # goes in escaped (and comes back out unescaped by the caller) to survive intact.
    escaped_body = F("body_text")
    for character, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")):
        escaped_body = Replace(escaped_body, Value(character), Value(entity))
    return SearchHeadline(
        escaped_body, _tsquery(alternatives), config=PG_CONFIG, start_sel=OPEN, stop_sel=CLOSE,
        max_words=max_words, min_words=max(1, max_words // 2),
    )


def capped_count_within(queryset, cap, milliseconds):
    return _within_budget(queryset.db, lambda: capped_count(queryset, cap), milliseconds)


def planner_estimate(queryset):
    """The planner's estimate of the rows ``queryset`` returns (``EXPLAIN``: no row is read)."""
    connection = connections[queryset.db]
    sql, params = queryset.order_by().values("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        plan = cursor.fetchone()[0]
    if isinstance(plan, str):
        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])


def id_list(ids):
    # An array literal, as SQLite's is a JSON text: psycopg adapts a list of a thousand ints one by one in Python.
    return RawSQL("SELECT unnest(%s::bigint[])", ("{" + ",".join(map(str, map(int, ids))) + "}",))
