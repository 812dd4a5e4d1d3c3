"""Session 17's systematic byline leads (``articles/ingest/byline_leads.py``, one row per language) put into a probe
commit's code, for ``bench/blind_replay.py --patch``, on top of the known-names test already merged
(``bench/blind_patch_bylines.py`` is run first, so the baseline is today's byline rules' blind figure).

The probe commit's lead expressions (``LEAD``, ``LONE_LEAD``) are rebuilt with today's list's words added before or
after its own, exactly as ``byline_vocabulary.py`` adds them, and put in every module that imported them. Only the
list's words are added: the leads fitted page by page since the probe commit are not.
"""

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
exec(compile((HERE / "blind_patch_bylines.py").read_text(encoding="utf-8"), str(HERE / "blind_patch_bylines.py"), "exec"))

leads = {}
exec(compile((HERE.parent / "articles" / "ingest" / "byline_leads.py").read_text(encoding="utf-8"), "byline_leads.py", "exec"), leads)
SKIP = set(filter(None, __import__("os").environ.get("LEADS_SKIP", "").split(",")))  # languages left out, to measure each
rows = [row for language, row in leads["LEADS"].items() if language not in SKIP]
column = lambda index: "|".join(row[index] for row in rows if row[index])  # noqa: E731

home = sys.modules.get("articles.ingest.byline_vocabulary") or sys.modules["articles.ingest.bylines"]
if not hasattr(home, "_BY_PHRASES"):
    home = sys.modules["articles.ingest.bylines"]


def _with(pattern: str, old: str, new: str) -> str:
    assert pattern.count(old) >= 1, old[:60]
    return pattern.replace(old, new, 1)


LEAD_NAME = "LEAD" if hasattr(home, "LEAD") else "_LEAD"  # the oldest probes keep them private
LONE_NAME = "LONE_LEAD" if hasattr(home, "LONE_LEAD") else "_LONE_LEAD"
old_lead = getattr(home, LEAD_NAME)
pattern = old_lead.pattern
pattern = _with(pattern, f"(?:{home._BY_PHRASES})", f"(?:{column(1)}|{home._BY_PHRASES})")
pattern = _with(pattern, f"(?:{home._BY_LABELS})\\s*:", f"(?:{home._BY_LABELS}|{column(2)})\\s*:")
pattern = _with(pattern, f"(?:{home._BY_WORDS})\\b", f"(?:{home._BY_WORDS}|{column(0)})\\b")
new_lead = re.compile(pattern, old_lead.flags)

old_lone = getattr(home, LONE_NAME, None)
new_lone = None
if old_lone is not None:
    pattern = old_lone.pattern
    pattern = _with(pattern, f"(?:{home._BY_PHRASES})|by|{home._BY_WORDS})",
                    f"(?:{column(1)}|{home._BY_PHRASES})|by|{home._BY_WORDS}|{column(0)})")
    pattern = _with(pattern, f"(?P<label>{home._PERSON_LABELS})", f"(?P<label>{home._PERSON_LABELS}|{column(3)})")
    new_lone = re.compile(pattern, old_lone.flags)

for module in list(sys.modules.values()):
    if not getattr(module, "__name__", "").startswith("articles."):
        continue
    for name in ("LEAD", "_LEAD"):
        if getattr(module, name, None) is old_lead:
            setattr(module, name, new_lead)
    for name in ("LONE_LEAD", "_LONE_LEAD"):
        if old_lone is not None and getattr(module, name, None) is old_lone:
            setattr(module, name, new_lone)
    for name in ("find_byline",):
        cached = getattr(module, name, None)
        if hasattr(cached, "cache_clear"):
            cached.cache_clear()
