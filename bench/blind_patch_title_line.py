"""The headline rule of session 17 "headline on outlets never seen" (issue 12) put into a probe commit's code, for
``bench/blind_replay.py --patch``: today's ``printed_alone_nearby`` (articles/ingest/parsing_page_chrome.py) applied
to whatever headline the probe's ``take_headline`` chose, as today's ``analyse_units`` applies it."""

import ast
import re
import sys
from pathlib import Path

import articles.ingest.parsing  # noqa: F401  (so that its modules are loaded before they are patched)
from articles.ingest import parsing_headline_choice as choice

TODAY = Path(__file__).resolve().parent.parent / "articles" / "ingest" / "parsing_page_chrome.py"
WANTED = {"_EDGE_SEPARATORS", "_MAX_EDGE_WORDS", "_UNSPACED_SCRIPT", "printed_alone_nearby"}
HEAD_WINDOW = 40

space = {"re": re, "word_count": lambda line: len(line.split())}
for node in ast.parse(TODAY.read_text(encoding="utf-8")).body:
    names = {node.name} if isinstance(node, ast.FunctionDef) else {
        target.id for target in getattr(node, "targets", []) if isinstance(target, ast.Name)}
    if names & WANTED:
        exec(compile(ast.Module([node], []), str(TODAY), "exec"), space)

original = choice.take_headline


def take_headline(units, metadata, layout, doubled, *args, **kwargs):
    position = original(units, metadata, layout, doubled, *args, **kwargs)
    if position and layout.headline:
        layout.headline = space["printed_alone_nearby"](layout.headline, units[:HEAD_WINDOW])
    return position


for module in list(sys.modules.values()):
    if getattr(module, "__name__", "").startswith("articles.") and getattr(module, "take_headline", None) is original:
        module.take_headline = take_headline
