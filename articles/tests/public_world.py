"""A small archive for the public-page tests: four public articles, a draft and a future one.

Import the ``world`` fixture into a test module to use it. The archive is built once per module and each test
gets its own copy (see ``shared_data``); ``world_once``, the module's half, comes from the package's conftest.
The browser tests build the same archive over the real vocabulary (``build_world(find_in_vocabulary)``).
"""

import datetime
from types import SimpleNamespace

import pytest
from django.utils import timezone

from articles.models import Article, Entity
from articles.tests.factories import ArticleFactory, AuthorFactory, CountryFactory, EntityFactory
from articles.tests.shared_data import once_per_module

UTC = datetime.timezone.utc


def at(year, month, day, hour=12, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=UTC)


def make_entity(name, kind, iso_code=None):
    """A new country (with ``iso_code``) or entity of ``kind``."""
    if iso_code:
        return CountryFactory(name=name, iso_code=iso_code)
    return EntityFactory(name=name, kind=kind)


def find_in_vocabulary(name, kind, iso_code=None):
    """The country or entity of that name in the loaded vocabulary (``load_countries``, ``load_entities``)."""
    if iso_code:
        return Entity.objects.get(kind=Entity.Kind.COUNTRY, iso_code=iso_code)
    return Entity.objects.get(kind=kind, name=name)


def build_world(entity=make_entity):
    """The archive; ``entity(name, kind, iso_code=None)`` gives each country, person and organization it tags."""
    china, russia, india = (
        entity(name, Entity.Kind.COUNTRY, code) for name, code in (("China", "CN"), ("Russia", "RU"), ("India", "IN"))
    )
    entity("Chad", Entity.Kind.COUNTRY, "TD")  # a country nobody wrote about
    xi = entity("Xi Jinping", Entity.Kind.PERSON)
    putin = entity("Vladimir Putin", Entity.Kind.PERSON)
    brics = entity("BRICS", Entity.Kind.ORGANIZATION)
    ann, ben = AuthorFactory(name="Ann Able"), AuthorFactory(name="Ben Baker")
    pact = ArticleFactory(
        headline="China and Russia sign a pact",
        standfirst="Leaders meet in Moscow.",
        body_html="<p>The two governments promised deeper cooperation on energy.</p>",
        published_at=at(2022, 12, 5, 23, 30),
        entities=[china, russia, xi, putin],
        authors=[ann],
        image_caption="Leaders shake hands.",
        image_credit="Anton Veselov/Shutterstock.com",
    )
    trade = ArticleFactory(
        headline="Beijing publishes trade figures",
        body_html="<p>Exports fell in the month, the customs office said.</p>",
        published_at=at(2022, 12, 20),
        entities=[china, xi],
        authors=[ben],
    )
    winter = ArticleFactory(
        headline="A hard winter in Moscow",
        body_html="<p>Heating prices rose again.</p>",
        published_at=at(2023, 1, 10),
        entities=[russia, putin],
        authors=[ann],
    )
    summit = ArticleFactory(
        headline="India hosts a BRICS meeting",
        body_html="<p>Ministers discussed cooperation in trade.</p>",
        published_at=at(2021, 6, 1),
        entities=[india, brics],
        authors=[ben],
    )
    draft = ArticleFactory(
        headline="Secret draft on China cooperation",
        body_html="<p>Not ready: cooperation.</p>",
        status=Article.Status.DRAFT,
        published_at=at(2022, 12, 6),
        entities=[china, xi],
        authors=[ann],
    )
    future = ArticleFactory(
        headline="Scheduled story on China cooperation",
        body_html="<p>Embargoed cooperation news.</p>",
        published_at=timezone.now() + datetime.timedelta(days=3),
        entities=[china, xi],
        authors=[ann],
    )
    return SimpleNamespace(
        china=china, russia=russia, india=india, xi=xi, putin=putin, brics=brics, ann=ann, ben=ben,
        pact=pact, trade=trade, winter=winter, summit=summit, draft=draft, future=future,
        public=[winter, trade, pact, summit], hidden=[draft, future],
    )


world_once = once_per_module("world", build_world)


@pytest.fixture
def world(world_once, db):
    return world_once.for_test()


def headlines(response):
    """Headlines of the result cards on a listing page, in order."""
    return [article.headline for article in response.context["articles"]]


def assert_cold_and_warm_queries(client, django_assert_num_queries, url, cold, warm):
    """``url`` answers 200 in ``cold`` queries with an empty cache, in ``warm`` when only its fragments are
    cached (the page cache off, so the view runs), and in none once the whole page is cached."""
    from django.core.cache import cache
    from django.test import override_settings

    cache.clear()
    with django_assert_num_queries(cold):
        first = client.get(url)
    assert first.status_code == 200, url
    with override_settings(PAGE_CACHE_TIMEOUT=0), django_assert_num_queries(warm):
        assert client.get(url).status_code == 200, url
    with django_assert_num_queries(0):
        cached = client.get(url)
    assert (cached.status_code, cached["X-Page-Cache"], cached.content) == (200, "hit", first.content), url
