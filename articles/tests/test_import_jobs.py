"""Background import jobs: created from the admin's upload, run by the task worker's own loop in-process,
killed and resumed, and followed on their progress page."""

from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from articles.core.conf import caps
from articles.ingest import jobs
from articles.ingest.uploads import PREVIEW_MAX_FILES
from articles.models import Article, ImportItem, ImportJob

from .import_helpers import many_articles, SEED_ARTICLE, generated_article, mixed_batch, record_line, rendered_form_data, zip_of

pytestmark = pytest.mark.django_db

IMPORT = "/admin/articles/article/import/"
JOBS = "/admin/articles/article/import/jobs/"
SEED_TEXT = SEED_ARTICLE.read_text(encoding="utf-8")


def run_worker():
    """What ``manage.py db_worker --batch`` does, in this process: every task queued, then return.

    Its loop closes connections it finds in a transaction (a long-lived worker's hygiene): here the test's own
    transaction, so that step is left out.
    """
    with mock.patch.object(db_worker, "close_old_connections", lambda: None):
        db_worker.Worker(
            queue_names=["default"], interval=0, batch=True, backend_name="default", startup_delay=False,
            max_tasks=None, worker_id="test-worker", excluded_queue_names=[],
        ).run()


@pytest.fixture
def editor(editor, vocabulary):
    return editor


def test_a_large_upload_becomes_a_job_that_the_worker_imports(editor_client, editor):
    editor_client.post(IMPORT, rendered_form_data(editor_client.post(IMPORT, {"text": SEED_TEXT})))
    existing = Article.objects.get(headline__startswith="Russia and China")
    members = {**many_articles(PREVIEW_MAX_FILES), **mixed_batch(SEED_TEXT),
               "feed.jsonl": "\n".join([record_line(201), "{broken", "", record_line(202)])}
    response = editor_client.post(IMPORT, {"files": [SimpleUploadedFile("big.zip", zip_of(members))], "status": "draft"})

    job = ImportJob.objects.get()
    assert response.status_code == 302 and response["Location"] == f"{JOBS}{job.pk}/"
    assert job.status == ImportJob.Status.QUEUED and job.created_by == editor and job.uploads.count() == 1
    waiting = editor_client.get(response["Location"]).content.decode()
    assert 'data-refresh-seconds="3"' in waiting and "/static/js/import-job.js" in waiting

    run_worker()

    job.refresh_from_db()
    assert job.status == ImportJob.Status.DONE and not job.uploads.exists()
    # 20 reports, 6 of the mixed batch, and feed.jsonl's three non-blank lines, each an item of its own
    assert job.total == 29
    assert (job.created_count, job.duplicate_count, job.failed_count) == (20 + 4 + 2, 1, 2)
    items = {item.label: item for item in job.items.select_related("article", "duplicate_of")}
    assert items["big.zip: already-there.txt"].duplicate_of == existing
    assert items["big.zip: junk.txt"].status == "failed" and items["big.zip: junk.txt"].reason.startswith("not text")
    assert items["big.zip: feed.jsonl line 2"].reason.startswith("not valid JSON")
    assert items["big.zip: feed.jsonl line 4"].article.headline == "Report 202 on the council budget talks"
    assert items["big.zip: latin1.txt"].article.headline == "Report 104 on the café council budget talks"
    assert items["big.zip: utf16.txt"].article.headline == "Report 103 on the council budget talks"
    assert all(item.data == b"" or bytes(item.data) == b"" for item in items.values())
    created = Article.objects.filter(import_items__job=job)
    assert created.count() == 26 and set(created.values_list("created_by", flat=True)) == {editor.pk}
    assert set(created.values_list("status", flat=True)) == {"draft"}
    assert not DBTaskResult.objects.exclude(status="SUCCESSFUL").exists()


def test_a_small_upload_still_shows_the_editable_preview(editor_client):
    response = editor_client.post(IMPORT, {"files": [SimpleUploadedFile("few.zip", zip_of(many_articles(PREVIEW_MAX_FILES)))]})
    assert response.status_code == 200 and len(response.context["forms"]) == PREVIEW_MAX_FILES
    assert not ImportJob.objects.exists()


class Crash(BaseException):
    """Stands in for the worker process being killed: nothing after it runs, its transaction never commits."""


def test_a_job_whose_worker_dies_mid_item_resumes_with_the_same_articles_and_no_duplicates(editor, monkeypatch, settings):
    settings.NEWSARCHIVE_IMPORT_CHUNK = 5
    settings.NEWSARCHIVE_IMPORT_BATCH = 3
    job = jobs.create_job(files=[("batch.zip", zip_of(many_articles(12)))], user=editor, article_status="published")
    record_outcome, crashed = jobs.record_outcome, []

    def dies_on_the_eighth(item, results):
        if item.position == 7 and not crashed:
            crashed.append(item.position)
            assert results[0].article is not None and Article.objects.filter(pk=results[0].article.pk).exists()
            raise Crash  # after the eighth article's insert, before its transaction commits
        record_outcome(item, results)

    # Patched: a killed worker at an exact point of a transaction has no public hook; the crash stands in for it.
    monkeypatch.setattr(jobs, "record_outcome", dies_on_the_eighth)
    run_worker()  # the worker's loop records the crashed task as failed and runs the chunks after it

    assert crashed == [7]
    # The eighth item's batch (the sixth to the eighth: one transaction) was rolled back with the outcomes of its
    # items; the ninth and tenth, in the same chunk, never began. The next chunk's two were stored.
    assert list(job.items.filter(status="pending").values_list("position", flat=True)) == [5, 6, 7, 8, 9]
    assert Article.objects.count() == 7
    stored = set(Article.objects.values_list("pk", flat=True))
    assert stored == set(job.items.exclude(article=None).values_list("article", flat=True))
    assert jobs.progress(ImportJob.objects.get()).done == 7

    monkeypatch.setattr(jobs, "record_outcome", record_outcome)
    jobs.resume(ImportJob.objects.get())
    jobs.resume(ImportJob.objects.get())  # twice: the second set of tasks finds the items done and does nothing
    run_worker()

    job.refresh_from_db()
    assert job.status == ImportJob.Status.DONE and (job.created_count, job.duplicate_count, job.failed_count) == (12, 0, 0)
    assert Article.objects.count() == 12 and stored < set(Article.objects.values_list("pk", flat=True))
    headlines = sorted(Article.objects.values_list("headline", flat=True))
    assert headlines == sorted(f"Report {n} on the council budget talks" for n in range(1, 13))
    assert job.items.exclude(article=None).values("article").distinct().count() == 12


def test_two_copies_in_one_job_are_stored_once_and_the_constraints_refuse_a_second_claim(editor):
    job = jobs.create_job(
        files=[("a.zip", zip_of({"one.txt": generated_article(1), "copy.txt": generated_article(1)}))],
        user=editor, article_status="draft",
    )
    run_worker()
    one, copy = job.items.order_by("position")
    assert (one.status, copy.status) == ("created", "duplicate") and copy.duplicate_of_id == one.article_id
    with pytest.raises(IntegrityError), transaction.atomic():
        ImportItem.objects.filter(pk=copy.pk).update(article=one.article_id)  # one article, two items: refused
    with pytest.raises(IntegrityError), transaction.atomic():
        ImportItem.objects.create(job=job, position=0, name="again.txt")  # the same place in the job twice
    with pytest.raises(IntegrityError), transaction.atomic():
        ImportItem.objects.filter(pk=copy.pk).update(finished_at=None)  # done, but not when


def test_a_batch_of_items_costs_the_same_queries_whatever_its_size(editor, caplog):
    job = jobs.create_job(files=[("warm.zip", zip_of(many_articles(2)))], user=editor, article_status="draft")
    run_worker()  # the matcher is built and Jane Doe exists
    counts = []
    for start, count in [(100, 3), (200, 30)]:
        job = jobs.create_job(files=[("b.zip", zip_of(many_articles(count, start)))], user=editor, article_status="draft")
        jobs.expand(job.pk)
        with caplog.at_level("INFO", logger="articles.ingest.jobs"), CaptureQueriesContext(connection) as queries:
            jobs.import_chunk(job.pk, 0, caps.IMPORT_CHUNK)
        assert ImportJob.objects.get(pk=job.pk).created_count == count
        counts.append(len(queries))
    assert "one by one" not in caplog.text  # each batch went in whole
    # 3 articles or 30, one batch of items: the same statements (the items; the duplicate, near-duplicate, slug and
    # author checks; one transaction with the articles, their credits, text bands, the outcomes and the tags; the
    # first revisions; the job's progress and its end).
    assert counts[0] == counts[1] and counts[1] <= 25, [q["sql"][:60] for q in queries.captured_queries]
    # Nothing locks the job's row, which every worker on the job updates with its progress.
    assert not [q for q in queries.captured_queries if "FOR UPDATE" in q["sql"]]


def test_a_folder_on_the_server_under_the_root_is_imported(editor_client, settings, tmp_path):
    settings.IMPORT_FOLDER_ROOT = str(tmp_path)
    folder = tmp_path / "wire" / "2024"
    folder.mkdir(parents=True)
    for name, text in many_articles(3).items():
        (folder / name).write_text(text)
    (folder / "notes.pdf").write_bytes(b"%PDF")  # not an article file: not listed
    form = editor_client.get(IMPORT)
    assert 'name="folder"' in form.content.decode()
    response = editor_client.post(IMPORT, rendered_form_data(form, field="folder", folder="wire/2024"))
    job = ImportJob.objects.get()
    assert response.status_code == 302 and job.folder == str(folder)
    run_worker()
    job.refresh_from_db()
    assert job.status == "done" and job.created_count == 3
    assert sorted(job.items.values_list("name", flat=True)) == ["report-1.txt", "report-2.txt", "report-3.txt"]


def test_a_folder_with_more_files_than_a_job_takes_fails_as_a_whole_with_the_reason(editor, settings, tmp_path):
    settings.IMPORT_FOLDER_ROOT = str(tmp_path)
    settings.NEWSARCHIVE_IMPORT_JOB_MAX_FILES = 2
    for name, text in many_articles(3).items():
        (tmp_path / name).write_text(text)
    job = jobs.create_job(folder=str(tmp_path), user=editor, article_status="draft")
    run_worker()
    [item] = ImportJob.objects.get(pk=job.pk).items.all()
    assert item.status == "failed" and "holds 3 article files; the limit is 2" in item.reason
    assert not Article.objects.exists()


def test_a_zip_with_more_files_than_a_job_takes_is_refused_and_the_form_says_the_limit(editor_client, editor, settings):
    settings.NEWSARCHIVE_IMPORT_JOB_MAX_FILES = 2
    assert "a zip may hold 2)" in editor_client.get(IMPORT).content.decode()
    job = jobs.create_job(files=[("big.zip", zip_of(many_articles(3)))], user=editor, article_status="draft")
    run_worker()
    [item] = ImportJob.objects.get(pk=job.pk).items.all()
    assert item.status == "failed" and "zip has 3 files; the limit is 2" in item.reason
    assert not Article.objects.exists()


@pytest.mark.parametrize("path", ["../", "/etc", "no-such-folder"])
def test_a_folder_outside_the_root_or_missing_is_refused(editor_client, settings, tmp_path, path):
    settings.IMPORT_FOLDER_ROOT = str(tmp_path / "root")
    (tmp_path / "root").mkdir()
    form = editor_client.get(IMPORT)
    response = editor_client.post(IMPORT, rendered_form_data(form, field="folder", folder=path))
    assert response.status_code == 400
    assert "Only folders under" in response.content.decode() or "is not a folder on the server" in response.content.decode()
    assert not ImportJob.objects.exists()


def test_without_a_root_there_is_no_folder_field(editor_client, settings):
    settings.IMPORT_FOLDER_ROOT = ""
    assert 'name="folder"' not in editor_client.get(IMPORT).content.decode()
    response = editor_client.post(IMPORT, {"folder": "/etc"})
    assert response.status_code == 400 and not ImportJob.objects.exists()


def test_the_progress_page_while_running_then_the_result(editor_client, editor, settings):
    settings.NEWSARCHIVE_IMPORT_CHUNK = 4
    editor_client.post(IMPORT, rendered_form_data(editor_client.post(IMPORT, {"text": SEED_TEXT})))
    existing = Article.objects.get()
    job = jobs.create_job(
        files=[("batch.zip", zip_of({**many_articles(6), **mixed_batch(SEED_TEXT)}))], user=editor, article_status="draft",
    )
    jobs.expand(job.pk)
    jobs.import_chunk(job.pk, 0, 4)  # four of twelve files
    page = editor_client.get(f"{JOBS}{job.pk}/")
    html = page.content.decode()
    assert page.status_code == 200 and 'data-refresh-seconds="3"' in html and "/static/js/import-job.js" in html
    assert '<progress max="12" value="4">' in html and "4 of 12 files done" in html
    assert "style=" not in html.split("<body", 1)[1] and "<script>" not in html  # the CSP allows neither

    for first in (4, 8):
        jobs.import_chunk(job.pk, first, first + 4)
    done = editor_client.get(f"{JOBS}{job.pk}/")
    html = done.content.decode()
    assert "data-refresh-seconds" not in html and "import-job.js" not in html and "12 of 12 files done" in html
    assert f'<dd class="import-job__created">{6 + 4}</dd>' in html
    assert f'href="/admin/articles/article/{existing.pk}/change/"' in html  # the duplicate, linked
    assert "batch.zip: junk.txt</th><td>not text" in html
    for article in Article.objects.filter(import_items__job=job):
        assert f'href="/admin/articles/article/{article.pk}/change/">{article.headline}</a>' in html

    listing = editor_client.get(JOBS).content.decode()
    assert f'href="{JOBS}{job.pk}/"' in listing and "batch.zip" in listing


def test_a_stalled_job_offers_resume_and_resuming_finishes_it(editor_client, editor, monkeypatch):
    job = jobs.create_job(files=[("a.zip", zip_of(many_articles(3)))], user=editor, article_status="draft")
    record_outcome = jobs.record_outcome

    def dies_on_the_third(item, results):
        if item.position == 2:
            raise Crash
        record_outcome(item, results)

    # Patched: a killed worker has no public hook; the crash stands in for it.
    monkeypatch.setattr(jobs, "record_outcome", dies_on_the_third)
    run_worker()
    monkeypatch.setattr(jobs, "record_outcome", record_outcome)
    long_ago = ImportJob.objects.get().progressed_at - jobs.STALLED_AFTER * 2
    ImportJob.objects.filter(pk=job.pk).update(progressed_at=long_ago)
    assert editor_client.get(JOBS).content.decode().count("(stalled)") == 1
    page = editor_client.get(f"{JOBS}{job.pk}/")
    assert "Nothing has moved for a few minutes" in page.content.decode()
    response = editor_client.post(f"{JOBS}{job.pk}/", rendered_form_data(page, field="resume", resume="Resume this job"))
    assert response.status_code == 302
    run_worker()
    job.refresh_from_db()
    assert job.status == "done" and Article.objects.count() == 3


def test_staff_without_add_permission_see_no_jobs(client, editor):
    job = jobs.create_job(files=[("a.zip", zip_of(many_articles(1)))], user=editor, article_status="draft")
    client.force_login(get_user_model().objects.create_user("viewer", password="x-long-password-1", is_staff=True))
    assert client.get(JOBS).status_code == 403 and client.get(f"{JOBS}{job.pk}/").status_code == 403


def test_the_resume_command_re_enqueues_what_is_pending(editor):
    jobs.create_job(files=[("a.zip", zip_of(many_articles(2)))], user=editor, article_status="draft")
    DBTaskResult.objects.all().delete()  # the queued task was lost with its worker
    call_command("resume_import_jobs", verbosity=0)
    run_worker()
    assert ImportJob.objects.get().status == "done" and Article.objects.count() == 2


def test_a_job_of_nothing_but_bad_files_finishes_with_each_reason(editor):
    junk = {f"junk-{n}.txt": bytes(range(128, 256)) * (n + 1) for n in range(3)}
    job = jobs.create_job(files=[("bad.zip", zip_of({**junk, "empty.jsonl": "\n\n"}))], user=editor, article_status="draft")
    run_worker()
    job.refresh_from_db()
    assert job.status == "done" and (job.total, job.created_count, job.failed_count) == (4, 0, 4)
    reasons = dict(job.items.values_list("name", "reason"))
    assert all(reasons[f"bad.zip: junk-{n}.txt"].startswith("not text") for n in range(3))
    assert reasons["bad.zip: empty.jsonl"] == "The file has no records."
