"""Reading the layout of a plain-text article: headline, standfirst, the
byline/date/caption block, and the body paragraphs.

Works on "units" - one line or paragraph each - so the HTML reader can feed
the visible blocks of a page through the same rules. This module reads the
head (the headline, the standfirst, the byline/date/caption block under it);
the units are prepared in parsing_units.py, metadata lines are read in
parsing_metadata_lines.py and the story's paragraphs in parsing_body.py.
"""

import re
from dataclasses import replace

from . import gazetteer
from .byline_name_lines import name_line_byline, writer_of_outlet, writer_of_outlet_in_place, writer_with_outlet
from .byline_names import hangul_name, looks_like_name, name_once, surname_in, tidy_name
from .byline_vocabulary import is_picture_role, is_role, is_role_line
from .bylines import Byline, find_byline
from .credits import split_credit, tidy_caption
from .date_patterns import PUBLISHED_WORDS, UPDATED_WORDS
from .dates import find_dates, strip_dates_and_times
from .parsing_body import (
    LEAD_PICTURE_WINDOW, MAX_BODY_CAPTION_WORDS, STORY_PROSE_WORDS, name_set_off_by_a_mark, page_rights_line, take_body,
    take_closing_sign_off, take_credit_under_caption, take_labelled_caption,
)
from .parsing_cleanup import source_url_of
from .parsing_headline_choice import first_paragraph, masthead_over_the_time, take_headline
from .parsing_headline_features import HEAD_WINDOW, SCRIPT_FULL_STOPS
from .parsing_layout import TextLayout
from .parsing_page_chrome import (
    article_title_under_teasers, headline_above_the_story, headline_nearer_the_story, headline_printed_twice, printed_alone_nearby,
)
from .parsing_lines import (
    CAPTION_LABEL, MAX_CAPTION_WORDS, MAX_STANDFIRST_WORDS, caption_in_head, is_caption_before_credit_line,
    credits_block, is_name_under_headline, name_beside_metadata, name_without_place, named_in_prose, names_line,
    people_named,
)
from .parsing_metadata_lines import (
    DIGIT, MetadataLine, beside_dates, is_bare_name_beside_dates, metadata_in, metadata_line, record_metadata,
)
from .parsing_units import (
    CLOCK_LINE, NAMES_JOIN, take_fields, with_times_joined, without_furniture, writer_over_an_agency_dateline,
)
from .person_names import is_personal
from .scanning import word_count


def analyse_units(units: list[str], *, headline: str = "", day_first: bool | None = None) -> TextLayout:
    """Split units into headline, standfirst, metadata, caption and body paragraphs."""
    layout = TextLayout(headline=headline)
    doubled = {a for a, b in zip(units, units[1:]) if a == b}  # a picture's alt text and caption, printed twice
    units = writer_over_an_agency_dateline(with_times_joined(without_furniture(units, layout)), layout)
    if units and units[0][:1] in _LIST_MARKS and units[0][1:2] == " ":
        units[0] = units[0][2:].lstrip()  # "• Mayor resigns": a list page's mark before its first story, not the headline's
    units = [_without_close_button(unit) for unit in units[:_HEAD_LINES]] + units[_HEAD_LINES:]  # "× Mayor quits"
    units = take_fields(units, layout)
    metadata = [metadata_line(unit, day_first) for unit in units]
    _date_lines_in_head(units, metadata, day_first)
    if headline:
        position = 0
    else:
        position = take_headline(units, metadata, layout, doubled, day_first)
        if position:  # the page's title, its heading printed alone further down: "Storm closes port - Harbour Times"
            layout.headline = printed_alone_nearby(layout.headline, units[:HEAD_WINDOW])
            position = _headline_nearer_the_story(units, metadata, layout, position)
            position = _headline_printed_twice(units, metadata, layout, position)
        else:
            position = _headline_above_the_story(units, metadata, layout)
        if position > 1:
            _take_metadata_above(metadata[:position - 1], layout)
        elif position == 0:
            _date_over_the_lead_picture(units, metadata)
        title = article_title_under_teasers(units, position) if position else None
        if title is not None:  # teasers above the article: its title is the headline, flagged
            layout.left_out.extend(units[position - 1 : title])
            layout.headline, layout.headline_unsure, position = units[title], True, title + 1
            layout.headline_proposed = False
    layout.head_end = position
    _read_names_beside_dates(units, metadata, position, day_first)
    position = _take_standfirst(units, metadata, layout, position)
    position = _take_head_block(units, metadata, layout, position)
    layout.units, layout.metadata, layout.body_start = units, metadata, position
    if layout.head_end > 1:
        _date_of_a_dated_list(units, metadata, layout)
    take_body(units[position:], metadata[position:], layout)
    if not layout.credit and layout.head_end > 1:
        _take_credit_above_headline(units[: layout.head_end - 1], layout)
    if not layout.byline and layout.head_end > 1:
        _take_writer_above_headline(units[: layout.head_end - 1], metadata, layout)
    if not layout.byline and layout.paragraphs:
        take_closing_sign_off(layout)
    if not layout.credit:
        _credit_between_alt_text_copies(units[:HEAD_WINDOW], layout)
    if not layout.credit:
        layout.uncredited_picture = _picture_printed_twice(units, doubled, layout.headline)
    return layout


def _headline_nearer_the_story(units: list[str], metadata: list, layout: TextLayout, position: int) -> int:
    """The line chosen as the headline speaks nothing of the story, a headline-length line nearer the story does:
    that line is the headline, flagged (the chooser's pick was the site's: a masthead, a tagline, a menu)."""
    nearer = headline_nearer_the_story(units, metadata, layout.headline, position - 1, first_paragraph(units, metadata))
    if nearer is None:
        return position
    layout.left_out.extend(unit for unit, meta in zip(units[position - 1 : nearer], metadata[position - 1 : nearer])
                           if not meta)
    layout.headline, layout.headline_unsure, layout.headline_proposed = units[nearer], True, False
    if layout.headline_rival == layout.headline:  # the chooser's rival, now taken: no rival to name
        layout.headline_rival = ""
    return nearer + 1


def _headline_printed_twice(units: list[str], metadata: list, layout: TextLayout, position: int) -> int:
    """The line chosen is printed once, another above the story twice (the page's title and its heading): that line
    is the headline, flagged."""
    twice = headline_printed_twice(units, metadata, layout.headline, position - 1, first_paragraph(units, metadata))
    if twice is None:
        return position
    if twice > position - 1:
        layout.left_out.extend(unit for unit, meta in zip(units[position - 1 : twice], metadata[position - 1 : twice])
                               if not meta)
    layout.headline, layout.headline_unsure, layout.headline_proposed = units[twice], True, False
    if layout.headline_rival == layout.headline:
        layout.headline_rival = ""
    return max(position, twice + 1)


def _headline_above_the_story(units: list[str], metadata: list, layout: TextLayout) -> int:
    """No line taken for the headline: a headline-length line just above the story that shares three of its words
    is, flagged; else none (the position 0), and a headline is proposed from the lead."""
    above = headline_above_the_story(units, metadata, first_paragraph(units, metadata))
    if above is None:
        return 0
    layout.left_out.extend(unit for unit, meta in zip(units[:above], metadata[:above]) if not meta)
    layout.headline, layout.headline_unsure = units[above], True
    return above + 1


_ADDRESS_AFTER = re.compile(r"\s+[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}")
_BARE_NAME = re.compile(r"[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3}")  # no lead, no comma: "Piše Jana Roth," is a byline


def _credit_between_alt_text_copies(units: list[str], layout: TextLayout) -> None:
    """A person's name alone between two copies of one line near the top ("Tide Turns Home" / "Mara Quist" /
    "Tide Turns Home"): the picture's alt text, its photographer, its caption; not when the name is the byline."""
    for index in range(1, len(units) - 1):
        name, alt = units[index], units[index - 1]
        after = units[index + 1]  # ... the caption perhaps run into the site's address: "Tide Turns Home harbour.com"
        same = after == alt or (after.startswith(alt) and bool(_ADDRESS_AFTER.fullmatch(after[len(alt):])))
        if not same or not 2 <= word_count(name) <= 4 or not 2 <= word_count(alt) <= MAX_CAPTION_WORDS \
                or not _BARE_NAME.fullmatch(name) or not is_personal(name) or is_role_line(name) \
                or len(people_named(name)) != 1:  # not a widget's label: "Accessibility Tools"
            continue
        if layout.byline and name in layout.byline.text:
            return
        layout.credit, layout.caption = tidy_name(name), layout.caption or alt
        return


# A pop-up's or a panel's close button copied with the headline beside it: "× Mayor quits after the vote".
_CLOSE_BUTTON = re.compile(r"^[×✕✖╳]\s+(?=\S)")
_HEAD_LINES = 12  # where a pop-up over the page's head stands


def _without_close_button(unit: str) -> str:
    button = _CLOSE_BUTTON.match(unit) if unit[:1] in "×✕✖╳" else None
    return unit[button.end():] if button and word_count(unit[button.end():]) >= 3 else unit


def _take_credit_above_headline(above: list[str], layout: TextLayout) -> None:
    """The lead picture printed above the headline, its credit under it ("Fotograf: X/TT" over the headline): the
    credit line nearest the headline, when the story itself showed none. A feed's or a page's "Copyright: ..." is
    no picture's."""
    for unit in reversed(above):
        found = split_credit(unit) if word_count(unit) <= MAX_CAPTION_WORDS else None
        if found and (found.labelled or not found.caption) and not page_rights_line(unit) \
                and not unit.lower().startswith("copyright"):
            layout.caption, layout.credit = layout.caption or found.caption, found.credit
            return


def _take_writer_above_headline(units: list[str], metadata: list, layout: TextLayout) -> None:
    """Where nothing under the headline names the writer: an author box above it, the name over the role
    ("Jane Doe" / "Senior Editor"), or the name beside the time ("Jane Doe" / "15:31") when the story does not name
    that person (a picture's label over a video's length: "Catarina Furtado" / "01:31")."""
    for index, unit in enumerate(units):
        if word_count(unit) > 4 or len(people_named(unit)) != 1 or index + 1 >= len(units) \
                or gazetteer.lookup(unit) is not None:  # "Cape Town" under "14.5 C": a weather widget's
            continue
        if index == 0 and masthead_over_the_time(units, metadata):
            continue  # "Radio Harbour" over "Seaville 28 de noviembre de 2024, 20:54": the site's name, the time it served
        following = units[index + 1]
        clock = CLOCK_LINE.match(following) and not named_in_prose(unit.split()[-1], layout.paragraphs)
        if is_role_line(following) or clock \
                or (metadata[index + 1] and metadata[index + 1].dates and not find_byline(following)):
            layout.byline, layout.byline_rule = Byline(unit, 0, len(unit), people_named(unit)), "name above headline"
            return


def _picture_printed_twice(units: list[str], doubled: set[str], headline: str) -> str:
    """A line printed twice in a row near the top that is not the headline: a picture's alt text and its
    caption, so the page shows a picture, whose credit the reading did not find."""
    for unit in units[:LEAD_PICTURE_WINDOW * 2]:
        if unit in doubled and unit != headline and 2 <= word_count(unit) <= MAX_BODY_CAPTION_WORDS:  # not "Economy"
            return unit
    return ""


_HEAD_DATE_LINE_WORDS = 16
_CLOSING_BRACKETS = re.compile(r"\([^()]{1,80}\)$")  # a credit in brackets closing the line
# A kicker in capitals with the date in brackets after it: "EMIRATI NEWS (4/4/2011)", "BUSINESS (12.03.2020)".
_LABEL_THEN_BRACKETED_DATE = re.compile(r"^[A-Z][A-Z&'’|/-]*(?:\s+[A-Z&'’|/-]+){0,2}\s*\((?P<date>[^()]{6,30})\)\s*$")
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
        if metadata[index] or word_count(unit) > _HEAD_DATE_LINE_WORDS or not DIGIT.search(unit) \
                or _CLOSING_BRACKETS.sub("", unit).rstrip().endswith((".", "!", "?") + SCRIPT_FULL_STOPS):
            continue  # a sentence, its credit in brackets after it: a caption opening with the picture's date
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
        bracketed = _LABEL_THEN_BRACKETED_DATE.match(unit)
        opens = opens or bool(bracketed and bracketed["date"].strip() == dates[0].printed)
        if opens or (echoed and _CLOCK_OR_DATE_ONLY.match(strip_dates_and_times(unit[echoed:]))):
            metadata[index] = MetadataLine(None, dates[:1])


_NAME_BESIDE_DATES_WINDOW = 8  # lines under the headline where the writer's name may stand beside the date


def _read_names_beside_dates(units: list[str], metadata: list, start: int, day_first: bool | None) -> None:
    """Under the headline, before the story, a line "Jane Doe | 3 March 2021" is a byline and date line; read
    only there, as elsewhere such a line is as often another story's teaser."""
    for index in range(start, min(len(units), start + _NAME_BESIDE_DATES_WINDOW)):
        if word_count(units[index]) >= STORY_PROSE_WORDS:
            break
        byline = name_beside_metadata(units[index]) if not (metadata[index] and metadata[index].byline) else None
        if byline:  # the line may have been read already as a date line whose name went unread
            metadata[index] = metadata_in(units[index], byline, day_first) or metadata[index]


def _take_metadata_above(metadata: list, layout: TextLayout) -> None:
    """Bylines and dates above the headline. An unlabelled date there may be the page's date of the
    day ("Tuesday, January 6, 2026" in the masthead), so it counts only when nothing else dates the article."""
    for meta in metadata:
        if meta:
            dates = [replace(found, label="above") if not found.label else found for found in meta.dates]
            record_metadata(MetadataLine(meta.byline, dates), layout)


def _date_over_the_lead_picture(units: list[str], metadata: list) -> None:
    """A page with no headline line that opens with a date alone, then the lead picture's caption and credit
    ("Fri. Mar 24th, 2023" / "The minister in the capital. AFP"): the date is the masthead's, above the story as a
    headline's would be, so it counts as one ("above")."""
    if len(units) < 3 or not metadata[0] or metadata[0].byline or not metadata[0].dates or not caption_in_head(units[1]):
        return
    metadata[0] = MetadataLine(None, [replace(found, label="above") if not found.label else found
                                      for found in metadata[0].dates])


_LIST_MARKS = "•·▪"
_WORDS_AND_NUMBERS = re.compile(r"[^\W\d_]+|\d+")


def _date_shape(units: list[str], metadata: list, index: int) -> str:
    """A line that is a date alone, each word and number in it replaced: "28 OCTOBER 2019" → "0 a 0"; else ""."""
    meta = metadata[index]
    if not meta or meta.byline or not meta.dates:
        return ""
    return _WORDS_AND_NUMBERS.sub(lambda m: "0" if m.group().isdigit() else "a", units[index])


def _date_of_a_dated_list(units: list[str], metadata: list, layout: TextLayout) -> None:
    """"28 OCTOBER 2019" right over the headline and "27 AUGUST 2019" under its summary, each alone on its line
    and printed alike: a list's items each under its date, the one over the headline this item's, not the page's
    date of the day (an "above" date, else counted only when nothing else dates the article)."""
    dated = [index for index in range(layout.head_end - 1) if _date_shape(units, metadata, index)]
    if dated != [layout.head_end - 2]:
        return  # a list of other stories above this one, each with its date ("13 March" / title / "12 March" / ...)
    shape = _date_shape(units, metadata, dated[0])
    if any(_date_shape(units, metadata, index) == shape for index in range(layout.head_end, layout.body_start)):
        layout.dates[:] = [replace(found, label="") if found.label == "above" else found for found in layout.dates]


def _is_head_line(units: list[str], metadata: list, index: int) -> bool:
    if index >= len(units):
        return False
    unit = units[index]
    return bool(metadata[index] or caption_in_head(unit) or source_url_of(unit) or name_line_byline(unit)
                or writer_of_outlet(unit) or writer_of_outlet_in_place(unit))


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
                authors = [a.rstrip(",") for a in layout.byline.authors]
                authors = authors + [a for a in role_under if a not in authors]
                layout.byline = replace(layout.byline, authors=authors)
                writer_at = position
            layout.left_out.append(unit)
        elif meta:
            if meta.byline and meta.byline.authors and layout.byline_rule == "name and role":
                layout.byline = None  # "Jo Roe, Online Editor" (a picture's caption) then "By Jane Doe": the "By" line's
            record_metadata(meta, layout)
        elif source_url_of(unit):
            layout.source_url = layout.source_url or source_url_of(unit)
        elif CAPTION_LABEL.match(unit):
            take_labelled_caption(unit, layout)
        elif not layout.byline and (block := credits_block(units, position)):
            writers, credit, end = block  # "Words Jane Doe" / "Photographer Sam Reid": a magazine's credits
            layout.byline, layout.byline_rule = Byline(unit, 0, len(unit), writers), "name alone"
            layout.credit = layout.credit or credit
            position = end - 1
        elif not layout.byline and name_line_byline(unit) and _is_bare_name(caption_in_head(unit)):
            # "Jane Doe (Reuters)" under the headline: the writer and the wire, not a picture of Jane Doe
            layout.byline, layout.byline_rule = name_line_byline(unit), "name and role"
        elif caption_in_head(unit):
            found = caption_in_head(unit)
            if page_rights_line(unit):
                layout.left_out.append(unit)  # "© Harbour Times - Riproduzione riservata": the page's, not a picture's
            elif not layout.credit:
                layout.caption = layout.caption or found.caption
                layout.credit = found.credit
        elif name_line_byline(unit) and not layout.byline:
            layout.byline, layout.byline_rule = name_line_byline(unit), "name and role"
        elif not layout.byline and (position == first or metadata[position - 1]) and beside_dates(metadata, position) \
                and writer_with_outlet(unit):
            # "Oskar Lindqvist/TT", "Jane Doe for The Daily Star" under the headline or a date line, beside the date
            layout.byline, layout.byline_rule = writer_with_outlet(unit), "name and role"
        elif not layout.byline and position == first and writer_of_outlet_in_place(unit):
            # "Rafaela Soares, do R7, em Brasília" under the headline, no date beside it
            layout.byline, layout.byline_rule = writer_of_outlet_in_place(unit), "name and role"
        elif not layout.byline and names_line(unit) and (position == first or beside_dates(metadata, position)) \
                and not _subject_of_the_lead(units, position, names_line(unit)):
            layout.byline, layout.byline_rule = Byline(unit, 0, len(unit), names_line(unit)), "name alone"
        elif not layout.byline and (is_bare_name_beside_dates(units, metadata, position)
                                    or (position == first and layout.headline and is_name_under_headline(units, position))) \
                and not surname_in(name_without_place(unit), layout.headline) \
                and not _subject_of_the_lead(units, position, [name_without_place(unit)]):
            name = name_once(name_without_place(unit))
            layout.byline, layout.byline_rule = Byline(unit, 0, len(unit), [tidy_name(name).rstrip(",")]), "name alone"
            if position + 1 < len(units) and units[position + 1] == unit:
                position += 1  # the name printed twice: the author's avatar and name
        elif not layout.byline and hangul_name(unit) and (position == first or beside_dates(metadata, position)):
            layout.byline, layout.byline_rule = Byline(unit, 0, len(unit), [hangul_name(unit)]), "name alone"
        elif not layout.byline and name_set_off_by_a_mark(unit):
            # "| Jane Doe", "• Jane Doe", "Jane Doe |": the writer's name set off by a mark, as print pages and some sites do
            layout.byline, layout.byline_rule = Byline(unit, 0, len(unit), name_set_off_by_a_mark(unit)), "name alone"
        elif is_caption_before_credit_line(units, position) and not layout.caption:
            layout.caption = tidy_caption(unit)
            take_credit_under_caption(units[position + 1], layout)
            position += 1
        else:
            break
        if layout.byline and not had_byline:
            writer_at = position
        position += 1
    return position


_LEAD_WORDS = 25  # a paragraph this long is the story's lead
_LEAD_SUBJECT_WORDS = 6  # where the lead names the person it is about


def _subject_of_the_lead(units: list[str], position: int, names: list[str]) -> bool:
    """"Prof. Jane Doe" alone under the headline, and the lead opens "Prof Dr. Jane Doe, the party's candidate, has
    ...": the person the story is about, named under her picture, not its writer."""
    lead = next((unit for unit in units[position + 1 :] if word_count(unit) >= _LEAD_WORDS), "")
    opening = " ".join(lead.split()[:_LEAD_SUBJECT_WORDS])
    return len(names) == 1 and bool(opening) and surname_in(names[0], opening)


def _role_or_co_writer(units: list[str], metadata: list, index: int, writer_at: int) -> list[str] | str:
    """Under a writer's name in the head: "role" for the writer's role ("Political correspondent"), "join" for a
    lone "and", the names of another writer given with a role (on the line or the next: "John Roe" / "Economics
    editor") or alone over the date or another name (linked names, each on its line), else []."""
    unit = units[index]
    if index == writer_at + 1 and is_role_line(unit):
        return "role"
    if index == writer_at + 1 and NAMES_JOIN.match(unit.strip()) and index + 1 < len(units) \
            and people_named(units[index + 1]):
        return "join"
    if index == writer_at + 1 and word_count(unit) <= 4 and people_named(unit) and not is_role(unit) and index + 1 < len(units) \
            and (metadata[index + 1] and metadata[index + 1].dates or people_named(units[index + 1])):
        return people_named(unit)
    if _listed_on_with_a_comma(units, index, writer_at):
        return people_named(unit)  # "Jane Doe," / "John Roe": the names listed one a line, the comma linking them
    if not (index == writer_at + 1 or (index == writer_at + 2 and is_role_line(units[writer_at + 1]))):
        return []
    with_role = name_line_byline(unit)
    if with_role and with_role.authors:
        return with_role.authors if all(is_personal(a) for a in with_role.authors) else []
    following = units[index + 1] if index + 1 < len(units) else ""
    return people_named(unit) if is_role_line(following) else []


def _listed_on_with_a_comma(units: list[str], index: int, writer_at: int) -> bool:
    """The line under a writer's name that ends with a comma is another writer's bare name ("Jane Doe," / "John Roe")."""
    unit = units[index]
    return index == writer_at + 1 and units[writer_at].rstrip().endswith(",") and word_count(unit) <= 4 \
        and not unit.rstrip().endswith(",") and bool(people_named(unit)) and not is_role(unit) and not is_role_line(unit)


def _is_bare_name(found) -> bool:
    """A caption that is only a person's name ("Jane Doe" of "Jane Doe (Reuters)"), or no caption at all."""
    return not found or (looks_like_name(found.caption) and is_personal(found.caption))
