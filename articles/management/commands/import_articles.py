"""Import article files, folders, zips and .jsonl batches into the archive."""

import argparse
import gc
import multiprocessing
import multiprocessing.util
import os
import sys
from itertools import islice

from django.core.exceptions import ValidationError
from django.core.management import BaseCommand, CommandError
from django.db import connection
from tqdm import tqdm

from articles.core.caching import bump_content_version
from articles.core.db import commits_without_waiting_for_disk
from articles.ingest import parsing  # noqa: F401 (imported once here, not again in every forked worker)
from articles.core.conf import caps
from articles.ingest.batches import Importer
from articles.ingest.outlets import remembered_zones
from articles.ingest.preview import load_shared_tables, previews_from_sources
from articles.ingest.service import StoredResult
from articles.ingest.current_matcher import get_matcher
from articles.ingest.uploads import article_files, read_path
from articles.models import Article
from articles.models.articles import NEW_ARTICLE_STATUSES
from articles.models.derived import validate_time_zone


# Parsing and tagging are pure Python and CPU-bound; worker processes do them.
# Below this many files starting workers costs more than it saves.
PARALLEL_FROM_FILES = 50
FILES_PER_TASK = 50  # files a worker parses and stores before reporting back: a batch (caps.IMPORT_BATCH) to a transaction
IMPORTED_BY = "manage.py import_articles"  # who the history says imported them
_worker_matcher = None
_worker_importer = None
_worker_time_zones = ("", {})  # the --source-tz and the outlets' remembered zones, read before forking


def _parse_in_worker(path):
    """Read, parse and tag one file in a worker: no database and no cache, only the inherited matcher."""
    sources, rejected = read_path(path)
    source_tz, outlet_zones = _worker_time_zones
    previews, unparsed = previews_from_sources(
        sources, check_duplicates=False, matcher=_worker_matcher, source_tz=source_tz, outlet_zones=outlet_zones,
    )
    return previews, [*rejected, *unparsed]


def _start_storing_worker(status, allow_near_duplicates):
    """A worker that stores opens its own connection (the parent closed its own before forking),
    and closes it when the pool lets it finish."""
    global _worker_importer
    _worker_importer = Importer(status=status, dry_run=False, by=IMPORTED_BY, allow_near_duplicates=allow_near_duplicates)
    multiprocessing.util.Finalize(None, connection.close, exitpriority=10)


def _parse_and_store_in_worker(paths):
    """``(files done, results)`` for a few files, parsed and stored here a batch to a transaction (``import_batch``).

    Two workers may both find an article new (a copy in each one's files);
    the unique constraints let one insert win and ``store`` reports the other
    as a duplicate.
    """
    results, previews = [], []
    for path in paths:
        parsed, rejected = _parse_in_worker(path)
        results += [StoredResult(StoredResult.FAILED, r.name, reason=r.reason) for r in rejected]
        previews += parsed
    with commits_without_waiting_for_disk():
        batch = caps.IMPORT_BATCH
        for start in range(0, len(previews), batch):
            results += _worker_importer.import_batch(previews[start : start + batch])
    for result in results:
        result.article = None  # the parent reports outcomes; a model instance is not worth pickling back
    return len(paths), results


class Command(BaseCommand):
    help = (
        "Import articles from files (.txt, .html, .jsonl), folders (searched recursively) and .zip archives. "
        "Articles are stored a batch at a time, one by one when a batch cannot go in whole, so a bad one fails "
        "alone; duplicates already in the archive are skipped, so "
        "running it twice creates nothing the second time. Exits non-zero when any file failed."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--dry-run", action="store_true", help="Parse, tag and check for duplicates; save nothing.")
        parser.add_argument("--status", choices=[value for value, _ in NEW_ARTICLE_STATUSES], default=Article.Status.DRAFT)
        parser.add_argument("--no-progress", dest="progress", action="store_false", help="No progress bar.")
        parser.add_argument(
            "--source-tz", default="", metavar="ZONE", type=_time_zone,
            help="The IANA time zone of times the sources print without one (e.g. Africa/Nairobi); remembered for "
                 "each outlet whose times needed it. Without it, each outlet's remembered zone, else UTC.",
        )
        parser.add_argument(
            "--allow-near-duplicates", action="store_true",
            help="Import articles whose text is at least 90%% the same as an archived one's (or an earlier one's "
                 "in the same run) anyway; they are still reported. Without it they are reported and skipped.",
        )
        parser.add_argument(
            "--workers", type=int, default=None,
            help=f"Processes that parse and tag (default: one per CPU, up to 4, from {PARALLEL_FROM_FILES} files); "
                 "on PostgreSQL they store too, each on its own connection.",
        )

    def handle(
        self, *args, paths, dry_run, status, progress, verbosity, workers=None, source_tz="",
        allow_near_duplicates=False, **options,
    ):
        global _worker_time_zones
        _worker_time_zones = (source_tz, remembered_zones())
        files, missing = article_files(paths)
        self.results = [StoredResult(StoredResult.FAILED, r.name, reason=r.reason) for r in missing]
        self.verbosity = verbosity
        self.allow_near_duplicates = allow_near_duplicates
        if workers is None:
            workers = min(4, os.cpu_count() or 1) if len(files) >= PARALLEL_FROM_FILES else 1
        if workers > 1 and "fork" not in multiprocessing.get_all_start_methods():
            workers = 1
        bar = tqdm(total=len(files), file=sys.stderr, disable=not (progress and sys.stderr.isatty()),
                   unit="file", desc="Importing")
        with bar:
            if workers > 1 and not dry_run and _workers_can_store():
                self._import_in_workers(files, workers, status, bar)
            else:
                self._import_here(files, workers, status, dry_run, bar)
        self._summarise(self.results, dry_run)

    def _import_here(self, files, workers, status, dry_run, bar):
        """Parse (in workers, if more than one) and store in this process, on its connection."""
        importer = Importer(status=status, dry_run=dry_run, by=IMPORTED_BY, allow_near_duplicates=self.allow_near_duplicates)
        pending = []
        with commits_without_waiting_for_disk():
            for previews, rejected in self._parsed(files, workers):
                bar.update()
                self._report([StoredResult(StoredResult.FAILED, r.name, reason=r.reason) for r in rejected])
                pending += previews
                if len(pending) >= caps.IMPORT_BATCH:
                    self._report(importer.import_batch(pending))
                    pending = []
            self._report(importer.import_batch(pending))

    def _import_in_workers(self, files, workers, status, bar):
        """Each worker parses and stores its share of the files on its own connection, while the others do.

        Storing from one process left the second core waiting on it and on
        the database server; now every core parses, tags and stores. The
        database's unique constraints stay the arbiter of duplicates.
        """
        global _worker_matcher
        _worker_matcher = get_matcher()  # built once here; forked workers inherit it copy-on-write
        load_shared_tables()  # and these
        connection.close()  # a forked worker must never talk on this process's connection
        gc.freeze()  # the inherited objects stay out of the workers' collections: their pages stay shared
        created = False
        try:
            context = multiprocessing.get_context("fork")
            with context.Pool(workers, initializer=_start_storing_worker,
                              initargs=(status, self.allow_near_duplicates)) as pool:
                for done, results in pool.imap(_parse_and_store_in_worker, _chunks(files, FILES_PER_TASK)):
                    bar.update(done)
                    self._report(results)
                    created = created or any(r.outcome == StoredResult.CREATED for r in results)
                pool.close()
                pool.join()  # workers leave through their finalizers, closing their connections
        finally:
            gc.unfreeze()
        if created:
            bump_content_version()  # the workers bumped their own caches; this process may keep its own

    def _report(self, results):
        self.results += results
        if self.verbosity >= 2:
            for result in results:
                self.stdout.write(f"{result.outcome}: {result.source_name}")

    @staticmethod
    def _parsed(files, workers):
        """``(previews, rejected)`` per file, in order, parsed here or by forked workers."""
        global _worker_matcher
        _worker_matcher = get_matcher()  # built once here; forked workers inherit it
        if workers <= 1:
            yield from map(_parse_in_worker, files)
            return
        load_shared_tables()
        gc.freeze()  # the inherited objects stay out of the workers' collections: their pages stay shared
        try:
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                yield from pool.imap(_parse_in_worker, files, chunksize=4)
        finally:
            gc.unfreeze()

    def _summarise(self, results, dry_run):
        counts = {o: sum(1 for r in results if r.outcome == o) for o in ("created", "duplicate", "near-duplicate", "failed")}
        near = f", near-duplicates {counts['near-duplicate']}" if counts["near-duplicate"] else ""
        summary = f"created {counts['created']}, duplicates {counts['duplicate']}{near}, failed {counts['failed']}"
        self.stdout.write(summary + (" (dry run: nothing was saved)" if dry_run else ""))
        for result in results:
            if result.outcome == StoredResult.FAILED:
                self.stdout.write(f"  {result.source_name}: {result.reason}")
            elif result.outcome == StoredResult.NEAR_DUPLICATE:
                self.stdout.write(f"  {result.source_name}: skipped, looks like {result.duplicate.reason}")
            for note in result.notes:
                self.stdout.write(f"  {result.source_name}: {note}")
        if counts["failed"]:
            raise CommandError(f"{counts['failed']} article file{'s' if counts['failed'] != 1 else ''} failed to import.")


def _time_zone(name: str) -> str:
    if not name:
        return ""
    try:
        validate_time_zone(name)
    except ValidationError as error:
        raise argparse.ArgumentTypeError(error.messages[0]) from error
    return name


def _workers_can_store():
    """Workers store on their own connections only on PostgreSQL (SQLite has one writer at a time anyway),
    and never when a transaction is open here: what it holds, other connections cannot see."""
    return connection.vendor == "postgresql" and not connection.in_atomic_block


def _chunks(items, size):
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
