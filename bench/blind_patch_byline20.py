"""Session 20's byline rules (issue 12, branch byline20) put into a probe commit's code, for ``bench/blind_replay.py
--patch``, on top of session 19's (``blind_patch_byline19.py``, which chains sessions 17, 18 and 18b), so the replay
shows these rules' fixes and losses alone.

1. A line in a script without capitals (Arabic, Persian, Urdu, Hebrew, Indic, Thai, CJK) is read by today's
   ``byline_scripts.uncased_script_names`` before the probe's ``find_byline``.
2. The words for "and" of more languages join names: the probe's ``NAME_SPLIT`` patterns get them.
3. Korean reporters' other titles and an address after a Hangul name: today's ``hangul_name``, where the probe has one.
4. A language's "by" read as a name's first word ("Di Marco Rossi" alone): today's ``without_a_lead_word`` after the
   chain's last byline rule, as ``parse_text`` runs it.
5. A Korean writer's name and title signed under the story: today's ``read_a_name_signed_after_the_story`` replaces
   session 18b's copy (which ``blind_patch_byline18b.py`` now takes from main 65f9d3c).
6. The national agencies of the public lists, and agency words of more languages, beside the probe's.
(The leads added to today's ``byline_leads.py`` — Russian plural labels, Maltese, Welsh, Basque, Azerbaijani — are
read by ``blind_patch_byline_leads.py``: every chain run on this branch has them; the session's baseline was run
before they were written.)
"""

import ast
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
exec(compile((HERE / "blind_patch_byline19.py").read_text(encoding="utf-8"), str(HERE / "blind_patch_byline19.py"), "exec"))

scripts_space: dict = {}  # today's byline_scripts (it imports only re)
exec(compile((TODAY_INGEST / "byline_scripts.py").read_text(encoding="utf-8"), str(TODAY_INGEST / "byline_scripts.py"), "exec"),  # noqa: F821
     scripts_space)
today_names: dict = {}  # today's byline_names (it imports only re)
exec(compile((TODAY_INGEST / "byline_names.py").read_text(encoding="utf-8"), str(TODAY_INGEST / "byline_names.py"), "exec"),  # noqa: F821
     today_names)

probe_bylines = sys.modules["articles.ingest.bylines"]
probe_find_byline = probe_bylines.find_byline


def find_byline_in_every_script(line):
    if scripts_space["starts_in_an_uncased_script"](line):
        names = scripts_space["uncased_script_names"](line)
        return probe_bylines.Byline(line.strip(), 0, len(line.strip()), names) if names else None
    return probe_find_byline(line)


NEW_JOINS = "dan|ve|və|va|și|şi|ir|un|dhe|và|и|і|та|και|"
replaced = {}
for name in ("NAME_SPLIT", "_NAME_SPLIT", "_NAME_SPLIT_KEEPING"):
    old = getattr(probe_bylines, name, None)
    if old is not None and "(?-i:\\b(?:" in old.pattern:
        replaced[id(old)] = re.compile(old.pattern.replace("(?-i:\\b(?:", "(?-i:\\b(?:" + NEW_JOINS, 1), old.flags)

probe_hangul = getattr(sys.modules.get("articles.ingest.byline_names"), "hangul_name", None) \
    or getattr(probe_bylines, "hangul_name", None)  # the oldest probes keep it in bylines.py
for module in list(sys.modules.values()):
    if not getattr(module, "__name__", "").startswith("articles."):
        continue
    if getattr(module, "find_byline", None) is probe_find_byline:
        module.find_byline = find_byline_in_every_script
    for name in ("NAME_SPLIT", "_NAME_SPLIT", "_NAME_SPLIT_KEEPING"):
        if id(getattr(module, name, None)) in replaced:
            setattr(module, name, replaced[id(getattr(module, name))])
    if probe_hangul is not None and getattr(module, "hangul_name", None) is probe_hangul:
        module.hangul_name = today_names["hangul_name"]
for module in list(sys.modules.values()):  # the probe's remembered answers were read with the old patterns
    for name in ("find_byline", "name_line_byline"):
        cached = getattr(module, name, None) if getattr(module, "__name__", "").startswith("articles.") else None
        if hasattr(cached, "cache_clear"):
            cached.cache_clear()

# 5. The Korean signature under the story ("김하늘 기자"): today's read_a_name_signed_after_the_story, with its helper.
rule_space["hangul_name"] = today_names["hangul_name"]  # noqa: F821
for node in ast.parse((TODAY_INGEST / "byline_choice.py").read_text(encoding="utf-8")).body:  # noqa: F821
    if isinstance(node, ast.FunctionDef) and node.name == "read_a_name_signed_after_the_story":
        exec(compile(ast.Module([node], []), str(TODAY_INGEST / "byline_choice.py"), "exec"), rule_space)  # noqa: F821

# 6. The national agencies of the public lists and the agency words of more languages ("Prensa Latina", "Haber
# Merkezi", "TT Nyhetsbyrån"): today's names added to the probe's set, today's words to its pattern.
vocabulary = sys.modules.get("articles.ingest.byline_vocabulary") or probe_bylines
today_agencies = next(ast.literal_eval(node.value) for node in
                      ast.parse((TODAY_INGEST / "byline_vocabulary.py").read_text(encoding="utf-8")).body  # noqa: F821
                      if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "NATIONAL_AGENCIES")
(getattr(vocabulary, "NATIONAL_AGENCIES", None) or vocabulary.AGENCIES).update(today_agencies)
agency_words = vocabulary._AGENCY_WORDS
vocabulary._AGENCY_WORDS = re.compile(agency_words.pattern.replace(
    "press|", "press|prensa|imprensa|presse|nyhetsbyr\\w+|", 1), agency_words.flags)
for module in list(sys.modules.values()):
    if getattr(module, "__name__", "").startswith("articles.") and getattr(module, "_AGENCY_WORDS", None) is agency_words:
        module._AGENCY_WORDS = vocabulary._AGENCY_WORDS
for module in list(sys.modules.values()):
    for name in ("find_byline", "name_line_byline"):
        cached = getattr(module, name, None) if getattr(module, "__name__", "").startswith("articles.") else None
        if hasattr(cached, "cache_clear"):
            cached.cache_clear()

wrapped_19 = review_byline_then_outlets_journalist  # noqa: F821  (blind_patch_byline19's wrapper)


def review_byline_then_lead_word(article, layout):
    wrapped_19(article, layout)
    article.authors = today_names["without_a_lead_word"](article.authors, article.byline)


for module in list(sys.modules.values()):
    if getattr(module, "__name__", "").startswith("articles.") and getattr(module, "review_byline", None) is wrapped_19:
        module.review_byline = review_byline_then_lead_word
