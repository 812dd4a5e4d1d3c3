"""A page's cached fragments: read from the cache in one round trip, written in one more (issue 17)."""

import datetime

import pytest
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.test import override_settings
from django.utils import timezone

from articles.core.caching import cached_fragment, fragment_cache_key, fragments_read_together
from articles.tests.factories import ArticleFactory, CountryFactory

pytestmark = pytest.mark.django_db


def _counted(method):
    """``LocMemCache.method``, recorded when called from outside the cache (its ``get_many`` calls ``get``)."""

    def counted(self, *args, **kwargs):
        CountingCache.depth += 1
        try:
            return getattr(LocMemCache, method)(self, *args, **kwargs)
        finally:
            CountingCache.depth -= 1
            if not CountingCache.depth:
                keys = args[0] if isinstance(args[0], (list, tuple, dict)) else [args[0]]
                CountingCache.calls.append((method, sorted(keys)))

    return counted


class CountingCache(LocMemCache):
    """A local-memory cache that records each call made to it: what a shared cache would count as round trips."""

    calls = []
    depth = 0
    get, get_many, set, set_many, add, delete = map(_counted, ("get", "get_many", "set", "set_many", "add", "delete"))


COUNTING = {"default": {"BACKEND": f"{__name__}.CountingCache", "LOCATION": "counting"}}


def fragment_calls():
    """The calls that touched a fragment: (method, how many fragment keys)."""
    return [
        (method, sum(key.startswith("fragment:") for key in keys))
        for method, keys in CountingCache.calls
        if any(key.startswith("fragment:") for key in keys)
    ]


@pytest.fixture
def counted_cache():
    with override_settings(CACHES=COUNTING):
        cache.clear()
        CountingCache.calls.clear()
        yield CountingCache.calls


def test_fragments_computed_inside_the_block_are_written_when_it_ends(counted_cache):
    computed = []

    def compute():
        computed.append(1)
        return {"n": len(computed)}

    with fragments_read_together(("tally", {"q": "x"})):
        assert cached_fragment("tally", {"q": "x"}, compute) == {"n": 1}
        assert cached_fragment("tally", {"q": "x"}, compute) == {"n": 1}  # not computed, nor asked of the cache, again
        assert cache.get(fragment_cache_key("tally", {"q": "x"})) is None
    assert cached_fragment("tally", {"q": "x"}, compute) == {"n": 1}
    assert computed == [1]


def test_fragments_already_cached_come_from_the_one_read(counted_cache):
    cached_fragment("tally", {}, lambda: 7)
    cached_fragment("chart", {}, lambda: None)  # None is a value like any other
    counted_cache.clear()
    with fragments_read_together(("tally", {}), ("chart", {})):
        assert cached_fragment("tally", {}, lambda: 8) == 7
        assert cached_fragment("chart", {}, lambda: "computed") is None
    assert fragment_calls() == [("get_many", 2)]


def test_a_fragment_not_named_up_front_is_read_alone_and_written_with_the_others(counted_cache):
    with fragments_read_together(("tally", {})):
        cached_fragment("tally", {}, lambda: 1)
        cached_fragment("snippets", {"ids": [3, 1]}, lambda: {3: "…"})
    assert fragment_calls() == [("get_many", 1), ("get", 1), ("set_many", 2)]


@pytest.fixture
def chinese_articles(db):
    china = CountryFactory(name="China", iso_code="CN")
    start = timezone.now() - datetime.timedelta(days=40)
    for day in range(25):
        ArticleFactory(published_at=start + datetime.timedelta(days=day), entities=[china])


@pytest.mark.parametrize(
    "url, first, warm",
    [
        # The country menu, the count and the summary (facets and chart) in one read and one write.
        ("/countries/cn/", [("get_many", 3), ("set_many", 3)], [("get_many", 3)]),
        # A search: its window too; its cards' snippets depend on the page's ids, known only once the window is
        # read (the second page's are new, so written).
        (
            "/articles/?q=cooperation",
            [("get_many", 4), ("get", 1), ("set_many", 5)],
            [("get_many", 4), ("get", 1), ("set_many", 1)],
        ),
    ],
)
def test_a_listing_reads_its_fragments_in_one_round_trip_and_writes_them_in_one_more(
    client, chinese_articles, no_page_cache, counted_cache, url, first, warm
):
    assert client.get(url).status_code == 200
    assert fragment_calls() == first
    counted_cache.clear()
    assert client.get(url + ("&" if "?" in url else "?") + "page=2").status_code == 200
    assert fragment_calls() == warm
