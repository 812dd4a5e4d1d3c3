"""Storing previews a batch at a time, shared by ``import_articles`` and the background import jobs.

A batch asks the archive once which of its previews are already there and
reserves their slugs in one query, and public pages see one new content
version per batch. :meth:`Importer.import_groups` stores each article on its
own (``service.store``); :meth:`Importer.store_together` stores the whole
batch in one short transaction of a few set-based statements, which is how a
background job stores its items, falling back to the first way when the
batch cannot go in as a whole.
"""

from __future__ import annotations

import logging

from django.db import DatabaseError, transaction

from articles.core.caching import content_changes_batched
from articles.core.history import imports_recorded
from articles.models import Article, ArticleAuthor, ArticleEntity, Author, NearDuplicateBand
from articles.models.derived import normalize_url, text_fingerprint

from .article_text import plain_body_text
from .duplicates import Duplicate, find_duplicate, find_duplicates
from .entities_and_authors import author_names
from .near_duplicates import find_near_duplicates
from .outlets import remember as remember_time_zone
from .rows import insert_many, insert_rows
from .service import StoredResult, store, stored_headline, storing_terms, unsaved_article
from .slugs import SlugReservations
from .current_matcher import matcher_pinned

logger = logging.getLogger(__name__)



class NotTogether(Exception):
    """A batch that :meth:`Importer.store_together` leaves to be stored an article at a time (why, in its text)."""


class Importer:
    """Duplicate and near-duplicate checks, slugs, storing and first revisions for one process's share of an import."""

    def __init__(self, *, status, dry_run=False, user=None, by="", allow_near_duplicates=False):
        self.status, self.dry_run, self.user, self.by = status, dry_run, user, by
        self.allow_near_duplicates = allow_near_duplicates
        self.seen = set()  # what a dry run would already have stored
        self.author_memo = {}
        self.slugs = SlugReservations()

    def import_batch(self, previews):
        """Results for ``previews``: stored together in one transaction (:meth:`store_together`), or, when they
        cannot go in as a whole, one by one, each in its own transaction, so that a bad one fails alone."""
        if previews and not self.dry_run:
            try:
                return [result for _, results in self.store_together([(None, previews)], record=lambda _: None)
                        for result in results]
            except (NotTogether, DatabaseError) as error:
                logger.info("storing %d articles together failed (%s): storing them one by one", len(previews), error)
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
        duplicates, near, slugs = self._checked(previews)
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

    def _checked(self, previews):
        """``(duplicates, near-duplicates, slugs)`` of ``previews``: the first two a list in their order, the slugs
        by ``id()`` of the new ones; a query each."""
        duplicates = self._duplicates(previews) if previews else []
        near = self._near_duplicates(previews, duplicates) if previews else []
        new = [p for p, duplicate in zip(previews, duplicates) if duplicate is None]
        slugs = dict(zip(map(id, new), self.slugs.reserve(map(stored_headline, new)))) if new and not self.dry_run else {}
        return duplicates, near, slugs

    def _skipped(self, preview, duplicate, near, done):
        """``(result, looks_like)``: the result of a preview that is not to be stored (a duplicate, a
        near-duplicate, a failed check), else None; and what it looks like, if anything."""
        if isinstance(duplicate, StoredResult):
            return duplicate, None
        if duplicate is not None:
            return StoredResult(StoredResult.DUPLICATE, preview.source_name, preview.headline, duplicate=duplicate), None
        looks_like = self._looks_like(near, done)
        if looks_like is not None and not self.allow_near_duplicates:
            return StoredResult(
                StoredResult.NEAR_DUPLICATE, preview.source_name, preview.headline, duplicate=looks_like
            ), looks_like
        return None, looks_like

    def _store_one(self, preview, duplicate, near, slug, done):
        skipped, looks_like = self._skipped(preview, duplicate, near, done)
        if skipped is not None:
            return skipped
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

    def store_together(self, groups, *, record):
        """``[(key, results)]`` for ``groups`` of ``(key, previews)``, all stored in one short transaction.

        The CPU's work (sanitising, the derived fields, the tags' and text
        bands' rows) is done first, outside any transaction; then new authors,
        one INSERT of all the articles, one each of their credits and text
        bands, ``record(outcomes)`` (the caller's own statements: a job records
        and claims its items; raising rolls everything back), and last one
        INSERT of all the tags. The tags come last because their trigger
        updates the per-entity monthly counts, rows every writer shares: it
        locks them in one order (``counts_sql.PG_ADD``), so two writers never
        deadlock, and only until the commit that follows.

        An article another writer stored meanwhile (or the same text twice in
        the batch) is found by the unique constraints and reported as a
        duplicate. Raises :class:`NotTogether` or ``DatabaseError``, with
        nothing stored, for a batch that cannot go in as a whole (a row the
        database refuses, a near-copy of an article of the same batch, a slug
        taken meanwhile): the caller then stores it with :meth:`import_groups`.
        """
        assert not self.dry_run
        previews = [p for _, group in groups for p in group]
        duplicates, near, slugs = self._checked(previews)
        try:
            with matcher_pinned():  # the tags' ids and names: one cache read for the batch, not two an article
                return self._store_together(groups, previews, duplicates, near, slugs, record)
        except BaseException:
            self.slugs.release(slugs.values())  # none was stored: the one-by-one store reserves them again
            raise

    def _store_together(self, groups, previews, duplicates, near, slugs, record):
        results, new, done = [], {}, {}  # new: id(result) -> (preview, result, tags, bands) for the articles to insert
        for n, preview in enumerate(previews):
            if near[n] is not None and near[n].article_id is None and id(done.get(near[n].batch_position)) in new:
                raise NotTogether("a near-copy of an article of the same batch")  # its id is not known yet
            result, looks_like = self._skipped(preview, duplicates[n], near[n], done)
            if result is None:
                result, rows = self._unsaved(preview, slugs.get(id(preview), ""), looks_like)
                if rows is not None:
                    new[id(result)] = (preview, result, *rows)
            results.append(result)
            done[n] = result
        if len({result.article.slug for _, result, _, _ in new.values()}) < len(new):
            raise NotTogether("two articles of the batch were given the same slug")
        outcomes, stored = [], iter(results)
        for key, group in groups:
            outcomes.append((key, [next(stored) for _ in group]))
        self._known_authors([preview for preview, *_ in new.values()])
        authors = dict(self.author_memo)
        with content_changes_batched(), imports_recorded(Article, user=self.user, by=self.by) as revisions:
            with transaction.atomic():
                model, fields, rows, shared = self._insert(list(new.values()), authors)
                record(outcomes)
                insert_rows(model, fields, rows, **shared)
            self.author_memo.update(authors)  # committed: the new authors are known from now on
            for preview, result in zip(previews, results):
                if result.outcome == StoredResult.CREATED and preview.remember_time_zone:
                    remember_time_zone(preview.outlet_key, preview.time_zone)
                revisions.note(result, preview)
        return outcomes

    def _unsaved(self, preview, slug, looks_like):
        """``(result, (tags, bands))`` of storing ``preview``: its unsaved article and link rows (``rows.Links``),
        or a failed result and None."""
        status, notes, problem = storing_terms(preview, self.status)
        name = preview.source_name
        if problem:
            return StoredResult(StoredResult.FAILED, name, preview.headline, reason=problem), None
        try:
            article, tags, bands = unsaved_article(preview, status=status, user=self.user, slug=slug)
        except (ValueError, TypeError) as error:  # as ``service.store`` says of a value that cannot be stored
            return StoredResult(StoredResult.FAILED, name, preview.headline, reason=f"could not be stored: {error}"), None
        if looks_like is not None:
            notes.append(f"imported anyway: looks like {looks_like.reason}")
        return StoredResult(StoredResult.CREATED, name, article.headline, article=article, notes=notes), (tags, bands)

    def _insert(self, new, authors):
        """Insert the ``(preview, result, tags, bands)`` articles with their authors, credits and bands; turn those
        another writer stored first into duplicates; the ``insert_rows`` arguments of their tags, inserted last.
        ``authors`` is the author memo, completed with the authors created here."""
        # Looked up before the transaction (``_known_authors``): those not found are new.
        unknown = [name for name in dict.fromkeys(n for preview, *_ in new for n in author_names(preview.authors))
                   if name not in authors]
        authors.update(_new_authors(unknown))
        inserted = {id(article) for article in insert_many([r.article for _, r, _, _ in new], skip_conflicts_on="slug")}
        refused = [(preview, result) for preview, result, _, _ in new if id(result.article) not in inserted]
        if refused:
            found = find_duplicates((p.source_url, plain_body_text(p.paragraphs)) for p, _ in refused)
            for (preview, result), duplicate in zip(refused, found):
                if duplicate is None:
                    raise NotTogether(f"{preview.source_name}: refused by the database, but no duplicate")
                result.outcome, result.article, result.duplicate = StoredResult.DUPLICATE, None, duplicate
                result.headline, result.notes = preview.headline, []
        new = [entry for entry in new if id(entry[1].article) in inserted]
        credits = [(r.article.pk, authors[name].pk, position) for p, r, _, _ in new
                   for position, name in enumerate(author_names(p.authors))]
        insert_rows(ArticleAuthor, ("article", "author", "position"), credits)
        insert_rows(NearDuplicateBand, ("article", "band", "hash"), [(r.article.pk, *row) for _, r, _, b in new for row in b.rows])
        tag_fields = ("article", "entity", "mentions", "first_offset", "article_published_at", "article_is_published")
        tag_rows = [
            (r.article.pk, *row, t.shared["article_published_at"], t.shared["article_is_published"])
            for _, r, t, _ in new for row in t.rows
        ]
        return ArticleEntity, tag_fields, tag_rows, {"origin": ArticleEntity.Origin.AUTOMATIC}

    def _known_authors(self, previews):
        """Put the authors ``previews`` name that are in the archive into the author memo (one query at most)."""
        wanted = {name for p in previews for name in author_names(p.authors)} - set(self.author_memo)
        if wanted:
            for author in Author.objects.filter(name__in=wanted).order_by("pk"):
                self.author_memo.setdefault(author.name, author)

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
                                 f"this run ({near.percent}% the same)", near.percent)
            else:
                return None
        return Duplicate(article_id, headline, f"#{article_id} “{headline}” ({near.percent}% the same)", near.percent)

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


def _new_authors(names):
    """``{name: author}`` for ``names``, authors the archive did not have, inserted in one statement.

    Two workers of one import may both meet a new reporter: the second one's
    insert waits for the first one's commit, is left out by the unique slug,
    and the author the first one stored is taken instead of failing the batch.
    Raises :class:`NotTogether` when a slug was taken meanwhile by an author
    of another name.
    """
    if not names:
        return {}
    unsaved, chosen = {}, set()
    for name in names:
        unsaved[name] = author = Author.unsaved(name, slugs_taken=chosen)
        chosen.add(author.slug)
    inserted = {id(author) for author in insert_many(list(unsaved.values()), skip_conflicts_on="slug")}
    stored_meanwhile = {}
    if len(inserted) < len(unsaved):
        left_out = [author.name for author in unsaved.values() if id(author) not in inserted]
        for author in Author.objects.filter(name__in=left_out).order_by("pk"):
            stored_meanwhile.setdefault(author.name, author)
    found = {}
    for name, author in unsaved.items():
        if id(author) not in inserted:
            author = stored_meanwhile.get(author.name)
            if author is None:
                raise NotTogether(f"the slug of the new author {name!r} was taken meanwhile")
        found[name] = author
    return found
