"""Session 19's recall rules (issue 12, branch recall19) put into a probe commit's code, for ``bench/blind_replay.py
--patch``. ``BLIND_RULES`` (comma-separated, default all):

* ``cases``: a country's name in the case a Russian, Ukrainian, Romanian or Greek sentence puts it in ("в России",
"з України", "guvernul Franței", "Iranului", "της Ελλάδας"), and the United States' short and inflected names in
Russian, Romanian and Greek ("США", "SUA", "ΗΠΑ"). Today's ``_case_forms`` and ``_IRREGULAR_CASE_FORMS`` (from
today's ``articles/ingest/languages.py``) are run on today's names of those languages, and the forms the probe's
``foreign_country_names`` lacks are added to it, as inflected forms (no surname);
* ``ties``: today's ``_told_by_own_words`` (where languages tie on their small words, the one whose words are more
  its own: each word weighted by one over the number of languages that have it), run on the probe's own word lists
  where its ``page_language`` found a tie the declared language is not in.

Runs ``blind_patch_recall18.py`` first (its baseline); with ``RECALL19_WITH_COUNTRY18=1``,
``blind_patch_country18.py`` before that, for the precision figure."""

import ast
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
RULES = set((os.environ.get("BLIND_RULES") or "cases,ties").split(","))

spec = importlib.util.spec_from_file_location("articles.ingest.recall19_languages", TODAY)
today = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = today  # its dataclasses look their module up
spec.loader.exec_module(today)

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
        _extra.extend(languages.ForeignName(code, form, frozenset(langs), True)
                      for (code, form), langs in sorted(forms.items()) if (code, form) not in have)
    return tuple(previous()) + tuple(_extra)


if "cases" in RULES:
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
