"""A listing window's dates, decoded by psycopg's loader: the same values, the same time zone objects."""

import datetime

import pytest
from django.db import connection

from articles.core.db import quick_timestamps
from articles.models import Article
from articles.tests.factories import ArticleFactory

STAMPS = [
    datetime.datetime(1903, 2, 1, 0, 0, 0, tzinfo=datetime.UTC),
    datetime.datetime(2020, 2, 29, 23, 59, 59, 999999, tzinfo=datetime.UTC),
    datetime.datetime(2021, 3, 28, 1, 30, 0, 1, tzinfo=datetime.UTC),
    datetime.datetime(2024, 10, 27, 0, 59, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-9, minutes=-30))),
]


def _rows():
    return list(Article.objects.order_by("id").values_list("id", "published_at"))


@pytest.mark.django_db
def test_dates_read_quickly_are_the_dates_read_by_django():
    for stamp in STAMPS:
        ArticleFactory(published_at=stamp)
    plain = _rows()
    with quick_timestamps():
        quick = _rows()
    assert quick == plain
    assert [at.tzinfo for _, at in quick] == [at.tzinfo for _, at in plain]
    assert [at.isoformat() for _, at in quick] == [at.isoformat() for _, at in plain]
    assert _rows() == plain  # and the connection reads as before afterwards


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite has no timestamptz loader")
def test_inside_quick_timestamps_a_cursor_uses_psycopgs_loader_and_outside_djangos():
    from django.db.backends.postgresql.psycopg_any import BaseTzLoader
    from psycopg.pq import Format

    def loader(cursor):
        return cursor.cursor.adapters.get_loader(cursor.cursor.adapters.types["timestamptz"].oid, Format.TEXT)

    with quick_timestamps(), connection.cursor() as cursor:
        cursor.execute("SELECT now()")
        assert not issubclass(loader(cursor), BaseTzLoader)
    with connection.cursor() as cursor:
        cursor.execute("SELECT now()")
        assert issubclass(loader(cursor), BaseTzLoader)
