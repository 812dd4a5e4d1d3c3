"""Metadata lines: a line made only of a byline and/or dates ("By Jane Doe • 3 March 2021 • 9:11"),
told apart from prose, and a writer's name alone beside such a line.
"""

import functools
import re
from dataclasses import dataclass

from . import gazetteer
from .byline_name_lines import name_before_its_date
from .byline_names import looks_like_name
from .bylines import Byline, find_byline
from .date_patterns import FOREIGN_WEEKDAYS, MONTHS, ZONE_NAMES
from .dates import FoundDate, find_dates, strip_dates_and_times
from .parsing_layout import TextLayout
from .parsing_lines import name_without_place
from .person_names import is_personal
from .scanning import word_count


# Labels, weekdays and the small words around a date in the languages date_patterns.py lists
# ("Publié le 3 mars à 10h30", "Actualizado: ...", "Senin, 14 Maret 2024 pukul 10:30").
_FOREIGN_META_WORDS = """publicado publicada publié publiée veröffentlicht erschienen pubblicato gepubliceerd publicerad
    publisert udgivet opublikowano опубликовано publicat diterbitkan dipublikasikan diposting actualizado actualizada
    actualización mis mise jour aktualisiert aggiornato aggiornamento atualizado atualização bijgewerkt uppdaterad
    oppdatert opdateret zaktualizowano обновлено actualizat diperbarui edited revised le la el de del à a las um alle
    il om op pada pukul jam hrs hr horas hora uhr heures h julkaistu päivitetty publiceret publikováno publikované
    aktualizováno aktualizované aktualizace aktualizacja közzétéve frissítve δημοσίευση δημοσιεύθηκε ενημέρωση
    ενημερώθηκε objavljeno ažurirano posodobljeno yayınlanma yayınlandı güncelleme güncellendi опубліковано оновлено
    публикувано актуализирано avaldatud publicēts paskelbta καταχωρήθηκε em às ore godz saat klo kl""".split() + [
    part for day in FOREIGN_WEEKDAYS for part in day.split("-")]
_META_WORDS = re.compile(
    r"\b(?:(?:first|last)\s+)?(?:published|updated|posted|modified|created|dated?|time|on|at|am|pm|"
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|"
    + "|".join(sorted(_FOREIGN_META_WORDS, key=len, reverse=True)) + r")\b|[•|·,:;()\[\]\-–—/]",
    re.IGNORECASE,
)


_SOURCE_SUFFIX = re.compile(r"\bsource\s*:\s*[^|•]{2,60}$", re.IGNORECASE)  # "... 09:00:11  source: Xinhua"
_SEGMENTS = re.compile(r"\s[|•]\s")
_SOURCE_IN_BRACKETS = re.compile(r"^\s*\([^()]{2,40}\)")  # "(People's Daily Online) 14:45, January 04, 2024"
_RELATIVE_UNITS = "s secs? seconds? m mins? minutes? h hrs? hours? d days? w wks? weeks? mos? months? y yrs? years?".split()
# "5 min read", "Share", and a relative time beside the date ("June 23, 2015 / 12:55 PM / 2 years ago")
_MAX_COUNTED_LINE = 160
# ... and a counter ("57 comments") or an author label whose name the crawler lost ("Written By: - Date published: ...")
_COUNTER_OR_LOST_AUTHOR = re.compile(
    r"\b\d[\d,.]*k?\s+(?:comments?|views?|shares?)\b|^\W*(?:written\s+|posted\s+)?by\s*:\s*(?=[-–—|•])", re.IGNORECASE
)
_READING_TIME = re.compile(
    r"\b\d+\s+min(?:ute)?s?\s+read\b|\bshare\b|\b\d+\s?(?:" + "|".join(_RELATIVE_UNITS) + r")\s+ago\b|"
    + _COUNTER_OR_LOST_AUTHOR.pattern,
    re.IGNORECASE,
)


@dataclass
class MetadataLine:
    """A line made only of a byline and/or dates, e.g. "By Jane Doe • 3 March 2021 • 9:11"."""

    byline: Byline | None
    dates: list[FoundDate]


# Words that a date, a time, a time zone or _META_WORDS can consist of (with
# IGNORECASE, as those patterns match); words with a digit count too. Only such
# words are ever removed from a line before its leftover words are counted.
_DATE_WORD = re.compile(
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|"
    + "|".join(MONTHS) + "|" + "|".join(ZONE_NAMES)
    + "|" + "|".join(_FOREIGN_META_WORDS) + "|" + "|".join(_RELATIVE_UNITS)
    + r"|published|updated|posted|modified|created|dated?|time|on|at|of|first|last|st|nd|rd|th|ago|[ap]m|[apmtz])",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")
DIGIT = re.compile(r"\d")


@functools.lru_cache(maxsize=4096)  # one alternation of hundreds of words, asked about the same words again and again
def _is_date_word(word: str) -> bool:
    return bool(_DATE_WORD.fullmatch(word))


def _is_prose(unit: str) -> bool:
    """At least two words that no date or metadata removal can take: never a metadata line without a byline.

    Finding the dates in every paragraph is the slowest part of parsing; this
    tells prose apart without it, and gives the same answer.
    """
    other_words = 0
    for word in _WORD.finditer(unit):
        if not DIGIT.search(word.group()) and not _is_date_word(word.group()):
            other_words += 1
            if other_words == 2:
                return True
    return False


def _without_source(text: str) -> str:
    """The text without a source in brackets before it or a "source: ..." after it."""
    text = _SOURCE_IN_BRACKETS.sub(" ", text)
    return _SOURCE_SUFFIX.sub(" ", text) if ":" in text else text  # the quick test first: most lines have no colon


def _segment_count(unit: str) -> int:
    """How many " | " or " • " separators the line has."""
    return len(_SEGMENTS.findall(unit)) if "|" in unit or "•" in unit else 0


def _reads_as_prose(unit: str) -> bool:
    """The quick answer for a line without a byline: prose, so no metadata line (as metadata_in would find)."""
    bare = _without_place_before_bar(_without_source(unit))
    if len(unit) <= _MAX_COUNTED_LINE and _COUNTER_OR_LOST_AUTHOR.search(bare):  # a short date line with a counter
        bare = _COUNTER_OR_LOST_AUTHOR.sub(" ", bare)
    return _is_prose(bare) and _segment_count(unit) < 2


def metadata_line(unit: str, day_first: bool | None = None) -> MetadataLine | None:
    """The byline and dates of a line that holds nothing else; None for prose."""
    byline = find_byline(unit) or name_before_its_date(unit)  # "Jane Doe (17/12/2017)"
    if not byline and _reads_as_prose(unit) and not _may_be_source_before_date(unit):
        return None
    return metadata_in(unit, byline, day_first)


def _may_be_source_before_date(unit: str) -> bool:
    """The quick test before _is_source_before_date: a short line opening with "The" and holding a digit."""
    return unit.startswith("The ") and len(unit) <= 60 and bool(DIGIT.search(unit))


def metadata_in(unit: str, byline: Byline | None, day_first: bool | None) -> MetadataLine | None:
    dates = find_dates(unit, day_first)
    if not byline and not dates:
        return None
    if byline and byline.start == 0 and dates and _segment_count(unit) >= 2:
        unit = _without_categories_after(unit, dates[-1].end)
    rest = unit[: byline.start] + " " + unit[byline.end :] if byline else unit
    rest = _without_place_before_bar(_without_source(rest))
    leftover = _WORD.findall(_META_WORDS.sub(" ", _READING_TIME.sub(" ", strip_dates_and_times(rest))))
    leftover = _without_yearless_dates(leftover)
    # "PTI | Dubai | Updated: ..." : short segments beside the dates name the agency and the place
    allowed = 3 if _segment_count(unit) >= 2 else 1 if word_count(unit) >= 4 else 0
    if len(leftover) > allowed and not _is_source_before_date(unit, leftover, dates) \
            and not _section_before_date_and_time(unit, leftover, dates):
        return None
    return MetadataLine(byline, dates)


# A dateline's place before a bar, the date after it: "Varanasi (Uttar Pradesh) | December 24, 2025 9:19:08 AM IST".
_PLACE_BEFORE_BAR = re.compile(r"^\s*(?P<place>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})(?:\s*\([^()]{2,30}\))?\s+\|\s")


def _without_place_before_bar(text: str) -> str:
    """The line without a known place's name (and its region in brackets) before a bar."""
    match = _PLACE_BEFORE_BAR.match(text) if " | " in text else None
    return text[match.end():] if match and gazetteer.lookup(match["place"]) else text


_MAX_CATEGORY_WORDS = 8


def _without_categories_after(unit: str, date_end: int) -> str:
    """"by Jane Doe | May 30, 2023 | Comment & Analysis, Latest Posts": the line without the last segment, a short
    list of the post's categories after its date."""
    bar = max(unit.rfind(" | "), unit.rfind(" • "))
    if bar < date_end or word_count(unit[bar + 3:]) > _MAX_CATEGORY_WORDS or DIGIT.search(unit, bar):
        return unit
    return unit[:bar]


def _without_yearless_dates(words: list[str]) -> list[str]:
    """The words without a month and its day printed with no year ("Last Updated: March 5"): the date's, not prose."""
    kept = []
    for word in words:
        if word.isdigit() and len(word) <= 2 and kept and kept[-1].lower() in MONTHS:
            kept.pop()
        else:
            kept.append(word)
    return kept


def _section_before_date_and_time(unit: str, leftover: list[str], dates: list) -> bool:
    """"Kotimaa 6.6.2016 18:00", "Politik 12.03.2024 10:15": the section's one capitalised word, then the date with
    its time and nothing after them: the story's date line."""
    return len(leftover) == 1 and len(dates) == 1 and dates[0].has_time and leftover[0][:1].isupper() \
        and leftover[0].isalpha() and unit.startswith(leftover[0] + " ") and dates[0].start == len(leftover[0]) + 1


def _is_source_before_date(unit: str, leftover: list[str], dates: list) -> bool:
    """"The Telegraph 2024-09-15 12:13:19", "The WorldNovember 22, 2022 · 12:30 PM EST": a copy's source, named
    "The" and one capitalised word, then the date and nothing after it."""
    return bool(dates) and len(leftover) == 2 and leftover[0] == "The" and leftover[1][:1].isupper() \
        and _WORD.findall(unit[:dates[0].start]) == leftover  # both words before the date, none after it


def beside_dates(metadata: list, index: int) -> bool:
    return any(meta and meta.dates for meta in (metadata[i] for i in (index - 1, index + 1) if 0 <= i < len(metadata)))


def is_bare_name_beside_dates(units: list[str], metadata: list, index: int) -> bool:
    """A name alone next to a date line; the name may be printed twice, as an author's avatar and name
    ("Jane Doe" / "Jane Doe" / "Updated: 3 March 2021")."""
    if not looks_like_name(units[index]) or word_count(units[index]) > 4 or not is_personal(units[index]) \
            or not looks_like_name(name_without_place(units[index])):
        return False
    before = index - 2 if index >= 2 and units[index - 1] == units[index] else index - 1
    after = index + 2 if index + 2 < len(units) and units[index + 1] == units[index] else index + 1
    neighbours = [metadata[i] for i in (before, after) if 0 <= i < len(units)]
    return any(meta and meta.dates for meta in neighbours)


def record_metadata(meta: MetadataLine, layout: TextLayout) -> None:
    if meta.byline and not layout.byline:
        layout.byline, layout.byline_rule = meta.byline, "by"
    layout.dates.extend(meta.dates)
