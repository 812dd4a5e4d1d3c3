"""The headline warnings of session 17 "headline on outlets never seen" (issue 12) put into a probe commit's code, for
``bench/blind_replay.py --patch``: a claimed headline that no warning spoke for is flagged, as today's
``warn_about_headline_shape`` (articles/ingest/parsing_warnings.py) flags it, when it ends with a picture's credit
(the probe's own ``split_credit``), holds a clock time or a full date outside a digest's title (the probe's own
``find_dates``), ends open or is mostly numbers. Which blind silent errors each batch would have shown, and at what
cost in false alarms."""

import ast
import functools
import re
import sys
from pathlib import Path

import articles.ingest.parsing as parsing
from articles.ingest.credits import split_credit
from articles.ingest.dates import find_dates

TODAY = Path(__file__).resolve().parent.parent / "articles" / "ingest" / "parsing_warnings.py"
WANTED = {"_CLOCK", "_DIGEST_WORDS", "_OPEN_END", "_NUMBER", "_COUNTER_NUMBERS", "_COUNTER_WORDS", "_day_or_hour"}

space = {"re": re, "find_dates": find_dates}
for node in ast.parse(TODAY.read_text(encoding="utf-8")).body:
    targets = [target for target in getattr(node, "targets", [])]
    names = {node.name} if isinstance(node, ast.FunctionDef) else {
        name.id for target in targets for name in ast.walk(target) if isinstance(name, ast.Name)}
    if names & WANTED:
        exec(compile(ast.Module([node], []), str(TODAY), "exec"), space)


def unsure(headline: str) -> bool:
    found = split_credit(headline)
    return bool(found and found.credit) or bool(space["_day_or_hour"](headline)) \
        or bool(space["_OPEN_END"].search(headline)) or (
            len(space["_NUMBER"].findall(headline)) >= space["_COUNTER_NUMBERS"]
            and len(headline.split()) <= space["_COUNTER_WORDS"])


original = parsing.parse_file


@functools.wraps(original)  # so that accuracy_real still passes the source time zone
def parse_file(*args, **kwargs):
    articles = original(*args, **kwargs)
    for article in articles or []:
        warned = any(w.startswith(("The headline", "No headline")) for w in article.warnings)
        if article.headline and not getattr(article, "headline_proposed", False) and not warned \
                and unsure(article.headline):
            article.warnings.append("The headline may be a caption, a dateline, a schedule or a counter. Please check it.")
    return articles


parsing.parse_file = parse_file
for module in list(sys.modules.values()):
    if getattr(module, "__name__", "").startswith("articles.") and getattr(module, "parse_file", None) is original:
        module.parse_file = parse_file
