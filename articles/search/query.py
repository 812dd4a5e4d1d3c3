"""Web-search syntax, parsed once for both databases.

Plain words (all must match), ``"an exact phrase"``, ``or`` between
alternatives, ``-word`` to exclude, with PostgreSQL's websearch precedence:
``a b or c`` means (a AND b) OR c. The backends render the parsed
alternatives in their own syntax (``postgresql.py``, ``sqlite.py``).
"""

import re
import unicodedata
from dataclasses import dataclass

MAX_QUERY_LENGTH = 1000

# PostgreSQL's english.stop: words the 'english' configuration does not index.
# SQLite indexes them, so they are dropped from queries on both databases.
STOP_WORDS = frozenset(
    "i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers "
    "herself it its itself they them their theirs themselves what which who whom this that these those am is "
    "are was were be been being have has had having do does did doing a an the and but if or because as until "
    "while of at by for with about against between into through during before after above below to from up "
    "down in out on off over under again further then once here there when where why how all any both each few "
    "more most other some such no nor not only own same so than too very s t can will just don should now".split()
)

WORD = re.compile(r"[^\W_]+")
_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')


class SearchQueryError(ValueError):
    """The query cannot be searched; the message says why, in words for the reader."""


@dataclass(frozen=True)
class Term:
    text: str  # one word or a phrase, without quotes
    excluded: bool


def clean(query):
    # NUL, other control characters and lone surrogates would make the
    # database driver raise; private-use characters are our snippet markers.
    return "".join(ch for ch in query or "" if unicodedata.category(ch) not in ("Cc", "Cs", "Co"))


def fold(text):
    """Lower case without accents, as both databases compare words."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _is_searchable(text):
    return any(word not in STOP_WORDS for word in WORD.findall(fold(text)))


def parse(query):
    """The query as alternatives (joined by OR), each a list of terms that must all hold."""
    alternatives, current = [], []
    for match in _TOKEN.finditer(clean(query)):
        minus, phrase, bare = match.groups()
        if bare is not None:
            if bare.casefold() == "or":
                if current:
                    alternatives.append(current)
                    current = []
                continue
            excluded, text = bare.startswith("-"), bare.lstrip("-")
        else:
            excluded, text = bool(minus), phrase
        # Quotes and backslashes are syntax to websearch_to_tsquery, never word characters.
        text = " ".join(re.sub(r'["\\]', " ", text).split())
        if _is_searchable(text):
            current.append(Term(text, excluded))
    if current:
        alternatives.append(current)
    return alternatives


def parsed(query):
    """``parse(query)``, or ``SearchQueryError`` for a query that cannot be searched."""
    if len(query or "") > MAX_QUERY_LENGTH:
        raise SearchQueryError(f"Keep the search under {MAX_QUERY_LENGTH:,} characters.")
    alternatives = parse(query)
    if not alternatives:
        if WORD.search(clean(query)):
            raise SearchQueryError("These words are too common to search for; add a more specific word.")
        raise SearchQueryError("Enter a word to search for.")
    if any(all(term.excluded for term in alternative) for alternative in alternatives):
        raise SearchQueryError('Add a word to look for: "-word" only excludes articles that contain it.')
    return alternatives


def validate_query(query):
    """Raise ``SearchQueryError`` with a reader-facing message unless ``query`` can be searched."""
    parsed(query)


def parse_terms(query):
    """The words and phrases a query looks for (not those it excludes), for highlighting. Never raises."""
    seen = {}
    for alternative in parse(query[:MAX_QUERY_LENGTH] if query else ""):
        for term in alternative:
            if not term.excluded:
                seen.setdefault(term.text.casefold(), term.text)
    return list(seen.values())
