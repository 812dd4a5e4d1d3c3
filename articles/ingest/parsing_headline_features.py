"""What makes a line above the story the headline, and how much: the features of a candidate line (its
length, its shape, what follows it, whether the page prints it again) with their hand-set weights, and the
shapes that rule a line out (page metadata, the site's controls, a link to another story, a cut copy, a
caption, a name with its role). parsing_headline_choice.py scores the lines with them; bench/train_headline.py
fits the same features.
"""

import functools
import re

from . import gazetteer
from .byline_name_lines import name_line_byline, writer_of_outlet
from .byline_vocabulary import is_agency, is_role_line, names_a_newsroom
from .credits import split_credit
from .date_patterns import MONTHS, WEEKDAY_NAMES
from .parsing_cleanup import source_url_of
from .scanning import reading_words, word_count
from .parsing_page_chrome import (
    glued_over_its_headline, in_an_author_box, is_bare_kicker, is_site_name, name_and_site,
    printed_twice_over_the_byline, words_run_together,
)
from .parsing_site_controls import PLAYER_CLOCK, is_site_control
from .site_notices import is_site_notice
from .parsing_lines import (
    headline_shaped, is_byline_or_date, is_caption_line, is_credit_only, is_standfirst_shape, name_beside_metadata,
    names_line, person_alone,
)
from .person_names import starts_with_region

HEAD_WINDOW = 40  # units searched for the headline: past the page's navigation, before the story
_SEPARATORS = re.compile(r"\s[|•·»›]\s|\s/\s")
_BREADCRUMB = re.compile(r"[»›]|\s>\s")
_GUILLEMET_QUOTE = re.compile(r"«[^«»]*»|‹[^‹›]*›")  # "EFE: 75 años de «marca España»": a quotation, no breadcrumb
_REAL_WORD = re.compile(r"[^\W\d_]{3,}")
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+(?P<site>[^|–—-]{2,40})$")  # a page title's "| Outlet Name"
_SITE_PREFIX = re.compile(r"^(?P<site>[^|–—-]{2,60}?)\s+[|–—-]\s+")  # or its "Outlet Name - " before the headline
# A tag in brackets before the headline ("[WATCH] ...", "(VIDEO) ..."): the headline's first word follows it.
_BRACKET_TAG = re.compile(r"^\s*[\[(][A-Z][A-Z0-9 &+-]{1,20}[\])]\s*")
# A cut copy of a headline ("HomeNationalA man with a knife breaks into...") ends with an ellipsis.
_CUT_OFF = re.compile(r"\s*(?:\.\.\.|…)\W{0,3}$")
# A relative time or an update note is page metadata, never the headline: "2 years agoon", "Updated at 9pm ...".
METADATA_SHAPED = re.compile(
    r"\b\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|"
    r"^(?:last\s+)?(?:updated|posted|published|modified)\s+(?:at|on|by)\b|"
    r"\bread(?:ing)?\s+time\b|^\d+(?:\s*-\s*\d+)?\s*min(?:ute)?s?\.?\s+read\b|"  # "Estimated read time: 6-7 minutes"
    # ... and in Europe's other languages: "vor 9 Stunden", "il y a 2 heures", "hace 3 horas", "9 ore fa", "há 2 dias",
    # "2 uur geleden", "2 timmar sedan", "2 timer siden", "2 tuntia sitten", "2 godziny temu", "před 9 hodinami",
    # "acum 2 ore", "prije 2 sata", "2 órája"
    r"\b(?:vor|il\s+y\s+a|hace|há|před|pred|acum|prije|pre)\s+\d+\s+\w+|"
    r"\b\d+\s+\w+\s+(?:fa|geleden|sedan|siden|sitten|temu)\b|\b\d+\s+(?:perce|órája|napja)\b|"
    # a section and a day and month without the year, then the time: "Politică - 13 dec, 18:57", "Sport · 3. März 10:30"
    r"^(?:[^\W\d]+\s*[-–|•·]\s*)?\d{1,2}\.?\s+[^\W\d]{3,10}\.?,?\s+\d{1,2}[:.]\d{2}\s*$",
    re.IGNORECASE,
)
# The site's own controls and notices, as sites word them (phrases: "browser" or "navigation" alone may be news).
# A link to another story, with its label: "Related: ...", "Read more: ...", "ALSO READ | ...".
_OTHER_STORY_LINK = re.compile(
    r"^(?:related(?:\s+(?:articles?|stories|news|content|posts?))?|read\s+(?:more|also|next)|also\s+read|see\s+also|"
    r"also\s+see|more|recommended|must\s+read|trending|don[’']t\s+miss|suggested|you\s+may\s+also\s+like)\s*[:|»›]",
    re.IGNORECASE,
)
# Anywhere in the line, then only at its start. (Each group's "\b" or "^" comes first, once: the regex engine then
# tries the phrases only where a word or the line starts, not every phrase at every character.)
SITE_CHROME = re.compile(
    r"\b(?:your\s+(?:web\s+)?browser|browser\s+is\s+(?:no\s+longer|not)\s+supported|enable\s+javascript|"
    r"subscribe\s+to|back\s+to\s+homepage|go\s+to\s+(?:contents|navigation)|remote\s+login|opera\s+mini|"
    r"data\s+savings|transcripts\s+main\s+page|reply\s+comment|print\s+this\s+(?:article|page)|share\s+it\s+with|"
    r"daily\s+archive|powered\s+by|already\s+have\s+an\s+account|forgot\s+your\s+password|confirm\s+your\s+e-?mail|"
    r"check\s+(?:your\s+)?(?:e-?)?mail\s+now|activation\s+e-?mail|resend\s+(?:the\s+)?(?:e-?mail|button|code))\b|"
    # a sign-up dialog's steps
    r"^almost\s+there\W*$|"
    # a quote-of-the-day widget's heading, and a theme's ad slot named in capitals ("BANNER A - SHOE SHOP")
    r"^(?:frase\s+d[oe]l?\s+d[ií]a|quote\s+of\s+the\s+day|citation\s+du\s+jour)\W*$|^(?-i:BANNER)\s|"
    # an edition's label in the masthead: "International Edition", "US Edition"
    r"^(?:international|global|world|u\.?s\.?|uk|asia|africa|europe|india|print|digital|e-?paper)\s+edition\W*$|"
    # accessibility links, several run together when copied: "Skip to playerSkip to main contentSkip to footer"
    r"^skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|player|navigation|footer|search|menu)(?:skip\s+to\b.*)?$|"
    r"^(?:(?:log\s?in|sign\s?in|subscribe)\b|you\s+are\s+here\b|show\s+(?:less|more)$|archive\s+for\b|"
    r"read\s+(?:the\s+)?full\s+(?:article|story)\b|"
    # a picture's alt text, and labelled lines that name the source or the section, not the story
    r"(?:profile\s+picture|logo|avatar|thumbnail)\s+(?:of|for)\b|"
    r"(?:source|categor(?:y|ies)|tags?|filed\s+under|section)\s*:|"
    # a sidebar widget's heading ("Latest Posts", "Recent Posts"), never a story's title
    r"(?:latest|recent|popular|most\s+(?:read|viewed|popular)|trending|related)\s+(?:posts|articles|entries)\W*$)|"
    # the kind of page as a label, alone or after a dateline: "Photo Release", "PHILIPPINES, May 4 - Press Release"
    r"(?:^|\s[-–—|:]\s*)(?:press|news|media|photo)\s+releases?\W*$",
    re.IGNORECASE,
)


# What makes a line the headline, and how much. bench/train_headline.py fits the same features by
# logistic regression on the development part; the fitted weights did no better on the test part.
HEADLINE_WEIGHTS = {
    "bias": 1.0, "length_5_to_22": 1.0, "length_4": 0.5, "length_3": -0.5, "length_2": -1.0,
    "printed_twice_in_a_row": -1.0, "standfirst_under_headline": -1.5, "sentence": -2.0, "repeated_below": 3.0,
    "then_standfirst_and_byline": 2.5, "then_byline_or_date": 2.0, "then_picture": 1.5, "then_standfirst": 1.5,
    "byline_soon_after": 1.0, "site_name": -1.5, "run_together": -1.0,
}


def headline_score(units: list[str], metadata: list, index: int, body: int, doubled: set[str], twins=None,
                    echoes=None) -> float:
    """How much a unit looks like the headline, from its shape and from what follows it (0: it is not)."""
    features = headline_features(units, metadata, index, body, doubled, twins, echoes)
    if features is None:
        return 0.0
    return sum(HEADLINE_WEIGHTS.get(name, 0.0) * value for name, value in features.items())



def _in_a_banner_printed_twice(units: list[str], index: int) -> bool:
    """The line is a banner printed for two layouts: whole on one line and split over the next two ("Pay so
    you can read it. Pay so everyone can!" / "Pay so you can read it." / "Pay so everyone can!"), or a half."""
    for whole in (index, index - 1, index - 2):
        if whole >= 0 and whole + 2 < len(units) and whole + 2 >= index \
                and folded(f"{units[whole + 1]} {units[whole + 2]}") == folded(units[whole]):
            return True
    return False

@functools.lru_cache(maxsize=4096)  # each candidate's words are looked for in the lines around it, folded anew each time
def folded(line: str) -> str:
    return line.casefold()


def line_forms(units: list[str], body: int) -> dict[str, set[str]]:
    """The lines above the story by their words without a closing full stop: an alt text and its caption meet."""
    forms: dict[str, set[str]] = {}
    for unit in units[: body + 1]:
        forms.setdefault(folded(unit).rstrip("."), set()).add(unit)
    return forms


def _story_sentence_again(unit: str, other: str, at: int, body: int) -> bool:
    """``other``, in the story, is ``unit`` closed by a full stop, alone or with more sentences after it: the
    story's sentence that a summary above it repeats (a standfirst, a standfirst's bullet point), not the headline
    printed again."""
    return at >= body and (other.endswith(".") and len(other) <= len(unit) + 2
                           or other[len(unit.rstrip(".")):][:2] == ". ")


# A syndicated story's source in brackets, then nothing or the source's name again: "(WIRE- Harbour Times) Harbour
# Times". Aggregators print it where the headline would stand; it credits the source, as a dateline's agency does.
_SOURCE_TAG_LINE = re.compile(r"^\((?P<source>[^()]{2,60})\)\s*(?P<rest>[^()]*)$")


def _is_source_tag_line(unit: str) -> bool:
    match = _SOURCE_TAG_LINE.match(unit) if unit.startswith("(") else None
    if not match:
        return False
    rest = match["rest"].strip().casefold()
    return not rest or (word_count(rest) <= 5 and rest in match["source"].casefold())


# A caption with its credit's label inside: "1 Crews at the scene Credit: Harbour Press: Jane Doe" (a credit
# with a colon of its own, or a gallery's counter, that the credit reader does not split).
_CREDIT_LABEL = re.compile(r"\s(?:(?:image|photo|picture)\s+)?credits?\s*:\s*\S", re.IGNORECASE)


def _has_credit_label(unit: str) -> bool:
    return ("redit" in unit or "REDIT" in unit) and bool(_CREDIT_LABEL.search(unit))


# A picture's caption that only names its kind: "Photo de famille" (of a meeting's guests), "Group photo", "Photo
# d'illustration", "Foto de archivo": never the headline, wherever the page puts it.
_PICTURE_KIND = re.compile(
    r"(?:(?:family|group|file|official|illustrative|illustration)\s+(?:photo|picture|image)|"
    r"(?:photo|image|foto|imagen|imagem)\s+(?:de\s+famille|de\s+groupe|d['’]illustration|d['’]archives?|"
    r"de\s+familia|de\s+grupo|de\s+archivo|de\s+arquivo|ilustrativa|illustrative)|gruppenfoto|familienfoto)\W*",
    re.IGNORECASE,
)


_CREDITED_CAPTION_WINDOW = 4  # lines either side where the same caption stands with its credit


def _caption_credited_nearby(units: list[str], index: int, key: str) -> bool:
    """"Officers at the gate. (HARBOUR POLICE)" a line or two away: this line, the same words without the credit,
    is the picture's caption printed again (under the picture and in the story), never the headline."""
    for position in range(max(0, index - _CREDITED_CAPTION_WINDOW), min(len(units), index + _CREDITED_CAPTION_WINDOW + 1)):
        other = units[position]
        if position != index and len(other) > len(key) and other.startswith(units[index][:12]):
            found = split_credit(other)
            if found and found.credit and folded(found.caption).rstrip(".,") == key:
                return True
    return False


_ROLE_BREAK = re.compile(r"[,|()•·∙]|\s[–—-]\s")
_MAX_AGENCY_AND_PLACE_WORDS = 7


def _agency_and_place(unit: str) -> bool:
    """A wire's name with the dateline's place, a known one in one or two words: "Press Trust of India Belagavi"
    ("Harbour News Summary" is a digest's title)."""
    words = unit.split()
    if len(words) > _MAX_AGENCY_AND_PLACE_WORDS or not all(word[:1].isupper() or word in ("of", "the") for word in words):
        return False
    return any(is_agency(" ".join(words[:cut])) and gazetteer.lookup(" ".join(words[cut:])) is not None
               for cut in range(max(2, len(words) - 2), len(words)))


# A wire's name and a known place, set apart by a spaced full stop, a comma or a bar: "Harbour Press . Seaville",
# a credit's page title or a dateline's credit, never a headline.
_AGENCY_THEN_PLACE = re.compile(r"^(?P<agency>[^,.|]{2,40}?)\s*(?:\s\.\s|,|\|)\s*(?P<place>[^,.|]{2,30})$")


def _agency_then_place(unit: str) -> bool:
    found = _AGENCY_THEN_PLACE.match(unit) if word_count(unit) <= _MAX_AGENCY_AND_PLACE_WORDS else None
    return bool(found) and is_agency(found["agency"].strip()) and gazetteer.lookup(found["place"].strip()) is not None


# An explainer's subhead, a short stock question: "¿Qué pasó?", "¿Qué se sabe?", "What happened?", "O que se sabe?".
_QUESTION_SUBHEAD = re.compile(r"¿?(?:Qué|Que|O que|What|Why|How|Cómo|Como|Quién|Quem)(?:\s+[\w]+){1,3}\?")


# A teaser closed by its link: "HAVANA, March 9 The minister visited the port. Read more", "… Leer más".
_LINKED_TEASER = re.compile(r"\w[.!?…,]?\s+(?:read\s+more|leer\s+m[áa]s|lire\s+la\s+suite|leia\s+mais)\W*$", re.IGNORECASE)


# A dateline alone on its line, the wire in brackets: "SEVILLA 10 Mar. (EUROPA PRESS) -", "MADRID, 3 (EFE) –",
# "BARCELONA, 17 (EUROPA PRESS)": where and when the story was filed, never its headline.
_DATELINE_ALONE = re.compile(r"^[A-ZÁÉÍÓÚÑÇÃÕ][A-ZÁÉÍÓÚÑÇÃÕ'’. -]{1,30},?\s+\d{1,2}(?:\s+[A-Za-z]{3,5}\.?)?(?:\s+\d{4})?\s+"
                             r"\([^()]{2,30}\)\s*[-–—]?$")


def _dateline_alone(unit: str) -> bool:
    return len(unit) <= 70 and bool(_DATELINE_ALONE.match(unit))


# "Lima, Perú", "Manila, Philippines": a known place and its country or region, the place a story was filed from.
# A live page's entry, led by its time and a full stop: "21h40. End of this live.", "14:05. Alert. ..."
_LIVE_ENTRY = re.compile(r"^\d{1,2}[h:]\d{2}\.\s")
_PLACE_AND_REGION = re.compile(r"^(?P<place>[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*)?),\s[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*)?$")
# Two sentences in one line, the first closed by a full stop: "... neu starten wollen. Der letzte Anlauf ..."
_SENTENCE_THEN_SENTENCE = re.compile(r"[a-zà-ÿ]{2}\.\s+[A-ZÀ-Þ]")
_MIN_TWO_SENTENCE_WORDS = 16
# The full stop of scripts that do not write ".": Chinese and Japanese "。" (and its full-width "．"), Urdu "۔". A
# line ending with one is a sentence, as a Latin line ending with "." is; headlines end with none of them. (The
# danda "।" is left out: Bengali and Hindi headlines may close with it.)
SCRIPT_FULL_STOPS = ("。", "．", "۔")


def _place_line(unit: str) -> bool:
    match = _PLACE_AND_REGION.match(unit)
    return bool(match) and unit[:1].isupper() and gazetteer.lookup(match["place"]) is not None


def _agency_and_desk(unit: str) -> bool:
    """"NTB utenriks", "AFP world": a wire's name and its desk in small letters, no headline."""
    words = unit.split()
    return 2 <= len(words) <= 3 and is_agency(words[0]) and all(word.islower() for word in words[1:])


# A desk credited with its paper in brackets: "Dewan Redaksi (The Jakarta Post)", "Staff Reporter (Harbour Times)",
# "Redacción (Diario del Puerto)": who wrote the piece, never its headline.
_DESK_AND_OUTLET = re.compile(r"^(?P<desk>[^()]{2,40}?)\s*\((?P<outlet>[^()]{2,50})\)$")
_MAX_DESK_WORDS = 3


_MAX_REGION_WORDS = 2


def _desk_and_outlet(unit: str) -> bool:
    found = _DESK_AND_OUTLET.match(unit) if unit.endswith(")") else None
    return bool(found) and word_count(found["desk"]) <= _MAX_DESK_WORDS and names_a_newsroom(found["desk"]) \
        and (names_a_newsroom(found["outlet"]) or is_agency(found["outlet"]))


def _name_with_role(unit: str):
    """A name with a role or agency (name_line_byline), unless words that are no role stand between the name read
    and the role's break: "Harbour FM Hires In UK, Presenters After Exits" is a headline, not "Harbour FM Hires"."""
    byline = name_line_byline(unit)
    if byline and byline.authors and unit.casefold().startswith(byline.authors[0].casefold()):
        between = _ROLE_BREAK.split(unit[len(byline.authors[0]):], maxsplit=1)[0].strip()
        if between[:1].isalpha() and not is_role_line(between) and not between.casefold().startswith(("and ", "with ")):
            return None
    return byline


def page_title_echoes(units: list[str], body: int) -> tuple[set[int], set[int]]:
    """The page's title ("Strong quake hits coast | Daily Times") and the headline it repeats ("Strong quake hits
    coast") on a line of its own above the story: (indexes of titles, indexes of the headlines they echo)."""
    head = units[: min(body, HEAD_WINDOW)]
    plain: dict[str, int] = {}
    for index, unit in enumerate(head):
        plain.setdefault(folded(unit), index)
    titles, echoed = set(), set()
    for index, unit in enumerate(head):
        site = _SITE_SUFFIX.search(unit)
        match = plain.get(unit[: site.start()].strip().casefold()) if site and word_count(site["site"]) <= 5 else None
        if match is None:  # the site's name first: "Daily Times - Strong quake hits coast"
            site = _SITE_PREFIX.match(unit)
            match = plain.get(unit[site.end():].strip().casefold()) if site else None
        if match is not None and match != index:
            titles.add(index)
            echoed.add(match)
    return titles, echoed


def _is_cut_copy(unit: str, units: list[str], body: int) -> bool:
    """A line ending in an ellipsis whose words stand, whole, in another line above the story: a cut copy."""
    cut = _CUT_OFF.search(unit)
    if not cut:
        return False
    stem = unit[: cut.start()].casefold()
    tail = " ".join(stem.split()[-6:])  # its last words: a breadcrumb may be glued to its start
    return len(tail) >= 15 and any(other is not unit and tail in folded(other) and not _CUT_OFF.search(other)
                                   for other in units[: body + 1])


_LINE_WORD = re.compile(r"[^\W_]+")


def _date_words_only(unit: str) -> bool:
    """A date the date reader leaves, its words all a weekday's, a month's or numbers, a year among them: a
    masthead's "Thursday, 28, March, 2024" is no headline."""
    words = _LINE_WORD.findall(unit.lower())
    return 3 <= len(words) <= 5 and any(len(w) == 4 and w.isdigit() for w in words) \
        and any(w in MONTHS for w in words) \
        and all(w.isdigit() or w in MONTHS or (w[:3] in WEEKDAY_NAMES and w.endswith("day")) for w in words)


def headline_features(units: list[str], metadata: list, index: int, body: int, doubled: set[str],
                      twins: dict[str, set[str]] | None = None, echoes=None) -> dict | None:
    """The features of a unit as a headline candidate; None for a unit that cannot be the headline."""
    unit = units[index]
    words = reading_words(unit)
    # a quotation opens many headlines: "…", «…», and „…“ as German, Polish, Czech and Icelandic pages print it
    opening = _BRACKET_TAG.sub("", unit).lstrip("'\"‘“„«¿¡(")[:1]
    titles, echoed = page_title_echoes(units, body) if echoes is None else echoes
    if index in titles:
        return None  # the page's title: the headline stands on its own line too
    # a capital, a digit, or a letter of a script without capitals (Arabic, Hebrew, Devanagari...)
    if metadata[index] or not 2 <= words <= 30 or len(unit) > 250 or not (
            opening.isdigit() or (opening.isalpha() and not opening.islower())):
        return None
    if METADATA_SHAPED.search(unit) or _OTHER_STORY_LINK.match(unit) or _is_cut_copy(unit, units, body):
        return None
    # "A man is arrested /": a caption whose credit after the slash the page left empty
    if split_credit(unit) or source_url_of(unit) or _name_with_role(unit) or names_line(unit) or unit.endswith((":", ";", " /")) \
            or SITE_CHROME.search(unit) or is_site_control(unit) or is_site_notice(unit) or _is_source_tag_line(unit) \
            or _has_credit_label(unit) or name_and_site(unit) or is_bare_kicker(unit) or writer_of_outlet(unit) \
            or _PICTURE_KIND.fullmatch(unit) or _date_words_only(unit) or _QUESTION_SUBHEAD.fullmatch(unit) \
            or _LINKED_TEASER.search(unit):
        return None
    if index + 1 < len(metadata) and metadata[index + 1] and _agency_and_place(unit):
        return None  # "Harbour Press Agency Seaville" over the date: the wire and the dateline's place
    if _place_line(unit) or _agency_and_desk(unit) or _agency_then_place(unit) or _dateline_alone(unit) \
            or _desk_and_outlet(unit) or (words <= _MAX_REGION_WORDS and starts_with_region(unit)):
        return None  # "Lima, Perú": where the story was filed; "NTB utenriks", "Staff Reporter (Harbour Times)": a desk;
        # "South Asia", "Middle East": a region of the world alone, the section's label
    if index + 1 == body and person_alone(unit, units[body:]):
        return None  # a name alone right over the story's first paragraph: the lead picture's caption
    if _LIVE_ENTRY.match(unit) or gazetteer.lookup(unit) is not None:
        return None  # "21h40. End of this live.": a live page's entry; "Cape Town": a weather widget's or dateline's town
    if words >= _MIN_TWO_SENTENCE_WORDS and _SENTENCE_THEN_SENTENCE.search(unit):
        return None  # a standfirst of two sentences, not a headline
    if _SEPARATORS.search(unit) and name_beside_metadata(unit):
        return None  # "Jane Doe · 5 min read": the writer beside the date
    if len(_SEPARATORS.findall(unit)) >= 2 or _BREADCRUMB.search(_GUILLEMET_QUOTE.sub("", unit)) \
            or len(_REAL_WORD.findall(unit)) + words - word_count(unit) < 2 \
            or is_role_line(unit) or in_an_author_box(units, index):
        return None  # a breadcrumb, "27.1 C", "Political reporter", "Jane Doe" over "Senior Editor"
    key = folded(unit).rstrip(".,")
    nearby = units[index + 1 : index + 3]
    if len(nearby) == 2 and nearby[0].endswith((".", "!", "?")) and word_count(nearby[0]) >= 8:
        nearby = nearby[:1]  # a standfirst stands between: the picture under it may repeat the headline as its caption
    title_echo = index in echoed
    if not title_echo and (any(key in folded(other) and is_caption_line(units, position)
                               for position, other in enumerate(nearby, start=index + 1)) or (
            nearby and len(nearby[0]) > len(unit) and folded(nearby[0]).startswith(key)
            and not metadata[index + 1] and index + 1 != body)):  # printed again with its date, or run into the story
        return None  # a picture's alt text above its caption
    if index + 1 < len(units) and glued_over_its_headline(unit, units[index + 1]):
        return None  # "HomeNewsStorm closes port" over "Storm closes port": the breadcrumb run into the headline
    if index + 1 < len(units) and len(units[index + 1]) <= 19 and PLAYER_CLOCK.fullmatch(units[index + 1]):
        return None  # "The latest traffic report" over "00:00 | 00:00": a player's recording, not the story
    if _in_a_banner_printed_twice(units, index):
        return None  # "Pay so you can read. Give today!" printed again over two lines: a banner in two layouts
    if not title_echo and index + 1 < len(units) and is_credit_only(units[index + 1]) and not (
            index == 0 and headline_shaped(unit) and not unit.endswith(("!", "?"))):
        return None  # a caption above its credit; the page's first line over one is its headline, the picture uncaptioned
    twins = line_forms(units, body) if twins is None else twins
    if any(other != unit for other in twins.get(key, ())):
        return None  # a picture's alt text and its caption: the same words, once with a full stop
    if _caption_credited_nearby(units, index, key):
        return None  # the caption printed again without the credit it carries a few lines away
    features = {
        "bias": 1.0,
        "length_5_to_22": float(5 <= words <= 22), "length_4": float(words == 4), "length_3": float(words == 3),
        "length_2": float(words < 3),
        "printed_twice_in_a_row": float(unit in doubled),
        "standfirst_under_headline": float(
            index > 0 and words >= 12 and headline_shaped(units[index - 1]) and word_count(units[index - 1]) < words
            and index + 1 < len(units) and is_byline_or_date(units, metadata, index + 1)),
        "sentence": float(unit.endswith((".",) + SCRIPT_FULL_STOPS)),
        # (a breadcrumb ending with the line, glued, above it prints the page's title a second time)
        "repeated_below": float(title_echo or printed_twice_over_the_byline(units, metadata, index, doubled)
                                or (index > 0 and glued_over_its_headline(units[index - 1], unit)) or (
            words >= 4 and unit not in doubled and any(
                other is not unit and folded(other).startswith(key) and not _story_sentence_again(unit, other, at, body)
                for at, other in enumerate(units[: body + 3])))),
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
        "site_name": float(is_site_name(unit)),  # a masthead, or a digest's title ("Daily News Briefs")
        "run_together": float(words_run_together(unit)),  # a menu, or a label glued to a date
    }
    following = index + 1
    if following < len(units):
        # a line printed twice is a headline or a caption, never the standfirst under a headline
        standfirst = following < body and is_standfirst_shape(units[following]) and units[following] not in doubled \
            and word_count(units[following]) >= max(15, words * 1.5)
        # a headline in capitals over a shorter subtitle in small letters, which the byline or date follows
        subtitle = following < body and words >= 4 and unit.isupper() and not units[following].isupper() \
            and is_standfirst_shape(units[following]) and units[following] not in doubled
        if (standfirst or subtitle) and following + 1 < len(units) \
                and is_byline_or_date(units, metadata, following + 1):
            features["then_standfirst_and_byline"] = 1.0
        elif is_byline_or_date(units, metadata, following):
            features["then_byline_or_date"] = 1.0
        elif is_caption_line(units, following):
            features["then_picture"] = 1.0
        elif standfirst:
            features["then_standfirst"] = 1.0
        elif any(metadata[i] or name_line_byline(units[i]) for i in range(following + 1, min(following + 3, len(units)))):
            features["byline_soon_after"] = 1.0
    return features
