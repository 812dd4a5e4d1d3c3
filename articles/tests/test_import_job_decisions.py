"""Near-duplicates found by a background import job, decided by an editor on the job's page as rendered:
import anyway, replace the older copy, or skip; for one file or for all at once."""

import threading

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django_tasks_db.models import DBTaskResult
from lxml import html as lxml_html

from articles.ingest import decisions, jobs
from articles.ingest.uploads import PREVIEW_MAX_FILES
from articles.models import Article, ImportItem, ImportJob

from .import_helpers import generated_article, many_articles, zip_of
from .test_import_jobs import IMPORT, JOBS, run_worker
from .test_near_duplicates_import import archived, fixture

pytestmark = pytest.mark.django_db

JUNK = bytes(range(128, 256)) * 20


@pytest.fixture
def editor(editor, vocabulary):
    return editor


@pytest.fixture
def original(editor):
    """The story already in the archive, which the job's two edited copies look like."""
    return archived("story.txt")


def near_copies():
    return {"copy-cut.txt": fixture("story-paragraph-removed.txt"), "copy-footer.txt": fixture("story-footer-b.txt")}


def finished_job(editor, members):
    job = jobs.create_job(files=[("batch.zip", zip_of(members))], user=editor, article_status="draft")
    run_worker()
    job.refresh_from_db()
    assert job.status == ImportJob.Status.DONE
    return job


def item_named(job, name):
    return job.items.get(name=f"batch.zip: {name}")


def page_of(client, job):
    response = client.get(f"{JOBS}{job.pk}/")
    assert response.status_code == 200
    return response


def decision_data(response, decision, item=None):
    """What the browser sends when the editor presses ``decision``'s button in ``item``'s form (or the form for
    all of them), read from the rendered page; AssertionError if the page offers no such button."""
    page = lxml_html.fromstring(response.content.decode())
    where = f".//input[@name='item'][@value='{item.pk}']" if item else ".//input[@name='all']"
    [form] = page.xpath(f"//form[{where}]")
    buttons = form.xpath(f".//button[@name='decision'][@value='{decision}']")
    assert buttons, f"no {decision!r} button"
    assert form.get("method") == "post" and form.xpath(".//input[@name='csrfmiddlewaretoken']")
    return {**dict(form.form_values()), "decision": decision}


def messages_of(response):
    return [str(m) for m in response.context["messages"]]


def test_a_job_from_a_mixed_upload_keeps_its_near_duplicates_for_a_decision_and_says_so(editor_client, original):
    already = archived_text(generated_article(900))
    members = {**many_articles(PREVIEW_MAX_FILES), **near_copies(), "again.txt": generated_article(900), "junk.txt": JUNK}
    response = editor_client.post(IMPORT, {"files": [SimpleUploadedFile("batch.zip", zip_of(members))], "status": "draft"})
    job = ImportJob.objects.get()
    assert response.status_code == 302 and response["Location"] == f"{JOBS}{job.pk}/"
    run_worker()

    job.refresh_from_db()
    assert (job.total, job.created_count, job.duplicate_count, job.failed_count) == (24, 20, 1, 1)
    cut, footer = item_named(job, "copy-cut.txt"), item_named(job, "copy-footer.txt")
    for item, name in [(cut, "story-paragraph-removed.txt"), (footer, "story-footer-b.txt")]:
        assert item.status == "undecided" and item.looks_like == original and 90 <= item.similarity < 100
        assert bytes(item.data) == fixture(name).encode()  # kept until decided
    assert item_named(job, "again.txt").duplicate_of == already
    assert not Article.objects.filter(headline=original.headline).exclude(pk=original.pk).exists()

    html = page_of(editor_client, job).content.decode()
    page = lxml_html.fromstring(html)
    assert page.xpath("string(//dd[@class='import-job__undecided'])") == "2"
    [section] = page.xpath("//div[@id='near-duplicates']")
    assert section.xpath("string(.//h2)") == "Near-duplicates awaiting your decision (2)"
    row = section.xpath(f".//tr[@id='item-{cut.pk}']")[0]
    assert " ".join(row.text_content().split()).startswith(
        f"batch.zip: copy-cut.txt {original.headline} ({cut.similarity}% the same)"
    )
    assert row.xpath(".//a/@href") == [f"/admin/articles/article/{original.pk}/change/"]
    assert row.xpath(".//button/text()") == ["Import anyway", "Replace the older copy", "Skip"]
    assert section.xpath(".//form[.//input[@name='all']]//button/text()") == [
        "Import all anyway", "Replace all older copies", "Skip all",
    ]
    assert "data-refresh-seconds" not in html  # done: no reloading under the editor's hands

    listing = lxml_html.fromstring(editor_client.get(JOBS).content.decode())
    [link] = listing.xpath(f"//a[@href='{JOBS}{job.pk}/#near-duplicates']")
    assert link.text == "2"


def archived_text(text):
    from articles.ingest.parsing import parse_file
    from articles.ingest.service import prepare, store

    [parsed] = parse_file("archived.txt", text.encode())
    return store(prepare(parsed), status="published").article


def test_import_anyway_stores_a_new_article_once_however_often_it_is_posted(editor_client, editor, original):
    job = finished_job(editor, {**many_articles(2), **near_copies()})
    cut = item_named(job, "copy-cut.txt")
    page = page_of(editor_client, job)
    data = decision_data(page, "import", cut)

    response = editor_client.post(f"{JOBS}{job.pk}/", data, follow=True)
    assert response.redirect_chain == [(f"{JOBS}{job.pk}/#near-duplicates", 302)]
    new = Article.objects.exclude(pk=original.pk).get(headline=original.headline)
    assert messages_of(response) == [f"Imported batch.zip: copy-cut.txt anyway, as “{new.headline}”."]
    cut.refresh_from_db()
    assert (cut.status, cut.decision, cut.decided_by, cut.article) == ("created", "import", editor, new)
    assert bytes(cut.data) == b""
    job.refresh_from_db()
    assert (job.created_count, job.duplicate_count) == (3, 0)
    revision = new.history.get()
    assert revision.history_change_reason.startswith("imported from batch.zip: copy-cut.txt by editor")
    assert revision.history_user == editor and new.created_by == editor

    again = editor_client.post(f"{JOBS}{job.pk}/", data, follow=True)  # the same form, sent twice
    assert messages_of(again) == ["Decided already: batch.zip: copy-cut.txt (created)."]
    assert Article.objects.filter(headline=original.headline).count() == 2
    job.refresh_from_db()
    assert job.created_count == 3
    page = lxml_html.fromstring(again.content.decode())
    assert page.xpath("string(//div[@id='near-duplicates']/h2)") == "Near-duplicates awaiting your decision (1)"
    [created] = page.xpath(f"//li[a/@href='/admin/articles/article/{new.pk}/change/']")
    assert " ".join(created.text_content().split()) == f"{new.headline} (batch.zip: copy-cut.txt, imported anyway)"


def test_replace_puts_the_copy_into_the_older_article_with_a_revision_by_the_editor(editor_client, editor, original):
    job = finished_job(editor, near_copies())
    footer = item_named(job, "copy-footer.txt")
    address, before = original.get_absolute_url(), original.history.count()
    response = editor_client.post(
        f"{JOBS}{job.pk}/", decision_data(page_of(editor_client, job), "replace", footer), follow=True
    )
    assert messages_of(response) == [
        f"Replaced the text of #{original.pk} “{original.headline}” with batch.zip: copy-footer.txt."
    ]
    article = Article.objects.get()
    assert article.pk == original.pk and article.get_absolute_url() == address
    assert "first published by Eastern Wire" in article.body_text
    assert article.history.count() == before + 1
    latest = article.history.first()
    assert latest.history_change_reason == "replaced with a newer copy from batch.zip: copy-footer.txt by editor"
    assert latest.history_user == editor
    footer.refresh_from_db()
    assert (footer.status, footer.decision, bytes(footer.data)) == ("replaced", "replace", b"")
    page = lxml_html.fromstring(response.content.decode())
    assert page.xpath("string(//dd[@class='import-job__replaced'])") == "1"
    assert page.xpath("string(//dd[@class='import-job__undecided'])") == "1"
    [decided] = page.xpath("//div[@id='near-duplicates']//li")
    assert " ".join(decided.text_content().split()) == (
        f"batch.zip: copy-footer.txt: replaced the text of {original.headline} (decided by editor)"
    )


def test_skip_stores_nothing_and_empties_the_kept_bytes(editor_client, editor, original):
    job = finished_job(editor, near_copies())
    cut = item_named(job, "copy-cut.txt")
    response = editor_client.post(f"{JOBS}{job.pk}/", decision_data(page_of(editor_client, job), "skip", cut), follow=True)
    assert messages_of(response) == ["Skipped batch.zip: copy-cut.txt."]
    cut.refresh_from_db()
    assert (cut.status, bytes(cut.data)) == ("skipped", b"") and Article.objects.count() == 1
    assert job.items.decision_counts() == {"undecided": 1, "replaced": 0, "skipped": 1, "queued": 0}


def test_replacing_an_article_deleted_meanwhile_fails_alone_with_the_reason(editor_client, editor, original):
    job = finished_job(editor, near_copies())
    cut, footer = item_named(job, "copy-cut.txt"), item_named(job, "copy-footer.txt")
    page = page_of(editor_client, job)
    replace_cut = decision_data(page, "replace", cut)
    import_footer = decision_data(page, "import", footer)
    original.delete()  # by another editor, while this page was open

    response = editor_client.post(f"{JOBS}{job.pk}/", replace_cut, follow=True)
    assert messages_of(response) == [
        "Nothing done with batch.zip: copy-cut.txt: the article it looked like has been deleted since: "
        "import it anyway or skip it."
    ]
    cut.refresh_from_db()
    assert cut.status == "undecided" and bytes(cut.data) and not Article.objects.exists()
    row = lxml_html.fromstring(response.content.decode()).xpath(f"//tr[@id='item-{cut.pk}']")[0]
    assert "an article deleted since" in row.text_content()
    assert row.xpath("string(.//p[@class='errornote'])") == (
        "The article it looked like has been deleted since: import it anyway or skip it."
    )
    assert row.xpath(".//button/text()") == ["Import anyway", "Skip"]

    editor_client.post(f"{JOBS}{job.pk}/", import_footer)  # the other decision still goes through
    assert list(Article.objects.values_list("headline", flat=True)) == [original.headline]
    editor_client.post(f"{JOBS}{job.pk}/", decision_data(page_of(editor_client, job), "import", cut))
    assert Article.objects.count() == 2  # the cut copy, imported anyway once its original was gone
    assert job.items.decision_counts()["undecided"] == 0


def test_import_all_is_queued_for_a_worker_and_the_page_follows_it(editor_client, editor, original):
    job = finished_job(editor, {**many_articles(1), **near_copies()})
    data = decision_data(page_of(editor_client, job), "import")
    response = editor_client.post(f"{JOBS}{job.pk}/", data, follow=True)
    assert messages_of(response) == ["2 near-duplicates are being imported anyway by a worker; this page follows them."]
    html = response.content.decode()
    assert 'data-refresh-seconds="3"' in html and "/static/js/import-job.js" in html
    assert html.count("Being imported anyway by a worker.") == 2
    again = editor_client.post(f"{JOBS}{job.pk}/", data, follow=True)  # sent twice: nothing more to queue
    assert messages_of(again) == ["No near-duplicate was waiting for a decision."]
    DBTaskResult.objects.all().delete()  # the queued task was lost with its worker
    call_command("resume_import_jobs", verbosity=0)  # as `make run` does before starting its workers

    run_worker()

    job.refresh_from_db()
    assert job.created_count == 3 and Article.objects.filter(headline=original.headline).count() == 3
    assert set(job.items.values_list("status", flat=True)) == {"created"}
    done = page_of(editor_client, job).content.decode()
    assert "data-refresh-seconds" not in done and "Near-duplicates awaiting your decision (0)" in done


def test_replace_all_replaces_what_it_can_and_one_that_cannot_waits_with_its_reason(editor_client, editor, original):
    other = archived("same-subject.txt")
    job = finished_job(editor, {**near_copies(), "other-copy.txt": fixture("same-subject.txt") + "\nA line added.\n"})
    other_copy = item_named(job, "other-copy.txt")
    assert other_copy.looks_like == other
    data = decision_data(page_of(editor_client, job), "replace")
    other.delete()
    editor_client.post(f"{JOBS}{job.pk}/", data)
    run_worker()

    statuses = dict(job.items.values_list("name", "status"))
    assert statuses["batch.zip: other-copy.txt"] == "undecided"
    assert {statuses["batch.zip: copy-cut.txt"], statuses["batch.zip: copy-footer.txt"]} == {"replaced"}
    other_copy.refresh_from_db()
    assert other_copy.decision == "" and other_copy.decision_failure == (
        "the article it looked like has been deleted since: import it anyway or skip it"
    )
    assert Article.objects.get().pk == original.pk
    assert original.history.count() == 3  # imported, then replaced twice, each a revision


def test_skip_all_is_made_at_once(editor_client, editor, original):
    job = finished_job(editor, near_copies())
    response = editor_client.post(f"{JOBS}{job.pk}/", decision_data(page_of(editor_client, job), "skip"), follow=True)
    assert messages_of(response) == ["Skipped 2 near-duplicates."]
    assert set(job.items.values_list("status", flat=True)) == {"skipped"} and Article.objects.count() == 1
    assert not any(bytes(data) for data in job.items.values_list("data", flat=True))


def test_an_editor_who_may_not_change_articles_may_import_or_skip_but_not_replace(client, editor, original):
    job = finished_job(editor, near_copies())
    importer = get_user_model().objects.create_user("importer", password="a-long-test-password", is_staff=True)
    importer.user_permissions.add(*Permission.objects.filter(codename__in=["add_article", "view_article"]))
    client.force_login(importer)
    cut = item_named(job, "copy-cut.txt")
    page = page_of(client, job)
    with pytest.raises(AssertionError, match="no 'replace' button"):
        decision_data(page, "replace", cut)
    forged = {**decision_data(page, "skip", cut), "decision": "replace"}
    response = client.post(f"{JOBS}{job.pk}/", forged)
    assert response.status_code == 400
    assert "No decision was made: Select a valid choice." in messages_of(response)[0]
    assert Article.objects.get().body_text == original.body_text and item_named(job, "copy-cut.txt").status == "undecided"

    viewer = get_user_model().objects.create_user("viewer", password="a-long-test-password", is_staff=True)
    client.force_login(viewer)
    assert client.post(f"{JOBS}{job.pk}/", forged | {"decision": "skip"}).status_code == 403
    assert item_named(job, "copy-cut.txt").status == "undecided"


def test_a_decision_needs_the_pages_csrf_token(editor, original):
    job = finished_job(editor, near_copies())
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    cut = item_named(job, "copy-cut.txt")
    data = decision_data(page_of(client, job), "skip", cut)
    without = {key: value for key, value in data.items() if key != "csrfmiddlewaretoken"}
    assert client.post(f"{JOBS}{job.pk}/", without).status_code == 403
    assert item_named(job, "copy-cut.txt").status == "undecided"
    assert client.post(f"{JOBS}{job.pk}/", data).status_code == 302
    assert item_named(job, "copy-cut.txt").status == "skipped"


def test_a_decision_for_a_file_of_another_job_or_none_is_refused(editor_client, editor, original):
    job = finished_job(editor, near_copies())
    other = finished_job(editor, {"late-copy.txt": fixture("story-paragraph-removed.txt")})
    stranger = other.items.get()
    data = decision_data(page_of(editor_client, other), "skip", stranger)
    response = editor_client.post(f"{JOBS}{job.pk}/", data)
    assert response.status_code == 400 and "that file is not part of this job" in messages_of(response)[0]
    response = editor_client.post(f"{JOBS}{job.pk}/", {"decision": "skip"})
    assert response.status_code == 400 and "Say which near-duplicate" in messages_of(response)[0]
    assert stranger.status == "undecided" and item_named(job, "copy-cut.txt").status == "undecided"


def test_while_the_job_runs_its_near_duplicates_are_counted_but_not_yet_offered(editor_client, editor, original, settings):
    settings.NEWSARCHIVE_IMPORT_CHUNK = 2
    job = jobs.create_job(files=[("batch.zip", zip_of({**near_copies(), **many_articles(2)}))], user=editor,
                          article_status="draft")
    jobs.expand(job.pk)
    jobs.import_chunk(job.pk, 0, 2)  # the two copies; the two new articles still pending
    page = page_of(editor_client, job)
    html = page.content.decode()
    assert 'data-refresh-seconds="3"' in html and "Near-duplicates awaiting your decision (2)" in html
    assert "You can decide once the job is done." in html and "<button" not in html.split('id="near-duplicates"')[1]
    cut = item_named(job, "copy-cut.txt")
    outcome = decisions.decide(ImportItem.objects.select_related("job").get(pk=cut.pk), "import", user=editor)
    assert outcome.failed and "the job is still running" in outcome.message
    assert Article.objects.count() == 1
    listing = lxml_html.fromstring(editor_client.get(JOBS).content.decode())
    assert listing.xpath(f"string(//a[@href='{JOBS}{job.pk}/#near-duplicates'])") == "2"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="two requests at once need two connections: PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_two_editors_deciding_the_same_copy_at_once_store_it_once(editor, original):
    job = finished_job(editor, near_copies())
    cut = item_named(job, "copy-cut.txt")
    start, outcomes = threading.Barrier(2), []

    def decide(decision):
        try:
            item = ImportItem.objects.select_related("job").get(pk=cut.pk)
            start.wait()
            outcomes.append(decisions.decide(item, decision, user=editor))
        finally:
            connection.close()

    threads = [threading.Thread(target=decide, args=(decision,)) for decision in ("import", "import")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcome.done for outcome in outcomes) == [False, True]
    assert [o.message for o in outcomes if not o.done] == ["Decided already: batch.zip: copy-cut.txt (created)."]
    assert Article.objects.filter(headline=original.headline).count() == 2
    job.refresh_from_db()
    assert job.created_count == 1
