"""The articles-over-time chart: buckets by day, month or year, and its accessible SVG."""

import datetime
import re

import pytest

from django.utils import timezone

from articles.public.charts import build_chart, choose_unit, daily_counts
from articles.tests.public_world import world  # noqa: F401 - fixture

D = datetime.date


@pytest.mark.parametrize(
    "start, end, unit",
    [(D(2022, 12, 1), D(2022, 12, 31), "day"), (D(2022, 1, 1), D(2022, 12, 31), "month"), (D(2010, 1, 1), D(2022, 1, 1), "year")],
)
def test_unit_follows_the_span(start, end, unit):
    assert choose_unit(start, end) == unit


def test_days_are_counted_in_the_archives_time_zone():
    utc = datetime.timezone.utc
    published = [
        datetime.datetime(2022, 12, 31, 23, 30, tzinfo=utc),  # already 1 January in Tokyo
        datetime.datetime(2022, 12, 31, 10, 0, tzinfo=utc),
        datetime.datetime(2023, 1, 1, 2, 0, tzinfo=utc),
    ]
    assert daily_counts(published) == {D(2022, 12, 31): 2, D(2023, 1, 1): 1}
    with timezone.override("Asia/Tokyo"):
        assert daily_counts(published) == {D(2022, 12, 31): 1, D(2023, 1, 1): 2}


def test_a_month_is_drawn_by_day_with_empty_days_as_zero():
    chart = build_chart({D(2022, 12, 5): 2, D(2022, 12, 20): 1}, D(2022, 12, 1), D(2022, 12, 31), today=D(2024, 1, 1))
    assert chart.unit == "day" and len(chart.buckets) == 31
    assert [(b.start.day, b.count) for b in chart.buckets if b.count] == [(5, 2), (20, 1)]
    assert chart.total == 3
    assert chart.summary == "3 articles from 1 December 2022 to 31 December 2022, by day. Most articles: 2 on 5 December 2022."


def test_a_few_years_are_drawn_by_month_and_decades_by_year():
    counts = {D(2021, 6, 1): 1, D(2022, 12, 5): 1, D(2022, 12, 20): 4, D(2023, 1, 10): 1}
    monthly = build_chart(counts, today=D(2024, 1, 1))
    assert monthly.unit == "month" and monthly.buckets[0].start == D(2021, 6, 1) and monthly.buckets[-1].start == D(2023, 1, 1)
    assert {b.label: b.count for b in monthly.buckets if b.count} == {"June 2021": 1, "December 2022": 5, "January 2023": 1}
    assert monthly.summary.endswith("Most articles: 5 in December 2022.")
    yearly = build_chart({D(2001, 3, 3): 2, D(2022, 5, 5): 3}, today=D(2024, 1, 1))
    assert yearly.unit == "year" and len(yearly.buckets) == 22 and yearly.buckets[-1].count == 3


def test_bars_scale_to_the_tallest():
    chart = build_chart({D(2022, 12, 1): 4, D(2022, 12, 2): 2}, today=D(2024, 1, 1))
    tall, short = chart.buckets
    assert short.height == tall.height / 2 and tall.y < short.y


def test_no_matches_no_chart():
    assert build_chart({}).buckets == []


@pytest.mark.django_db
def test_listing_page_draws_an_accessible_svg_for_the_current_filter(client, world):
    response = client.get("/articles/", {"country": "cn", "date_from": "2022-12-01", "date_to": "2022-12-31"})
    html = response.content.decode()
    svg = re.search(r'<svg class="chart__svg".*?</svg>', html, re.S).group(0)
    assert 'role="img"' in svg and 'aria-labelledby="chart-title chart-desc"' in svg
    assert '<title id="chart-title">Articles over time, by day</title>' in svg
    assert "Most articles: 1 on 5 December 2022." in svg
    assert svg.count('class="chart__bar"') == 31
    assert "<title>20 December 2022: 1</title>" in svg
    assert '<th scope="row">5 December 2022</th><td>1</td>' in html


def test_one_entitys_chart_counts_every_article_over_all_its_months(client, db, settings):
    """Past months from the database's monthly counts, this month live, scheduled articles left out."""
    from django.utils import timezone

    from articles.public.charts import entity_chart
    from articles.tests.factories import ArticleFactory, CountryFactory

    chad = CountryFactory(name="Chad", iso_code="TD")
    utc = datetime.UTC
    for day in (D(2019, 3, 2), D(2019, 3, 9), D(2021, 7, 1)):
        ArticleFactory(published_at=datetime.datetime.combine(day, datetime.time(12), tzinfo=utc), entities=[chad])
    now = timezone.now()
    ArticleFactory(published_at=now - datetime.timedelta(minutes=1), entities=[chad])
    ArticleFactory(published_at=now + datetime.timedelta(minutes=5), entities=[chad])  # scheduled

    chart = entity_chart(chad.pk)
    assert chart.exact and chart.unit == "year" and chart.total == 4
    assert {b.label: b.count for b in chart.buckets if b.count} == {"2019": 2, "2021": 1, str(now.year): 1}
    months = entity_chart(chad.pk, D(2019, 1, 1), D(2019, 12, 31))
    assert months.unit == "month" and {b.label: b.count for b in months.buckets if b.count} == {"March 2019": 2}
    assert entity_chart(chad.pk, D(2019, 3, 5), D(2019, 12, 31)) is None  # cuts through a month: sample instead
    assert entity_chart(chad.pk, D(2019, 3, 1), D(2019, 3, 31)) is None  # a month is charted by day

    # The page samples the newest matches for its facets but charts every article, and says which is which.
    settings.NEWSARCHIVE_FACET_SAMPLE = 2
    html = client.get("/countries/td/").content.decode()
    assert "Counts in the newest 2 matches." in html
    caption = re.search(r'<figcaption id="chart-caption".*?</figcaption>', html, re.S).group(0)
    assert "in the newest" not in caption and "4 articles" in caption
