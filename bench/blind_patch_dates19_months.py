"""Session 19's candidate date change (issue 12), put into a probe commit's code for ``bench/blind_replay.py
--patch``: session 18's CLDR month list (``blind_patch_dates18_months.py``: every language's wide names, format and
stand-alone, four letters or more) widened to every locale Babel holds, regional ones too (the Levantine Arabic
"كانون الثاني", "شباط"), names of several words or written with the month's number ("tháng 5", "1-р сар"), and the
abbreviated names of the scripts other than Latin ("февр", "сент"; Latin abbreviations are too often words:
"hire", "sett", "gush"). A name two locales give to different months is left out. Puts the list in as session 18's
file did, then runs ``blind_patch_dates18b.py``, the baseline: after, as dates18's widened gap pattern is set on the
modules and executing date_patterns again would drop it."""
import re
import sys
from collections import defaultdict

from babel import Locale, localedata
from blind_patching import PROBE_INGEST, reexec, run_patches

import articles.ingest.parsing  # noqa: F401  (so that the modules importing the patterns are loaded first)

LATIN = re.compile(r"[a-zà-ɏ]")


def cldr_month_names() -> dict[str, int]:
    numbers: dict[str, set[int]] = defaultdict(set)
    for identifier in localedata.locale_identifiers():
        months = Locale.parse(identifier).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months[context][width].items():
                    name = name.lower().rstrip(".").strip()
                    letters = re.sub(r"[\W\d_]", "", name)
                    if re.search(r"\d", name) and not re.search(r"[^\W\d_]{2,}\s", name):
                        continue  # "m01", "5月": a number more than a name
                    if width == "abbreviated" and (LATIN.search(name) or len(letters) < 3):
                        continue
                    if len(letters) >= (4 if width == "wide" else 3):
                        numbers[name].add(number)
    return {name: next(iter(found)) for name, found in numbers.items() if len(found) == 1}


MORE_MONTHS = cldr_month_names()
HOLDER = "date_patterns" if (PROBE_INGEST / "date_patterns.py").exists() else "dates"
PREAMBLE = f'''
class _WithMoreMonths(dict):
    def __missing__(self, name):
        return _MORE_MONTHS[name]


_MORE_MONTHS = {MORE_MONTHS!r}
'''
MONTH_LINE = '_MONTH = r"(?P<month>" + _any_word(MONTHS) + r")\\.?"'


def add_months(source: str) -> str:
    assert MONTH_LINE in source, "the month pattern's line not found"
    source = source.replace(MONTH_LINE, "MONTHS = _WithMoreMonths(MONTHS)\n"
                            '_MONTH = r"(?P<month>" + _any_word({**_MORE_MONTHS, **MONTHS}) + r")\\.?"')
    source = source.replace("LONGEST_MONTH = max(map(len, MONTHS))", "LONGEST_MONTH = max(map(len, {**_MORE_MONTHS, **MONTHS}))")
    head, _, rest = source.partition("\nMONTHS = {")
    return head + PREAMBLE + "\nMONTHS = {" + rest


holder = sys.modules[f"articles.ingest.{HOLDER}"]
before = dict(vars(holder))
reexec(HOLDER, add_months)
for name, module in list(sys.modules.items()):
    if name.startswith("articles.") and module is not holder:
        for attribute, value in list(vars(module).items()):
            if attribute in before and value is before[attribute] and vars(holder).get(attribute) is not value:
                setattr(module, attribute, vars(holder)[attribute])

run_patches("blind_patch_dates18b.py")
