"""The page cache stores canonical URLs only: parameters a view does not read are dropped, the rest sorted."""

import pytest
from django.core.cache import cache
from django.http import QueryDict
from django.test import RequestFactory

from articles.public.canonical import canonical_query
from articles.tests.public_world import world  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db


def page_cache_entries():
    """How many whole pages the cache holds, on Redis (django-redis) or the local-memory cache."""
    if hasattr(cache, "keys"):
        return len(cache.keys("page:*"))
    return sum(":page:" in key for key in cache._cache)


def test_a_thousand_junk_variants_of_a_url_occupy_one_cache_entry(client, world):
    first = client.get("/countries/ru/?date_from=2022-01-01&utm_campaign=junk0")
    assert first["X-Page-Cache"] == "miss"
    for n in range(1, 1000):
        response = client.get(f"/countries/ru/?utm_campaign=junk{n}&date_from=2022-01-01&fbclid={n}")
        assert response["X-Page-Cache"] == "hit"
    assert page_cache_entries() == 1
    assert client.get("/countries/ru/?date_from=2022-01-01").content == first.content


def test_the_page_never_shows_the_parameters_it_dropped(client, world):
    html = client.get("/articles/?country=cn&utm_source=evil-newsletter").content.decode()
    assert "evil-newsletter" not in html and "utm_source" not in html


def test_parameter_order_does_not_make_another_page(client, world):
    client.get("/articles/?q=cooperation&country=ru&country=cn")
    assert client.get("/articles/?country=cn&q=cooperation&country=ru")["X-Page-Cache"] == "hit"
    assert page_cache_entries() == 1


def test_a_changed_value_is_another_page(client, world):
    client.get("/articles/?country=cn")
    assert client.get("/articles/?country=ru")["X-Page-Cache"] == "miss"
    assert page_cache_entries() == 2


@pytest.mark.parametrize(
    "url, canonical",
    [
        ("/articles/?utm_source=x&sort=oldest&q=a&page=2", "page=2&q=a&sort=oldest"),
        ("/?q=anything&page=3", ""),
        ("/articles/2022/12/05/a-slug/?ref=x", ""),
        ("/archive/2022/12/?page=2&x=1", "page=2"),
        ("/corrections/?before=x&after=y", "before=x"),
        ("/feeds/rss/?page=2&country=cn", "country=cn"),
        ("/api/v1/articles/?cursor=abc&page_size=5&junk=1", "cursor=abc&page_size=5"),
        ("/sitemap-articles.xml?p=2&junk=1", "p=2"),
    ],
)
def test_each_view_keeps_the_parameters_it_reads(url, canonical):
    assert canonical_query(RequestFactory().get(url)) == canonical


def test_logged_in_editors_keep_their_url_as_typed(admin_client, world):
    response = admin_client.get("/articles/?country=cn&utm_source=x")
    assert response.wsgi_request.GET == QueryDict("country=cn&utm_source=x")
