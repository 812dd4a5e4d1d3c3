"""Import article files, folders, zips and .jsonl batches into the archive."""

import sys

from django.core.management import BaseCommand, CommandError
from tqdm import tqdm

from articles.ingest.preview import previews_from_sources
from articles.ingest.service import StoredResult, plain_body_text, store
from articles.ingest.uploads import article_files, read_path
from articles.models import Article, normalize_url, text_fingerprint


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

    def handle(self, *args, paths, dry_run, status, progress, verbosity, **options):
        files, missing = article_files(paths)
        results = [StoredResult(StoredResult.FAILED, r.name, reason=r.reason) for r in missing]
        seen = set()  # what a dry run would already have stored
        show_bar = progress and sys.stderr.isatty()
        for path in tqdm(files, file=sys.stderr, disable=not show_bar, unit="file", desc="Importing"):
            sources, rejected = read_path(path)
            previews, unparsed = previews_from_sources(sources)
            results += [StoredResult(StoredResult.FAILED, r.name, reason=r.reason) for r in [*rejected, *unparsed]]
            for preview in previews:
                if preview.duplicate is not None:
                    result = StoredResult(
                        StoredResult.DUPLICATE, preview.source_name, preview.headline, duplicate=preview.duplicate
                    )
                elif dry_run:
                    result = self._dry_run_result(preview, seen)
                else:
                    result = store(preview, status=status)
                results.append(result)
                if verbosity >= 2:
                    self.stdout.write(f"{result.outcome}: {result.source_name}")
        self._summarise(results, dry_run)

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
