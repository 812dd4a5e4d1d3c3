"""The headline rule of session 19 "the headline on outlets never seen" (issue 12, branch headline19) put into a probe
commit's code, for ``bench/blind_replay.py --patch``, on top of ``blind_patch_headline18b.py`` (which chains the
earlier headline patches): after the probe's ``take_headline`` (and session 18's move to a line nearer the story),
today's ``headline_printed_twice`` (articles/ingest/parsing_page_chrome.py) takes a line printed twice above the story
over a chosen line printed once that shares at most one word with the story, flagged, as today's ``analyse_units``
does.

    .venv/bin/python bench/blind_replay.py --batch s13a ... --batch s16n --patch bench/blind_patch_headline19.py"""

import ast
import re
from collections import Counter
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
runpy.run_path(str(HERE / "blind_patch_headline18b.py"), run_name="blind_replay_patch")

import articles.ingest.parsing  # noqa: E402,F401  (so that its modules are loaded before they are patched)
from articles.ingest import parsing_headline_choice as choice  # noqa: E402

TODAY = HERE.parent / "articles" / "ingest" / "parsing_page_chrome.py"
WANTED = {"_UNSPACED_SCRIPT", "_STORY_WORD", "_STORY_PARAGRAPHS", "_NEARER_HEADLINE_WORDS", "_MAX_CHOSEN_SHARED",
          "_NOT_A_HEADLINE_NEARER", "_not_a_headline_line", "_word_stems", "_stems_found", "_MIN_SHARED_TWICE",
          "_SENTENCE_INSIDE", "headline_printed_twice"}
caption_in_head = next(getattr(module, "caption_in_head") for module in list(sys.modules.values())
                       if getattr(module, "__name__", "").startswith("articles.") and hasattr(module, "caption_in_head"))
space = {"re": re, "Counter": Counter, "word_count": lambda line: len(line.split()), "caption_in_head": caption_in_head}
for node in ast.parse(TODAY.read_text(encoding="utf-8")).body:
    names = {node.name} if isinstance(node, ast.FunctionDef) else {
        target.id for target in getattr(node, "targets", []) if isinstance(target, ast.Name)}
    if names & WANTED:
        exec(compile(ast.Module([node], []), str(TODAY), "exec"), space)

earlier = choice.take_headline  # session 18's, over the probe's


def take_headline(units, metadata, layout, doubled, *args, **kwargs):
    position = earlier(units, metadata, layout, doubled, *args, **kwargs)
    if position and layout.headline:
        twice = space["headline_printed_twice"](units, metadata, layout.headline, position - 1,
                                                choice.first_paragraph(units, metadata))
        if twice is not None:
            if twice > position - 1:
                layout.left_out.extend(unit for unit, meta in zip(units[position - 1: twice], metadata[position - 1: twice])
                                       if not meta)
            layout.headline, layout.headline_unsure = units[twice], True
            if getattr(layout, "headline_rival", "") == layout.headline:
                layout.headline_rival = ""
            position = max(position, twice + 1)
    return position


for module in list(sys.modules.values()):
    if getattr(module, "__name__", "").startswith("articles.") and getattr(module, "take_headline", None) is earlier:
        module.take_headline = take_headline
