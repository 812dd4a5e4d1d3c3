"""A reader in a real browser: search by country and dates, narrow by a facet, read, follow a tag."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_a_reader_finds_china_in_december_2022_narrows_by_a_person_and_follows_a_tag(page, archive):
    page.goto("/")
    page.get_by_label("Words or an “exact phrase”").fill("cooperation")
    page.locator(".hero").get_by_role("button", name="Search").click()
    expect(page).to_have_url(re.compile(r"/articles/\?q=cooperation$"))
    expect(page.locator(".summary__count")).to_contain_text("4 articles")

    filters = page.get_by_role("form", name="Filter articles")
    expect(filters.get_by_label("Search")).to_have_value("cooperation")
    filters.get_by_label("Country").select_option(label="China")
    filters.get_by_label("From").fill("2022-12-01")
    filters.get_by_label("To").fill("2022-12-31")
    filters.get_by_role("button", name="Search").click()

    expect(page).to_have_url(re.compile(r"country=cn"))
    assert "date_from=2022-12-01" in page.url and "date_to=2022-12-31" in page.url
    expect(page.locator(".summary__count")).to_contain_text("2 articles")
    cards = page.locator(".card__headline")
    expect(cards).to_have_count(2)
    assert set(cards.all_inner_texts()) == {archive.pact.headline, archive.grain.headline}
    expect(page.locator(".card__snippet mark").first).to_have_text(re.compile("cooperation", re.I))

    chart = page.locator("figure.chart svg[role=img]")
    expect(chart).to_be_visible()
    assert chart.locator("rect.chart__bar").count() >= 1
    expect(page.locator("figure.chart figcaption")).to_contain_text("Articles over time")

    facets = page.get_by_role("complementary", name="Narrow the results")
    expect(facets.get_by_role("heading", name="Countries")).to_be_visible()
    facets.get_by_role("link", name="Russia").click()

    expect(page).to_have_url(re.compile(r"country=ru"))
    expect(page.locator(".summary__count")).to_contain_text("2 articles")  # countries are "any of"
    facets = page.get_by_role("complementary", name="Narrow the results")
    facets.get_by_role("link", name="Vladimir Putin").click()

    expect(page).to_have_url(re.compile(r"entity=vladimir-putin"))
    expect(page.locator(".summary__count")).to_contain_text("1 article")
    expect(page.locator(".card__headline")).to_have_text([archive.pact.headline])
    active = page.locator(".active-filters")
    expect(active).to_contain_text("Vladimir Putin")
    remove = active.get_by_role("link", name=re.compile(r"Remove .*Vladimir Putin"))
    expect(remove).to_be_visible()
    remove.click()
    expect(page.locator(".summary__count")).to_contain_text("2 articles")
    assert "entity=" not in page.url and "date_from=2022-12-01" in page.url
    page.go_back()

    page.get_by_role("link", name=archive.pact.headline).click()
    expect(page).to_have_url(re.compile(r"/articles/2022/12/05/"))
    expect(page.get_by_role("heading", level=1)).to_have_text(archive.pact.headline)
    expect(page.locator(".story__meta time")).to_have_attribute("datetime", re.compile(r"^2022-12-05T23:30"))
    expect(page.locator(".story__figure figcaption")).to_contain_text("Anton Veselov/Shutterstock.com")
    expect(page.locator(".story__byline").get_by_role("link", name="Ann Able")).to_be_visible()

    about = page.get_by_role("complementary").filter(has=page.get_by_role("heading", name="In this article"))
    expect(about.get_by_role("heading", name="People")).to_be_visible()
    about.get_by_role("link", name="Xi Jinping").click()
    expect(page).to_have_url(re.compile(r"/entities/xi-jinping/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Xi Jinping")
    expect(page.locator(".card__headline")).to_have_count(3)  # pact, grain and trade name him


def test_a_country_page_lists_its_articles_newest_first(page, archive):
    page.goto("/countries/")
    page.get_by_role("link", name="China", exact=True).click()
    expect(page).to_have_url(re.compile(r"/countries/cn/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("China")
    expect(page.locator(".card__headline")).to_have_text(
        [archive.trade.headline, archive.grain.headline, archive.pact.headline, archive.november.headline]
    )


def test_the_skip_link_is_hidden_until_the_first_tab_and_moves_focus_to_main(page, archive):
    response = page.goto("/articles/?q=cooperation")
    assert response.status == 200
    stylesheet = page.locator('link[rel="stylesheet"]').get_attribute("href")
    assert page.request.get(stylesheet).status == 200
    skip_link = page.locator(".skip-link")
    assert skip_link.bounding_box()["y"] < 0, "archive.css keeps the skip link above the page until it has focus"

    page.keyboard.press("Tab")
    focused = page.evaluate("() => [document.activeElement.className, document.activeElement.textContent]")
    assert focused == ["skip-link", "Skip to content"]
    assert skip_link.bounding_box()["y"] >= 0, "the focused skip link must be on screen"
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"
    # The next Tab continues from inside main, not from the top of the page.
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.getElementById('main').contains(document.activeElement)")


def test_a_bad_date_range_gets_the_forms_message_not_a_server_error(page):
    response = page.goto("/articles/?date_from=2022-12-31&date_to=2022-12-01")
    assert response.status == 400
    expect(page.get_by_role("alert")).to_contain_text("This search could not be run")


def test_phones_see_the_pages_without_horizontal_scrolling(phone_page, archive):
    phone_page.goto("/articles/?q=cooperation&country=cn")
    expect(phone_page.locator(".card__headline").first).to_be_visible()
    expect(phone_page.locator("figure.chart svg")).to_be_visible()
    for path in ["/articles/?q=cooperation&country=cn", "/", "/countries/", archive.pact.get_absolute_url()]:
        phone_page.goto(path)
        widths = phone_page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
        assert widths[0] <= widths[1], f"{path} scrolls sideways on a 390 px phone: {widths}"
