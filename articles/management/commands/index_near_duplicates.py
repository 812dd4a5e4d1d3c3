"""Store the text signature bands of archived articles that have none (an archive from before them)."""

import sys
import time

from django.core.management import BaseCommand
from django.db import transaction
from tqdm import tqdm

from articles.ingest.near_duplicates import index_articles
from articles.models import Article, NearDuplicateBand


class Command(BaseCommand):
    help = (
        "Compute and store the near-duplicate signature of every article that has none, a batch at a time, "
        "each batch in its own transaction: it can be stopped and run again, and goes on where it stopped."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=2000, help="Articles read and indexed a transaction.")
        parser.add_argument("--limit", type=int, default=None, help="Index at most this many articles, then stop.")
        parser.add_argument("--no-progress", dest="progress", action="store_false", help="No progress bar.")

    def handle(self, *args, batch_size, limit, progress, **options):
        batch_size = max(1, min(batch_size, 20_000))
        started, last_pk, indexed, rows = time.monotonic(), 0, 0, 0
        bar = tqdm(total=limit or Article.objects.count(), file=sys.stderr, unit="article",
                   disable=not (progress and sys.stderr.isatty()), desc="Indexing")
        with bar:
            while limit is None or indexed < limit:
                size = batch_size if limit is None else min(batch_size, limit - indexed)
                batch = list(
                    Article.objects.filter(pk__gt=last_pk).order_by("pk").values_list("pk", "body_text")[:batch_size]
                )
                if not batch:
                    break
                last_pk = batch[-1][0]
                done = set(
                    NearDuplicateBand.objects.filter(article_id__in=[pk for pk, _ in batch], band=0)
                    .values_list("article_id", flat=True)
                )
                missing = [(pk, text) for pk, text in batch if pk not in done][:size]
                with transaction.atomic():
                    rows += index_articles(missing)
                indexed += len(missing)
                bar.update(len(missing))
        elapsed = time.monotonic() - started
        rate = f", {indexed / elapsed:,.0f} articles/s" if elapsed and indexed else ""
        self.stdout.write(f"indexed {indexed:,} articles ({rows:,} band rows) in {elapsed:,.1f} s{rate}")
