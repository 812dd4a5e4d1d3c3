"""Preparing a text's units before its layout is read: lines the page split joined (a date and its
time, a byline broken over lines, a feed item's stripped line), header fields ("Title: ...") taken,
and the page's furniture, other stories' teasers and the trailing links after the story left out.
"""

import re

from .boilerplate import other_stories_block
from .byline_names import looks_like_name
from .byline_vocabulary import is_agency, is_role_line, is_signatory_office, starts_with_lead
from .bylines import byline_across_lines, find_byline
from .credit_vocabulary import PICTURE_SOURCE_LABELS
from .credits import split_credit
from .date_patterns import ZONE_NAMES
from .dates import find_dates, strip_dates_and_times
from .parsing_cleanup import (
    consent_panel, introduces_other_stories, is_copyright_footer, is_end_of_article, is_furniture,
)
from .parsing_headline_features import HEAD_WINDOW
from .parsing_layout import TextLayout
from .parsing_site_controls import is_forecast_town
from .parsing_lines import PICTURE_CAPTION_LABELS, people_named
from .person_names import is_personal
from .scanning import word_count

_MAX_LINK_WORDS = 25  # lines in a "Related articles" list are headlines, not prose


_FIELD = re.compile(
    r"^(?P<key>title|headline|standfirst|subtitle|summary|outlet|publication|publisher|site|language|lang|caption)\s*:\s*(?P<value>.+)$",
    re.IGNORECASE,
)
_FIELD_NAMES = {
    "title": "headline", "headline": "headline", "standfirst": "standfirst", "subtitle": "standfirst",
    "summary": "standfirst", "outlet": "outlet", "publication": "outlet", "publisher": "outlet",
    "site": "outlet", "language": "language", "lang": "language", "caption": "caption",
}


# A wire's dateline printed on a line of its own, the place in capitals and the agencies in brackets:
# "SÃO PAULO, SP (UOL/FOLHAPRESS)", as the papers reprinting Brazil's agencies print it.
_AGENCY_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ'’.-]*(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]*){0,3}(?:,\s*[A-ZÀ-Þ]{2,}(?:\s+[A-ZÀ-Þ]{2,}){0,2})?)\s*"
    r"\((?P<agencies>[A-Za-zÀ-ÿ][\w.&-]*(?:\s*/\s*[A-Za-zÀ-ÿ][\w.&-]*){0,3})\)\s*[-–—]?$"
)


def writer_over_an_agency_dateline(units: list[str], layout: TextLayout) -> list[str]:
    """"SARA LIMA" over "SÃO PAULO, SP (FOLHAPRESS)" at the top: the writer's name in capitals, then the wire's
    dateline alone on its line (no picture's caption and credit): the name is the byline."""
    for index, unit in enumerate(units[1:HEAD_WINDOW], start=1):
        name = units[index - 1]
        if _AGENCY_DATELINE.match(unit) and name.isupper() and looks_like_name(name) and not find_byline(name):
            layout.left_out.append(unit)
            return units[: index - 1] + [f"By {name}"] + units[index + 1 :]
    return units


_SKIP_LINK = re.compile(r"^(?:press \W?enter\W? to )?skip to (?:the )?(?:main )?content\W*$", re.IGNORECASE)


CLOCK_LINE = re.compile(
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


# A blog post saved as one line: "Headline words Posted on January 15, 2025 By jdoe VALLEYTOWN, Jan 14 — The ...":
# the headline, the post's date line, then the rest.
_POSTED_ON_RUN_TOGETHER = re.compile(
    r"^(?P<headline>\S.{14,300}?)\s+(?P<posted>(?:Posted|Published)\s+on\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|\d{4}-\d{2}-\d{2}))\s+(?P<rest>\S.*)$"
)


def _posted_on_run_together(unit: str) -> list[str]:
    match = _POSTED_ON_RUN_TOGETHER.match(unit) if " on " in unit and len(unit) > 60 else None
    if not match or match["headline"].rstrip().endswith((".", "!", "?")):
        return [unit]
    return [match["headline"], match["posted"], match["rest"]]


# The story's dateline, in capitals, then a dash: "VALLEYTOWN – A new bridge", "NORTH BAY, ONT. — The council".
_DATELINE_THEN_TEXT = re.compile(r"^[\s,]*(?:[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+,?\s+){0,4}[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+,?\s+[–—-]\s+\S")
_MAX_BYLINE_RUN_ON = 1500  # characters: a lead paragraph, not a page


def _byline_run_into_dateline(unit: str) -> list[str]:
    """"By Jane Doe, Staff Writer, Valley Outlook VALLEYTOWN – A new bridge …": the byline and the story as two
    lines, or [unit] for any other line."""
    if len(unit) > _MAX_BYLINE_RUN_ON or not starts_with_lead(unit):
        return [unit]  # the quick test first: most lines open with no "By"
    found = find_byline(unit)
    if not found or found.start != 0 or not found.authors or not _DATELINE_THEN_TEXT.match(unit[found.end:]):
        return [unit]
    return [unit[:found.end], unit[found.end:].lstrip(" ,")]


# The writer's line and its date set off from the story by a long dash: "Par Jane Doe, 16 octobre 2013 --- Ce texte".
_LONG_DASH_THEN_TEXT = re.compile(r"^\s*(?:-{2,4}|[–—]{1,2})\s+(?=\S)")


def _byline_and_date_run_into_text(unit: str) -> list[str]:
    """"By Jane Doe, 16 October 2013 --- The story …": the byline with its date and the story as two lines, or [unit]."""
    if len(unit) > _MAX_BYLINE_RUN_ON or not starts_with_lead(unit) or not ("--" in unit or "—" in unit or "–" in unit):
        return [unit]  # the quick test first
    found = find_byline(unit)
    if not found or found.start != 0 or not found.authors:
        return [unit]
    dates = find_dates(unit[found.end:found.end + 60])
    if not dates or unit[found.end:found.end + dates[0].start].strip(" ,") != "":
        return [unit]
    date_end = found.end + dates[0].end
    dash = _LONG_DASH_THEN_TEXT.match(unit[date_end:])
    if not dash:
        return [unit]
    return [unit[:date_end], unit[date_end + dash.end():]]


# A writer and her wire in capitals, the dateline run on after them: "POR JANE DOE/AP SAN JUAN El gobernador ...".
_WIRE_BYLINE_THEN_DATELINE = re.compile(r"^(?P<byline>[A-ZÀ-Þ][A-ZÀ-Þ'’. -]{4,60}?/[A-Z]{2,6})\s+(?=[A-ZÀ-Þ]{2,}\b)")


def _wire_byline_run_into_dateline(unit: str) -> list[str]:
    """"POR JANE DOE/AP SAN JUAN El gobernador …": the byline with its wire and the story as two lines, or [unit]."""
    if len(unit) > _MAX_BYLINE_RUN_ON or "/" not in unit[:70] or not starts_with_lead(unit):
        return [unit]  # the quick test first
    match = _WIRE_BYLINE_THEN_DATELINE.match(unit)
    found = find_byline(match["byline"]) if match else None
    if not found or found.start != 0 or found.end != len(match["byline"]) or not found.authors or not found.agencies:
        return [unit]
    return [match["byline"], unit[match.end():]]


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
NAMES_JOIN = re.compile(r"^(?:&|and|und|et|y|e|en|og|och|i)$", re.IGNORECASE)
_ENDS_WITH_JOIN = re.compile(r"(?:[&,]|\s(?:and|und|et|y|e|en|og|och|i))$", re.IGNORECASE)


def _byline_goes_on(byline: str, unit: str) -> bool:
    """A byline broken after a join, each writer on a line of its own (as linked names are): "By Jane Doe," over
    "John Roe", "By Jane Doe" over "and" over "John Roe"."""
    if len(unit) > _MAX_NAME_LINE_CHARS or len(byline) > 80 or not starts_with_lead(byline):
        return False  # the quick test first: most lines are longer than a name
    if NAMES_JOIN.match(unit.strip()):
        return not _ENDS_WITH_JOIN.search(byline.rstrip())
    return bool(_ENDS_WITH_JOIN.search(byline.rstrip())) and word_count(unit) <= 4 and bool(people_named(unit.rstrip(" ,&")))


def with_times_joined(units: list[str]) -> list[str]:
    """"Saturday August 26, 2017" over "06:50 PM GMT+8": one date line; "By" over "Jane Doe": one byline;
    a label glued to the byline before it set apart; a feed item's stripped line split into its title and time."""
    joined: list[str] = []
    head = [piece for unit in units[:_RUN_TOGETHER_HEAD_UNITS] for posted in _posted_on_run_together(unit)
            for part in _feed_item_line(posted) for run in _split_run_together_head(part)
            for split in _byline_run_into_dateline(run) for dated in _byline_and_date_run_into_text(split)
            for piece in _wire_byline_run_into_dateline(dated)]
    for unit in head + units[_RUN_TOGETHER_HEAD_UNITS:]:
        gallery = _GALLERY_CAPTION.match(unit) if unit[:1].isdigit() else None
        if gallery and split_credit(gallery["caption"]):
            unit = gallery["caption"]
        if word_count(unit) <= _SHORT_LINE and _GLUED_LABEL.search(unit):
            unit = _GLUED_LABEL.sub(" ", unit)
        if joined and CLOCK_LINE.match(unit) and find_dates(joined[-1]) and word_count(joined[-1]) <= 8:
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


def without_furniture(units: list[str], layout: TextLayout) -> list[str]:
    # A "Skip to content" link ends the page's header: what stands above it is the site's, not the story's.
    skip = next((i for i, unit in enumerate(units[:HEAD_WINDOW]) if _SKIP_LINK.match(unit)), None)
    if skip is not None:
        layout.left_out.extend(units[:skip])
        units = units[skip:]
    start, end = consent_panel(units[:HEAD_WINDOW])
    if end:  # a cookie-consent panel at the top, with its categories and buttons, is the site's
        layout.left_out.extend(units[start:end])
        units = units[:start] + units[end:]
    start, end = _link_strip(units[:HEAD_WINDOW])
    if end:  # a strip of trending topics or sections above the headline is the site's
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
            if introduces_other_stories(unit) or any(is_sentence(above) for above in kept):
                teasers_until = index + 1 + _teaser_run(units[index + 1 :])
            continue
        if unit in _LONE_DASHES and any(is_sentence(above) for above in kept) and _dashed_list_follows(units, index):
            if not is_sentence(kept[-1]) and word_count(kept[-1]) <= _DASHED_LIST_WINDOW:
                layout.left_out.append(kept.pop())  # the list's heading ("Lo último en España", "Show's Stories")
            layout.left_out.extend(units[index:])  # "-" / "-" / "Other story" / "-" ...: a list of other stories
            break
        if index < HEAD_WINDOW and is_forecast_town(units, index):
            layout.left_out.append(unit)  # "-16.2 C" / "Fort St. John": the weather widget's town, over the headline
            continue
        if is_furniture(unit) and not dashed_names(unit):  # "-Siddharaj Rai" is a writer, not a menu item
            layout.left_out.append(unit)
        else:
            kept.append(unit)
    return _without_trailing_links(kept, layout)


# A widget's list of other stories under the story, each item set off by a dash alone on its line.
_LONE_DASHES = frozenset({"-", "–", "—"})
_DASHED_LIST_WINDOW = 6


def _dashed_list_follows(units: list[str], index: int) -> bool:
    """Another lone dash within the next few lines: a list's marks, not one scene break."""
    return sum(unit in _LONE_DASHES for unit in units[index : index + _DASHED_LIST_WINDOW]) >= 2


# A strip of links above the story: trending topics, sections ("Netanyahu visita Trump", "Dakar 2026", "Mourinho"),
# one to a line, many in a row, each a few words with no sentence's end and no date. A headline, its kicker, byline
# and date are fewer, and some of them longer or dated.
_STRIP_MIN_LINKS = 8
_STRIP_LINK_WORDS = 4


def _link_strip(units: list[str]) -> tuple[int, int]:
    """(start, end) of such a strip before the story's first sentence, or (0, 0)."""
    start = 0
    for index, unit in enumerate(units):
        metadata = starts_with_lead(unit) or bool(find_dates(unit))  # a byline's lead (the quicker test) or a date
        link = word_count(unit) <= _STRIP_LINK_WORDS and not unit.endswith((".", "!", "?", ":", "”", '"')) \
            and not metadata
        if not link:
            # a short headline may close the run, over its byline or date: it stays
            end = index - 1 if metadata else index
            if end - start >= _STRIP_MIN_LINKS:
                return start, end
            if is_sentence(unit):
                break
            start = index + 1
    return 0, 0  # (a page of short lines only is a list, not a strip over a story)


def _without_trailing_links(units: list[str], layout: TextLayout) -> list[str]:
    """Drop a closing copyright line and an unlabelled list of other stories' headlines."""
    while units and is_copyright_footer(units[-1]) and not photographers_copyright(units, len(units) - 1):
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


def is_sentence(unit: str) -> bool:
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


def take_fields(units: list[str], layout: TextLayout) -> list[str]:
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


_MAX_CAPTION_OVER_COPYRIGHT_WORDS = 50


def photographers_copyright(units: list[str], index: int) -> bool:
    """"© Jo Lim" (or "© JO LIM") under a caption-sized sentence, though it closes the page: a person holds the
    picture's rights, where an outlet or a company holds the page's ("© Harbour Times", "© 2024 Harbour Media")."""
    found = split_credit(units[index])
    return bool(found and not found.caption and index > 0 and people_named(found.credit)
                and units[index].lstrip().startswith("©") and units[index - 1].rstrip().endswith((".", "!", "?"))
                and word_count(units[index - 1]) <= _MAX_CAPTION_OVER_COPYRIGHT_WORDS)


_DASHED = re.compile(r"^(?:--?|[–—])\s*(?P<names>[^-–—].*)$")  # "--" too: a dash typed as two hyphens


def dashed_names(unit: str) -> list[str]:
    """The writer's name on a line of its own led by a dash: "-Siddharaj Rai", "— Jane Doe"."""
    match = _DASHED.match(unit)
    return people_named(match["names"]) if match and word_count(unit) <= 8 else []


def _author_box_length(units: list[str]) -> int:
    """How many of these lines are an author box: the name, perhaps the name again, perhaps the role or the
    writer's address."""
    if len(units) < 2 or len(people_named(units[0])) != 1:
        return 0
    length = 2 if units[1] == units[0] else 1
    if length < len(units) and (is_role_line(units[length].split("|")[0]) or ADDRESS_LINE.match(units[length])
                                or is_signatory_office(units[length]) or CONTACT_LINK.fullmatch(units[length])):
        length += 1
    return length if length > 1 else 0


# The writer's address alone on a line, perhaps labelled: "jane.doe@example.com", "E-mail: jane@example.com".
ADDRESS_LINE = re.compile(r"^(?:e-?mail\s*:?\s*)?\S+@\S+\.\w+$", re.IGNORECASE)
# An author box's link to write to the writer, alone on its line: "Send email", "Enviar email", "Envoyer un courriel".
CONTACT_LINK = re.compile(
    r"(?:send\s+(?:an\s+)?e-?mail|e-?mail\s+(?:me|the\s+author)|enviar\s+(?:um\s+|un\s+)?(?:e-?mail|correo)|"
    r"envoyer\s+un\s+(?:courriel|e-?mail)|contact(?:ar|er)?\s+(?:the\s+|al\s+|o\s+|l['’])?(?:author|autor|auteur)a?)\W*",
    re.IGNORECASE)
