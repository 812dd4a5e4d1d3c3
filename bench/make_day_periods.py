"""Print the table of day-period words (the "a.m." and "p.m." of other languages) that
``articles/ingest/date_periods.py`` holds, from CLDR through Babel, for the languages of national presses.

Each language's 12-hour pattern ("a h:mm" in Korean, "h:mm a" in Arabic) says whether its words stand before the
time or after it; its flexible periods of the morning, the afternoon and the evening ("晚上", evening; "مساءً")
count as a.m. or p.m. when CLDR's rules put the whole period on one side of noon (the night's words are left out:
pages write "2 at night" for 2 a.m. where CLDR's night may end at midnight). Left out too: a word two languages give
to both halves of the day, and words in Latin letters with no full stop and not in capitals ("em" in Swedish is the
Portuguese "in"; "tarde" is any afternoon's word), as likely to be prose after a number.
Run: ``.venv/bin/python bench/make_day_periods.py``.
"""
import re
import textwrap

from babel import Locale

LANGUAGES = ("ar fa ps ur ko ja zh zh_Hant yue vi th ms el es ca tr hu cs sk sl sq bs mk uk lv lt is af fi "
             "ne si my am hi bn ta te mr gu kn ml pa ky mn").split()
NOON = 12 * 3600  # seconds into the day, as CLDR's rules count
ALREADY_READ = {"am", "pm", "a.m.", "p.m."}  # the English forms, which the time pattern reads itself


def _side(rule: list[dict]) -> str | None:
    """'am' or 'pm' when every range of a flexible period lies on one side of noon."""
    sides = set()
    for span in rule:
        start, end = span.get("from"), span.get("before")
        if start is None or end is None or start >= end:
            return None  # a single instant or a period across midnight
        sides.add("am" if end <= NOON else "pm" if start >= NOON else None)
    return sides.pop() if len(sides) == 1 else None


def _kept(word: str) -> bool:
    if " ".join(word.lower().split()) in ALREADY_READ:
        return False
    if re.search(r"[^\W\d_]", word) and not re.search(r"[A-Za-zÀ-ɏ]", word):
        return True  # another script's word
    return "." in word or (word.isupper() and len(word) >= 2)


def day_periods() -> tuple[dict[str, str], set[str]]:
    periods: dict[str, set[str]] = {}
    before: set[str] = set()
    for identifier in LANGUAGES:
        locale = Locale.parse(identifier)
        rules = locale._data.get("day_period_rules", {}).get(None, {})
        skeleton = locale._data["datetime_skeletons"].get("hm")
        first = str(skeleton.pattern).lstrip()[:1] in "aB" if skeleton else False
        for width in ("abbreviated", "wide"):
            for period, word in locale.day_periods.get("format", {}).get(width, {}).items():
                if not period.startswith(("am", "pm", "morning", "afternoon", "evening")):
                    continue
                side = period if period in ("am", "pm") else _side(rules.get(period, []))
                word = " ".join(word.split())  # CLDR's narrow no-break spaces as pages print them
                if side and _kept(word):
                    periods.setdefault(word, set()).add(side)  # as printed: "SA" (Vietnamese) is not "sa"
                    if first:
                        before.add(word)
    table = {word: sides.pop() for word, sides in periods.items() if len(sides) == 1}
    return table, before & set(table)


def _quoted(word: str) -> str:
    return '"' + "".join(char if char.isprintable() else f"\\u{ord(char):04x}" for char in word) + '"'


if __name__ == "__main__":
    table, before = day_periods()
    print('DAY_PERIODS = {  # as printed, case included: the Vietnamese "SA" is no Tagalog "sa"')
    for word in sorted(table, key=lambda w: (w in before, table[w], w)):
        print(f"    {_quoted(word)}: \"{table[word]}\",")
    print("}")
    print("PRINTED_BEFORE_THE_TIME = frozenset({")
    print(textwrap.fill(", ".join(map(_quoted, sorted(before))), width=116, initial_indent="    ",
                        subsequent_indent="    ") + ",")
    print("})")
