"""Where a page's list of other stories (or its readers' comments) begins, once the article's prose has been read.

A heading such as "You may also like", "More stories" or "Most Viewed Video
Stories" under the article introduces other stories. Their summaries are often
whole sentences ("Sudan war enters second year as talks stall."), so a run of
link-shaped lines under the heading misses them, and the countries they name
are then tagged as the article's. The article itself may go on after such a
heading (a "Related" box in the middle of a story); it does when a paragraph
as long as an article's follows, or when more prose follows than came before.

The parser cuts such blocks as it reads the page (:func:`other_stories_block`);
the tagger, which gets what the parser kept, also finds where other stories,
a feed's next items or a teaser's link begin in the text
(:func:`article_end`, from :func:`page_furniture_start`, :func:`other_items_start`,
:func:`teaser_end` and the others, over one reading of the text's lines) and which lines are
labels, tags or credits rather than the article's words (:func:`in_a_label_line`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .candidates import STOP_WORDS
from .parsing_cleanup import introduces_other_stories
from .scanning import word_count
from .scanning import matches_at, positions_of

# Headings that introduce other stories, besides the ones parsing_cleanup knows.
_OTHER_STORIES_HEADING = re.compile(
    r"^(?:most\ (?:read|viewed|popular|shared|watched|commented)(?:\ [\w'’]+){0,3}|"
    r"(?:more|latest|top|other|recent|related|trending|popular|similar)\ (?:news|stories|articles|posts|videos?"
    r"|headlines|reads)(?:\ [\w'’]+){0,2}|"
    r"trending(?:\ now)?|recommended(?:\ (?:for\ you|stories|articles|reading))?|read\ next|what\ to\ read\ next|"
    r"you\ (?:may|might)\ (?:also\ )?(?:like|enjoy|have\ missed)|(?:also|further)\ read(?:ing)?|news\ ?feed|"
    r"editor'?s?['’]?\ (?:picks?|choice)|must\ read|top\ picks|"
    r"in\ other\ news|elsewhere(?:\ (?:on|in)\ [\w'’]+)?|also\ in\ the\ news|other\ headlines|"
    r"(?:next|previous|prev)\ (?:story|article|post)|up\ next|read\ this\ next|we\ recommend|catch\ up|"
    r"(?:from\ our\ partners|(?:sponsored|promoted|partner)\ (?:stories|content|links|posts))|"
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
    if word_count(heading) > 6 or not (_OTHER_STORIES_HEADING.match(heading) or introduces_other_stories(heading)):
        return 0
    prose_before = sum(word_count(unit) for unit in kept if _is_prose(unit))
    if not prose_before:
        return 0
    rest = units[index + 1 :]
    if sum(1 for unit in rest if _TIME_LINE.match(unit)) >= 2:
        return len(units) - index  # a feed: each story under its own time ("7:26 PM", "2 hours ago")
    if any(word_count(unit) > BLURB_MAX_WORDS for unit in rest):
        return 0
    if len(rest) >= 3 and all(map(_is_prose, rest[:3])):
        return 0  # the story goes on, paragraph after paragraph, under a widget's label ("Recommended") inside it
    if sum(word_count(unit) for unit in rest if _is_prose(unit)) >= prose_before:
        return 0
    return len(units) - index


# --- In the text the tagger reads ---------------------------------------------------------------------------


def article_end(text: str) -> int:
    """Where the article ends in the text the tagger reads, or ``len(text)``: the earliest of the page furniture
    after it, a list's second story, the end of a teaser's link, a closing list of teasers and a heading over
    other stories."""
    lines = text_lines(text)  # read once for all of them
    return min(
        page_furniture_start(text, lines), other_items_start(text, lines), teaser_end(text),
        teaser_pairs_start(text, lines), other_stories_start(text, lines), closing_headlines_start(text, lines),
    )


def other_stories_start(text: str, lines: list[TextLine] | None = None) -> int:
    """Where a heading that introduces other stories starts the rest of the text (:func:`other_stories_block`,
    as the parser cuts it), or ``len(text)``: for text that reached the tagger some other way."""
    lines = text_lines(text) if lines is None else lines
    units = [line.text for line in lines]
    for index in range(1, len(units)):
        unit = units[index]
        if lines[index].words <= 6 and (_OTHER_STORIES_HEADING.match(unit) or introduces_other_stories(unit)) and (
            other_stories_block(units, index, units[:index])
        ):
            return lines[index].offset
    return len(text)

# A line that ends a sentence (or a quotation, a parenthesis, a label) is prose; one that does not is a heading.
SENTENCE_END_RE = re.compile(r"[.!?…:;\"”’)»]\s*$")
HEADING_MAX_WORDS = 12  # a heading, a kicker, a menu item or a teaser's title


class TextLine(NamedTuple):
    """A line of the text the tagger reads, with what the rules that find where the article ends ask of it."""

    offset: int  # where it starts in the text
    text: str  # stripped
    words: int
    heading: bool  # short and no sentence end: a heading, a kicker, a menu item or a teaser's title


def text_lines(text: str) -> list[TextLine]:
    """The text's lines that are not blank."""
    lines, offset = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            words = word_count(stripped)
            # stripped, only its last character can end a sentence (a search would try every one)
            heading = words <= HEADING_MAX_WORDS and not SENTENCE_END_RE.match(stripped, len(stripped) - 1)
            lines.append(TextLine(offset, stripped, words, heading))
        offset += len(line) + 1
    return lines


def page_furniture_start(text: str, lines: list[TextLine] | None = None) -> int:
    """Where the page furniture after the article starts, or ``len(text)``.

    A parser that keeps a page's "Related stories", "Most read" or "Popular"
    list in the body leaves the same shape behind every outlet: after the
    article's prose, two or more heading lines in a row (short, no sentence
    end: a section label, a teaser's title), and after them only more such
    lines and blurbs -- no paragraph as long as an article's, and less prose
    than came before (a summary cut off by "..." is not prose). A run of headings that the article's prose follows (a
    cookie banner's, a menu's at the top) is not the end.
    """
    marks = []  # (offset, is a heading, words of prose)
    for line in text_lines(text) if lines is None else lines:
        heading = line.heading or line.text.endswith(("...", "\u2026"))  # a teaser's summary, cut off
        marks.append((line.offset, heading, 0 if heading else line.words))
    # The longest prose line from each line to the end, and the prose words left.
    longest_after, prose_after = [0] * (len(marks) + 1), [0] * (len(marks) + 1)
    for i in range(len(marks) - 1, -1, -1):
        longest_after[i] = max(longest_after[i + 1], marks[i][2])
        prose_after[i] = prose_after[i + 1] + marks[i][2]
    prose_before = 0
    for i, (offset, heading, words) in enumerate(marks):
        if (
            heading and prose_before and i + 1 < len(marks) and marks[i + 1][1]
            and longest_after[i] < BLURB_MAX_WORDS and prose_after[i] < prose_before
        ):
            return offset
        prose_before += words
    return len(text)


TEASER_MIN_PAIRS = 3
TEASER_TITLE_MIN_WORDS = 4  # a teaser's title is a headline; a listicle's heading ("Kyoto, Japan") is shorter


def teaser_pairs_start(text: str, lines: list[TextLine] | None = None) -> int:
    """Where a list of other stories that closes the page starts, or ``len(text)``: each story a headline (a
    heading line of a few words) and one short blurb under it, maybe a date between, three or more of them, and
    less prose in all of them than the article had before. (:func:`page_furniture_start` needs two headings in
    a row; a list whose titles each carry a summary has none.)"""
    lines = text_lines(text) if lines is None else lines

    def stamp(index: int) -> bool:  # asked of the few lines the walk from the end reaches only
        return _TIME_LINE.match(lines[index].text) is not None

    i, pairs, blurbs, cut = len(lines) - 1, 0, 0, None
    while i >= 1:
        line = lines[i]
        if line.heading or line.words > BLURB_MAX_WORDS:
            break
        j = i - 1
        if j >= 1 and stamp(j):
            j -= 1  # the story's date between its title and its blurb
        if not lines[j].heading or lines[j].words < TEASER_TITLE_MIN_WORDS or stamp(j):
            break
        pairs, blurbs, cut, i = pairs + 1, blurbs + line.words, j, j - 1
    if pairs < TEASER_MIN_PAIRS or cut is None:
        return len(text)
    prose_before = sum(line.words for line in lines[:cut] if not line.heading)
    return lines[cut].offset if prose_before > blurbs else len(text)


TITLE_MIN_WORDS = 5  # a story's headline, not a crosshead of two or three words
TITLE_MAX_WORDS = 25  # long headlines with no sentence end ("'Creative City of Gastronomy' tag for Lucknow: ...")
_TITLE_START_RE = re.compile(r"[\W_]*[^\W_a-z]")  # a headline starts with a capital or a digit, not a broken line's rest


def _title_line(line: TextLine) -> bool:
    return (
        TITLE_MIN_WORDS <= line.words <= TITLE_MAX_WORDS and not line.text.endswith(":")
        and not SENTENCE_END_RE.match(line.text, len(line.text) - 1) and _TITLE_START_RE.match(line.text) is not None
    )


def closing_headlines_start(text: str, lines: list[TextLine] | None = None) -> int:
    """Where a closing list of other stories' headlines starts, or ``len(text)``: three or more headline lines in a
    row (no sentence end, starting with a capital) up to the end of the text, after the article's prose.
    :func:`page_furniture_start` counts only headings of up to ``HEADING_MAX_WORDS`` words; headlines of Indian and
    other outlets often run longer, and a run of them closing the text is the same list."""
    lines = text_lines(text) if lines is None else lines
    i = len(lines) - 1
    while i >= 0 and _title_line(lines[i]):
        i -= 1
    cut = i + 1
    if len(lines) - cut < TEASER_MIN_PAIRS:
        return len(text)
    prose_before = sum(line.words for line in lines[:cut] if not line.heading)
    return lines[cut].offset if prose_before >= SENTENCE_WORDS else len(text)


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# A date with its year: "20 Dec 2025", "December 24, 2025", "03/02/2026", "2024-03-03".
DATE_WITH_YEAR_RE = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}-\d{2}-\d{2})\b",
    re.IGNORECASE,
)
# A paragraph that opens with a story's own byline and date: "By Euronews Published on 03/02/2026 – 16:02". (Not a
# dateline alone: a digest's items have theirs, and a digest is one story.)
ITEM_OPENING_RE = re.compile(r"By\s[^\n]{1,80}?\b(?:Published|Posted|Updated)(?:\son)?:?\s")
STAMP_MAX_WORDS = 25
STAMP_MAX_CHARS = 250
YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")  # its neighbours are checked one match at a time: faster than lookarounds
FEED_TIME_RE = re.compile(r" \d\d:\d\d")  # a feed's date has its time right after the year
STAMP_MARKS_RE = re.compile(r"[^\w\s]")


# An RSS item's date as a feed prints it: "Tue, 20 Nov 2018 12:53:00 +0100".
FEED_DATE_RE = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}(?::\d{2})? (?:[+-]\d{4}|GMT|UTC|[A-Z]{2,4})"
)
FEED_HEAD_WORDS = 12  # a channel's title before its build date
PROSE_IN_RE = re.compile(r"[a-z0-9][.!?][\"”’)]?(?:\s|<)")  # a sentence ends somewhere in the text


def feed_items_start(text: str) -> int:
    """Where a pasted feed's second item starts, or ``len(text)``: a channel's title, its build date, then items
    that each end with their date after their description ("...died at 89.</p>Tue, 20 Nov 2018 12:53:00
    +0100Polish output rises..."). Feeds that put an item's date before its description, or a channel's
    description before its date, are left whole: there the items' edges are not certain."""
    dates = list(FEED_DATE_RE.finditer(text)) if "," in text else []
    if len(dates) < 3 or len(text[: dates[0].start()].split()) > FEED_HEAD_WORDS:
        return len(text)
    if not PROSE_IN_RE.search(text, dates[0].end(), dates[1].start()):
        return len(text)
    return dates[1].end()


# A teaser's link to the rest of its story, glued to the line it ends or to the next: "... read..",
# "Read MoreCategory: Dhaka", "Read More »Bangladesh". (A "Read more: <headline>" line is a link to another
# story, and a "Read more" line alone the parser leaves out.)
READ_MORE_MARKS = ("ead More", "ead more", "EAD MORE", "eadMore", "ead..")
READ_MORE_RE = re.compile(r"(?:\b[Rr]ead ?[Mm]ore|\bREAD MORE)(?: ?[»›>])?(?=[A-Z\n]|$)|\b[Rr]ead\.\.+(?=\s*(?:\n|$))")


def teaser_end(text: str) -> int:
    """The end of the line where a teaser links to the rest of its story, or ``len(text)``: what follows is
    another story's."""
    if not any(link in text for link in READ_MORE_MARKS):
        return len(text)  # the quick test first: most articles have none
    match = READ_MORE_RE.search(text)
    if match is None or text.rfind("\n", 0, match.start()) < 0:
        return len(text)  # none, or on the headline's line
    end = text.find("\n", match.end())
    return len(text) if end < 0 else end


def other_items_start(text: str, lines: list[TextLine] | None = None) -> int:
    """Where the second story of a page that lists several starts, or ``len(text)``.

    A tag page, an archive, a feed or a site's list of latest stories gives each story its own stamp: a line
    with its date ("The Economic Times 20 Dec 2025 11:29 am", "by · June 28, 2009 · 0 comments"), or a
    paragraph opening with its own byline and date. An article has one; two make a list, and the article is
    its first story. (A digest's items have datelines but no dates of their own: all of a digest is content.) The second story starts after the first stamp when stamps
    close the stories, or at the headings above the second stamp when they open them. (A time alone, as in a
    live blog's entries, is no stamp.)
    """
    stamps = []  # (offset of the line, opens its paragraph's story, the stamp's template)
    seen, feed_like = -1, False
    # Only lines with a year can be stamps: finding the years first (where a "1" or a "2" stands) keeps this cheap.
    for year in matches_at(YEAR_RE, text, positions_of(text, "12")):
        if text[year.start() - 1 : year.start()].isdigit() or text[year.end() : year.end() + 1].isdigit():
            continue  # part of a longer number
        feed_like = feed_like or FEED_TIME_RE.match(text, year.end()) is not None
        start = text.rfind("\n", 0, year.start()) + 1
        if start == 0 or start == seen or len(stamps) == 2:
            continue  # the headline is no stamp
        seen = start
        end = text.find("\n", year.end())
        line = text[start : len(text) if end < 0 else end].strip()
        if ITEM_OPENING_RE.match(line) and DATE_WITH_YEAR_RE.search(line[:160]):
            stamps.append((start, True, "By"))
        elif len(line) <= STAMP_MAX_CHARS and word_count(line) <= STAMP_MAX_WORDS and not line.endswith(".") and (
            DATE_WITH_YEAR_RE.search(line)
        ):
            rest = DATE_WITH_YEAR_RE.sub(" ", line)
            if sum(1 for word in rest.split() if word.lower() in STOP_WORDS) <= 1:
                # not "Upcoming events in Lithuania for April 4, 2024", a headline; the marks between the words
                # are the stamp's template ("Name | date", "by · date · comments")
                stamps.append((start, False, "".join(STAMP_MARKS_RE.findall(rest))[:3]))
    if len(stamps) == 2 and stamps[0][2] != stamps[1][2]:
        stamps = []  # two dates of different kinds (a caption's, a footer's), not one list's stamps
    if len(stamps) < 2:
        return feed_items_start(text) if feed_like else len(text)
    lines = [(line.offset, line.heading) for line in (text_lines(text) if lines is None else lines)]
    index = {offset: i for i, (offset, _) in enumerate(lines)}
    first, second, opens = index[stamps[0][0]], index[stamps[1][0]], stamps[1][1]
    if not stamps[0][1] and all(heading for _, heading in lines[first + 1 : second]):
        return len(text)  # no story between the two ("Published 3 March 2024", "Updated 4 March 2024")
    cut = second
    while cut - 1 > first and lines[cut - 1][1]:
        cut -= 1  # the second story's headline (and kicker) above its stamp
    if cut == second and not opens:
        cut = first + 1  # stamps close the stories: the second starts after the first stamp
    if not any(not heading for _, heading in lines[:cut]) and not (stamps[0][1] and first < cut):
        return len(text)  # nothing of the first story before the cut
    return lines[cut][0] if cut < len(lines) else len(text)


LABEL_WORDS = 3  # "Ukraine", "• World Africa", "Kenya News": a menu item or a tag, not a sentence
# A line that lists tags, points to another page or credits the story: "Topics: ...", "RELATED: ...", "Source: ...".
TAGS_RE = re.compile(
    r"\W*(?:tags?|topics?|related(?: topics| tags| stories| articles| news)?|filed under|categor(?:y|ies)|keywords?"
    r"|sections?|more(?: on| from| news)?|(?:read|see)(?: more| also)?|also read|watch|listen"
    r"|(?:recommended|suggested)(?: for you| reading| stories| articles| videos?)?"
    r"|trending(?: now)?|popular|most read|sources?|credits?"
    r"|(?:next|previous|prev)(?: story| article| post| up)?|up next|in other news|don[’']t miss)\s*(?::|\|)"
    # a wire story's credits: "(Reporting by A in Abuja, Nigeria; Editing by B)"
    r"|\W*(?:additional )?(?:reporting|writing|editing|compiled|produced)(?: and \w+)? by\b",
    re.IGNORECASE,
)


# A link to a page of more stories, with no label's colon: "More news from Nigeria", "Explore more on Kenya's election".
MORE_LINK_RE = re.compile(
    r"\W*(?:(?:more|latest|all|other|top)\s+(?:news|stories|articles|coverage|updates|videos|headlines)"
    r"\s+(?:on|about|from|in)\b|(?:explore|discover|browse|see|read)\s+(?:more|all)\b)",
    re.IGNORECASE,
)
HASHTAGS_RE = re.compile(r"#\w+(?:[\s,]+#\w+)+")
TAG_LIST_COMMAS = 4  # "ANC, US-China trade war, trade talks, China, US commerce": five tags or more
TAG_WORDS = 4


def is_a_tag_list(line: str) -> bool:
    """A list of tags with no label: many short comma-separated items, no sentence end, no little words
    ("the", "of", "and") that a sentence listing things would need."""
    if SENTENCE_END_RE.search(line):
        return False
    items = line.split(",")
    return all(
        0 < word_count(item) <= TAG_WORDS and not any(word.lower() in STOP_WORDS for word in item.split())
        for item in items
    )


# What a page says about itself, not about the story: an invitation to the reader ("Join our WhatsApp channel for
# the latest Kenya news", "Follow Pakistan Today on X"), where the story was first printed ("This article was first
# published by The Conversation Africa"), the publisher's legal lines ("© 2024 Daily News Egypt", "registered in
# England and Wales"). National outlets print their own country in them.
# Where a page sends its reader ("X" in capitals, not the country "US").
_MEDIUM = (
    r"(?:apps?|newsletters?|channel|whatsapp|telegram|facebook|twitter|instagram|youtube|tiktok|linkedin|podcasts?"
    r"|alerts|inbox|google\ news|website|(?-i:on\ X))"
)
PAGE_NOTICE_RE = re.compile(
    rf"""\W*(?:
        (?:join|follow|download|install|listen\ to|watch|read|get|stay\ (?:updated|informed|connected)|don[’']t\ miss)
            \b[^\n]{{0,80}}?\b{_MEDIUM}\b
        |(?:like|send|email|contact|find|visit|click|tap|read|watch|listen\ to)\ (?-i:us|our)\b|(?:join|follow)\ (?-i:us)\b
        |(?:join|support)\ (?-i:our)\ (?:journalism|newsroom|community|mailing\ list|readers)\b
        |(?:subscribe|sign\ up)\b
        |(?:switch|change|choose|select)\b[^\n]{{0,40}}\b(?:edition|region|country|language)\b
        |you(?:['’]re|\ are)\ (?:viewing|reading|on)\b[^\n]{{0,30}}\b(?:edition|site)\b
        |(?:this|the)\ (?:article|story|piece|post|column|essay|op-ed|content|version|translation)
            \ (?:was\ |is\ |has\ been\ )?(?:first\ |originally\ |initially\ )?(?:published|appeared|appears
            |produced|republished|reproduced|syndicated)\b
        |(?:first|originally)\ (?:published|appeared)\b|(?:re)?published\ (?:with\ permission|in\ partnership)\b
        |(?:culled|sourced|reprinted|excerpted)\ from\b
        |©|\(c\)\ |copyright\s*(?:©|\(c\)|\d{{4}})
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_LEGAL_RE = re.compile(
    r"\b(?:all\ rights\ reserved|registered\ office|(?:company|registration|registered)\ (?:no\b|number)"
    r"|registered\ in\ england"
    # a contact line's address: "P.O. Box 4, Accra, Ghana. Tel: +233 30 222 1234"
    r"|p\.?\ ?o\.?\ box\ \d|(?:tel(?:ephone)?|phone|fax|e-?mail|whatsapp)\ ?:\ ?[+\w(]"
    # a cookie banner's or the site's terms: "We use cookies ... under the UK GDPR"
    r"|(?:we|this\ site|this\ website)\ uses?\ cookies|privacy\ (?:policy|notice)|terms\ (?:of|and)\ (?:use|service|conditions)"
    # a section's blurb about itself: "... travel plus third party content from our partners"
    r"|(?:content|stories|articles|posts)\ from\ our\ partners|third[-\ ]party\ content|(?:sponsored|partner|promoted)\ content)",
    re.IGNORECASE | re.VERBOSE,
)
NOTICE_MAX_WORDS = 60  # an invitation or a legal line is short (an event's may list its speakers); a paragraph that starts "Follow ..." may be prose
# A menu, a switcher or a breadcrumb printed on one line: "Edition: UK | US | Australia", "News / World / India".
_MENU_SEPARATORS_RE = re.compile(r"\s[|•·»›/>]\s|\s?\|\s?")  # breadcrumbs too: "News / World / Asia / India"
MENU_ITEM_WORDS = 3


def is_a_page_notice(line: str) -> bool:
    """The page speaking about itself: an invitation to follow or subscribe, where the story first appeared, the
    publisher's copyright or registration."""
    if word_count(line) > NOTICE_MAX_WORDS:
        return False
    return bool(PAGE_NOTICE_RE.match(line) or _LEGAL_RE.search(line))


def is_a_menu_line(line: str) -> bool:
    """Three or more short items between separators ("UK | US | Australia"), no sentence: a menu on one line."""
    if "|" not in line and not any(mark in line for mark in "•·»›/>"):
        return False
    items = _MENU_SEPARATORS_RE.split(line)
    return len(items) >= 3 and all(0 < word_count(item) <= MENU_ITEM_WORDS for item in items) and not (
        SENTENCE_END_RE.search(line)
    )


# A picture's credit before the name on its line: "Photo: Indian Army/Handout", "(AP Photo/Ukrainian Presidency)",
# "Image courtesy of Kenya Wildlife Service", "© Nigerian Army". Who took the picture, not what the story says.
CREDIT_LABEL_RE = re.compile(
    r"(?:\b(?:photo(?:graph)?s?|images?|pictures?|pics?|credits?)\s*(?::|\||/)"
    r"|\b(?:photo(?:graph)?|image|picture)\s+(?:by|courtesy(?:\s+of)?)\b|©)"
    r"(?:[^.!?\n]|\.(?=\S)){0,60}$",  # no sentence end between, but "U.S. Navy"
    re.IGNORECASE,
)
CREDIT_LOOKBACK = 90
_CREDIT_LABEL_WORDS = ("photo", "image", "pic", "credit", "©")
CREDIT_MAX_WORDS = 8
# The little words a credit may hold: "AP Photo/Jane Doe via Getty Images", "courtesy of the Kenya Wildlife Service".
CREDIT_SMALL_WORDS = frozenset("via for of by and the courtesy handout file photo photos image images".split())
_CREDIT_END_RE = re.compile(r"[.!?](?:\s|$)|\n")


def after_a_credit_label(text: str, line_start: int, start: int) -> bool:
    """The name follows a picture's credit label on its line, with no sentence end between, and what follows the
    label is a credit's few names -- not a caption a site labels "Photo:" ("Photo: Kenyan police fire tear gas")."""
    window_start = max(line_start, start - CREDIT_LOOKBACK)
    before = text[window_start:start].lower()
    if not any(word in before for word in _CREDIT_LABEL_WORDS):
        return False  # a quick test before the slower case-blind search
    label = CREDIT_LABEL_RE.search(text, window_start, start)
    if label is None:
        return False
    end = _CREDIT_END_RE.search(text, start)
    credit = text[label.start() : end.start() if end else len(text)].split(None, 1)[-1]
    words = credit.replace("/", " ").split()
    return len(words) <= CREDIT_MAX_WORDS and all(
        not word[:1].islower() or word.lower().strip("()") in CREDIT_SMALL_WORDS for word in words
    )


# An author's or the outlet's note closing the text: "The writer is a former Pakistani ambassador.", "Jane Doe is a
# freelance journalist based in Lagos, Nigeria." Where the author comes from, not what the story is about.
AUTHOR_NOTE_RE = re.compile(
    r"\W*(?:(?:[Tt]he|[Tt]his)\s+(?:writer|author|columnist|contributor|reporter)s?\s+(?:is|was|are|were|has|have)\b"
    r"|(?!(?:She|He|They|It|This|That|There)\b)(?:[A-Z][\w.'’-]*\s+){1,4}(?:is|was)\s+(?:a|an|the)\s+[^\n]{0,80}?"
    r"\b(?:journalist|reporter|correspondent"
    r"|writer|editor|columnist|contributor|author|analyst|researcher|fellow|professor|lecturer|photographer"
    r"|producer)s?\b"
    # ... or about the outlet: "The Lisbon Letter is Portugal's leading English-language newspaper."
    r"|(?!(?:She|He|They|It|This|That|There)\b)(?:[A-Z][\w.'’&-]*\s+){1,5}is\s+(?:[A-Z][\w-]*['’]s|the|a|an)\s+"
    r"[^\n]{0,60}?\b(?:newspaper|broadcaster"
    r"|publication|magazine|news\s+(?:source|site|website|service|outlet|agency|organi[sz]ation|platform|channel)"
    r"|media\s+(?:company|group|house|outlet)|(?:radio|tv|television)\s+station)s?\b"
    # ... or a profile with no name, opening with the author's post: "Editor of the North West Star since 2016."
    r"|(?:(?i:senior|chief|deputy|managing|associate|assistant|political|news|sports?|business|staff)\s+)?"
    r"(?:[Ee]ditor|[Rr]eporter|[Jj]ournalist|[Cc]orrespondent|[Cc]olumnist|[Pp]hotographer|[Pp]roducer|[Ww]riter)"
    r"\s+(?:of|at|for|with)\s+(?:the\s+)?[A-Z][^\n]{0,80}?\b(?:since|from|for)\s+(?:\w+\s+)?\d{4}\b)"
)
AUTHOR_NOTE_MAX_WORDS = 60
# ... or an author's profile anywhere on the page: "She joined the Daily Courier team in 2011 ... You can send her
# press releases or feedback at ...".
AUTHOR_PROFILE_RE = re.compile(
    r"\b(?:you can (?:send|contact|reach|email|e-mail|write to) (?:her|him|them)\b"
    r"|send (?:her|him|them) (?:your )?(?:press releases|feedback|tips|story ideas)"
    r"|(?:she|he) (?:joined|has been (?:with|on|at|part of)) (?:the )?(?-i:[A-Z][\w.-]* ){1,4}(?:team|newsroom|staff)\b"
    r"|(?:her|his) (?:work|writing|reporting) has (?:appeared|been published) in)",
    re.IGNORECASE,
)
# Each of the profile's phrases holds one of these: a quick test before the slower case-blind search.
_AUTHOR_PROFILE_WORDS = ("you can", "send ", "joined", "has been", "has appeared")


def is_an_author_profile(line: str) -> bool:
    """A journalist's profile ("You can send her press releases at ...", "He joined the Nation team in 2019")."""
    lowered = line.lower()
    return any(word in lowered for word in _AUTHOR_PROFILE_WORDS) and AUTHOR_PROFILE_RE.search(line) is not None


def is_an_author_note(text: str, line: str, line_end: int) -> bool:
    """The text's last line (or the last but one) says who wrote it, or who published it."""
    if line_end >= 0 and "\n" in text[line_end:].strip():
        return False
    return word_count(line) <= AUTHOR_NOTE_MAX_WORDS and AUTHOR_NOTE_RE.match(line) is not None


# A page title's site name after the headline: "Floods kill 20 in Lagos | Vanguard Nigeria", "... - The Times of India".
TITLE_SUFFIX_RE = re.compile(r"\s(?:\||-|–|—|::)\s+((?:[A-Z][\w.'’&]*|of|the|de|du|la|&)(?:\s+(?:[A-Z][\w.'’&]*|of|the|de|du|la|&)){0,4})\s*$")
HEADLINE_MIN_WORDS = 3


def in_a_title_suffix(headline: str, start: int, end: int) -> bool:
    """The name stands in the site's name after the headline: a few capitalised words after the last "|" or
    dash, with a headline of a few words before them. After a dash the words may be who said it ("We will not
    pay - Zambia", "... - Ghana Police"): there the site's name is two words or more ending with the country's
    ("... - Punch Nigeria")."""
    if "|" not in headline and "-" not in headline and "–" not in headline and "—" not in headline:
        return False
    match = TITLE_SUFFIX_RE.search(headline)
    if match is None or start < match.start(1) or word_count(headline[: match.start()]) < HEADLINE_MIN_WORDS:
        return False
    if "|" in match.group(0) or "::" in match.group(0):
        return True
    return end == match.end(1) and word_count(match.group(1)) >= 2


# A link's label alone on its line, the link to another story on the next: "También te puede interesar:",
# "Read also:", "Lire aussi :" (with the link on the same line, :data:`TAGS_RE` and the parser see it). A widget's
# heading over a list ("Related stories", "Recommended") is :func:`other_stories_start`'s: above the article it
# may be a menu the article follows.
LINK_LABEL_RE = re.compile(
    r"\W*(?:also\ read|(?:read|see)\ also|you\ (?:may|might)\ also\ (?:like|enjoy|read)"
    r"|(?:[àa]\ )?lire\ aussi|voir\ aussi|sur\ le\ m[êe]me\ sujet"
    r"|(?:tambi[ée]n\ )?te\ puede\ interesar|te\ recomendamos|(?:lee|lea|ver)\ tambi[ée]n|m[áa]s\ informaci[óo]n"
    r"|(?:leia|veja)\ tamb[ée]m|saiba\ mais|lesen\ sie\ auch|auch\ interessant|mehr\ zum\ thema|leggi\ anche"
    r"|czytaj\ (?:te[żz]|tak[żz]e)|zobacz\ (?:te[żz]|tak[żz]e)|lees\ ook|l[äa]s\ ocks[åa])\s*[:|»›>.-]?\s*",
    re.IGNORECASE | re.VERBOSE,
)


LINK_LABEL_CHARS = 40


def after_a_link_label(text: str, line_start: int) -> bool:
    """The line follows a link's label standing alone on the line before: it is the link to another story."""
    if line_start < 2:
        return False
    before = text[max(0, line_start - LINK_LABEL_CHARS - 10) : line_start].rstrip()
    newline = before.rfind("\n")
    if newline < 0 and line_start > LINK_LABEL_CHARS:
        return False  # the line before is longer than a label
    previous = before[newline + 1 :].strip()
    return 0 < len(previous) <= LINK_LABEL_CHARS and LINK_LABEL_RE.fullmatch(previous) is not None


def in_a_label_line(text: str, start: int, end: int) -> bool:
    """The name stands on a line of a few words with no sentence end (a menu item, a section label, a tag),
    on a menu printed on one line, on the page's notice about itself (:func:`is_a_page_notice`),
    on a list of tags ("Topics: Ukraine Belarus border"), on a link to another story ("RELATED: ...") or on
    the story's credits ("Source: ...", "(Reporting by A in Abuja, Nigeria)"). The text's first line is its headline
    (but for the site's name after it, :func:`in_a_title_suffix`), and a line ending in a colon or a dash is a
    dateline ("TANZANIA :"): neither is a label."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0:
        first_end = text.find("\n")
        first_line = text[: len(text) if first_end < 0 else first_end]
        # a promotion a parser took for the headline ("Join us at the next ... Series ...") is no headline
        return in_a_title_suffix(first_line, start, end) or is_a_page_notice(first_line)
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    if TAGS_RE.match(line) or "appeared first on" in text[line_start:start]:
        return True  # a feed's footer names the site after its headline: "The post ... appeared first on Kenya Insights"
    if line.count(",") >= TAG_LIST_COMMAS and is_a_tag_list(line):
        return True
    if "#" in line and HASHTAGS_RE.fullmatch(line):
        return True  # "#Kenya #Uganda #fuelprices"
    if is_a_page_notice(line) or is_a_menu_line(line):
        return True
    if MORE_LINK_RE.match(line) and word_count(line) <= HEADING_MAX_WORDS and not SENTENCE_END_RE.search(line):
        return True
    if after_a_credit_label(text, line_start, start) or after_a_link_label(text, line_start):
        return True
    if is_an_author_note(text, line, line_end) or is_an_author_profile(line):
        return True
    return word_count(line) <= LABEL_WORDS and not SENTENCE_END_RE.search(line) and not line.endswith(
        ("-", "\u2013", "\u2014")
    )
