"""Normalising scraped text and recognising boilerplate lines.

Scrapers hand us Windows newlines, non-breaking spaces, zero-width characters
and the page furniture around an article ("Share this", "Advertisement").
Curly quotes and dashes are the author's typography, so they are kept.
"""

import functools
import re

from .credits import split_credit
from .dates import find_dates
from .scanning import word_count

# Characters that are invisible on the page but split words for a computer.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_ANY_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# ... except the zero-width non-joiner and joiner inside a word of a script that spells with them (Persian "می‌شود",
# Urdu, Kannada "ಮಾರಿಷಸ್‌ನತ್ತ", Malayalam, Sinhala): there they are part of the spelling, and a headline or name
# without them is misspelt. Elsewhere (between Latin letters, at a word's edge) they are the scraper's noise.
_JOINING_LETTER = "\u0600-\u06ff\u0700-\u074f\u0750-\u077f\u08a0-\u08ff\u0900-\u0dff\ufb50-\ufdff\ufe70-\ufefc"
_STRAY_INVISIBLE = re.compile(f"[\u200b\u2060\ufeff\u00ad]|(?<![{_JOINING_LETTER}])[\u200c\u200d]"
                              f"|[\u200c\u200d](?![{_JOINING_LETTER}])")  # one character each: no backtracking
# One character at a time: a lone character class lets the regex engine skip ahead to the next such character
# (a repeated one is tried at every position); the runs of spaces they leave are collapsed with the others.
_ODD_SPACE = re.compile(r"[\u00a0\u2007\u202f\u2002\u2003\u2009\u200a\t\f\v]")
_RUNS_OF_SPACES = re.compile(r" {2,}")

_URL = re.compile(r"https?://\S+", re.IGNORECASE)
_SOURCE_LINE = re.compile(
    r"^(?:source(?:\s+url)?|url|link|original(?:ly published)?(?:\s+at)?|canonical)\s*[:\-]?\s*(?P<url>https?://\S+)\s*$",
    re.IGNORECASE,
)

# Whole lines that are page furniture wherever they appear (last: a feed reader's view switch and its notice, FreshRSS
# in its languages: "Reading view", "Lese-Ansicht", "There are new available articles. Click to refresh the page.").
_FURNITURE = re.compile(
    r"""^(?:
        advert(?:isement)?|sponsored(?:\ content)?|
        (?:story\ )?continues\ below(?:\ advertisement)?|
        (?:scroll\ (?:down\ )?to\ )?continue\ reading(?:\ below)?|
        share(?:\ this)?(?:\ (?:article|story|page|post))?(?:\ (?:on|via)\ .{0,40})?:?|
        (?:facebook|twitter|x|whatsapp|e-?mail|linkedin|pinterest|reddit|telegram|copy\ link|print|comments?)|
        (?:read|see|watch)\ (?:more|also)\b.{0,200}|also\ read\b.{0,200}|
        click\ here\b.{0,120}|
        follow\ (?:us|me|[\w@.]+)\ on\ .{0,80}|
        listen\ to\ this\ (?:article|story).{0,40}|
        (?:toggle|hide|show|expand|close)\ caption|enlarge\ this\ image|
        \d{1,2}\ min(?:ute)?s?\ read|
        (?:(?:last\ )?(?:published|updated|posted)\ )?(?:\d+\ (?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?),?\ ){1,3}ago|
        (?:press\ \W?enter\W?\ to\ )?skip\ to\ (?:main\ )?content|back\ to\ top|main\ menu|connect\ with\ us|
        all\ posts\ in\ the\ .{1,40}\ category|(?:category|tag)\ archives?:?.{0,60}|posts\ published\ in\ .{1,60}|
        browsing\ (?:tag|category).{0,60}|archive\ for\ .{1,60}|you\ searched\ for:?.{0,80}|
        about\ (?:the\ )?authors?|articles\ by\ (?:the\ )?authors?|(?:main|all)\ (?:news|stories|articles|posts)\ (?:on|about|from)\ .{1,40}|
        hi,?\ what\ are\ you\ looking\ for\?|see\ all|
        (?:\d+\ )?comments?\ *[·•|]\ *(?:make|add|post|leave)\ a\ comment|edit\ post|pre-?order\ now|short\ url|follow(?:\ us)?|
        listen|reply\ to|add\ (?:a\ )?comment|(?:log|sign)\ ?in|subscribe(?:\ ?sign\ ?in)?|show\ more|load\ more|
        have\ your\ say|(?:view\ )?comments?\ \(\d+\)|print\ this\ (?:article|page)|email\ this\ article|
        this\ article\ is\ more\ than\ \d+\ (?:years?|months?|days?)\ old|
        this\ was\ published\ \d+\ (?:years?|months?|days?)\ ago|live\ updates?(?:\ \(closed\))?|
        javascript\ is\ disabled\b.*|(?:please\ )?enable\ javascript\b.*|
        this\ audio\ is\ (?:created|generated)\b.*|new:\ you\ can\ now\ listen\b.*|
        read\ a\ summary\ of\ this\ article\b.*|we[’']re\ sorry,\ this\ feature\ is\ currently\ unavailable\b.*|
        support\ our\ newsroom\b.*|this\ article\ is\ free\ to\ read\b.*|simply\ register\b.*|
        (?:(?:share|facebook|twitter|x|linkedin|pinterest|e-?mail|whatsapp|telegram|reddit|print|messenger|copy\ link)(?:\ ?icon)?\W*){2,}|the\ views\ expressed\ (?:by|in)\b.*|disclaimer:.*|
        \d[\d,.]*\ views?(?:\ \d+\ comments?(?:\(s\))?)?|news\ ?feed|video|photos|img|home\s*(?:>>|»|›|/|\|)\s*.{0,80}|home>>|
        (?:©|\(c\)|copyright)\ .{0,80}all\ rights\ reserved.{0,40}|
        (?:reading|normal|global)\ view|lese-?ansicht|(?:normale|globale)\ ansicht|vue\ (?:lecture|normale|globale)|
        (?:there\ are\ new\ available\ articles|es\ gibt\ neue\ verfügbare\ artikel|de\ nouveaux\ articles\ sont\ disponibles)\b.{0,80}
    )\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
_NEWSLETTER = re.compile(  # one word boundary before the phrases: tried where a word starts, not at every character
    r"\b(?:(?:sign\s*up|subscribe|register)\b.*\bnewsletters?\b|newsletters?\b.*\b(?:sign\s*up|subscribe)\b|"
    r"(?:get|receive|delivered)\b.*\bin(?:to)? your inbox\b)|^newsletters?$|"
    # ... in other languages ("Abonnez-vous gratuitement à la newsletter"), and a promotion's heading that ends
    # on it after a dash ("Sorties à Lyon – La newsletter")
    r"\b(?:abonnez|inscrivez|iscriviti|iscrivetevi|suscr[íi]bete|reg[íi]strate|assine|abonniere)\w*\b.*\bnewsletters?\b|"
    r"\s[–—|-]\s+(?:(?:la|le|our|the|notre|die|el|a|unsere?)\s+)?newsletters?$",
    re.IGNORECASE,
)
# The quick test before _NEWSLETTER, in the same case rule: each of its matches holds "newsletter" or "inbox".
_NEWSLETTER_WORDS = re.compile(r"n(?:ewsletter|box)", re.IGNORECASE)
_COPYRIGHT_FOOTER = re.compile(r"^(?:©|\(c\)\s|copyright\b)", re.IGNORECASE)

# Lines after which a scraped page usually lists other articles, not this one.
_END_OF_ARTICLE = re.compile(
    r"""^(?:
        related(?:\ (?:articles?|stories|content|posts|news|coverage|reading|topics))?|
        more\ on\ this\ (?:story|topic)|more\ (?:stories|from\ .{1,40})|
        you\ (?:may|might)\ also\ (?:like|be\ interested\ in)|recommended(?:\ for\ you)?|
        most\ (?:read|popular|viewed)|popular|trending|read\ next|latest\ (?:news|stories)(?:\ updates?)?|
        more\ [\w'’]+(?:\ [\w'’]+)?|editor'?s\ picks|
        share\ this(?:\ (?:article|story))?|topics|tags|
        also\ on\ .{1,40}|hot\ this\ week|(?:it\ )?may\ be\ interesting|see\ also|don[’']t\ miss|
        in\ case\ you\ missed\ it|(?:from\ )?around\ the\ web|up\ next|
        δείτε\ επίσης|lire\ aussi|lea\ también|leia\ também|siehe\ auch|baca\ juga|leggi\ anche
    )\s*:?$""",
    re.IGNORECASE | re.VERBOSE,
)


def _without_invisible(text: str) -> str:
    """The invisible characters removed, but for a joiner spelling a word of a script that uses it."""
    if "\u200c" in text or "\u200d" in text:
        return _STRAY_INVISIBLE.sub("", text)
    return text.translate(_INVISIBLE)


@functools.lru_cache(maxsize=8192)  # the rules (the parser's, then the tagger's) measure each line many times
def normalise_text(raw: str) -> str:
    """Unify newlines and spacing without touching the author's punctuation."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    if _ANY_INVISIBLE.search(text):  # translate() is slow even when there is nothing to remove
        text = _without_invisible(text)
    text = _ODD_SPACE.sub(" ", text)
    if "  " in text:
        text = _RUNS_OF_SPACES.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n"))


def normalise_line(text: str) -> str:
    """Collapse a fragment (for example an HTML element's text) to one clean line."""
    return " ".join(normalise_text(text).split())


def split_units(text: str) -> list[str]:
    """Split clean text into lines, re-joining prose that a scraper hard-wrapped.

    Each non-empty line is a unit of its own (headline, byline, paragraph), except
    that a line broken mid-sentence - no closing punctuation and the next line
    starting in lower case - continues on the next line.
    """
    units: list[str] = []
    previous_blank = True
    for line in text.split("\n"):
        if not line:
            previous_blank = True
            continue
        if units and not previous_blank and _continues(units[-1], line):
            units[-1] = f"{units[-1]} {line}"
        elif line[:1] in "PpDd" and _STAMP_BEFORE_PROSE.match(line):
            stamp = _STAMP_BEFORE_PROSE.match(line)  # "published: 2024-03-03 10:05:00 The council agreed ..."
            units += [stamp["stamp"], line[stamp.end():]]
        else:
            units.append(line)
        previous_blank = False
    return units


# A labelled machine timestamp that the crawl glued to the story's first sentence: a line of its own.
_STAMP_BEFORE_PROSE = re.compile(r"(?P<stamp>(?i:published|posted|date)\s*:\s*\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?)\s+(?=[A-Z])")


_LINE_END = re.compile(r"[.!?:;…\"”’)\]]$")


def _continues(previous: str, line: str) -> bool:
    joined = len(previous) >= 40 and not _LINE_END.search(previous) and line[0].islower() \
        and not split_credit(line) and not _dated_byline(line)  # "fot. PAP", "by Harbour TV 02 January 2016 ..."
    return joined and not _closes_with_its_credit(previous) and not _lone_word_unclosed(line)


def _lone_word_unclosed(line: str) -> bool:
    """One word of letters with no closing mark: a site's name or a picture's file name under the line
    ("harbournews", "ribbon_cut"), never the last word of a wrapped sentence, which closes it ("year."); an address
    or a number goes on the line above ("... Ana Ruiz at" / "aruiz@example.org")."""
    return line.replace("_", "").replace("-", "").isalpha()


def _closes_with_its_credit(previous: str) -> bool:
    """A caption closed by its labelled credit ("... in Tehran. Photo: Jane Roe via REUTERS") is whole: the line
    under it ("i24 News – The president said ...") starts the story, however its first letter is set."""
    found = split_credit(previous)
    return bool(found and found.labelled and found.caption
                and _PICTURE_LABEL.search(previous, max(0, len(found.caption) - 1)))  # never "Rule 4310(c), ..."


_PICTURE_LABEL = re.compile(r"\b(?:photos?|photograph|pictures?|pic|images?|fotos?|credit)\b|©", re.IGNORECASE)


# A byline in lower case with its date, under the headline: "by Harbour TV 02 January 2016 Last updated at 08:34".
_LOWER_CASE_BY = re.compile(r"^by\s+[A-Z]")
_TIME_OR_UPDATE = re.compile(r"\b\d{1,2}:\d{2}\b|\b(?:updated|published|posted)\b", re.IGNORECASE)


def _dated_byline(line: str) -> bool:
    return bool(_LOWER_CASE_BY.match(line)) and len(line) <= 80 \
        and bool(_TIME_OR_UPDATE.search(line) or find_dates(line))


def source_url_of(line: str) -> str:
    """The URL of a "Source: https://..." line, or "" when the line is something else."""
    match = _SOURCE_LINE.match(line)
    if match:
        return match.group("url").rstrip(").,;")
    if _URL.fullmatch(line):
        return line.rstrip(").,;")
    return ""


# A page template the crawler did not render ("{{newsPoint.title}}").
_TEMPLATE = re.compile(r"\{\{.*\}\}|\{%.*%\}")
# A navigation item: a bullet and a few words, no sentence.
_MENU_ITEM = re.compile(r"^[•·▪►*-]\s*\S+(?:\s+\S+){0,4}$")
# a bulleted meta block's byline is no menu item: "- By Jane Doe", and with its verb "• Post By Jane Doe", "- Posted by …"
_BULLETED_BYLINE = re.compile(r"^[•·▪►*-]\s*(?:(?:post|posted|written)\s+)?by\b", re.IGNORECASE)
_BULLETED_TIME = re.compile(r"^[•·▪►*-]\s*\d{1,2}[:.h]\d{2}\b")  # "• 09:05 hrs" under "• Martes 28 de abril de 2020"
# a bulleted meta block's dated line, its label perhaps first: "• 승인 2021.05.11 10:24", "• Published 2021-05-11"
# (Korean news systems print the writer, the dates and the comment count as bullets under the headline)
_BULLETED_DATE = re.compile(r"^[•·▪►*-]\s*(?:[^\W\d_]+\s*:?\s*)?(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}\b")
# The date a crawler writes before a page's text ("date 2024-03-12 ..."), or only its month ("date 2024-03 ...").
_CRAWLER_DATE = re.compile(r"\A\s*date\s+(?P<date>\d{4}-\d{2}(?P<day>-\d{2})?)(?![\d-])\b[ \t]*")


# A site's cookie notice and its buttons ("Our website uses cookies ... you consent to the use of cookies.").
_COOKIE_NOTICE = re.compile(
    r"\b(?:we|this\s+(?:web)?site|our\s+(?:web)?site|it)\s+uses?\s+cookies\b|\b(?:use|using)\s+of\s+cookies\b|"
    r"\bconsent\s+to\s+(?:the\s+use\s+of\s+)?cookies\b|"
    r"^(?:ok,?\s+)?i\s+(?:agree|accept)\W*$|^accept(?:\s+all)?(?:\s+cookies)?\W*$",
    re.IGNORECASE,
)


# A cookie-consent panel saved with the page speaks of its own categories and controls ("Necessary cookies are
# required ...", "No cookies to display.", "Customize Consent Preferences"): a story about cookies rarely does.
_CONSENT_PANEL_LINE = re.compile(
    r"\b(?:necessary|essential|functional|analytic(?:al|s)?|performance|advertis(?:ing|ement)|marketing|targeting|"
    r"statistics?|preferences?|third[- ]party)\s+cookies\b|\bno\s+cookies\s+to\s+display\b|"
    r"\b(?:customi[sz]e|manage|adjust)\s+(?:your\s+)?(?:consent|cookies?)\b|\bconsent\s+(?:preferences|categor)",
    re.IGNORECASE,
)
CONSENT_PANEL_MIN_LINES = 3  # of the panel's own words: one line naming cookies may be a story's
_CONSENT_PANEL_START = 3  # the panel stands first on the page, perhaps under a site name or a skip link
_CONSENT_PANEL_BUTTON_WORDS = 3  # "Always Active", "Accept All", "Save My Preferences" inside the panel


def consent_panel(units: list[str]) -> tuple[int, int]:
    """``(start, end)`` of a cookie-consent panel saved at the top of the page, ``(0, 0)`` when there is none.

    The panel is a run of units naming cookies or consent, with its buttons' short labels between them, and at
    least ``CONSENT_PANEL_MIN_LINES`` of them in a panel's own words (its categories, its controls, its notice).
    """
    start = end = own = 0
    for index, unit in enumerate(units):
        folded = unit.casefold()
        if "cookie" in folded or "consent" in folded:
            if not end:
                if index > _CONSENT_PANEL_START:
                    break
                start = index
            end = index + 1
            own += bool(_CONSENT_PANEL_LINE.search(unit) or (word_count(unit) <= 80 and _COOKIE_NOTICE.search(unit)))
        elif end and word_count(unit) <= _CONSENT_PANEL_BUTTON_WORDS and not unit.rstrip().endswith((".", "!", "?")):
            continue
        elif end:
            break
    return (start, end) if own >= CONSENT_PANEL_MIN_LINES else (0, 0)


def is_furniture(line: str) -> bool:
    """True for share buttons, adverts, newsletter prompts, cookie notices, menus and similar page furniture."""
    if _FURNITURE.match(line) or _TEMPLATE.search(line):
        return True
    if (len(line) < 30 or "cookie" in line.lower()) and word_count(line) <= 80 and _COOKIE_NOTICE.search(line):
        return True  # the quick test first: the notice names cookies, its buttons are short
    if _MENU_ITEM.match(line) and not line.endswith((".", "?", "!", "”", '"')) and not _BULLETED_BYLINE.match(line) \
            and not _BULLETED_TIME.match(line) and not _BULLETED_DATE.match(line):
        return True
    return word_count(line) <= 30 and bool(_NEWSLETTER_WORDS.search(line)) and bool(_NEWSLETTER.search(line))


def split_crawler_date(text: str) -> tuple[str, str]:
    """``(text, "YYYY-MM-DD")`` without the date line a crawler put first; ``(text, "")`` when there is none.
    A crawler's month alone ("date 2024-03") is taken off the text too, but it dates nothing: ``(text, "")``."""
    match = _CRAWLER_DATE.match(text)
    if not match:
        return text, ""
    return text[match.end():], match["date"] if match["day"] else ""


def is_copyright_footer(line: str) -> bool:
    """A "© 2023 Outlet ..." line that closes a page."""
    return bool(_COPYRIGHT_FOOTER.match(line))


# Headings that only ever introduce other stories ("ALSO ON JAMAICA OBSERVER", "Hot this week"), never the
# story itself, wherever they stand on the page (unlike "Latest news", which may be a section label above it).
_OTHER_STORIES = re.compile(
    r"^(?:also\ on\ .{1,40}|hot\ this\ week|(?:it\ )?may\ be\ interesting|see\ also|don[’']t\ miss|"
    r"in\ case\ you\ missed\ it|(?:from\ )?around\ the\ web|you\ (?:may|might)\ also\ (?:like|be\ interested\ in)|"
    r"more\ from\ .{1,40}|related\ (?:articles?|stories|posts|news)|δείτε\ επίσης)\s*:?$",
    re.IGNORECASE,
)


def introduces_other_stories(line: str) -> bool:
    """True for headings that only ever introduce other stories' teasers."""
    return bool(_OTHER_STORIES.match(line))


def is_end_of_article(line: str) -> bool:
    """True for headings like "Related articles" that introduce links to other stories."""
    return bool(_END_OF_ARTICLE.match(line))
