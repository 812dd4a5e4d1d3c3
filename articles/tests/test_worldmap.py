"""The coverage map: shapes from Natural Earth, shaded by the counts the page already has, with a table."""

import gzip
import re

import pytest

from articles import worldmap
from articles.tests.public_world import world  # noqa: F401 - fixture


def test_the_shapes_cover_the_world_in_a_small_file():
    data = worldmap.shapes()
    codes = {country["iso"] for country in data["countries"]}
    assert {"CN", "RU", "US", "BR", "IN", "FR", "NO", "ZA", "AU"} <= codes
    assert len(codes) > 170 and "AQ" not in codes  # Antarctica is left out
    assert len(gzip.compress(worldmap.SHAPES.read_bytes())) < 15_000


def test_counts_shade_countries_on_a_logarithmic_scale_and_link_them():
    coverage = worldmap.CoverageMap([
        worldmap.Covered("CN", "China", 1000, "/countries/cn/"),
        worldmap.Covered("RU", "Russia", 10, "/countries/ru/"),
        worldmap.Covered("IN", "India", 1, "/countries/in/"),
    ])
    assert [coverage.level(n) for n in (1000, 10, 1, 0)] == [5, 2, 1, 0]
    html = worldmap.render(coverage, "m")
    assert '<a href="/countries/ru/" tabindex="-1"><path class="m2"' in html
    assert "<title>China: 1,000 articles</title>" in html
    assert html.count("<a ") == 3 + 3  # three on the map, three in the table
    assert '<th scope="row"><a href="/countries/in/">India</a></th><td>1</td>' in html
    assert 'aria-hidden="true" focusable="false"' in html  # the table, not the picture, is what a screen reader reads
    assert "3 countries named; the most: China (1,000), Russia (10), India (1)." in html


def test_names_are_escaped():
    coverage = worldmap.CoverageMap([worldmap.Covered("CN", "<b>China</b>", 2, '/x?"y')])
    html = worldmap.render(coverage)
    assert "<b>" not in html and "&lt;b&gt;China&lt;/b&gt;" in html and 'href="/x?&quot;y"' in html


@pytest.mark.django_db
def test_a_listing_maps_its_country_facet_and_each_link_narrows_it(client, world, django_assert_num_queries):
    response = client.get("/articles/?q=cooperation")
    html = response.content.decode()
    assert '<figure class="worldmap" id="coverage"' in html
    links = dict(re.findall(r'<a href="([^"]+)" tabindex="-1"><path class="m\d" d="[^"]+"><title>([^<]+)</title>', html))
    assert links == {
        "/articles/?q=cooperation&amp;country=cn": "China: 1 article",
        "/articles/?q=cooperation&amp;country=ru": "Russia: 1 article",
        "/articles/?q=cooperation&amp;country=in": "India: 1 article",
    }
    # With a country chosen, another country narrows to the articles about both (entity: all of).
    html = client.get("/articles/?country=cn").content.decode()
    assert f'href="/articles/?country=cn&amp;entity={world.russia.slug}" tabindex="-1"><path class="m' in html
    assert '<path class="m5 is-chosen"' in html
    following = client.get(f"/articles/?country=cn&entity={world.russia.slug}")
    assert [a.headline for a in following.context["articles"]] == [world.pact.headline]


@pytest.mark.django_db
def test_a_listing_page_with_its_map_stays_small(client, world):
    html = client.get("/articles/").content
    assert len(gzip.compress(html)) < 60_000


@pytest.mark.django_db
def test_the_countries_index_ranks_by_coverage_and_folds_away_the_empty(client, world):
    html = client.get("/countries/").content.decode()
    ranking = re.findall(r'<li><a href="/countries/(\w\w)/">', html)
    assert ranking == ["cn", "ru", "in"]  # most articles first, names break ties
    assert re.search(r'<details class="uncovered">\s*<summary>1 country with no articles yet</summary>', html)
    assert '<li class="is-empty"><a href="/countries/td/">Chad</a></li>' in html
    assert '<figure class="worldmap" id="country-map"' in html
