"""Finding publication dates in scraped text and in metadata values.

We keep control over the one rule generic parsers get wrong for news: whether
03/04/2021 is the 3rd of April or the 4th of March. A day above 12 decides;
otherwise the rest of the document hints (other numeric dates, "March 3, 2021"
style word dates, US time zones); with no hint from the page the outlet's locale
(the source time zone the editor set) decides, else day-first, and the result is
flagged as ambiguous so the caller can tell the editor.

That order is read in date_order.py; the months', weekdays' and time zones' names
and the patterns of dates and times are in date_patterns.py.
"""

import email.utils
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from itertools import chain
from zoneinfo import ZoneInfo

from dateutil import parser as dateutil_parser

from .date_order import OrderGuess, reads_day_first
from .date_patterns import (
    CASED_ZONE_OFFSETS, CJK_DATE, CLOCK_WORD, DAY_MONTH_YEAR, DAY_MONTH_YEAR_CORE, DAY_PERIODS, DAY_YEAR_CORE, GAP_AFTER_DATE,
    GAP_BEFORE_DATE, ISO, LONGEST_PERIOD, MONTH_DAY_YEAR, MONTHS, NUMERIC, PERIOD_BEFORE_TIME, PUBLISHED_LABEL,
    REGIONAL_ZONES, SHARED_ABBREVIATION, SOLAR_HIJRI_WORD_DATE, SPACED_DAY_FIRST, SPACED_YEAR_FIRST, TIME,
    UPDATED_LABEL, URL_DATE, WEEKDAY_MONTH_DAY, WEEKDAY_NAMES, YEAR_FIRST, YEAR_MONTH_NAME_DAY, YEAR_WORD_AFTER_DATE,
    ZONE, ZONE_GAP, ZONE_OFFSETS, month_number, numeric_date, safe_date, solar_hijri_word_date,
)


@dataclass(frozen=True)
class FoundDate:
    """A date (and perhaps a time) found in a piece of text."""

    value: datetime  # always time-zone aware
    start: int
    end: int
    has_time: bool = False
    label: str = ""  # "published", "updated" or "" when the text gives no label
    ambiguous: bool = False  # numeric day/month order read day-first without a hint
    zoned: bool = False  # the time was printed with a zone or an offset
    printed: str = ""  # the date and time as printed

    def in_zone(self, zone) -> "FoundDate":
        """The same wall-clock time read in ``zone`` (for a time printed without one, or with an abbreviation
        several zones print that ``zone`` itself prints on that day: "IST" from Jerusalem or Dublin is not India's)."""
        if not self.has_time or zone is None:
            return self
        if self.zoned and not self._abbreviation_of(zone):
            return self
        return replace(self, value=self.value.replace(tzinfo=zone))

    def _abbreviation_of(self, zone) -> bool:
        printed = SHARED_ABBREVIATION.search(self.printed) or _AUSTRALIAN_SHORT.search(self.printed)
        if not printed or not hasattr(zone, "key"):
            return False
        local = self.value.replace(tzinfo=zone)
        # "18:46 EDT" on a Sydney site is its Eastern Daylight Time (AEDT, +11:00), not New York's
        return local.tzname() in (printed.group(0).upper(), "A" + printed.group(0).upper()) \
            and local.utcoffset() != self.value.utcoffset()


# The zones Australian sites print without their "A": "EST"/"EDT" for AEST/AEDT, "CST"/"CDT" for ACST/ACDT.
_AUSTRALIAN_SHORT = re.compile(r"\b(?:EST|EDT|CST|CDT)\b")


_ANY_DIGIT = re.compile(r"\d")  # as the date patterns' \d: any script's digits


def find_dates(text: str, day_first: bool | None = None) -> list[FoundDate]:
    """Every full date (day, month and year) in the text, in order, with nearby times."""
    if not _ANY_DIGIT.search(text):  # the quick test: every date pattern holds a digit (two in three paragraphs have none)
        return []
    if len(text) > REMEMBERED_TEXT_LENGTH:
        return list(_dates_found.__wrapped__(text, day_first))
    return list(_dates_found(text, day_first))  # a list of its own: a caller may change it


# A page's rules read the same head lines and paragraphs for dates two or three times: the answers are remembered
# for texts up to a long paragraph's length, so that what the cache holds stays small.
REMEMBERED_TEXT_LENGTH = 2000


@lru_cache(maxsize=512)
def _dates_found(text: str, day_first: bool | None) -> tuple[FoundDate, ...]:
    spans: list[tuple[int, int, date, dict | None, bool]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e, *_ in spans)

    for match in ISO.finditer(text):
        day = numeric_date(int(match["year"]), int(match["month"]), int(match["day"]))
        if day:
            clock = match.groupdict() if match["hour"] else None
            spans.append((match.start(), match.end(), day, clock, False))
    # A word date's part from its day on is a fast search (it starts with a digit): the whole pattern, slow on a
    # paragraph, runs only where that part is found.
    for pattern, part in ((DAY_MONTH_YEAR, DAY_MONTH_YEAR_CORE), (MONTH_DAY_YEAR, DAY_YEAR_CORE)):
        for match in pattern.finditer(text) if part.search(text) else ():
            day = safe_date(int(match["year"]), month_number(match), int(match["day"]))
            if day and free(match.start(), match.end()):
                spans.append((match.start(), match.end(), day, None, False))
    for match in SOLAR_HIJRI_WORD_DATE.finditer(text):
        day = solar_hijri_word_date(match)
        if day and free(match.start(), match.end()):
            spans.append((match.start(), match.end(), day, None, False))
    for match in CJK_DATE.finditer(text) if "月" in text or "월" in text else ():
        day = safe_date(int(match["year"]), int(match["month"]), int(match["day"]))
        if day and free(match.start(), match.end()):
            spans.append((match.start(), match.end(), day, None, False))
    spaced = ". " in text  # the quick test: both spaced forms print a full stop and a space
    for match in YEAR_MONTH_NAME_DAY.finditer(text) if spaced else ():
        day = safe_date(int(match["year"]), MONTHS[match["month"].lower()], int(match["day"]))
        if day and free(match.start(), match.end()):
            spans.append((match.start(), match.end(), day, None, False))
    for match in chain(YEAR_FIRST.finditer(text), *((SPACED_DAY_FIRST.finditer(text), SPACED_YEAR_FIRST.finditer(text))
                                                     if spaced else ())):
        day = numeric_date(int(match["year"]), int(match["month"]), int(match["day"]))
        if day and free(match.start(), match.end()):
            spans.append((match.start(), match.end(), day, None, False))
    for match in NUMERIC.finditer(text):
        resolved = _resolve_numeric(match, day_first)
        if resolved and free(match.start(), match.end()):
            spans.append((match.start(), match.end(), resolved[0], None, resolved[1]))
    spans.sort(key=lambda span: span[0])

    found = []
    previous_end = 0
    for start, end, day, clock, ambiguous in spans:
        printed_start, printed_end = start, end
        if clock is None:
            near = _time_near(text, start, end, [(s, e) for s, e, *_ in spans])
            clock = near.groupdict() if near else None
            zone_between = ZONE_GAP.match(text[end : near.start()]) if near and near.start() >= end else None
            if zone_between and not clock.get("zone"):  # "2019-07-02 HKT 12:28": the zone printed before the time
                clock["zone"] = zone_between["zone"]
            period = PERIOD_BEFORE_TIME.search(text, max(0, near.start() - LONGEST_PERIOD), near.start()) if near else None
            if period and not clock.get("ampm"):  # "2024. 3. 5. 오후 3:12", "2024年3月5日 午後3:12"
                clock["ampm"] = period["period"]
            if near:
                printed_start, printed_end = min(start, near.start()), max(end, near.end())
        value, has_time = _combine(day, clock)
        label = _label_before(text[previous_end:start])
        zoned = bool(has_time and clock.get("zone"))
        printed = " ".join(text[printed_start:printed_end].split())
        found.append(FoundDate(value, start, end, has_time, label, ambiguous, zoned, printed))
        previous_end = end
    return tuple(found)


_ZONE_WORD = re.compile(rf"\b{ZONE}")


def strip_dates_and_times(text: str) -> str:
    """The text with dates, times and time zones removed (to see what else a line says)."""
    for found in reversed(find_dates(text)):
        text = text[: found.start] + " " + text[found.end :]
    text = TIME.sub(lambda m: " " if _is_clock(m) else m.group(0), text)
    if "." in text:
        text = _DOTTED_TIME_AFTER_CLOCK_WORD.sub(" ", text)
    return _ZONE_WORD.sub(" ", text)


# "klo 19.18", "kl. 14.32", "um 10.15": a time with a full stop for its colon, after the word for "at" (a bare
# "19.18" may be any number, so TIME's own test leaves it).
_DOTTED_TIME_AFTER_CLOCK_WORD = re.compile(
    r"(?<!\w)(?:klo|kl\.?|kello|kell|plkst\.?|um|at|alle|ore|ora|godz\.?|saat|ob|pukul|à|às|om)\s+(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d.])",
    re.IGNORECASE)


def parse_date_value(value: object, day_first: bool | None = None, zone=None) -> tuple[datetime | None, bool]:
    """Read a metadata value (ISO 8601, RFC 2822, epoch seconds, free text).

    Returns the aware datetime (naive values are taken in ``zone``, else UTC)
    and whether a numeric day/month order had to be guessed.
    """
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = value / 1000 if value > 10**11 else value
        try:
            return datetime.fromtimestamp(seconds, tz=timezone.utc), False
        except (OverflowError, OSError, ValueError):
            return None, False
    if not isinstance(value, str) or not value.strip():
        return None, False
    text = value.strip()
    try:
        return _aware(datetime.fromisoformat(text.replace("Z", "+00:00")), zone), False
    except ValueError:
        pass
    try:
        return _aware(email.utils.parsedate_to_datetime(text), zone), False
    except (TypeError, ValueError, IndexError):
        pass
    found = find_dates(text, day_first)
    if found:
        return found[0].in_zone(zone).value, found[0].ambiguous
    try:
        parsed = dateutil_parser.parse(text, dayfirst=reads_day_first(day_first), fuzzy=False)
    except (ValueError, OverflowError):
        return None, False
    return _aware(parsed, zone), False


def date_from_url(url: str) -> datetime | None:
    """The date in a URL path like /2021/03/03/slug, at midnight UTC."""
    match = URL_DATE.search(url or "")
    if not match:
        return None
    day = safe_date(int(match["year"]), int(match["month"]), int(match["day"]))
    return datetime.combine(day, time(), timezone.utc) if day else None


def weekday_date_without_year(text: str, today: date | None = None) -> tuple[datetime, str] | None:
    """Resolve "Wednesday, December 21" to the latest year in which it fell on that weekday.

    Returns the datetime and the phrase it came from; it is only ever a guess.
    """
    today = today or datetime.now(timezone.utc).date()
    for match in WEEKDAY_MONTH_DAY.finditer(text):
        month = MONTHS[(match["month"] or match["month2"]).lower()]
        day = int(match["day1"] or match["day2"])
        weekday = WEEKDAY_NAMES.index(match["weekday"][:3].lower())
        for year in range(today.year, today.year - 30, -1):
            candidate = safe_date(year, month, day)
            if candidate and candidate <= today and candidate.weekday() == weekday:
                return datetime.combine(candidate, time(), timezone.utc), match.group(0)
    return None


def _resolve_numeric(match: re.Match, day_first: bool | None) -> tuple[date, bool] | None:
    first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
    if first > 12 or second > 12 or first == second:
        reading_day_first = second <= 12
        ambiguous = False
    elif match["sep"] == ".":  # "6.3.2023": dotted dates are day-first wherever they are printed
        reading_day_first, ambiguous = True, False
    else:
        reading_day_first = reads_day_first(day_first)
        ambiguous = day_first is None or isinstance(day_first, OrderGuess)
    day, month = (first, second) if reading_day_first else (second, first)
    resolved = numeric_date(year, month, day)
    return (resolved, ambiguous) if resolved else None


def _is_clock(match: re.Match) -> bool:
    """Whether a TIME match is really a clock time and not any number."""
    hour = int(match["hour"])
    if match["ampm"]:  # "18:49 PM" is printed too: a 24-hour time with a needless suffix
        return 1 <= hour <= (23 if match["minute"] else 12) and (match["minute"] is None or int(match["minute"]) < 60)
    if match["minute"] is None or hour > 23 or int(match["minute"]) > 59:
        return False
    return match["sep"] in (":", "h", "：") or bool(match["zone"])  # "１５：１２", full-width


def _time_near(text: str, start: int, end: int, date_spans: list[tuple[int, int]]) -> re.Match | None:
    """A clock time printed right after (or right before) the date at text[start:end]."""
    candidates = []
    for match in TIME.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in date_spans):
            continue
        year_word = YEAR_WORD_AFTER_DATE.match(text, end) if match.start() > end else None
        after = year_word.end() if year_word else end  # "3 марта 2024 года, 14:35": the time after the year's word
        if match.start() >= after and match.start() - after <= 10 and (GAP_AFTER_DATE.match(text[after : match.start()])
                                                                    or ZONE_GAP.match(text[after : match.start()])):  # ", alle ore "
            near = match.start() - after <= 3 or bool(CLOCK_WORD.search(text[after : match.start()]))  # "klo 14.32"
            dotted_ok = _is_clock(match) or (match["sep"] == "." and near and int(match["hour"]) < 24 and int(match["minute"]) < 60)
            if dotted_ok:
                candidates.append((0, match))
        elif match.end() <= start and GAP_BEFORE_DATE.match(text[match.end() : start]) and _is_clock(match):
            candidates.append((1, match))
    if not candidates:
        return None
    return min(candidates, key=lambda c: c[0])[1]


def _combine(day: date, clock: dict | None) -> tuple[datetime, bool]:
    if not clock or clock.get("hour") is None:
        return datetime.combine(day, time(), timezone.utc), False
    hour, minute = int(clock["hour"]), int(clock.get("minute") or 0)
    second = int(clock.get("second") or 0)
    printed = " ".join((clock.get("ampm") or "").split())  # "p.\u202fm." as "p. m."
    ampm = DAY_PERIODS.get(printed) or printed.lower().replace(".", "")
    ampm = {"p": "pm", "a": "am"}.get(ampm, ampm)  # "11:54 p"
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    naive = datetime.combine(day, time(hour, minute, second))
    return naive.replace(tzinfo=_zone(clock.get("zone"), naive)), True


_CASED_ZONES = {name.upper(): minutes for name, minutes in CASED_ZONE_OFFSETS.items()}  # as _zone looks them up


def _zone(name: str | None, naive: datetime):
    if not name:
        return timezone.utc
    name = name.upper().replace(" ", "")
    if name in REGIONAL_ZONES:
        return ZoneInfo(REGIONAL_ZONES[name])
    if name in ZONE_OFFSETS:
        return timezone(timedelta(minutes=ZONE_OFFSETS[name]))
    if name in _CASED_ZONES:
        return timezone(timedelta(minutes=_CASED_ZONES[name]))
    offset = re.search(r"([+-])(\d{1,2}):?(\d{2})?$", name)
    if not offset:
        return timezone.utc
    minutes = int(offset[2]) * 60 + int(offset[3] or 0)
    return timezone(timedelta(minutes=minutes if offset[1] == "+" else -minutes))


def _label_before(prefix: str) -> str:
    """"published" or "updated" when the words just before a date say which it is."""
    window = prefix[-40:]
    updated = list(UPDATED_LABEL.finditer(window))
    # A bare "on" says nothing by itself: "Last updated on ...", "Published on ...".
    published = [m for m in PUBLISHED_LABEL.finditer(window) if m.group(0).lower() != "on"
                 and not _update_s_date_word(window, m, updated)]
    last_updated = updated[-1].start() if updated else -1
    last_published = published[-1].start() if published else -1
    if last_updated > last_published:
        return "updated"
    if last_published >= 0:
        return "published"
    return ""


def _update_s_date_word(window: str, match: re.Match, updated: list[re.Match]) -> bool:
    """"Date" naming an update's label ("Updated Date: Jul 01, 2019", "Last Modified Date:"), not a publication."""
    return match.group(0).lower() == "date" and any(not window[u.end():match.start()].strip() for u in updated)


def _aware(value: datetime, zone=None) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=zone or timezone.utc)


def crawler_date(iso: str) -> FoundDate:
    """The date a crawler wrote above the page: below any date the page prints, above an update."""
    return FoundDate(datetime.combine(date.fromisoformat(iso), time(), timezone.utc), 0, 0, label="crawled",
                     printed=iso)


def choose_publication_date(found: list[FoundDate]) -> FoundDate | None:
    """The publication date among dates printed in bylines/date lines.

    A "Published" label beats an unlabelled date, which beats "Updated"; a
    date with a time beats one without. When the winner has no time but
    another non-update date on the same day has one, that time is used.
    """
    if not found:
        return None
    rank = {"published": 0, "": 1, "crawled": 2, "above": 3, "updated": 4, "teaser": 5}
    best = min(found, key=lambda d: (rank[d.label], not d.has_time, found.index(d)))
    if not best.has_time:
        same_day = [d for d in found if d.has_time and d.label not in ("updated", "crawled", "above", "teaser")
                    and d.value.date() == best.value.date()]
        if same_day:
            timed = same_day[0]
            return replace(timed, start=best.start, end=best.end, label=best.label,
                           ambiguous=best.ambiguous and timed.ambiguous, printed=f"{best.printed} {timed.printed}")
    return best
