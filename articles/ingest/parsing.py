"""Turning a raw scraped article (text, HTML page or JSON record) into structured fields.

This module orchestrates; the rules live beside it: dates.py, bylines.py
(with byline_vocabulary.py, byline_names.py, byline_name_lines.py and
credited_reporters.py), credits.py (with credit_vocabulary.py and
credit_lines.py), parsing_text.py (plain-text layout: the head;
parsing_units.py prepares the lines, parsing_metadata_lines.py reads the byline
and date lines, parsing_body.py the story), parsing_headline_choice.py (with
parsing_headline_features.py) and parsing_lines.py (which line is the
headline, a caption, a byline), parsing_html.py (pages), parsing_record.py
(JSON records) and parsing_headline.py.

The parser never invents facts. What it cannot find stays empty and adds a
warning for the editor; the one proposed value is a headline built from the
article's own first sentence, flagged with ``headline_proposed``.
"""

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from . import parsing_record
from .byline_choice import review_byline
from .byline_names import looks_like_name
from .byline_vocabulary import names_a_newsroom
from .bylines import extract_authors, find_byline
from .credited_reporters import credited_reporters
from .credit_lines import credit_in_prose
from .credits import split_credit
from .dates import (
    OrderGuess, choose_publication_date, crawler_date, date_from_url, day_first_hint, find_dates, parse_date_value,
    reads_day_first, weekday_date_without_year,
)
from .jsonlines import json_lines
from .screening import binary_reason
from .parsing_cleanup import normalise_line, normalise_text, split_crawler_date, split_units
from .parsing_feed import feed_records, looks_like_feed
from .parsing_headline import propose_headline
from .parsing_headline_choice import is_page_label
from .parsing_html import fragment_units, looks_like_html, read_page
from .parsing_page_chrome import page_headline
from .parsing_layout import TextLayout
from .parsing_text import analyse_units

GIVEN, PARSED, GUESSED = "given", "parsed", "guessed"


class ParseError(ValueError):
    """A file that cannot be read at all; the message is shown to the editor."""


@dataclass
class ParsedArticle:
    headline: str = ""
    headline_proposed: bool = False
    standfirst: str = ""
    published: datetime | None = None
    published_source: str = ""
    published_printed: str = ""  # the date and time as the article printed them
    unzoned_time: bool = False  # its time was printed without a zone, so the source's time zone decides
    byline: str = ""
    authors: list[str] = field(default_factory=list)
    image_caption: str = ""
    image_credit: str = ""
    paragraphs: list[str] = field(default_factory=list)
    source_url: str = ""
    outlet: str = ""
    language: str = ""
    warnings: list[str] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)  # lines read as page furniture, for the editor to see

    @property
    def body_text(self) -> str:
        return "\n\n".join(self.paragraphs)


def source_zone(name: str | None) -> tzinfo | None:
    """The IANA time zone an editor set for the source (its times printed without a zone are local)."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ParseError(f"Unknown time zone {name!r}.") from error


def parse_text(raw: str, source_tz: str | None = None) -> ParsedArticle:
    """Parse a plain-text article (headline, byline/date block, caption, paragraphs).

    ``source_tz`` is the outlet's time zone, for times printed without one.
    """
    zone = source_zone(source_tz)
    text, crawled = split_crawler_date(normalise_text(raw or ""))
    day_first = day_first_hint(text, known=crawled, zone=source_tz or "")
    layout = analyse_units(split_units(text), day_first=day_first)
    if crawled:
        layout.dates.append(crawler_date(crawled))
    article = _finish(_from_layout(layout, day_first, zone), day_first, zone, layout.units)
    review_byline(article, layout)
    _warn_about_author_shape(article)
    return article


def parse_html(raw: str, url: str = "", source_tz: str | None = None) -> ParsedArticle:
    """Parse an HTML page, trusting its own metadata before its visible text."""
    zone = source_zone(source_tz)
    page = read_page(raw or "", url)
    meta = page.metadata
    day_first = day_first_hint("\n".join(page.units), zone=source_tz or "")
    headline = page_headline(meta.headline, page.title, meta.outlet)  # "Storm hits coast | Daily Times": no site name
    layout = analyse_units(page.units, headline=headline, day_first=day_first)
    if not layout.paragraphs and page.article_body:
        layout.paragraphs = analyse_units(split_units(page.article_body), headline=headline).paragraphs
    article = _from_layout(layout, day_first, zone)
    article.headline = headline or article.headline
    article.standfirst = meta.standfirst or layout.standfirst
    if page.byline and not layout.byline:
        _set_byline_from_text(article, page.byline)
    if meta.authors:
        article.authors = meta.authors
    published = meta.published or page.time_datetime
    if published:
        _set_given_date(article, published, day_first, zone)
    elif meta.updated and not article.published:
        _set_given_date(article, meta.updated, day_first, zone)
        article.warnings.append("Only a last-updated date was found; it is used as the publication date.")
    _set_caption(article, meta.image_caption, meta.image_credit)
    _set_caption(article, page.figure_caption, page.figure_credit)
    article.source_url = meta.source_url or article.source_url
    article.outlet = meta.outlet or article.outlet
    article.language = meta.language or article.language
    return _warn_about_author_shape(_finish(article, day_first, zone, layout.units))


def parse_json_record(record: dict, source_tz: str | None = None) -> ParsedArticle:
    """Parse one JSON-lines record; its fields count as given, its body may be text or HTML."""
    zone = source_zone(source_tz)
    if not isinstance(record, dict):
        raise ParseError("Expected a JSON object with article fields.")
    fields = parsing_record.read_record(record)
    cut_short = bool(record.pop(_CUT_SHORT, False))
    body = fields.body
    units = fragment_units(body) if looks_like_html(body) else split_units(normalise_text(body))
    day_first = day_first_hint("\n".join(units), zone=source_tz or "")
    layout = analyse_units(units, headline=fields.headline, day_first=day_first)
    article = _from_layout(layout, day_first, zone)
    article.headline = fields.headline or article.headline
    article.standfirst = fields.standfirst or article.standfirst
    if fields.byline:
        _set_byline_from_text(article, fields.byline)
    if fields.authors:
        article.authors = fields.authors
    if fields.published is not None:
        _set_given_date(article, fields.published, day_first, zone)
    _set_caption(article, fields.image_caption, fields.image_credit, prefer=True)
    article.source_url = fields.url or article.source_url
    article.outlet = fields.outlet or article.outlet
    article.language = fields.language or article.language
    if cut_short:
        article.warnings.append("The saved JSON answer is cut short: this record was read up to where the copy ends.")
    return _warn_about_author_shape(_finish(article, day_first, zone))


def parse_file(name: str, data: bytes, source_tz: str | None = None) -> list[ParsedArticle]:
    """Parse an uploaded file by its extension: .txt/.text, .html/.htm or .jsonl.

    ``source_tz`` (an IANA name) is the outlet's time zone, for times printed without one.
    """
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in {"txt", "text", "html", "htm", "jsonl"}:
        raise ParseError(f"Unsupported file type {'.' + extension if extension else '(no extension)'}: "
                         "upload .txt, .html or .jsonl files.")
    text = decode(data)
    if not text.strip():
        raise ParseError("The file is empty.")
    if extension != "jsonl" and looks_like_feed(text):
        records = feed_records(text)
        if not records:
            raise ParseError("The feed holds no items.")
        return [parse_json_record(record, source_tz) for record in records]
    records = _json_records(text) if extension != "jsonl" and text.lstrip()[:1] in "{[" else None
    if records:
        return [parse_json_record(record, source_tz) for record in records]
    if extension in {"txt", "text"}:
        return [parse_text(text, source_tz)]
    if extension in {"html", "htm"}:
        return [parse_html(text, source_tz=source_tz)]
    return _parse_json_lines(text, source_tz)


# In a page written in Windows-1252 or Latin-1 most letters are still ASCII; past this share of
# non-ASCII characters the bytes are binary data, or text in an encoding the importer cannot tell.
_MOST_NON_ASCII_IN_LATIN_TEXT = 0.3


def decode(data: bytes) -> str:
    """UTF-8 (with or without a byte-order mark), UTF-16 with a BOM, else Windows-1252 (a superset of Latin-1's
    printable characters); ParseError, with the reason, for bytes that are none of them."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ParseError(f"not text: it starts as UTF-16 but byte {error.start} does not decode") from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as error:  # a byte Windows-1252 leaves undefined: no Latin-1 page uses them
        raise ParseError(
            binary_reason(data.decode("latin-1")) or
            f"not text (binary data, or an encoding other than UTF-8, UTF-16 and Latin-1): "
            f"byte {error.start} (0x{data[error.start]:02x}) cannot be read in any of them"
        ) from error
    if _non_ascii_share(text) > _MOST_NON_ASCII_IN_LATIN_TEXT:
        raise ParseError(
            "not text: it is not UTF-8 or UTF-16, and read as Windows-1252/Latin-1 most of its characters "
            "would be symbols or accented letters (binary data, or an encoding the importer cannot tell)"
        )
    return text


def _non_ascii_share(text):
    visible = [c for c in text if not c.isspace()]
    return sum(1 for c in visible if ord(c) > 127) / max(1, len(visible))


def _json_records(text: str) -> list[dict] | None:
    """A saved JSON object, or list of them, read as records; None when the text is not JSON."""
    try:
        data = json.loads(text, strict=False)  # saved API answers carry raw newlines inside strings
    except (ValueError, RecursionError):
        data = _json_cut_short(text)
        if data is None:
            return None
    records = data if isinstance(data, list) else [data]
    records = [record for record in records if isinstance(record, dict)]
    if records and not any(_reads_as_article(record) for record in records):
        records = _nested_articles(data) or records  # {"status": "ok", "data": {"article": {...}}}
    return records or None


_MAX_JSON_DEPTH = 4


def _nested_articles(data, depth: int = 0) -> list[dict]:
    """The records, nested in an API answer's envelope, that carry a title and a body; the first such group."""
    if depth > _MAX_JSON_DEPTH:
        return []
    if isinstance(data, dict):
        if depth and _reads_as_article(data):
            return [data]
        children = list(data.values())
    elif isinstance(data, list):
        found = [item for item in data if isinstance(item, dict) and _reads_as_article(item)]
        if found:
            return found
        children = data
    else:
        return []
    for child in children:
        if isinstance(child, (dict, list)):
            found = _nested_articles(child, depth + 1)
            if found:
                return found
    return []


_JSON_CLOSERS = {"{": "}", "[": "]"}
_CUT_SHORT = "_newsarchive_cut_short"  # marks the record the copy's end cut off


def _json_cut_short(text: str):
    """A saved JSON answer the crawler's copy cut off mid-way ("... the last paragraph</p>"): closed where it
    stops and read, so its title and text are not taken for a page's lines. None when it is not that."""
    stack: list[str] = []
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in _JSON_CLOSERS:
            stack.append(char)
        elif char in "}]":
            if not stack or _JSON_CLOSERS[stack.pop()] != char:
                return None
    if not stack:
        return None  # complete, so not JSON at all (or broken some other way)
    ending = text[:-1] if escaped else text
    ending = ending + '"' if in_string else ending.rstrip().rstrip(",")
    try:
        data = json.loads(ending + "".join(_JSON_CLOSERS[opener] for opener in reversed(stack)), strict=False)
    except (ValueError, RecursionError):
        return None
    records = [record for record in (data if isinstance(data, list) else [data]) if isinstance(record, dict)]
    if not records or not all(_reads_as_article(record) for record in records):
        records = _nested_articles(data)
        if not records:
            return None  # no article in it: its lines are read as text, as before
    records[-1][_CUT_SHORT] = True
    return records


def _reads_as_article(record: dict) -> bool:
    fields = parsing_record.read_record(record)
    return bool(fields.headline and fields.body)


def _parse_json_lines(text: str, source_tz: str | None) -> list[ParsedArticle]:
    """Every record, or a ParseError for the first bad line (the importer takes the good lines: see preview.py)."""
    articles = []
    for number, record, reason in json_lines(text):
        if reason:
            raise ParseError(f"Line {number} is {reason}.")
        try:
            articles.append(parse_json_record(record, source_tz))
        except ParseError as error:
            raise ParseError(f"Line {number}: {error}") from error
    if not articles:
        raise ParseError("The file has no records.")
    return articles


def _from_layout(layout: TextLayout, day_first: bool | None, zone: tzinfo | None) -> ParsedArticle:
    article = ParsedArticle(
        headline=layout.headline, standfirst=layout.standfirst, image_caption=layout.caption,
        image_credit=layout.credit, paragraphs=layout.paragraphs, source_url=layout.source_url,
        outlet=layout.outlet, language=layout.language, left_out=layout.left_out,
    )
    if layout.headline_rival:  # the more precise of the two warnings
        article.warnings.append(f"The headline may be “{layout.headline_rival[:120]}”, printed nearer the story "
                                "than the line chosen. Please check it.")
    elif layout.headline_unsure:
        article.warnings.append("The headline was chosen among several lines at the top of the page. Please check it.")
    if layout.byline:
        article.byline = layout.byline.text
        article.authors = list(layout.byline.authors)
        _warn_about_agency_only_byline(article, layout.byline.agencies)
        if layout.byline_outside_head:
            article.warnings.append(f"Byline taken from “{layout.byline.text[:80]}” after the story, not from a "
                                    "“By” line. Please check.")
        elif layout.byline_rule in _WEAK_BYLINE_RULES:
            article.warnings.append(f"Byline found only in {_WEAK_BYLINE_RULES[layout.byline_rule]} "
                                    f"(“{layout.byline.text[:80]}”) — check it.")
    if layout.credit_agency_alone:
        article.warnings.append(f"The image credit “{layout.credit[:40]}” is an agency's name alone on the line under the "
                                "caption; it may be the story's byline or sign-off. Please check it.")
    if layout.uncredited_picture:
        article.warnings.append(f"No image credit found, though the page shows a picture (“"
                                f"{layout.uncredited_picture[:60]}”, printed as its alt text and caption) — check it.")
    chosen = choose_publication_date(layout.dates)
    if chosen:
        _warn_unzoned(article, chosen, zone)
        chosen = chosen.in_zone(zone)
        article.published, article.published_source = chosen.value, PARSED
        article.published_printed = chosen.printed
        if chosen.ambiguous:
            _warn_ambiguous(article, chosen.value, day_first)
        if chosen.label == "updated":
            article.published_source = GUESSED
            article.warnings.append("Only a last-updated date was found; it is used as the publication date. Please check.")
        elif chosen.label == "crawled":
            article.warnings.append("Only the date the page was crawled was found; its time is not known.")
        elif chosen.label == "above":
            article.published_source = GUESSED
            article.warnings.append("The only date stands above the headline, where pages print the day's date; "
                                    "it may not be the article's. Please check.")
        elif not chosen.label:
            _warn_about_a_distant_date(article, layout, chosen)
    return article


# Lines into the story beyond which an unlabelled date, the only one read, may be another story's (a list of
# related stories or a live blog's entries), a picture's or a reproduced page's, rather than this article's.
_DISTANT_DATE_LINES = 3


def _warn_about_a_distant_date(article: ParsedArticle, layout: TextLayout, chosen) -> None:
    line = next((index for index, meta in enumerate(layout.metadata) if meta and any(
        found.start == chosen.start and found.value.date() == chosen.value.date() for found in meta.dates)), None)
    if line is None or not layout.body_start or line < layout.body_start + _DISTANT_DATE_LINES:
        return
    article.warnings.append(f"The publication date was read from “{chosen.printed[:60]}”, printed with no label "
                            "several lines into the story, where pages print other stories' dates; it may not be "
                            "this article's. Please check it.")


# Bylines found by shape alone, without a "By" or an author label: where the editor should look.
_WEAK_BYLINE_RULES = {
    "name and role": "a line holding a name and a role, without “By”",
    "name alone": "a name standing alone near the headline, without “By”",
    "name above headline": "a name standing above the headline, over a role or a time, without “By”",
    "by, into the story": "a “By” and a name that run on into the story's first sentence",
}
# Words that open a sentence and never end a name: "By Jane Doe As technology advances, ..." ran into the story.
_SENTENCE_OPENERS = frozenset("as the a an in on at it its this these for when after while with".split())


def _warn_about_byline_into_prose(article: ParsedArticle) -> None:
    last_word = article.authors[-1].split()[-1] if article.authors and article.authors[-1].split() else ""
    if last_word.lower() in _SENTENCE_OPENERS:
        article.warnings.append(f"The byline may run into the story's first sentence: its last author was read "
                                f"as “{article.authors[-1]}”. Please check it.")


def _warn_about_author_shape(article: ParsedArticle) -> ParsedArticle:
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


def _set_byline_from_text(article: ParsedArticle, text: str) -> None:
    text = normalise_line(text)
    found = find_byline(text)
    article.byline = found.text if found else text
    authors, agencies = (found.authors, found.agencies) if found else extract_authors(text)
    article.authors = authors
    _warn_about_agency_only_byline(article, agencies)


def _warn_about_agency_only_byline(article: ParsedArticle, agencies: list[str]) -> None:
    if article.byline and not article.authors:
        named = f" ({', '.join(agencies)})" if agencies else ""
        article.warnings.append(f"The byline names no person{named}; no authors recorded.")


def _warn_unzoned(article: ParsedArticle, found, zone: tzinfo | None) -> None:
    """A time without a zone is read in the source's zone; only without one is that a doubt worth a warning
    (with one, the preview says "read in <zone>" beside the date)."""
    if found.has_time and not found.zoned:
        article.unzoned_time = True
        if zone is None:
            article.warnings.append(f"The time “{found.printed}” has no time zone; read as UTC: set the source's "
                                    "time zone if it prints local time.")


def _set_given_date(article: ParsedArticle, value, day_first: bool | None, zone: tzinfo | None) -> None:
    published, ambiguous = parse_date_value(value, day_first, zone)
    if published is None:
        article.warnings.append(f"Could not read the publication date {str(value)!r}.")
        return
    article.published, article.published_source = published, GIVEN
    article.published_printed = str(value)
    article.warnings = [w for w in article.warnings
                        if "ambiguous" not in w and "last-updated" not in w and "has no time zone" not in w]
    if ambiguous:
        _warn_ambiguous(article, published, day_first)


def _set_caption(article: ParsedArticle, caption: str, credit: str, prefer: bool = False) -> None:
    """Fill the caption and credit from metadata unless already found (or ``prefer`` them)."""
    if caption and not credit:
        found = split_credit(caption)
        if found:
            caption, credit = found.caption, found.credit
    if caption and (prefer or not article.image_caption):
        article.image_caption = caption
    if credit and (prefer or not article.image_credit):
        article.image_credit = credit


def _warn_ambiguous(article: ParsedArticle, value: datetime, day_first) -> None:
    article.published_source = GUESSED
    order = "day-first" if reads_day_first(day_first) else "month-first"
    why = " as the source's time zone suggests" if isinstance(day_first, OrderGuess) else ""
    article.warnings.append(
        f"The date could be day/month or month/day; read it {order}{why} as {value:%d %B %Y}. Please check."
    )


def _finish(article: ParsedArticle, day_first: bool | None, zone: tzinfo | None = None,
            lines_read: list[str] = ()) -> ParsedArticle:
    """Fallback date guesses, the proposed headline and the warnings for what is missing.

    ``lines_read``: every line of the page as read, those dropped as furniture included, where a credit the
    reading did not place may stand."""
    if article.published is None:
        _guess_date(article, day_first, zone)
    if not article.headline:
        _propose_headline(article)
    else:
        _warn_about_headline_shape(article)
    if not article.authors and not article.byline:  # a printed byline, even an agency's, is the byline
        _byline_outside_the_head(article)
    if not article.byline and not article.authors:
        article.warnings.append("No byline found.")
    _warn_about_byline_into_prose(article)
    if not article.paragraphs:
        article.warnings.append("No body paragraphs found.")
    if not article.image_credit:
        _take_closing_picture_credit(article)
    if not article.image_credit and not any(w.startswith("No image credit") for w in article.warnings):
        _warn_about_credit_in_prose(article, lines_read)
    elif article.image_credit:
        _warn_about_credit_shape(article)
    return article


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


def _warn_about_headline_shape(article: ParsedArticle) -> None:
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
    else:
        return
    article.warnings.append(f"The headline {why}. Please check it.")


def _shares_no_word(headline: str, paragraphs: list[str]) -> bool:
    """At least three words of four letters or more beside the site's words, none of them (or its first five
    letters, for "elections" and "election") in these paragraphs."""
    words = {word.casefold() for word in _CONTENT_WORD.findall(headline) if not _SITE_WORDS.fullmatch(word)}
    if len(words) < 3:
        return False
    story = {word.casefold()[:5] for paragraph in paragraphs for word in _CONTENT_WORD.findall(paragraph)}
    return not any(word[:5] in story for word in words)


# A credit is names: a photographer's, an agency's, an outlet's. Running words in lower case are a caption's;
# a number in brackets is a page's counter ("Nation Media Group logo (13)").
_CREDIT_SMALL_WORDS = frozenset("via and the for file photo photos pool courtesy handout supplied screenshot of".split())
_LOWER_CASE_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]{2,}\b")
_COUNTER_IN_BRACKETS = re.compile(r"\(\d+\)")


def _warn_about_credit_shape(article: ParsedArticle) -> None:
    credit = article.image_credit
    running = [word for word in _LOWER_CASE_WORD.findall(credit) if word not in _CREDIT_SMALL_WORDS]
    if len(running) >= 3 or _COUNTER_IN_BRACKETS.search(credit):
        article.warnings.append(f"The image credit “{credit[:80]}” may hold more than the credit (part of the "
                                "caption or of the page). Please check it.")


# The credits closing a story, text and picture on lines of their own: "Text: Jane Doe" / "Foto: Jo Lim",
# "Journalist: Jane Doe" / "Foto: Agency" (Nordic, German, Dutch and Central European papers print them so).
_TEXT_CREDIT = re.compile(r"^(?:text|texte|texto|tekst|teksti|testo|journalist|reporter|autor|auteur|author|szöveg)"
                          r"(?:\s+(?:und|og|och|y|et|e|i|and)\s+\w+)?\s*:", re.IGNORECASE)
_CLOSING_CREDIT_LINES = 6


def _take_closing_picture_credit(article: ParsedArticle) -> None:
    """A labelled picture credit alone on its line beside the line crediting the text, after the story."""
    closing = (article.paragraphs + article.left_out)[-_CLOSING_CREDIT_LINES:]
    if not any(_TEXT_CREDIT.match(line) for line in closing) and not _TEXT_CREDIT.match(article.byline or ""):
        return
    found = [credit for credit in map(split_credit, closing)
             if credit and credit.labelled and not credit.caption and not credit.bare]
    if len(found) == 1:
        article.image_credit = found[0].credit
        article.warnings.append(f"Image credit read from the credits closing the story (“{found[0].credit[:60]}”). "
                                "Please check it.")


def _warn_about_credit_in_prose(article: ParsedArticle, lines_read: list[str] = ()) -> None:
    lines = dict.fromkeys(article.paragraphs + article.left_out + list(lines_read))  # the story's lines are read too
    found = credit_in_prose(list(lines), article.authors)
    if found:
        article.warnings.append(f"No image credit recorded, but the text holds what looks like one (“{found[:60]}”) "
                                "— check it.")


def _byline_outside_the_head(article: ParsedArticle) -> None:
    found = credited_reporters(article.paragraphs)
    if not found:
        return
    byline, biography = found
    article.byline, article.authors = byline.text, byline.authors
    article.warnings = [w for w in article.warnings if not w.startswith("The byline names no person")]
    if biography is not None:
        article.left_out.append(article.paragraphs.pop(biography))
    article.warnings.append(f"Byline taken from “{byline.text[:80]}”, not from a “By” line. Please check.")


def _guess_date(article: ParsedArticle, day_first: bool | None, zone: tzinfo | None) -> None:
    from_url = date_from_url(article.source_url)
    if from_url:
        article.published, article.published_source = from_url, GUESSED
        article.warnings.append("Publication date guessed from the date in the URL.")
        return
    found = find_dates(article.headline, day_first) if article.headline and not article.headline_proposed else []
    # "Press Conference on April 1, 2016"; a clock time is no headline's, but a feed item's title line run
    # together with its link and its ISO timestamp ("... NASA http://… 2025-03-28T17:14:00+09:00") carries its date
    machine_stamp = found and found[0].zoned and "T" in found[0].printed
    if found and (not found[0].has_time or machine_stamp):
        article.published, article.published_source = found[0].in_zone(zone).value, GUESSED
        article.published_printed = found[0].printed
        article.warnings.append(f"No publication date given; guessed {found[0].value:%d %B %Y} from the headline.")
        return
    for paragraph in article.paragraphs:
        found = find_dates(paragraph, day_first)
        if found:
            article.published, article.published_source = found[0].in_zone(zone).value, GUESSED
            article.published_printed = found[0].printed
            article.unzoned_time = found[0].has_time and not found[0].zoned
            article.warnings.append(
                f"No publication date given; guessed {found[0].value:%d %B %Y} from a date mentioned in the text.")
            return
    for paragraph in article.paragraphs:
        found = weekday_date_without_year(paragraph)
        if found:
            article.published, article.published_source = found[0], GUESSED
            article.warnings.append(
                f"No publication date given; guessed {found[0]:%d %B %Y} from “{found[1]}” in the text "
                "(the most recent year that fits). Please check.")
            return
    article.warnings.append("No publication date found.")


def _propose_headline(article: ParsedArticle) -> None:
    # the lead is the story's first words, not a label the site printed above them ("Latest Posts")
    lead = next((paragraph for paragraph in article.paragraphs if not is_page_label(paragraph)), "")
    for source, text in (("the caption", article.image_caption), ("the lead paragraph", lead)):
        proposal = propose_headline(text, lead_paragraph=text is lead) if text else ""
        if proposal:
            article.headline, article.headline_proposed = proposal, True
            article.warnings.append(f"No headline found; proposed one from {source}.")
            return
    article.warnings.append("No headline found.")
