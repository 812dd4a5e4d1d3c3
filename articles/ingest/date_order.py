"""Whether a page's numeric dates are day-first or month-first (03/04/2021): a day above 12, a weekday printed
before one, a date the page is known to carry, its word dates ("March 3, 2021" or "3 March 2021"), US time
zones; else the outlet's locale, from the source's time zone (an :class:`OrderGuess`, whose dates stay
flagged)."""

import re
from dataclasses import dataclass
from datetime import date

from .date_patterns import (
    DAY_MONTH_YEAR_CORE, DAY_YEAR_CORE, LONGEST_MONTH, MONTH_AT_END, NUMERIC, US_ZONES, WEEKDAY_NAMES, safe_date,
)
from .scanning import matches_at, positions_of

# Newsrooms whose numeric dates are month-first: the United States' and the Philippines'. Everywhere
# else prints day-first, so the editor's source time zone is the outlet's locale when the page gives no hint.
_MONTH_FIRST_ZONE_PREFIXES = (
    "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Phoenix",
    "America/Anchorage", "America/Detroit", "America/Boise", "America/Indiana/", "America/Kentucky/",
    "America/North_Dakota/", "America/Juneau", "Pacific/Honolulu", "US/", "Asia/Manila", "Pacific/Guam",
)


def day_first_hint(text: str, known: str = "", zone: str = "") -> "bool | OrderGuess | None":
    """Whether numeric dates in this document are day-first; None when nothing tells.

    ``known`` is a date the page is known to carry (ISO, e.g. the crawler's): a
    numeric date that reads as it one way only decides. ``zone`` is the source's
    IANA time zone: the last hint, after the page's own.
    """
    hint = _day_first_from_page(text, known)
    if hint is None and zone:
        return OrderGuess(not zone.startswith(_MONTH_FIRST_ZONE_PREFIXES))
    return hint


@dataclass(frozen=True)
class OrderGuess:
    """A day/month order taken from the outlet's locale, not from the page: dates read so stay flagged."""

    day_first: bool


def reads_day_first(day_first) -> bool:
    """How to read 03/04: day-first unless the page, or the outlet's locale, says month-first."""
    return day_first.day_first if isinstance(day_first, OrderGuess) else day_first is not False


# An English weekday right before a numeric date ("Wed, 12/03/2008"), and the time Drupal's default date format
# prints after it ("Wed, 12/03/2008 - 19:48", month first).
_WEEKDAY_BEFORE = re.compile(r"\b(?P<weekday>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+$", re.IGNORECASE)
_DRUPAL_TIME_AFTER = re.compile(r"\s+-\s+\d{1,2}:\d{2}\b")


def _order_from_weekday(text: str, match: re.Match) -> bool | None:
    """Day-first (True) or month-first (False) as the weekday printed before a numeric date tells: the one reading
    falling on it; when both do, Drupal's "Wed, 12/03/2008 - 19:48" is month-first. None when nothing tells."""
    weekday = _WEEKDAY_BEFORE.search(text, max(0, match.start() - 12), match.start()) if match["sep"] == "/" else None
    if not weekday:
        return None
    year, first, second = int(match["year"]), int(match["first"]), int(match["second"])
    wanted = WEEKDAY_NAMES.index(weekday["weekday"].lower())
    fits = [day is not None and day.weekday() == wanted
            for day in (safe_date(year, second, first), safe_date(year, first, second))]  # day-first, month-first
    if fits[0] != fits[1]:
        return fits[0]
    if fits[0] and _DRUPAL_TIME_AFTER.match(text, match.end()):
        return False
    return None


def _day_first_from_page(text: str, known: str) -> bool | None:
    known_date = date.fromisoformat(known) if known else None
    digits = _digit_positions(text)  # each pattern below starts with a digit: tried only there
    for match in matches_at(NUMERIC, text, digits):
        first, second = int(match["first"]), int(match["second"])
        if first > 12 >= second:
            return True
        if second > 12 >= first:
            return False
        told = _order_from_weekday(text, match) if len(match["year"]) == 4 and first != second else None
        if told is not None:
            return told
        if known_date and first != second:
            if safe_date(int(match["year"]), second, first) == known_date:
                return True
            if safe_date(int(match["year"]), first, second) == known_date:
                return False
    day_first_words = sum(1 for _ in matches_at(DAY_MONTH_YEAR_CORE, text, digits))
    month_first_words = _count_month_day_year(text, digits)
    if month_first_words > day_first_words:
        return False
    if day_first_words > month_first_words:
        return True
    zones = {m.group(0).upper() for m in _CAPITALS_WORD.finditer(text)}
    if zones & US_ZONES:
        return False
    return None


_DIGIT = re.compile(r"\d")


def _digit_positions(text: str) -> list[int]:
    """Where the text's digits stand, in order: an ASCII text's are 0 to 9 only (:func:`positions_of`)."""
    return positions_of(text, "0123456789") if text.isascii() else [match.start() for match in _DIGIT.finditer(text)]


_CAPITALS_WORD = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]{1,3}\b")  # a word of 2 to 4 capitals, found from its first letter


def _count_month_day_year(text: str, digits: list[int] | None = None) -> int:
    """``len(MONTH_DAY_YEAR.findall(text))``, found from the day and year ("3, 2021") back to the month."""
    digits = _digit_positions(text) if digits is None else digits
    count = 0
    for match in matches_at(DAY_YEAR_CORE, text, digits):
        before = text[: match.start()]
        month_end = len(before.rstrip())
        if month_end < len(before) and MONTH_AT_END.search(before, max(0, month_end - LONGEST_MONTH - 1), month_end):
            count += 1
    return count
