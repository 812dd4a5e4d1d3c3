"""Listing titles say what the page is."""

import datetime
from types import SimpleNamespace

import pytest

from articles.public.titles import describe, describe_dates

D = datetime.date


@pytest.mark.parametrize(
    "start, end, words",
    [
        (D(2022, 12, 1), D(2022, 12, 31), "December 2022"),
        (D(2022, 1, 1), D(2022, 12, 31), "2022"),
        (D(2020, 1, 1), D(2022, 12, 31), "2020–2022"),
        (D(2022, 3, 1), D(2022, 5, 31), "March–May 2022"),
        (D(2022, 11, 1), D(2023, 2, 28), "November 2022 – February 2023"),
        (D(2022, 12, 1), D(2022, 12, 15), "1–15 December 2022"),
        (D(2022, 12, 5), D(2023, 1, 3), "5 December 2022 – 3 January 2023"),
        (D(2022, 12, 5), D(2022, 12, 5), "on 5 December 2022"),
        (D(2021, 5, 1), None, "since 1 May 2021"),
        (None, D(2021, 5, 1), "until 1 May 2021"),
        (None, None, ""),
    ],
)
def test_date_ranges_read_as_a_person_would_say_them(start, end, words):
    assert describe_dates(start, end) == words


def named(name):
    return SimpleNamespace(name=name)


def test_a_listing_title_names_its_subject_dates_and_words():
    cleaned = {"country": [named("China")], "date_from": D(2022, 12, 1), "date_to": D(2022, 12, 31)}
    assert describe(cleaned, "cooperation") == "Articles about China, December 2022, matching ‘cooperation’"
    two = {"country": [named("China"), named("Russia")], "entity": [named("Xi Jinping")], "author": named("Ann Able")}
    assert describe(two) == "Articles about China or Russia and Xi Jinping by Ann Able"
    assert describe({}) == "All articles"
    assert describe({}, "grain") == "Articles matching ‘grain’"
    december = {"date_from": D(2022, 12, 1), "date_to": D(2022, 12, 31)}
    assert describe(december, "grain") == "Articles from December 2022, matching ‘grain’"
    assert describe({"date_from": D(2021, 5, 1)}) == "Articles since 1 May 2021"
