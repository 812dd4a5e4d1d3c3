"""How pages print dates: the months' and weekdays' names in the common languages, the time zones' abbreviations
and offsets, the patterns of a date, a time and a URL's date (with the faster forms that find where one may
stand), the labels that say a date is the publication's or an update's, and :func:`safe_date`, the day a printed
day, month and year make, if any."""

import re
from datetime import date

from .date_periods import DAY_PERIODS, PRINTED_BEFORE_THE_TIME

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
    # Thai, whose year is the Buddhist era's (safe_date), often after its mark: "22 พฤษภาคม พ.ศ. 2566"
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
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
    # Finnish, Czech, Slovak, Hungarian, Romanian ("Perjantai 7.4.2017 klo 19.18", "Pátek 7. 4. 2017")
    "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai "
    "pondělí úterý středa čtvrtek pátek neděle pondelok utorok streda štvrtok piatok nedeľa "
    "hétfő kedd szerda csütörtök péntek szombat vasárnap "
    "luni marți marti miercuri joi vineri sâmbătă sambata duminică duminica "
    "δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή"
).split()
for _names in _FOREIGN_MONTHS.values():
    for _number, _name in enumerate(_names.split(), start=1):
        MONTHS.setdefault(_name, _number)
# A genitive two languages share for different months: Polish "listopada" is November, Croatian October. Croatian
# writes the day as an ordinal with its full stop ("16. listopada 2023."), Polish without ("16 listopada 2023").
_DAY_DOT_MONTHS = {"listopada": 10}


def month_number(match: re.Match) -> int:
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
WEEKDAY_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_ENGLISH_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_WEEKDAY = (r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?|"
            + _any_word(FOREIGN_WEEKDAYS) + ")")
_ORDINAL = r"(?:st|nd|rd|th)?"

# Fixed offsets of abbreviations as printed by news sites. "ET" and friends
# change with daylight saving, so they resolve through the tz database.
ZONE_OFFSETS = {
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
REGIONAL_ZONES = {
    "ET": "America/New_York", "CT": "America/Chicago",
    "MT": "America/Denver", "PT": "America/Los_Angeles",
}
# National zones read only in the case their presses print them (several are English words in lower case: "art",
# "pet", "bot"), and so left out of ZONE_NAMES, whose words a date line may hold in any case: Bangladesh's "BdST",
# South America's, Iran's, Afghanistan's, Myanmar's, Sri Lanka's, Newfoundland's, Guam's and eastern Indonesia's.
# The tz database's offsets, for zones that have kept them this century (Venezuela's changed twice: left out).
CASED_ZONE_OFFSETS = {
    "BdST": 360, "ART": -180, "COT": -300, "PET": -300, "BOT": -240, "UYT": -180, "IRST": 210, "IRDT": 270,
    "AFT": 270, "MMT": 390, "SLST": 330, "NST": -210, "NDT": -150, "ChST": 600, "WIT": 540,
}
ZONE_NAMES = sorted({*ZONE_OFFSETS, *REGIONAL_ZONES})
# Abbreviations more than one zone prints: IST is India's, Israel's and Ireland's summer time; CST is US Central
# and China's; BST British Summer and Bangladesh's; GST Gulf and South Georgia's; AST Atlantic and Arabia's.
SHARED_ABBREVIATION = re.compile(r"\b(?:IST|CST|BST|GST|AST)\b", re.IGNORECASE)
US_ZONES = {"ET", "CT", "MT", "PT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT"}
ZONE = (
    r"(?P<zone>(?:GMT|UTC)\s?[+-]\s?\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|"
    + "|".join(sorted(list(ZONE_OFFSETS) + list(REGIONAL_ZONES), key=len, reverse=True))
    + "|(?-i:" + "|".join(sorted(CASED_ZONE_OFFSETS, key=len, reverse=True)) + ")"
    + r")\b"
)

# Each pattern below that starts with a number tests what stands before it after its first digit, not before:
# a pattern that starts with a digit lets the regex engine skip to the next digit instead of trying every
# position (a 600-word article spent a fifth of its parsing in these scans).
ISO = re.compile(
    r"(?P<year>\d(?<![\d-]\d)\d{3})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,]\d+)?)?"
    r"\s?(?P<zone>Z|[+-]\d{2}:?\d{2})?)?(?![\d])"
)
DAY_MONTH_YEAR = re.compile(
    rf"(?:\b{_WEEKDAY},?\s+)?(?<!\d)(?P<day>\d{{1,2}})(?:(?:st|nd|rd|th|\.)?\s+(?:of\s+|de\s+)?|\s?[/\-–]\s?)\b{_MONTH}(?:,?\s+(?:de\s+|del\s+|พ\.ศ\.\s*)?|\s?[/\-–]\s?)(?P<year>\d{{4}})(?!\d)",
    re.IGNORECASE,
)
MONTH_DAY_YEAR = re.compile(
    # "Mar 06,2023"; "The WorldNovember 22, 2022": a month glued to the word before it, where the case changes
    # "September 7 – 2018": a dash before the year, spaced
    rf"(?:\b{_WEEKDAY},?\s+)?(?:\b|(?-i:(?<=[a-z])(?=[A-Z]))){_MONTH}\s+(?P<day>\d{{1,2}}){_ORDINAL}(?:,\s*|\s+[–-]\s+|\s+|/)(?P<year>\d{{4}})(?!\d)",
    re.IGNORECASE,
)
NUMERIC = re.compile(
    # a full stop may close it, as it closes Central European dates ("29.7.2020.") and sentences, but no number
    r"(?P<first>\d(?<![\d/.\-]\d)\d?)(?P<sep>[/.\-])(?P<second>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})(?![\d/\-]|\.\d)"
)
YEAR_FIRST = re.compile(r"(?P<year>\d(?<![\d/.]\d)\d{3})[/.](?P<month>\d{1,2})[/.](?P<day>\d{1,2})(?![\d/.])")
# Dotted dates spaced out: day first in Central Europe ("3. 3. 2024", Czech, Slovak, Croatian), year first in
# Hungary and Korea ("2024. 03. 14.").
SPACED_DAY_FIRST = re.compile(r"(?P<day>\d(?<![\d.]\d)\d?)\.\s(?P<month>\d{1,2})\.\s(?P<year>\d{4})(?!\d)")
# Hungarian: the year, the month's name, the day, each closed by a full stop ("2024. március 5.").
YEAR_MONTH_NAME_DAY = re.compile(rf"(?<!\d)(?P<year>\d{{4}})\.\s+{_MONTH}\s+(?P<day>\d{{1,2}})\.", re.IGNORECASE)
SPACED_YEAR_FIRST = re.compile(r"(?P<year>\d(?<![\d.]\d)\d{3})\.\s(?P<month>\d{1,2})\.\s(?P<day>\d{1,2})\.")  # its closing stop too
# Chinese, Japanese and Korean pages: "2024年3月14日", "2024년 3월 14일".
CJK_DATE = re.compile(r"(?<!\d)(?P<year>\d{4})\s*[年년]\s*(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]")
# Other languages' words for a.m. and p.m. (date_periods.py): after the time ("3:12 م", "03:12 CH", "3:12 p. m."), in
# the case printed; before it ("오후 3:12", "午後3:12"), read where a time is found beside a date (dates._time_near).
_PERIODS_AFTER = sorted(set(DAY_PERIODS) - PRINTED_BEFORE_THE_TIME)
# (their first letters tested first: one test at each number of a text instead of a try of each word)
_PERIOD_AFTER = (f"(?=[{re.escape(''.join(sorted({word[0] for word in _PERIODS_AFTER})))}])"
                 + _any_word(_PERIODS_AFTER).replace(r"\ ", r"\s?"))
PERIOD_BEFORE_TIME = re.compile(rf"(?P<period>{_any_word(sorted(PRINTED_BEFORE_THE_TIME))})\s?$")
LONGEST_PERIOD = max(map(len, PRINTED_BEFORE_THE_TIME)) + 1  # with its space
TIME = re.compile(
    rf"(?P<hour>\d(?<![\d:.]\d)\d?)(?:(?P<sep>[:.h：])(?P<minute>\d{{2}})(?::(?P<second>\d{{2}}))?)?"
    rf"(?:\s?(?:hrs?|horas?|uhr|heures?)\b\.?)?"  # "14:50 hrs", "20:19 horas", "10.30 Uhr"
    # "11:54 p": a bare "a" or "p" closing the line (never "at 9:15 a bus ...", mid-sentence)
    rf"\s?(?P<ampm>[ap]\.?m\b\.?|[ap](?=[ \t]*(?:\n|$))|(?-i:{_PERIOD_AFTER})(?!\w))?"
    rf"(?:\s?\(?{ZONE}\)?)?",  # "14:50 GMT", "14:50 (GMT+3)"
    re.IGNORECASE,
)
WEEKDAY_MONTH_DAY = re.compile(
    rf"\b(?P<weekday>{_ENGLISH_WEEKDAY}),?\s+(?:(?P<day1>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?{_MONTH}|{_MONTH.replace('month', 'month2')}\s+(?P<day2>\d{{1,2}}){_ORDINAL})\b(?!,?\s+\d{{4}})",
    re.IGNORECASE,
)
URL_DATE = re.compile(r"/(?P<year>(?:19|20)\d{2})[/-]?(?P<month>0[1-9]|1[0-2])[/-]?(?P<day>0[1-9]|[12]\d|3[01])(?:/|-|_|\b)")

# Faster forms of the two word-date patterns, for counting them over a whole document
# (``day_first_hint``) and for find_dates' quick test: the same matches, minus the optional weekday, which never
# changes how many there are. A pattern that starts with a digit lets the regex
# engine skip to the next digit instead of trying every position.
DAY_MONTH_YEAR_CORE = re.compile(
    rf"\d(?<!\d\d)\d?(?:(?:st|nd|rd|th|\.)?\s+(?:of\s+|de\s+)?|\s?[/\-–]\s?)\b{_MONTH}(?:,?\s+(?:de\s+|del\s+|พ\.ศ\.\s*)?|\s?[/\-–]\s?)\d{{4}}(?!\d)", re.IGNORECASE
)
DAY_YEAR_CORE = re.compile(rf"\d(?<!\d\d)\d?{_ORDINAL}(?:,\s*|\s+[–-]\s+|\s+|/)\d{{4}}(?!\d)", re.IGNORECASE)
MONTH_AT_END = re.compile(rf"(?:\b|(?-i:(?<=[a-z])(?=[A-Z]))){_MONTH}\Z", re.IGNORECASE)  # as MONTH_DAY_YEAR starts
LONGEST_MONTH = max(map(len, MONTHS)) + 1  # with its full stop

# The labels of the common European languages and Indonesian too ("Publié le", "Actualizado:", "Diperbarui").
UPDATED_WORDS = (r"(?:last\s+)?updated|(?:last\s+)?modified|edited|revised|amended|actualizado|actualizada|"
                 r"actualización|mis\s+à\s+jour|mise\s+à\s+jour|aktualisiert|aggiornato|aggiornamento|atualizado|"
                 r"atualização|bijgewerkt|uppdaterad|oppdatert|opdateret|zaktualizowano|обновлено|actualizat|diperbarui|"
                 # Finnish, Czech, Slovak, Hungarian, Greek, the Balkans' languages, Turkish, Ukrainian, Bulgarian
                 r"päivitetty|aktualizováno|aktualizované|aktualizace|aktualizacja|frissítve|ενημέρωση|ενημερώθηκε|"
                 r"ažurirano|posodobljeno|güncelleme|güncellendi|оновлено|актуализирано|"
                 # "changed": "modifié le" (French), "modifica il"/"modificato" (Italian), "modificado", "geändert",
                 # "gewijzigd", "ændret" (Danish), "endret" (Norwegian), "ändrad" (Swedish), "upraveno" (Czech)
                 r"modifiée?|modificat[oa]|modifica|modificad[oa]|geändert|gewijzigd|ændret|endret|ändrad|upraveno|"
                 # Korean news systems' "수정 2021.05.11 18:15" (modified); Chinese "更新時間"
                 r"수정|更新時間|更新时间")
PUBLISHED_WORDS = (r"(?:first\s+)?published|posted|created|released|issued|dated?|publicado|publicada|publié|publiée|"
                   r"veröffentlicht|erschienen|pubblicato|gepubliceerd|publicerad|publisert|udgivet|opublikowano|"
                   r"опубликовано|publicat|diterbitkan|dipublikasikan|diposting|"
                   r"julkaistu|publiceret|publikováno|publikované|közzétéve|δημοσίευση|δημοσιεύθηκε|objavljeno|"
                   r"yayınlanma|yayınlandı|опубліковано|публикувано|avaldatud|publicēts|paskelbta|καταχωρήθηκε|"
                   # the noun as a label: "Publication 21/03/2024", "Date de publication :", "Fecha de publicación"
                   r"(?:date\s+de\s+)?publication|(?:fecha|data)\s+de\s+publica(?:ci[óo]n|[çc][ãa]o)|"
                   r"data\s+di\s+pubblicazione|"
                   # Korean news systems' "승인 2021.05.11 10:24" (approved, i.e. published), "입력" (entered), "등록";
                   # Chinese "發布時間", "发布时间"
                   r"승인|입력|등록|發布時間|發佈時間|发布时间")
UPDATED_LABEL = re.compile(rf"\b(?:{UPDATED_WORDS})\b", re.IGNORECASE)
PUBLISHED_LABEL = re.compile(rf"\b(?:{PUBLISHED_WORDS}|on)\b", re.IGNORECASE)
GAP_AFTER_DATE = re.compile(
    r"^\.?[\s,•|·/\-–—]*(?:at\s+|@\s*|-\s*|à\s+|a\s+las\s+|um\s+|alle\s+|om\s+|в\s+|o\s+|klo\s+|kl\.?\s+|kello\s+|kell\s+|"
    r"plkst\.?\s+|pukul\s+|(?:alle\s+)?ore\s+|ora\s+|às\s+|as\s+|godz\.?\s+|v\s+|saat\s+|u\s+|ob\s+|(?:time|saat|hora|heure|uhrzeit|jam)\s?:\s*"
    rf"|(?!(?:{UPDATED_WORDS})\b)[^\W\d_]{{1,7}}\.?\s*:?\s*)?$",  # or one short word, "at" or "time" in another
    # language ("Zeit:", "Ora:"), but no update's label: "3 May 2024 Updated 17:20" is the update's time
    re.IGNORECASE,  # ... "6.3.2023 klo 14.32" (Finnish), "kl. 14.32" (Nordic), "pukul 10.30" (Indonesian),
    # "alle ore 10:05" (Italian), "às 10h05" (Portuguese), "godz. 10:05" (Polish), "v 10:05" (Czech), "saat 10.05"
    # (Turkish), "u 10:05" (Croatian, Serbian, Bosnian), "ob 10.05" (Slovene); a time under its own label after the
    # date: "Tarih: 22 Ocak 2026 — Saat: 16:30", "Date: 3 May 2024 - Time: 09:15", "Hora: 10:05", "Heure : 10h05"
)
ZONE_GAP = re.compile(rf"^\s+{ZONE}\s+$")  # a zone between a date and its time: "2019-07-02 HKT 12:28"
CLOCK_WORD = re.compile(r"\b(?:at|um|alle|om|klo|kl|kello|kell|plkst|pukul|ore|ora|godz|saat|u|ob)\b|à", re.IGNORECASE)
# The word for "year" that Slavic languages print after a date's year, before its time: "3 марта 2024 года, 14:35"
# (Russian, Belarusian), "2024 г." (Russian, Bulgarian), "2024 року", "2024 р." (Ukrainian), "2024 r., godz. 14:35",
# "2024 roku" (Polish), "2024. godine u 14:35" (Croatian, Bosnian), "године", "год." (Serbian), "година" (Macedonian).
YEAR_WORD_AFTER_DATE = re.compile(r"\.?\s*(?:года|год|г|року|р|roku|r|godine|godina|god|године|година)\.?(?=[\s,]|$)",
                                  re.IGNORECASE)
GAP_BEFORE_DATE = re.compile(r"^[\s,•|·\-–—]*(?:on\s+)?$", re.IGNORECASE)


# Thailand counts its years in the Buddhist era, 543 ahead: no Gregorian news date stands in those years.
_BUDDHIST_ERA_YEARS, _BUDDHIST_ERA_AHEAD = range(2443, 2701), 543


def safe_date(year: int, month: int, day: int) -> date | None:
    if year < 100:
        year += 2000 if year < 70 else 1900
    elif year in _BUDDHIST_ERA_YEARS:
        year -= _BUDDHIST_ERA_AHEAD
    try:
        return date(year, month, day)
    except ValueError:
        return None


# Iran and Afghanistan print the Solar Hijri year in digits ("1402/03/01" is 22 May 2023); a digits-only date of an
# earlier year than these or 1900 (a lunar Hijri year, "1445/05/12") is no Gregorian news date either.
_SOLAR_HIJRI_YEARS = range(1300, 1411)  # 1921 to 2032
_FIRST_GREGORIAN_YEAR = 1900
_DAYS_BEFORE_ORDINAL_ONE = 365  # the count below starts a year before date.fromordinal's


def numeric_date(year: int, month: int, day: int) -> date | None:
    """:func:`safe_date` for a date printed in digits only, whose year may be of the Solar Hijri calendar."""
    if year in _SOLAR_HIJRI_YEARS:
        return _from_solar_hijri(year, month, day)
    return None if 100 <= year < _FIRST_GREGORIAN_YEAR else safe_date(year, month, day)


# The Solar Hijri months by name, as Iran (Persian), Afghanistan (Dari, from the zodiac) and Pashto print them
# ("۲۱ مرداد ۱۴۰۰"): CLDR's Gregorian data, which the other tables follow, has no other calendar's names.
_SOLAR_HIJRI_MONTHS = {
    "fa": "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند",
    "fa-AF": "حمل ثور جوزا سرطان اسد سنبله میزان عقرب قوس جدی دلو حوت",
    "ps": "وری غویی غبرگولی چنگاښ زمری وږی تله لړم لیندۍ مرغومی سلواغه کب",
}
SOLAR_HIJRI_MONTHS = {name: number for names in _SOLAR_HIJRI_MONTHS.values()
                      for number, name in enumerate(names.split(), start=1)}
# A day, a Solar Hijri month's name and a year of that calendar, in any digits (Persian ones are \d's too).
SOLAR_HIJRI_WORD_DATE = re.compile(
    r"(?P<day>\d(?<!\d\d)\d?)\s+(?P<month>" + _any_word(SOLAR_HIJRI_MONTHS) + r")\s+(?P<year>\d{4})(?!\d)"
)


def solar_hijri_word_date(match: re.Match) -> date | None:
    """The Gregorian day of a :data:`SOLAR_HIJRI_WORD_DATE` match, if its year is one of that calendar's."""
    year = int(match["year"])
    if year not in _SOLAR_HIJRI_YEARS:
        return None
    return _from_solar_hijri(year, SOLAR_HIJRI_MONTHS[match["month"]], int(match["day"]))


def _from_solar_hijri(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Solar Hijri date: days counted from the calendar's epoch with its 33-year cycle of
    leap years (the arithmetic the Iranian calendar's converters use; exact over this range)."""
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        return None
    year += 1595
    days = (-355668 + 365 * year + (year // 33) * 8 + ((year % 33) + 3) // 4 + day
            + ((month - 1) * 31 if month < 7 else (month - 7) * 30 + 186))
    return date.fromordinal(days - _DAYS_BEFORE_ORDINAL_ONE)
