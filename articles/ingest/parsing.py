"""Turning a raw scraped article (text, HTML page or JSON record) into structured fields.

This module orchestrates; the rules live beside it: dates.py, bylines.py
(with byline_vocabulary.py, byline_names.py, byline_name_lines.py and
credited_reporters.py), credits.py (with credit_vocabulary.py and
credit_lines.py), parsing_text.py (plain-text layout: the head;
parsing_units.py prepares the lines, parsing_metadata_lines.py reads the byline
and date lines, parsing_body.py the story), parsing_headline_choice.py (with
parsing_headline_features.py) and parsing_lines.py (which line is the
headline, a caption, a byline), parsing_html.py (pages), parsing_record.py
(JSON records) and parsing_headline.py. What it answers is in parsed_article.py;
an upload's bytes read as text, and saved JSON answers as records, in
parsing_files.py; the warnings an article carries for the editor in
parsing_warnings.py.

The parser never invents facts. What it cannot find stays empty and adds a
warning for the editor; the one proposed value is a headline built from the
article's own first sentence, flagged with ``headline_proposed``.
"""

import re
from datetime import tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from . import parsing_record
from .byline_choice import (
    drop_unknown_names, read_a_known_name_by_the_headline, read_a_korean_reporter_opening_the_story,
    read_a_name_signed_after_the_story, read_names_listed_beside_the_headline, read_the_outlets_journalist_named_in_the_story,
    review_byline,
)
from .bylines import extract_authors, find_byline
from .byline_names import without_a_lead_word
from .credited_reporters import credited_reporters
from .credits import split_credit
from .date_order import day_first_hint
from .dates import (
    FoundDate, choose_publication_date, crawler_date, date_from_url, find_dates, parse_date_value, strip_dates_and_times,
    weekday_date_without_year,
)
from .jsonlines import json_lines
from .line_roles import prefer_a_likelier_headline_line
from .parsed_article import GIVEN, GUESSED, PARSED, ParseError, ParsedArticle
from .relative_times import first_relative_time
from .parsing_cleanup import normalise_line, normalise_text, split_crawler_date, split_units
from .parsing_feed import feed_records, looks_like_feed
from .parsing_files import CUT_SHORT, decode, json_records
from .parsing_headline import propose_headline, title_in_comments_heading
from .parsing_headline_choice import is_page_label
from .parsing_lines import person_alone
from .parsing_html import fragment_units, looks_like_html, read_page
from .parsing_page_chrome import is_digest_title, lead_line_is_the_headline, page_headline
from .parsing_layout import TextLayout
from .parsing_text import analyse_units
from .parsing_warnings import (
    WEAK_BYLINE_RULES, warn_about_a_distant_date, warn_about_agency_only_byline, warn_about_author_shape,
    warn_about_byline_into_prose, warn_about_credit_in_prose, warn_about_credit_shape, warn_about_headline_shape,
    warn_about_an_agency_or_address_alone, warn_about_picture_without_credit, warn_ambiguous, warn_unzoned,
)
from .parsing_warnings import warn_about_other_stories_bylines
from .parsing_warnings import warn_about_a_second_credit
from .parsing_unsure import (take_a_credit_closing_a_line, take_a_photo_items_agency, take_the_whole_of_a_cut_credit,
                             warn_about_a_credit_of_the_storys_words, warn_about_a_time_beside_the_date,
                             warn_about_another_day_near_the_top, warn_about_headline_date_or_credit)
from .scanning import word_count


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
    page_units = split_units(text)
    layout = analyse_units(list(page_units), day_first=day_first)
    if crawled:
        layout.dates.append(crawler_date(crawled))
    article = _finish(_from_layout(layout, day_first, zone), day_first, zone, layout.units, layout.head_lines())
    drop_unknown_names(article, layout, review_byline(article, layout))
    read_a_known_name_by_the_headline(article, layout)
    read_names_listed_beside_the_headline(article, page_units)
    read_a_korean_reporter_opening_the_story(article)
    read_a_name_signed_after_the_story(article, page_units)
    read_the_outlets_journalist_named_in_the_story(article, page_units)
    article.authors = without_a_lead_word(article.authors, article.byline)
    warn_about_author_shape(article)
    warn_about_other_stories_bylines(article, layout.units)
    prefer_a_likelier_headline_line(article, text)
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
    warn_about_other_stories_bylines(article, layout.units)
    return warn_about_author_shape(_finish(article, day_first, zone, layout.units, layout.head_lines()))


def parse_json_record(record: dict, source_tz: str | None = None) -> ParsedArticle:
    """Parse one JSON-lines record; its fields count as given, its body may be text or HTML."""
    zone = source_zone(source_tz)
    if not isinstance(record, dict):
        raise ParseError("Expected a JSON object with article fields.")
    fields = parsing_record.read_record(record)
    cut_short = bool(record.pop(CUT_SHORT, False))
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
    return warn_about_author_shape(_finish(article, day_first, zone))


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
    records = json_records(text) if extension != "jsonl" and text.lstrip()[:1] in "{[" else None
    if records:
        return [parse_json_record(record, source_tz) for record in records]
    if extension in {"txt", "text"}:
        return [parse_text(text, source_tz)]
    if extension in {"html", "htm"}:
        return [parse_html(text, source_tz=source_tz)]
    return _parse_json_lines(text, source_tz)


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
    if layout.headline_proposed:
        article.headline_proposed = True
        article.warnings.append("No headline found; proposed the line under the page's opening paragraph.")
    elif layout.headline_rival:  # the more precise of the two warnings
        article.warnings.append(f"The headline may be “{layout.headline_rival[:120]}”, printed nearer the story "
                                "than the line chosen. Please check it.")
    elif layout.headline_unsure:
        article.warnings.append("The headline was chosen among several lines at the top of the page. Please check it.")
    if layout.byline:
        article.byline = layout.byline.text
        article.authors = list(layout.byline.authors)
        warn_about_agency_only_byline(article, layout.byline.agencies)
        if layout.byline_outside_head:
            article.warnings.append(f"Byline taken from “{layout.byline.text[:80]}” after the story, not from a "
                                    "“By” line. Please check.")
        elif layout.byline_rule in WEAK_BYLINE_RULES:
            article.warnings.append(f"Byline found only in {WEAK_BYLINE_RULES[layout.byline_rule]} "
                                    f"(“{layout.byline.text[:80]}”) — check it.")
    if layout.credit_agency_alone:
        article.warnings.append(f"The image credit “{layout.credit[:40]}” is an agency's name alone on the line under the "
                                "caption; it may be the story's byline or sign-off. Please check it.")
    if layout.uncredited_picture:
        article.warnings.append(f"No image credit found, though the page shows a picture (“"
                                f"{layout.uncredited_picture[:60]}”, printed as its alt text and caption) — check it.")
    chosen = choose_publication_date(layout.dates)
    if chosen:
        warn_unzoned(article, chosen, zone)
        chosen = chosen.in_zone(zone)
        article.published, article.published_source = chosen.value, PARSED
        article.published_printed = chosen.printed
        if chosen.ambiguous:
            warn_ambiguous(article, chosen.value, day_first)
        if chosen.label == "updated":
            article.published_source = GUESSED
            article.warnings.append("Only a last-updated date was found; it is used as the publication date. Please check.")
        elif chosen.label == "crawled":
            article.warnings.append("Only the date the page was crawled was found; its time is not known.")
        elif chosen.label == "above":
            article.published_source = GUESSED
            article.warnings.append("The only date stands above the headline, where pages print the day's date; "
                                    "it may not be the article's. Please check.")
        elif chosen.label == "teaser":
            article.published_source = GUESSED
            article.warnings.append("The only dates stand below the story, over what reads as a list of other "
                                    "stories; they may not be this article's. Please check.")
        elif not chosen.label:
            warn_about_a_distant_date(article, layout, chosen)
    return article


def _set_byline_from_text(article: ParsedArticle, text: str) -> None:
    text = normalise_line(text)
    found = find_byline(text)
    article.byline = found.text if found else text
    authors, agencies = (found.authors, found.agencies) if found else extract_authors(text)
    article.authors = authors
    warn_about_agency_only_byline(article, agencies)


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
        warn_ambiguous(article, published, day_first)


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


def _finish(article: ParsedArticle, day_first: bool | None, zone: tzinfo | None = None,
            lines_read: list[str] = (), head_lines: list[str] = ()) -> ParsedArticle:
    """Fallback date guesses, the proposed headline and the warnings for what is missing.

    ``lines_read``: every line of the page as read, those dropped as furniture included, where a credit the
    reading did not place may stand; ``head_lines``: those near the top, where a lead picture stands."""
    if article.published is None:
        _guess_date(article, day_first, zone, head_lines)
    if not article.paragraphs and not article.image_caption and not article.image_credit:
        _caption_of_a_picture_page(article, lines_read)
    if not article.headline and title_in_comments_heading(lines_read):
        article.headline = title_in_comments_heading(lines_read)  # a blog post saved without its title's line
        article.warnings.append("The headline was read from the comments heading at the foot of the page. Please check it.")
    if not article.headline:
        _propose_headline(article)
        _doubt_a_date_without_headline(article)
    else:
        warn_about_headline_shape(article)
        _propose_over_a_short_unsure_headline(article)
        warn_about_headline_date_or_credit(article)
    if not article.authors and not article.byline:  # a printed byline, even an agency's, is the byline
        _byline_outside_the_head(article)
    if not article.byline and not article.authors:
        article.warnings.append("No byline found.")
    warn_about_byline_into_prose(article)
    if not article.paragraphs:
        article.warnings.append("No body paragraphs found.")
    if not article.image_credit:
        _take_closing_picture_credit(article)
    if not article.image_credit:
        _take_picture_credit_at_the_foot(article)
    if not article.image_credit:
        take_a_photo_items_agency(article)
    if not article.image_credit and not any(w.startswith("No image credit") for w in article.warnings):
        warn_about_credit_in_prose(article, lines_read)
        warn_about_picture_without_credit(article, head_lines)
        warn_about_an_agency_or_address_alone(article, head_lines)
        take_a_credit_closing_a_line(article, head_lines)
    elif article.image_credit:
        warn_about_credit_shape(article)
        warn_about_a_second_credit(article, lines_read)
        take_the_whole_of_a_cut_credit(article, lines_read)
        warn_about_a_credit_of_the_storys_words(article)
    warn_about_another_day_near_the_top(article, head_lines)
    warn_about_a_time_beside_the_date(article, lines_read)
    return article


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


# A labelled credit at the page's foot: a label of one to three words and its colon open the line ("Photo: X",
# "Crédit photo : X"); a source ("Source: X") names the story's, a copyright notice ("(C) Harbour Broadcasting",
# "© 2014 Harbour Media", "Riproduzione riservata") the page's.
_FOOT_LINES = 3
_LABEL_FIRST = re.compile(r"^(?:[^\W\d_][\w'’.]*\s?){1,3}[:：]")
_SOURCE_LABEL_FIRST = re.compile(r"^(?i:source|quelle|fonte|fuente|źródło|zdroj|sursa|bron|kilde|källa)\b")
_PAGE_NOTICE = re.compile(r"©|\([cC]\)|copyright|riservat|reserved|réservés|\b(?:19|20)\d\d\b", re.IGNORECASE)


def _take_picture_credit_at_the_foot(article: ParsedArticle) -> None:
    """One labelled picture credit alone among the last lines the reading left out, after the story ("Photo:
    Harbour Police"): the story's picture's, printed at its foot."""
    if not article.paragraphs:
        return
    lines = [line.strip() for line in article.left_out[-_FOOT_LINES:]]
    found = [credit for credit in map(split_credit, (line for line in lines if _LABEL_FIRST.match(line)
                                                      and not _SOURCE_LABEL_FIRST.match(line) and not _PAGE_NOTICE.search(line)))
             if credit and credit.labelled and not credit.caption and not credit.bare and credit.credit]
    if len(found) == 1:
        article.image_credit = found[0].credit
        article.warnings.append(f"Image credit read from the page's foot, after the story (“{found[0].credit[:60]}”). "
                                "Please check it.")


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


_LONE_DATE_LENGTH = 40
_WORD = re.compile(r"[^\W\d_]{2,}")


def _take_guessed_date(article: ParsedArticle, found: FoundDate, zone: tzinfo | None, where: str) -> None:
    article.published, article.published_source = found.in_zone(zone).value, GUESSED
    article.published_printed = found.printed
    article.unzoned_time = found.has_time and not found.zoned
    article.warnings.append(f"No publication date given; guessed {found.value:%d %B %Y} from {where}.")


def _guess_date(article: ParsedArticle, day_first: bool | None, zone: tzinfo | None, head_lines=()) -> None:
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
        return _take_guessed_date(article, found[0], zone, "the headline")
    for paragraph in article.paragraphs:
        found = find_dates(paragraph, day_first)
        if found:
            return _take_guessed_date(article, found[0], zone, "a date mentioned in the text")
    for line in article.left_out:  # a date alone on its line that the page set apart ("26 Maggio 2025" at the foot)
        found = find_dates(line, day_first) if len(line) <= _LONE_DATE_LENGTH else []
        if found and not _WORD.search(strip_dates_and_times(line)):
            return _take_guessed_date(article, found[0], zone, f"“{line}”, alone on the page")
    labelled = _date_on_a_short_left_out_line(article.left_out, day_first)
    if labelled:
        return _take_guessed_date(article, labelled[1], zone, f"“{labelled[0]}”, a short line set apart on the page")
    for paragraph in article.paragraphs:
        found = weekday_date_without_year(paragraph)
        if found:
            article.published, article.published_source = found[0], GUESSED
            article.warnings.append(
                f"No publication date given; guessed {found[0]:%d %B %Y} from “{found[1]}” in the text "
                "(the most recent year that fits). Please check.")
            return
    relative = first_relative_time([*head_lines, *article.left_out])
    if relative:  # the instant is counted back when the article is prepared for import, so parsing reads no clock
        article.published_printed, article.published_ago = relative
        article.warnings.append(f"No publication date printed; estimated from “{relative[0]}”, counted back from "
                                "the time of import. Please check it.")
        return
    article.warnings.append("No publication date found.")


# A short line the reading set apart that holds a date and a few words beside it: a section's name or a label run
# into the date ("NewsMarch 3, 2019", "REGIONAL NEWS (3/4/2019)"); a line of more words is a teaser or a sentence.
_SHORT_DATE_LINE_LENGTH = 60
_MOST_WORDS_BESIDE_A_DATE = 3


def _date_on_a_short_left_out_line(left_out: list[str], day_first: bool | None) -> tuple[str, FoundDate] | None:
    for line in left_out:
        found = find_dates(line, day_first) if len(line) <= _SHORT_DATE_LINE_LENGTH else []
        if found and len(_WORD.findall(strip_dates_and_times(line))) <= _MOST_WORDS_BESIDE_A_DATE:
            return line, found[0]
    return None


_DATE_WARNING = re.compile(r"\bdate\b", re.IGNORECASE)


def _doubt_a_date_without_headline(article: ParsedArticle) -> None:
    """A page where neither a headline line nor a byline was found (a section's front, a list of stories, a page
    read badly): a date read from its text may be the page's own (a masthead's date of the day, a listed story's)
    rather than the article's; marked guessed, with a warning. A date beside a byline is the article's; a date
    already warned about (the crawler's, an ambiguous one) is left to that warning."""
    if article.published_source != PARSED or article.byline or article.authors \
            or any(_DATE_WARNING.search(warning) for warning in article.warnings):
        return
    article.published_source = GUESSED
    article.warnings.append(f"The date “{(article.published_printed or '')[:60]}” was read from a page where no "
                            "headline line was found; it may be the page's own date or another story's. Please check it.")


_MIN_PICTURE_PAGE_CAPTION_WORDS = 8


def _caption_of_a_picture_page(article: ParsedArticle, lines_read: list[str]) -> None:
    """A picture's page, its only text the caption with its credit ("... Santiago, on Jan. 21, 2022. (AP Photo/Jo
    Lim)"): the caption and the credit, the caption being all the page says."""
    for line in lines_read:
        found = split_credit(line)
        if found and found.credit and word_count(found.caption) >= _MIN_PICTURE_PAGE_CAPTION_WORDS:
            article.image_caption, article.image_credit = found.caption, found.credit
            return


_MAX_UNSURE_WORDS = 2
# the chooser's doubts, among the lines of a page (a feed's or a page's given headline is never doubted so)
_CHOOSER_UNSURE = ("The headline was chosen among several lines", "The headline may be “")
_UNSPACED_SCRIPT = re.compile(r"[\u0E00-\u0E7F\u3040-\u30FF\u3400-\u9FFF]")  # a headline of one "word"
_PLACE_LINE = re.compile(r"^[A-Z][\w'’.-]*,\s+[A-Z][\w'’.-]*$")  # "Harbourton, Northland": the story's place, kept


def _propose_over_a_short_unsure_headline(article: ParsedArticle) -> None:
    """A headline of one or two words that the chooser doubted ("Morning Edition", "Photo", "Joe Brown") is on
    outlets never seen mostly a label, a site's name or a writer's: a proposal from the lead takes its place, and
    the editor is shown the line. A digest's title ("News highlights") stays, and a place's line, whose place the
    tagger reads."""
    headline = article.headline
    if word_count(headline) > _MAX_UNSURE_WORDS or _UNSPACED_SCRIPT.search(headline) or is_digest_title(headline) \
            or _PLACE_LINE.match(headline) or not any(w.startswith(_CHOOSER_UNSURE) for w in article.warnings):
        return
    article.warnings = [w for w in article.warnings if not w.startswith("The headline")]
    article.headline = ""
    _propose_headline(article)
    article.warnings.append(f"The line “{headline[:60]}” at the top of the page is too short to be sure it is the "
                            "headline; it was not taken.")


LEAD_LINE_WARNING = "The headline was read from the story's first line, printed as a paragraph. Please check it."


def _propose_headline(article: ParsedArticle) -> None:
    if lead_line_is_the_headline(article.paragraphs):  # the headline printed as the story's first paragraph
        article.headline = article.paragraphs.pop(0)
        article.warnings.append(LEAD_LINE_WARNING)
        return
    # the lead is the story's first words, not a label the site printed above them ("Latest Posts") nor the lead
    # picture's caption that only names someone ("President Jane Doe")
    lead = next((paragraph for paragraph in article.paragraphs
                 if not is_page_label(paragraph) and not person_alone(paragraph, article.paragraphs[1:])), "")
    for source, text in (("the caption", article.image_caption), ("the lead paragraph", lead)):
        proposal = propose_headline(text, lead_paragraph=text is lead) if text else ""
        if proposal:
            article.headline, article.headline_proposed = proposal, True
            article.warnings.append(f"No headline found; proposed one from {source}.")
            return
    article.warnings.append("No headline found.")
