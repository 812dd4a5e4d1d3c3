"""The chart's bucket labels: the date filter's formats, without its format parsing."""

import datetime

import pytest
from django.utils import translation
from django.utils.dateformat import format as format_date

from articles.public.charts import bucket_label

D = datetime.date


@pytest.mark.parametrize("language", ["en-gb", "fr", "de"])
def test_bucket_labels_are_the_date_filters_formats(language):
    with translation.override(language):
        for day in (D(2024, 2, 29), D(1901, 12, 1), D(987, 5, 17)):
            assert bucket_label(day, "day") == format_date(day, "j F Y")
            assert bucket_label(day, "month") == format_date(day, "F Y")
            assert bucket_label(day, "year") == str(day.year)
