"""Store the text signature bands of archived articles that have none (an archive from before them)."""

import multiprocessing
import signal
import sys
import time

from django.core.management import BaseCommand
from django.db import connection, transaction
from django.db.models import Exists, OuterRef
from tqdm import tqdm

from articles.ingest.near_duplicates import band_rows, store_band_rows
from articles.models import Article, NearDuplicateBand


class Command(BaseCommand):
    help = (
        "Compute and store the near-duplicate signature of every article that has none, a batch at a time, "
        "each batch in its own transaction: it can be stopped and run again, and goes on where it stopped."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=2000, help="Articles read and indexed a transaction.")
        parser.add_argument("--limit", type=int, default=None, help="Index at most this many articles, then stop.")
        parser.add_argument(
            "--workers", type=int, default=1,
            help="Processes computing signatures (the slow part); this one reads and writes the database.",
        )
        parser.add_argument("--no-progress", dest="progress", action="store_false", help="No progress bar.")

    def handle(self, *args, batch_size, limit, workers, progress, **options):
        batch_size = max(1, min(batch_size, 20_000))
        started, indexed, rows = time.monotonic(), 0, 0
        bar = tqdm(total=limit or Article.objects.count(), file=sys.stderr, unit="article",
                   disable=not (progress and sys.stderr.isatty()), desc="Indexing")
        pool = None
        if workers > 1 and not connection.in_atomic_block:  # what an open transaction holds, a fork must not touch
            connection.close()  # a forked worker must never talk on this process's connection
            pool = multiprocessing.get_context("fork").Pool(workers, initializer=_leave_ctrl_c_to_the_parent)
        try:
            with bar:
                for missing in self._unindexed(batch_size, limit):
                    if pool is None:
                        computed = band_rows(missing)
                    else:
                        share = -(-len(missing) // workers)
                        parts = pool.map(band_rows, [missing[i : i + share] for i in range(0, len(missing), share)])
                        computed = [row for part in parts for row in part]
                    with transaction.atomic():
                        rows += store_band_rows(computed)
                    indexed += len(missing)
                    bar.update(len(missing))
        except BaseException:  # Ctrl-C or a database error: the batch in hand is lost, the stored ones stay
            if pool is not None:
                pool.terminate()  # close() and join() would wait for workers that Ctrl-C stopped too
            raise
        if pool is not None:
            pool.close()
            pool.join()
        if rows and connection.vendor == "postgresql":
            # Fresh statistics, or the planner may take the band lookup for a scan of the whole table.
            with connection.cursor() as cursor:
                cursor.execute(f"ANALYZE {connection.ops.quote_name(NearDuplicateBand._meta.db_table)}")
        elapsed = time.monotonic() - started
        rate = f", {indexed / elapsed:,.0f} articles/s" if elapsed and indexed else ""
        self.stdout.write(f"indexed {indexed:,} articles ({rows:,} band rows) in {elapsed:,.1f} s{rate}")

    @staticmethod
    def _unindexed(batch_size, limit):
        """Lists of ``(pk, body_text)`` of articles without bands, in id order, ``limit`` in all.

        Those with bands are passed over in the query, by an anti-join on the bands' primary key,
        so a run that goes on where another stopped does not read their texts again.
        """
        has_bands = NearDuplicateBand.objects.filter(article_id=OuterRef("pk"), band=0)
        last_pk, left = 0, limit
        while left is None or left > 0:
            size = batch_size if left is None else min(batch_size, left)
            batch = list(
                Article.objects.filter(pk__gt=last_pk).exclude(Exists(has_bands))
                .order_by("pk").values_list("pk", "body_text")[:size]
            )
            if not batch:
                return
            last_pk = batch[-1][0]
            if left is not None:
                left -= len(batch)
            yield batch


def _leave_ctrl_c_to_the_parent():
    """A worker ignores Ctrl-C, which its terminal sends to all: the parent stops, and stops the pool."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
