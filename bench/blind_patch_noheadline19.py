"""The headline rule of session 19 "a crawl with no headline gets a proposal" (issue 12, branch noheadline19) put into
a probe commit's code, for ``bench/blind_replay.py --patch``, on top of ``blind_patch_headline19.py`` (which chains the
earlier headline patches): the line the probe takes under a page's opening paragraph
(``_headline_under_its_standfirst``) is only proposed, flagged, as today's ``take_headline`` and ``_from_layout`` do.

    .venv/bin/python bench/blind_replay.py --batch s13a ... --batch s16n --patch bench/blind_patch_noheadline19.py"""

import functools
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
runpy.run_path(str(HERE / "blind_patch_headline19.py"), run_name="blind_replay_patch")

import articles.ingest.parsing as parsing  # noqa: E402
from articles.ingest import parsing_headline_choice as choice  # noqa: E402

PROPOSAL_WARNING = "No headline found; proposed the line under the page's opening paragraph."
UNSURE_WARNING = "The headline was chosen among several lines"
lines_under_an_opening = []
under_its_standfirst = choice._headline_under_its_standfirst


def _headline_under_its_standfirst(units, *args, **kwargs):
    found = under_its_standfirst(units, *args, **kwargs)
    if found:
        lines_under_an_opening.append(units[1])
    return found


choice._headline_under_its_standfirst = _headline_under_its_standfirst
original = parsing.parse_file


@functools.wraps(original)  # so that accuracy_real still passes the source time zone
def parse_file(*args, **kwargs):
    lines_under_an_opening.clear()
    articles = original(*args, **kwargs)
    for article in articles or []:
        if article.headline and not getattr(article, "headline_proposed", False) \
                and article.headline in lines_under_an_opening:
            article.headline_proposed = True
            article.warnings = [w for w in article.warnings if not w.startswith(UNSURE_WARNING)]
            article.warnings.append(PROPOSAL_WARNING)
    return articles


parsing.parse_file = parse_file
for module in list(sys.modules.values()):
    if getattr(module, "__name__", "").startswith("articles.") and getattr(module, "parse_file", None) is original:
        module.parse_file = parse_file
