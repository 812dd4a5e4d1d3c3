"""Full-text search data, kept in sync by the database itself (see articles/search/).

PostgreSQL: a weighted tsvector column with a GIN index, filled by triggers.
SQLite: an FTS5 table over articles_article, filled by triggers.
Neither is a model field, so Django's migration state does not change.
What is searched, with which weight, and the statements the code shares
with this migration are in ``articles/search/sql.py``.
"""

from django.db import migrations

from articles.search import sql

POSTGRESQL_FORWARD = [
    # English stemming with accents folded, like SQLite's remove_diacritics:
    # "Erdogan" finds "Erdoğan". unaccent is a trusted extension (PostgreSQL
    # 13+), so the database owner may create it.
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    f"CREATE TEXT SEARCH CONFIGURATION {sql.CONFIG} (COPY = pg_catalog.english)",
    f"""
    ALTER TEXT SEARCH CONFIGURATION {sql.CONFIG}
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem
    """,
    "ALTER TABLE articles_article ADD COLUMN search_vector tsvector",
    # IMMUTABLE because to_tsvector is given an explicit configuration. Migration 0006 changes how it reads '<'.
    sql.document_function(lambda column: f"coalesce({column}, '')"),
    f"""
    CREATE FUNCTION {sql.TRIGGER_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.search_vector := {sql.DOCUMENT_FUNCTION}(
            NEW.headline, NEW.standfirst, NEW.search_names, NEW.body_text);
        RETURN NEW;
    END
    $$
    """,
    # Every insert, COPY included.
    f"""
    CREATE TRIGGER articles_article_search_vector_insert BEFORE INSERT ON articles_article
    FOR EACH ROW EXECUTE FUNCTION {sql.TRIGGER_FUNCTION}()
    """,
    # Updates that change the searched text; also any write to the column
    # itself, which is thereby recomputed rather than trusted.
    f"""
    CREATE TRIGGER articles_article_search_vector_update BEFORE UPDATE ON articles_article
    FOR EACH ROW WHEN (
        OLD.headline IS DISTINCT FROM NEW.headline
        OR OLD.standfirst IS DISTINCT FROM NEW.standfirst
        OR OLD.search_names IS DISTINCT FROM NEW.search_names
        OR OLD.body_text IS DISTINCT FROM NEW.body_text
        OR OLD.search_vector IS DISTINCT FROM NEW.search_vector
    ) EXECUTE FUNCTION {sql.TRIGGER_FUNCTION}()
    """,
    f"UPDATE articles_article SET search_vector = {sql.ROW_DOCUMENT}",
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
    f"DROP FUNCTION {sql.TRIGGER_FUNCTION}()",
    f"DROP FUNCTION {sql.DOCUMENT_FUNCTION}(text, text, text, text)",
    "ALTER TABLE articles_article DROP COLUMN search_vector",
    # The unaccent extension stays: other code may have come to use it.
    f"DROP TEXT SEARCH CONFIGURATION {sql.CONFIG}",
]

SQLITE_FORWARD = [sql.SQLITE_FTS_TABLE, *sql.SQLITE_TRIGGERS.values(), sql.SQLITE_REBUILD]
SQLITE_BACKWARD = [
    # IF EXISTS: unapplying a later migration that rebuilt articles_article has dropped them already.
    *(f"DROP TRIGGER IF EXISTS {trigger}" for trigger in reversed(sql.SQLITE_TRIGGERS)),
    f"DROP TABLE {sql.FTS_TABLE}",
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
