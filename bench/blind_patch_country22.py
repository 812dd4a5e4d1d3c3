"""Session 22's country-precision rules (issue 12, branch country22) put into a probe commit's code, for
``bench/blind_replay.py --patch``. ``BLIND_RULES22`` (comma-separated, default all) picks them:

* ``cards``: ``boilerplate.cards_above`` (the end of the article, where a list of other stories was found, moved up
  over the cards of title and blurb just above it whose titles share no word with what came before);
* ``readmore``: ``boilerplate.READ_MORE_RE`` taking a "Read More" glued to the sentence before it, or with an arrow
  or an ellipsis after it: the branch's ``teaser_end`` where it cuts earlier than main's at d4198c9.

The branch's own code (``ingest_module`` of the commit that made it) is wrapped around the probe's ``article_end``,
as ``blind_patch_country20.py`` adds ``labelled_cards_start``: the probe's other rules are left as they were, and
the probe's own cut is the one extended. (The branch's ``closing_title_start``, dropped again, was measured with
``ingest_module("b44865d", ...)``: BENCHMARKS.md.)

Runs ``blind_patch_country21.py`` first (the baseline for country precision); ``BLIND_BASE22=<file>`` runs that one
instead."""

import os
import sys

from blind_patching import ingest_module, run_patches

run_patches(os.environ.get("BLIND_BASE22") or "blind_patch_country21.py")

from articles.ingest import boilerplate  # noqa: E402  (the probe's, with the baseline's rules in it)

RULES = set((os.environ.get("BLIND_RULES22") or "cards,readmore").split(","))
branch = ingest_module("5b3bd53", "boilerplate")
main = ingest_module("d4198c9", "boilerplate")
# the country names its word test leaves aside, from the probe's vocabulary (the branch's reads a data file from
# outside the extracted package)
from articles.ingest.countries import country_vocabulary  # noqa: E402

_stems = frozenset(name.lower()[: branch.STEM_LETTERS] for entry in country_vocabulary() for name in entry.all_names()
                   if name.isalpha())
branch._country_stems = lambda: _stems
previous_end = boilerplate.article_end


def article_end(text: str) -> int:
    end = previous_end(text)
    if "readmore" in RULES:
        linked = branch.teaser_end(text)
        if linked < main.teaser_end(text):
            end = min(end, linked)
    return branch.cards_above(text, branch.text_lines(text), end) if "cards" in RULES else end


for module in list(sys.modules.values()):
    if getattr(module, "__name__", "").startswith("articles.") and getattr(module, "article_end", None) is previous_end:
        module.article_end = article_end
