"""The SQL that keeps ``EntityMonthCount`` exact, shared by migration 0004 and the code.

A row counts the tags whose article is published, by the UTC month of
``article_published_at``. Migration 0004 creates the triggers from these
statements (and imports this module, never the reverse); ``counts.py`` puts
SQLite's back after a migrate rebuilt the tag table; the benchmark loader
counts a bulk load with PostgreSQL's upsert. A change to a statement here
changes what a fresh ``migrate`` creates, so it comes with a migration of its
own for existing databases.
"""

# PostgreSQL: statement-level triggers over transition tables; {changes} is a query of (entity_id, month, delta).
PG_MONTH = "date_trunc('month', article_published_at AT TIME ZONE 'UTC')::date"
PG_ADD = f"""
    INSERT INTO articles_entitymonthcount (entity_id, month, articles)
    SELECT entity_id, month, sum(delta) FROM ({{changes}}) AS changes
    GROUP BY entity_id, month HAVING sum(delta) > 0 ORDER BY entity_id, month
    ON CONFLICT (entity_id, month) DO UPDATE SET articles = articles_entitymonthcount.articles + EXCLUDED.articles;
"""
PG_SUBTRACT = """
    UPDATE articles_entitymonthcount AS counted SET articles = counted.articles + change.delta
    FROM (
        SELECT entity_id, month, sum(delta) AS delta FROM ({changes}) AS changes
        GROUP BY entity_id, month HAVING sum(delta) < 0
    ) AS change
    WHERE counted.entity_id = change.entity_id AND counted.month = change.month;
"""
PG_INSERTED_FUNCTION = "articles_entitymonthcount_inserted"  # the insert trigger's function


def pg_rows(table, delta):
    """The (entity_id, month, delta) rows of the counted tags in ``table``."""
    return (
        f"SELECT entity_id, {PG_MONTH} AS month, {delta} AS delta FROM {table} "
        f"WHERE article_is_published AND article_published_at IS NOT NULL"
    )


# SQLite: row-level triggers (one writer at a time).
SQLITE_MONTH = "strftime('%Y-%m-01', {row}.article_published_at)"
SQLITE_COUNTED = "{row}.article_is_published AND {row}.article_published_at IS NOT NULL"
SQLITE_ADD = f"""
    INSERT INTO articles_entitymonthcount (entity_id, month, articles)
    VALUES (new.entity_id, {SQLITE_MONTH.format(row="new")}, 1)
    ON CONFLICT (entity_id, month) DO UPDATE SET articles = articles + 1;
"""
SQLITE_SUBTRACT = f"""
    UPDATE articles_entitymonthcount SET articles = articles - 1
    WHERE entity_id = old.entity_id AND month = {SQLITE_MONTH.format(row="old")};
"""
SQLITE_CHANGED = (
    "(old.entity_id IS NOT new.entity_id OR old.article_published_at IS NOT new.article_published_at "
    "OR old.article_is_published IS NOT new.article_is_published)"
)
SQLITE_TRIGGERS = {
    "articles_entitymonthcount_insert": f"""
    CREATE TRIGGER articles_entitymonthcount_insert AFTER INSERT ON articles_articleentity
    WHEN {SQLITE_COUNTED.format(row="new")} BEGIN {SQLITE_ADD} END
    """,
    "articles_entitymonthcount_delete": f"""
    CREATE TRIGGER articles_entitymonthcount_delete AFTER DELETE ON articles_articleentity
    WHEN {SQLITE_COUNTED.format(row="old")} BEGIN {SQLITE_SUBTRACT} END
    """,
    "articles_entitymonthcount_update_old": f"""
    CREATE TRIGGER articles_entitymonthcount_update_old AFTER UPDATE ON articles_articleentity
    WHEN {SQLITE_CHANGED} AND {SQLITE_COUNTED.format(row="old")} BEGIN {SQLITE_SUBTRACT} END
    """,
    "articles_entitymonthcount_update_new": f"""
    CREATE TRIGGER articles_entitymonthcount_update_new AFTER UPDATE ON articles_articleentity
    WHEN {SQLITE_CHANGED} AND {SQLITE_COUNTED.format(row="new")} BEGIN {SQLITE_ADD} END
    """,
}
# Every counted tag, counted afresh into an empty table.
SQLITE_RECOUNT = f"""
    INSERT INTO articles_entitymonthcount (entity_id, month, articles)
    SELECT entity_id, {SQLITE_MONTH.format(row="articles_articleentity")}, count(*) FROM articles_articleentity
    WHERE {SQLITE_COUNTED.format(row="articles_articleentity")} GROUP BY 1, 2
    """
