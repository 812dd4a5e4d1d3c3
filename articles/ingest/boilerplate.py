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
:func:`teaser_end` and the others, over one reading of the text's lines). Which lines are
labels, tags or credits rather than the article's words: :mod:`articles.ingest.boilerplate_labels`.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from .candidates import STOP_WORDS
from .countries import country_vocabulary
from .dates import find_dates, strip_dates_and_times
from .parsing_cleanup import introduces_other_stories
from .scanning import word_count
from .tagged_text import WORD_RE
from .scanning import matches_at, positions_of

# Headings that introduce other stories, besides the ones parsing_cleanup knows.
_OTHER_STORIES_HEADING = re.compile(
    r"^(?:most\ (?:read|viewed|popular|shared|watched|commented)(?:\ [\w'’]+){0,3}|"
    r"(?:more|latest|top|other|recent|related|trending|popular|similar)\ (?:news|stories|articles|posts|videos?"
    r"|headlines|reads)(?:\ [\w'’]+){0,2}|"
    r"trending(?:\ now)?|recommended(?:\ (?:for\ you|stories|articles|reading))?|read\ next|what\ to\ read\ next|"
    r"you\ (?:may|might)\ (?:also\ )?(?:like|enjoy|have\ missed)|(?:also|further)\ read(?:ing)?|news\ ?feed|"
    r"editor'?s?['’]?\ (?:picks?|choice)|must\ read|top\ picks|"
    # the same headings in other languages: "Autres actualités", "Weitere Nachrichten", "Otras noticias"
    r"(?:autres|d['’]autres|plus\ d['’])\ (?:actualit[ée]s|articles|infos|nouvelles)|"
    r"(?:weitere|mehr|andere)\ (?:nachrichten|artikel|meldungen|news)|"
    r"(?:otras|m[áa]s)\ (?:noticias|notas)|(?:altre|ultime)\ notizie|(?:outras|mais)\ not[íi]cias|"
    r"(?:ander|meer)\ nieuws|(?:andre|fler)\ nyheter|"
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
    other stories, moved up over the cards of the same list that stand above it (:func:`cards_above`)."""
    lines = text_lines(text)  # read once for all of them
    end = min(
        page_furniture_start(text, lines), other_items_start(text, lines), teaser_end(text),
        teaser_pairs_start(text, lines), other_stories_start(text, lines), closing_headlines_start(text, lines),
        closing_teasers_start(text, lines), dash_list_start(text, lines), cut_summaries_start(text, lines),
        bulleted_story_start(text, lines),
        closing_cut_story_start(text, lines), dated_cards_start(text, lines), separated_cards_start(text, lines),
        labelled_cards_start(text, lines),
    )
    return cards_above(text, lines, end)


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


def _ends_with_a_quoted_word(line: str) -> bool:
    """A headline that ends with a quoted word or phrase ("... plan \u2018unfathomable\u2019", "... fighting the
    \u2018corona blues\u2019"): the quote opens inside the line and closes after a letter, not after a sentence's
    full stop ("... he said.\u2019")."""
    if line[-1] not in "\u2019\u201d'\"" or len(line) < 3 or not line[-2].isalpha():
        return False
    opening = max(line.rfind("\u2018"), line.rfind("\u201c"), line.rfind(" '"), line.rfind(' "'))
    return 0 < opening < len(line) - 2


def text_lines(text: str) -> list[TextLine]:
    """The text's lines that are not blank."""
    lines, offset = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            words = word_count(stripped)
            # stripped, only its last character can end a sentence (a search would try every one)
            heading = words <= HEADING_MAX_WORDS and (
                not SENTENCE_END_RE.match(stripped, len(stripped) - 1) or _ends_with_a_quoted_word(stripped)
            )
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
CARD_BLURB_MAX_WORDS = 60  # a card's summary on a tag page: a paragraph or two of the story, cut


def _second_card(lines: list[TextLine], stamp) -> int | None:
    """Where the second story starts on a page that is, from its first line to its last, stories each a title and
    a summary (a tag or section page, three stories or more): the first is the article. None for other pages."""
    starts, i = [], 0
    while i < len(lines):
        if not lines[i].heading or lines[i].words < TEASER_TITLE_MIN_WORDS or stamp(i):
            return None
        starts.append(i)
        i += 2 if i + 1 < len(lines) and stamp(i + 1) else 1  # the story's date under its title
        if i >= len(lines) or lines[i].heading or lines[i].words > CARD_BLURB_MAX_WORDS:
            return None
        i += 1
    return starts[1] if len(starts) >= TEASER_MIN_PAIRS else None


def teaser_pairs_start(text: str, lines: list[TextLine] | None = None) -> int:
    """Where a list of other stories that closes the page starts, or ``len(text)``: each story a headline (a
    heading line of a few words) and one short blurb under it, maybe a date between, three or more of them, and
    less prose in all of them than the article had before. (:func:`page_furniture_start` needs two headings in
    a row; a list whose titles each carry a summary has none.)"""
    lines = text_lines(text) if lines is None else lines

    def stamp(index: int) -> bool:  # asked of the few lines the walk from the end reaches only
        return _TIME_LINE.match(lines[index].text) is not None

    second = _second_card(lines, stamp)
    if second is not None:
        return lines[second].offset

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


# Three word characters in a row: a word (``WORD_RE``'s) of three letters or more, found without listing the words.
_THREE_LETTERS = re.compile(r"\w{3}")


def _page_numbers(line: TextLine) -> bool:
    """A pager ("1 2 3 151"), a lone mark or a share button's letters under the last teaser: no word of three letters."""
    return _THREE_LETTERS.search(line.text) is None


CLOSING_TEASERS_MAX = 2


def _teaser_title(line: TextLine) -> bool:
    return line.heading and line.words >= TEASER_TITLE_MIN_WORDS and _TITLE_START_RE.match(line.text) is not None


def closing_teasers_start(text: str, lines: list[TextLine] | None = None) -> int:
    """Where one or two other stories close the text, or ``len(text)``: each a headline-shaped line over one
    paragraph of a sentence or more, at the very end (a pager's numbers aside), whose headline shares no word with
    all that comes before it, after more of the article's prose than the stories have. (:func:`teaser_pairs_start`
    needs three stories whose summaries are blurbs; a site that shows the next story's headline and its first
    paragraph under the article shows one or two. A crosshead over the article's last section reuses its words.)"""
    lines = text_lines(text) if lines is None else lines
    i = len(lines) - 1
    while i >= 0 and _page_numbers(lines[i]):
        i -= 1
    pairs, paragraphs, cut = 0, 0, None
    while i >= 1 and pairs < CLOSING_TEASERS_MAX:
        if (
            lines[i].heading or lines[i].words < SENTENCE_WORDS or not _teaser_title(lines[i - 1])
            or _shares_a_word(lines[i - 1].text, text, lines[i - 1].offset)
        ):
            break  # a story's first paragraph is a whole lead sentence at least
        pairs, paragraphs, cut, i = pairs + 1, paragraphs + lines[i].words, i - 1, i - 2
    if cut is None or (cut >= 2 and not lines[cut - 1].heading and _teaser_title(lines[cut - 2])):
        return len(text)  # none, or a live blog's entries: each under its own headline, the first ones too
    prose_before = sum(line.words for line in lines[:cut] if not line.heading)
    return lines[cut].offset if prose_before > paragraphs else len(text)


# A line that is only a dash or a bullet: the separator a theme prints between the items of a list.
_LONE_DASH = re.compile(r"^[-–—•]$")
DASH_LIST_MIN_SEPARATORS = 2


def dash_list_start(text: str, lines: list[TextLine] | None = None) -> int:
    """Where a list of other stories starts after the article's prose, or ``len(text)``: a short heading
    ("Politics", "Lo último en España") right over a line that is only a dash, and at least two such lines in
    what follows, one between each of the list's items. Before any prose it is a page's menu or index, left to
    the other rules."""
    lines = text_lines(text) if lines is None else lines
    for i in range(1, len(lines) - 1):
        if not (lines[i].heading and _LONE_DASH.match(lines[i + 1].text)):
            continue
        separators = sum(1 for line in lines[i + 1:] if _LONE_DASH.match(line.text))
        if separators >= DASH_LIST_MIN_SEPARATORS and any(not line.heading for line in lines[:i]):
            return lines[i].offset
    return len(text)


_BULLETED_TITLE = re.compile(r"^[•●▪■]\s*(?=[A-Z0-9À-Þ])")
BULLETED_TITLE_MIN_WORDS = 4


def bulleted_story_start(text: str, lines: list[TextLine] | None = None) -> int:
    """Where a listing's next story starts after the article's prose, or ``len(text)``: the first bulleted title
    ("• 8 farmers among 20 at the harvest fair") after a paragraph of prose, itself followed by prose -- a section
    page that bullets each story's title over its text. A bullet before the prose, or one over another bullet
    (an article's list of points), is not one."""
    if "•" not in text and "●" not in text and "▪" not in text and "■" not in text:
        return len(text)  # the quick test first: most texts have no bullet
    lines = text_lines(text) if lines is None else lines
    prose_before = False
    for i, line in enumerate(lines):
        if _BULLETED_TITLE.match(line.text):
            if not prose_before:
                return len(text)  # the article's own list of points, or a page that opens with one
            following = lines[i + 1] if i + 1 < len(lines) else None
            if line.heading and line.words >= BULLETED_TITLE_MIN_WORDS and following and not following.heading \
                    and following.words >= SENTENCE_WORDS and not _BULLETED_TITLE.match(following.text):
                return line.offset
            return len(text)
        prose_before = prose_before or (not line.heading and line.words >= SENTENCE_WORDS)
    return len(text)


CUT_SUMMARY_ENDS = ("...", "\u2026")
CUT_TITLE_MIN_WORDS = 3


def _cut_summary(line: TextLine) -> bool:
    """A story's summary cut off by the page: a line of prose, not a heading, ending in an ellipsis."""
    return not line.heading and line.words >= SENTENCE_WORDS and line.text.endswith(CUT_SUMMARY_ENDS)


def _cut_title(line: TextLine) -> bool:
    """A story's title: a few words starting with a capital, no full stop or ellipsis at its end ("Hunger keeps no
    hours!" may end with a mark)."""
    return (
        CUT_TITLE_MIN_WORDS <= line.words <= HEADING_MAX_WORDS and not line.text.endswith((".", *CUT_SUMMARY_ENDS))
        and _TITLE_START_RE.match(line.text) is not None
    )


def cut_summaries_start(text: str, lines: list[TextLine] | None = None) -> int:
    """Where the second story starts on a page of stories each a title over a summary the page cut off ("... as
    they \u2026", "... the lasting fragility of democracy in\u2026"), or ``len(text)``: a cut summary, then a title
    (a heading line starting with a capital), then another story's lines with a cut summary among them. A quotation
    that trails off inside an article is not followed, under a crosshead, by another that does."""
    if "..." not in text and "\u2026" not in text:
        return len(text)  # the quick test first: most articles have none
    lines = text_lines(text) if lines is None else lines
    cut = [i for i, line in enumerate(lines) if _cut_summary(line)]
    for first, second in zip(cut, cut[1:]):
        title = lines[first + 1]
        if (
            first >= 1 and second >= first + 2 and _cut_title(title)
        ):
            return title.offset
    return len(text)


def _cut_mid_sentence(line: TextLine) -> bool:
    """A paragraph longer than a heading that stops on a word in lower case or a comma, with no sentence end: cut
    at so many characters ("... the Union Buildings, to witness before all our guests from various")."""
    last = line.text[-1]
    return not line.heading and line.words > HEADING_MAX_WORDS and (last == "," or last.islower())


def closing_cut_story_start(text: str, lines: list[TextLine]) -> int:
    """Where another story closes the text, or ``len(text)``: a headline over a paragraph the page cut off in
    mid-sentence, at the very end (a pager's numbers aside), after more of the article's prose than it has. (An
    article's own last paragraph ends its sentence; :func:`closing_teasers_start` also takes whole paragraphs,
    under a headline that shares no word with the article.)"""
    i = len(lines) - 1
    while i >= 0 and (_page_numbers(lines[i]) or lines[i].text.replace(" ", "").isdigit()):  # "1 2 3 151"
        i -= 1
    if i < 2 or not _cut_mid_sentence(lines[i]) or not _teaser_title(lines[i - 1]):
        return len(text)
    prose_before = sum(line.words for line in lines[: i - 1] if not line.heading)
    return lines[i - 1].offset if prose_before > lines[i].words else len(text)


def _a_card_above(lines: list[TextLine], at: int, text: str) -> bool:
    """Whether ``lines[at - 2 : at]`` are a card: a title (a heading of two words or more, or a headline's shape)
    over one blurb, the title's words new to all before it, and the article's prose still above."""
    title, blurb = lines[at - 2], lines[at - 1]
    if blurb.heading or blurb.words > BLURB_MAX_WORDS:
        return False
    if not ((title.heading and title.words >= 2) or _title_line(title)):
        return False
    if _shares_a_word(title.text, text, title.offset):
        return False  # a crosshead over the article's own last section reuses its words
    return any(not line.heading and line.words >= SENTENCE_WORDS for line in lines[: at - 2])


def cards_above(text: str, lines: list[TextLine], end: int) -> int:
    """``end`` (where a list of other stories was found to start) moved up over the cards just above it, each a
    title and a blurb, whose titles share no word with what came before them: a list's first stories, which the
    rule that found the list did not take in (it wanted them to close the page, or to number two at most, or its
    titles longer). The article keeps its prose above them."""
    if end >= len(text):
        return end
    at = next((i for i, line in enumerate(lines) if line.offset >= end), len(lines))
    while at >= 3 and _a_card_above(lines, at, text):
        at -= 2
    return lines[at].offset if at < len(lines) and lines[at].offset < end else end


STEM_LETTERS = 5  # "Ambassador" and "Ambassadors", "Croatia" and "Croatian" are one word here


@functools.lru_cache(maxsize=1)
def _country_stems() -> frozenset[str]:
    """The one-word names and demonyms of the countries, cut as :func:`_shares_a_word` cuts words."""
    return frozenset(
        name.lower()[:STEM_LETTERS] for entry in country_vocabulary() for name in entry.all_names() if name.isalpha()
    )


def _shares_a_word(title: str, text: str, end: int) -> bool:
    """Whether a word of ``title`` (of four letters or more, not a stop word, not a country's name: a site's other
    stories name the countries it covers) occurs in ``text`` before ``end``."""
    words = {word.lower()[:STEM_LETTERS] for word in WORD_RE.findall(title) if len(word) >= 4}
    words = {word for word in words if word not in STOP_WORDS and word not in _country_stems()}
    return any(word.lower()[:STEM_LETTERS] in words for word in WORD_RE.findall(text, 0, end))


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
# "Read MoreCategory: Dhaka", "Read More »Bangladesh", "... the larger bench hasRead More →" (a capital
# "Read" right after a lower-case letter is glued to the cut sentence), "READ MORE...". (A "Read more:
# <headline>" line is a link to another story, and a "Read more" line alone the parser leaves out.)
READ_MORE_MARKS = ("ead More", "ead more", "EAD MORE", "eadMore", "ead..")
READ_MORE_RE = re.compile(
    r"(?:(?:\b[Rr]ead|(?<=[a-z])Read) ?[Mm]ore|\bREAD MORE)(?: ?(?:[»›>→⟶➔➜]|\.{2,}|…))?(?=[A-Z\n]|$)"
    r"|\b[Rr]ead\.\.+(?=\s*(?:\n|$))"
)


def teaser_end(text: str) -> int:
    """The end of the line where a teaser links to the rest of its story, or ``len(text)``: what follows is
    another story's."""
    if not any(link in text for link in READ_MORE_MARKS):
        return len(text)  # the quick test first: most articles have none
    match = READ_MORE_RE.search(text)
    if match is None or (text.rfind("\n", 0, match.start()) < 0 and READ_MORE_RE.search(text, match.end()) is None):
        return len(text)  # none, or on the headline's line (unless a list of linked teasers starts there)
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


# A card's date line: a date, and at most a few words with it (a counter, an author, an outlet: "Views - 485
# Thursday, 23 January 2020 01:48", "E-Kurd - 2019-09-11 00:12").
CARD_DATE_MAX_WORDS = 14
CARD_DATE_OTHER_WORDS = 4
CARD_TITLE_MAX_WORDS = 20
CARD_SUMMARY_MIN_WORDS = 12
_LONG_NUMBER = re.compile(r"\d{5,}")  # "Screenshot 2025-12-01 151602": a picture's file name, not a card's date


def _a_cards_date(line: TextLine) -> bool:
    if line.words > CARD_DATE_MAX_WORDS or not any(ch.isdigit() for ch in line.text):
        return False
    if not find_dates(line.text):
        return False
    rest = strip_dates_and_times(line.text)
    return len(WORD_RE.findall(rest)) <= CARD_DATE_OTHER_WORDS and not _LONG_NUMBER.search(rest)


def dated_cards_start(text: str, lines: list[TextLine] | None = None) -> int:
    """A page of cards, each a title, a date line and a summary ("Research and development: does it pay? | Views -
    485 Thursday, 23 January 2020 | Not long ago, ..."): the second card starts at its title; or ``len(text)``.
    An article prints its date once under its headline; a live blog's entries carry times, not dates with a title
    over them and prose under them."""
    lines = text_lines(text) if lines is None else lines
    cards = 0
    for index in range(1, len(lines) - 1):
        title, following = lines[index - 1], lines[index + 1]
        if not (title.heading or (title.words <= CARD_TITLE_MAX_WORDS and not title.text.endswith("."))):
            continue
        if following.heading or following.words < CARD_SUMMARY_MIN_WORDS or not _a_cards_date(lines[index]):
            continue
        cards += 1
        if cards == 2:
            return title.offset
    return len(text)


# A line of nothing but a mark that pages print between cards: "-", "/", "|", "•", "—".
_CARD_SEPARATOR_RE = re.compile(r"[/|•·*—–-]{1,3}")
SEPARATED_CARD_MAX_LINES = 2  # a card between two marks: its title and its summary, or the two run together


def _a_card_separator(line: TextLine) -> bool:
    return len(line.text) <= 3 and _CARD_SEPARATOR_RE.fullmatch(line.text) is not None


def separated_cards_start(text: str, lines: list[TextLine] | None = None) -> int:
    """Where the first card starts on a page that goes on, after the article, with cards set apart by lines holding
    only a mark ("... | - | Gas prices reach a record high ... | - | ..."), or ``len(text)``: after the article's
    prose, a mark's line whose card is closed by another mark within two lines, or a paragraph the page cut off in
    mid-sentence, the mark's line and a title ("... it achieved in Brussels \u201cmaximum diplomatic | / | EP backs
    return of ..."). A scene break ("* * *", "—") sits between long runs of an article's paragraphs."""
    lines = text_lines(text) if lines is None else lines
    marks = [index for index in range(1, len(lines) - 1) if _a_card_separator(lines[index])]
    for number, index in enumerate(marks):
        if not any(not line.heading for line in lines[:index]):
            continue  # no prose before it: a mark in the page's header ("5:36pm | 1News")
        closed = number + 1 < len(marks) and marks[number + 1] - index - 1 <= SEPARATED_CARD_MAX_LINES
        if closed or (_cut_mid_sentence(lines[index - 1]) and _cut_title(lines[index + 1])):
            return lines[index].offset
    return len(text)


LABELLED_CARDS_MIN = 3  # a label shared by two lines can be chance; by three, a page's template
LABEL_WORDS = 2  # "Oceania Tonga", "World Europe": a section's or a place's label glued to each card


def _card_label(line: TextLine) -> str | None:
    """The line's first two words when both are capitalised (a label, not "The police"), with the space after."""
    words = line.text.split(" ", LABEL_WORDS)
    if len(words) <= LABEL_WORDS or not all(word[:1].isupper() and word.isalpha() for word in words[:LABEL_WORDS]):
        return None
    return " ".join(words[:LABEL_WORDS]) + " "


def labelled_cards_start(text: str, lines: list[TextLine] | None = None) -> int:
    """Where the second card starts on a page whose lines, from the first, are cards that each open with the same
    label ("Oceania Tonga The police station ... | Oceania Tonga Students across the islands ..."), three or more
    and at least two lines in three, or ``len(text)``: the first card is the article. A page that opens with a
    heading has a headline, and paragraphs that open alike under it ("Crown Prince Sultan said ...") are its story."""
    lines = text_lines(text) if lines is None else lines
    label = _card_label(lines[0]) if len(lines) >= LABELLED_CARDS_MIN and not lines[0].heading else None
    if label is None:
        return len(text)
    cards = [line for line in lines if line.text.startswith(label)]
    if len(cards) < LABELLED_CARDS_MIN or len(cards) * 3 < len(lines) * 2:
        return len(text)
    return cards[1].offset
