#!/usr/bin/env python
"""Write articles/ingest/cldr_months.py: the months' names of every locale Babel's CLDR data holds (regional ones
too: Levantine Arabic "كانون الثاني" beside "يناير"), wide names in their format and stand-alone forms, names of several
words or written with the month's number ("tháng 5"), and the abbreviated names of the scripts other than Latin
("февр"; Latin abbreviations are too often words: "hire", "sett"). A name two locales give to different months is
left out. Generated once, not at import: reading every locale takes a second.

    .venv/bin/python bench/make_cldr_months.py
"""
import re
from collections import defaultdict
from pathlib import Path

import babel
from babel import Locale, localedata

TARGET = Path(__file__).resolve().parent.parent / "articles" / "ingest" / "cldr_months.py"
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
    return {name: next(iter(found)) for name, found in sorted(numbers.items()) if len(found) == 1}


def main() -> None:
    names = cldr_month_names()
    lines = [f'"""The months\' names of every locale in CLDR (Babel {babel.__version__}), written by '
             'bench/make_cldr_months.py: do not edit."""', "", "CLDR_MONTHS = {"]
    lines += [f"    {name!r}: {number}," for name, number in names.items()]
    lines.append("}")
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {TARGET}")


if __name__ == "__main__":
    main()
