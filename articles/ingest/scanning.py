"""Text helpers every parser shares: a line's words counted, and a pattern found quickly in a long text
(tried only where one of its first characters stands)."""

import functools
import re
from collections.abc import Iterator


@functools.lru_cache(maxsize=8192)  # the rules (the parser's, then the tagger's) measure each line many times
def word_count(line: str) -> int:
    """How many words the line has (``len(line.split())``)."""
    return len(line.split())


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
