"""Session 20's recall rules (issue 12, branch recall20) put into a probe commit's code, for ``bench/blind_replay.py
--patch``. ``RECALL20_RULES`` (comma-separated, default all; the chained patches read their own variables):

* ``turkish``: a Turkish country's people named with "-lı" and its plural and case endings, written with no
  apostrophe ("Filistinlilere", "Suriyelilerin", "Iraklıya"): today's ``_turkish_people_forms`` run on today's
  Turkish names (CLDR's and ISO's) and the table's demonyms ending in "-lı", the forms the probe's
  ``foreign_country_names`` lacks added to it, as inflected forms;
* ``eastasian``: today's ``articles/ingest/east_asian_names.py`` (a Korean name of three syllables before a title,
  a Japanese name of three to five kanji before an honorific or a title), its candidates added to the probe's on a
  page the language rules (recall18's) tell is Korean or Japanese.

Korean country names with their particles ("미국의", "일본에서") and Hebrew ones with a prefixed letter ("באיראן")
need no code here: ``blind_patch_recall18.py`` (in the chain) reads today's ``SCRIPT_NAMES_LANGUAGES`` (now with
Korean and Hebrew), ``_names_in`` and ``_case_forms``, so every replay through this file or the earlier ones of the
chain, run from this branch, has them; ``RECALL20_RULES=none`` shows them alone (blind: Hebrew +1, Korean 0).

Runs ``blind_patch_people19.py`` first (its baseline: blind people 1057/1138, countries 619/700 and 619/735)."""

import importlib.util
import os
import sys
from pathlib import Path

from blind_patching import run_patches

run_patches("blind_patch_people19.py")

from articles.ingest import candidates, languages, tagging  # noqa: E402

TODAY = Path(__file__).resolve().parent.parent / "articles" / "ingest"
RULES = set((os.environ.get("RECALL20_RULES") or "turkish,eastasian").split(","))

spec = importlib.util.spec_from_file_location("articles.ingest.recall20_languages", TODAY / "languages.py")
today = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = today  # its dataclasses look their module up
spec.loader.exec_module(today)
today.DATA_DIR = TODAY.parent / "data"  # today's tables, not the probe's

previous = tagging.foreign_country_names  # the probe's, or the chained patches' wrapping of it
_extra: list = []


def foreign_country_names():
    if not _extra:
        have = {(f.iso_code, f.name) for f in previous()}
        forms = set()
        for code, names in today._names_in("tr").items():
            forms.update((code, form) for name in names for form in today._turkish_people_forms(name))
        for language, code, word in today.foreign_country_words():
            if language == "tr" and word.endswith(today._TURKISH_PEOPLE_SUFFIXES):
                forms.update((code, form) for form in today._turkish_people_forms(word[:-2]))
        _extra.extend(languages.ForeignName(code, form, frozenset({"tr"}), True)
                      for code, form in sorted(forms) if (code, form) not in have)
    return tuple(previous()) + tuple(_extra)


if "turkish" in RULES:
    tagging.foreign_country_names = foreign_country_names

# today's east_asian_names, with the probe's Candidate
_ea = {"__name__": "east_asian_names_today", "Candidate": candidates.Candidate}
exec(compile((TODAY / "east_asian_names.py").read_text(encoding="utf-8").replace(
    "from .candidates import Candidate\n", ""), str(TODAY / "east_asian_names.py"), "exec"), _ea)
previous_tag = tagging.Matcher.tag


def tag(self, text, *args, **kwargs):
    result = previous_tag(self, text, *args, **kwargs)
    words = tagging.tokens(text)[0]
    lowered = " ".join(words).lower().split(" ") if words else []
    declared = kwargs.get("language", args[0] if args else "") or ""
    language = tagging.page_language(lowered, declared)
    if language in ("ko", "ja"):
        known = {c.name for c in result.candidates} | {e.name for e in result.entities}
        result.candidates[:] = list(result.candidates) + _ea["east_asian_person_candidates"](text, language, known)
    return result


if "eastasian" in RULES:
    tagging.Matcher.tag = tag
