"""A capital's two senses (listed in :mod:`articles.ingest.context`): the place where something happens
(:func:`used_as_location`: "in Nairobi", "Nairobi-based", a dateline) or its government
(:func:`speaks_for_its_government`: "Beijing said", "Moscow's", "talks between").
"""

from __future__ import annotations

import re

from .candidate_types import ORGANIZATION_ENDINGS
from .candidates import TITLES
from .context import DATELINE_TAIL_RE, LOCATIVES, PARTS_OF_A_CITY, is_name, next_word
from .context_names import STATE_BODIES, organization_follows

BASED_RE = re.compile(r"[-‐‑]based\b", re.IGNORECASE)
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
TEMPERATURE_RE = re.compile(r"\s*-?\d+(?:\.\d+)?\s*°")


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
            or organization_follows(text, words, starts, ends, last)
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


# A way's end after "toward(s)": what moves there, or a route "from A towards B".
_MOTION_WORDS = frozenset(
    """heading headed head heads driving drove drive drives moving moved move moves marching marched march
    travelling traveling travelled traveled walking walked flying flew flown fled fleeing advancing advanced
    advance advances retreating retreated sailing sailed running ran way road route""".split()
)
_ROUTE_WINDOW = 4  # "from Chongwe towards Lusaka": the start of the route a few words before


def _heading_towards(words: list[str], first: int) -> bool:
    if words[first - 1] not in ("toward", "towards"):
        return False
    if first > 1 and words[first - 2].lower() in _MOTION_WORDS:
        return True
    return "from" in words[max(0, first - 1 - _ROUTE_WINDOW) : first - 1]


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
        if before in RELATION_BEFORE and _heading_towards(words, first):
            return False  # "driving from Chongwe towards Lusaka", "marching toward Kyiv": the city as a way's end
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
