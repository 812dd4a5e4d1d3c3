"""What a listing is, in words: its ``<title>``, its heading and its feed's title, from the active filters.

“Articles about China, December 2022, matching ‘cooperation’”. One helper
for the listing, the pre-filtered pages and the feeds, so they never disagree.
"""

import calendar
import datetime

from django.utils.dates import MONTHS


def _day(date):
    return f"{date.day} {MONTHS[date.month]} {date.year}"


def describe_dates(start, end):
    """A date range as a person would say it: “December 2022”, “2022”, “1–15 December 2022”, “since 1 May 2021”."""
    if not start and not end:
        return ""
    if start and not end:
        return f"since {_day(start)}"
    if end and not start:
        return f"until {_day(end)}"
    if start == end:
        return f"on {_day(start)}"
    last_of_month = datetime.date(end.year, end.month, calendar.monthrange(end.year, end.month)[1])
    if start.day == 1 and end == last_of_month:
        if (start.year, start.month) == (end.year, end.month):
            return f"{MONTHS[start.month]} {start.year}"
        if start.month == 1 and end.month == 12:
            return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
        if start.year == end.year:
            return f"{MONTHS[start.month]}–{MONTHS[end.month]} {start.year}"
        return f"{MONTHS[start.month]} {start.year} – {MONTHS[end.month]} {end.year}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {MONTHS[start.month]} {start.year}"
    return f"{_day(start)} – {_day(end)}"


def _joined(names, word):
    names = list(names)
    if len(names) <= 2:
        return f" {word} ".join(names)
    return ", ".join(names[:-1]) + f" {word} " + names[-1]


def describe(cleaned, text=""):
    """The listing's title from a filter's cleaned values: “All articles” when nothing narrows it."""
    subjects = []
    countries = [country.name for country in cleaned.get("country") or []]
    if countries:
        subjects.append(_joined(countries, "or"))  # countries are "any of"
    subjects += [entity.name for entity in cleaned.get("entity") or []]  # entities are "all of"
    title = "Articles"
    bare = not subjects and not cleaned.get("author")
    if subjects:
        title += " about " + _joined(subjects, "and")
    if cleaned.get("author"):
        title += f" by {cleaned['author'].name}"
    dates = describe_dates(cleaned.get("date_from"), cleaned.get("date_to"))
    if dates and bare:
        title += f" {dates}" if dates.split()[0] in ("since", "until", "on") else f" from {dates}"
    elif dates:
        title += f", {dates}"
    if text:
        title += f"{'' if title == 'Articles' else ','} matching ‘{text}’"
    return "All articles" if title == "Articles" else title


def describe_filterset(filterset):
    return describe(filterset.cleaned, filterset.text)
