"""Session 18b's byline rule (issue 12, branch byline18b) put into a probe commit's code, for ``bench/blind_replay.py
--patch``, on top of session 18's (``blind_patch_byline18.py``, which chains session 17's), so the replay shows this
rule's fixes and losses alone.

Today's ``byline_choice.read_a_name_signed_after_the_story`` and its helpers are copied into the probe commit's code
(beside session 18's copies, whose ``_opening_name`` it uses) and run after session 18's wrapped ``review_byline``, as
``parsing.parse_text`` runs it. It reads every line of the page, those the layout cleared as furniture included: the
probe's ``analyse_units`` is wrapped to keep the lines it was given.
"""

import ast
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
exec(compile((HERE / "blind_patch_byline18.py").read_text(encoding="utf-8"), str(HERE / "blind_patch_byline18.py"), "exec"))

WANTED_18B = {"read_a_name_signed_after_the_story", "_LINES_AFTER_STORY", "_MAX_SIGNING_PARAGRAPH_WORDS",
              "_beside_a_date", "_LONGEST_DATE_LINE", "_written_in_lower_case",
              "_SIGNATURE_NAME_WORDS", "_in_a_column_of_links", "_LONGEST_LINK_WORDS"}
rule_space["find_dates"] = sys.modules["articles.ingest.dates"].find_dates  # noqa: F821  (blind_patch_byline18's)
# byline_choice.py as session 19 left it (main 65f9d3c): session 20 gave the signature a Korean reading with a helper
# this file does not copy (blind_patch_byline20.py puts it in)
SESSION_19_BYLINE_CHOICE = subprocess.run(["git", "-C", str(HERE.parent), "show", "65f9d3c:articles/ingest/byline_choice.py"],
                                          check=True, capture_output=True, text=True).stdout
for node in ast.parse(SESSION_19_BYLINE_CHOICE).body:
    names = {node.name} if isinstance(node, ast.FunctionDef) else {
        target.id for target in getattr(node, "targets", []) if isinstance(target, ast.Name)}
    if names & WANTED_18B:
        exec(compile(ast.Module([node], []), str(TODAY_INGEST / "byline_choice.py"), "exec"), rule_space)  # noqa: F821

parsing = sys.modules["articles.ingest.parsing"]
page_lines: list[str] = []  # the lines the last analyse_units call was given: the page's, in parse_text
analyse = parsing.analyse_units


def analyse_keeping_lines(units, *args, **kwargs):
    page_lines[:] = list(units)
    return analyse(units, *args, **kwargs)


parsing.analyse_units = analyse_keeping_lines
wrapped_18 = review_byline_then_name_by_headline  # noqa: F821  (blind_patch_byline18's wrapper)


def review_byline_then_signature(article, layout):
    wrapped_18(article, layout)
    rule_space["read_a_name_signed_after_the_story"](article, list(page_lines))  # noqa: F821


for module in list(sys.modules.values()):
    if getattr(module, "__name__", "").startswith("articles.") and getattr(module, "review_byline", None) is wrapped_18:
        module.review_byline = review_byline_then_signature
