"""An editor uploads a mixed zip large enough to become a background job, follows it, and decides its
near-duplicates on the job's page in a real browser."""

import re

import pytest
from playwright.sync_api import expect

from articles.models import Article, ImportJob

from ..import_helpers import generated_article
from ..test_import_job_decisions import archived_text
from ..test_import_jobs import run_worker
from ..test_near_duplicates_import import archived, fixture
from .conftest import log_in, upload_zip
from .test_accessibility import severe_violations

pytestmark = pytest.mark.browser


def test_an_editor_decides_the_near_duplicates_a_background_job_set_aside(page, vocabulary, editor):
    original = archived("story.txt")
    archived_copy = generated_article(500)
    already = archived_text(archived_copy)
    members = {f"wire/{n:03d}.txt": generated_article(n) for n in range(22)}
    members.update({
        "wire/again.txt": archived_copy, "wire/copy-cut.txt": fixture("story-paragraph-removed.txt"),
        "wire/copy-footer.txt": fixture("story-footer-b.txt"), "wire/junk.txt": bytes(range(128, 256)) * 20,
    })
    page.clock.install()  # the job page's reload timer, fired below when the test is ready rather than waited for
    log_in(page, editor)
    upload_zip(page, members)
    job = ImportJob.objects.get()
    expect(page).to_have_url(re.compile(rf"/admin/articles/article/import/jobs/{job.pk}/$"))
    # Paused while the worker below holds the test's SQLite database, then let go (as test_batch_import does).
    page.get_by_role("button", name="Pause updates").click()
    run_worker()
    page.get_by_role("button", name="Update again").click()
    page.clock.fast_forward(3000)  # the page's interval: it reloads by itself

    expect(page.get_by_role("heading", name="Done")).to_be_visible()
    expect(page.locator(".import-job__created")).to_have_text("22")
    expect(page.locator(".import-job__duplicates")).to_have_text("1")
    expect(page.locator(".import-job__failed")).to_have_text("1")
    expect(page.locator(".import-job__undecided")).to_have_text("2")
    expect(page.locator("tr").filter(has_text="wire.zip: wire/junk.txt")).to_contain_text("not text")
    expect(page.get_by_role("link", name=already.headline)).to_be_visible()
    near = page.locator("#near-duplicates")
    expect(near.get_by_role("heading")).to_have_text("Near-duplicates awaiting your decision (2)")
    footer_row = near.get_by_role("row").filter(has_text="wire.zip: wire/copy-footer.txt")
    expect(footer_row).to_contain_text(re.compile(r"\(9\d% the same\)"))
    expect(footer_row.get_by_role("link", name=original.headline)).to_have_attribute(
        "href", f"/admin/articles/article/{original.pk}/change/"
    )
    assert not severe_violations(page, "a job's near-duplicates awaiting a decision")

    footer_row.get_by_role("button", name="Replace the older copy").click()

    expect(page.locator(".messagelist")).to_have_text(
        f"Replaced the text of #{original.pk} “{original.headline}” with wire.zip: wire/copy-footer.txt."
    )
    expect(page.locator(".import-job__undecided")).to_have_text("1")
    expect(page.locator(".import-job__replaced")).to_have_text("1")
    cut_row = near.get_by_role("row").filter(has_text="wire.zip: wire/copy-cut.txt")
    cut_row.get_by_role("button", name="Skip").click()
    expect(page.locator(".messagelist")).to_have_text("Skipped wire.zip: wire/copy-cut.txt.")
    expect(near.get_by_role("heading", name="Near-duplicates awaiting your decision (0)")).to_be_visible()

    page.goto("/admin/articles/article/import/jobs/")
    expect(page.get_by_role("row").filter(has_text="wire.zip").get_by_role("cell").last).to_have_text("0")

    article = Article.objects.get(pk=original.pk)
    assert "first published by Eastern Wire" in article.body_text
    assert Article.objects.count() == 2 + 22 and Article.objects.filter(headline=original.headline).count() == 1
