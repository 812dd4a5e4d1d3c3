"""Every country's names in one language, as the press there writes them: CLDR's everyday names (Babel), ISO 3166's
translated ones (pycountry's iso-codes catalogues), the everyday names both miss, less the names that are everyday
words of the language too. One source for the word-by-word readings (:mod:`.languages`) and for the scripts read in
the raw text (:mod:`.script_names`); each keeps the names its matching can use."""

from __future__ import annotations

import gettext

# Countries' names that are everyday words of the language, left out: Korean 이란 ("so-called"), 수단 ("means"), 인도
# ("sidewalk"), 가나 (the kana), 오만 ("arrogance"); Hebrew הודו (India; "turkey", "they thanked"), ירדן (Jordan; the
# river, a given name), קובה (Cuba; a dumpling), פרו (Peru; "be fruitful"); Arabic "مالي" (Mali; "financial"), "عمان"
# (Amman, Jordan's capital, spelt as Oman without its vowel sign); Persian and Urdu "مالی" (financial); Hindi, Marathi
# and Nepali "माली" (Mali; "gardener").
EVERYDAY_WORDS = {
    # (and the German adjectives made from a name that are everyday words: "kubisch" (cubic, not "kubanisch"),
    # "indianisch" (Native American, not "indisch"))
    "de": frozenset({"kubisch", "indianisch"}),
    "ko": frozenset("이란 수단 인도 가나 오만".split()),
    "he": frozenset("הודו ירדן קובה פרו".split()),
    "ar": frozenset({"مالي", "عمان"}),
    "fa": frozenset({"مالی"}),
    "ur": frozenset({"مالی"}),
    "hi": frozenset({"माली"}),
    "mr": frozenset({"माली"}),
    "ne": frozenset({"माली"}),
}
# ... and the everyday names CLDR's and ISO's formal ones miss, and the names the language's press gives a state:
# Korean 한국 and 남한 (대한민국 there), 호주 (Australia); Arabic "فلسطين", "السعودية", "أمريكا", "بريطانيا", "الكيان
# الصهيوني" (Israel); Persian "آمریکا", "فلسطین", "عربستان", "انگلیس" (the United Kingdom), "رژیم صهیونیستی" (Israel);
# Urdu "امریکا", "فلسطین"; Kazakh "АҚШ" (the United States).
EVERYDAY_NAMES = {
    "ko": {"KR": ("한국", "남한"), "AU": ("호주",)},
    "ar": {"PS": ("فلسطين",), "SA": ("السعودية",), "US": ("أمريكا", "امريكا"), "GB": ("بريطانيا",),
           "IL": ("الكيان الصهيوني",)},
    "fa": {"PS": ("فلسطین",), "SA": ("عربستان",), "US": ("آمریکا", "امریکا"), "GB": ("انگلیس",),
           "IL": ("رژیم صهیونیستی",)},
    "ur": {"PS": ("فلسطین",), "US": ("امریکا", "امریکہ")},
    "kk": {"US": ("АҚШ",)},
    # Japanese "米国" and "アメリカ" (the United States), "英国" (the United Kingdom)
    "ja": {"US": ("米国", "アメリカ"), "GB": ("英国",)},
    # the United States in the Indic languages, whose CLDR name is the formal one ("संयुक्त राज्य")
    "hi": {"US": ("अमेरिका", "अमरीका")}, "mr": {"US": ("अमेरिका",)}, "ne": {"US": ("अमेरिका",)},
    "bn": {"US": ("আমেরিকা", "মার্কিন")}, "gu": {"US": ("અમેરિકા",)}, "pa": {"US": ("ਅਮਰੀਕਾ",)},
    "te": {"US": ("అమెరికా",)}, "kn": {"US": ("ಅಮೆರಿಕ", "ಅಮೆರಿಕಾ")}, "ml": {"US": ("അമേരിക്ക",)},
    "si": {"US": ("ඇමෙරිකාව", "ඇමරිකාව")}, "or": {"US": ("ଆମେରିକା",)},
}


def country_names_in(language: str, locales=None, catalogues=None, *, official=True) -> dict[str, set[str]]:
    """alpha-2 -> the country's names in ``language`` (stripped): CLDR's in each of ``locales`` (default: the
    language's own), ISO 3166's translated common and, with ``official``, formal names from ``catalogues``, and
    :data:`EVERYDAY_NAMES`; never one of :data:`EVERYDAY_WORDS`."""
    import pycountry  # both slow imports, on first use: parsing and the public pages never need them
    from babel import Locale, UnknownLocaleError

    names: dict[str, set[str]] = {}
    for locale in locales or (language,):
        try:
            territories = Locale.parse(locale).territories
        except (UnknownLocaleError, ValueError):
            territories = {}
        for code, name in territories.items():
            if len(code) == 2 and code.isalpha():
                names.setdefault(code, set()).add(name)
    catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=list(catalogues or (language,)),
                                    fallback=True)
    for country in pycountry.countries:
        english_names = (country.name, getattr(country, "common_name", ""))
        if official:
            english_names += (getattr(country, "official_name", ""),)
        for english in english_names:
            translated = catalogue.gettext(english) if english else ""
            if translated and translated != english:
                names.setdefault(country.alpha_2, set()).add(translated)
    for code, everyday in EVERYDAY_NAMES.get(language, {}).items():
        names.setdefault(code, set()).update(everyday)
    words = EVERYDAY_WORDS.get(language, frozenset())
    return {code: {name for name in (n.strip() for n in found) if name not in words} for code, found in names.items()}
