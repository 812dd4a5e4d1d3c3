"""Session 20's date rules for pages in non-Latin scripts (issue 12, branch fields20s) put into a probe commit's
code, for ``bench/blind_replay.py --patch``: a Solar Hijri month's name between a day and a year of that calendar
("۲۱ مرداد ۱۴۰۰", today's ``SOLAR_HIJRI_WORD_DATE``) and a spaced dash before a word date's year ("September 7 –
2018"). The probe's month-day-year patterns gain the dash where they hold today's separator; a Solar Hijri date is
written over, before the probe reads the text, with its Gregorian day in ISO form padded to the same length (so the
offsets hold; a date shorter than ten characters is left unread). Runs ``blind_patch_dates20_periods.py`` first, the
baseline."""
import ast
import re
import sys
from datetime import date
from pathlib import Path

from blind_patching import run_patches

run_patches("blind_patch_dates20_periods.py")

from articles.ingest import dates  # noqa: E402

TODAY = Path(__file__).resolve().parent.parent / "articles" / "ingest"
WANTED = {"_SOLAR_HIJRI_MONTHS", "SOLAR_HIJRI_MONTHS", "SOLAR_HIJRI_WORD_DATE", "solar_hijri_word_date",
          "_from_solar_hijri", "_SOLAR_HIJRI_YEARS", "_DAYS_BEFORE_ORDINAL_ONE", "_any_word"}
calendars: dict = {"date": date, "re": re}
for node in ast.parse((TODAY / "date_patterns.py").read_text(encoding="utf-8")).body:
    names = {node.name} if isinstance(node, ast.FunctionDef) else {
        name.id for target in getattr(node, "targets", []) for name in ast.walk(target) if isinstance(name, ast.Name)}
    if names & WANTED:
        exec(compile(ast.Module([node], []), "date_patterns.py", "exec"), calendars)
assert WANTED <= set(calendars), WANTED - set(calendars)

SEPARATOR, WITH_DASH = r"(?:,\s*|\s+|/)", r"(?:,\s*|\s+[–-]\s+|\s+|/)"
for name, module in list(sys.modules.items()):
    if name.startswith("articles.ingest."):
        for attribute in ("MONTH_DAY_YEAR", "_MONTH_DAY_YEAR", "DAY_YEAR_CORE"):
            probe = getattr(module, attribute, None)
            if isinstance(probe, re.Pattern) and SEPARATOR in probe.pattern:
                setattr(module, attribute, re.compile(probe.pattern.replace(SEPARATOR, WITH_DASH), probe.flags))


def _gregorian_in_place(text: str) -> str:
    def written_over(match):
        day = calendars["solar_hijri_word_date"](match)
        if day is None or len(match[0]) < 10:
            return match[0]
        return day.isoformat().ljust(len(match[0]))
    return calendars["SOLAR_HIJRI_WORD_DATE"].sub(written_over, text)


original_find_dates = dates.find_dates


def find_dates(text, *args, **kwargs):
    return original_find_dates(_gregorian_in_place(text), *args, **kwargs)


for name, module in list(sys.modules.items()):
    if name.startswith("articles.ingest.") and getattr(module, "find_dates", None) is original_find_dates:
        module.find_dates = find_dates
if hasattr(dates, "_dates_found"):
    dates._dates_found.cache_clear()
