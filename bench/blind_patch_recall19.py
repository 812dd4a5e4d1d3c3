"""Session 19's recall rules (issue 12, branch recall19) put into a probe commit's code, for ``bench/blind_replay.py
--patch``. ``RECALL19_RULES`` (comma-separated, default all; ``BLIND_RULES`` is read by the chained patches):

* ``cases``: a country's name in the case a Russian, Ukrainian, Romanian or Greek sentence puts it in ("в России",
"з України", "guvernul Franței", "Iranului", "της Ελλάδας"), and the United States' short and inflected names in
Russian, Romanian and Greek ("США", "SUA", "ΗΠΑ"). Today's ``_case_forms`` and ``_IRREGULAR_CASE_FORMS`` (from
today's ``articles/ingest/languages.py``) are run on today's names of those languages, and the forms the probe's
``foreign_country_names`` lacks are added to it, as inflected forms (no surname);
* ``ties``: today's ``_told_by_own_words`` (where languages tie on their small words, the one whose words are more
  its own: each word weighted by one over the number of languages that have it), run on the probe's own word lists
  where its ``page_language`` found a tie the declared language is not in;
* ``adjectives``: today's national adjectives and peoples' names of Russian, Ukrainian, Greek and Romanian
  ("российские", "українська", "ελληνική", "Έλληνες", "românesc"), Portuguese's "norte-americano" and the Italian and
  Dutch demonyms written out ("statunitense", "Duitse", "Amerikanen"), Turkish short names and demonyms ("ABD",
  "İngiltere", "Filistinli") and the United States' abbreviations in Spanish, Portuguese and Indonesian ("EE. UU.",
  "EUA", "AS"; today matched only as written, in the probe as any capitalised word), from today's
  ``foreign_country_words``, added to the probe's foreign names (lower case only where the probe's ``ForeignName``
  knows that; the probes of s13a–s14b do not, and there they count in any case);
* ``zhnames``: today's ``articles/ingest/chinese_names.py`` (a common surname and two characters before a word only a
  person says or bears, or after a person's title), its candidates added to the probe's on a page the language
  rules (recall18's) tell is Chinese.

Runs ``blind_patch_recall18.py`` first (its baseline); with ``RECALL19_WITH_COUNTRY18=1``,
``blind_patch_country18.py`` before that, for the precision figure."""

import ast
import dataclasses
import importlib.util
import os
import sys
from collections import Counter
from itertools import chain
from pathlib import Path

from blind_patching import run_patches

if os.environ.get("RECALL19_WITH_COUNTRY18") == "1":
    run_patches("blind_patch_country18.py")
run_patches("blind_patch_recall18.py")

from articles.ingest import languages, tagging  # noqa: E402

TODAY = Path(__file__).resolve().parent.parent / "articles" / "ingest" / "languages.py"
CASE_LANGUAGES = ("ru", "uk", "ro", "el")
RULES = set((os.environ.get("RECALL19_RULES") or "cases,ties,adjectives,zhnames").split(","))
ADJECTIVE_LANGUAGES = ("ru", "uk", "el", "ro")
WRITTEN_OUT = ("it", "nl", "tr")  # demonyms_written_out (and short_names: Turkish only)
# the United States' abbreviations in short_names (in the probe, matched as any capitalised word: "As" too)
ABBREVIATIONS = {("es", "EEUU"), ("es", "EE.UU."), ("es", "EE. UU."), ("pt", "EUA"), ("id", "AS")}

spec = importlib.util.spec_from_file_location("articles.ingest.recall19_languages", TODAY)
today = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = today  # its dataclasses look their module up
spec.loader.exec_module(today)
today.DATA_DIR = TODAY.parent.parent / "data"  # today's tables, not the probe's (its import of DATA_DIR is the probe's)

previous = tagging.foreign_country_names  # the probe's, or recall18's wrapping of it
_extra: list = []


def foreign_country_names():
    if not _extra:
        have = {(f.iso_code, f.name) for f in previous()}
        forms = {}
        for language in CASE_LANGUAGES:
            for code, names in today._names_in(language).items():
                for name in names:
                    for form in today._case_forms(name, language):
                        forms.setdefault((code, form), set()).add(language)
            for code, irregular in today._IRREGULAR_CASE_FORMS.get(language, {}).items():
                for form in irregular:
                    forms.setdefault((code, form), set()).add(language)
        if "cases" in RULES:
            _extra.extend(languages.ForeignName(code, form, frozenset(langs), True)
                          for (code, form), langs in sorted(forms.items()) if (code, form) not in have)
        if "adjectives" in RULES:
            lower_known = len(dataclasses.fields(languages.ForeignName)) >= 5
            words = {}
            for language, code, word in today.foreign_country_words():
                if language in ADJECTIVE_LANGUAGES + WRITTEN_OUT or (language, word) in ABBREVIATIONS \
                        or (language == "pt" and word.startswith("norte-americ")):
                    words.setdefault((code, word), set()).add(language)
            for (code, word), langs in sorted(words.items()):
                if (code, word) not in have:
                    lower = word.islower()
                    _extra.append(languages.ForeignName(code, word, frozenset(langs), True, lower) if lower_known
                                  else languages.ForeignName(code, word, frozenset(langs), True))
    return tuple(previous()) + tuple(_extra)


if RULES & {"cases", "adjectives"}:
    tagging.foreign_country_names = foreign_country_names

# today's _told_by_own_words, run on the probe's word lists
_ties = {"Counter": Counter, "_LANGUAGES_OF": languages._LANGUAGES_OF, "OWN_WORDS_LEAD": today.OWN_WORDS_LEAD}
for node in ast.parse(TODAY.read_text(encoding="utf-8")).body:
    if isinstance(node, ast.FunctionDef) and node.name == "_told_by_own_words":
        exec(compile(ast.Module([node], []), str(TODAY), "exec"), _ties)
previous_page_language = tagging.page_language  # the probe's, or recall18's wrapping of it


def page_language(lowered, declared=""):
    read = lowered[:languages.WORDS_READ]
    counts = Counter(chain.from_iterable(filter(None, map(languages._LANGUAGES_OF.get, read))))
    if counts:
        ranked = counts.most_common(2)
        count = ranked[0][1]
        tied = {language for language, n in counts.items() if n == count}
        if len(tied) > 1 and count >= languages.MIN_WORDS \
                and declared.split("-")[0].split("_")[0].lower() not in tied:
            best = _ties["_told_by_own_words"](read, {language for language, n in counts.items()
                                                       if n >= languages.MIN_WORDS})
            if best:
                return best
    return previous_page_language(lowered, declared)


if "ties" in RULES:
    tagging.page_language = page_language


# today's chinese_names, with the probe's Candidate
_zh = {"re": __import__("re"), "Candidate": __import__("articles.ingest.candidates", fromlist=["Candidate"]).Candidate}
exec(compile(TODAY.with_name("chinese_names.py").read_text(encoding="utf-8").replace(
    "from .candidates import Candidate\n", ""), str(TODAY.with_name("chinese_names.py")), "exec"), _zh)
previous_tag = tagging.Matcher.tag


def tag(self, text, *args, **kwargs):
    result = previous_tag(self, text, *args, **kwargs)
    words = tagging.tokens(text)[0]
    lowered = " ".join(words).lower().split(" ") if words else []
    declared = kwargs.get("language", args[0] if args else "") or ""
    if tagging.page_language(lowered, declared) == "zh":
        known = {c.name for c in result.candidates} | {e.name for e in result.entities}
        result.candidates[:] = list(result.candidates) + _zh["chinese_person_candidates"](text, known)
    return result


if "zhnames" in RULES:
    tagging.Matcher.tag = tag
