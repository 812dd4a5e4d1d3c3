"""Text helpers every parser shares: a line's words counted, and a pattern found quickly in a long text
(tried only where one of its first characters stands)."""

import functools
import re
from collections.abc import Iterator


@functools.lru_cache(maxsize=8192)  # the rules (the parser's, then the tagger's) measure each line many times
def word_count(line: str) -> int:
    """How many words the line has (``len(line.split())``)."""
    return len(line.split())


# Chinese and Japanese write no space between words: a line of them is one "word" to ``word_count``. About two of
# their characters make a word. A run glued to Latin letters ("Taiwan中央通訊社Fokus": a masthead in three
# languages) is left as one word, as before.
UNSPACED_CHARACTERS_PER_WORD = 2
_UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_UNSPACED_FIRST = re.compile(f"[{_UNSPACED}]")
# a whole run (no letter of either kind before or after it), so that it cannot match part of a glued one
_UNSPACED_RUN = re.compile(f"(?<![A-Za-z{_UNSPACED}])[{_UNSPACED}]+(?![A-Za-z{_UNSPACED}])")


@functools.lru_cache(maxsize=8192)
def reading_words(line: str) -> int:
    """How many words the line reads as: ``word_count``, but a run of Chinese or Japanese characters counted as one
    word for every two characters."""
    if not _UNSPACED_FIRST.search(line):
        return len(line.split())
    return len(line.split()) + sum(len(run) // UNSPACED_CHARACTERS_PER_WORD - 1 for run in _UNSPACED_RUN.findall(line)
                                   if len(run) >= 2 * UNSPACED_CHARACTERS_PER_WORD)


def positions_of(text: str, characters: str) -> list[int]:
    """Where any of ``characters`` stands in the text, in order. ``str.find``, one character at a time, finds them
    far quicker than a regex's scan, which tests every character of the text."""
    found = []
    for character in characters:
        at = text.find(character)
        while at >= 0:
            found.append(at)
            at = text.find(character, at + 1)
    found.sort()
    return found


def matches_at(pattern: re.Pattern, text: str, positions: list[int]) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a pattern whose every match starts at one of ``positions`` (in order):
    tried there only."""
    end = 0
    for at in positions:
        if at >= end:
            match = pattern.match(text, at)
            if match:
                yield match
                end = match.end()
