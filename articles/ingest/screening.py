"""Refusing what is not article text, with a reason, before it is parsed or stored.

Binary files, text laden with NULs or control characters, lone surrogates
(which no page can show), a single character repeated at length, text with no
words, and anything longer than one article can be.
"""

import re

MAX_ARTICLE_CHARS = 500_000  # the hard limit for one article's text: several times the longest long read
MAX_RECORD_DEPTH = 20  # a JSON record's nesting: an article's fields are a level or two deep
_LONGEST_RUN = 500  # one character repeated more often than this is filler, not writing
_CONTROL = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_RUN = re.compile(rf"(\S)\1{{{_LONGEST_RUN},}}")
# Such a run covers at least five consecutive multiples of 100, so it shows in every 100th character as five
# alike: that cheap look spares nearly every text the full search, which tries a backreference at each character.
_SAMPLE_EVERY = 100
_RUN_IN_SAMPLES = re.compile(rf"(\S)\1{{{_LONGEST_RUN // _SAMPLE_EVERY - 1},}}")
_WORD = re.compile(r"[^\W\d_]{2}")


def binary_reason(text):
    """Why ``text`` is binary data rather than text (NULs, control characters, lone surrogates), or ""."""
    if "\x00" in text:
        return "contains NUL characters: binary data, not text"
    if _SURROGATE.search(text):
        return "contains a lone surrogate (like \\ud800): not valid Unicode text"
    controls = len(_CONTROL.findall(text))
    if controls > max(10, len(text) // 1000):
        return f"contains {controls} control characters: binary data, not text"
    return ""


def not_article_reason(text, *, max_chars=MAX_ARTICLE_CHARS):
    """Why ``text`` cannot be (or hold) one article, or "": binary, too long, a run of one character, no words."""
    if len(text) > max_chars:
        return f"too long for one article ({len(text):,} characters; the limit is {max_chars:,})"
    reason = binary_reason(text)
    if reason:
        return reason
    run = _RUN.search(text) if _RUN_IN_SAMPLES.search(text[::_SAMPLE_EVERY]) else None
    if run:
        return f"{run.group(1)!r} repeated {len(run.group(0)):,} times: filler, not article text"
    if not _WORD.search(text):
        return "contains no words"
    return ""


def record_strings(record, *, max_depth=MAX_RECORD_DEPTH):
    """Every string (keys included) in a JSON ``record``, walked without recursion; ValueError past ``max_depth``."""
    strings, pending = [], [(record, 1)]
    while pending:
        value, depth = pending.pop()
        if depth > max_depth:
            raise ValueError(f"nested more than {max_depth} levels deep")
        if isinstance(value, str):
            strings.append(value)
        elif isinstance(value, dict):
            strings.extend(key for key in value if isinstance(key, str))
            pending.extend((item, depth + 1) for item in value.values())
        elif isinstance(value, list):
            pending.extend((item, depth + 1) for item in value)
    return strings
