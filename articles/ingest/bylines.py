"""Recognising bylines and turning them into person names.

A byline is kept exactly as printed; the author list holds only people:
agencies ("Reuters"), roles ("Political Editor") and places ("in Brussels")
are dropped, and shouted names ("BY JANE DOE") are put into Title Case.
The words bylines are read with are in byline_vocabulary.py, the shape of a
name in byline_names.py; a name line without a lead is read by
byline_name_lines.py, a reporter credited after the story by
credited_reporters.py.
"""

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache, wraps

from .byline_names import looks_like_name, tidy_name
from .byline_scripts import starts_in_an_uncased_script, uncased_script_names
from .byline_vocabulary import (
    AGENCIES, LEAD, LONE_LEAD, NATIONAL_AGENCIES, drop_trailing_roles, is_agency, is_role, lead_at_start,
    opens_with_a_picture_word, reads_as_role,
)
from .date_patterns import is_date_label
from .dates import find_dates, strip_dates_and_times
from .person_names import is_personal
from .scanning import word_count

def byline_across_lines(lead_line: str, next_line: str) -> str | None:
    """"By" over "Jane Doe", "Author:" or "Journalist" over "Jane Doe": a byline's lead on a line of its own and
    the name on the next, joined as one byline line (a colon put after a bare label); None when they are not."""
    lead = LONE_LEAD.match(lead_line.strip()) if len(lead_line) <= 30 else None
    if not lead or opens_with_a_picture_word(next_line.strip()):  # "Корреспондент" over "Фото Иван Петров"
        return None
    joined = f"{lead_line.strip()}{':' if lead['label'] and not lead['colon'] else ''} {next_line.strip()}"
    found = find_byline(joined)
    return joined if found and found.start == 0 and (found.authors or found.agencies) else None


# an address, a handle, or the placeholder a page's e-mail protection prints for an address: "[email protected]"
_EMAIL_OR_HANDLE = re.compile(r"[^\s()\[\]<>]+@[^\s()\[\]<>]+\.\w+|(?<![\w@])@\w+|email\s+protected")  # not its brackets
_SEGMENT_BREAK = re.compile(r"\s*(?:[•·∙⋅|]|\s[–—-]\s)\s*")
_STOP_WORDS_IN_BYLINE = re.compile(
    r"\s*[,.;]?\s*\b(?:published|updated|posted|last updated|first published|"
    # the photographer's credit run on after the writer: "By Jane Doe. Photos by Sam Reid", "Words: Jane Doe Pictures: Sam Reid"
    r"(?:photos?|photographs?|photography|pictures?|images?|illustrations?|fotos?)\s*(?:by\b|:)|"
    r"on\s+(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
    # "on" before a day's number in French, Spanish, Italian, German, Dutch, Portuguese, the Nordic languages,
    # Polish: "Par Claire Lemaire le 3 mars 2021", "Por Lucía Romero el 3 de marzo"
    r"(?:le|el|il|am|op|em|den|dnia)\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|"
    r"miércoles|jueves|viernes|sábado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),?\s+)?\d|"
    # a blog's comment link after the name: "by Jane Doe Leave a Comment", "by Jane Doe 3 Comments"
    r"leave\s+a\s+(?:comment|reply)|no\s+comments|comments?\b|"
    # the share buttons printed after the name: "By Jane Doe Share on Facebook", "Por Ana Ruiz Compartir"
    r"(?:share|compartir|compartilh(?:e|ar)|partager|teilen|condividi|udostępnij|paylaş|bagikan|delen)\b|"
    # another credit's label after the names, capitalised: "Penulis: Budi Santoso Editor: Siti Aminah" (a role after a
    # comma, "Jane Doe, Approving editor: John Roe", is the role's to drop)
    r"(?-i:[A-Z\u00C0-\u00DE][\w-]*)\s?:(?=\s))",
    re.IGNORECASE,
)
# What joins the names of a byline: "and" and "with" in English and, in lower case only (so that "Jane E Doe"
# keeps its initial), in the other languages: "e" (Italian, Portuguese), "en" (Dutch), "och" (Swedish),
# "og" (Danish, Norwegian), "i" (Polish), "a" (Czech), "és" (Hungarian), "ja" (Finnish), "dan" (Indonesian,
# Malay), "ve" (Turkish), "və"/"va" (Azerbaijani, Uzbek), "și" (Romanian), "ir" (Lithuanian), "un" (Latvian), "dhe"
# (Albanian), "và" (Vietnamese), "и"/"і"/"та" (Russian, Bulgarian, Serbian; Ukrainian), "και" (Greek), "avec", "mit",
# "con", "met", "med" ("with": "Par Jean Dupont avec AFP").
# A slash with a space only after it parts them too: "By: Jane Doe/ Kathmandu, Valley Radio".
_JOINS = (r",|;|&|\+|\s?/\s|\band\b|\bwith\b|\bund\b|\bet\b|\by\b|"
          r"(?-i:\b(?:e|en|och|og|i|a|és|ja|dan|ve|və|va|și|şi|ir|un|dhe|và|и|і|та|και|avec|mit|con|met|med)\b)")
NAME_SPLIT = re.compile(rf"\s*(?:{_JOINS})\s*", re.IGNORECASE)
_NAME_SPLIT_KEEPING = re.compile(rf"(\s*(?:{_JOINS})\s*)", re.IGNORECASE)
_ADDITIONAL = re.compile(r"\s*[,;]?\s*(?:with\s+)?additional\s+reporting\b.*$|\s*[,;]?\s*(?:edited|editing)\s+by\b.*$", re.IGNORECASE)
# The outlet's role joined to it before the name: "SPIEGEL-Redakteurin Lena Hofmann", "ZEIT-ONLINE-Korrespondent".
_OUTLETS_ROLE = re.compile(r"^\S+-(?i:redakteur(?:in)?|korrespondent(?:in)?|reporter(?:in)?|autor(?:in)?|redacteur|"
                           r"correspondent|editor)\s+(?=[A-Z])")
# Academic and courtesy titles are not part of the name: "Dr Grace Achieng", "Prof. Peter Deng".
_HONORIFIC = re.compile(r"^(?:dr|prof|professor|mr|mrs|ms|mx)\.?\s+(?=\S)", re.IGNORECASE)
# "in Brussels", "for The Independent"; in other languages "aus Berlin", "à Bruxelles", "desde Madrid", "w Warszawie"
# ("de", "da", "van" and "von" stay: they are particles of names).
_PLACE_OR_EMPLOYER = re.compile(
    r"\s+(?i:in|for|at|from|special\s+to|aus|à|desde|em|w|från|fra|uit|depuis|für|pour|para|per|dalla|dal)\s+(?i:the\s+)?"
    r"[A-Z\u00C0-\u024F].*$")


@dataclass
class Byline:
    """A byline as printed, where it sits in its line, and the people it names."""

    text: str
    start: int = 0
    end: int = 0
    authors: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)


# A desk credited instead of a person, on a line of its own or before the date: "Staff writer, with CNA",
# "Our Correspondent", "TOI News Desk / Updated: ...", "Web Desk".
_DESK = re.compile(
    r"^(?:(?:by|from)\s*:?\s+)?"  # "By Staff Reporter", "From our correspondent in Kyiv"
    r"(?:(?:our|a)\s+(?:own\s+|special\s+|staff\s+)?(?:correspondents?|reporters?)(?:\s+in\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)?|"
    r"(?-i:[A-Z]{2,6})\s+(?:correspondents?|reporters?|staff(?:\s+reporters?)?|bureau)|"  # "HT Correspondent", "TNN Staff"
    r"staff\s+(?:writers?|reporters?|correspondents?|reports?)|special\s+correspondent|our\s+staff(?:\s+reports?)?|"
    r"(?:[\w&.'’-]+\s+){0,3}(?:news|web|online|digital|city|metro|sports?|business|political|foreign|national)\s+desk|"
    r"news\s+desk|web\s+desk)"
    r"(?:\s*,\s*with\s+(?:agencies|wires|[A-Z][\w&.'’/ -]{1,30}))?(?=\s*(?:[/|•]|\s[–—-]\s|$))",
    re.IGNORECASE,
)
_MAX_DESK_LINE_WORDS = 24
_DESK_LEAD = re.compile(r"^(?:by|from)\s*:?\s+", re.IGNORECASE)


# An outlet's name and its desk: "Reuters Staff", "Al Jazeera Staff", "CNN Newsroom", "Times Now Digital". "Digital",
# "Online" and "Team" only after a name that is itself a newsroom's ("Going Digital" is a headline).
_OUTLET_DESK = re.compile(
    r"^(?P<outlet>(?-i:(?:[A-Z][\w&.'’-]*|of|the)(?:\s+(?:[A-Z][\w&.'’-]*|of|the)){0,3}))\s+"
    r"(?P<desk>staff|newsroom|bureau|digital|online|team|web\s+team|editorial(?:\s+(?:team|board|staff))?|"
    r"reporters?|correspondents?|report)"  # "Daily Star Reporter": only after a newsroom's name (is_agency)
    r"(?=\s*(?:[/|•·]|\s[–—-]\s|$))",
    re.IGNORECASE,
)


def desk_byline(line: str) -> Byline | None:
    """A desk's credit standing where the byline goes, alone or before the date."""
    if word_count(line) > _MAX_DESK_LINE_WORDS:
        return None
    match = _DESK.match(line.strip()) or _OUTLET_DESK.match(line.strip())
    if not match or ("outlet" in match.groupdict() and not _is_outlet_desk(match)):
        return None
    text = match.group(0)
    desk = _DESK_LEAD.sub("", text)
    return Byline(text, 0, len(text), [], [desk])


def _is_outlet_desk(match: re.Match) -> bool:
    outlet, desk = match["outlet"], match["desk"].lower()
    if desk.startswith("editorial"):
        return True  # "The Editorial Board"
    if outlet in ("Our", "The") or not outlet.split()[-1][:1].isupper():
        return False  # "Inside the Newsroom" is a title
    return desk in ("staff", "newsroom", "bureau") or is_agency(outlet)


def read_once(reader):
    """``reader`` remembering its answer for each line: the metadata rules, the byline's candidates and the
    headline's ask about the same head lines. Each caller gets its own copy of the lists (it may keep them as
    an article's authors)."""
    remembered = lru_cache(maxsize=4096)(reader)

    @wraps(reader)
    def read(line: str) -> Byline | None:
        found = remembered(line)
        return replace(found, authors=list(found.authors), agencies=list(found.agencies)) if found else None

    read.cache_clear = remembered.cache_clear
    return read


@read_once
def find_byline(line: str) -> Byline | None:
    """Find "By ..." / "Author: ..." / "Written by ..." in a line (alone or among dates)."""
    if starts_in_an_uncased_script(line):  # "بقلم: سارة أحمد", "โดย สมชาย ใจดี": no capitals to read a name by
        names = uncased_script_names(line)
        return Byline(line.strip(), 0, len(line.strip()), names) if names else None
    desk = desk_byline(line) if line[:1].isalpha() else None
    if desk:
        return desk
    posted = (
        _POSTED_ON_DATE_BY.match(line) or _date_then_by(line)
        if _DIGIT_EARLY.search(line, 0, _DATE_BEFORE_BY_CHARS) and _LOWER_BY_IN_LINE.search(line) else None
    )
    if posted:  # "Posted on March 14, 2024 by Jane Doe", "14 March 2024 by Jane Doe": a lower-case "by" after the date
        byline = _byline_from(line, posted.start("lead"), posted.end())
        if byline:
            return byline
    named = _name_then_date(line) if " " in line and _DIGIT_EARLY.search(line) else None
    if named:  # "Elise Lambert le mercredi 27 juin 2018": the writer and the day, the line's only words
        return named
    if "By" not in line and "BY" not in line and not lead_at_start(line):
        return None  # past the line's start only "By"/"BY" may lead; most prose has neither (the quick answer)
    for lead in LEAD.finditer(line):
        first_letter = line[lead.end() : lead.end() + 1]
        if not first_letter.isupper():
            continue
        word = lead["lead"]
        if lead.start() > 0 and word[:2] not in ("By", "BY"):
            continue
        if word.lower() == "from" and not _is_from_byline(line[lead.end():]):
            continue
        byline = _byline_from(line, lead.start(), lead.end())
        if byline:
            return byline
    return None


# "Posted on March 14, 2024 by Jane Doe", "Publié le 3 mars 2021 à 10h15 par Jean Dupont": the label, the date, then
# "by" in lower case, in the languages the leads are read in.
_POSTED_WORDS = (r"posted|published|written|updated|publiée?|mis\s+à\s+jour|publicad[oa]|actualizad[oa]|veröffentlicht|"
                 r"aktualisiert|pubblicato|aggiornato|gepubliceerd|publicerad|publisert|opublikowano")
_LOWER_BY = r"by|par|por|von|door|av|af|da|di|przez"
_POSTED_ON_DATE_BY = re.compile(
    rf"^\W*(?:{_POSTED_WORDS})\b[^|•·]{{4,60}}?\d[^|•·]{{0,20}}?\s(?P<lead>(?-i:{_LOWER_BY}))\s+(?=[A-Z])", re.IGNORECASE)
_LOWER_BY_IN_LINE = re.compile(rf"\s(?:{_LOWER_BY})\s")
# Both shapes print the date's first digit within this many characters: a quick test before the searches.
_DATE_BEFORE_BY_CHARS = 100
_DIGIT_EARLY = re.compile(r"\d")


_DATE_THEN_BY = re.compile(rf"^(?P<date>[^|•·]{{5,40}}?\d[^|•·]{{0,20}}?)\s*[,|•·–—-]?\s+(?P<lead>{_LOWER_BY})\s+(?=[A-Z])")


def _date_then_by(line: str) -> re.Match | None:
    """"14 March 2024 by Jane Doe": a date, and nothing else, before a lower-case "by"."""
    match = _DATE_THEN_BY.match(line)
    dates = find_dates(match["date"]) if match else []
    if not dates or dates[0].start > 2 or _WORD_LETTERS.search(strip_dates_and_times(match["date"])):
        return None  # "In 2021 by President ..." is prose
    return match


# "Elise Lambert le mercredi 27 juin 2018", "Ana Ruiz el 3 de marzo de 2020", "Lena Berg am 3. März 2020": a writer's
# name (two to four capitalised words, particles between), "on" in French, Spanish, Italian, German or Dutch, and a
# date with its weekday and time, nothing else on the line.
_NAME_THEN_DATE = re.compile(
    r"^(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:(?:de|van|der|von|da|di|del|la|le)\s+)?[A-ZÀ-Þ][\w'’-]+){1,3})"
    r"\s+(?:le|el|il|am|op)\s+(?P<date>\S.{5,50})$")
_AROUND_A_DATE = " ,.àahumkl"  # what may stand beside the date and its time: "à 10h15", "um 10.15", "kl."


def _name_then_date(line: str) -> Byline | None:
    match = _NAME_THEN_DATE.match(line.strip())
    if not match or LEAD.match(match["name"]) or not looks_like_name(match["name"]) or not is_personal(match["name"]) \
            or is_date_label(match["name"].split()[-1]):
        return None  # "Par Elise Lambert le ..." is the lead's to read; "Elise Lambert Publié le ...", the label's
    dates = find_dates(match["date"])
    if not dates or dates[0].start > 0 or strip_dates_and_times(match["date"]).strip(_AROUND_A_DATE):
        return None
    name = match["name"]
    return Byline(name, 0, len(name), [tidy_name(name)])


_WORD_LETTERS = re.compile(r"[^\W\d_]{3,}")
_IN_A_PLACE = re.compile(r"\sin\s+[A-Z]")


def _is_from_byline(names: str) -> bool:
    """"From Kola Ologbondiyan in Abuja, Ademola Adeyemo and Samuel Ajayi in Lagos": names, each group
    with its place; "From Monday, ..." is prose."""
    if word_count(names) > 30 or names.rstrip().endswith((".", "!", "?")) or not _IN_A_PLACE.search(names):
        return False
    pieces = [_PLACE_OR_EMPLOYER.sub("", piece.strip()) for piece in NAME_SPLIT.split(names) if piece.strip()]
    return bool(pieces) and all(looks_like_name(piece) for piece in pieces)


_DIGIT = re.compile(r"\d")


_FOOTNOTE_MARK = re.compile(r"(?<=\w)(?:[*†‡¹²³]+| [*†‡]+(?=\s|$))")  # "Pablo Gil*", "Pablo Gil *"
_EMPTY_BRACKETS = re.compile(r"[\[(<]\s*[\])>]|[\[\]<>]")  # what an address in brackets leaves
_SUFFIX_BREAK = re.compile(r"\s*[|•·∙]\s*|\s+[–—-]\s+")
_IN_BRACKETS = re.compile(r"\(([^)]*)\)")


def extract_authors(names: str) -> tuple[list[str], list[str]]:
    """The people (Title-Cased when printed in capitals) and the agencies named in a byline."""
    text = LEAD.sub("", names.strip(), count=1) if LEAD.match(names.strip()) else names.strip()
    text = _EMPTY_BRACKETS.sub(" ", _EMAIL_OR_HANDLE.sub(" ", _ADDITIONAL.sub("", text)))  # "KIM MIN-JI [kim@x.kr]"
    text = _FOOTNOTE_MARK.sub("", text)  # "Por: Ana Ruiz y Pablo Gil*": the note under the story explains it
    text, *suffixes = _SUFFIX_BREAK.split(text)
    agencies = [s.strip() for s in suffixes if is_agency(s)]
    agencies += [a.strip() for a in _IN_BRACKETS.findall(text)]
    text = _IN_BRACKETS.sub(" ", text)
    authors: list[str] = []
    pieces = _NAME_SPLIT_KEEPING.split(text)
    after_role = False
    for index in range(0, len(pieces), 2):
        separator = pieces[index - 1].strip().lower() if index > 0 else ""
        piece = _PLACE_OR_EMPLOYER.sub("", pieces[index].strip(" .:;-"))
        if separator in (",", ";", "/") and drop_trailing_roles(piece, first=0) != piece:
            after_role = True
            continue  # ", East Africa Correspondent", ", Malaysia Bureau Chief": a desk, not a person
        if after_role and separator == "with":
            continue  # ", senior justice correspondent with New Narratives": the employer
        piece = LEAD.sub("", piece, count=1) if LEAD.match(piece) else piece
        piece = _HONORIFIC.sub("", _OUTLETS_ROLE.sub("", piece))
        if not piece:
            continue
        piece, agency = _split_trailing_agency(_without_outlet_of(piece, agencies))
        if agency:
            agencies.append(agency)  # "JIM GOMEZ Associated Press": the wire glued to the last name
        if index and piece.isupper() and not text.isupper() and separator in (",", "/", "|", "with"):
            agencies.append(piece)  # "By Jane Doe, USA TODAY": in capitals beside a name in normal case, the outlet
            continue
        if is_agency(piece) or piece.lower().startswith("the "):  # "By The Citizen": a paper, not a person
            agencies.append(piece)
            continue
        name = drop_trailing_roles(piece)
        if name != piece and not reads_as_role(piece[len(name):]):
            continue  # "Ahmad Doe As technology advances ...": the story run into the byline, not a role after it
        if name and looks_like_name(name) and not is_role(name):
            person = tidy_name(name)
            if person not in authors:
                authors.append(person)
    return authors, agencies


_TRAILING_AGENCY = re.compile(  # the wires, national ones too ("Jane Doe Kyodo News"), two credited together ("AFP-JIJI")
    # (or after a slash with no space: "von Jana Roth/dpa")
    r"^(?P<name>.+?)(?:\s+|(?P<slash>/))(?P<agency>(?:" + "|".join(re.escape(a) for a in sorted(AGENCIES | NATIONAL_AGENCIES, key=len, reverse=True))
    + r")(?:-[A-Z]{2,6})?)$",
    re.IGNORECASE,
)


_OF_OUTLET = re.compile(r"\s+of\s+(?P<outlet>(?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})$")


def _without_outlet_of(piece: str, agencies: list[str]) -> str:
    """"Jane Doe of The Associated Press": the name, its wire or outlet put among ``agencies``."""
    match = _OF_OUTLET.search(piece) if " of " in piece else None
    if not match or not is_agency(match["outlet"]):
        return piece
    agencies.append(match["outlet"])
    return piece[:match.start()]


def _split_trailing_agency(piece: str) -> tuple[str, str]:
    """``(name, agency)`` for a name with a wire service's name after it and no comma; ``(piece, "")`` otherwise."""
    match = _TRAILING_AGENCY.match(piece)
    if match and not is_agency(match["agency"]):
        return piece, ""  # "Jane Doe AP-Smith": not two wires
    short = match and len(match["agency"]) <= 3 and not match["slash"]  # "AP", "PTI": only in capitals after a name that is not
    if short and (not match["agency"].isupper() or match["name"].isupper()):
        return piece, ""
    if match and looks_like_name(match["name"]) and not is_agency(match["name"]):
        return match["name"], match["agency"]
    return piece, ""


def _byline_from(line: str, start: int, names_start: int) -> Byline | None:
    rest = line[names_start:]
    parts = _SEGMENT_BREAK.split(rest)
    breaks = list(_SEGMENT_BREAK.finditer(rest))
    names = _cut_at_dates(parts[0])
    if names == parts[0] and breaks and breaks[0].group().strip() in ("–", "—", "-"):
        names = _without_dateline_at_end(names)  # "By Jane Doe, Valley Outlook VALLEYTOWN – A new bridge …"
    if not names.strip():
        return None
    end = names_start + len(names)
    names_end = end
    if names != parts[0] and _PICTURES_BY.match(parts[0][len(names):].lstrip(" /.;,")):
        end = names_start + len(parts[0])  # "By Jane Doe. Photos by Sam Reid": the photographer's credit is the byline's
    elif names == parts[0]:
        # "By Jane Doe | AP" or "By Jane Doe • Political Editor": short, date-free suffixes belong to the byline;
        # so do the writer's e-mail address and the photographer's credit ("• Photos by Sam Reid"), named by no author.
        for index, part in enumerate(parts[1:]):
            aside = bool(_EMAIL_OR_HANDLE.fullmatch(part.strip()) or _PICTURES_BY.match(part) or _SPECIAL_TO.match(part))
            if not aside and (not part or word_count(part) > 4 or _DIGIT.search(part)
                              or not (is_agency(part) or is_role(part))):
                break
            end = names_start + breaks[index].end() + len(part)
            if not aside:
                names_end = end
    text = line[start:end].rstrip(" ,;:-–—•|·")
    authors, agencies = extract_authors(line[names_start:names_end])
    if not authors and not agencies:
        return None
    return Byline(text, start, start + len(text), authors, agencies)


# Beside the byline, credits of others, named by no author: the photographer's ("Photos by Sam Reid", "Foto: Sam
# Reid") and the editor's or translator's ("Edited by: Sam Reid").
_SPECIAL_TO = re.compile(r"^\s*special\s+to\s+(?:the\s+)?[A-Z]", re.IGNORECASE)  # "• Special to The Globe and Mail"
_PICTURES_BY = re.compile(
    r"^\s*(?:(?:photos?|photographs?|photography|pictures?|images?|video|graphics?|illustrations?|fotos?|bild(?:er)?)"
    r"\s*(?:by\b|:)|(?:edited|editing|curated|reviewed|fact-checked|translated)\s+by\b:?)\s*[A-Z]",
    re.IGNORECASE)


# A time or a number ends the names; a digit in a short word does not: "Por Ana Ruiz, g1 SP", "TV2" (but "Jo Roe0158").
_TIME_OR_DIGIT = re.compile(r"\s*,?\s*(?<!\b[^\W\d_])(?<!\b[^\W\d_]{2})(?<!\b[^\W\d_]{3})\d")


def _cut_at_dates(segment: str) -> str:
    cut = len(segment)
    dates = find_dates(segment)
    if dates:
        cut = min(cut, dates[0].start)
    stop = _STOP_WORDS_IN_BYLINE.search(segment)
    if stop:
        cut = min(cut, stop.start())
    time_or_digit = _TIME_OR_DIGIT.search(segment)
    if time_or_digit:
        cut = min(cut, time_or_digit.start())
    dateline = _DATELINE_RUN_ON.search(segment, 0, cut)
    if dateline and any(letter.islower() for letter in segment[:dateline.start()]):
        cut = dateline.start()  # the names end where the story's dateline starts; "By JANE DOE – AP" keeps its names
    return segment[:cut].rstrip(" ,;:-–—/")


_DATELINE_AT_END = re.compile(r"\s(?:[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+,?\s){0,4}[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+,?$")


def _without_dateline_at_end(names: str) -> str:
    """Names followed by the story's capitalised dateline (a dash comes next): the names without it. Names in
    capitals ("JANE DOE") and an agency's ("Jane Doe, AFP") keep theirs."""
    dateline = _DATELINE_AT_END.search(names)
    place = dateline.group().strip(" ,") if dateline else ""
    if not dateline or not any(letter.islower() for letter in names[:dateline.start()]) \
            or (" " not in place and len(place) <= 5) or place.lower() in AGENCIES or place.lower() in NATIONAL_AGENCIES:
        return names  # "Jane Doe, AFP", "Jane Doe BBC": an agency's letters, no place
    return names[:dateline.start()]


# The story's dateline run on after the byline, on the same line: capitalised place words, then a dash and the
# text ("… Valley Outlook VALLEYTOWN – A new bridge", "… NORTH BAY, ONT. — The council").
_DATELINE_RUN_ON = re.compile(r"\s(?:[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+,?\s){0,4}[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+,?\s+[–—-]\s+\S")


def is_others_credit(text: str) -> bool:
    """A photographer's, editor's or translator's credit printed beside the byline: "Photos: Sam Reid",
    "Edited by: Sam Reid"."""
    return bool(_PICTURES_BY.match(text))
