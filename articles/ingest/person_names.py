"""Whether a name-shaped line is a person's: not a section, a button, an agency, a role, a region or an acronym.

Shared by the reading of the lines at the top of a page (parsing_lines.py and the modules that use it) and
the credits found in a story's text (credit_lines.py).
"""

import re
import unicodedata
from functools import cache
from pathlib import Path

from .byline_names import _PARTICLES
from .byline_vocabulary import is_agency, is_picture_role, is_role_line, starts_with_title

# "Placeholder Image": the empty slot a page keeps for a picture it did not load
_PICTURE_WORDS = re.compile(r"^logo\b|\blogo$|profile picture$|^image\b|\bimage$|\bplaceholder\b|^photo\b", re.IGNORECASE)

# Words that make a capitalised line a show, a section or a button, not a person.
_NOT_NAME_WORDS = frozenset("""the this that video embed morning evening show live current news today home radio
    tv online desk team staff reporter correspondent editor daily weekly times post herald more edition english
    updates share save comment comments refresh timeline subscribe login sign menu search newsletter advertisement
    related trending gallery feature print email video photos watch listen popular latest
    politics economy culture opinion explainer features weather lifestyle entertainment travel education elections
    election climate crisis markets motoring cinema society religion crime diplomacy migration
    icon linkedin twitter facebook instagram whatsapp youtube telegram tiktok hide ad ads
    stories posted updated published paid sponsored content advertorial promoted portal
    business sport sports health technology tech science world national metro regional not
    my your our their involved donate""".split()) | frozenset(
    # "read more", "read also", "see also", "we recommend" in Europe's other languages, printed in capitals over a link
    # (not the forms that are given names or surnames too: "Lea", "Leia", "Les", "Lees")
    """lesen czytaj zobacz przeczytaj přečtěte čtěte prečítajte διαβαστε διαβάστε ακομη ακόμη επισης επίσης
    прочетете прочитайте читайте läs læs leggi lire citește citeste pročitajte procitajte olvassa
    polecamy preporučujemo doporučujeme odporúčame ajánljuk""".split()) | frozenset(
    # a list of related stories' heading in Spanish, Portuguese and French: "Artículos Relacionados", "Notícias
    # relacionadas", "Articles connexes"; a tags heading: "Etiquetas"
    """relacionados relacionadas relacionado relacionada artículos artigos connexes similaires etiquetas""".split())
# ... the page's buttons: "Save Story", "Timeline Refresh", "Print Article", "LinkedIN IconTwitter Icon", "Hide Ad"; its
# sections: "Climate Crisis", "Top Stories"; a date's labels left without their values: "Posted Updated"; an
# advertisement's label: "Paid Content"; a category line: "In Business"; a teaser's headline: "Singer Not An Akan";
# a possessive's headline: "My Number, No Thanks" (no name opens with "My", "Your", "Our", "Their")
# A byline's lead, never a name's first word: "Por Infobae" credits an outlet ("Von" is left: "Von Miller").
_LEAD_WORDS = frozenset("by from por par door przez".split())
# A post's sections and categories in Spanish, Portuguese and French, which blogs print in a row under the headline
# ("Comunicação Destaque Direito Notícias"): no one's name, and no headline.
SECTION_NAMES = frozenset(
    """noticias notícias destaque destaques destacados destacadas portada últimas actualidad atualidades actualités
    nacional nacionales internacional internacionales monde política politique economía economia économie
    sociedad sociedade société deportes esportes desportos cultura sucesos polícia policía geral opinión opinião
    comunicação comunicación direito derecho justiça justicia""".split()) | frozenset(
    # a report's or a briefing's summary heading over its first section: "Resumo da Situação", "Résumé des faits"
    """resumo resumen résumé sommaire sumário sumario summary""".split())
_MAX_SECTION_ROW = 6
_NOT_IN_A_NAME = _NOT_NAME_WORDS | SECTION_NAMES
# a donation appeal's heading over the story: "Support Free & Independent Journalism", "Donate Now", "Contribute Today"
_APPEAL_WORDS = frozenset("support donate contribute".split())
# ... and an accessibility widget's label: "Accessibility Tools"
_NOT_IN_A_NAME = _NOT_IN_A_NAME | _APPEAL_WORDS | frozenset(("accessibility", "tools"))


def is_section_row(unit: str) -> bool:
    words = [word.strip(".,|•·/").casefold() for word in unit.split()]
    return 2 <= len(words) <= _MAX_SECTION_ROW and all(word in SECTION_NAMES for word in words if word)


_REGION = re.compile(r"^(?:north|south|east|west|central|middle|latin|northern|southern|eastern|western|sub-saharan)\b",
                     re.IGNORECASE)


def is_personal(name: str) -> bool:
    words = name.split()
    shouting = name.isupper()
    return not (_PICTURE_WORDS.search(name) or is_agency(name) or is_role_line(name) or starts_with_title(name)
                or any(w.lower().strip(".,") in _NOT_IN_A_NAME for w in words)
                or words[0].lower() in _LEAD_WORDS
                or is_picture_role(name)
                or (not shouting and any(_is_acronym(w, i, words) for i, w in enumerate(words)))
                or starts_with_region(name))


def starts_with_region(name: str) -> bool:
    """"Middle East", "Latin America", "Sub-Saharan Africa": a region of the world, not a person."""
    return bool(_REGION.match(name))


def _is_acronym(word: str, index: int, words: list[str]) -> bool:
    """"BBC", "NDTV"; not a surname printed in capitals after a given name in normal case ("Claire LEMAIRE")."""
    if len(word) < 3 or not word.isupper():
        return False
    surname = index > 0 and words[0].istitle() and not words[0].isupper() and len(word) >= 4 \
        and any(c in "AEIOUYÀÁÂÄÉÈÊËÍÌÎÏÓÒÔÖÚÙÛÜ" for c in word)
    return not surname


_KNOWN_NAMES = Path(__file__).with_name("known_names.txt")  # bench/build_known_names.py writes it


def fold_name_word(word: str) -> str:
    """"Groß" → "gross", "Doğan" → "dogan", "Björn" → "bjorn": a word of a name, compared without case or accents."""
    word = word.strip(".,;:()'’").casefold()
    if word.isascii():
        return word  # nothing to decompose
    decomposed = unicodedata.normalize("NFKD", word)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


# Chinese, Japanese and Korean names are written without a space between the surname and the given name ("남상현").
_WRITTEN_WITHOUT_SPACES = re.compile(r"[\u1100-\u11FF\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7A3]")


def is_name_word(word: str) -> bool:
    """A word the known-names list can judge: three letters or more, no particle ("van", "del", "bin"), in a script
    that writes a space between a given name and a surname."""
    folded = fold_name_word(word)
    return len(folded) >= 3 and all(c.isalpha() or c in "'’" for c in folded) and folded not in _PARTICLES \
        and not _WRITTEN_WITHOUT_SPACES.search(folded)


@cache
def known_name_words() -> frozenset[str]:
    """The known-names list's words, folded (:func:`fold_name_word`)."""
    lines = _KNOWN_NAMES.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def is_a_known_name(word: str) -> bool:
    """The word is a given name or a surname of the known-names list, as written ("Gillian", "Björn")."""
    return fold_name_word(word) in known_name_words()


def may_be_a_person(name: str) -> bool:
    """Whether some word of the name is a given name or a surname of the known-names list ("Keith Jackson",
    "Chimezie Godfrey"), as no label or outlet printed in a name's shape is ("Korea Bizwire", "Placeholder Image");
    a name with no word the list can judge (Chinese or Korean characters, words of one or two letters) may be one.
    A long word one letter away from a listed one counts: names are spelt many ways ("Moktar", "Mokhtar")."""
    words = [fold_name_word(word) for word in name.replace("-", " ").split() if is_name_word(word)]
    known = known_name_words()
    return not words or any(word in known or _one_letter_from_a_known(word, known) for word in words)


def every_word_a_known_name(words: list[str]) -> bool:
    """Every word a listed given name or surname, spelt as listed: a stricter test than ``may_be_a_person``, for a
    name that nothing else on the page (a "By", a role, a date) vouches for."""
    return bool(words) and all(is_name_word(word) and is_a_known_name(word) for word in words)


_SPELLING_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_MIN_SPELLING_VARIANT = 6  # shorter words are one letter away from too many names ("Image" from "Imane")


def _one_letter_from_a_known(word: str, known: frozenset[str]) -> bool:
    """A Latin-letter word of six letters or more that a letter dropped, added or changed makes a listed name."""
    if len(word) < _MIN_SPELLING_VARIANT or not word.isascii():
        return False
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return any(left + right[1:] in known for left, right in cuts if right) \
        or any(left + letter + right[1:] in known or left + letter + right in known
               for left, right in cuts for letter in _SPELLING_LETTERS)
