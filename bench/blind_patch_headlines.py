"""The headline rule of session 16 "headline classes" (issue 12) put into a probe commit's code, for
``bench/blind_replay.py --patch``: which blind headline misses of each batch it would have fixed.
Today's ``_lone_first_line`` (articles/ingest/parsing_headline_choice.py) is copied into the probe commit's module;
where the probe's ``take_headline`` found no headline at all, the text's lone opening line is taken, flagged. Helpers
an older probe lacks are stood in for by ones that never object (the rule is then a little looser than today's)."""

import ast
import re
import sys
from pathlib import Path

import articles.ingest.parsing  # noqa: F401  (so that its modules are loaded before they are patched)
from articles.ingest import parsing_headline_choice as choice

TODAY = Path(__file__).resolve().parent.parent / "articles" / "ingest" / "parsing_headline_choice.py"
WANTED = {"_LONE_FIRST_LINE_WORDS", "_TWO_SENTENCES", "_lone_first_line", "_MAX_HEADLINE_WORDS"}
HELPERS = ["folded", "SITE_CHROME", "METADATA_SHAPED", "names_a_newsroom", "caption_in_head", "split_credit",
           "find_byline", "find_dates", "is_site_notice", "is_site_control", "word_count"]
NEVER = re.compile(r"(?!x)x")

space = vars(choice)
for name in HELPERS:
    if name not in space:
        found = next((getattr(module, name) for module in list(sys.modules.values())
                      if getattr(module, "__name__", "").startswith("articles.") and hasattr(module, name)), None)
        space[name] = found if found is not None else (NEVER if name.isupper() else (lambda *a, **k: None))
tree = ast.parse(TODAY.read_text(encoding="utf-8"))
for node in tree.body:
    names = {node.name} if isinstance(node, ast.FunctionDef) else {
        target.id for target in getattr(node, "targets", []) if isinstance(target, ast.Name)}
    if names & WANTED and not (names == {"_MAX_HEADLINE_WORDS"} and "_MAX_HEADLINE_WORDS" in space):
        exec(compile(ast.Module([node], []), str(TODAY), "exec"), space)

original = choice.take_headline


def take_headline(units, metadata, layout, doubled, day_first=None):
    position = original(units, metadata, layout, doubled, day_first)
    if position or layout.headline or not units:
        return position
    body = choice.first_paragraph(units, metadata)
    if body is not None and choice._lone_first_line(units, metadata, body) == 0:
        layout.headline, layout.headline_unsure = units[0], True
        return 1
    return position


for module in list(sys.modules.values()):
    if getattr(module, "__name__", "").startswith("articles.") and getattr(module, "take_headline", None) is original:
        module.take_headline = take_headline
