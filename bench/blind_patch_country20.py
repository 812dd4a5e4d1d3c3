"""Session 20's country-precision rules (issue 12, branch country20) put into a probe commit's code, for
``bench/blind_replay.py --patch``. ``BLIND_RULES20`` (comma-separated, default all) picks them:

* ``titleword``: ``context_names.starts_another_name`` now also calls a country's name the start of another name
  when a title's or a small word opens the capitalised run after it and an organisation's last word closes it ("Hong
  Kong First Youth Association"; not "Kenya President Ruto", not "Kenya Defence Forces"). Today's ``_name_runs_to``,
  ``BODY_ENDINGS`` and ``STATE_BODIES`` are read from today's source; as blind_patch_country19.py does, a country the
  probe's tagging returned is dropped when every mention that counted there is the country's own name in such a run
  (the product applies the rule to any of its names but demonyms, acronyms and capitals);
* ``labels``: ``boilerplate.labelled_cards_start`` (a page whose lines, from the first, which is no heading, are
  cards that each open with the same two capitalised words ends the article at the second card), today's
  definition, added to the probe's ``article_end``.

Runs ``blind_patch_country19.py`` first (the baseline for country precision); ``BLIND_BASE20=<file>`` runs that one
instead (``blind_patch_people19.py`` for recall and people)."""

import os
import re
import sys
from pathlib import Path
from typing import NamedTuple

from blind_patching import definitions_from, drop_countries_where, run_patches

run_patches(os.environ.get("BLIND_BASE20") or "blind_patch_country19.py")

from articles.ingest import boilerplate  # noqa: E402
from articles.ingest.context import is_name  # noqa: E402  (the probe's: which words open a name)

RULES = set((os.environ.get("BLIND_RULES20") or "titleword,labels").split(","))
INGEST = Path(__file__).resolve().parent.parent / "articles" / "ingest"  # today's
today: dict = {"re": re, "NamedTuple": NamedTuple, "word_count": lambda line: len(line.split())}
for source, wanted in (
    ("candidate_types.py", {"ORGANIZATION_ENDINGS"}),  # candidates.py held it until session 20's split
    ("context_names.py", {"BODY_ENDINGS", "GOVERNMENT_BODIES", "STATE_BODIES", "INSTITUTION_WORDS", "_name_runs_to"}),
    ("boilerplate.py", {"SENTENCE_END_RE", "HEADING_MAX_WORDS", "TextLine", "_ends_with_a_quoted_word", "text_lines",
                        "LABELLED_CARDS_MIN", "LABEL_WORDS", "_card_label", "labelled_cards_start"}),
):
    definitions_from(INGEST / source, today, wanted)


def opens_with_a_title_word(text, words, starts, ends, last) -> bool:
    """Today's new branch of ``starts_another_name``."""
    if last + 1 >= len(words) or text[ends[last] : starts[last + 1]] != " " or not words[last + 1][0].isupper():
        return False
    return not is_name(words[last + 1]) and today["_name_runs_to"](
        text, words, starts, ends, last, today["BODY_ENDINGS"], refused=today["STATE_BODIES"])


previous_end = boilerplate.article_end  # the probe's, with the baseline's rules in it


def article_end(text: str) -> int:
    return min(previous_end(text), today["labelled_cards_start"](text))


if "labels" in RULES:
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("articles.") and getattr(
            module, "article_end", None
        ) is previous_end:
            module.article_end = article_end

def own_name_after_a_title_word(text, words, starts, ends, first, last, span, entity, language):
    return (" ".join(text[span.start : span.end].split()).lower() == entity.name.lower()
            and opens_with_a_title_word(text, words, starts, ends, last))


drop_countries_where(own_name_after_a_title_word)
