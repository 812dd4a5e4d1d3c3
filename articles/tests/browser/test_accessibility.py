"""axe-core, run in Chromium on the main pages: no serious or critical violation."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings

from ..import_helpers import zip_of
from .conftest import log_in

pytestmark = pytest.mark.browser

SEVERE = {"serious", "critical"}
AXE = Axe()  # reads axe-core's script once
SEED_ARTICLE = (settings.BASE_DIR / "demo" / "seed-article.txt").read_text(encoding="utf-8")


def severe_violations(page, path):
    """axe's serious and critical violations on the page now loaded, described for an assertion message."""
    results = AXE.run(page)
    found = []
    for violation in results.response["violations"]:
        if violation["impact"] in SEVERE:
            nodes = "; ".join(
                f"{' '.join(node['target'])}: {node.get('failureSummary', '').splitlines()[-1].strip()}"
                for node in violation["nodes"][:5]
            )
            found.append(f"{path}: {violation['id']} ({violation['impact']}) {violation['help']} — {nodes}")
    return found


def test_the_public_pages_have_no_serious_accessibility_violations(page, archive):
    paths = [
        "/",
        "/articles/?q=cooperation&country=cn&date_from=2022-12-01&date_to=2022-12-31",
        "/articles/?q=cooperation&country=cn&entity=vladimir-putin",  # active filters with remove links
        archive.pact.get_absolute_url(),
        "/countries/",
        "/countries/cn/",
        "/archive/2022/",
        "/archive/2022/12/",
        "/articles/?date_from=2022-12-31&date_to=2022-12-01",  # the form's error
        "/archive/2022/12/14/",
        "/no-such-page/",  # the site's own 404
        "/articles/?q=cooperation&page=51",  # page numbers stop, in production
    ]
    found = []
    for path in paths:
        page.goto(path)
        found += severe_violations(page, path)
        for details in page.locator("details").all():  # the map's and the chart's tables, the folded countries
            details.evaluate("element => element.open = true")
        found += severe_violations(page, f"{path} (details open)")
    assert not found, "axe-core found serious or critical violations:\n" + "\n".join(found)


def test_the_admin_import_pages_have_no_serious_accessibility_violations(page, vocabulary, editor):
    log_in(page, editor)
    page.goto("/admin/articles/article/import/")
    found = severe_violations(page, "import")
    page.get_by_label("Paste an article").fill(SEED_ARTICLE)
    page.get_by_role("button", name="Preview").click()
    page.locator("fieldset.import-preview").wait_for()
    found += severe_violations(page, "import preview")
    assert not found, "axe-core found serious or critical violations:\n" + "\n".join(found)


def test_an_import_jobs_pages_have_no_serious_accessibility_violations(page, vocabulary, editor):
    from articles.core.conf import caps
    from articles.ingest import jobs

    batch = zip_of({"story.txt": SEED_ARTICLE, "junk.txt": bytes(range(128, 256)) * 20})
    job = jobs.create_job(files=[("batch.zip", batch)], user=editor.user, article_status="draft")
    jobs.expand(job.pk)
    log_in(page, editor)
    page.goto(f"/admin/articles/article/import/jobs/{job.pk}/")  # running: a failure so far, nothing created
    found = severe_violations(page, "a running job")
    jobs.import_chunk(job.pk, 0, caps.IMPORT_CHUNK)
    page.goto(f"/admin/articles/article/import/jobs/{job.pk}/")
    found += severe_violations(page, "a job done")
    page.goto("/admin/articles/article/import/jobs/")
    found += severe_violations(page, "import jobs")
    assert not found, "axe-core found serious or critical violations:\n" + "\n".join(found)


def test_a_corrected_and_a_withdrawn_article_read_well_and_have_no_serious_violations(page, archive):
    from articles.models import Article, Correction

    Correction.objects.create(article=archive.pact, text="An earlier version said the pact covered oil. It covers gas.")
    page.goto(archive.pact.get_absolute_url())
    page.get_by_role("link", name="Corrected").click()
    assert page.url.endswith("#corrections-title")
    assert page.get_by_role("heading", name="Correction").is_visible()
    found = severe_violations(page, "corrected article")
    page.get_by_role("link", name="Corrections", exact=True).click()  # the footer's link to every correction
    assert page.get_by_role("heading", level=1).inner_text() == "Corrections"
    assert page.get_by_text("It covers gas.").is_visible()
    found += severe_violations(page, "/corrections/")

    withdrawn = Article.objects.get(pk=archive.grain.pk)
    withdrawn.status, withdrawn.withdrawal_note = Article.Status.WITHDRAWN, "The officials quoted were not who they said."
    withdrawn.save()
    response = page.goto(withdrawn.get_absolute_url())
    assert response.status == 410
    assert page.get_by_role("heading", level=1).inner_text() == "This article was withdrawn"
    found += severe_violations(page, "withdrawn article")
    assert not found, "axe-core found serious or critical violations:\n" + "\n".join(found)
