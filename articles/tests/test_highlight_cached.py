"""Headline highlighting with the query's stems and each word's stem remembered: the same markup as computed afresh."""

import pytest
from django.utils.html import escape

from articles.search.highlighting import highlight, stem
from articles.search.query import STOP_WORDS, WORD, fold, parse_terms

HEADLINES = [
    "Talks on the harbour strike resume & unions talk of <progress>",
    "Café owners' “quiet” protest: TALKING points",
    "Ports: strikes, strike, striking — and a striker's view",
    "",
    None,
    "Ünïcode ﬁles and fiancée",
    "Nothing here matches",
]
QUERIES = ["talk", '"harbour strike" -union', "strike OR café", "fiancee files", "the", "", None, "ports -talks"]


def reference(text, query):
    """Highlighting as it was: the query parsed and every word folded and stemmed on each call."""
    wanted = {stem(word) for term in parse_terms(query) for word in WORD.findall(fold(term)) if word not in STOP_WORDS}
    parts, position = [], 0
    for match in WORD.finditer(text or ""):
        parts.append(escape(text[position : match.start()]))
        word = escape(match.group())
        parts.append(f"<mark>{word}</mark>" if stem(fold(match.group())) in wanted else word)
        position = match.end()
    parts.append(escape((text or "")[position:]))
    return "".join(parts)


@pytest.mark.parametrize("query", QUERIES)
def test_highlighting_is_the_same_on_every_call(query):
    for _ in range(2):  # the second time from the remembered stems
        for text in HEADLINES:
            assert highlight(text, query) == reference(text, query)
