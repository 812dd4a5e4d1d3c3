"""Session 20's country-precision rule (issue 12, branch country20) put into a probe commit's code, for
``bench/blind_replay.py --patch``: ``context_names.starts_another_name`` now also calls a country's name the start of
another name when a title's or a small word opens the capitalised run after it and an organisation's last word closes
it ("Hong Kong First Youth Association"; not "Kenya President Ruto", not "Kenya Defence Forces"). Today's
``_name_runs_to``, ``BODY_ENDINGS`` and ``STATE_BODIES`` are read from today's source; as blind_patch_country19.py
does, a country the probe's tagging returned is dropped when every mention that counted there is the country's own
name in such a run (the product applies the rule to any of its names but demonyms, acronyms and capitals).
Runs ``blind_patch_country19.py`` first (the baseline for country precision); ``BLIND_BASE20=<file>`` runs that one
instead."""

import ast
import os
from pathlib import Path

from blind_patching import run_patches

run_patches(os.environ.get("BLIND_BASE20") or "blind_patch_country19.py")

from articles.ingest import tagging  # noqa: E402
from articles.ingest.context import is_name  # noqa: E402  (the probe's: which words open a name)

INGEST = Path(__file__).resolve().parent.parent / "articles" / "ingest"  # today's
today: dict = {}
for source, wanted in (
    ("candidates.py", {"ORGANIZATION_ENDINGS"}),
    ("context_names.py", {"BODY_ENDINGS", "GOVERNMENT_BODIES", "STATE_BODIES", "INSTITUTION_WORDS", "_name_runs_to"}),
):
    path = INGEST / source
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        names = {node.name} if isinstance(node, ast.FunctionDef) else {
            target.id for target in getattr(node, "targets", []) if isinstance(target, ast.Name)}
        if names & wanted:
            exec(compile(ast.Module([node], []), str(path), "exec"), today)


def opens_with_a_title_word(text, words, starts, ends, last) -> bool:
    """Today's new branch of ``starts_another_name``."""
    if last + 1 >= len(words) or text[ends[last] : starts[last + 1]] != " " or not words[last + 1][0].isupper():
        return False
    return not is_name(words[last + 1]) and today["_name_runs_to"](
        text, words, starts, ends, last, today["BODY_ENDINGS"], refused=today["STATE_BODIES"])


earlier_tag = tagging.Matcher.tag


def tag(self, text, language="", **kwargs):
    result = earlier_tag(self, text, language, **kwargs)
    countries = [e for e in result.entities if e.kind == "country"]
    if not countries:
        return result
    words, starts, ends = tagging.tokens(text)
    first_of = {start: i for i, start in enumerate(starts)}
    last_of = {end: i for i, end in enumerate(ends)}
    end = tagging.article_end(text)
    dropped = set()
    for entity in countries:
        counted = [s for s in entity.spans if not s.weak and not s.city and s.start < end
                   and not tagging.in_a_label_line(text, s.start, s.end)]
        if counted and all(
            s.start in first_of and s.end in last_of
            and " ".join(text[s.start : s.end].split()).lower() == entity.name.lower()
            and opens_with_a_title_word(text, words, starts, ends, last_of[s.end])
            for s in counted
        ):
            dropped.add(id(entity))
    result.entities[:] = [e for e in result.entities if id(e) not in dropped]
    return result


tagging.Matcher.tag = tag
