"""Session 22's "never silently wrong" warnings (issue 12, branch silent22) put into a probe commit's code, for
``bench/blind_replay.py --patch``. They run where the probe's ``_finish`` ends, from the branch's own modules (``RULE``,
loaded as a package of its own, so the rules are not re-written here):

- ``warn_about_a_time_beside_the_date``: a date read without a time while a clock time stands beside it;
- ``warn_about_a_credit_of_the_storys_words``: a credit of five words or more, not joined, mostly the story's words;
- the picture's source words added to ``warn_about_picture_without_credit`` (``Captura``, ``Sumber``, ``攝``...): the
  branch's check runs with those words alone, so that the replay counts what the addition flags and nothing the
  probe's own words (or the check itself, absent from early probes) would.

No other patch is chained: the baseline is the plain replay. ``BLIND_SILENT22_ONLY=time,credit_words,source_words``
runs some of them only."""

import inspect
import os
import re

from blind_patching import ingest_module

from articles.ingest import parsing

RULE = "f805606"
unsure = ingest_module(RULE, "parsing_unsure")
warnings = ingest_module(RULE, "parsing_warnings")
_ADDED_PICTURE_WORDS = re.compile(r"(?<!\w)(?:screenshots?|captura|bildschirmfoto|sumber|fuente)(?!\w)|攝|摄|圖片|图片|사진|写真",
                                  re.IGNORECASE)
warnings._PICTURE_WORD = _ADDED_PICTURE_WORDS
ONLY = set(filter(None, os.environ.get("BLIND_SILENT22_ONLY", "time,credit_words,source_words").split(",")))

earlier_finish = parsing._finish
signature = inspect.signature(earlier_finish)


def _head_lines(article, lines_read) -> list[str]:
    first = article.paragraphs[0][:30] if article.paragraphs else None
    start = next((index for index, line in enumerate(lines_read) if first and first in line), len(lines_read))
    return list(lines_read[: start + 2])


def finish_then_doubt(*args, **kwargs):
    article = earlier_finish(*args, **kwargs)
    if not hasattr(article, "published_printed"):
        return article
    bound = signature.bind(*args, **kwargs)
    bound.apply_defaults()
    lines_read = list(bound.arguments.get("lines_read") or ())
    head_lines = list(bound.arguments.get("head_lines") or ()) or _head_lines(article, lines_read)
    if "source_words" in ONLY and not article.image_credit:
        warnings.warn_about_picture_without_credit(article, head_lines)
    if "credit_words" in ONLY:
        unsure.warn_about_a_credit_of_the_storys_words(article)
    if "time" in ONLY:
        unsure.warn_about_a_time_beside_the_date(article, lines_read)
    return article


parsing._finish = finish_then_doubt
