"""Full-text search data, kept in sync by the database itself (see articles/search.py).

PostgreSQL: a weighted tsvector column with a GIN index, filled by triggers.
SQLite: an FTS5 table over articles_article, filled by triggers.
Neither is a model field, so Django's migration state does not change.
"""

from django.db import migrations

# The one definition of what is searched and with which weight (headline A;
# standfirst, entity names and byline B; body C). IMMUTABLE because
# to_tsvector is given an explicit configuration.
POSTGRESQL_FORWARD = [
    # English stemming with accents folded, like SQLite's remove_diacritics:
    # "Erdogan" finds "Erdoğan". unaccent is a trusted extension (PostgreSQL
    # 13+), so the database owner may create it.
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE TEXT SEARCH CONFIGURATION articles_english (COPY = pg_catalog.english)",
    """
    ALTER TEXT SEARCH CONFIGURATION articles_english
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem
    """,
    "ALTER TABLE articles_article ADD COLUMN search_vector tsvector",
    """
    CREATE FUNCTION articles_article_search_document(headline text, standfirst text, search_names text, body_text text)
    RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(to_tsvector('articles_english'::regconfig, coalesce(headline, '')), 'A')
            || setweight(to_tsvector('articles_english'::regconfig, coalesce(standfirst, '')), 'B')
            || setweight(to_tsvector('articles_english'::regconfig, coalesce(search_names, '')), 'B')
            || setweight(to_tsvector('articles_english'::regconfig, coalesce(body_text, '')), 'C')
    $$
    """,
    """
    CREATE FUNCTION articles_article_search_vector_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.search_vector := articles_article_search_document(
            NEW.headline, NEW.standfirst, NEW.search_names, NEW.body_text);
        RETURN NEW;
    END
    $$
    """,
    # Every insert, COPY included.
    """
    CREATE TRIGGER articles_article_search_vector_insert BEFORE INSERT ON articles_article
    FOR EACH ROW EXECUTE FUNCTION articles_article_search_vector_trigger()
    """,
    # Updates that change the searched text; also any write to the column
    # itself, which is thereby recomputed rather than trusted.
    """
    CREATE TRIGGER articles_article_search_vector_update BEFORE UPDATE ON articles_article
    FOR EACH ROW WHEN (
        OLD.headline IS DISTINCT FROM NEW.headline
        OR OLD.standfirst IS DISTINCT FROM NEW.standfirst
        OR OLD.search_names IS DISTINCT FROM NEW.search_names
        OR OLD.body_text IS DISTINCT FROM NEW.body_text
        OR OLD.search_vector IS DISTINCT FROM NEW.search_vector
    ) EXECUTE FUNCTION articles_article_search_vector_trigger()
    """,
    """
    UPDATE articles_article
    SET search_vector = articles_article_search_document(headline, standfirst, search_names, body_text)
    """,
    # With the default target (100) the planner guessed 5,000 matches for
    # every rare word at a million articles and chose slow plans.
    "ALTER TABLE articles_article ALTER COLUMN search_vector SET STATISTICS 1000",
    "CREATE INDEX article_search_vector_idx ON articles_article USING gin (search_vector)",
    """
    COMMENT ON COLUMN articles_article.search_vector IS
    'Maintained by triggers (migration articles 0002_search); read by articles/search.py. Do not write it.'
    """,
]
POSTGRESQL_BACKWARD = [
    "DROP INDEX article_search_vector_idx",
    "DROP TRIGGER articles_article_search_vector_update ON articles_article",
    "DROP TRIGGER articles_article_search_vector_insert ON articles_article",
    "DROP FUNCTION articles_article_search_vector_trigger()",
    "DROP FUNCTION articles_article_search_document(text, text, text, text)",
    "ALTER TABLE articles_article DROP COLUMN search_vector",
    # The unaccent extension stays: other code may have come to use it.
    "DROP TEXT SEARCH CONFIGURATION articles_english",
]

_SQLITE_NEW = "new.id, new.headline, new.standfirst, new.search_names, new.body_text"
_SQLITE_OLD = "'delete', old.id, old.headline, old.standfirst, old.search_names, old.body_text"
_SQLITE_COLUMNS = "rowid, headline, standfirst, search_names, body_text"
SQLITE_FORWARD = [
    # External content: FTS5 keeps only its index and reads the text from
    # articles_article, so nothing is stored twice.
    """
    CREATE VIRTUAL TABLE articles_article_fts USING fts5(
        headline, standfirst, search_names, body_text,
        content='articles_article', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2'
    )
    """,
    f"""
    CREATE TRIGGER articles_article_fts_insert AFTER INSERT ON articles_article BEGIN
        INSERT INTO articles_article_fts({_SQLITE_COLUMNS}) VALUES ({_SQLITE_NEW});
    END
    """,
    # An external-content index must be told the old values to remove them.
    f"""
    CREATE TRIGGER articles_article_fts_delete AFTER DELETE ON articles_article BEGIN
        INSERT INTO articles_article_fts(articles_article_fts, {_SQLITE_COLUMNS}) VALUES ({_SQLITE_OLD});
    END
    """,
    f"""
    CREATE TRIGGER articles_article_fts_update AFTER UPDATE OF id, headline, standfirst, search_names, body_text
    ON articles_article
    WHEN old.id IS NOT new.id OR old.headline IS NOT new.headline OR old.standfirst IS NOT new.standfirst
        OR old.search_names IS NOT new.search_names OR old.body_text IS NOT new.body_text
    BEGIN
        INSERT INTO articles_article_fts(articles_article_fts, {_SQLITE_COLUMNS}) VALUES ({_SQLITE_OLD});
        INSERT INTO articles_article_fts({_SQLITE_COLUMNS}) VALUES ({_SQLITE_NEW});
    END
    """,
    "INSERT INTO articles_article_fts(articles_article_fts) VALUES ('rebuild')",
]
SQLITE_BACKWARD = [
    # IF EXISTS: unapplying a later migration that rebuilt articles_article has dropped them already.
    "DROP TRIGGER IF EXISTS articles_article_fts_update",
    "DROP TRIGGER IF EXISTS articles_article_fts_delete",
    "DROP TRIGGER IF EXISTS articles_article_fts_insert",
    "DROP TABLE articles_article_fts",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):

    dependencies = [
        ("articles", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(
            _run({"postgresql": POSTGRESQL_FORWARD, "sqlite": SQLITE_FORWARD}),
            _run({"postgresql": POSTGRESQL_BACKWARD, "sqlite": SQLITE_BACKWARD}),
            elidable=False,
        ),
    ]
