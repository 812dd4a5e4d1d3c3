"""PostgreSQL: compress the article's large columns with LZ4 instead of pglz.

Every article's HTML body, plain-text body and search vector are a few
kilobytes each, so PostgreSQL compresses them on every write. pglz, the
default, is slow to compress: in a bulk load it cost half of the server's
time for the article rows (BENCHMARKS.md, corpus generation). LZ4 (PostgreSQL
14+, built in on Debian's packages) compresses several times faster and
decompresses faster for every article page too, at a few percent more disk.
A server built without LZ4 keeps pglz: the migration says so and goes on.
Existing values keep their compression until rewritten; nothing changes on
SQLite.
"""

from django.db import migrations

COLUMNS = ("body_html", "body_text", "search_vector")


def compression(method):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        alter = ", ".join(f"ALTER COLUMN {column} SET COMPRESSION {method}" for column in COLUMNS)
        schema_editor.execute(
            f"""
            DO $$
            BEGIN
                ALTER TABLE articles_article {alter};
            EXCEPTION WHEN feature_not_supported THEN
                RAISE WARNING 'this PostgreSQL has no {method} compression; articles keep the default';
            END
            $$
            """
        )

    return run


class Migration(migrations.Migration):

    dependencies = [
        ("articles", "0002_search"),
    ]

    operations = [
        migrations.RunPython(compression("lz4"), compression("default"), elidable=False),
    ]
