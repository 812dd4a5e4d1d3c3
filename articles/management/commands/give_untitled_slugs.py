"""Give the articles, authors and entities stored as ``untitled``, ``untitled-2``... a slug of their name.

Until slugs kept a name's own script, a headline or name in Cyrillic, Arabic, Chinese... got ``untitled-N``.
Each such row whose headline or name now makes a real slug gets it, with a revision saying so; its old slug is
kept as a ``FormerSlug``, so that the old address redirects (301) to the new one. Safe to run again: a row
given its slug is not ``untitled`` any more, and one with no letters to make a slug of ("!!!") stays as it is.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from articles.models import Article, Author, Entity, FormerSlug
from articles.models.derived import slug_candidates

NAMED_BY = ((Article, "headline"), (Author, "name"), (Entity, "name"))


def give_untitled_slugs():
    """``[(model name, old slug, new slug)...]`` for the rows given a slug of their name."""
    renamed = []
    for model, source in NAMED_BY:
        for row in model._default_manager.filter(slug__regex=r"^untitled(-[0-9]+)?$").order_by("pk"):
            if next(slug_candidates(getattr(row, source))) == "untitled":
                continue
            old, row.slug = row.slug, ""  # save() makes it, as for a new row
            row._change_reason = f"Slug made from its name in its own script (it was “{old}”)."
            with transaction.atomic():
                row.save(update_fields=["slug"])
                FormerSlug.objects.update_or_create(  # one an editor gave again since: it leads here now
                    model=model._meta.model_name, slug=old, defaults={"object_id": row.pk}
                )
            renamed.append((model._meta.model_name, old, row.slug))
    return renamed


class Command(BaseCommand):
    help = (
        "Give articles, authors and entities stored as untitled-N a slug of their headline or name, in its own "
        "script; their old addresses redirect to the new ones. Safe to run again."
    )

    def handle(self, *args, **options):
        renamed = give_untitled_slugs()
        for model, old, new in renamed:
            self.stdout.write(f"{model} {old} -> {new}")
        self.stdout.write(self.style.SUCCESS(f"{len(renamed)} slugs given; the old addresses redirect to them."))
