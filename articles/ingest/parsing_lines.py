"""What a single line at the top of a page is: a caption, a credit, a byline's name, a standfirst.

Shared by the headline choice (parsing_headline_choice.py) and the reading of the
byline/date/caption block under it (parsing_text.py, parsing_body.py).
"""

import functools
import re

from .byline_name_lines import name_line_byline
from .byline_name_lines import writer_of_outlet_in_place
from .byline_names import looks_like_name, tidy_name
from .byline_vocabulary import is_agency, is_role, is_role_line, without_titles
from .bylines import Byline, extract_authors, find_byline, is_others_credit
from .countries import country_vocabulary
from .credit_lines import credit_alone
from .credit_vocabulary import sells_pictures_only
from .credits import CaptionCredit, split_credit
from .date_patterns import PUBLISHED_WORDS, UPDATED_WORDS
from .dates import find_dates
from .gazetteer import lookup
from .scanning import word_count
from .person_names import every_word_a_known_name, is_personal, starts_with_region
from .vocabulary import place_key

MAX_STANDFIRST_WORDS = 60
MAX_CAPTION_WORDS = 120


def caption_in_head(unit: str) -> CaptionCredit | None:
    """A picture's caption and credit, or its credit alone; not "Jane Doe/AFP" alone, which may be a byline."""
    found = split_credit(unit)
    if found and (not found.bare or sells_pictures_only(found.credit)) and word_count(unit) <= MAX_CAPTION_WORDS:
        return found
    return None


# A picture's caption under its label, as broadcasters print it after "Image source, Agency": "Image caption, ...",
# in their language services too: Spanish, Portuguese, French, Swahili, Ukrainian, Russian, Serbian, Turkish,
# Korean, Hindi.
PICTURE_CAPTION_LABELS = (
    r"(?:image|photo|picture)\s+caption|pie\s+de\s+foto|legenda\s+da\s+foto|légende\s+image|maelezo\s+ya\s+picha|"
    r"підпис\s+до\s+фото|подпись\s+к\s+фото|potpis\s+ispod\s+fotografije|fotoğraf\s+altyazısı|사진\s+설명|इमेज\s+कैप्शन|"
    # a caption's own label alone: Czech "Popisek:", Swedish and German "Bildtext:", "Bildunterschrift:", Italian
    # "Didascalia:", English "Caption:"
    r"popisek|bildtext|bildunterschrift|didascalia|caption"
)
CAPTION_LABEL = re.compile(rf"^(?:{PICTURE_CAPTION_LABELS})\s*[,:،]\s*(?P<caption>\S.*)$", re.IGNORECASE)


def is_caption_before_credit_line(units: list[str], index: int) -> bool:
    if index + 1 >= len(units) or word_count(units[index]) > MAX_CAPTION_WORDS or split_credit(units[index]):
        return False  # a credit printed twice is no caption over its credit
    if index + 2 < len(units) and CAPTION_LABEL.match(units[index + 2]):
        return False  # "Image source, Agency" over "Image caption, ...": the credit of the caption under it
    found = split_credit(units[index + 1])
    if found:  # "Senior Reporter" over "Photo: ...": the writer's role, then the lead picture's credit, no caption
        return not found.caption and not is_role_line(units[index])
    if not _is_picture_sentence(units[index]):
        return False
    if _headline_over_byline(units, index + 1):
        return False  # "Orange Rescues S/Leoneans" over "By Feima Sesay": the next story's headline, no credit
    # an agency alone closing the page's text is the story's sign-off ("... said.\nAFP"), not a picture's credit
    return bool(_photographer_for_outlet(units[index + 1])
                or (index + 2 < len(units) and credit_alone(units[index + 1])))


def _headline_over_byline(units: list[str], index: int) -> bool:
    """The line stands over a "By Name" line that names people: a headline over its byline, not a credit."""
    if index + 1 >= len(units) or not units[index + 1].lstrip()[:3].lower().startswith("by"):
        return False
    found = find_byline(units[index + 1])
    return bool(found and found.authors)


def credit_under_caption(line: str) -> str:
    """The credit of the line under a caption (as is_caption_before_credit_line found it)."""
    found = split_credit(line)
    return found.credit if found else _photographer_for_outlet(line) or credit_alone(line)


# "Cole Burston for Fortune", "Michael Fox/The World", "Jo Lim | Harbour Times", "Jo Lim - Lusa", "Jo Lim — The
# Associated Press": a photographer and the outlet or agency the picture was taken for, perhaps the library selling it
# ("Jo Lim | Bloomberg | Getty Images"). Only under a caption's sentence: alone elsewhere, "Jane Doe for Harbour
# Times" may be the story's byline.
_FOR_OUTLET = re.compile(r"^(?P<name>[^/|]+?)(?:(?:\s*/\s*|\s+for\s+|\s+\|\s+|\s+[-–—]\s+)(?:The\s+)?[A-Z][\w&'’.-]*"
                         r"(?:\s+[A-Z][\w&'’.-]*){0,3}){1,2}$")
_MIN_PICTURE_SENTENCE_WORDS = 6
_MAX_FOR_OUTLET_WORDS = 10  # a name of up to four words, "for" or "/", an outlet of up to five


def _photographer_for_outlet(line: str) -> str:
    # Most lines under a sentence are paragraphs: the pattern's lazy name would try every "for" in them.
    if word_count(line) > _MAX_FOR_OUTLET_WORDS or not (" for " in line or "/" in line or " | " in line or " - " in line
                                                         or " – " in line or " — " in line):
        return ""
    match = _FOR_OUTLET.match(line.strip())
    name = match["name"].strip() if match else ""
    return line.strip() if name and word_count(name) <= 4 and looks_like_name(name) and not is_agency(name) else ""


def _is_picture_sentence(line: str) -> bool:
    return word_count(line) >= _MIN_PICTURE_SENTENCE_WORDS and line.rstrip().endswith((".", "!", "?"))


def is_caption_line(units: list[str], index: int) -> bool:
    return bool(caption_in_head(units[index])) or is_caption_before_credit_line(units, index)


def is_credit_only(unit: str) -> bool:
    """A credit alone on its line ("Photo: Jo Lim"; not "Jo Lim/AFP" alone, which may be a byline)."""
    found = split_credit(unit)
    return bool(found and not found.caption and not found.bare)


def is_standfirst_shape(unit: str) -> bool:
    return 8 <= word_count(unit) <= MAX_STANDFIRST_WORDS and not split_credit(unit)


def headline_shaped(unit: str) -> bool:
    return 2 <= word_count(unit) <= 22 and not unit.endswith((".", ":", ";")) and unit[:1].isupper() \
        and not split_credit(unit)


# "Sunday Aborisade in Abuja", "Anna Weber aus Berlin", "Jean Martin à Bruxelles", "Ana Ruiz desde Madrid"
PLACE_AFTER_NAME = re.compile(r",?\s+(?:in|aus|à|desde|w|från|uit|depuis)\s+[A-Z\u00C0-\u00DE][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$")
# "Jane Doe, Nairobi": one word after the comma is a place (a person's name in a byline has two or more)
_PLACE_AFTER_COMMA = re.compile(r",\s*[A-Z][\w'’.-]+\.?$")


def name_without_place(unit: str) -> str:
    """"Jane Doe in Abuja" and "Jane Doe, Abuja" → "Jane Doe"."""
    return _PLACE_AFTER_COMMA.sub("", PLACE_AFTER_NAME.sub("", unit))


# "and" in English and, in lower case, in the languages bylines.py reads: "Anna Weber und Jonas Vogel"
_NAME_LIST_SPLIT = re.compile(r"\s*,\s*|\s+(?:and|&|\|)\s+|\s+(?:und|et|y|e|en|och|og|i|és|ja)\s+")


def people_named(line: str) -> list[str]:
    """The people a line consists of: "Jane Doe", "Jane Doe in Nairobi", "Jane Doe, John Roe and Ann Poe";
    [] when any part is not a person's name."""
    names = [PLACE_AFTER_NAME.sub("", part) for part in _NAME_LIST_SPLIT.split(line.strip())]
    if not names or not all(looks_like_name(name) and word_count(name) <= 4 and is_personal(name) for name in names):
        return []
    return [tidy_name(name) for name in names]


_LOWER_CASE_WORD = re.compile(r"(?<![\w'’-])[^\W\d_A-ZÀ-Þ][\w'’-]*")
_STORY_LINES = 5


def person_alone(unit: str, story: list[str] = ()) -> bool:
    """A person's name alone, made of listed given names and surnames only ("JANE DOE"), or after a title with no
    word the story prints in small letters ("President Jane Doe", not "President Visits Flood Zone": a name is
    capitalised wherever it stands): a picture's caption or the writer's name, never the headline."""
    name = without_titles(unit)
    if len(people_named(name)) != 1 or not 2 <= word_count(name) <= 4:
        return False
    if every_word_a_known_name(name.split()):
        return True
    if name == unit.strip() or not story:
        return False
    lower = {word.casefold() for line in story[:_STORY_LINES] for word in _LOWER_CASE_WORD.findall(line)}
    return not any(word.casefold() in lower for word in name.split())


def is_name_under_headline(units: list[str], index: int) -> bool:
    """A person's name alone (or "Name in Place") right under the headline is its byline, unless the next line
    is the caption it is the alt text of; over a credit alone, unless the story names that person."""
    name = PLACE_AFTER_NAME.sub("", units[index])
    if not looks_like_name(name) or word_count(name) > 4 or not is_personal(name) \
            or not looks_like_name(name_without_place(name)):  # "Regional, Karachi": a section and a place
        return False
    following = units[index + 1] if index + 1 < len(units) else ""
    credit = caption_in_head(following)
    if credit and not credit.caption:  # "Jane Doe" / "Photo: Sam Reid": the writer, unless the story is about her
        return not named_in_prose(name.split()[-1], units[index + 1:])
    return not (following.casefold().startswith(name.casefold()) or credit
                or is_caption_before_credit_line(units, index + 1))


_NAMED_IN_PROSE_WORDS = 12


def named_in_prose(word: str, lines: list[str]) -> bool:
    """A name's word (its surname) stands in a line of prose: someone the story is about, not its writer."""
    return any(word in line for line in lines if word_count(line) >= _NAMED_IN_PROSE_WORDS)


_MAX_NAMES_LINE_WORDS = 16
_WIRE_AFTER_NAMES = re.compile(r"(?:,|\s\|)\s*(?P<wire>[^,|]{2,40})$")  # "Jane Doe and John Roe, Reuters" or "| BBC News"
_MAX_WORDS_OF_A_LISTED_NAME = 3


def names_line(unit: str) -> list[str]:
    """Two or more people's names alone on a line, joined by "and", "&" or commas: "Jane Doe and John Roe"."""
    if not _NAME_LIST_SPLIT.search(unit) or word_count(unit) > _MAX_NAMES_LINE_WORDS or any(c.isdigit() for c in unit) \
            or unit.endswith((".", "!", "?", ":")):
        return []
    wire = _WIRE_AFTER_NAMES.search(unit)
    if wire and is_agency(wire["wire"]):  # "Jane Doe and John Roe, Reuters"
        unit = unit[: wire.start()]
    names = people_named(unit)  # a headline's "Israel Detains Eight Palestinians, East Jerusalem" has a longer part
    return names if len(names) >= 2 and all(word_count(name) <= _MAX_WORDS_OF_A_LISTED_NAME for name in names) else []


def is_byline_or_date(units: list[str], metadata: list, index: int) -> bool:
    return bool(metadata[index] or name_line_byline(units[index]) or is_name_under_headline(units, index)
                or names_line(units[index]) or writer_of_outlet_in_place(units[index])  # "Ana Ruiz, da CNN em São Paulo"
                or units[index].rstrip(":").lower() == "by")  # a "By" whose name the page left out, or put next


# "Jane Doe | Political correspondent | 3 March 2021", "Jane Doe • Mar 3, 2021 • 5 min read", "Jane Doe — Mar 3, 2021":
# the writer's name first, then only dates, times, reading times, roles and agencies.
_SEGMENT = re.compile(r"\s*[•·∙|]\s*|\s+[–—/-]\s+")
_READING_TIME = re.compile(r"^\d+\s*(?:min|mins|minutes?)\.?(?:\s+(?:read|reading|de lecture|lectura|de leitura|di lettura|"
                           r"Lesezeit|leestijd|läsning|lesetid|czytania))?$", re.IGNORECASE)
_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,5})?$", re.IGNORECASE)
_MAX_NAME_BESIDE_WORDS = 30


def name_beside_metadata(line: str) -> Byline | None:
    """The byline of a line that starts with a person's name (or names joined by "and") and holds beside it,
    set apart by bars, bullets or dashes, only dates, reading times, roles and agencies, one at least a date or
    a reading time; or that holds only dates, then the name ("Mar 5, 2024 | Jane Doe"). A place or a region
    ("New Delhi | Updated ...", "Middle East • Mar 3") is not a person."""
    if word_count(line) > _MAX_NAME_BESIDE_WORDS:
        return None
    line = line.strip()
    glued = _label_after_name(line)
    if glued:  # "Jane Doe Published May 3, 2024 | 10:30 AM": the label sets the name apart as a bar would
        byline = name_beside_metadata(f"{line[:glued]} | {line[glued:].lstrip()}")
        return Byline(line[: byline.end], 0, byline.end, byline.authors) if byline and byline.end <= glued else None
    separator = _SEGMENT.search(line)
    dated = _date_after_name(line)
    if dated and (not separator or dated < separator.start()):  # "Jane Doe March 12, 2024": no mark before the date
        byline = name_beside_metadata(f"{line[:dated].rstrip()} | {line[dated:]}")
        return Byline(line[: byline.end], 0, byline.end, byline.authors) if byline and byline.end <= dated else None
    if not separator:
        return _name_after_an_unmarked_date(line)
    starts = [0] + [m.end() for m in _SEGMENT.finditer(line)]
    ends = [m.start() for m in _SEGMENT.finditer(line)] + [len(line)]
    if _is_date_or_time(line[: ends[0]]):
        return _name_after_dates(line, starts[-1]) or _name_and_role_after_dates(line, starts, ends)
    first = line[: ends[0]]
    end = len(first)  # the byline runs on over the roles, agencies and others' credits beside the name
    dated = False
    for start, stop in zip(starts[1:], ends[1:]):
        part = line[start:stop]
        if find_dates(part) or _READING_TIME.match(part):
            dated = True
        elif dated and (_CLOCK.match(part) or _DATE_LABEL.match(part)):
            continue  # the date's time set apart ("May 3, 2024 | 12:50 PM"); an update's date without its year
        elif not (is_role(part) or is_agency(part) or is_others_credit(part)):
            return None
        elif not dated:
            end = stop
    if not dated or not first:
        return None
    names = [name_without_place(name) for name in _NAME_LIST_SPLIT.split(_without_outlet_at_end(name_without_place(first)))]
    if not all(looks_like_name(name) and word_count(name) <= 4 and is_personal(name) and not _is_place(name)
               for name in names):
        return None
    authors, _agencies = extract_authors(name_without_place(first))
    return Byline(line[:end], 0, end, authors) if authors else None


# "Jane Doe, John Roe, The Harbour Mail | 25th Jun 2017 6:15 AM": the writers, then the paper they wrote for.
_OUTLET_AT_END = re.compile(r",\s*(?:The\s+[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})$")


def _without_outlet_at_end(names: str) -> str:
    """The names before a trailing ", The Paper" (extract_authors reads it as the outlet), when a name stays."""
    outlet = _OUTLET_AT_END.search(names)
    return names[: outlet.start()] if outlet and outlet.start() > 0 else names


def _name_and_role_after_dates(line: str, starts: list[int], ends: list[int]) -> Byline | None:
    """"Wednesday, 4 June 2025, 7:17 pm | Jane Doe - Local Democracy Reporter": the dates, the writer, her role."""
    if len(starts) < 3 or not is_role(line[starts[-1] :].strip()):
        return None
    byline = _name_after_dates(line[: ends[-2]], starts[-2])
    return Byline(byline.text, byline.start, len(line), byline.authors) if byline else None


def _is_date_or_time(part: str) -> bool:
    return bool(find_dates(part) or _READING_TIME.match(part) or _CLOCK.match(part))


def _name_after_dates(line: str, last_start: int) -> Byline | None:
    """"Mar 5, 2024 | Ruth Okafor", "05.03.2024 · 14:30 · Lena Hofmann": the dates first, the writer last."""
    parts = [part for part in _SEGMENT.split(line[:last_start]) if part]
    name = line[last_start:].strip()
    if not parts or not all(_is_date_or_time(part) for part in parts) or find_dates(name):
        return None
    if not (looks_like_name(name) and word_count(name) <= 4 and is_personal(name) and not _is_place(name)):
        return None
    authors, _agencies = extract_authors(name)
    return Byline(name, last_start, len(line), authors) if authors else None


def _name_after_an_unmarked_date(line: str) -> Byline | None:
    """"05.03.2024 Lena Hofmann", "Mar 5, 2024 10:30 Jane Doe": the date (and its time) first, then the name, no mark
    between them."""
    last_digit = _LAST_DIGIT.search(line) if _DIGIT.match(line) else None
    if not last_digit:
        return None
    dated, name = line[:last_digit.end()], line[last_digit.end():].strip()
    if not 2 <= word_count(name) <= _MAX_WORDS_BEFORE_A_DATE or not find_dates(dated):
        return None
    byline = _name_after_dates(f"{dated} | {name}", len(dated) + 3)
    return Byline(name, len(line) - len(name), len(line), byline.authors) if byline else None


_LAST_DIGIT = re.compile(r"\d(?!.*\d)\S*")  # the last digit and what is glued to it ("10:15", "2024,")


_DATE_LABEL = re.compile(rf"^(?:{PUBLISHED_WORDS}|{UPDATED_WORDS})\b", re.IGNORECASE)  # "Last Updated: March 5"


# A date's label printed straight after the writer's name, with no bar: "Jane Doe Published ...", "Jo Lim Updated ...".
_LABEL_AFTER_NAME = re.compile(rf"\s+(?:{PUBLISHED_WORDS}|{UPDATED_WORDS})\b", re.IGNORECASE)


_MAX_WORDS_BEFORE_A_DATE = 4  # a name of up to four words, nothing else, before the line's first date
_DIGIT = re.compile(r"\d")


def _date_after_name(line: str) -> int:
    """Where the line's first date starts when only a few words without digits stand before it (a name, perhaps), 0
    otherwise. ("on" between them is not read: "In Uncategorized on June 6, 2010" is a blog's category.)"""
    dates = find_dates(line) if _DIGIT.search(line) else []
    start = dates[0].start if dates else 0
    return start if start and 2 <= word_count(line[:start]) <= _MAX_WORDS_BEFORE_A_DATE \
        and not _DIGIT.search(line[:start]) else 0


def _label_after_name(line: str) -> int:
    """Where a capitalised date label glued after the line's opening words starts, 0 when none does before a
    separator: prose ("Jane Doe posted on Monday that ...") writes the label in lower case."""
    match = _LABEL_AFTER_NAME.search(line)
    if not match or not line[match.start():].lstrip()[:1].isupper():
        return 0
    separator = _SEGMENT.search(line)
    return match.start() if not separator or match.start() < separator.start() else 0


# A magazine's credits block under its headline: each line a label and a name, no colon ("Words Jane Doe",
# "Photographer Sam Reid", "Styling Ann Poe").
_CREDITS_BLOCK_LINE = re.compile(
    r"^(?P<label>Words|Text|Texte|Tekst|Interview|Photographer|Photography|Photographs|Photos|Pictures|Images|"
    r"Illustrations?|Styling|Model|Make-up|Hair)\s+(?P<name>[A-Z][^:|]{2,40})$")
_WRITER_LABELS = frozenset({"Words", "Text", "Texte", "Tekst", "Interview"})
_PICTURE_LABELS = frozenset({"Photographer", "Photography", "Photographs", "Photos", "Pictures", "Images",
                             "Illustration", "Illustrations"})
_MAX_CREDITS_BLOCK_LINES = 6


def credits_block(units: list[str], index: int) -> tuple[list[str], str, int] | None:
    """A credits block from ``units[index]`` on: its writers, its pictures' credit and where it ends; None unless
    two lines or more, each a label and a person's name, stand together and one names the writer."""
    writers, credit, end = [], "", index
    while end < len(units) and end - index < _MAX_CREDITS_BLOCK_LINES:
        found = _CREDITS_BLOCK_LINE.match(units[end].strip())
        names = people_named(found["name"]) if found else []
        if not names:
            break
        if found["label"] in _WRITER_LABELS:
            writers += names
        elif found["label"] in _PICTURE_LABELS and not credit:
            credit = found["name"].strip()
        end += 1
    return (writers, credit, end) if end - index >= 2 and writers else None


def _is_place(name: str) -> bool:
    return bool(starts_with_region(name) or lookup(name) or place_key(name) in _country_names())


@functools.lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    return frozenset(place_key(name) for entry in country_vocabulary() for name in entry.all_names())
