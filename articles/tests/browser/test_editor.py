"""An editor in a real browser: log in, import the sample article, find it on the public site."""

import re

import pytest
from django.conf import settings
from playwright.sync_api import expect

from .conftest import log_in

pytestmark = pytest.mark.browser

SEED_ARTICLE = (settings.BASE_DIR / "demo" / "seed-article.txt").read_text(encoding="utf-8")


def paste_the_seed_article(page, status="Published"):
    page.goto("/admin/articles/article/")
    page.get_by_role("link", name="Import articles").click()
    expect(page).to_have_url(re.compile(r"/admin/articles/article/import/$"))
    page.get_by_label("Paste an article").fill(SEED_ARTICLE)
    page.get_by_label("Save as").select_option(label=status)
    page.get_by_role("button", name="Preview").click()
    expect(page).to_have_url(re.compile(r"/admin/articles/article/import/$"))


def test_an_editor_imports_the_sample_article_and_finds_it_under_russia_and_china(page, vocabulary, editor):
    log_in(page, editor)
    paste_the_seed_article(page)

    preview = page.locator("fieldset.import-preview")
    expect(preview).to_have_count(1)
    expect(page.get_by_text("1 article found, 1 new")).to_be_visible()
    headline = preview.locator(".field-headline")
    expect(headline).to_contain_text("Headline proposed by the importer")
    proposed = headline.locator("input").input_value()
    assert "Russia and China" in proposed
    expect(preview.locator(".field-published input")).to_have_value("2022-12-21 09:11")
    expect(preview.locator(".field-authors textarea")).to_have_value("Matthew Roscoe")
    expect(preview.locator(".field-image_credit input")).to_have_value("Anton Veselov/Shutterstock.com")
    entities = preview.locator(".field-entities")
    for name in ["Russia", "China", "Ukraine", "Xi Jinping", "Vladimir Putin"]:
        checkbox = entities.get_by_label(name, exact=True)
        expect(checkbox).to_be_checked()
    candidates = preview.locator(".field-candidates")
    expect(candidates.get_by_label("Dmitry Medvedev")).to_have_value("")  # offered, ignored unless accepted
    candidates.get_by_label("Dmitry Medvedev").select_option(label="accept as person")

    page.get_by_role("button", name="Save checked articles").click()
    expect(page.locator(".messagelist")).to_have_text(re.compile(r"created 1, duplicates 0, failed 0", re.I))
    created = page.locator(".module").filter(has=page.get_by_role("heading", name="Created (1)"))
    expect(created.get_by_role("link", name=proposed)).to_be_visible()

    page.context.clear_cookies()  # the public site, as a reader sees it
    for code, country in [("ru", "Russia"), ("cn", "China")]:
        page.goto(f"/countries/{code}/")
        expect(page.get_by_role("heading", level=1)).to_contain_text(country)
        expect(page.locator(".card__headline")).to_have_text([proposed])
    page.get_by_role("link", name=proposed).click()
    expect(page).to_have_url(re.compile(r"/articles/2022/12/21/[\w-]+/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(proposed)
    expect(page.locator(".story__meta time")).to_have_attribute("datetime", re.compile(r"^2022-12-21T09:11"))
    expect(page.locator(".story__byline")).to_contain_text("Matthew Roscoe")
    expect(page.locator(".story__figure .credit")).to_contain_text("Anton Veselov/Shutterstock.com")
    expect(page.locator(".story__body")).to_contain_text("Dmitry Medvedev met with China’s President Xi Jinping")
    about = page.get_by_role("complementary")
    for name in ["Russia", "China", "Ukraine", "Xi Jinping", "Vladimir Putin", "Dmitry Medvedev"]:
        expect(about.get_by_role("link", name=name, exact=True)).to_be_visible()


def test_importing_the_sample_article_twice_reports_a_duplicate(page, vocabulary, editor):
    log_in(page, editor)
    paste_the_seed_article(page)
    page.get_by_role("button", name="Save checked articles").click()
    expect(page.locator(".messagelist")).to_have_text(re.compile(r"created 1,", re.I))

    paste_the_seed_article(page)
    expect(page.get_by_text("1 article found, 0 new")).to_be_visible()
    expect(page.locator("fieldset.import-preview .errornote")).to_contain_text("Already in the archive")
    expect(page.get_by_role("button", name="Save checked articles")).to_have_count(0)

    from articles.models import Article

    assert Article.objects.count() == 1


def test_the_admins_own_scripts_run_under_the_content_security_policy(page, archive, editor):
    """The date shortcuts are the admin's JavaScript, from its files; the ``page`` fixture fails the test if the
    browser reports any policy violation on the way. The slug is left blank: saving makes it (the admin's URLify.js
    would make another than the archive's, "café" for "Café", and drop Devanagari vowel signs)."""
    log_in(page, editor)
    page.goto("/admin/articles/article/add/")
    page.locator("#id_headline").press_sequentially("Ministers meet in Paris")
    expect(page.locator("#id_slug")).to_have_value("")
    page.locator(".field-published_at").get_by_role("link", name="Today").click()
    page.locator(".field-published_at").get_by_role("link", name="Now").click()
    expect(page.locator("#id_published_at_0")).not_to_have_value("")
    expect(page.locator("#id_published_at_1")).not_to_have_value("")
    page.locator("#id_source_url").fill("https://news.example.org/paris")
    page.locator("#id_body_html").fill("<p>The ministers agreed to meet again.</p>")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    from articles.models import Article

    assert Article.objects.get(headline="Ministers meet in Paris").slug == "ministers-meet-in-paris"
    for address in ("/admin/", "/admin/articles/article/", f"/admin/articles/article/{archive.pact.pk}/change/",
                    "/admin/articles/entity/", f"/admin/articles/entity/{archive.china.pk}/change/",
                    "/admin/articles/author/"):
        page.goto(address)
        expect(page.locator("#content")).to_be_visible()
