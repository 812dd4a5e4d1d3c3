"""A masthead's strips that stand where a headline might: today's weekday, date and weather, and the site's
menu of languages by their own names. Neither is ever the headline."""

import re

from .date_patterns import FOREIGN_WEEKDAYS
from .scanning import word_count

# A masthead's strip: today's weekday and date, the weather ("Pondělí 25. srpna Venku je 11 °C, Zataženo",
# "Samstag, 12. März | 8 °C Wien"). A headline may give a temperature ("Heatwave brings 40°C"), not beside a weekday.
_TEMPERATURE = re.compile(r"-?\d+(?:[.,]\d)?\s?°\s?[CF]?\b|\d+\s?℃")
_MASTHEAD_WEEKDAY = re.compile(  # opening the strip, before the day of the month
    r"\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|" + "|".join(FOREIGN_WEEKDAYS) +
    # and the languages whose weekdays date_patterns.py does not list: Czech, Slovak, Hungarian, Romanian, Croatian, Finnish
    r"|pondělí|úterý|středa|čtvrtek|pátek|neděle|pondelok|utorok|streda|štvrtok|piatok|nedeľa|hétfő|kedd|szerda|"
    r"csütörtök|péntek|szombat|vasárnap|luni|marți|miercuri|joi|vineri|sâmbătă|duminică|ponedjeljak|utorak|srijeda|"
    r"četvrtak|petak|subota|nedjelja|maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai),?\s+\d{1,2}\b(?!\s?°)",
    re.IGNORECASE,
)
_MAX_STRIP_WORDS = 16


def is_weather_strip(unit: str) -> bool:
    return ("°" in unit or "℃" in unit) and word_count(unit) <= _MAX_STRIP_WORDS and bool(
        _TEMPERATURE.search(unit) and _MASTHEAD_WEEKDAY.match(unit))


# Languages by their own names, as a site's language menu lists them.
_LANGUAGE_NAMES = frozenset("""english français francais español espanol deutsch русский عربي العربية 中文 简体中文
    繁體中文 português portugues italiano 日本語 한국어 türkçe nederlands polski हिन्दी हिंदी فارسی kiswahili українська
    ελληνικά svenska dansk norsk suomi čeština magyar română tiếng bahasa indonesia melayu اردو বাংলা""".split())


_MAX_LANGUAGE_MENU_WORDS = 16


def is_language_menu(unit: str) -> bool:
    """A site's language menu: "English Français Español 中文"."""
    if not 3 <= word_count(unit) <= _MAX_LANGUAGE_MENU_WORDS:
        return False
    words = [word.strip("|•·/,").casefold() for word in unit.split()]
    words = [word for word in words if word]
    named = sum(word in _LANGUAGE_NAMES for word in words)
    return named >= 3 and named >= len(words) - 1
