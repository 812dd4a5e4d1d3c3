"""HTTP caching of public pages and the fragment cache: fast, and never stale after a write."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import timezone

from articles import caching
from articles.caching import PublicCacheMiddleware, cached_fragment, content_version
from articles.factories import ArticleFactory, AuthorFactory, CountryFactory, EntityFactory
from articles.models import Article

pytestmark = pytest.mark.django_db(transaction=True)  # invalidation happens on commit


@pytest.fixture
def article():
    return ArticleFactory(headline="Harbour talks resume", entities=[CountryFactory(name="Norway", iso_code="NO")])


def test_anonymous_public_page_is_cacheable_with_validators(client, article):
    response = client.get("/")
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=60"
    assert response["ETag"].startswith('"')
    assert "Last-Modified" in response
    assert "Cookie" in response["Vary"]


def test_conditional_get_with_current_etag_is_answered_without_queries(client, article, django_assert_num_queries):
    etag = client.get("/")["ETag"]
    with django_assert_num_queries(0):
        response = client.get("/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert response["ETag"] == etag
    assert client.get("/?page=1", HTTP_IF_NONE_MATCH=etag).status_code != 304  # each URL its own tag


@pytest.mark.parametrize("url", ["/", "/articles/", "/countries/no/", "/feeds/rss/?country=no", "/feeds/atom/"])
def test_publishing_makes_the_page_fresh_at_once(client, article, url):
    norway = article.entities.get()
    draft = ArticleFactory(headline="Ferry strike ends", status=Article.Status.DRAFT, entities=[norway])
    first = client.get(url)
    assert first.status_code == 200
    assert "Ferry strike ends" not in first.content.decode()

    draft.status = Article.Status.PUBLISHED
    draft.save()

    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200
    assert "Ferry strike ends" in again.content.decode()
    assert again["ETag"] != first["ETag"]


@pytest.mark.parametrize(
    "change",
    [
        lambda a: a.delete(),
        lambda a: a.tags.first().delete(),
        lambda a: EntityFactory(name="New Person"),
        lambda a: AuthorFactory(name="New Author"),
        lambda a: a.entities.add(CountryFactory(name="Chile", iso_code="CL")),
    ],
    ids=["article deleted", "tag removed", "entity created", "author created", "tag added through m2m"],
)
def test_every_kind_of_archive_write_starts_a_new_version(article, change):
    before = content_version()["token"]
    change(article)
    assert content_version()["token"] != before


def test_a_scheduled_article_going_live_starts_a_new_version(monkeypatch):
    soon = timezone.now() + datetime.timedelta(minutes=5)
    ArticleFactory(headline="Embargoed", published_at=soon)  # its save looks the schedule up
    before = content_version()
    assert before["next_publication"] == pytest.approx(soon.timestamp())
    monkeypatch.setattr(caching.time, "time", lambda: soon.timestamp() + 1)
    assert content_version()["token"] != before["token"]


def cache_directives(response):
    return {d.strip() for d in response["Cache-Control"].split(",")}


def test_a_cold_cache_costs_a_page_no_query_and_looks_the_schedule_up_within_a_minute(monkeypatch, django_assert_num_queries):
    with django_assert_num_queries(0):
        cold = content_version()
    monkeypatch.setattr(caching.time, "time", lambda: cold["changed_at"] + caching.PUBLIC_MAX_AGE)
    with django_assert_num_queries(1):
        looked_up = content_version()
    assert looked_up["token"] != cold["token"]
    assert looked_up["next_publication"] is None  # nothing scheduled: valid until the next write


def test_logged_in_users_and_the_admin_are_never_cached(client, article):
    assert {"no-store", "private"} <= cache_directives(client.get("/admin/login/"))
    user = get_user_model().objects.create_user("ed", password="x", is_staff=True)
    client.force_login(user)
    response = client.get("/")
    assert cache_directives(response) == {"no-store", "private"}
    assert "ETag" not in response


def test_responses_that_set_a_cookie_or_fail_are_not_marked_public(db):
    def sets_cookie(request):
        response = HttpResponse("hello")
        response.set_cookie("csrftoken", "x")
        return response

    request = RequestFactory().get("/somewhere/")
    request.user = type("Anonymous", (), {"is_authenticated": False})()
    assert "ETag" not in PublicCacheMiddleware(sets_cookie)(request)
    missing = PublicCacheMiddleware(lambda r: HttpResponse(status=404))(request)
    assert "ETag" not in missing and "Cache-Control" not in missing
    post = RequestFactory().post("/somewhere/")
    post.user = request.user
    assert "ETag" not in PublicCacheMiddleware(lambda r: HttpResponse("ok"))(post)


def test_cached_fragment_computes_once_per_version_and_after_each_write(article):
    calls = []

    def facets():
        calls.append(1)
        return {"NO": len(calls)}

    assert cached_fragment("facets", {"country": ["NO"]}, facets) == {"NO": 1}
    assert cached_fragment("facets", {"country": ["NO"]}, facets) == {"NO": 1}
    assert cached_fragment("facets", {"country": ["SE"]}, facets) == {"NO": 2}  # other parameters, other entry
    ArticleFactory(headline="Another story")
    assert cached_fragment("facets", {"country": ["NO"]}, facets) == {"NO": 3}
    assert len(calls) == 3


def test_cached_fragment_caches_none_too():
    calls = []
    assert cached_fragment("nothing", {}, lambda: calls.append(1)) is None
    assert cached_fragment("nothing", {}, lambda: calls.append(1)) is None
    assert len(calls) == 1


def test_a_transaction_that_saves_many_rows_bumps_the_version_once(monkeypatch):
    from django.db import transaction

    bumps = []
    monkeypatch.setattr(caching, "bump_content_version", lambda **kwargs: bumps.append(1))
    with transaction.atomic():
        article = ArticleFactory(entities=[EntityFactory(), EntityFactory()], authors=[AuthorFactory()])
        article.save()
    assert bumps == [1]
    with caching.content_changes_batched():
        ArticleFactory()
        ArticleFactory()
        assert bumps == [1]  # deferred to the end of the batch
    assert bumps == [1, 1]


def fragment_numbers(client, article):
    """What each cached fragment says about Norway's articles, page by page."""
    listing = client.get("/countries/no/").context
    norway_facet = next(f for f in listing["facets"] if f.title == "Countries").values
    day = timezone.localtime(article.published_at)
    return {
        "count": listing["page"].count,
        "facet": [(v.label, v.count) for v in norway_facet],
        "chart": listing["chart"].total,
        "home": [(row["entity__name"], row["n"]) for row in client.get("/").context["top_countries"]],
        "index": {c.name: c.article_count for c in client.get("/countries/").context["countries"]},
        "related": [a.headline for a in client.get(article.get_absolute_url()).context["related"]],
        "year": client.get(f"/archive/{day.year}/").context["year_total"],
        "month": client.get(f"/archive/{day.year}/{day.month:02d}/").context["paginator"].count,
    }


def test_cached_fragments_change_when_an_article_is_published(client, article):
    norway = article.entities.get()
    draft = ArticleFactory(
        headline="Ferry strike ends", status=Article.Status.DRAFT, entities=[norway],
        published_at=article.published_at - datetime.timedelta(minutes=1),
    )
    before = fragment_numbers(client, article)
    assert before == fragment_numbers(client, article)  # served from the cache the second time
    assert (before["count"], before["facet"], before["chart"]) == (1, [("Norway", 1)], 1)
    assert (before["home"], before["index"]["Norway"], before["related"]) == ([("Norway", 1)], 1, [])

    draft.status = Article.Status.PUBLISHED
    draft.save()

    after = fragment_numbers(client, article)
    assert (after["count"], after["facet"], after["chart"]) == (2, [("Norway", 2)], 2)
    assert (after["home"], after["index"]["Norway"], after["related"]) == ([("Norway", 2)], 2, ["Ferry strike ends"])
    assert (after["year"], after["month"]) == (before["year"] + 1, before["month"] + 1)


def test_cached_fragments_count_a_scheduled_article_once_its_time_comes(client, article, monkeypatch):
    norway = article.entities.get()
    soon = timezone.now() + datetime.timedelta(minutes=5)
    ArticleFactory(headline="Embargoed", published_at=soon, entities=[norway])
    before = fragment_numbers(client, article)
    assert (before["count"], before["index"]["Norway"], before["related"]) == (1, 1, [])

    later = soon + datetime.timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    monkeypatch.setattr(caching.time, "time", lambda: later.timestamp())

    after = fragment_numbers(client, article)
    assert (after["count"], after["facet"], after["chart"]) == (2, [("Norway", 2)], 2)
    assert (after["index"]["Norway"], after["related"]) == (2, ["Embargoed"])


def test_archive_links_to_a_newly_published_period(client, article):
    day = timezone.localtime(article.published_at)
    month_page = f"/archive/{day.year}/{day.month:02d}/"
    earlier = ArticleFactory(
        headline="Old news", status=Article.Status.DRAFT, published_at=article.published_at - datetime.timedelta(days=70)
    )
    assert client.get(month_page).context["previous_month"] is None
    assert client.get(month_page).context["previous_month"] is None  # cached

    earlier.status = Article.Status.PUBLISHED
    earlier.save()

    shown = client.get(month_page).context["previous_month"]
    assert (shown.year, shown.month) == (timezone.localtime(earlier.published_at).year, timezone.localtime(earlier.published_at).month)
