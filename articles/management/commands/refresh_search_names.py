"""Rewrite articles' search names (tagged entities' names and byline) where they are out of date."""

import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from articles.models import Article, Entity


class Command(BaseCommand):
    help = (
        "Rewrite the search names (tagged entities' names, then the byline) of the articles tagged with the "
        "given entities, or of every article, where they differ from what the tags say now. Run it after "
        "renaming an entity tagged in more articles than the admin updates at once. Safe to stop and run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--entity", action="append", dest="entities", default=[], metavar="SLUG",
            help="Only the articles tagged with this entity (its slug; repeatable). Default: every article.",
        )
        parser.add_argument("--batch-size", type=int, default=1000, help="Articles per transaction (default 1000).")
        parser.add_argument("--no-progress", dest="progress", action="store_false", help="No progress bar.")

    def handle(self, *args, entities, batch_size, progress, **options):
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1.")
        articles = Article.objects.all()
        if entities:
            found = dict(Entity.objects.filter(slug__in=entities).values_list("slug", "pk"))
            missing = [slug for slug in entities if slug not in found]
            if missing:
                raise CommandError(f"No entity with the slug {', '.join(missing)}.")
            articles = articles.filter(tags__entity_id__in=found.values())
        total = articles.values("pk").distinct().count()
        with tqdm(total=total, unit="article", desc="Refreshing", file=sys.stderr,
                  disable=not (progress and sys.stderr.isatty())) as bar:
            rewritten = articles.refresh_search_names(batch_size=batch_size, progress=bar.update)
        self.stdout.write(f"Search names rewritten: {rewritten:,} of {total:,} articles.")
