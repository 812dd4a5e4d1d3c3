"""The headline warnings of session 17 "headline on outlets never seen" (issue 12) put into a probe commit's code, for
``bench/blind_replay.py --patch``: a claimed headline that no warning spoke for is flagged, as today's
``warn_about_headline_date_or_credit`` (articles/ingest/parsing_unsure.py, where the merge of session 17 put them)
flags it, when it holds a clock time or a full date outside a digest's title (the probe's own ``find_dates``), closes
with a picture's credit, ends open or is mostly numbers. Which blind silent errors each batch would have shown, and at
what cost in false alarms.

Today's module is run from its source with its relative imports left out: the probe commit may lack the modules
(``parsed_article``) or the names (``PICTURE_AGENCIES``) it imports, so those come from today's files."""

import ast
import functools
import re
import sys
from pathlib import Path

import articles.ingest.parsing as parsing
from articles.ingest.dates import find_dates

INGEST = Path(__file__).resolve().parent.parent / "articles" / "ingest"
TODAY = INGEST / "parsing_unsure.py"


def _picture_agencies() -> str:
    space = {"re": re}
    for node in ast.parse((INGEST / "credit_vocabulary.py").read_text(encoding="utf-8")).body:
        if any(isinstance(target, ast.Name) and target.id == "PICTURE_AGENCIES" for target in getattr(node, "targets", [])):
            exec(compile(ast.Module([node], []), str(INGEST / "credit_vocabulary.py"), "exec"), space)
    return space["PICTURE_AGENCIES"]


space = {"__name__": "parsing_unsure_today", "re": re, "find_dates": find_dates, "ParsedArticle": object,
         "PICTURE_AGENCIES": _picture_agencies(), "word_count": lambda line: len(line.split())}
tree = ast.parse(TODAY.read_text(encoding="utf-8"))
tree.body = [node for node in tree.body if not (isinstance(node, ast.ImportFrom) and node.level)]
exec(compile(tree, str(TODAY), "exec"), space)
warn = space["warn_about_headline_date_or_credit"]

original = parsing.parse_file


@functools.wraps(original)  # so that accuracy_real still passes the source time zone
def parse_file(*args, **kwargs):
    articles = original(*args, **kwargs)
    for article in articles or []:
        if not hasattr(article, "headline_proposed"):
            article.headline_proposed = False
        warn(article)
    return articles


parsing.parse_file = parse_file
for module in list(sys.modules.values()):
    if getattr(module, "__name__", "").startswith("articles.") and getattr(module, "parse_file", None) is original:
        module.parse_file = parse_file
