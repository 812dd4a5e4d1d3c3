"""How the words around a country's name change what it means; rules that hold for every country.

Each function takes the text, its word tokens (``words``, ``starts``,
``ends``, see :func:`articles.ingest.tagging.tokens`) and the first and last
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
  organization that is not a body of the country's state ("Zambia News and
  Information Services", "Sweden Democrats", "Ukrainian Society of
  Switzerland", "Reform UK"; "US Department of Agriculture" does name the US), a state of the past ("Nazi Germany"), or a stance ("pro-Palestinian"); so is one
  :func:`hyphened_to_a_name` ("Dubawa-Ghana"), a country's name that
  :func:`starts_another_name` ("Pakistan Tehreek-e-Insaf") and :func:`a_place_tag`
  ("Mumbai, India" on a line that is not a sentence). Such a mention is weak: the
  country counts only if the text also names it otherwise.
* :func:`speaks_for_its_government` -- a capital with a sign that it stands for its
  government ("Beijing said", "Moscow's", "talks between"); without one a capital
  is only a city.
* :func:`page_furniture_start` -- where a list of other stories that a parser left
  in the body begins; :func:`in_a_label_line` -- a menu item, a section label, a
  list of tags ("Topics: Ukraine Belarus border"), a link or a credit line. These
  two take the text and a character offset.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import gazetteer
from .candidates import MONTHS_AND_DAYS, ORGANIZATION_ENDINGS, STOP_WORDS, TITLES

NOT_A_NAME = TITLES | STOP_WORDS | MONTHS_AND_DAYS
WORD_RE = re.compile(r"\w+")
# Words before a city that make it the place where something happens, not a government.
LOCATIVES = frozenset({"in", "at", "near", "outside", "around"})
PARTS_OF_A_CITY = frozenset("central northern southern eastern western downtown suburban greater old".split())
BASED_RE = re.compile(r"[-‐‑]based\b", re.IGNORECASE)
# "LONDON —", "PARIS (AP) —", "GOMA, Congo (AP) —", "LONDON, April 3 (Reuters) -", "KATHMANDU:", "SEOUL --",
# "Accra, Nov. 19, GNA –" at a line start.
DATELINE_TAIL_RE = re.compile(r"(?:,[^\n,—–]{1,40}){0,2}(?:\s*\([^()\n]{1,30}\))?\s*(?:[—–-]{1,2}\s|:)")
# A city's own things, after its name: "a Bangkok hotel", "a Dhaka court", "Bird and Jordan streets".
CITY_NOUNS = frozenset(
    """hotel hotels court courts police city area areas district districts airport residents resident mayor governor
    suburb suburbs street streets road roads avenue traffic hospital hospitals school schools university skyline
    restaurant restaurants neighbourhood neighborhood market markets municipality municipal council station zoo
    marathon metro office offices region venue""".split()
)
STREETS = frozenset({"street", "streets", "road", "roads", "avenue", "avenues"})
# Before a language's name: "in Portuguese", "speaks French", "translated into Russian".
LANGUAGE_BEFORE = frozenset({"in", "into", "speak", "speaks", "spoke", "speaking", "fluent", "learn", "learning"})
# Verbs whose object is a language even when the phrase goes on: "teaches French at the school".
LANGUAGE_VERBS = frozenset(
    "speak speaks spoke speaking learn learns learned learnt learning teach teaches taught teaching study studies "
    "studied studying".split()
)
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
WATER_AND_LAND_BEFORE = frozenset({"river", "lake", "mount", "mt"})
# A capitalised word after a country's name that makes the two one name.
NAME_ENDINGS = frozenset(
    """news herald times post daily tribune gazette today journal gleaner observer guardian telegraph chronicle
    monitor independent mirror express star inquirer review magazine radio television tv broadcasting
    roundabout square street road avenue bridge airport stadium park hotel tower towers mall centre center station
    gate circle town state university college school institute society club airways airlines democrats
    north south east west central""".split()
)
# An organization of a country's state speaks for the country ("US Department of Agriculture"); others are names.
GOVERNMENT_BODIES = frozenset(
    """department ministry army navy force forces police office service services commission court council
    authority agency bureau embassy committee board customs guard""".split()
)
# "<Society> of Switzerland": an organization's or a building's name.
NAMED_OF = frozenset(
    """society university bank church college institute association federation council academy museum
    chamber club foundation trust times""".split()  # "Times of India": a paper
)
# "Nazi Germany", "Imperial Japan": a state of the past.
OF_THE_PAST = frozenset({"nazi", "imperial", "tsarist", "weimar", "ottoman", "mandatory", "colonial"})
URL_JOINERS = frozenset("-/_.=?#&")  # "" (the text's edge) is in no set of characters
TEMPERATURE_RE = re.compile(r"\s*-?\d+(?:\.\d+)?\s*°")
STANCE_RE = re.compile(r"(?:pro|anti)[-‐‑]$", re.IGNORECASE)


def in_prose(text, start, end) -> bool:
    """A word standing in a sentence, not a piece of an address or a slug ("/liberia-victim-fears")."""
    after = text[end : end + 1]
    if after == ".":  # the end of a sentence, unless a word goes on ("liberia.com")
        after = "." if text[end + 1 : end + 2].isalnum() else ""
    return text[start - 1 : start] not in URL_JOINERS and after not in URL_JOINERS


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
    return earlier[0].islower() or any(mark in gap for mark in ".!?\n")


# Words that qualify a country's name rather than being a given name before it: "Mainland China", "Ethnic
# Russians", "Inside Ukraine", "Visit Kenya".
COUNTRY_QUALIFIERS = frozenset(
    """mainland communist red modern rural urban greater global ethnic overseas young fellow ordinary native visit
    team brexit apartheid colonial independent federal democratic socialist islamic soviet postwar wartime
    contemporary ancient medieval western eastern northern southern central upper lower coastal inland wealthy poor
    black white muslim christian catholic jewish arab african asian european latin inside across beyond outside
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
    import pycountry

    return frozenset(
        lang.name.lower() for lang in pycountry.languages
        if hasattr(lang, "alpha_2") and " " not in lang.name and lang.name.isalpha()
    )


CURRENCY_WORDS = frozenset({"dollar", "dollars"})


def not_the_country(text, words, starts, ends, first, last, exact) -> bool:
    """"US$", "US $10 billion", "3,500 US dollars" (a currency), "en-US" (a locale), "CONTACT US" (the pronoun): not
    the country."""
    after = text[ends[last] : ends[last] + 2]
    if after[:1] == "$" or after == " $":
        return True
    if after == " d" and last + 1 < len(words) and words[last + 1] in CURRENCY_WORDS:
        return True
    if not exact or first == 0:
        return False
    gap = text[ends[first - 1] : starts[first]]
    before = words[first - 1]
    if gap == "-" and len(before) == 2 and before.islower():
        return True
    return words[first] == "US" and gap == " " and before.isupper() and before.lower() in PRONOUN_BEFORE


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
    if (
        first > 0 and words[first - 1].lower() in LANGUAGE_VERBS and text[ends[first - 1] : starts[first]] == " "
        and (not following or following in STOP_WORDS or following.endswith("ly"))
    ):
        return True  # "teaches French at the school", "speaks Spanish fluently"
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


def is_geography_or_event(text, words, starts, ends, first, last) -> bool:
    """"Niger Delta", "River Niger", "South China Sea", "Gulf of Guinea": geography; "French Open": a tournament."""
    if last + 1 < len(words) and text[ends[last] : starts[last + 1]] == " ":
        following = words[last + 1]
        if following.lower() in WATER_AND_LAND or following == "Open":
            return True
    if first >= 1 and words[first - 1].lower() in WATER_AND_LAND_BEFORE and text[ends[first - 1] : starts[first]] == " ":
        return True  # "River Niger", "Lake Chad", "Mount Kenya"
    return (
        first >= 2
        and words[first - 1].lower() == "of"
        and words[first - 2].lower() in OF_WATER
        and text[ends[first - 2] : starts[first]].lower().split() == ["of"]
    )


def used_as_location(text, words, starts, ends, first, last) -> bool:
    """A city as the place where something happens ("in Nairobi", "Nairobi-based", a dateline)."""
    rest = text[ends[last] : ends[last] + 2]
    if rest in ("'s", "\u2019s"):  # "in Beijing's view" speaks for the government
        return False
    if BASED_RE.match(text, ends[last]):
        return True
    if first > 0 and text[ends[first - 1] : starts[first]].isspace() and words[first - 1].lower() in LOCATIVES:
        return True
    if (  # "in central Seoul", "in northern Kyiv"
        first > 1
        and words[first - 1].lower() in PARTS_OF_A_CITY
        and words[first - 2].lower() in LOCATIVES
        and text[ends[first - 2] : starts[first]].count(" ") == 2
    ):
        return True
    if first > 0 and words[first - 1].lower() == "capital" and text[ends[first - 1] : starts[first]] in (" ", ", "):
        return True  # "the capital, Lusaka"
    n = len(words)
    gap = text[ends[last] : starts[last + 1]] if last + 1 < n else ""
    if gap == "-" and words[last + 1][0].isupper():
        return True  # "Tunis-Carthage": a compound place name
    if gap == " ":
        following = words[last + 1]
        if following.islower() and following in CITY_NOUNS:
            return True  # "a Bangkok hotel"
        if following[0].isupper() and (
            following.lower() in TITLES or following.lower() in ORGANIZATION_ENDINGS
            or _organization_follows(text, words, starts, ends, last, any_body=True)
        ):
            return True  # "Manila Vice Mayor", "Dhaka Metropolitan Police": the city's own
    line_start = text.rfind("\n", 0, starts[first]) + 1
    line_end = text.find("\n", ends[last])
    line_rest = text[ends[last] : len(text) if line_end < 0 else line_end]
    if text[line_start : starts[first]].strip() == "" and (line_rest.strip() == "" or TEMPERATURE_RE.match(line_rest)):
        return True  # the city alone on its line: a dateline, a weather box
    if text[line_start : starts[first]].strip() != "":
        return False
    tail = DATELINE_TAIL_RE.match(text, ends[last])
    if tail is None:
        return False
    # "LONDON —" in capitals; "Accra, Nov. 19, GNA –" in any case when a date follows.
    if text[starts[first] : ends[last]].isupper():
        return True
    return text[ends[last] : ends[last] + 1] == "," and any(ch.isdigit() for ch in tail.group(0))


def inside_a_name(text, words, starts, ends, first, last) -> bool:
    """The hit is part of another thing's name (see the module docstring): a weak mention."""
    after = last + 1 < len(words) and text[ends[last] : starts[last + 1]] == " "
    if after and words[last + 1][0].isupper() and words[last + 1].lower() in NAME_ENDINGS:
        return True
    if after and (words[last + 1] in STREETS or (len(words[last + 1]) == 4 and words[last + 1].isdigit())):
        return True  # "Jordan streets", "Paris 2024"
    if after and _organization_follows(text, words, starts, ends, last):
        return True
    if _named_mid_sentence(text, words, starts, ends, first):
        return True
    if first > 0 and STANCE_RE.search(text, max(0, starts[first] - 5), starts[first]):
        return True
    if first >= 1 and text[ends[first - 1] : starts[first]] == " ":
        before = words[first - 1]
        if before.lower() in OF_THE_PAST and before[0].isupper():
            return True
    return (
        first >= 2
        and words[first - 1] == "of"
        and words[first - 2][0].isupper()
        and words[first - 2].lower() in NAMED_OF
        and text[ends[first - 2] : starts[first]] == " of "
    )


# Words that make a country's name plus a capitalised word the country's own body ("Nigeria Police Force").
STATE_BODIES = GOVERNMENT_BODIES | frozenset(
    "parliament congress senate government cabinet treasury military consulate defence defense".split()
)
# ... and that make it an event or a thing of the country's, which names it ("Fiji Day", "Great East Japan Earthquake").
COUNTRY_EVENTS = frozenset(
    """day earthquake quake war wars election elections crisis summit games cup olympics independence revolution
    flood floods famine conflict agreement accord treaty deal visit tour series championship championships
    festival week year expo relations""".split()
)
TITLE_CASE_MAX_WORDS = 20  # longer lines with many capitals are prose full of names, not a headline


def starts_another_name(text, words, starts, ends, first, last) -> bool:
    """"Pakistan Tehreek-e-Insaf", "Israel Adesanya", "Kenya Power": a country's name that a capitalised
    word follows is the start of another name -- unless that name is a body of the country's state ("Nigeria
    Police Force") or an event of the country's ("Fiji Day"), the word is a title or a date ("Kenya President Ruto", "Kenya Monday"), or the line is a
    headline in title case ("China Warns Japan"; a line ending in a full stop is a sentence, however many
    capitals it has: "Foreign Minister Israel Katz said.")."""
    n = len(words)
    if last + 1 >= n or text[ends[last] : starts[last + 1]] != " " or not is_name(words[last + 1]):
        return False
    i = last + 1
    while i < n and i <= last + 4 and words[i][0].isupper():
        if words[i].lower() in STATE_BODIES or words[i].lower() in COUNTRY_EVENTS:
            return False
        if i + 1 >= n or text[ends[i] : starts[i + 1]] != " ":
            break
        i += 1
    line_start = text.rfind("\n", 0, starts[first]) + 1
    line_end = text.find("\n", ends[last])
    line_words = WORD_RE.findall(text[line_start : len(text) if line_end < 0 else line_end])
    capitalised = sum(1 for word in line_words if word[0].isupper())
    line = text[line_start : len(text) if line_end < 0 else line_end].rstrip()
    return line.endswith(".") or not (len(line_words) <= TITLE_CASE_MAX_WORDS and capitalised * 5 > len(line_words) * 3)


def a_place_tag(text, words, starts, ends, first, last) -> bool:
    """"Mumbai, India" or "... 146 Views Kampala, Uganda Security ..." on a line that is not a sentence: where a
    page says it is, not what the article says. A "MANILA, Philippines --" dateline and "Entebbe, Uganda" in a
    sentence are content."""
    if first < 1 or text[ends[first - 1] : starts[first]] != ", " or not is_name(words[first - 1]):
        return False
    line_end = text.find("\n", ends[last])
    line = text[text.rfind("\n", 0, starts[first]) + 1 : len(text) if line_end < 0 else line_end]
    if SENTENCE_END_RE.search(line) or line.endswith(("-", "\u2013", "\u2014")):
        return False
    return not DATELINE_TAIL_RE.match(text, ends[last])


# "Sino-Japanese", "Anglo-French": a prefix, not a name.
COMPOUND_PREFIXES = frozenset(
    "sino indo afro anglo franco russo italo greco austro judeo euro pan trans ex non anti pro latin".split()
)


QUOTE_PAIRS = {'"': '"', "\u201c": "\u201d", "\u2018": "\u2019", "'": "'"}
TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for with s".split())
QUOTED_TITLE_WORDS = 6


def in_a_quoted_title(text, words, starts, ends, first, last) -> bool:
    """"American Idol", 'Britain's Got Talent': a country's name opening a quoted title of a work (a show, a
    book, a film), in title case. Not a quoted phrase ("Chinese aggression") or the name quoted alone."""
    start = starts[first]
    if start == 0 or text[start - 1] not in QUOTE_PAIRS or (start >= 2 and text[start - 2].isalnum()):
        return False
    close = QUOTE_PAIRS[text[start - 1]]
    end = ends[last]
    limit = min(len(text), end + 80)
    while True:
        end = text.find(close, end, limit)
        if end < 0 or "\n" in text[ends[last] : end]:
            return False
        if not text[end + 1 : end + 2].isalnum():
            break  # not an apostrophe inside a word ("Britain's")
        end += 1
    inner = WORD_RE.findall(text[ends[last] : end])
    return (
        0 < len(inner) <= QUOTED_TITLE_WORDS
        and any(word[0].isupper() for word in inner)
        and all(word[0].isupper() or word.lower() in TITLE_SMALL_WORDS for word in inner)
    )


def hyphened_to_a_name(text, words, starts, ends, first) -> bool:
    """"Dubawa-Ghana", "the Prachanda-Nepal celebration": a country hyphened to a capitalised word before it
    makes one name with it. (The tagger does not ask when that word is itself a country, "Russia-Ukraine".)"""
    if first == 0 or text[ends[first - 1] : starts[first]] not in ("-", "\u2010", "\u2011"):
        return False
    before = words[first - 1]
    return before[0].isupper() and before.isalpha() and before.lower() not in COMPOUND_PREFIXES


def names_an_organization(text, words, starts, ends, last) -> bool:
    """A country's name starts an organization's ("Korea Customs Service", "Philippine Army", "Pheu Thai Party")."""
    return last + 1 < len(words) and text[ends[last] : starts[last + 1]] == " " and (
        _organization_follows(text, words, starts, ends, last, any_body=True)
    )


def _organization_follows(text, words, starts, ends, last, any_body=False) -> bool:
    """"Zambia Information Services Party", "Kenya Airways Group": capitalised words up to the last word of an
    organization that is not a body of the country's state."""
    i = last + 1
    while i < len(words) and i <= last + 4 and words[i][0].isupper() and words[i].lower() not in NOT_A_NAME:
        if words[i].lower() in ORGANIZATION_ENDINGS:
            return any_body or words[i].lower() not in GOVERNMENT_BODIES
        if i + 1 >= len(words) or text[ends[i] : starts[i + 1]] != " ":
            return False
        i += 1
    return False


def _named_mid_sentence(text, words, starts, ends, first) -> bool:
    """"and Reform UK are", "defeating Nazi Germany": a capitalised word that is not a title, between a
    lower-case word and the country, makes one name with it (a Title Case headline has no lower-case word)."""
    if first < 2 or text[ends[first - 1] : starts[first]] != " " or text[ends[first - 2] : starts[first - 1]] != " ":
        return False
    before, earlier = words[first - 1], words[first - 2]
    if not (before[0].isupper() and before.lower() not in NOT_A_NAME and earlier[0].islower() and earlier.isalpha()):
        return False
    if before.lower() in COUNTRY_QUALIFIERS and before.lower() not in OF_THE_PAST:
        return False  # "lashed North India", "in Mainland China": the country, qualified
    # ... and ends it: in "the Royal Thai Air Force" the name goes on, and is judged by what it names.
    return first + 1 >= len(words) or text[ends[first] : starts[first + 1]] != " " or not words[first + 1][0].isupper()


# What a government does, or has done to it, beside a capital standing for it: "Beijing said", "accused Kigali".
# Not "has" or "will": "Nairobi will host the summit" is the city.
GOVERNMENT_VERBS = frozenset(
    """said says say wants wanted accused accuses
    warned warns insisted insists denied denies rejected rejects welcomed welcomes urged urges responded responds
    announced announces claimed claims hopes hoped fears feared believes believed demanded demands agreed agrees
    called calls sought seeks signalled signaled signals backed backs condemned condemns argued argues reacted
    reacts vowed vows imposed imposes refused refuses expects expected sent sends blamed blames criticised
    criticized criticises criticizes pressed presses told asked asks sanctioned sanctions""".split()
)
# ... and what only a government does with a capital as its subject: "Washington hinted", "Kyiv struck back".
GOVERNMENT_ACTS = GOVERNMENT_VERBS | frozenset(
    """hinted hints stated noted threatened threatens pledged pledges promised promises offered offers approved
    approves declined declines opposed opposes supported supports recognised recognized acknowledged confirmed
    confirms suggested suggests indicated retaliated protested protests objected dismissed dismisses vetoed
    ordered orders deployed deploys launched launches struck insisted announced""".split()
)
# Before a capital: the other side of a relation ("talks between", "ties with"); not "on" ("an attack on Kyiv").
RELATION_BEFORE = frozenset({"between", "against", "toward", "towards", "with"})


def speaks_for_its_government(text, words, starts, ends, first, last, places=frozenset()) -> bool:
    """"Beijing said", "Moscow's", "talks between", "Washington and Brussels", "Washington and the European
    Union": a capital standing for its government -- not "Toranomon, Tokyo and is", "the governor of Tunis",
    "a Dhaka Udyan mosque", "Lagos and Abuja" (``places``: tokens of the names the text uses for places that
    are no country's)."""
    n = len(words)
    if text[ends[last] : ends[last] + 2] in ("'s", "\u2019s"):
        # "Moscow's position", "Beijing's Foreign Ministry"; not "Nairobi's Eastlands area", "Seoul's streets"
        owned = next_word(text, words, starts, ends, last)
        return owned is None or not (
            words[owned].lower() in CITY_NOUNS
            or (is_name(words[owned]) and words[owned].lower() not in STATE_BODIES)
        )
    if last + 1 < n and text[ends[last] : starts[last + 1]] == " ":
        following = words[last + 1]
        if following in GOVERNMENT_ACTS:
            return True
        if is_name(following):
            return False  # "Seoul Plaza", "Seoul Metropolitan Government": a name the city starts
        if following == "and" and last + 2 < n and text[ends[last + 1] : starts[last + 2]] == " ":
            partner = last + 3 if words[last + 2] == "the" and last + 3 < n else last + 2
            if is_name(words[partner]) and partner not in places:
                return True
    if first > 0 and text[ends[first - 1] : starts[first]] == " ":
        before = words[first - 1]
        if before in RELATION_BEFORE or before in GOVERNMENT_VERBS:
            return True
        if (
            before == "and" and first > 1 and text[ends[first - 2] : starts[first - 1]] == " "
            and is_name(words[first - 2]) and first - 2 not in places
        ):
            return True  # "Moscow and Kyiv"; not "Lagos and Abuja", two cities
    return False


# A line that ends a sentence (or a quotation, a parenthesis, a label) is prose; one that does not is a heading.
SENTENCE_END_RE = re.compile(r"[.!?…:;\"”’)»]\s*$")
HEADING_MAX_WORDS = 12  # a heading, a kicker, a menu item or a teaser's title
BLURB_MAX_WORDS = 40  # a teaser's summary: an article's paragraphs run longer somewhere


def page_furniture_start(text: str) -> int:
    """Where the page furniture after the article starts, or ``len(text)``.

    A parser that keeps a page's "Related stories", "Most read" or "Popular"
    list in the body leaves the same shape behind every outlet: after the
    article's prose, two or more heading lines in a row (short, no sentence
    end: a section label, a teaser's title), and after them only more such
    lines and blurbs -- no paragraph as long as an article's, and less prose
    than came before (a summary cut off by "..." is not prose). A run of headings that the article's prose follows (a
    cookie banner's, a menu's at the top) is not the end.
    """
    lines = []  # (offset, is a heading, words of prose)
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            words = len(stripped.split())
            heading = (words <= HEADING_MAX_WORDS and not SENTENCE_END_RE.search(stripped)) or stripped.endswith(
                ("...", "\u2026")  # a teaser's summary, cut off
            )
            lines.append((offset, heading, 0 if heading else words))
        offset += len(line) + 1
    # The longest prose line from each line to the end, and the prose words left.
    longest_after, prose_after = [0] * (len(lines) + 1), [0] * (len(lines) + 1)
    for i in range(len(lines) - 1, -1, -1):
        longest_after[i] = max(longest_after[i + 1], lines[i][2])
        prose_after[i] = prose_after[i + 1] + lines[i][2]
    prose_before = 0
    for i, (offset, heading, words) in enumerate(lines):
        if (
            heading and prose_before and i + 1 < len(lines) and lines[i + 1][1]
            and longest_after[i] < BLURB_MAX_WORDS and prose_after[i] < prose_before
        ):
            return offset
        prose_before += words
    return len(text)


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# A date with its year: "20 Dec 2025", "December 24, 2025", "03/02/2026", "2024-03-03".
DATE_WITH_YEAR_RE = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}-\d{2}-\d{2})\b",
    re.IGNORECASE,
)
# A paragraph that opens with a story's own byline and date: "By Euronews Published on 03/02/2026 – 16:02". (Not a
# dateline alone: a digest's items have theirs, and a digest is one story.)
ITEM_OPENING_RE = re.compile(r"By\s[^\n]{1,80}?\b(?:Published|Posted|Updated)(?:\son)?:?\s")
STAMP_MAX_WORDS = 25
STAMP_MAX_CHARS = 250
YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")  # its neighbours are checked one match at a time: faster than lookarounds
FEED_TIME_RE = re.compile(r" \d\d:\d\d")  # a feed's date has its time right after the year
STAMP_MARKS_RE = re.compile(r"[^\w\s]")


# An RSS item's date as a feed prints it: "Tue, 20 Nov 2018 12:53:00 +0100".
FEED_DATE_RE = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}(?::\d{2})? (?:[+-]\d{4}|GMT|UTC|[A-Z]{2,4})"
)
FEED_HEAD_WORDS = 12  # a channel's title before its build date
PROSE_IN_RE = re.compile(r"[a-z0-9][.!?][\"”’)]?(?:\s|<)")  # a sentence ends somewhere in the text


def feed_items_start(text: str) -> int:
    """Where a pasted feed's second item starts, or ``len(text)``: a channel's title, its build date, then items
    that each end with their date after their description ("...died at 89.</p>Tue, 20 Nov 2018 12:53:00
    +0100Polish output rises..."). Feeds that put an item's date before its description, or a channel's
    description before its date, are left whole: there the items' edges are not certain."""
    dates = list(FEED_DATE_RE.finditer(text)) if "," in text else []
    if len(dates) < 3 or len(text[: dates[0].start()].split()) > FEED_HEAD_WORDS:
        return len(text)
    if not PROSE_IN_RE.search(text, dates[0].end(), dates[1].start()):
        return len(text)
    return dates[1].end()


# A teaser's link to the rest of its story, glued to the line it ends or to the next: "... read..",
# "Read MoreCategory: Dhaka", "Read More »Bangladesh". (A "Read more: <headline>" line is a link to another
# story, and a "Read more" line alone the parser leaves out.)
READ_MORE_MARKS = ("ead More", "ead more", "EAD MORE", "eadMore", "ead..")
READ_MORE_RE = re.compile(r"(?:\b[Rr]ead ?[Mm]ore|\bREAD MORE)(?: ?[»›>])?(?=[A-Z\n]|$)|\b[Rr]ead\.\.+(?=\s*(?:\n|$))")


def teaser_end(text: str) -> int:
    """The end of the line where a teaser links to the rest of its story, or ``len(text)``: what follows is
    another story's."""
    if not any(link in text for link in READ_MORE_MARKS):
        return len(text)  # the quick test first: most articles have none
    match = READ_MORE_RE.search(text)
    if match is None or text.rfind("\n", 0, match.start()) < 0:
        return len(text)  # none, or on the headline's line
    end = text.find("\n", match.end())
    return len(text) if end < 0 else end


def other_items_start(text: str) -> int:
    """Where the second story of a page that lists several starts, or ``len(text)``.

    A tag page, an archive, a feed or a site's list of latest stories gives each story its own stamp: a line
    with its date ("The Economic Times 20 Dec 2025 11:29 am", "by · June 28, 2009 · 0 comments"), or a
    paragraph opening with its own byline and date. An article has one; two make a list, and the article is
    its first story. (A digest's items have datelines but no dates of their own: all of a digest is content.) The second story starts after the first stamp when stamps
    close the stories, or at the headings above the second stamp when they open them. (A time alone, as in a
    live blog's entries, is no stamp.)
    """
    stamps = []  # (offset of the line, opens its paragraph's story, the stamp's template)
    seen, feed_like = -1, False
    # Only lines with a year can be stamps: finding the years first keeps this cheap on every article.
    for year in YEAR_RE.finditer(text):
        if text[year.start() - 1 : year.start()].isdigit() or text[year.end() : year.end() + 1].isdigit():
            continue  # part of a longer number
        feed_like = feed_like or FEED_TIME_RE.match(text, year.end()) is not None
        start = text.rfind("\n", 0, year.start()) + 1
        if start == 0 or start == seen or len(stamps) == 2:
            continue  # the headline is no stamp
        seen = start
        end = text.find("\n", year.end())
        line = text[start : len(text) if end < 0 else end].strip()
        if ITEM_OPENING_RE.match(line) and DATE_WITH_YEAR_RE.search(line[:160]):
            stamps.append((start, True, "By"))
        elif len(line) <= STAMP_MAX_CHARS and len(line.split()) <= STAMP_MAX_WORDS and not line.endswith(".") and (
            DATE_WITH_YEAR_RE.search(line)
        ):
            rest = DATE_WITH_YEAR_RE.sub(" ", line)
            if sum(1 for word in rest.split() if word.lower() in STOP_WORDS) <= 1:
                # not "Upcoming events in Lithuania for April 4, 2024", a headline; the marks between the words
                # are the stamp's template ("Name | date", "by · date · comments")
                stamps.append((start, False, "".join(STAMP_MARKS_RE.findall(rest))[:3]))
    if len(stamps) == 2 and stamps[0][2] != stamps[1][2]:
        stamps = []  # two dates of different kinds (a caption's, a footer's), not one list's stamps
    if len(stamps) < 2:
        return feed_items_start(text) if feed_like else len(text)
    lines = []  # (offset, heading)
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            words = len(stripped.split())
            lines.append((offset, words <= HEADING_MAX_WORDS and not SENTENCE_END_RE.search(stripped)))
        offset += len(line) + 1
    index = {offset: i for i, (offset, _) in enumerate(lines)}
    first, second, opens = index[stamps[0][0]], index[stamps[1][0]], stamps[1][1]
    if not stamps[0][1] and all(heading for _, heading in lines[first + 1 : second]):
        return len(text)  # no story between the two ("Published 3 March 2024", "Updated 4 March 2024")
    cut = second
    while cut - 1 > first and lines[cut - 1][1]:
        cut -= 1  # the second story's headline (and kicker) above its stamp
    if cut == second and not opens:
        cut = first + 1  # stamps close the stories: the second starts after the first stamp
    if not any(not heading for _, heading in lines[:cut]) and not (stamps[0][1] and first < cut):
        return len(text)  # nothing of the first story before the cut
    return lines[cut][0] if cut < len(lines) else len(text)


LABEL_WORDS = 3  # "Ukraine", "• World Africa", "Kenya News": a menu item or a tag, not a sentence
# A line that lists tags, points to another page or credits the story: "Topics: ...", "RELATED: ...", "Source: ...".
TAGS_RE = re.compile(
    r"\W*(?:tags?|topics?|related(?: topics| tags| stories| articles| news)?|filed under|categor(?:y|ies)|keywords?"
    r"|sections?|more(?: on| from| news)?|(?:read|see)(?: more| also)?|also read|watch|listen"
    r"|(?:recommended|suggested)(?: for you| reading| stories| articles| videos?)?"
    r"|trending(?: now)?|popular|most read|sources?|credits?)\s*(?::|\|)"
    # a wire story's credits: "(Reporting by A in Abuja, Nigeria; Editing by B)"
    r"|\W*(?:additional )?(?:reporting|writing|editing|compiled|produced)(?: and \w+)? by\b",
    re.IGNORECASE,
)


HASHTAGS_RE = re.compile(r"#\w+(?:[\s,]+#\w+)+")
TAG_LIST_COMMAS = 4  # "ANC, US-China trade war, trade talks, China, US commerce": five tags or more
TAG_WORDS = 4


def is_a_tag_list(line: str) -> bool:
    """A list of tags with no label: many short comma-separated items, no sentence end, no little words
    ("the", "of", "and") that a sentence listing things would need."""
    if SENTENCE_END_RE.search(line):
        return False
    items = line.split(",")
    return all(
        0 < len(item.split()) <= TAG_WORDS and not any(word.lower() in STOP_WORDS for word in item.split())
        for item in items
    )


def in_a_label_line(text: str, start: int, end: int) -> bool:
    """The name stands on a line of a few words with no sentence end (a menu item, a section label, a tag),
    on a list of tags ("Topics: Ukraine Belarus border"), on a link to another story ("RELATED: ...") or on
    the story's credits ("Source: ...", "(Reporting by A in Abuja, Nigeria)"). The text's first line is its headline, and a
    line ending in a colon or a dash is a dateline ("TANZANIA :"): neither is a label."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0:
        return False
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    if TAGS_RE.match(line) or "appeared first on" in text[line_start:start]:
        return True  # a feed's footer names the site after its headline: "The post ... appeared first on Kenya Insights"
    if line.count(",") >= TAG_LIST_COMMAS and is_a_tag_list(line):
        return True
    if "#" in line and HASHTAGS_RE.fullmatch(line):
        return True  # "#Kenya #Uganda #fuelprices"
    return len(line.split()) <= LABEL_WORDS and not SENTENCE_END_RE.search(line) and not line.endswith(
        ("-", "\u2013", "\u2014")
    )
