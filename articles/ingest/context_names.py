"""A country named only as part of another thing's name (:func:`inside_a_name` and its kin, listed in
:mod:`articles.ingest.context`): an outlet, a place or building, an organization or a body of the country's own
state, a title, a state of the past, a stance, a quoted title, a cause; such a mention is weak.
"""

from __future__ import annotations

import re

from . import gazetteer
from .boilerplate import SENTENCE_END_RE
from .candidate_types import FACILITY_ENDINGS, ORGANIZATION_ENDINGS
from .candidates import STOP_WORDS
from .context import COUNTRY_QUALIFIERS, DATELINE_TAIL_RE, LOCATIVES, NOT_A_NAME, WORD_RE, is_name
from .person_names import is_a_known_name

STREETS = frozenset({"street", "streets", "road", "roads", "avenue", "avenues"})
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
BODY_ENDINGS = ORGANIZATION_ENDINGS | frozenset(
    # "Nigerian Stock Exchange", "Indian Premier League", "Kenya Red Cross"
    "parliament senate assembly constabulary gendarmerie exchange league cross crescent".split()
)
# Words of a title that also go on inside a body's name: "Defence Minister" / "Defence Forces", "Premier Li" /
# "Premier League". The walk to the name's last word goes through them.
TITLE_WORDS_IN_NAMES = frozenset({"defence", "defense", "foreign", "interior", "finance", "affairs", "premier"})
_NOT_IN_A_BODYS_NAME = NOT_A_NAME - TITLE_WORDS_IN_NAMES
# "<Society> of Switzerland": an organization's or a building's name.
NAMED_OF = frozenset(
    """society university bank church college institute association federation council academy museum
    chamber club foundation trust times voice agency radio television broadcasting corporation network
    news gallery library opera theatre""".split()  # "Times of India", "Voice of America", "News Agency of Nigeria": outlets
)
# "Nazi Germany", "Imperial Japan": a state of the past.
OF_THE_PAST = frozenset({"nazi", "imperial", "tsarist", "weimar", "ottoman", "mandatory", "colonial"})
STANCE_RE = re.compile(r"(?:pro|anti)[-‐‑]$", re.IGNORECASE)


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


# Small words inside a name that its initials leave out: "Ordem dos Advogados do Brasil (OAB)".
INITIALS_SKIP = frozenset("of the and for de del la el do da dos das des du di y e et und der für van von".split())
NAME_WORDS_AROUND = 6  # words of a name on either side of the country, walked to find its initials
_INITIALS_RE = re.compile(r" ?\(([A-Z][A-Za-z&]{1,9})\)")


def before_its_initials(text, words, starts, ends, first, last) -> bool:
    """"Fire and Emergency New Zealand (FENZ)", "Ordem dos Advogados do Brasil (OAB)": the country is a word inside a
    name whose initials follow it in brackets, an organisation's. A name that opens with the country ("Indian Penal
    Code (IPC)", "Kenya Revenue Authority (KRA)") is left to the other rules: the country's own bodies speak for it."""
    n = len(words)

    def name_word(index: int) -> bool:
        return words[index][0].isupper() or words[index].lower() in INITIALS_SKIP

    j = last
    while j + 1 < n and j < last + NAME_WORDS_AROUND and text[ends[j] : starts[j + 1]] == " " and name_word(j + 1):
        j += 1
    found = _INITIALS_RE.match(text, ends[j])
    if not found:
        return False
    initials = "".join(letter for letter in found.group(1) if letter.isupper())
    i = first
    while i > 0 and i > first - NAME_WORDS_AROUND and text[ends[i - 1] : starts[i]] == " " and name_word(i - 1):
        i -= 1
    for opening in range(i, first):  # the name opens before the country: not the country's own initials
        if words[opening][0].isupper() and "".join(
            word[0] for word in words[opening : j + 1] if word[0].isupper()
        ) == initials:
            return True
    return False


def inside_a_name(text, words, starts, ends, first, last) -> bool:
    """The hit is part of another thing's name (see the module docstring): a weak mention."""
    after = last + 1 < len(words) and text[ends[last] : starts[last + 1]] == " "
    if before_its_initials(text, words, starts, ends, first, last):
        return True
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
    if after and organization_follows(text, words, starts, ends, last):
        return True
    if _named_mid_sentence(text, words, starts, ends, first, last):
        return True
    if a_surname_closing_a_run_of_names(text, words, starts, ends, first, last):
        return True
    if _after_a_bodys_name(text, words, starts, ends, first):
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
) | frozenset(  # the head of a society's, an order's, a party's name in Spanish, Portuguese and French: "Ordem dos
    # Advogados do Brasil", "Federación Nacional de Cafeteros de Colombia", "Conseil de l'Ordre des médecins du Québec"
    """ordem orden ordre associação asociación association federação federación fédération confederação
    confederación confédération conselho consejo conseil instituto institut fundação fundación fondation sociedade
    sociedad société academia académie câmara cámara chambre comissão comisión sindicato syndicat partido parti
    igreja iglesia église museu museo musée biblioteca bibliothèque""".split()
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
    for j in range(i - 1, max(i - 6, -1), -1):
        if text[ends[j] : starts[j + 1]] not in NAME_GAPS:
            return False
        word = words[j]
        if word[0].isupper() and word.lower() in BODIES_OF:
            return True
        # the name's own "of" words go on in lower case: "Ordem dos Advogados do", "Banque de France"
        if not (word[0].isupper() or word in BODY_ADJECTIVES or word in OF_WORDS or word in ARTICLES
                or word in _OF_CONTRACTIONS):
            return False
    return False


_OF_CONTRACTIONS = frozenset("dos das del des".split())  # "of the" in one word: "Ordem dos Advogados"


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
    Police Force") or an event of the country's ("Fiji Day"), the word is a title or a date ("Kenya President Ruto",
    "Kenya Monday") and no organisation's last word closes the run it opens ("Hong Kong First Youth Association"
    is a name), or the line is a headline in title case ("China Warns Japan"; a line ending in a full stop is a
    sentence, however many capitals it has: "Foreign Minister Israel Katz said.")."""
    n = len(words)
    if last + 1 >= n or text[ends[last] : starts[last + 1]] != " " or not words[last + 1][0].isupper():
        return False
    if not is_name(words[last + 1]):
        # a title's or a small word ("First") makes a name only up to an organisation's last word
        return _name_runs_to(text, words, starts, ends, last, BODY_ENDINGS, refused=STATE_BODIES)
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
        organization_follows(text, words, starts, ends, last)
    )


def organization_follows(text, words, starts, ends, last) -> bool:
    """"Zambia Information Services Party", "Kenya Airways Group", "Philippine National Police": capitalised words
    up to the last word of an organization, a body of the country's state too."""
    return _name_runs_to(text, words, starts, ends, last, BODY_ENDINGS, refused=_NOT_IN_A_BODYS_NAME)


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


# The last word of a body's name that its country's name closes: "Local Government New Zealand".
_BODY_BEFORE_ITS_COUNTRY = BODY_ENDINGS | frozenset({"government"})


def _after_a_bodys_name(text, words, starts, ends, first) -> bool:
    """"the membership of Local Government New Zealand": in running text, capitalised words up to a body's last
    word, then the country, make one name (the councils' association, not the country)."""
    body = first - 1
    if body < 1 or text[ends[body] : starts[first]] != " " or not words[body][:1].isupper() \
            or words[body].lower() not in _BODY_BEFORE_ITS_COUNTRY:
        return False
    before = body - 1
    while before >= 0 and body - before <= INSTITUTION_WORDS and text[ends[before] : starts[before + 1]] == " " \
            and words[before][:1].isupper() and words[before].lower() not in NOT_A_NAME:
        before -= 1
    return 0 <= before < body - 1 and words[before].islower() and text[ends[before] : starts[before + 1]] == " "


def _named_mid_sentence(text, words, starts, ends, first, last=None) -> bool:
    """"and Reform UK are", "defeating Nazi Germany": a capitalised word that is not a title, between a
    lower-case word and the country, makes one name with it (a Title Case headline has no lower-case word)."""
    if first < 2 or text[ends[first - 1] : starts[first]] != " " or text[ends[first - 2] : starts[first - 1]] != " ":
        return False
    before, earlier = words[first - 1], words[first - 2]
    # "The Nation Thailand reported": an outlet's name at a sentence's start too
    opens = earlier in _SENTENCE_ARTICLES and text[: starts[first - 2]].rstrip()[-1:] in ("", ".", "!", "?", "\n")
    if not (before[0].isupper() and before.lower() not in NOT_A_NAME and (
        (earlier[0].islower() and earlier.isalpha()) or opens
    )):
        return False
    if before.lower() in COUNTRY_QUALIFIERS and before.lower() not in OF_THE_PAST:
        return False  # "lashed North India", "in Mainland China": the country, qualified
    # ... and ends it: in "the Royal Thai Air Force" the name goes on, and is judged by what it names.
    last = first if last is None else last  # "a Fire and Emergency New Zealand spokesperson": the name's last word
    return last + 1 >= len(words) or text[ends[last] : starts[last + 1]] != " " or not words[last + 1][0].isupper()


# "A Police Scotland spokesman said": an article opening the sentence, then the body's name ending in the country.
_SENTENCE_ARTICLES = frozenset({"The", "A", "An"})


RUN_OF_NAMES_MAX = 4  # capitalised words before the country: "Senior Magistrate Jane Kenya"


def a_surname_closing_a_run_of_names(text, words, starts, ends, first, last) -> bool:
    """"appeared before Senior Magistrate Jane Kenya in court", "said Detective Sergeant Paul England": in a
    sentence, two to four capitalised words between a lower-case word and the country, the last of them a given name
    or a surname of the known-names list, make a person's name whose surname the country's name is. ``a_surname``
    sees "Jane Kenya" only after a known title or a lower-case word; here the run may open with any title ("Senior
    Magistrate"). The country must end the run, and the word before it may be no title or qualifier ("the Prime
    Minister Kenya", "lashed Greater North India"); a headline in title case has lower-case words too and is left
    alone. (Any run of names before the country, "Local Government New Zealand", lost a right country on the
    development pages: a body's name is left to the rules that know bodies.)"""
    if last + 1 < len(words) and text[ends[last] : starts[last + 1]] == " " and words[last + 1][0].isupper():
        return False  # the name goes on: judged by what it names ("the Royal Thai Air Force")
    before = first - 1
    if before < 2 or text[ends[before] : starts[first]] != " ":
        return False
    word = words[before]
    if not (word[0].isupper() and word.lower() not in NOT_A_NAME and word.lower() not in COUNTRY_QUALIFIERS):
        return False
    opening = before  # the run's first word
    while opening > 0 and before - opening < RUN_OF_NAMES_MAX - 1 and text[ends[opening - 1] : starts[opening]] == " " \
            and words[opening - 1][0].isupper():
        opening -= 1
    lower = opening - 1
    if opening == before or lower < 0 or text[ends[lower] : starts[opening]] != " ":
        return False
    if not (words[lower][0].islower() and words[lower].isalpha()) or not is_a_known_name(word):
        return False
    line_start = text.rfind("\n", 0, starts[first]) + 1
    line_end = text.find("\n", ends[last])
    line = text[line_start : len(text) if line_end < 0 else line_end].rstrip()
    line_words = WORD_RE.findall(line)
    capitalised = sum(1 for word in line_words if word[0].isupper())
    return line.endswith(".") or not (len(line_words) <= TITLE_CASE_MAX_WORDS and capitalised * 5 > len(line_words) * 3)


# "In" in the languages of the pages the importer reads: "Grønland i Oslo", "Kenya in Paris", "Brasil en Madrid".
IN_A_PLACE = frozenset("in i en em à a w we v ve u na im".split())
# ... and "at", "on" as a place's (not a topic's: "talks on Ukraine in Geneva") before the country's name: "på
# Grønland", "at Little Kenya", "no Brasil".
AT_A_PLACE = IN_A_PLACE | frozenset("på at no nos nas auf op".split())


def a_place_in_a_city_abroad(text, words, starts, ends, first, last, iso_code) -> bool:
    """"et område på Grønland i Oslo", "a bakery at Little Kenya in Paris": "at", the country's name, "in" and a city
    of another country name a district or a place of that city. Without the place's "at" before it the country is
    one that acts there ("talks hosted by Saudi Arabia and the United States in Jeddah")."""
    before = first - 1
    if first == last and before >= 1 and words[before][0].isupper() and words[before].lower() not in NOT_A_NAME:
        before -= 1  # "at Little Kenya"
    if before < 0 or words[before] not in AT_A_PLACE or text[ends[before] : starts[before + 1]] != " ":
        return False
    n = len(words)
    if last + 2 >= n or words[last + 1] not in IN_A_PLACE:
        return False
    if text[ends[last] : starts[last + 2]] != f" {words[last + 1]} ":
        return False
    for size in (1, 2, 3):
        end = last + 1 + size
        if end >= n or not words[end][0].isupper():
            return False
        if end > last + 2 and text[ends[end - 1] : starts[end]] != " ":
            return False
        place = gazetteer.lookup(" ".join(words[last + 2 : end + 1]))
        if place is not None and place.kind == "city" and place.country != iso_code:
            return True
    return False
