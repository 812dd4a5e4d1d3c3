"""Session 19's date rule (issue 12, branch creditdate19) put into a probe commit's code, for ``bench/blind_replay.py
--patch``: where the page itself does not tell whether its numeric dates are day-first (a day above 12, a weekday
printed before, its word dates...), the one weekday the story's lead names ("said Wednesday") decides when one
reading only falls on it, before the outlet's locale is guessed from the time zone
(``date_order._order_from_the_leads_weekday``, copied by name from today's code; the probe's own ``OrderGuess`` is
kept, so its dates stay flagged). Runs ``blind_patch_dates18b.py`` first, the baseline."""

import ast
import re
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from blind_patching import run_patches

run_patches("blind_patch_dates18b.py")

from articles.ingest import parsing  # noqa: E402  (after the patches that execute the probe's modules again)

TODAY = Path(__file__).resolve().parent.parent / "articles" / "ingest"
COPIED = {
    "date_patterns.py": {"NUMERIC", "WEEKDAY_NAMES", "safe_date"},
    "scanning.py": {"matches_at", "positions_of"},
    "date_order.py": {"_DIGIT", "_digit_positions", "_STORYS_WEEKDAY", "_LEAD_WORDS", "_order_from_the_leads_weekday"},
}

probe = sys.modules[parsing.day_first_hint.__module__]  # dates.py before session 15, date_order.py after
rule: dict = {"re": re, "date": date, "Iterator": Iterator, "OrderGuess": probe.OrderGuess}
for module, names in COPIED.items():
    for node in ast.parse((TODAY / module).read_text(encoding="utf-8")).body:
        found = {node.name} if isinstance(node, ast.FunctionDef) else {
            target.id for target in getattr(node, "targets", []) if isinstance(target, ast.Name)}
        if found & names:
            exec(compile(ast.Module([node], []), module, "exec"), rule)

probe_hint = parsing.day_first_hint


def day_first_hint(text, known="", zone=""):
    if zone and probe_hint(text, known) is None:  # the page itself does not tell
        told = rule["_order_from_the_leads_weekday"](text)
        if told is not None:
            return told
    return probe_hint(text, known, zone)


parsing.day_first_hint = day_first_hint
