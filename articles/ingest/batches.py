"""Storing previews a batch at a time, shared by ``import_articles`` and the background import jobs.

A batch asks the archive once which of its previews are already there and
reserves their slugs in one query; each article is still stored on its own
(``service.store``), and public pages see one new content version per batch.
"""

from __future__ import annotations

import logging

from django.db import DatabaseError

from articles.caching import content_changes_batched
from articles.history import imports_recorded
from articles.models import Article, normalize_url, text_fingerprint

from .duplicates import Duplicate, find_duplicate, find_duplicates
from .near_duplicates import find_near_duplicates
from .outlets import remember as remember_time_zone
from .service import StoredResult, plain_body_text, store, stored_headline
from .slugs import SlugReservations

logger = logging.getLogger(__name__)



class Importer:
    """Duplicate and near-duplicate checks, slugs, storing and first revisions for one process's share of an import."""

    def __init__(self, *, status, dry_run=False, user=None, by="", allow_near_duplicates=False):
        self.status, self.dry_run, self.user, self.by = status, dry_run, user, by
        self.allow_near_duplicates = allow_near_duplicates
        self.seen = set()  # what a dry run would already have stored
        self.author_memo = {}
        self.slugs = SlugReservations()

    def import_batch(self, previews):
        """Results for ``previews``, stored one by one (each in its own transaction)."""
        return [result for _, results in self.import_groups([(None, [p]) for p in previews]) for result in results]

    def import_groups(self, groups, *, store_group=None):
        """``[(key, results)]`` for ``groups`` of ``(key, previews)`` (a file's articles, say), after one query
        for the duplicates among all their previews, two for their near-duplicates and one for their slugs.

        ``store_group(key, store_all)``, when given, is called for each group
        and calls ``store_all()`` (which stores the group's previews and
        returns their results), returning the results or None to leave the
        group out: a background job wraps it in the transaction that also
        records the group's outcome. The stored articles' first revisions are
        written together at the end, for the groups kept.
        """
        previews = [p for _, group in groups for p in group]
        position = {id(p): n for n, p in enumerate(previews)}
        duplicates = self._duplicates(previews) if previews else []
        near = self._near_duplicates(previews, duplicates) if previews else []
        new = [p for p, duplicate in zip(previews, duplicates) if duplicate is None]
        slugs = dict(zip(map(id, new), self.slugs.reserve(map(stored_headline, new)))) if new and not self.dry_run else {}
        done = {}  # position: result, for a near-copy of an earlier preview of the batch
        outcomes = []
        with content_changes_batched(), imports_recorded(Article, user=self.user, by=self.by) as revisions:
            for key, group in groups:
                stored = []

                def store_all(group=group, stored=stored):
                    results = []
                    for preview in group:
                        n = position[id(preview)]
                        result = self._store_one(preview, duplicates[n], near[n], slugs.get(id(preview), ""), done)
                        if result.outcome == StoredResult.CREATED and result.article is not None:
                            stored.append((result, preview))
                        done[n] = result
                        results.append(result)
                    return results

                results = store_group(key, store_all) if store_group else store_all()
                if results is not None:
                    for result, preview in stored:
                        revisions.note(result, preview)
                    outcomes.append((key, results))
        return outcomes

    def _store_one(self, preview, duplicate, near, slug, done):
        if isinstance(duplicate, StoredResult):
            return duplicate
        if duplicate is not None:
            return StoredResult(StoredResult.DUPLICATE, preview.source_name, preview.headline, duplicate=duplicate)
        looks_like = self._looks_like(near, done)
        if looks_like is not None and not self.allow_near_duplicates:
            return StoredResult(StoredResult.NEAR_DUPLICATE, preview.source_name, preview.headline, duplicate=looks_like)
        if self.dry_run:
            result = self._dry_run_result(preview)
        else:
            # Two copies within one batch both pass the check; the database refuses the second.
            result = store(preview, status=self.status, user=self.user, author_memo=self.author_memo, slug=slug)
            if result.outcome == StoredResult.CREATED and preview.remember_time_zone:
                remember_time_zone(preview.outlet_key, preview.time_zone)
        if looks_like is not None and result.outcome == StoredResult.CREATED:
            result.notes.append(f"imported anyway: looks like {looks_like.reason}")
        return result

    @staticmethod
    def _near_duplicates(previews, duplicates):
        """What each preview that is no duplicate looks like (``NearDuplicate``), or None; two queries."""
        checked = [position for position, duplicate in enumerate(duplicates) if duplicate is None]
        found = [None] * len(previews)
        try:
            near = find_near_duplicates([plain_body_text(previews[position].paragraphs) for position in checked])
        except DatabaseError as error:  # the exact checks still hold; say why these were not compared
            logger.warning("near-duplicate lookup failed: %s", error)
            return found
        for position, near_duplicate in zip(checked, near):
            if near_duplicate is not None and near_duplicate.batch_position is not None:
                near_duplicate.batch_position = checked[near_duplicate.batch_position]
            found[position] = near_duplicate
        return found

    @staticmethod
    def _looks_like(near, done):
        """The archived article a preview looks like, as a ``Duplicate`` whose reason says how much, or None.

        A near-copy of an earlier preview of the batch looks like what that
        one became (stored, or found already archived); if that one failed or
        was left out, it looks like nothing.
        """
        if near is None:
            return None
        article_id, headline = near.article_id, near.headline
        if article_id is None:
            earlier = done.get(near.batch_position)
            if earlier is None:
                return None
            if earlier.article is not None:
                article_id, headline = earlier.article.pk, earlier.article.headline
            elif earlier.duplicate is not None:
                article_id, headline = earlier.duplicate.article_id, earlier.duplicate.headline
            elif earlier.outcome == StoredResult.CREATED:  # a dry run, which stores nothing
                return Duplicate(None, earlier.headline, f"{earlier.source_name} “{earlier.headline}” earlier in "
                                 f"this run ({near.percent}% the same)")
            else:
                return None
        return Duplicate(article_id, headline, f"#{article_id} “{headline}” ({near.percent}% the same)")

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
