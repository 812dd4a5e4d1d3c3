"""Full-text search over articles: the one module that knows which database it runs on.

Readers type web-search syntax: plain words (all must match), ``"an exact
phrase"``, ``or`` between alternatives, ``-word`` to exclude. English
stemming on both databases, so "talk" finds "talks" and "cooperation" finds
"cooperating".

Where the search data lives, and why
------------------------------------
PostgreSQL: ``articles_article.search_vector``, a weighted tsvector (headline
A; standfirst and ``search_names`` - entity names and byline - B; body C) in the text search
configuration ``articles_english``: PostgreSQL's English stemming with
``unaccent`` first, so accents are ignored as SQLite's ``remove_diacritics``
ignores them) with the GIN index ``article_search_vector_idx`` and
statistics target 1000 (with the default target the planner guessed 5,000
matches for every rare word and chose bad plans). Migration 0002_search
creates it with BEFORE INSERT / BEFORE UPDATE triggers, so the database keeps
it right on every write path: ``save()``, ``bulk_create``, queryset
``.update(search_names=...)``, raw SQL and bulk ``COPY`` loads alike.

- Triggers rather than a generated column: PostgreSQL refuses to change the
  type of a column a generated column uses, so a later ``AlterField`` on
  ``headline`` (say a longer ``max_length``) would fail. And a
  ``GeneratedField`` in the model would put ``to_tsvector`` into the SQLite
  schema too, which SQLite cannot run.
- The column is deliberately not a model field. Django never loads it (no
  multi-kilobyte tsvector shipped with every listing row) and never writes
  it (a stale instance's ``save()`` cannot overwrite it; the update trigger
  recomputes it if anything else does), and SQLite has no dead column.
  ``_SearchVector`` below refers to it by name.

SQLite: the FTS5 table ``articles_article_fts`` (columns headline,
standfirst, search_names, body_text; tokenizer ``porter unicode61
remove_diacritics 2``) with external content on ``articles_article``, so the
text is stored once, kept in sync by AFTER INSERT/UPDATE/DELETE triggers
from the same migration. Ranked with ``bm25`` weighted 10/4/4/1 like A/B/B/C.
Caveat: when a later migration makes Django rebuild ``articles_article`` on
SQLite (it copies the table for many ``AlterField`` operations), the triggers
go with the old table; such a migration must recreate them (the tests in
test_search.py fail on SQLite if it does not).

Queries
-------
The query is parsed here once (``_parse``) with PostgreSQL's websearch
precedence - ``a b or c`` means (a AND b) OR c - and then rendered for each
database: a normalised websearch string with every term quoted for
``websearch_to_tsquery``, or an FTS5 MATCH expression with every term quoted,
so FTS5 operators in user input (``NEAR(``, ``col:val``, ``*``, ``^``) are
only text. A query that cannot be searched raises ``SearchQueryError`` (a
``ValueError`` whose message is meant for the reader): no words at all, only
very common words, an alternative with only excluded words (it would match
nearly every article and scan them all), or more than ``MAX_QUERY_LENGTH``
characters. ``validate_query`` lets a form report this as a field error.

Scale
-----
- Newest-first search at a million articles (``_postgresql_match``): for a
  common word PostgreSQL walks ``article_published_idx`` and checks ``@@``
  until it has a page (about 100 rows for a word in 19% of articles, 2 ms);
  each row checked reads the article's TOASTed search data (~17 us), which
  the planner does not cost, so for a rare word it walked too (82 ms for
  'fortress', 0.4%). Words under ``COMMON_FREQUENCY`` by the column's own
  statistics (``pg_stats.most_common_elems``, read once per process on
  connecting) get a query shape that makes it take the GIN index and sort
  the few matches instead (10-18 ms). Phrases also match the AND of their
  words, which GIN answers and the planner estimates well; the phrase is
  checked only on those rows ('"common turn"': 12.5 s -> 0.7-1.2 s, all of
  it reading the 18,000 articles with both words).
- ``order_by_relevance`` ranks only among the newest ``RANK_WINDOW`` matches
  of the filtered search: ranking all 41,000 matches of that common word
  took 300 ms at 200,000 articles (760 ms at a million); the newest 1,000
  took 30 ms (5,000: 340 ms - the cost grows with the window divided by the
  word's frequency, not with the archive). Relevance-sorted results
  therefore stop after ``RANK_WINDOW`` articles; newest/oldest sorting
  reaches every match. On SQLite bm25 comes from one pass over the matches
  (55 ms for 7,000 matches at 20,000 articles).
- ``snippets`` runs ``ts_headline`` / ``snippet()`` only for the rows of one
  page, in one query.
"""

import html
import re
import time
import unicodedata
from dataclasses import dataclass

import snowballstemmer
from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVectorField
from django.db import connections
from django.db.backends.signals import connection_created
from django.db.models import BooleanField, Expression, F, FloatField, Func, TextField, Value
from django.db.models.expressions import Col, RawSQL
from django.db.models.functions import Replace, Substr
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

MAX_QUERY_LENGTH = 1000
RANK_WINDOW = 1000
FTS_TABLE = "articles_article_fts"
PG_CONFIG = "articles_english"  # created by migration 0002_search
# Weights for headline, standfirst, search_names, body_text: PostgreSQL's A, B, B, C.
FTS_WEIGHTS = "10.0, 4.0, 4.0, 1.0"
BODY_PREFIX_CHARS = 2000

# PostgreSQL's english.stop: words the 'english' configuration does not index.
# SQLite indexes them, so they are dropped from queries on both databases.
STOP_WORDS = frozenset(
    "i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers "
    "herself it its itself they them their theirs themselves what which who whom this that these those am is "
    "are was were be been being have has had having do does did doing a an the and but if or because as until "
    "while of at by for with about against between into through during before after above below to from up "
    "down in out on off over under again further then once here there when where why how all any both each few "
    "more most other some such no nor not only own same so than too very s t can will just don should now".split()
)

# Private-use characters mark matches inside database snippets; the text is
# HTML-escaped first and only then are these pairs turned into <mark> tags.
_OPEN, _CLOSE = "\ue000", "\ue001"
_MARKED = re.compile(f"{_OPEN}([^{_OPEN}{_CLOSE}]*){_CLOSE}")
_WORD = re.compile(r"[^\W_]+")
_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')


class SearchQueryError(ValueError):
    """The query cannot be searched; the message says why, in words for the reader."""


@dataclass(frozen=True)
class _Term:
    text: str  # one word or a phrase, without quotes
    excluded: bool


def _clean(query):
    # NUL, other control characters and lone surrogates would make the
    # database driver raise; private-use characters are our snippet markers.
    return "".join(ch for ch in query or "" if unicodedata.category(ch) not in ("Cc", "Cs", "Co"))


def _fold(text):
    """Lower case without accents, as both databases compare words."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _is_searchable(text):
    return any(word not in STOP_WORDS for word in _WORD.findall(_fold(text)))


def _parse(query):
    """The query as alternatives (joined by OR), each a list of terms that must all hold."""
    alternatives, current = [], []
    for match in _TOKEN.finditer(_clean(query)):
        minus, phrase, bare = match.groups()
        if bare is not None:
            if bare.casefold() == "or":
                if current:
                    alternatives.append(current)
                    current = []
                continue
            excluded, text = bare.startswith("-"), bare.lstrip("-")
        else:
            excluded, text = bool(minus), phrase
        # Quotes and backslashes are syntax to websearch_to_tsquery, never word characters.
        text = " ".join(re.sub(r'["\\]', " ", text).split())
        if _is_searchable(text):
            current.append(_Term(text, excluded))
    if current:
        alternatives.append(current)
    return alternatives


def validate_query(query):
    """Raise ``SearchQueryError`` with a reader-facing message unless ``query`` can be searched."""
    _parsed(query)


def _parsed(query):
    if len(query or "") > MAX_QUERY_LENGTH:
        raise SearchQueryError(f"Keep the search under {MAX_QUERY_LENGTH:,} characters.")
    alternatives = _parse(query)
    if not alternatives:
        if _WORD.search(_clean(query)):
            raise SearchQueryError("These words are too common to search for; add a more specific word.")
        raise SearchQueryError("Enter a word to search for.")
    if any(all(term.excluded for term in alternative) for alternative in alternatives):
        raise SearchQueryError('Add a word to look for: "-word" only excludes articles that contain it.')
    return alternatives


def parse_terms(query):
    """The words and phrases a query looks for (not those it excludes), for highlighting. Never raises."""
    seen = {}
    for alternative in _parse(query[:MAX_QUERY_LENGTH] if query else ""):
        for term in alternative:
            if not term.excluded:
                seen.setdefault(term.text.casefold(), term.text)
    return list(seen.values())


def _vendor(queryset):
    return connections[queryset.db].vendor


# PostgreSQL -----------------------------------------------------------------


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
                terms += [_Term(word, False) for word in term.text.split()]
            elif " " not in term.text:
                terms.append(term)
        loosened.append(terms)
    return loosened


# Lexeme frequencies from the column's own statistics (pg_stats), per process.
# Only to choose a plan: stale figures cost time, never correctness.
LEXEME_STATS_MAX_AGE = 600  # seconds; re-read on the next new connection after that
COMMON_FREQUENCY = 0.02  # from here on, walking the date index finds a page of matches quickly
_lexeme_stats = {}  # database alias -> (monotonic time read, {lexeme: share of articles})


def _remember_lexeme_frequencies(sender, connection, **kwargs):
    """On a new PostgreSQL connection, (re)read the search column's most common lexemes when stale.

    Done here rather than on a search so that a search's queries are always
    the same ones (and counted the same in tests); one small query per
    process every ``LEXEME_STATS_MAX_AGE`` seconds at most.
    """
    if connection.vendor != "postgresql" or connection.alias not in connections:
        return
    read_at, _ = _lexeme_stats.get(connection.alias, (None, None))
    if read_at is not None and time.monotonic() - read_at < LEXEME_STATS_MAX_AGE:
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT lexeme, share FROM pg_stats, "
            "unnest(most_common_elems::text::text[], most_common_elem_freqs) AS elems(lexeme, share) "
            "WHERE schemaname = current_schema() AND tablename = 'articles_article' AND attname = 'search_vector'"
        )
        _lexeme_stats[connection.alias] = (time.monotonic(), dict(cursor.fetchall()))


connection_created.connect(_remember_lexeme_frequencies, dispatch_uid="articles.search.lexeme_frequencies")


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
            if not term.excluded and (words := [w for w in _WORD.findall(_fold(term.text)) if w not in STOP_WORDS])
        ]
        total += min(shares, default=0.0)
    return min(total, 1.0)


def _is_common(alternatives, alias):
    _, frequencies = _lexeme_stats.get(alias, (None, {}))
    return estimated_share(alternatives, frequencies) >= COMMON_FREQUENCY


def _postgresql_match(queryset, alternatives):
    """The WHERE condition for ``alternatives``, shaped so the planner picks the fast plan.

    - Rare words: the planner takes the ``ORDER BY published_at LIMIT`` of a
      page as a cue to walk ``article_published_idx`` and test every row,
      which reads each article's search data (about 17 us a row: 'fortress',
      0.4% of a million articles, 82 ms for a page). Fetching the few matches
      from the GIN index and sorting them is 5-10x faster, but the planner
      does not cost that reading. ``q && q`` (the same query, twice) squares
      its estimate, so it takes the GIN index.
    - Common words (``COMMON_FREQUENCY`` and up) stay as they are: the walk
      finds a page of 'today' (19%) in about 100 rows.
    - Phrases: also the AND of the phrase's words (see ``_words_of_phrases``),
      so the GIN index narrows the articles whose positions are then checked
      ('"common turn"': 12.5 s -> 0.7 s at a million articles).
    """
    tsquery = _tsquery(alternatives)
    loosened = _words_of_phrases(alternatives)
    narrowing = _tsquery(loosened) if loosened else tsquery
    if not _is_common(loosened or alternatives, queryset.db):
        narrowing = narrowing & narrowing
    conditions = [_Matches(_SearchVector(), narrowing)]
    if loosened:
        conditions.append(_Matches(_SearchVector(), tsquery))
    return queryset.filter(*conditions).alias(search_rank=SearchRank(_SearchVector(), tsquery))


# SQLite ---------------------------------------------------------------------


def _fts5_string(text):
    return '"' + text.replace('"', '""') + '"'


def _fts5_match(alternatives):
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

    Evaluating bm25 per row (MATCH plus rowid) cost 0.5 ms a row; here SQLite
    runs the MATCH once and looks rows up in an automatic index (4 s -> 55 ms
    for 7,000 matches). ``LIMIT -1`` stops it flattening the inner query back
    into a per-row MATCH.
    """

    def __init__(self, match):
        super().__init__(f"-bm25({FTS_TABLE}, {FTS_WEIGHTS})", [], match, FloatField())

    def as_sql(self, compiler, connection):
        id_sql, id_params = compiler.compile(self.article_id)
        sql = (
            f"(SELECT ranks.rank FROM (SELECT rowid AS id, {self.function_sql} AS rank FROM {FTS_TABLE} "
            f"WHERE {FTS_TABLE} MATCH %s LIMIT -1) AS ranks WHERE ranks.id = {id_sql})"
        )
        return sql, [self.match, *id_params]


# The API ----------------------------------------------------------------------


def search(queryset, query):
    """Articles of ``queryset`` matching ``query``, with a ``search_rank`` alias (higher is better).

    The rank is an ``alias()``, computed only when something orders by it
    (``order_by_relevance``). Raises ``SearchQueryError`` for a query that
    cannot be searched (see ``validate_query``).
    """
    alternatives = _parsed(query)
    if _vendor(queryset) == "postgresql":
        return _postgresql_match(queryset, alternatives)
    if _vendor(queryset) == "sqlite":
        match = _fts5_match(alternatives)
        matching_ids = RawSQL(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", [match])
        return queryset.filter(pk__in=matching_ids).alias(search_rank=_FTS5Rank(match))
    raise NotImplementedError(f"Full-text search supports PostgreSQL and SQLite, not {_vendor(queryset)}.")


def order_by_relevance(queryset, *, rank_window=RANK_WINDOW):
    """A searched queryset, best match first, then newest; ranking only its newest ``rank_window`` matches.

    ``rank_window=None`` ranks every match (fine for small archives; slow
    for a common word at a million articles).
    """
    if rank_window is not None:
        newest = queryset.order_by("-published_at", "-id").values("pk")[:rank_window]
        queryset = queryset.filter(pk__in=newest)
    return queryset.order_by("-search_rank", "-published_at", "-id")


def snippets(articles, query, *, max_words=35):
    """``{article id: HTML}``: a passage of each article's body with the matched words in ``<mark>``.

    For the articles of one page only, in one query. The text is escaped and
    only ``<mark>`` tags are added, so the values are safe strings. An
    article whose body does not match (a headline-only match, or a query that
    cannot be searched) gets its standfirst, or else the start of its body.
    """
    ids = [article.pk for article in articles]
    if not ids:
        return {}
    from .models import Article

    rows = Article._base_manager.filter(pk__in=ids)
    try:
        alternatives = _parsed(query)
    except SearchQueryError:
        alternatives = None
    passage = Value(None, output_field=TextField())
    if alternatives and _vendor(rows) == "postgresql":
        # ts_headline drops anything that looks like an HTML tag, so the text
        # goes in escaped (and comes back out unescaped below) to survive intact.
        escaped_body = F("body_text")
        for character, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")):
            escaped_body = Replace(escaped_body, Value(character), Value(entity))
        passage = SearchHeadline(
            escaped_body, _tsquery(alternatives), config=PG_CONFIG, start_sel=_OPEN, stop_sel=_CLOSE,
            max_words=max_words, min_words=max(1, max_words // 2),
        )
    elif alternatives and _vendor(rows) == "sqlite":
        passage = _FTS5RowFunction(
            f"snippet({FTS_TABLE}, 3, %s, %s, %s, %s)", [_OPEN, _CLOSE, "…", max(1, min(max_words, 64))],
            _fts5_match(alternatives), TextField(),
        )
    result = {}
    for pk, standfirst, body_start, text in rows.values_list(
        "pk", "standfirst", Substr("body_text", 1, BODY_PREFIX_CHARS), passage
    ):
        if text and _vendor(rows) == "postgresql":
            text = html.unescape(text)
        if text and _OPEN in text:
            result[pk] = _marked_html(text)
        else:
            result[pk] = escape(Truncator(standfirst or body_start or "").words(max_words, truncate="…"))
    return result


def _marked_html(text):
    """Escape ``text``, then turn the database's match markers into ``<mark>`` tags."""
    marked = _MARKED.sub(r"<mark>\1</mark>", escape(text))
    return mark_safe(marked.replace(_OPEN, "").replace(_CLOSE, ""))


def highlight(text, query):
    """``text`` escaped, with each word the query looks for (or a form of it: "talk", "talks") in ``<mark>``."""
    stemmer = snowballstemmer.stemmer("english")  # not thread-safe: one per call
    wanted = {
        stemmer.stemWord(word)
        for term in parse_terms(query)
        for word in _WORD.findall(_fold(term))
        if word not in STOP_WORDS
    }
    parts, position = [], 0
    for match in _WORD.finditer(text or ""):
        parts.append(escape(text[position : match.start()]))
        word = escape(match.group())
        parts.append(f"<mark>{word}</mark>" if stemmer.stemWord(_fold(match.group())) in wanted else word)
        position = match.end()
    parts.append(escape((text or "")[position:]))
    return mark_safe("".join(parts))


def restore_sqlite_triggers(using="default", **kwargs):
    """Recreate the FTS5 triggers when a SQLite table rebuild has dropped them.

    Django copies ``articles_article`` into a new table for many schema
    changes on SQLite, and the triggers go with the old one. Run after every
    migrate (``post_migrate``), this puts them back, from the very statements
    of migration 0002, and rebuilds the index so nothing written meanwhile is
    missing.
    """
    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') AND name LIKE %s",
            [f"{FTS_TABLE}%"],
        )
        present = {row[0] for row in cursor.fetchall()}
        if FTS_TABLE not in present or {f"{FTS_TABLE}_insert", f"{FTS_TABLE}_delete", f"{FTS_TABLE}_update"} <= present:
            return
        from importlib import import_module

        statements = import_module("articles.migrations.0002_search").SQLITE_FORWARD
        for statement in statements:
            trigger = re.search(r"CREATE TRIGGER (\w+)", statement)
            if trigger and trigger.group(1) not in present:
                cursor.execute(statement)
        cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
