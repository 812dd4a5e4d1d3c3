"""An editor in a real browser at 1280 px: the article list fits the screen; a date and a credit are changed, seen in
the history with before and after, and the earlier version restored."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from .conftest import log_in

pytestmark = pytest.mark.browser

LONG_HEADLINES = [
    ("Russia and China reach agreement on intensifying cooperation between the two countries in energy and trade",
     "By Matthew Roscoe", "Anton Veselov/Shutterstock.com"),
    ("Kenya's long rains return early to the Rift Valley, and farmers hurry to plant maize before the floods",
     "By Wanjiru Kamau and Otieno Odhiambo", "Simon Maina/AFP via Getty Images"),
    ("EU ministers meet in Brussels to discuss the next package of sanctions and the frozen assets",
     "Reporting by Philip Blenkinsop; editing by Alex Richardson", "REUTERS/Yves Herman"),
]


@pytest.fixture
def long_articles(archive):
    from articles.tests.factories import ArticleFactory

    return [
        ArticleFactory(
            headline=headline, byline=byline, image_credit=credit, outlet="example.org",
            published_at=datetime.datetime(2023, 3, 1 + n, 9, tzinfo=datetime.UTC),
        )
        for n, (headline, byline, credit) in enumerate(LONG_HEADLINES)
    ]


def test_the_article_list_at_1280_px_keeps_headlines_to_two_lines_with_state_date_and_credit_in_view(
    page, long_articles, editor
):
    assert page.viewport_size["width"] == 1280
    log_in(page, editor)
    page.goto("/admin/articles/article/")
    for headline, _, _ in LONG_HEADLINES:
        link = page.get_by_role("link", name=headline)
        lines = link.evaluate("a => a.getClientRects().length")
        assert 1 <= lines <= 2, f"{headline!r} takes {lines} lines"
    for column in ("State", "Published", "Byline", "Image credit"):
        box = page.locator("#result_list thead th", has_text=re.compile(rf"^\s*{column}\s*$", re.IGNORECASE)).bounding_box()
        assert box is not None and box["x"] + box["width"] <= 1280, f"{column} is off screen"
    assert page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0

    # The country filter is a drop-down above the list: closed, then open, then applied.
    countries = page.locator("#changelist-filter details", has_text="Country")
    expect(countries.get_by_role("link", name="Russia")).to_be_hidden()
    countries.locator("summary").click()
    countries.get_by_role("link", name="Russia").click()
    expect(page).to_have_url(re.compile(r"country=RU"))
    expect(page.locator("#changelist-filter summary", has_text="Country")).to_contain_text("Country: Russia")


def test_an_editor_changes_the_date_and_credit_sees_them_in_the_history_and_restores_the_earlier_version(
    page, long_articles, editor
):
    article = long_articles[0]
    log_in(page, editor)
    page.goto(f"/admin/articles/article/{article.pk}/change/")
    page.locator("#id_published_at_0").fill("2023-03-05")
    page.locator("#id_published_at_1").fill("10:30:00")
    page.get_by_label("Image credit").fill("Jane Photographer/Agency")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    page.goto(f"/admin/articles/article/{article.pk}/change/")
    page.get_by_role("link", name="History").click()
    newest = page.locator("#change-history tbody tr").first
    expect(newest).to_contain_text("Anton Veselov/Shutterstock.com")
    expect(newest).to_contain_text("Jane Photographer/Agency")
    expect(newest).to_contain_text("2023-03-05 10:30:00")
    expect(newest.locator("dt", has_text="Date obtained")).to_be_visible()

    page.locator("#change-history tbody tr").last.get_by_role("link", name="View or restore").click()
    page.get_by_role("button", name="Revert").first.click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    article.refresh_from_db()
    assert article.image_credit == "Anton Veselov/Shutterstock.com"
    assert article.published_at == datetime.datetime(2023, 3, 1, 9, tzinfo=datetime.UTC)
    page.goto(f"/admin/articles/article/{article.pk}/history/")
    expect(page.locator("#change-history tbody tr").first).to_contain_text("restored the version of")
