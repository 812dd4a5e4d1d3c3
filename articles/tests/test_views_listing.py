"""The filterable listing at /articles/: filters, errors, facets, remove links, counts and paging."""

import datetime
import re
from urllib.parse import urlencode

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.utils import timezone

from articles import search
from articles.models import Article, Entity
from articles.tests.factories import ArticleFactory, AuthorFactory, CountryFactory, EntityFactory
from articles.tests.public_world import assert_cold_and_warm_queries, headlines, world  # noqa: F401 - fixture
from articles.tests.shared_data import once_per_module

pytestmark = pytest.mark.django_db


def test_listing_shows_public_articles_newest_first_and_never_drafts_or_future(client, world):
    response = client.get("/articles/")
    assert response.status_code == 200
    assert headlines(response) == [a.headline for a in world.public]
    html = response.content.decode()
    assert "4 articles" in html
    assert "Secret draft" not in html and "Scheduled story" not in html


def test_text_search_finds_matches_with_marked_snippets_and_ranks_by_default(client, world):
    response = client.get("/articles/", {"q": "cooperation"})
    assert set(headlines(response)) == {world.pact.headline, world.summit.headline}
    assert response.context["sort"] == "relevance"
    assert "<mark>cooperation</mark>" in response.content.decode()


def test_country_filter_is_case_insensitive_and_repeatable_as_any_of(client, world):
    assert headlines(client.get("/articles/?country=cn")) == [world.trade.headline, world.pact.headline]
    assert headlines(client.get("/articles/?country=CN")) == [world.trade.headline, world.pact.headline]
    both = client.get("/articles/?country=cn&country=ru")
    assert headlines(both) == [world.winter.headline, world.trade.headline, world.pact.headline]


def test_entity_filter_repeated_needs_all_entities(client, world):
    one = client.get(f"/articles/?entity={world.xi.slug}")
    assert headlines(one) == [world.trade.headline, world.pact.headline]
    both = client.get(f"/articles/?entity={world.xi.slug}&entity={world.putin.slug}")
    assert headlines(both) == [world.pact.headline]


def test_author_filter(client, world):
    assert headlines(client.get(f"/articles/?author={world.ann.slug}")) == [world.winter.headline, world.pact.headline]


def test_date_range_is_inclusive_of_both_days(client, world):
    response = client.get("/articles/", {"date_from": "2022-12-05", "date_to": "2022-12-20"})
    assert headlines(response) == [world.trade.headline, world.pact.headline]
    late_evening = client.get("/articles/", {"date_to": "2022-12-05", "date_from": "2022-12-05"})
    assert headlines(late_evening) == [world.pact.headline]


def test_text_country_and_date_range_combine(client, world):
    params = {"q": "cooperation", "country": "cn", "date_from": "2022-12-01", "date_to": "2022-12-31"}
    assert headlines(client.get("/articles/", params)) == [world.pact.headline]
    params["country"] = "in"
    assert headlines(client.get("/articles/", params)) == []


def test_sort_oldest_and_relevance_without_text_falls_back_to_newest(client, world):
    assert headlines(client.get("/articles/?sort=oldest"))[0] == world.summit.headline
    response = client.get("/articles/?sort=relevance")
    assert response.status_code == 200
    assert headlines(response)[0] == world.winter.headline


@pytest.mark.parametrize(
    "query, message",
    [
        ("date_from=2022-13-01", "Enter a date as YYYY-MM-DD."),
        ("date_to=yesterday", "Enter a date as YYYY-MM-DD."),
        ("sort=popular", "Sort by newest, oldest or relevance."),
        ("date_from=2023-01-01&date_to=2022-01-01", "The “from” date is after the “to” date."),
        ("country=china", "“china” is not a country code"),
        ("country=c1", "“c1” is not a country code"),
        ("country=zz", "There is no country with the code ZZ"),
        ("entity=nobody-at-all", "Nothing called “nobody-at-all” is in the archive."),
        ("author=nobody", "There is no author with that name"),
        ("after=not-a-cursor", "This page link is damaged"),
    ],
)
def test_invalid_input_is_a_400_with_the_message_on_the_page(client, world, query, message):
    response = client.get(f"/articles/?{query}")
    assert response.status_code == 400
    assert message in response.content.decode()
    assert 'role="alert"' in response.content.decode()


def test_unsearchable_text_is_a_400_with_the_search_modules_message(client, world):
    response = client.get("/articles/", {"q": "-cooperation"})
    assert response.status_code == 400
    assert "Search:" in response.content.decode()


@pytest.mark.parametrize("page", ["2", "99", "abc", "0", "-1", "51"])
def test_page_past_the_end_or_not_a_page_is_404(client, world, page):
    assert client.get(f"/articles/?page={page}").status_code == 404


def test_facets_count_the_current_filter(client, world):
    response = client.get("/articles/?country=cn")
    facets = {facet.title: {v.label: v.count for v in facet.values} for facet in response.context["facets"]}
    assert facets["Countries"] == {"China": 2, "Russia": 1}
    assert facets["People"] == {"Xi Jinping": 2, "Vladimir Putin": 1}
    assert facets["Organizations"] == {}
    assert facets["Authors"] == {"Ann Able": 1, "Ben Baker": 1}
    assert facets["Years"] == {"2022": 2}


def facet_links(html):
    return dict((label, href.replace("&amp;", "&")) for href, label in re.findall(r'<a href="([^"]+)" rel="nofollow">([^<]+)</a>', html))


def test_each_facet_count_links_to_the_narrower_listing(client, world):
    links = facet_links(client.get("/articles/?country=cn&page=1").content.decode())
    assert links["Russia"] == "/articles/?country=cn&country=ru"
    assert links["Vladimir Putin"] == f"/articles/?country=cn&entity={world.putin.slug}"
    assert links["Ann Able"] == f"/articles/?country=cn&author={world.ann.slug}"
    narrowed = client.get(links["Vladimir Putin"])
    assert headlines(narrowed) == [world.pact.headline]
    years = facet_links(client.get("/articles/").content.decode())
    assert years["2021"] == "/articles/?date_from=2021-01-01&date_to=2021-12-31"
    assert headlines(client.get(years["2021"])) == [world.summit.headline]


def test_active_filters_each_have_a_remove_link(client, world):
    response = client.get("/articles/", {"q": "cooperation", "country": ["cn", "ru"], "date_from": "2022-01-01"})
    removes = {label: href for label, _, href in response.context["active_filters"]}
    assert removes["Text"] == "/articles/?country=cn&country=ru&date_from=2022-01-01"
    assert removes["From"] == "/articles/?country=cn&country=ru&q=cooperation"  # canonical order
    html = response.content.decode()
    assert 'aria-label="Remove country filter China"' in html
    assert 'href="/articles/?country=ru&amp;date_from=2022-01-01&amp;q=cooperation"' in html


def test_listing_links_its_own_feed(client, world):
    html = client.get("/articles/?country=cn&q=cooperation&page=1").content.decode()
    assert '<link rel="alternate" type="application/rss+xml"' in html
    assert 'href="/feeds/rss/?country=cn&amp;q=cooperation"' in html
    assert 'href="/feeds/atom/?country=cn&amp;q=cooperation"' in html


def test_search_form_has_labelled_controls(client, world):
    html = client.get("/articles/").content.decode()
    for control in ("id_q", "id_country", "id_date_from", "id_date_to", "id_sort"):
        assert f'<label for="{control}">' in html
    assert 'type="date" name="date_from"' in html
    assert '<button type="submit">Search</button>' in html
    assert '<option value="cn">China</option>' in html


def build_many():
    china = CountryFactory(name="China", iso_code="CN")
    start = timezone.now() - datetime.timedelta(days=200)
    return [ArticleFactory(published_at=start + datetime.timedelta(days=i), entities=[china]) for i in range(45)][::-1]


many_once = once_per_module("many", build_many)


@pytest.fixture
def many(many_once, db):
    """45 Chinese articles, newest first, built once for this module (see ``shared_data``)."""
    return many_once.for_test()


@pytest.mark.parametrize("url", ["/articles/", "/countries/cn/", "/articles/?q=cooperation&sort=newest"])
def test_pages_past_the_numbered_ones_use_a_cursor_and_cost_no_offset(client, many, url, settings):
    settings.NEWSARCHIVE_NUMBERED_PAGES = 2
    join = "&" if "?" in url else "?"
    second = client.get(f"{url}{join}page=2")
    assert [a.pk for a in second.context["articles"]] == [a.pk for a in many[20:40]]
    next_params = second.context["page"].next_params
    assert set(next_params) == {"after"}
    third = client.get(url, {**dict(p.split("=") for p in url.partition("?")[2].split("&") if p), **next_params})
    assert third.status_code == 200
    assert [a.pk for a in third.context["articles"]] == [a.pk for a in many[40:45]]
    assert not third.context["page"].has_next
    back = client.get(url.partition("?")[0], {**dict(p.split("=") for p in url.partition("?")[2].split("&") if p), **third.context["page"].previous_params})
    assert [a.pk for a in back.context["articles"]] == [a.pk for a in many[20:40]]
    assert client.get(f"{url}{join}page=3").status_code == 404  # past the numbered pages


def test_page_numbers_leave_gaps_far_from_the_current_page(rf):
    from django.template.loader import render_to_string

    from articles.core.pagination import Page, numbered_range

    gap = Page.ELLIPSIS
    assert numbered_range(6, 50) == [1, gap, 4, 5, 6, 7, 8, gap, 50]
    assert numbered_range(1, 50) == [1, 2, 3, gap, 50]
    assert numbered_range(50, 50) == [1, gap, 48, 49, 50]
    assert numbered_range(2, 4) == [1, 2, 3, 4]
    assert numbered_range(1, 1) == []  # one page: no numbers at all
    page = Page(ids=[], count=1000, per_page=20, number=6, next_params={"page": 7},
                previous_params={"page": 5}, page_range=numbered_range(6, 50))
    html = render_to_string("articles/includes/pagination.html", {"page": page, "request": rf.get("/articles/?q=x")})
    assert html.count('class="pagination__gap"') == 2
    assert '<span aria-current="page">6</span>' in html
    assert 'href="?q=x&amp;page=50">50</a>' in html and 'href="?q=x">1</a>' in html


def test_oldest_first_cursor_walks_forwards_in_time(client, many, settings):
    settings.NEWSARCHIVE_NUMBERED_PAGES = 1
    first = client.get("/articles/?sort=oldest")
    oldest = many[::-1]
    assert [a.pk for a in first.context["articles"]] == [a.pk for a in oldest[:20]]
    second = client.get("/articles/", {"sort": "oldest", **first.context["page"].next_params})
    assert [a.pk for a in second.context["articles"]] == [a.pk for a in oldest[20:40]]


@pytest.mark.parametrize(
    "estimate, summary",
    [
        (None, "45 articles"),  # no statistics (SQLite): counted exactly
        (10_000, "About 10,000 articles"),  # more than the window and a cheap count by the statistics: their figure
        (20, "More than 40 articles"),  # cheap by the statistics, but the count stopped at its limit: a lower bound
        (50, "45 articles"),  # cheap by the statistics, and counted
    ],
)
def test_counts_past_the_window_are_estimated_or_a_lower_bound(client, many, monkeypatch, no_page_cache, estimate, summary, settings):
    settings.NEWSARCHIVE_LATEST_FACET_SAMPLE = 30  # the unfiltered listing reads its newest 30
    settings.NEWSARCHIVE_CHEAP_COUNT = 40 if estimate == 20 else 100
    # Patched: the database's statistics (PostgreSQL's planner; SQLite has none), outside the product.
    monkeypatch.setattr(search, "planner_estimate", lambda queryset: estimate)
    response = client.get("/articles/")
    assert summary_count(response).startswith(f"{summary}, showing 1–20")
    estimated = "An estimate from the database's statistics" in response.content.decode()
    assert estimated == summary.startswith("About")
    settings.NEWSARCHIVE_LATEST_FACET_SAMPLE = 100  # a window that holds every article counts them
    assert summary_count(client.get("/articles/?utm=1")).startswith("45 articles")


def test_without_statistics_a_count_past_the_window_stops_at_the_cap(client, many, monkeypatch, no_page_cache, settings):
    # SQLite keeps no statistics to estimate from: it counts, but no further than the cap, as a lower bound.
    settings.NEWSARCHIVE_RANK_WINDOW = 10
    # Patched: the database's statistics, absent as on SQLite, on either database.
    monkeypatch.setattr(search, "planner_estimate", lambda queryset: None)
    settings.NEWSARCHIVE_COUNT_CAP = 30
    assert summary_count(client.get("/articles/?q=cooperation&sort=newest")).startswith("More than 30 articles, showing 1–20")
    settings.NEWSARCHIVE_COUNT_CAP = 45
    cache.clear()  # the count is cached per filter
    assert summary_count(client.get("/articles/?q=cooperation&sort=newest")).startswith("45 articles, showing 1–20")


def test_a_search_whose_newest_matches_fit_the_window_is_counted_from_them(client, many, monkeypatch, no_page_cache):
    monkeypatch.setattr(search, "planner_estimate", lambda queryset: 1_000_000)  # the statistics: never consulted
    assert summary_count(client.get("/articles/?q=cooperation")).startswith("45 articles")


def test_one_countrys_count_is_exact_beyond_the_window(client, many, no_page_cache, settings):
    settings.NEWSARCHIVE_FACET_SAMPLE = 10
    china = Entity.objects.get(iso_code="CN")
    exact = Article.objects.published().filter(tags__entity=china).count()
    assert exact > 10
    assert summary_count(client.get("/countries/cn/")).startswith(f"{exact} articles, showing 1–20")
    start = (timezone.now() - datetime.timedelta(days=180)).date()  # mid-way through the articles, and a month
    within = Article.objects.published().published_in_days(start, None).filter(tags__entity=china).count()
    response = client.get(f"/countries/cn/?date_from={start.isoformat()}")
    assert 0 < within < exact
    assert summary_count(response).startswith(f"{within} articles")


def summary_count(response):
    found = re.search(r'<p class="summary__count" role="status">\s*(.*?)\s*</p>', response.content.decode(), re.S)
    return " ".join(found.group(1).split())


@pytest.mark.parametrize(
    "url, sample", [("/articles/", "LATEST_FACET_SAMPLE"), ("/countries/cn/", "FACET_SAMPLE")], ids=["latest", "filtered"]
)
def test_facets_over_a_capped_sample_say_so(client, many, url, sample, settings):
    settings.NEWSARCHIVE_LATEST_FACET_SAMPLE = 1_000
    settings.NEWSARCHIVE_FACET_SAMPLE = 1_000
    setattr(settings, f"NEWSARCHIVE_{sample}", 10)  # the unfiltered listing counts a smaller sample than a filtered one
    response = client.get(url)
    assert "Counts in the newest 10 matches." in response.content.decode()
    countries = next(f for f in response.context["facets"] if f.title == "Countries")
    assert [(v.label, v.count) for v in countries.values] == [("China", 10)]


def make_archive(count):
    """``count`` articles, each with two countries, two people and two authors."""
    countries = [CountryFactory(name="China", iso_code="CN"), CountryFactory(name="Russia", iso_code="RU")]
    people = [EntityFactory(), EntityFactory()]
    authors = [AuthorFactory(), AuthorFactory()]
    for i in range(count):
        ArticleFactory(
            published_at=timezone.now() - datetime.timedelta(days=i + 1), entities=[*countries, *people], authors=authors
        )
    return countries, people, authors


QUERY_COUNTED_PAGES = [
    # url, statements with an empty cache: the window (the newest rows: page, facet sample and count in one),
    # the facets (one grouped statement; the chart and the years are counted from the window's dates), the page's
    # articles (with their authors and country tags), the country <select>; with the fragment cache warm: ids,
    # articles. No estimate: every window here holds every match.
    ("/articles/", 4, 2),
    # + the country codes checked; one country's count is exact from the monthly counts (past months + this
    # month, live; on an archive older than these few days, the exact chart's own)
    ("/articles/?country=cn", 8, 3),
    # A search: + snippets; its window (ranked in the same pass) is cached, so warm its pages come from it.
    ("/articles/?q=cooperation", 5, 1),
    ("/articles/?q=cooperation&country=cn&country=ru&date_from=2000-01-01&date_to=2100-01-01&sort=newest", 6, 2),
    ("/countries/cn/", 9, 4),  # + the country looked up
    ("/articles/?page=2", 4, 2),
]


@pytest.mark.parametrize("size", [3, 25])
@pytest.mark.parametrize("url, cold, warm", QUERY_COUNTED_PAGES)
def test_listing_makes_a_fixed_number_of_queries(client, django_assert_num_queries, size, url, cold, warm):
    make_archive(size)
    if "page=2" in url and size < 21:
        url = url.replace("page=2", "page=1")
    assert_cold_and_warm_queries(client, django_assert_num_queries, url, cold, warm)


FIRST_VISITS = ["/articles/", "/articles/?q=cooperation&sort=oldest", "/countries/cn/", "/articles/?page=2"]


@pytest.fixture(scope="module")
def first_visit_statements(django_db_setup, django_db_blocker):
    """{url: (statements of a first visit to a small archive, then to one with many more tags, authors and cards)}:
    one archive for every URL, built and measured once for the module and rolled back."""
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    client = Client()

    def first_visits():
        counted = {}
        for url in FIRST_VISITS:
            cache.clear()
            with CaptureQueriesContext(connection) as statements:
                assert client.get(url).status_code == 200, url
            counted[url] = len(statements)
        return counted

    with django_db_blocker.unblock(), transaction.atomic(), override_settings(PAGE_CACHE_TIMEOUT=0):
        make_archive(21)  # a second page of one card
        few = first_visits()
        for article in Article.objects.all():  # every article now names many more people, organizations and authors
            article.entities.add(*[EntityFactory(kind=kind) for kind in ("person", "organization") for _ in range(6)])
            article.authors.add(*[AuthorFactory() for _ in range(3)])
        make_archive(20)  # and the first page is full
        many = first_visits()
        transaction.set_rollback(True)
    cache.clear()
    return {url: (few[url], many[url]) for url in FIRST_VISITS}


@pytest.mark.parametrize("url", FIRST_VISITS)
def test_a_first_visit_costs_the_same_statements_however_many_facet_rows_and_cards(first_visit_statements, url):
    few, many = first_visit_statements[url]
    assert many == few


def test_listing_with_a_cursor_makes_the_same_number_of_queries(client, django_assert_num_queries, many, settings):
    settings.NEWSARCHIVE_NUMBERED_PAGES = 1
    cursor = client.get("/articles/").context["page"].next_params["after"]
    assert_cold_and_warm_queries(client, django_assert_num_queries, "/articles/?" + urlencode({"after": cursor}), 5, 2)


def test_other_pages_of_a_listing_share_its_cached_count_facets_and_chart(client, many, django_assert_num_queries):
    first = client.get("/countries/cn/")
    with django_assert_num_queries(4):  # country, codes checked, ids, articles (with their authors and country tags)
        second = client.get("/countries/cn/?page=2")
    assert second.context["page"].count == first.context["page"].count == 45
    assert second.context["facets"] == first.context["facets"]
    assert second.context["chart"] == first.context["chart"]


def test_unknown_parameters_share_the_listings_cached_fragments(client, many, django_assert_num_queries):
    client.get("/articles/?country=cn")
    with django_assert_num_queries(3):  # codes checked, ids, articles (authors, country tags): nothing recomputed
        assert client.get("/articles/?country=cn&utm_source=newsletter&page=2").status_code == 200


def test_cards_escape_what_editors_and_sources_wrote(client, db):
    ArticleFactory(
        headline='Tom & Jerry <script>alert("x")</script>',
        standfirst="Fish < chips & peas",
        entities=[CountryFactory(name="Trinidad & Tobago", iso_code="TT")],
        authors=[AuthorFactory(name="O'Brien <b>")],
    )
    html = client.get("/articles/").content.decode()
    card = html[html.index('<article class="card">') :]
    card = card[: card.index("</article>")]
    assert "<script>" not in card and "<b>" not in card
    assert "Tom &amp; Jerry &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in card
    assert '<p class="card__standfirst">Fish &lt; chips &amp; peas</p>' in card
    assert 'href="/countries/tt/">Trinidad &amp; Tobago</a>' in card
    assert "O&#x27;Brien &lt;b&gt;</a>" in card


def database_order(sort):
    """The ids of every article matching "cooperation", as the database orders them without any cache."""
    matches = Article.objects.published().search("cooperation")
    if sort == "relevance":
        return list(search.order_by_relevance(matches).values_list("id", flat=True))
    sign = "-" if sort == "newest" else ""
    return list(matches.order_by(f"{sign}published_at", f"{sign}id").values_list("id", flat=True))


@pytest.mark.parametrize("sort, pages", [("newest", 3), ("oldest", 3), ("relevance", 2)])
def test_search_pages_served_from_the_cached_matches_equal_the_databases_own(client, many, sort, pages, no_page_cache, settings):
    # 30 cached matches: by date, page 1 comes from them and pages 2-3 from the database; by relevance, all 30.
    settings.NEWSARCHIVE_RANK_WINDOW = 30
    expected = database_order(sort)
    for _ in ("cold", "warm"):
        shown = []
        for number in range(1, pages + 1):
            page = client.get("/articles/?" + urlencode({"q": "cooperation", "sort": sort, "page": number})).context["page"]
            shown += page.ids
            assert page.has_next == (number < pages)
        assert shown == expected


def test_a_relevance_search_counts_every_match_and_pages_only_through_the_ranked_ones(client, many, no_page_cache, settings):
    # At a million articles a common word said "1,000 articles" by relevance and "about 31,000" by date.
    settings.NEWSARCHIVE_RANK_WINDOW = 30
    if connection.vendor == "postgresql":  # the planner's statistics of these 45, not stale ones from earlier tests
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE articles_article")
    response = client.get("/articles/?q=cooperation")
    assert response.context["sort"] == "relevance"
    assert response.context["tally"].value == 45
    html = response.content.decode()
    assert "45 articles, showing 1–20" in html
    assert "Relevance ranks the newest 30 matches; sort by date to reach them all." in html
    assert "Counts in the newest 30 matches." in html
    assert response.context["page"].page_range == [1, 2]
    assert client.get("/articles/?q=cooperation&page=2").context["page"].end_index == 30
    assert client.get("/articles/?q=cooperation&page=3").status_code == 404
    assert client.get("/articles/?q=cooperation&sort=newest&page=3").status_code == 200


def test_a_warm_search_reads_its_first_pages_from_the_cache_and_searches_only_beyond(client, many, django_assert_num_queries, no_page_cache, settings):
    settings.NEWSARCHIVE_RANK_WINDOW = 30
    client.get("/articles/?q=cooperation&sort=newest")
    client.get("/articles/?q=cooperation&sort=newest&page=2")
    with django_assert_num_queries(1):  # the articles, with their authors and country tags
        client.get("/articles/?q=cooperation&sort=newest&page=1")
    with django_assert_num_queries(2):  # + the page's ids, searched: it lies past the 30 cached matches
        client.get("/articles/?q=cooperation&sort=newest&page=2")


@pytest.mark.django_db(transaction=True)  # the cache is invalidated on commit
@pytest.mark.parametrize("sort", ["newest", "relevance"])
def test_publishing_shows_a_new_match_on_a_warm_search_page(client, sort):
    older = [ArticleFactory(published_at=timezone.now() - datetime.timedelta(days=i + 1)) for i in range(3)]
    url = "/articles/?" + urlencode({"q": "cooperation", "sort": sort})
    assert client.get(url).context["page"].ids == [a.pk for a in older]
    fresh = ArticleFactory(headline="Cooperation cooperation cooperation", published_at=timezone.now())
    assert client.get(url).context["page"].ids == [fresh.pk] + [a.pk for a in older]


def test_a_warm_search_page_shows_the_same_marked_snippets_as_a_cold_one(client, many, no_page_cache):
    url = "/articles/?q=cooperation&page=2"
    cold = client.get(url)
    warm = client.get(url)
    assert [a.snippet for a in warm.context["articles"]] == [a.snippet for a in cold.context["articles"]]
    assert "<mark>cooperation</mark>" in warm.context["articles"][0].snippet
    assert warm.content == cold.content
