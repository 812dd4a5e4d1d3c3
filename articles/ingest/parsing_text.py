"""Reading the layout of a plain-text article: headline, standfirst, the
byline/date/caption block, and the body paragraphs.

Works on "units" - one line or paragraph each - so the HTML reader can feed
the visible blocks of a page through the same rules.
"""

import functools
import re
from dataclasses import dataclass, replace

from .boilerplate import other_stories_block
from .bylines import (
    Byline, byline_across_lines, find_byline, hangul_name, starts_with_lead, is_agency, is_picture_role, is_role,
    is_role_line, looks_like_name, name_line_byline, tidy_name, writer_with_outlet,
)
from .candidates import MONTHS_AND_DAYS
from .credits import PICTURE_SOURCE_LABELS, split_credit, tidy_caption
from .dates import FOREIGN_WEEKDAYS, MONTHS, PUBLISHED_WORDS, UPDATED_WORDS, ZONE_NAMES, FoundDate, find_dates, strip_dates_and_times
from .parsing_cleanup import (
    consent_panel, introduces_other_stories, is_copyright_footer, is_end_of_article, is_furniture, source_url_of,
)
from .parsing_headline_choice import HEAD_WINDOW, first_paragraph, take_headline
from .parsing_layout import TextLayout
from .parsing_lines import (
    CAPTION_LABEL, MAX_CAPTION_WORDS, MAX_STANDFIRST_WORDS, PICTURE_CAPTION_LABELS, caption_in_head, credit_under_caption,
    is_caption_before_credit_line, is_name_under_headline, name_beside_metadata, name_without_place, named_in_prose, names_line,
    people_named,
)
from .person_names import is_personal
from .scanning import word_count

_MAX_BODY_CAPTION_WORDS = 90
_MAX_LINK_WORDS = 25  # lines in a "Related articles" list are headlines, not prose

# Labels, weekdays and the small words around a date in the languages dates.py reads
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
_FIELD = re.compile(
    r"^(?P<key>title|headline|standfirst|subtitle|summary|outlet|publication|publisher|site|language|lang|caption)\s*:\s*(?P<value>.+)$",
    re.IGNORECASE,
)
_FIELD_NAMES = {
    "title": "headline", "headline": "headline", "standfirst": "standfirst", "subtitle": "standfirst",
    "summary": "standfirst", "outlet": "outlet", "publication": "outlet", "publisher": "outlet",
    "site": "outlet", "language": "language", "lang": "language", "caption": "caption",
}


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
_DIGIT = re.compile(r"\d")


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
        if not _DIGIT.search(word.group()) and not _is_date_word(word.group()):
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
    """The quick answer for a line without a byline: prose, so no metadata line (as _metadata_in would find)."""
    bare = _without_source(unit)
    if len(unit) <= _MAX_COUNTED_LINE and _COUNTER_OR_LOST_AUTHOR.search(bare):  # a short date line with a counter
        bare = _COUNTER_OR_LOST_AUTHOR.sub(" ", bare)
    return _is_prose(bare) and _segment_count(unit) < 2


def metadata_line(unit: str, day_first: bool | None = None) -> MetadataLine | None:
    """The byline and dates of a line that holds nothing else; None for prose."""
    byline = find_byline(unit)
    if not byline and _reads_as_prose(unit) and not _may_be_source_before_date(unit):
        return None
    return _metadata_in(unit, byline, day_first)


def _may_be_source_before_date(unit: str) -> bool:
    """The quick test before _is_source_before_date: a short line opening with "The" and holding a digit."""
    return unit.startswith("The ") and len(unit) <= 60 and bool(_DIGIT.search(unit))


def _metadata_in(unit: str, byline: Byline | None, day_first: bool | None) -> MetadataLine | None:
    dates = find_dates(unit, day_first)
    if not byline and not dates:
        return None
    rest = unit[: byline.start] + " " + unit[byline.end :] if byline else unit
    rest = _without_source(rest)
    leftover = _WORD.findall(_META_WORDS.sub(" ", _READING_TIME.sub(" ", strip_dates_and_times(rest))))
    leftover = _without_yearless_dates(leftover)
    # "PTI | Dubai | Updated: ..." : short segments beside the dates name the agency and the place
    allowed = 3 if _segment_count(unit) >= 2 else 1 if word_count(unit) >= 4 else 0
    if len(leftover) > allowed and not _is_source_before_date(unit, leftover, dates):
        return None
    return MetadataLine(byline, dates)


def _without_yearless_dates(words: list[str]) -> list[str]:
    """The words without a month and its day printed with no year ("Last Updated: March 5"): the date's, not prose."""
    kept = []
    for word in words:
        if word.isdigit() and len(word) <= 2 and kept and kept[-1].lower() in MONTHS:
            kept.pop()
        else:
            kept.append(word)
    return kept


def _is_source_before_date(unit: str, leftover: list[str], dates: list) -> bool:
    """"The Telegraph 2024-09-15 12:13:19", "The WorldNovember 22, 2022 · 12:30 PM EST": a copy's source, named
    "The" and one capitalised word, then the date and nothing after it."""
    return bool(dates) and len(leftover) == 2 and leftover[0] == "The" and leftover[1][:1].isupper() \
        and _WORD.findall(unit[:dates[0].start]) == leftover  # both words before the date, none after it


def analyse_units(units: list[str], *, headline: str = "", day_first: bool | None = None) -> TextLayout:
    """Split units into headline, standfirst, metadata, caption and body paragraphs."""
    layout = TextLayout(headline=headline)
    doubled = {a for a, b in zip(units, units[1:]) if a == b}  # a picture's alt text and caption, printed twice
    units = _writer_over_an_agency_dateline(_with_times_joined(_without_furniture(units, layout)), layout)
    units = _take_fields(units, layout)
    metadata = [metadata_line(unit, day_first) for unit in units]
    _date_lines_in_head(units, metadata, day_first)
    if headline:
        position = 0
    else:
        position = take_headline(units, metadata, layout, doubled, day_first)
        if position > 1:
            _take_metadata_above(metadata[:position - 1], layout)
    layout.head_end = position
    _read_names_beside_dates(units, metadata, position, day_first)
    position = _take_standfirst(units, metadata, layout, position)
    position = _take_head_block(units, metadata, layout, position)
    layout.units, layout.metadata, layout.body_start = units, metadata, position
    _take_body(units[position:], metadata[position:], layout)
    if not layout.credit and layout.head_end > 1:
        _take_credit_above_headline(units[: layout.head_end - 1], layout)
    if not layout.byline and layout.head_end > 1:
        _take_writer_above_headline(units[: layout.head_end - 1], metadata, layout)
    if not layout.byline and layout.paragraphs:
        _take_closing_sign_off(layout)
    if not layout.credit:
        layout.uncredited_picture = _picture_printed_twice(units, doubled, layout.headline)
    return layout


# A wire's dateline printed on a line of its own, the place in capitals and the agencies in brackets:
# "SÃO PAULO, SP (UOL/FOLHAPRESS)", as the papers reprinting Brazil's agencies print it.
_AGENCY_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ'’.-]*(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]*){0,3}(?:,\s*[A-ZÀ-Þ]{2,}(?:\s+[A-ZÀ-Þ]{2,}){0,2})?)\s*"
    r"\((?P<agencies>[A-Za-zÀ-ÿ][\w.&-]*(?:\s*/\s*[A-Za-zÀ-ÿ][\w.&-]*){0,3})\)\s*[-–—]?$"
)


def _writer_over_an_agency_dateline(units: list[str], layout: TextLayout) -> list[str]:
    """"SARA LIMA" over "SÃO PAULO, SP (FOLHAPRESS)" at the top: the writer's name in capitals, then the wire's
    dateline alone on its line (no picture's caption and credit): the name is the byline."""
    for index, unit in enumerate(units[1:HEAD_WINDOW], start=1):
        name = units[index - 1]
        if _AGENCY_DATELINE.match(unit) and name.isupper() and looks_like_name(name) and not find_byline(name):
            layout.left_out.append(unit)
            return units[: index - 1] + [f"By {name}"] + units[index + 1 :]
    return units


# A reporter's sign-off closing the story's last paragraph: a broadcaster's "Jane Doe with the details",
# "Jane Doe reports", a wire's "— with Jane Doe/JD, Harbour News", or "By Jane Doe" run on after the last sentence
# (a reprint that joined the lines: "... on Monday./. By Jane Doe", after the Vietnamese wires' end mark).
_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
_SIGN_OFF = re.compile(
    rf"(?:^|(?<=[.!?”\"’])\s+)(?P<sign_off>[-–—]\s*with\s+(?P<with>{_NAME})(?:/[A-Z]{{2,5}})?(?:,\s*[A-Z][\w .'’-]{{1,40}})?"
    rf"|(?P<reports>{_NAME})\s+(?:with\s+the\s+details|reports)|(?<=\S\S[.!?”\"’]\s)By\s+(?P<by>{_NAME}))\.?\s*$"
)


_SIGN_OFF_TAIL = 90


def _take_closing_sign_off(layout: TextLayout) -> None:
    last = layout.paragraphs[-1]
    tail = last[-_SIGN_OFF_TAIL:]
    if not (tail.rstrip(". ").endswith(("reports", "details")) or "— with " in tail or "– with " in tail
            or "- with " in tail or " By " in tail):
        return  # the quick test: most stories end otherwise
    match = _SIGN_OFF.search(last)
    name = match and (match["with"] or match["reports"] or match["by"])
    if not name or not looks_like_name(name) or not is_personal(name):
        return
    layout.byline, layout.byline_rule = Byline(match["sign_off"], 0, len(match["sign_off"]), [tidy_name(name)]), "sign-off"
    rest = last[: match.start()].rstrip()
    layout.paragraphs[-1:] = [rest] if rest else []


def _take_credit_above_headline(above: list[str], layout: TextLayout) -> None:
    """The lead picture printed above the headline, its credit under it ("Fotograf: X/TT" over the headline): the
    credit line nearest the headline, when the story itself showed none. A feed's or a page's "Copyright: ..." is
    no picture's."""
    for unit in reversed(above):
        found = split_credit(unit) if word_count(unit) <= MAX_CAPTION_WORDS else None
        if found and (found.labelled or not found.caption) and not _RIGHTS_RESERVED.search(unit) \
                and not unit.lower().startswith("copyright"):
            layout.caption, layout.credit = layout.caption or found.caption, found.credit
            return


def _take_writer_above_headline(units: list[str], metadata: list, layout: TextLayout) -> None:
    """Where nothing under the headline names the writer: an author box above it, the name over the role
    ("Jane Doe" / "Senior Editor"), or the name beside the time ("Jane Doe" / "15:31") when the story does not name
    that person (a picture's label over a video's length: "Catarina Furtado" / "01:31")."""
    for index, unit in enumerate(units):
        if word_count(unit) > 4 or len(people_named(unit)) != 1 or index + 1 >= len(units):
            continue
        following = units[index + 1]
        clock = _CLOCK_LINE.match(following) and not named_in_prose(unit.split()[-1], layout.paragraphs)
        if is_role_line(following) or clock \
                or (metadata[index + 1] and metadata[index + 1].dates and not find_byline(following)):
            layout.byline, layout.byline_rule = Byline(unit, 0, len(unit), people_named(unit)), "name above headline"
            return


def _picture_printed_twice(units: list[str], doubled: set[str], headline: str) -> str:
    """A line printed twice in a row near the top that is not the headline: a picture's alt text and its
    caption, so the page shows a picture, whose credit the reading did not find."""
    for unit in units[:_LEAD_PICTURE_WINDOW * 2]:
        if unit in doubled and unit != headline and 2 <= word_count(unit) <= _MAX_BODY_CAPTION_WORDS:  # not "Economy"
            return unit
    return ""


_HEAD_DATE_LINE_WORDS = 16
_CLOCK_OR_DATE_ONLY = re.compile(r"^[\W_]*$")
_DATE_LEAD = re.compile(
    rf"^\W*(?:(?:{PUBLISHED_WORDS}|{UPDATED_WORDS})\b\W*(?:on\s+|le\s+|el\s+|am\s+)?|"
    r"(?:posted\s+)?in\s+[\w&' -]{1,40}?\s+on\s+)?",  # a blog's "In Category on June 6, 2010 at 6:20 pm"
    re.IGNORECASE,
)


_YEAR_GLUED_TO_COMMA = re.compile(r"(?<=[^\W\d_]),(?=\d{4}\b)")


def _date_lines_in_head(units: list[str], metadata: list, day_first) -> None:
    """Above the story, a short line that opens with a date is a date line, whatever follows it on the line
    ("24 May 2021, 15:19 Comments 117 Views Kampala, Uganda"): pages print their counters and sections there."""
    body = first_paragraph(units, metadata)
    for index in range(min(body if body is not None else 0, HEAD_WINDOW)):
        unit = units[index]
        if metadata[index] or word_count(unit) > _HEAD_DATE_LINE_WORDS or not _DIGIT.search(unit) \
                or unit.rstrip().endswith((".", "!", "?")):
            continue
        # the headline printed again with its date after it ("Yonhap News Summary 17:48 August 07, 2019")
        echoed = next((len(above) for above in units[max(0, index - 3) : index]
                       if word_count(above) >= 2 and unit.startswith(above + " ")), 0)
        dates = find_dates(unit, day_first)
        if not dates and "," in unit and _YEAR_GLUED_TO_COMMA.search(unit):  # "04 March,2023 | Bengaluru"
            dates = find_dates(_YEAR_GLUED_TO_COMMA.sub(", ", unit), day_first)
        if not dates:
            continue
        printed_at = unit.find(dates[0].printed)
        opens = (printed_at if printed_at >= 0 else dates[0].start) <= _DATE_LEAD.match(unit).end()
        if opens or (echoed and _CLOCK_OR_DATE_ONLY.match(strip_dates_and_times(unit[echoed:]))):
            metadata[index] = MetadataLine(None, dates[:1])


_SKIP_LINK = re.compile(r"^(?:press \W?enter\W? to )?skip to (?:the )?(?:main )?content\W*$", re.IGNORECASE)


_CLOCK_LINE = re.compile(
    rf"^\s*(?:[•·|]\s*)?\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?\s?(?:hrs?\b\.?|horas?\b)?\s?(?:[ap]\.?m\.?)?(?:\s?\(?(?:{'|'.join(ZONE_NAMES)}|GMT\s?[+-]\s?\d{{1,2}}(?::?\d{{2}})?|UTC\s?[+-]\s?\d{{1,2}})\)?)?(?:\s+\d{{4}})?\s*$",
    re.IGNORECASE,
)




# Either label alone on its line, its words on the next: "Image source," over "Getty Images".
_LONE_CAPTION_LABEL = re.compile(rf"^(?:{PICTURE_CAPTION_LABELS}|{PICTURE_SOURCE_LABELS})\s*[,:،]?$", re.IGNORECASE)

# A date's label glued to the word before it by the page's markup: "By YonhapPublished : 2024-03-14".
_GLUED_LABEL = re.compile(r"(?<=[a-z])(?=(?:Published|Updated|Posted|Last Updated|First Published)\b)")
_SHORT_LINE = 20


# A feed item saved with its tags stripped: "<channel's title, link ...> Item title https://item/link 2025-03-28T17:14:00+09:00".
_FEED_ITEM_LINE = re.compile(
    r"^(?:.*\bhttps?://\S+\s+)?(?P<title>[^\s:/].{9,250}?)\s+https?://\S+\s+"
    r"(?P<stamp>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2}))$"
)


# A syndicated story's head run together on one line: "Headline words JANE DOE and JOHN ROE, Associated Press
# May 22, 2022 Updated: ...": the writers in capitals and their wire after a comma, then the dates.
_CAPS_NAME = r"[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){1,3}"
_HEAD_RUN_TOGETHER = re.compile(
    rf"^(?P<headline>.*?[a-z]\S*)\s+(?P<byline>{_CAPS_NAME}(?:(?:\s*,\s*|\s+and\s+){_CAPS_NAME})*,\s+"
    r"(?P<wire>[A-Z][\w.&'’ -]{1,40}?))\s+(?P<rest>(?:[A-Z][a-z]{2,8}\.?\s+\d|\d).*)$"
)
_RUN_TOGETHER_HEAD_UNITS = 10  # where a page's head, or a feed item's line, stands
_MAX_RUN_TOGETHER_HEAD = 400  # characters
_TWO_WORDS_IN_CAPITALS = re.compile(r"\b[A-ZÀ-Þ]{2,}[A-ZÀ-Þ'’.-]*\s+[A-ZÀ-Þ]{2,}")
# A picture gallery's caption: "1 of21 Residents flee ... Jane Doe/AP Show More Show Less".
_GALLERY_CAPTION = re.compile(r"^\d{1,3}\s+of\s*\d{1,3}\s+(?P<caption>.+?)(?:\s+Show\s+More\s+Show\s+Less)?$")


def _split_run_together_head(unit: str) -> list[str]:
    # the quick tests first: most lines have no two words in capitals before a comma
    match = _HEAD_RUN_TOGETHER.match(unit) if ", " in unit and len(unit) <= _MAX_RUN_TOGETHER_HEAD \
        and _TWO_WORDS_IN_CAPITALS.search(unit) else None
    if not match or not is_agency(match["wire"]) or not find_dates(match["rest"]) \
            or match["headline"].rstrip().endswith("."):
        return [unit]
    return [match["headline"], match["byline"], match["rest"]]


_NAME_BESIDE_DATES_WINDOW = 8  # lines under the headline where the writer's name may stand beside the date


def _read_names_beside_dates(units: list[str], metadata: list, start: int, day_first: bool | None) -> None:
    """Under the headline, before the story, a line "Jane Doe | 3 March 2021" is a byline and date line; read
    only there, as elsewhere such a line is as often another story's teaser."""
    for index in range(start, min(len(units), start + _NAME_BESIDE_DATES_WINDOW)):
        if word_count(units[index]) >= _STORY_PROSE_WORDS:
            break
        byline = name_beside_metadata(units[index]) if not (metadata[index] and metadata[index].byline) else None
        if byline:  # the line may have been read already as a date line whose name went unread
            metadata[index] = _metadata_in(units[index], byline, day_first) or metadata[index]


# A WordPress feed saved with its tags stripped, all on one line: the channel's title, description and build date,
# its language and "hourly 1" (the update period and frequency), perhaps its icon's URL, title, link and size
# ("32 32"), then the first item's title, perhaps its links (the page's, its comments'), its date, perhaps its guid,
# and its summary.
_RFC822 = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s\d{1,2}\s[A-Z][a-z]{2}\s\d{4}\s\d{2}:\d{2}:\d{2}\s[+-]\d{4}"
_STRIPPED_FEED_HEAD = re.compile(
    rf"^.*?{_RFC822}\s*[a-z]{{2}}(?:-[A-Za-z]{{2}})?\s+hourly\s+1\s+(?:\S*://.*?\s32\s+32\s+)?"
    rf"(?P<title>[^\s:/](?:(?!https?://).){{9,250}}?)\s+(?:https?://\S+\s+){{0,3}}(?P<stamp>{_RFC822})\s*(?:https?://\S+\s*)?"
    r"(?P<rest>.*)$",
    re.DOTALL,
)


def _feed_item_line(unit: str) -> list[str]:
    """The item's title and its timestamp as two lines (and what follows them), or [unit] for any other line."""
    match = _FEED_ITEM_LINE.match(unit) if "://" in unit else None
    if match:
        return [match["title"], match["stamp"]]
    stripped = _STRIPPED_FEED_HEAD.match(unit) if "hourly" in unit else None
    if stripped:  # the channel's part left out: the site's, not the story's
        return [stripped["title"], stripped["stamp"]] + ([stripped["rest"]] if stripped["rest"].strip() else [])
    return [unit]


_MAX_NAME_LINE_CHARS = 50
_NAMES_JOIN = re.compile(r"^(?:&|and|und|et|y|e|en|og|och|i)$", re.IGNORECASE)
_ENDS_WITH_JOIN = re.compile(r"(?:[&,]|\s(?:and|und|et|y|e|en|og|och|i))$", re.IGNORECASE)


def _byline_goes_on(byline: str, unit: str) -> bool:
    """A byline broken after a join, each writer on a line of its own (as linked names are): "By Jane Doe," over
    "John Roe", "By Jane Doe" over "and" over "John Roe"."""
    if len(unit) > _MAX_NAME_LINE_CHARS or len(byline) > 80 or not starts_with_lead(byline):
        return False  # the quick test first: most lines are longer than a name
    if _NAMES_JOIN.match(unit.strip()):
        return not _ENDS_WITH_JOIN.search(byline.rstrip())
    return bool(_ENDS_WITH_JOIN.search(byline.rstrip())) and word_count(unit) <= 4 and bool(people_named(unit.rstrip(" ,&")))


def _with_times_joined(units: list[str]) -> list[str]:
    """"Saturday August 26, 2017" over "06:50 PM GMT+8": one date line; "By" over "Jane Doe": one byline;
    a label glued to the byline before it set apart; a feed item's stripped line split into its title and time."""
    joined: list[str] = []
    head = [piece for unit in units[:_RUN_TOGETHER_HEAD_UNITS] for part in _feed_item_line(unit)
            for piece in _split_run_together_head(part)]
    for unit in head + units[_RUN_TOGETHER_HEAD_UNITS:]:
        gallery = _GALLERY_CAPTION.match(unit) if unit[:1].isdigit() else None
        if gallery and split_credit(gallery["caption"]):
            unit = gallery["caption"]
        if word_count(unit) <= _SHORT_LINE and _GLUED_LABEL.search(unit):
            unit = _GLUED_LABEL.sub(" ", unit)
        if joined and _CLOCK_LINE.match(unit) and find_dates(joined[-1]) and word_count(joined[-1]) <= 8:
            joined[-1] = f"{joined[-1]} {unit}"
        elif joined and _LONE_CAPTION_LABEL.match(joined[-1]):  # "Image caption," over its caption, "Image source," over its credit
            joined[-1] = f"{joined[-1]} {unit}"
        elif joined and len(joined[-1]) <= 30 and (across := byline_across_lines(joined[-1], unit.rstrip(" &,"))):
            joined[-1] = across + unit[len(unit.rstrip(" &,")):]
        elif joined and _byline_goes_on(joined[-1], unit):
            joined[-1] = f"{joined[-1]} {unit}"  # "Story by Jane Doe &" / "John Roe", "By Jane Doe," / "and" / "John Roe"
        else:
            joined.append(unit)
    return joined


def _without_furniture(units: list[str], layout: TextLayout) -> list[str]:
    # A "Skip to content" link ends the page's header: what stands above it is the site's, not the story's.
    skip = next((i for i, unit in enumerate(units[:HEAD_WINDOW]) if _SKIP_LINK.match(unit)), None)
    if skip is not None:
        layout.left_out.extend(units[:skip])
        units = units[skip:]
    start, end = consent_panel(units[:HEAD_WINDOW])
    if end:  # a cookie-consent panel at the top, with its categories and buttons, is the site's
        layout.left_out.extend(units[start:end])
        units = units[:start] + units[end:]
    kept: list[str] = []
    teasers_until = 0
    for index, unit in enumerate(units):
        if index < teasers_until:
            layout.left_out.append(unit)
            continue
        block = other_stories_block(units, index, kept)  # a heading, then only other stories' teasers
        if block:
            layout.left_out.extend(units[index : index + block])
            break
        if is_end_of_article(unit):
            if kept and all(_is_link_text(rest) or _is_teaser(rest) for rest in units[index + 1 :]):
                layout.left_out.extend(units[index:])
                break
            layout.left_out.append(unit)
            # The other stories' headlines, summaries, dates and bylines under the heading are theirs, not
            # this story's; a weak heading ("Latest news") may be a section label above the story itself.
            if introduces_other_stories(unit) or any(_is_sentence(above) for above in kept):
                teasers_until = index + 1 + _teaser_run(units[index + 1 :])
            continue
        if is_furniture(unit) and not _dashed_names(unit):  # "-Siddharaj Rai" is a writer, not a menu item
            layout.left_out.append(unit)
        else:
            kept.append(unit)
    return _without_trailing_links(kept, layout)


def _without_trailing_links(units: list[str], layout: TextLayout) -> list[str]:
    """Drop a closing copyright line and an unlabelled list of other stories' headlines."""
    while units and is_copyright_footer(units[-1]) and not _photographers_copyright(units, len(units) - 1):
        layout.left_out.append(units[-1])
        units = units[:-1]
    end = len(units)
    while end > 0 and _is_link_text(units[end - 1]) and word_count(units[end - 1]) <= 12:
        end -= 1
    end += _author_box_length(units[end:])  # the author's name and role close the story, not a list of links
    by_line = next((i for i in range(end, len(units)) if _opens_byline(units, i)), None)
    if by_line is not None and end > 0:  # "By Jane Doe" after the story (perhaps its date), then "No comments to display"
        block_end = _byline_block_end(units, by_line)
        layout.left_out.extend(units[block_end:])
        return units[:block_end]
    if len(units) - end >= 2 and end > 0:
        end += _closing_date_line(units, end)
        layout.left_out.extend(units[end:])
        return units[:end]
    return units


_CLOSING_LINES_AFTER_A_DATE = 2
_SENTENCE_ENDS = (".", "!", "?", "”", '"')


def _closing_date_line(units: list[str], end: int) -> int:
    """1 if the first of the short lines closing the page is the story's date alone, printed under its last
    sentence ("June 25, 2011", then "Source: harbournews.com"), no list of other stories' titles and dates."""
    rest = units[end + 1 :]
    if not (units[end - 1].endswith(_SENTENCE_ENDS) and len(rest) <= _CLOSING_LINES_AFTER_A_DATE
            and _only_a_date(units[end])):
        return 0
    return 0 if any(find_dates(unit) for unit in rest) else 1


def _only_a_date(unit: str) -> bool:
    """A whole date with its year, nothing else on the line."""
    found = find_dates(unit) if word_count(unit) <= 5 and re.search(r"\d{4}", unit) else []
    return len(found) == 1 and not strip_dates_and_times(unit).strip(" ,.|-–—")


def _opens_byline(units: list[str], index: int) -> bool:
    """A line that is only a writer's byline led by "By" (or its like), "By Jane Doe", or such a lead alone
    over the name ("Story by" / "Jane Doe &")."""
    unit = units[index]
    if not starts_with_lead(unit):
        return False
    found = find_byline(unit)
    if found and found.start == 0 and found.authors and found.end >= len(unit.rstrip(". ")):
        # "By Thai PBS World" closing a story is the outlet's credit ("By Jo Lim [jo@example.com]": the name alone)
        return is_personal(_LEAD_WORDS.sub("", unit).split("[")[0].split("(")[0].strip())
    following = units[index + 1].rstrip(" &,") if index + 1 < len(units) else ""
    return bool(following and byline_across_lines(unit, following) and is_personal(following))


_LEAD_WORDS = re.compile(r"^(?:\w+\s+)?(?:by|por|par|von|door)\b\s*:?\s*", re.IGNORECASE)


def _byline_block_end(units: list[str], start: int) -> int:
    """Where a byline closing the story ends: after its lead, the names it carries over to the next lines
    ("Jane Doe &" / "John Roe") and a date under them."""
    end = start + 1
    while end < len(units) and word_count(units[end]) <= 6 and (
            units[end - 1].rstrip().endswith(("&", ",", " and")) or byline_across_lines(units[end - 1], units[end].rstrip(" &,"))
            or find_dates(units[end])):
        end += 1
    return end


_CUT_SUMMARY = re.compile(r"(?:\.\.\.|…)\W{0,3}$")
_MAX_TEASER_WORDS = 60


def _is_teaser(unit: str) -> bool:
    """Another story's summary, cut off by the page: "... the Caribbean Community (C..."."""
    return word_count(unit) <= _MAX_TEASER_WORDS and bool(_CUT_SUMMARY.search(unit))


_SENTENCE_WORDS = 12


def _is_sentence(unit: str) -> bool:
    """A paragraph of the story: a dozen words or more ending as a sentence does (no headline, menu or label)."""
    words = unit.split()
    return len(words) >= _SENTENCE_WORDS and unit.endswith((".", "!", "?", "”", '"')) \
        and sum(word.isalpha() and word.islower() for word in words) >= _SENTENCE_WORDS // 2


def _teaser_run(units: list[str]) -> int:
    """How many of these lines, from the first, are other stories' headlines, summaries, dates and bylines."""
    length = 0
    while length < len(units) and (_is_link_text(units[length]) or _is_teaser(units[length])):
        length += 1
    return length


def _is_link_text(unit: str) -> bool:
    """Headlines of other stories are short and carry no full stop, unlike prose."""
    return word_count(unit) <= _MAX_LINK_WORDS and not unit.endswith((".", "!", "?", "”", '"'))


def _take_fields(units: list[str], layout: TextLayout) -> list[str]:
    """Honour "Title: ..." / "Language: ..." header lines that some scrapers write."""
    kept = []
    for index, unit in enumerate(units):
        match = _FIELD.match(unit) if index < 12 else None
        attribute = _FIELD_NAMES.get(match["key"].lower()) if match else None
        if attribute and not getattr(layout, attribute):
            value = match["value"].strip()
            if attribute == "caption":
                found = split_credit(value)
                layout.caption, layout.credit = (found.caption, found.credit) if found else (value, "")
            else:
                setattr(layout, attribute, value)
            continue
        kept.append(unit)
    return kept


def _take_metadata_above(metadata: list, layout: TextLayout) -> None:
    """Bylines and dates above the headline. An unlabelled date there may be the page's date of the
    day ("Tuesday, January 6, 2026" in the masthead), so it counts only when nothing else dates the article."""
    for meta in metadata:
        if meta:
            dates = [replace(found, label="above") if not found.label else found for found in meta.dates]
            _record_metadata(MetadataLine(meta.byline, dates), layout)


def _is_head_line(units: list[str], metadata: list, index: int) -> bool:
    if index >= len(units):
        return False
    unit = units[index]
    return bool(metadata[index] or caption_in_head(unit) or source_url_of(unit) or name_line_byline(unit))


def _take_standfirst(units: list[str], metadata: list, layout: TextLayout, position: int) -> int:
    if not layout.headline or layout.standfirst or position + 1 >= len(units):
        return position
    unit = units[position]
    if _is_head_line(units, metadata, position) or word_count(unit) > MAX_STANDFIRST_WORDS \
            or is_name_under_headline(units, position) or names_line(unit) or hangul_name(unit) \
            or writer_with_outlet(unit):  # names over the date: the byline
        return position
    if _is_head_line(units, metadata, position + 1):
        layout.standfirst = unit
        return position + 1
    return position


def _take_head_block(units: list[str], metadata: list, layout: TextLayout, position: int) -> int:
    """Consume the byline/date/caption lines between the headline and the body."""
    first = position
    writer_at = -1  # the last line that named a writer: a role, or another writer with a role, may follow it
    while position < len(units):
        unit, meta = units[position], metadata[position]
        had_byline = bool(layout.byline)
        if layout.byline and writer_at >= 0 and (role_under := _role_or_co_writer(units, metadata, position, writer_at)):
            if role_under == "role" and is_picture_role(unit) and layout.byline.text == units[writer_at]:
                layout.byline = None  # "Jane Doe" / "Photographer": the pictures' credit, not the writer
                writer_at = -1
            elif role_under == "join":
                writer_at = position  # "Jane Doe" / "and" / "John Roe": the next line names another writer
            elif role_under != "role":
                authors = layout.byline.authors + [a for a in role_under if a not in layout.byline.authors]
                layout.byline = replace(layout.byline, authors=authors)
                writer_at = position
            layout.left_out.append(unit)
        elif meta:
            if meta.byline and meta.byline.authors and layout.byline_rule == "name and role":
                layout.byline = None  # "Jo Roe, Online Editor" (a picture's caption) then "By Jane Doe": the "By" line's
            _record_metadata(meta, layout)
        elif source_url_of(unit):
            layout.source_url = layout.source_url or source_url_of(unit)
        elif CAPTION_LABEL.match(unit):
            _take_labelled_caption(unit, layout)
        elif not layout.byline and name_line_byline(unit) and _is_bare_name(caption_in_head(unit)):
            # "Jane Doe (Reuters)" under the headline: the writer and the wire, not a picture of Jane Doe
            layout.byline, layout.byline_rule = name_line_byline(unit), "name and role"
        elif caption_in_head(unit):
            found = caption_in_head(unit)
            if _RIGHTS_RESERVED.search(unit):
                layout.left_out.append(unit)  # "© Harbour Times - Riproduzione riservata": the page's, not a picture's
            elif not layout.credit:
                layout.caption = layout.caption or found.caption
                layout.credit = found.credit
        elif name_line_byline(unit) and not layout.byline:
            layout.byline, layout.byline_rule = name_line_byline(unit), "name and role"
        elif not layout.byline and (position == first or metadata[position - 1]) and _beside_dates(metadata, position) \
                and writer_with_outlet(unit):
            # "Oskar Lindqvist/TT", "Jane Doe for The Daily Star" under the headline or a date line, beside the date
            layout.byline, layout.byline_rule = writer_with_outlet(unit), "name and role"
        elif not layout.byline and names_line(unit) and (position == first or _beside_dates(metadata, position)):
            layout.byline, layout.byline_rule = Byline(unit, 0, len(unit), names_line(unit)), "name alone"
        elif not layout.byline and (_is_bare_name_beside_dates(units, metadata, position)
                                    or (position == first and layout.headline and is_name_under_headline(units, position))):
            name = name_without_place(unit)
            layout.byline, layout.byline_rule = Byline(unit, 0, len(unit), [tidy_name(name)]), "name alone"
            if position + 1 < len(units) and units[position + 1] == unit:
                position += 1  # the name printed twice: the author's avatar and name
        elif not layout.byline and hangul_name(unit) and (position == first or _beside_dates(metadata, position)):
            layout.byline, layout.byline_rule = Byline(unit, 0, len(unit), [hangul_name(unit)]), "name alone"
        elif not layout.byline and unit[:1] in _LEADING_MARKS and people_named(unit[1:].strip()):
            # "| Jane Doe", "• Jane Doe": the writer's name set off by a mark, as print pages and some sites do
            layout.byline, layout.byline_rule = Byline(unit, 0, len(unit), people_named(unit[1:].strip())), "name alone"
        elif is_caption_before_credit_line(units, position) and not layout.caption:
            layout.caption = tidy_caption(unit)
            _take_credit_under_caption(units[position + 1], layout)
            position += 1
        else:
            break
        if layout.byline and not had_byline:
            writer_at = position
        position += 1
    return position


def _take_credit_under_caption(line: str, layout: TextLayout) -> None:
    layout.credit = credit_under_caption(line)
    layout.credit_agency_alone = not split_credit(line) and is_agency(layout.credit)


def _role_or_co_writer(units: list[str], metadata: list, index: int, writer_at: int) -> list[str] | str:
    """Under a writer's name in the head: "role" for the writer's role ("Political correspondent"), "join" for a
    lone "and", the names of another writer given with a role (on the line or the next: "John Roe" / "Economics
    editor") or alone over the date or another name (linked names, each on its line), else []."""
    unit = units[index]
    if index == writer_at + 1 and is_role_line(unit):
        return "role"
    if index == writer_at + 1 and _NAMES_JOIN.match(unit.strip()) and index + 1 < len(units) \
            and people_named(units[index + 1]):
        return "join"
    if index == writer_at + 1 and word_count(unit) <= 4 and people_named(unit) and not is_role(unit) and index + 1 < len(units) \
            and (metadata[index + 1] and metadata[index + 1].dates or people_named(units[index + 1])):
        return people_named(unit)
    if not (index == writer_at + 1 or (index == writer_at + 2 and is_role_line(units[writer_at + 1]))):
        return []
    with_role = name_line_byline(unit)
    if with_role and with_role.authors:
        return with_role.authors if all(is_personal(a) for a in with_role.authors) else []
    following = units[index + 1] if index + 1 < len(units) else ""
    return people_named(unit) if is_role_line(following) else []


def _take_labelled_caption(unit: str, layout: TextLayout) -> None:
    """The lead picture's caption, unless one was found: then another picture's, left out of the story."""
    caption = CAPTION_LABEL.match(unit)["caption"]
    if not layout.caption:
        layout.caption = caption
    else:
        layout.left_out.append(unit)


def _beside_dates(metadata: list, index: int) -> bool:
    return any(meta and meta.dates for meta in (metadata[i] for i in (index - 1, index + 1) if 0 <= i < len(metadata)))


def _is_bare_name(found) -> bool:
    """A caption that is only a person's name ("Jane Doe" of "Jane Doe (Reuters)"), or no caption at all."""
    return not found or (looks_like_name(found.caption) and is_personal(found.caption))


_LEADING_MARKS = "|•·▪"


def _is_bare_name_beside_dates(units: list[str], metadata: list, index: int) -> bool:
    """A name alone next to a date line; the name may be printed twice, as an author's avatar and name
    ("Jane Doe" / "Jane Doe" / "Updated: 3 March 2021")."""
    if not looks_like_name(units[index]) or word_count(units[index]) > 4 or not is_personal(units[index]) \
            or not looks_like_name(name_without_place(units[index])):
        return False
    before = index - 2 if index >= 2 and units[index - 1] == units[index] else index - 1
    after = index + 2 if index + 2 < len(units) and units[index + 1] == units[index] else index + 1
    neighbours = [metadata[i] for i in (before, after) if 0 <= i < len(units)]
    return any(meta and meta.dates for meta in neighbours)


def _record_metadata(meta: MetadataLine, layout: TextLayout) -> None:
    if meta.byline and not layout.byline:
        layout.byline, layout.byline_rule = meta.byline, "by"
    layout.dates.extend(meta.dates)


# A page's copyright line, not a picture's credit, in the languages pages print it in: "All rights reserved",
# "Riproduzione riservata", "Tous droits réservés", "Alle Rechte vorbehalten", "Todos los derechos reservados" ...
_RIGHTS_RESERVED = re.compile(
    r"\brights\s+reserved\b|\briproduzione\s+riservata\b|\bdroits\s+réservés\b|\brechte\s+vorbehalten\b|"
    r"\bderechos\s+reservados\b|\bdireitos\s+reservados\b|\bprawa\s+zastrzeżone\b|\brechten\s+voorbehouden\b|"
    r"\brättigheter\s+förbehållna\b|\boikeudet\s+pidätetään\b|\bdrepturile\s+rezervate\b|무단\s?전재",
    re.IGNORECASE,
)
_LEAD_PICTURE_WINDOW = 8  # units into the body where a captioned picture is still the article's lead picture


# "By Esther Obi Police operatives arrested ...": the page lost the line break between the byline and the story.
# The name is two or three capitalised words; the capitalised word before the first lower-case one opens the sentence.
_BYLINE_INTO_STORY = re.compile(
    r"^By\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})\s+(?P<story>[A-Z][\w'’-]*,?\s+[a-z].{40,})$"
)
_NOT_IN_A_NAME = frozenset("the a an in on at as it its this that these for when after while with police".split()) \
    | MONTHS_AND_DAYS  # "By Tuesday Evening Council officials said ..." is a time, not a writer


def _byline_run_into_story(unit: str) -> tuple[Byline, str] | None:
    match = _BYLINE_INTO_STORY.match(unit)
    if not match or any(word.lower() in _NOT_IN_A_NAME for word in match["name"].split()) \
            or not looks_like_name(match["name"]):
        return None
    return Byline(unit[: match.end("name")], 0, match.end("name"), [tidy_name(match["name"])]), match["story"]


def _take_body(units: list[str], metadata: list, layout: TextLayout) -> None:
    credit_line = -1  # the line under the lead picture's caption that held its credit
    for index, (unit, meta) in enumerate(zip(units, metadata)):
        glued = _byline_run_into_story(unit) if index == 0 and not layout.byline and not meta else None
        if index == credit_line:
            layout.left_out.append(unit)
        elif glued:
            layout.byline, layout.byline_rule = glued[0], "by, into the story"
            layout.paragraphs.append(glued[1])
        elif meta:
            _record_metadata(meta, layout)
        elif source_url_of(unit):
            layout.source_url = layout.source_url or source_url_of(unit)
        elif unit == layout.headline or unit.lstrip("•·▪ ") == layout.caption:
            continue
        elif _NO_CAPTION.match(unit):
            layout.left_out.append(unit)
        elif CAPTION_LABEL.match(unit):
            _take_labelled_caption(unit, layout)
        elif _is_caption_in_body(unit):
            found = split_credit(unit.lstrip("•·▪ "))
            # a caption printed twice, its credit on the second copy, or a credit under the page's "No caption"
            # placeholder, is the picture's wherever it stands
            doubled = index > 0 and (units[index - 1] == found.caption if found.caption else _NO_CAPTION.match(units[index - 1]))
            # the whole captioned line printed twice (alt text and caption, each with its credit)
            doubled = doubled or (index + 1 < len(units) and units[index + 1] == unit)
            if not layout.credit and (index < _LEAD_PICTURE_WINDOW or doubled) and not _RIGHTS_RESERVED.search(unit) \
                    and not _is_closing_copyright(units, index, found):
                layout.caption, layout.credit = found.caption, found.credit
                if layout.paragraphs and found.caption and layout.paragraphs[-1] == found.caption:
                    layout.paragraphs.pop()  # the caption was printed once without its credit
            else:
                layout.left_out.append(unit)
        elif not layout.credit and index < _LEAD_PICTURE_WINDOW and is_caption_before_credit_line(units, index) \
                and not _is_closing_copyright(units, index + 1, split_credit(units[index + 1])):
            layout.caption = tidy_caption(unit)
            _take_credit_under_caption(units[index + 1], layout)
            if layout.paragraphs and layout.paragraphs[-1] == unit:
                layout.paragraphs.pop()  # the caption printed twice: alt text and caption
            credit_line = index + 1
        elif not layout.byline and index < _LEAD_PICTURE_WINDOW and name_line_byline(unit):
            layout.byline = name_line_byline(unit)  # "Farirai Machivenyika Senior Reporter" under the lead picture
            layout.byline_rule = "name and role"
        elif not layout.byline and index < _LEAD_PICTURE_WINDOW and _is_bare_name_beside_dates(units, metadata, index):
            # "Jane Doe" (perhaps twice, avatar and name) over the date, under the lead picture's caption
            layout.byline, layout.byline_rule = Byline(unit, 0, len(unit), [tidy_name(name_without_place(unit))]), "name alone"
            layout.left_out.append(unit)
        elif not layout.byline and index < _LEAD_PICTURE_WINDOW and unit[:1] in _LEADING_MARKS \
                and people_named(unit[1:].strip()):
            # "| Jane Doe" under a subtitle the head did not take: the writer's name set off by a mark
            layout.byline, layout.byline_rule = Byline(unit, 0, len(unit), people_named(unit[1:].strip())), "name alone"
            layout.left_out.append(unit)
        elif not layout.byline and index < _LEAD_PICTURE_WINDOW and _is_writer_printed_twice(units, index):
            # "Jane Doe" / (the headline again) / "Jane Doe": the writer's picture and name at the story's top
            layout.byline = Byline(unit, 0, len(unit), people_named(unit))
            layout.byline_rule = "name printed twice"
            layout.left_out.append(unit)
        elif layout.byline and unit.rstrip(".") == layout.byline.text and index < _LEAD_PICTURE_WINDOW + _TWICE_WITHIN:
            layout.left_out.append(unit)  # the writer's name alone again, perhaps as its picture's caption ("Jane Doe.")
        elif layout.byline and index > 0 and units[index - 1] == unit == layout.byline.text:
            layout.left_out.append(unit)  # the writer's name printed a second time
        elif not layout.byline and (index < _LEAD_PICTURE_WINDOW or index == len(units) - 1) and _dashed_names(unit):
            layout.byline = Byline(unit, 0, len(unit), _dashed_names(unit))  # "-Siddharaj Rai", a closing "— Name"
            layout.byline_rule = "dashed name"
        elif not layout.byline and _closing_name(units, index):
            # "Jane Doe", "(Jane Doe)", "JANE DOE" alone after the story's last sentence: its writer signing it
            layout.byline, layout.byline_rule = Byline(unit, 0, len(unit), _closing_name(units, index)), "author box"
            layout.byline_outside_head = True
            layout.left_out.append(unit)
        elif not layout.byline and _is_author_box(units, index):
            layout.byline, layout.byline_rule = Byline(unit, 0, len(unit), people_named(unit)), "author box"
            layout.byline_outside_head = True
            layout.left_out.append(unit)
        elif index > 0 and units[index - 1] == layout.byline_text_outside_head():
            layout.left_out.append(unit)  # the author box's second line: the name again, or the role
        else:
            layout.paragraphs.append(unit)


_NO_CAPTION = re.compile(r"^(?:no|without)\s+caption\.?$", re.IGNORECASE)  # a picture's empty caption, as a page prints it


def _is_closing_copyright(units: list[str], index: int, found) -> bool:
    """"© Outlet" alone after the story's last paragraph: the outlet's (or its agency's) copyright, no picture's."""
    return found is not None and not found.caption and units[index].lstrip().startswith(("©", "(c)", "(C)", "Copyright")) \
        and index > 0 and not any(_is_sentence(unit) for unit in units[index + 1 :]) \
        and not _photographers_copyright(units, index)


_MAX_CAPTION_OVER_COPYRIGHT_WORDS = 50


def _photographers_copyright(units: list[str], index: int) -> bool:
    """"© Jo Lim" (or "© JO LIM") under a caption-sized sentence, though it closes the page: a person holds the
    picture's rights, where an outlet or a company holds the page's ("© Harbour Times", "© 2024 Harbour Media")."""
    found = split_credit(units[index])
    return bool(found and not found.caption and index > 0 and people_named(found.credit)
                and units[index].lstrip().startswith("©") and units[index - 1].rstrip().endswith((".", "!", "?"))
                and word_count(units[index - 1]) <= _MAX_CAPTION_OVER_COPYRIGHT_WORDS)


_DASHED = re.compile(r"^[-–—]\s*(?P<names>[^-–—].*)$")


def _dashed_names(unit: str) -> list[str]:
    """The writer's name on a line of its own led by a dash: "-Siddharaj Rai", "— Jane Doe"."""
    match = _DASHED.match(unit)
    return people_named(match["names"]) if match and word_count(unit) <= 8 else []


def _author_box_length(units: list[str]) -> int:
    """How many of these lines are an author box: the name, perhaps the name again, perhaps the role or the
    writer's address."""
    if len(units) < 2 or len(people_named(units[0])) != 1:
        return 0
    length = 2 if units[1] == units[0] else 1
    if length < len(units) and (is_role_line(units[length].split("|")[0]) or _ADDRESS_LINE.match(units[length])):
        length += 1
    return length if length > 1 else 0


_MAX_CLOSING_NAME_WORDS = 3  # a signature; "Banner Interno Portal Andina" closing a page is its widget's label


def _closing_name(units: list[str], index: int) -> list[str]:
    """The writer of a story signed by a name alone (perhaps in brackets) on its last line, under a sentence of
    its prose; [] when the story names that person (a quote's speaker, a picture's subject)."""
    if index != len(units) - 1 or index < 2 or word_count(units[index]) > _MAX_CLOSING_NAME_WORDS \
            or not _is_sentence(units[index - 1]):
        return []
    names = people_named(units[index].strip("()[] "))
    return names if len(names) == 1 and not named_in_prose(names[0].split()[-1], units[:index]) else []


# The writer's address alone on a line, perhaps labelled: "jane.doe@example.com", "E-mail: jane@example.com".
_ADDRESS_LINE = re.compile(r"^(?:e-?mail\s*:?\s*)?\S+@\S+\.\w+$", re.IGNORECASE)


def _is_author_box(units: list[str], index: int) -> bool:
    """An author box after the story: a person's name alone, then the name again, the author's role or address
    ("Ilaitia Ravuwai" / "Journalist | news@example.com", "Jane Doe" / "jane.doe@example.com")."""
    if index < 3 or index + 1 >= len(units) or word_count(units[index]) > 5 or len(people_named(units[index])) != 1:
        return False
    if any(word_count(unit) >= _STORY_PROSE_WORDS for unit in units[index + 2 :]):
        return False  # the story goes on: a caption printed twice, not the box that ends it
    following = units[index + 1]
    return following == units[index] or is_role_line(following.split("|")[0]) or bool(_ADDRESS_LINE.match(following))


_STORY_PROSE_WORDS = 25
_TWICE_WITHIN = 2  # lines between a writer's picture (its caption the name) and the name


def _is_writer_printed_twice(units: list[str], index: int) -> bool:
    """A person's name alone on a line, printed again alone (or as a caption, "Jane Doe.") within two lines, and
    named nowhere in the story's prose: the writer's picture and name, not someone the story is about (whose name
    the story would use)."""
    unit = units[index]
    if word_count(unit) > 4 or len(people_named(unit)) != 1:
        return False
    if index + 1 < len(units) and units[index + 1] == unit:
        return False  # the same line twice in a row: any picture's alt text and caption ("Councillor Ana Ruiz")
    if not any(later.rstrip(".") == unit for later in units[index + 1 : index + 1 + _TWICE_WITHIN]):
        return False
    if not any(word_count(later) >= _STORY_PROSE_WORDS for later in units[index + 1 :]):
        return False  # nothing of the story after it: an author box closing the page, read as such
    return not named_in_prose(unit.split()[-1], units)




def _is_caption_in_body(unit: str) -> bool:
    """Captions of further pictures: a short line with an explicit credit marker."""
    found = split_credit(unit.lstrip("•·▪ "))
    return bool(found and found.labelled and word_count(unit) <= _MAX_BODY_CAPTION_WORDS)
