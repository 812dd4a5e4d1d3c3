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

The text's words and the answer (``tokens``, :class:`EntityMatch`, :class:`TaggingResult`) are in
``tagged_text.py``; the checks of step 2 and the short names of step 4 in ``tagging_checks.py``; the
names two countries or a country and a US state share (step 3) in ``country_senses.py``; the
process-wide matcher for the database vocabulary (``get_matcher``) in ``current_matcher.py``.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from itertools import chain

import ahocorasick

from . import gazetteer
from .boilerplate import article_end
from .boilerplate_labels import in_a_label_line
from .candidates import Candidate, find_candidates
from .chinese_names import chinese_person_candidates
from .east_asian_names import EAST_ASIAN_NAME_LANGUAGES, east_asian_person_candidates
from .context import a_surname, in_prose, language_names
from .context_capitals import speaks_for_its_government
from .context_names import (
    a_beat,
    a_body_in_lower_case,
    a_company_short_name,
    a_place_in_a_city_abroad,
    a_place_tag,
    hyphened_to_a_name,
    in_a_quoted_title,
    names_a_cause,
    names_an_organization,
    starts_another_name,
)
from .countries import country_vocabulary, demonym_forms
from .country_senses import CountrySenses
from .languages import (
    FOREIGN_NAMES_LANGUAGES,
    UNSPACED_LANGUAGES,
    a_case_form_before_another_name,
    after_a_foreign_name,
    after_an_office,
    foreign_country_names,
    is_function_word,
    page_language,
)
from .name_cases import NAME_CASE_LANGUAGES, in_the_nominative, spelling_key, vocabulary_spelling
from .script_names import (
    SCRIPT_NAME_LANGUAGES,
    UNSPACED_SCRIPT_LANGUAGES,
    devanagari_language,
    script_country_mentions,
    unspaced_script_prose,
)
from .script_people import script_person_candidates
from .tagged_text import WORD_RE, EntityMatch, Mention, TaggingResult, tokens
from .tagging_checks import (
    LOCATION,
    LOWERCASE,
    PASSED,
    PERSON,
    REJECTED,
    WEAK,
    Option,
    check,
    passing_short_options,
    resolve_short,
)
from .vocabulary import (
    AliasRule,
    VocabularyEntry,
    fold_diacritics,
    is_acronym,
    starter_vocabulary,
)

__all__ = [
    "AliasRule",
    "Candidate",
    "Matcher",
    "VocabularyEntry",
    "country_vocabulary",
    "starter_vocabulary",
]

# Languages that join a name to a country with "de"/"do"/"di": "Flor de Cuba" is a name there, as "Coupe de France".
ROMANCE_LANGUAGES = frozenset({"es", "pt", "fr", "it", "ro"})
KIND_ORDER = {"country": 0, "organization": 1, "person": 2, "place": 3}


# Chinese prose: a clause's commas or a sentence's end on the line, and more characters than a menu's item or a tag
# has. (The rules for a label line count words, and Chinese writes a clause as one.)
_UNSPACED_PROSE_MARKS = frozenset("。，、！？,!?")
UNSPACED_PROSE_MIN_CHARS = 15


# The words that make a Chinese country's name the start of an organisation's ("中國國民黨" the Kuomintang, "美國之音"
# the Voice of America, "中國時報", "日本航空", "台灣大學"), as "Bank", "Times" or "Airlines" do in English.
CHINESE_NAME_ENDINGS = tuple("""國民黨 国民党 共產黨 共产党 民眾黨 民众党 之音 時報 时报 日報 日报 晚報 晚报 新聞 新闻 通訊社 通讯社 電視 电视
    電台 电台 廣播 广播 銀行 银行 航空 大學 大学 學院 学院 協會 协会 公司 集團 集团 基金會 基金会 研究院 商會 商会 石油 鐵路 铁路 郵政 邮政
    隊 队 國家隊 国家队 代表隊 代表队""".split())


def unspaced_prose(text: str, start: int) -> bool:
    """The line of ``text`` at ``start`` is a Chinese sentence, not a menu, a tag or a section label."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return len(line.strip()) >= UNSPACED_PROSE_MIN_CHARS and any(mark in line for mark in _UNSPACED_PROSE_MARKS)


class SpacesBefore:
    """``text.count(" ", 0, position)``, each answer counted on from the last one: the automaton's hits come in the
    order of their ends, so a long text is counted through about once, not once a hit."""

    def __init__(self, text: str):
        self.text, self.position, self.spaces = text, 0, 0

    def __call__(self, position: int) -> int:
        if position >= self.position:
            self.spaces += self.text.count(" ", self.position, position)
        else:
            self.spaces -= self.text.count(" ", position, self.position)
        self.position = position
        return self.spaces


def _key(words: Iterable[str]) -> str:
    return " " + " ".join(w.lower() for w in words) + " "


class Matcher(CountrySenses):
    """A compiled vocabulary. Building is the expensive part; ``tag`` is cheap and thread-safe."""

    def __init__(self, entries: Iterable[VocabularyEntry]):
        self.entries: list[VocabularyEntry] = list(entries)
        by_key: dict[str, list[Option]] = {}
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
                    option = Option(
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
        self._unspaced: ahocorasick.Automaton | None = None  # ... and in Chinese, written without spaces
        self._foreign_lock = threading.Lock()
        self._person_spellings: dict[str, int] | None = None
        self._build_senses()

    def _priority(self, option: Option):
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

    def _compile(self, by_key: dict[str, list[Option]]) -> ahocorasick.Automaton:
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
                    by_key: dict[str, list[Option]] = {}
                    self._add_foreign_names(by_key)
                    self._foreign = (self._compile(by_key), len(by_key))
        return self._foreign

    def _unspaced_names(self) -> ahocorasick.Automaton | None:
        """The countries' names in Chinese (:data:`UNSPACED_LANGUAGES`), found as they are written: inside a run of
        characters, as Chinese writes no space between words ("美國總統", "中国外交部"). None when there are none."""
        if self._unspaced is None:
            with self._foreign_lock:
                if self._unspaced is None:
                    automaton = ahocorasick.Automaton()
                    for foreign in foreign_country_names() if self._country_index else ():
                        index = self._country_index.get(foreign.iso_code)
                        if index is not None and foreign.languages & UNSPACED_LANGUAGES and " " not in foreign.name:
                            automaton.add_word(foreign.name, (len(foreign.name), index, foreign.name))
                    if len(automaton):
                        automaton.make_automaton()
                    self._unspaced = automaton
        return self._unspaced if len(self._unspaced) else None

    def _add_unspaced_names(self, text, found, strong, forms_used) -> None:
        """Each country named in ``text`` (Chinese) by one of :meth:`_unspaced_names`, the longest name first where
        two overlap ("中非共和國", not "中非" in it)."""
        automaton = self._unspaced_names()
        if automaton is None:
            return
        hits = sorted(((end + 1 - length, end + 1, index, name) for end, (length, index, name) in automaton.iter(text)),
                      key=lambda hit: (hit[0], -hit[1]))
        taken_until = 0
        for start, end, index, name in hits:
            if start < taken_until:
                continue
            taken_until = end
            if text.startswith(CHINESE_NAME_ENDINGS, end):
                continue  # "中國國民黨": an organisation's name
            self._add_country_mention(found, strong, forms_used, index, start, end, name)

    def _add_country_mention(self, found, strong, forms_used, index, start, end, name) -> None:
        """A country named at ``start``-``end`` by ``name``, found outside the word matcher (unless that found it)."""
        match = found.get(index)
        if match is not None and any(span.start == start for span in match.spans):
            return  # a run of its own ("香港、緬甸"): the matcher found it already
        if match is None:
            found[index] = match = EntityMatch.of(self.entries[index], mentions=0, first_offset=start,
                                                  matched_text=name)
        match.mentions += 1
        match.spans.append(Mention(start, end, name, False, False))
        forms_used.setdefault(index, set()).add(name)
        strong.add(index)

    def _add_script_names(self, text, language, found, strong, forms_used) -> None:
        """Each country named in ``text`` in a script the word matcher cannot read (:mod:`.script_names`)."""
        if language == "hi":  # Marathi's and Nepali's names and endings on a page of theirs that declares none
            language = devanagari_language(text)
        for start, end, name, code in script_country_mentions(text, language):
            index = self._country_index.get(code)
            if index is not None:
                self._add_country_mention(found, strong, forms_used, index, start, end, name)

    def _add_foreign_names(self, by_key) -> None:
        """Each country's names in the languages a page may be written in (:mod:`articles.ingest.languages`),
        unless the vocabulary already has the words for something ("Jordan", "China")."""
        index_of = self._country_index
        found: dict[tuple, tuple[tuple[str, ...], set[str], bool, bool, bool, bool]] = {}
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
                # "Líbano" (Spanish) folded is "Libano" (Italian): one option, both languages; but Dutch
                # "Russische" (a capitalised adjective) and German "russische" (in lower case only) are two
                if not (self.alias_count and self._automaton.exists(key)):
                    found.setdefault(
                        (key, index, variant, foreign.lower_only, foreign.language_named),
                        (variant, set(), foreign.inflected, elsewhere, foreign.lower_only, foreign.language_named),
                    )[1].update(foreign.languages)
        for (key, index, *_), (variant, languages, inflected, elsewhere, lower_only, language) in found.items():
            caps = tuple(i for i, w in enumerate(variant) if w[0].isupper())
            exact = is_acronym(" ".join(variant))  # "ABD", "EUA", "AS": an abbreviation only as written
            by_key.setdefault(key, []).append(Option(
                index, variant, exact, False, caps, None, False, True, " ".join(variant).lower(), language,
                frozenset(languages), inflected, elsewhere, lower_only,
            ))

    def _spellings(self) -> dict[str, int]:
        """:func:`~articles.ingest.name_cases.spelling_key` -> the person's entry, for every person's name of two
        words or more the vocabulary has (none that two people's names share), built on first use."""
        if self._person_spellings is None:
            entries: dict[str, set[int]] = {}
            for index, entry in enumerate(self.entries):
                if entry.kind == "person":
                    for name in entry.all_names():
                        key = spelling_key(name)
                        if key:
                            entries.setdefault(key, set()).add(index)
            self._person_spellings = {key: next(iter(found)) for key, found in entries.items() if len(found) == 1}
        return self._person_spellings

    def _known_people_spelt_otherwise(self, candidates, found, language) -> list:
        """A candidate that is a vocabulary person's name spelt by another language's rules ("Wladimir Putin") tags
        that person, and stays a candidate as printed (a spelling the editor may add); one in its genitive
        ("Donald Trumps") tags the person and is no candidate."""
        kept = []
        for candidate in candidates:
            index, genitive = vocabulary_spelling(candidate.name, self._spellings(), language)
            if index is None:
                kept.append(candidate)
                continue
            if index not in found:
                found[index] = EntityMatch.of(self.entries[index], mentions=candidate.mentions,
                                              first_offset=candidate.first_offset, matched_text=candidate.name)
            if not genitive and candidate.name != self.entries[index].name:
                kept.append(candidate)
        return kept

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
        romance_page = written_in in ROMANCE_LANGUAGES

        hits = []
        other_sense: set[tuple[int, str]] = set()  # (entry, form) used in another sense in this text
        located: set[int] = set()  # countries whose capital the text names as a location
        # An automaton without words is never built and refuses iter(): no vocabulary, no matches.
        found_keys = self._automaton.iter(normalized) if self.alias_count else iter(())
        if foreign is not None:  # no key of the vocabulary's: one hit a span; hits are sorted below
            found_keys = chain(found_keys, foreign.iter(normalized))
        spaces_before = SpacesBefore(normalized)
        for end, (key_length, n_words, options) in found_keys:
            # One space stands before each word in ``normalized``: the hit's first word is the nth space's.
            first = spaces_before(end - key_length + 2) - 1
            last = first + n_words - 1
            for option in options:
                if option.languages and written_in not in option.languages:
                    continue
                outcome = check(option, text, words, starts, ends, first, last, written_in)
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
                if option.short:  # a short name may belong to several people: all are read if the hit is kept
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
        covered_by: dict[int, list[range]] = {}  # the tokens each entry covered, freed again if it is dropped
        forms_used: dict[int, set[str]] = {}
        strong: set[int] = set()  # entries named at least once other than inside another name
        activated: dict[int, int] = {}  # entry index -> token index of its first full mention
        country_before, country_before_entry = -2, -1  # the last country named by an adjective in lower case
        next_free = 0
        for first, last, option, short_options, weak in hits:
            if first < next_free:
                continue
            entry_index = option.entry
            if option.short:
                short_options = passing_short_options(short_options, text, words, starts, ends, first, last)
                entry_index = resolve_short(short_options, activated, text, words, starts, ends, first,
                                            first - 2 if first - 1 == country_before else None)
                if entry_index is None:
                    continue
            # a country's word in lower case is another language's adjective or demonym ("salvadoreño", "belge")
            in_lower_case = words[first][0].islower()
            # a national adjective in lower case ("deutsche Zeitung", "hrvatskog sunca") modifies a noun by design:
            # the rules for a country's name standing in another name or a tag line are not for it
            if option.country and not weak and not option.lower_only and (
                (next_free != first and hyphened_to_a_name(text, words, starts, ends, first))
                or (
                    # any of its names but a demonym, a capital or an acronym: "Korea Electric Power" too; not
                    # "US District Judge", and "Gaza City" is Gaza
                    (option.form == self._own_names.get(option.entry) or (
                        not option.exact and option.form not in self._demonyms
                        and not (option.rule and option.rule.place) and words[last + 1 : last + 2] != ["City"]
                    ))
                    and last + 1 not in hit_starts
                    and not in_lower_case  # "le Premier ministre belge Charles Michel": an adjective, then a name
                    and starts_another_name(text, words, starts, ends, first, last)
                    # "Presiden Korea Selatan Lim Sun-ho": the office's country, then its holder
                    and not after_an_office(text, words, starts, ends, first, option.languages or page_languages)
                    and not a_case_form_before_another_name(  # "Japans Ministerpräsident", "premierem Kanady Justinem"
                        text, words, starts, ends, first, option.languages & {written_in}, option.inflected)
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
                or (romance_page and not option.languages and after_a_foreign_name(text, words, starts, ends, first))
                or (option.form not in self._demonyms  # "Palestinians in Jerusalem" are people
                    and a_place_in_a_city_abroad(
                        text, words, starts, ends, first, last, self.entries[option.entry].iso_code))
            ):
                # "Dubawa-Ghana", "Pakistan Tehreek-e-Insaf", a "Mumbai, India" line; not "Russia-Ukraine"
                weak = True
            if (option.country and option.languages and option.inflected and not in_lower_case
                    and first - 1 == country_before and entry_index != country_before_entry):
                # "bosanskih Srba": a people living in another country, named by that one's adjective -- no mention
                # of its own country, and no one's name either
                covered.update(range(first, last + 1))
                next_free = last + 1
                continue
            surname = (
                option.country and not weak and first == last and first > 0 and not (option.rule and option.rule.place)
                and option.form not in self._demonyms and not option.inflected
                and not in_lower_case  # "chef de l'Etat burkinabè": an adjective, no one's surname
                # "Le Liban"; "La France" on a French page
                and not is_function_word(words[first - 1], option.languages or page_languages)
                and first - 1 not in hit_ends and a_surname(text, words, starts, ends, first)
            )
            weak = weak or surname  # "Jimmy Wales": and the whole name is left to the candidates
            if surname:  # ... and a bare "Montenegro" after "Luís Montenegro" is him too
                other_sense.add((entry_index, option.form))
            activated.setdefault(entry_index, first)
            if option.country and in_lower_case:
                # "el presidente francés Macron": the title, its country, then the holder
                country_before, country_before_entry = last, entry_index
            forms_used.setdefault(entry_index, set()).add(option.form)
            if not weak:
                strong.add(entry_index)
            next_free = last + 1
            if not surname and not (option.country and names_an_organization(text, words, starts, ends, last)):
                covered.update(range(first, last + 1))  # "Korea Customs Service" stays whole for the candidates
                covered_by.setdefault(entry_index, []).append(range(first, last + 1))
            match = found.get(entry_index)
            if match is None:
                found[entry_index] = match = EntityMatch.of(self.entries[entry_index], mentions=1,
                                                            first_offset=starts[first],
                                                            matched_text=text[starts[first] : ends[last]])
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

        if written_in in UNSPACED_LANGUAGES:
            self._add_unspaced_names(text, found, strong, forms_used)
        elif written_in in SCRIPT_NAME_LANGUAGES and self._country_index:
            self._add_script_names(text, written_in, found, strong, forms_used)
        if self._senses and any(index in self._senses for index in found):
            self._tell_senses_apart(found, forms_used, strong, located, other_sense, text, words)
        furniture = article_end(text) if found else len(text)
        for entry_index in list(found):
            if entry_index not in strong:
                del found[entry_index]  # only ever named inside another name ("Kuwait Roundabout")
            elif found[entry_index].kind == "country" and not any(
                not s.weak and not s.city and s.start < furniture
                and (unspaced_prose(text, s.start) if written_in in UNSPACED_LANGUAGES
                     else unspaced_script_prose(text, s.start) if written_in in UNSPACED_SCRIPT_LANGUAGES
                     else not in_a_label_line(text, s.start, s.end))
                for s in found[entry_index].spans
            ):
                # only a city, only in a menu or a list of tags, or only in the list of other stories after the article
                del found[entry_index]
            elif other_sense and all((entry_index, form) in other_sense for form in forms_used[entry_index]):
                del found[entry_index]  # only ever named by a word this text uses in another sense
            if entry_index not in found and self.entries[entry_index].kind == "country":
                for span in covered_by.get(entry_index, ()):
                    covered.difference_update(span)  # "Luís Montenegro": a dropped country's words are a name's again
        entities = sorted(found.values(), key=lambda m: m.first_offset)
        # Lowercasing the words one by one or joined gives the same words (no lower case holds a space).
        candidates = find_candidates(text, words, starts, ends, covered, lowered=lowered)
        if written_in in NAME_CASE_LANGUAGES:  # "Jarosława Kaczyńskiego" is offered as "Jarosław Kaczyński"
            candidates = in_the_nominative(candidates, written_in, lowered)
        if candidates and self._spellings():  # "Wladimir Putin", "Donald Trumps": the vocabulary's person
            candidates = self._known_people_spelt_otherwise(candidates, found, written_in)
            entities = sorted(found.values(), key=lambda m: m.first_offset)
        if written_in == "zh":  # no capitals mark a name: a surname and a cue do
            candidates += chinese_person_candidates(
                text, {c.name for c in candidates} | {e.name for e in entities})
        elif written_in in EAST_ASIAN_NAME_LANGUAGES:  # nor on a Korean or a Japanese page: a name's shape and a title
            candidates += east_asian_person_candidates(
                text, written_in, {c.name for c in candidates} | {e.name for e in entities})
        else:  # other scripts without capitals: a title beside a name marks it
            candidates += script_person_candidates(text, {c.name for c in candidates} | {e.name for e in entities})
        return TaggingResult(entities=entities, candidates=candidates)
