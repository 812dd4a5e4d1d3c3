"""The full-text search data's SQL, shared by the migrations that create it and the code that reads it.

What is searched and with which weight is defined here once. Migrations 0002
and 0006 import this module (never the reverse); the search backends, the
SQLite trigger repair after a migrate and the benchmark loader read the same
names. A change to a statement here changes what a fresh ``migrate`` creates,
so it comes with a migration of its own for existing databases.
"""

# Headline A; standfirst, entity names and byline (``search_names``) B; body C.
COLUMNS = ("headline", "standfirst", "search_names", "body_text")
WEIGHTS = ("A", "B", "B", "C")
# SQLite's bm25 weighs each column by a number: A, B and C as 10, 4 and 1.
BM25_WEIGHTS = ", ".join(str({"A": 10.0, "B": 4.0, "C": 1.0}[weight]) for weight in WEIGHTS)

# PostgreSQL: a weighted tsvector column filled by triggers through one IMMUTABLE function.
CONFIG = "articles_english"  # PostgreSQL's English stemming, accents folded (migration 0002)
DOCUMENT_FUNCTION = "articles_article_search_document"
TRIGGER_FUNCTION = "articles_article_search_vector_trigger"
ROW_DOCUMENT = f"{DOCUMENT_FUNCTION}({', '.join(COLUMNS)})"  # the search vector of the row at hand


def country_tag_word(entity_id):
    """The word an article's ``search_names`` carries for each country it is tagged with ("zzcountrybhzz" for id 17).

    With it, a search within a country is one lookup in the search index, which intersects the word's
    articles with the country's, instead of re-checking every article tagged with the country. Letters
    only, ending in "zz", so that every parser and stemmer keeps it whole and no text contains it.
    """
    return "zzcountry" + "".join("abcdefghij"[int(digit)] for digit in str(int(entity_id))) + "zz"


def document_function(read):
    """``CREATE OR REPLACE`` the document function; ``read(column)`` is the SQL that reads each argument."""
    parts = "\n            || ".join(
        f"setweight(to_tsvector('{CONFIG}'::regconfig, {read(column)}), '{weight}')"
        for column, weight in zip(COLUMNS, WEIGHTS)
    )
    return f"""
    CREATE OR REPLACE FUNCTION {DOCUMENT_FUNCTION}({", ".join(f"{column} text" for column in COLUMNS)})
    RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT {parts}
    $$
    """


# SQLite: an external-content FTS5 table over articles_article (the text is stored once), kept by triggers.
FTS_TABLE = "articles_article_fts"
SQLITE_FTS_TABLE = f"""
    CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(
        {", ".join(COLUMNS)},
        content='articles_article', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2'
    )
    """
_NEW = "new.id, " + ", ".join(f"new.{column}" for column in COLUMNS)
_OLD = "'delete', old.id, " + ", ".join(f"old.{column}" for column in COLUMNS)
_FTS_COLUMNS = "rowid, " + ", ".join(COLUMNS)
SQLITE_TRIGGERS = {
    f"{FTS_TABLE}_insert": f"""
    CREATE TRIGGER {FTS_TABLE}_insert AFTER INSERT ON articles_article BEGIN
        INSERT INTO {FTS_TABLE}({_FTS_COLUMNS}) VALUES ({_NEW});
    END
    """,
    # An external-content index must be told the old values to remove them.
    f"{FTS_TABLE}_delete": f"""
    CREATE TRIGGER {FTS_TABLE}_delete AFTER DELETE ON articles_article BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, {_FTS_COLUMNS}) VALUES ({_OLD});
    END
    """,
    f"{FTS_TABLE}_update": f"""
    CREATE TRIGGER {FTS_TABLE}_update AFTER UPDATE OF id, {", ".join(COLUMNS)}
    ON articles_article
    WHEN old.id IS NOT new.id OR old.headline IS NOT new.headline OR old.standfirst IS NOT new.standfirst
        OR old.search_names IS NOT new.search_names OR old.body_text IS NOT new.body_text
    BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, {_FTS_COLUMNS}) VALUES ({_OLD});
        INSERT INTO {FTS_TABLE}({_FTS_COLUMNS}) VALUES ({_NEW});
    END
    """,
}
SQLITE_REBUILD = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')"

# PostgreSQL with the RUM extension (Debian's postgresql-15-rum): two more indexes on the search column,
# made by migration 0014 where the extension can be had, and used by the search when present.
# - dated: each lexeme's articles with their publication time attached, so "the newest matches" come
#   out of the index in date order, without reading any article's search data;
# - positions: each lexeme's positions in each article, so a phrase is matched in the index instead of
#   re-checking every article that has all its words.
RUM_DATED_INDEX = "article_search_rum_dated_idx"
RUM_POSITIONS_INDEX = "article_search_rum_positions_idx"
RUM_INDEXES = {
    RUM_DATED_INDEX: f"""
    CREATE INDEX CONCURRENTLY IF NOT EXISTS {RUM_DATED_INDEX} ON articles_article
    USING rum (search_vector rum_tsvector_addon_ops, published_at) WITH (attach = 'published_at', to = 'search_vector')
    """,
    RUM_POSITIONS_INDEX: f"""
    CREATE INDEX CONCURRENTLY IF NOT EXISTS {RUM_POSITIONS_INDEX} ON articles_article
    USING rum (search_vector rum_tsvector_ops)
    """,
}
