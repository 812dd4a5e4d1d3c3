"""Warnings from the page's shape where a field's rules were sure but the page says otherwise: a headline that
holds a date line's date or time, or a picture's credit; a credit read as the second half of a longer one
("Courtesy Photo/PPU" read as "PPU"). And a credit the rules did not read, closing a caption line near the top or
a wire's photo item: taken, with a warning."""

import re

from .credit_lines import credit_alone
from .credit_vocabulary import ILLUSTRATIVE, PICTURE_AGENCIES, is_credit_agency
from .credits import NO_CREDIT_IN_CAPITALS
from .dates import find_dates
from .parsed_article import ParsedArticle
from .scanning import word_count

_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’./-]*"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}"
# What closes a caption as its picture's credit: "... last month. AFP", "... (left). — Arsenal", "... - Efe",
# "... | dpa", "... - Divulgação/PMERJ", "... (MAXPPP)", "... (rights reserved)", "... (Source: 1News)".
_CREDIT_CLOSING = re.compile(
    rf"(?<=[a-z)])\.\s+(?:[-–—]\s+)?(?P<after_stop>{_NAME}(?:\s?/\s?{_NAME})?)\s*$"
    rf"|(?<=\S)\s[-–—|]\s+(?P<slashed>{_NAME}\s?/\s?{_NAME})\s*$"
    rf"|(?<=\S)\s[-–—|]\s+(?P<agency>{PICTURE_AGENCIES})\s*$"
    rf"|\((?P<bracketed>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9 ./&-]{{2,30}}"
    rf"|(?i:source|photo|foto|image|credit|rights reserved)[^()]{{0,30}})\)\s*$"
)
# A picture's label and its credit closing a short line: "fot. PAP", "FOTO DR", "Photographer Jo Lim",
# "Sursa foto: JURNAL.MD", "Photo: harbour.kz".
_LABELLED_CREDIT = re.compile(r"(?:^|\s)(?i:fot\.|foto|photo|photographer|pic|picture|kuva|bild)(?:\s*:)?\s+"
                              r"(?P<credit>[A-ZÀ-ÖØ-Þ0-9@][^\s]*(?:\s+[A-ZÀ-ÖØ-Þ][^\s]*){0,3}|[\w-]+\.[a-z]{2,3})\s*$")
_LONGEST_CAPTION = 60  # words; a longer line is the story's


def credit_closing(line: str) -> str:
    """The picture's credit that closes ``line``, as a caption's credit closes it, or ""."""
    line = line.strip()
    if len(line.split()) < 2:
        return ""
    found = _CREDIT_CLOSING.search(line)
    if found:
        credit = next(group for group in found.groups() if group)
        before = line[: found.start()].split()
        if found.group("after_stop") and before and before[-1][:1].isupper():  # "Prof. Jo Lim", "Dr. Lim"
            return ""
        return "" if credit.endswith((".", ":")) or not re.search(r"[^\W\d_]{2}", credit) else credit
    found = _LABELLED_CREDIT.search(line)
    return found.group("credit") if found else ""


# Words of a page that dates its own title: a digest, a round-up, a bulletin ("News Summary for June 30, 2025").
_DATED_TITLE_WORDS = re.compile(r"news|digest|round-?up|summary|review|bulletin|headlines|update|today|nieuws|"
                                r"noticias|nachrichten|journal|conference", re.IGNORECASE)
_CLOCK = re.compile(r"(?<![\d.,:])(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d.:]|,\d|\s*(?:%|[a-z]))")


def warn_about_headline_date_or_credit(article: ParsedArticle) -> None:
    """A headline holding a clock time or a date (a date line's, a schedule's: "Politică - 13 dec, 18:57",
    "Das war Montag, der 3. Juni 2024") where no word says the page is a dated digest; or closing with a picture's
    credit ("... last month. AFP": the caption taken for the headline)."""
    headline = article.headline
    if not headline or article.headline_proposed or any(
            warning.startswith(("The headline", "No headline")) for warning in article.warnings):
        return
    clock = _CLOCK.search(headline)
    dated = clock.group(0) if clock else next((found.printed for found in find_dates(headline)), "")
    credit = credit_closing(headline)
    if dated and not _DATED_TITLE_WORDS.search(headline):
        why = f"holds a date or a time (“{dated}”), as a page's date line, a schedule or a byline's line does"
    elif credit:
        why = f"closes with what reads as a picture's credit (“{credit}”), as a caption does"
    elif _OPEN_END.search(headline) or (
            len(_NUMBER.findall(headline)) >= _COUNTER_NUMBERS and word_count(headline) <= _COUNTER_WORDS):
        why = "ends open (a dash, a colon, a bracket) or is mostly numbers, as a dateline cut short, a counter or " \
              "a schedule does"
    else:
        return
    article.warnings.append(f"The headline {why}; it may not be the article's. Please check it.")


# A dateline cut from its story ("SEVILLA 10 Mar. (EUROPA PRESS) -") or a theme's counters ("10 views 6 mins 0
# comments") taken for the headline.
_OPEN_END = re.compile(r"[-–—:,;(/|]\s*$")
_NUMBER = re.compile(r"\d+")
_COUNTER_NUMBERS, _COUNTER_WORDS = 3, 10


def take_a_credit_closing_a_line(article: ParsedArticle, head_lines: list[str]) -> None:
    """No credit read, but a line near the top (or the headline) closes with one: a caption's "... . AFP",
    "... (MAXPPP)", "... - Efe", or a short labelled line ("fot. PAP") no rule read; not the byline's line. The
    credit is taken, with a warning naming the line, so that the editor checks it rather than finding the field
    empty. Where the line is a date line ("Date: 08/11/2012 | Xinhua" names the story's source), a headline proposed
    from the lead (its "(PTI)" is the dateline's wire) or a paragraph signed off by a wire ("... would run. AFP"),
    or the credit says the picture is illustrative ("Foto Referencial") or is a page's own words ("Read More"),
    nothing is taken and the first such line is only named, so that no credit is missed in silence."""
    if article.image_credit or any("image credit" in warning for warning in article.warnings):
        return
    bylines = [name for name in [article.byline, *article.authors] if name]
    story = set(article.paragraphs)
    doubtful = None
    for index, line in enumerate([article.headline, *head_lines]):
        if not line or len(line.split()) > _LONGEST_CAPTION or any(name in line for name in bylines):
            continue  # the story's, or the byline's line ("Ana Ruiz - Lusa")
        credit = credit_closing(line)
        if not credit:
            continue
        if (index == 0 and article.headline_proposed) or find_dates(line) \
                or (line in story and _signed_off(line)) or ILLUSTRATIVE.search(credit) \
                or set(credit.upper().split()) <= NO_CREDIT_IN_CAPITALS:
            doubtful = doubtful or (line, credit)
            continue
        article.image_credit = credit
        article.warnings.append(f"The image credit “{credit[:40]}” was read from “{line[:80]}”, which closes with "
                                "it as a caption does; check it is the picture's.")
        return
    if doubtful:
        line, credit = doubtful
        article.warnings.append(f"No image credit found, though “{line[:80]}” closes with what reads as one "
                                f"(“{credit[:40]}”): if the page shows a picture, check its credit.")


# An agency's name in brackets closing a paragraph: "... in Seoul on Monday. (Yonhap)".
_AGENCY_IN_BRACKETS_CLOSING = re.compile(r"(?<=[.!?。])\s*\((?P<agency>[^()]{2,30})\)\s*$")


def take_a_photo_items_agency(article: ParsedArticle) -> None:
    """A wire's photo item: the story is one paragraph, the picture's caption, and the agency closes it in brackets
    ("... in Seoul on Monday. (Yonhap)") or stands alone on the line under it ("뉴시스"). The agency is then the
    picture's credit, taken with a warning (in a story of more paragraphs, the bracketed agency closing one is the
    wire's sign-off)."""
    if article.image_credit or not article.paragraphs or len(article.paragraphs) > 2:
        return
    paragraphs = article.paragraphs
    if len(paragraphs) == 2:
        agency = credit_alone(paragraphs[1]) if len(paragraphs[1]) < len(paragraphs[0]) else ""
        if not agency or not is_credit_agency(agency):
            return
        article.left_out.append(paragraphs.pop())
    else:
        closing = _AGENCY_IN_BRACKETS_CLOSING.search(paragraphs[0][-_AGENCY_TAIL:])
        if not closing or not is_credit_agency(closing["agency"]):
            return
        agency = closing["agency"].strip()
    article.image_credit = agency
    article.warnings.append(f"The image credit “{agency[:40]}” was read as a wire's, under a story of one paragraph, "
                            "as a photo item prints it; check the story is the picture's caption.")


_AGENCY_TAIL = 40  # the bracketed agency closes the paragraph: only its end is searched


def _signed_off(line: str) -> bool:
    """A name straight after the last full stop ("... would run. AFP"); a caption's credit set off by a dash
    ("... on Monday. — Metro Transit") is not a sign-off."""
    found = _CREDIT_CLOSING.search(line.strip())
    return bool(found and found.group("after_stop")) and not re.search(r"[-–—]", found.group(0)[: found.start("after_stop")
                                                                                                 - found.start()])


# A credit's first half before a joiner, on the credit's line: "Courtesy Photo/", "dpa / ", "José Sena Goulão - ".
_NAME_BEFORE_JOINER = re.compile(r"((?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s*){1,4})(?:/\s?|\s/\s|\s[-–]\s)$")
_JOINED = re.compile(r"\S/\S|\s[/–-]\s")  # a credit of two parts: "Jo Lim/Reuters", "AGENCY - Archivo"
_FILE_WORDS = frozenset({"file", "file photo"})  # the picture's kind after a caption: "... Sameh Shoukry - FILE"


def take_the_whole_of_a_cut_credit(article: ParsedArticle, lines_read: list[str] = ()) -> None:
    """The credit read follows a name and a joiner on its line ("Courtesy Photo/PPU", "Emiliano Rojas / Antú
    Divito"): the part read was only the credit's second half, so the whole is taken, with a warning naming the
    part read, so that the editor checks it."""
    credit = article.image_credit
    if len(credit) < 2 or credit.casefold() in _FILE_WORDS:
        return
    line = next((line for line in dict.fromkeys([*lines_read, *article.left_out]) if credit in line), "")
    before = line.rpartition(credit)[0]  # a credit closes its line: its last occurrence
    found = _NAME_BEFORE_JOINER.search(before)
    if not found:
        return
    opening = before[: found.start()].rstrip()
    if len(found.group(1).split()) >= 2 or not opening or opening.endswith((":", "(")):
        whole = re.split(r"(?<=[a-z])\.\s+", before[found.start():])[-1] + credit  # not the caption's last word
        if _JOINED.search(credit):  # already two parts joined ("AGENCY - Archivo"): a third before it is a caption's
            article.warnings.append(f"The image credit “{credit[:60]}” was read from the end of “{whole[:80]}”; the "
                                    "credit may be the whole. Please check it.")
            return
        article.image_credit = whole.strip()
        article.warnings.append(f"The image credit “{whole[:80]}” was taken whole, where the rules read only its "
                                f"end (“{credit[:60]}”); check it is the picture's credit.")


_LONGEST_DATE_LINE = 10  # words; a date line, a dispatch's or a masthead's, not a sentence naming a day
# A date printed a year or more after the one read is the day the page was saved, in its masthead ("Friday 22
# November 2024" over a story of 2017), not a rival for the story's own.
_MASTHEAD_DAYS_LATER = 365


def warn_about_another_day_near_the_top(article: ParsedArticle, head_lines: list[str]) -> None:
    """The date read stands near the top with another day's date on a short line of its own (a dispatch's two
    dates, an archive's date beside the story's, a date and the time of a later edit): the rules chose one of
    them, and either may be the article's. Update lines and a masthead's later day are left aside."""
    if article.published is None or article.published_source != "parsed" or not article.published_printed or any(
            "date" in warning for warning in article.warnings):
        return
    day, printed = article.published.date(), article.published_printed
    for line in head_lines:
        if len(line.split()) > _LONGEST_DATE_LINE:
            continue
        for found in find_dates(line):
            if found.label == "updated" or found.printed in printed or printed in found.printed:
                continue
            if found.value.date() != day and (found.value.date() - day).days < _MASTHEAD_DAYS_LATER:
                article.warnings.append(f"The publication date was read from “{printed[:40]}”, but “{line[:80]}” "
                                        "near the top of the page prints another day; either may be the article's. "
                                        "Please check it.")
                return


# A clock time as pages print one beside a date: "17:20", "17.20 Uhr", "09:05 hrs", "17h20".
_TIME_OF_DAY = re.compile(r"(?<![\d.,:])(?:[01]?\d|2[0-3])[:.h][0-5]\d(?![\d.:]|,\d|\s*%)")
_UPDATE_WORDS = re.compile(r"updat|actuali|aktuali|mis à jour|atualiz|aggiorn|modif|bijgewerkt|oppdater|uppdater|"
                           r"opdater|päivitet|zaktualiz|güncel", re.IGNORECASE)
_LONGEST_DATE_LINE_SCANNED = 300  # characters; a longer line is a paragraph, not a date line
_NEAR_THE_DATE = 40  # characters either side of the printed date where its own time stands
_TIME_LINE_WORDS = 6  # a line of its own holding the time: "• 09:05 hrs", "14 mar. 2024 - 17:20 hrs."


def warn_about_a_time_beside_the_date(article: ParsedArticle, lines_read: list[str] = ()) -> None:
    """A date read without a time, while a clock time stands right beside it: on its line, or on the next line
    when that line opens with a number and is short ("Martes 14 de marzo de 2024" / "• 17:20 hrs"). The reading did
    not join them, so the article's time may be missing. An update's time, or a line of words (another story's
    "News (17:20)"), is left aside. Nothing is changed: the editor is told which time to look at."""
    printed = article.published_printed
    if article.published is None or article.published_source != "parsed" or not printed \
            or _TIME_OF_DAY.search(printed) or any("time" in warning for warning in article.warnings):
        return
    lines = [line.strip() for line in lines_read if line.strip()]
    at = next((index for index, line in enumerate(lines)
               if len(line) <= _LONGEST_DATE_LINE_SCANNED and printed in line), None)
    if at is None:
        return
    line = lines[at]
    start = line.index(printed)
    near = [line[max(0, start - _NEAR_THE_DATE): start] + " " + line[start + len(printed): start + len(printed)
                                                                      + _NEAR_THE_DATE]]
    following = lines[at + 1] if at + 1 < len(lines) else ""
    if len(following.split()) <= _TIME_LINE_WORDS and re.match(r"[\W_]*\d", following):
        near.append(following)
    for text in near:
        found = _TIME_OF_DAY.search(text)
        if found and not _UPDATE_WORDS.search(text):
            article.warnings.append(f"The publication date was read from “{printed[:60]}” without a time, but a time "
                                    f"(“{found.group(0)}”) is printed beside it; the article's time may be missing. "
                                    "Please check it.")
            return


# A credit's words that say nothing of who took the picture: a label, a kind of picture, an agency's common words.
_CREDIT_PLAIN_WORDS = frozenset("via and the for file photo photos foto fotos pool courtesy handout supplied "
                                "screenshot image images news press agency".split())
_CREDIT_WORD = re.compile(r"[^\W\d_]{3,}")
_STORY_WORDS_CREDIT = 3  # at least this many of the credit's words in the story, and most of them
_LONG_CREDIT_WORDS = 5  # a credit naming one photographer or one body is shorter, or joined to another
_CREDIT_JOINER = re.compile(r"[/,|;–—]|\s-\s|\bvia\b", re.IGNORECASE)  # "Jo Lim/AFP", "Jo Lim, NTB", "X via Twitter"
_STORY_PARAGRAPHS_READ = 10


def warn_about_a_credit_of_the_storys_words(article: ParsedArticle) -> None:
    """A credit of five words or more, not joined from two (a photographer's and an agency's), most of its words
    (three at least) the story's own in its headline or paragraphs ("Photo: Harbour mayor Jo Lim opens the quay" read
    as "Harbour mayor Jo Lim opens the quay", "Video: Ferry Fares Rise Again Today" read as "Ferry Fares Rise Again
    Today"): a caption's or a teaser's words read as the credit. A photographer or an agency is seldom named in the
    story."""
    credit = article.image_credit
    if not credit or len(credit.split()) < _LONG_CREDIT_WORDS or _CREDIT_JOINER.search(credit) \
            or any("credit" in warning for warning in article.warnings):
        return
    words = {word.casefold() for word in _CREDIT_WORD.findall(credit)} - _CREDIT_PLAIN_WORDS
    if len(words) < _STORY_WORDS_CREDIT:
        return
    story = set()
    for text in [article.headline, article.standfirst, *article.paragraphs[:_STORY_PARAGRAPHS_READ]]:
        if text and credit not in text:  # the credit's own line says nothing
            story.update(word.casefold() for word in _CREDIT_WORD.findall(text))
    shared = words & story
    if len(shared) >= _STORY_WORDS_CREDIT and len(shared) * 5 >= len(words) * 3:
        article.warnings.append(f"The image credit “{credit[:60]}” is mostly the story's words "
                                f"({', '.join(sorted(shared)[:4])}), as a caption or a headline is; it may not be the "
                                "picture's credit. Please check it.")
