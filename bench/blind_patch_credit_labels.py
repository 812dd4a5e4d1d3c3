"""The picture labels session 17 added to LABEL (issue 12), put into a probe commit's code for ``bench/blind_replay.py
--patch``: today's first lines of LABEL (the word for a picture, its photographer or its credit in more languages,
built from a list, not from pages) are prepended to the probe's own LABEL, the scripts the label may start with and
the Devanagari full stop are widened as today, the quick test of labels without a capital is today's, and the
modules that build patterns from them are executed again in place."""
import re
import sys
from pathlib import Path

from blind_patching import PROBE_INGEST as ROOT, reexec

TODAY = Path(__file__).resolve().parent.parent / "articles" / "ingest"
VOCABULARY = (TODAY / "credit_vocabulary.py").read_text(encoding="utf-8")
NEW_LABELS = "".join(re.findall(r'r"([^"]*)"', re.search(r"^LABEL = \(\n(?:\s*#.*\n)*((?:\s*r\"[^\"]*\"\n){4})", VOCABULARY,
                                                       re.M)[1]))[3:]  # without its "(?:"
TODAY_CREDITS = (TODAY / "credits.py").read_text(encoding="utf-8")
WITHOUT_CAPITAL = re.search(r"^_LABEL_WITHOUT_CAPITAL = re\.compile\((?:.|\n)*?\)\n", TODAY_CREDITS, re.M)[0]
MORE_ASCII = re.search(r"^_MORE_ASCII_LABELS = .*\n", TODAY_CREDITS, re.M)[0]


def add_labels(source):
    new, n = re.subn(r'^_?LABEL = \(\n(\s*r)"\(\?:', lambda m: m.group(0) + NEW_LABELS.replace("\\", "\\\\"), source, count=1,
                     flags=re.M)
    assert n == 1, "LABEL not found"
    return new


def widen(source):
    source = source.replace(r"[\u0590-\u06ff\u3040-\u9fff\uac00-\ud7af])(?i:",
                            r"[\u0530-\u06ff\u0900-\u0e7f\u10a0-\u10ff\u1200-\u137f\u3040-\u9fff\uac00-\ud7af])(?i:")
    source = source.replace("(?<=[.!?”\\\"’)\\],:。])", "(?<=[.!?”\\\"’)\\],:。।])", 1)
    return source


TODAYS_QUICK_TEST = {"re": re}
exec(WITHOUT_CAPITAL + MORE_ASCII, TODAYS_QUICK_TEST)


def with_todays_quick_test(original):
    def has_label(line: str) -> bool:
        tail = line[-160:]
        return original(line) or any(word in tail for word in TODAYS_QUICK_TEST["_MORE_ASCII_LABELS"]) \
            or (not tail.isascii() and bool(TODAYS_QUICK_TEST["_LABEL_WITHOUT_CAPITAL"].search(tail)))
    return has_label


if "LABEL = (" in (ROOT / "credit_vocabulary.py").read_text(encoding="utf-8") if (ROOT / "credit_vocabulary.py").exists() else False:
    reexec("credit_vocabulary", add_labels)
    reexec("credits", widen)
    for name in ("credit_lines", "parsing_body"):
        reexec(name)
else:
    reexec("credits", lambda source: widen(add_labels(source)))
credits = sys.modules["articles.ingest.credits"]
credits._has_label_in_lower_case = with_todays_quick_test(credits._has_label_in_lower_case)
