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
