"""How a background job stores a batch of items: one short transaction of a few set-based statements
(``Importer.store_together``; its query count is in ``test_import_jobs.py``), the same rows as storing an item
at a time, and the one-by-one store again when a batch cannot go in as a whole."""

import logging
from pathlib import Path

import pytest

from articles.core.conf import caps
from articles.ingest import jobs
from articles.ingest.batches import Importer, NotTogether
from articles.models import Article, EntityMonthCount, ImportItem, ImportJob

from .import_helpers import many_articles, generated_article, zip_of

pytestmark = pytest.mark.django_db

ONE_BY_ONE = "storing them one by one"  # what the job logs when a batch falls back
NEAR = Path(__file__).parent / "fixtures" / "near_duplicates"


@pytest.fixture
def editor(editor, vocabulary):
    return editor


def run_job(members, user, status="published"):
    """A job of ``members`` (a zip's files) expanded and imported here, chunk by chunk; the job, reloaded."""
    job = jobs.create_job(files=[("batch.zip", zip_of(members))], user=user, article_status=status)
    jobs.expand(job.pk)
    for first in range(0, job.items.count(), caps.IMPORT_CHUNK):
        jobs.import_chunk(job.pk, first, first + caps.IMPORT_CHUNK)
    return ImportJob.objects.get(pk=job.pk)


def _stored_rows():
    """What the archive holds, comparable across two imports: each article by headline with its columns (no ids
    or times), tags, credits, text bands, first revision and item outcome; and the monthly counts."""
    rows = {}
    skipped = {"id", "slug", "created_at", "updated_at", "search_vector"}
    for article in Article.objects.prefetch_related("tags", "author_credits__author", "near_duplicate_bands"):
        item = article.import_items.get()
        revision = article.history.get()
        rows[article.headline] = (
            {f.attname: getattr(article, f.attname) for f in article._meta.concrete_fields if f.attname not in skipped},
            sorted((t.entity_id, t.mentions, t.first_offset, t.origin, t.article_published_at, t.article_is_published)
                   for t in article.tags.all()),
            [(c.author.name, c.position) for c in article.author_credits.order_by("position")],
            sorted((b.band, b.hash) for b in article.near_duplicate_bands.all()),
            (revision.history_type, revision.history_change_reason, revision.history_user_id,
             sorted(revision.entities.values_list("entity_id", "mentions"))),
            (item.status, item.reason, item.created_count, item.duplicate_count, item.failed_count, bytes(item.data)),
        )
    counts = sorted(EntityMonthCount.objects.filter(articles__gt=0).values_list("entity_id", "month", "articles"))
    return rows, counts


def test_a_batch_stores_what_storing_each_item_alone_stores(editor, monkeypatch, caplog):
    members = {**many_articles(6), "no-date.txt": generated_article(50).replace(" • 3 March 2021 • 10:15", "")}
    with caplog.at_level(logging.INFO, logger="articles.ingest.jobs"):
        together = run_job(members, editor)
    assert ONE_BY_ONE not in caplog.text
    stored_together = _stored_rows()
    Article.objects.all().delete()
    assert not EntityMonthCount.objects.filter(articles__gt=0).exists()

    def refuse(self, groups, *, record):
        raise NotTogether("told to")

    # Patched: the fallback, forced for every batch, is the reference the batch path is compared with.
    monkeypatch.setattr(Importer, "store_together", refuse)
    alone = run_job(members, editor)
    assert (together.created_count, alone.created_count) == (7, 7)
    assert _stored_rows() == stored_together
    no_date = Article.objects.get(headline__startswith="Report 50 ")
    assert no_date.status == "draft" and no_date.import_items.get().reason == ""


def test_a_bad_item_in_a_batch_fails_alone_with_its_reason_and_the_others_are_stored(editor, monkeypatch, caplog):
    parse = jobs._parse

    def one_refused_by_the_database(item, source_tz, outlet_zones, matcher=None):
        previews, refused = parse(item, source_tz, outlet_zones, matcher)
        if item.name.endswith("report-3.txt"):
            previews[0].published_source = "rumour"  # the database's check constraint refuses the row
        return previews, refused

    # Patched: no parsed text yields a row the database's checks refuse, so one parsed item is altered.
    monkeypatch.setattr(jobs, "_parse", one_refused_by_the_database)
    with caplog.at_level(logging.INFO, logger="articles.ingest.jobs"):
        job = run_job(many_articles(5), editor)

    assert ONE_BY_ONE in caplog.text  # the batch was refused as a whole, then stored an item at a time
    assert job.status == "done" and (job.created_count, job.duplicate_count, job.failed_count) == (4, 0, 1)
    bad = job.items.get(name="batch.zip: report-3.txt")
    assert bad.status == "failed" and bad.reason.startswith("the database refused it") and bad.article is None
    assert sorted(Article.objects.values_list("headline", flat=True)) == [
        f"Report {n} on the council budget talks" for n in (1, 2, 4, 5)
    ]
    assert set(job.items.exclude(article=None).values_list("article", flat=True)) == set(
        Article.objects.values_list("pk", flat=True)
    )


def test_a_copy_stored_by_another_worker_after_the_check_is_a_duplicate_of_it(editor, monkeypatch, caplog):
    first = run_job(many_articles(2), editor)
    stored = first.items.get(name="batch.zip: report-1.txt").article
    # As if the batch's checks had run just before the other worker committed report 1 and report 7.
    # Patched: the race (another worker committing between the checks and the insert) cannot be timed otherwise.
    monkeypatch.setattr(Importer, "_duplicates", staticmethod(lambda previews: [None] * len(previews)))
    monkeypatch.setattr(Importer, "_near_duplicates", staticmethod(lambda previews, duplicates: [None] * len(previews)))
    with caplog.at_level(logging.INFO, logger="articles.ingest.jobs"):
        job = run_job({"again.txt": generated_article(1), **many_articles(3, start=7),
                       "copy-of-7.txt": generated_article(7)}, editor)

    assert ONE_BY_ONE not in caplog.text
    assert (job.created_count, job.duplicate_count, job.failed_count) == (3, 2, 0)
    again, copy = job.items.get(name="batch.zip: again.txt"), job.items.get(name="batch.zip: copy-of-7.txt")
    seven = job.items.get(name="batch.zip: report-7.txt").article
    assert (again.status, again.duplicate_of) == ("duplicate", stored)
    assert (copy.status, copy.duplicate_of) == ("duplicate", seven)
    assert Article.objects.count() == 2 + 3


def test_two_workers_on_the_same_batch_store_it_once(editor, monkeypatch):
    job = jobs.create_job(files=[("a.zip", zip_of(many_articles(4)))], user=editor, article_status="published")
    jobs.expand(job.pk)
    store_together, raced = Importer.store_together, []

    def another_worker_finishes_first(self, groups, *, record):
        if not raced:  # the other worker, given the same chunk (a job resumed while its worker still ran)
            raced.append(True)
            jobs.import_chunk(job.pk, 0, caps.IMPORT_CHUNK)
        return store_together(self, groups, record=record)

    # Patched: the race (a second worker on the same chunk) cannot be timed otherwise.
    monkeypatch.setattr(Importer, "store_together", another_worker_finishes_first)
    jobs.import_chunk(job.pk, 0, caps.IMPORT_CHUNK)

    job.refresh_from_db()
    assert raced and job.status == "done" and (job.created_count, job.duplicate_count) == (4, 0)
    assert Article.objects.count() == 4
    assert set(ImportItem.objects.values_list("status", flat=True)) == {"created"}
    assert set(job.items.values_list("article", flat=True)) == set(Article.objects.values_list("pk", flat=True))


def test_a_near_copy_of_an_archived_article_or_of_one_earlier_in_its_batch_is_linked_to_it(editor, caplog):
    story, cut = (NEAR / "story.txt").read_text(), (NEAR / "story-paragraph-removed.txt").read_text()
    unrelated = (NEAR / "same-subject.txt").read_text()
    with caplog.at_level(logging.INFO, logger="articles.ingest.jobs"):
        first = run_job({"story.txt": story, **many_articles(2)}, editor)
        assert ONE_BY_ONE not in caplog.text
        original = first.items.get(name="batch.zip: story.txt").article
        # The archived story's near-copy, checked against the archive like an exact copy: the batch goes in whole.
        second = run_job({"cut.txt": cut, "same-subject.txt": unrelated, **many_articles(2, start=10)}, editor)
        assert ONE_BY_ONE not in caplog.text
    copy = second.items.get(name="batch.zip: cut.txt")
    assert copy.status != "created" and copy.article is None and f"looks like #{original.pk} " in copy.reason
    assert second.items.get(name="batch.zip: same-subject.txt").status == "created"

    Article.objects.all().delete()
    with caplog.at_level(logging.INFO, logger="articles.ingest.jobs"):
        third = run_job({"story.txt": story, "cut.txt": cut, **many_articles(2, start=20)}, editor)
    # A near-copy of an article of its own batch needs that article's id: that batch is stored an item at a time.
    assert ONE_BY_ONE in caplog.text
    stored, copy = third.items.get(name="batch.zip: story.txt"), third.items.get(name="batch.zip: cut.txt")
    assert stored.status == "created" and copy.status != "created" and f"looks like #{stored.article_id} " in copy.reason
    assert Article.objects.count() == 1 + 2


def test_a_job_s_batches_start_a_new_content_version_at_most_once_in_the_window(
    editor, settings, monkeypatch, django_capture_on_commit_callbacks
):
    """Public pages stay cached while a job runs: its batches, one after the other, wait for the current version
    to be ``IMPORT_JOB_VISIBLE_WITHIN`` seconds old rather than each starting a new one."""
    from articles.core import caching

    settings.NEWSARCHIVE_IMPORT_BATCH = 2
    now = [caching.time.time()]
    monkeypatch.setattr(caching.time, "time", lambda: now[0])  # the clock stops while the job runs
    started = caching.bump_content_version()["token"]
    with django_capture_on_commit_callbacks(execute=True):
        job = run_job(many_articles(6), editor)
    assert job.created_count == 6
    assert caching.content_version()["token"] == started  # three batches, none shown yet
    now[0] += settings.NEWSARCHIVE_IMPORT_JOB_VISIBLE_WITHIN
    assert caching.content_version()["token"] != started  # all of them shown at the window's end


def test_a_new_author_another_writer_stored_meanwhile_is_taken_and_a_slug_taken_by_another_name_leaves_the_batch():
    """Another worker of the import stores the same new reporter between this batch's slug check and its insert:
    that author is taken, not a second one made, and the batch goes in whole. A slug taken meanwhile by an
    author of another name leaves the batch to the one-by-one store."""
    from django.db import connection

    from articles.ingest.batches import _new_authors
    from articles.models import Author

    def another_writer(stored_first):
        def wrapper(execute, sql, params, many, context):
            if sql.startswith('INSERT INTO "articles_author"') and stored_first:
                Author.objects.create(name=stored_first.pop(), slug="mira-kestrel")  # between check and insert
            return execute(sql, params, many, context)
        return wrapper

    with connection.execute_wrapper(another_writer(["Mira Kestrel"])):
        found = _new_authors(["Mira Kestrel", "Tomas Reyle"])
    assert Author.objects.count() == 2
    assert found["Mira Kestrel"] == Author.objects.get(slug="mira-kestrel")
    assert found["Tomas Reyle"] == Author.objects.get(slug="tomas-reyle")

    Author.objects.filter(name="Mira Kestrel").delete()
    with connection.execute_wrapper(another_writer(["Mira Kestrel-Ode"])), pytest.raises(NotTogether):
        _new_authors(["Mira Kestrel"])


def test_a_new_author_another_writer_stored_before_the_slug_check_is_taken_not_stored_twice():
    """The reporter was looked up before the batch's transaction and not found; another worker stores her before
    this batch chooses her slug. Her slug is not taken as a reason for a second one ("mira-kestrel-2"): the insert
    is left out on it and the author stored is taken."""
    from articles.ingest.batches import _new_authors
    from articles.models import Author

    stored = Author.objects.create(name="Mira Kestrel")
    found = _new_authors(["Mira Kestrel"])
    assert found["Mira Kestrel"] == stored
    assert list(Author.objects.values_list("slug", flat=True)) == ["mira-kestrel"]
