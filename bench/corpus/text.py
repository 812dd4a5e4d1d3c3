"""Words with a Zipf rank-frequency distribution, and the sentences made of them.

Real text follows Zipf's law: the r-th most frequent word turns up with
probability proportional to 1 / r^s, s a little above 1 for English. Sampling
ranks from that law over a real frequency-ranked word list gives common words
("said", "government") in a fifth of the articles and rare ones in a handful,
which is what makes full-text search behave as it does on a real archive.
"""

import random
from bisect import bisect
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

import numpy as np

DATA_DIR = Path(__file__).resolve().parent
ENGLISH_ZIPF_EXPONENT = 1.07


def read_list(name):
    """Non-comment lines of a word list shipped beside this module."""
    with open(DATA_DIR / name, encoding="utf-8") as handle:
        return [line.strip() for line in handle if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=None)
def english_words():
    return tuple(read_list("words.txt"))


def zipf_weights(count, exponent, first_rank=1):
    ranks = np.arange(first_rank, first_rank + count, dtype=np.float64)
    weights = ranks**-exponent
    return weights / weights.sum()


class ZipfSampler:
    """Draws items by rank with probability ∝ 1 / rank^exponent.

    A lookup table of 2^22 slots, each item owning a share of slots equal to
    its probability, turns a draw into one integer index: millions of words
    per second, where bisecting a cumulative distribution is several times
    slower. Items rarer than one slot keep at least one, which fattens the
    extreme tail a little (irrelevant at 10,000 words).
    """

    TABLE_BITS = 22

    def __init__(self, items, exponent, first_rank=1):
        self.items = np.array(list(items), dtype=object)
        probabilities = zipf_weights(len(self.items), exponent, first_rank)
        slots = np.maximum(1, np.round(probabilities * (1 << self.TABLE_BITS)).astype(np.int64))
        self.table = np.repeat(np.arange(len(self.items)), slots)

        self.cumulative = list(accumulate(probabilities.tolist()))
        self.python_items = self.items.tolist()

    def sample(self, rng, size):
        """``size`` items as a Python list, from a NumPy generator: for bulk draws."""
        return self.items[self.sample_numbers(rng, size)].tolist()

    def sample_numbers(self, rng, size):
        """``size`` draws as indices into ``items`` (a NumPy array): the same draws as :meth:`sample`."""
        return self.table[rng.integers(0, len(self.table), size=size)]

    def one(self, draws):
        """One item, from a :class:`Draws`: cheap for the many small draws per article."""
        return self.python_items[min(bisect(self.cumulative, draws.random()), len(self.python_items) - 1)]


class Draws:
    """The random numbers for one block of articles, from ``seed`` and the block number.

    Words are drawn in bulk (one NumPy call for the whole block); the many
    small decisions per article come from a ``random.Random`` seeded from
    the same stream, which is far cheaper per call than NumPy scalars.
    """

    def __init__(self, seed, block, writer, articles):
        generator = np.random.default_rng([seed, 3, block])
        self._python = random.Random(int(generator.integers(2**62)))
        self.random = self._python.random
        # Word numbers (indices into the word list) as well as the words: the
        # search vector of a body is computed from its numbers (tsvector.py).
        self.word_numbers = writer.words.sample_numbers(generator, articles * 640)
        self._words = writer.words.items[self.word_numbers].tolist()
        self._headline_words = writer.headline_words.sample(generator, articles * 10)
        self._next_word = self._next_headline_word = 0

    def randint(self, low, high):
        """An integer in [low, high]; random.randint costs ten times more."""
        return low + int(self.random() * (high - low + 1))

    def words(self, count):
        return self.words_in(self.take_words(count))

    def words_in(self, taken):
        return self._words[taken]

    def take_words(self, count):
        """The next ``count`` words of the block's stream, as a slice of it (see ``word_numbers``)."""
        start, self._next_word = self._next_word, self._next_word + count
        return slice(start, self._next_word)

    def headline_words(self, count):
        start, self._next_headline_word = self._next_headline_word, self._next_headline_word + count
        return self._headline_words[start : self._next_headline_word]


class Writer:
    """Headlines, standfirsts and bodies: Zipf-distributed English with names woven in."""

    def __init__(self):
        words = english_words()
        self.words = ZipfSampler(words, ENGLISH_ZIPF_EXPONENT)
        # Headlines leave out the hundred commonest words ("the", "of", "and").
        self.headline_words = ZipfSampler(words[100:], ENGLISH_ZIPF_EXPONENT, first_rank=101)

    def headline(self, draws, lead_name):
        words = draws.headline_words(draws.randint(5, 9))
        words.insert(draws.randint(0, len(words) - 1), lead_name)
        words[0] = words[0][:1].upper() + words[0][1:]
        return " ".join(words)

    def standfirst(self, draws, lead_name):
        words = draws.words(draws.randint(14, 27))
        words[draws.randint(1, len(words) - 1)] = lead_name
        words[0] = words[0].capitalize()
        return " ".join(words) + "."

    def body(self, draws, mentions):
        """A :class:`Body`: paragraphs of plain text, and where its words and names came from.

        ``mentions`` maps a name to how many times it should occur. Names
        replace words at random places, the first names' mentions starting
        nearer the top, as in a news story; two mentions drawn onto the same
        word count once. Offsets count characters in the paragraphs joined by
        a blank line, which is the article's plain text.
        """
        words_taken = draws.take_words(draws.randint(400, 600))
        tokens = draws.words_in(words_taken)
        total, random = len(tokens), draws.random
        starts, start = [], 0  # where each sentence starts in tokens
        while start < total:
            starts.append(start)
            start += 8 + int(random() * 18)  # draws.randint(8, 25), inlined: this loop runs for every sentence
        count = len(starts)
        ends = starts[1:] + [total]

        placed = {}  # token index -> name
        names = [name for name, times in mentions.items() for _ in range(times)]
        earliest = [min(order, count - 1) for order, times in enumerate(mentions.values()) for _ in range(times)]
        for name, first in zip(names, earliest):
            sentence = first + int(random() * (count - first))
            placed.setdefault(starts[sentence] + int(random() * (ends[sentence] - starts[sentence])), name)

        # Capitals first, so that a name opening a sentence keeps its own; full stops after the names.
        for start in starts:
            tokens[start] = tokens[start].capitalize()
        names_at = sorted(placed.items())
        for index, name in names_at:
            tokens[index] = name
        for end in ends:
            tokens[end - 1] += "."

        paragraph_starts, index = [], 0  # where each paragraph starts in tokens
        while index < count:
            paragraph_starts.append(starts[index])
            index += draws.randint(2, 5)
        paragraph_ends = paragraph_starts[1:] + [total]
        paragraphs = [" ".join(tokens[start:end]) for start, end in zip(paragraph_starts, paragraph_ends)]

        counts, offsets = {}, {}
        for index, name in names_at:
            counts[name] = counts.get(name, 0) + 1
            if name not in offsets:
                paragraph = bisect(paragraph_starts, index) - 1
                start = paragraph_starts[paragraph]
                before = len(" ".join(tokens[start:index])) + 1 if index > start else 0
                offsets[name] = sum(len(text) + 2 for text in paragraphs[:paragraph]) + before
        return Body(paragraphs, offsets, counts, draws.word_numbers[words_taken], names_at)


@dataclass
class Body:
    paragraphs: list
    offsets: dict  # name -> character offset of its first mention in the plain text
    counts: dict  # name -> mentions
    word_numbers: np.ndarray  # the words drawn for the body, before names replaced some
    names_at: list  # (index into word_numbers, name) for each word a name replaced, in order
