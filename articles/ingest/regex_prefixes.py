r"""The ASCII openings a pattern can match: a set lookup that turns most lines away before a long alternation is tried.

``re`` tries a long alternation's branches one by one, even where a line's first letters already rule every
branch out. ``ascii_openings`` reads the pattern's parse tree once and returns a superset of the runs of three
ASCII characters any match can open with, and of its whole matches shorter than that (each pattern character
taken with every ASCII character it matches without regard to case, \s as the ASCII spaces, any other class or
category as every ASCII character, an assertion as matching nothing); a line whose first three characters are
ASCII and open no string of the set cannot match at its start.
"""

import re
from functools import cache
from re import _constants as c
from re import _parser

_ASCII = frozenset(chr(n) for n in range(128))
WIDTH = 3  # characters of a line looked up: two turn half of the lines away from the byline leads, three four in five


@cache
def _matching_ascii(code: int) -> frozenset[str]:
    """The ASCII characters that the character ``code`` matches, without regard to case (a superset when it is kept)."""
    pattern = re.compile(re.escape(chr(code)), re.IGNORECASE)
    return frozenset(ch for ch in _ASCII if pattern.fullmatch(ch))


# \s, \d, \w and their negations, by the category the parser reads them as
_CATEGORY_ESCAPES = {
    items[0][1]: escape for escape, (op, items) in _parser.CATEGORIES.items() if op is c.IN and len(items) == 1
}


@cache
def _category_ascii(escape: str) -> frozenset[str]:
    pattern = re.compile(escape)
    return frozenset(ch for ch in _ASCII if pattern.fullmatch(ch))


def _class_ascii(items) -> frozenset[str]:
    chars: set[str] = set()
    for op, value in items:
        if op is c.LITERAL:
            chars |= _matching_ascii(value)
        elif op is c.RANGE:
            for code in range(value[0], min(value[1], 0x2FFF) + 1):  # past U+2FFF no character folds to ASCII
                chars |= _matching_ascii(code)
        elif op is c.CATEGORY and value in _CATEGORY_ESCAPES:  # \s: the ASCII spaces
            chars |= _category_ascii(_CATEGORY_ESCAPES[value])
        else:  # a negated class, anything else: any character
            return _ASCII
    return frozenset(chars)


def _concat(heads: set[str], tails_of, width: int) -> set[str]:
    out = set()
    for head in heads:
        if len(head) >= width:
            out.add(head)
        else:
            out |= {head + tail for tail in tails_of(width - len(head))}
    return out


def _openings(items, width: int) -> set[str]:
    """Each string is a possible opening cut at ``width``; a shorter one is a whole match of that length."""
    found = {""}
    for op, value in items:
        found = _concat(found, lambda w, op=op, value=value: _item_openings(op, value, w), width)
    return found


def _item_openings(op, value, width: int) -> set[str]:
    if op is c.LITERAL:
        return set(_matching_ascii(value))
    if op is c.IN:
        return set(_class_ascii(value))
    if op is c.BRANCH:
        return set().union(*(_openings(branch, width) for branch in value[1]))
    if op is c.SUBPATTERN:
        return _openings(value[-1], width)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, body = value
        found = {""} if low == 0 else set()
        repeated = {""}
        for count in range(1, min(high, max(low, width)) + 1):
            repeated = _concat(repeated, lambda w: _openings(body, w), width)
            if count >= low:
                found |= repeated
        return found
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return {""}
    return set(_ASCII)  # any character, a group's reference, anything else: no limit


def ascii_openings(pattern: re.Pattern) -> frozenset[str] | None:
    """The ``WIDTH`` ASCII characters a match of ``pattern`` can open with and its shorter whole matches, or None
    when it can match the empty string."""
    found = _openings(_parser.parse(pattern.pattern, pattern.flags), WIDTH)
    return None if "" in found else frozenset(found)


def may_match_at_start(openings: frozenset[str] | None, line: str) -> bool:
    """False only when ``line`` cannot open a match: its first three characters are ASCII and open no string of the
    set."""
    start = line[:WIDTH]
    return openings is None or len(start) < WIDTH or not start.isascii() \
        or start in openings or start[:2] in openings or start[:1] in openings
