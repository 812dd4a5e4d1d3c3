"""CSV export of any search at /articles/export.csv: the listing's filters, streamed in keyset batches."""

import csv
import datetime
import io
import re

import pytest
from django.http import StreamingHttpResponse
from django.utils import timezone

from articles.models import Article
from articles.public import export
from articles.tests.factories import ArticleFactory, AuthorFactory, CountryFactory, EntityFactory
from articles.tests.public_world import at, world  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db

EXPORT = "/articles/export.csv"


def rows(response):
    assert isinstance(response, StreamingHttpResponse)
    text = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def test_export_streams_every_public_article_as_an_attachment(client, world):
    response = client.get(EXPORT)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert re.fullmatch(r'attachment; filename="newsarchive-\d{4}-\d{2}-\d{2}\.csv"', response["Content-Disposition"])
    assert str(timezone.localdate()) in response["Content-Disposition"]
    data = rows(response)
    assert [r["headline"] for r in data] == [a.headline for a in world.public]
    assert list(data[0]) == export.COLUMNS


def test_a_row_carries_every_column(client, world):
    (pact,) = [r for r in rows(client.get(EXPORT)) if r["id"] == str(world.pact.pk)]
    assert pact == {
        "id": str(world.pact.pk),
        "published": "2022-12-05T23:30:00+00:00",
        "headline": "China and Russia sign a pact",
        "byline": "By Ann Able",
        "authors": "Ann Able",
        "countries": "CN;RU",
        "entities": "Xi Jinping;Vladimir Putin",
        "outlet": "",
        "source_url": "",
        "url": f"http://testserver{world.pact.get_absolute_url()}",
    }


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"country": "cn"}, ["trade", "pact"]),
        ({"country": ["cn", "IN"], "sort": "oldest"}, ["summit", "pact", "trade"]),
        ({"entity": ["xi-jinping", "vladimir-putin"]}, ["pact"]),
        ({"author": "ben-baker"}, ["trade", "summit"]),
        ({"date_from": "2022-12-05", "date_to": "2022-12-20"}, ["trade", "pact"]),
        ({"q": "cooperation", "country": "cn", "date_from": "2022-12-01", "date_to": "2022-12-31"}, ["pact"]),
        # relevance exports in date order, newest first, so that it reaches every match
        ({"q": "cooperation"}, ["pact", "summit"]),
    ],
)
def test_export_applies_the_listings_filters(client, world, params, expected):
    assert [r["headline"] for r in rows(client.get(EXPORT, params))] == [getattr(world, n).headline for n in expected]


def test_drafts_and_future_articles_are_never_exported(client, world):
    text = b"".join(client.get(EXPORT, {"q": "cooperation"}).streaming_content).decode()
    text += b"".join(client.get(EXPORT, {"country": "cn"}).streaming_content).decode()
    assert "Secret draft" not in text and "Scheduled story" not in text


@pytest.mark.parametrize(
    "query, message",
    [
        ("date_from=2022-99-01", "From: Enter a date as YYYY-MM-DD."),
        ("sort=random", "Sort: Sort by newest, oldest or relevance."),
        ("country=xx", "Country: There is no country with the code XX in the archive."),
        ("date_from=2023-01-02&date_to=2023-01-01", "The “from” date is after the “to” date."),
        ("date_to=9999-12-31", "To: Enter a date between 1800 and 2100."),
        ("q=war%01", "Search: Remove the control characters from the search."),
    ],
)
def test_invalid_filters_are_a_plain_400_with_the_message(client, world, query, message):
    response = client.get(f"{EXPORT}?{query}")
    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode() == message


def test_commas_quotes_and_newlines_survive_the_round_trip(client, db):
    author = AuthorFactory(name='Ann "Scoop" Able, Jr.')
    ArticleFactory(headline='Talks, "at last"\nin Geneva', authors=[author], byline='By Ann "Scoop" Able, Jr.')
    (row,) = rows(client.get(EXPORT))
    assert row["headline"] == 'Talks, "at last"\nin Geneva'
    assert row["authors"] == 'Ann "Scoop" Able, Jr.'


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t"])
def test_cells_a_spreadsheet_would_run_as_formulas_are_prefixed_with_an_apostrophe(client, db, start):
    ArticleFactory(
        headline=f'{start}HYPERLINK("http://evil.example","click")',
        outlet=f"{start}1+1",
        authors=[AuthorFactory(name=f"{start}cmd")],
        byline="",
    )
    (row,) = rows(client.get(EXPORT))
    assert row["headline"] == f"'{start}HYPERLINK(\"http://evil.example\",\"click\")"
    assert row["outlet"] == f"'{start}1+1"
    assert row["authors"] == f"'{start}cmd"
    assert row["byline"] == f"By {start}cmd"  # starts harmlessly: left alone


def test_every_semicolon_joined_part_is_guarded(client, db):
    ArticleFactory(
        headline="Talks; =cmd|' /C calc'!A0",
        authors=[AuthorFactory(name="Ann Able"), AuthorFactory(name="=HYPERLINK(1)"), AuthorFactory(name="@SUM(1)")],
        entities=[EntityFactory(name="+1+1"), EntityFactory(name="Geneva")],
        byline="",
    )
    (row,) = rows(client.get(EXPORT))
    assert row["headline"] == "Talks;' =cmd|' /C calc'!A0"
    assert row["authors"] == "Ann Able;'=HYPERLINK(1);'@SUM(1)"
    assert row["entities"] == "'+1+1;Geneva"
    for cell in row.values():
        assert not any(part.lstrip(" ").startswith(export.FORMULA_STARTS) for part in cell.split(";"))


def test_defused_leaves_ordinary_text_alone():
    assert export.defused("Talks resume") == "Talks resume"
    assert export.defused("") == "" and export.defused(None) == ""
    assert export.defused("-5% growth") == "'-5% growth"


@pytest.fixture
def ties(db):
    china = CountryFactory(name="China", iso_code="CN")
    same = at(2022, 12, 1, 9)
    tied = [ArticleFactory(headline=f"Tied {n}", published_at=same, entities=[china]) for n in range(5)]
    ArticleFactory(headline="Earlier", published_at=same - datetime.timedelta(hours=1), entities=[china])
    ArticleFactory(headline="Later", published_at=same + datetime.timedelta(hours=1), entities=[china])
    ArticleFactory(headline="Draft", published_at=same, status=Article.Status.DRAFT, entities=[china])
    return tied


@pytest.mark.parametrize("batch_size", [1, 2, 3, 7, 50])
@pytest.mark.parametrize("params", [{}, {"sort": "oldest"}, {"country": "cn"}, {"q": "cooperation", "country": "cn"}])
def test_batches_join_without_gaps_or_duplicates_through_ties(client, ties, batch_size, params, settings):
    settings.NEWSARCHIVE_EXPORT_BATCH_SIZE = batch_size
    exported = [int(r["id"]) for r in rows(client.get(EXPORT, params))]
    public = Article.objects.published()
    expected = list(public.order_by("published_at", "id") if params.get("sort") == "oldest" else public.newest_first())
    assert exported == [a.pk for a in expected]
    assert len(exported) == 7


def test_each_batch_costs_the_same_queries_whatever_its_size(client, db, django_assert_num_queries, settings):
    countries = [CountryFactory(name=f"Land {c}", iso_code=f"L{c}") for c in "ABC"]
    people, authors = EntityFactory.create_batch(3), AuthorFactory.create_batch(3)
    for i in range(12):
        ArticleFactory(published_at=timezone.now() - datetime.timedelta(hours=i + 1), entities=[*countries, *people], authors=authors)
    client.get("/")  # the content version is looked up once, then cached
    settings.NEWSARCHIVE_EXPORT_BATCH_SIZE = 5
    with django_assert_num_queries(4 * 3):  # per batch: ids, articles, authors, tags; batches of 5, 5, 2
        assert len(rows(client.get(EXPORT))) == 12
    settings.NEWSARCHIVE_EXPORT_BATCH_SIZE = 6
    with django_assert_num_queries(4 * 2 + 1):  # batches of 6, 6, then an empty look that ends it
        assert len(rows(client.get(EXPORT))) == 12


def test_an_empty_search_exports_just_the_header(client, world):
    response = client.get(EXPORT, {"date_from": "1990-01-01", "date_to": "1990-12-31"})
    assert b"".join(response.streaming_content).decode().splitlines() == [",".join(export.COLUMNS)]


def test_the_listing_links_the_csv_and_json_of_the_current_search(client, world):
    html = client.get("/articles/", {"q": "cooperation", "country": "cn", "page": "1"}).content.decode()
    assert 'href="/articles/export.csv?country=cn&amp;q=cooperation"' in html  # the canonical order
    assert 'href="/api/v1/articles/?country=cn&amp;q=cooperation"' in html
    country_page = client.get("/countries/ru/", {"date_from": "2022-01-01"}).content.decode()
    assert 'href="/articles/export.csv?date_from=2022-01-01&amp;country=ru"' in country_page
    assert ">Download CSV</a>" in country_page and ">JSON</a>" in country_page


def test_anonymous_exports_stop_at_the_row_cap_with_a_note_linking_the_api(client, ties, settings):
    settings.EXPORT_ANONYMOUS_ROWS = 3
    response = client.get(EXPORT, {"country": "cn", "q": ""})
    assert response["X-Export-Row-Limit"] == "3"
    *data, note = rows(response)
    newest = list(Article.objects.published().newest_first())
    assert [int(r["id"]) for r in data] == [a.pk for a in newest[:3]]
    assert note["id"].startswith("# Export stopped at 3 rows. Continue with the API: http://testserver/api/v1/articles/?")
    following = client.get(note["id"].split("API: ")[1]).json()
    assert [item["id"] for item in following["results"]] == [a.pk for a in newest[3:]]


def test_the_cap_at_a_batch_boundary_still_links_the_rest(client, ties, settings):
    settings.EXPORT_ANONYMOUS_ROWS = 4
    settings.NEWSARCHIVE_EXPORT_BATCH_SIZE = 2
    *data, note = rows(client.get(EXPORT, {"sort": "oldest"}))
    oldest = list(Article.objects.published().order_by("published_at", "id"))
    assert [int(r["id"]) for r in data] == [a.pk for a in oldest[:4]]
    following = client.get(note["id"].split("API: ")[1]).json()
    assert [item["id"] for item in following["results"]] == [a.pk for a in oldest[4:]]


def test_an_export_within_the_cap_has_no_note(client, ties, settings):
    settings.EXPORT_ANONYMOUS_ROWS = 7
    assert len(rows(client.get(EXPORT))) == 7


def test_editors_export_every_row_and_are_not_throttled(admin_client, ties, settings):
    settings.EXPORT_ANONYMOUS_ROWS, settings.EXPORT_RATE_PER_MINUTE = 3, 1
    for _ in range(3):
        response = admin_client.get(EXPORT)
        assert "X-Export-Row-Limit" not in response
        assert len(rows(response)) == 7


def test_anonymous_exports_are_throttled_per_client_with_a_429(client, world, settings):
    settings.EXPORT_RATE_PER_MINUTE = 2
    assert client.get(EXPORT).status_code == 200
    assert client.get(EXPORT, {"country": "cn"}).status_code == 200
    refused = client.get(EXPORT)
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert "at most 2 a minute" in refused.content.decode()
    assert client.get(EXPORT, REMOTE_ADDR="203.0.113.9").status_code == 200  # another client has its own budget
    assert client.get("/articles/").status_code == 200  # pages are not counted


def test_behind_a_proxy_the_client_is_the_header_it_sets(client, world, settings):
    settings.EXPORT_RATE_PER_MINUTE, settings.CLIENT_IP_HEADER = 1, "HTTP_X_REAL_IP"
    assert client.get(EXPORT, HTTP_X_REAL_IP="198.51.100.1").status_code == 200
    assert client.get(EXPORT, HTTP_X_REAL_IP="198.51.100.2").status_code == 200
    assert client.get(EXPORT, HTTP_X_REAL_IP="198.51.100.1").status_code == 429
