"""Session 19's byline rules (issue 12, branch byline19) put into a probe commit's code, for ``bench/blind_replay.py
--patch``, on top of session 18b's (``blind_patch_byline18b.py``, which chains sessions 17 and 18), so the replay shows
these rules' fixes and losses alone.

Today's ``byline_choice.read_a_known_name_by_the_headline``, ``_opening_name`` (a place after the name: "Jane Doe in
Lima 3 May 2018") and ``_a_name_of_known_words`` (an unlisted given name before a listed surname, no word of the name
in lower case on the page) replace session 18's copies in the probe commit's code.
"""

import ast
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
exec(compile((HERE / "blind_patch_byline18b.py").read_text(encoding="utf-8"), str(HERE / "blind_patch_byline18b.py"), "exec"))

WANTED_19 = {"read_a_known_name_by_the_headline", "_AFTER_NAME", "_opening_name", "_a_name_of_known_words",
             "_UNLISTED_GIVEN_NAME_WORDS"}
for node in ast.parse((TODAY_INGEST / "byline_choice.py").read_text(encoding="utf-8")).body:  # noqa: F821
    names = {node.name} if isinstance(node, ast.FunctionDef) else {
        target.id for target in getattr(node, "targets", []) if isinstance(target, ast.Name)}
    if names & WANTED_19:
        exec(compile(ast.Module([node], []), str(TODAY_INGEST / "byline_choice.py"), "exec"), rule_space)  # noqa: F821
# today's date_patterns; its one relative import (date_periods, newer than most probes) is today's module too
if "articles.ingest.date_periods" not in sys.modules:
    import importlib.util
    _spec = importlib.util.spec_from_file_location("articles.ingest.date_periods", TODAY_INGEST / "date_periods.py")  # noqa: F821
    sys.modules[_spec.name] = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(sys.modules[_spec.name])
months_space: dict = {"__package__": "articles.ingest", "__name__": "blind_patch_byline19.date_patterns"}
exec(compile((TODAY_INGEST / "date_patterns.py").read_text(encoding="utf-8"), str(TODAY_INGEST / "date_patterns.py"), "exec"),  # noqa: F821
     months_space)
rule_space["MONTHS"] = months_space["MONTHS"]  # noqa: F821

# The outlet's journalist named in the story, run after session 18b's signature, as parse_text runs it.
WANTED_19_PROSE = {"read_the_outlets_journalist_named_in_the_story", "_printed_as_furniture", "_JOURNALIST_JOB",
                   "_JOB_WORDS", "_JOURNALIST_HINT",
                   "_NAME_WORD", "_NAME_IN_PROSE", "_NAMES_IN_PROSE", "_OUTLETS_JOURNALIST", "_STORY_PARAGRAPHS_READ",
                   "_FURNITURE_LINE_WORDS", "_PROSE_NAME_WORDS", "_words_of"}
for node in ast.parse((TODAY_INGEST / "byline_choice.py").read_text(encoding="utf-8")).body:  # noqa: F821
    names = {node.name} if isinstance(node, ast.FunctionDef) else {
        target.id for target in getattr(node, "targets", []) if isinstance(target, ast.Name)}
    if names & WANTED_19_PROSE:
        exec(compile(ast.Module([node], []), str(TODAY_INGEST / "byline_choice.py"), "exec"), rule_space)  # noqa: F821
for node in ast.parse((TODAY_INGEST / "parsing_lines.py").read_text(encoding="utf-8")).body:  # noqa: F821
    names = {node.name} if isinstance(node, ast.FunctionDef) else {
        target.id for target in getattr(node, "targets", []) if isinstance(target, ast.Name)}
    if names & {"people_named", "PLACE_AFTER_NAME", "_NAME_LIST_SPLIT"}:
        exec(compile(ast.Module([node], []), str(TODAY_INGEST / "parsing_lines.py"), "exec"), rule_space)  # noqa: F821
rule_space["is_a_known_name"] = space["is_a_known_name"]  # noqa: F821  (blind_patch_byline18's copy)
wrapped_18b = review_byline_then_signature  # noqa: F821  (blind_patch_byline18b's wrapper)


def review_byline_then_outlets_journalist(article, layout):
    wrapped_18b(article, layout)
    rule_space["read_the_outlets_journalist_named_in_the_story"](article, list(page_lines))  # noqa: F821


for module in list(sys.modules.values()):
    if getattr(module, "__name__", "").startswith("articles.") and getattr(module, "review_byline", None) is wrapped_18b:
        module.review_byline = review_byline_then_outlets_journalist
