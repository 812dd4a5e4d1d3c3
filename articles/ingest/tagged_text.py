"""The tagger's view of a text and what it finds there: ``tokens`` (the words and where each
stands, which every rule of ``context*.py`` reads), and a tagging's answer -- each entity matched
(:class:`EntityMatch`, with where each of its counted mentions stands) and the candidates left over
(:class:`TaggingResult`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import accumulate
from typing import NamedTuple

from .candidates import Candidate

WORD_RE = re.compile(r"\w+")
_SPLIT_AT_WORDS_RE = re.compile(r"(\w+)")


def tokens(text):
    """``(words, starts, ends)``: the ``WORD_RE`` words of ``text`` and where each starts and ends.

    Splitting at the words gives gap, word, gap, word, ..., gap; the running
    sum of their lengths is every word's start and end, without a Python step
    per word (tagging a 600-word article spent a third of its time here).
    """
    parts = _SPLIT_AT_WORDS_RE.split(text)
    bounds = list(accumulate(map(len, parts)))
    return parts[1::2], bounds[0:-1:2], bounds[1::2]


class Mention(NamedTuple):
    start: int
    end: int
    form: str  # the alias's words in lower case
    city: bool  # a capital with no sign that it stands for its government ("Toranomon, Tokyo")
    weak: bool  # only inside another name ("Kuwait Roundabout")


@dataclass
class EntityMatch:
    key: str
    name: str
    kind: str
    iso_code: str
    country: str
    mentions: int
    first_offset: int
    matched_text: str
    # Where each counted mention stands in the text, for the rules that weigh a country's evidence.
    spans: list[Mention] = field(default_factory=list, repr=False, compare=False)

    @classmethod
    def of(cls, entry, *, mentions: int, first_offset: int, matched_text: str) -> EntityMatch:
        """A match of the vocabulary's ``entry``, which names it."""
        return cls(key=entry.key, name=entry.name, kind=entry.kind, iso_code=entry.iso_code, country=entry.country,
                   mentions=mentions, first_offset=first_offset, matched_text=matched_text)


@dataclass
class TaggingResult:
    entities: list[EntityMatch] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)

    @property
    def countries(self) -> list[str]:
        """Alpha-2 codes of the countries matched directly (by name, demonym or capital)."""
        return sorted({e.iso_code for e in self.entities if e.kind == "country" and e.iso_code})
