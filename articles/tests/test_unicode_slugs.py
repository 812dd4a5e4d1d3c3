"""Slugs in the name's own script: made, linked, percent-encoded, resolved, filtered on, and given to old rows.

Every text here is invented.
"""

import io
import unicodedata
from itertools import islice
from urllib.parse import quote, unquote, urlsplit
from xml.etree import ElementTree

import pytest
from django.core.management import call_command
from django.utils.text import slugify
from lxml import html as lxml_html

from articles.models import Article, Author, Entity, EntityAlias, FormerSlug
from articles.models.derived import cut_between_graphemes, is_slug, slug_candidates, slugify_any_script

from .factories import ArticleFactory, AuthorFactory, EntityFactory
from .test_import_admin import IMPORT, save_data


def is_mark(char):
    return unicodedata.category(char).startswith("M")


# --- the slug of a name ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, slug",
    [
        ("Harbour strike ends", "harbour-strike-ends"),
        ("Café au lait à Genève", "cafe-au-lait-a-geneve"),  # accents only: ASCII, as before
        ("Zürich Ölpreis", "zurich-olpreis"),
        ("Çiftçi ağa", "ciftci-aga"),
        ("Işık", "işık"),  # dotless ı has no ASCII form either
        ("İnce ılık rüzgâr", "ince-ılık-rüzgâr"),  # İ lower-cased is i, not i with a second dot
        ("Новый мост через реку", "новый-мост-через-реку"),
        ("افتتاح مكتبة جديدة", "افتتاح-مكتبة-جديدة"),
        ("新桥开通", "新桥开通"),
        ("नई सड़क खुली", "नई-सड़क-खुली"),  # the vowel signs and nukta stay with their letters
        ("ถนนใหม่เปิดแล้ว", "ถนนใหม่เปิดแล้ว"),
        ("Νέα γέφυρα", "νέα-γέφυρα"),
        ("Mayor of Тверь speaks", "mayor-of-тверь-speaks"),  # mixed: one slug, in both scripts
        ("Đà Lạt market", "đà-lạt-market"),  # Đ has no ASCII form: folding would lose it
        ("Große Straße", "große-straße"),
        ("!!! ???", ""),
    ],
)
def test_a_slug_keeps_the_names_script_when_ascii_would_lose_letters(name, slug):
    assert slugify_any_script(name) == slug


@pytest.mark.parametrize("name", ["Harbour strike ends", "Café au lait à Genève", "Ångström’s “law”", "R&D: 50% up", "ﬁrst ½ mile"])
def test_a_name_that_folds_to_ascii_gets_the_slug_it_always_had(name):
    assert slugify_any_script(name) == slugify(name)


def test_a_name_without_letters_is_untitled_and_numbered():
    assert list(islice(slug_candidates("— ? —"), 3)) == ["untitled", "untitled-2", "untitled-3"]


def test_a_long_slug_is_never_cut_between_a_letter_and_its_marks():
    name = " ".join(["किताबें"] * 40)  # each word ends on a vowel sign and a nasal mark
    for max_length in range(20, 60):
        for candidate in islice(slug_candidates(name, max_length=max_length), 3):
            assert len(candidate) <= max_length and is_slug(candidate)
            head = candidate.removesuffix("-2").removesuffix("-3")
            full = slugify_any_script(name)
            assert full.startswith(head) and (len(head) == len(full) or not is_mark(full[len(head)]))


def test_cutting_keeps_whole_graphemes_and_counts_characters():
    assert cut_between_graphemes("कि", 1) == ""
    assert cut_between_graphemes("abcकि", 4) == "abc"
    assert cut_between_graphemes("мост", 3) == "мос"


def test_marks_with_no_letter_before_them_are_dropped():
    assert slugify_any_script("\u093f\u093e word") == "word"


@pytest.mark.parametrize("slug, valid", [
    ("новый-мост", True), ("नई-सड़क", True), ("a_b-1", True), ("", False), ("a b", False), ("a/b", False),
    ("a%20b", False), ("a.b", False), ("\u093f", True),
])
def test_what_is_a_slug(slug, valid):
    assert is_slug(slug) is valid


# --- stored rows --------------------------------------------------------------------------------


@pytest.mark.django_db
def test_articles_authors_and_entities_in_other_scripts_get_numbered_slugs_of_their_own():
    assert [ArticleFactory(headline="Новый мост").slug for _ in range(3)] == ["новый-мост", "новый-мост-2", "новый-мост-3"]
    assert [AuthorFactory(name="Анна Орлова").slug for _ in range(2)] == ["анна-орлова", "анна-орлова-2"]
    assert [EntityFactory(name="مدينة النور").slug for _ in range(2)] == ["مدينة-النور", "مدينة-النور-2"]


@pytest.mark.django_db
def test_an_alias_in_another_script_stands_for_its_entity():
    kept = EntityFactory(name="Pavel Orlov")
    EntityAlias.objects.create(entity=kept, name="Павел Орлов")
    assert Entity.objects.slugs_for_aliases(["павел-орлов"]) == {"павел-орлов": kept.slug}


@pytest.mark.django_db
def test_the_admin_form_takes_a_slug_with_vowel_signs(editor_client):
    author = AuthorFactory(name="राधा")
    response = editor_client.post(f"/admin/articles/author/{author.pk}/change/", {"name": "राधा", "slug": "राधा-देवी"})
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Author.objects.get(pk=author.pk).slug == "राधा-देवी"


# --- a reader's way: listing, article, entity and author pages ----------------------------------

RUSSIAN_ARTICLE = """Новый мост через реку откроют весной

Анна Орлова • 3 марта 2021 • 10:15

Городские власти сообщили, что строительство нового моста через реку почти завершено. Рабочие укладывают \
последний слой асфальта, а инженеры проверяют опоры.

По словам представителей мэрии, движение по мосту начнётся весной, когда закончатся испытания. Жители \
окрестных районов ждут этого давно: сейчас дорога в центр занимает больше часа.

Стоимость проекта осталась в пределах бюджета, добавили в мэрии.
"""


def link_to(page, text):
    """The href of the link whose text is ``text`` in the rendered ``page``."""
    hrefs = lxml_html.fromstring(page.content.decode()).xpath("//a[normalize-space(.)=$text]/@href", text=text)
    assert hrefs, f"no link “{text}”"
    return hrefs[0]


@pytest.mark.django_db
def test_an_imported_russian_article_is_read_at_the_address_the_listing_links(editor_client, vocabulary, client):
    editor_client.post(IMPORT, save_data(editor_client.post(IMPORT, {"text": RUSSIAN_ARTICLE, "status": "published"})))
    article = Article.objects.get()
    assert article.slug == "новый-мост-через-реку-откроют-весной"
    href = link_to(client.get("/articles/"), article.headline)
    assert href.isascii() and unquote(href).endswith("/новый-мост-через-реку-откроют-весной/")
    page = client.get(href)
    assert page.status_code == 200 and article.headline in page.content.decode()
    canonical = lxml_html.fromstring(page.content.decode()).xpath("//link[@rel='canonical']/@href")[0]
    assert canonical.isascii() and urlsplit(canonical).path == href


@pytest.mark.django_db
def test_entity_and_author_pages_in_another_script(client):
    person = EntityFactory(name="Павел Орлов")
    author = AuthorFactory(name="ليلى حسن")
    article = ArticleFactory(headline="Мост открыт", entities=[person], authors=[author])
    page = client.get(article.get_absolute_url())
    assert page.status_code == 200
    for name in (person.name, author.name):
        href = link_to(page, name)
        assert href.isascii()
        listing = client.get(href)
        assert listing.status_code == 200 and article.headline in listing.content.decode()


@pytest.mark.django_db
def test_a_slug_of_another_shape_is_no_page(client):
    EntityFactory(name="Павел Орлов")
    assert client.get("/entities/павел%20орлов/").status_code == 404
    assert client.get("/entities/павел.орлов/").status_code == 404


# --- filters ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_unicode_entity_slug_in_the_query_string_filters(client):
    person = EntityFactory(name="Павел Орлов")
    tagged = ArticleFactory(headline="Tagged story", entities=[person])
    ArticleFactory(headline="Other story")
    response = client.get("/articles/", {"entity": person.slug})
    assert response.status_code == 200
    text = response.content.decode()
    assert tagged.headline in text and "Other story" not in text
    assert client.get("/feeds/rss/", {"entity": person.slug}).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["павел орлов!", "мост/", "a\u200bb", "мост%"])
def test_a_malformed_slug_in_the_query_string_is_a_400(client, value):
    assert client.get("/articles/", {"entity": value}).status_code == 400
    assert client.get("/articles/", {"author": value}).status_code == 400


# --- links written for machines: API, sitemap, feeds, CSV ---------------------------------------


@pytest.mark.django_db
def test_the_api_gives_percent_encoded_urls_that_answer(client):
    person = EntityFactory(name="Павел Орлов")
    author = AuthorFactory(name="ليلى حسن")
    ArticleFactory(headline="Мост открыт", entities=[person], authors=[author])
    detail = client.get(f"/api/v1/entities/{quote(person.slug)}/")
    assert detail.status_code == 200 and detail.json()["slug"] == person.slug
    listed = client.get(detail.json()["articles"])
    assert listed.status_code == 200
    article = listed.json()["results"][0]
    urls = [article["url"], *(a["url"] for a in article["authors"]), *(e["url"] for e in article["entities"])]
    for url in [detail.json()["url"], detail.json()["articles"], *urls]:
        assert url.isascii() and "%" in url
        assert client.get(url).status_code == 200, url


@pytest.mark.django_db
def test_the_sitemap_and_the_feeds_link_articles_by_valid_uris(client):
    article = ArticleFactory(headline="افتتاح مكتبة جديدة")
    path = article.get_absolute_url()
    assert path.isascii() and unquote(path).endswith("/افتتاح-مكتبة-جديدة/")
    sitemap = ElementTree.fromstring(client.get("/sitemap-articles.xml").content)
    locations = [loc.text for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert locations == [f"http://testserver{path}"]
    rss = ElementTree.fromstring(client.get("/feeds/rss/").content)
    assert [item.findtext("link") for item in rss.iter("item")] == [f"http://testserver{path}"]
    assert [item.findtext("guid") for item in rss.iter("item")] == [f"http://testserver{path}"]
    atom = ElementTree.fromstring(client.get("/feeds/atom/").content)
    entries = list(atom.iter("{http://www.w3.org/2005/Atom}entry"))
    assert [e.find("{http://www.w3.org/2005/Atom}link").get("href") for e in entries] == [f"http://testserver{path}"]
    assert client.get(path).status_code == 200


@pytest.mark.django_db
def test_the_csv_export_links_articles_by_valid_uris(client):
    article = ArticleFactory(headline="Новый мост")
    text = b"".join(client.get("/articles/export.csv").streaming_content).decode()
    assert f"http://testserver{article.get_absolute_url()}" in text and "%D0%BD" in text


# --- rows stored as untitled-N before -----------------------------------------------------------


def stored_as(row, slug):
    type(row).objects.filter(pk=row.pk).update(slug=slug)
    row.slug = slug
    return row


@pytest.mark.django_db
def test_untitled_rows_are_given_their_slug_and_their_old_addresses_redirect(client):
    person = stored_as(EntityFactory(name="Павел Орлов"), "untitled")
    author = stored_as(AuthorFactory(name="Анна Орлова"), "untitled-2")
    article = ArticleFactory(headline="Новый мост", entities=[person], authors=[author])
    old_article_address = stored_as(article, "untitled-3").get_absolute_url()
    no_letters = ArticleFactory(headline="!!!")
    old = {"entity": f"/entities/{person.slug}/", "author": f"/authors/{author.slug}/", "article": old_article_address}

    call_command("give_untitled_slugs", stdout=io.StringIO())

    person.refresh_from_db(), author.refresh_from_db(), article.refresh_from_db(), no_letters.refresh_from_db()
    assert (person.slug, author.slug, article.slug, no_letters.slug) == ("павел-орлов", "анна-орлова", "новый-мост", "untitled")
    for kind, address in old.items():
        response = client.get(address)
        assert response.status_code == 301, kind
        assert client.get(response["Location"]).status_code == 200
    assert article.history.first().history_change_reason.startswith("Slug made from its name")
    # An old filter value, as a followed feed holds it, still filters.
    assert client.get("/articles/", {"entity": "untitled", "author": "untitled-2"}).status_code == 200
    assert client.get("/api/v1/entities/untitled/").json()["slug"] == "павел-орлов"
    # Run again: nothing left to do.
    call_command("give_untitled_slugs", stdout=io.StringIO())
    assert FormerSlug.objects.count() == 3


@pytest.mark.django_db
def test_an_old_article_address_with_another_date_is_still_a_404(client):
    article = stored_as(ArticleFactory(headline="Новый мост"), "untitled")
    call_command("give_untitled_slugs", stdout=io.StringIO())
    assert client.get("/articles/2001/01/01/untitled/").status_code == 404
    assert client.get(Article(published_at=article.published_at, slug="untitled").get_absolute_url()).status_code == 301


@pytest.mark.django_db
def test_a_row_holding_a_slug_now_comes_before_the_row_that_had_it(client):
    renamed = stored_as(EntityFactory(name="Павел Орлов"), "untitled")
    call_command("give_untitled_slugs", stdout=io.StringIO())
    holder = EntityFactory(name="?!")
    assert holder.slug == "untitled"
    assert client.get("/entities/untitled/").status_code == 200
    assert FormerSlug.objects.holder(Entity.objects.all(), "untitled") == Entity.objects.get(pk=renamed.pk)
