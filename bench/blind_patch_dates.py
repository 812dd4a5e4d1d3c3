"""The date rules of session 16 (issue 12) put into a probe commit's code, for ``bench/blind_replay.py --patch``: which
blind misses of each batch they would have fixed. ``BLIND_RULES`` (comma-separated, default all): ``distant`` (a date
warned about as printed deep in the story is marked guessed: parsing_warnings.mark_a_distant_date_guessed),
``headless`` (a date read from a page where neither a headline line nor a byline was found is marked guessed, with a warning:
parsing._doubt_a_date_without_headline). The
warning itself is the probe commit's (``_warn_about_a_distant_date`` in parsing.py before it moved to
parsing_warnings.py)."""

import os
import re
import sys

import articles.ingest.parsing  # noqa: F401  (so that its modules are loaded before they are patched)

RULES = set((os.environ.get("BLIND_RULES") or "distant,headless").split(","))
DISTANT_WARNING = "printed with no label several lines into the story"


def _guessed_when_warned(original):
    def warn(article, layout, chosen):
        before = len(article.warnings)
        original(article, layout, chosen)
        line = next((index for index, meta in enumerate(layout.metadata) if meta and any(
            found.start == chosen.start and found.value.date() == chosen.value.date() for found in meta.dates)), None)
        if any(DISTANT_WARNING in warning for warning in article.warnings[before:]) and line is not None \
                and line < len(layout.units) - 1:  # a date on the page's last line closes the story
            article.published_source = "guessed"
    return warn


if "distant" in RULES:
    for module in list(sys.modules.values()):
        for name in ("warn_about_a_distant_date", "_warn_about_a_distant_date"):
            if getattr(module, "__name__", "").startswith("articles.") and callable(getattr(module, name, None)):
                setattr(module, name, _guessed_when_warned(getattr(module, name)))


if "headless" in RULES:
    from articles.ingest import parsing

    original_finish = parsing._finish

    def _finish(article, *args, **kwargs):
        article = original_finish(article, *args, **kwargs)
        no_headline = any(warning.startswith("No headline found") for warning in article.warnings)
        warned = any(re.search(r"\bdate\b", warning, re.IGNORECASE) for warning in article.warnings)
        if no_headline and article.published_source == "parsed" and not (article.byline or article.authors or warned):
            article.published_source = "guessed"
            article.warnings.append("The date was read from a page where no headline line was found; it may be the "
                                    "page's own date or another story's. Please check it.")
        return article

    parsing._finish = _finish
