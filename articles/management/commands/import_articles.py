"""Import article files, folders, zips and .jsonl batches into the archive."""

import multiprocessing
import os
import sys

from django.core.management import BaseCommand, CommandError
from tqdm import tqdm

from articles.caching import content_changes_batched
from articles.db import commits_without_waiting_for_disk
from articles.ingest.preview import previews_from_sources
from articles.ingest.duplicates import find_duplicates
from articles.ingest.service import StoredResult, plain_body_text, store, stored_headline
from articles.ingest.slugs import SlugReservations
from articles.ingest.tagging import get_matcher
from articles.ingest.uploads import article_files, read_path
from articles.models import Article, normalize_url, text_fingerprint

# Parsing and tagging are pure Python and CPU-bound; worker processes do them
# while this process checks for duplicates and stores. Below this many files
# starting workers costs more than it saves.
PARALLEL_FROM_FILES = 50
BATCH = 50  # previews checked for duplicates and given slugs in one query each; one cache version bump
_worker_matcher = None


def _parse_in_worker(path):
    """Read, parse and tag one file in a worker: no database and no cache, only the inherited matcher."""
    sources, rejected = read_path(path)
    previews, unparsed = previews_from_sources(sources, check_duplicates=False, matcher=_worker_matcher)
    return previews, [*rejected, *unparsed]


class Command(BaseCommand):
    help = (
        "Import articles from files (.txt, .html, .jsonl), folders (searched recursively) and .zip archives. "
        "Each article is stored in its own transaction; duplicates already in the archive are skipped, so "
        "running it twice creates nothing the second time. Exits non-zero when any file failed."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--dry-run", action="store_true", help="Parse, tag and check for duplicates; save nothing.")
        parser.add_argument("--status", choices=Article.Status.values, default=Article.Status.DRAFT)
        parser.add_argument("--no-progress", dest="progress", action="store_false", help="No progress bar.")
        parser.add_argument(
            "--workers", type=int, default=None,
            help=f"Processes that parse and tag (default: one per CPU, up to 4, from {PARALLEL_FROM_FILES} files).",
        )

    def handle(self, *args, paths, dry_run, status, progress, verbosity, workers=None, **options):
        files, missing = article_files(paths)
        self.results = [StoredResult(StoredResult.FAILED, r.name, reason=r.reason) for r in missing]
        self.seen = set()  # what a dry run would already have stored
        self.author_memo = {}
        self.slugs = SlugReservations()
        show_bar = progress and sys.stderr.isatty()
        pending = []
        parsed_files = self._parsed(files, workers)
        with commits_without_waiting_for_disk():
            for previews, rejected in tqdm(parsed_files, total=len(files), file=sys.stderr, disable=not show_bar,
                                           unit="file", desc="Importing"):
                self.results += [StoredResult(StoredResult.FAILED, r.name, reason=r.reason) for r in rejected]
                pending += previews
                if len(pending) >= BATCH:
                    self._import(pending, status=status, dry_run=dry_run, verbosity=verbosity)
                    pending = []
            self._import(pending, status=status, dry_run=dry_run, verbosity=verbosity)
        self._summarise(self.results, dry_run)

    def _import(self, previews, *, status, dry_run, verbosity):
        """Store ``previews`` one by one (each in its own transaction), after one query for the duplicates
        among them and one for their slugs; public pages see one new content version per batch."""
        duplicates = find_duplicates((p.source_url, plain_body_text(p.paragraphs)) for p in previews)
        new = [p for p, duplicate in zip(previews, duplicates) if duplicate is None]
        slugs = dict(zip(map(id, new), self.slugs.reserve(map(stored_headline, new)))) if new and not dry_run else {}
        with content_changes_batched():
            for preview, duplicate in zip(previews, duplicates):
                if duplicate is not None:
                    result = StoredResult(
                        StoredResult.DUPLICATE, preview.source_name, preview.headline, duplicate=duplicate
                    )
                elif dry_run:
                    result = self._dry_run_result(preview, self.seen)
                else:
                    # Two copies within one batch both pass the check; the database refuses the second.
                    result = store(preview, status=status, author_memo=self.author_memo, slug=slugs[id(preview)])
                self.results.append(result)
                if verbosity >= 2:
                    self.stdout.write(f"{result.outcome}: {result.source_name}")

    @staticmethod
    def _parsed(files, workers):
        """``(previews, rejected)`` per file, in order, parsed here or by forked workers."""
        global _worker_matcher
        if workers is None:
            workers = min(4, os.cpu_count() or 1) if len(files) >= PARALLEL_FROM_FILES else 1
        _worker_matcher = get_matcher()  # built once here; forked workers inherit it
        if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
            yield from map(_parse_in_worker, files)
            return
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            yield from pool.imap(_parse_in_worker, files, chunksize=4)

    @staticmethod
    def _dry_run_result(preview, seen):
        fingerprint = text_fingerprint(plain_body_text(preview.paragraphs))
        keys = {("url", normalize_url(preview.source_url)), ("text", fingerprint)} - {("url", ""), ("text", "")}
        outcome = StoredResult.DUPLICATE if keys & seen else StoredResult.CREATED
        seen.update(keys)
        return StoredResult(outcome, preview.source_name, preview.headline)

    def _summarise(self, results, dry_run):
        counts = {o: sum(1 for r in results if r.outcome == o) for o in ("created", "duplicate", "failed")}
        summary = f"created {counts['created']}, duplicates {counts['duplicate']}, failed {counts['failed']}"
        self.stdout.write(summary + (" (dry run: nothing was saved)" if dry_run else ""))
        for result in results:
            if result.outcome == StoredResult.FAILED:
                self.stdout.write(f"  {result.source_name}: {result.reason}")
            for note in result.notes:
                self.stdout.write(f"  {result.source_name}: {note}")
        if counts["failed"]:
            raise CommandError(f"{counts['failed']} article file{'s' if counts['failed'] != 1 else ''} failed to import.")
