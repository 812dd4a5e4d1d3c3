"""EntityMonthCount: the database keeps per-entity monthly counts exact on every tag write."""

import datetime

import pytest
from django.db import connection
from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.utils import timezone

from articles.admin.merges import merge_entities
from articles.models import Article, ArticleEntity, Entity, EntityMonthCount
from articles.tests.factories import ArticleFactory, CountryFactory, EntityFactory
from articles.tests.public_world import at

UTC = datetime.UTC


def stored_counts():
    return {
        (row.entity_id, row.month): row.articles for row in EntityMonthCount.objects.all() if row.articles
    }


def recounted():
    """The same counts computed from the tags themselves."""
    rows = (
        ArticleEntity.objects.filter(article_is_published=True, article_published_at__isnull=False)
        .annotate(month=TruncMonth("article_published_at", tzinfo=UTC))
        .values("entity_id", "month")
        .annotate(n=Count("id"))
    )
    return {(row["entity_id"], row["month"].date() if hasattr(row["month"], "date") else row["month"]): row["n"]
            for row in rows}


@pytest.fixture
def france(db):
    return CountryFactory(name="France", iso_code="FR")


@pytest.fixture
def chad(db):
    return CountryFactory(name="Chad", iso_code="TD")


def test_tags_of_published_articles_are_counted_by_utc_month(france, chad):
    ArticleFactory(published_at=at(2024, 1, 31, 23), entities=[france, chad])
    ArticleFactory(published_at=at(2024, 1, 5), entities=[france])
    ArticleFactory(published_at=at(2024, 2, 1, 0), entities=[france])
    ArticleFactory(published_at=at(2024, 2, 2), status=Article.Status.DRAFT, entities=[france])
    assert stored_counts() == {
        (france.pk, datetime.date(2024, 1, 1)): 2,
        (france.pk, datetime.date(2024, 2, 1)): 1,
        (chad.pk, datetime.date(2024, 1, 1)): 1,
    }
    assert stored_counts() == recounted()


def test_publishing_redating_untagging_and_deleting_keep_the_counts_exact(france, chad):
    draft = ArticleFactory(published_at=at(2023, 6, 1), status=Article.Status.DRAFT, entities=[france, chad])
    other = ArticleFactory(published_at=at(2023, 6, 9), entities=[france])
    assert stored_counts() == recounted() == {(france.pk, datetime.date(2023, 6, 1)): 1}

    draft.status = Article.Status.PUBLISHED
    draft.save()
    assert stored_counts() == recounted()
    assert stored_counts()[(chad.pk, datetime.date(2023, 6, 1))] == 1

    draft.published_at = at(2023, 8, 15)
    draft.save()
    assert stored_counts() == recounted()
    assert (france.pk, datetime.date(2023, 8, 1)) in stored_counts()

    ArticleEntity.objects.filter(article=draft, entity=chad).delete()
    assert stored_counts() == recounted()
    assert not any(entity == chad.pk for entity, _ in stored_counts())

    other.delete()
    draft.status = Article.Status.DRAFT
    draft.save()
    assert stored_counts() == recounted() == {}


def test_merging_and_deleting_entities_move_and_drop_their_counts(db):
    keep, duplicate = EntityFactory(name="Anna Berg"), EntityFactory(name="A. Berg")
    ArticleFactory(published_at=at(2022, 3, 3), entities=[keep])
    ArticleFactory(published_at=at(2022, 3, 4), entities=[duplicate])
    ArticleFactory(published_at=at(2022, 5, 4), entities=[keep, EntityFactory(name="Bystander")])
    merge_entities(keep, [duplicate])
    assert stored_counts() == recounted()
    assert stored_counts()[(keep.pk, datetime.date(2022, 3, 1))] == 2

    keep.delete()  # its counters and its tags go together, in whichever order Django deletes them
    assert stored_counts() == recounted()
    assert not EntityMonthCount.objects.filter(entity_id=keep.pk).exists()


def test_a_bulk_insert_of_many_tags_in_one_statement_is_counted(france):
    # As a bulk load writes them (the benchmark generator's are tested in bench/tests/).
    for published_at in (at(2021, 1, 5), at(2021, 1, 9), at(2021, 2, 1), at(2021, 3, 3)):
        ArticleFactory(published_at=published_at)
    ArticleFactory(published_at=at(2021, 1, 6), status=Article.Status.DRAFT)
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO articles_articleentity (article_id, entity_id, mentions, first_offset, origin, "
            "article_published_at, article_is_published) "
            "SELECT id, %s, 1, 0, 'auto', published_at, status = 'published' FROM articles_article",
            [france.pk],
        )
    assert stored_counts() == recounted()
    assert stored_counts()[(france.pk, datetime.date(2021, 1, 1))] == 2
    assert sum(stored_counts().values()) == 4


def test_public_counts_take_past_months_from_the_counters_and_this_month_live(france):
    now = timezone.now()
    ArticleFactory(published_at=at(2020, 1, 1), entities=[france])
    ArticleFactory(published_at=now - datetime.timedelta(minutes=5), entities=[france])
    ArticleFactory(published_at=now + datetime.timedelta(minutes=5), entities=[france])  # scheduled: not yet public
    ArticleFactory(published_at=now + datetime.timedelta(days=40), entities=[france])  # next month: not public
    ArticleFactory(published_at=at(2020, 1, 2), status=Article.Status.DRAFT, entities=[france])
    assert Entity.objects.with_public_article_counts().get(pk=france.pk).article_count == 2
    assert Entity.objects.with_public_article_counts().get(iso_code="FR").article_count == len(
        Article.objects.published().filter(tags__entity=france)
    )


def test_writes_that_bypass_the_orm_are_counted_too(france):
    article = ArticleFactory(published_at=at(2021, 7, 7), entities=[france])
    # A write that bypasses the ORM is counted too: the triggers are in the database.
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM articles_articleentity WHERE article_id = %s", [article.pk])
    assert stored_counts() == recounted() == {}
    assert EntityMonthCount.objects.get(entity=france).articles == 0


@pytest.mark.skipif(connection.vendor != "sqlite", reason="only SQLite drops triggers when it rebuilds a table")
def test_sqlite_triggers_come_back_after_a_table_rebuild_and_the_counts_are_recomputed(france):
    from articles.core.counts import restore_sqlite_count_triggers

    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER articles_entitymonthcount_insert")
    ArticleFactory(published_at=at(2021, 7, 7), entities=[france])  # written while the trigger is missing
    assert stored_counts() != recounted()
    restore_sqlite_count_triggers()
    assert stored_counts() == recounted()
    ArticleFactory(published_at=at(2021, 7, 8), entities=[france])
    assert stored_counts() == recounted() == {(france.pk, datetime.date(2021, 7, 1)): 2}


def test_exact_counts_for_any_date_range_match_counting_the_tags(france):
    from articles.core.counts import public_article_count
    from articles.querysets import public_tags

    now = timezone.now()
    for days_ago in range(0, 400, 9):
        ArticleFactory(published_at=now - datetime.timedelta(days=days_ago, minutes=1), entities=[france])
    ArticleFactory(published_at=now + datetime.timedelta(hours=1), entities=[france])  # scheduled
    today = timezone.localdate()
    D = datetime.date
    ranges = [
        (None, None),
        (today - datetime.timedelta(days=200), None),  # from mid-month
        (today.replace(day=1) - datetime.timedelta(days=62), today - datetime.timedelta(days=3)),
        (D(today.year - 1, 1, 1), D(today.year - 1, 12, 31)),  # whole months only
        (today - datetime.timedelta(days=10), today - datetime.timedelta(days=5)),  # inside one or two months
        (None, today - datetime.timedelta(days=100)),
        (today + datetime.timedelta(days=1), None),  # the future: nothing public yet
    ]
    for start, end in ranges:
        assert public_article_count(france.pk, start, end) == public_tags(france.pk, start, end).count(), (start, end)
    assert public_article_count(france.pk) == 45


def test_estimates_keep_two_significant_figures():
    from articles.core.counts import round_estimate

    assert [round_estimate(n) for n in (7, 99.4, 437_512, 10_049, 1_250)] == [7, 99, 440_000, 10_000, 1_200]
