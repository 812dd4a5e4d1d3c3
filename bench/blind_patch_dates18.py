"""Session 18's date rule (issue 12) put into a probe commit's code, for ``bench/blind_replay.py --patch``: a clock
time after a date with one short word between ("Zeit: 09:45", "kell 09:45"; not an update's label) completes the
date. The probe's own gap pattern (``GAP_AFTER_DATE``, ``_GAP_AFTER_DATE`` in the oldest probes) is widened by the
one alternative today's ``GAP_AFTER_DATE`` (articles/ingest/date_patterns.py) added, with today's update labels, in
every module that holds it: the words the probe lists are its own. (``blind_patch_dates18_months.py`` is the change
measured and not kept.)"""
import ast
import re
import sys
from pathlib import Path

import articles.ingest.parsing  # noqa: F401  (so that the date modules are loaded first)

SOURCE = (Path(__file__).resolve().parent.parent / "articles" / "ingest" / "date_patterns.py").read_text(encoding="utf-8")
namespace = {"re": re}
for node in ast.parse(SOURCE).body:
    if {target.id for target in getattr(node, "targets", []) if isinstance(target, ast.Name)} & {"UPDATED_WORDS"}:
        exec(compile(ast.Module([node], []), "date_patterns.py", "exec"), namespace)
ONE_SHORT_WORD = rf"^\.?[\s,•|·/\-–—]*(?!(?:{namespace['UPDATED_WORDS']})\b)[^\W\d_]{{1,7}}\.?\s*:?\s*$"

for name, module in list(sys.modules.items()):
    if name.startswith("articles.ingest."):
        for attribute in ("GAP_AFTER_DATE", "_GAP_AFTER_DATE"):
            probe = getattr(module, attribute, None)
            if isinstance(probe, re.Pattern):
                setattr(module, attribute, re.compile(f"(?:{probe.pattern})|(?:{ONE_SHORT_WORD})", re.IGNORECASE))
