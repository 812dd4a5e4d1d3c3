"""A person's name as the vocabulary keeps it (the nominative), from the case form a page printed it in.

Slavic languages, Greek and Hungarian decline names: a Polish page writes "spotkanie Jarosława Kaczyńskiego",
a Croatian one "izjava Tomislava Tomaševića", a Czech one "rozhovor s Janem Schneiderem", a Russian one "песни
Ильи Кормильцева", a Greek one "του Γιώργου Κουμεντάκη", a Hungarian one "Rogán Antalnak". An editor (and the
vocabulary) wants "Jarosław Kaczyński", so a person candidate is given back its nominative.

Which case a name is in is read from its given name: a case ending taken off the given name must leave a given
name of the known-names list (``known_names.txt``, Faker's given names and surnames of every locale), and the
reading must make more of the name's words known names than the printed one does -- a surname counts too when the
page prints it in that form elsewhere ("Tusk powiedział"). So "Ivana Horvat" (a woman) stays as printed and
"Tomislava Horvata" (his genitive) becomes "Tomislav Horvat". The surname then takes the same case's ending off
("-skiego" -> "-ski", "-ića" -> "-ić", "-ова" -> "-ов"). A name whose given name the list does not know, or
knows in two nominatives ("Marka": Mark or Marko) the page does not choose between, is left as printed -- except
before a South Slavic surname in "-ića"/"-iča", which only a man's genitive has ("Zvonimira Puljića").
"""

from __future__ import annotations

import re

from .languages import GENITIVE_S
from .person_names import fold_name_word, known_name_words

# Per language, per case: the given name's endings and what each was in the nominative, then the surname's.
# A "+e" replacement also tries the stem with its fleeting "e" put back ("Jacka" -> "Jacek", "Pawła" -> "Paweł").
Rules = tuple[tuple[str, tuple[str, ...]], ...]
_POLISH: tuple[tuple[Rules, Rules], ...] = (
    # genitive / accusative, masculine: "Jarosława Kaczyńskiego", "Donalda Tuska", "Andrzeja Dudy"
    ((("ego", ("y", "")), ("a", ("", "+e"))),
     (("skiego", ("ski",)), ("ckiego", ("cki",)), ("dzkiego", ("dzki",)), ("ego", ("y",)), ("a", ("",)),
      ("y", ("a",)))),
    # dative, masculine: "Donaldowi Tuskowi"
    ((("owi", ("", "+e")), ("emu", ("y", ""))),
     (("skiemu", ("ski",)), ("ckiemu", ("cki",)), ("emu", ("y",)), ("owi", ("",)))),
    # instrumental, masculine: "z Donaldem Tuskiem", "z Jarosławem Kaczyńskim"
    ((("iem", ("", "+e")), ("em", ("", "+e")), ("m", ("",))),
     (("skim", ("ski",)), ("ckim", ("cki",)), ("ym", ("y",)), ("iem", ("",)), ("em", ("",)))),
    # genitive, feminine: "Beaty Szydło", "Marii Kowalskiej"
    ((("ii", ("ia",)), ("y", ("a",)), ("i", ("a",))),
     (("skiej", ("ska",)), ("ckiej", ("cka",)), ("dzkiej", ("dzka",)), ("ii", ("ia",)), ("y", ("a",)))),
    # instrumental, feminine: "z Anną Kowalską"
    ((("ą", ("a",)),), (("ą", ("a",)),)),
)
_CZECH_SLOVAK: tuple[tuple[Rules, Rules], ...] = (
    # genitive / accusative, masculine: "Petra Žantovského", "Jana Schneidera"
    ((("a", ("", "+e")),), (("ého", ("ý",)), ("a", ("",)), ("e", ("",)))),
    # dative: "Petrovi Žantovskému"
    ((("ovi", ("", "+e")),), (("ému", ("ý",)), ("ovi", ("",)))),
    # instrumental: "s Petrem Žantovským", "s Janem Schneiderem", (Slovak) "s Petrom"
    ((("em", ("", "+e")), ("om", ("", "+e"))), (("ým", ("ý",)), ("em", ("",)), ("om", ("",)))),
    # genitive, feminine: "Kateřiny Konečné", (Slovak) "Zuzany Čaputovej"
    ((("y", ("a",)), ("i", ("a",)), ("e", ("a",))), (("ové", ("ová",)), ("ovej", ("ová",)), ("é", ("á",)))),
)
_SOUTH_SLAVIC: tuple[tuple[Rules, Rules], ...] = (
    # genitive / accusative, masculine: "Tomislava Tomaševića", "Marka Livaje"
    ((("a", ("", "o", "e")),), (("ića", ("ić",)), ("iča", ("ič",)), ("a", ("",)), ("e", ("a",)))),
    # dative / locative: "Tomislavu Tomaševiću"
    ((("u", ("", "o", "e")),), (("iću", ("ić",)), ("u", ("",)), ("i", ("a",)))),
    # instrumental: "s Milošem Pavlovićem", "s Tomislavom"
    ((("om", ("", "o", "e")), ("em", ("", "o", "e"))), (("ićem", ("ić",)), ("om", ("",)), ("em", ("",)), ("om", ("a",)))),
    # genitive, feminine: "Ane Brnabić", "Marije Novak"
    ((("e", ("a",)),), (("e", ("a",)),)),
)
_EAST_SLAVIC: tuple[tuple[Rules, Rules], ...] = (
    # genitive / accusative, masculine: "Ильи Кормильцева", "Ивана Петрова", "Сергея Шойгу", "Володимира Зеленського"
    ((("а", ("",)), ("я", ("й", "ь")), ("и", ("я", "а")), ("ы", ("а",))),
     (("ского", ("ский",)), ("ського", ("ський",)), ("ова", ("ов",)), ("ева", ("ев",)), ("ёва", ("ёв",)),
      ("ина", ("ин",)), ("ына", ("ын",)), ("ого", ("ый", "ий", "ой")), ("его", ("ий",)), ("а", ("",)))),
    # dative: "Ивану Петрову"
    ((("у", ("",)), ("ю", ("й", "ь"))),
     (("скому", ("ский",)), ("ському", ("ський",)), ("ову", ("ов",)), ("еву", ("ев",)), ("ину", ("ин",)),
      ("у", ("",)))),
    # instrumental: "с Иваном Петровым"
    ((("ом", ("",)), ("ем", ("й", "ь"))),
     (("ским", ("ский",)), ("ським", ("ський",)), ("овым", ("ов",)), ("евым", ("ев",)), ("иным", ("ин",)),
      ("ом", ("",)))),
    # genitive / dative / instrumental, feminine: "Анны Ахматовой", "Марии Захаровой"
    ((("ии", ("ия",)), ("ы", ("а",)), ("и", ("а", "я")), ("ой", ("а",)), ("ей", ("я",))),
     (("овой", ("ова",)), ("евой", ("ева",)), ("иной", ("ина",)), ("ской", ("ская",)), ("ської", ("ська",)))),
)
_GREEK: tuple[tuple[Rules, Rules], ...] = (
    # genitive, masculine: "του Γιώργου Κουμεντάκη", "του Κυριάκου Μητσοτάκη", "του Αλέξη Τσίπρα"
    ((("ου", ("ος", "ης")), ("η", ("ης",)), ("α", ("ας",))),
     (("ου", ("ος", "ης")), ("η", ("ης",)), ("α", ("ας",)))),
    # accusative, masculine: "τον Γιώργο Παπανδρέου"
    ((("ο", ("ος",)), ("η", ("ης",)), ("α", ("ας",))), (("ο", ("ος",)), ("η", ("ης",)), ("α", ("ας",)))),
)
CASES = {"pl": _POLISH, "cs": _CZECH_SLOVAK, "sk": _CZECH_SLOVAK, "hr": _SOUTH_SLAVIC, "sl": _SOUTH_SLAVIC,
         "ru": _EAST_SLAVIC, "uk": _EAST_SLAVIC, "el": _GREEK}

# Hungarian writes the family name first and puts the case ending on the last word: "Rogán Antalnak", "Varga
# Judittól", "Novák Katalint". The endings, longest first; "-val/-vel" doubles the last consonant ("Péterrel").
HUNGARIAN_ENDINGS = tuple(sorted(
    """nak nek val vel ról ről tól től hoz hez höz nál nél ból ből ban ben ért ként ig ba be ra re on en ön
    ot et at öt t al el""".split(), key=len, reverse=True))
NAME_CASE_LANGUAGES = frozenset(CASES) | {"hu"}


# Letters that accents aside have no plain form: the list holds some names in plain letters only ("jaroslaw").
_PLAIN_LETTERS = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ß": "ss", "æ": "ae", "ı": "i"})


def _known(word: str) -> bool:
    folded = fold_name_word(word)
    names = known_name_words()
    return folded in names or folded.translate(_PLAIN_LETTERS) in names


def _with_ending(word: str, ending: str, replacements: tuple[str, ...]) -> list[str]:
    """``word`` with ``ending`` (lower case) replaced by each of ``replacements``, the word's capitals kept."""
    if len(word) <= len(ending) + 1 or not word.lower().endswith(ending):
        return []
    stem = word[: len(word) - len(ending)]
    forms = []
    for replacement in replacements:
        if replacement == "+e":
            if len(stem) >= 3 and stem[-2].lower() not in "aeiouyąęóéáíúůý":
                forms.append(stem[:-1] + "e" + stem[-1])
        else:
            forms.append(stem + replacement)
    return forms


def _first_reading(word: str, rules) -> tuple[list[str], str]:
    """The forms the first of ``rules`` whose ending ``word`` has makes of it, and that ending."""
    for ending, replacements in rules:
        forms = _with_ending(word, ending, replacements)
        if forms:
            return forms, ending
    return [], ""


# A surname's case ending this long ("-skiego", "-ića", "-ého", "-ова") is no nominative's: with it, a reading
# that makes no more words known than the printed one does ("Bogdana Wiśniewskiego", Bogdana being a woman's name
# too) is still taken.
_TELLING_ENDING = 3


def nominative(name: str, language: str, page_words: frozenset[str] = frozenset()) -> str:
    """``name`` in the nominative when its words are in a case form of ``language`` (see the module's docstring);
    ``page_words``: the page's words, folded, where a surname in its nominative may stand alone."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(word.isalpha() and word[0].isupper() and not word.isupper()
                                             for word in words):
        return name  # not a plain name, or a heading in capitals: no case to read

    def score(reading: list[str]) -> int:
        return sum(_known(word) or (word != old and fold_name_word(word) in page_words)
                   for word, old in zip(reading, words))

    if language == "hu":
        return _hungarian_nominative(words)
    best, best_score = name, score(words)
    printed_score = best_score
    for given_rules, surname_rules in CASES.get(language, ()):
        givens = [given for given in _first_reading(words[0], given_rules)[0] if _known(given)]
        if len(givens) > 1:  # "Marka": Mark or Marko; the page's own mention of one tells, else neither is taken
            givens = [given for given in givens if fold_name_word(given) in page_words][:1]
        if not givens and given_rules is _SOUTH_SLAVIC[0][0]:
            givens = _south_slavic_masculine_given(words)
        for given in givens:
            rest, telling = [], False
            for word in words[1:]:
                forms, ending = _first_reading(word, surname_rules)
                known_forms = [form for form in forms if _known(form) or fold_name_word(form) in page_words]
                rest.append((known_forms or forms or [word])[0])
                telling = telling or len(ending) >= _TELLING_ENDING
            reading = [given, *rest]
            reading_score = score(reading)
            if reading_score > best_score or (telling and reading_score == printed_score == best_score):
                best, best_score = " ".join(reading), reading_score
    return best


# A surname's ending no woman's name has (a woman's surname is not declined): "Zvonimira Puljića" is a man's
# genitive for sure, whatever the list knows of his given name.
_MASCULINE_GENITIVES = ("ića", "iča")


def _south_slavic_masculine_given(words: list[str]) -> list[str]:
    """The nominative of a South Slavic man's given name in the genitive ("-a") before a surname that only a man's
    genitive ends so ("Zvonimira Puljića", "Vinka Katalinića"): the stem, or "-ko" for a stem in "-k" (Marko,
    Vinko, Zlatko; no given name of these languages ends in "-k"). A stem in "-j" ("Hrvoja": Hrvoje, "Andreja":
    Andrej) is left to the list."""
    given = words[0]
    if len(words) != 2 or not words[1].lower().endswith(_MASCULINE_GENITIVES) or len(given) < 4 \
            or not given.endswith("a"):
        return []
    stem = given[:-1]
    if stem[-1].lower() in "aeiouj":
        return []
    return [stem + "o"] if stem[-1] == "k" else [stem]


def _hungarian_nominative(words: list[str]) -> str:
    given = words[-1]
    if not _known(given):
        for ending in HUNGARIAN_ENDINGS:
            if len(given) > len(ending) + 2 and given.endswith(ending):
                stem = given[: -len(ending)]
                for base in (stem, stem[:-1]) if len(stem) > 3 and stem[-1] == stem[-2] else (stem,):
                    if _known(base):
                        return " ".join([*words[:-1], base])
    return " ".join(words)


def _before_a_small_word(name: str) -> str:
    """"Mateusza Morawieckiego do Warszawy" -> "Mateusza Morawieckiego": these languages' names hold no particle
    ("da", "do", "de" are Portuguese's), so a word in lower case ("do", to) ends the name."""
    words = name.split()
    for index, word in enumerate(words):
        if index >= 2 and word[:1].islower():
            return " ".join(words[:index])
    return name


def in_the_nominative(candidates: list, language: str, page_words) -> list:
    """The person candidates (``Candidate``) renamed to their nominative on a page in a language that declines
    names; two that come to one name are merged (the mentions added)."""
    if language not in NAME_CASE_LANGUAGES:
        return candidates
    folded = frozenset(fold_name_word(word) for word in page_words)
    kept: dict[str, object] = {}
    for candidate in candidates:
        if candidate.suggested_kind == "person":
            candidate.name = nominative(_before_a_small_word(candidate.name), language, folded)
        same = kept.get(candidate.name.casefold())
        if same is not None and same.suggested_kind == candidate.suggested_kind:
            same.mentions += candidate.mentions
            continue
        kept.setdefault(candidate.name.casefold(), candidate)
    return list(kept.values())


# A name printed from another script is spelt by each language's own rules: "Wladimir Putin" and "Sergej Lawrow"
# (German), "Sergey Lavrov" and "Sergei Lavrov" (English), "Vladimir Poutine" aside (French changes the ending too,
# not read). Folded so that the spellings of one name meet: the German "w", "j", "sch", "tsch", "ch", the English
# "kh", "y", "ey", a doubled letter, "ks" for "x", "z" for "s".
_SPELLING_FOLDS = (("tsch", "ch"), ("sch", "sh"), ("kh", "h"), ("ch", "h"), ("w", "v"), ("j", "y"), ("ks", "x"),
                   ("z", "s"), ("ou", "u"), ("y", "i"))

# A letter written twice or more in a row, written once in the key ("Lawrow", "Lavroww").
_DOUBLED_LETTER = re.compile(r"(.)\1+", re.DOTALL)


def spelling_key(name: str) -> str:
    """The key the spellings of one name transliterated by different languages' rules share ("Wladimir Putin",
    "Vladimir Putin" -> "vladimir putin"); "" for a name of one word."""
    words = fold_name_word(name).split()
    if len(words) < 2:
        return ""
    keyed = []
    for word in words:
        for printed, common in _SPELLING_FOLDS:
            word = word.replace(printed, common)
        keyed.append(_DOUBLED_LETTER.sub(r"\1", word))
    return " ".join(keyed)


def vocabulary_spelling(name: str, spellings: dict[str, int], language: str) -> tuple[int | None, bool]:
    """The vocabulary person (``spellings``: :func:`spelling_key` -> the entry) whose name ``name`` is, spelt
    another way ("Wladimir Putin") or, on a page whose genitive adds "-s", in its genitive ("Donald Trumps"); and
    whether it was the genitive. (None, False) when none is."""
    known = spellings.get(spelling_key(name))
    if known is not None:
        return known, False
    if language in GENITIVE_S and name.endswith("s") and not name.endswith("ss"):
        known = spellings.get(spelling_key(name[:-1]))
        if known is not None:
            return known, True
    return None, False
