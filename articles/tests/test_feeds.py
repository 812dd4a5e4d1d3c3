"""RSS and Atom feeds of any search, the sitemap and robots.txt."""

import datetime
import xml.etree.ElementTree as ET

import pytest

from articles.tests.public_world import assert_cold_and_warm_queries, world  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def rss_titles(response):
    root = ET.fromstring(response.content)
    return [item.findtext("title") for item in root.iter("item")]


def test_rss_feed_is_valid_xml_with_the_newest_public_articles(client, world):
    response = client.get("/feeds/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    assert rss_titles(response) == [a.headline for a in world.public]


def test_rss_feed_applies_the_listing_filters(client, world):
    response = client.get("/feeds/rss/", {"q": "cooperation", "country": "CN", "date_from": "2022-12-01"})
    assert rss_titles(response) == [world.pact.headline]
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("title") == "newsarchive: Articles about China, since 1 December 2022, matching ‘cooperation’"
    assert channel.findtext("link").endswith("/articles/?country=CN&date_from=2022-12-01&q=cooperation")  # canonical order
    self_link = channel.find("{http://www.w3.org/2005/Atom}link[@rel='self']").get("href")
    assert self_link.endswith("/feeds/rss/?country=CN&date_from=2022-12-01&q=cooperation")


def test_atom_feed_keeps_the_query_in_its_self_link_and_title(client, world):
    root = ET.fromstring(client.get("/feeds/atom/?country=cn&page=2").content)
    assert root.findtext(f"{ATOM}title") == "newsarchive: Articles about China"
    self_link = root.find(f"{ATOM}link[@rel='self']").get("href")
    assert self_link == "http://testserver/feeds/atom/?country=cn"


def test_feed_items_carry_date_author_and_countries(client, world):
    root = ET.fromstring(client.get("/feeds/rss/?country=ru&sort=oldest").content)
    first = next(root.iter("item"))
    assert first.findtext("title") == world.pact.headline
    assert first.findtext("pubDate") == "Mon, 05 Dec 2022 23:30:00 +0000"
    assert [c.text for c in first.findall("category")] == ["China", "Russia"]
    assert "Ann Able" in first.findtext("{http://purl.org/dc/elements/1.1/}creator", default="") + (first.findtext("author") or "")


def test_atom_feed_applies_filters_too(client, world):
    response = client.get(f"/feeds/atom/?entity={world.putin.slug}")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    assert [e.findtext(f"{ATOM}title") for e in root.findall(f"{ATOM}entry")] == [world.winter.headline, world.pact.headline]


@pytest.mark.parametrize("query", ["date_from=2022-99-01", "sort=random", "country=xx"])
def test_feed_with_an_invalid_filter_is_a_400_with_the_reason(client, world, query):
    response = client.get(f"/feeds/rss/?{query}")
    assert response.status_code == 400
    assert response.content.decode().strip()


def test_feeds_never_include_drafts_or_future_articles(client, world):
    for url in ("/feeds/rss/?country=cn", "/feeds/atom/?q=cooperation"):
        body = client.get(url).content.decode()
        assert "Secret draft" not in body and "Scheduled story" not in body


def test_feed_makes_a_fixed_number_of_queries(client, world, django_assert_num_queries):
    # country codes; ids, articles with their authors and countries (cached until the archive changes)
    assert_cold_and_warm_queries(client, django_assert_num_queries, "/feeds/rss/?country=cn", 3, 1)


def test_sitemap_index_points_at_paged_sections(client, world):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    locations = [e.text for e in ET.fromstring(response.content).iter(f"{SITEMAP}loc")]
    assert "http://testserver/sitemap-articles.xml" in locations
    assert "http://testserver/sitemap-countries.xml" in locations


def test_sitemap_index_dates_the_articles_by_the_latest_change_without_reading_every_article(client, world):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        index = ET.fromstring(client.get("/sitemap.xml").content)
    dates = {
        entry.find(f"{SITEMAP}loc").text: entry.find(f"{SITEMAP}lastmod").text
        for entry in index.iter(f"{SITEMAP}sitemap")
        if entry.find(f"{SITEMAP}lastmod") is not None
    }
    newest = max(a.updated_at for a in world.public)
    assert dates["http://testserver/sitemap-articles.xml"] == newest.astimezone(datetime.UTC).isoformat()
    assert not [q["sql"] for q in queries.captured_queries if '"articles_article"."slug"' in q["sql"]]


def test_sitemap_index_counts_and_dates_the_articles_once_per_content_version(client, world, django_assert_num_queries):
    # countries' count; articles' count and latest change: both cached with the fragments
    assert_cold_and_warm_queries(client, django_assert_num_queries, "/sitemap.xml", 3, 1)


def test_article_sitemap_lists_public_articles_only(client, world):
    root = ET.fromstring(client.get("/sitemap-articles.xml").content)
    locations = {e.text for e in root.iter(f"{SITEMAP}loc")}
    assert locations == {f"http://testserver{a.get_absolute_url()}" for a in world.public}


def test_article_sitemap_is_split_into_pages(client, world, settings):
    settings.NEWSARCHIVE_SITEMAP_LIMIT = 3
    index = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/sitemap-articles.xml?p=2" in index
    second = ET.fromstring(client.get("/sitemap-articles.xml?p=2").content)
    assert [e.text for e in second.iter(f"{SITEMAP}loc")] == [f"http://testserver{world.summit.get_absolute_url()}"]


def test_country_sitemap_lists_countries_with_public_articles(client, world):
    root = ET.fromstring(client.get("/sitemap-countries.xml").content)
    assert {e.text for e in root.iter(f"{SITEMAP}loc")} == {
        "http://testserver/countries/cn/", "http://testserver/countries/ru/", "http://testserver/countries/in/",
    }


def test_robots_txt_points_at_the_sitemap(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()
