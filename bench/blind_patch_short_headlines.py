"""The short-headline rule of session 17 "headline on outlets never seen" (issue 12) put into a probe commit's code,
for ``bench/blind_replay.py --patch``: as today's ``_propose_over_a_short_unsure_headline``
(articles/ingest/parsing.py) does, a claimed headline of one or two words that the probe's own
chooser doubted, in a spaced script and no digest's title, gives way to the probe's proposal from the lead."""

import functools
import re
import sys

import articles.ingest.parsing as parsing
from articles.ingest.parsing_page_chrome import is_digest_title

_CHOOSER_UNSURE = ("The headline was chosen among several lines", "The headline may be “")
PLACE_LINE = re.compile(r"^[A-Z][\w'’.-]*,\s+[A-Z][\w'’.-]*$")
UNSPACED_SCRIPT = re.compile(r"[\u0E00-\u0E7F\u3040-\u30FF\u3400-\u9FFF]")
original = parsing.parse_file


@functools.wraps(original)  # so that accuracy_real still passes the source time zone
def parse_file(*args, **kwargs):
    articles = original(*args, **kwargs)
    for article in articles or []:
        headline = article.headline
        if not headline or getattr(article, "headline_proposed", False) or len(headline.split()) > 2 \
                or UNSPACED_SCRIPT.search(headline) or is_digest_title(headline) or PLACE_LINE.match(headline) \
                or not any(w.startswith(_CHOOSER_UNSURE) for w in article.warnings):
            continue
        article.warnings = [w for w in article.warnings if not w.startswith("The headline")]
        article.headline = ""
        parsing._propose_headline(article)
        article.warnings.append(f"The line “{headline[:60]}” at the top of the page is too short to be sure it is "
                                "the headline; it was not taken.")
    return articles


parsing.parse_file = parse_file
for module in list(sys.modules.values()):
    if getattr(module, "__name__", "").startswith("articles.") and getattr(module, "parse_file", None) is original:
        module.parse_file = parse_file
