"""The headline rules of session 19 "the headline's extent" (issue 12, branch headline19b) put into a probe commit's
code, for ``bench/blind_replay.py --patch``, on top of ``blind_patch_noheadline19.py`` (which chains the earlier
headline patches): a lone word with no closing mark under a line is not that line's hard-wrapped end
(``parsing_cleanup._continues``), and a headline broken over two lines is not joined to a lone word nor to a
picture's lower-case file name whose words the caption under it prints as names (``join_split_headlines``).

    .venv/bin/python bench/blind_replay.py --batch s13a ... --batch s16n --field headline \\
        --patch bench/blind_patch_headline19b.py"""

import ast
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
runpy.run_path(str(HERE / "blind_patch_noheadline19.py"), run_name="blind_replay_patch")

import articles.ingest.parsing  # noqa: E402,F401  (so that its modules are loaded before they are patched)
from blind_patching import reexec  # noqa: E402

TODAY = HERE.parent / "articles" / "ingest"


def today(path: Path, names: set[str]) -> str:
    """The source of today's definitions of ``names`` in ``path``."""
    source = path.read_text(encoding="utf-8")
    return "\n\n".join(ast.get_source_segment(source, node) for node in ast.parse(source).body
                       if (getattr(node, "name", None) in names)
                       or {getattr(t, "id", None) for t in getattr(node, "targets", [])} & names)


LONE = today(TODAY / "parsing_cleanup.py", {"_lone_word_unclosed"})
CONTINUES = "\n_probe_continues = _continues\n\n\ndef _continues(previous, line):\n" \
            "    return _probe_continues(previous, line) and not _lone_word_unclosed(line)\n"
reexec("parsing_cleanup", lambda source: f"{source}\n\n{LONE}\n{CONTINUES}")

CAPTION = today(TODAY / "parsing_page_chrome.py", {"_MIN_CAPTION_NAMES", "_names_of_the_caption_below"})
PAIR = "        first, second = units[index], units[index + 1]\n"
GUARD = PAIR + ("        if \" \" not in second or _names_of_the_caption_below(second, units[index + 2 : index + 3]):\n"
                "            index += 1\n            continue\n")


def _guard_joins(source: str) -> str:
    assert source.count(PAIR) == 1, "the probe's join_split_headlines has changed shape"
    return source.replace(PAIR, GUARD) + f"\n\n{CAPTION}\n"


chrome = sys.modules["articles.ingest.parsing_page_chrome"]
probe_join = chrome.join_split_headlines
reexec("parsing_page_chrome", _guard_joins)
for module in list(sys.modules.values()):
    if getattr(module, "__name__", "").startswith("articles.") \
            and getattr(module, "join_split_headlines", None) is probe_join:
        module.join_split_headlines = chrome.join_split_headlines
