"""Choosing the headline among the lines above the story's first paragraph.

Pages put navigation, section labels, kickers and other stories' teasers above
the headline; the choice scores each line by its shape and by what follows it.
What is the site's in any language (controls, mastheads, notices, a kicker or the
site's name glued to the headline) is told in parsing_page_chrome.py. A choice
made among lines that look alike, or from a weak source, is flagged for the editor.
"""

import functools
import re
from dataclasses import replace

from . import gazetteer
from .byline_name_lines import name_line_byline
from .byline_vocabulary import is_agency, is_role_line, names_a_newsroom
from .bylines import find_byline
from .credits import split_credit
from .dates import find_dates
from .parsing_cleanup import source_url_of
from .scanning import word_count
from .parsing_layout import TextLayout
from .parsing_page_chrome import (
    headline_run_into_dateline, in_an_author_box, is_bare_kicker, is_digest_title, is_site_control, is_site_name, is_site_notice, join_split_headlines,
    name_and_site, opens_with_dateline, printed_twice_in_one_line, printed_twice_over_the_byline, site_name_after,
    title_over_its_headline, without_badge, without_columnist, without_kicker, words_run_together,
)
from .parsing_lines import (
    MAX_STANDFIRST_WORDS, caption_in_head, headline_shaped, is_byline_or_date, is_caption_line, is_credit_only,
    is_standfirst_shape, name_beside_metadata, names_line,
)

_MAX_HEADLINE_WORDS = 25
_SURE_HEADLINE = 3.0  # a score below this, or a close second, is flagged to the editor
_PLAIN_HEADLINE = 2.0  # a headline-length line and nothing more
_MAX_RIVAL_WORDS = 35  # a transcript lists its segments in one headline
HEAD_WINDOW = 40  # units searched for the headline: past the page's navigation, before the story
_SEPARATORS = re.compile(r"\s[|•·»›]\s|\s/\s")
_BREADCRUMB = re.compile(r"[»›]|\s>\s")
_GUILLEMET_QUOTE = re.compile(r"«[^«»]*»|‹[^‹›]*›")  # "EFE: 75 años de «marca España»": a quotation, no breadcrumb
_REAL_WORD = re.compile(r"[^\W\d_]{3,}")
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+(?P<site>[^|–—-]{2,40})$")  # a page title's "| Outlet Name"
_SITE_PREFIX = re.compile(r"^(?P<site>[^|–—-]{2,60}?)\s+[|–—-]\s+")  # or its "Outlet Name - " before the headline
# A tag in brackets before the headline ("[WATCH] ...", "(VIDEO) ..."): the headline's first word follows it.
_BRACKET_TAG = re.compile(r"^\s*[\[(][A-Z][A-Z0-9 &+-]{1,20}[\])]\s*")
# A cut copy of a headline ("HomeNationalA man with a knife breaks into...") ends with an ellipsis.
_CUT_OFF = re.compile(r"\s*(?:\.\.\.|…)\W{0,3}$")
# A relative time or an update note is page metadata, never the headline: "2 years agoon", "Updated at 9pm ...".
_METADATA_SHAPED = re.compile(
    r"\b\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|"
    r"^(?:last\s+)?(?:updated|posted|published|modified)\s+(?:at|on|by)\b|"
    r"\bread(?:ing)?\s+time\b|^\d+(?:\s*-\s*\d+)?\s*min(?:ute)?s?\.?\s+read\b|"  # "Estimated read time: 6-7 minutes"
    # ... and in Europe's other languages: "vor 9 Stunden", "il y a 2 heures", "hace 3 horas", "9 ore fa", "há 2 dias",
    # "2 uur geleden", "2 timmar sedan", "2 timer siden", "2 tuntia sitten", "2 godziny temu", "před 9 hodinami",
    # "acum 2 ore", "prije 2 sata", "2 órája"
    r"\b(?:vor|il\s+y\s+a|hace|há|před|pred|acum|prije|pre)\s+\d+\s+\w+|"
    r"\b\d+\s+\w+\s+(?:fa|geleden|sedan|siden|sitten|temu)\b|\b\d+\s+(?:perce|órája|napja)\b|"
    # a section and a day and month without the year, then the time: "Politică - 13 dec, 18:57", "Sport · 3. März 10:30"
    r"^(?:[^\W\d]+\s*[-–|•·]\s*)?\d{1,2}\.?\s+[^\W\d]{3,10}\.?,?\s+\d{1,2}[:.]\d{2}\s*$",
    re.IGNORECASE,
)
_DATE_AFTER_HEADLINE = re.compile(r"\s*[\[(]([^\[\]()]{6,30})[\])]\s*$")  # "Headline [01/11/2015]"
# The site's own controls and notices, as sites word them (phrases: "browser" or "navigation" alone may be news).
# A link to another story, with its label: "Related: ...", "Read more: ...", "ALSO READ | ...".
_OTHER_STORY_LINK = re.compile(
    r"^(?:related(?:\s+(?:articles?|stories|news|content|posts?))?|read\s+(?:more|also|next)|also\s+read|see\s+also|"
    r"also\s+see|more|recommended|must\s+read|trending|don[’']t\s+miss|suggested|you\s+may\s+also\s+like)\s*[:|»›]",
    re.IGNORECASE,
)
# Anywhere in the line, then only at its start. (Each group's "\b" or "^" comes first, once: the regex engine then
# tries the phrases only where a word or the line starts, not every phrase at every character.)
_SITE_CHROME = re.compile(
    r"\b(?:your\s+(?:web\s+)?browser|browser\s+is\s+(?:no\s+longer|not)\s+supported|enable\s+javascript|"
    r"subscribe\s+to|back\s+to\s+homepage|go\s+to\s+(?:contents|navigation)|remote\s+login|opera\s+mini|"
    r"data\s+savings|transcripts\s+main\s+page|reply\s+comment|print\s+this\s+(?:article|page)|share\s+it\s+with|"
    r"daily\s+archive|powered\s+by|already\s+have\s+an\s+account|forgot\s+your\s+password|confirm\s+your\s+e-?mail|"
    r"check\s+(?:your\s+)?(?:e-?)?mail\s+now|activation\s+e-?mail|resend\s+(?:the\s+)?(?:e-?mail|button|code))\b|"
    # a sign-up dialog's steps
    r"^almost\s+there\W*$|"
    # an edition's label in the masthead: "International Edition", "US Edition"
    r"^(?:international|global|world|u\.?s\.?|uk|asia|africa|europe|india|print|digital|e-?paper)\s+edition\W*$|"
    r"^(?:(?:log\s?in|sign\s?in|subscribe)\b|you\s+are\s+here\b|show\s+(?:less|more)$|archive\s+for\b|"
    r"read\s+(?:the\s+)?full\s+(?:article|story)\b|"
    # a picture's alt text, and labelled lines that name the source or the section, not the story
    r"(?:profile\s+picture|logo|avatar|thumbnail)\s+(?:of|for)\b|"
    r"(?:source|categor(?:y|ies)|tags?|filed\s+under|section)\s*:|"
    # a sidebar widget's heading ("Latest Posts", "Recent Posts"), never a story's title
    r"(?:latest|recent|popular|most\s+(?:read|viewed|popular)|trending|related)\s+(?:posts|articles|entries)\W*$)|"
    # the kind of page as a label, alone or after a dateline: "Photo Release", "PHILIPPINES, May 4 - Press Release"
    r"(?:^|\s[-–—|:]\s*)(?:press|news|media|photo)\s+releases?\W*$",
    re.IGNORECASE,
)


_PAGE_LABEL_MAX_WORDS = 8


def is_page_label(unit: str) -> bool:
    """A short line the site prints about the page, never its headline nor the story's first words: a sidebar
    widget's heading ("Latest Posts"), the kind of page ("Photo Release"), a section or source label."""
    return word_count(unit) <= _PAGE_LABEL_MAX_WORDS and bool(_SITE_CHROME.search(unit))


def take_headline(units: list[str], metadata: list, layout: TextLayout, doubled: set[str], day_first=None) -> int:
    """Find the headline among the units above the story's first paragraph; returns the position after it.

    Pages put navigation, section labels, kickers and other stories' teasers
    above the headline. The headline is the headline-shaped line that the page
    repeats, or that the byline, date, standfirst or picture follows, nearest
    the first paragraph. What stands above it is left out, and listed.
    """
    if layout.headline or not units:
        return 0
    body = first_paragraph(units, metadata)
    if body is not None:
        body -= join_split_headlines(units, metadata, min(body, HEAD_WINDOW))
    if body is None:
        return _first_line_headline(units, metadata, layout) or _strong_line_of_a_cut_page(units, metadata, layout, doubled)
    twins, echoes = line_forms(units, body), page_title_echoes(units, body)
    scores = [_headline_score(units, metadata, i, body, doubled, twins, echoes) for i in range(min(body, HEAD_WINDOW))]
    every_score = scores
    # The headline stands above the byline and date: below them come pictures, captions and the story.
    for end, meta in enumerate(metadata[: len(scores)]):
        if meta and any(scores[:end]):
            scores = scores[:end]
            break
    best, best_score = None, 0.0
    for index, score in enumerate(scores):
        if score > best_score:
            best, best_score = index, score
    other_story = best is not None and _dated_teaser_above_the_story(units, metadata, best, every_score, len(scores))
    if other_story:  # other stories' headlines and dates above this one's headline and byline
        best, best_score = other_story, every_score[other_story]
    below_a_notice = False
    glued = headline_run_into_dateline(units[body]) if best is None else None
    if glued:  # "Storm closes port SEAVILLE, March 4 (ANP) - The storm ...": flagged, as found inside the story
        layout.headline, units[body] = glued
        layout.headline_unsure = True
        layout.left_out.extend(unit for unit, meta in zip(units[:body], metadata[:body]) if not meta)
        return body
    if best is None:
        best, story = _headline_over_a_dateline(units, metadata, body, doubled)
        if best is not None:  # a notice or the site's blurb read as prose above it: flagged
            layout.left_out.extend(units[body:best])
            body, below_a_notice = story, True
            scores = every_score = [0.0] * body
    if best is None and _headline_under_its_standfirst(units, metadata, body, doubled):
        # the page opens with its standfirst, then the headline: flagged, the order being unusual
        layout.headline, layout.headline_unsure = units[1], True
        layout.standfirst = layout.standfirst or units[0]
        return 2
    if best is None:
        best = _short_line_above_the_story(units, metadata, body, doubled, twins, echoes)
        best_score = 0.0  # a two-word line: the headline's shape, too short to score, so flagged
    if best is None:
        best, body = _headline_below_a_notice(units, metadata, body, doubled)
        below_a_notice = best is not None
        if best is None:
            return 0
        scores = every_score = [0.0] * body
    # a subtitle under the headline, which the byline follows, scores above it: the headline is the longer line
    # above it that scores as a headline too (flagged below, as any headline with a headline-length line above)
    if 0 < best < len(every_score) and every_score[best - 1] >= _PLAIN_HEADLINE and not other_story \
            and word_count(units[best - 1]) >= max(4, word_count(units[best])) \
            and not _folded(units[best - 1]).endswith(_folded(units[best])) and not words_run_together(units[best - 1]) \
            and not _printed_again_below(units, best, body):  # a line the page prints twice is no subtitle
        best -= 1  # (a line ending with the chosen one repeats it after a breadcrumb: "Home News <headline>")
    digest = best > 0 and not metadata[best - 1] and is_digest_title(units[best - 1]) and _second_item(units, body)
    if digest:  # "News highlights" over its items' headlines and paragraphs: the digest's title is the headline
        best -= 1
    layout.headline = units[best]
    # the story's first line opens with the headline's words: the headline run into it ("... Deutschland Warum"),
    # or a kicker over the headline that repeats its first words ("... Deutschland! Warum"): either way a guess
    run_into_story = best + 1 == body and _folded(units[body]).startswith(_folded(units[best])) \
        and not _folded(units[body])[len(_folded(units[best])):][:1].isalnum()
    if run_into_story and _folded(units[body]).startswith(_folded(units[best]) + " "):
        units[body] = units[body][len(units[best]):].lstrip()  # the headline run into the story's first line
    once, between = printed_twice_in_one_line(layout.headline)
    if once:  # "Storm closes port File Photo Storm closes port": the alt text, the picture's credit, the caption
        layout.headline = once
        found = split_credit(between) if between and not layout.credit else None
        if found and found.credit and not found.caption:
            layout.credit = found.credit
    titled, named_after = site_name_after(layout.headline)  # "Night buses extended | Metro News": the page title
    if titled != layout.headline and not is_agency(titled):
        layout.headline = titled
    elif best + 1 < body and title_over_its_headline(layout.headline, units[best + 1]):
        best += 1  # "Night buses extended - Metro24|7" over "Night buses extended": the page's title, then its headline
        layout.headline = units[best]
    layout.headline = without_badge(without_kicker(layout.headline))  # "EXCLUSIVE | ...", "... Featured"
    layout.headline = without_columnist(layout.headline, units[best + 1 :])  # "Moore / Tax the rich"
    numbered = _LIST_NUMBER.match(layout.headline) if layout.headline[:1].isdigit() else None
    if numbered and word_count(layout.headline[numbered.end():]) >= 4:  # "1. Mayor quits ...": a list's number
        layout.headline = layout.headline[numbered.end():]
    glued = find_byline(units[best])
    if glued and glued.start > 0 and glued.authors and headline_shaped(units[best][: glued.start].strip()):
        layout.headline = units[best][: glued.start].strip()  # "... noticed By BARRY WILNER, AP Football Writer"
        layout.byline, layout.byline_rule = glued, "by"
    dated = _DATE_AFTER_HEADLINE.search(layout.headline)
    found = find_dates(dated.group(1), day_first) if dated else []
    if found and headline_shaped(layout.headline[: dated.start()]):
        layout.headline = layout.headline[: dated.start()]  # "... sweeping Middle East [01/11/2015]"
        layout.dates.append(replace(found[0], start=0, end=0))
    runner_up = max((score for index, score in enumerate(scores) if index != best), default=0.0)
    # The only candidate, right above the story, is the headline even with a plain shape.
    alone = runner_up == 0.0 and best == body - 1 and best_score >= _PLAIN_HEADLINE
    # a headline-length line right above the one chosen: the headline over a short subtitle that the byline
    # follows, or over a picture's alt text; the shapes cannot tell (a menu run together is no such line)
    headline_above = 0 < best < len(every_score) and every_score[best - 1] >= _PLAIN_HEADLINE \
        and word_count(units[best - 1]) >= 4 and _folded(units[best - 1]) != _folded(units[best]) \
        and not words_run_together(units[best - 1])
    # (a headline run into the story's first line: where it ends is a guess, the line may be the headline itself)
    layout.headline_unsure = bool(other_story) or digest or below_a_notice or named_after or headline_above \
        or run_into_story or (
        not alone and (best_score < _SURE_HEADLINE or runner_up > best_score - 0.5))
    layout.headline_rival = _rival_nearer_the_story(units, metadata, best, body)
    layout.left_out.extend(unit for unit, meta in zip(units[:best], metadata[:best]) if not meta)
    return best + 1


# A list's number before the headline, as pages numbering their stories print it ("1. Mayor quits"); not a name's
# ("1. FC Harbour": an initialism follows).
_LIST_NUMBER = re.compile(r"^\d{1,2}\.\s+(?=[A-Z][a-z])")
_MAX_ITEM_HEADLINE_WORDS = 15


def _printed_again_below(units: list[str], index: int, body: int) -> bool:
    """The line stands again further down the head of the page ("Headline", its date, "Headline" again)."""
    key = _folded(units[index])
    return any(_folded(unit) == key for unit in units[index + 1 : min(body, HEAD_WINDOW)])


def _second_item(units: list[str], body: int) -> bool:
    """Under the first paragraph, another short headline-shaped line over a paragraph: a digest's next item."""
    if body + 2 >= len(units):
        return False
    title, paragraph = units[body + 1], units[body + 2]
    return 3 <= word_count(title) <= _MAX_ITEM_HEADLINE_WORDS and title[:1].isupper() \
        and not title.endswith((".", "!", "?", ":", ";")) and word_count(paragraph) >= _MAX_ITEM_HEADLINE_WORDS


def _dated_teaser_above_the_story(units: list[str], metadata: list, best: int, scores: list[float], cut: int) -> int:
    """The line to take instead of ``best`` when ``best`` opens a list of other stories, each followed by its date
    alone (two at least), and a later line, scoring as well, is followed by a byline: pages list other stories
    above the story's own headline and byline. 0 when there is none."""
    def dated_alone(index: int) -> bool:
        after = metadata[index + 1] if index + 1 < len(metadata) else None
        return bool(after and after.dates and not after.byline)

    if not dated_alone(best):
        return 0
    teasers = 1
    for index in range(best + 1, len(scores)):
        after = metadata[index + 1] if index + 1 < len(metadata) else None
        if scores[index] and dated_alone(index):
            teasers += 1
        elif index >= cut and teasers >= 2 and scores[index] >= scores[best] and after and after.byline:
            return index
    return 0


def _headline_below_a_notice(units: list[str], metadata: list, body: int, doubled) -> tuple[int | None, int]:
    """With nothing above the first sentence-long line to take, that line may be a notice or another story's
    summary (a browser notice, a video's blurb): the headline is then a line below it with strong evidence
    (printed twice, or over a byline or a date) above the next prose; on a page cut short before more prose,
    below a notice in the site's words, over a standfirst too. (index, the next prose's index), or (None, body)."""
    start = body + 1
    following = first_paragraph(units[start:], metadata[start:])
    # a page cut short before more prose: a standfirst under the line counts as evidence too
    if following is None and not _SITE_CHROME.search(units[body]):
        return None, body
    story, evidence = (start + following, _STRONG_EVIDENCE) if following is not None else \
        (len(units), _STRONG_EVIDENCE + ("then_standfirst",))
    twins, echoes = line_forms(units, story), page_title_echoes(units, story)
    best, best_score = None, _SURE_HEADLINE - 0.01
    for index in range(start, min(story, start + _NOTICE_WINDOW)):
        if metadata[index] and best is not None:
            break  # the headline stands above its byline and date
        features = headline_features(units, metadata, index, story, doubled, twins, echoes)
        if not features or not any(features[name] for name in evidence):
            continue  # a crosshead over a picture in a story with no headline must not cut its first paragraph
        score = sum(HEADLINE_WEIGHTS.get(name, 0.0) * value for name, value in features.items())
        if score > best_score:
            best, best_score = index, score
    return (best, story) if best is not None else (None, body)


def _headline_under_its_standfirst(units: list[str], metadata: list, body: int, doubled) -> bool:
    """A page that opens with a paragraph of standfirst length, not a wire story's opening, then a
    headline-length line with no full stop, then the byline, the date or the story's prose (a crosshead over a
    picture is no headline): the standfirst printed above the headline."""
    if body != 0 or len(units) < 3 or metadata[1] or opens_with_dateline(units[0]) \
            or word_count(units[0]) > MAX_STANDFIRST_WORDS or word_count(units[1]) < 5 \
            or units[1].endswith((".", ":", ";", ",")) or first_paragraph(units[2:], metadata[2:]) is None:
        return False
    if not metadata[2] and (is_caption_line(units, 2) or word_count(units[2]) < 8
                            or not units[2].rstrip("”\"’)").endswith((".", "!", "?"))):
        return False
    return headline_features(units, metadata, 1, 2, doubled) is not None


def _headline_over_a_dateline(units: list[str], metadata: list, body: int, doubled) -> tuple[int | None, int]:
    """With nothing above the first sentence-long line to take, and that line no wire story's opening: the line
    over the first paragraph below that opens with a dateline ("HARBOUR CITY (ANP) -"), above its byline and date
    if any. The first line was the site's blurb or a notice. (index, the dated paragraph's index), or (None, body)."""
    if opens_with_dateline(units[body]):
        return None, body
    for story in range(body + 1, min(len(units), body + 2 * _NOTICE_WINDOW)):
        if metadata[story] or not opens_with_dateline(units[story]):
            continue
        index = story - 1
        while index > body and metadata[index]:
            index -= 1
        if index > body and not units[index].endswith(".") \
                and headline_features(units, metadata, index, story, doubled) is not None:
            return index, story
        break
    return None, body


_STRONG_EVIDENCE = ("repeated_below", "then_byline_or_date", "then_standfirst_and_byline")
_NOTICE_WINDOW = 12  # lines under a notice where the headline may stand


def _short_line_above_the_story(units, metadata, body, doubled, twins, echoes) -> int | None:
    """With no line scoring as a headline, a short one standing just above the story ("Rubbish-strewn roads")
    that nothing rules out: the page's headline more often than not, better than one made up."""
    for index in range(body - 1, max(-1, body - 3), -1):
        if headline_features(units, metadata, index, body, doubled, twins, echoes) is not None \
                and not names_a_newsroom(units[index]) and not units[index].endswith("."):  # "Herald Reporter", a sentence
            return index
    return None


def _rival_nearer_the_story(units: list[str], metadata: list, best: int, body: int) -> str:
    """A line between the chosen headline and the story that reads as a headline too: about as long or
    longer, not a sentence, holding no date or byline, and followed by a date or byline line or by the story itself (a live blog's entry,
    the real headline under a show's or a feed's name). The choice stops at the first date line, so it
    never scored such a line."""
    words = max(4, word_count(units[best]) - 2)
    for index in range(best + 1, body):
        unit = units[index]
        if metadata[index] or unit == units[best] \
                or not ((index + 1 < len(metadata) and metadata[index + 1]) or index + 1 == body):
            continue
        if words <= word_count(unit) <= _MAX_RIVAL_WORDS and unit[:1].isupper() \
                and not unit.endswith((".", ":", ";", "?", ",")) and not caption_in_head(unit) \
                and not name_line_byline(unit) and not is_role_line(unit) and not _SITE_CHROME.search(unit) \
                and not find_byline(unit) and not find_dates(unit) \
                and not _METADATA_SHAPED.search(unit):
            return unit
    return ""


def first_paragraph(units: list[str], metadata: list) -> int:
    """Index of the first unit that reads as the story's prose (a full sentence of some length)."""
    for index, unit in enumerate(units[:HEAD_WINDOW * 2]):
        words = word_count(unit)
        if metadata[index] or caption_in_head(unit):
            continue
        if ((words >= 15 and unit.rstrip("”\"’)").endswith((".", "!", "?", "…"))) or words >= 40) \
                and not is_site_notice(unit):  # a cookie banner or a paywall's offer is no story
            return index
    return None


def _strong_line_of_a_cut_page(units: list[str], metadata: list, layout: TextLayout, doubled) -> int:
    """A page cut short before any paragraph of prose, whose first line is no headline (a notice): the line with
    strong evidence of being the headline (printed twice, over a byline, a date or a standfirst), flagged."""
    end = min(len(units), HEAD_WINDOW)
    twins, echoes = line_forms(units, end), page_title_echoes(units, end)
    best, best_score = None, _SURE_HEADLINE - 0.01
    for index in range(end - 1):
        features = headline_features(units, metadata, index, end, doubled, twins, echoes)
        if not features or not any(features[name] for name in _STRONG_EVIDENCE + ("then_standfirst",)):
            continue
        score = sum(HEADLINE_WEIGHTS.get(name, 0.0) * value for name, value in features.items())
        if score > best_score:
            best, best_score = index, score
    if best is None:
        return 0
    layout.headline, layout.headline_unsure = units[best], True
    layout.left_out.extend(unit for unit, meta in zip(units[:best], metadata[:best]) if not meta)
    return best + 1


def _first_line_headline(units: list[str], metadata: list, layout: TextLayout) -> int:
    """For a short text with no paragraph of prose to steer by: the first line, or the one after a section label."""
    start = 0
    if len(units) > 1 and word_count(units[0]) <= 2 and not metadata[0] and not metadata[1] \
            and _is_headline_like(units[0]) and _is_headline_like(units[1]) and word_count(units[1]) >= 4:
        start = 1
    if not metadata[start] and _is_headline_like(units[start]) and len(units) > start + 1:
        layout.headline = units[start]
        # no story to steer by: sure only when a byline or a date stands under it
        layout.headline_unsure = not is_byline_or_date(units, metadata, start + 1)
        return start + 1
    return 0


# What makes a line the headline, and how much. bench/train_headline.py fits the same features by
# logistic regression on the development part; the fitted weights did no better on the test part.
HEADLINE_WEIGHTS = {
    "bias": 1.0, "length_5_to_22": 1.0, "length_4": 0.5, "length_3": -0.5, "length_2": -1.0,
    "printed_twice_in_a_row": -1.0, "standfirst_under_headline": -1.5, "sentence": -2.0, "repeated_below": 3.0,
    "then_standfirst_and_byline": 2.5, "then_byline_or_date": 2.0, "then_picture": 1.5, "then_standfirst": 1.5,
    "byline_soon_after": 1.0, "site_name": -1.5, "run_together": -1.0,
}


def _headline_score(units: list[str], metadata: list, index: int, body: int, doubled: set[str], twins=None,
                    echoes=None) -> float:
    """How much a unit looks like the headline, from its shape and from what follows it (0: it is not)."""
    features = headline_features(units, metadata, index, body, doubled, twins, echoes)
    if features is None:
        return 0.0
    return sum(HEADLINE_WEIGHTS.get(name, 0.0) * value for name, value in features.items())


@functools.lru_cache(maxsize=4096)  # each candidate's words are looked for in the lines around it, folded anew each time
def _folded(line: str) -> str:
    return line.casefold()


def line_forms(units: list[str], body: int) -> dict[str, set[str]]:
    """The lines above the story by their words without a closing full stop: an alt text and its caption meet."""
    forms: dict[str, set[str]] = {}
    for unit in units[: body + 1]:
        forms.setdefault(_folded(unit).rstrip("."), set()).add(unit)
    return forms


def _story_sentence_again(unit: str, other: str, at: int, body: int) -> bool:
    """``other``, in the story, is ``unit`` closed by a full stop: the story's sentence that a summary above it
    repeats (a standfirst's bullet point), not the headline printed again."""
    return at >= body and other.endswith(".") and len(other) <= len(unit) + 2


# A syndicated story's source in brackets, then nothing or the source's name again: "(WIRE- Harbour Times) Harbour
# Times". Aggregators print it where the headline would stand; it credits the source, as a dateline's agency does.
_SOURCE_TAG_LINE = re.compile(r"^\((?P<source>[^()]{2,60})\)\s*(?P<rest>[^()]*)$")


def _is_source_tag_line(unit: str) -> bool:
    match = _SOURCE_TAG_LINE.match(unit) if unit.startswith("(") else None
    if not match:
        return False
    rest = match["rest"].strip().casefold()
    return not rest or (word_count(rest) <= 5 and rest in match["source"].casefold())


# A caption with its credit's label inside: "1 Crews at the scene Credit: Harbour Press: Jane Doe" (a credit
# with a colon of its own, or a gallery's counter, that the credit reader does not split).
_CREDIT_LABEL = re.compile(r"\s(?:(?:image|photo|picture)\s+)?credits?\s*:\s*\S", re.IGNORECASE)


def _has_credit_label(unit: str) -> bool:
    return ("redit" in unit or "REDIT" in unit) and bool(_CREDIT_LABEL.search(unit))


_ROLE_BREAK = re.compile(r"[,|()•·∙]|\s[–—-]\s")
_MAX_AGENCY_AND_PLACE_WORDS = 7


def _agency_and_place(unit: str) -> bool:
    """A wire's name with the dateline's place, a known one in one or two words: "Press Trust of India Belagavi"
    ("Harbour News Summary" is a digest's title)."""
    words = unit.split()
    if len(words) > _MAX_AGENCY_AND_PLACE_WORDS or not all(word[:1].isupper() or word in ("of", "the") for word in words):
        return False
    return any(is_agency(" ".join(words[:cut])) and gazetteer.lookup(" ".join(words[cut:])) is not None
               for cut in range(max(2, len(words) - 2), len(words)))


# "Lima, Perú", "Manila, Philippines": a known place and its country or region, the place a story was filed from.
_PLACE_AND_REGION = re.compile(r"^(?P<place>[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*)?),\s[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*)?$")
# Two sentences in one line, the first closed by a full stop: "... neu starten wollen. Der letzte Anlauf ..."
_SENTENCE_THEN_SENTENCE = re.compile(r"[a-zà-ÿ]{2}\.\s+[A-ZÀ-Þ]")
_MIN_TWO_SENTENCE_WORDS = 16


def _place_line(unit: str) -> bool:
    match = _PLACE_AND_REGION.match(unit)
    return bool(match) and unit[:1].isupper() and gazetteer.lookup(match["place"]) is not None


def _agency_and_desk(unit: str) -> bool:
    """"NTB utenriks", "AFP world": a wire's name and its desk in small letters, no headline."""
    words = unit.split()
    return 2 <= len(words) <= 3 and is_agency(words[0]) and all(word.islower() for word in words[1:])


def _name_with_role(unit: str):
    """A name with a role or agency (name_line_byline), unless words that are no role stand between the name read
    and the role's break: "Harbour FM Hires In UK, Presenters After Exits" is a headline, not "Harbour FM Hires"."""
    byline = name_line_byline(unit)
    if byline and byline.authors and unit.casefold().startswith(byline.authors[0].casefold()):
        between = _ROLE_BREAK.split(unit[len(byline.authors[0]):], maxsplit=1)[0].strip()
        if between[:1].isalpha() and not is_role_line(between) and not between.casefold().startswith(("and ", "with ")):
            return None
    return byline


def page_title_echoes(units: list[str], body: int) -> tuple[set[int], set[int]]:
    """The page's title ("Strong quake hits coast | Daily Times") and the headline it repeats ("Strong quake hits
    coast") on a line of its own above the story: (indexes of titles, indexes of the headlines they echo)."""
    head = units[: min(body, HEAD_WINDOW)]
    plain: dict[str, int] = {}
    for index, unit in enumerate(head):
        plain.setdefault(_folded(unit), index)
    titles, echoed = set(), set()
    for index, unit in enumerate(head):
        site = _SITE_SUFFIX.search(unit)
        match = plain.get(unit[: site.start()].strip().casefold()) if site and word_count(site["site"]) <= 5 else None
        if match is None:  # the site's name first: "Daily Times - Strong quake hits coast"
            site = _SITE_PREFIX.match(unit)
            match = plain.get(unit[site.end():].strip().casefold()) if site else None
        if match is not None and match != index:
            titles.add(index)
            echoed.add(match)
    return titles, echoed


def _is_cut_copy(unit: str, units: list[str], body: int) -> bool:
    """A line ending in an ellipsis whose words stand, whole, in another line above the story: a cut copy."""
    cut = _CUT_OFF.search(unit)
    if not cut:
        return False
    stem = unit[: cut.start()].casefold()
    tail = " ".join(stem.split()[-6:])  # its last words: a breadcrumb may be glued to its start
    return len(tail) >= 15 and any(other is not unit and tail in _folded(other) and not _CUT_OFF.search(other)
                                   for other in units[: body + 1])


def headline_features(units: list[str], metadata: list, index: int, body: int, doubled: set[str],
                      twins: dict[str, set[str]] | None = None, echoes=None) -> dict | None:
    """The features of a unit as a headline candidate; None for a unit that cannot be the headline."""
    unit = units[index]
    words = word_count(unit)
    # a quotation opens many headlines: "…", «…», and „…“ as German, Polish, Czech and Icelandic pages print it
    opening = _BRACKET_TAG.sub("", unit).lstrip("'\"‘“„«¿¡(")[:1]
    titles, echoed = page_title_echoes(units, body) if echoes is None else echoes
    if index in titles:
        return None  # the page's title: the headline stands on its own line too
    # a capital, a digit, or a letter of a script without capitals (Arabic, Hebrew, Devanagari...)
    if metadata[index] or not 2 <= words <= 30 or len(unit) > 250 or not (
            opening.isdigit() or (opening.isalpha() and not opening.islower())):
        return None
    if _METADATA_SHAPED.search(unit) or _OTHER_STORY_LINK.match(unit) or _is_cut_copy(unit, units, body):
        return None
    # "A man is arrested /": a caption whose credit after the slash the page left empty
    if split_credit(unit) or source_url_of(unit) or _name_with_role(unit) or names_line(unit) or unit.endswith((":", ";", " /")) \
            or _SITE_CHROME.search(unit) or is_site_control(unit) or is_site_notice(unit) or _is_source_tag_line(unit) \
            or _has_credit_label(unit) or name_and_site(unit) or is_bare_kicker(unit):
        return None
    if index + 1 < len(metadata) and metadata[index + 1] and _agency_and_place(unit):
        return None  # "Harbour Press Agency Seaville" over the date: the wire and the dateline's place
    if _place_line(unit) or _agency_and_desk(unit):
        return None  # "Lima, Perú": where the story was filed; "NTB utenriks": the wire's desk
    if words >= _MIN_TWO_SENTENCE_WORDS and _SENTENCE_THEN_SENTENCE.search(unit):
        return None  # a standfirst of two sentences, not a headline
    if _SEPARATORS.search(unit) and name_beside_metadata(unit):
        return None  # "Jane Doe · 5 min read": the writer beside the date
    if len(_SEPARATORS.findall(unit)) >= 2 or _BREADCRUMB.search(_GUILLEMET_QUOTE.sub("", unit)) \
            or len(_REAL_WORD.findall(unit)) < 2 \
            or is_role_line(unit) or in_an_author_box(units, index):
        return None  # a breadcrumb, "27.1 C", "Political reporter", "Jane Doe" over "Senior Editor"
    key = _folded(unit).rstrip(".,")
    nearby = units[index + 1 : index + 3]
    if len(nearby) == 2 and nearby[0].endswith((".", "!", "?")) and word_count(nearby[0]) >= 8:
        nearby = nearby[:1]  # a standfirst stands between: the picture under it may repeat the headline as its caption
    title_echo = index in echoed
    if not title_echo and (any(key in _folded(other) and is_caption_line(units, position)
                               for position, other in enumerate(nearby, start=index + 1)) or (
            nearby and len(nearby[0]) > len(unit) and _folded(nearby[0]).startswith(key)
            and not metadata[index + 1] and index + 1 != body)):  # printed again with its date, or run into the story
        return None  # a picture's alt text above its caption
    if not title_echo and index + 1 < len(units) and is_credit_only(units[index + 1]) and not (
            index == 0 and headline_shaped(unit) and not unit.endswith(("!", "?"))):
        return None  # a caption above its credit; the page's first line over one is its headline, the picture uncaptioned
    twins = line_forms(units, body) if twins is None else twins
    if any(other != unit for other in twins.get(key, ())):
        return None  # a picture's alt text and its caption: the same words, once with a full stop
    features = {
        "bias": 1.0,
        "length_5_to_22": float(5 <= words <= 22), "length_4": float(words == 4), "length_3": float(words == 3),
        "length_2": float(words < 3),
        "printed_twice_in_a_row": float(unit in doubled),
        "standfirst_under_headline": float(
            index > 0 and words >= 12 and headline_shaped(units[index - 1]) and word_count(units[index - 1]) < words
            and index + 1 < len(units) and is_byline_or_date(units, metadata, index + 1)),
        "sentence": float(unit.endswith(".")),
        "repeated_below": float(title_echo or printed_twice_over_the_byline(units, metadata, index, doubled) or (
            words >= 4 and unit not in doubled and any(
                other is not unit and _folded(other).startswith(key) and not _story_sentence_again(unit, other, at, body)
                for at, other in enumerate(units[: body + 3])))),
        "then_standfirst_and_byline": 0.0, "then_byline_or_date": 0.0, "then_picture": 0.0, "then_standfirst": 0.0,
        "byline_soon_after": 0.0,
        # for the learned weights only (0 in the hand-set ones)
        "after_a_date_line": float(index > 0 and bool(metadata[index - 1])),
        "first_candidate_line": float(index == 0),
        "near_the_story": float(body - index <= 3),
        "capitals": float(unit.isupper()),
        "has_digits": float(any(c.isdigit() for c in unit)),
        "has_colon": float(":" in unit),
        "long": float(words > 22),
        "site_name": float(is_site_name(unit)),  # a masthead, or a digest's title ("Daily News Briefs")
        "run_together": float(words_run_together(unit)),  # a menu, or a label glued to a date
    }
    following = index + 1
    if following < len(units):
        # a line printed twice is a headline or a caption, never the standfirst under a headline
        standfirst = following < body and is_standfirst_shape(units[following]) and units[following] not in doubled \
            and word_count(units[following]) >= max(15, words * 1.5)
        # a headline in capitals over a shorter subtitle in small letters, which the byline or date follows
        subtitle = following < body and words >= 4 and unit.isupper() and not units[following].isupper() \
            and is_standfirst_shape(units[following]) and units[following] not in doubled
        if (standfirst or subtitle) and following + 1 < len(units) \
                and is_byline_or_date(units, metadata, following + 1):
            features["then_standfirst_and_byline"] = 1.0
        elif is_byline_or_date(units, metadata, following):
            features["then_byline_or_date"] = 1.0
        elif is_caption_line(units, following):
            features["then_picture"] = 1.0
        elif standfirst:
            features["then_standfirst"] = 1.0
        elif any(metadata[i] or name_line_byline(units[i]) for i in range(following + 1, min(following + 3, len(units)))):
            features["byline_soon_after"] = 1.0
    return features


def _is_headline_like(unit: str) -> bool:
    words = unit.split()
    return (
        0 < len(words) <= _MAX_HEADLINE_WORDS
        and len(unit) <= 200
        and not unit.endswith((".", ":", ";", ","))
        and not unit[0].islower()
        and not split_credit(unit)
        and not source_url_of(unit)
    )
