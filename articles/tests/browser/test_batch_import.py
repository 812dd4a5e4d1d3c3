"""An editor uploads a mixed zip in a real browser and saves it: what is new is stored, the rest says why not."""

import re

import pytest
from playwright.sync_api import expect

from articles.models import Article

from ..import_helpers import mixed_batch
from .conftest import log_in, upload_zip
from .test_editor import SEED_ARTICLE, paste_the_seed_article

pytestmark = pytest.mark.browser


def test_an_editor_saves_a_mixed_zip_and_only_the_duplicate_and_the_binary_file_are_left_out(page, vocabulary, editor):
    log_in(page, editor)
    paste_the_seed_article(page)
    page.get_by_role("button", name="Save checked articles").click()
    expect(page.locator(".messagelist")).to_have_text(re.compile(r"created 1,", re.I))
    existing = Article.objects.get()

    upload_zip(page, mixed_batch(SEED_ARTICLE), name="batch.zip")
    expect(page.get_by_text("5 articles found, 4 new")).to_be_visible()
    refused = page.locator(".module").filter(has=page.get_by_role("heading", name="Files that cannot be imported (1)"))
    expect(refused.get_by_role("row")).to_contain_text(["batch.zip: junk.txt"])
    expect(refused).to_contain_text("not text")
    duplicate_row = page.locator("fieldset.import-preview").filter(has_text="batch.zip: already-there.txt")
    expect(duplicate_row.get_by_role("link", name=existing.headline)).to_have_attribute(
        "href", f"/admin/articles/article/{existing.pk}/change/"
    )
    latin1_row = page.locator("fieldset.import-preview").filter(has_text="batch.zip: latin1.txt")
    expect(latin1_row.locator(".field-headline input")).to_have_value("Report 104 on the café council budget talks")

    page.get_by_role("button", name="Save checked articles").click()

    expect(page.locator(".messagelist")).to_have_text(re.compile(r"created 4, duplicates 1, failed 1", re.I))
    expect(page.get_by_role("heading", name="Created (4)")).to_be_visible()
    duplicates = page.locator(".module").filter(has=page.get_by_role("heading", name="Duplicates, not imported (1)"))
    expect(duplicates.get_by_role("link", name=existing.headline)).to_be_visible()
    failed = page.locator(".module").filter(has=page.get_by_role("heading", name="Failed (1)"))
    expect(failed).to_contain_text("batch.zip: junk.txt: not text")

    stored = dict(Article.objects.values_list("headline", "body_text"))
    assert len(stored) == 5
    assert "Report 101 on the council budget talks" in stored and "Report 102 on the council budget talks" in stored
    assert "Report 103 on the council budget talks" in stored  # UTF-16, read through its byte-order mark
    assert "café council" in stored["Report 104 on the café council budget talks"]  # Latin-1, accents intact
    assert not any("\ufffd" in headline + body or "€" in headline for headline, body in stored.items())


def test_a_large_upload_is_imported_in_the_background_and_the_editor_follows_it(page, vocabulary, editor):
    from articles.models import ImportJob

    from ..import_helpers import generated_article
    from ..test_import_jobs import run_worker

    members = {f"wire/{n:03d}.txt": generated_article(n) for n in range(24)}
    members["wire/junk.txt"] = bytes(range(128, 256)) * 20
    page.clock.install()  # the job page's reload timer, fired below when the test is ready rather than waited for
    log_in(page, editor)
    upload_zip(page, members)

    job = ImportJob.objects.get()
    expect(page).to_have_url(re.compile(rf"/admin/articles/article/import/jobs/{job.pk}/$"))
    expect(page.get_by_role("heading", name=re.compile("Queued"))).to_be_visible()
    # The page's script reloads it every 3 seconds until paused; paused here while the worker below holds the
    # test's in-memory SQLite database (whose readers wait for a writer), then let go: it reloads by itself.
    page.get_by_role("button", name="Pause updates").click()
    expect(page.get_by_role("button", name="Update again")).to_be_visible()
    run_worker()  # a db_worker's loop, in this process
    page.get_by_role("button", name="Update again").click()
    page.clock.fast_forward(3000)  # the page's interval: it reloads by itself

    expect(page.get_by_role("heading", name="Done")).to_be_visible()
    expect(page.locator(".import-job__done")).to_have_text("25 of 25 files done")
    expect(page.locator(".import-job__created")).to_have_text("24")
    expect(page.locator(".import-job__failed")).to_have_text("1")
    expect(page.locator("tr").filter(has_text="wire.zip: wire/junk.txt")).to_contain_text("not text")
    expect(page.get_by_role("button", name="Pause updates")).to_have_count(0)
    page.get_by_role("link", name="Report 7 on the council budget talks").click()
    expect(page).to_have_url(re.compile(r"/admin/articles/article/\d+/change/$"))

    page.goto("/admin/articles/article/")
    page.get_by_role("link", name="Import jobs").click()
    expect(page.get_by_role("link", name="wire.zip")).to_be_visible()
    assert Article.objects.count() == 24
