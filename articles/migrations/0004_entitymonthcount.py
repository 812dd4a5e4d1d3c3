"""Per-entity, per-month counts of published articles, kept exact by the database.

"How many articles name the United States" is a count over hundreds of
thousands of tag rows at a million articles (1.6 s for the countries index,
every time a publication invalidates the cache). These counters make it a
sum over a few hundred small rows. Triggers on the tag table keep them, so
every write path counts — the admin, the importer's raw INSERTs, COPY in
``generate_corpus``, an entity merge — without any Python code remembering to.

A row counts the tags whose article is published (``article_is_published``),
by the UTC calendar month of ``article_published_at``. Scheduled articles
(published, in the future) are counted in their future month; readers'
totals take whole past months from here and the current month live (see
``EntityQuerySet.with_public_article_counts``).

PostgreSQL: statement-level triggers with transition tables, so a COPY of
50,000 tags costs one grouped upsert, and each statement takes its row locks
in (entity, month) order. SQLite: row-level triggers (one writer at a time).
Decrements only update existing rows, never insert: deleting an entity
deletes its counters and its tags in an order Django chooses.
"""

import django.db.models.deletion
from django.db import migrations, models

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


def pg_rows(table, delta):
    return (
        f"SELECT entity_id, {PG_MONTH} AS month, {delta} AS delta FROM {table} "
        f"WHERE article_is_published AND article_published_at IS NOT NULL"
    )


def pg_function(name, changes):
    return f"""
    CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        {PG_ADD.format(changes=changes)}
        {PG_SUBTRACT.format(changes=changes)}
        RETURN NULL;
    END
    $$
    """


POSTGRESQL_FORWARD = [
    pg_function("articles_entitymonthcount_inserted", pg_rows("new_tags", 1)),
    pg_function("articles_entitymonthcount_deleted", pg_rows("old_tags", -1)),
    pg_function(
        "articles_entitymonthcount_updated", f"{pg_rows('new_tags', 1)} UNION ALL {pg_rows('old_tags', -1)}"
    ),
    """
    CREATE TRIGGER articles_entitymonthcount_insert AFTER INSERT ON articles_articleentity
    REFERENCING NEW TABLE AS new_tags FOR EACH STATEMENT EXECUTE FUNCTION articles_entitymonthcount_inserted()
    """,
    """
    CREATE TRIGGER articles_entitymonthcount_delete AFTER DELETE ON articles_articleentity
    REFERENCING OLD TABLE AS old_tags FOR EACH STATEMENT EXECUTE FUNCTION articles_entitymonthcount_deleted()
    """,
    """
    CREATE TRIGGER articles_entitymonthcount_update AFTER UPDATE ON articles_articleentity
    REFERENCING OLD TABLE AS old_tags NEW TABLE AS new_tags
    FOR EACH STATEMENT EXECUTE FUNCTION articles_entitymonthcount_updated()
    """,
    f"""
    INSERT INTO articles_entitymonthcount (entity_id, month, articles)
    SELECT entity_id, {PG_MONTH}, count(*) FROM articles_articleentity
    WHERE article_is_published AND article_published_at IS NOT NULL GROUP BY 1, 2
    """,
]
POSTGRESQL_BACKWARD = [
    "DROP TRIGGER articles_entitymonthcount_update ON articles_articleentity",
    "DROP TRIGGER articles_entitymonthcount_delete ON articles_articleentity",
    "DROP TRIGGER articles_entitymonthcount_insert ON articles_articleentity",
    "DROP FUNCTION articles_entitymonthcount_updated()",
    "DROP FUNCTION articles_entitymonthcount_deleted()",
    "DROP FUNCTION articles_entitymonthcount_inserted()",
]

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
SQLITE_FORWARD = [
    f"""
    CREATE TRIGGER articles_entitymonthcount_insert AFTER INSERT ON articles_articleentity
    WHEN {SQLITE_COUNTED.format(row="new")} BEGIN {SQLITE_ADD} END
    """,
    f"""
    CREATE TRIGGER articles_entitymonthcount_delete AFTER DELETE ON articles_articleentity
    WHEN {SQLITE_COUNTED.format(row="old")} BEGIN {SQLITE_SUBTRACT} END
    """,
    f"""
    CREATE TRIGGER articles_entitymonthcount_update_old AFTER UPDATE ON articles_articleentity
    WHEN {SQLITE_CHANGED} AND {SQLITE_COUNTED.format(row="old")} BEGIN {SQLITE_SUBTRACT} END
    """,
    f"""
    CREATE TRIGGER articles_entitymonthcount_update_new AFTER UPDATE ON articles_articleentity
    WHEN {SQLITE_CHANGED} AND {SQLITE_COUNTED.format(row="new")} BEGIN {SQLITE_ADD} END
    """,
    f"""
    INSERT INTO articles_entitymonthcount (entity_id, month, articles)
    SELECT entity_id, {SQLITE_MONTH.format(row="articles_articleentity")}, count(*) FROM articles_articleentity
    WHERE {SQLITE_COUNTED.format(row="articles_articleentity")} GROUP BY 1, 2
    """,
]
SQLITE_BACKWARD = [
    "DROP TRIGGER articles_entitymonthcount_update_new",
    "DROP TRIGGER articles_entitymonthcount_update_old",
    "DROP TRIGGER articles_entitymonthcount_delete",
    "DROP TRIGGER articles_entitymonthcount_insert",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):

    dependencies = [
        ("articles", "0003_lz4_compression"),
    ]

    operations = [
        migrations.CreateModel(
            name="EntityMonthCount",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("month", models.DateField(help_text="First day of the month (UTC).")),
                ("articles", models.IntegerField()),
                (
                    "entity",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="month_counts",
                        to="articles.entity",
                    ),
                ),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(fields=("entity", "month"), name="entitymonthcount_unique"),
                ],
            },
        ),
        migrations.RunPython(
            _run({"postgresql": POSTGRESQL_FORWARD, "sqlite": SQLITE_FORWARD}),
            _run({"postgresql": POSTGRESQL_BACKWARD, "sqlite": SQLITE_BACKWARD}),
            elidable=False,
        ),
    ]
