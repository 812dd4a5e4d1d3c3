"""Session 21's "never silently wrong" changes (issue 12, branch silent21) put into a probe commit's code, for
``bench/blind_replay.py --patch``: the credits read alone on their line (a still from a screen or a handed-out picture
in Europe's languages, "Captura", "Divulgação", "Bildschirmfoto"; a picture library, "Getty Images", "Unsplash") and
the warning naming a wire's name or a website's address alone near the top when neither a byline nor a credit was
read (``warn_about_an_agency_or_address_alone``). As ``blind_patch_credits21.py`` does, the rules' own code is taken,
not re-written: the branch's ingest package (``RULE``) and main's before it (``BEFORE``) are loaded as packages of their
own; on a line where their ``split_credit`` differ the branch's answer replaces the probe's, and the warning runs where
the probe's ``_finish`` ends. No other patch is chained: the baseline is the plain replay."""

import inspect

from blind_patching import ingest_module, splice_split_credit

from articles.ingest import parsing

splice_split_credit("fa567e7", "b2e611a")  # the branch's last rule, and main before the branch
warn_about_an_agency_or_address_alone = ingest_module("fa567e7", "parsing_warnings").warn_about_an_agency_or_address_alone

earlier_finish = parsing._finish
accepts_head_lines = "head_lines" in inspect.signature(earlier_finish).parameters


def _head_lines(article, lines_read) -> list[str]:
    first = article.paragraphs[0][:30] if article.paragraphs else None
    start = next((index for index, line in enumerate(lines_read) if first and first in line), len(lines_read))
    return list(lines_read[: start + 2])


def finish_then_name_a_line_alone(article, day_first, zone=None, lines_read=(), head_lines=None):
    if accepts_head_lines:
        article = earlier_finish(article, day_first, zone, lines_read, head_lines if head_lines is not None else ())
    else:
        article = earlier_finish(article, day_first, zone, lines_read)
    if head_lines is None:
        head_lines = _head_lines(article, list(lines_read))
    warn_about_an_agency_or_address_alone(article, list(head_lines))
    return article


parsing._finish = finish_then_name_a_line_alone
