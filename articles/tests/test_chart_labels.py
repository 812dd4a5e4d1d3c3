"""The chart's bucket labels and counts: the date filter's formats and Django's numbers, without their format parsing."""

import datetime

import pytest
from django.contrib.humanize.templatetags.humanize import intcomma
from django.template import Context, Template
from django.test import override_settings
from django.utils import translation
from django.utils.dateformat import format as format_date

from articles.core.numbers import integer_formatter
from articles.public.charts import Bucket, Chart, _lay_out, bucket_label

D = datetime.date


@pytest.mark.parametrize("language", ["en-gb", "fr", "de"])
def test_bucket_labels_are_the_date_filters_formats(language):
    with translation.override(language):
        for day in (D(2024, 2, 29), D(1901, 12, 1), D(987, 5, 17)):
            assert bucket_label(day, "day") == format_date(day, "j F Y")
            assert bucket_label(day, "month") == format_date(day, "F Y")
            assert bucket_label(day, "year") == str(day.year)


@pytest.mark.parametrize("language", ["en-gb", "fr", "de", "hi"])
@pytest.mark.parametrize("thousands", [False, True])
def test_counts_are_printed_as_the_template_prints_numbers(language, thousands):
    numbers = [0, 7, 999, 1000, -1234, 27046, 1234567, 10**9 + 1]
    with translation.override(language), override_settings(USE_THOUSAND_SEPARATOR=thousands):
        plain, grouped = integer_formatter(), integer_formatter(grouping=True)
        printed = Template("{% for n in numbers %}{{ n }}|{% endfor %}").render(Context({"numbers": numbers}))
        assert "".join(f"{plain(n)}|" for n in numbers) == printed
        assert [grouped(n) for n in numbers] == [intcomma(n) for n in numbers]


def test_chart_bars_are_its_buckets_as_text():
    chart = Chart("year", [Bucket(D(2023, 1, 1), "2023", 1500), Bucket(D(2024, 1, 1), "2024", 750)], 2250)
    _lay_out(chart)
    with translation.override("en-gb"):
        assert chart.bars == [
            ("65.0", "16.0", "326.0", "134.0", "2023", "1500", "1,500"),
            ("393.0", "83.0", "326.0", "67.0", "2024", "750", "750"),
        ]
