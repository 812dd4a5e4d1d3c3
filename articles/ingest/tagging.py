"""Find countries, people, organizations and places in an article's text.

How matching works (build once with :class:`Matcher`, then call ``tag`` per text):

1. The text is split into word tokens (``\\w+``, so any script and diacritics);
   the lower-cased words are joined with single spaces. Every alias is turned
   into the same form and padded with a space on each side, so one
   Aho-Corasick pass (pyahocorasick, in C) finds only whole-word hits: "Oman"
   never inside "Romania", "UN" never inside "UNESCO", "Niger" never inside
   "Nigeria". Punctuation between words does not matter, so possessives with
   straight or curly apostrophes ("China's", "RUSSIA’S") and "U.S." work.
   Each alias is also added without diacritics ("Erdogan", "Sao Paulo").
2. Each hit is checked against the text as written:
   * an all-capitals alias ("UN", "WHO", "US") or one listed in
     ``case_sensitive_aliases`` must appear exactly as written;
   * any other alias needs every word it capitalises capitalised in the text
     (or the text in capitals): "Turkey", "CHINA" count, "turkey", "china plates",
     "guinea pig" do not;
   * words inside a multi-word hit may be separated by spaces, hyphens,
     apostrophes, full stops or slashes, not by a comma or a line of quotes;
   * the entry's :class:`~articles.ingest.vocabulary.AliasRule` for that alias,
     if any (words that must not follow or precede it; first-name guard; a
     capital used as a location -- "in Nairobi", "Nairobi-based", a "LONDON --"
     dateline -- rather than for its government);
   * a country's name in another language ("Liban", "Sverige",
     :mod:`articles.ingest.languages`) only on a page in that language, never
     before a capitalised name ("Maurice Papon") or inside one ("Fratelli
     d'Italia");
   * for countries, two rules that hold for every name: a sea, strait, river,
     delta or basin named after a country is geography ("Niger Delta", "Gulf of
     Guinea", "South China Sea"), and "<country> Open" is a tournament
     ("French Open", "US Open").
3. Overlapping hits: the leftmost, then the longest wins ("Russian Security
   Council" over "Russian", "UN Security Council" over "UN").
   A country named only by a word the same text also uses as a common noun
   ("turkey" the bird, "chile" peppers), or by a ``one_sense`` alias that a rule
   rejected elsewhere in the text ("Atlanta, Georgia"), is dropped unless
   another of its names ("Turkish", "Chilean", "Tbilisi") is found too.
   A country also needs one mention that counts where the article speaks
   (``context.py``, ``context_capitals.py``, ``context_names.py``): not a
   capital with no sign that it stands for its government ("Toranomon,
   Tokyo", "Mexico City"; but "Beijing said"), not a
   name inside or hyphened to another name ("Pakistan Tehreek-e-Insaf",
   "Dubawa-Ghana"), not a menu item, a list of tags, a credit or a "Mumbai,
   India" place line, and not in the list of other stories a parser left
   after the article.
4. Short names ("Xi", "Putin") count only once the entity was named in full
   or by an alias earlier in the text -- or when a title stands right before
   them ("President Putin"), which is a strong enough signal on its own and
   makes later bare "Putin" mentions count too.
5. Capitalised names left over become :class:`Candidate` objects.
"""

from __future__ import annotations

import contextlib
import contextvars
import re
import threading
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import accumulate, chain
from typing import NamedTuple

import ahocorasick

from . import gazetteer
from .boilerplate import article_end
from .boilerplate_labels import in_a_label_line
from .candidates import TITLES, Candidate, find_candidates
from .context import (
    a_surname,
    a_town_of_a_state,
    after_a_given_name,
    in_a_line_of_capitals,
    in_prose,
    is_geography_or_event,
    is_name,
    language_names,
    next_word,
    not_the_country,
    used_as_language,
)
from .context_capitals import speaks_for_its_government, used_as_location
from .context_names import (
    a_beat,
    a_body_in_lower_case,
    a_company_short_name,
    a_place_tag,
    hyphened_to_a_name,
    in_a_quoted_title,
    inside_a_name,
    names_a_cause,
    names_an_organization,
    starts_another_name,
)
from .countries import country_vocabulary, demonym_forms
from .languages import (
    FOREIGN_NAMES_LANGUAGES,
    a_foreign_name_part,
    after_a_country_article,
    after_a_foreign_name,
    foreign_country_names,
    in_a_short_quoted_name,
    inside_a_foreign_name,
    is_function_word,
    page_language,
)
from .stored_vocabulary import vocabulary_from_database
from .us_states import us_state_codes
from .vocabulary import (
    AliasRule,
    VocabularyEntry,
    fold_diacritics,
    is_acronym,
    place_key,
    starter_vocabulary,
)

__all__ = [
    "AliasRule",
    "Candidate",
    "EntityMatch",
    "Matcher",
    "TaggingResult",
    "VocabularyEntry",
    "country_vocabulary",
    "get_matcher",
    "invalidate_matcher",
    "starter_vocabulary",
]

WORD_RE = re.compile(r"\w+")
_SPLIT_AT_WORDS_RE = re.compile(r"(\w+)")
# What may separate the words of one multi-word name: "U.S.", "Guinea-Bissau", "People's".
INNER_GAP_RE = re.compile(r"[\s.\-'\u2019\u2018/&]*")
KIND_ORDER = {"country": 0, "organization": 1, "person": 2, "place": 3}


def tokens(text):
    """``(words, starts, ends)``: the ``WORD_RE`` words of ``text`` and where each starts and ends.

    Splitting at the words gives gap, word, gap, word, ..., gap; the running
    sum of their lengths is every word's start and end, without a Python step
    per word (tagging a 600-word article spent a third of its time here).
    """
    parts = _SPLIT_AT_WORDS_RE.split(text)
    bounds = list(accumulate(map(len, parts)))
    return parts[1::2], bounds[0:-1:2], bounds[1::2]
# Outcomes of checking one alias hit against the text.
# WEAK passes, but counts only if the entity is also named otherwise; LOCATION is a capital used as a place.
# PERSON: a capital that is a person's surname here ("Joseph Muscat").
PASSED, MISMATCH, LOWERCASE, REJECTED, WEAK, LOCATION, PERSON = 0, 1, 2, 3, 4, 5, 6


class Mention(NamedTuple):
    start: int
    end: int
    form: str  # the alias's words in lower case
    city: bool  # a capital with no sign that it stands for its government ("Toranomon, Tokyo")
    weak: bool  # only inside another name ("Kuwait Roundabout")


@dataclass
class EntityMatch:
    key: str
    name: str
    kind: str
    iso_code: str
    country: str
    mentions: int
    first_offset: int
    matched_text: str
    # Where each counted mention stands in the text, for the rules that weigh a country's evidence.
    spans: list[Mention] = field(default_factory=list, repr=False, compare=False)


@dataclass
class TaggingResult:
    entities: list[EntityMatch] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)

    @property
    def countries(self) -> list[str]:
        """Alpha-2 codes of the countries matched directly (by name, demonym or capital)."""
        return sorted({e.iso_code for e in self.entities if e.kind == "country" and e.iso_code})


class _Option(NamedTuple):
    entry: int
    words: tuple[str, ...]  # the alias's words as written
    exact: bool
    short: bool
    caps: tuple[int, ...]  # positions of the words the alias capitalises
    rule: AliasRule | None
    loose: bool  # the alias itself contains other punctuation ("Washington, D.C.")
    country: bool
    form: str  # the alias's words in lower case: what "another of its names" means
    language: bool  # a country's alias that is also a language's name ("Portuguese")
    # A country's name in other languages ("Liban"): it counts only on a page in one of them.
    languages: frozenset[str] = frozenset()
    inflected: bool = False  # a genitive ("Sveriges"), which no surname is
    # A foreign name that is also a well-known city of another country ("Granada", Grenada in Spanish): weak.
    a_city_elsewhere: bool = False


def _key(words: Iterable[str]) -> str:
    return " " + " ".join(w.lower() for w in words) + " "


class Matcher:
    """A compiled vocabulary. Building is the expensive part; ``tag`` is cheap and thread-safe."""

    def __init__(self, entries: Iterable[VocabularyEntry]):
        self.entries: list[VocabularyEntry] = list(entries)
        by_key: dict[str, list[_Option]] = {}
        languages = language_names()
        for index, entry in enumerate(self.entries):
            rules = {rule.alias.lower(): rule for rule in entry.rules}
            exact_forms = set(entry.case_sensitive_aliases)
            names = [(n, False) for n in entry.all_names()] + [(n, True) for n in entry.short_names]
            for name, short in names:
                words = tuple(WORD_RE.findall(name))
                if not words:
                    continue
                exact = name in exact_forms or is_acronym(name)
                rule = rules.get(name.lower())
                loose = bool(re.search(r"[^\w\s.\-'\u2019/&]", name))
                for variant in dict.fromkeys((words, tuple(fold_diacritics(w) for w in words))):
                    caps = tuple(i for i, w in enumerate(variant) if w[0].isupper())
                    form = " ".join(variant).lower()
                    option = _Option(
                        index, variant, exact, short, caps, rule, loose, entry.kind == "country", form,
                        entry.kind == "country" and form in languages and form != entry.name.lower(),  # not "Nauru"
                    )
                    by_key.setdefault(_key(variant), []).append(option)

        # A country's own name, the form "Pakistan Tehreek-e-Insaf" starts another name with (not "US Navy").
        self._own_names = {
            index: " ".join(WORD_RE.findall(entry.name)).lower()
            for index, entry in enumerate(self.entries) if entry.kind == "country"
        }

        # Demonyms describe ("Senior Russian diplomat"); only a country's names can be a person's surname.
        self._demonyms = demonym_forms() if self._own_names else frozenset()

        self._automaton = self._compile(by_key)
        self.alias_count = len(by_key)
        # The countries' names in other languages are only ever read on a page in one of them: their table (every
        # language's names, from CLDR and ISO catalogues) is built on the first such page, not with the matcher.
        self._foreign: tuple[ahocorasick.Automaton, int] | None = None
        self._foreign_lock = threading.Lock()
        self._build_senses()

    def _priority(self, option: _Option):
        # A country's own names are the country's ("England" is a GB alias and a place
        # entity); otherwise an entity's own name beats another's alias.
        entry = self.entries[option.entry]
        return (
            option.short,
            entry.kind != "country",
            " ".join(option.words) != entry.name,
            KIND_ORDER.get(entry.kind, 9),
            option.entry,
        )

    def _compile(self, by_key: dict[str, list[_Option]]) -> ahocorasick.Automaton:
        automaton = ahocorasick.Automaton()
        for key, options in by_key.items():
            unique = {(o.entry, o.short, o.exact, o.words): o for o in options}
            automaton.add_word(key, (len(key), len(options[0].words), tuple(sorted(unique.values(), key=self._priority))))
        automaton.make_automaton()
        return automaton

    def _foreign_names(self) -> tuple[ahocorasick.Automaton, int]:
        """The automaton of the countries' names in other languages and how many keys it has, built once."""
        if self._foreign is None:
            with self._foreign_lock:
                if self._foreign is None:
                    by_key: dict[str, list[_Option]] = {}
                    self._add_foreign_names(by_key)
                    self._foreign = (self._compile(by_key), len(by_key))
        return self._foreign

    def _add_foreign_names(self, by_key) -> None:
        """Each country's names in the languages a page may be written in (:mod:`articles.ingest.languages`),
        unless the vocabulary already has the words for something ("Jordan", "China")."""
        index_of = self._country_index
        found: dict[tuple[str, int], tuple[tuple[str, ...], set[str], bool, bool]] = {}
        for foreign in foreign_country_names() if index_of else ():
            index = index_of.get(foreign.iso_code)
            words = tuple(WORD_RE.findall(foreign.name))
            if index is None or not words:
                continue
            # Spelt as a well-known city of another country is ("Granada"; not "França", Franca in Brazil).
            city = gazetteer.lookup(foreign.name)
            elsewhere = city is not None and city.name == foreign.name and city.country != foreign.iso_code
            for variant in dict.fromkeys((words, tuple(fold_diacritics(w) for w in words))):
                key = _key(variant)
                # "Líbano" (Spanish) folded is "Libano" (Italian): one option, both languages
                if not (self.alias_count and self._automaton.exists(key)):
                    found.setdefault((key, index), (variant, set(), foreign.inflected, elsewhere))[1].update(
                        foreign.languages
                    )
        for (key, index), (variant, languages, inflected, elsewhere) in found.items():
            caps = tuple(i for i, w in enumerate(variant) if w[0].isupper())
            by_key.setdefault(key, []).append(_Option(
                index, variant, False, False, caps, None, False, True, " ".join(variant).lower(), False,
                frozenset(languages), inflected, elsewhere,
            ))

    def _build_senses(self) -> None:
        """Countries with a name another country shares ("Congo") or a US state has ("Georgia")."""
        self._country_index = {e.iso_code: i for i, e in enumerate(self.entries) if e.kind == "country" and e.iso_code}
        self._shared_forms: dict[int, set[str]] = {}
        self._senses: dict[int, tuple[tuple[str, ...], tuple[str, str] | None]] = {}
        states = us_state_codes() if self._country_index else {}
        for index in self._country_index.values():
            entry = self.entries[index]
            shared = tuple(dict.fromkeys(code for rule in entry.rules for code in rule.shared_with))
            self._shared_forms[index] = {
                " ".join(WORD_RE.findall(rule.alias)).lower() for rule in entry.rules if rule.shared_with
            }
            state = next(((place_key(n), states[place_key(n)]) for n in entry.all_names()
                          if place_key(n) in states), None)
            if shared or state:
                self._senses[index] = (shared, state)

    # --- checks against the text as written -------------------------------------------

    @staticmethod
    def _passes(option, text, words, starts, ends, first, last) -> bool:
        return Matcher._check(option, text, words, starts, ends, first, last) == PASSED

    @staticmethod
    def _check(option, text, words, starts, ends, first, last) -> int:
        """PASSED, or why the hit does not count: MISMATCH (case or punctuation),
        LOWERCASE (a one-word name written as a common noun), REJECTED (context)."""
        if option.exact:
            if tuple(words[first : last + 1]) != option.words:
                return MISMATCH
        else:
            surface = words[first : last + 1]
            for i in option.caps:
                if not surface[i][0].isupper():
                    return LOWERCASE if first == last and surface[0].islower() else MISMATCH
        if not option.loose:
            for i in range(first, last):
                if not INNER_GAP_RE.fullmatch(text, ends[i], starts[i + 1]):
                    return MISMATCH
        n = len(words)
        if option.country and (
            is_geography_or_event(text, words, starts, ends, first, last)
            or not_the_country(text, words, starts, ends, first, last, option.exact)
            or (text[ends[last] : ends[last] + 2] == ", " and a_town_of_a_state(text, words, starts, ends, last))
            or (option.language and used_as_language(text, words, starts, ends, first, last))
        ):
            return MISMATCH
        rule = option.rule
        if rule is not None:
            outcome = Matcher._check_rule(rule, text, words, starts, ends, first, last, n)
            if outcome != PASSED:
                return outcome
        if option.languages and a_foreign_name_part(text, words, starts, ends, first, last, option.languages):
            return MISMATCH  # "Maurice Papon"
        if option.languages and (
            after_a_foreign_name(text, words, starts, ends, first)
            or in_a_short_quoted_name(text, words, starts, ends, first, last, option.languages)
        ):
            return WEAK  # "Fratelli d’Italia", "l'iniziativa “L’Italia vincente”"
        if option.country and inside_a_foreign_name(text, words, starts, ends, first, last):
            return WEAK  # "Federación Argentina de Periodistas": an English name written so too
        if option.country and inside_a_name(text, words, starts, ends, first, last):
            return WEAK
        if option.exact and words[first] == "US" and in_a_line_of_capitals(text, starts[first], ends[last]):
            return WEAK  # "LET US PRAY": the pronoun, unless the text names the country otherwise too
        if option.a_city_elsewhere and not after_a_country_article(words, first):
            return WEAK  # "en Granada, Meta": the city's name, unless the text names the country otherwise
        return PASSED

    @staticmethod
    def _check_rule(rule, text, words, starts, ends, first, last, n) -> int:
        following = next_word(text, words, starts, ends, last)
        after = following is not None or (last + 1 < n and text[ends[last] : starts[last + 1]].strip(" ,") == "")
        before = first > 0 and text[ends[first - 1] : starts[first]].strip(" ,") == ""
        if rule.not_before and after and words[following if following is not None else last + 1].lower() in rule.not_before:
            return REJECTED
        if rule.not_after and before and words[first - 1].lower() in rule.not_after and not (
            words[first - 1] == "of" and first >= 2 and words[first - 2][0].islower()
        ):
            return REJECTED  # "Bank of England", "Princess of Wales"; not "99 percent of England"
        if rule.given_name:
            if last + 1 < n and text[ends[last] : starts[last + 1]] == " " and is_name(words[last + 1]):
                return REJECTED
            if first > 0 and text[ends[first - 1] : starts[first]] == " " and is_name(words[first - 1]):
                return REJECTED
        if rule.place and after_a_given_name(text, words, starts, ends, first):
            return PERSON  # "Joseph Muscat": and a bare "Muscat" later is him too
        if rule.place and used_as_location(text, words, starts, ends, first, last):
            return LOCATION
        return PASSED

    # --- tagging --------------------------------------------------------------------------

    def tag(self, text: str, language: str = "") -> TaggingResult:
        """Entities and candidate names in ``text``; ``language`` is the page's declared one ("fr-BE"), used when
        the text's own words do not tell."""
        words, starts, ends = tokens(text)
        lowered = " ".join(words).lower().split(" ") if words else []
        normalized = " " + " ".join(lowered) + " "
        written_in = page_language(lowered, language) if self._country_index else ""
        foreign = None  # the automaton of the countries' names in the page's language and the others
        if written_in in FOREIGN_NAMES_LANGUAGES:
            foreign, foreign_count = self._foreign_names()
            if not foreign_count:
                foreign, written_in = None, ""  # no country's name in another language: no page language either
        page_languages = (written_in,) if written_in and written_in != "en" else ()

        hits = []
        other_sense: set[tuple[int, str]] = set()  # (entry, form) used in another sense in this text
        located: set[int] = set()  # countries whose capital the text names as a location
        # An automaton without words is never built and refuses iter(): no vocabulary, no matches.
        found_keys = self._automaton.iter(normalized) if self.alias_count else iter(())
        if foreign is not None:  # no key of the vocabulary's: one hit a span; hits are sorted below
            found_keys = chain(found_keys, foreign.iter(normalized))
        for end, (key_length, n_words, options) in found_keys:
            # One space stands before each word in ``normalized``: the hit's first word is the nth space's.
            first = normalized.count(" ", 0, end - key_length + 2) - 1
            last = first + n_words - 1
            for option in options:
                if option.languages and written_in not in option.languages:
                    continue
                outcome = self._check(option, text, words, starts, ends, first, last)
                if outcome == LOCATION:
                    located.add(option.entry)
                if outcome != PASSED and outcome != WEAK:
                    if option.country and (
                        (outcome == LOWERCASE and in_prose(text, starts[first], ends[last]))
                        or (outcome == REJECTED and option.rule.one_sense)
                        or outcome == PERSON
                    ):
                        other_sense.add((option.entry, option.form))
                    continue
                if option.short:  # a short name may belong to several people: keep all
                    options = tuple(
                        o for o in options if o.short and self._passes(o, text, words, starts, ends, first, last)
                    )
                    hits.append((first, last, option, options, False))
                else:
                    hits.append((first, last, option, (), outcome == WEAK))
                break

        hits.sort(key=lambda hit: (hit[0], hit[0] - hit[1], hit[2].short))
        hit_starts = {hit[0] for hit in hits}
        hit_ends = {hit[1] for hit in hits}
        country_ends = {hit[1] for hit in hits if hit[2].country}  # "Brits, Germans": a list, not "Mumbai, India"
        places = None
        found: dict[int, EntityMatch] = {}
        covered: set[int] = set()
        forms_used: dict[int, set[str]] = {}
        strong: set[int] = set()  # entries named at least once other than inside another name
        activated: dict[int, int] = {}  # entry index -> token index of its first full mention
        next_free = 0
        for first, last, option, short_options, weak in hits:
            if first < next_free:
                continue
            entry_index = option.entry
            if option.short:
                entry_index = self._resolve_short(short_options, activated, text, words, starts, ends, first)
                if entry_index is None:
                    continue
            if option.country and not weak and (
                (next_free != first and hyphened_to_a_name(text, words, starts, ends, first))
                or (
                    # any of its names but a demonym, a capital or an acronym: "Korea Electric Power" too; not
                    # "US District Judge", and "Gaza City" is Gaza
                    (option.form == self._own_names.get(option.entry) or (
                        not option.exact and option.form not in self._demonyms
                        and not (option.rule and option.rule.place) and words[last + 1 : last + 2] != ["City"]
                    ))
                    and last + 1 not in hit_starts
                    and starts_another_name(text, words, starts, ends, first, last)
                )
                or (first - 1 not in country_ends and a_place_tag(text, words, starts, ends, first, last))
                or (last + 2 not in hit_starts and names_a_cause(text, words, starts, ends, first, last))
                or (option.form in self._demonyms and a_company_short_name(text, words, starts, ends, first, last))
                or (option.form not in self._demonyms and a_beat(text, words, starts, ends, last))
                or (
                    not option.exact and option.form not in self._demonyms
                    and a_body_in_lower_case(text, words, starts, ends, first, last)
                )
                or in_a_quoted_title(text, words, starts, ends, first, last)
            ):
                # "Dubawa-Ghana", "Pakistan Tehreek-e-Insaf", a "Mumbai, India" line; not "Russia-Ukraine"
                weak = True
            surname = (
                option.country and not weak and first == last and first > 0 and not (option.rule and option.rule.place)
                and option.form not in self._demonyms and not option.inflected
                # "Le Liban"; "La France" on a French page
                and not is_function_word(words[first - 1], option.languages or page_languages)
                and first - 1 not in hit_ends and a_surname(text, words, starts, ends, first)
            )
            weak = weak or surname  # "Jimmy Wales": and the whole name is left to the candidates
            if surname:  # ... and a bare "Montenegro" after "Luís Montenegro" is him too
                other_sense.add((entry_index, option.form))
            activated.setdefault(entry_index, first)
            forms_used.setdefault(entry_index, set()).add(option.form)
            if not weak:
                strong.add(entry_index)
            next_free = last + 1
            if not surname and not (option.country and names_an_organization(text, words, starts, ends, last)):
                covered.update(range(first, last + 1))  # "Korea Customs Service" stays whole for the candidates
            match = found.get(entry_index)
            if match is None:
                entry = self.entries[entry_index]
                found[entry_index] = match = EntityMatch(
                    key=entry.key,
                    name=entry.name,
                    kind=entry.kind,
                    iso_code=entry.iso_code,
                    country=entry.country,
                    mentions=1,
                    first_offset=starts[first],
                    matched_text=text[starts[first] : ends[last]],
                )
            else:
                match.mentions += 1
            # "Mexico City", "Kuwait City": a capital too, named after its country.
            named_city = (
                option.country and option.form == self._own_names.get(option.entry)
                and words[last + 1 : last + 2] == ["City"] and text[ends[last]] == " "
            )
            city = bool(option.rule and option.rule.place) or named_city
            if city:
                if places is None:  # where the text names a city it has an entity for: "Lagos and Abuja"
                    places = {t for f, l, o, _, _ in hits if self.entries[o.entry].kind == "place" for t in (f, l)}
                city = not speaks_for_its_government(
                    text, words, starts, ends, first, last + 1 if named_city else last, places
                )
            match.spans.append(Mention(starts[first], ends[last], option.form, city, weak))

        if self._senses and any(index in self._senses for index in found):
            self._tell_senses_apart(found, forms_used, strong, located, other_sense, words)
        furniture = article_end(text) if found else len(text)
        for entry_index in list(found):
            if entry_index not in strong:
                del found[entry_index]  # only ever named inside another name ("Kuwait Roundabout")
            elif found[entry_index].kind == "country" and not any(
                not s.weak and not s.city and s.start < furniture and not in_a_label_line(text, s.start, s.end)
                for s in found[entry_index].spans
            ):
                # only a city, only in a menu or a list of tags, or only in the list of other stories after the article
                del found[entry_index]
            elif other_sense and all((entry_index, form) in other_sense for form in forms_used[entry_index]):
                del found[entry_index]  # only ever named by a word this text uses in another sense
        entities = sorted(found.values(), key=lambda m: m.first_offset)
        # Lowercasing the words one by one or joined gives the same words (no lower case holds a space).
        candidates = find_candidates(text, words, starts, ends, covered, lowered=lowered)
        return TaggingResult(entities=entities, candidates=candidates)

    def _tell_senses_apart(self, found, forms_used, strong, located, other_sense, words) -> None:
        """"Congo" is the Republic when only the Republic has other evidence; "Georgia" the US state near "Atlanta".

        Evidence for a country: another of its names found in the text, its
        capital named as a location, or a gazetteer city of it in the text.
        """
        places = _places_in(words)
        evidence = {self.entries[i].iso_code for i in strong if i in found and not self._only_shared(i, forms_used)}
        evidence |= {self.entries[i].iso_code for i in located}
        evidence |= {p.country for p in places}
        us_regions = {p.region for p in places if p.country == "US" and p.kind == "city"}
        for index in [i for i in found if i in self._senses]:
            shared, state = self._senses[index]
            if state and state[1] in us_regions:
                other_sense.add((index, state[0]))  # "Georgia" near Atlanta or Savannah
            if not shared or not self._only_shared(index, forms_used):
                continue
            own = self.entries[index].iso_code
            other = next((code for code in shared if code in evidence and code in self._country_index), None)
            if own in evidence or other is None:
                continue
            match = found.pop(index)
            target = self._country_index[other]
            entry = self.entries[target]
            if target in found:
                found[target].mentions += match.mentions
                found[target].first_offset = min(found[target].first_offset, match.first_offset)
                found[target].spans = sorted(found[target].spans + match.spans)
            else:
                found[target] = EntityMatch(
                    key=entry.key, name=entry.name, kind=entry.kind, iso_code=entry.iso_code, country="",
                    mentions=match.mentions, first_offset=match.first_offset, matched_text=match.matched_text,
                    spans=match.spans,
                )
            forms_used[target] = forms_used.get(target, set()) | forms_used.pop(index)
            if index in strong:
                strong.add(target)

    def _only_shared(self, index, forms_used) -> bool:
        shared_forms = self._shared_forms.get(index, ())
        return all(form in shared_forms for form in forms_used.get(index, ()))

    @staticmethod
    def _resolve_short(options, activated, text, words, starts, ends, first):
        """The person a bare short name refers to, or None if nobody was introduced yet."""
        introduced = [o.entry for o in options if o.entry in activated and activated[o.entry] < first]
        if introduced:
            return max(introduced, key=lambda e: activated[e])
        titled = (
            first > 0
            and words[first - 1].lower() in TITLES
            and text[ends[first - 1] : starts[first]].strip() in ("", ".")
        )
        return options[0].entry if titled and options else None


def _places_in(words) -> list[gazetteer.Place]:
    """Gazetteer places named in the text (names of one to three capitalised words)."""
    found, n = [], len(words)
    for i, word in enumerate(words):
        if not word[0].isupper():
            continue
        for size in (3, 2, 1):
            if i + size <= n and all(w[0].isupper() for w in words[i : i + size]):
                place = gazetteer.lookup(" ".join(words[i : i + size]))
                if place is not None:
                    found.append(place)
                    break
    return found


# --- the process-wide matcher ---------------------------------------------------------

VERSION_CACHE_KEY = "newsarchive:vocabulary-version"
_lock = threading.Lock()
_state: dict[str, object] = {"version": None, "matcher": None}


def _current_version() -> str:
    from django.core.cache import cache  # only here and below: the Matcher itself is used without Django

    version = cache.get(VERSION_CACHE_KEY)
    if version is None:
        cache.add(VERSION_CACHE_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(VERSION_CACHE_KEY)
    return version


# Inside ``matcher_pinned()``: the matcher read on entry, answered without a cache read per call.
_pinned = contextvars.ContextVar("pinned_matcher", default=None)


def get_matcher() -> Matcher:
    """The matcher for the database vocabulary, rebuilt only after :func:`invalidate_matcher`.

    One cache read per call (none inside :func:`matcher_pinned`); the version
    lives in the default cache so that every process (with a shared cache such
    as Redis) notices an edit.
    """
    pinned = _pinned.get()
    if pinned is not None:
        return pinned
    version = _current_version()
    matcher = _state["matcher"]
    if matcher is not None and _state["version"] == version:
        return matcher
    with _lock:
        if _state["matcher"] is None or _state["version"] != version:
            _state["matcher"] = Matcher(vocabulary_from_database())
            _state["version"] = version  # read before building: an edit during the build triggers another
        return _state["matcher"]


@contextlib.contextmanager
def matcher_pinned():
    """One vocabulary for a batch of articles: inside, :func:`get_matcher` answers the matcher it found on
    entry, instead of reading the version from the cache for each article (a round trip to Redis each).
    An edit of the vocabulary inside ends the pin."""
    token = _pinned.set(get_matcher())
    try:
        yield _pinned.get()
    finally:
        _pinned.reset(token)


def invalidate_matcher() -> None:
    """Mark the vocabulary as changed; every process rebuilds its matcher on next use."""
    from django.core.cache import cache  # see _current_version

    cache.set(VERSION_CACHE_KEY, uuid.uuid4().hex, timeout=None)
    _pinned.set(None)
