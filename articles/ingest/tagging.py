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
4. Short names ("Xi", "Putin") count only once the entity was named in full
   or by an alias earlier in the text -- or when a title stands right before
   them ("President Putin"), which is a strong enough signal on its own and
   makes later bare "Putin" mentions count too.
5. Capitalised names left over become :class:`Candidate` objects.
"""

from __future__ import annotations

import re
import threading
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import accumulate, count
from operator import add
from typing import NamedTuple

import ahocorasick

from .candidates import MONTHS_AND_DAYS, STOP_WORDS, TITLES, Candidate, find_candidates
from .countries import country_vocabulary
from .vocabulary import (
    AliasRule,
    VocabularyEntry,
    fold_diacritics,
    is_acronym,
    starter_vocabulary,
    vocabulary_from_database,
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
    "vocabulary_from_database",
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
NOT_A_NAME = TITLES | STOP_WORDS | MONTHS_AND_DAYS
# Words before a city that make it the place where something happens, not a government.
LOCATIVES = frozenset({"in", "at", "near", "outside", "around"})
BASED_RE = re.compile(r"[-‐‑]based\b", re.IGNORECASE)
# "LONDON —", "PARIS (AP) —", "GOMA, Congo (AP) —", "LONDON, April 3 (Reuters) -" at a line start.
DATELINE_TAIL_RE = re.compile(r"(?:,[^\n,—–]{1,40})?(?:\s*\([^()\n]{1,30}\))?\s*[—–-]\s")
WATER_AND_LAND = frozenset({"sea", "strait", "straits", "river", "delta", "basin"})
OF_WATER = frozenset({"gulf", "bay", "sea", "strait", "straits"})

# Outcomes of checking one alias hit against the text.
PASSED, MISMATCH, LOWERCASE, REJECTED = 0, 1, 2, 3


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


def _key(words: Iterable[str]) -> str:
    return " " + " ".join(w.lower() for w in words) + " "


class Matcher:
    """A compiled vocabulary. Building is the expensive part; ``tag`` is cheap and thread-safe."""

    def __init__(self, entries: Iterable[VocabularyEntry]):
        self.entries: list[VocabularyEntry] = list(entries)
        by_key: dict[str, list[_Option]] = {}
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
                    option = _Option(
                        index, variant, exact, short, caps, rule, loose, entry.kind == "country",
                        " ".join(variant).lower(),
                    )
                    by_key.setdefault(_key(variant), []).append(option)

        def priority(option: _Option):
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

        self._automaton = ahocorasick.Automaton()
        for key, options in by_key.items():
            unique = {(o.entry, o.short, o.exact, o.words): o for o in options}
            self._automaton.add_word(key, (len(key), len(options[0].words), tuple(sorted(unique.values(), key=priority))))
        self._automaton.make_automaton()
        self.alias_count = len(by_key)

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
        after = last + 1 < n and text[ends[last] : starts[last + 1]].strip(" ,") == ""
        before = first > 0 and text[ends[first - 1] : starts[first]].strip(" ,") == ""
        if option.country and _is_geography_or_event(text, words, starts, ends, first, last, n):
            return MISMATCH
        rule = option.rule
        if rule is None:
            return PASSED
        if rule.not_before and after and words[last + 1].lower() in rule.not_before:
            return REJECTED
        if rule.not_after and before and words[first - 1].lower() in rule.not_after:
            return REJECTED
        if rule.given_name:
            if last + 1 < n and text[ends[last] : starts[last + 1]] == " " and _is_name(words[last + 1]):
                return REJECTED
            if first > 0 and text[ends[first - 1] : starts[first]] == " " and _is_name(words[first - 1]):
                return REJECTED
        if rule.place and _used_as_location(text, words, starts, ends, first, last):
            return MISMATCH
        return PASSED

    # --- tagging --------------------------------------------------------------------------

    def tag(self, text: str) -> TaggingResult:
        words, starts, ends = tokens(text)
        lowered = " ".join(words).lower().split(" ") if words else []
        # Where each token starts in ``normalized``: one space before each.
        positions = map(add, accumulate(map(len, lowered), initial=1), count())
        token_at = dict(zip(positions, range(len(words))))
        normalized = " " + " ".join(lowered) + " "

        hits = []
        other_sense: set[tuple[int, str]] = set()  # (entry, form) used in another sense in this text
        # An automaton without words is never built and refuses iter(): no vocabulary, no matches.
        for end, (key_length, n_words, options) in self._automaton.iter(normalized) if self.alias_count else ():
            first = token_at[end - key_length + 2]
            last = first + n_words - 1
            for option in options:
                outcome = self._check(option, text, words, starts, ends, first, last)
                if outcome != PASSED:
                    if option.country and (
                        outcome == LOWERCASE or (outcome == REJECTED and option.rule.one_sense)
                    ):
                        other_sense.add((option.entry, option.form))
                    continue
                if option.short:  # a short name may belong to several people: keep all
                    options = tuple(
                        o for o in options if o.short and self._passes(o, text, words, starts, ends, first, last)
                    )
                    hits.append((first, last, option, options))
                else:
                    hits.append((first, last, option, ()))
                break

        hits.sort(key=lambda hit: (hit[0], hit[0] - hit[1], hit[2].short))
        found: dict[int, EntityMatch] = {}
        covered: set[int] = set()
        forms_used: dict[int, set[str]] = {}
        activated: dict[int, int] = {}  # entry index -> token index of its first full mention
        next_free = 0
        for first, last, option, short_options in hits:
            if first < next_free:
                continue
            entry_index = option.entry
            if option.short:
                entry_index = self._resolve_short(short_options, activated, text, words, starts, ends, first)
                if entry_index is None:
                    continue
            activated.setdefault(entry_index, first)
            forms_used.setdefault(entry_index, set()).add(option.form)
            next_free = last + 1
            covered.update(range(first, last + 1))
            match = found.get(entry_index)
            if match is None:
                entry = self.entries[entry_index]
                found[entry_index] = EntityMatch(
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

        for entry_index in list(found):
            if other_sense and all((entry_index, form) in other_sense for form in forms_used[entry_index]):
                del found[entry_index]  # only ever named by a word this text uses in another sense
        entities = sorted(found.values(), key=lambda m: m.first_offset)
        # Lowercasing ASCII words one by one or joined gives the same words; others are folded there.
        candidates = find_candidates(text, words, starts, ends, covered, lowered=lowered if text.isascii() else None)
        return TaggingResult(entities=entities, candidates=candidates)

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


def _is_name(word: str) -> bool:
    return word[0].isupper() and word.lower() not in NOT_A_NAME


def _is_geography_or_event(text, words, starts, ends, first, last, n) -> bool:
    """"Niger Delta", "South China Sea", "Gulf of Guinea": geography; "French Open": a tournament."""
    if last + 1 < n and text[ends[last] : starts[last + 1]] == " ":
        following = words[last + 1]
        if following.lower() in WATER_AND_LAND or following == "Open":
            return True
    return (
        first >= 2
        and words[first - 1].lower() == "of"
        and words[first - 2].lower() in OF_WATER
        and text[ends[first - 2] : starts[first]].lower().split() == ["of"]
    )


def _used_as_location(text, words, starts, ends, first, last) -> bool:
    """A city as the place where something happens ("in Nairobi", "Nairobi-based", a dateline)."""
    rest = text[ends[last] : ends[last] + 2]
    if rest in ("'s", "\u2019s"):  # "in Beijing's view" speaks for the government
        return False
    if BASED_RE.match(text, ends[last]):
        return True
    if first > 0 and words[first - 1].lower() in LOCATIVES and text[ends[first - 1] : starts[first]].isspace():
        return True
    line_start = text.rfind("\n", 0, starts[first]) + 1
    return (
        text[line_start : starts[first]].strip() == ""
        and text[starts[first] : ends[last]].isupper()
        and DATELINE_TAIL_RE.match(text, ends[last]) is not None
    )


# --- the process-wide matcher ---------------------------------------------------------

VERSION_CACHE_KEY = "newsarchive:vocabulary-version"
_lock = threading.Lock()
_state: dict[str, object] = {"version": None, "matcher": None}


def _current_version() -> str:
    from django.core.cache import cache

    version = cache.get(VERSION_CACHE_KEY)
    if version is None:
        cache.add(VERSION_CACHE_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(VERSION_CACHE_KEY)
    return version


def get_matcher() -> Matcher:
    """The matcher for the database vocabulary, rebuilt only after :func:`invalidate_matcher`.

    One cache read per call; the version lives in the default cache so that
    every process (with a shared cache such as Redis) notices an edit.
    """
    version = _current_version()
    matcher = _state["matcher"]
    if matcher is not None and _state["version"] == version:
        return matcher
    with _lock:
        if _state["matcher"] is None or _state["version"] != version:
            _state["matcher"] = Matcher(vocabulary_from_database())
            _state["version"] = version  # read before building: an edit during the build triggers another
        return _state["matcher"]


def invalidate_matcher() -> None:
    """Mark the vocabulary as changed; every process rebuilds its matcher on next use."""
    from django.core.cache import cache

    cache.set(VERSION_CACHE_KEY, uuid.uuid4().hex, timeout=None)
