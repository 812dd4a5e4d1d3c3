"""A byline printed outside the head: a closing "(Reporting by ...)" or "To contact the reporter ..." line, a
closing "Article by Jane Doe, published ..." line, or the writer's one-line biography near the top or at the end.
"""

import re

from .byline_names import looks_like_name, tidy_name
from .byline_vocabulary import lead_at_start
from .bylines import Byline, extract_authors, find_byline
from .scanning import word_count

# Where wires and some sites name the reporter outside a "By" line.
# "(Reporting by A; Editing by B)", and in Spanish and Portuguese "(Con información de A)", "(Com informações de A)"
_REPORTING_BY = re.compile(r"\(\s*(?:reporting\s+by|con\s+informaci[óo]n\s+de|com\s+informa[çc][õo]es\s+de)\s+"
                           r"(?P<names>[^;)]+)", re.IGNORECASE)
_CONTACT_REPORTER = re.compile(
    r"^to contact the reporters?(?: on this story)?\s*:\s*(?P<names>.+?)(?:\s+in\s+[A-Z][\w .'’-]*?)?\s+at\b",
    re.IGNORECASE,
)
_WRITERS_NAME = r"(?P<names>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})"
_AUTHOR_BIO = re.compile(
    rf"^{_WRITERS_NAME}\s+is\s+(?:a|an|the)\s+[^.]{{3,80}}?\b(?:at|for|with)\s+(?:the\s+)?[A-Z][^.]{{1,60}}\.$"
)
# "Jane Doe covers politics for the Daily Post.", "Jane Doe writes about climate for Harbour News.": a biography that
# names the writer's beat and her outlet.
_BEAT_BIO = re.compile(
    rf"^{_WRITERS_NAME}\s+(?:covers|writes\s+(?:about|on)|reports\s+(?:on|from))\s+[^.]{{3,80}}?\b(?:at|for)\s+"
    r"(?:the\s+)?[A-Z][^.]{1,60}\.$"
)
# Where to write to the writer, closing the story: "Contact Jane Doe at jdoe@example.com", "Email Jane Doe at …",
# "Jane Doe can be reached at …", "Follow Jane Doe on X: @janedoe".
_CONTACT_WRITER = re.compile(
    rf"^(?:(?i:contact|e-?mail|reach|write\s+to)\s+{_WRITERS_NAME}\s+at\s+\S+@\S+\.\w+"
    rf"|(?i:follow)\s+{_WRITERS_NAME.replace('names', 'followed')}\s+on\s+[A-Z][\w.]*:?\s+@\w+)"
)
_REACHED_AT = re.compile(rf"^{_WRITERS_NAME}\s+(?:can|may)\s+be\s+(?:reached|contacted|emailed)\s+at\s+\S+@\S+\.\w+")


# "Jane Doe is the paper's Brussels correspondent.": a biography that names the writer's trade.
_JOURNALIST_BIO = re.compile(
    r"^(?P<names>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+is\s+(?:a|an|the|our)\s+(?:[^.]{0,60}?\s)?"
    r"(?:reporter|correspondent|journalist|writer|editor|columnist|contributor|freelancer?|critic|commentator)\b[^.]{0,80}\.$"
)
# The same in other languages, the article often left out: "Lena Hofmann ist Korrespondentin in Wien.", "Claire
# Lemaire est journaliste au Monde.", "Lucía Romero es periodista."
_FOREIGN_JOURNALIST_BIO = re.compile(
    r"^(?P<names>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+(?:ist|est|es|è|é|er|är|jest|is)\s+"
    r"(?:(?:ein|eine|un|une|una|uno|een|en|et|ett|um|uma|o|a|la|le|il)\s+)?(?:[^.]{0,40}?\s)?"
    r"(?i:korrespondent(?:in)?|redakteur(?:in)?|reporter(?:in)?|journalist(?:in)?|journaliste|correspondante?|"
    r"rédact(?:eur|rice)|chroniqueu(?:r|se)|periodista|corresponsal|redactora?|giornalista|corrispondente|"
    r"redatt(?:ore|rice)|jornalista|correspondente|verslaggever|correspondent|redacteur|dziennikar(?:z|ka)|"
    r"korespondent(?:ka)?|toimittaja|skribent|journalisti)\b[^.]{0,80}\.$"
)
_BIO_MARK = re.compile(r"^[—–*-]+\s*")  # "— Jane Doe is ...", "* Jane Doe is ...": the biography set apart
_CLOSING_LINES = 3  # paragraphs at the story's end where a closing byline or the writer's biography stands
_MAX_CLOSING_BYLINE_WORDS = 30


# "... out of the country. (By: Jane Doe)": a paper's byline in brackets closing the story's last paragraphs.
_CLOSING_BRACKETED_BY = re.compile(r"\(\s*by\s*:?\s+(?P<names>[^()]{3,60}?)\s*\)\s*\.?$", re.IGNORECASE)


def _closing_bracketed_by(paragraph: str) -> re.Match | None:
    """The paragraph closes with "(By: Name)" or "(By Name)" (not "(Photo by ...)": the bracket opens on "By")."""
    return _CLOSING_BRACKETED_BY.search(paragraph) if paragraph.endswith((")", ").")) else None


# Chinese pages name the writer in a bracket opening the story, "(記者林美玲/台北報導)" (reporter, place, "reports"),
# or on a line of her own, "作者/林美玲", "文/林美玲" (author, text by).
_CJK_NAMES = r"[\u4e00-\u9fff]{2,4}(?:[、,，][\u4e00-\u9fff]{2,4}){0,3}"
_CJK_REPORTER_BRACKET = re.compile(rf"^[(（]\s*(?:記者|记者)\s*(?P<names>{_CJK_NAMES})\s*[/／]\s*[^()（）]{{1,12}}(?:報導|报道)\s*[)）]")
_CJK_HEAD_PARAGRAPHS = 10  # the page's controls ("A+", "A-") and a caption may stand before the writer's line
_CJK_AUTHOR_LINE = re.compile(rf"^(?:作者|文|撰文|記者|记者)\s*[/／:：]\s*(?P<names>{_CJK_NAMES})$")


# "(De notre envoyée spéciale à Bruxelles, Jane Doe) À la tombée du jour …", "(By Jane Doe) The council …": the
# writer credited in brackets opening the story.
_BRACKETED_OPENING = re.compile(r"^\(\s*(?P<credit>[^()]{5,100}?)\s*\)\s+\S")
_BRACKETED_OPENING_PARAGRAPHS = 3


def _bracketed_byline_opening(paragraph: str) -> Byline | None:
    match = _BRACKETED_OPENING.match(paragraph) if paragraph[:1] == "(" else None
    found = find_byline(match["credit"]) if match and lead_at_start(match["credit"]) else None
    return Byline(match["credit"], 0, 0, found.authors, found.agencies) if found and found.start == 0 and found.authors \
        else None


def _contact_writer(paragraph: str) -> re.Match | None:
    """A closing line that says where to write to the writer, or to follow her (see _CONTACT_WRITER)."""
    if "@" not in paragraph or word_count(paragraph) > _MAX_CONTACT_LINE_WORDS:
        return None
    return _CONTACT_WRITER.match(paragraph) or _REACHED_AT.match(paragraph)


_MAX_CONTACT_LINE_WORDS = 16


def _cjk_reporter(paragraph: str) -> Byline | None:
    """The writer named the Chinese way at the story's start: "(記者林美玲/台北報導)", "作者/林美玲"."""
    match = _CJK_REPORTER_BRACKET.match(paragraph) or _CJK_AUTHOR_LINE.match(paragraph.strip())
    if not match:
        return None
    return Byline(match.group(0).strip("()（） "), 0, 0, re.split(r"[、,，]", match["names"]))


def credited_reporters(paragraphs: list[str]) -> tuple[Byline, int | None] | None:
    """A byline printed outside the head: a closing "(Reporting by ...)" or "To contact the reporter ..."
    line, a closing "Article by Jane Doe, published ..." line, or an author's one-line biography near the top
    or at the end. Returns it and, for a biography, its paragraph's index (the line is not prose of the article)."""
    for paragraph in paragraphs[:_CJK_HEAD_PARAGRAPHS]:
        cjk = _cjk_reporter(paragraph)
        if cjk:
            return cjk, None
    for paragraph in paragraphs[:_BRACKETED_OPENING_PARAGRAPHS]:
        opening = _bracketed_byline_opening(paragraph)
        if opening:
            return opening, None
    closing_start = max(6, len(paragraphs) - _CLOSING_LINES)
    for index, paragraph in [*enumerate(paragraphs[:6]), *enumerate(paragraphs[closing_start:], start=closing_start)]:
        paragraph = _BIO_MARK.sub("", paragraph) if paragraph[:1] in "—–*-" else paragraph
        match = _AUTHOR_BIO.match(paragraph) or _JOURNALIST_BIO.match(paragraph) or _FOREIGN_JOURNALIST_BIO.match(paragraph) \
            or _BEAT_BIO.match(paragraph)
        if match and looks_like_name(match["names"]):
            return Byline(match.group(0), 0, 0, [tidy_name(match["names"])]), index
    for position, paragraph in enumerate(reversed(paragraphs[-6:])):
        match = _CONTACT_REPORTER.match(paragraph) or _REPORTING_BY.search(paragraph) or _closing_bracketed_by(paragraph) \
            or _contact_writer(paragraph)
        if match:
            authors, agencies = extract_authors(match["names"] or match.groupdict().get("followed"))
            if authors:
                return Byline(match.group(0).strip("( "), 0, 0, authors, agencies), None
        closing = find_byline(paragraph) if position < _CLOSING_LINES and lead_at_start(paragraph) \
            and word_count(paragraph) <= _MAX_CLOSING_BYLINE_WORDS else None
        if closing and closing.start == 0 and closing.authors:  # "Article by Jane Doe, published May 6th, 2024, on ..."
            return closing, None
    return None
