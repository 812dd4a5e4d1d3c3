"""Where a page's list of other stories (or its readers' comments) begins, once the article's prose has been read.

A heading such as "You may also like", "More stories" or "Most Viewed Video
Stories" under the article introduces other stories. Their summaries are often
whole sentences ("Sudan war enters second year as talks stall."), so a run of
link-shaped lines under the heading misses them, and the countries they name
are then tagged as the article's. The article itself may go on after such a
heading (a "Related" box in the middle of a story); it does when a paragraph
as long as an article's follows, or when more prose follows than came before.
"""

from __future__ import annotations

import re

from .parsing_cleanup import introduces_other_stories

# Headings that introduce other stories, besides the ones parsing_cleanup knows.
_OTHER_STORIES_HEADING = re.compile(
    r"^(?:most\ (?:read|viewed|popular|shared|watched|commented)(?:\ [\w'’]+){0,3}|"
    r"(?:more|latest|top|other|recent|related|trending|popular|similar)\ (?:news|stories|articles|posts|videos?"
    r"|headlines|reads)(?:\ [\w'’]+){0,2}|"
    r"trending(?:\ now)?|recommended(?:\ (?:for\ you|stories|articles|reading))?|read\ next|what\ to\ read\ next|"
    r"you\ (?:may|might)\ (?:also\ )?(?:like|enjoy|have\ missed)|(?:also|further)\ read(?:ing)?|news\ ?feed|"
    r"editor'?s?['’]?\ (?:picks?|choice)|must\ read|top\ picks|"
    # readers' comments close the article as surely as other stories do
    r"(?:\d+\ )?(?:comments?|responses?|replies)(?:\ \(\d+\))?|leave\ a\ (?:reply|comment)|"
    r"join\ the\ (?:conversation|discussion)|about\ the\ (?:authors?|writers?|reporters?)|(?:post\ a|add\ a|write\ a)\ comment)\W*$",
    re.IGNORECASE | re.VERBOSE,
)
# A line that is only a time or a date: in a list of other stories, each story's stamp.
_TIME_LINE = re.compile(
    r"^\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?|\d+\s+(?:sec|min|hour|hr|day|week|month)s?\s+ago|"
    r"(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?:,?\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?|"
    r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})\s*$",
    re.IGNORECASE,
)
# A paragraph this long is an article's, not a teaser's summary.
BLURB_MAX_WORDS = 40
SENTENCE_WORDS = 12


def _is_prose(unit: str) -> bool:
    words = unit.split()
    return len(words) >= SENTENCE_WORDS and unit.endswith((".", "!", "?", "”", '"'))


def other_stories_block(units: list[str], index: int, kept: list[str]) -> int:
    """How many lines from ``units[index]`` on are a heading that introduces other stories (or readers' comments)
    and what follows it:
    0 unless the line is such a heading, the article's prose (``kept``) came before it, and all that follows is
    shorter than an article's paragraph and less than the prose before."""
    heading = units[index].strip()
    if len(heading.split()) > 6 or not (_OTHER_STORIES_HEADING.match(heading) or introduces_other_stories(heading)):
        return 0
    prose_before = sum(len(unit.split()) for unit in kept if _is_prose(unit))
    if not prose_before:
        return 0
    rest = units[index + 1 :]
    if sum(1 for unit in rest if _TIME_LINE.match(unit)) >= 2:
        return len(units) - index  # a feed: each story under its own time ("7:26 PM", "2 hours ago")
    if any(len(unit.split()) > BLURB_MAX_WORDS for unit in rest):
        return 0
    if sum(len(unit.split()) for unit in rest if _is_prose(unit)) >= prose_before:
        return 0
    return len(units) - index
