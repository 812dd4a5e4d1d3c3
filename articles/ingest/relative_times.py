"""A page's relative time ("3 hours ago", "vor 2 Tagen", "3時間前"): the only date some pages print.

Issue 12 asks for such a time only when nothing absolute dates the article, and then marked as estimated: the
parser counts it back from the moment of import (a crawler's own date line, when there is one, already dated the
page) and says so. Only a short line near the top or one set apart as page furniture is read: in a story's
sentences "three days ago" is narrative, not the page's date.
"""

import re
from datetime import timedelta

SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 7 * 86400, "month": 30 * 86400,
           "year": 365 * 86400}
# Each language's words for the units, as printed after the number (the unit's key above first).
_UNITS = {
    "second": "s sec secs second seconds sekunden secondes segundos secondi seconden saniye detik секунд секунды",
    "minute": "m min mins minute minutes minuten minuto minutos minuti dakika menit минут минуты минуту",
    "hour": "h hr hrs hour hours stunde stunden heure heures hora horas ora ore uur saat jam час часа часов",
    "day": "d day days tag tagen jour jours día días dia dias giorno giorni dag dagen gün hari день дня дней",
    "week": "w wk wks week weeks woche wochen semaine semaines semana semanas settimana settimane weken hafta "
            "minggu неделю недели недель",
    "month": "mo mos month months monat monaten mois mes meses mese mesi maand maanden ay bulan месяц месяца месяцев",
    "year": "y yr yrs year years jahr jahren an ans año años ano anos anno anni jaar jaren yıl tahun год года лет",
}
_UNIT_OF = {word: unit for unit, words in _UNITS.items() for word in words.split()}
_UNIT = r"(?P<unit>" + "|".join(sorted(map(re.escape, _UNIT_OF), key=len, reverse=True)) + r")"
_N = r"(?P<n>\d{1,3}|an?|one)"
_AGO = re.compile(rf"(?<!\w){_N}\s*{_UNIT}\.?\s+(?:ago|fa|geleden|önce|yang\s+lalu|lalu|назад)(?!\w)", re.IGNORECASE)  # en, it, nl, tr, id, ru
_BEFORE = re.compile(rf"(?<!\w)(?:vor|il\s+y\s+a|hace|há)\s+{_N}\s*{_UNIT}(?!\w)", re.IGNORECASE)  # de, fr, es, pt
# Chinese, Japanese and Korean write the number, the unit and "before" together: "3小时前", "3時間前", "3시간 전".
_CJK_UNITS = {"秒": "second", "초": "second", "分钟": "minute", "分鐘": "minute", "分": "minute", "분": "minute",
              "小时": "hour", "小時": "hour", "時間": "hour", "시간": "hour", "天": "day", "日": "day", "일": "day",
              "周": "week", "週": "week", "週間": "week", "주": "week", "个月": "month", "個月": "month",
              "か月": "month", "ヶ月": "month", "개월": "month", "年": "year", "년": "year"}
_CJK_RELATIVE = re.compile(
    r"(?P<n>\d{1,3})\s*(?P<unit>" + "|".join(sorted(map(re.escape, _CJK_UNITS), key=len, reverse=True))
    + r")\s*(?:前|전)"
)
LONGEST_LINE = 80  # a longer line is a sentence or a teaser, where a relative time is narrative


def relative_time(line: str) -> tuple[str, timedelta] | None:
    """The relative time a short line prints, as printed, and how long ago it says."""
    if len(line) > LONGEST_LINE:
        return None
    match = _AGO.search(line) or _BEFORE.search(line)
    if match:
        n = match["n"].lower()
        unit = _UNIT_OF[match["unit"].lower()]
    else:
        match = _CJK_RELATIVE.search(line)
        if not match:
            return None
        n, unit = match["n"], _CJK_UNITS[match["unit"]]
    count = int(n) if n.isdigit() else 1
    return match.group(0).strip(), timedelta(seconds=count * SECONDS[unit])


def first_relative_time(lines) -> tuple[str, timedelta] | None:
    return next((found for found in map(relative_time, lines) if found), None)
