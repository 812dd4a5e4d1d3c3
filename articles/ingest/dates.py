"""Finding publication dates in scraped text and in metadata values.

We keep control over the one rule generic parsers get wrong for news: whether
03/04/2021 is the 3rd of April or the 4th of March. A day above 12 decides;
otherwise the rest of the document hints (other numeric dates, "March 3, 2021"
style word dates, US time zones); with no hint from the page the outlet's locale
(the source time zone the editor set) decides, else day-first, and the result is
flagged as ambiguous so the caller can tell the editor.
"""

import email.utils
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone
from itertools import chain
from zoneinfo import ZoneInfo

from dateutil import parser as dateutil_parser

from .scanning import matches_at, positions_of

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
# The month names of the common European languages, as they stand in a date ("3 mars 2024",
# "11 декабря 2025"); English ones above win where the spelling is the same.
_FOREIGN_MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "de": "januar februar märz april mai juni juli august september oktober november dezember",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "id": "januari februari maret april mei juni juli agustus september oktober november desember",
    # A date takes the genitive in Greek, Czech, Slovak, Croatian and Finnish; headlines in capitals drop
    # the Greek accents, and a few sites print the nominative.
    "el": "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου "
          "νοεμβρίου δεκεμβρίου",
    "el-caps": "ιανουαριου φεβρουαριου μαρτιου απριλιου μαϊου ιουνιου ιουλιου αυγουστου σεπτεμβριου οκτωβριου "
               "νοεμβριου δεκεμβριου",
    "el-nominative": "ιανουάριος φεβρουάριος μάρτιος απρίλιος μάιος ιούνιος ιούλιος αύγουστος σεπτέμβριος "
                     "οκτώβριος νοέμβριος δεκέμβριος",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
          "lokakuuta marraskuuta joulukuuta",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "tr": "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември",
    "pl-nominative": "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "ms": "januari februari mac april mei jun julai ogos september oktober november disember",  # Malay
    # abbreviated, as pages print them beside a time ("3 janv. 2024", "3. Okt. 2024", "3 ott 2024", "3 mrt 2024")
    "fr-abbr": "janv févr mars avr mai juin juil août sept oct nov déc",
    "de-abbr": "jan feb mär apr mai jun jul aug sep okt nov dez",
    "it-abbr": "gen feb mar apr mag giu lug ago set ott nov dic",
    "es-abbr": "ene feb mar abr may jun jul ago sep oct nov dic",
    "pt-abbr": "jan fev mar abr mai jun jul ago set out nov dez",
    "nl-abbr": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "pl-abbr": "sty lut mar kwi maj cze lip sie wrz paź lis gru",
}
# Weekday names of the same languages, which stand before a date ("Miércoles, 30 Noviembre 2016").
FOREIGN_WEEKDAYS = (
    "lunes martes miércoles miercoles jueves viernes sábado sabado domingo "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag "
    "lunedì martedì mercoledì giovedì venerdì sabato domenica "
    "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "
    "senin selasa rabu kamis jumat sabtu minggu "
    "måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag onsdag torsdag fredag lørdag søndag "
    "poniedziałek wtorek środa czwartek piątek sobota niedziela "
    "δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή"
).split()
for _names in _FOREIGN_MONTHS.values():
    for _number, _name in enumerate(_names.split(), start=1):
        MONTHS.setdefault(_name, _number)
# A genitive two languages share for different months: Polish "listopada" is November, Croatian October. Croatian
# writes the day as an ordinal with its full stop ("16. listopada 2023."), Polish without ("16 listopada 2023").
_DAY_DOT_MONTHS = {"listopada": 10}


def _month_number(match: re.Match) -> int:
    month = match["month"].lower()
    if month in _DAY_DOT_MONTHS and re.match(r"\d{1,2}\.\s", match.string[match.start("day"):match.start("month")]):
        return _DAY_DOT_MONTHS[month]
    return MONTHS[month]


def _any_word(words) -> str:
    """A regex for any of ``words``, longest first, as a tree of their common beginnings ("jan(?:uary|vier)?").

    It matches as ``"|".join(sorted(words, key=len, reverse=True))`` does: the words that fit at one place in
    a text begin one another, and the tree tries the longer first too. A pattern with a hundred words
    tried in turn at every word of a text cost a 500-character paragraph half a millisecond.
    """
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def branches(node) -> str:
        options = [re.escape(char) + branches(child) for char, child in node.items() if char]
        if not options:
            return ""
        either = options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
        return f"(?:{either})?" if "" in node else either

    return branches(tree)


_MONTH = r"(?P<month>" + _any_word(MONTHS) + r")\.?"
_WEEKDAY_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_ENGLISH_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_WEEKDAY = (r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?|"
            + _any_word(FOREIGN_WEEKDAYS) + ")")
_ORDINAL = r"(?:st|nd|rd|th)?"

# Fixed offsets of abbreviations as printed by news sites. "ET" and friends
# change with daylight saving, so they resolve through the tz database.
_ZONE_OFFSETS = {
    "GMT": 0, "UTC": 0, "Z": 0, "WET": 0, "BST": 60, "WEST": 60, "CET": 60,
    "CEST": 120, "EET": 120, "EEST": 180, "MSK": 180, "IST": 330, "HKT": 480,
    "SGT": 480, "JST": 540, "KST": 540, "AEST": 600, "AEDT": 660,
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420,
    "MDT": -360, "PST": -480, "PDT": -420,
    # Africa, Asia, Oceania and the rest of the Americas, as their news sites print them
    "WAT": 60, "CAT": 120, "SAST": 120, "EAT": 180, "TRT": 180, "GST": 240, "PKT": 300, "NPT": 345,
    "ICT": 420, "WIB": 420, "WITA": 480, "PHT": 480, "PHST": 480, "MYT": 480, "AWST": 480, "ACST": 570,
    "ACDT": 630, "NZST": 720, "NZDT": 780, "HST": -600, "AKST": -540, "AKDT": -480, "BRT": -180,
    # the German names of Europe's zones: "10:05 Uhr MEZ" (CET), "MESZ" (CEST), "OEZ"/"OESZ" (EET/EEST), "WEZ"/"WESZ"
    "MEZ": 60, "MESZ": 120, "OEZ": 120, "OESZ": 180, "WEZ": 0, "WESZ": 60,
}
_REGIONAL_ZONES = {
    "ET": "America/New_York", "CT": "America/Chicago",
    "MT": "America/Denver", "PT": "America/Los_Angeles",
}
ZONE_NAMES = sorted({*_ZONE_OFFSETS, *_REGIONAL_ZONES})
# Abbreviations more than one zone prints: IST is India's, Israel's and Ireland's summer time; CST is US Central
# and China's; BST British Summer and Bangladesh's; GST Gulf and South Georgia's; AST Atlantic and Arabia's.
_SHARED_ABBREVIATION = re.compile(r"\b(?:IST|CST|BST|GST|AST)\b", re.IGNORECASE)
US_ZONES = {"ET", "CT", "MT", "PT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT"}
_ZONE = (
    r"(?P<zone>(?:GMT|UTC)\s?[+-]\s?\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|"
    + "|".join(sorted(list(_ZONE_OFFSETS) + list(_REGIONAL_ZONES), key=len, reverse=True))
    + r")\b"
)

# Each pattern below that starts with a number tests what stands before it after its first digit, not before:
# a pattern that starts with a digit lets the regex engine skip to the next digit instead of trying every
# position (a 600-word article spent a fifth of its parsing in these scans).
_ISO = re.compile(
    r"(?P<year>\d(?<![\d-]\d)\d{3})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,]\d+)?)?"
    r"\s?(?P<zone>Z|[+-]\d{2}:?\d{2})?)?(?![\d])"
)
_DAY_MONTH_YEAR = re.compile(
    rf"(?:\b{_WEEKDAY},?\s+)?(?<!\d)(?P<day>\d{{1,2}})(?:(?:st|nd|rd|th|\.)?\s+(?:of\s+|de\s+)?|[/-])\b{_MONTH}(?:,?\s+(?:de\s+|del\s+)?|[/-])(?P<year>\d{{4}})(?!\d)",
    re.IGNORECASE,
)
_MONTH_DAY_YEAR = re.compile(
    # "Mar 06,2023"; "The WorldNovember 22, 2022": a month glued to the word before it, where the case changes
    rf"(?:\b{_WEEKDAY},?\s+)?(?:\b|(?-i:(?<=[a-z])(?=[A-Z]))){_MONTH}\s+(?P<day>\d{{1,2}}){_ORDINAL}(?:,\s*|\s+|/)(?P<year>\d{{4}})(?!\d)",
    re.IGNORECASE,
)
_NUMERIC = re.compile(
    # a full stop may close it, as it closes Central European dates ("29.7.2020.") and sentences, but no number
    r"(?P<first>\d(?<![\d/.\-]\d)\d?)(?P<sep>[/.\-])(?P<second>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})(?![\d/\-]|\.\d)"
)
_YEAR_FIRST = re.compile(r"(?P<year>\d(?<![\d/.]\d)\d{3})[/.](?P<month>\d{1,2})[/.](?P<day>\d{1,2})(?![\d/.])")
# Dotted dates spaced out: day first in Central Europe ("3. 3. 2024", Czech, Slovak, Croatian), year first in
# Hungary and Korea ("2024. 03. 14.").
_SPACED_DAY_FIRST = re.compile(r"(?P<day>\d(?<![\d.]\d)\d?)\.\s(?P<month>\d{1,2})\.\s(?P<year>\d{4})(?!\d)")
# Hungarian: the year, the month's name, the day, each closed by a full stop ("2024. március 5.").
_YEAR_MONTH_NAME_DAY = re.compile(rf"(?<!\d)(?P<year>\d{{4}})\.\s+{_MONTH}\s+(?P<day>\d{{1,2}})\.", re.IGNORECASE)
_SPACED_YEAR_FIRST = re.compile(r"(?P<year>\d(?<![\d.]\d)\d{3})\.\s(?P<month>\d{1,2})\.\s(?P<day>\d{1,2})\.")  # its closing stop too
# Chinese, Japanese and Korean pages: "2024年3月14日", "2024년 3월 14일".
_CJK_DATE = re.compile(r"(?<!\d)(?P<year>\d{4})\s*[年년]\s*(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]")
_TIME = re.compile(
    rf"(?P<hour>\d(?<![\d:.]\d)\d?)(?:(?P<sep>[:.h])(?P<minute>\d{{2}})(?::(?P<second>\d{{2}}))?)?"
    rf"(?:\s?(?:hrs?|horas?|uhr|heures?)\b\.?)?"  # "14:50 hrs", "20:19 horas", "10.30 Uhr"
    # "11:54 p": a bare "a" or "p" closing the line (never "at 9:15 a bus ...", mid-sentence)
    rf"\s?(?P<ampm>[ap]\.?m\b\.?|[ap](?=[ \t]*(?:\n|$)))?(?:\s?\(?{_ZONE}\)?)?",  # "14:50 GMT", "14:50 (GMT+3)"
    re.IGNORECASE,
)
_WEEKDAY_MONTH_DAY = re.compile(
    rf"\b(?P<weekday>{_ENGLISH_WEEKDAY}),?\s+(?:(?P<day1>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?{_MONTH}|{_MONTH.replace('month', 'month2')}\s+(?P<day2>\d{{1,2}}){_ORDINAL})\b(?!,?\s+\d{{4}})",
    re.IGNORECASE,
)
_URL_DATE = re.compile(r"/(?P<year>(?:19|20)\d{2})[/-]?(?P<month>0[1-9]|1[0-2])[/-]?(?P<day>0[1-9]|[12]\d|3[01])(?:/|-|_|\b)")

# Faster forms of the two word-date patterns, for counting them over a whole document
# (``day_first_hint``) and for find_dates' quick test: the same matches, minus the optional weekday, which never
# changes how many there are. A pattern that starts with a digit lets the regex
# engine skip to the next digit instead of trying every position.
_DAY_MONTH_YEAR_CORE = re.compile(
    rf"\d(?<!\d\d)\d?(?:(?:st|nd|rd|th|\.)?\s+(?:of\s+|de\s+)?|[/-])\b{_MONTH}(?:,?\s+(?:de\s+|del\s+)?|[/-])\d{{4}}(?!\d)", re.IGNORECASE
)
_DAY_YEAR_CORE = re.compile(rf"\d(?<!\d\d)\d?{_ORDINAL}(?:,\s*|\s+|/)\d{{4}}(?!\d)", re.IGNORECASE)
_MONTH_AT_END = re.compile(rf"(?:\b|(?-i:(?<=[a-z])(?=[A-Z]))){_MONTH}\Z", re.IGNORECASE)  # as _MONTH_DAY_YEAR starts
_LONGEST_MONTH = max(map(len, MONTHS)) + 1  # with its full stop

# The labels of the common European languages and Indonesian too ("Publié le", "Actualizado:", "Diperbarui").
UPDATED_WORDS = (r"(?:last\s+)?updated|(?:last\s+)?modified|edited|revised|amended|actualizado|actualizada|"
                 r"actualización|mis\s+à\s+jour|mise\s+à\s+jour|aktualisiert|aggiornato|aggiornamento|atualizado|"
                 r"atualização|bijgewerkt|uppdaterad|oppdatert|opdateret|zaktualizowano|обновлено|actualizat|diperbarui|"
                 # Finnish, Czech, Slovak, Hungarian, Greek, the Balkans' languages, Turkish, Ukrainian, Bulgarian
                 r"päivitetty|aktualizováno|aktualizované|aktualizace|aktualizacja|frissítve|ενημέρωση|ενημερώθηκε|"
                 r"ažurirano|posodobljeno|güncelleme|güncellendi|оновлено|актуализирано|"
                 # "changed": "modifié le" (French), "modifica il"/"modificato" (Italian), "modificado", "geändert",
                 # "gewijzigd", "ændret" (Danish), "endret" (Norwegian), "ändrad" (Swedish), "upraveno" (Czech)
                 r"modifiée?|modificat[oa]|modifica|modificad[oa]|geändert|gewijzigd|ændret|endret|ändrad|upraveno")
PUBLISHED_WORDS = (r"(?:first\s+)?published|posted|created|released|issued|dated?|publicado|publicada|publié|publiée|"
                   r"veröffentlicht|erschienen|pubblicato|gepubliceerd|publicerad|publisert|udgivet|opublikowano|"
                   r"опубликовано|publicat|diterbitkan|dipublikasikan|diposting|"
                   r"julkaistu|publiceret|publikováno|publikované|közzétéve|δημοσίευση|δημοσιεύθηκε|objavljeno|"
                   r"yayınlanma|yayınlandı|опубліковано|публикувано|avaldatud|publicēts|paskelbta|καταχωρήθηκε")
_UPDATED_LABEL = re.compile(rf"\b(?:{UPDATED_WORDS})\b", re.IGNORECASE)
_PUBLISHED_LABEL = re.compile(rf"\b(?:{PUBLISHED_WORDS}|on)\b", re.IGNORECASE)
_GAP_AFTER_DATE = re.compile(
    r"^\.?[\s,•|·/\-–—]*(?:at\s+|@\s*|-\s*|à\s+|a\s+las\s+|um\s+|alle\s+|om\s+|в\s+|o\s+|klo\s+|kl\.?\s+|kello\s+|pukul\s+|"
    r"(?:alle\s+)?ore\s+|às\s+|as\s+|godz\.?\s+|v\s+|saat\s+|u\s+|ob\s+)?$",
    re.IGNORECASE,  # ... "6.3.2023 klo 14.32" (Finnish), "kl. 14.32" (Nordic), "pukul 10.30" (Indonesian),
    # "alle ore 10:05" (Italian), "às 10h05" (Portuguese), "godz. 10:05" (Polish), "v 10:05" (Czech), "saat 10.05"
    # (Turkish), "u 10:05" (Croatian, Serbian, Bosnian), "ob 10.05" (Slovene)
)
_ZONE_GAP = re.compile(rf"^\s+{_ZONE}\s+$")  # a zone between a date and its time: "2019-07-02 HKT 12:28"
_CLOCK_WORD = re.compile(r"\b(?:at|um|alle|om|klo|kl|kello|pukul|ore|godz|saat|u|ob)\b|à", re.IGNORECASE)
_GAP_BEFORE_DATE = re.compile(r"^[\s,•|·\-–—]*(?:on\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class FoundDate:
    """A date (and perhaps a time) found in a piece of text."""

    value: datetime  # always time-zone aware
    start: int
    end: int
    has_time: bool = False
    label: str = ""  # "published", "updated" or "" when the text gives no label
    ambiguous: bool = False  # numeric day/month order read day-first without a hint
    zoned: bool = False  # the time was printed with a zone or an offset
    printed: str = ""  # the date and time as printed

    def in_zone(self, zone) -> "FoundDate":
        """The same wall-clock time read in ``zone`` (for a time printed without one, or with an abbreviation
        several zones print that ``zone`` itself prints on that day: "IST" from Jerusalem or Dublin is not India's)."""
        if not self.has_time or zone is None:
            return self
        if self.zoned and not self._abbreviation_of(zone):
            return self
        return replace(self, value=self.value.replace(tzinfo=zone))

    def _abbreviation_of(self, zone) -> bool:
        printed = _SHARED_ABBREVIATION.search(self.printed)
        if not printed or not hasattr(zone, "key"):
            return False
        local = self.value.replace(tzinfo=zone)
        return local.tzname() == printed.group(0).upper() and local.utcoffset() != self.value.utcoffset()


# Newsrooms whose numeric dates are month-first: the United States' and the Philippines'. Everywhere
# else prints day-first, so the editor's source time zone is the outlet's locale when the page gives no hint.
_MONTH_FIRST_ZONE_PREFIXES = (
    "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Phoenix",
    "America/Anchorage", "America/Detroit", "America/Boise", "America/Indiana/", "America/Kentucky/",
    "America/North_Dakota/", "America/Juneau", "Pacific/Honolulu", "US/", "Asia/Manila", "Pacific/Guam",
)


def day_first_hint(text: str, known: str = "", zone: str = "") -> "bool | OrderGuess | None":
    """Whether numeric dates in this document are day-first; None when nothing tells.

    ``known`` is a date the page is known to carry (ISO, e.g. the crawler's): a
    numeric date that reads as it one way only decides. ``zone`` is the source's
    IANA time zone: the last hint, after the page's own.
    """
    hint = _day_first_from_page(text, known)
    if hint is None and zone:
        return OrderGuess(not zone.startswith(_MONTH_FIRST_ZONE_PREFIXES))
    return hint


@dataclass(frozen=True)
class OrderGuess:
    """A day/month order taken from the outlet's locale, not from the page: dates read so stay flagged."""

    day_first: bool


def reads_day_first(day_first) -> bool:
    """How to read 03/04: day-first unless the page, or the outlet's locale, says month-first."""
    return day_first.day_first if isinstance(day_first, OrderGuess) else day_first is not False


# An English weekday right before a numeric date ("Wed, 12/03/2008"), and the time Drupal's default date format
# prints after it ("Wed, 12/03/2008 - 19:48", month first).
_WEEKDAY_BEFORE = re.compile(r"\b(?P<weekday>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+$", re.IGNORECASE)
_DRUPAL_TIME_AFTER = re.compile(r"\s+-\s+\d{1,2}:\d{2}\b")


def _order_from_weekday(text: str, match: re.Match) -> bool | None:
    """Day-first (True) or month-first (False) as the weekday printed before a numeric date tells: the one reading
    falling on it; when both do, Drupal's "Wed, 12/03/2008 - 19:48" is month-first. None when nothing tells."""
    weekday = _WEEKDAY_BEFORE.search(text, max(0, match.start() - 12), match.start()) if match["sep"] == "/" else None
    if not weekday:
        return None
    year, first, second = int(match["year"]), int(match["first"]), int(match["second"])
    wanted = _WEEKDAY_NAMES.index(weekday["weekday"].lower())
    fits = [day is not None and day.weekday() == wanted
            for day in (_safe_date(year, second, first), _safe_date(year, first, second))]  # day-first, month-first
    if fits[0] != fits[1]:
        return fits[0]
    if fits[0] and _DRUPAL_TIME_AFTER.match(text, match.end()):
        return False
    return None


def _day_first_from_page(text: str, known: str) -> bool | None:
    known_date = date.fromisoformat(known) if known else None
    digits = _digit_positions(text)  # each pattern below starts with a digit: tried only there
    for match in matches_at(_NUMERIC, text, digits):
        first, second = int(match["first"]), int(match["second"])
        if first > 12 >= second:
            return True
        if second > 12 >= first:
            return False
        told = _order_from_weekday(text, match) if len(match["year"]) == 4 and first != second else None
        if told is not None:
            return told
        if known_date and first != second:
            if _safe_date(int(match["year"]), second, first) == known_date:
                return True
            if _safe_date(int(match["year"]), first, second) == known_date:
                return False
    day_first_words = sum(1 for _ in matches_at(_DAY_MONTH_YEAR_CORE, text, digits))
    month_first_words = _count_month_day_year(text, digits)
    if month_first_words > day_first_words:
        return False
    if day_first_words > month_first_words:
        return True
    zones = {m.group(0).upper() for m in _CAPITALS_WORD.finditer(text)}
    if zones & US_ZONES:
        return False
    return None


_DIGIT = re.compile(r"\d")


def _digit_positions(text: str) -> list[int]:
    """Where the text's digits stand, in order: an ASCII text's are 0 to 9 only (:func:`positions_of`)."""
    return positions_of(text, "0123456789") if text.isascii() else [match.start() for match in _DIGIT.finditer(text)]


_CAPITALS_WORD = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]{1,3}\b")  # a word of 2 to 4 capitals, found from its first letter


def _count_month_day_year(text: str, digits: list[int] | None = None) -> int:
    """``len(_MONTH_DAY_YEAR.findall(text))``, found from the day and year ("3, 2021") back to the month."""
    digits = _digit_positions(text) if digits is None else digits
    count = 0
    for match in matches_at(_DAY_YEAR_CORE, text, digits):
        before = text[: match.start()]
        month_end = len(before.rstrip())
        if month_end < len(before) and _MONTH_AT_END.search(before, max(0, month_end - _LONGEST_MONTH - 1), month_end):
            count += 1
    return count


def find_dates(text: str, day_first: bool | None = None) -> list[FoundDate]:
    """Every full date (day, month and year) in the text, in order, with nearby times."""
    spans: list[tuple[int, int, date, dict | None, bool]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e, *_ in spans)

    for match in _ISO.finditer(text):
        day = _safe_date(int(match["year"]), int(match["month"]), int(match["day"]))
        if day:
            clock = match.groupdict() if match["hour"] else None
            spans.append((match.start(), match.end(), day, clock, False))
    # A word date's part from its day on is a fast search (it starts with a digit): the whole pattern, slow on a
    # paragraph, runs only where that part is found.
    for pattern, part in ((_DAY_MONTH_YEAR, _DAY_MONTH_YEAR_CORE), (_MONTH_DAY_YEAR, _DAY_YEAR_CORE)):
        for match in pattern.finditer(text) if part.search(text) else ():
            day = _safe_date(int(match["year"]), _month_number(match), int(match["day"]))
            if day and free(match.start(), match.end()):
                spans.append((match.start(), match.end(), day, None, False))
    for match in _CJK_DATE.finditer(text) if "月" in text or "월" in text else ():
        day = _safe_date(int(match["year"]), int(match["month"]), int(match["day"]))
        if day and free(match.start(), match.end()):
            spans.append((match.start(), match.end(), day, None, False))
    spaced = ". " in text  # the quick test: both spaced forms print a full stop and a space
    for match in _YEAR_MONTH_NAME_DAY.finditer(text) if spaced else ():
        day = _safe_date(int(match["year"]), MONTHS[match["month"].lower()], int(match["day"]))
        if day and free(match.start(), match.end()):
            spans.append((match.start(), match.end(), day, None, False))
    for match in chain(_YEAR_FIRST.finditer(text), *((_SPACED_DAY_FIRST.finditer(text), _SPACED_YEAR_FIRST.finditer(text))
                                                     if spaced else ())):
        day = _safe_date(int(match["year"]), int(match["month"]), int(match["day"]))
        if day and free(match.start(), match.end()):
            spans.append((match.start(), match.end(), day, None, False))
    for match in _NUMERIC.finditer(text):
        resolved = _resolve_numeric(match, day_first)
        if resolved and free(match.start(), match.end()):
            spans.append((match.start(), match.end(), resolved[0], None, resolved[1]))
    spans.sort(key=lambda span: span[0])

    found = []
    previous_end = 0
    for start, end, day, clock, ambiguous in spans:
        printed_start, printed_end = start, end
        if clock is None:
            near = _time_near(text, start, end, [(s, e) for s, e, *_ in spans])
            clock = near.groupdict() if near else None
            zone_between = _ZONE_GAP.match(text[end : near.start()]) if near and near.start() >= end else None
            if zone_between and not clock.get("zone"):  # "2019-07-02 HKT 12:28": the zone printed before the time
                clock["zone"] = zone_between["zone"]
            if near:
                printed_start, printed_end = min(start, near.start()), max(end, near.end())
        value, has_time = _combine(day, clock)
        label = _label_before(text[previous_end:start])
        zoned = bool(has_time and clock.get("zone"))
        printed = " ".join(text[printed_start:printed_end].split())
        found.append(FoundDate(value, start, end, has_time, label, ambiguous, zoned, printed))
        previous_end = end
    return found


_ZONE_WORD = re.compile(rf"\b{_ZONE}")


def strip_dates_and_times(text: str) -> str:
    """The text with dates, times and time zones removed (to see what else a line says)."""
    for found in reversed(find_dates(text)):
        text = text[: found.start] + " " + text[found.end :]
    text = _TIME.sub(lambda m: " " if _is_clock(m) else m.group(0), text)
    return _ZONE_WORD.sub(" ", text)


def parse_date_value(value: object, day_first: bool | None = None, zone=None) -> tuple[datetime | None, bool]:
    """Read a metadata value (ISO 8601, RFC 2822, epoch seconds, free text).

    Returns the aware datetime (naive values are taken in ``zone``, else UTC)
    and whether a numeric day/month order had to be guessed.
    """
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = value / 1000 if value > 10**11 else value
        try:
            return datetime.fromtimestamp(seconds, tz=timezone.utc), False
        except (OverflowError, OSError, ValueError):
            return None, False
    if not isinstance(value, str) or not value.strip():
        return None, False
    text = value.strip()
    try:
        return _aware(datetime.fromisoformat(text.replace("Z", "+00:00")), zone), False
    except ValueError:
        pass
    try:
        return _aware(email.utils.parsedate_to_datetime(text), zone), False
    except (TypeError, ValueError, IndexError):
        pass
    found = find_dates(text, day_first)
    if found:
        return found[0].in_zone(zone).value, found[0].ambiguous
    try:
        parsed = dateutil_parser.parse(text, dayfirst=reads_day_first(day_first), fuzzy=False)
    except (ValueError, OverflowError):
        return None, False
    return _aware(parsed, zone), False


def date_from_url(url: str) -> datetime | None:
    """The date in a URL path like /2021/03/03/slug, at midnight UTC."""
    match = _URL_DATE.search(url or "")
    if not match:
        return None
    day = _safe_date(int(match["year"]), int(match["month"]), int(match["day"]))
    return datetime.combine(day, time(), timezone.utc) if day else None


def weekday_date_without_year(text: str, today: date | None = None) -> tuple[datetime, str] | None:
    """Resolve "Wednesday, December 21" to the latest year in which it fell on that weekday.

    Returns the datetime and the phrase it came from; it is only ever a guess.
    """
    today = today or datetime.now(timezone.utc).date()
    for match in _WEEKDAY_MONTH_DAY.finditer(text):
        month = MONTHS[(match["month"] or match["month2"]).lower()]
        day = int(match["day1"] or match["day2"])
        weekday = _WEEKDAY_NAMES.index(match["weekday"][:3].lower())
        for year in range(today.year, today.year - 30, -1):
            candidate = _safe_date(year, month, day)
            if candidate and candidate <= today and candidate.weekday() == weekday:
                return datetime.combine(candidate, time(), timezone.utc), match.group(0)
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    if year < 100:
        year += 2000 if year < 70 else 1900
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _resolve_numeric(match: re.Match, day_first: bool | None) -> tuple[date, bool] | None:
    first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
    if first > 12 or second > 12 or first == second:
        reading_day_first = second <= 12
        ambiguous = False
    elif match["sep"] == ".":  # "6.3.2023": dotted dates are day-first wherever they are printed
        reading_day_first, ambiguous = True, False
    else:
        reading_day_first = reads_day_first(day_first)
        ambiguous = day_first is None or isinstance(day_first, OrderGuess)
    day, month = (first, second) if reading_day_first else (second, first)
    resolved = _safe_date(year, month, day)
    return (resolved, ambiguous) if resolved else None


def _is_clock(match: re.Match) -> bool:
    """Whether a _TIME match is really a clock time and not any number."""
    hour = int(match["hour"])
    if match["ampm"]:  # "18:49 PM" is printed too: a 24-hour time with a needless suffix
        return 1 <= hour <= (23 if match["minute"] else 12) and (match["minute"] is None or int(match["minute"]) < 60)
    if match["minute"] is None or hour > 23 or int(match["minute"]) > 59:
        return False
    return match["sep"] in (":", "h") or bool(match["zone"])


def _time_near(text: str, start: int, end: int, date_spans: list[tuple[int, int]]) -> re.Match | None:
    """A clock time printed right after (or right before) the date at text[start:end]."""
    candidates = []
    for match in _TIME.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in date_spans):
            continue
        if match.start() >= end and match.start() - end <= 10 and (_GAP_AFTER_DATE.match(text[end : match.start()])
                                                                or _ZONE_GAP.match(text[end : match.start()])):  # ", alle ore "
            near = match.start() - end <= 3 or bool(_CLOCK_WORD.search(text[end : match.start()]))  # "klo 14.32"
            dotted_ok = _is_clock(match) or (match["sep"] == "." and near and int(match["hour"]) < 24 and int(match["minute"]) < 60)
            if dotted_ok:
                candidates.append((0, match))
        elif match.end() <= start and _GAP_BEFORE_DATE.match(text[match.end() : start]) and _is_clock(match):
            candidates.append((1, match))
    if not candidates:
        return None
    return min(candidates, key=lambda c: c[0])[1]


def _combine(day: date, clock: dict | None) -> tuple[datetime, bool]:
    if not clock or clock.get("hour") is None:
        return datetime.combine(day, time(), timezone.utc), False
    hour, minute = int(clock["hour"]), int(clock.get("minute") or 0)
    second = int(clock.get("second") or 0)
    ampm = (clock.get("ampm") or "").lower().replace(".", "")
    ampm = {"p": "pm", "a": "am"}.get(ampm, ampm)  # "11:54 p"
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    naive = datetime.combine(day, time(hour, minute, second))
    return naive.replace(tzinfo=_zone(clock.get("zone"), naive)), True


def _zone(name: str | None, naive: datetime):
    if not name:
        return timezone.utc
    name = name.upper().replace(" ", "")
    if name in _REGIONAL_ZONES:
        return ZoneInfo(_REGIONAL_ZONES[name])
    if name in _ZONE_OFFSETS:
        return timezone(timedelta(minutes=_ZONE_OFFSETS[name]))
    offset = re.search(r"([+-])(\d{1,2}):?(\d{2})?$", name)
    if not offset:
        return timezone.utc
    minutes = int(offset[2]) * 60 + int(offset[3] or 0)
    return timezone(timedelta(minutes=minutes if offset[1] == "+" else -minutes))


def _label_before(prefix: str) -> str:
    """"published" or "updated" when the words just before a date say which it is."""
    window = prefix[-40:]
    updated = list(_UPDATED_LABEL.finditer(window))
    # A bare "on" says nothing by itself: "Last updated on ...", "Published on ...".
    published = [m for m in _PUBLISHED_LABEL.finditer(window) if m.group(0).lower() != "on"]
    last_updated = updated[-1].start() if updated else -1
    last_published = published[-1].start() if published else -1
    if last_updated > last_published:
        return "updated"
    if last_published >= 0:
        return "published"
    return ""


def _aware(value: datetime, zone=None) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=zone or timezone.utc)


def crawler_date(iso: str) -> FoundDate:
    """The date a crawler wrote above the page: below any date the page prints, above an update."""
    return FoundDate(datetime.combine(date.fromisoformat(iso), time(), timezone.utc), 0, 0, label="crawled",
                     printed=iso)


def choose_publication_date(found: list[FoundDate]) -> FoundDate | None:
    """The publication date among dates printed in bylines/date lines.

    A "Published" label beats an unlabelled date, which beats "Updated"; a
    date with a time beats one without. When the winner has no time but
    another non-update date on the same day has one, that time is used.
    """
    if not found:
        return None
    rank = {"published": 0, "": 1, "crawled": 2, "above": 3, "updated": 4}
    best = min(found, key=lambda d: (rank[d.label], not d.has_time, found.index(d)))
    if not best.has_time:
        same_day = [d for d in found if d.has_time and d.label not in ("updated", "crawled", "above")
                    and d.value.date() == best.value.date()]
        if same_day:
            timed = same_day[0]
            return replace(timed, start=best.start, end=best.end, label=best.label,
                           ambiguous=best.ambiguous and timed.ambiguous, printed=f"{best.printed} {timed.printed}")
    return best
