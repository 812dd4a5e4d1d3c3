"""Storing previews a batch at a time, shared by ``import_articles`` and the background import jobs.

A batch asks the archive once which of its previews are already there and
reserves their slugs in one query; each article is still stored on its own
(``service.store``), and public pages see one new content version per batch.
"""

from __future__ import annotations

from django.db import DatabaseError

from articles.caching import content_changes_batched
from articles.models import normalize_url, text_fingerprint

from .duplicates import find_duplicate, find_duplicates
from .outlets import remember as remember_time_zone
from .service import StoredResult, plain_body_text, store, stored_headline
from .slugs import SlugReservations

BATCH = 50  # previews checked for duplicates and given slugs in one query each; one cache version bump


class Importer:
    """Duplicate checks, slugs and storing for one process's share of an import."""

    def __init__(self, *, status, dry_run=False, user=None):
        self.status, self.dry_run, self.user = status, dry_run, user
        self.seen = set()  # what a dry run would already have stored
        self.author_memo = {}
        self.slugs = SlugReservations()

    def import_batch(self, previews):
        """Results for ``previews``, stored one by one (each in its own transaction)."""
        return [result for _, results in self.import_groups([(None, [p]) for p in previews]) for result in results]

    def import_groups(self, groups, *, store_group=None):
        """``[(key, results)]`` for ``groups`` of ``(key, previews)`` (a file's articles, say), after one query
        for the duplicates among all their previews and one for their slugs.

        ``store_group(key, store_all)``, when given, is called for each group
        and calls ``store_all()`` (which stores the group's previews and
        returns their results), returning the results or None to leave the
        group out: a background job wraps it in the transaction that also
        records the group's outcome.
        """
        previews = [p for _, group in groups for p in group]
        duplicates = dict(zip(map(id, previews), self._duplicates(previews))) if previews else {}
        new = [p for p in previews if duplicates[id(p)] is None]
        slugs = dict(zip(map(id, new), self.slugs.reserve(map(stored_headline, new)))) if new and not self.dry_run else {}
        outcomes = []
        with content_changes_batched():
            for key, group in groups:
                def store_all(group=group):
                    return [self._store_one(p, duplicates[id(p)], slugs.get(id(p), "")) for p in group]

                results = store_group(key, store_all) if store_group else store_all()
                if results is not None:
                    outcomes.append((key, results))
        return outcomes

    def _store_one(self, preview, duplicate, slug):
        if isinstance(duplicate, StoredResult):
            return duplicate
        if duplicate is not None:
            return StoredResult(StoredResult.DUPLICATE, preview.source_name, preview.headline, duplicate=duplicate)
        if self.dry_run:
            return self._dry_run_result(preview)
        # Two copies within one batch both pass the check; the database refuses the second.
        result = store(preview, status=self.status, user=self.user, author_memo=self.author_memo, slug=slug)
        if result.outcome == StoredResult.CREATED and preview.remember_time_zone:
            remember_time_zone(preview.outlet_key, preview.time_zone)
        return result

    @staticmethod
    def _duplicates(previews):
        """The archived duplicate of each preview, or None; one query, or one each if some value breaks it
        (then a preview whose own lookup fails gets its failed result instead)."""
        try:
            return find_duplicates((p.source_url, plain_body_text(p.paragraphs)) for p in previews)
        except DatabaseError:
            pass
        duplicates = []
        for preview in previews:
            try:
                duplicates.append(find_duplicate(preview.source_url, text_fingerprint(plain_body_text(preview.paragraphs))))
            except DatabaseError as error:
                duplicates.append(StoredResult(
                    StoredResult.FAILED, preview.source_name, preview.headline,
                    reason=f"could not be checked against the archive: {error}",
                ))
        return duplicates

    def _dry_run_result(self, preview):
        fingerprint = text_fingerprint(plain_body_text(preview.paragraphs))
        keys = {("url", normalize_url(preview.source_url)), ("text", fingerprint)} - {("url", ""), ("text", "")}
        outcome = StoredResult.DUPLICATE if keys & self.seen else StoredResult.CREATED
        self.seen.update(keys)
        return StoredResult(outcome, preview.source_name, preview.headline)
