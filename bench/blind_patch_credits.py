"""The image-credit warning of session 16 (issue 12) put into a probe commit's code, for ``bench/blind_replay.py
--patch``: which blind credit misses of each batch it would have made warn, and on how many right credits it
would have warned. Today's ``warn_about_a_second_credit`` (articles/ingest/parsing_warnings.py) is copied into the
probe commit's parsing module and run where that module warns about a credit's shape, with the probe's own
``credit_in_prose`` and the page's lines as read."""

import ast
import re
import sys
from pathlib import Path

from articles.ingest import parsing

try:
    from articles.ingest.credit_lines import credit_in_prose
except ImportError:  # the older probes kept it in credits.py
    from articles.ingest.credits import credit_in_prose

TODAY = Path(__file__).resolve().parent.parent / "articles" / "ingest" / "parsing_warnings.py"
WANTED = {"_credit_key", "_FILE_PICTURE_WORDS", "warn_about_a_second_credit"}
namespace = {"re": re, "credit_in_prose": credit_in_prose, "ParsedArticle": object}
for node in ast.parse(TODAY.read_text(encoding="utf-8")).body:
    names = {node.name} if isinstance(node, (ast.FunctionDef, ast.ClassDef)) else {
        target.id for target in getattr(node, "targets", []) if isinstance(target, ast.Name)}
    if names & WANTED:
        exec(compile(ast.Module([node], []), str(TODAY), "exec"), namespace)

for name in ("warn_about_credit_shape", "_warn_about_credit_shape"):
    original = getattr(parsing, name, None)
    if original is None:
        continue

    def shape_and_second_credit(article, original=original):
        original(article)
        namespace["warn_about_a_second_credit"](article, sys._getframe(1).f_locals.get("lines_read", ()))

    setattr(parsing, name, shape_and_second_credit)
