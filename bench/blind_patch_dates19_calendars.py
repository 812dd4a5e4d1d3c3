"""Session 19's calendar rule (issue 12, branch creditdate19) put into a probe commit's code, for
``bench/blind_replay.py --patch``: a year of the Thai Buddhist era (2443–2700) is counted back 543 years, a
digits-only year of the Solar Hijri calendar (1300–1410) converted, and any other year from 100 to 1899 given no
date. Today's ``date_patterns.safe_date``, ``numeric_date`` and ``_from_solar_hijri`` (copied by name) replace
the probe's ``safe_date`` in every ingest module that bound it; the probe's word dates go through the same
function, a little wider than today's code (there only digits-only dates take ``numeric_date``). Thai month names
are not put in. Runs ``blind_patch_dates18b.py`` first, the baseline."""

import ast
import sys
from datetime import date
from pathlib import Path

from blind_patching import run_patches

run_patches("blind_patch_dates18b.py")

TODAY = Path(__file__).resolve().parent.parent / "articles" / "ingest"
WANTED = {"_BUDDHIST_ERA_YEARS", "_BUDDHIST_ERA_AHEAD", "safe_date", "_SOLAR_HIJRI_YEARS", "_FIRST_GREGORIAN_YEAR",
          "_DAYS_BEFORE_ORDINAL_ONE", "numeric_date", "_from_solar_hijri"}
calendars: dict = {"date": date}
for node in ast.parse((TODAY / "date_patterns.py").read_text(encoding="utf-8")).body:
    names = {node.name} if isinstance(node, ast.FunctionDef) else {
        name.id for target in getattr(node, "targets", []) for name in ast.walk(target) if isinstance(name, ast.Name)}
    if names & WANTED:
        exec(compile(ast.Module([node], []), "date_patterns.py", "exec"), calendars)
assert WANTED <= set(calendars), WANTED - set(calendars)

for name, module in list(sys.modules.items()):
    if name.startswith("articles.ingest.") and callable(getattr(module, "safe_date", None)):
        module.safe_date = calendars["numeric_date"]
