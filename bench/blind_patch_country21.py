"""Session 21's country-precision rules (issue 12, branch country21) put into a probe commit's code, for
``bench/blind_replay.py --patch``. ``BLIND_RULES21`` (comma-separated, default all) picks them:

* ``web``: a country's word inside a web or e-mail address (``context.in_a_web_address``);
* ``states``: a country's name listed among another country's subdivisions (``country_senses.listed_among``, with
  ``subdivisions_named_like_countries``);
* ``language``: a country's adjective beside its language's word for "language" (``languages.
  beside_a_word_for_language``), and a language's name listed after a verb of speaking or translating
  (``context._listed_after_a_language_cue``);
* ``timezone``: a country's name naming the time zone of a clock time (``context.names_a_time_zone``).

Today's definitions are read from today's source. As ``blind_patch_country20.py`` does, a country the probe's tagging
returned is dropped when every mention that counted there is one a picked rule rejects (the product rejects the
mention when it is read; the probe's other rules are left as they were).

Runs ``blind_patch_country20.py`` first (the baseline for country precision); ``BLIND_BASE21=<file>`` runs that one
instead."""

import os
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from blind_patching import definitions_from, drop_countries_where, run_patches

run_patches(os.environ.get("BLIND_BASE21") or "blind_patch_country20.py")

RULES = set((os.environ.get("BLIND_RULES21") or "web,states,language,timezone").split(","))
INGEST = Path(__file__).resolve().parent.parent / "articles" / "ingest"  # today's
today: dict = {"re": re, "lru_cache": lru_cache, "unicodedata": unicodedata}
for source, wanted in (
    ("vocabulary.py", {"fold_diacritics", "place_key"}),
    ("context.py", {"WEB_ADDRESS_MARKS", "WEB_ADDRESS_MAX_CHARS", "in_a_web_address", "TIME_ZONE_WORDS",
                    "_TIME_ZONE_QUALIFIERS", "_TIME_ZONE_JOINS", "CLOCK_LOOKBACK", "_CLOCK_RE", "_WORD_BEFORE_RE",
                    "_WORD_AFTER_RE", "names_a_time_zone", "LANGUAGE_VERBS", "TRANSLATED", "language_names",
                    "LANGUAGE_LIST_MAX", "_listed_after_a_language_cue"}),
    ("languages.py", {"LANGUAGE_WORDS", "beside_a_word_for_language"}),
    ("country_senses.py", {"_BRACKETED_RE", "_LIST_JOIN", "LIST_ITEM_MAX_WORDS", "_LIST_ITEM", "_ITEM_BEFORE_RE",
                           "_ITEM_AFTER_RE", "listed_among", "_ends_with_a_name", "_starts_with_a_name",
                           "subdivisions_named_like_countries", "DEPENDENCIES_AS_SUBDIVISIONS"}),
):
    definitions_from(INGEST / source, today, wanted)

def rejected(text, words, starts, ends, first, last, code, forms) -> bool:
    """Whether one of today's picked rules rejects the mention at tokens ``first``-``last``."""
    start, end = starts[first], ends[last]
    if "web" in RULES and today["in_a_web_address"](text, start):
        return True
    if "timezone" in RULES and today["names_a_time_zone"](text, start, end):
        return True
    if "language" in RULES and (
        today["beside_a_word_for_language"](text, words, starts, ends, first, last)
        or (first == last and words[first][:1].isupper() and words[first].lower() in today["language_names"]()
            and today["_listed_after_a_language_cue"](text, words, starts, ends, first))
    ):
        return True
    if "states" in RULES:
        for name, others in today["subdivisions_named_like_countries"]().get(code, ()):
            if forms <= {name} and today["listed_among"](text, start, end, others):
                return True
    return False


def rejected_everywhere(text, words, starts, ends, first, last, span, entity, language):
    forms = {today["place_key"](text[s.start : s.end]) for s in entity.spans}
    return rejected(text, words, starts, ends, first, last, entity.iso_code, forms)


drop_countries_where(rejected_everywhere)
