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
lines are labels rather than content: :mod:`articles.ingest.boilerplate`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import gazetteer
from .boilerplate import SENTENCE_END_RE
from .candidates import FACILITY_ENDINGS, MONTHS_AND_DAYS, ORGANIZATION_ENDINGS, STOP_WORDS, TITLES

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
    marathon metro office offices region venue district districts centre center port harbour harbor subway
    nightlife population history heritage architecture canals""".split()
)
# "The mayor of Paris", "the streets of Kyiv": a city's people and things before "of".
CITY_OF_NOUNS = CITY_NOUNS | frozenset("people citizens outskirts heart inhabitants".split())
OWNED_WORDS = 4  # "Amsterdam's red light district": the city's thing, a few words after its possessive
STREETS = frozenset({"street", "streets", "road", "roads", "avenue", "avenues"})
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
# A capitalised word after a country's name that makes the two one name.
NAME_ENDINGS = frozenset(
    """news herald times post daily tribune gazette today journal gleaner observer guardian telegraph chronicle
    monitor independent mirror express star inquirer review magazine radio television tv broadcasting
    roundabout square street road avenue bridge airport stadium park hotel tower towers mall centre center station
    gate circle town state university college school institute society club airways airlines democrats
    north south east west central reporter spectator sun mail courier insight insider now wire dispatch bulletin
    online live weekly""".split()  # "Greek Reporter", "Namibian Sun", "Myanmar Now": outlets
)
# An organization of a country's state speaks for the country ("US Department of Agriculture"); others are names.
GOVERNMENT_BODIES = frozenset(
    """department ministry army navy force forces police office service services commission court council
    authority agency bureau embassy committee board customs guard""".split()
)
# The last word of an organization's name, a state's bodies' too: "Kenya Revenue Authority", "Uganda Police".
BODY_ENDINGS = ORGANIZATION_ENDINGS | frozenset("parliament senate assembly constabulary gendarmerie".split())
# "<Society> of Switzerland": an organization's or a building's name.
NAMED_OF = frozenset(
    """society university bank church college institute association federation council academy museum
    chamber club foundation trust times voice agency radio television broadcasting corporation network
    news gallery library opera theatre""".split()  # "Times of India", "Voice of America", "News Agency of Nigeria": outlets
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
    if first >= 2 and words[first - 1] in ("from", "into") and words[first - 2].lower() in TRANSLATED:
        return True  # "translated from Polish by Ann Lee"
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
            or _organization_follows(text, words, starts, ends, last)
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


# An outlet's name that ends with the country it serves: "Daily News Egypt", "Premium Times Nigeria", "BBC News
# Ukraine". The word before must be capitalised too: "Today Kenya marks" starts a sentence.
MEDIA_WORDS = frozenset(
    """news times post daily tribune herald today radio tv television online insider weekly magazine gazette journal
    express mirror observer chronicle telegraph guardian standard monitor review digest report wire press media
    network live star sun mail courier spectator reporter""".split()
)
# A journalist's beat: "our Ireland correspondent", "the BBC's Africa editor", "Kenya bureau chief".
BEAT_WORDS = frozenset({"correspondent", "correspondents", "bureau", "editor", "editors"})
# What an outlet is called after the country it is from: "the French news agency AFP", "Swiss broadcaster SRF",
# "Kenyan daily The Standard". The outlet's country, not the story's. (Not "state": state media speaks for it.)
OUTLET_NOUNS = frozenset(
    """newspaper tabloid weekly magazine broadcaster outlet website""".split()  # one outlet: not "Spanish broadcasters"
)
OUTLET_QUALIFIERS = frozenset({"news", "public", "private", "independent", "online", "media", "national", "daily"})
# A broadcaster called after its country and its channel: "France 24", "Russia 24" (not "Ukraine 24 hours a day").
CHANNEL_NUMBER = "24"
NOT_A_CHANNEL = frozenset("hours hour hrs days years months weeks percent per people times".split())
# One word before the country is enough for these: "Radio New Zealand", "Television Malta".
BROADCAST_WORDS = frozenset({"radio", "television", "tv"})


def a_beat(text, words, starts, ends, last) -> bool:
    """"Our Ireland correspondent", "Kenya bureau chief": a journalist's beat after a country's name (after a
    demonym, "the Nigerian correspondent" may be the journalist's nationality)."""
    return last + 1 < len(words) and text[ends[last] : starts[last + 1]] == " " and words[last + 1] in BEAT_WORDS


# ... and an organisation's: "Methodist Church Nigeria", "Guaranty Trust Bank Ghana".
NAMES_BEFORE_A_COUNTRY = BODY_ENDINGS | frozenset({"church"})


def after_an_outlet_name(text, words, starts, ends, first) -> bool:
    """"Daily News Egypt", "Premium Times Nigeria", "Radio New Zealand", "Methodist Church Nigeria": the country
    closes a name made of capitalised words, the last of them a newspaper's, a broadcaster's or an
    organisation's."""
    if first < 1 or text[ends[first - 1] : starts[first]] != " ":
        return False
    if words[first - 1].lower() in BROADCAST_WORDS and words[first - 1][0].isupper():
        return True
    if first < 2 or text[ends[first - 2] : starts[first - 1]] != " ":
        return False
    media, before = words[first - 1], words[first - 2]
    return media[0].isupper() and (media.lower() in MEDIA_WORDS or media.lower() in NAMES_BEFORE_A_COUNTRY) and (
        before[0].isupper() and before.lower() not in STOP_WORDS
    )


def _names_an_outlet(text, words, starts, ends, last) -> bool:
    """"French news agency", "Swiss public broadcaster", "France 24": the country describes an outlet."""
    n = len(words)
    following = words[last + 1]
    if following == CHANNEL_NUMBER:
        return last + 2 >= n or text[ends[last + 1] : starts[last + 2]] != " " or words[last + 2] not in NOT_A_CHANNEL
    if following in OUTLET_NOUNS:
        return True
    if following in OUTLET_QUALIFIERS and last + 2 < n and text[ends[last + 1] : starts[last + 2]] == " ":
        # "Chinese daily Global Times", "Kenyan news outlet"; not "Chinese daily life"
        return words[last + 2] in OUTLET_NOUNS or (following == "daily" and words[last + 2][0].isupper()) or (
            following == "news" and words[last + 2] in ("agency", "agencies", "site", "service")
        )  # "the French news agency"; not "the Kenyan agency for wildlife"
    return False


# The last word of a place's or a cultural institution's name: "British Museum", "Dutch National Opera", "Irish
# Book Award", "Japanese Garden". (Not "Embassy", "House", "Palace": "US House of Representatives" is the state's.)
INSTITUTION_ENDINGS = (FACILITY_ENDINGS - {"embassy", "house", "palace"}) | frozenset(
    "gallery library opera orchestra ballet theatre theater academy garden gardens award awards prize".split()
)
INSTITUTION_WORDS = 4


def _an_institution_follows(text, words, starts, ends, last) -> bool:
    """Capitalised words after the country, up to a place's or an institution's last word, none of them a body
    of the country's state ("the Royal Thai Air Forces Airport" is the state's own)."""
    return _name_runs_to(text, words, starts, ends, last, INSTITUTION_ENDINGS, refused=STATE_BODIES)


def inside_a_name(text, words, starts, ends, first, last) -> bool:
    """The hit is part of another thing's name (see the module docstring): a weak mention."""
    after = last + 1 < len(words) and text[ends[last] : starts[last + 1]] == " "
    if after and _an_institution_follows(text, words, starts, ends, last):
        return True
    if after and _names_an_outlet(text, words, starts, ends, last):
        return True
    if after_an_outlet_name(text, words, starts, ends, first):
        return True
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
    return _a_body_of(text, words, starts, ends, first)


# "Armed Forces of the Philippines", "Ejército de la República Dominicana", "Police nationale de Côte d'Ivoire":
# the last word of an organization's name before "of" (in the languages of the pages the importer reads too).
BODIES_OF = NAMED_OF | frozenset(
    """ministry police army navy force forces court parliament senate assembly constabulary department gendarmerie
    ejército ejercito policía policia fuerzas fuerza armada ministerio corte tribunal congreso senado asamblea banco
    universidad armée armee ministère ministere cour assemblée sénat banque université polícia exército exercito
    ministério congresso universidade marinha""".split()
)
# Lower-case words inside such a name: "Police nationale", "Forces armées".
BODY_ADJECTIVES = frozenset(
    "national nationale nationales nacional nacionales federal fédérale federale armées armadas royale".split()
)
# A title's last word before "of": "President of India", "Chief Justice of Pakistan".
OFFICES = frozenset(
    """president prime minister chancellor premier secretary king queen prince princess emir sultan governor
    ambassador justice speaker commissioner envoy consul""".split()
)
OF_WORDS = frozenset("of de del du des do da d".split())
ARTICLES = frozenset("the la el l los las les".split())
NAME_GAPS = (" ", "'", "\u2019")


def _a_body_of(text, words, starts, ends, first) -> bool:
    """"University of Ghana", "Armed Forces of the Philippines", "Ejército de la República Dominicana": a body's
    name or a title ("the President of India"), then "of" (and an article), then the country. Not "Republic of
    Korea", "the people of Ghana"."""
    i = first - 1
    if i >= 1 and words[i].lower() in ARTICLES and text[ends[i] : starts[i + 1]] in NAME_GAPS:
        i -= 1  # "of the Philippines", "de la República", "de l'Inde"
    if i < 1 or words[i].lower() not in OF_WORDS or text[ends[i] : starts[i + 1]] not in NAME_GAPS:
        return False
    if words[i - 1][0].isupper() and words[i - 1].lower() in OFFICES and text[ends[i - 1] : starts[i]] == " ":
        return True  # "Chief Justice of Pakistan", "the President of India": a title, as "Princess of Wales" is
    for j in range(i - 1, max(i - 4, -1), -1):
        if text[ends[j] : starts[j + 1]] != " ":
            return False
        word = words[j]
        if word[0].isupper() and word.lower() in BODIES_OF:
            return True
        if not (word[0].isupper() or word in BODY_ADJECTIVES):
            return False
    return False


# After a country's own name (not a demonym: "Kenyan police" are the country's), a body in lower case: "the Uganda
# police force", "Nigeria army".
BODIES_IN_LOWER_CASE = frozenset({"police", "army", "navy", "constabulary"})
PLACE_PREPOSITIONS = LOCATIVES | frozenset("across throughout from to into within".split())


def a_body_in_lower_case(text, words, starts, ends, first, last) -> bool:
    """Not after a preposition: "In Uganda police arrested three men" names the country."""
    if first > 0 and words[first - 1].lower() in PLACE_PREPOSITIONS:
        return False
    return last + 1 < len(words) and text[ends[last] : starts[last + 1]] == " " and (
        words[last + 1] in BODIES_IN_LOWER_CASE
    )


# Words that make a country's name plus a capitalised word the country's own body ("Nigeria Police Force").
STATE_BODIES = GOVERNMENT_BODIES | frozenset(
    "parliament congress senate government cabinet treasury military consulate defence defense administration".split()
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


# Before a demonym standing alone for a person: "an Ethiopian was", "the Kenyan who".
DETERMINERS = frozenset("a an the one another fellow each every any no this that young old".split())


def a_company_short_name(text, words, starts, ends, first, last) -> bool:
    """"Ethiopian is Africa's largest carrier", "(Ethiopian)": a demonym standing alone for the company the text
    names in full ("Ethiopian Airlines"), with no noun after it and no determiner before it."""
    word = words[first]
    if first != last or not word[0].isupper() or word.endswith("s"):
        return False
    if first > 0 and words[first - 1].lower() in DETERMINERS:
        return False
    n = len(words)
    if last + 1 < n and text[ends[last] : starts[last + 1]] == " ":
        following = words[last + 1]
        if following[0].isupper() or following.lower() not in SHORT_NAME_VERBS:
            return False  # "Ethiopian Airlines" itself, "Ethiopian officials"
    return any(
        m.group(1).lower() in ORGANIZATION_ENDINGS for m in re.finditer(rf"\b{re.escape(word)} ([A-Z]\w+)", text)
    )


# What a company does after its short name: "Ethiopian is", "Ethiopian said", "Ethiopian has".
SHORT_NAME_VERBS = frozenset(
    """is was has had said says will would won can could does did flies flew operates operated plans planned
    wants announced reported posted bought sold signed added""".split()
)


CAUSE_JOINERS = frozenset({"and", "of", "for"})


def names_a_cause(text, words, starts, ends, first, last) -> bool:
    """"Zambia for Empowerment and Development", "Kenyans for Democratic Change": a country's name, "for" and two or
    more capitalised words after it make an organisation's name (the caller makes sure the words after "for" are no
    country: "left Ghana for South Africa"). Not a place: "left Kenya for New York"."""
    n = len(words)
    if last + 3 >= n or words[last + 1] != "for" or text[ends[last] : starts[last + 2]] != " for ":
        return False
    run, i = [], last + 2
    while i < n and (is_name(words[i]) or (run and words[i] in CAUSE_JOINERS)) and text[ends[i - 1] : starts[i]] == " ":
        run.append(words[i])
        i += 1
    while run and run[-1] in CAUSE_JOINERS:
        run.pop()
    if sum(1 for word in run if word[0].isupper()) < 2:
        return False
    if any(gazetteer.lookup(" ".join(run[:size])) for size in (1, 2, 3)):
        return False
    line_start = text.rfind("\n", 0, starts[first]) + 1
    line_end = text.find("\n", ends[last])
    line_words = WORD_RE.findall(text[line_start : len(text) if line_end < 0 else line_end])
    capitalised = sum(1 for word in line_words if word[0].isupper())
    return not (len(line_words) <= TITLE_CASE_MAX_WORDS and capitalised * 5 > len(line_words) * 3)  # a headline


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
        _organization_follows(text, words, starts, ends, last)
    )


# A title's word that also opens the name of a country's armed forces: "Kenya Defence Forces", "Irish Defence Forces"
# (while "Kenya Defence Minister Jo Lim" stops at the title).
_NOT_A_NAME_BUT_DEFENCE = NOT_A_NAME - {"defence", "defense"}


def _organization_follows(text, words, starts, ends, last) -> bool:
    """"Zambia Information Services Party", "Kenya Airways Group", "Philippine National Police", "Irish Defence
    Forces": capitalised words up to the last word of an organization, a body of the country's state too."""
    return _name_runs_to(text, words, starts, ends, last, BODY_ENDINGS, refused=_NOT_A_NAME_BUT_DEFENCE)


def _name_runs_to(text, words, starts, ends, last, endings, *, refused) -> bool:
    """Up to ``INSTITUTION_WORDS`` capitalised words after ``last``, one space apart, reach a word of
    ``endings`` before any of ``refused``."""
    i = last + 1
    while i < len(words) and i <= last + INSTITUTION_WORDS and words[i][0].isupper():
        word = words[i].lower()
        if word in refused:
            return False
        if word in endings:
            return True
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
    # "The Nation Thailand reported": an outlet's name at a sentence's start too
    opens = earlier == "The" and text[: starts[first - 2]].rstrip()[-1:] in ("", ".", "!", "?", "\n")
    if not (before[0].isupper() and before.lower() not in NOT_A_NAME and (
        (earlier[0].islower() and earlier.isalpha()) or opens
    )):
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
# What a government does to a deal, a force or a regime: "brokered by Washington", "Moscow-backed separatists".
GOVERNMENT_PARTICIPLES = frozenset(
    "brokered backed led sponsored imposed mediated funded financed supported allied aligned controlled installed "
    "sanctioned".split()
)


def speaks_for_its_government(text, words, starts, ends, first, last, places=frozenset()) -> bool:
    """"Beijing said", "Moscow's", "talks between", "Washington and Brussels", "Washington and the European
    Union": a capital standing for its government -- not "Toranomon, Tokyo and is", "the governor of Tunis",
    "a Dhaka Udyan mosque", "Lagos and Abuja" (``places``: tokens of the names the text uses for places that
    are no country's)."""
    n = len(words)
    if first >= 2 and words[first - 1] == "of" and words[first - 2].lower() in CITY_OF_NOUNS and (
        text[ends[first - 2] : starts[first]] == " of "
    ):
        return False  # "the mayor of Paris said", "the people of Kyiv say": the city's
    if text[ends[last] : ends[last] + 2] in ("'s", "\u2019s"):
        # "Moscow's position", "Beijing's Foreign Ministry"; not "Nairobi's Eastlands area", "Seoul's streets"
        owned = next_word(text, words, starts, ends, last)
        if owned is None:
            return True
        if is_name(words[owned]) and words[owned].lower() not in STATE_BODIES:
            return False
        # "Moscow's position"; not "Seoul's streets", "Amsterdam's red light district", "Lagos's busiest market"
        for i in range(owned, min(owned + OWNED_WORDS, n)):
            if words[i].lower() in CITY_NOUNS:
                return False
            if not words[i].islower() or i + 1 >= n or text[ends[i] : starts[i + 1]] not in (" ", "-"):
                break
        return True
    if (
        last + 1 < n and text[ends[last] : starts[last + 1]] in ("-", "\u2010", "\u2011")
        and words[last + 1] in GOVERNMENT_PARTICIPLES
    ):
        return True  # "Washington-brokered"; not "Nairobi-listed"
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
        if before == "by" and first > 1 and words[first - 2] in GOVERNMENT_PARTICIPLES:
            return True  # "a ceasefire brokered by Washington"
        if (
            before == "and" and first > 1 and text[ends[first - 2] : starts[first - 1]] == " "
            and is_name(words[first - 2]) and first - 2 not in places
        ):
            return True  # "Moscow and Kyiv"; not "Lagos and Abuja", two cities
    return False
