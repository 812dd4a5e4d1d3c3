"""Choosing the headline among the lines above the story's first paragraph.

Pages put navigation, section labels, kickers and other stories' teasers above
the headline; the choice scores each line by its shape and by what follows it
(the features and their weights: parsing_headline_features.py). What is the
site's in any language (controls, mastheads, notices, a kicker or the site's
name glued to the headline) is told in parsing_page_chrome.py. A choice made
among lines that look alike, or from a weak source, is flagged for the editor.
"""

import re
from dataclasses import replace

from .byline_name_lines import name_line_byline, writer_of_outlet
from .byline_vocabulary import is_agency, is_role_line, names_a_newsroom
from .bylines import find_byline
from .credits import split_credit
from .dates import find_dates
from .parsing_cleanup import source_url_of
from .scanning import reading_words, word_count
from .parsing_headline_features import (
    HEAD_WINDOW, HEADLINE_WEIGHTS, METADATA_SHAPED, SCRIPT_FULL_STOPS, SITE_CHROME, folded, headline_features, headline_score,
    line_forms,
    page_title_echoes,
)
from .parsing_layout import TextLayout
from .parsing_page_chrome import (
    breadcrumb_over_its_headline, headline_run_into_dateline, is_digest_title, is_site_name,
    join_split_headlines, opens_with_dateline, printed_twice_in_one_line, site_name_after, source_named_below,
    title_over_its_headline, without_badge, without_columnist, without_kicker, without_section_labels,
    without_status_stamp, words_run_together,
)
from .parsing_site_controls import is_site_control
from .parsing_lines import (
    MAX_STANDFIRST_WORDS, caption_in_head, headline_shaped, is_byline_or_date, is_caption_line, person_alone,
)
from .site_notices import is_site_notice

_MAX_HEADLINE_WORDS = 25
_SURE_HEADLINE = 3.0  # a score below this, or a close second, is flagged to the editor
_PLAIN_HEADLINE = 2.0  # a headline-length line and nothing more
_MAX_RIVAL_WORDS = 35  # a transcript lists its segments in one headline
_DATE_AFTER_HEADLINE = re.compile(r"\s*[\[(]([^\[\]()]{6,30})[\])]\s*$"  # "Headline [01/11/2015]"
                                  r"|\s+[|–—]\s+(\d[^|–—]{5,25})$")  # a digest's "Headline – 02 Feb 2023"


_PAGE_LABEL_MAX_WORDS = 8


def is_page_label(unit: str) -> bool:
    """A short line the site prints about the page, never its headline nor the story's first words: a sidebar
    widget's heading ("Latest Posts"), the kind of page ("Photo Release"), a section or source label."""
    return word_count(unit) <= _PAGE_LABEL_MAX_WORDS and bool(SITE_CHROME.search(unit))


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
    if body is None and masthead_over_the_time(units, metadata):
        return _strong_line_of_a_cut_page(units, metadata, layout, doubled) or _first_line_headline(units, metadata, layout)
    if body is None:
        return _first_line_headline(units, metadata, layout) or _strong_line_of_a_cut_page(units, metadata, layout, doubled)
    twins, echoes = line_forms(units, body), page_title_echoes(units, body)
    scores = [headline_score(units, metadata, i, body, doubled, twins, echoes) for i in range(min(body, HEAD_WINDOW))]
    every_score = scores
    # The headline stands above the byline and date: below them come pictures, captions and the story.
    for end, meta in enumerate(metadata[: len(scores)]):
        if meta and any(scores[:end]) and not _under_the_site_name(units, metadata, scores, end):
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
        # the page opens with its standfirst, then the headline; or with its lead, then a crosshead or another
        # story's line, on a page that prints no headline: the shapes cannot tell, so the line is only proposed
        layout.headline, layout.headline_unsure, layout.headline_proposed = units[1], True, True
        layout.standfirst = layout.standfirst or units[0]
        return 2
    if best is None:
        best = _short_line_above_the_story(units, metadata, body, doubled, twins, echoes)
        best_score = 0.0  # a two-word line: the headline's shape, too short to score, so flagged
    if best is None:
        best = _lone_first_line(units, metadata, body)
        best_score = 0.0  # the text's opening line, nothing else to judge it by: flagged
    if best is None:
        best, body = _headline_below_a_notice(units, metadata, body, doubled)
        below_a_notice = best is not None
        if best is None:
            return 0
        scores = every_score = [0.0] * body
    if best is not None and (copy := _same_line_over_a_standfirst(units, best, every_score)) is not None:
        best = copy  # the headline printed again under its standfirst (the picture's alt text): the first copy
    # a subtitle under the headline, which the byline follows, scores above it: the headline is the longer line
    # above it that scores as a headline too (flagged below, as any headline with a headline-length line above)
    if 0 < best < len(every_score) and every_score[best - 1] >= _PLAIN_HEADLINE and not other_story \
            and word_count(units[best - 1]) >= max(4, word_count(units[best])) \
            and not folded(units[best - 1]).endswith(folded(units[best])) and not words_run_together(units[best - 1]) \
            and not _printed_again_below(units, best, body):  # a line the page prints twice is no subtitle
        best -= 1  # (a line ending with the chosen one repeats it after a breadcrumb: "Home News <headline>")
    digest = best > 0 and not metadata[best - 1] and is_digest_title(units[best - 1]) and _second_item(units, body)
    if digest:  # "News highlights" over its items' headlines and paragraphs: the digest's title is the headline
        best -= 1
    layout.headline = units[best]
    # the story's first line opens with the headline's words: the headline run into it ("... Deutschland Warum"),
    # or a kicker over the headline that repeats its first words ("... Deutschland! Warum"): either way a guess
    run_into_story = best + 1 == body and folded(units[body]).startswith(folded(units[best])) \
        and not folded(units[body])[len(folded(units[best])):][:1].isalnum()
    if run_into_story and folded(units[body]).startswith(folded(units[best]) + " "):
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
    elif source_named_below(layout.headline, units[best + 1 :]) != layout.headline:
        layout.headline = source_named_below(layout.headline, units[best + 1 :])  # an aggregator's source, named again
    elif best + 1 < body and (title_over_its_headline(layout.headline, units[best + 1])
                              or breadcrumb_over_its_headline(layout.headline, units[best + 1])):
        best += 1  # "Night buses extended - Metro24|7" over "Night buses extended": the page's title, then its headline
        layout.headline = units[best]
    layout.headline = without_badge(without_kicker(layout.headline))  # "EXCLUSIVE | ...", "... Featured"
    layout.headline = without_status_stamp(layout.headline)  # "Stand: 10.06.2022 21:00 Uhr ..."
    layout.headline = without_section_labels(layout.headline)  # "NATIONAL: SPACE / SATELLITES: ..."
    layout.headline = without_columnist(layout.headline, units[best + 1 :])  # "Moore / Tax the rich"
    numbered = _LIST_NUMBER.match(layout.headline) if layout.headline[:1].isdigit() else None
    if numbered and word_count(layout.headline[numbered.end():]) >= 4:  # "1. Mayor quits ...": a list's number
        layout.headline = layout.headline[numbered.end():]
    glued = find_byline(units[best])
    if glued and glued.start > 0 and glued.authors and headline_shaped(units[best][: glued.start].strip()):
        layout.headline = units[best][: glued.start].strip()  # "... noticed By BARRY WILNER, AP Football Writer"
        layout.byline, layout.byline_rule = glued, "by"
    dated = _DATE_AFTER_HEADLINE.search(layout.headline)
    found = find_dates(dated.group(1) or dated.group(2), day_first) if dated else []
    head = layout.headline[: dated.start()] if dated else ""
    # a date after a bar stays in a digest's title ("Daily news digest | 29 December 2012"): only a numbered
    # digest item's ("10 things to know – 02 Feb 2023") is the item's date
    numbered_item = dated and dated.group(2) and head[:1].isdigit() and 3 <= word_count(head) <= 22
    if found and ((dated.group(1) and headline_shaped(head)) or numbered_item):
        layout.headline = layout.headline[: dated.start()]  # "... sweeping Middle East [01/11/2015]"
        layout.dates.append(replace(found[0], start=0, end=0))
    runner_up = max((score for index, score in enumerate(scores) if index != best), default=0.0)
    # The only candidate, right above the story, is the headline even with a plain shape.
    alone = runner_up == 0.0 and best == body - 1 and best_score >= _PLAIN_HEADLINE
    # a headline-length line right above the one chosen: the headline over a short subtitle that the byline
    # follows, or over a picture's alt text; the shapes cannot tell (a menu run together is no such line)
    headline_above = 0 < best < len(every_score) and every_score[best - 1] >= _PLAIN_HEADLINE \
        and word_count(units[best - 1]) >= 4 and folded(units[best - 1]) != folded(units[best]) \
        and not words_run_together(units[best - 1])
    # (a headline run into the story's first line: where it ends is a guess, the line may be the headline itself)
    # a Chinese or Japanese headline: the shapes' weights were set on spaced scripts, so the choice is shown
    unspaced = reading_words(layout.headline) != word_count(layout.headline)
    layout.headline_unsure = bool(other_story) or digest or below_a_notice or named_after or headline_above \
        or run_into_story or unspaced or (
        not alone and not _sure_as_printed_twice(units, scores, best, best_score)
        and (best_score < _SURE_HEADLINE or runner_up > best_score - 0.5))
    layout.headline_rival = _rival_nearer_the_story(units, metadata, best, body)
    layout.left_out.extend(unit for unit, meta in zip(units[:best], metadata[:best]) if not meta)
    return best + 1


# A list's number before the headline, as pages numbering their stories print it ("1. Mayor quits"); not a name's
# ("1. FC Harbour": an initialism follows).
_LIST_NUMBER = re.compile(r"^\d{1,2}\.\s+(?=[A-Z][a-z])")
_MAX_ITEM_HEADLINE_WORDS = 15


_TWIN_MIN_SCORE = 1.0  # a headline-length line printed twice in a row (-1), nothing else against it


def _sure_as_printed_twice(units: list[str], scores: list[float], best: int, best_score: float) -> bool:
    """The chosen line printed again right above or below it (the page's title over its heading) and no other line
    scoring within half a point of it: its copy is no rival, and a line the page prints twice is no weak choice
    (development part and blind replays of s13-s15: such headlines were right but for one page, already flagged)."""
    key = folded(units[best])
    if best_score < _TWIN_MIN_SCORE or not any(folded(units[i]) == key for i in (best - 1, best + 1) if 0 <= i < len(scores)):
        return False
    others = (score for i, score in enumerate(scores) if i != best and folded(units[i]) != key)
    return max(others, default=0.0) <= best_score - 0.5


def _printed_again_below(units: list[str], index: int, body: int) -> bool:
    """The line stands again further down the head of the page ("Headline", its date, "Headline" again)."""
    key = folded(units[index])
    return any(folded(unit) == key for unit in units[index + 1 : min(body, HEAD_WINDOW)])


def _same_line_over_a_standfirst(units: list[str], index: int, scores: list[float]) -> int | None:
    """The chosen line printed two lines up as well, a longer line between ("Ready For The Show", the standfirst,
    "Ready For The Show" as the picture's alt text): the first copy, shaped as a headline, is the headline."""
    above, key = index - 2, folded(units[index])
    if above < 0 or folded(units[above]) != key or scores[above] <= 0:
        return None
    between = units[index - 1]  # not a breadcrumb ending with the headline ("Home National <headline>")
    return above if word_count(between) > word_count(units[index]) and key not in folded(between) else None


def _second_item(units: list[str], body: int) -> bool:
    """Under the first paragraph, another short headline-shaped line over a paragraph: a digest's next item."""
    if body + 2 >= len(units):
        return False
    title, paragraph = units[body + 1], units[body + 2]
    return 3 <= word_count(title) <= _MAX_ITEM_HEADLINE_WORDS and title[:1].isupper() \
        and not title.endswith((".", "!", "?", ":", ";")) and word_count(paragraph) >= _MAX_ITEM_HEADLINE_WORDS


def _under_the_site_name(units: list[str], metadata: list, scores: list[float], end: int) -> bool:
    """The date line at ``end`` stands under the site's name alone ("Harbour Online" / "12/6/2023") and a headline
    further down has its own date under it: the first is the masthead's date of the day, not the story's, so it
    does not end the lines the headline is among."""
    return all(not score or is_site_name(unit) for unit, score in zip(units[:end], scores[:end])) and any(
        metadata[below] and not metadata[below - 1] and scores[below - 1] >= _PLAIN_HEADLINE
        for below in range(end + 2, len(scores)))


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
    if following is None and not SITE_CHROME.search(units[body]):
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


_LONE_FIRST_LINE_WORDS = (4, _MAX_HEADLINE_WORDS)
_TWO_SENTENCES = re.compile(r"[.!?] [A-Z]")  # a standfirst of two sentences, no headline


def _lone_first_line(units, metadata, body) -> int | None:
    """A text that opens with one headline-length line, the story right under it (its copy in another case
    between them at most: "Storm Closes Port" over "Storm closes port"): the line is the headline, not a made-up
    one taken from it. Nothing above it to judge it by, so flagged."""
    if body not in (1, 2) or metadata[0] or (body == 2 and folded(units[1]) != folded(units[0])):
        return None
    line = units[0]
    low, high = _LONE_FIRST_LINE_WORDS
    if not low <= word_count(line) <= high or sum(word[:1].isalpha() for word in line.split()) < low or not (line[:1].isupper() or line[:1].isdigit() or not line[:1].isalnum()) \
            or line.endswith((":", ",", ";", ".", ")")) or line.startswith("(") or SITE_CHROME.search(line) \
            or names_a_newsroom(line) or METADATA_SHAPED.search(line) \
            or caption_in_head(line) or getattr(split_credit(line), "credit", "") \
            or find_byline(line) or find_dates(line) or _TWO_SENTENCES.search(line) \
            or is_site_notice(line) or is_site_control(line) or person_alone(line, units[body:]):
        return None  # (a name alone over the story: the picture's caption, or the writer's)
    return 0


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
                and not name_line_byline(unit) and not writer_of_outlet(unit) and not is_role_line(unit) \
                and not SITE_CHROME.search(unit) \
                and not find_byline(unit) and not find_dates(unit) \
                and not METADATA_SHAPED.search(unit):
            return unit
    return ""


def first_paragraph(units: list[str], metadata: list) -> int:
    """Index of the first unit that reads as the story's prose (a full sentence of some length)."""
    for index, unit in enumerate(units[:HEAD_WINDOW * 2]):
        words = reading_words(unit)
        if metadata[index] or caption_in_head(unit):
            continue
        # ... the danda ends a sentence in Bengali and Hindi ("... তদারক করেছে উপজেলা প্রশাসন।"), "。" in Chinese
        if ((words >= 15 and unit.rstrip("”\"’)」』").endswith((".", "!", "?", "…", "।", "！", "？") + SCRIPT_FULL_STOPS))
                or words >= 40) \
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


_MASTHEAD_WORDS = 4
_MASTHEAD_CLOCK = re.compile(r"\b(?:[01]?\d|2[0-3])[:h][0-5]\d\b")


def masthead_over_the_time(units: list[str], metadata: list) -> bool:
    """A page cut before its story that opens with a short name over a date and a clock time ("Radio Harbour" /
    "Seaville 28 de noviembre de 2024, 20:54"): the site's name over the time it served the page, not a headline
    over its date."""
    return len(units) > 2 and word_count(units[0]) <= _MASTHEAD_WORDS and not metadata[0] and bool(metadata[1]) \
        and not metadata[1].byline and bool(metadata[1].dates) and _MASTHEAD_CLOCK.search(units[1]) is not None


def _first_line_headline(units: list[str], metadata: list, layout: TextLayout) -> int:
    """For a short text with no paragraph of prose to steer by: the first line, or the one after a section label."""
    start = 0
    while start + 1 < len(units) and not metadata[start] and is_site_control(units[start]):
        start += 1  # a gallery's counter ("Photo 2 of 4"), a sign-in link: the site's, over the headline
    if len(units) > start + 1 and reading_words(units[start]) <= 2 and not metadata[start] and not metadata[start + 1] \
            and _is_headline_like(units[start]) and _is_headline_like(units[start + 1]) \
            and reading_words(units[start + 1]) >= 4:
        start += 1
    if not metadata[start] and _is_headline_like(units[start]) and len(units) > start + 1:
        layout.headline = units[start]
        # no story to steer by: sure only when a byline or a date stands under it
        layout.headline_unsure = not is_byline_or_date(units, metadata, start + 1)
        return start + 1
    return 0


def _is_headline_like(unit: str) -> bool:
    words = unit.split()
    return (
        0 < len(words) <= _MAX_HEADLINE_WORDS
        and len(unit) <= 200
        and not unit.endswith((".", ":", ";", ","))
        and not unit[0].islower()
        and not split_credit(unit)
        and not source_url_of(unit)
        and not opens_with_dateline(unit)  # "SEAVILLE — The port closed on ...": the story's first line, wrapped
    )
