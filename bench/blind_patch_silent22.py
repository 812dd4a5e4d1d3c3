"""Session 22's "never silently wrong" warnings (issue 12, branch silent22) put into a probe commit's code, for
``bench/blind_replay.py --patch``: ``warn_about_a_time_beside_the_date`` (a date read without a time while a clock
time stands beside it) of the branch's ``parsing_unsure.py`` (``RULE``, loaded as a package of its own) runs where the
probe's ``_finish`` ends, on the lines the probe read. No other patch is chained: the baseline is the plain replay."""

import inspect

from blind_patching import ingest_module

from articles.ingest import parsing

RULE = "1fe3bc4"
warn_about_a_time_beside_the_date = ingest_module(RULE, "parsing_unsure").warn_about_a_time_beside_the_date

earlier_finish = parsing._finish
signature = inspect.signature(earlier_finish)


def finish_then_doubt(*args, **kwargs):
    article = earlier_finish(*args, **kwargs)
    bound = signature.bind(*args, **kwargs)
    bound.apply_defaults()
    if not hasattr(article, "published_printed"):
        return article
    warn_about_a_time_beside_the_date(article, list(bound.arguments.get("lines_read") or ()))
    return article


parsing._finish = finish_then_doubt
