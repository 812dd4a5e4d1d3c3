"""Session 18b's credit rule (issue 12, branch credit18b) put into a probe commit's code, for ``bench/blind_replay.py
--patch``: on top of ``blind_patch_credits18.py`` (session 17's three credit changes and session 18's closing
credit), today's ``take_the_whole_of_a_cut_credit`` (articles/ingest/parsing_unsure.py: a credit read as the second
half of "Name/Agency" or "Name / Name" is taken whole) runs where the probe's ``_finish`` ends, on a credit read."""

import ast
import re
from pathlib import Path

from blind_patching import run_patches

run_patches("blind_patch_credits18.py")

from articles.ingest import parsing  # noqa: E402  (after the patches that execute the probe's modules again)

TODAY = Path(__file__).resolve().parent.parent / "articles" / "ingest"
unsure: dict = {"re": re, "ParsedArticle": object}
for node in ast.parse((TODAY / "parsing_unsure.py").read_text(encoding="utf-8")).body:
    names = {node.name} if isinstance(node, ast.FunctionDef) else {
        target.id for target in getattr(node, "targets", []) if isinstance(target, ast.Name)}
    if names & {"_NAME_BEFORE_JOINER", "_JOINED", "_FILE_WORDS", "take_the_whole_of_a_cut_credit"}:
        exec(compile(ast.Module([node], []), "parsing_unsure.py", "exec"), unsure)
finish_before = parsing._finish


def finish_and_take_the_whole(*args, **kwargs):
    article = finish_before(*args, **kwargs)
    if article.image_credit:
        unsure["take_the_whole_of_a_cut_credit"](article, list(kwargs.get("lines_read", args[3] if len(args) > 3 else ())))
    return article


parsing._finish = finish_and_take_the_whole
