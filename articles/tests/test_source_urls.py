"""Source URLs from outside: http and https only, on every write and every page that links one."""

import pytest
from django.apps import apps
from django.db import connection
from django.db.migrations import RunPython
from django.db.migrations.loader import MigrationLoader
from lxml import html as lxml_html

from articles.core.sanitize import allowed_url
from articles.models import Article
from articles.tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

REFUSED = [
    "javascript:alert(document.domain)//", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "\x01javascript:alert(1)",
    "jav\tascript:alert(1)", "java\nscript:alert(1)", "vbscript:msgbox(1)", "VBScript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "javascript&colon;alert(1)", "//evil.example/x", "/relative/path", "ftp://files.example.org/a",
    "mailto:desk@example.org", "http:///no-host", "https://exa\x00mple.org/", "https://[::1", "https://e.org/\ud800",
]


@pytest.mark.parametrize("url", REFUSED)
def test_allowed_url_refuses_every_scheme_but_http_and_https(url):
    assert allowed_url(url) == ""


@pytest.mark.parametrize(
    "url, allowed",
    [
        ("https://news.example.org/a?b=1#c", "https://news.example.org/a?b=1#c"),
        ("  HTTP://News.example.org/a\n", "HTTP://News.example.org/a"),
        ("https://news.example.org/a b", "https://news.example.org/a%20b"),
        ("https://news.exa\tmple.org/", "https://news.example.org/"),
    ],
)
def test_allowed_url_keeps_http_and_https_read_as_a_browser_reads_them(url, allowed):
    assert allowed_url(url) == allowed


@pytest.mark.parametrize("url", ["javascript:alert(1)", " JAVASCRIPT:alert(1)", "data:text/html,x"])
def test_saving_an_article_from_the_shell_drops_a_source_url_that_is_not_http(url):
    article = ArticleFactory(source_url=url)
    article.refresh_from_db()
    assert (article.source_url, article.source_url_key) == ("", "")


def test_the_article_page_links_a_stored_url_only_through_the_allow_list(client):
    good = ArticleFactory(source_url="https://news.example.org/story", outlet="The Example")
    bad = ArticleFactory(outlet="Elsewhere")
    Article.objects.filter(pk=bad.pk).update(source_url="javascript:alert(document.domain)//")  # as if stored before
    good_page = lxml_html.fromstring(client.get(good.get_absolute_url()).content)
    assert good_page.xpath("//p[@class='story__source']/a/@href") == ["https://news.example.org/story"]
    bad_page = lxml_html.fromstring(client.get(bad.get_absolute_url()).content)
    assert bad_page.xpath("//p[@class='story__source']") == []
    assert not [href for href in bad_page.xpath("//@href") if "javascript" in href.lower()]


def test_the_migration_empties_stored_urls_of_other_schemes_and_keeps_the_rest():
    [step] = [op for op in MigrationLoader(connection).get_migration("articles", "0009_source_url_http_only").operations
              if isinstance(op, RunPython)]
    kept = ArticleFactory(source_url="https://news.example.org/kept")
    tidied = ArticleFactory()
    clash = ArticleFactory()
    hostile = {ArticleFactory().pk: url for url in ("javascript:alert(1)", " JAVASCRIPT:x", "vbscript:x", "data:text/html,x")}
    for pk, url in hostile.items():
        Article.objects.filter(pk=pk).update(source_url=url, source_url_key=url)
    Article.objects.filter(pk=tidied.pk).update(source_url=" https://news.example.org/ti\tdied")
    Article.objects.filter(pk=clash.pk).update(source_url="https://news.example.org/kept\n")
    step.code(apps, None)
    urls = dict(Article.objects.values_list("pk", "source_url"))
    keys = dict(Article.objects.values_list("pk", "source_url_key"))
    assert all(urls[pk] == "" and keys[pk] == "" for pk in hostile)
    assert urls[kept.pk] == "https://news.example.org/kept"
    assert (urls[tidied.pk], keys[tidied.pk]) == ("https://news.example.org/tidied", "https://news.example.org/tidied")
    assert urls[clash.pk] == ""  # tidied, it would repeat another article's source


def test_one_line_fields_lose_the_control_characters_no_feed_can_carry(client):
    article = ArticleFactory(headline="War\x01 in \x0bthe north\x7f", byline="By Ann\x08 Able", outlet="The\x1f Post")
    article.refresh_from_db()
    assert (article.headline, article.byline, article.outlet) == ("War in the north", "By Ann Able", "The Post")
    assert client.get("/feeds/rss/").status_code == 200
