"""The warnings a parsed article carries for the editor: where its headline, byline, image credit or
date may be wrong (a headline's shape or its later year, a byline found by shape alone or running into the
story, an author that is not a name's shape, a credit holding more than the credit or left in the story, a
date without a zone, read either way round, or printed far into the story)."""

import re
from datetime import datetime, tzinfo

from .byline_names import looks_like_name
from .byline_vocabulary import names_a_newsroom
from .bylines import find_byline
from .credit_lines import credit_in_prose
from .credit_vocabulary import is_credit_agency
from .date_order import OrderGuess, reads_day_first
from .parsed_article import GUESSED, ParsedArticle
from .parsing_layout import TextLayout
from .scanning import word_count

# Lines into the story beyond which an unlabelled date, the only one read, may be another story's (a list of
# related stories or a live blog's entries), a picture's or a reproduced page's, rather than this article's.
_DISTANT_DATE_LINES = 3


def warn_about_a_distant_date(article: ParsedArticle, layout: TextLayout, chosen) -> None:
    line = next((index for index, meta in enumerate(layout.metadata) if meta and any(
        found.start == chosen.start and found.value.date() == chosen.value.date() for found in meta.dates)), None)
    if line is None or not layout.body_start or line < layout.body_start + _DISTANT_DATE_LINES:
        return
    article.warnings.append(f"The publication date was read from “{chosen.printed[:60]}”, printed with no label "
                            "several lines into the story, where pages print other stories' dates; it may not be "
                            "this article's. Please check it.")
    mark_a_distant_date_guessed(article, layout, line)


def mark_a_distant_date_guessed(article: ParsedArticle, layout: TextLayout, line: int) -> None:
    """A date warned about as printed deep in the story, with more of the page after it (a related story's, a live
    entry's), is only a guess: marked so, the editor's preview and the article's record say the date is unsure, as
    they say for a date over the headline. A date on the page's last line closes the story and stays parsed."""
    if line < len(layout.units) - 1:
        article.published_source = GUESSED


# Bylines found by shape alone, without a "By" or an author label: where the editor should look.
WEAK_BYLINE_RULES = {
    "name and role": "a line holding a name and a role, without “By”",
    "name alone": "a name standing alone near the headline, without “By”",
    "name above headline": "a name standing above the headline, over a role or a time, without “By”",
    "by, into the story": "a “By” and a name that run on into the story's first sentence",
    "name into the dateline": "a name run into the story's dateline (“Name Place: …”), without “By”",
}
# Words that open a sentence and never end a name: "By Jane Doe As technology advances, ..." ran into the story.
_SENTENCE_OPENERS = frozenset("as the a an in on at it its this these for when after while with".split())


def warn_about_byline_into_prose(article: ParsedArticle) -> None:
    last_word = article.authors[-1].split()[-1] if article.authors and article.authors[-1].split() else ""
    if last_word.lower() in _SENTENCE_OPENERS:
        article.warnings.append(f"The byline may run into the story's first sentence: its last author was read "
                                f"as “{article.authors[-1]}”. Please check it.")


def warn_about_author_shape(article: ParsedArticle) -> ParsedArticle:
    """An author of several words that is not two to six capitalised words, initials or particles (the shape
    the byline rules read names by), or that holds a role's or a newsroom's word ("Ana Ruiz Senior Reporter"):
    the byline may have taken in a role, a desk, a place or the story's words."""
    for author in article.authors:
        if any(f"“{author[:80]}”" in warning for warning in article.warnings):
            continue  # already named in a warning
        if names_a_newsroom(author):
            why = "holds a role's or a newsroom's word"
        elif len(author.split()) >= 2 and _LATIN_LETTER.search(author) and not looks_like_name(author):
            why = "does not have a name's shape"
        else:
            continue
        article.warnings.append(f"The author “{author[:80]}” read from the byline {why}; the byline may hold a "
                                "role, a desk, a place or words of the story. Please check it.")
        break
    return article


_LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F]")

# A page of several stories (a digest, an archive, a listing) prints each story's "By" line: two or more naming people
# other than the byline read, and the byline may be one story's of several, or the page none of its own.
_OTHER_STORIES_BYLINES = 2
_MAX_BYLINE_LINE = 200


def warn_about_other_stories_bylines(article: ParsedArticle, lines: list[str]) -> None:
    """The byline read names people while two or more other "By" lines of the page name others."""
    if not article.authors:
        return
    ours = {author.casefold() for author in article.authors}
    others = set()
    for line in lines:
        found = find_byline(line.strip()) if len(line) <= _MAX_BYLINE_LINE and ("By" in line or "BY" in line) else None
        if found and found.authors and not ours & {author.casefold() for author in found.authors}:
            others.add(tuple(found.authors))
    if len(others) >= _OTHER_STORIES_BYLINES:
        named = ", ".join(authors[0] for authors in sorted(others)[:3])
        article.warnings.append(f"The page holds other stories' bylines too ({named}); the byline "
                                f"“{article.byline[:80]}” may be one story's of several. Please check it.")


def warn_about_agency_only_byline(article: ParsedArticle, agencies: list[str]) -> None:
    if article.byline and not article.authors:
        named = f" ({', '.join(agencies)})" if agencies else ""
        article.warnings.append(f"The byline names no person{named}; no authors recorded.")


def warn_unzoned(article: ParsedArticle, found, zone: tzinfo | None) -> None:
    """A time without a zone is read in the source's zone; only without one is that a doubt worth a warning
    (with one, the preview says "read in <zone>" beside the date)."""
    if found.has_time and not found.zoned:
        article.unzoned_time = True
        if zone is None:
            article.warnings.append(f"The time “{found.printed}” has no time zone; read as UTC: set the source's "
                                    "time zone if it prints local time.")


def warn_ambiguous(article: ParsedArticle, value: datetime, day_first) -> None:
    article.published_source = GUESSED
    order = "day-first" if reads_day_first(day_first) else "month-first"
    why = " as the source's time zone suggests" if isinstance(day_first, OrderGuess) else ""
    article.warnings.append(
        f"The date could be day/month or month/day; read it {order}{why} as {value:%d %B %Y}. Please check."
    )


# What a line glued together by the page's markup or a kicker leaves in a headline: a section label in capitals
# before a colon ("PACIFIC BRIEFS: ...", "Jane Doe COMMENT: ..."), two words run together ("MagazineFri",
# "HomeNational").
_LABEL_BEFORE_HEADLINE = re.compile(r"^(?:[A-Z][\w'’-]+\s+){0,3}[A-Z]{3,}(?:\s+[A-Z]{3,})*:\s")
_WORDS_RUN_TOGETHER = re.compile(r"[a-z]{4}[A-Z][a-z]")
_LONG_HEADLINE_WORDS = 18
# A full stop after a word ("... the 45th National Assembly."), not after an abbreviation ("until Nov.", "U.S."):
# headlines drop it, a standfirst's sentence or a site's description keeps it.
_SENTENCE_END = re.compile(r"[^\W\d_]*[a-z]{3}\.$")
# Words a site uses of itself, in its name, motto or sections ("Support local journalism", "Longer articles
# about ...", "No time to read the news?"); a headline holding one and sharing no word with the story is the site's.
_SITE_WORDS = re.compile(r"\b(?:news|newspaper|magazine|journalism|headlines|blog|articles|archives?)\b", re.IGNORECASE)
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_STORY_PARAGRAPHS = 5  # where a headline's words come back
# Scripts written without spaces between words, where a headline is one "word".
_UNSPACED_SCRIPT = re.compile(r"[\u0E00-\u0E7F\u3040-\u30FF\u3400-\u9FFF]")


def warn_about_headline_shape(article: ParsedArticle) -> None:
    if article.headline_proposed or any(w.startswith(("The headline", "No headline")) for w in article.warnings):
        return
    headline = article.headline
    label = _LABEL_BEFORE_HEADLINE.match(headline)
    if label:
        why = f"may open with a section label or a kicker (“{label.group(0).strip()}”)"
    elif len(headline.split()) >= _LONG_HEADLINE_WORDS:
        why = "is unusually long; it may run on into the standfirst or the story"
    elif _WORDS_RUN_TOGETHER.search(headline):
        why = f"holds words run together (“{_WORDS_RUN_TOGETHER.search(headline).group(0)}”), as when a page's " \
              "menu or site name is glued to it"
    elif headline.endswith(".") and not headline.endswith("...") and _SENTENCE_END.search(headline):
        why = "ends with a full stop, as a sentence of the standfirst or the story, or a site's description, does"
    elif len(headline.split()) <= 2 and not _UNSPACED_SCRIPT.search(headline):
        why = "has only one or two words, as a section label or a site's name has"
    elif _SITE_WORDS.search(headline) and _shares_no_word(headline, article.paragraphs[:_STORY_PARAGRAPHS]):
        why = f"holds “{_SITE_WORDS.search(headline).group(0)}”, as a site's name or motto does, and shares no " \
              "word with the story; it may not be the article's own"
    elif _later_year(headline, article) and _shares_no_word(headline, article.paragraphs[:_STORY_PARAGRAPHS]):
        why = f"names a later year ({_later_year(headline, article)}) than the article's date and shares no word " \
              "with the story, as a ticker's or a list's headline of another story does"
    elif _foreign_to_the_story(headline, article):
        why = "shares no word with the standfirst or the story's first paragraphs, as a line of the page's own (a " \
              "menu, a counter, a schedule, another story's headline) does"
    else:
        return
    article.warnings.append(f"The headline {why}. Please check it.")


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _later_year(headline: str, article: ParsedArticle) -> str:
    """A year in the headline after the year the article was published (a ticker's headline above an old story)."""
    if article.published is None:
        return ""
    return next((year for year in _YEAR.findall(headline) if int(year) > article.published.year), "")


def _shares_no_word(headline: str, paragraphs: list[str]) -> bool:
    """At least three words of four letters or more beside the site's words, none of them (or its first five
    letters, for "elections" and "election") in these paragraphs."""
    words = {word.casefold() for word in _CONTENT_WORD.findall(headline) if not _SITE_WORDS.fullmatch(word)}
    if len(words) < 3:
        return False
    story = {word.casefold()[:5] for paragraph in paragraphs for word in _CONTENT_WORD.findall(paragraph)}
    return not any(word[:5] in story for word in words)


_MIN_STORY_WORDS = 60  # a story this long repeats some word of its own headline


def _foreign_to_the_story(headline: str, article: ParsedArticle) -> bool:
    """Not one word of four letters or more of the headline (its first five letters) in the standfirst or the
    first paragraphs, which hold at least sixty such words: on outlets the rules have not seen, the line taken is
    then mostly the page's, not the article's headline (blind probes s13-s15: 6 such wrong, 4 right)."""
    words = {word.casefold()[:5] for word in _CONTENT_WORD.findall(headline)}
    if not words or _UNSPACED_SCRIPT.search(headline):
        return False
    story = 0
    for text in [article.standfirst, *article.paragraphs[:_STORY_PARAGRAPHS]]:  # read no further than a shared word
        found = _CONTENT_WORD.findall(text or "")
        if not words.isdisjoint([word.casefold()[:5] for word in found]):
            return False
        story += len(found)
    return story >= _MIN_STORY_WORDS


# A credit is names: a photographer's, an agency's, an outlet's. Running words in lower case are a caption's;
# a number in brackets is a page's counter ("Nation Media Group logo (13)").
_CREDIT_SMALL_WORDS = frozenset("via and the for file photo photos pool courtesy handout supplied screenshot of".split())
_LOWER_CASE_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]{2,}\b")
_COUNTER_IN_BRACKETS = re.compile(r"\(\d+\)")


def warn_about_credit_shape(article: ParsedArticle) -> None:
    credit = article.image_credit
    running = [word for word in _LOWER_CASE_WORD.findall(credit) if word not in _CREDIT_SMALL_WORDS]
    if len(running) >= 3 or _COUNTER_IN_BRACKETS.search(credit):
        article.warnings.append(f"The image credit “{credit[:80]}” may hold more than the credit (part of the "
                                "caption or of the page). Please check it.")


def warn_about_credit_in_prose(article: ParsedArticle, lines_read: list[str] = ()) -> None:
    lines = dict.fromkeys(article.paragraphs + article.left_out + list(lines_read))  # the story's lines are read too
    found = credit_in_prose(list(lines), article.authors)
    if found:
        article.warnings.append(f"No image credit recorded, but the text holds what looks like one (“{found[:60]}”) "
                                "— check it.")


def _credit_key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


_FILE_PICTURE_WORDS = frozenset({"file photo", "file picture", "file pic"})  # the picture's kind, no other credit


def warn_about_a_second_credit(article: ParsedArticle, lines_read: list[str] = ()) -> None:
    """A credit read, but the line it was read from holds another one besides it ("... (Foto: dpa) Foto: Jo Lim",
    "... Jo Lim / Wire Credit: Harbour News"): which is the picture's, and whether the credit read is whole, the
    editor decides. (Another credit elsewhere on the page is mostly another picture's.)"""
    credit = article.image_credit
    line = next((line for line in dict.fromkeys([*lines_read, *article.left_out, *article.paragraphs])
                 if credit in line), "") if len(credit) >= 3 else ""
    before, _, after = line.partition(credit)
    found = credit_in_prose([part for part in (before, after) if len(part.strip()) > 3], article.authors)
    other = _credit_key(found)
    if other and other not in _FILE_PICTURE_WORDS and other not in _credit_key(credit) and _credit_key(credit) not in other:
        article.warnings.append(f"The image credit “{credit[:60]}” was read, but its line holds another "
                                f"(“{found[:60]}”) — check which is the picture's.")


# Words that name a picture or its credit, in the languages of the real-world set: a line near the top holding one,
# with no credit read, is where a credit the rules could not read may stand ("Image d'illustration/ Photo / Crédit
# X", "Foto de Efe ..."), or a picture's source: a screen's still ("Captura", "Screenshot"), a source's label
# ("Sumber :", "Fuente externa"), the words of Chinese, Korean and Japanese captions ("…攝", "사진", "写真"). Notices
# of the site's own rights are no picture.
_PICTURE_WORD = re.compile(r"(?<!\w)(?:photos?|foto(?:s|grafía|grafia|graf|grafie)?|fot\.|image|imagen|immagine|"
                           r"bild(?:rechte)?|picture|pic|credits?|crédits?|crédito|credito|copyright|getty|"
                           r"shutterstock|sursa|kuva|zdjęcie|φωτο\w*|фото\w*|screenshots?|captura|"
                           r"bildschirmfoto|sumber|fuente)(?!\w)|©|攝|摄|圖片|图片|사진|写真", re.IGNORECASE)
_RIGHTS_NOTICE = re.compile(r"rights reserved|reproduc|riservat|unauthori|pic\.twitter|<image>|profile picture",
                            re.IGNORECASE)
_PICTURE_LINE_WORDS = 12  # a caption's or a credit's length; longer lines are the story's


# A website's address alone on its line: "harbourpost.com", "Harbour.GOV" (no spaces, a dot before two to six letters).
_ADDRESS_ALONE = re.compile(r"(?:www\.)?[^\W\d_][\w-]*(?:\.[\w-]+)*\.[^\W\d_]{2,6}")
_NAME_ALONE_LENGTH = 40


def warn_about_an_agency_or_address_alone(article: ParsedArticle, head_lines: list[str]) -> None:
    """Neither a byline nor a credit read, but a wire's or a picture agency's name, or a website's address, stands
    alone on a line near the top ("Reuters", "Harbour.GOV"): such a line is the story's source as often as the lead
    picture's credit, so the rules take it for neither, and the editor is told which line to look at."""
    if article.image_credit or article.authors or article.byline or any("credit" in w for w in article.warnings):
        return
    line = next((line for line in head_lines if line != article.headline and len(line) <= _NAME_ALONE_LENGTH
                 and (is_credit_agency(line) or _ADDRESS_ALONE.fullmatch(line))), None)
    if line:
        article.warnings.append(f"“{line}” stands alone near the top of the page: an agency's or a site's name there is "
                                "the story's source (its byline) or the picture's credit; neither was taken. Please "
                                "check both.")


def warn_about_picture_without_credit(article: ParsedArticle, head_lines: list[str]) -> None:
    """No credit read, but a short line near the top speaks of a picture: the credit may be in a form no rule reads."""
    if article.image_credit or any("credit" in warning for warning in article.warnings):
        return
    line = next((line for line in head_lines if line != article.headline and word_count(line) <= _PICTURE_LINE_WORDS
                 and _PICTURE_WORD.search(line) and not _RIGHTS_NOTICE.search(line)), None)
    if line:
        article.warnings.append(f"No image credit found, though a line near the top speaks of a picture (“{line[:80]}”): "
                                "if the page shows one, check its credit.")
