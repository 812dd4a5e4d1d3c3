"""The public pages beside the listing: home, article, countries, entity and author pages, date archives."""

import json
import re

import pytest

from articles.models import Article
from articles.tests.factories import ArticleFactory, AuthorFactory
from articles.tests.public_world import assert_cold_and_warm_queries, at, headlines, world  # noqa: F401 - fixture
from articles.views import linked_byline

pytestmark = pytest.mark.django_db


def test_home_shows_latest_articles_top_countries_and_people_and_a_search_box(client, world):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert response.context["lead"].headline == world.public[0].headline
    assert [a.headline for a in response.context["latest"]] == [a.headline for a in world.public[1:]]
    assert f'<h2 id="lead-title" class="lead__headline"><a href="{world.winter.get_absolute_url()}">' in html
    # "Recent weeks": the 30 days before the newest article (10 January 2023), so the pact of 5 December is out.
    assert [(r["entity__name"], r["n"]) for r in response.context["top_countries"]] == [("China", 1), ("Russia", 1)]
    assert [(r["entity__name"], r["n"]) for r in response.context["top_people"]] == [("Vladimir Putin", 1), ("Xi Jinping", 1)]
    assert '<a href="/countries/ru/">Russia</a>' in html
    assert html.count('role="search"') == 1 and html.count('name="q"') == 1  # one search box, the page's own
    assert "Secret draft" not in html and "Scheduled story" not in html
    assert '<figure class="worldmap" id="home-map"' in html


def test_cards_show_at_most_three_countries_and_how_many_more(client, db):
    from articles.tests.factories import CountryFactory

    countries = [CountryFactory(name=name, iso_code=code) for name, code in [("Chile", "CL"), ("Peru", "PE"), ("Cuba", "CU"), ("Fiji", "FJ"), ("Oman", "OM")]]
    ArticleFactory(headline="Summit of five", published_at=at(2022, 3, 1), entities=countries)
    html = client.get("/articles/").content.decode()
    assert html.count('class="chip chip--small"') == 3
    assert '<span class="chip-more">+2 more</span>' in html


def test_cards_read_authors_and_countries_in_the_models_order_with_the_articles(db, django_assert_num_queries):
    from articles.models import ArticleAuthor, ArticleEntity
    from articles.tests.factories import CountryFactory, EntityFactory

    second, first = AuthorFactory(name="Zoe Second"), AuthorFactory(name="Adam First")
    article = ArticleFactory(headline="Talks", published_at=at(2022, 3, 1))
    ArticleAuthor.objects.create(article=article, author=second, position=1)
    ArticleAuthor.objects.create(article=article, author=first, position=0)
    for offset, (name, code) in [(40, ("Peru", "PE")), (None, ("Chile", "CL")), (7, ("Cuba", "CU"))]:
        ArticleEntity.objects.create(article=article, entity=CountryFactory(name=name, iso_code=code), first_offset=offset)
    ArticleEntity.objects.create(article=article, entity=EntityFactory(name="Ana Lima"), first_offset=0)  # not a country
    ArticleFactory(headline="Nobody's", published_at=at(2022, 3, 2))  # no authors, no tags

    with django_assert_num_queries(1):
        cards = {card.headline: card for card in Article.objects.published().for_cards()}
    # Byline order; tags as ArticleEntity's Meta.ordering puts them (first mention; this database's place for NULL).
    assert [credit.author.name for credit in cards["Talks"].credits_for_card] == ["Adam First", "Zoe Second"]
    expected = [tag.entity for tag in article.tags.filter(entity__kind="country")]
    assert [(t.entity.name, t.entity.slug, t.entity.iso_code) for t in cards["Talks"].country_tags] == [
        (entity.name, entity.slug, entity.iso_code) for entity in expected
    ]
    assert cards["Nobody's"].credits_for_card == [] and cards["Nobody's"].country_tags == []


def test_home_makes_a_fixed_number_of_queries(client, world, django_assert_num_queries):
    # latest (with their authors and countries), top entities (cached)
    assert_cold_and_warm_queries(client, django_assert_num_queries, "/", 2, 1)


def test_page_has_landmarks_and_a_skip_link(client, world):
    html = client.get("/articles/").content.decode()
    for landmark in ("<header", "<nav", '<main id="main"', "<aside", "<footer"):
        assert landmark in html
    assert '<a class="skip-link" href="#main">' in html


def test_article_page_shows_headline_byline_date_image_credit_body_and_chips(client, world):
    response = client.get(world.pact.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1 dir=\"auto\">China and Russia sign a pact</h1>" in html
    assert f'By <a href="/authors/{world.ann.slug}/">Ann Able</a>' in html
    assert '<time datetime="2022-12-05T23:30:00+00:00">' in html
    assert "Leaders shake hands." in html and "Image: Anton Veselov/Shutterstock.com" in html
    assert "<p>The two governments promised deeper cooperation on energy.</p>" in html
    groups = {label: [e.name for e in entities] for label, entities in response.context["entity_groups"]}
    assert groups == {"Countries": ["China", "Russia"], "People": ["Xi Jinping", "Vladimir Putin"]}
    assert '<a class="chip" href="/countries/cn/">China</a>' in html
    assert f'<a class="chip" href="/entities/{world.xi.slug}/">Xi Jinping</a>' in html


def test_byline_is_kept_as_printed_with_credited_authors_linked_and_escaped(db):
    ann, ben, cy = AuthorFactory(name="Ann Able"), AuthorFactory(name="Ben Baker"), AuthorFactory(name="Cy Cole")
    html = linked_byline("By Ann Able & Ben Baker <in Moscow>", [ann, ben, cy])
    assert html == (
        f'By <a href="/authors/{ann.slug}/">Ann Able</a> &amp; <a href="/authors/{ben.slug}/">Ben Baker</a> '
        f'&lt;in Moscow&gt; <span class="story__authors">(<a href="/authors/{cy.slug}/">Cy Cole</a>)</span>'
    )
    assert linked_byline("", [ann]) == f'By <a href="/authors/{ann.slug}/">Ann Able</a>'
    assert linked_byline("", []) == ""


def test_related_articles_share_entities_and_are_public(client, world):
    related = client.get(world.pact.get_absolute_url()).context["related"]
    # Each shares two of the pact's four entities, all equally common; the winter story also shares "Moscow".
    assert [a.headline for a in related] == [world.winter.headline, world.trade.headline]


def test_article_page_makes_a_fixed_number_of_queries(client, world, django_assert_num_queries):
    # article, credits+authors, tags+entities, corrections; related (cached): its entities' frequencies with the
    # archive's size, the scored candidates, their columns, the shown cards' authors and countries
    assert_cold_and_warm_queries(client, django_assert_num_queries, world.pact.get_absolute_url(), 9, 4)


def test_article_json_ld_and_open_graph(client, world):
    html = client.get(world.pact.get_absolute_url()).content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == world.pact.headline
    assert data["datePublished"] == "2022-12-05T23:30:00+00:00"
    assert data["author"] == [{"@type": "Person", "name": "Ann Able", "url": f"http://testserver/authors/{world.ann.slug}/"}]
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:title" content="China and Russia sign a pact">' in html
    assert f'<link rel="canonical" href="http://testserver{world.pact.get_absolute_url()}">' in html


def test_json_ld_cannot_be_broken_out_of_by_a_headline(client, db):
    nasty = ArticleFactory(headline='Bad </script><script>alert("x")</script> & <!-- news', published_at=at(2022, 1, 1))
    html = client.get(nasty.get_absolute_url()).content.decode()
    assert "<script>alert" not in html
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "<" not in block and ">" not in block
    assert json.loads(block)["headline"] == nasty.headline


@pytest.mark.parametrize("which", ["draft", "future"])
def test_drafts_and_future_articles_have_no_page(client, world, which):
    assert client.get(getattr(world, which).get_absolute_url()).status_code == 404


def test_article_at_the_wrong_date_is_404(client, world):
    assert client.get(f"/articles/2022/12/06/{world.pact.slug}/").status_code == 404


def test_credit_is_shown_without_an_image_file(client, world):
    assert not world.pact.image
    assert "Anton Veselov/Shutterstock.com" in client.get(world.pact.get_absolute_url()).content.decode()


def test_countries_page_counts_public_articles_only_in_one_query(client, world, django_assert_num_queries):
    with django_assert_num_queries(1):
        response = client.get("/countries/")
        counts = {c.name: c.article_count for c in response.context["countries"]}
    assert counts == {"Chad": 0, "China": 2, "India": 1, "Russia": 2}
    assert '<a href="/countries/cn/">China</a>' in response.content.decode()


def test_country_page_is_the_listing_with_its_own_heading(client, world):
    response = client.get("/countries/cn/")
    assert response.status_code == 200
    assert "<h1>China</h1>" in response.content.decode()
    assert headlines(response) == [world.trade.headline, world.pact.headline]


def test_country_page_filters_further_and_keeps_the_query_on_upper_case_redirect(client, world):
    assert headlines(client.get("/countries/cn/?date_from=2022-12-10")) == [world.trade.headline]
    response = client.get("/countries/CN/?date_from=2022-12-10")
    assert response.status_code == 301
    assert response["Location"] == "/countries/cn/?date_from=2022-12-10"


def test_entity_and_author_pages(client, world):
    entity = client.get(f"/entities/{world.putin.slug}/")
    assert "<h1>Vladimir Putin</h1>" in entity.content.decode()
    assert headlines(entity) == [world.winter.headline, world.pact.headline]
    author = client.get(f"/authors/{world.ben.slug}/")
    assert "<h1>Articles by Ben Baker</h1>" in author.content.decode()
    assert headlines(author) == [world.trade.headline, world.summit.headline]


def test_entity_page_of_a_country_redirects_to_the_country_page(client, world):
    response = client.get(f"/entities/{world.china.slug}/")
    assert response.status_code == 301 and response["Location"] == "/countries/cn/"


@pytest.mark.parametrize("url", ["/countries/zz/", "/countries/c1/", "/entities/nobody/", "/authors/nobody/"])
def test_unknown_country_entity_or_author_is_404(client, world, url):
    assert client.get(url).status_code == 404


def test_bad_filter_on_a_country_page_is_a_400(client, world):
    response = client.get("/countries/cn/?date_to=someday")
    assert response.status_code == 400
    assert "Enter a date as YYYY-MM-DD." in response.content.decode()


def test_year_archive_lists_months_with_counts_and_neighbouring_years(client, world):
    response = client.get("/archive/2022/")
    assert response.status_code == 200
    assert [(m.month, n) for m, n in response.context["month_counts"]] == [(12, 2)]
    html = response.content.decode()
    assert '<a href="/archive/2022/12/">December</a> <span class="count">2<span class="visually-hidden"> articles</span></span>' in html
    # Twelve months, those without articles too (not links)
    assert [(p.start.month, p.count) for p in response.context["months"]] == [(m, 2 if m == 12 else 0) for m in range(1, 13)]
    assert html.count('class="year-grid__month') == 12
    assert '<span class="year-grid__name">November</span> <span class="count">no articles</span>' in html
    assert 'href="/archive/2021/"' in html and 'href="/archive/2023/"' in html


def test_year_archive_never_reads_the_years_articles(client, world):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert client.get("/archive/2022/").status_code == 200
    # Months, their counts and the neighbouring years (one article each, to date them): never the year's articles.
    fetched = [q["sql"] for q in queries.captured_queries if '"articles_article"."headline"' in q["sql"]]
    assert fetched and all(sql.endswith("LIMIT 1") for sql in fetched)


def test_month_archive_lists_articles_and_links_to_months_with_articles(client, world):
    response = client.get("/archive/2022/12/")
    assert response.status_code == 200
    assert [a.headline for a in response.context["object_list"]] == [world.trade.headline, world.pact.headline]
    html = response.content.decode()
    assert 'rel="prev" href="/archive/2021/06/"' in html
    assert 'rel="next" href="/archive/2023/01/"' in html
    # The calendar: Monday-first weeks, each day with articles a link with its count; no query per day.
    weeks = response.context["weeks"]
    assert [d.start.day for d in weeks[0]] == [28, 29, 30, 1, 2, 3, 4]  # 1 December 2022 was a Thursday
    counts = {d.start.day: d.count for week in weeks for d in week if d.in_period and d.count}
    assert counts == {5: 1, 20: 1}
    assert '<a href="/archive/2022/12/05/"><span class="calendar__date">5</span> <span class="calendar__count">1<span class="visually-hidden"> article</span>' in html
    assert '<td class="calendar__day"><span class="calendar__date">6</span></td>' in html  # the draft's day


def test_day_archive(client, world):
    response = client.get("/archive/2022/12/05/")
    assert [a.headline for a in response.context["object_list"]] == [world.pact.headline]
    assert 'rel="next" href="/archive/2022/12/20/"' in response.content.decode()


def test_archive_index_goes_to_the_newest_year(client, world):
    response = client.get("/archive/")
    assert response.status_code == 302 and response["Location"] == "/archive/2023/"


@pytest.mark.parametrize("url", ["/archive/2019/", "/archive/2022/11/", "/archive/2022/12/06/", "/archive/2022/13/"])
def test_empty_or_impossible_dates_are_404(client, world, url):
    assert client.get(url).status_code == 404


def test_archives_never_show_drafts_or_future_articles(client, world):
    future = world.future.published_at
    assert client.get(f"/archive/{future.year}/{future.month:02d}/{future.day:02d}/").status_code == 404
    html = client.get("/archive/2022/12/").content.decode()
    assert "Secret draft" not in html
    assert '<a href="/archive/2022/12/06/">' not in html


def test_hidden_articles_count_nowhere(client, world):
    """Facets, counts and charts ignore drafts and future articles too."""
    response = client.get("/articles/?country=cn&q=cooperation")
    assert headlines(response) == [world.pact.headline]
    assert response.context["page"].count == 1
    assert response.context["chart"].total == 1
    for facet in response.context["facets"]:
        assert all(value.count == 1 for value in facet.values)
    assert Article.objects.filter(body_text__icontains="cooperation").count() == 4  # two of them hidden


@pytest.mark.parametrize("size", [3, 25])
def test_other_pages_make_a_fixed_number_of_queries(client, django_assert_num_queries, size):
    from articles.tests.test_views_listing import make_archive

    (china, _), (person, _), (author, _) = make_archive(size)
    newest = Article.objects.published().first()
    day = newest.published_at
    pages = [  # url, queries with an empty cache, then with the fragment cache warm
        ("/", 2, 1),
        (newest.get_absolute_url(), 9, 4),
        # entity looked up, then checked by the filter; its exact count: past months' counts + this month's;
        # the window (page and facet sample; its dates give the chart), the facets
        (f"/entities/{person.slug}/", 9, 4),
        # author looked up, then checked by the filter; the window (its page, count, facet sample and chart), the
        # facets, the cards (one statement with their authors and countries), the country <select>: no count or
        # estimate, the window holds all
        (f"/authors/{author.slug}/", 6, 4),
        ("/countries/", 1, 0),
        (f"/archive/{day.year}/", 3, 0),  # counts per month* (which say which months have articles), next*, previous*
        # counts per day* (which give the days and the count), next*, previous*; articles (authors, countries)
        (f"/archive/{day.year}/{day.month:02d}/", 4, 1),
        (f"/archive/{day.year}/{day.month:02d}/{day.day:02d}/", 7, 2),  # * cached
        ("/feeds/atom/?country=cn", 3, 1),
    ]
    for url, cold, warm in pages:
        assert_cold_and_warm_queries(client, django_assert_num_queries, url, cold, warm)


def test_an_author_with_only_unpublished_articles_has_no_page_and_no_feed(client, world):
    hidden = AuthorFactory(name="Nora Draft")
    ArticleFactory(headline="Unpublished", status=Article.Status.DRAFT, authors=[hidden])
    ArticleFactory(headline="Embargoed", published_at=at(2099, 1, 1), authors=[hidden])
    assert client.get(hidden.get_absolute_url()).status_code == 404
    for url in (f"/feeds/rss/?author={hidden.slug}", f"/feeds/atom/?author={hidden.slug}", f"/articles/?author={hidden.slug}"):
        response = client.get(url)
        assert response.status_code == 400, url
        assert "Nora Draft" not in response.content.decode()
    assert "Nora Draft" not in client.get("/feeds/rss/").content.decode()


def test_an_author_with_one_public_article_keeps_their_page_and_feed(client, world):
    assert client.get(world.ann.get_absolute_url()).status_code == 200
    assert "Ann Able" in client.get(f"/feeds/rss/?author={world.ann.slug}").content.decode()


def test_descriptions_fall_back_to_the_first_paragraph(client, world):
    Article.objects.filter(pk=world.trade.pk).update(standfirst="")
    html = client.get(world.trade.get_absolute_url()).content.decode()
    assert '<meta name="description" content="Exports fell in the month, the customs office said.">' in html
    assert '<meta property="og:description" content="Exports fell in the month, the customs office said.">' in html
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["description"] == "Exports fell in the month, the customs office said."
    assert "twitter:card" not in html and "og:image" not in html  # no image, no card


def test_an_article_with_an_image_has_a_card_and_an_image_object_with_caption_and_credit(client, db, settings, tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.MEDIA_ROOT = tmp_path
    gif = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
    article = ArticleFactory(
        headline="Floods in the delta", published_at=at(2022, 8, 1), image=SimpleUploadedFile("delta.gif", gif),
        image_caption="Boats on a flooded road.", image_credit="Jane Roe/Agency",
    )
    html = client.get(article.get_absolute_url()).content.decode()
    image_url = f"http://testserver{article.image.url}"
    assert f'<meta property="og:image" content="{image_url}">' in html
    assert '<meta property="og:image:alt" content="Boats on a flooded road.">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["image"] == [
        {"@type": "ImageObject", "url": image_url, "caption": "Boats on a flooded road.", "creditText": "Jane Roe/Agency"}
    ]


def test_listing_titles_say_what_the_page_is(client, world):
    html = client.get("/articles/?country=cn&date_from=2022-12-01&date_to=2022-12-31&q=cooperation").content.decode()
    assert "<title>Articles about China, December 2022, matching ‘cooperation’ — newsarchive</title>" in html
    assert "<h1>Articles about China, December 2022, matching ‘cooperation’</h1>" in html
    html = client.get("/countries/cn/").content.decode()
    assert "<title>Articles about China — newsarchive</title>" in html and "<h1>China</h1>" in html
    html = client.get("/countries/cn/?date_from=2022-12-01&date_to=2022-12-31").content.decode()
    assert "<h1>Articles about China, December 2022</h1>" in html
    assert 'title="Articles about China, December 2022 (RSS)" href="/feeds/rss/?date_from=2022-12-01&amp;date_to=2022-12-31&amp;country=cn"' in html


def test_related_articles_weigh_rare_entities_above_common_ones_and_nearer_stories_above_far(db):
    """The sample's complaint: beside a Russia–China story, stories sharing only the big countries came first."""
    from articles.tests.factories import CountryFactory, EntityFactory
    from articles.models import Entity
    from articles.views.related import related_articles

    china, russia = CountryFactory(name="China", iso_code="CN"), CountryFactory(name="Russia", iso_code="RU")
    japan, korea = CountryFactory(name="Japan", iso_code="JP"), CountryFactory(name="South Korea", iso_code="KR")
    putin = EntityFactory(name="Vladimir Putin", kind=Entity.Kind.PERSON)
    mishustin = EntityFactory(name="Mikhail Mishustin", kind=Entity.Kind.PERSON)
    gazprom = EntityFactory(name="Gazprom", kind=Entity.Kind.ORGANIZATION)
    def story_about(**fields):
        return ArticleFactory(standfirst="", **fields)  # no shared boilerplate standfirst to count as shared words

    story = story_about(
        headline="Moscow and Beijing sign a gas pipeline deal", published_at=at(2022, 12, 5),
        entities=[china, russia, putin, mishustin, gazprom],
    )
    # China and Russia are in most of the period's stories: they say little.
    for day in range(1, 28):
        story_about(headline=f"Daily briefing {day}", published_at=at(2022, 11, day), entities=[china, russia])
    opec = story_about(headline="OPEC+ keeps output steady", published_at=at(2022, 12, 4), entities=[china, russia])
    quake = story_about(headline="Earthquake shakes the north", published_at=at(2022, 12, 6), entities=[china])
    summit = story_about(headline="Japan and South Korea meet", published_at=at(2022, 12, 5), entities=[china, japan, korea])
    pipeline = story_about(
        headline="Gazprom starts filling the new gas pipeline", published_at=at(2022, 12, 20), entities=[russia, gazprom],
    )
    visit = story_about(headline="Putin and Mishustin visit Harbin", published_at=at(2023, 1, 3), entities=[putin, mishustin])
    old_visit = story_about(
        headline="Putin and Mishustin in Vladivostok", published_at=at(2022, 8, 20), entities=[putin, mishustin],
    )

    related = related_articles(story, [e.pk for e in (china, russia, putin, mishustin, gazprom)], limit=4)
    # Sharing only the two big countries is not being related: OPEC+, the earthquake and the summit are left out.
    assert [a.headline for a in related] == [pipeline.headline, visit.headline, old_visit.headline]
    assert not {opec, quake, summit} & set(related)


def test_in_a_large_archive_an_entity_on_over_a_third_of_it_is_no_evidence_of_relation():
    from articles.views.related import says_something

    assert not says_something(0.9, total=1_000_000)  # the United States, on 40% of a million articles
    assert says_something(1.8, total=1_000_000)  # China, on 16%
    assert says_something(0.9, total=60)  # in a small archive every share still counts
