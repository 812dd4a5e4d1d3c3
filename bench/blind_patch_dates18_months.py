"""Session 18's candidate date change (issue 12, tried and not kept: it fixed no blind page), put into a probe
commit's code for ``bench/blind_replay.py --patch``: the months' full names in every language CLDR describes (Babel's
data, a runtime dependency already; a list, not pages), in their format ("января", "tammikuuta") and stand-alone
("январь") forms, four letters or more, a name two languages give to different months left out, are read in dates
beside the probe's own. The probe's MONTHS keeps its own words for the tests that ask whether a word is a month;
looking a month's number up falls back on the list. The module holding the patterns (date_patterns.py, or dates.py
in the oldest probes) is executed again in place, and every module that imported a name from it gets the new
object."""
import re
import sys
from collections import defaultdict

from babel import Locale, localedata
from blind_patching import PROBE_INGEST, reexec

import articles.ingest.parsing  # noqa: F401  (so that the modules importing the patterns are loaded first)



def cldr_month_names() -> dict[str, int]:
    numbers: dict[str, set[int]] = defaultdict(set)
    for identifier in localedata.locale_identifiers():
        if "_" not in identifier:  # a language, not a region's variant of it
            months = Locale.parse(identifier).months
            for context in ("format", "stand-alone"):
                for number, name in months[context]["wide"].items():
                    name = name.lower().rstrip(".")
                    if len(name) >= 4 and re.fullmatch(r"[^\W\d_]+", name):
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
