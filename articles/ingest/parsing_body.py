"""The story's paragraphs under the head, with what stands among them: further pictures' captions and
credits, and the writer's name where the head gave none (a byline run into the story, a name alone or
printed twice near the top, an author box or a sign-off closing the story).
"""

import re
from dataclasses import replace

from . import gazetteer
from .byline_name_lines import name_line_byline
from .byline_names import looks_like_name, name_once, surname_in, tidy_name
from .byline_vocabulary import is_agency, is_role, is_role_line, is_signatory_office
from .bylines import Byline, find_byline
from .candidate_types import ALL_ENDINGS
from .candidates import MONTHS_AND_DAYS
from .credit_vocabulary import PICTURE_AGENCIES, is_credit_agency
from .credits import split_credit, tidy_caption
from .dates import find_dates
from .parsing_cleanup import source_url_of
from .parsing_layout import TextLayout
from .parsing_lines import (
    CAPTION_LABEL, credit_under_caption, is_caption_before_credit_line, name_without_place, named_in_prose,
    people_named,
)
from .parsing_metadata_lines import MetadataLine, is_bare_name_beside_dates, record_metadata
from .parsing_units import ADDRESS_LINE, CONTACT_LINK, dashed_names, is_sentence, photographers_copyright
from .person_names import is_personal
from .scanning import word_count

MAX_BODY_CAPTION_WORDS = 90


# A reporter's sign-off closing the story's last paragraph: a broadcaster's "Jane Doe with the details",
# "Jane Doe reports", a wire's "— with Jane Doe/JD, Harbour News", or "By Jane Doe" run on after the last sentence
# (a reprint that joined the lines: "... on Monday./. By Jane Doe", after the Vietnamese wires' end mark).
_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
_SIGN_OFF = re.compile(
    rf"(?:^|(?<=[.!?”\"’])\s+)(?P<sign_off>[-–—]\s*with\s+(?P<with>{_NAME})(?:/[A-Z]{{2,5}})?(?:,\s*[A-Z][\w .'’-]{{1,40}})?"
    rf"|(?P<reports>{_NAME})\s+(?:with\s+the\s+details|reports)|(?<=\S\S[.!?”\"’]\s)By\s+(?P<by>{_NAME}))\.?\s*$"
)


_SIGN_OFF_TAIL = 90


# The same sign-off in French, Portuguese and Spanish, on its own line or after the last sentence: "Plus de détails
# avec Jane Doe", "Les détails avec ...", "Mais detalhes com ...", "Más detalles con ..."
_DETAILS_WITH = re.compile(
    rf"(?:^|(?<=[.!?”\"’])\s+)(?P<sign_off>(?:Plus\s+de|Les|Mais|Os|Más|Los)\s+(?:détails|précisions|detalhes|detalles)\s+"
    rf"(?:avec|com|con)\s+(?P<name>{_NAME}))\.?\s*$"
)


def _details_with(last: str) -> re.Match | None:
    return _DETAILS_WITH.search(last[-_SIGN_OFF_TAIL:]) if " " in last else None


def take_closing_sign_off(layout: TextLayout) -> None:
    last = layout.paragraphs[-1]
    tail = last[-_SIGN_OFF_TAIL:]
    details = _details_with(last)
    if details and looks_like_name(details["name"]) and is_personal(details["name"]):
        layout.byline = Byline(details["sign_off"], 0, len(details["sign_off"]), [tidy_name(details["name"])])
        layout.byline_rule = "sign-off"
        rest = last[: len(last) - len(tail) + details.start()].rstrip()
        layout.paragraphs[-1:] = [rest] if rest else []
        return
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


# A syndicated story's picture credit glued to the dateline that opens it, no space between: "Jo Lim/iStock(STONE
# COUNTY, Ark.) — A deputy ...", "Jo Lim/Getty Images(WASHINGTON) -- ...": the photographer, a slash, the agency.
_CREDIT_BEFORE_DATELINE = re.compile(
    rf"^(?P<credit>[\w.'’-]{{2,40}}(?:\s[\w.'’-]{{2,20}}){{0,2}}/(?:{PICTURE_AGENCIES}))"
    r"(?P<dateline>\([A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][\w.]{1,12}\.?)?\)\s*(?:—|–|--|-))"
)


# "Crews flew out a hurt driver." then "Crews flew out a hurt driver. Harbour Air Rescue": the picture's alt text, then
# its caption printed again with the credit after it, unlabelled; a few capitalised words, no sentence.
_BARE_CREDIT = re.compile(r"^[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|/|of|for|and))*(?:\s*/\s*[A-Z][\w&'’.-]*)*$")
_BARE_CREDIT_MAX_WORDS = 6


def credit_after_its_caption_again(previous: str, unit: str) -> str:
    """The credit after a caption the line above printed alone (a sentence of four words or more); "" for none."""
    if not previous.endswith((".", "!", "?")) or word_count(previous) < 4 or not unit.startswith(previous + " "):
        return ""
    tail = unit[len(previous):].strip()
    return tail if word_count(tail) <= _BARE_CREDIT_MAX_WORDS and _BARE_CREDIT.match(tail) else ""


_GLUED_CREDIT_MAX_WORDS = 4


def credit_before_the_headline_again(headline: str, unit: str, authors: list[str]) -> str:
    """The picture's credit glued before its alt text, which repeats the headline (a picture element's credit and alt
    text run together): "ANP Night buses extended ..." (the agency), "Jo Lim Night buses extended ..." (the
    photographer, not the byline's writer); "" for none."""
    if not headline or not unit.endswith(" " + headline):
        return ""
    credit = unit[: -len(headline)].strip()
    if word_count(credit) > _GLUED_CREDIT_MAX_WORDS or credit in authors:
        return ""
    return credit if is_credit_agency(credit) or (looks_like_name(credit) and is_personal(credit)) else ""


def take_credit_under_caption(line: str, layout: TextLayout) -> None:
    layout.credit = credit_under_caption(line)
    layout.credit_agency_alone = not split_credit(line) and is_agency(layout.credit)


def take_labelled_caption(unit: str, layout: TextLayout) -> None:
    """The lead picture's caption, unless one was found: then another picture's, left out of the story."""
    caption = CAPTION_LABEL.match(unit)["caption"]
    if not layout.caption:
        layout.caption = caption
    else:
        layout.left_out.append(unit)


LEADING_MARKS = "|•·▪"


def name_set_off_by_a_mark(unit: str) -> list[str]:
    """"| Jane Doe", "• Jane Doe", "Jane Doe |", "Jane Doe *": the writer's name alone, set off by a mark before it or
    a bar or footnote asterisk after it (the bar the page sets before the date it left out)."""
    if unit[:1] in LEADING_MARKS:
        return people_named(unit[1:].strip())
    if unit.endswith("*") and len(unit) <= 60:  # "Jane Doe *": the asterisk points at the writer's note below
        return people_named(unit.rstrip("* ").strip())
    return people_named(unit[:-1].strip()) if unit.endswith("|") and len(unit) <= 60 else []


# A page's copyright line, not a picture's credit, in the languages pages print it in: "All rights reserved",
# "Riproduzione riservata", "Tous droits réservés", "Alle Rechte vorbehalten", "Todos los derechos reservados" ...
RIGHTS_RESERVED = re.compile(
    r"\brights\s+reserved\b|\briproduzione\s+riservata\b|\bdroits\s+réservés\b|\brechte\s+vorbehalten\b|"
    r"\bderechos\s+reservados\b|\bdireitos\s+reservados\b|\bprawa\s+zastrzeżone\b|\brechten\s+voorbehouden\b|"
    r"\brättigheter\s+förbehållna\b|\boikeudet\s+pidätetään\b|\bdrepturile\s+rezervate\b|무단\s?전재",
    re.IGNORECASE,
)
# ... though "(rights reserved)" closing a caption is that picture's credit: "The mayor at the depot (rights reserved)".
_RIGHTS_AFTER_A_CAPTION = re.compile(r"\w\s+[(\[](?:all\s+)?(?:rights\s+reserved|droits\s+réservés)[)\]]\.?$", re.IGNORECASE)


def page_rights_line(unit: str) -> bool:
    """A page's copyright line ("© 2024 Harbour Media. All rights reserved."), not a caption's bracketed rights."""
    return bool(RIGHTS_RESERVED.search(unit)) and not (
        _RIGHTS_AFTER_A_CAPTION.search(unit) and "©" not in unit and "copyright" not in unit.lower())


LEAD_PICTURE_WINDOW = 8  # units into the body where a captioned picture is still the article's lead picture


# "By Esther Obi Police operatives arrested ...": the page lost the line break between the byline and the story.
# The name is two or three capitalised words; the capitalised word before the first lower-case one opens the sentence.
# "BY JANE ROE – Council workers ...": the name in capitals and a dash before the story, which may open with anything.
# "Por Ana Ruiz. Los candidatos ...": the lead in the story's language ("Par", "Von", "Door"), the name closed by a
# full stop.
_BYLINE_INTO_STORY = re.compile(
    r"^(?:By|BY|Por|POR|Par|PAR|Von|VON|Door|DOOR)\s+(?P<name>[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,2})"
    r"(?:\s+[–—-]\s+(?P<dashed>\S.{40,})|\s+(?P<story>[A-ZÀ-Þ][\w'’-]*,?\s+[a-zà-ÿ].{40,}))$"
)
_NOT_IN_A_NAME = frozenset("the a an in on at as it its this that these for when after while with police".split()) \
    | MONTHS_AND_DAYS  # "By Tuesday Evening Council officials said ..." is a time, not a writer
# ... and after "Por", "Par", "Von", "Door", the articles of those languages: "Por El Salvador pasan ..." is a country
# ("By Le Minh Anh" keeps the Vietnamese surname)
_NOT_IN_A_NAME_ABROAD = _NOT_IN_A_NAME | frozenset("el la los las le les der die das het".split())


def _byline_run_into_story(unit: str) -> tuple[Byline, str] | None:
    match = _BYLINE_INTO_STORY.match(unit)
    refused = _NOT_IN_A_NAME if unit[:2] in ("By", "BY") else _NOT_IN_A_NAME_ABROAD
    if not match or any(word.lower() in refused for word in match["name"].split()) \
            or not looks_like_name(match["name"]):
        return None
    name = match["name"]
    if name.endswith(".") and len(name.split()[-1]) > 2:
        name = name[:-1]  # the full stop closing "By Jane Doe." is the byline's, not an initial's
    return Byline(unit[: match.end("name")], 0, match.end("name"), [tidy_name(name)]), \
        match["story"] or match["dashed"]


# "Jane Roe Harbourtown: The council ...": a teaser's writer run into its dateline, no "By" and no mark between
_WRITER_INTO_DATELINE = re.compile(r"^(?P<words>[A-Z][\w'’.-]+(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’.-]+){2,5}):\s+(?P<story>\S.{40,})$")


def _writer_run_into_dateline(unit: str) -> tuple[Byline, str] | None:
    """The writer and the story of "Name Place: story", the place one or two words a gazetteer knows (the name's
    particles in lower case, "Naveed ul Haq", aside; not "Transport Authority Karachi:", an organisation's)."""
    match = _WRITER_INTO_DATELINE.match(unit) if ":" in unit[:80] else None
    words = match["words"].split() if match else []
    for size in (2, 1):
        name, place = " ".join(words[:-size]), " ".join(words[-size:])
        if len(words) - size >= 2 and gazetteer.lookup(place) and not gazetteer.lookup(name) \
                and words[-size - 1].lower() not in ALL_ENDINGS \
                and looks_like_name(" ".join(word for word in name.split() if not word.islower())) and is_personal(name):
            return Byline(name, 0, len(name), [tidy_name(name)]), unit[len(name):].lstrip()
    return None


_LABEL_RANK = {"published": 0, "": 1}
# A heading over a block of related stories, which a page may set inside the story, before its text goes on:
# "Relacionadas", "Related", "Leia também", "Lire aussi".
_RELATED_HEADING = re.compile(r"^(?:relacionad[oa]s|related|noticias\s+relacionadas|notícias\s+relacionadas|"
                              r"leia\s+também|veja\s+também|lea\s+también|lire\s+aussi|à\s+lire\s+aussi|read\s+also)\W*$",
                              re.IGNORECASE)


def _without_other_days(meta: MetadataLine, layout: TextLayout) -> MetadataLine:
    """A date line below the story's start, on another day than the date under its headline and with no better
    label, dates the next item of a listing ("Date : 29/06/2016 | 2:33" under a dispatch dated 08/11/2012): it
    must not win for printing a time. The same day's time, or a "Published" label under an unlabelled date,
    still counts."""
    head = next((found for found in layout.dates if found.label in _LABEL_RANK), None)
    if head is None or not meta.dates:
        return meta
    kept = [found for found in meta.dates if found.value.date() == head.value.date()
            or _LABEL_RANK.get(found.label, 9) < _LABEL_RANK[head.label]]
    return meta if len(kept) == len(meta.dates) else replace(meta, dates=kept)


def take_body(units: list[str], metadata: list, layout: TextLayout) -> None:
    credit_line = -1  # the line under the lead picture's caption that held its credit
    after_story = []  # where the dates of each date line past the story's first long paragraph begin in layout.dates
    related = False  # past a "Related" heading: the date lines under it are the related stories'
    next_story = False  # the next story's head was glued under this one: what follows is that story's
    for index, (unit, meta) in enumerate(zip(units, metadata)):
        if next_story:
            layout.left_out.append(unit)
            continue
        related = related or (len(unit) <= 40 and _RELATED_HEADING.match(unit) is not None)
        glued = _byline_run_into_story(unit) if index == 0 and not layout.byline and not meta else None
        into_dateline = _writer_run_into_dateline(unit) if index == 0 and not layout.byline and not meta and not glued \
            else None
        if index == credit_line:
            layout.left_out.append(unit)
        elif glued:
            layout.byline, layout.byline_rule = glued[0], "by, into the story"
            layout.paragraphs.append(glued[1])
        elif into_dateline:
            layout.byline, layout.byline_rule = into_dateline[0], "name into the dateline"
            layout.paragraphs.append(into_dateline[1])
        elif meta:
            if meta.dates and related:  # each related story's date, whatever its day
                after_story.append(len(layout.dates))
            meta = _without_other_days(meta, layout)
            if meta.byline and _is_next_storys_byline(units, index, layout):
                # "Orange Rescues S/Leoneans" / "By Feima Sesay" below the story: that story's head and text
                next_story = True
                if layout.paragraphs and layout.paragraphs[-1] == units[index - 1]:
                    layout.left_out.append(layout.paragraphs.pop())
                layout.left_out.append(unit)
                continue
            elif writer := _writer_under_desk_credit(units, metadata, index, layout):
                layout.byline, layout.byline_rule = writer, "by"  # "by The Editor" … "By: Jane Doe" / "23 April 2012"
            if meta.dates and _story_began(layout) and not related:
                after_story.append(len(layout.dates))
            record_metadata(meta, layout)
        elif source_url_of(unit):
            layout.source_url = layout.source_url or source_url_of(unit)
        elif unit == layout.headline or unit.lstrip("•·▪ ") == layout.caption:
            continue
        elif _NO_CAPTION.match(unit) or _ticker_item(unit):
            layout.left_out.append(unit)
        elif CAPTION_LABEL.match(unit):
            take_labelled_caption(unit, layout)
        elif not layout.credit and index < LEAD_PICTURE_WINDOW and _CREDIT_BEFORE_DATELINE.match(unit):
            glued = _CREDIT_BEFORE_DATELINE.match(unit)  # "Jo Lim/iStock(STONE COUNTY, Ark.) — A deputy ..."
            layout.credit = glued["credit"]
            layout.paragraphs.append(unit[glued.start("dateline"):])
        elif not layout.credit and index < LEAD_PICTURE_WINDOW and credit_before_the_headline_again(
                layout.headline, unit, layout.byline.authors if layout.byline else []):
            layout.credit = credit_before_the_headline_again(layout.headline, unit, [])
            layout.caption = layout.caption or layout.headline  # the picture's alt text: the headline again
            if layout.headline_rival == unit:
                layout.headline_rival = ""  # no rival headline: the picture's credit and alt text
        elif not layout.credit and 0 < index < LEAD_PICTURE_WINDOW and credit_after_its_caption_again(units[index - 1], unit):
            layout.caption = tidy_caption(units[index - 1])  # alt text, then the caption again with its credit
            layout.credit = credit_after_its_caption_again(units[index - 1], unit)
            if layout.paragraphs and layout.paragraphs[-1] == units[index - 1]:
                layout.paragraphs.pop()
        elif _is_caption_in_body(unit):
            found = split_credit(unit.lstrip("•·▪ "))
            # a caption printed twice, its credit on the second copy, or a credit under the page's "No caption"
            # placeholder, is the picture's wherever it stands
            doubled = index > 0 and (units[index - 1] == found.caption if found.caption else _NO_CAPTION.match(units[index - 1]))
            # the whole captioned line printed twice (alt text and caption, each with its credit)
            doubled = doubled or (index + 1 < len(units) and units[index + 1] == unit)
            if not layout.credit and (index < LEAD_PICTURE_WINDOW or doubled) and not page_rights_line(unit) \
                    and not _is_closing_copyright(units, index, found) and not _is_wire_sign_off(units, index, found):
                layout.caption, layout.credit = found.caption, found.credit
                if layout.paragraphs and found.caption and layout.paragraphs[-1] == found.caption:
                    layout.paragraphs.pop()  # the caption was printed once without its credit
            else:
                if not layout.caption and found.caption and _same_picture(found.credit, layout.credit):
                    # "Photo: AP / Jo Lim" first, then "Photo: ... (AP Photo/Jo Lim)"
                    layout.caption = _PICTURE_LABEL.sub("", found.caption)
                layout.left_out.append(unit)
        elif not layout.credit and index < LEAD_PICTURE_WINDOW and is_caption_before_credit_line(units, index) \
                and not _is_closing_copyright(units, index + 1, split_credit(units[index + 1])):
            layout.caption = tidy_caption(unit)
            take_credit_under_caption(units[index + 1], layout)
            if layout.paragraphs and layout.paragraphs[-1] == unit:
                layout.paragraphs.pop()  # the caption printed twice: alt text and caption
            credit_line = index + 1
        elif not layout.byline and index < LEAD_PICTURE_WINDOW and name_line_byline(unit):
            layout.byline = name_line_byline(unit)  # "Farirai Machivenyika Senior Reporter" under the lead picture
            layout.byline_rule = "name and role"
        elif not layout.byline and index < LEAD_PICTURE_WINDOW and is_bare_name_beside_dates(units, metadata, index) \
                and not surname_in(name_without_place(unit), layout.headline):
            # "Jane Doe" (perhaps twice, avatar and name) over the date, under the lead picture's caption
            name = tidy_name(name_once(name_without_place(unit)))
            layout.byline, layout.byline_rule = Byline(unit, 0, len(unit), [name.rstrip(",")] + _co_writer_under(units, index)), "name alone"
            layout.left_out.append(unit)
        elif not layout.byline and index < LEAD_PICTURE_WINDOW and name_set_off_by_a_mark(unit):
            # "| Jane Doe" under a subtitle the head did not take: the writer's name set off by a mark
            layout.byline, layout.byline_rule = Byline(unit, 0, len(unit), name_set_off_by_a_mark(unit)), "name alone"
            layout.left_out.append(unit)
        elif not layout.byline and index < LEAD_PICTURE_WINDOW and _is_writer_printed_twice(units, index):
            # "Jane Doe" / (the headline again) / "Jane Doe": the writer's picture and name at the story's top
            layout.byline = Byline(unit, 0, len(unit), people_named(unit))
            layout.byline_rule = "name printed twice"
            layout.left_out.append(unit)
        elif layout.byline and unit.rstrip(".") == layout.byline.text and index < LEAD_PICTURE_WINDOW + _TWICE_WITHIN:
            layout.left_out.append(unit)  # the writer's name alone again, perhaps as its picture's caption ("Jane Doe.")
        elif layout.byline and index > 0 and units[index - 1] == unit == layout.byline.text:
            layout.left_out.append(unit)  # the writer's name printed a second time
        elif not layout.byline and (index < LEAD_PICTURE_WINDOW or index == len(units) - 1) and dashed_names(unit):
            layout.byline = Byline(unit, 0, len(unit), dashed_names(unit))  # "-Siddharaj Rai", a closing "— Name"
            layout.byline_rule = "dashed name"
        elif not layout.byline and _counted_author_box(unit):
            # "About Jane Doe 812 Articles": a theme's author box, the writer's biography under it
            layout.byline, layout.byline_rule = Byline(unit, 0, len(unit), _counted_author_box(unit)), "author box"
            layout.byline_outside_head = True
            layout.left_out.append(unit)
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
            if _is_dated_teaser_line(unit) and _story_began(layout):
                after_story.append(len(layout.dates))  # "21 Mar 2017 - 8:10pm | Kokrajhar Bureau", its desk unread
            layout.paragraphs.append(unit)
    if len(after_story) >= _TEASER_DATE_LINES:
        _mark_teaser_dates(layout, after_story[0])


def _is_next_storys_byline(units: list[str], index: int, layout: TextLayout) -> bool:
    """A "By Name" line below the story's long paragraphs, under a short title-like line (no sentence's end):
    the next story's head, glued on by the page ("... see below the letter." / "Orange Rescues S/Leoneans" /
    "By Feima Sesay"), not this story's writer. A closing "By Name" under the last sentence still counts."""
    if index < 2 or sum(word_count(paragraph) >= STORY_PROSE_WORDS for paragraph in layout.paragraphs) < 2:
        return False  # one long paragraph may be the page's blurb over the column's own head
    title = units[index - 1].strip()
    return 2 <= word_count(title) <= _MAX_NEXT_TITLE_WORDS and not title.endswith((".", "!", "?", ":", "…", '"', "”")) \
        and title[:1].isupper() and word_count(units[index - 2]) >= 2


_MAX_NEXT_TITLE_WORDS = 14


def _writer_under_desk_credit(units: list[str], metadata: list, index: int, layout: TextLayout) -> Byline | None:
    """The head credited a desk and no person ("by The Editor"); a "By: Jane Doe" line over a date line further
    down is the piece's own head (a blog reposting a column) and names its writer."""
    if index == 0 or not metadata[index].dates or not layout.byline or layout.byline.authors:
        return None
    found = find_byline(units[index - 1]) if units[index - 1][:2].lower() == "by" else None
    return found if found and found.authors and found.start == 0 else None


# Date lines past the story's first long paragraph, two or more: the dates of the other stories a page lists under
# it ("21 Mar 2017 - 8:10pm | Kokrajhar Bureau" over each teaser), not this one's unless nothing else dates it.
_TEASER_DATE_LINES = 2


_MAX_TEASER_DATE_LINE_WORDS = 12


def _story_began(layout: TextLayout) -> bool:
    return any(word_count(paragraph) >= STORY_PROSE_WORDS for paragraph in layout.paragraphs)


def _is_dated_teaser_line(unit: str) -> bool:
    """A short line opening with a date and a bar after it: "21 Mar 2017 - 8:10pm | Kokrajhar Bureau"."""
    if not unit[:1].isdigit() or " | " not in unit or word_count(unit) > _MAX_TEASER_DATE_LINE_WORDS:
        return False
    dates = find_dates(unit)
    return bool(dates) and dates[0].start == 0


def _mark_teaser_dates(layout: TextLayout, first: int) -> None:
    layout.dates[first:] = [replace(found, label="teaser") if not found.label else found for found in layout.dates[first:]]


# A news ticker's item or a list's teaser: a mark, another story's headline and its link ("• Court frees the
# mayor see more", "• TSJ autoriza la extradición ... ver más", "- Le port rouvre lire plus").
_TICKER_ITEM = re.compile(
    r"^[•·▪–-]\s*\S.{8,300}?\s(?:see\s+more|read\s+more|ver\s+m[áa]s|leer\s+m[áa]s|lire\s+(?:la\s+suite|plus)|"
    r"voir\s+plus|leia\s+mais|saiba\s+mais|ver\s+mais|leggi\s+(?:tutto|di\s+pi[ùu])|weiterlesen)\s*[.…»›>]*$", re.IGNORECASE)


def _ticker_item(unit: str) -> bool:
    return unit[:1] in "•·▪–-" and _TICKER_ITEM.match(unit) is not None


_PICTURE_LABEL = re.compile(r"^(?:photo|picture|image|foto)\s*:\s*", re.IGNORECASE)


def _same_picture(credit: str, lead_credit: str) -> bool:
    """Two credits naming the same photographer ("AP Photo/Jo Lim, File" and "AP / Jo Lim, File"): the lead
    picture's credit printed first, then its caption with the credit again."""
    names = {word for word in re.findall(r"[A-Z][a-z]{2,}", credit)}
    return bool(lead_credit) and len(names & set(re.findall(r"[A-Z][a-z]{2,}", lead_credit))) >= 2


# a picture's empty caption, or its empty slot ("Placeholder Image"), as a page prints it
_NO_CAPTION = re.compile(r"^(?:(?:no|without)\s+caption|placeholder\s+image|image\s+placeholder)\.?$", re.IGNORECASE)


def _is_closing_copyright(units: list[str], index: int, found) -> bool:
    """"© Outlet" alone after the story's last paragraph: the outlet's (or its agency's) copyright, no picture's."""
    return found is not None and not found.caption and units[index].lstrip().startswith(("©", "(c)", "(C)", "Copyright")) \
        and index > 0 and not any(is_sentence(unit) for unit in units[index + 1 :]) \
        and not photographers_copyright(units, index)


def _is_wire_sign_off(units: list[str], index: int, found) -> bool:
    """"... empezaron a funcionar tras recibir combustible. EFE" after the story's prose and with none after it: the
    wire's sign-off closing its last paragraph, as Spanish and French wire copy ends, not a caption and its credit."""
    return found is not None and bool(found.caption) and is_agency(found.credit) and index > 0 \
        and is_sentence(units[index - 1]) and not any(is_sentence(unit) for unit in units[index + 1 :])


# A theme's author box naming the writer and counting the stories: "About Jane Doe 812 Articles", "About Jo Lim 1,204 Posts".
_COUNTED_AUTHOR_BOX = re.compile(r"^About\s+(?P<name>\D{3,60}?)\s+\d[\d,.]*\s+(?:Articles|Posts|Stories)$", re.IGNORECASE)


def _counted_author_box(unit: str) -> list[str]:
    match = _COUNTED_AUTHOR_BOX.match(unit)
    names = people_named(match["name"]) if match and gazetteer.lookup(match["name"]) is None else []
    return names if len(names) == 1 else []


_MAX_CLOSING_NAME_WORDS = 3  # a signature; "Banner Interno Portal Andina" closing a page is its widget's label


def _closing_name(units: list[str], index: int) -> list[str]:
    """The writer of a story signed by a name alone (perhaps in brackets) on its last line, under a sentence of
    its prose; [] when the story names that person (a quote's speaker, a picture's subject)."""
    if index != len(units) - 1 or index < 2 or word_count(units[index]) > _MAX_CLOSING_NAME_WORDS \
            or not is_sentence(units[index - 1]):
        return []
    names = people_named(units[index].strip("()[] "))
    return names if len(names) == 1 and not named_in_prose(names[0].split()[-1], units[:index]) else []


def _is_author_box(units: list[str], index: int) -> bool:
    """An author box after the story: a person's name alone, then the name again, the author's role or address
    ("Ilaitia Ravuwai" / "Journalist | news@example.com", "Jane Doe" / "jane.doe@example.com")."""
    if index < 3 or index + 1 >= len(units) or word_count(units[index]) > 5 or len(people_named(units[index])) != 1:
        return False
    if any(word_count(unit) >= STORY_PROSE_WORDS for unit in units[index + 2 :]):
        return False  # the story goes on: a caption printed twice, not the box that ends it
    following = units[index + 1]
    return following == units[index] or is_role_line(following.split("|")[0]) or bool(ADDRESS_LINE.match(following)) \
        or is_signatory_office(following) or _biography_of(units[index], following) \
        or CONTACT_LINK.fullmatch(following) is not None


_MAX_BIOGRAPHY_NAME_WORDS = 5


def _biography_of(name: str, line: str) -> bool:
    """"Jane Doe" / "Jane Mary Doe, a reporter who covers the courts.": the author's one-line biography opening with her
    name (perhaps with a middle name) and a comma."""
    head, comma, _ = line.partition(",")
    words, named = head.split(), name.split()
    return bool(comma) and 2 <= len(words) <= _MAX_BIOGRAPHY_NAME_WORDS and len(named) >= 2 \
        and words[0] == named[0] and words[-1] == named[-1]


STORY_PROSE_WORDS = 25
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
    if not any(word_count(later) >= STORY_PROSE_WORDS for later in units[index + 1 :]):
        return False  # nothing of the story after it: an author box closing the page, read as such
    return not named_in_prose(unit.split()[-1], units)


def _is_caption_in_body(unit: str) -> bool:
    """Captions of further pictures: a short line with an explicit credit marker."""
    found = split_credit(unit.lstrip("•·▪ "))
    return bool(found and found.labelled and word_count(unit) <= MAX_BODY_CAPTION_WORDS)


def _co_writer_under(units: list[str], index: int) -> list[str]:
    """A writer's name ending with a comma, the next line another writer's bare name ("Jane Doe," / "John Roe")."""
    if not units[index].rstrip().endswith(",") or index + 1 >= len(units):
        return []
    following = units[index + 1].strip()
    if following.endswith(",") or word_count(following) > 4 or is_role(following) or is_role_line(following):
        return []
    return people_named(following)

