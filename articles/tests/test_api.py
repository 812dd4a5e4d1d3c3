"""The read-only JSON API at /api/v1/: the listing's filters, keyset cursors, capped counts, fixed queries."""

import datetime
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.utils import timezone
from rest_framework.authtoken.models import Token

from articles import search
from articles.api.pagination import CURSOR_DAMAGED
from articles.core.conf import caps
from articles.core.pagination import Cursor
from articles.models import Article
from articles.tests.factories import ArticleFactory, AuthorFactory, CountryFactory, EntityAliasFactory, EntityFactory
from articles.tests.public_world import at, world  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db

LIST = "/api/v1/articles/"


def headlines(response):
    return [item["headline"] for item in response.json()["results"]]


def walk(client, url, params=None):
    """Every item of a search, following ``next`` to the end; also the number of pages."""
    items, pages = [], 0
    response = client.get(url, params or {})
    while True:
        assert response.status_code == 200, response.content
        pages += 1
        items += response.json()["results"]
        following = response.json()["next"]
        if following is None:
            return items, pages
        assert following.startswith("http://testserver/api/v1/articles/?")
        response = client.get(following)


# Filters ----------------------------------------------------------------------


def test_lists_public_articles_newest_first_and_never_drafts_or_future(client, world):
    response = client.get(LIST)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert headlines(response) == [a.headline for a in world.public]
    assert data["count"] == {"value": 4, "relation": "eq"}
    assert data["next"] is None and data["sort"] == "newest"
    assert "Secret draft" not in response.content.decode() and "Scheduled story" not in response.content.decode()


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"country": "cn"}, ["trade", "pact"]),
        ({"country": ["CN", "in"]}, ["trade", "pact", "summit"]),
        ({"entity": "xi-jinping"}, ["trade", "pact"]),
        ({"entity": ["xi-jinping", "vladimir-putin"]}, ["pact"]),
        ({"author": "ann-able"}, ["winter", "pact"]),
        ({"date_from": "2022-12-05", "date_to": "2022-12-20"}, ["trade", "pact"]),
        ({"sort": "oldest"}, ["summit", "pact", "trade", "winter"]),
        ({"q": "cooperation", "sort": "newest"}, ["pact", "summit"]),
        ({"q": "cooperation", "country": "cn", "date_from": "2022-12-01", "date_to": "2022-12-31"}, ["pact"]),
        ({"q": "cooperation", "country": "in", "date_from": "2022-12-01"}, []),
        ({"country": "ru", "author": "ann-able", "sort": "oldest"}, ["pact", "winter"]),
    ],
)
def test_each_filter_and_combinations_match_the_listing(client, world, params, expected):
    response = client.get(LIST, params)
    assert headlines(response) == [getattr(world, name).headline for name in expected]
    listing = client.get("/articles/", params)
    assert headlines(response) == [a.headline for a in listing.context["articles"]]


def test_text_search_ranks_by_default_and_says_how_far_ranking_reaches(client, world):
    data = client.get(LIST, {"q": "cooperation"}).json()
    assert data["sort"] == "relevance"
    assert data["ranked_among_newest"] == caps.RANK_WINDOW
    assert {item["headline"] for item in data["results"]} == {world.pact.headline, world.summit.headline}
    snippets = {item["headline"]: item["snippet"] for item in data["results"]}
    assert "<mark>cooperation</mark>" in snippets[world.pact.headline]


def test_snippets_are_escaped_html_with_only_mark_tags(client, world):
    ArticleFactory(headline="Markup test", body_html="<p>Fish &amp; chips &lt;b&gt;near&lt;/b&gt; the zeppelins.</p>")
    item = client.get(LIST, {"q": "zeppelins"}).json()["results"][0]
    assert item["snippet"] == "Fish &amp; chips &lt;b&gt;near&lt;/b&gt; the <mark>zeppelins</mark>."


def test_items_carry_every_documented_field(client, world):
    item = client.get(LIST, {"country": "ru", "sort": "oldest"}).json()["results"][0]
    pact = world.pact
    assert item["id"] == pact.pk
    assert item["url"] == f"http://testserver{pact.get_absolute_url()}"
    assert item["headline"] == "China and Russia sign a pact"
    assert item["standfirst"] == "Leaders meet in Moscow."
    assert item["published"] == "2022-12-05T23:30:00+00:00"
    assert item["published_source"] == "given"
    assert item["byline"] == "By Ann Able"
    assert item["authors"] == [{"name": "Ann Able", "slug": "ann-able", "url": "http://testserver/authors/ann-able/"}]
    assert item["image"] == {"caption": "Leaders shake hands.", "credit": "Anton Veselov/Shutterstock.com", "url": None}
    assert [e["name"] for e in item["entities"]] == ["China", "Russia", "Xi Jinping", "Vladimir Putin"]
    assert item["entities"][0] == {
        "name": "China", "slug": "china", "kind": "country", "iso_code": "CN",
        "url": "http://testserver/countries/cn/", "mentions": 1,
    }
    assert item["entities"][2]["iso_code"] is None
    assert item["entities"][2]["url"] == f"http://testserver/entities/{world.xi.slug}/"
    assert "snippet" not in item and "body_html" not in item


# Errors -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "query, field, message",
    [
        ("date_from=2022-99-01", "date_from", "Enter a date as YYYY-MM-DD."),
        ("sort=random", "sort", "Sort by newest, oldest or relevance."),
        ("country=xx", "country", "There is no country with the code XX in the archive."),
        ("country=c1", "country", "“c1” is not a country code: use two letters, such as CN or RU."),
        ("entity=nobody", "entity", "Nothing called “nobody” is in the archive."),
        ("author=nobody", "author", "There is no author with that name in the archive."),
        ("date_from=2023-01-02&date_to=2023-01-01", "__all__", "The “from” date is after the “to” date."),
        ("q=the", "q", "These words are too common to search for; add a more specific word."),
        ("page_size=0", "page_size", "Ensure this value is greater than or equal to 1."),
        ("page_size=101", "page_size", "Ensure this value is less than or equal to 100."),
        ("page_size=ten", "page_size", "Enter a whole number of articles per page, from 1 to 100."),
        ("cursor=garbage", "cursor", "This cursor is damaged or belongs to another sort order: start again without it."),
        ("cursor=" + "A" * 600, "cursor", "This cursor is damaged or belongs to another sort order: start again without it."),
    ],
)
def test_invalid_parameters_are_a_400_with_the_forms_message(client, world, query, field, message):
    response = client.get(f"{LIST}?{query}")
    assert response.status_code == 400
    assert response.json() == {"errors": {field: [message]}}


def test_several_bad_parameters_are_reported_together(client, world):
    errors = client.get(LIST, {"sort": "random", "page_size": "0"}).json()["errors"]
    assert set(errors) == {"sort", "page_size"}


@pytest.mark.parametrize(
    "cursor, params",
    [
        ("2022-12-05T23:30:00,3", {}),  # no time zone
        ("yesterday,3", {}),
        ("2022-12-05T23:30:00+00:00,x", {}),
        ("2022-12-05T23:30:00+00:00,0", {}),
        ("2022-12-05T23:30:00+00:00,99999999999999999999", {}),
        ("9999-12-31T23:00:00-05:00,3", {}),  # past the last representable instant in UTC
        ("3", {}),  # an offset, under a date order
        (str(caps.RANK_WINDOW), {"q": "cooperation"}),
        ("-1", {"q": "cooperation"}),
        ("2022-12-05T23:30:00+00:00,3", {"q": "cooperation"}),  # a date cursor, under relevance
    ],
)
def test_forged_cursors_are_a_400(client, world, cursor, params):
    response = client.get(LIST, {"cursor": cursor, **params})
    assert response.status_code == 400
    assert response.json() == {"errors": {"cursor": [CURSOR_DAMAGED]}}


def test_a_cursor_with_any_valid_offset_reads_the_same_instant(client, ties):
    """PostgreSQL takes offsets up to ±15:59 only: a cursor's time is read in UTC first."""
    first = client.get(LIST, {"page_size": 2}).json()
    moved = ties[1].published_at.astimezone(datetime.timezone(datetime.timedelta(hours=16)))
    again = client.get(LIST, {"page_size": 2, "cursor": f"{moved.isoformat()},{ties[1].pk}"}).json()
    assert again["results"] == client.get(first["next"]).json()["results"]


def cursor_of(url):
    return parse_qs(urlsplit(url).query)["cursor"][0]


def test_the_cursor_is_the_pages_after_value(client, ties):
    following = client.get(LIST, {"page_size": 2}).json()["next"]
    assert cursor_of(following) == str(Cursor(ties[1].published_at, ties[1].pk))
    listing = client.get("/articles/", {"after": cursor_of(following)})
    assert [item["id"] for item in client.get(following).json()["results"]] == [a.pk for a in listing.context["articles"]][:2]


def test_a_date_cursor_continues_from_its_article_in_either_date_order(client, ties):
    cursor = cursor_of(client.get(LIST, {"page_size": 2}).json()["next"])  # after ties[1]
    older = client.get(LIST, {"cursor": cursor}).json()["results"]
    newer = client.get(LIST, {"cursor": cursor, "sort": "oldest"}).json()["results"]
    assert [item["id"] for item in older] == [a.pk for a in ties[2:]]
    assert [item["id"] for item in newer] == [ties[0].pk]


def test_a_cursor_from_relevance_does_not_fit_date_order_nor_the_reverse(client, world):
    relevance = cursor_of(client.get(LIST, {"q": "cooperation", "page_size": 1}).json()["next"])
    dated = cursor_of(client.get(LIST, {"page_size": 1}).json()["next"])
    for params in ({"cursor": relevance}, {"cursor": dated, "q": "cooperation"}):
        response = client.get(LIST, params)
        assert response.status_code == 400
        assert response.json() == {"errors": {"cursor": [CURSOR_DAMAGED]}}


def test_only_get_is_allowed(client, world):
    for method in (client.post, client.put, client.patch, client.delete):
        response = method(LIST)
        assert response.status_code == 405
        assert response.json() == {"errors": {"__all__": [f'Method "{method.__name__.upper()}" not allowed.']}}


# Cursor pagination --------------------------------------------------------------


@pytest.fixture
def ties(db):
    """Seven public articles, five of them published at the very same instant, and a draft among them."""
    china = CountryFactory(name="China", iso_code="CN")
    same = at(2022, 12, 1, 9)
    tied = [ArticleFactory(headline=f"Tied {n}", published_at=same, entities=[china]) for n in range(5)]
    earlier = ArticleFactory(headline="Earlier", published_at=same - datetime.timedelta(hours=1), entities=[china])
    later = ArticleFactory(headline="Later", published_at=same + datetime.timedelta(hours=1))
    ArticleFactory(headline="Draft", published_at=same, status=Article.Status.DRAFT, entities=[china])
    return [later, *sorted(tied, key=lambda a: -a.pk), earlier]


@pytest.mark.parametrize("page_size", [1, 2, 3, 7, 100])
@pytest.mark.parametrize("params", [{}, {"sort": "oldest"}, {"country": "cn"}, {"country": "cn", "sort": "oldest"}])
def test_a_cursor_walk_meets_every_article_exactly_once_through_ties(client, ties, page_size, params):
    items, pages = walk(client, LIST, {**params, "page_size": page_size})
    expected = [a.pk for a in ties if params.get("country") != "cn" or a.headline != "Later"]
    if params.get("sort") == "oldest":
        expected.reverse()
    assert [item["id"] for item in items] == expected
    assert pages == max(1, -(-len(expected) // page_size))


def test_relevance_pages_are_offsets_inside_the_ranked_window(client, world):
    everything = client.get(LIST, {"q": "cooperation", "page_size": 100}).json()["results"]
    items, pages = walk(client, LIST, {"q": "cooperation", "page_size": 1})
    assert [i["id"] for i in items] == [i["id"] for i in everything]
    assert pages == 2


def test_relevance_stops_at_the_rank_window_and_date_order_reaches_everything(client, world, settings):
    settings.NEWSARCHIVE_RANK_WINDOW = 3
    for n in range(3):
        ArticleFactory(headline=f"More cooperation {n}", published_at=at(2020, 1, 1 + n))
    ranked, _ = walk(client, LIST, {"q": "cooperation", "page_size": 2})
    assert len(ranked) == 3
    first = client.get(LIST, {"q": "cooperation", "page_size": 2}).json()
    assert first["count"] == {"value": 5, "relation": "eq"}  # every match counts, ranked or not
    assert first["ranked_among_newest"] == 3
    dated, _ = walk(client, LIST, {"q": "cooperation", "page_size": 2, "sort": "newest"})
    assert len(dated) == 5


def test_default_page_size_is_20(client, db):
    ArticleFactory.create_batch(21)
    data = client.get(LIST).json()
    assert len(data["results"]) == 20 and data["next"]
    assert len(client.get(data["next"]).json()["results"]) == 1


def test_next_keeps_the_filters_and_page_size(client, ties):
    following = client.get(LIST, {"country": "cn", "page_size": 2, "sort": "oldest"}).json()["next"]
    assert "country=cn" in following and "page_size=2" in following and "sort=oldest" in following


def test_count_is_capped_beyond_the_cap(client, db, no_page_cache, settings):
    settings.NEWSARCHIVE_COUNT_CAP = 3
    china = CountryFactory(name="China", iso_code="CN")
    ArticleFactory.create_batch(4, entities=[china])
    assert client.get(LIST).json()["count"] == {"value": 3, "relation": "gte"}
    assert client.get(LIST, {"country": "cn"}).json()["count"] == {"value": 3, "relation": "gte"}
    ArticleFactory.create_batch(2, status=Article.Status.DRAFT)
    Article.objects.filter(pk=Article.objects.published().first().pk).update(status=Article.Status.DRAFT)
    assert client.get(LIST).json()["count"] == {"value": 3, "relation": "eq"}


# Query counts -------------------------------------------------------------------


def tagged_articles(n):
    china, russia = CountryFactory(name="China", iso_code="CN"), CountryFactory(name="Russia", iso_code="RU")
    people = EntityFactory.create_batch(3)
    authors = AuthorFactory.create_batch(3)
    for i in range(n):
        ArticleFactory(
            headline=f"Story {i} about cooperation",
            published_at=timezone.now() - datetime.timedelta(hours=i + 1),
            entities=[china, russia, *people],
            authors=authors,
        )


@pytest.mark.parametrize("size", [3, 25])
@pytest.mark.parametrize(
    "query, expected",
    [
        # count, ids, articles, authors, tags
        ("page_size=100", 5),
        # + country codes validated
        ("country=cn&page_size=100", 6),
        # + snippets
        ("q=cooperation&country=cn&page_size=100", 7),
        ("q=cooperation&sort=relevance&page_size=100", 6),
    ],
)
def test_listing_makes_a_fixed_number_of_queries_whatever_the_page_size(client, django_assert_num_queries, size, query, expected):
    tagged_articles(size)
    client.get(LIST)  # the content version is looked up once, then cached
    with django_assert_num_queries(expected):
        response = client.get(f"{LIST}?{query}")
    assert len(response.json()["results"]) == size


def test_a_deep_cursor_costs_the_same_queries_as_the_first_page(client, django_assert_num_queries):
    tagged_articles(25)
    client.get(LIST)
    following = client.get(LIST, {"page_size": 5}).json()["next"]
    following = client.get(following).json()["next"]
    with django_assert_num_queries(5):
        assert len(client.get(following).json()["results"]) == 5


# One article --------------------------------------------------------------------


def test_article_detail_has_the_sanitised_body(client, world):
    dirty = ArticleFactory(headline="Dirty", body_html='<p onclick="x()">Hello <script>alert(1)</script>world</p>')
    data = client.get(f"/api/v1/articles/{dirty.pk}/").json()
    assert data["id"] == dirty.pk and data["headline"] == "Dirty"
    assert "script" not in data["body_html"] and "onclick" not in data["body_html"]
    assert data["body_html"] == Article.objects.get(pk=dirty.pk).body_html
    assert "Hello" in data["body_text"] and "<" not in data["body_text"]


def test_article_detail_makes_four_queries(client, world, django_assert_num_queries):
    client.get(LIST)
    with django_assert_num_queries(4):  # article, credits, tags, corrections
        assert client.get(f"/api/v1/articles/{world.pact.pk}/").status_code == 200


def test_drafts_future_and_unknown_articles_are_json_404s(client, world):
    for pk in (world.draft.pk, world.future.pk, 999_999):
        response = client.get(f"/api/v1/articles/{pk}/")
        assert response.status_code == 404
        assert response.json() == {"errors": {"__all__": ["No published article has this id."]}}


# Countries and entities -----------------------------------------------------------


def test_countries_list_every_country_with_its_public_article_count(client, world):
    data = client.get("/api/v1/countries/").json()["results"]
    counts = {c["iso_code"]: c["article_count"] for c in data}
    assert counts == {"TD": 0, "CN": 2, "IN": 1, "RU": 2}  # the draft and the future China stories do not count
    assert [c["name"] for c in data] == ["Chad", "China", "India", "Russia"]
    china = data[1]
    assert china["url"] == "http://testserver/countries/cn/"
    assert china["articles"] == "http://testserver/api/v1/articles/?country=cn"


def test_country_counts_are_computed_once_per_content_version(client, world, django_assert_num_queries):
    first = client.get("/api/v1/countries/").json()
    with django_assert_num_queries(0):
        assert client.get("/api/v1/countries/?again=1").json() == first


def test_entity_detail_with_aliases_country_and_capped_count(client, world, no_page_cache, settings):
    world.xi.country = world.china
    world.xi.wikidata_id = "Q15031"
    world.xi.save()
    EntityAliasFactory(entity=world.xi, name="Xi")
    data = client.get(f"/api/v1/entities/{world.xi.slug}/").json()
    assert data["name"] == "Xi Jinping" and data["kind"] == "person" and data["iso_code"] is None
    assert data["country"] == {"name": "China", "slug": "china", "iso_code": "CN", "url": "http://testserver/countries/cn/"}
    assert data["wikidata_id"] == "Q15031"
    assert data["aliases"] == ["Xi"]
    assert data["article_count"] == {"value": 2, "relation": "eq"}  # not the draft, not the future one
    assert data["articles"] == f"http://testserver/api/v1/articles/?entity={world.xi.slug}"
    assert [i["headline"] for i in client.get(data["articles"]).json()["results"]] == [world.trade.headline, world.pact.headline]
    settings.NEWSARCHIVE_COUNT_CAP = 1
    assert client.get(f"/api/v1/entities/{world.xi.slug}/").json()["article_count"] == {"value": 1, "relation": "gte"}


def test_country_entity_links_to_a_country_query(client, world):
    data = client.get("/api/v1/entities/russia/").json()
    assert data["kind"] == "country" and data["iso_code"] == "RU" and data["country"] is None
    assert data["articles"] == "http://testserver/api/v1/articles/?country=ru"


def test_unknown_entity_is_a_json_404(client, world):
    response = client.get("/api/v1/entities/nobody/")
    assert response.status_code == 404 and "errors" in response.json()


# Caching ----------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)  # the content version moves on commit
def test_api_answers_carry_etags_and_a_matching_conditional_get_is_a_304(client, world):
    first = client.get(LIST, {"country": "cn"})
    assert first["ETag"] and "public" in first["Cache-Control"] and "max-age=60" in first["Cache-Control"]
    again = client.get(LIST, {"country": "cn"}, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    ArticleFactory(headline="New", entities=[world.china])
    assert client.get(LIST, {"country": "cn"}, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200


def test_an_error_answer_is_not_marked_public(client, world):
    response = client.get(LIST, {"sort": "random"})
    assert "ETag" not in response and "public" not in response.get("Cache-Control", "")


def test_a_count_too_slow_to_take_is_the_databases_estimate(client, world, monkeypatch):
    # Patched: the database running out of time and its statistics are outside the product (both run for real
    # in test_search on PostgreSQL); this checks what the API makes of them, on either database.
    monkeypatch.setattr(search, "capped_count_within", lambda queryset, cap, milliseconds: None)
    monkeypatch.setattr(search, "planner_estimate", lambda queryset: 12_345)
    assert client.get(LIST, {"q": "cooperation"}).json()["count"] == {"value": 12_000, "relation": "estimate"}



# The root, the schema and the documentation ------------------------------------------


def test_the_root_lists_the_endpoints(client, world):
    data = client.get("/api/v1/").json()
    assert data == {
        "articles": "http://testserver/api/v1/articles/",
        "article": "http://testserver/api/v1/articles/{id}/",
        "countries": "http://testserver/api/v1/countries/",
        "entity": "http://testserver/api/v1/entities/{slug}/",
        "schema": "http://testserver/api/v1/schema/",
        "docs": "http://testserver/api/v1/docs/",
    }
    for name in ("articles", "countries", "schema", "docs"):
        assert client.get(data[name]).status_code == 200, name


def test_the_schema_is_openapi_3_with_every_endpoint_and_the_listings_parameters(client, db):
    schema = client.get("/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    assert schema["openapi"].startswith("3.")
    assert set(schema["paths"]) == {
        "/api/v1/", "/api/v1/articles/", "/api/v1/articles/{id}/", "/api/v1/countries/", "/api/v1/entities/{slug}/",
    }
    assert all(set(operations) == {"get"} for operations in schema["paths"].values())
    listing = schema["paths"]["/api/v1/articles/"]["get"]
    assert {p["name"] for p in listing["parameters"]} == {
        "q", "country", "entity", "author", "date_from", "date_to", "sort", "page_size", "cursor",
    }
    assert set(listing["responses"]) == {"200", "400", "429"}


def test_the_docs_work_offline_from_the_sidecars_static_files(client, db):
    from django.contrib.staticfiles import finders

    html = client.get("/api/v1/docs/").content.decode()
    assets = [src for src in re.findall(r'(?:src|href)="([^"]+)"', html) if "swagger-ui" in src]
    assert assets and all(src.startswith("/static/drf_spectacular_sidecar/") for src in assets), assets
    assert "//cdn" not in html and "https://" not in html
    for src in assets:
        assert finders.find(src.removeprefix("/static/")), src


# Error answers ---------------------------------------------------------------------------


def test_an_unknown_address_under_the_api_is_a_json_404(client, db):
    for url in ("/api/v1/nothing/", "/api/v1/articles/abc/", "/api/v1/entities/no%0Aslug/"):
        response = client.get(url)
        assert response.status_code == 404 and response["Content-Type"] == "application/json", url
        assert list(response.json()["errors"]) == ["__all__"]


def test_anonymous_clients_are_throttled_with_a_json_429_that_is_not_cached(client, world, settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": "2/minute"}}
    assert client.get(LIST, {"country": "cn"})["X-Page-Cache"] == "miss"
    assert client.get(LIST, {"country": "ru"}).status_code == 200
    throttled = client.get(LIST, {"country": "in"})
    assert throttled.status_code == 429
    assert 0 < int(throttled["Retry-After"]) <= 60
    assert list(throttled.json()["errors"]) == ["__all__"]
    assert "ETag" not in throttled and "X-Page-Cache" not in throttled and "public" not in throttled.get("Cache-Control", "")
    assert client.get(LIST, {"country": "in"}).status_code == 429  # the refusal was not stored as the page
    # A page already in the page cache is answered before the view, and so before the throttle: it costs nothing.
    assert client.get(LIST, {"country": "cn"})["X-Page-Cache"] == "hit"


def test_an_unexpected_error_is_a_json_500(world):
    def broken(execute, sql, params, many, context):
        raise RuntimeError("boom")  # a bug, not the database (whose errors are a 503)

    with connection.execute_wrapper(broken):
        response = Client(raise_request_exception=False).get(LIST)
    assert response.status_code == 500
    assert response.json() == {"errors": {"__all__": ["The server failed to answer this request."]}}
    assert "ETag" not in response


def test_a_token_authenticates_and_a_bad_one_is_a_json_401(client, world, no_page_cache):
    user = get_user_model().objects.create_user("reader")
    token = Token.objects.create(user=user)
    assert client.get(LIST, HTTP_AUTHORIZATION=f"Token {token.key}").status_code == 200
    refused = client.get(LIST, HTTP_AUTHORIZATION="Token not-a-token")
    assert refused.status_code == 401 and list(refused.json()["errors"]) == ["__all__"]


def test_a_percent_sign_in_a_bad_value_is_quoted_in_the_400(client, world):
    response = client.get(LIST, {"country": "%L"})
    assert response.json() == {"errors": {"country": ["“%L” is not a country code: use two letters, such as CN or RU."]}}


def test_the_schema_is_generated_without_warnings_so_the_deploy_check_stays_clean():
    from drf_spectacular.drainage import GENERATOR_STATS
    from drf_spectacular.generators import SchemaGenerator

    GENERATOR_STATS.reset()
    SchemaGenerator().get_schema(request=None, public=True)
    assert not GENERATOR_STATS  # true while it holds a warning or an error


def test_the_documentation_pages_declare_their_language(client, db):
    for url in ("/api/v1/docs/", "/api/v1/docs/redoc/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.content.decode().count('<html lang="en">') == 1, url
