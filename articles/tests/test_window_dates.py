"""A listing window's dates, decoded by psycopg's loader: the same values, the same time zone objects; and the
arrays of many rows' values, written as text where psycopg would take longer to write the same."""

import datetime

import pytest
from django.db import connection

from articles.core.db import array_value, quick_timestamps
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


def test_numbers_strings_booleans_and_aware_dates_are_written_as_an_arrays_text():
    assert array_value([3, None, -2**63]) == "{3,NULL,-9223372036854775808}"
    assert array_value(['say "no"', None, "a\\b", ""]) == '{"say \\"no\\"",NULL,"a\\\\b",""}'
    assert array_value([True, None, False]) == "{t,NULL,f}"
    assert array_value([STAMPS[3], None]) == '{"2024-10-27T10:29:00+00:00",NULL}'  # the same instant, in UTC
    assert array_value([None, None]) == "{NULL,NULL}"
    naive = datetime.datetime(2021, 3, 3, 10, 15)
    assert array_value([naive]) == [naive]  # psycopg decides what a date without a zone is
    assert array_value([1, "1"]) == [1, "1"] and array_value([1.5]) == [1.5]
    assert array_value([]) == []


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="arrays are PostgreSQL's")
def test_an_arrays_text_reads_back_as_the_values_psycopg_would_send():
    texts = ["", "NULL", None, 'a "quoted" word', "back\\slash", " spaced ", "{braces}", "a,b", "Zürich", "two\nlines"]
    numbers = [0, None, 2**63 - 1, -(2**63)]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT CAST(%s AS text[]), CAST(%s AS text[]), CAST(%s AS bigint[]), CAST(%s AS bigint[])",
            [texts, array_value(texts), numbers, array_value(numbers)],
        )
        from_lists_texts, written_texts, from_lists_numbers, written_numbers = cursor.fetchone()
    assert written_texts == from_lists_texts == texts
    assert written_numbers == from_lists_numbers == numbers


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="arrays are PostgreSQL's")
def test_booleans_dates_and_nulls_written_as_text_read_back_as_psycopg_would_send_them():
    flags = [True, None, False]
    stamps = [*STAMPS, None, datetime.datetime(1890, 5, 1, 12, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=-17762)))]
    nulls = [None, None]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT CAST(%s AS boolean[]), CAST(%s AS boolean[]), CAST(%s AS timestamptz[]), "
            "CAST(%s AS timestamptz[]), CAST(%s AS bigint[])",
            [flags, array_value(flags), stamps, array_value(stamps), array_value(nulls)],
        )
        from_list_flags, written_flags, from_list_stamps, written_stamps, written_nulls = cursor.fetchone()
    assert written_flags == from_list_flags == flags
    assert written_stamps == from_list_stamps == stamps
    assert written_nulls == nulls
