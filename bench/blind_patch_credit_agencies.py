"""The picture agencies session 17 added to PICTURE_AGENCIES (issue 12), put into a probe commit's code for
``bench/blind_replay.py --patch``: today's first line of that list (national wires and picture libraries, built from
lists, not from pages) is prepended to the probe's own list, and the modules that build patterns from it are executed
again in place, so the probe's functions see the new patterns."""
import re
from pathlib import Path

from blind_patching import PROBE_INGEST as ROOT, reexec

TODAY = Path(__file__).resolve().parent.parent / "articles" / "ingest" / "credit_vocabulary.py"
EXTRA = re.search(r"PICTURE_AGENCIES = \(\n(?:\s*#.*\n)*\s*r\"([^\"]+)\|\"\n", TODAY.read_text(encoding="utf-8"))[1]


def add(source):
    new, n = re.subn(r"^_?PICTURE_AGENCIES = \(\n", lambda m: m.group(0) + f'    r"{EXTRA}|"\n', source, flags=re.M)
    assert n == 1, "PICTURE_AGENCIES not found"
    return new


if (ROOT / "credit_vocabulary.py").exists() and "PICTURE_AGENCIES = (" in (ROOT / "credit_vocabulary.py").read_text():
    import articles.ingest.credit_vocabulary  # noqa: F401
    reexec("credit_vocabulary", add)
    for name in ("credits", "credit_lines", "parsing_body"):
        reexec(name)
else:
    reexec("credits", add)
