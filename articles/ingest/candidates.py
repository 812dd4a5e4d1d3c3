"""Names the vocabulary does not know yet, offered to editors as candidates.

A candidate is a run of 2-4 capitalised words ("Dmitry Medvedev", "Jane Smith",
"Nord Stream Company") that no vocabulary match covers. Particles ("de", "van",
"bin", "al-") may sit inside a name, and so may an initial ("Robert F. Kennedy"),
an apostrophe ("O'Sullivan", "Okang'o") and a hyphen before a short lower-case
syllable ("Lee Jong-joo", "Prayut Chan-o-cha"). Titles, stop words, months and
weekdays are trimmed from both ends ("President", "Prime Minister", "On Monday"),
so a sentence-initial "The" or "According" never starts a name; a job title
inside a run ends what came before it ("Economics Minister Johann
Schneider-Ammann"), and so does an organization's last word ("Crime Branch
Shashi Kumar Meena"). Later mentions of a person's surname alone ("Medvedev
said") count towards the full name.

Each candidate is typed by ``candidate_types``. A single word is a candidate only when it is a big city
("Lusaka") or a person's name after a title ("Minister Rudiantara").

Nothing is created here: the ingest code shows candidates to an editor.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import gazetteer
from .candidate_types import (ALL_ENDINGS, FACILITY_ENDINGS, FACILITY_OPENINGS, ORGANIZATION_ENDINGS,
                              ORGANIZATION_OPENINGS, ORGANIZATION_TYPE_ENDINGS, PLACE_OPENINGS, qualifies_a_noun,
                              retype_bodies_written_after_the, suggested_kind)
from .person_names import known_name_words
from .vocabulary import fold_diacritics

PARTICLES = frozenset(
    "de da das do dos du del della der den di la le van von ten ter bin bint ibn al el abu y zu arap".split()
)
TITLES = frozenset(
    """president presidents prime minister ministers chancellor premier secretary general deputy vice chairman
    chairwoman chair former foreign defence defense finance interior king queen prince princess crown sheikh emir
    sultan pope senator sen rep representative governor mayor ambassador spokesman spokeswoman spokesperson
    leader chief executive ceo director head gen col colonel captain capt lt admiral judge justice mp lord lady
    speaker commissioner envoy pm cm mr mrs ms dr sir dame professor prof st saint elect acting first affairs
    assistant constable inspector superintendent sergeant officer commander spokesperson attorney councillor
    councilor editor engineer member chairperson advisor adviser researcher analyst economist coach manager
    founder lawyer activist consul rev reverend hh datuk dato datin seri
    hrh igwe otumfuo
    sac acp dcp dsp asp igp ssp hon brig maj sgt cpl adm cmdr insp supt
    asisten komisaris polisi kombes akbp akp kompol brigjen irjen kapolri kapolda kapolres
    roi reine rainha konigin presidente prasident
    bakan bakani baskan baskani cumhurbaskani basbakan milletvekili sozcusu valisi muduru""".split()
)  # the last line Turkish (folded), as its titles stand before a name: "Sağlık Bakanı Fahrettin Koca"
# American and British local officers' titles: "Roane County Sheriff David Haggard", "Trooper Justin Baker"
TITLES = TITLES | frozenset("sheriff trooper coroner marshal warden".split())
# Ranks and honorifics of more than one word before a name ("Lance Corporal", "Second Lieutenant", "His Highness
# Shaikh", "His Excellency Sayyid")
TITLES = TITLES | frozenset("lieutenant corporal highness majesty excellency shaikh sayyid".split())
# Heads of state and government in the languages of Europe (folded): "le président Macron", "Bundeskanzler Scholz",
# "premier Tusk", "prezident Pavel", "koning Willem-Alexander"
TITLES = TITLES | frozenset("""presidenta presidenti presidentti ministro ministra ministre kanzler kanzlerin
    bundeskanzler bundeskanzlerin ministerprasident premierminister statsminister prezydent prezident predsjednik
    predsednik canciller chanceler chancelier cancelliere rey rei konig koning koningin kung drottning""".split())
# Officers' and professions' titles in the languages of Europe (folded), which open a sentence before a name as
# often as a head of state's: "Gradonačelnik Ivo Horvat", "Bürgermeister Hans Huber", "Starosta Jan Novák",
# "Alcalde Juan Pérez". Kept apart from TITLES: they open a name (trimmed before it, a run cut after them) but may
# end one as a surname ("Hans Richter"), and one word after them is no one's name ("Dekan Fakulteta").
ROLE_TITLES = frozenset("""gradonacelnik gradonacelnica nacelnik nacelnica zupan zupanica ministar ministrica
    premijer premijerka predsjednica predsjednik predsednica ravnatelj ravnateljica direktor direktorica
    glasnogovornik glasnogovornica sudac sutkinja sudija veleposlanik profesor profesorica dekan rektor
    biskup nadbiskup kardinal primator primatorka starosta hejtman ministr ministryne ministerka
    reditel reditelka mluvci hovorca soudce sudca burmistrz wojewoda marszalek rzecznik rzeczniczka sedzia
    dyrektor dyrektorka prezes burgermeister burgermeisterin oberburgermeister oberburgermeisterin
    ministerin gouverneur direktorin sprecher sprecherin richter richterin bischof erzbischof maire mairesse
    directeur directrice juge eveque archeveque alcalde alcaldesa gobernador gobernadora directora portavoz juez
    jueza obispo arzobispo sindaco governatore direttore direttrice portavoce giudice vescovo arcivescovo prefeito
    prefeita governador governadora diretor diretora juiz juiza bispo burgemeester woordvoerder woordvoerster
    rechter bisschop""".split())
STOP_WORDS = frozenset(
    """the a an and or but nor in on at to for of by with from as after before during according while when not no
    this that these those it its he she they we i his her their our my you your there here what which who whom why
    how if then also however meanwhile moreover image photo photos read more said says both all many some most
    other another every each such since until unlike under over into about against between among through despite
    yet so because although though where whether like just only even still already again new last next
    later earlier now then separately instead indeed thus hence
    one two three four five six seven eight nine ten""".split()
)
MONTHS_AND_DAYS = frozenset(
    """january february march april may june july august september october november december jan feb mar apr jun
    jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday today yesterday
    tomorrow""".split()
)
NOISE = TITLES | STOP_WORDS | MONTHS_AND_DAYS | PARTICLES
_OPENS_NO_NAME = NOISE | ROLE_TITLES  # trimmed from a run's start
_CUTS_A_RUN = TITLES | ROLE_TITLES  # a run cut after them: "Gradonačelnik Ivo Horvat"
# After a hyphen, a lower-case syllable of a name ("Jong-joo") -- not a word that makes a compound ("Kremlin-backed").
COMPOUND_WORDS = frozenset(
    """led run era born made like wide free based style type owned held hit rich only ready sized class level year
    old day week back up out in on off over down and for the to new long """.split()
)
# What follows an apostrophe and ends a name: English "'s", "'ll" ...; and Turkish case endings, written after an
# apostrophe on a proper name ("Gerald Anderson'un", "Hasan Turan'ın", "Türkiye'ye"); but not "'a", which ends
# Arabic names as often ("Asda'a", "Ala'a").
APOSTROPHE_ENDINGS = frozenset("s t ll re ve d m un ün ın in ı u ü e da de ta te ya ye".split())
SUFFIXES = frozenset({"jr", "sr"})
# Title words that describe a post rather than name one: "Foreign Ministry" is not a person called Ministry.
NOT_A_PERSONS_TITLE = frozenset(
    """former foreign defence defense finance interior deputy vice general first acting elect crown chief head
    executive st saint member leader speaker secretary affairs""".split()
)
# Titles that make a unique name with one word after them ("Prince Hitachi", "Sheikh Hasina", "Pope Francis").
ROYAL_TITLES = frozenset("king queen prince princess sheikh sheikha emir sultan pope".split())


@dataclass
class Candidate:
    """A name the vocabulary does not know, with how often the text uses it."""

    name: str
    mentions: int
    first_offset: int
    suggested_kind: str  # "person", "organization", "place", "facility" or "event" (see candidate_types)
    country: str = ""  # a place's country, from the gazetteer


def _is_name_word(word: str) -> bool:
    return word[0].isupper() and word.isalpha()


def _is_an_initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


def _joins(text, words, starts, ends, previous, i) -> bool:
    """Whether token ``i`` continues the name whose last token is ``previous``."""
    gap = text[ends[previous] : starts[i]]
    word = words[i]
    if gap in (" ", "-", "\u00a0"):
        return _is_name_word(word) or (gap == "-" and word.isalpha() and len(word) <= 5 and word.lower() not in COMPOUND_WORDS)
    if gap in (". ", ".\u00a0") and len(words[previous]) == 1 and words[previous].isupper():
        return _is_name_word(word)  # "Robert F. Kennedy"
    if gap == "." and _is_an_initial(words[previous]) and _is_an_initial(word):
        return _initials_open_a_name(text, words, starts, ends, previous)  # "R.K. Narayan"
    if gap in ("'", "\u2019") and word.isalpha() and word.lower() not in APOSTROPHE_ENDINGS:
        return _is_name_word(word) or len(word) <= 2  # "O'Sullivan", "Okang'o"
    return False


def _initials_open_a_name(text, words, starts, ends, first) -> bool:
    """Whether the initials written together from token ``first`` ("R.K. Narayan", "R.K Narayan") open a name:
    a name follows them (not "U.S.", "D.C." or "P.S.N.I." alone), and no capitalised word stands before them
    ("Erévan S.E. Jean Dupont": his honorific's)."""
    if first and words[first - 1][0].isupper() and text[ends[first - 1] : starts[first]] == " ":
        return False
    i = first
    while i + 1 < len(words) and text[ends[i] : starts[i + 1]] == "." and _is_an_initial(words[i + 1]):
        i += 1
    return i + 1 < len(words) and text[ends[i] : starts[i + 1]] in (". ", " ") and _is_name_word(words[i + 1]) \
        and not words[i + 1].isupper()


_OPENING_QUOTES = (" “", ' "', " ‘", " '")
_CLOSING_QUOTES = ("” ", '" ', "’ ", "' ")


def _quoted_nickname(text, words, starts, ends, previous, i) -> bool:
    """One capitalised word in quotes between two words of a name: "Reza “Arap” Oktovian", "Joaquín 'Chapo' Ruiz"."""
    return text[ends[previous] : starts[i]] in _OPENING_QUOTES and i + 1 < len(words) \
        and text[ends[i] : starts[i + 1]] in _CLOSING_QUOTES and _is_name_word(words[i]) and _is_name_word(words[i + 1])


def _runs(text, words, starts, ends, covered):
    """Yield lists of token indices: capitalised words joined by spaces or hyphens (and the joins above)."""
    run: list[int] = []
    nickname = -1  # a nickname in quotes inside the name, left out of it: "Reza “Arap” Oktovian"
    for i, word in enumerate(words):
        if not run and not word[0].isupper():
            continue  # most words: lowercase, outside a run (what the branches below do with them, sooner)
        if i in covered or (word in ("s", "S") and i and text[ends[i - 1] : starts[i]] in ("'", "\u2019")):
            if run:  # a known name or a possessive "'s" ends a run
                yield run
            run = []
        elif run and i == nickname + 1 and i not in covered and _is_name_word(word):
            run.append(i)
        elif run and _quoted_nickname(text, words, starts, ends, run[-1], i):
            nickname = i
        elif run and _joins(text, words, starts, ends, run[-1], i):
            run.append(i)
        elif _is_name_word(word):
            if run:
                yield run
            run = [i]
        elif run and word.lower() in PARTICLES and text[ends[run[-1]] : starts[i]] in (" ", "-", "\u00a0"):
            run.append(i)
        elif run:
            yield run
            run = []
    if run:
        yield run


# A minister's portfolio between her title and her name: "Minister for National Development Chee Hong Tat",
# "Minister of Transport Jeffrey Siow" (the title's "for"/"of" already ends the run before the portfolio).
_PORTFOLIOS = frozenset(
    """development environment transport transportation health education justice housing trade industry energy
    agriculture labour labor tourism culture sustainability communications information""".split()
)


def _split(run, lowered, words):
    """A run cut after a job title, an acronym or an organization's last word inside it ("Mtwara DED Tatu
    Said Issike"): the parts that may be names."""
    parts, start = [], 0
    for position, i in enumerate(run[:-1]):
        word = lowered[i]
        acronym = position >= 1 and 2 <= len(word) <= 5 and words[i].isupper() and len(run) - position > 2
        organization = word in ORGANIZATION_ENDINGS and (position >= 1 or len(run) > 4) and len(run) - position > 2
        portfolio = word in _PORTFOLIOS and position >= 1 and len(run) - position > 2
        after_a_patronymic = position >= 1 and lowered[run[position - 1]] in _PATRONYMIC_PARTICLES
        if (word in _CUTS_A_RUN and not after_a_patronymic) or acronym or organization or portfolio:
            if lowered[run[-1]] in ORGANIZATION_ENDINGS or lowered[run[-1]] in FACILITY_ENDINGS:
                break  # "Crown Prosecution Service", "Foreign Office": one organization
            parts.append(run[start : position + 1])
            start = position + 1
    parts.append(run[start:])
    return parts


def _trim(run, lowered):
    # A capitalised "Said" before another name word is a name ("researcher Said Haddadi"), not the verb.
    while run and lowered[run[0]] in _OPENS_NO_NAME and not (lowered[run[0]] == "said" and len(run) > 1):
        run = run[1:]
    while run and lowered[run[-1]] in NOISE and not _is_surname_after_name(run, lowered) \
            and not a_surname_that_is_a_title(run, lowered):
        run = run[:-1]
    return run


def a_surname_that_is_a_title(run, lowered) -> bool:
    """"Theresa May", "Erik Prince", "John Major": a month's or a title's word after one other word is a surname
    when both are names of the known-names list (its given names and surnames of every locale). Only after the
    name: before it, such a word is the title ("King Charles", "Judge Smith")."""
    if len(run) != 2 or lowered[run[0]] in NOISE:
        return False
    known = known_name_words()
    return lowered[run[0]] in known and lowered[run[1]] in known


# Title abbreviations that are also surnames: after a name they end it ("Hun Sen", "Amartya Sen"), as a title
# they would stand before it ("Sen. Marco Rubio").
_TITLE_OR_SURNAME = frozenset({"sen"})


# The particles of Arabic and Berber names ("son of", "father of"): a capitalised "Said" or a title's word after one
# is the father's name ("Qaboos bin Said", "Zayed bin Sultan"), not the verb or a title.
_PATRONYMIC_PARTICLES = frozenset({"bin", "ibn", "bint", "ben", "abu", "bou"})


def _is_surname_after_name(run, lowered) -> bool:
    if len(run) < 2:
        return False
    last, before = lowered[run[-1]], lowered[run[-2]]
    return last in _TITLE_OR_SURNAME and before not in NOISE \
        or (last == "said" or last in TITLES) and before in _PATRONYMIC_PARTICLES


def find_candidates(text, words, starts, ends, covered, *, lowered=None) -> list[Candidate]:
    """Unknown capitalised names in ``text``, given its tokens and the tokens the vocabulary covered.

    ``lowered``, when the caller has them, are the words lowercased (``str.lower``): the ASCII ones are
    taken as they are, the others folded here.
    """
    if lowered is None:
        lowered = [word.lower() for word in words]
    if not text.isascii() and not "".join(words).isascii():  # a curly quote alone folds no word
        lowered = [low if word.isascii() else _folded_lower(word) for word, low in zip(words, lowered)]
    found: dict[tuple[str, ...], Candidate] = {}
    singles: list[int] = []
    titled: set[int] = set()  # single words right after a title: "Minister Rudiantara"
    # how often a name is written after "the" ("the Awami League"), and whether once not before a noun
    after_the: dict[tuple[str, ...], tuple[int, bool]] = {}
    in_lower_case = None  # the words the text writes in lower case somewhere, read when a run is too long
    for whole in _runs(text, words, starts, ends, covered):
        previous = None
        for part in _split(whole, lowered, words):
            run = _trim(part, lowered)
            if run and len(part) > 1 and run[0] == part[1] and _is_an_initial(words[part[0]]) \
                    and text[ends[part[0]] : ends[part[0]] + 1] == "." and not words[run[0]].isupper():
                run = [part[0], *run]  # "A. Menon": an initial, not the article
            if len(run) == 1 and previous is not None and lowered[previous] in ROYAL_TITLES and part[0] == run[0]:
                run = [previous, run[0]]  # "Prince Hitachi"
            elif len(run) == 1:
                singles.append(run[0])
                if previous is not None and part[0] == run[0] and lowered[previous] not in NOT_A_PERSONS_TITLE:
                    titled.add(run[0])
            previous = part[-1] if part and lowered[part[-1]] in TITLES else None
            if len(run) <= 1:
                continue  # one word (kept above) or none: all title and stop words ("On Monday")
            half = len(run) // 2
            if len(run) % 2 == 0 and half >= 2 and [lowered[i] for i in run[:half]] == [lowered[i] for i in run[half:]]:
                run = run[:half]  # "Sani Abacha Sani Abacha": a picture's alt text run into its caption
            counted = _name_word_count(text, starts, ends, run, lowered)
            pieces = [run]
            if counted[1] > 4:
                if in_lower_case is None:
                    in_lower_case = {low for word, low in zip(words, lowered) if word.islower()}
                pieces = _names_in_a_long_run(text, starts, ends, run, lowered, in_lower_case)
                counted = None
            for run in pieces:
                if (counted or _name_word_count(text, starts, ends, run, lowered))[0] < 2:
                    continue  # particles and "Jr" do not count
                key = tuple(lowered[i] for i in run)
                if run[0] and lowered[run[0] - 1] == "the" and text[ends[run[0] - 1] : starts[run[0]]] == " ":
                    times, alone = after_the.get(key, (0, False))
                    after_the[key] = (times + 1, alone or not qualifies_a_noun(text, words, starts, ends, run[-1]))
                if key in found:
                    found[key].mentions += 1
                    continue
                end = ends[run[-1]] + (key[-1] in SUFFIXES and text[ends[run[-1]] : ends[run[-1]] + 1] == ".")
                name = " ".join(text[starts[run[0]] : end].split())
                kind, country = suggested_kind(key, name)
                found[key] = Candidate(name=name, mentions=1, first_offset=starts[run[0]], suggested_kind=kind,
                                       country=country)

    retype_bodies_written_after_the(found, after_the)
    _drop_headings_in_capitals(found, words)
    _one_name_with_and_without_a_word_before(found, words, lowered)
    # "Medvedev" after "Dmitry Medvedev": a surname alone counts for the latest person it could be.
    surnames: dict[str, list[tuple[int, Candidate]]] = {}
    for key, candidate in found.items():
        if candidate.suggested_kind == "person":
            surnames.setdefault(key[-1], []).append((candidate.first_offset, candidate))
    for i in singles:
        earlier = [(offset, c) for offset, c in surnames.get(lowered[i], ()) if offset < starts[i]]
        if earlier:
            max(earlier, key=lambda pair: pair[0])[1].mentions += 1
        elif lowered[i] not in NOISE and len(words[i]) > 2:
            ends_there = i + 1 >= len(words) or not (words[i + 1][0].isupper() and text[ends[i] : starts[i + 1]] == " ")
            if not _single_place(found, words[i], lowered[i], starts[i]) and i in titled and ends_there:
                _single_person(found, words[i], lowered[i], starts[i])
    _given_names_sharing_a_surname(text, words, starts, ends, lowered, singles, found)
    return sorted(found.values(), key=lambda c: c.first_offset)


@lru_cache(maxsize=16384)
def _folded_lower(word: str) -> str:
    """A non-ASCII word folded and lowered, remembered: a page repeats its words, and a language its small ones."""
    return fold_diacritics(word).lower()


def not_the_authors(candidates: list[Candidate], authors) -> list[Candidate]:
    """The candidates less the article's own writers: a reporter named in the story ("curated by WTOP's Jane Doe")
    is its byline, not a name it is about, and an editor accepting them would tag every story they wrote."""
    writers = {fold_diacritics(" ".join(name.split())).casefold() for name in authors}
    return [c for c in candidates if fold_diacritics(" ".join(c.name.split())).casefold() not in writers]


def _drop_headings_in_capitals(found, words) -> None:
    """"WATER MANIFESTO", "RELATED STORIES": words in capitals that the page also prints in lower case are a
    heading's, no one's name (a name in capitals, "EMMANUEL MACRON", is not written in lower case elsewhere)."""
    capitals = [key for key, candidate in found.items() if candidate.name.isupper()]
    if not capitals:
        return
    in_lower_case = {word for word in words if word.islower()}
    for key in capitals:
        long_words = [word for word in key if len(word) > 2]
        if long_words and all(word in in_lower_case for word in long_words):
            del found[key]


def _one_name_with_and_without_a_word_before(found, words, lowered) -> None:
    """"Načelnica Ana Horvat" and "Ana Horvat" on one page: a name and the same name after a word that opened its
    sentence, a title or a word the page also writes in lower case ("načelnica"), are one candidate, the mentions
    added."""
    longer = [key for key, candidate in found.items() if len(key) >= 3 and key[1:] in found
              and candidate.suggested_kind == found[key[1:]].suggested_kind == "person"]
    if not longer:
        return
    in_lower_case = {low for word, low in zip(words, lowered) if word.islower()}
    for key in longer:
        if key[0] in _CUTS_A_RUN or key[0] in in_lower_case:
            shorter, merged = found[key[1:]], found.pop(key)
            shorter.mentions += merged.mentions
            shorter.first_offset = min(shorter.first_offset, merged.first_offset)


_SHARED_SURNAME_JOINS = frozenset({"and", "y", "e", "et", "und", "&"})


def _given_names_sharing_a_surname(text, words, starts, ends, lowered, singles, found) -> None:
    """"Isaiah and Joel Henry": a lone given name joined to a person's two-word name shares its surname -- a
    person candidate "Isaiah Henry" (not a place: "Texas and Joel Henry")."""
    people = {c.first_offset: (key, c) for key, c in found.items() if c.suggested_kind == "person" and len(key) == 2}
    for i in singles:
        if i + 3 >= len(words) or lowered[i + 1] not in _SHARED_SURNAME_JOINS or starts[i + 2] not in people:
            continue
        if text[ends[i] : starts[i + 1]] != " " or text[ends[i + 1] : starts[i + 2]] != " ":
            continue
        key, person = people[starts[i + 2]]
        if lowered[i] in NOISE or not words[i].isalpha() or words[i].isupper() or gazetteer.lookup(words[i]) is not None:
            continue
        shared = (lowered[i], key[-1])
        if shared not in found:
            name = f"{words[i]} {person.name.split()[-1]}"
            found[shared] = Candidate(name=name, mentions=1, first_offset=starts[i], suggested_kind="person")


# Joining two people's names inside one run of capitalised words ("Ramiro Ostos y Elena Beatriz Quiroga").
_COORDINATING_PARTICLES = frozenset({"y"})
# The particles of the Romance languages join a body's words as often as a name's ("Instituto de Aguas y Suelos
# Nacionales"): a name taken from a long run's end does not reach back over one.
_ROMANCE_PARTICLES = frozenset("de da das do dos du del della di la le y".split())
# Where a name closing a long run starts: after a title, a body's or a place's last word or a Romance particle.
_ENDS_A_LONG_RUNS_NAME = TITLES | ALL_ENDINGS | ORGANIZATION_TYPE_ENDINGS | _ROMANCE_PARTICLES
# ... and the words it may not hold, a body's first word among them ("Polres Kota Besar Selatan").
_NOT_IN_A_LONG_RUNS_NAME = NOISE | ALL_ENDINGS | ORGANIZATION_TYPE_ENDINGS | ORGANIZATION_OPENINGS \
    | FACILITY_OPENINGS | PLACE_OPENINGS


def _names_in_a_long_run(text, starts, ends, run, lowered, in_lower_case) -> list[list[int]]:
    """A run of more than four name words, which no name has, may still hold names, in running text: two joined by
    "y" ("Ramiro Ostos y Elena Beatriz Quiroga"), or one closing it after a title, a Romance particle or a body's,
    a place's or an event's last word ("Ashby Valley Colin James Harrowgate said", "Maison de la Jeunesse Amadou
    Traoré et"), of two to four words. A name's words are never written in lower case elsewhere in the text, nor
    are they stop words: a heading's in title case are ("Senators Meet Angry Farmers;", "Farmers Fume Over Rising
    Costs")."""
    def may_be_in_a_name(word):
        return word not in in_lower_case and word not in _NOT_IN_A_LONG_RUNS_NAME \
            and fold_diacritics(word) not in _NOT_IN_A_LONG_RUNS_NAME

    if text[ends[run[-1]] : ends[run[-1]] + 1] in ("", "\n"):
        return []  # a heading's line
    for position, i in enumerate(run[1:-1], start=1):
        if lowered[i] in _COORDINATING_PARTICLES:
            parts = (run[:position], run[position + 1 :])
            if all(2 <= len(part) <= 4 and all(may_be_in_a_name(lowered[j]) for j in part) for part in parts):
                return list(parts)
            return []
    tail: list[int] = []
    for i in reversed(run):
        word = lowered[i]
        if (word in PARTICLES and word not in _ROMANCE_PARTICLES) or may_be_in_a_name(word):
            tail.insert(0, i)
        elif word in _ENDS_A_LONG_RUNS_NAME or fold_diacritics(word) in _ENDS_A_LONG_RUNS_NAME:
            while tail and lowered[tail[0]] in PARTICLES:
                tail = tail[1:]
            return [tail] if _name_word_count(text, starts, ends, tail, lowered)[1] <= 4 else []
        else:
            return []  # a heading's words ("Fume Over Rising Costs"), or a body's ("Polres Kota Besar Selatan")
    return []


def _name_word_count(text, starts, ends, run, lowered) -> tuple[int, int]:
    """The words of a name, particles and "Jr" aside, and that count with a hyphenated surname as one word (the
    longest name taken has four: "Matthew John Kwaku Adusei-Poku")."""
    count = sum(lowered[i] not in PARTICLES and lowered[i] not in SUFFIXES for i in run)
    return count, count - sum(text[ends[a] : starts[b]] == "-" for a, b in zip(run, run[1:]))


def _single_place(found, word, key, offset) -> bool:
    """A lone capitalised word that is a big city ("Lusaka") becomes a place candidate; whether it did."""
    if (key,) in found:
        found[(key,)].mentions += 1
        return True
    place = gazetteer.lookup(word)
    if place is not None and (place.kind == "region" or place.population >= gazetteer.MIN_POPULATION_ALONE):
        found[(key,)] = Candidate(name=word, mentions=1, first_offset=offset, suggested_kind="place", country=place.country)
        return True
    return False


def _single_person(found, word, key, offset) -> None:
    """One name after a title, of nobody named in full before ("Minister Rudiantara"): a person candidate."""
    if key not in ALL_ENDINGS and gazetteer.lookup(word) is None and word.isalpha() and not word.isupper():
        found[(key,)] = Candidate(name=word, mentions=1, first_offset=offset, suggested_kind="person")
