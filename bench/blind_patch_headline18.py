"""The headline rules of session 18 "the headline on outlets never seen" (issue 12) put into a probe commit's code, for
``bench/blind_replay.py --patch``, on top of the earlier headline patches (sessions 16 and 17, run first, in the order
today's code applies them): today's ``headline_nearer_the_story`` (articles/ingest/parsing_page_chrome.py) applied to
whatever headline the probe's ``take_headline`` chose, and ``headline_above_the_story`` where it chose none, as
today's ``analyse_units`` applies them.

    .venv/bin/python bench/blind_replay.py --batch s13a ... --batch s16n --patch bench/blind_patch_headline18.py
    BLIND_PATCH_EARLIER_ONLY=1 ...   # the earlier patches alone: the baseline"""

import ast
import os
import re
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EARLIER = ("blind_patch_headlines.py", "blind_patch_title_line.py", "blind_patch_short_headlines.py",
           "blind_patch_headline_warnings.py")
for name in EARLIER:
    runpy.run_path(str(HERE / name), run_name="blind_replay_patch")

import articles.ingest.parsing  # noqa: E402,F401  (so that its modules are loaded before they are patched)
from articles.ingest import parsing_headline_choice as choice  # noqa: E402

TODAY = HERE.parent / "articles" / "ingest" / "parsing_page_chrome.py"
WANTED = {"_UNSPACED_SCRIPT", "_STORY_WORD", "_STORY_PARAGRAPHS", "_MIN_STORY_WORDS", "_NEARER_HEADLINE_WORDS",
          "_MIN_SHARED_WORDS", "_MAX_CHOSEN_SHARED", "_MORE_SHARED_WORDS", "_PROSE_LINE_WORDS", "_BULLETIN", "_NEWS_WORDS", "_DAY", "_NOT_A_HEADLINE_NEARER", "_not_a_headline_line", "_word_stems", "_stems_found", "_MIN_SHARED_WITHOUT_RIVAL", "_MIN_WORDS_WITHOUT_RIVAL", "_LETTER_WORD", "_LINES_ABOVE_THE_STORY", "headline_above_the_story",
          "headline_nearer_the_story",
          # read by today's headline_nearer_the_story since session 18's second pass (a paper's name by its shape)
          "_MAX_MASTHEAD_SHARED", "is_site_name", "_MAX_SITE_NAME_WORDS", "_DOMAIN", "_NAME_PARTICLES", "_SITE_WORDS",
          "_DIGEST"}

# the probe's own caption test where it has one (all probes do, in parsing_lines or in the chooser's module)
caption_in_head = next(getattr(module, "caption_in_head") for module in list(sys.modules.values())
                       if getattr(module, "__name__", "").startswith("articles.") and hasattr(module, "caption_in_head"))
space = {"re": re, "word_count": lambda line: len(line.split()), "caption_in_head": caption_in_head}
for node in ast.parse(TODAY.read_text(encoding="utf-8")).body:
    names = {node.name} if isinstance(node, ast.FunctionDef) else {
        target.id for target in getattr(node, "targets", []) if isinstance(target, ast.Name)}
    if names & WANTED:
        exec(compile(ast.Module([node], []), str(TODAY), "exec"), space)

original = choice.take_headline


def take_headline(units, metadata, layout, doubled, *args, **kwargs):
    position = original(units, metadata, layout, doubled, *args, **kwargs)
    if position and layout.headline:
        nearer = space["headline_nearer_the_story"](units, metadata, layout.headline, position - 1,
                                                   choice.first_paragraph(units, metadata))
        if nearer is not None:
            layout.left_out.extend(unit for unit, meta in zip(units[position - 1: nearer], metadata[position - 1: nearer])
                                   if not meta)
            layout.headline, layout.headline_unsure = units[nearer], True
            if getattr(layout, "headline_rival", "") == layout.headline:
                layout.headline_rival = ""
            position = nearer + 1
    elif not position and not layout.headline:
        above = space["headline_above_the_story"](units, metadata, choice.first_paragraph(units, metadata))
        if above is not None:
            layout.left_out.extend(unit for unit, meta in zip(units[:above], metadata[:above]) if not meta)
            layout.headline, layout.headline_unsure = units[above], True
            position = above + 1
    return position


if not os.environ.get("BLIND_PATCH_EARLIER_ONLY"):
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("articles.") and getattr(module, "take_headline", None) is original:
            module.take_headline = take_headline
