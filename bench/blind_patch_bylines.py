"""The byline rule of session 17 "the byline on outlets never seen" (issue 12) put into a probe commit's code, for
``bench/blind_replay.py --patch``: which blind byline misses of each batch it fixes and which right bylines it loses.

Today's ``person_names.may_be_a_person`` (with the known-names list) and ``byline_choice.drop_unknown_names`` are
copied into the probe commit's code, and its ``review_byline`` is wrapped: the shape of the reading it kept (the
rules', or the chooser's candidate) decides, as today's ``review_byline`` returns it, whether the names are checked.
"""

import ast
import sys
from pathlib import Path

import articles.ingest.parsing  # noqa: F401  (so that its modules are loaded before they are patched)
from articles.ingest import byline_choice as choice

TODAY = Path(__file__).resolve().parent.parent / "articles" / "ingest"
WANTED = {
    "person_names.py": {"_KNOWN_NAMES", "_WRITTEN_WITHOUT_SPACES", "fold_name_word", "_SPELLING_LETTERS", "_MIN_SPELLING_VARIANT", "_one_letter_from_a_known", "is_name_word", "known_name_words", "may_be_a_person"},
    "byline_choice.py": {"_NO_LEAD_SHAPES", "_NEWSROOM_JOB", "drop_unknown_names", "_date_under"},
}

space = {"__file__": str(TODAY / "person_names.py")}
exec("import re\nimport unicodedata\nfrom functools import cache\nfrom pathlib import Path", space)
space["_PARTICLES"] = ast.literal_eval(  # today's particles ("van", "del", "bin"), which an older probe may lack
    next(node.value for node in ast.parse((TODAY / "byline_names.py").read_text(encoding="utf-8")).body
         if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "_PARTICLES"))
for module, wanted in WANTED.items():
    tree = ast.parse((TODAY / module).read_text(encoding="utf-8"))
    for node in tree.body:
        names = {node.name} if isinstance(node, ast.FunctionDef) else {
            target.id for target in getattr(node, "targets", []) if isinstance(target, ast.Name)}
        if names & wanted:
            exec(compile(ast.Module([node], []), str(TODAY / module), "exec"), space)

original = choice.review_byline


def review_byline(article, layout):
    before = article.byline
    original(article, layout)
    if not article.byline:
        shape = ""
    elif article.byline == before:
        shape = getattr(layout, "byline_rule", "")
    else:  # the chooser's own reading: the shape of the candidate line it took
        found = [c for c in choice.byline_candidates(layout.units, layout.metadata, layout.head_end, layout.body_start)
                 if c.line == article.byline]
        shape = found[0].shape if found else ""
    space["drop_unknown_names"](article, layout, shape)


for module in list(sys.modules.values()):
    if getattr(module, "__name__", "").startswith("articles.") and getattr(module, "review_byline", None) is original:
        module.review_byline = review_byline
