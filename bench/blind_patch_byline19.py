"""Session 19's byline rules (issue 12, branch byline19) put into a probe commit's code, for ``bench/blind_replay.py
--patch``, on top of session 18b's (``blind_patch_byline18b.py``, which chains sessions 17 and 18), so the replay shows
these rules' fixes and losses alone.

Today's ``byline_choice.read_a_known_name_by_the_headline``, ``_opening_name`` (a place after the name: "Jane Doe in
Lima 3 May 2018") and ``_a_name_of_known_words`` (an unlisted given name before a listed surname, no word of the name
in lower case on the page) replace session 18's copies in the probe commit's code.
"""

import ast
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
months_space: dict = {}  # today's date_patterns (it imports only re and datetime)
exec(compile((TODAY_INGEST / "date_patterns.py").read_text(encoding="utf-8"), str(TODAY_INGEST / "date_patterns.py"), "exec"),  # noqa: F821
     months_space)
rule_space["MONTHS"] = months_space["MONTHS"]  # noqa: F821
