"""How the words around a country's name change what it means; rules that hold for every country.

Each function takes the text, its word tokens (``words``, ``starts``,
``ends``, see :func:`articles.ingest.tagged_text.tokens`) and the first and last
token of one hit.

* :func:`is_geography_or_event` -- a sea, river or tournament named after a
  country ("Niger Delta", "River Niger", "Korean Peninsula", "French Open"):
  not the country.
* :func:`used_as_location` -- a capital as the place where something happens
  ("in Nairobi", "Nairobi-based", "the capital, Lusaka", "Tunis-Carthage"
  airport, a "LONDON --" or "KATHMANDU:" dateline), not its government.
* :func:`inside_a_name` -- a country named only as part of another thing's
  name: a newspaper ("New Zealand Herald", "USA TODAY"), a place or building
  ("Kuwait Roundabout", "Spanish Town"), a constituency ("Niger North"), an
  organization, a body of the country's own state too ("Zambia News and
  Information Services", "Sweden Democrats", "Ukrainian Society of
  Switzerland", "Reform UK", "Philippine National Police", "the Uganda police
  force", "Armed Forces of the Philippines", "Ejército de la República
  Dominicana", "Methodist Church Nigeria"), a title ("Chief Justice of
  Pakistan", as "Princess of Wales"), a state of the past ("Nazi Germany"), or a stance ("pro-Palestinian"); so is one
  :func:`hyphened_to_a_name` ("Dubawa-Ghana"), a country's name that
  :func:`starts_another_name` ("Pakistan Tehreek-e-Insaf") and :func:`a_place_tag`
  ("Mumbai, India" on a line that is not a sentence). Such a mention is weak: the
  country counts only if the text also names it otherwise.
* :func:`speaks_for_its_government` -- a capital with a sign that it stands for its
  government ("Beijing said", "Moscow's", "talks between"); without one a capital
  is only a city.

Where the article ends on the page (other stories, feeds, teasers) and which
lines are labels rather than content: :mod:`articles.ingest.boilerplate` and
:mod:`articles.ingest.boilerplate_labels`.

The rules about a country inside another name are in :mod:`articles.ingest.context_names`, those about a
capital as a place or as its government in :mod:`articles.ingest.context_capitals`; this module keeps the
words and helpers they share and the other senses (a surname, a language, a currency, geography).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import gazetteer
from .candidates import MONTHS_AND_DAYS, STOP_WORDS, TITLES
from .countries import demonym_forms

NOT_A_NAME = TITLES | STOP_WORDS | MONTHS_AND_DAYS
WORD_RE = re.compile(r"\w+")
# Words before a city that make it the place where something happens, not a government.
LOCATIVES = frozenset({"in", "at", "near", "outside", "around"})
PARTS_OF_A_CITY = frozenset("central northern southern eastern western downtown suburban greater old".split())
# "LONDON —", "PARIS (AP) —", "GOMA, Congo (AP) —", "LONDON, April 3 (Reuters) -", "KATHMANDU:", "SEOUL --",
# "Accra, Nov. 19, GNA –" at a line start.
DATELINE_TAIL_RE = re.compile(r"(?:,[^\n,—–]{1,40}){0,2}(?:\s*\([^()\n]{1,30}\))?\s*(?:[—–-]{1,2}\s|:)")
# Before a language's name: "in Portuguese", "speaks French", "translated into Russian".
LANGUAGE_BEFORE = frozenset({"in", "into", "speak", "speaks", "spoke", "speaking", "fluent", "learn", "learning"})
# Verbs whose object is a language even when the phrase goes on: "teaches French at the school".
LANGUAGE_VERBS = frozenset(
    "speak speaks spoke speaking learn learns learned learnt learning teach teaches taught teaching study studies "
    "studied studying".split()
)
TRANSLATED = frozenset({"translated", "translation", "translations", "translating", "adapted"})
LANGUAGE_AFTER = frozenset(
    """language languages speakers speaking translation translations subtitles subtitled dubbed lessons lesson
    classes class course courses dictionary grammar proficiency""".split()  # not "teachers": "French teachers" strike
)
# "CONTACT US", "ABOUT US": the pronoun in capitals.
PRONOUN_BEFORE = frozenset(
    "contact about join follow email call write tell help message with for to from of by find visit reach".split()
)
WATER_AND_LAND = frozenset({"sea", "strait", "straits", "river", "delta", "basin", "peninsula", "ocean"})
OF_WATER = frozenset({"gulf", "bay", "sea", "strait", "straits"})
# ... in the languages of the pages the importer reads too: "el río Uruguay", "le fleuve Niger", "o rio Paraná".
WATER_AND_LAND_BEFORE = frozenset({"river", "lake", "mount", "mt", "río", "rio", "lago", "lac", "fleuve", "monte"})
URL_JOINERS = frozenset("-/_.=?#&")  # "" (the text's edge) is in no set of characters


def in_prose(text, start, end) -> bool:
    """A word standing in a sentence, not a piece of an address or a slug ("/liberia-victim-fears")."""
    after = text[end : end + 1]
    if after == ".":  # the end of a sentence, unless a word goes on ("liberia.com")
        after = "." if text[end + 1 : end + 2].isalnum() else ""
    return text[start - 1 : start] not in URL_JOINERS and after not in URL_JOINERS


WEB_ADDRESS_MARKS = ("://", "www.", "@")
WEB_ADDRESS_MAX_CHARS = 300  # further back than any address runs, the word is no part of one


def in_a_web_address(text, start) -> bool:
    """The word at ``start`` is a piece of a web or e-mail address ("http://hrvatski-fokus.hr/...",
    "www.tagesschau.de/ausland/...", "desk@nation.co.ke"): the site's or a picture's name, lower-case words of the
    page's language included, not the article's."""
    token_start = max(text.rfind(" ", max(0, start - WEB_ADDRESS_MAX_CHARS), start),
                      text.rfind("\n", max(0, start - WEB_ADDRESS_MAX_CHARS), start)) + 1
    return start > token_start and any(mark in text[token_start:start] for mark in WEB_ADDRESS_MARKS)


# The word for the time of day in a zone, beside a country's name or adjective that then names the zone, not the
# country: "8 p.m. Israel time", "Pakistan Standard Time", "um 20 Uhr deutscher Zeit", "om 21.00 uur Nederlandse
# tijd", "kl. 20 svensk tid", "o 20:00 czasu polskiego", "20 óra magyar idő szerint", "kello 20 Suomen aikaa", "alle
# 21 ora italiana", "a las 20 hora de Chile", "saat 21.00 Türkiye saatiyle", "20:15 (שעון ישראל)" -- CLDR's
# regionFormat ("{0} Time", "שעון {0}", "hora de {0}") as the press writes it, in lower case too.
TIME_ZONE_WORDS = frozenset("""time zeit tijd tid czasu czasie času čase vremenu vremena idő aikaa ora hora horário
    heure saati saatiyle saatine waktu giờ שעון""".split())
_TIME_ZONE_QUALIFIERS = frozenset({"standard", "daylight", "summer"})  # "India Standard Time", "British Summer Time"
_TIME_ZONE_JOINS = frozenset({"de", "del", "do", "da", "d"})  # "hora de Chile", "horário de Portugal"
CLOCK_LOOKBACK = 25  # a clock time ends this close before the zone's name: "20:15 (", "21 Uhr "
_CLOCK_RE = re.compile(r"(?<!\d)\d{1,2}(?:[:.]\d\d)?(?!\d)")  # "8", "20:15", "21.00"; not a year's "2023"
_WORD_BEFORE_RE = re.compile(r"(\w+)['’]?[ \u00a0]$")
_WORD_AFTER_RE = re.compile(r"[ \u00a0](\w+)")


def names_a_time_zone(text: str, start: int, end: int) -> bool:
    """The country's name or adjective at ``start``-``end`` is part of a time zone's name after a clock time (see
    :data:`TIME_ZONE_WORDS`): a foreign story's time told in the outlet's own zone names no country."""
    opening = start
    before = _WORD_BEFORE_RE.search(text, max(0, start - 20), start)
    if before and before.group(1).lower() in _TIME_ZONE_JOINS:
        before = _WORD_BEFORE_RE.search(text, max(0, before.start() - 20), before.start())
    if before and before.group(1).lower() in TIME_ZONE_WORDS:
        opening = before.start()
    else:
        after = _WORD_AFTER_RE.match(text, end)
        if after and after.group(1).lower() in _TIME_ZONE_QUALIFIERS:
            after = _WORD_AFTER_RE.match(text, after.end())
        if not (after and after.group(1).lower() in TIME_ZONE_WORDS):
            return False
    window = text[max(0, opening - CLOCK_LOOKBACK) : opening]
    return _CLOCK_RE.search(window, window.rfind("\n") + 1) is not None


def is_name(word: str) -> bool:
    return word[0].isupper() and word.lower() not in NOT_A_NAME


def after_a_given_name(text, words, starts, ends, first) -> bool:
    """A capital that is a surname: "naming Joseph Muscat", "Prime Minister Joseph Muscat" (a capitalised word that
    starts a name before it)."""
    if first == 0 or text[ends[first - 1] : starts[first]] != " ":
        return False
    given = words[first - 1]
    if not (given[0].isupper() and given[1:].islower() and given.isalpha()):
        return False
    if given.lower() in NOT_A_NAME or given.lower() in PARTS_OF_A_CITY:
        return False
    if first == 1:
        return True
    gap = text[ends[first - 2] : starts[first - 1]]
    earlier = words[first - 2]
    if gap == " " and earlier.lower() in TITLES:
        return True  # "Prime Minister Joseph Muscat": a title starts the name
    if earlier[0].islower() or any(mark in gap for mark in ".!?\n"):
        return True
    # "... the mayor of Mar del Plata, Guillermo Montenegro": a name in apposition after a comma (a surname is
    # written in lower case after its capital, unlike "Reform UK")
    return "," in gap and words[first][1:].islower()


# Words that qualify a country's name rather than being a given name before it: "Mainland China", "Ethnic
# Russians", "Inside Ukraine", "Visit Kenya".
COUNTRY_QUALIFIERS = frozenset(
    """mainland communist red modern rural urban greater global ethnic overseas young fellow ordinary native visit
    team brexit apartheid colonial independent federal democratic socialist islamic soviet postwar wartime
    contemporary ancient medieval western eastern northern southern central upper lower coastal inland wealthy poor
    black white muslim christian catholic jewish arab african asian european latin inside across beyond outside
    hindu sikh buddhist jain shia shiite sunni coptic orthodox protestant evangelical parsi tamil kurdish
    around toward towards within without amid amidst despite behind above below beside near welcome rebuild
    rebuilding save saving neighbouring neighboring post pre free occupied divided united imperial nazi royal
    republic kingdom state little old north south east west northeast northwest southeast southwest mid upstate
    metropolitan continental peninsular landlocked tsarist weimar ottoman feudal postcolonial precolonial
    throughout including besides via per versus vs upon onto whereas excluding except alongside amongst
    following regarding concerning visiting congratulations sorry goodbye hello dear go love thank thanks
    does did do is was will would can could should has have had are were must shall might""".split()
)


def a_surname(text, words, starts, ends, first) -> bool:
    """"Jimmy Wales", "Patricia Scotland", "Coach Sarah England": a one-word country name after a given name is a
    person's surname (not "Mainland China", "Ethnic Russians", "Inside Ukraine")."""
    return words[first - 1].lower() not in COUNTRY_QUALIFIERS and after_a_given_name(text, words, starts, ends, first)


def next_word(text, words, starts, ends, last) -> int | None:
    """The token after ``last`` with only a space (or a possessive "'s ") between, else None."""
    n = len(words)
    if last + 1 < n and text[ends[last] : starts[last + 1]] == " ":
        return last + 1
    if last + 2 < n and words[last + 1] == "s" and text[ends[last] : starts[last + 1]] in ("'", "\u2019"):
        return last + 2 if text[ends[last + 1] : starts[last + 2]] == " " else None
    return None


@lru_cache(maxsize=1)
def language_names() -> frozenset[str]:
    """Lower-case one-word names of the major languages (ISO 639-1): "portuguese", "french", "thai"."""
    import pycountry  # on first use: a slow import, which parsing and the public pages never need

    return frozenset(
        lang.name.lower() for lang in pycountry.languages
        if hasattr(lang, "alpha_2") and " " not in lang.name and lang.name.isalpha()
    )


CURRENCY_WORDS = frozenset({"dollar", "dollars"})


# A US highway's number after "US"/"U.S.": "U.S. 27", "US 1", "U.S. Route 66", "U.S. Highway 41", "US-395"; not a
# figure ("U.S. 10-year yields", "US 2024 election", "U.S. 3.5%").
_ROAD_NUMBER = re.compile(r"\.?(?:-|\s+(?:Route|Highway|Hwy\.?|Rte\.?)\s+|\s+)\d{1,3}(?![\d.,%-])(?:\b|$)")


def not_the_country(text, words, starts, ends, first, last, exact) -> bool:
    """"US$", "US $10 billion", "3,500 US dollars" (a currency), "en-US" (a locale), "CONTACT US" (the pronoun): not
    the country."""
    after = text[ends[last] : ends[last] + 2]
    if after[:1] == "$" or after == " $":
        return True
    if after == " d" and last + 1 < len(words) and words[last + 1] in CURRENCY_WORDS:
        return True
    if text[starts[first] : ends[last]] in ("US", "U.S") and _ROAD_NUMBER.match(text, ends[last], ends[last] + 20):
        return True  # "U.S. 27 near State Road 731": the highway
    if not exact or first == 0:
        return False
    gap = text[ends[first - 1] : starts[first]]
    before = words[first - 1]
    if gap == "-" and len(before) == 2 and before.islower():
        return True
    return words[first] == "US" and gap == " " and before.isupper() and before.lower() in PRONOUN_BEFORE


def in_a_line_of_capitals(text, start, end) -> bool:
    """The name stands on a line written all in capitals ("WHAT THE FLOODS TAUGHT US"), where "US" may be the
    pronoun: it is the country only if the text also names the country in ordinary case."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return not any(ch.islower() for ch in line) and len(line.split()) > 1


# A country named after a saint ("San Martín", "Santa Lucía", "São Tomé") and then "de"/"del" and a name is a town or
# a district called after the saint: "San Martín del Pimpollar", "San Martín de Porres", "Santa Lucía de Tirajana".
_SAINT_WORDS = frozenset({"San", "Santa", "Santo", "São", "Saint", "Sainte", "Sint", "St"})
_OF_WORDS = frozenset({"de", "del", "da", "do", "dos", "das", "des", "du", "di"})


def a_place_named_after_a_saint(text, words, starts, ends, first, last) -> bool:
    n = len(words)
    if words[first] not in _SAINT_WORDS or last + 2 >= n or words[last + 1] not in _OF_WORDS:
        return False
    after = last + 3 if words[last + 2] in ("la", "las", "los", "le", "les") and last + 3 < n else last + 2
    return text[ends[last] : starts[last + 1]] == " " and words[after][:1].isupper()


def a_town_of_a_state(text, words, starts, ends, last) -> bool:
    """"Lebanon, Pennsylvania", "Paris, Texas", "London, Ontario": a town named after a country or its capital,
    placed in a US state or a Canadian province."""
    n = len(words)
    if last + 1 >= n or text[ends[last] : starts[last + 1]] != ", ":
        return False
    states = gazetteer.state_names()
    for size in (1, 2, 3, 4):
        end = last + size
        if end >= n or not words[end][0].isupper():
            return False
        if " ".join(words[last + 1 : end + 1]).lower() in states:
            return end + 1 >= n or text[ends[end] : starts[end + 1]][:1] in (",", ".", ";", ")", "\n") or (
                text[ends[end] : starts[end + 1]] == " " and not words[end + 1][0].isupper()
            )
        if end + 1 < n and text[ends[end] : starts[end + 1]] != " ":
            return False
    return False


def used_as_language(text, words, starts, ends, first, last) -> bool:
    """"leaflets in English and Portuguese.", "Portuguese-speaking", "the French language": the language."""
    n = len(words)
    following = words[last + 1].lower() if last + 1 < n and text[ends[last] : starts[last + 1]] in (" ", "-") else ""
    if following in LANGUAGE_AFTER:
        return True
    if first >= 2 and words[first - 1] in ("from", "into") and words[first - 2].lower() in TRANSLATED:
        return True  # "translated from Polish by Ann Lee"
    if (
        first > 0 and words[first - 1].lower() in LANGUAGE_VERBS and text[ends[first - 1] : starts[first]] == " "
        and (not following or following in STOP_WORDS or following.endswith("ly"))
    ):
        return True  # "teaches French at the school", "speaks Spanish fluently"
    if first == last and _in_a_list_of_languages(text, words, starts, ends, first):
        return True  # "in seven languages (Bosnian, English, Arabic, Russian, Kurdish, French and Turkish)"
    if first == last and _on_a_line_of_languages(text, starts[first], ends[first]):
        return True  # a page's language menu: "English French German Italian Portuguese Russian Spanish"
    if first == last and _listed_after_a_language_cue(text, words, starts, ends, first):
        return True  # "speaks Spanish and Portuguese at home", "translated into French and German last year"
    ends_phrase = last + 1 >= n or following in ("and", "or") or text[ends[last] : ends[last] + 1] in ".,;:)!?\n"
    if not ends_phrase or first == 0 or not text[ends[first - 1] : starts[first]].isspace():
        return False
    before = words[first - 1].lower()
    if before in LANGUAGE_BEFORE:
        return True
    # "in English and Portuguese": a list of languages after "in".
    return (
        before in ("and", "or")
        and first >= 3
        and words[first - 3].lower() in LANGUAGE_BEFORE
        and words[first - 2][0].isupper()
        and words[first - 2].lower() in language_names()
    )


LANGUAGE_LIST_MAX = 6  # languages listed after one cue: "speaks English, French, Spanish and Portuguese"


def _listed_after_a_language_cue(text, words, starts, ends, index) -> bool:
    """The word is a later item of a list of languages' names whose first item follows a verb of speaking or
    learning, "fluent in" or "translated into" ("speaks Spanish and Portuguese at home", "fluent in Japanese, Korean
    and Mandarin"): every item is a language, whatever follows the list. (After a bare "in" the list may be of
    adjectives: "invested in French and German companies".)"""
    at, items = index, 0
    while items < LANGUAGE_LIST_MAX:
        gap = text[ends[at - 1] : starts[at]] if at > 0 else ""
        if gap in (", ", " ") and at >= 2 and words[at - 1] in ("and", "or") and text[ends[at - 2] : starts[at - 1]] in (" ", ", "):
            at -= 2
        elif gap == ", " and at >= 1:
            at -= 1
        else:
            break
        if not (words[at][:1].isupper() and words[at].lower() in language_names()):
            return False
        items += 1
    if not items or at == 0 or text[ends[at - 1] : starts[at]] != " ":
        return False
    cue = words[at - 1].lower()
    return cue in LANGUAGE_VERBS or (at >= 2 and (
        (cue == "in" and words[at - 2].lower() == "fluent") or (cue in ("into", "from") and words[at - 2].lower() in TRANSLATED)
    ))


_MIN_LANGUAGES_LISTED = 3


def _in_a_list_of_languages(text, words, starts, ends, index) -> bool:
    """The word stands in a list of at least three languages' names ("Bosnian, English, Arabic and Russian"), one
    of which no country's people are called ("Arabic", "Kurdish", "Hindi"): the list names languages."""
    def item(at: int) -> str:
        word = words[at]
        return word if word[:1].isupper() and word.lower() in language_names() else ""

    def neighbour(at: int, step: int) -> int:
        """The index of the list's next item before (step -1) or after (step 1) ``at``; -1 at the list's end."""
        near = at + step
        if not 0 <= near < len(words):
            return -1
        gap = text[ends[min(at, near)] : starts[max(at, near)]]
        if gap.strip() == "," and gap.startswith(","):
            return near if item(near) else -1
        if gap == " " and words[near].lower() in ("and", "or"):
            beyond = near + step
            if 0 <= beyond < len(words) and text[ends[min(near, beyond)] : starts[max(near, beyond)]].strip(" ,") == "":
                return beyond if item(beyond) else -1
        return -1

    if not item(index):
        return False
    listed = [words[index]]
    for step in (-1, 1):
        at = neighbour(index, step)
        while at >= 0 and len(listed) < 20:
            listed.append(words[at])
            at = neighbour(at, step)
    return len(listed) >= _MIN_LANGUAGES_LISTED and any(name.lower() not in demonym_forms() for name in listed)


_MIN_MENU_LANGUAGES = 4
_MAX_MENU_LINE = 200
_MENU_SEPARATORS = re.compile(r"[\s|·•/,]+")


def _on_a_line_of_languages(text: str, start: int, end: int) -> bool:
    """The word stands on a short line made only of languages' names, four or more, separated by spaces, bars or
    dots: a site's language menu or translate bar ("English French German Italian Portuguese Russian Spanish"),
    which names no country."""
    line_start = text.rfind("\n", max(0, start - _MAX_MENU_LINE), start) + 1
    line_end = text.find("\n", end, end + _MAX_MENU_LINE)
    if line_end < 0:
        line_end = len(text) if len(text) - end <= _MAX_MENU_LINE else -1
    if (line_start == 0 and start > _MAX_MENU_LINE) or line_end < 0:
        return False
    names = [piece for piece in _MENU_SEPARATORS.split(text[line_start:line_end]) if piece]
    return len(names) >= _MIN_MENU_LANGUAGES and all(
        name[:1].isupper() and name.lower() in language_names() for name in names)


# The stage races named after a country, and the word that joins the country to them.
STAGE_RACES = frozenset({"Tour", "Giro", "Vuelta", "Volta", "Ronde"})
STAGE_RACE_JOINS = frozenset({"de", "of", "d", "a", "van", "du"})


# The words the Romance languages write before a street's or a square's name: "avenida España", "rue de France".
STREET_BEFORE = frozenset(
    """avenida av avda calle jirón jiron paseo carrera calzada carretera autopista plaza rua travessa alameda praça
    praca estrada rodovia avenue rue boulevard bd place""".split()
)
STREET_JOINS = frozenset("de del da do du des".split())


def names_a_street(text, words, starts, ends, first) -> bool:
    """"la avenida España", "la rue de France", "a praça do Brasil": a street named after the country."""
    at = first - 1
    if at >= 1 and words[at].lower() in STREET_JOINS and text[ends[at] : starts[first]] == " ":
        at -= 1
    return at >= 0 and words[at].lower() in STREET_BEFORE and text[ends[at] : starts[at + 1]] in (" ", ". ")


def is_geography_or_event(text, words, starts, ends, first, last) -> bool:
    """"Niger Delta", "River Niger", "South China Sea", "Gulf of Guinea": geography; "French Open": a tournament;
    "avenida España": a street."""
    if first >= 1 and names_a_street(text, words, starts, ends, first):
        return True
    if last + 1 < len(words) and text[ends[last] : starts[last + 1]] == " ":
        following = words[last + 1]
        if following.lower() in WATER_AND_LAND or following == "Open":
            return True
        if following == "GP" or (following == "Grand" and words[last + 2 : last + 3] == ["Prix"]):
            return True  # "the Dutch Grand Prix": a race, as "the French Open" is a tournament
    if first >= 1 and words[first - 1].lower() in WATER_AND_LAND_BEFORE and text[ends[first - 1] : starts[first]] == " ":
        return True  # "River Niger", "Lake Chad", "Mount Kenya"
    if (  # "Tour de France", "Tour of Britain", "Giro d'Italia", "Vuelta a España": a race named after the country
        first >= 2
        and words[first - 2] in STAGE_RACES
        and words[first - 1].lower() in STAGE_RACE_JOINS
        and text[ends[first - 2] : starts[first - 1]] == " "
        and text[ends[first - 1] : starts[first]] in (" ", "'", "\u2019")
    ):
        return True
    return (
        first >= 2
        and words[first - 1].lower() == "of"
        and words[first - 2].lower() in OF_WATER
        and text[ends[first - 2] : starts[first]].lower().split() == ["of"]
    )
