"""PostgreSQL's search vector for generated articles, computed in Python.

``to_tsvector`` over an article costs PostgreSQL about a millisecond of CPU,
more than everything else in a bulk load together (see BENCHMARKS.md). The
generated text is simple — a-z words, capitalised names, full stops, blank
lines — so the vector can be built here instead: each distinct word is
stemmed once by PostgreSQL itself (:func:`lexemes`), and positions and
weights follow ``setweight(to_tsvector(…)) || …`` exactly. The loader uses
this only while the search function is the one this mirrors, disables only
the search trigger and only inside its own transaction, and checks a sample
of every batch against the database's function, falling back to the function
if they ever differ.
"""

import re

SEARCH_FUNCTION = "articles_article_search_document"
SEARCH_TRIGGER_FUNCTION = "articles_article_search_vector_trigger"
# Headline, standfirst, search names and body, with the weights the function gives them.
PART_WEIGHTS = ("A", "B", "B", "C")
MAX_POSITION = 16383  # PostgreSQL clamps larger positions to this
_PLAIN = re.compile(r"[A-Za-z .\n]*")


def is_plain(text):
    """True when PostgreSQL's parser sees only words, spaces, full stops and newlines."""
    return _PLAIN.fullmatch(text) is not None


def lexemes(cursor, words):
    """{word: lexeme, or "" for a stop word} from PostgreSQL's English configuration.

    Both the word and its capitalised form are keys, so the hot loop needs no
    ``lower()``. A word the parser would split into several lexemes is left
    out: :func:`search_vector` then raises ``KeyError`` and the caller lets
    PostgreSQL compute that article's vector.
    """
    cursor.execute(
        f"SELECT w, coalesce(min(lexeme), '') FROM unnest(%s::text[]) AS w "
        f"LEFT JOIN LATERAL unnest(to_tsvector('english', w)) ON true GROUP BY w HAVING count(lexeme) <= 1",
        [sorted({word.lower() for word in words})],
    )
    known = {}
    for word, lexeme in cursor.fetchall():
        known[word] = known[word.capitalize()] = lexeme
    return known


# "1A", "2A", … for each weight: a position's text is looked up, never formatted, in the hot loop.
_LABELS = {
    weight: [f"{min(position, MAX_POSITION)}{weight}" for position in range(MAX_POSITION + 1)]
    for weight in set(PART_WEIGHTS)
}


def search_vector(parts, lexeme_of):
    """The text form of ``setweight(to_tsvector(headline), 'A') || … || setweight(to_tsvector(body), 'C')``.

    ``||`` shifts the right operand's positions by the largest position in
    the left one; stop words take a position but store none.
    """
    positions = {}
    shift = 0
    for text, weight in zip(parts, PART_WEIGHTS):
        tokens = text.replace(".", " ").split()
        found = list(map(lexeme_of.get, tokens))
        if None in found:  # "MOTORS" and the like; KeyError if unknown
            found = [lexeme_of[token.lower()] if lexeme is None else lexeme for lexeme, token in zip(found, tokens)]
        labels = _LABELS[weight][shift + 1 : shift + 1 + len(found)]
        if len(labels) < len(found):  # past the largest position PostgreSQL keeps
            labels += [_LABELS[weight][MAX_POSITION]] * (len(found) - len(labels))
        for lexeme, label in zip(found, labels):
            if lexeme:
                entry = positions.get(lexeme)
                if entry is None:
                    positions[lexeme] = [label]
                else:
                    entry.append(label)
        last = len(found)
        while last and not found[last - 1]:
            last -= 1
        shift += last
    return " ".join([f"'{lexeme}':{','.join(where)}" for lexeme, where in positions.items()])


def mirrored_search_trigger(cursor):
    """Names of the insert triggers whose work :func:`search_vector` does, or [] when it cannot.

    Empty unless the database has both the search function and its trigger
    function under the names this module mirrors.
    """
    cursor.execute(
        """
        SELECT t.tgname FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
        WHERE t.tgrelid = 'articles_article'::regclass AND NOT t.tgisinternal
          AND p.proname = %s AND (t.tgtype & 4) <> 0
          AND to_regprocedure(%s) IS NOT NULL
        """,
        [SEARCH_TRIGGER_FUNCTION, f"{SEARCH_FUNCTION}(text,text,text,text)"],
    )
    return [row[0] for row in cursor.fetchall()]
