"""Countries named on pages in scripts the word-by-word matcher cannot read.

The matcher of :mod:`articles.ingest.tagging` reads a text word by word, a word being a run of ``\\w``. That fails
three ways outside the Latin, Greek and Cyrillic alphabets: the Indic scripts' vowel signs are no ``\\w`` ("भारत"
reads as "भ" and "रत"); Thai, Lao, Khmer, Burmese and Japanese write no space between words; and many of these
languages glue their particles and case endings to the name (Georgian "რუსეთში" in Russia, Bengali "ভারতের" of
India, Arabic "بالصين" in China). So here:

* :func:`script_page_language` -- the language of a page mostly in one of :data:`SCRIPTS` (the script's language,
  or the declared one where a script serves several: Marathi and Nepali in Devanagari), or Urdu among Arabic letters
  by Urdu's own;
* :func:`script_country_names` -- every country's names in those languages, from CLDR (Babel) and ISO 3166
  (pycountry's catalogues), without the names that are everyday words too (``country_name_sources.EVERYDAY_WORDS``);
* :func:`script_country_mentions` -- the countries a text names, each name where a word starts (or after the
  language's prefixed letters) and ends (or before the language's endings; anywhere in the scripts that write no
  spaces).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import lru_cache

import ahocorasick

from .context import names_a_time_zone
from .country_name_sources import country_names_in

# Each script (its code points) and the language a page mostly in it is written in; where the page declares another
# language of the same script (Marathi, Nepali, Assamese, Tigrinya), that one.
SCRIPTS = (
    ("th", (0x0E00, 0x0E7F), ()), ("lo", (0x0E80, 0x0EFF), ()), ("km", (0x1780, 0x17FF), ()),
    ("my", (0x1000, 0x109F), ()), ("hi", (0x0900, 0x097F), ("mr", "ne")), ("bn", (0x0980, 0x09FF), ("as",)),
    ("pa", (0x0A00, 0x0A7F), ()), ("gu", (0x0A80, 0x0AFF), ()), ("or", (0x0B00, 0x0B7F), ()),
    ("ta", (0x0B80, 0x0BFF), ()), ("te", (0x0C00, 0x0C7F), ()), ("kn", (0x0C80, 0x0CFF), ()),
    ("ml", (0x0D00, 0x0D7F), ()), ("si", (0x0D80, 0x0DFF), ()), ("ka", (0x10A0, 0x10FF), ()),
    ("hy", (0x0530, 0x058F), ()), ("am", (0x1200, 0x137F), ("ti",)),
)
# The share of a page's letters (of those read) its script needs.
SCRIPT_SHARE = 0.5
# Urdu's own letters among the Arabic ones (ٹ ڈ ڑ ں ھ ے), and the share of them that tells an Urdu page from a
# Persian one.
URDU_LETTERS = frozenset("\u0679\u0688\u0691\u06ba\u06be\u06d2")
URDU_SHARE = 0.02
# The Arabic-script languages, told apart by :func:`languages.script_language` (and Urdu here).
ARABIC_SCRIPT_LANGUAGES = frozenset({"ar", "fa", "ur"})
# Languages that write no space between words: a name is found anywhere in a run of letters.
UNSPACED_SCRIPT_LANGUAGES = frozenset({"th", "lo", "km", "my", "ja"})
SCRIPT_NAME_LANGUAGES = frozenset(
    {language for language, _, _ in SCRIPTS} | {other for _, _, others in SCRIPTS for other in others}
    | ARABIC_SCRIPT_LANGUAGES | {"kk", "ja"}
)

# The letters a language writes before a name, glued to it: Arabic "and", "in/with", "to/for", "so", "as"
# (و ب ل ف ك and their pairs; "to the" is "لل", written for "ل" + "ال"); Amharic "of", "in", "to", "from" (የ በ ለ ከ).
PREFIXES = {
    "ar": ("و", "ب", "ل", "ف", "ك", "وب", "ول", "فب", "فل", "وك"),
    "am": ("የ", "በ", "ለ", "ከ", "ና", "እንደ", "ወደ"),
    "ti": ("ናይ", "ብ", "ን", "ካብ", "ኣብ"),
}
# ... and its article, before an adjective only: "المصري" (the Egyptian), "بالروسية" (in Russian).
ARTICLES = {"ar": ("ال", "وال", "بال", "فال", "لل", "ولل", "كال")}
# The endings a language glues to a name -- its case endings and postpositions, and the endings of its adjective and
# its people's word ("भारतीय", "ایرانی", "ኢትዮጵያዊ") -- one or two of them after the name: Arabic's adjective "-ي"
# and its forms ("الصيني", "الروسية"); Georgian's cases on the stem ("რუსეთში", "რუსეთისთვის"); Bengali's ("ভারতের",
# "চীনে"), Tamil's ("இந்தியாவில்"), Armenian's ("Ռուսաստանում") and so on.
ENDINGS = {
    "ar": ("ي", "ية", "يين", "يون", "يا"),
    "fa": ("ی", "\u200cها", "\u200cی", "\u200cای"),
    "ur": ("ی", "یوں"),
    "hi": ("ीय",),
    "mr": ("ात", "ाचा", "ाची", "ाचे", "ाच्या", "ाला", "ातील", "ाने", "ाशी", "ीय", "मध्ये", "च्या", "ला", "ने", "त", "चा",
           "ची", "चे", "शी", "तील"),
    "ne": ("ी", "को", "मा", "ले", "ली", "बाट", "सँग", "का", "लाई"),
    "pa": ("ੀ",),
    "gu": ("માં", "ના", "ની", "નું", "નો", "થી", "ને", "ે", "ીય", "માંથી"),
    "or": ("ରେ", "ର", "କୁ", "ୀୟ", "ରୁ"),
    "bn": ("ের", "এর", "র", "ে", "য়", "তে", "কে", "ও", "ই", "ীয়", "য়ের", "েরও"),
    "as": ("ৰ", "ত", "লৈ", "ক", "ীয়", "ৰে", "ৰপৰা"),
    "ta": ("வில்", "வின்", "வுக்கு", "வை", "வும்", "வுடன்", "விடம்", "விலும்", "வுக்", "ில்", "ின்", "ுக்கு", "ை", "ும்",
           "ுடன்", "ிடம்", "ிலும்"),
    "te": ("లో", "కు", "తో", "ను", "పై", "ని", "లోని", "కి", "నుంచి"),
    "kn": ("ದ", "ದಲ್ಲಿ", "ಕ್ಕೆ", "ವನ್ನು", "ದೊಂದಿಗೆ", "ಗೆ", "ದಿಂದ", "ನ", "ವು", "ದೊಂದಿಗಿನ", "ದಲ್ಲೂ"),
    "ml": ("യിൽ", "യുടെ", "യ്ക്ക്", "ക്ക്", "യെ", "യും", "യോട്", "യിലെ", "ിൽ", "ിന്റെ", "ും", "ിലെ", "യിലേക്ക്"),
    "si": ("ේ", "ට", "ෙන්", "දී", "යේ", "යට", "යෙන්", "ේදී", "වේ", "වට", "වෙන්"),
    "ka": ("ი", "ის", "ს", "ში", "ზე", "ით", "მა", "მ", "თან", "დან", "იდან", "თვის", "ისთვის", "ად", "ელი", "ელ",
           "ული", "ულ", "ც", "ისა", "სა", "ზეც", "შიც"),
    "hy": ("ի", "ում", "ից", "ով", "ը", "ն", "ին", "յի", "յում", "յից", "յով", "ցի", "ական", "յան", "ան"),
    "am": ("ን", "ና", "ም", "ዊ", "ዊያን", "ውያን", "ው", "ዊት"),
    "ti": ("ን", "ዊ", "ውያን", "ውን"),
    # Kazakh's cases, their vowels in harmony with the name's and their consonant by its last sound
    "kk": ("ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "на", "не", "а", "е", "да", "де", "та", "те",
           "нда", "нде", "дан", "ден", "тан", "тен", "нан", "нен", "ды", "ді", "ты", "ті", "ны", "ні", "н", "мен", "бен",
           "пен", "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі", "тық", "тік", "дық", "дік"),
}
# Names in "-ا" or "-ة" (Arabic; Urdu's "-ہ", "امریکہ" -> "امریکی") and in "-ი" (Georgian, the nominative's ending) drop that letter before an ending,
# and Tamil's in a consonant its virama: "روسيا" -> "روسية", "რუსეთი" -> "რუსეთში", "ஈரான்" -> "ஈரானில்".
DROPPED_BEFORE_AN_ENDING = {"ar": ("ا", "ة"), "ur": ("ہ", "ا"), "ka": ("ი",), "ta": ("\u0bcd", "\u0bbe")}
# Tamil's adjective of a name in "-ா" is the name without it, alone or with a doubled consonant: "அமெரிக்கா" ->
# "அமெரிக்க அதிகாரி", "அமெரிக்கப் படைகள்"; "இந்தியா" -> "இந்திய".
ADJECTIVE_STEMS = {"ta": ("\u0bbe", ("", "ப்", "க்", "ச்", "த்"))}

# Names that hold a country's and are none (code None): Japanese "中国地方", the Chūgoku region of Japan.
OTHER_NAMES = {"ja": ("中国地方",)}
# Japanese writes foreign names in katakana: a name there is a whole run of it ("インド", not in "インドネシア").
KATAKANA = (0x30A0, 0x30FF)
# Kazakh's own Cyrillic letters (Ә Ғ Қ Ұ), and the share of a page's letters that tells a Kazakh page.
KAZAKH_LETTERS = frozenset("әғқұӘҒҚҰ")
KAZAKH_SHARE = 0.01


def _letters_of(text_words: list[str]) -> list[str]:
    return [ch for word in text_words for ch in word if ch.isalpha()]


def script_page_language(lowered: list[str], declared: str, arabic_script_language: str) -> str:
    """The language of a page mostly in one of :data:`SCRIPTS`, or "ur" for an Arabic-script page
    (``arabic_script_language``, "ar" or "fa") with Urdu's own letters; "" otherwise."""
    letters = _letters_of(lowered[:250])
    if not letters:
        return ""
    if arabic_script_language in ("ar", "fa"):
        urdu = sum(ch in URDU_LETTERS for ch in letters)
        return "ur" if urdu >= URDU_SHARE * len(letters) else ""
    if sum(ch in KAZAKH_LETTERS for ch in letters) >= KAZAKH_SHARE * len(letters):
        return "kk"
    counts = Counter()
    for ch in letters:
        code = ord(ch)
        if code < 0x0530:
            continue
        for language, (low, high), _ in SCRIPTS:
            if low <= code <= high:
                counts[language] += 1
                break
    if not counts:
        return ""
    language, count = counts.most_common(1)[0]
    if count < SCRIPT_SHARE * len(letters):
        return ""
    others = next(others for script_language, _, others in SCRIPTS if script_language == language)
    return declared if declared in others else language


# The small words that tell Marathi and Nepali from Hindi, on a Devanagari page that does not declare its language
# (whole words: the word matcher cannot read these scripts' vowel signs).
DEVANAGARI_SMALL_WORDS = {
    "hi": frozenset("है हैं और था थे थी नहीं भी में की रहा रहे गया".split()),
    "mr": frozenset("आणि आहे आहेत होते होता नाही केले झाले करण्यात यांनी असे".split()),
    "ne": frozenset("र छ छन् भएको गरेको पनि थियो भने गर्दै हुन् रहेको गरे".split()),
}
DEVANAGARI_WORDS_READ = 400
DEVANAGARI_MIN_WORDS = 3


def devanagari_language(text: str) -> str:
    """"mr" or "ne" for a Devanagari page whose small words are more Marathi's or Nepali's than Hindi's, else "hi"."""
    counts = Counter()
    for word in text[: DEVANAGARI_WORDS_READ * 8].split()[:DEVANAGARI_WORDS_READ]:
        word = word.strip("।,.;:!?\"'()")
        for language, small_words in DEVANAGARI_SMALL_WORDS.items():
            if word in small_words:
                counts[language] += 1
    best, count = max(((language, counts[language]) for language in ("mr", "ne")), key=lambda pair: pair[1])
    return best if count >= DEVANAGARI_MIN_WORDS and count > counts["hi"] else "hi"


def _names_in(language: str) -> dict[str, set[str]]:
    """alpha-2 -> the country's names in ``language`` that the raw text's reading can use."""
    return {code: {name for name in found if _usable(name)}
            for code, found in country_names_in(language, official=False).items()}


def _usable(name: str) -> bool:
    return sum(ch.isalpha() for ch in name) >= 2 and not any(mark in name for mark in ",()[]،")


def _written_forms(name: str, language: str) -> list[str]:
    """The name as written, and the forms a glued letter changes: Arabic "to the" ("للصين" for "ل" + "الصين")."""
    forms = [name]
    if language == "ar" and name.startswith("ال"):
        forms += [prefix + "ل" + name[2:] for prefix in ("", "و", "ف")]
    return forms


@lru_cache(maxsize=None)
def script_country_names(language: str) -> dict[str, str]:
    """{a country's name as written in ``language`` (one of :data:`SCRIPT_NAME_LANGUAGES`): its alpha-2 code}."""
    forms: dict[str, str] = {}
    for code, names in sorted(_names_in(language).items()):
        for name in sorted(names):
            for form in _written_forms(name, language):
                forms.setdefault(form, code)
    return forms


@lru_cache(maxsize=None)
def _automaton(language: str) -> ahocorasick.Automaton | None:
    """The countries' names in ``language``, and its cities' (code None) that hold one ("ဂျကာတာ", Jakarta, holds
    Burmese "ကာတာ", Qatar): a city's name found is no country's."""
    automaton = ahocorasick.Automaton()
    names = script_country_names(language)
    for name, code in names.items():
        automaton.add_word(name, (len(name), name, code))
    for other in (_city_names(language) | set(OTHER_NAMES.get(language, ()))) - names.keys():
        automaton.add_word(other, (len(other), other, None))
    if not len(automaton):
        return None
    automaton.make_automaton()
    return automaton


def _in_a_word(ch: str) -> bool:
    """A letter, a vowel sign or a joiner: part of the word it stands in."""
    return ch.isalpha() or unicodedata.category(ch)[0] == "M" or ch in "\u200c\u200d"


def _word_start(text: str, start: int) -> int:
    while start > 0 and _in_a_word(text[start - 1]):
        start -= 1
    return start


def _word_end(text: str, end: int) -> int:
    while end < len(text) and _in_a_word(text[end]):
        end += 1
    return end


def _starts_a_word(text: str, start: int, language: str, with_an_ending: bool) -> bool:
    """The name starts a word, or the language's prefixed letters do -- its article only before an adjective's
    ending ("المصري", the Egyptian)."""
    begins = _word_start(text, start)
    prefix = text[begins:start]
    return begins == start or prefix in PREFIXES.get(language, ()) or (
        with_an_ending and prefix in ARTICLES.get(language, ()))


def _endings(rest: str, language: str) -> bool:
    """``rest`` of a word after a name is one or two of the language's endings."""
    endings = ENDINGS.get(language, ())
    return rest in endings or any(rest.startswith(first) and rest[len(first):] in endings for first in endings)


def script_country_mentions(text: str, language: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name, alpha-2) for each country ``text`` names in ``language`` (one of
    :data:`SCRIPT_NAME_LANGUAGES`), the longest name first where two overlap."""
    automaton = _automaton(language)
    if automaton is None:
        return []
    hits = sorted(((end + 1 - length, end + 1, name, code) for end, (length, name, code) in automaton.iter(text)),
                  key=lambda hit: (hit[0], -hit[1]))
    mentions, taken_until = [], 0
    for start, end, name, code in hits:
        if start < taken_until:
            continue
        if language == "ja" and _inside_katakana(text, start, end):
            continue
        if language not in UNSPACED_SCRIPT_LANGUAGES:
            ends = _word_end(text, end)
            if not (_starts_a_word(text, start, language, ends > end) and (
                    ends == end or _endings(text[end:ends], language))):
                continue
        taken_until = end
        if code is not None and not names_a_time_zone(text, start, end):  # "20:15 (שעון ישראל)"
            mentions.append((start, end, name, code))
    mentions += _stems_before_an_ending(text, language, {start for start, _, _, _ in mentions})
    return sorted(mentions)


def _katakana(ch: str) -> bool:
    return KATAKANA[0] <= ord(ch) <= KATAKANA[1]


def _inside_katakana(text: str, start: int, end: int) -> bool:
    """A name in katakana with more katakana before or after it: part of a longer name."""
    return _katakana(text[start]) and (
        (start > 0 and _katakana(text[start - 1])) or (end < len(text) and _katakana(text[end])))


def _city_names(language: str) -> set[str]:
    """The cities CLDR names in ``language`` (its time zones' exemplar cities)."""
    from babel import Locale, UnknownLocaleError

    try:
        zones = Locale.parse(language).time_zones
    except (UnknownLocaleError, ValueError):
        return set()
    return {zone["city"] for zone in zones.values() if zone.get("city")}


@lru_cache(maxsize=None)
def _stem_automaton(language: str) -> ahocorasick.Automaton | None:
    """The names that drop their last letter before an ending (:data:`DROPPED_BEFORE_AN_ENDING`), as stems."""
    dropped = DROPPED_BEFORE_AN_ENDING.get(language)
    if not dropped:
        return None
    automaton = ahocorasick.Automaton()
    for name, code in script_country_names(language).items():
        if name.endswith(dropped) and " " not in name[-3:] and sum(ch.isalpha() for ch in name) > 3:
            automaton.add_word(name[:-1], (len(name) - 1, name, code))
    if not len(automaton):
        return None
    automaton.make_automaton()
    return automaton


def _stems_before_an_ending(text: str, language: str, taken: set[int]) -> list[tuple[int, int, str, str]]:
    automaton = _stem_automaton(language)
    if automaton is None:
        return []
    found = []
    for end, (length, name, code) in automaton.iter(text):
        start, end = end + 1 - length, end + 1
        ends = _word_end(text, end)
        dropped, adjective_endings = ADJECTIVE_STEMS.get(language, ("", ()))
        adjective = bool(dropped) and name.endswith(dropped) and text[end:ends] in adjective_endings
        if start in taken or (ends == end and not adjective) or text[end : end + 1] == name[-1]:
            continue  # the name itself, found whole already
        if _starts_a_word(text, start, language, True) and (adjective or _endings(text[end:ends], language)):
            found.append((start, ends, text[start:ends], code))
            taken.add(start)
    return found


# A line of a script with no spaces between words is prose, not a menu's item or a tag, when it is this long at least
# (or a shorter one with a sentence's or a clause's mark: "。", "、").
UNSPACED_PROSE_MIN_CHARS = 40
UNSPACED_SENTENCE_MIN_CHARS = 15
_SENTENCE_MARKS = frozenset("。、！？")


def unspaced_script_prose(text: str, start: int) -> bool:
    """The line of ``text`` at ``start`` (Thai, Lao, Khmer, Burmese, Japanese) is a sentence, not a menu, a tag or a label."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    return len(line) >= UNSPACED_PROSE_MIN_CHARS or (
        len(line) >= UNSPACED_SENTENCE_MIN_CHARS and any(mark in line for mark in _SENTENCE_MARKS))
