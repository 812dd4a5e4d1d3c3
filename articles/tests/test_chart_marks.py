"""The chart's bars and table rows built in Python: the markup the template loop printed, byte for byte."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import translation
from django.utils.dateformat import format as format_date
from django.utils.safestring import mark_safe

from articles.public.charts import Bucket, Chart, build_chart, bucket_label

D = datetime.date

LOOPS = Template(
    "{% load humanize %}"
    "{% for bucket in chart.buckets %}<rect class=\"chart__bar\" x=\"{{ bucket.x|stringformat:'s' }}\" "
    "y=\"{{ bucket.y|stringformat:'s' }}\" width=\"{{ bucket.width|stringformat:'s' }}\" "
    "height=\"{{ bucket.height|stringformat:'s' }}\"><title>{{ bucket.label }}: {{ bucket.count }}</title></rect>{% endfor %}"
    "|{% for bucket in chart.buckets %}<tr><th scope=\"row\">{{ bucket.label }}</th><td>{{ bucket.count|intcomma }}</td></tr>{% endfor %}"
)
TAGS = Template("{% load chart_marks %}{% chart_bars chart %}|{% chart_table_rows chart %}")


def _charts():
    yield build_chart({D(2022, 12, 5): 2, D(2022, 12, 20): 1}, D(2022, 12, 1), D(2022, 12, 31), today=D(2024, 1, 1))
    yield build_chart({D(2019, 3, 2): 12345, D(2020, 7, 9): 7, D(2021, 1, 1): 1_000_001}, today=D(2024, 1, 1))
    yield build_chart({D(1998, 1, 1): 3, D(2023, 6, 30): 40}, today=D(2024, 1, 1))
    yield build_chart({}, D(2022, 1, 1), D(2022, 1, 2), today=D(2024, 1, 1))
    odd = [Bucket(D(2020, 1, 1), "Q1 & <early>", 0, 64.0, 150, 0.5, 0), Bucket(D(2020, 4, 1), mark_safe("<b>Q2</b>"), 9876, 1e-05, 16.0, 327.3, 134.0)]
    yield Chart("quarter", odd, 9876)


@pytest.mark.parametrize("chart", list(_charts()))
def test_the_tags_print_what_the_template_loops_printed(chart):
    assert TAGS.render(Context({"chart": chart})) == LOOPS.render(Context({"chart": chart}))


@pytest.mark.parametrize("language", ["en-gb", "fr", "de"])
def test_bucket_labels_are_the_date_filters_formats(language):
    with translation.override(language):
        for day in (D(2024, 2, 29), D(1901, 12, 1), D(987, 5, 17)):
            assert bucket_label(day, "day") == format_date(day, "j F Y")
            assert bucket_label(day, "month") == format_date(day, "F Y")
            assert bucket_label(day, "year") == str(day.year)
