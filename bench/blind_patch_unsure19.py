"""Session 19's warnings "never silently wrong" (issue 12, branch unsure19) put into a probe commit's code, for
``bench/blind_replay.py --patch``, on top of the latest patch of each field: session 18's second headline, byline,
credit and date patches (``blind_patch_headline18b.py``, ``blind_patch_byline18b.py``, ``blind_patch_credits18b.py``,
``blind_patch_dates18b.py``, which run the earlier ones, session 17's warnings among them) and session 18's date
warning (``warn_about_another_day_near_the_top``, as ``blind_patch_unsure18.py`` runs it). The new checks of
``articles/ingest/parsing_unsure.py`` named in ``BLIND_UNSURE19_CHECKS`` (comma-separated; each called with the
article and the page's date order) run where the probe's ``_finish`` ends, after those. Session 19 kept none: with
no names this is the chained baseline (blind silent 61, false alarms 260).

    .venv/bin/python bench/blind_replay.py --batch s13a ... --batch s16n --patch bench/blind_patch_unsure19.py
    BLIND_UNSURE19_CHECKS=warn_about_x ...   # a candidate check of today's parsing_unsure.py on top"""

import ast
import os
import re
from pathlib import Path

from blind_patching import run_patches

run_patches("blind_patch_headline18b.py", "blind_patch_byline18b.py", "blind_patch_credits18b.py",
            "blind_patch_dates18b.py")

from articles.ingest import dates, parsing  # noqa: E402  (the probe's modules, already patched)

HERE = Path(__file__).resolve().parent
TODAY = HERE.parent / "articles" / "ingest" / "parsing_unsure.py"
# today's module with the probe's date reader; its credit patterns, built at import, are not used here
space = {"re": re, "find_dates": dates.find_dates, "ParsedArticle": object, "PICTURE_AGENCIES": "(?!)",
         "word_count": lambda line: len(line.split())}
tree = ast.parse(TODAY.read_text(encoding="utf-8"))
tree.body = [node for node in tree.body if not isinstance(node, (ast.Import, ast.ImportFrom))]
exec(compile(tree, str(TODAY), "exec"), space)

earlier_finish = parsing._finish
CANDIDATES = [name for name in os.environ.get("BLIND_UNSURE19_CHECKS", "").split(",") if name]


def _head_lines(article, lines_read) -> list[str]:
    first = article.paragraphs[0][:30] if article.paragraphs else None
    start = next((index for index, line in enumerate(lines_read) if first and first in line), len(lines_read))
    return list(lines_read[: start + 2])


def finish_then_doubt(article, day_first, zone=None, lines_read=(), head_lines=None):
    article = earlier_finish(article, day_first, zone, lines_read, head_lines)
    if head_lines is None:
        head_lines = _head_lines(article, list(lines_read))
    space["warn_about_another_day_near_the_top"](article, list(head_lines))
    for name in CANDIDATES:  # a candidate check of today's module
        space[name](article, day_first)
    return article


parsing._finish = finish_then_doubt
