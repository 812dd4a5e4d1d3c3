"""Session 18's warnings "never silently wrong" (issue 12, branch unsure18) put into a probe commit's code, for
``bench/blind_replay.py --patch``, on top of the patches that bring each probe near today's main: session 18's
headline patch (which runs sessions 16 and 17's headline patches, session 17's headline warnings among them), session
18's byline patch (with session 17's two byline patches), and session 17's credit warnings
(``blind_patch_unsure.py``, its headline rule left out as the headline patches already run it).

Today's new checks of ``articles/ingest/parsing_unsure.py`` run where the probe's ``_finish`` ends, with the lines it
was given (the oldest probes pass no lines near the top: those are taken as ``blind_patch_unsure.py`` takes them).

    .venv/bin/python bench/blind_replay.py --batch s13a ... --batch s16n --patch bench/blind_patch_unsure18.py
    BLIND_UNSURE18_EARLIER_ONLY=1 ...   # the earlier patches alone: the baseline"""

import ast
import os
import re
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
os.environ["BLIND_RULES"] = "closing,cut"  # the headline warning is already run by the headline patches
for name in ("blind_patch_headline18.py", "blind_patch_byline18.py", "blind_patch_unsure.py"):
    runpy.run_path(str(HERE / name), run_name="blind_replay_patch")

from articles.ingest import dates, parsing  # noqa: E402  (the probe's modules, already patched)

TODAY = HERE.parent / "articles" / "ingest" / "parsing_unsure.py"
# today's module with the probe's date reader; its credit patterns, built at import, are not used here
space = {"re": re, "find_dates": dates.find_dates, "ParsedArticle": object, "PICTURE_AGENCIES": "(?!)",
         "word_count": lambda line: len(line.split())}
tree = ast.parse(TODAY.read_text(encoding="utf-8"))
tree.body = [node for node in tree.body if not isinstance(node, (ast.Import, ast.ImportFrom))]
exec(compile(tree, str(TODAY), "exec"), space)

earlier_finish = parsing._finish


def _head_lines(article, lines_read) -> list[str]:
    first = article.paragraphs[0][:30] if article.paragraphs else None
    start = next((index for index, line in enumerate(lines_read) if first and first in line), len(lines_read))
    return list(lines_read[: start + 2])


def finish_then_doubt(article, day_first, zone=None, lines_read=(), head_lines=None):
    article = earlier_finish(article, day_first, zone, lines_read, head_lines)
    if head_lines is None:
        head_lines = _head_lines(article, list(lines_read))
    space["warn_about_another_day_near_the_top"](article, list(head_lines))
    return article


if not os.environ.get("BLIND_UNSURE18_EARLIER_ONLY"):
    parsing._finish = finish_then_doubt
