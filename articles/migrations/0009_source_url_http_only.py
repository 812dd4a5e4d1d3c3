"""Source URLs are http or https only: the validator, and existing rows with another scheme emptied."""

from django.db import migrations, models

import articles.models
from articles.models import normalize_url
from articles.core.sanitize import allowed_url


def keep_only_web_source_urls(apps, schema_editor):
    """Empty every stored source URL ``allowed_url`` refuses (``javascript:``, ``data:``...); tidy the rest."""
    Article = apps.get_model("articles", "Article")
    changed = []
    rows = Article.objects.exclude(source_url="").values_list("pk", "source_url").order_by("pk")
    for pk, url in rows.iterator(chunk_size=5000):
        allowed = allowed_url(url)
        if allowed != url:
            changed.append((pk, allowed))
    for pk, allowed in changed:
        key = normalize_url(allowed)
        if key and Article.objects.filter(source_url_key=key).exclude(pk=pk).exists():
            allowed = key = ""  # its tidy form is another article's source: that one keeps it
        Article.objects.filter(pk=pk).update(source_url=allowed, source_url_key=key)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0008_correction_published_index"),
    ]

    operations = [
        migrations.AlterField(
            model_name="article",
            name="source_url",
            field=models.URLField(
                blank=True, max_length=1000, validators=[articles.models.validate_web_url], verbose_name="source URL"
            ),
        ),
        migrations.RunPython(keep_only_web_source_urls, migrations.RunPython.noop, elidable=True),
    ]
