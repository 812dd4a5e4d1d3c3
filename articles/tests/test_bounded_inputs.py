"""Every input bounded where it is parsed: repeated values, dates, cursors, codes and control characters."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.http import QueryDict

from articles.core.pagination import BadCursor, Cursor
from articles.models import Entity
from articles.public.filters import MAX_VALUES, public_filter
from articles.tests.factories import ArticleFactory, EntityFactory
from articles.tests.public_world import at, world  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db


@pytest.fixture
def many_entities(db):
    return [EntityFactory(name=f"Minister {n:03d}", kind=Entity.Kind.PERSON) for n in range(100)]


def entity_query(entities):
    return "&".join(f"entity={entity.slug}" for entity in entities)


def test_a_hundred_entities_are_a_400_that_states_the_limit_before_any_query(client, many_entities, django_assert_num_queries):
    """The 100-entity URL that held a worker for 26 s: refused before the filter reads anything."""
    client.get("/")  # the content version is looked up once, then cached
    with django_assert_num_queries(1) as captured:  # the form's menu of countries, and nothing else
        response = client.get(f"/articles/?{entity_query(many_entities)}")
    assert "articles_articleentity" not in captured.captured_queries[0]["sql"]
    assert response.status_code == 400
    assert f"Choose at most {MAX_VALUES} people, organizations or places at once (100 were given)." in response.content.decode()


@pytest.mark.parametrize("url", ["/feeds/rss/", "/feeds/atom/", "/articles/export.csv", "/countries/cn/"])
def test_the_limit_holds_for_feeds_exports_and_country_pages(client, world, many_entities, url):
    response = client.get(f"{url}?{entity_query(many_entities)}")
    assert response.status_code == 400
    assert "at most 10" in response.content.decode()


def test_countries_are_limited_too(client, world):
    response = client.get("/articles/?" + "&".join(["country=cn"] * (MAX_VALUES + 1)))
    assert response.status_code == 400
    assert "Choose at most 10 countries at once (11 were given)." in response.content.decode()


def test_the_limit_itself_is_accepted(client, many_entities):
    assert client.get(f"/articles/?{entity_query(many_entities[:MAX_VALUES])}").status_code == 200


def test_all_of_n_entities_is_one_semi_join_each_and_n_is_bounded_by_the_form(world, many_entities):
    """A semi-join per entity, so the planner's work grows with n: the form's cap is what bounds it."""
    for n in (2, MAX_VALUES):
        slugs = [entity.slug for entity in many_entities[:n]]
        filterset = public_filter(QueryDict("&".join(f"entity={slug}" for slug in slugs)))
        assert filterset.is_valid()
        sql = str(filterset.qs.query).upper()
        assert sql.count("SELECT") == n + 1, sql
    too_many = public_filter(QueryDict("&".join(f"entity={e.slug}" for e in many_entities[: MAX_VALUES + 1])))
    assert not too_many.is_valid()


def test_every_entity_still_means_all_of_them(client, world):
    both = f"/articles/?entity={world.xi.slug}&entity={world.putin.slug}"
    assert [a.headline for a in client.get(both).context["articles"]] == [world.pact.headline]
    china_and_xi = f"/articles/?entity={world.xi.slug}&country=cn&entity={world.xi.slug}"
    assert {a.headline for a in client.get(china_and_xi).context["articles"]} == {world.pact.headline, world.trade.headline}
    nobody = f"/articles/?entity={world.brics.slug}&entity={world.putin.slug}"
    assert client.get(nobody).context["articles"] == []


@pytest.mark.parametrize(
    "url",
    [
        "/articles/?date_to=9999-12-31",
        "/articles/?date_from=1799-12-31",
        "/countries/ru/?date_from=9999-12-30",
        "/feeds/rss/?date_to=9999-12-31",
        "/articles/export.csv?date_from=9999-12-31",
        "/api/v1/articles/?date_to=9999-12-31",
    ],
)
def test_dates_outside_1800_to_2100_are_a_400(client, world, url):
    response = client.get(url)
    assert response.status_code == 400
    assert "between 1800 and 2100" in response.content.decode()


def test_the_last_day_of_2100_is_a_date_like_any_other(client, world):
    assert client.get("/articles/?date_from=1800-01-01&date_to=2100-12-31").status_code == 200


@pytest.mark.parametrize(
    "url", ["/archive/9999/", "/archive/9999/12/", "/archive/9999/12/31/", "/archive/1799/01/01/", "/articles/9999/12/31/x/"]
)
def test_archive_urls_outside_the_years_are_a_404(client, world, url):
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("url", ["/countries/r%00/", "/countries/r%01/", "/countries/rus/", "/countries/r/"])
def test_country_codes_of_another_shape_are_a_404(client, world, url):
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    "text",
    [
        "9999-12-31T23:59:59+00:00,1",
        "2101-01-02T00:00:00+00:00,1",
        "1000-01-01T00:00:00+00:00,1",
        "2022-01-01T00:00:00+00:00,0",
        "2022-01-01T00:00:00+00:00,9223372036854775808",
        "2022-01-01T00:00:00,1",
        "2022-01-01T00:00:00+00:00," + "9" * 5000,
        "garbage",
        "",
    ],
)
def test_cursors_outside_what_a_page_link_holds_are_refused(text):
    with pytest.raises(BadCursor):
        Cursor.parse(text)


@pytest.mark.parametrize("offset", ["-15:59", "+16:00", "-23:59"])
def test_a_cursor_with_any_offset_python_reads_is_taken_in_utc(offset):
    """PostgreSQL takes offsets up to ±15:59 only: the cursor's instant is handed on in UTC."""
    cursor = Cursor.parse(f"2022-01-01T00:00:00{offset},1")
    assert cursor.published_at.utcoffset() == datetime.timedelta(0)


@pytest.mark.parametrize(
    "url",
    [
        "/articles/?after=2101-01-01T00:00:00%2B00:00,1",
        "/articles/?before=9999-12-31T23:59:59%2B00:00,1",
        "/countries/cn/?after=garbage",
        "/corrections/?before=2022-01-01T00:00:00%2B00:00,0",
    ],
)
def test_pages_answer_a_bad_cursor_with_a_400(client, world, url):
    assert client.get(url).status_code == 400


@pytest.mark.parametrize("query", ["q=war%00", "q=war%01", "q=%7F", "entity=x%00", "author=a%00b", "country=r%00"])
def test_control_characters_are_a_400_with_a_message(client, world, query):
    for url in ("/articles/", "/feeds/rss/", "/feeds/atom/", "/articles/export.csv"):
        response = client.get(f"{url}?{query}")
        assert response.status_code == 400, url
        assert response.content.decode().strip(), url


def test_a_headline_with_control_characters_still_makes_a_well_formed_feed(client, world):
    ArticleFactory(headline="Bell\x07 and \x1bescape", standfirst="NUL\x00 here", published_at=at(2023, 2, 1))
    for url in ("/feeds/rss/", "/feeds/atom/"):
        response = client.get(url)
        assert response.status_code == 200, url
        ET.fromstring(response.content)
        assert b"Bell and escape" in response.content
