"""The language an article is written in, and the countries' names in that language.

Editors paste articles from outlets all over the world. A country named in the
article's own language ("le Liban", "Sverige", "Κίνα") is the country, but only
on a page in that language: a foreign name that is an English word must never
fire on an English page. So:

* :func:`page_language` -- the language of a text, from its commonest small
  words ("und", "och", "się"), or its script (Greek; :func:`script_language`
  for Chinese, Japanese, Korean, Hebrew, Arabic, Persian); the declared
  language (``<html lang>``) when neither tells. Chinese names are found inside
  runs of characters, as Chinese writes no spaces (``tagging.py``). The scripts
  a word-by-word reading cannot take (the Indic ones, Thai, Georgian ...), and
  Arabic, Persian, Urdu, Kazakh and Japanese, are told and their countries'
  names read by :mod:`.script_names`, not here.
* :func:`foreign_country_names` -- every country's name in each language it
  knows, from CLDR (Babel, the everyday names: "Russie", "Corée du Sud") and
  ISO 3166 (pycountry's iso-codes catalogues, the formal ones: "Federação
  Russa"), with the genitive in "-s" of the languages that form it so
  ("Sveriges", "Deutschlands").

* :func:`foreign_country_words` -- the demonyms of Spanish, Portuguese and French
  ("venezolanos", "burkinabè"), which no maintained source lists, and the short
  forms their press prints ("Centrafrique"): a hand-written table
  (``data/foreign_country_words.json``), the demonyms inflected by each word's ending.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

from .country_name_sources import EVERYDAY_WORDS, country_names_in
from .script_names import script_page_language
from .vocabulary import DATA_DIR

# Each language's commonest short words: enough in a text tell its language, and before a country's name
# they are no given name ("Le Liban", "Der Libanon"). Words several languages share count for each.
FUNCTION_WORDS = {
    language: frozenset(words.split())
    for language, words in {
        "en": "the and of to is was that with for said has have were are this from by it his her which",
        "fr": "le la les des est une dans pour qui avec sur pas du au aux été cette ses sont mais ont elle il en",
        "de": "der die und das nicht ist mit sich den dem auf ein eine auch wird wurde von zu im sie es für",
        "nl": "het een van niet zijn voor met werd ook dat maar naar wordt bij heeft door op te hij de",
        "es": "el los las del que por una con para como pero más fue según sus se lo al su entre en la y es",
        "pt": "os das dos não uma com para mais foi pelo pela também ao às está são que do da em o de um no na se",
        "it": "il la gli della che per non una sono alla dei delle nel anche è stato degli ha ai sul",
        "sv": "och att det som är för inte med av till på har en den jag från också efter var om",
        # (and the words each writes its own way, which tell a short Danish page from a Norwegian one)
        "da": "og at det som er for ikke med af til på har en den jeg fra også efter var om blev mod siger havde nogle",
        "nb": "og at det som er for ikke med av til på har en den jeg fra også etter var om ble mot sier hadde noen",
        "pl": "się nie jest że na w z do to jak przez oraz który która było został po są ich jego",
        "cs": "se je že na v s to jsou byl který která také podle jeho by po pro ve jako jen když není jsem bylo byla "
              "ještě proto",
        "sk": "sa je že na v s to sú bol ktorý ktorá aj podľa jeho by po pre vo ako",
        "hu": "a az és hogy nem egy is volt van meg már csak után még de mint ez",
        "ro": "și în de la cu pe că nu este fost care din pentru mai sau un o ale",
        "tr": "ve bir bu da de için ile olarak çok daha gibi değil olan en ama kadar sonra",
        "fi": "ja on ei että oli se hän myös kun mutta ovat tai joka kanssa ole",
        "id": "yang dan di dengan untuk dari ini itu tidak akan dalam pada juga ke oleh",
        "el": "και το η ο της του την τον στο στην με για από που να οι τα των",
        "ru": "и в не что на с по это как из за о от к для",
        "uk": "і в не що на з та це як до за у від для",
        "bg": "и в на не да се от че за с по е са като",
        # Croatian, with Bosnian, Serbian in Latin script and Montenegrin, which share these words
        "hr": "je i u na da se za od su što koji koja koje kao ali ili iz bio bila nije će ih te",
        "sl": "je in v na se da za so pa ki tudi ne z iz po kot bi bil bila ali",
        "sq": "të në dhe për një që nga është ishte edhe por kjo ky janë duke më pas",
        "vi": "của và là có không được trong cho với các những một người này đã để khi về như từ",
    }.items()
}
_LANGUAGES_OF = {}
for _language, _words in FUNCTION_WORDS.items():
    for _word in _words:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _language)

WORD_RE = re.compile(r"\w+")
# Words of the text read to tell its language: the headline and first paragraphs are enough.
WORDS_READ = 250
# ... and how many of its small words a language needs among them, at the least.
MIN_WORDS = 5
# ... and, where two languages tie on them, how far the one whose words are more its own must lead (in words).
OWN_WORDS_LEAD = 1.0
# Languages told by their script, which have no small words in common with the ones above: Chinese, Japanese,
# Korean, Hebrew, Arabic, Persian. Each script's letters (code point ranges) and the language a page mostly in it is.
SCRIPT_LANGUAGES = (
    ("ko", ((0xAC00, 0xD7A3), (0x1100, 0x11FF))),
    ("ja", ((0x3040, 0x30FF),)),  # kana: Japanese, even among Chinese characters
    ("zh", ((0x4E00, 0x9FFF), (0x3400, 0x4DBF))),
    ("he", ((0x05D0, 0x05EA),)),
    ("fa", ((0x067E, 0x067E), (0x0686, 0x0686), (0x0698, 0x0698), (0x06AF, 0x06AF), (0x06CC, 0x06CC))),  # پ چ ژ گ ی
    ("ar", ((0x0621, 0x064A),)),
)
# ... the share of a page's letters (of those read) a script needs, and of its Arabic letters Persian's own need.
SCRIPT_SHARE = 0.5
PERSIAN_SHARE = 0.05
# Of those, the ones whose country names are read: Chinese, and Korean and Hebrew without the names that are everyday
# words too (``country_name_sources.EVERYDAY_WORDS``). Not Arabic or Persian: several countries' names there are everyday words
# (مالي "financial", قطر "diameter"), and a script without capitals gives no sign of which is meant. Not Japanese
# either, whose press names its own country in most stories ("日本代表", "日本人") and some of its regions as others'
# ("中国地方"); no page of the set tells how well it would do.
SCRIPT_NAMES_LANGUAGES = frozenset({"zh", "ko", "he"})
# Languages that write no space between words: a country's name is found inside a run of characters.
UNSPACED_LANGUAGES = frozenset({"zh"})
# The languages whose names for the countries are read (:func:`foreign_country_names`): all but English.
FOREIGN_NAMES_LANGUAGES = (frozenset(FUNCTION_WORDS) | SCRIPT_NAMES_LANGUAGES) - {"en"}
# Languages whose genitive adds an "s" to a name: "Sveriges regering", "Deutschlands Export".
GENITIVE_S = frozenset({"de", "sv", "da", "nb"})
# Languages that capitalise every noun: a capitalised word beside a country's name is no sign of a person's name.
NOUNS_CAPITALISED = frozenset({"de"})


# Letters of the Latin script that one language alone writes among those above: Turkish's dotless "ı" and "ğ".
# A short page ("Cumhurbaşkanı ... düzenledi", a video's caption) with too few small words is told by them.
OWN_LETTERS = {"tr": frozenset("ığ")}
# ... in how many of the words read, at the least.
OWN_LETTER_WORDS = 3


def page_language(lowered: list[str], declared: str = "") -> str:
    """The language ("fr", "el") of a text given its lower-case words; ``declared`` ("fr-BE") when they do not
    tell (too few small words, or two languages tied). "" when neither does."""
    read = lowered[:WORDS_READ]
    counts = Counter(chain.from_iterable(filter(None, map(_LANGUAGES_OF.get, read))))
    declared = declared.split("-")[0].split("_")[0].lower()
    if counts:
        ranked = counts.most_common(2)
        best, count = ranked[0]
        if count >= MIN_WORDS and (len(ranked) == 1 or count > ranked[1][1]):
            return best
        tied = {language for language, n in counts.items() if n == count}
        if count >= MIN_WORDS and declared not in tied:  # a tie: the words more a language's own than others' tell
            best = _told_by_own_words(read, {language for language, n in counts.items() if n >= MIN_WORDS})
            if best:
                return best
        if count < MIN_WORDS and not declared:
            for language, letters in OWN_LETTERS.items():
                if counts[language] and sum(not letters.isdisjoint(word) for word in read) >= OWN_LETTER_WORDS:
                    return language
    by_script = script_language(lowered)
    return script_page_language(lowered, declared, by_script) or by_script or declared


def _told_by_own_words(read: list[str], candidates: set[str]) -> str:
    """Of ``candidates``, the language whose small words in ``read`` are more its own: each word counts one over
    the number of languages that have it ("les", "dans": French's alone; "la": four languages'), so that French with
    many "de" and "un" is not taken for Romanian, nor Portuguese ("que", "em", "os") for Hungarian. "" unless one
    leads by a whole word or more."""
    own = Counter()
    for word in read:
        languages = _LANGUAGES_OF.get(word, ())
        for language in candidates.intersection(languages):
            own[language] += 1 / len(languages)
    ranked = own.most_common(2)
    if ranked and ranked[0][1] >= (ranked[1][1] if len(ranked) > 1 else 0) + OWN_WORDS_LEAD:
        return ranked[0][0]
    return ""


def script_language(lowered: list[str]) -> str:
    """The language of a text written mostly in the script of one of :data:`SCRIPT_LANGUAGES` ("ko" for Hangul,
    "ja" for kana, "zh" for Chinese characters alone, "fa" for Arabic letters with Persian's own); "" otherwise."""
    letters = [ord(ch) for word in lowered[:WORDS_READ] for ch in word if ch.isalpha()]
    if not letters or all(code < 0x0590 for code in letters):
        return ""  # Latin, Greek, Cyrillic: the small words tell those
    counts = Counter()
    codes = Counter(letters)  # each distinct letter placed in the ranges once, not each time it is written
    for language, ranges in SCRIPT_LANGUAGES:
        counts[language] = sum(n for code, n in codes.items() if any(low <= code <= high for low, high in ranges))
    if counts["ja"] and counts["ja"] + counts["zh"] >= SCRIPT_SHARE * len(letters):
        return "ja"
    if counts["ar"] + counts["fa"] >= SCRIPT_SHARE * len(letters):
        return "fa" if counts["fa"] >= PERSIAN_SHARE * (counts["ar"] + counts["fa"]) else "ar"
    language, count = max(((language, counts[language]) for language in ("ko", "zh", "he")), key=lambda pair: pair[1])
    return language if count >= SCRIPT_SHARE * len(letters) else ""


def is_function_word(word: str, languages) -> bool:
    """A small word of one of ``languages`` ("Le", "Der"): never a given name."""
    return any(language in languages for language in _LANGUAGES_OF.get(word.lower(), ()))


def a_foreign_name_part(text, words, starts, ends, first, last, languages, inflected=False) -> bool:
    """"Maurice Papon", "Chine Nouvelle": a country's foreign name right before another capitalised word makes
    one name with it -- a person's or an organisation's -- in languages that do not capitalise their nouns (not
    an adjective in lower case: "le Premier ministre belge Charles Michel")."""
    if words[first][0].islower() or all(language in NOUNS_CAPITALISED for language in languages):
        return False
    if after_an_office(text, words, starts, ends, first, languages):
        return False  # "Presiden Korea Selatan Yoon Suk-yeol": the office's country, then its holder
    if a_case_form_before_another_name(text, words, starts, ends, first, languages, inflected):
        return False  # "premierem Kanady Justinem Trudeau": the office, its country, then its holder
    following = last + 1
    if following >= len(words) or text[ends[last] : starts[following]] != " ":
        return False
    word = words[following]
    return word[0].isupper() and word.isalpha() and not is_function_word(word, languages) and len(word) > 1


# Indonesian names an office, then its country, then the holder: "Presiden Korea Selatan Yoon Suk-yeol", "Perdana
# Menteri Jepang Fumio Kishida", "Presiden Prancis Emmanuel Macron". The office's last words.
_OFFICE_BEFORE_ITS_COUNTRY = {"id": frozenset(
    "presiden menteri negeri besar kanselir raja ratu kaisar panglima pangeran pertahanan keuangan perdagangan".split()
)}


def after_an_office(text, words, starts, ends, first, languages) -> bool:
    """The country's name follows an office's last word in a language that names the office, the country, then
    the holder ("Presiden Korea Selatan Yoon"): the holder's name is not the country's."""
    if first == 0 or text[ends[first - 1] : starts[first]] != " ":
        return False
    before = words[first - 1]
    office = before.lower()
    return before[:1].isupper() and any(office in _OFFICE_BEFORE_ITS_COUNTRY.get(language, ()) for language in languages)


# "Of" in the Romance languages, which joins a name to the country it is named after.
NAME_OF = frozenset("de d di del della do da du".split())


# The state and its offices before "of" and the country, in the Romance languages: "Gobierno de Cuba", "Presidente
# do Brasil", "République du Congo", "Ambasciata d'Italia" -- the country itself, its government or its office. (Not
# "Estado": "Estado de México" is one of Mexico's states.)
STATE_OF = frozenset(
    """gobierno governo gouvernement república republica république repubblica reino royaume regno presidente
    président presidenta presidência presidencia présidence primer primeiro premier ministro ministre ministra rey
    rei roi re reina rainha reine regina embajada embaixada ambassade ambasciata embajador embaixador ambassadeur
    ambasciatore cónsul consul console canciller chanceler chancelier cancelliere""".split()
)


def after_a_foreign_name(text, words, starts, ends, first) -> bool:
    """"Fratelli d’Italia", "Banca d'Italia", "Coupe de France", "colonia Flor de Cuba": a capitalised word and "of"
    before a country's name make one name with it (a party's, a bank's, a cup's, a district's), which is not the
    country -- unless the word is the state's or an office's ("Gobierno de Cuba", "Presidente do Brasil")."""
    if first < 2 or words[first - 1].lower() not in NAME_OF or text[ends[first - 2] : starts[first - 1]] != " ":
        return False
    if text[ends[first - 1] : starts[first]] not in (" ", "'", "\u2019"):
        return False
    before = words[first - 2]
    return before[0].isupper() and before.isalpha() and before.lower() not in _LANGUAGES_OF \
        and before.lower() not in STATE_OF


# French common nouns "of India" naming a plant or an animal: "œillets d'Inde" (marigolds), "cochon d'Inde" (the
# guinea pig), "marron d'Inde" (the horse chestnut), "coq d'Inde" (the turkey) -- as "guinea pig" in English.
_NAMED_OF_A_COUNTRY = frozenset(
    "cochon cochons œillet œillets oeillet oeillets marron marrons marronnier marronniers coq coqs poule poules".split())


def a_plant_or_animal_of_a_country(text, words, starts, ends, first) -> bool:
    return first >= 2 and words[first - 1].lower() in ("d", "de") and words[first - 2].lower() in _NAMED_OF_A_COUNTRY \
        and text[ends[first - 2] : starts[first - 1]] == " "


def inside_a_foreign_name(text, words, starts, ends, first, last) -> bool:
    """"Federación Argentina de Periodistas", "Sociedade Brasileira de Cardiologia": a country's name written as
    the capitalised adjective of a name, between a capitalised word and "of" with another capitalised word."""
    if first < 1 or last + 2 >= len(words) or text[ends[first - 1] : starts[first]] != " ":
        return False
    before, joined, following = words[first - 1], words[last + 1], words[last + 2]
    if not (before[0].isupper() and before.isalpha() and before.lower() not in _LANGUAGES_OF):
        return False
    if text[:starts[first - 1]].rstrip()[-1:] in ("", ".", "!", "?", "\n"):
        return False  # the capitalised word opens a sentence: "Ayer Argentina de nuevo ..." is no name
    return (joined.lower() in NAME_OF and text[ends[last] : starts[last + 1]] == " "
            and text[ends[last + 1] : starts[last + 2]] in (" ", "'", "\u2019") and following[0].isupper())


# The word for "language" in the languages of the pages the importer reads, as written right beside a country's
# adjective or name that then names the language: "la langue allemande", "lingua tedesca", "bahasa Jerman", "język
# francuski", "francuski jezik", "Fransız dili", "franska språket", "die französische Sprache", "tiếng Pháp". Each
# language's common cases; English's "language" is :data:`articles.ingest.context.LANGUAGE_AFTER`'s.
LANGUAGE_WORDS = frozenset("""
    idioma idiomas lengua lenguas língua línguas langue langues lingua lingue llengua llengües limba limbă limbii
    Sprache Sprachen taal talen språk språket språken sprog sproget
    język języka języku językiem jazyk jazyka jazyku jazykem jazyce jazykom jezik jezika jeziku jezikom
    dil dili dilinde dilini dilinden diliyle nyelv nyelven nyelvet nyelvű nyelvre kieli kielen kieltä kielellä
    bahasa tiếng wikang
    язык языка языке языком мова мови мові мовою език езика језик језика језику
""".split())


def beside_a_word_for_language(text, words, starts, ends, first, last) -> bool:
    """The country's adjective or name stands right after or right before the word for "language" (see
    :data:`LANGUAGE_WORDS`): it names the language, not the country. Capitalised, the word may open a sentence
    ("Bahasa Jerman ..."); "Dili" is Timor-Leste's capital."""
    if first > 0 and text[ends[first - 1] : starts[first]] == " ":
        before = words[first - 1]
        if before in LANGUAGE_WORDS or (before[1:].islower() and before.lower() in LANGUAGE_WORDS and before != "Dili"):
            return True
    return last + 1 < len(words) and text[ends[last] : starts[last + 1]] == " " and words[last + 1] in LANGUAGE_WORDS


# The article a country's name takes and a city's does not: "au Salvador" (the country), "à Salvador" (the city).
COUNTRY_ARTICLES = frozenset("le au du el del al".split())


def after_a_country_article(words, first) -> bool:
    return first > 0 and words[first - 1].lower() in COUNTRY_ARTICLES


QUOTES = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201c", '"': '"', "\u2039": "\u203a"}
# A quoted name is short (words after the country's name); a quoted sentence goes on.
QUOTED_NAME_WORDS = 2
_LAST_WORD_RE = re.compile(r"(\w+)\W*$")


def in_a_short_quoted_name(text, words, starts, ends, first, last, languages) -> bool:
    """"l'iniziativa “L’Italia vincente”", "la campagne « Grèce debout »": a country's name opening a short quote
    right after a common noun names an event, a campaign or a work (these languages write titles in sentence case,
    so the English rule, title case, does not see them)."""
    open_at = starts[first] - 1
    if first > 0 and len(words[first - 1]) == 1 and text[ends[first - 1] : starts[first]] in ("'", "\u2019"):
        open_at = starts[first - 1] - 1  # "“L’Italia"
    if open_at > 0 and text[open_at] in " \u00a0\u202f" and text[open_at - 1] in QUOTES:
        open_at -= 1  # "« Grèce"
    if open_at < 2 or text[open_at] not in QUOTES or text[open_at - 1] != " " or not text[open_at - 2].islower():
        return False
    noun = _LAST_WORD_RE.search(text, max(0, open_at - 30), open_at)
    if noun is None or not noun.group(1).isalpha() or is_function_word(noun.group(1), languages):
        return False  # "che «l'Italia ...»": a quoted sentence
    close = text.find(QUOTES[text[open_at]], ends[last], ends[last] + 60)
    if close < 0 or "\n" in text[ends[last] : close]:
        return False
    inner = text[ends[last] : close]
    return len(WORD_RE.findall(inner)) <= QUOTED_NAME_WORDS and not any(mark in inner for mark in ".!?,;:")


_SENTENCE_ENDS = frozenset(".!?:\n")
_QUOTE_MARKS = frozenset("\"'\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u2039\u203a")


def opens_a_sentence(text: str, start: int) -> bool:
    """The word at ``start`` begins the text, a line, a sentence or a quotation: capitalised there, a word
    written in lower case elsewhere is still that word ("Svensk 69 år", "”Engelsman”")."""
    before = text[max(0, start - 3) : start].rstrip(" \u00a0")
    return not before or before[-1] in _SENTENCE_ENDS or before[-1] in _QUOTE_MARKS


@dataclass(frozen=True)
class ForeignName:
    iso_code: str
    name: str
    languages: frozenset[str]
    inflected: bool  # a genitive ("Sveriges"), which no surname is
    lower_only: bool = False  # a national adjective ("polskiego"): in lower case only, else it is in a name
    language_named: bool = False  # a language's name too ("français"): the country only after its noun


def _usable(name: str, language: str) -> bool:
    name = name.strip()
    return (
        sum(ch.isalpha() for ch in name) >= (2 if language in _SHORT_NAMES_LANGUAGES else 3)
        and not any(mark in name for mark in ",()[]")
        and name.lower() not in FUNCTION_WORDS.get(language, ())
    )


# The CLDR locales whose names a language's pages print: Croatian, Bosnian and Serbian in Latin script read
# as one ("Njemačka", "Nemačka"); Chinese in its simplified and traditional characters ("美国", "美國").
NAME_LOCALES = {"hr": ("hr", "bs", "sr_Latn"), "zh": ("zh", "zh_Hant", "zh_Hant_HK")}
# ... and the ISO 3166 catalogues (pycountry's), where their names differ from the language's code.
CATALOGUE_LOCALES = {"zh": ("zh_CN", "zh_TW", "zh_HK")}
# Chinese writes a word in one or two characters, Korean in two syllables or more: two make a country's name ("日本",
# "美國", "미국").
_SHORT_NAMES_LANGUAGES = frozenset({"zh", "ko"})
def _names_in(language: str) -> dict[str, set[str]]:
    """alpha-2 -> the country's names in ``language`` that a word-by-word reading can use."""
    names = country_names_in(language, NAME_LOCALES.get(language), CATALOGUE_LOCALES.get(language))
    return {code: {name for name in found if _usable(name, language)} for code, found in names.items()}


# Polish, Czech and Slovak inflect a country's name after a preposition ("w Polsce", "z Francji", "na Ukrainie",
# "v Německu", "z Ruska"): the commonest cases of one-word names, by their ending (longest first), and the plural
# names' own forms.
_CASE_ENDINGS = {
    "pl": (("cja", ("cji",)), ("sja", ("sji",)), ("zja", ("zji",)), ("ja", ("ji",)), ("ia", ("ii",)),
           ("ka", ("ce", "ki")), ("ga", ("dze", "gi")), ("na", ("nie", "ny")), ("wa", ("wie", "wy")),
           ("da", ("dzie", "dy")), ("ta", ("cie", "ty")), ("ra", ("rze", "ry"))),
    "cs": (("ie", ("ii",)), ("o", ("u", "a")), ("na", ("ně", "ny", "nu", "nou")), ("da", ("dě", "dy", "du", "dou")),
           ("va", ("vě", "vy", "vu", "vou")), ("a", ("y", "u", "ou"))),
    "sk": (("ko", ("ku", "ka")), ("ia", ("ii",)), ("a", ("y", "e", "u", "ou"))),
    # Croatian ("u Hrvatskoj", "iz Italije", "s Kinom") and Slovene ("v Italiji", "na Hrvaškem"): the names in
    # -ska/-čka/-ška decline as adjectives
    "hr": (("ija", ("ije", "iji", "iju", "ijom")), ("ska", ("ske", "skoj", "sku", "skom")),
           ("čka", ("čke", "čkoj", "čku", "čkom")), ("ška", ("ške", "škoj", "šku", "škom")),
           ("a", ("e", "i", "u", "om"))),
    "sl": (("ija", ("ije", "iji", "ijo")), ("ska", ("ske", "skem", "sko")), ("ška", ("ške", "škem", "ško")),
           ("čka", ("čke", "čkem", "čko"))),
    # Russian and Ukrainian ("в России", "из Китая", "з України", "у Франції"): after a velar or a hushing
    # consonant "-ы" is written "-и" and "-ой" "-ей"
    "ru": (("ия", ("ии", "ию", "ией")), ("я", ("и", "е", "ю", "ей")),
           *((c + "а", (c + "и", c + "е", c + "у", c + "ой")) for c in "кгх"),
           *((c + "а", (c + "и", c + "е", c + "у", c + "ей")) for c in "жшчщ"),
           ("а", ("ы", "е", "у", "ой")), ("й", ("я", "ю", "ем", "е")), ("ь", ("я", "ю", "ем", "е"))),
    "uk": (("ія", ("ії", "ію", "ією")), ("я", ("ї", "ю", "єю")), ("ка", ("ки", "ці", "ку", "кою")),
           ("га", ("ги", "зі", "гу", "гою")), *((c + "а", (c + "і", c + "у", c + "ею")) for c in "жшчщ"),
           ("а", ("и", "і", "у", "ою")), ("й", ("ю", "єм", "ї", "я")), ("ь", ("ю", "ем", "і", "я"))),
    # Romanian's genitive ("guvernul Franței", "României") and, for a name ending in a consonant, its article
    # ("Iranul", "Israelului"); Greek's genitive ("της Ελλάδας", "της Κύπρου")
    "ro": (("a", ("ei",)),),
    "el": (("α", ("ας",)), ("ά", ("άς",)), ("η", ("ης",)), ("ή", ("ής",)), ("ος", ("ου", "ο")), ("ός", ("ού", "ό"))),
}
# The endings a name ending in a consonant takes ("Казахстана", "Ірану", "Iranului").
_CONSONANT_CASE_ENDINGS = {
    "ru": ("бвгджзклмнпрстфхцчшщ", ("а", "у", "ом", "е")),
    "uk": ("бвгґджзклмнпрстфхцчшщ", ("у", "ом", "і", "а")),
    "ro": ("bcdfghjklmnprsștțvxz", ("ul", "ului")),
    # the masculine names of the West and South Slavic languages: "z Cypru", "w Iranie", "do Ekvádoru", "s Íránem",
    # "iz Irana", "u Iranu", "s Iranom"
    "pl": ("bcćdfghjklłmnprsśtwzźż", ("u", "em", "ie")),
    "cs": ("bcčdďfghjklmnňprřsštťvzž", ("u", "em")),
    "sk": ("bcčdďfghjklľmnňprsštťvzž", ("u", "om")),
    "hr": ("bcčćdđfghjklmnprsštvzž", ("a", "u", "om")),
    "sl": ("bcčdfghjklmnprsštvzž", ("a", "u", "om")),
}
# Polish declines a name in "-a" in the accusative and the instrumental too: "wspierać Ukrainę", "z Rosją".
_POLISH_A_FORMS = ("ę", "ą")
_IRREGULAR_CASE_FORMS = {
    "pl": {"PL": ("Rzeczypospolitej Polskiej", "Rzeczpospolitej Polskiej", "Rzeczpospolitą Polską"),
           "DE": ("Niemiec", "Niemczech", "Niemcom"), "HU": ("Węgier", "Węgrzech"), "IT": ("Włoszech",),
           "CN": ("Chinach",), "CZ": ("Czechach",), "US": ("Stanów Zjednoczonych", "Stanach Zjednoczonych")},
    "fi": {"FI": ("Suomen", "Suomessa", "Suomesta", "Suomeen"),
           "US": ("Yhdysvaltain", "Yhdysvaltojen", "Yhdysvalloissa", "Yhdysvalloista", "Yhdysvaltoihin")},
    "ru": {"US": ("США", "Соединенных Штатов", "Соединённых Штатов", "Соединенным Штатам", "Соединённым Штатам"),
           "BY": ("Беларуси", "Беларусью")},  # a feminine name in "-ь", unlike the others
    "ro": {"US": ("SUA", "Statelor Unite")},
    "el": {"US": ("ΗΠΑ", "Ηνωμένων Πολιτειών")},
}


# Hungarian and Finnish add a case ending to the name ("Magyarországon", "Franciaországban"; "Ranskassa",
# "Venäjällä"), its vowels in harmony with the name's: back or front.
_SUFFIXES = {
    "hu": {"back": ("ban", "ba", "ból", "ra", "ról", "nak", "hoz", "tól", "nál"),
           "front": ("ben", "be", "ből", "re", "ről", "nek", "hez", "től", "nél")},
    "fi": {"back": ("n", "ssa", "sta", "lla", "lta", "lle", "an"), "front": ("n", "ssä", "stä", "llä", "ltä", "lle", "än")},
}
_BACK_VOWELS, _FRONT_VOWELS = set("aáoóuú"), set("eéiíöőüűäy")


def _harmony_forms(name: str, language: str) -> list[str]:
    vowels = [ch for ch in name.lower() if ch in _BACK_VOWELS | _FRONT_VOWELS]
    if not vowels or " " in name or "-" in name:
        return []
    back = any(v in _BACK_VOWELS for v in vowels) if language == "fi" else vowels[-1] in _BACK_VOWELS
    suffixes = _SUFFIXES[language]["back" if back else "front"]
    if language == "fi":
        if name[-1] not in "aä":
            return _finnish_forms(name, suffixes)
        return [name + s if s not in ("an", "än") else name + name[-1] + "n" for s in suffixes]
    stem = name[:-1] + {"a": "á", "e": "é"}.get(name[-1], name[-1])  # "Ukrajna" -> "Ukrajnában"
    vowel_final = name[-1] in "aeáéiíoóuú"
    superessive = "n" if vowel_final else ("on" if back else "en")  # "Magyarországon", "Ukrajnán"
    # with: "Ukrajnával", but "Magyarországgal", "Izraellel" (the last consonant doubled)
    instrumental = ("val" if back else "vel") if vowel_final else stem[-1] + ("al" if back else "el")
    return [stem + suffix for suffix in suffixes] + [stem + superessive, stem + instrumental]


def _finnish_forms(name: str, suffixes: tuple[str, ...]) -> list[str]:
    """A Finnish name ending in another vowel takes the endings as it is ("Ruotsin", "Ruotsissa", "Viroon"), one
    ending in a consonant after an "i" ("Iranin", "Israelissa", "Iraniin"); "Suomi" changes its stem (an irregular
    form, _IRREGULAR_CASE_FORMS)."""
    stem = name if name[-1].lower() in "eiouyö" else name + "i"
    return [stem + s if s not in ("an", "än") else stem + stem[-1] + "n" for s in suffixes]


# Turkish names a country's people with "-lı" (its vowel in harmony with the name's last: "Iraklı", "Suriyeli",
# "Rusyalı", "Türkiyeli"), and adds the plural and the case endings to that word with no apostrophe
# ("Filistinlilere", "Suriyelilerin"), unlike the name itself ("Filistin'e", read as "Filistin").
_TURKISH_DEMONYM = {"a": "lı", "ı": "lı", "â": "lı", "e": "li", "i": "li", "î": "li", "o": "lu", "u": "lu", "û": "lu",
                    "ö": "lü", "ü": "lü"}
# ... its endings once it is a people's word: accusative, dative, genitive, locative, ablative, instrumental, and the
# plural with each (back and front vowels)
_TURKISH_PEOPLE_ENDINGS = {
    "back": ("", "yı", "ya", "nın", "da", "dan", "yla", "lar", "ları", "lara", "ların", "larda", "lardan", "larla"),
    "front": ("", "yi", "ye", "nin", "de", "den", "yle", "ler", "leri", "lere", "lerin", "lerde", "lerden", "lerle"),
}
_TURKISH_PEOPLE_SUFFIXES = tuple(set(_TURKISH_DEMONYM.values()))


def _turkish_people_forms(name: str) -> list[str]:
    """"Filistin" -> "Filistinli", "Filistinliler", "Filistinlilere" ...; "Irak" -> "Iraklı", "Iraklılar" ..."""
    vowels = [ch for ch in name.lower() if ch in _TURKISH_DEMONYM]
    if not vowels or " " in name or "-" in name:
        return []
    demonym = name + _TURKISH_DEMONYM[vowels[-1]]
    harmony = "front" if demonym[-1] in "iü" else "back"
    if demonym.endswith("lu"):  # "Kongolu": the plural and the cases take a back vowel; "-lü" a front one
        harmony = "back"
    return [demonym + ending for ending in _TURKISH_PEOPLE_ENDINGS[harmony]]


# Korean glues a particle to the name ("미국의" of America, "일본에서" in Japan, "중국과" with China, "러시아는"), the
# form of some by whether the name's last syllable ends in a consonant ("중국은", "러시아는"): (after a consonant,
# after a vowel). And the words for its people and its goods ("미국인", "중국산").
_KOREAN_PARTICLES = (("은", "는"), ("이", "가"), ("을", "를"), ("과", "와"), ("으로", "로"), ("과의", "와의"),
                     ("으로부터", "로부터"), ("이나", "나"), ("이며", "며"))
_KOREAN_SHARED_PARTICLES = ("의", "에", "에서", "에게", "도", "만", "까지", "부터", "에는", "에서는", "에도", "에서도",
                            "측", "인", "인들", "산")


def _korean_forms(name: str) -> list[str]:
    last = ord(name[-1]) - 0xAC00
    if " " in name or not 0 <= last <= 11171:
        return []
    after_a_consonant = last % 28 != 0
    return [name + pair[0 if after_a_consonant else 1] for pair in _KOREAN_PARTICLES] + [
        name + particle for particle in _KOREAN_SHARED_PARTICLES]


# Hebrew writes "in", "to", "from", "the", "and", "that" as a letter before the name ("באיראן", "לסוריה", "ומצרים").
_HEBREW_PREFIXES = ("ב", "ל", "מ", "ו", "ש", "וב", "ול", "ומ", "שב", "של", "שמ")


# Albanian declines a name with its article glued on (definite "Shqipëria", indefinite "Shqipëri" after "në"; the
# accusative "Kosovën", the genitive "Shqipërisë"), and the linking article of a name's adjective follows the case
# ("Maqedonia e Veriut", "Maqedonisë së Veriut"; "Mali i Zi", "në Mal të Zi"). A feminine name's forms by its ending
# (indefinite, definite, accusative, genitive):
_ALBANIAN_FEMININE = (("ia", ("i", "ia", "inë", "isë")), ("ë", ("ë", "a", "ën", "ës")), ("i", ("i", "ia", "inë", "isë")),
                      ("a", ("ë", "a", "ën", "ës")))
# ... a masculine's (a consonant's, or "-i" before "i"): indefinite, definite, accusative, genitive.
_ALBANIAN_MASCULINE = ("", "i", "in", "it")
# The linking article of a feminine and of a masculine name's adjective in each of those cases.
_ALBANIAN_LINKS = {"e": ("e", "e", "e", "së"), "i": ("të", "i", "e", "të")}


def _albanian_forms(name: str) -> list[str]:
    """"Kosovë" -> "Kosova", "Kosovën", "Kosovës"; "Maqedonia e Veriut" -> "Maqedoni e Veriut", "Maqedonisë së
    Veriut"; "Mali i Zi" -> "Mal të Zi", "Malit të Zi"; "Irak" -> "Iraki", "Irakit" (a masculine's definite "-u"
    after a velar, "Iraku", is missed; a form that is no word costs nothing)."""
    head, *rest = name.split(" ")
    link = rest[0] if rest and rest[0] in _ALBANIAN_LINKS else ""
    if link == "i" or (not rest and head[-1].lower() not in "aeiouyë"):
        stem = head[:-1] if link == "i" and head.endswith("i") else head
        heads = [stem + ending for ending in _ALBANIAN_MASCULINE]
        links = _ALBANIAN_LINKS["i"]
    else:
        ending, forms = next(((e, f) for e, f in _ALBANIAN_FEMININE if head.endswith(e)), ("", ()))
        if not ending or len(head) < len(ending) + 3:
            return []
        heads = [head[: -len(ending)] + form for form in forms]
        links = _ALBANIAN_LINKS["e"]
    if not link:
        forms = heads if not rest else []
    else:
        forms = [" ".join([form, case_link, *rest[1:]]) for form, case_link in zip(heads, links)]
    return [form for form in forms if form != name]


def _case_forms(name: str, language: str) -> list[str]:
    if language == "ko":
        return _korean_forms(name)
    if language == "sq":
        return _albanian_forms(name)
    if language == "he":
        return [] if " " in name else [prefix + name for prefix in _HEBREW_PREFIXES]
    if language in _SUFFIXES:
        return _harmony_forms(name, language)
    if language not in _CASE_ENDINGS or "-" in name:
        return []
    if " " in name:  # "Bosna i Hercegovina" -> "Bosne i Hercegovine": each word takes the case ("i" stays)
        declined = [_word_case_forms(word, language) or None for word in name.split(" ")]
        if sum(forms is not None for forms in declined) < 2:
            return []
        cases = min(len(forms) for forms in declined if forms is not None)
        return [" ".join(word if forms is None else forms[case] for word, forms in zip(name.split(" "), declined))
                for case in range(cases)]
    return _word_case_forms(name, language)


def _word_case_forms(name: str, language: str) -> list[str]:
    for ending, forms in _CASE_ENDINGS[language]:
        if name.endswith(ending) and len(name) > len(ending) + 2:
            more = [name[:-1] + form for form in _POLISH_A_FORMS] if language == "pl" and ending.endswith("a") else []
            return [name[: -len(ending)] + form for form in forms] + more
    consonants, forms = _CONSONANT_CASE_ENDINGS.get(language, ("", ()))
    if len(name) > 3 and name[-1].lower() in consonants:
        return [name + form for form in forms]
    return []


# Languages that put a country's name in a case after the word it completes ("premierem Kanady", "prezident
# Ukrajiny", "ministar Hrvatske", "Magyarország miniszterelnöke" aside): the case form is that word's complement.
CASE_LANGUAGES = frozenset(_CASE_ENDINGS) | frozenset(_SUFFIXES)


def a_case_form_before_another_name(text, words, starts, ends, first, languages, inflected) -> bool:
    """A country's name in a case form ("Kanady", "Japans") before capitalised words does not start their name:
    German capitalises every noun ("Japans Ministerpräsident"), and in a language that declines names the case form
    completes the word before it ("premierem Kanady Justinem Trudeau", "Prezydenta Rzeczypospolitej Polskiej
    Andrzeja Dudy": the office, its country, then its holder)."""
    if not inflected or not languages:
        return False
    if all(language in NOUNS_CAPITALISED for language in languages):
        return True
    return languages <= CASE_LANGUAGES and first > 0 and text[ends[first - 1] : starts[first]] == " "


@lru_cache(maxsize=1)
def foreign_country_names() -> tuple[ForeignName, ...]:
    """Every country's names in the languages :func:`page_language` tells apart (not English), one record per
    country and spelling with the languages that write it so."""
    languages_of: dict[tuple[str, str, bool], set[str]] = {}
    for language in sorted(FOREIGN_NAMES_LANGUAGES):
        for code, names in _names_in(language).items():
            for name in names:
                languages_of.setdefault((code, name, False), set()).add(language)
                if language in GENITIVE_S and " " not in name and name[-1] not in "sxzß":
                    languages_of.setdefault((code, name + "s", True), set()).add(language)
                for form in _case_forms(name, language) + (_turkish_people_forms(name) if language == "tr" else []):
                    languages_of.setdefault((code, form, True), set()).add(language)
            for form in _IRREGULAR_CASE_FORMS.get(language, {}).get(code, ()):
                languages_of.setdefault((code, form, True), set()).add(language)
    adjectives: dict[tuple[str, str], set[str]] = {}
    for language, code, word in foreign_country_words():
        if word.islower() and language in ADJECTIVE_LANGUAGES:
            adjectives.setdefault((code, word), set()).add(language)
        else:  # a people's plural ("Polacy", "Hrvati") is no one's surname: "Czego Polacy ..." is no name; German
            # capitalises every noun, and "Schweizer" is a surname too
            plural = language in ADJECTIVE_LANGUAGES and language not in NOUNS_CAPITALISED
            languages_of.setdefault((code, word, plural), set()).add(language)
            if language == "tr" and word.endswith(_TURKISH_PEOPLE_SUFFIXES):  # "Filistinli" (the short name's)
                for form in _turkish_people_forms(word[:-2]):
                    languages_of.setdefault((code, form, True), set()).add(language)
    return tuple(
        ForeignName(code, name, frozenset(languages), inflected)
        for (code, name, inflected), languages in sorted(languages_of.items())
    ) + tuple(ForeignName(code, word, frozenset(languages), True, True)
              for (code, word), languages in sorted(adjectives.items())
    ) + tuple(ForeignName(code, word, frozenset((language,)), False, language_named=True)
              for language, code, word in language_named_adjectives())


def language_named_adjectives() -> tuple[tuple[str, str, str], ...]:
    """(language, alpha-2, word) for the Romance masculine adjectives that are a language's name too ("français",
    "alemán", "tedesco"): they count only right after their noun (:func:`not_after_its_noun`)."""
    with open(DATA_DIR / "foreign_country_words.json", encoding="utf-8") as handle:
        table = json.load(handle)["language_named_adjectives"]
    return tuple((language, code, word) for language, countries in table.items() if not language.startswith("_")
                 for code, words in countries.items() for word in words)


# Words before a language's name that make it the language: verbs of speaking and translating, "language".
_LANGUAGE_CUES = frozenset("""parle parlent parler parlait parlant habla hablan hablar hablaba hablando fala falam
    falar falava falando parla parlano parlare parlava traduit traduite traducido traducida traduzido traduzida tradotto
    tradotta langue lengua língua lingua idioma""".split())


def not_after_its_noun(text, words, starts, ends, first, languages) -> bool:
    """"le président français", "el presidente francés", "il governo tedesco", "Parlement allemand": a Romance
    language's name that is also the country's adjective counts right after its noun; after a small word or a verb
    of speaking ("en français", "le français", "l'allemand", "habla alemán", "in tedesco") it is the language."""
    if first == 0 or text[ends[first - 1] : starts[first]] != " ":
        return True
    before = words[first - 1]
    return len(before) < 3 or is_function_word(before, languages) or before.lower() in _LANGUAGE_CUES


# German makes a country's adjective from its name with "-isch" ("Katar" -> "katarisch", "Mazedonien" ->
# "mazedonisch", "Kanada" -> "kanadisch", "Finnland" -> "finnisch"), or "-anisch"/"-ländisch" ("Kuba" ->
# "kubanisch", "Brasilien" -> "brasilianisch", "Thailand" -> "thailändisch"): each name's stems by its ending. A stem
# that is no word ("kanadanisch") costs nothing; one that two countries make ("nigerisch": Niger, Nigeria), or an
# everyday word ("kubisch", cubic), is left out.
_GERMAN_ADJECTIVE_ENDINGS = (("ien", ("isch", "ianisch")), ("land", ("isch", "ländisch")), ("en", ("isch",)),
                             ("a", ("isch", "anisch")), ("o", ("isch", "anisch")), ("e", ("isch", "nisch")),
                             ("", ("isch",)))


def _german_adjective_stems(stems: dict) -> list[tuple[str, str]]:
    """(alpha-2, stem) for the countries whose German adjective the table does not write (``stems``, the table's
    own stems per language)."""
    written = stems.get("de", {})
    claimed: dict[str, set[str]] = {}
    for code, names in _names_in("de").items():
        for name in names:
            if " " in name or "-" in name or not name.isalpha():
                continue
            ending, made = next((e, m) for e, m in _GERMAN_ADJECTIVE_ENDINGS if name.endswith(e))
            base = name[: len(name) - len(ending)].lower()
            if len(base) >= 3:
                for suffix in made:
                    claimed.setdefault(base + suffix, set()).add(code)
    taken = {stem for listed in written.values() for stem in _listed(listed)}
    return [(codes.pop(), stem) for stem, codes in sorted(claimed.items())
            if len(codes) == 1 and not codes & set(written) and stem not in taken
            and stem not in EVERYDAY_WORDS["de"]]


# Each ending of a masculine singular demonym and the forms it takes: (feminine, masculine plural, feminine plural).
_DEMONYM_ENDINGS = {
    "es": (("és", "esa eses esas"), ("í", "íes ís"), ("o", "a os as"), ("e", "es"), ("a", "as")),
    "pt": (("ês", "esa eses esas"), ("o", "a os as"), ("e", "es")),
    "fr": (("ien", "ienne iens iennes"), ("ais", "aise aises"), ("ain", "aine ains aines"), ("ois", "oise oises"),
           ("in", "ine ins ines"), ("an", "ane ans anes"), ("e", "es"), ("é", "és ée ées"), ("è", "ès")),
}


# Languages whose national adjectives are read from the table's stems and words ("polskiego", "magyarokat"):
# written in lower case, they count only so (see :class:`ForeignName`).
ADJECTIVE_LANGUAGES = frozenset({"pl", "cs", "sk", "hr", "sl", "sv", "da", "nb", "de", "hu", "ru", "uk", "el", "ro"})


def _listed(value) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


@lru_cache(maxsize=1)
def foreign_country_words() -> tuple[tuple[str, str, str], ...]:
    """(language, alpha-2, form) for every form of the hand-written demonyms ("venezolano", "venezolanas"),
    national adjectives ("polskiego", "hrvatskoj") and peoples ("Polacy"), and for the short names
    ("Centrafrique")."""
    with open(DATA_DIR / "foreign_country_words.json", encoding="utf-8") as handle:
        table = json.load(handle)
    forms = [(language, code, name) for language, countries in table["short_names"].items()
             for code, names in countries.items() for name in names]
    adjectives = table.get("adjectives", {})
    for language, countries in adjectives.get("stems", {}).items():
        endings = adjectives["endings"][language]
        forms += [(language, code, stem + ending) for code, stems in countries.items()
                  for stem in _listed(stems) for ending in endings]
    for language, countries in adjectives.get("words", {}).items():
        if not language.startswith("_"):
            forms += [(language, code, word) for code, words in countries.items() for word in _listed(words)]
    for section in ("language_named_demonyms", "demonyms_written_out"):
        for language, countries in table.get(section, {}).items():
            if not language.startswith("_"):
                forms += [(language, code, word) for code, words in countries.items() for word in words]
    forms += [("de", code, stem + ending) for code, stem in _german_adjective_stems(adjectives.get("stems", {}))
              for ending in adjectives["endings"]["de"]]
    for language, countries in table["demonyms"].items():
        for code, written in countries.items():
            for singular in [written] if isinstance(written, str) else written:
                forms.append((language, code, singular))
                ending = next(((end, more) for end, more in _DEMONYM_ENDINGS[language] if singular.endswith(end)), None)
                if ending:
                    stem = singular[: len(singular) - len(ending[0])]
                    forms += [(language, code, stem + other) for other in ending[1].split()]
    return tuple(forms)
