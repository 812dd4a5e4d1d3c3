"""Matched words in ``<mark>``: in database snippets, and in any text (headlines) by stemming here."""

import functools
import re
import threading

import snowballstemmer
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .query import STOP_WORDS, WORD, fold, parse_terms

# Private-use characters mark matches inside database snippets; the text is
# HTML-escaped first and only then are these pairs turned into <mark> tags.
OPEN, CLOSE = "\ue000", "\ue001"
_MARKED = re.compile(f"{OPEN}([^{OPEN}{CLOSE}]*){CLOSE}")


_stemmers = threading.local()  # a Snowball stemmer is not thread-safe: one per thread


@functools.lru_cache(maxsize=100_000)
def stem(word):
    """The English Snowball stem of a folded word, remembered: a page's headlines repeat most of their words.

    Stemming in pure Python was most of a search page's time.
    """
    if not hasattr(_stemmers, "english"):
        _stemmers.english = snowballstemmer.stemmer("english")
    return _stemmers.english.stemWord(word)


def marked_html(text):
    """Escape ``text``, then turn the database's match markers into ``<mark>`` tags."""
    marked = _MARKED.sub(r"<mark>\1</mark>", escape(text))
    return mark_safe(marked.replace(OPEN, "").replace(CLOSE, ""))


def highlight(text, query):
    """``text`` escaped, with each word the query looks for (or a form of it: "talk", "talks") in ``<mark>``."""
    wanted = {
        stem(word)
        for term in parse_terms(query)
        for word in WORD.findall(fold(term))
        if word not in STOP_WORDS
    }
    parts, position = [], 0
    for match in WORD.finditer(text or ""):
        parts.append(escape(text[position : match.start()]))
        word = escape(match.group())
        parts.append(f"<mark>{word}</mark>" if stem(fold(match.group())) in wanted else word)
        position = match.end()
    parts.append(escape((text or "")[position:]))
    return mark_safe("".join(parts))
