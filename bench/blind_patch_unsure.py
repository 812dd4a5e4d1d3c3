"""Session 17's warnings (issue 12, articles/ingest/parsing_unsure.py) put into a probe commit's code, for
``bench/blind_replay.py --patch``: which blind silent errors of each batch they would have turned into warned ones,
and on how many right fields they would have warned. Today's module is run with the probe's own date reader, and
its warnings are added where the probe's ``_finish`` adds its own; the oldest probes pass no lines near the top, so
those are the lines above the first paragraph and its next two, as ``TextLayout.head_lines`` takes them.
``BLIND_RULES`` (comma-separated: headline, closing, cut) runs only some of them."""

import inspect
import os

from articles.ingest import dates, parsing
from blind_patching import ingest_module

RULES = set(os.environ.get("BLIND_RULES", "headline,closing,cut").split(","))


TODAY_COMMIT = "1d035e0"  # the module as it stands today, with the helpers it imports (names a probe's code lacks)
unsure = vars(ingest_module(TODAY_COMMIT, "parsing_unsure"))
unsure["find_dates"] = dates.find_dates  # the probe's own date reader
original = parsing._finish
accepts_head_lines = "head_lines" in inspect.signature(original).parameters


def _head_lines(article, lines_read) -> list[str]:
    first = article.paragraphs[0][:30] if article.paragraphs else None
    start = next((index for index, line in enumerate(lines_read) if first and first in line), len(lines_read))
    return list(lines_read[: start + 2])


def finish_and_doubt(article, day_first, zone=None, lines_read=(), head_lines=None):
    if accepts_head_lines:
        article = original(article, day_first, zone, lines_read, head_lines if head_lines is not None else ())
    else:
        article = original(article, day_first, zone, lines_read)
    if head_lines is None:
        head_lines = _head_lines(article, list(lines_read))
    if "headline" in RULES and article.headline and not getattr(article, "headline_proposed", False):
        unsure["warn_about_headline_date_or_credit"](article)
    if "closing" in RULES and not article.image_credit:
        if not hasattr(article, "headline_proposed"):
            article.headline_proposed = False
        unsure["take_a_credit_closing_a_line"](article, list(head_lines))  # since session 18 it takes the credit
    if "cut" in RULES and article.image_credit:
        unsure["take_the_whole_of_a_cut_credit"](article, list(lines_read))  # since session 18b it takes the whole
    return article


parsing._finish = finish_and_doubt
