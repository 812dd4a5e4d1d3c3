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

The vectors go to PostgreSQL in ``COPY``'s binary format, which the server
reads in a fraction of the time it takes to parse their text form. They are
made a block of articles at a time with NumPy: per article and per word,
Python would cost more than everything else the loader does. A body's words
are taken by their numbers in the word list (``text.Body``), not re-read from
its text.
"""

import re
from functools import lru_cache

import numpy as np

from articles.search import sql

# Headline, standfirst, search names and body (the order of ``search_vectors``' parts):
# the weights the function gives them, as tsvector's binary format stores a weight (A = 3 … D = 0).
assert sql.COLUMNS == ("headline", "standfirst", "search_names", "body_text")
PART_WEIGHTS = tuple("DCBA".index(weight) for weight in sql.WEIGHTS)
PARTS = len(PART_WEIGHTS)
# Beyond these PostgreSQL clamps positions and drops repeats; such (unlikely)
# articles are left to the database's function rather than mirrored.
MAX_POSITION = 16383
MAX_POSITIONS_PER_LEXEME = 250
STOP_WORD, UNKNOWN = -1, -2
_PLAIN = re.compile(r"[A-Za-z .\n]*")


def is_plain(text):
    """True when PostgreSQL's parser sees only words, spaces, full stops and newlines."""
    return _PLAIN.fullmatch(text) is not None


# Names recur in article after article: each is checked once.
is_plain_name = lru_cache(maxsize=100_000)(is_plain)


def lexemes(cursor, words):
    """{word: lexeme, or "" for a stop word} from PostgreSQL's English configuration.

    Both the word and its capitalised form are keys, so the hot loop needs no
    ``lower()``. A word the parser would split into several lexemes is left
    out: an article containing it is left to PostgreSQL's function.
    """
    cursor.execute(
        "SELECT w, coalesce(min(lexeme), '') FROM unnest(%s::text[]) AS w "
        "LEFT JOIN LATERAL unnest(to_tsvector('english', w)) ON true GROUP BY w HAVING count(lexeme) <= 1",
        [sorted({word.lower() for word in words})],
    )
    known = {}
    for word, lexeme in cursor.fetchall():
        known[word] = known[word.capitalize()] = lexeme
    return known


class Lexicon:
    """Every word generated text can contain, as a number: its lexeme's rank in tsvector order.

    ``lexeme_of`` is what :func:`lexemes` returns; ``word_list`` the list
    body words are numbered in. Lexemes are numbered in the byte order a
    tsvector keeps them in, so sorting by number sorts them as PostgreSQL
    does and the server never has to.
    """

    def __init__(self, lexeme_of, word_list):
        ordered = sorted({lexeme.encode() for lexeme in lexeme_of.values() if lexeme})
        assert len(ordered) < 1 << 24, "search_vectors' sort keys hold a lexeme's number in 24 bits"
        number = {lexeme.decode(): n for n, lexeme in enumerate(ordered)}
        self.number_of = {word: number[lexeme] if lexeme else STOP_WORD for word, lexeme in lexeme_of.items()}
        self.word_numbers = np.array([self.number_of.get(word, UNKNOWN) for word in word_list], dtype=np.int64)
        # Each lexeme as the binary format sends it (its bytes and a zero), side by side in one array.
        entries = [lexeme + b"\0" for lexeme in ordered]
        self.entry_length = np.array([len(entry) for entry in entries], dtype=np.int64)
        self.entry_start = np.cumsum(self.entry_length) - self.entry_length
        self.entry_bytes = np.frombuffer(b"".join(entries), dtype=np.uint8)
        self._names = {}

    def numbers(self, text):
        """The numbers of the words of a short text, as PostgreSQL's parser splits it."""
        found = list(map(self.number_of.get, text.replace(".", " ").split()))
        if None in found:  # "MOTORS" and the like, or a word the vocabulary lacks
            found = [
                self.number_of.get(token.lower(), UNKNOWN) if number is None else number
                for number, token in zip(found, text.replace(".", " ").split())
            ]
        return found

    def name_numbers(self, name):
        numbers = self._names.get(name)
        if numbers is None:
            numbers = self._names[name] = np.array(self.numbers(name), dtype=np.int64)
        return numbers

    def bodies(self, articles):
        """Every article's body words as numbers, one body after another, and how many words each has.

        The words drawn for a body, with each word a name replaced taken out
        and the name's words put in its place: for the whole block in a few
        NumPy calls rather than a few per name.
        """
        drawn = [article.body_word_numbers for article in articles]
        numbers = self.word_numbers[np.concatenate(drawn)]
        lengths = np.array([len(words) for words in drawn], dtype=np.int64)
        replaced, names, first = [], [], 0
        for article, words in zip(articles, drawn):
            replaced += [first + index for index, _ in article.body_names_at]
            names += [name for _, name in article.body_names_at]
            first += len(words)
        if not replaced:
            return numbers, lengths
        known = self._names
        names = [known[name] if name in known else self.name_numbers(name) for name in names]
        replaced = np.array(replaced, dtype=np.int64)
        name_lengths = np.fromiter(map(len, names), dtype=np.int64, count=len(names))
        # Where each replaced word is once the replaced words before it are gone: its name's words go there.
        spliced = np.insert(
            np.delete(numbers, replaced),
            np.repeat(replaced - np.arange(len(replaced)), name_lengths),
            np.concatenate(names),
        )
        article_of_replaced = np.searchsorted(np.cumsum(lengths), replaced, side="right")
        lengths += np.bincount(article_of_replaced, weights=name_lengths - 1, minlength=len(articles)).astype(np.int64)
        return spliced, lengths


def search_vectors(articles, lexicon):
    """Each article's search vector in tsvector's binary format, or None where PostgreSQL must compute it.

    Equal to ``setweight(to_tsvector(headline), 'A') || setweight(…standfirst,
    'B') || setweight(…search_names, 'B') || setweight(…body, 'C')``: stop
    words take a position but keep none, and ``||`` shifts the right operand's
    positions by the largest position in the left one.
    """
    if not articles:
        return []
    # Every article's first three parts, then every body: the order the words are laid
    # out in does not matter, only which part each belongs to and where in it.
    small, small_lengths = [], []
    numbers_of = lexicon.numbers
    for article in articles:
        for text in (article.headline, article.standfirst, article.search_names):
            numbers = numbers_of(text)
            small += numbers
            small_lengths.append(len(numbers))
    bodies, body_lengths = lexicon.bodies(articles)
    numbers = np.concatenate((np.array(small, dtype=np.int64), bodies))
    mirrored = np.array([all(map(is_plain_name, article.names)) for article in articles], dtype=bool)

    part_ids = np.arange(PARTS * len(articles)).reshape(-1, PARTS)
    segment_part = np.concatenate((part_ids[:, :3].ravel(), part_ids[:, 3]))
    segment_length = np.concatenate((np.array(small_lengths, dtype=np.int64), body_lengths))
    part_of_word = np.repeat(segment_part, segment_length)
    index_in_part = np.arange(len(numbers)) - np.repeat(np.cumsum(segment_length) - segment_length, segment_length)
    kept = numbers >= 0
    # Each part's positions start after the last word the parts before it kept.
    last_kept = np.zeros(part_ids.size, dtype=np.int64)
    np.maximum.at(last_kept, part_of_word[kept], index_in_part[kept] + 1)
    last_kept = last_kept.reshape(-1, PARTS)
    shift = (np.cumsum(last_kept, axis=1) - last_kept).ravel()
    position = shift[part_of_word] + index_in_part + 1
    article_of_word = part_of_word // PARTS

    mirrored[article_of_word[numbers == UNKNOWN]] = False
    mirrored[article_of_word[position > MAX_POSITION]] = False
    while True:
        chosen = kept & mirrored[article_of_word]
        # One sort orders words by article, lexeme, then position: the order the binary format wants.
        keys = np.sort(
            (article_of_word[chosen] << 40)
            | (numbers[chosen] << 16)
            | (position[chosen] << 2)
            | np.tile(PART_WEIGHTS, len(articles))[part_of_word[chosen]]
        )
        lexeme_keys = keys >> 16
        firsts = np.flatnonzero(np.concatenate(([True], lexeme_keys[1:] != lexeme_keys[:-1])))
        counts = np.diff(np.append(firsts, len(keys)))
        crowded = counts > MAX_POSITIONS_PER_LEXEME
        if not crowded.any():
            break
        mirrored[lexeme_keys[firsts[crowded]] >> 24] = False
    return _binary_vectors(keys, firsts, counts, mirrored, lexicon)


def _binary_vectors(keys, firsts, counts, mirrored, lexicon):
    """Lay out tsvector's binary format for every mirrored article in one buffer, and cut it up.

    Per article: the number of lexemes (int32), then per lexeme its bytes and
    a zero, the number of positions (uint16) and each position (uint16,
    weight in the top two bits), all big-endian.
    """
    article_of_lexeme = keys[firsts] >> 40
    lexeme = (keys[firsts] >> 16) & 0xFFFFFF
    entry_length = lexicon.entry_length[lexeme]
    sizes = entry_length + 2 + 2 * counts
    articles = len(mirrored)
    lexemes_per_article = np.bincount(article_of_lexeme, minlength=articles)
    article_size = np.where(mirrored, 4, 0) + np.bincount(article_of_lexeme, weights=sizes, minlength=articles).astype(
        np.int64
    )
    article_start = np.cumsum(article_size) - article_size
    # Lexemes are in article order, so a lexeme starts after every earlier lexeme and one count per article so far.
    lexeme_start = np.cumsum(sizes) - sizes + 4 * (np.cumsum(mirrored)[article_of_lexeme])
    out = np.zeros(int(article_size.sum()), dtype=np.uint8)

    header = article_start[mirrored]
    count_bytes = lexemes_per_article[mirrored].astype(">u4").view(np.uint8).reshape(-1, 4)
    for byte in range(4):
        out[header + byte] = count_bytes[:, byte]

    entry_offset = np.cumsum(entry_length) - entry_length
    byte_index = np.arange(int(entry_length.sum()))
    out[np.repeat(lexeme_start - entry_offset, entry_length) + byte_index] = lexicon.entry_bytes[
        np.repeat(lexicon.entry_start[lexeme] - entry_offset, entry_length) + byte_index
    ]
    count_at = lexeme_start + entry_length
    out[count_at] = counts >> 8
    out[count_at + 1] = counts & 0xFF
    positions = (((keys >> 2) & MAX_POSITION) | ((keys & 3) << 14)).astype(">u2").view(np.uint8)
    position_at = np.repeat(count_at + 2 - 2 * firsts, counts) + 2 * np.arange(len(keys))
    out[position_at] = positions[0::2]
    out[position_at + 1] = positions[1::2]

    buffer = out.tobytes()
    return [
        buffer[start : start + size] if is_mirrored else None
        for start, size, is_mirrored in zip(article_start.tolist(), article_size.tolist(), mirrored.tolist())
    ]


def mirrored_search_trigger(cursor):
    """Names of the insert triggers whose work :func:`search_vectors` does, or [] when it cannot.

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
        [sql.TRIGGER_FUNCTION, f"{sql.DOCUMENT_FUNCTION}(text,text,text,text)"],
    )
    return [row[0] for row in cursor.fetchall()]
