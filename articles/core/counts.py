"""The per-entity monthly counts (``EntityMonthCount``) that the database keeps on every tag write, and what they count.

The triggers are migration 0004's, from ``counts_sql.py``. SQLite drops a
table's triggers when a schema change rebuilds the table, so after every
migrate the missing ones are put back and the counts recomputed.
"""

import datetime
from dataclasses import dataclass

from django.db import connections
from django.db.models import Sum
from django.utils import timezone

from articles.core.caching import cached_fragment
from articles.core.counts_sql import SQLITE_RECOUNT, SQLITE_TRIGGERS
from articles.core.db import restore_sqlite_triggers
from articles.models import Entity, EntityMonthCount
from articles.querysets import public_tags


@dataclass(frozen=True)
class CountryCount:
    name: str
    slug: str
    iso_code: str
    url: str  # reversed once, when the counts are computed, not on every view of a page
    article_count: int


def countries_with_counts():
    """Every country with its number of public articles, by name (the countries page and the API's).

    One query over every country tag, cached for the content version.
    """
    return cached_fragment("countries-with-counts", {}, _count_countries)


def _count_countries():
    countries = Entity.objects.countries().with_public_article_counts().order_by("name")
    return [CountryCount(c.name, c.slug, c.iso_code, c.get_absolute_url(), c.article_count) for c in countries]


def restore_sqlite_count_triggers(using="default", **kwargs):
    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        if not restore_sqlite_triggers(cursor, EntityMonthCount._meta.db_table, SQLITE_TRIGGERS):
            return
        # Tags written while a trigger was missing went uncounted: count again.
        cursor.execute("DELETE FROM articles_entitymonthcount")
        cursor.execute(SQLITE_RECOUNT)


def month_start(day):
    return day.replace(day=1)


def next_month(day):
    return (day.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)


def counts_are_by_local_month():
    """The counters are by UTC month: they answer date-bounded questions only when the archive's dates are UTC."""
    return timezone.get_current_timezone_name() == "UTC"


def past_month_counts(entity_id, lower=None, upper=None):
    """The counters' rows for one entity, months from ``lower`` to before ``upper`` (firsts of months).

    Only months before this one: this month's articles are still arriving or
    scheduled, so callers count it live (:func:`this_month_so_far`).
    """
    this_month = month_start(timezone.localdate())
    months = EntityMonthCount.objects.filter(entity_id=entity_id, month__lt=min(upper or this_month, this_month))
    return months.filter(month__gte=lower) if lower is not None else months


def this_month_so_far(entity_id, end=None):
    """Public articles tagging the entity since this month began (up to ``end``), from the tag index."""
    return public_tags(entity_id, month_start(timezone.localdate()), end).count()


def public_article_count(entity_id, start=None, end=None):
    """Exactly how many public articles tag the entity, published from ``start`` to ``end`` (dates, inclusive).

    Whole months before this one are summed from ``EntityMonthCount``; the
    partial months at either end of the range, and this month so far, are
    counted live on the tag index (at most about two months of rows).
    """
    this_month = month_start(timezone.localdate())
    lower = None if start is None else (start if start.day == 1 else next_month(start))
    upper = this_month if end is None else min(this_month, month_start(end + datetime.timedelta(days=1)))
    if lower is not None and lower >= upper:
        return public_tags(entity_id, start, end).count()  # no whole month inside: all live
    total = past_month_counts(entity_id, lower, upper).aggregate(total=Sum("articles"))["total"] or 0
    if start is not None and start < lower:
        total += public_tags(entity_id, start, lower - datetime.timedelta(days=1)).count()
    if end is None or end >= upper:
        total += public_tags(entity_id, upper, end).count()
    return total


def round_estimate(value):
    """Two significant figures: an estimate should not look more precise than it is."""
    if value < 100:
        return round(value)
    digits = len(str(int(value))) - 2
    return int(round(value, -digits))
