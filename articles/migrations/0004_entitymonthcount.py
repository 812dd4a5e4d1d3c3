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

from articles.core.counts_sql import (
    PG_ADD, PG_INSERTED_FUNCTION, PG_MONTH, PG_SUBTRACT, SQLITE_RECOUNT, SQLITE_TRIGGERS, pg_rows,
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
    pg_function(PG_INSERTED_FUNCTION, pg_rows("new_tags", 1)),
    pg_function("articles_entitymonthcount_deleted", pg_rows("old_tags", -1)),
    pg_function(
        "articles_entitymonthcount_updated", f"{pg_rows('new_tags', 1)} UNION ALL {pg_rows('old_tags', -1)}"
    ),
    f"""
    CREATE TRIGGER articles_entitymonthcount_insert AFTER INSERT ON articles_articleentity
    REFERENCING NEW TABLE AS new_tags FOR EACH STATEMENT EXECUTE FUNCTION {PG_INSERTED_FUNCTION}()
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
    f"DROP FUNCTION {PG_INSERTED_FUNCTION}()",
]

SQLITE_FORWARD = [*SQLITE_TRIGGERS.values(), SQLITE_RECOUNT]
SQLITE_BACKWARD = [f"DROP TRIGGER {trigger}" for trigger in reversed(SQLITE_TRIGGERS)]


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
