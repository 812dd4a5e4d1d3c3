"""PostgreSQL: text that looks like an HTML tag is searched like any other text.

PostgreSQL's text-search parser reads ``<script>`` or ``<style>`` as the
start of markup and drops everything after it, so an article quoting
"the attackers hid a <script> tag in the page" lost the rest of its body
from search, and ``a<b`` lost its words. The searched columns are plain text
(the sanitiser has already turned markup into text), so every ``<`` in them
is a character the article says: the search document now reads it as a
space. Only rows holding a ``<`` are recomputed (finding them reads every
article: ~20 s at a million on the benchmark machine). SQLite's FTS5 tokenizer
never treated ``<`` as markup, so nothing changes there.
"""

from django.db import migrations

from articles.search import sql

_RECOMPUTE = f"""
    UPDATE articles_article
    SET search_vector = {sql.ROW_DOCUMENT}
    WHERE {" OR ".join(f"strpos({column}, '<') > 0" for column in sql.COLUMNS)}
"""

WITH_ANGLE_BRACKETS_AS_SPACES = sql.document_function(lambda column: f"replace(coalesce({column}, ''), '<', ' ')")
AS_IN_0002 = sql.document_function(lambda column: f"coalesce({column}, '')")


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(WITH_ANGLE_BRACKETS_AS_SPACES)
        schema_editor.execute(_RECOMPUTE)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(AS_IN_0002)
        schema_editor.execute(_RECOMPUTE)


class Migration(migrations.Migration):

    dependencies = [
        ("articles", "0005_entitymonthcount_covering_index"),
    ]

    operations = [
        migrations.RunPython(forward, backward, elidable=False),
    ]
