"""The text an imported article is stored and tagged as: its body's markup and plain text from the parsed
paragraphs, and what the tagger reads."""

import functools
import html
import re

from articles.core.sanitize import spaces_folded


def body_markup(paragraphs):
    """A body's markup from plain-text paragraphs (what the parsers produce): escaped text in ``<p>`` blocks.

    Not sanitised here: ``Article.save()`` sanitises every body it stores,
    and sanitising is the slowest step of an import, so it runs once.
    """
    return "\n".join(f"<p>{html.escape(p.strip(), quote=False)}</p>" for p in paragraphs if p and p.strip())


_BLANK_LINES = re.compile(r"\n\s*\n+")


def plain_body_text(paragraphs):
    """The ``body_text`` an article built from ``paragraphs`` will have, without running the sanitiser.

    Equal to ``html_to_text(sanitize_html(body_markup(paragraphs)))`` (a test holds
    them together): tagging offsets and the duplicate fingerprint are computed
    on it before anything is stored, and bleach is the slowest step of an import.
    """
    return _plain_text_of(tuple(paragraphs))


@functools.lru_cache(maxsize=256)  # an import asks for each article's text three times
def _plain_text_of(paragraphs):
    chunks = (spaces_folded(chunk).strip() for p in paragraphs for chunk in _BLANK_LINES.split(p or ""))
    return "\n\n".join(chunk for chunk in chunks if chunk)


EMPTY_VOCABULARY_WARNING = (
    "No entities were tagged: the vocabulary is empty. Load it with "
    "`manage.py load_countries` and `manage.py load_entities`."
)


def tagging_text(*, headline, headline_proposed, standfirst, image_caption, body_text):
    """What the tagger reads: everything the article says, in reading order.

    Tags' first offsets count from the start of this text. A proposed
    headline is left out: it repeats words of the caption or the lead, and
    would count their names twice.
    """
    parts = ("" if headline_proposed else headline, standfirst, image_caption, body_text)
    return "\n\n".join(part for part in parts if part)


def stored_tagging_text(article):
    """``tagging_text`` of an article already in the archive."""
    return tagging_text(
        headline=article.headline, headline_proposed=article.headline_proposed, standfirst=article.standfirst,
        image_caption=article.image_caption, body_text=article.body_text,
    )
