"""Matched words in ``<mark>``: in database snippets, and in any text (headlines) by stemming here."""

import functools
import html
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


@functools.lru_cache(maxsize=1024)
def _wanted_stems(query):
    # A page highlights its twenty headlines for the same query: parsed and stemmed once.
    return frozenset(
        stem(word)
        for term in parse_terms(query)
        for word in WORD.findall(fold(term))
        if word not in STOP_WORDS
    )


@functools.lru_cache(maxsize=100_000)
def _folded_stem(word):
    return stem(fold(word))


def highlight(text, query):
    """``text`` escaped, with each word the query looks for (or a form of it: "talk", "talks") in ``<mark>``."""
    wanted = _wanted_stems(query)
    parts, position = [], 0
    for match in WORD.finditer(text or ""):
        parts.append(html.escape(text[position : match.start()]))  # what Django's escape does, without its lazy-string wrapper
        word = html.escape(match.group())
        parts.append(f"<mark>{word}</mark>" if _folded_stem(match.group()) in wanted else word)
        position = match.end()
    parts.append(html.escape((text or "")[position:]))
    return mark_safe("".join(parts))
