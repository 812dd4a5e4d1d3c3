"""The headline rules of session 18's second pass "the headline on outlets never seen" (issue 12, branch
headline18b) put into a probe commit's code, for ``bench/blind_replay.py --patch``, on top of
``blind_patch_headline18.py`` (which chains the earlier headline patches): where the probe proposes a headline, today's
``lead_line_is_the_headline`` (articles/ingest/parsing_page_chrome.py) takes the story's first paragraph as the
headline instead, flagged, as today's ``_propose_headline`` (articles/ingest/parsing.py) does.

    .venv/bin/python bench/blind_replay.py --batch s13a ... --batch s16n --patch bench/blind_patch_headline18b.py"""

import ast
import functools
import re
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
runpy.run_path(str(HERE / "blind_patch_headline18.py"), run_name="blind_replay_patch")

import articles.ingest.parsing as parsing  # noqa: E402

TODAY = HERE.parent / "articles" / "ingest" / "parsing_page_chrome.py"
WANTED = {"_UNSPACED_SCRIPT", "_STORY_WORD", "_LETTER_WORD", "_NOT_A_HEADLINE_NEARER", "_word_stems",
          "_LEAD_LINE_WORDS", "_LEAD_LINE_CHARS", "_SENTENCE_INSIDE", "_MIN_LEAD_SHARED_WORDS",
          "lead_line_is_the_headline"}
space = {"re": re, "word_count": lambda line: len(line.split())}
for node in ast.parse(TODAY.read_text(encoding="utf-8")).body:
    names = {node.name} if isinstance(node, ast.FunctionDef) else {
        target.id for target in getattr(node, "targets", []) if isinstance(target, ast.Name)}
    if names & WANTED:
        exec(compile(ast.Module([node], []), str(TODAY), "exec"), space)

LEAD_LINE_WARNING = "The headline was read from the story's first line, printed as a paragraph. Please check it."
original = parsing.parse_file


@functools.wraps(original)  # so that accuracy_real still passes the source time zone
def parse_file(*args, **kwargs):
    articles = original(*args, **kwargs)
    for article in articles or []:
        if getattr(article, "headline_proposed", False) and space["lead_line_is_the_headline"](article.paragraphs):
            article.headline, article.headline_proposed = article.paragraphs.pop(0), False
            article.warnings = [w for w in article.warnings if not w.startswith("No headline found")]
            article.warnings.append(LEAD_LINE_WARNING)
    return articles


parsing.parse_file = parse_file
for module in list(sys.modules.values()):
    if getattr(module, "__name__", "").startswith("articles.") and getattr(module, "parse_file", None) is original:
        module.parse_file = parse_file
