"""Session 18's credit rule (issue 12) put into a probe commit's code, for ``bench/blind_replay.py --patch``: on top of
session 17's three credit changes (``blind_patch_credits17.py``), today's ``take_a_credit_closing_a_line``
(articles/ingest/parsing_unsure.py: it takes the credit, or only names a doubtful one) runs where the probe's
``_finish`` ends, with the probe's own date reader. The
oldest probes pass no lines near the top: those are then the lines above the first paragraph and its next two, as
``TextLayout.head_lines`` takes them (as in ``blind_patch_unsure.py``)."""

import inspect
import re
from pathlib import Path

from blind_patching import definitions_from, run_patches

run_patches("blind_patch_credits17.py")

from articles.ingest import dates, parsing  # noqa: E402  (after the patches that execute the probe's modules again)

TODAY = Path(__file__).resolve().parent.parent / "articles" / "ingest"


vocabulary = definitions_from(TODAY / "credit_vocabulary.py", {"re": re}, {"PICTURE_AGENCIES", "ILLUSTRATIVE"})
vocabulary.update(definitions_from(TODAY / "credits.py", {}, {"NO_CREDIT_IN_CAPITALS"}))
unsure = definitions_from(TODAY / "parsing_unsure.py",
                          {"re": re, "find_dates": dates.find_dates, "ParsedArticle": object, **vocabulary},
                          {"_NAME_WORD", "_NAME", "_CREDIT_CLOSING", "_LABELLED_CREDIT", "_LONGEST_CAPTION", "credit_closing",
                           "take_a_credit_closing_a_line", "_signed_off"})
original = parsing._finish
accepts_head_lines = "head_lines" in inspect.signature(original).parameters


def _head_lines(article, lines_read) -> list[str]:
    first = article.paragraphs[0][:30] if article.paragraphs else None
    start = next((index for index, line in enumerate(lines_read) if first and first in line), len(lines_read))
    return list(lines_read[: start + 2])


def finish_and_take(article, day_first, zone=None, lines_read=(), head_lines=None):
    if accepts_head_lines:
        article = original(article, day_first, zone, lines_read, head_lines if head_lines is not None else ())
    else:
        article = original(article, day_first, zone, lines_read)
    if head_lines is None:
        head_lines = _head_lines(article, list(lines_read))
    if not hasattr(article, "headline_proposed"):
        article.headline_proposed = False
    unsure["take_a_credit_closing_a_line"](article, list(head_lines))
    return article


parsing._finish = finish_and_take
