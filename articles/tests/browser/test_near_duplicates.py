"""An editor meets a near-duplicate in a real browser and replaces the older copy with it."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .conftest import log_in

pytestmark = pytest.mark.browser

FIXTURES = Path(__file__).parent.parent / "fixtures" / "near_duplicates"


def paste(page, name):
    page.goto("/admin/articles/article/import/")
    page.get_by_label("Paste an article").fill((FIXTURES / name).read_text(encoding="utf-8"))
    page.get_by_role("button", name="Preview").click()
    expect(page).to_have_url(re.compile(r"/admin/articles/article/import/$"))


def test_an_editor_replaces_the_older_copy_of_a_story_scraped_again(page, vocabulary, editor):
    from articles.models import Article

    log_in(page, editor)
    paste(page, "story-footer-a.txt")
    page.get_by_role("button", name="Save checked articles").click()
    expect(page.locator(".messagelist")).to_have_text(re.compile(r"created 1,", re.I))
    original = Article.objects.get()

    paste(page, "story-footer-b.txt")
    notice = page.locator("fieldset.import-preview .near-duplicate")
    expect(notice).to_contain_text(re.compile(r"Looks like .+ \(9\d% the same\)\."))
    expect(notice.get_by_role("link", name=original.headline)).to_have_attribute(
        "href", f"/admin/articles/article/{original.pk}/change/"
    )
    expect(notice.get_by_label("Skip it")).to_be_checked()
    notice.get_by_label(re.compile("Replace the older copy")).check()
    page.get_by_role("button", name="Save checked articles").click()
    expect(page.locator(".messagelist")).to_have_text(re.compile(r"created 0, replaced 1,", re.I))
    replaced = page.locator(".module").filter(has=page.get_by_role("heading", name="Replaced older copies (1)"))
    expect(replaced.get_by_role("link", name=original.headline)).to_have_attribute(
        "href", f"/admin/articles/article/{original.pk}/change/"
    )
    article = Article.objects.get()
    assert article.pk == original.pk and article.get_absolute_url() == original.get_absolute_url()
    assert "first published by Eastern Wire" in article.body_text
