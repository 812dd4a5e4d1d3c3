"""Session 19's country rules (issue 12) put into a probe commit's code, for ``bench/blind_replay.py --patch``.
``BLIND_RULES19`` (comma-separated, default all) picks them: ``separator`` (a page that goes on after the article
with cards set apart by lines holding only a mark, "-", "/", "|", ends the article at the first mark:
``boilerplate.separated_cards_start``, today's definition, added to the probe's ``article_end``) and ``initials``
(``context_names.before_its_initials``: "Fire and Emergency New Zealand (FENZ)"; as blind_patch_country18.py does,
a country the probe's tagging returned is dropped when every mention that counted there is one the rule calls weak).
Runs ``blind_patch_country18.py`` first, the baseline for country precision; ``BLIND_BASE19=blind_patch_recall18.py``
runs that one instead (the baseline for recall and people)."""

import ast
import os
import re
import sys
from pathlib import Path
from typing import NamedTuple

from blind_patching import drop_countries_where, run_patches

run_patches(os.environ.get("BLIND_BASE19") or "blind_patch_country18.py")

from articles.ingest import boilerplate  # noqa: E402

RULES = set((os.environ.get("BLIND_RULES19") or "separator,initials").split(","))

BOILERPLATE = Path(__file__).resolve().parent.parent / "articles" / "ingest" / "boilerplate.py"  # today's
WANTED = {"SENTENCE_END_RE", "HEADING_MAX_WORDS", "TextLine", "_ends_with_a_quoted_word", "text_lines",
          "_cut_mid_sentence", "CUT_TITLE_MIN_WORDS", "CUT_SUMMARY_ENDS", "_TITLE_START_RE", "_cut_title",
          "_CARD_SEPARATOR_RE", "SEPARATED_CARD_MAX_LINES", "_a_card_separator", "separated_cards_start"}
today = {"re": re, "NamedTuple": NamedTuple, "word_count": lambda line: len(line.split())}
for node in ast.parse(BOILERPLATE.read_text(encoding="utf-8")).body:
    names = {node.name} if isinstance(node, (ast.FunctionDef, ast.ClassDef)) else {
        target.id for target in getattr(node, "targets", []) if isinstance(target, ast.Name)}
    if names & WANTED:
        exec(compile(ast.Module([node], []), str(BOILERPLATE), "exec"), today)

previous_end = boilerplate.article_end  # the probe's, with the baseline's rules in it


def article_end(text: str) -> int:
    return min(previous_end(text), today["separated_cards_start"](text))


if "separator" in RULES:
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("articles.") and getattr(
            module, "article_end", None
        ) is previous_end:
            module.article_end = article_end

CONTEXT_NAMES = BOILERPLATE.with_name("context_names.py")  # today's
names = {"re": re}
for node in ast.parse(CONTEXT_NAMES.read_text(encoding="utf-8")).body:
    found = {node.name} if isinstance(node, ast.FunctionDef) else {
        target.id for target in getattr(node, "targets", []) if isinstance(target, ast.Name)}
    if found & {"INITIALS_SKIP", "NAME_WORDS_AROUND", "_INITIALS_RE", "before_its_initials"}:
        exec(compile(ast.Module([node], []), str(CONTEXT_NAMES), "exec"), names)


def before_its_initials(text, words, starts, ends, first, last, span, entity, language):
    return names["before_its_initials"](text, words, starts, ends, first, last)


drop_countries_where(before_its_initials)
