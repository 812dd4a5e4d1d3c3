"""Session 22's headline rules for Chinese and Japanese pages (issue 12, branch headline22) put into a probe commit's
code, for ``bench/blind_replay.py --patch``, on their own (no earlier patch chained).

Each edit is made to the probe's own source, inside the one function it concerns, and the module run again
(``blind_patching.reexec``); today's ``reading_words`` (articles/ingest/scanning.py) and ``SCRIPT_FULL_STOPS``
are added to the module. The functions other modules imported from it are bound to the new ones.
- ``first_paragraph``: a line's words are its ``reading_words``, and "。", "．", "۔", "！", "？" close a sentence;
- ``headline_features``: the same count for the line's length and its real words; a line closed by "。" is a sentence;
- ``_first_line_headline``: the same count for the one- or two-word label over the headline;
- ``take_headline``: a Chinese or Japanese headline is flagged;
- ``_date_lines_in_head`` (parsing_text.py): a line that is a sentence before a bracketed credit is no date line.
An edit whose text the probe does not hold is skipped (the early probes lack some); ``EDITS_MADE`` lists those made.

    .venv/bin/python bench/blind_replay.py --field headline --misses --patch bench/blind_patch_unspaced22.py
"""

import ast
import sys
from pathlib import Path

import articles.ingest.parsing  # noqa: F401  (so that its modules are loaded before they are patched)

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_patching import reexec  # noqa: E402

TODAY = Path(__file__).resolve().parent.parent / "articles" / "ingest"
EDITS_MADE: list[str] = []


def _today(path: Path, names: set[str]) -> str:
    source = path.read_text(encoding="utf-8")
    return "\n\n".join(ast.get_source_segment(source, node) for node in ast.parse(source).body
                       if (getattr(node, "name", None) in names)
                       or {getattr(t, "id", None) for t in getattr(node, "targets", [])} & names)


PRELUDE = "\n\nimport functools as _functools22\nimport re\n" + _today(
    TODAY / "scanning.py", {"UNSPACED_CHARACTERS_PER_WORD", "_UNSPACED", "_UNSPACED_FIRST", "_UNSPACED_RUN",
                            "reading_words"}).replace("@functools.", "@_functools22.") + "\n" + _today(
    TODAY / "parsing_headline_features.py", {"SCRIPT_FULL_STOPS"}) + "\n" + _today(
    TODAY / "parsing_text.py", {"_CLOSING_BRACKETS"}) + "\n"

# (function, the probe's text, today's text)
EDITS = (
    ("first_paragraph", "        words = word_count(unit)\n", "        words = reading_words(unit)\n"),
    ("first_paragraph", 'unit.rstrip("”\\"’)").endswith((".", "!", "?", "…"',
     'unit.rstrip("”\\"’)」』").endswith(("！", "？") + SCRIPT_FULL_STOPS + (".", "!", "?", "…"'),
    ("headline_features", "    words = word_count(unit)\n", "    words = reading_words(unit)\n"),
    ("headline_features", "len(_REAL_WORD.findall(unit)) < 2", "len(_REAL_WORD.findall(unit)) + words - word_count(unit) < 2"),
    ("headline_features", '"sentence": float(unit.endswith(".")),', '"sentence": float(unit.endswith((".",) + SCRIPT_FULL_STOPS)),'),
    ("_first_line_headline", "word_count(units[start]) <= 2", "reading_words(units[start]) <= 2"),
    ("_first_line_headline", "word_count(units[start + 1]) >= 4", "reading_words(units[start + 1]) >= 4"),
    ("take_headline", "    layout.headline_unsure = bool(other_story) or",
     "    layout.headline_unsure = reading_words(layout.headline) != word_count(layout.headline) or bool(other_story) or"),
    ("_date_lines_in_head", 'or unit.rstrip().endswith((".", "!", "?")):',
     'or _CLOSING_BRACKETS.sub("", unit).rstrip().endswith((".", "!", "?") + SCRIPT_FULL_STOPS):'),
)


def _edit_function(source: str, function: str, old: str, new: str, module: str) -> str:
    start = source.find(f"\ndef {function}(")
    if start < 0:
        return source
    end = source.find("\ndef ", start + 1)
    end = len(source) if end < 0 else end
    body = source[start:end]
    if old not in body:
        return source
    EDITS_MADE.append(f"{module}.{function}")
    return source[:start] + body.replace(old, new, 1) + source[end:]


def _patched(module: str):
    def edit(source: str) -> str:
        for function, old, new in EDITS:
            source = _edit_function(source, function, old, new, module)
        return source + PRELUDE
    return edit


def _modules():
    return [module for name, module in list(sys.modules.items()) if name.startswith("articles.") and module]


def _rebind(old, new) -> None:
    for module in _modules():
        for key, value in list(vars(module).items()):
            if value is old:
                setattr(module, key, new)


for name in ("parsing_headline_features", "parsing_headline_choice", "parsing_text"):
    module = sys.modules.get(f"articles.ingest.{name}")
    if module is None:
        continue
    before = {key: value for key, value in vars(module).items() if callable(value)
              and getattr(value, "__module__", None) == module.__name__}
    reexec(name, _patched(name))
    for key, old in before.items():
        new = vars(module).get(key)
        if new is not None and new is not old:
            _rebind(old, new)
