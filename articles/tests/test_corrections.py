"""Corrections appended to an article, and articles withdrawn after publication, as readers and editors meet them."""

import datetime
import json
import re

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.db import IntegrityError, transaction

from articles.core.counts import public_article_count
from articles.models import Article, Correction
from articles.tests.factories import ArticleFactory
from articles.tests.public_world import at, world  # noqa: F401 (fixture)
from articles.tests.test_admin import inline_management  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


def json_ld(html):
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


# --- corrections ----------------------------------------------------------------


@pytest.fixture
def corrected(world):  # noqa: F811
    Correction.objects.create(
        article=world.pact, published_at=at(2022, 12, 7, 9), text="An earlier version gave the wrong date of the visit."
    )
    Correction.objects.create(
        article=world.pact, published_at=at(2022, 12, 9, 9), text="The pact covers <b>gas</b>, not oil. <script>x()</script>"
    )
    return world.pact


def test_corrections_are_shown_dated_beneath_the_article_and_announced_under_its_date(client, corrected):
    html = client.get(corrected.get_absolute_url()).content.decode()
    notice = re.search(r'<p class="story__corrected">(.*?)</p>', html, re.S).group(1)
    assert 'href="#corrections-title"' in notice and "Corrected" in notice and "9 December 2022" in notice
    section = re.search(r'<section class="story__corrections".*?</section>', html, re.S).group(0)
    assert '<h2 id="corrections-title">Corrections</h2>' in section
    items = re.findall(r"<li>(.*?)</li>", section, re.S)
    assert [re.sub(r"<[^>]+>", "", item) for item in items] == [
        "7 December 2022: An earlier version gave the wrong date of the visit.",
        "9 December 2022: The pact covers gas, not oil.",
    ]
    assert html.index("story__body") < html.index("story__corrections")


def test_corrections_are_plain_text_whatever_the_editor_typed(corrected):
    assert list(corrected.corrections.values_list("text", flat=True))[1] == "The pact covers gas, not oil."


def test_a_correction_with_nothing_left_to_read_is_refused_by_the_form_and_the_database(world):  # noqa: F811
    with pytest.raises(ValidationError, match="Say what was corrected"):
        Correction(article=world.pact, text="<b> </b>").full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        Correction.objects.create(article=world.pact, text="<script>only code</script>")


def test_a_correction_cannot_be_dated_in_the_future(world):  # noqa: F811
    with pytest.raises(ValidationError, match="not in the future"):
        Correction(article=world.pact, text="Fixed.", published_at=at(2099, 1, 1)).full_clean()
    Correction(article=world.pact, text="Fixed.").full_clean()  # now is fine


def test_the_article_without_corrections_says_nothing_about_them(client, world):  # noqa: F811
    html = client.get(world.trade.get_absolute_url()).content.decode()
    assert "story__corrections" not in html and "story__corrected" not in html
    assert "correction" not in json_ld(html)


def test_corrections_are_in_the_json_ld_and_the_api(client, corrected):
    data = json_ld(client.get(corrected.get_absolute_url()).content.decode())
    assert [c["@type"] for c in data["correction"]] == ["CorrectionComment", "CorrectionComment"]
    assert data["correction"][0]["datePublished"].startswith("2022-12-07T09:00:00")
    api = client.get(f"/api/v1/articles/{corrected.pk}/").json()
    assert [c["text"] for c in api["corrections"]] == [
        "An earlier version gave the wrong date of the visit.", "The pact covers gas, not oil."
    ]


@pytest.mark.django_db(transaction=True)  # the page cache's version moves on commit
def test_a_new_correction_reaches_the_cached_page_at_once(client, world, settings):  # noqa: F811
    settings.PAGE_CACHE_TIMEOUT = 600
    url = world.pact.get_absolute_url()
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    Correction.objects.create(article=world.pact, text="The minister's name was misspelt.")
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    assert "The minister&#x27;s name was misspelt." in response.content.decode()


def change_form_fields(client, url):
    """The article change form's own fields as the admin filled them in (not the image, the split date or inlines)."""
    form = client.get(url).context["adminform"].form
    return {
        name: ("" if value is None else value) for name, value in form.initial.items()
        if name in form.fields and name not in {"image", "published_at"}
    }


def test_an_editor_adds_a_correction_in_the_admin(editor_client, world):  # noqa: F811
    article = world.trade
    url = f"/admin/articles/article/{article.pk}/change/"
    data = change_form_fields(editor_client, url)
    data.update({
        "published_at_0": "2022-12-20", "published_at_1": "12:00:00",
        **inline_management("author_credits", 1, 1),
        "author_credits-0-id": article.author_credits.get().pk,
        "author_credits-0-article": article.pk,
        "author_credits-0-author": article.author_credits.get().author_id,
        "author_credits-0-position": "0",
        **inline_management("tags", 2, 2),
        **{
            f"tags-{n}-{field}": value for n, tag in enumerate(article.tags.order_by("pk"))
            for field, value in {
                "id": tag.pk, "article": article.pk, "entity": tag.entity_id, "mentions": tag.mentions,
                "first_offset": tag.first_offset,
            }.items()
        },
        **inline_management("corrections", 1),
        "corrections-0-published_at_0": "2022-12-21",
        "corrections-0-published_at_1": "08:00:00",
        "corrections-0-text": "The figures were for November, not December.",
    })
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.context and [response.context["adminform"].form.errors] + [
        formset.formset.errors for formset in response.context["inline_admin_formsets"]
    ]
    assert list(article.corrections.values_list("text", flat=True)) == ["The figures were for November, not December."]


# --- withdrawal -----------------------------------------------------------------


def withdraw(article, note="Withdrawn: the article relied on a document that proved to be forged."):
    article.status = Article.Status.WITHDRAWN
    article.withdrawal_note = note
    article.save()
    return article


def test_a_withdrawn_article_answers_410_with_the_note_not_the_article(client, world):  # noqa: F811
    withdraw(world.pact)
    response = client.get(world.pact.get_absolute_url())
    assert response.status_code == 410
    html = response.content.decode()
    assert "This article was withdrawn" in html
    assert "relied on a document that proved to be forged" in html
    assert "First published" in html and "5 December 2022" in html
    assert world.pact.headline not in html  # it may have been withdrawn for what it said
    assert "cooperation on energy" not in html
    assert '<meta name="robots" content="noindex">' in html


def test_a_withdrawn_article_leaves_listings_search_feeds_sitemaps_counts_and_the_api(client, world):  # noqa: F811
    china = world.pact.tags.get(entity__iso_code="CN").entity
    before = public_article_count(china)
    withdraw(world.pact)
    assert public_article_count(china) == before - 1
    for url in ("/articles/", "/articles/?q=pact", "/countries/cn/", "/feeds/atom/", "/sitemap-articles.xml"):
        assert world.pact.slug not in client.get(url).content.decode(), url
    api = client.get("/api/v1/articles/?q=pact").json()
    assert world.pact.pk not in [item["id"] for item in api["results"]]
    detail = client.get(f"/api/v1/articles/{world.pact.pk}/")
    assert detail.status_code == 410
    assert detail.json()["withdrawal_note"].startswith("Withdrawn: the article relied")


def test_withdrawal_is_dated_and_undone_by_publishing_again(client, world):  # noqa: F811
    article = withdraw(world.pact)
    assert article.withdrawn_at is not None
    first_withdrawal = article.withdrawn_at
    article.save()  # saving it again keeps the date it was withdrawn
    assert Article.objects.get(pk=article.pk).withdrawn_at == first_withdrawal
    article.status = Article.Status.PUBLISHED
    article.save()
    assert Article.objects.get(pk=article.pk).withdrawn_at is None
    assert client.get(article.get_absolute_url()).status_code == 200


def test_withdrawing_needs_a_note_and_keeps_the_date(world):  # noqa: F811
    article = world.pact
    article.status = Article.Status.WITHDRAWN
    article.withdrawal_note = "<p> </p>"
    with pytest.raises(ValidationError, match="say why here"):
        article.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.filter(pk=article.pk).update(status="withdrawn", withdrawal_note="")
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.filter(pk=article.pk).update(status="withdrawn", withdrawal_note="Why", published_at=None)


def test_a_draft_or_unknown_address_is_still_404_not_410(client, world):  # noqa: F811
    assert client.get(world.draft.get_absolute_url()).status_code == 404
    withdraw(world.pact)
    wrong_day = world.pact.published_at + datetime.timedelta(days=1)
    url = f"/articles/{wrong_day:%Y/%m/%d}/{world.pact.slug}/"
    assert client.get(url).status_code == 404


def test_an_editor_withdrawing_without_a_note_is_told_why_in_the_form(editor_client):  # noqa: F811
    article = ArticleFactory(headline="Disputed claims", published_at=at(2024, 3, 5))
    url = f"/admin/articles/article/{article.pk}/change/"
    data = change_form_fields(editor_client, url)
    data.update({
        "status": "withdrawn", "withdrawal_note": "",
        "published_at_0": "2024-03-05", "published_at_1": "12:00:00",
        **inline_management("author_credits", 0), **inline_management("tags", 0), **inline_management("corrections", 0),
    })
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["withdrawal_note"] == [
        "To withdraw an article, say why here: readers see this note."
    ]
    data["withdrawal_note"] = "The claims could not be verified."
    assert editor_client.post(url, data).status_code == 302
    article.refresh_from_db()
    assert (article.status, article.withdrawal_note) == ("withdrawn", "The claims could not be verified.")


def test_new_articles_are_never_created_withdrawn(editor_client, tmp_path):  # noqa: F811
    (tmp_path / "a.txt").write_text("Headline\n\nBody text of the article.", encoding="utf-8")
    with pytest.raises(CommandError, match="invalid choice: 'withdrawn'"):
        call_command("import_articles", str(tmp_path), "--status", "withdrawn", "--no-progress")
    form = editor_client.get("/admin/articles/article/import/").context["form"]
    assert [value for value, _ in form.fields["status"].choices] == ["draft", "published"]


# --- the corrections page and feed ------------------------------------------------


def correct(article, text, days_after):
    return Correction.objects.create(
        article=article, text=text, published_at=article.published_at + datetime.timedelta(days=days_after)
    )


def test_the_corrections_page_lists_corrections_to_public_articles_newest_first(
    client, world, no_page_cache  # noqa: F811
):
    correct(world.pact, "The pact covers gas, not oil.", 2)
    correct(world.trade, "Exports fell by 3%, not 30%.", 1)
    correct(world.draft, "A correction to a draft.", 1)
    correct(world.future, "A correction to a scheduled article.", 1)
    withdrawn = withdraw(world.winter)
    correct(withdrawn, "A correction to a withdrawn article.", 1)
    Correction.objects.create(article=world.summit, text="Dated tomorrow.", published_at=at(2099, 1, 1))
    html = client.get("/corrections/").content.decode()
    items = re.findall(r'<p class="corrections-list__text">(.*?)</p>', html)
    assert items == ["Exports fell by 3%, not 30%.", "The pact covers gas, not oil."]  # 21 Dec, then 7 Dec 2022
    assert f'href="{world.pact.get_absolute_url()}#corrections-title"' in html
    assert 'href="/corrections/"' in client.get("/").content.decode()  # from every page's footer


def test_the_corrections_page_walks_back_by_date_and_refuses_a_damaged_link(
    client, world, no_page_cache, settings  # noqa: F811
):
    settings.NEWSARCHIVE_CORRECTIONS_PAGE_SIZE = 2
    for day in range(1, 6):
        correct(world.pact, f"Correction number {day}.", day)
    seen, url = [], "/corrections/"
    while url:
        html = client.get(url).content.decode()
        seen.append(re.findall(r"Correction number (\d)", html))
        older = re.search(r'<a href="(\?before=[^"]+)" rel="next">', html)
        url = "/corrections/" + older.group(1).replace("&amp;", "&") if older else ""
    assert seen == [["5", "4"], ["3", "2"], ["1"]]
    damaged = client.get("/corrections/?before=yesterday")
    assert damaged.status_code == 400
    assert "This page link is damaged" in damaged.content.decode()
    assert client.get("/corrections/?before=1990-01-01T00:00:00%2B00:00,1").status_code == 404


@pytest.mark.parametrize("count", [3, 25])
def test_the_corrections_page_makes_one_query_whatever_it_shows(
    client, world, no_page_cache, django_assert_num_queries, count  # noqa: F811
):
    for day in range(count):
        correct(world.pact, f"Correction {day}.", day)
    client.get("/corrections/")  # the content version, read once per version
    with django_assert_num_queries(1):
        assert client.get("/corrections/").status_code == 200


def test_the_corrections_feed(client, world):  # noqa: F811
    correct(world.pact, "The pact covers gas, not oil.", 2)
    feed = client.get("/feeds/corrections/")
    assert feed["Content-Type"].startswith("application/atom+xml")
    xml = feed.content.decode()
    assert "<title>Correction: China and Russia sign a pact</title>" in xml
    assert f"{world.pact.get_absolute_url()}#corrections-title" in xml
    assert "The pact covers gas, not oil." in xml


@pytest.mark.django_db(transaction=True)  # the page cache's version moves on commit
def test_a_correction_dated_in_the_future_is_hidden_until_its_date(client, world, settings):  # noqa: F811
    from unittest import mock

    from django.utils import timezone

    settings.PAGE_CACHE_TIMEOUT = 600
    due = timezone.now() + datetime.timedelta(hours=2)
    Correction.objects.create(article=world.pact, published_at=due, text="Not yet: the date of the visit.")
    url = world.pact.get_absolute_url()
    html = client.get(url).content.decode()
    assert "Not yet" not in html and "story__corrected" not in html
    assert client.get(f"/api/v1/articles/{world.pact.pk}/").json()["corrections"] == []
    assert "Not yet" not in client.get("/corrections/").content.decode()
    later = due + datetime.timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later), mock.patch("time.time", return_value=later.timestamp()):
        response = client.get(url)
        assert response["X-Page-Cache"] == "miss"  # the cached page went stale at the correction's date
        assert "Not yet: the date of the visit." in response.content.decode()
        assert [c["text"] for c in client.get(f"/api/v1/articles/{world.pact.pk}/").json()["corrections"]] == [
            "Not yet: the date of the visit."
        ]
