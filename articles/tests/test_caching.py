"""HTTP caching of public pages and the fragment cache: fast, and never stale after a write."""

import datetime
import sys

import pytest
from django.contrib.auth import get_user_model
from django.http import HttpResponse, StreamingHttpResponse
from django.test import Client, RequestFactory
from django.utils import timezone

from articles.admin.editors import ensure_editors_group
from articles.core import caching
from articles.core.caching import cached_fragment, content_version
from articles.models import Article, ArticleEntity
from articles.public.page_cache import PublicCacheMiddleware
from articles.tests.factories import ArticleFactory, AuthorFactory, CountryFactory, EntityFactory

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
    assert client.get("/articles/", HTTP_IF_NONE_MATCH=etag).status_code != 304  # each URL its own tag
    assert client.get("/?utm_source=x", HTTP_IF_NONE_MATCH=etag).status_code == 304  # the home page reads no parameter


@pytest.mark.parametrize("url", ["/", "/articles/", "/countries/no/", "/feeds/rss/?country=no", "/feeds/atom/"])
def test_publishing_makes_the_page_fresh_at_once(client, article, url):
    norway = article.entities.get()
    draft = ArticleFactory(headline="Ferry strike ends", status=Article.Status.DRAFT, entities=[norway])
    first = client.get(url)
    assert first.status_code == 200
    assert "Ferry strike ends" not in first.content.decode()
    assert client.get(url)["X-Page-Cache"] == "hit"

    draft.status = Article.Status.PUBLISHED
    draft.save()

    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200
    assert "Ferry strike ends" in again.content.decode()
    assert again["ETag"] != first["ETag"]
    assert again["X-Page-Cache"] == "miss"


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
    # Patched: the clock.
    monkeypatch.setattr(caching.time, "time", lambda: soon.timestamp() + 1)
    assert content_version()["token"] != before["token"]


def cache_directives(response):
    return {d.strip() for d in response["Cache-Control"].split(",")}


def test_a_cold_cache_costs_a_page_no_query_and_looks_the_schedule_up_within_a_minute(monkeypatch, django_assert_num_queries):
    with django_assert_num_queries(0):
        cold = content_version()
    # Patched: the clock.
    monkeypatch.setattr(caching.time, "time", lambda: cold["changed_at"] + caching.PUBLIC_MAX_AGE)
    with django_assert_num_queries(2):  # the next scheduled article, the next future-dated correction
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


class Relocated:
    """Stands for a class whose instances were cached before a deploy moved it."""


def test_a_fragment_whose_class_was_moved_since_is_computed_again(monkeypatch):
    cached_fragment("relocated", {}, Relocated)
    monkeypatch.delattr(sys.modules[__name__], "Relocated")  # what the cached copy names no longer exists
    assert cached_fragment("relocated", {}, lambda: "computed again") == "computed again"


def test_a_transaction_that_saves_many_rows_bumps_the_version_once(monkeypatch):
    from django.db import transaction

    bumps = []
    # Patched: a spy counting the bumps, which the tokens alone cannot show (two bumps look like one).
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


def test_a_bulk_writers_changes_start_a_new_version_at_most_once_in_their_window(monkeypatch):
    now = [1_000_000.0]
    # Patched: the clock.
    monkeypatch.setattr(caching.time, "time", lambda: now[0])
    first = caching.bump_content_version()
    now[0] += 1
    caching.bump_content_version_soon(5)  # the version is 1 s old: the change waits for it to be 5 s old
    assert content_version()["token"] == first["token"]
    now[0] += 2
    caching.bump_content_version_soon(5)  # a second change in the window: still the one wait
    assert content_version()["token"] == first["token"]
    now[0] += 2  # 5 s after the version started: the changes are due, whatever else happens
    second = content_version()
    assert second["token"] != first["token"]
    assert content_version()["token"] == second["token"]  # one new version, not one each request
    now[0] += 10
    caching.bump_content_version_soon(5)  # the version is older than the window: a new one at once
    assert content_version()["token"] not in (first["token"], second["token"])


def test_inside_a_coalesced_block_each_batch_of_writes_waits_for_the_window(monkeypatch):
    now = [1_000_000.0]
    # Patched: the clock.
    monkeypatch.setattr(caching.time, "time", lambda: now[0])
    before = caching.bump_content_version()["token"]
    now[0] += 10
    with caching.content_changes_coalesced(5):
        with caching.content_changes_batched():
            ArticleFactory()
        first = content_version()["token"]
        assert first != before  # the version was 10 s old: a new one at once
        now[0] += 1
        with caching.content_changes_batched():
            ArticleFactory()
        assert content_version()["token"] == first  # 1 s later: this batch waits
        now[0] += 4
        assert content_version()["token"] != first  # and is shown 5 s after the version started
        first = content_version()["token"]
    with caching.content_changes_batched():  # outside, a batch starts a new version when it ends, as before
        ArticleFactory()
    assert content_version()["token"] != first


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


def test_cached_fragments_change_when_an_article_is_published(client, article, no_page_cache):
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


def test_cached_fragments_count_a_scheduled_article_once_its_time_comes(client, article, monkeypatch, no_page_cache):
    norway = article.entities.get()
    soon = timezone.now() + datetime.timedelta(minutes=5)
    ArticleFactory(headline="Embargoed", published_at=soon, entities=[norway])
    before = fragment_numbers(client, article)
    assert (before["count"], before["index"]["Norway"], before["related"]) == (1, 1, [])

    later = soon + datetime.timedelta(seconds=1)
    # Patched: the clock (Django's and the content version's).
    monkeypatch.setattr(timezone, "now", lambda: later)
    monkeypatch.setattr(caching.time, "time", lambda: later.timestamp())

    after = fragment_numbers(client, article)
    assert (after["count"], after["facet"], after["chart"]) == (2, [("Norway", 2)], 2)
    assert (after["index"]["Norway"], after["related"]) == (2, ["Embargoed"])


def test_archive_links_to_a_newly_published_period(client, article, no_page_cache):
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


# The page cache ---------------------------------------------------------------


def day_of(article, depth):
    day = timezone.localtime(article.published_at)
    return "/archive/" + "/".join([f"{day.year}", f"{day.month:02d}", f"{day.day:02d}"][:depth]) + "/"


PUBLIC_PAGES = {
    "home": lambda a: "/",
    "latest": lambda a: "/articles/",
    "search": lambda a: "/articles/?q=harbour&sort=relevance",
    "country": lambda a: "/countries/no/",
    "countries": lambda a: "/countries/",
    "year": lambda a: day_of(a, 1),
    "month": lambda a: day_of(a, 2),
    "day": lambda a: day_of(a, 3),
    "article": lambda a: a.get_absolute_url(),
    "feed": lambda a: "/feeds/atom/?country=no",
    "api": lambda a: "/api/v1/articles/?country=no",
    "sitemap": lambda a: "/sitemap-articles.xml",
}


@pytest.mark.parametrize("page", PUBLIC_PAGES.values(), ids=PUBLIC_PAGES.keys())
def test_a_second_anonymous_get_is_the_same_page_from_the_cache_without_a_query(client, article, page, django_assert_num_queries):
    url = page(article)
    first = client.get(url)
    assert (first.status_code, first["X-Page-Cache"]) == (200, "miss")
    with django_assert_num_queries(0):
        again = client.get(url)
    assert (again.status_code, again["X-Page-Cache"]) == (200, "hit")
    assert again.content == first.content
    for header in ("Content-Type", "ETag", "Last-Modified", "Cache-Control"):
        assert again[header] == first[header], header


def test_an_editor_publishing_in_the_admin_is_seen_at_once_on_cached_pages(client, article):
    draft = ArticleFactory(headline="Ferry strike ends", status=Article.Status.DRAFT, published_at=article.published_at)
    pages = ["/articles/", "/", day_of(article, 3)]
    for url in pages:
        client.get(url)
        assert client.get(url)["X-Page-Cache"] == "hit"
        assert "Ferry strike ends" not in client.get(url).content.decode()

    editor = get_user_model().objects.create_user("ed", password="x", is_staff=True)
    editor.groups.add(ensure_editors_group())
    admin = Client()
    admin.force_login(editor)
    change = f"/admin/articles/article/{draft.pk}/change/"
    form = admin.get(change).context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None and name in form.fields}
    data.pop("image", None)
    data.update(
        status=Article.Status.PUBLISHED,
        published_at_0=timezone.localtime(draft.published_at).strftime("%Y-%m-%d"),
        published_at_1=timezone.localtime(draft.published_at).strftime("%H:%M:%S"),
    )
    for prefix in ("author_credits", "tags", "corrections"):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    assert admin.post(change, data).status_code == 302

    for url in pages:
        fresh = client.get(url)
        assert fresh["X-Page-Cache"] == "miss", url
        assert "Ferry strike ends" in fresh.content.decode(), url


def test_tagging_an_article_is_seen_at_once_on_the_cached_country_page(client, article):
    other = ArticleFactory(headline="Fjord bridge opens")
    client.get("/countries/no/")
    assert "Fjord bridge opens" not in client.get("/countries/no/").content.decode()
    ArticleEntity.objects.create(article=other, entity=article.entities.get(), origin=ArticleEntity.Origin.EDITOR)
    assert "Fjord bridge opens" in client.get("/countries/no/").content.decode()


def test_logged_in_users_are_never_served_from_nor_stored_in_the_page_cache(client, article):
    client.get("/articles/")
    assert client.get("/articles/")["X-Page-Cache"] == "hit"
    client.force_login(get_user_model().objects.create_user("reader", password="x"))
    for url in ("/articles/", "/articles/?page=1"):
        mine = client.get(url)
        assert mine.status_code == 200
        assert "X-Page-Cache" not in mine and mine.context is not None  # the view ran
    client.logout()
    assert client.get("/articles/?page=1")["X-Page-Cache"] == "miss"  # the logged-in page was not kept


@pytest.mark.parametrize(
    "url, status",
    [("/articles/?after=not-a-cursor", 400), ("/articles/?date_from=yesterday", 400), ("/feeds/rss/?country=c1", 400),
     ("/countries/zz/", 404), ("/NO-SUCH-PAGE/", 404), ("/countries/NO/", 301)],
)
def test_errors_and_redirects_are_never_cached(client, article, url, status):
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == status
        assert "X-Page-Cache" not in response  # neither stored ("miss") nor served ("hit")


def test_each_query_string_and_host_has_its_own_entry(client, article):
    ArticleFactory(headline="Ferry strike ends")
    harbour = client.get("/articles/?q=harbour")
    ferry = client.get("/articles/?q=ferry")
    assert ferry["X-Page-Cache"] == "miss"
    assert "/ferry-strike-ends/" in ferry.content.decode() and "/ferry-strike-ends/" not in harbour.content.decode()
    assert client.get("/articles/?q=harbour").content == harbour.content
    assert client.get("/articles/?q=harbour&page=1")["X-Page-Cache"] == "miss"

    here = client.get("/feeds/atom/")
    there = client.get("/feeds/atom/", HTTP_HOST="localhost")
    assert there["X-Page-Cache"] == "miss"
    assert "http://localhost/" in there.content.decode() and "http://localhost/" not in here.content.decode()


def test_the_csv_export_streams_every_time(client, article):
    for _ in range(2):
        response = client.get("/articles/export.csv")
        assert response.status_code == 200 and response.streaming
        assert "X-Page-Cache" not in response
        assert "Harbour talks resume" in b"".join(response.streaming_content).decode()


def test_pages_over_the_size_limit_are_not_kept(client, article, settings):
    size = len(client.get("/articles/?page=1").content)
    settings.NEWSARCHIVE_PAGE_CACHE_MAX_BYTES = size - 1
    for _ in range(2):
        response = client.get("/articles/")
        assert "X-Page-Cache" not in response and response.context is not None


def test_the_page_cache_can_be_turned_off(client, article, settings):
    settings.PAGE_CACHE_TIMEOUT = 0
    for _ in range(2):
        response = client.get("/articles/")
        assert "X-Page-Cache" not in response and response.context is not None


def anonymous_get(path="/somewhere/", method="get"):
    request = getattr(RequestFactory(), method)(path)
    request.user = type("Anonymous", (), {"is_authenticated": False})()
    return request


@pytest.mark.parametrize(
    "respond",
    [
        lambda: StreamingHttpResponse(iter([b"a,b\n"])),
        lambda: HttpResponse("hello", headers={"Vary": "Accept-Language"}),
        lambda: HttpResponse("hello", headers={"Cache-Control": "no-cache"}),
        lambda: HttpResponse("hello", status=201),
    ],
    ids=["streamed", "varies on a header", "the view's own cache-control", "not a 200"],
)
def test_the_view_runs_every_time_for_responses_the_page_cache_may_not_keep(db, respond):
    calls = []

    def view(request):
        calls.append(1)
        return respond()

    middleware = PublicCacheMiddleware(view)
    middleware(anonymous_get())
    middleware(anonymous_get())
    assert len(calls) == 2


def test_a_response_that_sets_a_cookie_is_not_kept(db):
    calls = []

    def view(request):
        calls.append(1)
        response = HttpResponse("hello")
        response.set_cookie("csrftoken", "x")
        return response

    middleware = PublicCacheMiddleware(view)
    assert "X-Page-Cache" not in middleware(anonymous_get())
    middleware(anonymous_get())
    assert len(calls) == 2


def test_head_requests_are_answered_by_the_view(db):
    calls = []
    middleware = PublicCacheMiddleware(lambda request: calls.append(1) or HttpResponse("hello"))
    assert middleware(anonymous_get())["X-Page-Cache"] == "miss"
    assert middleware(anonymous_get())["X-Page-Cache"] == "hit"
    middleware(anonymous_get(method="head"))
    assert len(calls) == 2


def test_a_public_page_reads_the_content_version_once_whatever_its_fragments(client, db, monkeypatch, no_page_cache):
    from django.core.cache import cache as default_cache

    from articles.core import caching
    from articles.tests.factories import ArticleFactory, CountryFactory

    ArticleFactory(entities=[CountryFactory(name="Chad", iso_code="TD")])
    reads, inside_get_many = [], []
    real_get, real_get_many = default_cache.get, default_cache.get_many

    def get(key, *args, **kwargs):
        if not inside_get_many:  # the local-memory cache's get_many calls get for each key: one read, not two
            reads.append(key)
        return real_get(key, *args, **kwargs)

    def get_many(keys, *args, **kwargs):
        reads.extend(keys)
        inside_get_many.append(1)
        try:
            return real_get_many(keys, *args, **kwargs)
        finally:
            inside_get_many.pop()

    # Patched: spies on the cache client, counting its round trips.
    monkeypatch.setattr(default_cache, "get", get)
    monkeypatch.setattr(default_cache, "get_many", get_many)
    assert client.get("/articles/?country=td&q=cooperation").status_code == 200
    assert reads.count(caching.VERSION_KEY) == 1
    assert len([key for key in reads if key.startswith("fragment:")]) > 3  # many fragments, one version read


def test_conditional_get_follows_rfc_9110(client, article, django_assert_num_queries):
    first = client.get("/")
    with django_assert_num_queries(0):
        assert client.get("/", HTTP_IF_NONE_MATCH="*").status_code == 304  # any current representation
        assert client.get("/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
        assert client.get("/", HTTP_IF_NONE_MATCH=f'"other", W/{first["ETag"]}').status_code == 304  # weak comparison
    # If-None-Match decides alone when both are sent: a stale tag is a full page whatever the date says.
    assert client.get("/", HTTP_IF_NONE_MATCH='"stale"', HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 200
    assert client.get("/", HTTP_IF_MODIFIED_SINCE="Mon, 01 Jan 2001 00:00:00 GMT").status_code == 200
    assert client.get("/", HTTP_IF_MODIFIED_SINCE="not a date").status_code == 200
    assert client.get("/", HTTP_IF_MATCH='"stale"').status_code == 412
