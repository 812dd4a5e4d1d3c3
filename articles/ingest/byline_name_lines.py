"""Bylines printed without a lead: a line that is only a name with a role, an agency, a handle or the writer's
site ("Jane Doe, Senior Correspondent", "Jane Doe @janedoe", "Jane Doe reports from Lagos"), and a writer with her
wire or outlet ("Oskar Lindqvist/TT", "Jane Doe for The Daily Star").
"""

import re

from .byline_names import looks_like_name, tidy_name
from .byline_vocabulary import drop_trailing_roles, is_agency, is_listed_agency, is_picture_role, is_role, is_role_line, lead_at_start, starts_with_title
from .bylines import NAME_SPLIT, Byline, extract_authors, read_once
from .person_names import is_personal, may_be_a_person
from .scanning import word_count

_DIGIT = re.compile(r"\d")
_NAME_AND_ROLE_BREAK = re.compile(r"\s*[,|()•·∙]\s*|\s+[–—-]\s+")
_NAME_AND_HANDLE = re.compile(r"^(?P<name>[^@]+?)[\s,|•·∙–—-]+(?:\S+@\S+\.\w+|@\w+)$")


_NAMES_WITH_AGENCY = re.compile(r"^(?P<names>.+?)\s+(?:and|with|&|(?-i:mit|avec|con|met|med|und|et|y|e))\s+(?P<agency>.{2,40})$",
                               re.IGNORECASE)
_WITH_WORD = re.compile(r"^\s*(?:with|(?-i:mit|avec|con|met|med))\s+", re.IGNORECASE)
_AGENCY_LIST_BREAK = re.compile(r"\s*(?:,|/|&|\band\b|\bund\b|\bet\b|\by\b)\s*")


def _are_agencies(text: str) -> bool:
    """"Reuters", "Reuters, AP", "dpa/AFP": one agency or a list of them."""
    names = [name for name in _AGENCY_LIST_BREAK.split(text.strip(" ()")) if name]
    return bool(names) and all(is_agency(name) for name in names)


# A broadcaster's or a columnist's line under the headline: "Jane Doe reports from Lagos", "Jane Doe writes".
_NAME_REPORTS = re.compile(r"^(?P<name>[^,:;]+?)\s+(?:reports|writes)(?:\s+from\s+[A-Z][\w .'’-]{1,40})?$")
# "Jane Doe, HarbourNews24.com": the writer and the site she writes for, named by its web address.
_SITE = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|ca|news|info|tv|fm)(?:\.[a-z]{2})?$", re.IGNORECASE)
_SITE_AT_END = re.compile(r"[,|•·–—-]\s*[\w.-]+\.(?:com|net|org|ca|news|info|tv|fm)(?:\.[a-z]{2})?$", re.IGNORECASE)


@read_once
def name_line_byline(line: str) -> Byline | None:
    """A line that is only a name with a role or agency: "Jane Doe, Senior Correspondent", "Jane Doe · Political
    correspondent"; or a name with the writer's handle or e-mail address: "Jane Doe @janedoe"."""
    if word_count(line) > 12 or line.endswith((".", "!", "?")):
        return None
    reports = _NAME_REPORTS.match(line) if " reports" in line or " writes" in line else None
    if reports and looks_like_name(reports["name"]) and word_count(reports["name"]) <= 4 \
            and not is_agency(reports["name"]) and not starts_with_title(reports["name"]):
        return Byline(line, 0, len(line), [tidy_name(reports["name"])])  # "Jane Doe reports from Lagos"
    handle = _NAME_AND_HANDLE.match(line) if "@" in line else None
    if handle:
        named = name_line_byline(handle["name"])
        if named:
            return Byline(line, 0, len(line), named.authors, named.agencies)
        name = handle["name"].strip()
        return Byline(line, 0, len(line), [tidy_name(name)]) if looks_like_name(name) and word_count(name) <= 4 \
            and not is_role_line(name) and not is_agency(name) and not starts_with_title(name) else None
    if _DIGIT.search(line) and ("." not in line or _DIGIT.search(_SITE_AT_END.sub("", line))):
        return None  # a date or a number, not a name ("Jane Doe, Harbour24.com" names the site)
    with_agency = _NAMES_WITH_AGENCY.match(line)
    if with_agency and _are_agencies(with_agency["agency"]):  # "Jane Doe and agencies", "Jane Doe with Reuters, AP"
        names = [piece for piece in NAME_SPLIT.split(with_agency["names"]) if piece]
        if names and all(looks_like_name(n) and word_count(n) <= 4 and not is_agency(n) and not is_role_line(n)
                         and not starts_with_title(n) and is_personal(n) for n in names):
            return Byline(line, 0, len(line), [tidy_name(n) for n in names], [with_agency["agency"]])
    agency_first = _AGENCY_THEN_NAME.match(line)
    if agency_first and is_listed_agency(agency_first["agency"]) and _is_a_writers_name(agency_first["name"]):
        return Byline(line, 0, len(line), [tidy_name(agency_first["name"])], [agency_first["agency"]])  # "AFP | Jane Doe"
    pieces = [piece for piece in _NAME_AND_ROLE_BREAK.split(line) if piece]  # "Jane Doe (Reuters)", "Jane Doe – AFP"
    if not pieces:  # a stray "|"
        return None
    if lead_at_start(pieces[0]):
        return None  # "By Staff Reporter": a byline's lead, not a name
    if len(pieces) == 1:  # "Farirai Machivenyika Senior Reporter": the role follows the name unpunctuated
        name = drop_trailing_roles(line)
        if name != line and looks_like_name(name) and word_count(name) <= 4 and is_role_line(line[len(name):]) \
                and not starts_with_title(name) and is_personal(name) \
                and not is_role_line(name) and not is_picture_role(line[len(name):]):  # "Senior Political Reporter" is a role
            return Byline(line, 0, len(line), [tidy_name(name)])
        return _name_then_outlet(line)
    return _name_and_roles(line, pieces)


# The wire or outlet first, then its reporter: "AFP | Jane Doe", "Reuters / Jane Doe", "dpa/Lena Hofmann".
_AGENCY_THEN_NAME = re.compile(r"^(?P<agency>[^/|•·–—,()]{2,30}?)\s*(?:[/|•·]|\s[–—-])\s*(?P<name>[^/|•·–—,()]{4,40})$")


def _is_a_writers_name(name: str) -> bool:
    name = name.strip()
    return looks_like_name(name) and word_count(name) <= 4 and is_personal(name) and not is_agency(name) \
        and not is_role_line(name) and not starts_with_title(name) and may_be_a_person(name)


_LONGEST_OUTLET_WORDS = 3


def _name_then_outlet(line: str) -> Byline | None:
    """"Jane Doe BBC News", "Ana Ruiz BBC News Mundo": a name of two or three words run into its outlet's name (a
    newsroom's word or a wire's), no mark between them."""
    words = line.split()
    for count in range(min(_LONGEST_OUTLET_WORDS, len(words) - 2), 0, -1):  # "Harbour News", not "News"
        name, outlet = " ".join(words[:-count]), " ".join(words[-count:])
        if outlet[:1].isupper() and is_agency(outlet) and word_count(name) <= 3 and _is_a_writers_name(name) \
                and not is_agency(name):
            return Byline(line, 0, len(line), [tidy_name(name)], [outlet])
    return None


def _name_and_roles(line: str, pieces: list[str]) -> Byline | None:
    """"Jane Doe, Senior Correspondent", "Jane Doe (Reuters)": the name, then only roles, agencies or the writer's site."""
    if not looks_like_name(pieces[0]) or starts_with_title(pieces[0]) or not is_personal(pieces[0]):
        return None  # "Singer Not An Akan – Chief": a headline's words before a role, not a name
    if _shares_a_word_with_the_rest(pieces):
        return None  # "Harbour Blatt | Harbour Mail | Harbour Mail TV": a masthead's sister titles, not a writer
    if not all(is_role(p) or is_agency(_WITH_WORD.sub("", p)) or _SITE.match(p) for p in pieces[1:]) \
            or any(is_picture_role(p) for p in pieces[1:]):
        return None  # "Jane Doe, Photographer" credits the pictures
    authors, agencies = extract_authors(line)
    return Byline(line, 0, len(line), authors, agencies) if authors else None


# "Jane Doe (17/12/2017)": a portal's writer with the day in brackets after her name, under the headline.
_NAME_THEN_BRACKETED_DATE = re.compile(r"^(?P<name>[^()|•·\d]{3,40}?)\s*\(\s*\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}\s*\)$")


def name_before_its_date(line: str) -> Byline | None:
    """"Jane Doe (17/12/2017)": the writer's name alone before her bracketed date (the caller reads the date), a
    person's and no role, desk or title."""
    dated = _NAME_THEN_BRACKETED_DATE.match(line.strip()) if len(line) <= 60 and line.rstrip().endswith(")") else None
    name = dated["name"].strip() if dated else ""
    if dated and 2 <= word_count(name) <= 4 and looks_like_name(name) and is_personal(name) and not is_agency(name) \
            and not is_role_line(name) and not starts_with_title(name):
        return Byline(line, 0, len(line), [tidy_name(name)])
    return None


def _shares_a_word_with_the_rest(pieces: list[str]) -> bool:
    """The first piece's word is printed again in a later one: titles of one group ("Harbour Blatt", "Harbour Mail"),
    never a writer beside her role or agency."""
    first = {word.casefold() for word in pieces[0].split() if len(word) > 2}
    return any(first & {word.casefold() for word in piece.split()} for piece in pieces[1:])


# The Nordic wires' byline, the writer, a slash, the agency ("Oskar Lindqvist/TT", "Mikkel Dahl / Ritzau"), and a
# contributor's, "Jane Doe for The Daily Star". Under a caption the same lines are the picture's credit: the caller
# reads them so only where no caption stands above.
_NAME_SLASH_AGENCY = re.compile(r"^(?P<name>[^/]+?)\s*/\s*(?P<agency>[^/]{2,30})$")
_NAME_FOR_OUTLET = re.compile(r"^(?P<name>.+?)\s+for\s+(?P<agency>(?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})$")
# "Jane Doe de SenePlus |", "Jane Doe of The Herald |": the writer "of" her outlet, closed by the bar the page sets
# before the date; without the bar "de" may be a particle of the name ("Jean de La Fontaine").
_NAME_OF_OUTLET = re.compile(
    r"^(?P<name>.+?)\s+(?:of|de|du|da|di)\s+(?P<agency>(?:[Tt]he\s+|L[ea]\s+|El\s+|Il\s+)?[A-Z][\w&'’.-]*"
    r"(?:\s+[A-Z][\w&'’.-]*){0,3})\s*\|$")


def writer_with_outlet(line: str) -> Byline | None:
    """"Oskar Lindqvist/TT", "Jane Doe for The Daily Star", "Jane Doe de SenePlus |": a writer's name and the wire
    or outlet she writes for."""
    if len(line) > 60:
        return None
    wire = _NAME_SLASH_AGENCY.match(line.strip()) if "/" in line else None
    if wire and not is_agency(wire["agency"]):
        return None
    found = wire or (_NAME_FOR_OUTLET.match(line.strip()) if " for " in line else None)
    found = found or (_NAME_OF_OUTLET_IN_PLACE.match(line.strip()) if ", " in line else None)
    return _writer_and_outlet(line, found) if found else writer_of_outlet(line)


# "Rafaela Soares, do R7, em Brasília", "Cidades|Ana Ruiz, da Agência Brasil, no Rio": the Brazilian portals' byline,
# also without the comma before the city ("Ana Ruiz, da CNN em São Paulo", as the Brazilian news channels print it),
# the writer, "of" her outlet and "in" the city she writes from (a section may be glued before it by a bar).
_NAME_OF_OUTLET_IN_PLACE = re.compile(
    r"^(?:[A-ZÀ-Ý][\wÀ-ÿ]{2,20}\s*\|\s*)?(?P<name>[^,|]+?),\s+(?:do|da|de|del)\s+"
    r"(?P<agency>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}),?\s+(?:em|en|no|na)\s+[A-ZÀ-Ý][\w’'.-]*(?:\s+[\w’'.-]+){0,3}$")


def writer_of_outlet_in_place(line: str) -> Byline | None:
    """"Rafaela Soares, do R7, em Brasília": the writer, her outlet and her city (see _NAME_OF_OUTLET_IN_PLACE)."""
    found = _NAME_OF_OUTLET_IN_PLACE.match(line.strip()) if len(line) <= 80 and ", " in line else None
    return _writer_and_outlet(line, found) if found else None


def writer_of_outlet(line: str) -> Byline | None:
    """"Jane Doe de SenePlus |": a writer's name, "of" and her outlet, closed by a bar (never a headline)."""
    found = _NAME_OF_OUTLET.match(line.strip()) if len(line) <= 60 and line.rstrip().endswith("|") else None
    return _writer_and_outlet(line, found) if found else None


def _writer_and_outlet(line: str, found: re.Match) -> Byline | None:
    name = found["name"]
    if not looks_like_name(name) or word_count(name) > 4 or is_agency(name) or is_role_line(name) \
            or starts_with_title(name):
        return None
    return Byline(line, 0, len(line), [tidy_name(name)], [found["agency"]])
