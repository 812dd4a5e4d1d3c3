"""Checking one alias hit against the text as written (steps 2 and 4 of :mod:`articles.ingest.tagging`):
an alias's case and punctuation, the rules for a country's name (geography, a language, a town of a
state, a name in another language), the entry's :class:`~articles.ingest.vocabulary.AliasRule`, and
the person a bare short name ("Putin") stands for."""

from __future__ import annotations

import re
from typing import NamedTuple

from .candidates import TITLES
from .context import (
    a_place_named_after_a_saint,
    a_town_of_a_state,
    after_a_given_name,
    in_a_line_of_capitals,
    in_a_web_address,
    is_geography_or_event,
    names_a_time_zone,
    is_name,
    next_word,
    not_the_country,
    used_as_language,
)
from .context_capitals import used_as_location
from .context_names import inside_a_name
from .languages import (
    NOUNS_CAPITALISED,
    a_foreign_name_part,
    a_plant_or_animal_of_a_country,
    after_a_country_article,
    after_a_foreign_name,
    beside_a_word_for_language,
    in_a_short_quoted_name,
    inside_a_foreign_name,
    not_after_its_noun,
    opens_a_sentence,
)
from .vocabulary import AliasRule, fold_diacritics

# What may separate the words of one multi-word name: "U.S.", "Guinea-Bissau", "People's".
INNER_GAP_RE = re.compile(r"[\s.\-'\u2019\u2018/&]*")
# Outcomes of checking one alias hit against the text.
# WEAK passes, but counts only if the entity is also named otherwise; LOCATION is a capital used as a place.
# PERSON: a capital that is a person's surname here ("Joseph Muscat").
PASSED, MISMATCH, LOWERCASE, REJECTED, WEAK, LOCATION, PERSON = 0, 1, 2, 3, 4, 5, 6


class Option(NamedTuple):
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
    lower_only: bool = False  # a national adjective ("polskiego"): capitalised inside a sentence, it is a name's


def passes(option, text, words, starts, ends, first, last) -> bool:
    return check(option, text, words, starts, ends, first, last) == PASSED


def passing_short_options(options, text, words, starts, ends, first, last) -> tuple:
    """The short options (``options.short``) that pass at this hit. A surname that many people share has an
    option each: those with no rule, no country and no language are checked once for each way of writing them
    (nothing else of theirs changes the outcome)."""
    kept, outcomes = [], {}
    for option in options:
        if not option.short:
            continue
        if option.rule is None and not option.country and not option.languages:
            shape = (option.words, option.exact, option.lower_only, option.caps, option.loose, option.a_city_elsewhere)
            ok = outcomes.get(shape)
            if ok is None:
                ok = outcomes[shape] = passes(option, text, words, starts, ends, first, last)
        else:
            ok = passes(option, text, words, starts, ends, first, last)
        if ok:
            kept.append(option)
    return tuple(kept)

def check(option, text, words, starts, ends, first, last, page_language: str = "") -> int:
    """PASSED, or why the hit does not count: MISMATCH (case or punctuation),
    LOWERCASE (a one-word name written as a common noun), REJECTED (context). ``page_language``: the page's, which
    of a foreign name's languages its rules follow ("Japans Ministerpräsident" on a German page)."""
    if option.exact:
        if tuple(words[first : last + 1]) != option.words:
            return MISMATCH
    elif option.lower_only:
        if words[first][0].isupper() and not opens_a_sentence(text, starts[first]):
            return MISMATCH  # "Polskie Radio", "Magyar Péter": a name's word
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
        or a_place_named_after_a_saint(text, words, starts, ends, first, last)
        or (text[ends[last] : ends[last] + 2] == ", " and a_town_of_a_state(text, words, starts, ends, last))
        or (option.language and (
            not_after_its_noun(text, words, starts, ends, first, option.languages) if option.languages
            else used_as_language(text, words, starts, ends, first, last)))
        or in_a_web_address(text, starts[first])
        or beside_a_word_for_language(text, words, starts, ends, first, last)
        or names_a_time_zone(text, starts[first], ends[last])
    ):
        return MISMATCH
    rule = option.rule
    if rule is not None:
        outcome = check_rule(rule, text, words, starts, ends, first, last, n)
        if outcome != PASSED:
            return outcome
    languages = option.languages & {page_language} or option.languages
    if option.languages and a_foreign_name_part(text, words, starts, ends, first, last, languages, option.inflected):
        return MISMATCH  # "Maurice Papon"
    if option.languages and a_plant_or_animal_of_a_country(text, words, starts, ends, first):
        return MISMATCH  # "des œillets d'Inde": marigolds
    if option.languages and (
        after_a_foreign_name(text, words, starts, ends, first)
        or in_a_short_quoted_name(text, words, starts, ends, first, last, option.languages)
    ):
        return WEAK  # "Fratelli d’Italia", "l'iniziativa “L’Italia vincente”"
    if option.country and inside_a_foreign_name(text, words, starts, ends, first, last):
        return WEAK  # "Federación Argentina de Periodistas": an English name written so too
    # a country's word in lower case ("jefe de Estado salvadoreño") is the language's adjective, in no one's name;
    # a German genitive after a capitalised noun ("im Süden Deutschlands") completes the noun, as every noun is so
    if option.country and not words[first][0].islower() \
            and not (option.inflected and page_language in NOUNS_CAPITALISED) \
            and inside_a_name(text, words, starts, ends, first, last):
        return WEAK
    if option.exact and words[first] == "US" and in_a_line_of_capitals(text, starts[first], ends[last]):
        return WEAK  # "LET US PRAY": the pronoun, unless the text names the country otherwise too
    if option.a_city_elsewhere and not after_a_country_article(words, first):
        return WEAK  # "en Granada, Meta": the city's name, unless the text names the country otherwise
    return PASSED

def check_rule(rule, text, words, starts, ends, first, last, n) -> int:
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


def resolve_short(options, activated, text, words, starts, ends, first, title_at=None):
    """The person a bare short name refers to, or None if nobody was introduced yet. ``title_at``: where the title
    stands when a country's adjective comes between ("el presidente francés Macron"); else right before."""
    introduced = [o.entry for o in options if o.entry in activated and activated[o.entry] < first]
    if introduced:
        return max(introduced, key=lambda e: activated[e])
    title = first - 1 if title_at is None else title_at
    titled = (
        title >= 0
        and fold_diacritics(words[title]).lower() in TITLES  # "président", "Präsident"
        and text[ends[title] : starts[title + 1]].strip() in ("", ".")
    )
    return options[0].entry if titled and options else None
