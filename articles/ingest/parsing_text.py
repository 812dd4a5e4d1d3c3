"""Reading the layout of a plain-text article: headline, standfirst, the
byline/date/caption block, and the body paragraphs.

Works on "units" - one line or paragraph each - so the HTML reader can feed
the visible blocks of a page through the same rules.
"""

import re
from dataclasses import dataclass, field, replace

from .bylines import Byline, find_byline, is_agency, is_role_line, looks_like_name, name_line_byline, starts_with_title
from .credits import CaptionCredit, split_credit
from .dates import MONTHS, ZONE_NAMES, FoundDate, find_dates, strip_dates_and_times
from .parsing_cleanup import is_copyright_footer, is_end_of_article, is_furniture, source_url_of

_MAX_HEADLINE_WORDS = 25
_MAX_STANDFIRST_WORDS = 60
_MAX_CAPTION_WORDS = 120
_MAX_BODY_CAPTION_WORDS = 90
_MAX_LINK_WORDS = 25  # lines in a "Related articles" list are headlines, not prose

_META_WORDS = re.compile(
    r"\b(?:(?:first|last)\s+)?(?:published|updated|posted|modified|created|dated?|time|on|at|am|pm|"
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\b|[•|·,:;()\[\]\-–—/]",
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
_READING_TIME = re.compile(r"\b\d+\s+min(?:ute)?s?\s+read\b|\bshare\b", re.IGNORECASE)


@dataclass
class MetadataLine:
    """A line made only of a byline and/or dates, e.g. "By Jane Doe • 3 March 2021 • 9:11"."""

    byline: Byline | None
    dates: list[FoundDate]


@dataclass
class TextLayout:
    headline: str = ""
    standfirst: str = ""
    byline: Byline | None = None
    dates: list[FoundDate] = field(default_factory=list)  # from byline/date lines only
    caption: str = ""
    credit: str = ""
    source_url: str = ""
    outlet: str = ""
    language: str = ""
    paragraphs: list[str] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)  # lines read as page furniture, shown to the editor
    headline_unsure: bool = False  # chosen among lines that looked alike


# Words that a date, a time, a time zone or _META_WORDS can consist of (with
# IGNORECASE, as those patterns match); words with a digit count too. Only such
# words are ever removed from a line before its leftover words are counted.
_DATE_WORD = re.compile(
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|"
    + "|".join(MONTHS) + "|" + "|".join(ZONE_NAMES)
    + r"|published|updated|posted|modified|created|dated?|time|on|at|of|first|last|st|nd|rd|th|[ap]m|[apmtz])",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")


def _is_prose(unit: str) -> bool:
    """At least two words that no date or metadata removal can take: never a metadata line without a byline.

    Finding the dates in every paragraph is the slowest part of parsing; this
    tells prose apart without it, and gives the same answer.
    """
    other_words = 0
    for word in _WORD.finditer(unit):
        if not _DIGIT.search(word.group()) and not _DATE_WORD.fullmatch(word.group()):
            other_words += 1
            if other_words == 2:
                return True
    return False


def _reads_as_prose(unit: str) -> bool:
    """The quick answer for a line without a byline: prose, so no metadata line (as _metadata_in would find)."""
    return _is_prose(_SOURCE_SUFFIX.sub(" ", _SOURCE_IN_BRACKETS.sub(" ", unit))) and len(_SEGMENTS.findall(unit)) < 2


def metadata_line(unit: str, day_first: bool | None = None) -> MetadataLine | None:
    """The byline and dates of a line that holds nothing else; None for prose."""
    byline = find_byline(unit)
    if not byline and _reads_as_prose(unit):
        return None
    return _metadata_in(unit, byline, day_first)


def _metadata_in(unit: str, byline: Byline | None, day_first: bool | None) -> MetadataLine | None:
    dates = find_dates(unit, day_first)
    if not byline and not dates:
        return None
    rest = unit[: byline.start] + " " + unit[byline.end :] if byline else unit
    rest = _SOURCE_SUFFIX.sub(" ", _SOURCE_IN_BRACKETS.sub(" ", rest))
    leftover = re.findall(r"\w+", _META_WORDS.sub(" ", _READING_TIME.sub(" ", strip_dates_and_times(rest))))
    # "PTI | Dubai | Updated: ..." : short segments beside the dates name the agency and the place
    allowed = 3 if len(_SEGMENTS.findall(unit)) >= 2 else 1 if len(unit.split()) >= 4 else 0
    if len(leftover) > allowed:
        return None
    return MetadataLine(byline, dates)


def analyse_units(units: list[str], *, headline: str = "", day_first: bool | None = None) -> TextLayout:
    """Split units into headline, standfirst, metadata, caption and body paragraphs."""
    layout = TextLayout(headline=headline)
    doubled = {a for a, b in zip(units, units[1:]) if a == b}  # a picture's alt text and caption, printed twice
    units = _with_times_joined(_without_furniture(units, layout))
    units = _take_fields(units, layout)
    metadata = [metadata_line(unit, day_first) for unit in units]
    if headline:
        position = 0
    else:
        position = _take_headline(units, metadata, layout, doubled)
        if position > 1:
            _take_metadata_above(metadata[:position - 1], layout)
    position = _take_standfirst(units, metadata, layout, position)
    position = _take_head_block(units, metadata, layout, position)
    _take_body(units[position:], metadata[position:], layout)
    return layout


_SKIP_LINK = re.compile(r"^skip to (?:the )?(?:main )?content\W*$", re.IGNORECASE)


_CLOCK_LINE = re.compile(
    rf"^\s*\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?\s?(?:[ap]\.?m\.?)?(?:\s?\(?(?:{'|'.join(ZONE_NAMES)}|GMT\s?[+-]\s?\d{{1,2}}(?::?\d{{2}})?|UTC\s?[+-]\s?\d{{1,2}})\)?)?(?:\s+\d{{4}})?\s*$",
    re.IGNORECASE,
)


def _with_times_joined(units: list[str]) -> list[str]:
    """"Saturday August 26, 2017" over "06:50 PM GMT+8": one date line."""
    joined: list[str] = []
    for unit in units:
        if joined and _CLOCK_LINE.match(unit) and find_dates(joined[-1]) and len(joined[-1].split()) <= 8:
            joined[-1] = f"{joined[-1]} {unit}"
        else:
            joined.append(unit)
    return joined


def _without_furniture(units: list[str], layout: TextLayout) -> list[str]:
    # A "Skip to content" link ends the page's header: what stands above it is the site's, not the story's.
    skip = next((i for i, unit in enumerate(units[:_HEAD_WINDOW]) if _SKIP_LINK.match(unit)), None)
    if skip is not None:
        layout.left_out.extend(units[:skip])
        units = units[skip:]
    kept: list[str] = []
    for index, unit in enumerate(units):
        if is_end_of_article(unit):
            if kept and all(_is_link_text(rest) for rest in units[index + 1 :]):
                layout.left_out.extend(units[index:])
                break
            layout.left_out.append(unit)
            continue
        if is_furniture(unit):
            layout.left_out.append(unit)
        else:
            kept.append(unit)
    return _without_trailing_links(kept, layout)


def _without_trailing_links(units: list[str], layout: TextLayout) -> list[str]:
    """Drop a closing copyright line and an unlabelled list of other stories' headlines."""
    while units and is_copyright_footer(units[-1]):
        layout.left_out.append(units[-1])
        units = units[:-1]
    end = len(units)
    while end > 0 and _is_link_text(units[end - 1]) and len(units[end - 1].split()) <= 12:
        end -= 1
    if len(units) - end >= 2 and end > 0:
        layout.left_out.extend(units[end:])
        return units[:end]
    return units


def _is_link_text(unit: str) -> bool:
    """Headlines of other stories are short and carry no full stop, unlike prose."""
    return len(unit.split()) <= _MAX_LINK_WORDS and not unit.endswith((".", "!", "?", "”", '"'))


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


def _is_headline_like(unit: str) -> bool:
    words = unit.split()
    return (
        0 < len(words) <= _MAX_HEADLINE_WORDS
        and len(unit) <= 200
        and not unit.endswith((".", ":", ";", ","))
        and not unit[0].islower()
        and not split_credit(unit)
        and not source_url_of(unit)
    )


_SURE_HEADLINE = 3.0  # a score below this, or a close second, is flagged to the editor
_HEAD_WINDOW = 40  # units searched for the headline: past the page's navigation, before the story
_SEPARATORS = re.compile(r"\s[|•·»›]\s|\s/\s")
_BREADCRUMB = re.compile(r"[»›]|\s>\s")
_REAL_WORD = re.compile(r"[^\W\d_]{3,}")


def _take_headline(units: list[str], metadata: list, layout: TextLayout, doubled: set[str]) -> int:
    """Find the headline among the units above the story's first paragraph; returns the position after it.

    Pages put navigation, section labels, kickers and other stories' teasers
    above the headline. The headline is the headline-shaped line that the page
    repeats, or that the byline, date, standfirst or picture follows, nearest
    the first paragraph. What stands above it is left out, and listed.
    """
    if layout.headline or not units:
        return 0
    body = _first_paragraph(units, metadata)
    if body is None:
        return _first_line_headline(units, metadata, layout)
    scores = [_headline_score(units, metadata, i, body, doubled) for i in range(min(body, _HEAD_WINDOW))]
    # The headline stands above the byline and date: below them come pictures, captions and the story.
    for end, meta in enumerate(metadata[: len(scores)]):
        if meta and any(scores[:end]):
            scores = scores[:end]
            break
    best, best_score = None, 0.0
    for index, score in enumerate(scores):
        if score > best_score:
            best, best_score = index, score
    if best is None:
        return 0
    layout.headline = units[best]
    glued = find_byline(units[best])
    if glued and glued.start > 0 and glued.authors and _headline_shaped(units[best][: glued.start].strip()):
        layout.headline = units[best][: glued.start].strip()  # "... noticed By BARRY WILNER, AP Football Writer"
        layout.byline = glued
    runner_up = max((score for index, score in enumerate(scores) if index != best), default=0.0)
    layout.headline_unsure = best_score < _SURE_HEADLINE or runner_up > best_score - 0.5
    layout.left_out.extend(unit for unit, meta in zip(units[:best], metadata[:best]) if not meta)
    return best + 1


def _first_paragraph(units: list[str], metadata: list) -> int:
    """Index of the first unit that reads as the story's prose (a full sentence of some length)."""
    for index, unit in enumerate(units[:_HEAD_WINDOW * 2]):
        words = len(unit.split())
        if metadata[index] or _caption_in_head(unit):
            continue
        if (words >= 15 and unit.rstrip("”\"’)").endswith((".", "!", "?", "…"))) or words >= 40:
            return index
    return None


def _first_line_headline(units: list[str], metadata: list, layout: TextLayout) -> int:
    """For a short text with no paragraph of prose to steer by: the first line, or the one after a section label."""
    start = 0
    if len(units) > 1 and len(units[0].split()) <= 2 and not metadata[0] and not metadata[1] \
            and _is_headline_like(units[0]) and _is_headline_like(units[1]) and len(units[1].split()) >= 4:
        start = 1
    if not metadata[start] and _is_headline_like(units[start]) and len(units) > start + 1:
        layout.headline = units[start]
        return start + 1
    return 0


# What makes a line the headline, and how much. bench/train_headline.py fits the same features by
# logistic regression on the development part; the fitted weights did no better on the test part.
HEADLINE_WEIGHTS = {
    "bias": 1.0, "length_5_to_22": 1.0, "length_4": 0.5, "length_3": -0.5, "length_2": -1.0,
    "printed_twice_in_a_row": -1.0, "standfirst_under_headline": -1.5, "sentence": -1.0, "repeated_below": 3.0,
    "then_standfirst_and_byline": 2.5, "then_byline_or_date": 2.0, "then_picture": 1.5, "then_standfirst": 1.5,
    "byline_soon_after": 1.0,
}


def _headline_score(units: list[str], metadata: list, index: int, body: int, doubled: set[str]) -> float:
    """How much a unit looks like the headline, from its shape and from what follows it (0: it is not)."""
    features = headline_features(units, metadata, index, body, doubled)
    if features is None:
        return 0.0
    return sum(HEADLINE_WEIGHTS.get(name, 0.0) * value for name, value in features.items())


def headline_features(units: list[str], metadata: list, index: int, body: int, doubled: set[str]) -> dict | None:
    """The features of a unit as a headline candidate; None for a unit that cannot be the headline."""
    unit = units[index]
    words = len(unit.split())
    opening = unit.lstrip("'\"‘“«¿¡(")[:1]
    if metadata[index] or not 2 <= words <= 30 or len(unit) > 250 or not (opening.isupper() or opening.isdigit()):
        return None
    if split_credit(unit) or source_url_of(unit) or name_line_byline(unit) or unit.endswith((":", ";")):
        return None
    if len(_SEPARATORS.findall(unit)) >= 2 or _BREADCRUMB.search(unit) or len(_REAL_WORD.findall(unit)) < 2 \
            or is_role_line(unit):
        return None  # a breadcrumb, "27.1 C", "Political reporter"
    key = unit.casefold().rstrip(".,")
    nearby = units[index + 1 : index + 3]
    if any(key in other.casefold() and _is_caption_line(units, position)
           for position, other in enumerate(nearby, start=index + 1)) or (
            nearby and len(nearby[0]) > len(unit) and nearby[0].casefold().startswith(key)):
        return None  # a picture's alt text above its caption
    if index + 1 < len(units) and _is_credit_only(units[index + 1]):
        return None  # a caption above its credit
    features = {
        "bias": 1.0,
        "length_5_to_22": float(5 <= words <= 22), "length_4": float(words == 4), "length_3": float(words == 3),
        "length_2": float(words < 3),
        "printed_twice_in_a_row": float(unit in doubled),
        "standfirst_under_headline": float(
            index > 0 and words >= 12 and _headline_shaped(units[index - 1]) and len(units[index - 1].split()) < words
            and index + 1 < len(units) and _is_byline_or_date(units, metadata, index + 1)),
        "sentence": float(unit.endswith(".")),
        "repeated_below": float(words >= 4 and unit not in doubled and any(
            other is not unit and other.casefold().startswith(key) for other in units[: body + 3])),
        "then_standfirst_and_byline": 0.0, "then_byline_or_date": 0.0, "then_picture": 0.0, "then_standfirst": 0.0,
        "byline_soon_after": 0.0,
        # for the learned weights only (0 in the hand-set ones)
        "after_a_date_line": float(index > 0 and bool(metadata[index - 1])),
        "first_candidate_line": float(index == 0),
        "near_the_story": float(body - index <= 3),
        "capitals": float(unit.isupper()),
        "has_digits": float(any(c.isdigit() for c in unit)),
        "has_colon": float(":" in unit),
        "long": float(words > 22),
    }
    following = index + 1
    if following < len(units):
        standfirst = following < body and _is_standfirst_shape(units[following]) \
            and len(units[following].split()) >= max(15, words * 1.5)
        if standfirst and following + 1 < len(units) and _is_byline_or_date(units, metadata, following + 1):
            features["then_standfirst_and_byline"] = 1.0
        elif _is_byline_or_date(units, metadata, following):
            features["then_byline_or_date"] = 1.0
        elif _is_caption_line(units, following):
            features["then_picture"] = 1.0
        elif standfirst:
            features["then_standfirst"] = 1.0
        elif any(metadata[i] or name_line_byline(units[i]) for i in range(following + 1, min(following + 3, len(units)))):
            features["byline_soon_after"] = 1.0
    return features


def _headline_shaped(unit: str) -> bool:
    return 2 <= len(unit.split()) <= 22 and not unit.endswith((".", ":", ";")) and unit[:1].isupper() \
        and not split_credit(unit)


def _is_byline_or_date(units: list[str], metadata: list, index: int) -> bool:
    return bool(metadata[index] or name_line_byline(units[index]) or _is_name_under_headline(units, index)
                or units[index].rstrip(":").lower() == "by")  # a "By" whose name the page left out, or put next


def _is_caption_line(units: list[str], index: int) -> bool:
    return bool(_caption_in_head(units[index])) or _is_caption_before_credit_line(units, index)


def _is_credit_only(unit: str) -> bool:
    found = split_credit(unit)
    return bool(found and not found.caption)


def _is_standfirst_shape(unit: str) -> bool:
    return 8 <= len(unit.split()) <= _MAX_STANDFIRST_WORDS and not split_credit(unit)


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
    return bool(metadata[index] or _caption_in_head(unit) or source_url_of(unit) or name_line_byline(unit))


def _take_standfirst(units: list[str], metadata: list, layout: TextLayout, position: int) -> int:
    if not layout.headline or layout.standfirst or position + 1 >= len(units):
        return position
    unit = units[position]
    if _is_head_line(units, metadata, position) or len(unit.split()) > _MAX_STANDFIRST_WORDS:
        return position
    if _is_head_line(units, metadata, position + 1):
        layout.standfirst = unit
        return position + 1
    return position


def _caption_in_head(unit: str) -> CaptionCredit | None:
    found = split_credit(unit)
    if found and len(unit.split()) <= _MAX_CAPTION_WORDS:
        return found
    return None


def _take_head_block(units: list[str], metadata: list, layout: TextLayout, position: int) -> int:
    """Consume the byline/date/caption lines between the headline and the body."""
    first = position
    while position < len(units):
        unit, meta = units[position], metadata[position]
        if meta:
            _record_metadata(meta, layout)
        elif source_url_of(unit):
            layout.source_url = layout.source_url or source_url_of(unit)
        elif _caption_in_head(unit):
            found = _caption_in_head(unit)
            if not layout.credit:
                layout.caption = layout.caption or found.caption
                layout.credit = found.credit
        elif name_line_byline(unit) and not layout.byline:
            layout.byline = name_line_byline(unit)
        elif not layout.byline and (_is_bare_name_beside_dates(units, metadata, position)
                                    or (position == first and layout.headline and _is_name_under_headline(units, position))):
            name = _PLACE_AFTER_NAME.sub("", unit)
            layout.byline = Byline(unit, 0, len(unit), [" ".join(name.split())])
        elif _is_caption_before_credit_line(units, position) and not layout.caption:
            layout.caption = unit
            layout.credit = split_credit(units[position + 1]).credit
            position += 1
        else:
            break
        position += 1
    return position


_PLACE_AFTER_NAME = re.compile(r"\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$")  # "Sunday Aborisade in Abuja"
_PICTURE_WORDS = re.compile(r"^logo\b|\blogo$|profile picture$|^image\b|^photo\b", re.IGNORECASE)


def _is_name_under_headline(units: list[str], index: int) -> bool:
    """A person's name alone (or "Name in Place") right under the headline is its byline,
    unless the next line is the caption it is the alt text of."""
    name = _PLACE_AFTER_NAME.sub("", units[index])
    if not looks_like_name(name) or len(name.split()) > 4 or not _is_personal(name):
        return False
    following = units[index + 1] if index + 1 < len(units) else ""
    return not (following.casefold().startswith(name.casefold()) or _caption_in_head(following)
                or _is_caption_before_credit_line(units, index + 1))


# Words that make a capitalised line a show, a section or a button, not a person.
_NOT_NAME_WORDS = frozenset("""the this that video embed morning evening show live current news today home radio
    tv online desk team staff reporter correspondent editor daily weekly times post herald more edition english
    updates""".split())


def _is_personal(name: str) -> bool:
    words = name.split()
    shouting = name.isupper()
    return not (_PICTURE_WORDS.search(name) or is_agency(name) or is_role_line(name) or starts_with_title(name)
                or any(w.lower().strip(".,") in _NOT_NAME_WORDS for w in words)
                or (not shouting and any(len(w) >= 3 and w.isupper() for w in words)))


def _is_bare_name_beside_dates(units: list[str], metadata: list, index: int) -> bool:
    if not looks_like_name(units[index]) or len(units[index].split()) > 4 or not _is_personal(units[index]):
        return False
    neighbours = [metadata[i] for i in (index - 1, index + 1) if 0 <= i < len(units)]
    return any(meta and meta.dates for meta in neighbours)


def _is_caption_before_credit_line(units: list[str], index: int) -> bool:
    if index + 1 >= len(units) or len(units[index].split()) > _MAX_CAPTION_WORDS:
        return False
    found = split_credit(units[index + 1])
    return bool(found and not found.caption)


def _record_metadata(meta: MetadataLine, layout: TextLayout) -> None:
    if meta.byline and not layout.byline:
        layout.byline = meta.byline
    layout.dates.extend(meta.dates)


_RIGHTS_RESERVED = re.compile(r"\brights\s+reserved\b", re.IGNORECASE)  # a page's copyright line, not a credit
_LEAD_PICTURE_WINDOW = 8  # units into the body where a captioned picture is still the article's lead picture


def _take_body(units: list[str], metadata: list, layout: TextLayout) -> None:
    for index, (unit, meta) in enumerate(zip(units, metadata)):
        if meta:
            _record_metadata(meta, layout)
        elif source_url_of(unit):
            layout.source_url = layout.source_url or source_url_of(unit)
        elif unit == layout.headline or unit.lstrip("•·▪ ") == layout.caption:
            continue
        elif _is_caption_in_body(unit):
            found = split_credit(unit.lstrip("•·▪ "))
            if not layout.credit and index < _LEAD_PICTURE_WINDOW and not _RIGHTS_RESERVED.search(unit):
                layout.caption, layout.credit = found.caption, found.credit
                if layout.paragraphs and found.caption and layout.paragraphs[-1] == found.caption:
                    layout.paragraphs.pop()  # the caption was printed once without its credit
            else:
                layout.left_out.append(unit)
        elif not layout.credit and index < _LEAD_PICTURE_WINDOW and _is_caption_before_credit_line(units, index):
            layout.caption, layout.credit = unit, split_credit(units[index + 1]).credit
        else:
            layout.paragraphs.append(unit)


def _is_caption_in_body(unit: str) -> bool:
    """Captions of further pictures: a short line with an explicit credit marker."""
    found = split_credit(unit.lstrip("•·▪ "))
    return bool(found and found.labelled and len(unit.split()) <= _MAX_BODY_CAPTION_WORDS)
