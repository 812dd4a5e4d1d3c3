"""Session 18's byline rule (issue 12, branch byline18) put into a probe commit's code, for ``bench/blind_replay.py
--patch``, on top of session 17's two byline patches (``blind_patch_byline_leads.py``, which runs
``blind_patch_bylines.py`` first), so the replay shows this rule's fixes and losses alone.

Today's ``byline_choice.read_a_known_name_by_the_headline`` and its helpers are copied into the probe commit's code,
with today's ``byline_names`` helpers and known-names list, and run after the probe's (already wrapped)
``review_byline``, as ``parsing.parse_text`` runs it after ``drop_unknown_names``.
"""

import ast
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
exec(compile((HERE / "blind_patch_byline_leads.py").read_text(encoding="utf-8"), str(HERE / "blind_patch_byline_leads.py"), "exec"))

TODAY_INGEST = HERE.parent / "articles" / "ingest"
WANTED_HERE = {"read_a_known_name_by_the_headline", "_lines_beside", "_a_name_of_known_words", "_named_elsewhere",
               "_AFTER_NAME", "_MAX_NAME_LINE_WORDS", "_opening_name", "_LONGEST_NAME_WORD", "_PICTURE_WORDS",
               "_LINES_BESIDE_HEADLINE", "_KNOWN_NAME_WORDS", "_turned_down", "_take_a_name_without_by"}

names_space: dict = {}  # today's byline_names (it imports only re)
exec(compile((TODAY_INGEST / "byline_names.py").read_text(encoding="utf-8"), str(TODAY_INGEST / "byline_names.py"), "exec"),
     names_space)
rule_space = {name: names_space[name] for name in ("_PARTICLES", "looks_like_name", "surname_in", "tidy_name")}
for node in ast.parse((TODAY_INGEST / "person_names.py").read_text(encoding="utf-8")).body:
    if isinstance(node, ast.FunctionDef) and node.name in {"is_a_known_name", "every_word_a_known_name"}:  # with blind_patch_bylines' list
        exec(compile(ast.Module([node], []), str(TODAY_INGEST / "person_names.py"), "exec"), space)
rule_space["every_word_a_known_name"] = space["every_word_a_known_name"]
personal = sys.modules.get("articles.ingest.person_names")
rule_space["is_personal"] = getattr(personal, "is_personal", None) or sys.modules["articles.ingest.parsing_lines"].is_personal
rule_space["word_count"] = lambda text: len(text.split())
rule_space["re"] = __import__("re")
for node in ast.parse((TODAY_INGEST / "byline_vocabulary.py").read_text(encoding="utf-8")).body:  # today's picture roles
    names = {node.name} if isinstance(node, ast.FunctionDef) else {
        target.id for target in getattr(node, "targets", []) if isinstance(target, ast.Name)}
    if names & {"_PICTURE_ROLE", "is_picture_role"}:
        exec(compile(ast.Module([node], []), str(TODAY_INGEST / "byline_vocabulary.py"), "exec"), rule_space)
# byline_choice.py as session 18b left it (main 081bbd1): session 19 changed the functions copied here and gave them
# helpers this file does not copy, so today's copies would fail (NameError) or carry session 19's rules
SESSION_18_BYLINE_CHOICE = subprocess.run(["git", "-C", str(HERE.parent), "show", "081bbd1:articles/ingest/byline_choice.py"],
                                          check=True, capture_output=True, text=True).stdout
tree = ast.parse(SESSION_18_BYLINE_CHOICE)
for node in tree.body:
    names = {node.name} if isinstance(node, ast.FunctionDef) else {
        target.id for target in getattr(node, "targets", []) if isinstance(target, ast.Name)}
    if names & WANTED_HERE:
        exec(compile(ast.Module([node], []), str(TODAY_INGEST / "byline_choice.py"), "exec"), rule_space)

wrapped = review_byline  # noqa: F821  (blind_patch_bylines.py's wrapper, defined by the exec above)


def review_byline_then_name_by_headline(article, layout):
    wrapped(article, layout)
    rule_space["read_a_known_name_by_the_headline"](article, layout)


for module in list(sys.modules.values()):
    if getattr(module, "__name__", "").startswith("articles.") and getattr(module, "review_byline", None) is wrapped:
        module.review_byline = review_byline_then_name_by_headline

