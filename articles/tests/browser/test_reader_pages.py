"""A reader meets no dead end: error pages in the layout, the coverage map, the phone layout."""

import re

import pytest
from playwright.sync_api import expect

from .test_accessibility import severe_violations

pytestmark = pytest.mark.browser


def test_the_error_pages_keep_the_navigation_and_the_search_box(page, archive):
    response = page.goto("/no-such-page/")
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")
    nav = page.get_by_role("navigation", name="Main")
    expect(nav.get_by_role("link", name="Countries")).to_be_visible()
    found = severe_violations(page, "404")

    response = page.goto("/articles/?q=cooperation&page=51")
    assert response.status == 404
    expect(page.get_by_text("Page numbers stop at 50")).to_be_visible()
    page.get_by_role("link", name="The first page of these results").click()
    expect(page).to_have_url(re.compile(r"/articles/\?q=cooperation$"))
    expect(page.locator(".summary__count")).to_contain_text("4 articles")

    page.goto("/countries/zz/")
    page.get_by_role("search", name="Site").get_by_role("searchbox").fill("grain")
    page.get_by_role("search", name="Site").get_by_role("button", name="Search").click()
    expect(page).to_have_url(re.compile(r"/articles/\?q=grain$"))
    page.goto("/countries/zz/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="By date").click()
    expect(page).to_have_url(re.compile(r"/archive/2023/$"))
    assert not found, "\n".join(found)


def test_the_maps_links_narrow_the_listing(page, archive):
    page.goto("/articles/?q=cooperation")
    expect(page.locator(".summary__count")).to_contain_text("4 articles")
    coverage = page.locator("#coverage")
    expect(coverage.locator("figcaption")).to_contain_text("China (3), India (2)")
    coverage.locator("svg a:has(title:text-is('China: 3 articles'))").click()
    expect(page).to_have_url(re.compile(r"/articles/\?q=cooperation&country=cn$"))
    expect(page.locator(".summary__count")).to_contain_text("3 articles")
    # China is now the chosen country: India, on the map beside it, narrows to the stories about both.
    expect(page.locator("#coverage svg path.is-chosen")).to_have_count(1)
    page.locator("#coverage svg a:has(title:text-is('India: 1 article'))").click()
    expect(page).to_have_url(re.compile(r"\?(?=.*country=cn)(?=.*entity=india)"))  # links keep the canonical order
    expect(page.locator(".card__headline")).to_have_text([archive.november.headline])

    page.goto("/countries/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Coverage by country")
    ranking = page.locator(".ranking a")
    expect(ranking.first).to_have_text("China")
    expect(page.locator(".uncovered .country-grid")).to_be_hidden()  # countries without articles stay folded
    page.locator("#country-map svg a:has(title:text-is('China: 4 articles'))").click()
    expect(page).to_have_url(re.compile(r"/countries/cn/$"))
    found = severe_violations(page, "/countries/cn/")
    page.goto("/countries/")
    found += severe_violations(page, "/countries/")
    assert not found, "\n".join(found)


def test_on_a_phone_the_filters_open_from_a_control_at_the_top_of_the_results(phone_page, archive):
    page = phone_page
    page.goto("/articles/?q=cooperation")
    toggle = page.get_by_text("Filter", exact=True)
    expect(toggle).to_be_visible()
    facets = page.get_by_role("complementary", name="Narrow the results")
    expect(facets).to_be_hidden()
    assert toggle.bounding_box()["y"] < page.locator(".summary__count").bounding_box()["y"]
    toggle.click()
    expect(facets).to_be_visible()
    page.get_by_role("form", name="Filter articles").get_by_label("Country").select_option(label="China")
    page.get_by_role("form", name="Filter articles").get_by_role("button", name="Search").click()
    expect(page).to_have_url(re.compile(r"country=cn"))
    expect(page.locator(".refine__active")).to_have_text("2 in use")
    for path in ("/", "/articles/?q=cooperation", "/countries/", "/archive/2022/12/", "/no-such-page/"):
        page.goto(path)
        overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{path} is wider than the phone by {overflow}px"


def test_on_a_wide_screen_the_filters_and_counts_are_shown_without_the_control(page, archive):
    page.goto("/articles/?q=cooperation")
    expect(page.get_by_text("Filter", exact=True)).to_be_hidden()
    expect(page.get_by_role("complementary", name="Narrow the results")).to_be_visible()
    expect(page.get_by_role("form", name="Filter articles")).to_be_visible()
    form, results = page.locator("form.filters").bounding_box(), page.locator(".summary").bounding_box()
    facets = page.locator("aside.facets").bounding_box()
    assert form["y"] < results["y"] and facets["x"] > results["x"] + results["width"]


def test_the_calendars_link_onward(page, archive):
    page.goto("/archive/2022/")
    expect(page.locator(".year-grid__month")).to_have_count(12)
    page.get_by_role("link", name="December").click()
    expect(page).to_have_url(re.compile(r"/archive/2022/12/$"))
    calendar = page.get_by_role("table", name="Articles per day in December 2022")
    calendar.get_by_role("link", name=re.compile(r"^14 1 article")).click()
    expect(page).to_have_url(re.compile(r"/archive/2022/12/14/$"))
    expect(page.locator(".card__headline")).to_have_text([archive.grain.headline])
