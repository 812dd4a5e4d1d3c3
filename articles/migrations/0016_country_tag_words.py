"""Every article tagged with a country gets the country's tag word in its search names (``sql.country_tag_word``).

A search within a country looks the word up in the search index (PostgreSQL); articles written before
this migration lack it until their search names are rewritten here. Batches of 1,000 articles, each its
own transaction (the migration is not atomic), rewriting only the rows that differ: safe to stop and run
again. It runs the app's own ``refresh_search_names``, the one home of what search names hold, which
reads and writes only columns that exist since migration 0001.
"""

from django.db import migrations


def add_country_tag_words(apps, schema_editor):
    from articles.models import Article

    tagged = Article.objects.using(schema_editor.connection.alias).filter(tags__entity__kind="country")
    tagged.refresh_search_names()


class Migration(migrations.Migration):
    atomic = False

    dependencies = [("articles", "0015_import_item_decisions")]

    operations = [migrations.RunPython(add_country_tag_words, migrations.RunPython.noop, elidable=True)]
