"""The country rules of session 16 (issue 12) put into a probe commit's code, for ``bench/blind_replay.py --patch``: which blind
misses of each batch they would have fixed. Today's definitions are copied from articles/ingest/boilerplate.py into
the probe commit's module. ``BLIND_RULES`` (comma-separated, default all): ``cut`` (cut_summaries_start), ``quoted``
(a title ending with a quoted word is a heading line), ``closing`` (closing_cut_story_start)."""

import ast
import os
import re
import sys
from pathlib import Path

from articles.ingest import boilerplate

TODAY = Path(__file__).resolve().parent.parent / "articles" / "ingest" / "boilerplate.py"
RULES = set((os.environ.get("BLIND_RULES") or "cut,quoted,closing").split(","))
NEEDED = {  # today's names each rule needs (helpers the older probes lack included)
    "cut": ["CUT_SUMMARY_ENDS", "CUT_TITLE_MIN_WORDS", "_cut_summary", "_cut_title", "cut_summaries_start"],
    "quoted": ["_ends_with_a_quoted_word", "text_lines"],
    "closing": ["CLOSING_TEASERS_MAX", "TEASER_TITLE_MIN_WORDS", "_page_numbers", "_teaser_title",
                "_cut_mid_sentence", "closing_cut_story_start"],
}
vars(boilerplate).setdefault("WORD_RE", re.compile(r"\w+"))  # as tagged_text has it
tree = ast.parse(TODAY.read_text(encoding="utf-8"))
wanted = {name for rule in RULES for name in NEEDED[rule]}
for node in tree.body:
    names = {node.name} if isinstance(node, (ast.FunctionDef, ast.ClassDef)) else {
        target.id for target in getattr(node, "targets", []) if isinstance(target, ast.Name)}
    if names & wanted and not (names <= {"TEASER_TITLE_MIN_WORDS", "CLOSING_TEASERS_MAX", "_page_numbers",
                                         "_teaser_title"} and names & set(vars(boilerplate))):
        exec(compile(ast.Module([node], []), str(TODAY), "exec"), vars(boilerplate))

original = boilerplate.article_end


def article_end(text: str) -> int:
    end = original(text)
    if "cut" in RULES:
        end = min(end, boilerplate.cut_summaries_start(text))
    if "closing" in RULES:
        end = min(end, boilerplate.closing_cut_story_start(text, boilerplate.text_lines(text)))
    return end


for module in list(sys.modules.values()):
    if getattr(module, "__name__", "").startswith("articles.") and getattr(module, "article_end", None) is original:
        module.article_end = article_end
