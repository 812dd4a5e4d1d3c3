"""What a page puts on and around its headline, in the languages editors paste.

The site's, not the story's: a kicker glued before the headline ("EXCLUSIVE | ...", "BREAKING: ..."), the
site's name after it ("... | Daily Courier", "... - lemonde.fr"), and notices written as prose (a cookie banner,
a paywall's offer) that would otherwise pass for the story's first paragraph. And the shapes the headline takes
among them: broken over two lines, printed twice, run into the story's dateline, beside the writer's box. The
site's controls, masthead strips and menus are parsing_site_controls.py's.
"""

import re
from collections import Counter

from .byline_names import looks_like_name
from .byline_vocabulary import is_agency, is_role_line
from .credits import split_credit
from .scanning import word_count
from .parsing_lines import caption_in_head, people_named, person_alone
from .person_names import SECTION_NAMES, is_personal

# Labels that never belong to a headline, however they are printed.
_ALWAYS_KICKERS = (
    r"breaking(?:\s+news)?|exclusive|world\s+exclusive|just\s+in|"
    r"eilmeldung|exklusiv|exclusif|exclusive|alerte(?:\s+info)?|"
    r"[úu]ltima\s+hora|exclusiva|urgente|exclusivo|ultim['’]ora|ultima\s+ora|esclusiva|esclusivo|exclusief"
)
# Labels naming the piece's kind: a kicker when printed as one (in capitals, or before a bar), else perhaps the
# headline's own words ("Analysis: why the bridge fell"). A medium's or a live page's label ("WATCH | ...",
# "[VIDEO]", "Live updates: ...") describes the piece and stays, as editors keep it.
_GENRE_KICKERS = (
    r"analysis|opinion|comment(?:ary)?|editorial|explainer|interview|review|feature|fact\s+check|in\s+brief|"
    r"news\s+in\s+brief|briefs?|round-?up|update|developing|urgent|"
    r"analyse|tribune|[ée]dito(?:rial)?|d[ée]cryptage|entretien|reportage|enqu[êe]te|chronique|kommentar|meinung|"
    r"hintergrund|opini[óo]n|an[áa]lisis|entrevista|reportaje|opinione|analisi|intervista|commento|opini[ãa]o|"
    r"an[áa]lise|opinie"
)
_KICKER = re.compile(
    rf"^(?P<label>(?:(?P<always>{_ALWAYS_KICKERS})|(?P<genre>{_GENRE_KICKERS})))\s*(?P<bar>[:|•.]|\s[-–—])\s+",
    re.IGNORECASE,
)
# "Jane Doe COMMENT: ...": a columnist's name before the kind of piece, in capitals.
_NAMED_KICKER = re.compile(rf"^(?:[A-Z][\w'’.-]+\s+){{1,3}}(?P<label>(?i:{_GENRE_KICKERS}))\s*:\s+")


# "Moore / It's time to ...": a columnist's name tags the column's headline, as opinion pages print it.
_COLUMNIST_TAG = re.compile(r"^(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2})\s+/\s+(?P<rest>\S.*)$")
_COLUMNIST_WINDOW = 12  # lines under the headline where the columnist's name stands


_MIN_WORDS_AFTER_A_LONE_TAG = 5
# A site's section as one word before the slash: the world's parts and the usual desks, in the languages editors
# paste ("Afrique / ...", "Sport / ...", "Mundo / ..."); a place ("Harbour / Seaville ferry ...") is the headline's.
_SECTION_TAGS = SECTION_NAMES | frozenset(
    """world monde mundo welt mondo wereld świat svět dünya africa afrique áfrica afrika europe europa asia asie ásia
    asien azja americas amériques américas amerika oceania océanie oceanía ozeanien sport sports deportes esportes
    desportes sportif spor politics politik polityka polska economy wirtschaft gospodarka business culture kultur
    kultura opinion opinión meinung tribune health santé salud saúde gesundheit science sciences ciencia tech
    technology""".split())


def without_columnist(headline: str, below: list[str]) -> str:
    """The headline without a columnist's name and a slash before it, when a person of that name stands
    in the lines below it (the byline, the author's box): "Moore / Tax the rich" over "Jane Moore". A single
    section's name before the slash ("Afrique / ...", "Sport / ...") tags a whole headline after it too."""
    match = _COLUMNIST_TAG.match(headline) if " / " in headline else None
    if not match or not _reads_as_headline(match["rest"]):
        return headline
    if match["name"].casefold() in _SECTION_TAGS and word_count(match["rest"]) >= _MIN_WORDS_AFTER_A_LONE_TAG \
            and " / " not in match["rest"]:
        return match["rest"]
    surname = match["name"].split()[-1].casefold()
    for line in below[:_COLUMNIST_WINDOW]:
        if word_count(line) <= 6 and any(name.split()[-1].casefold() == surname for name in people_named(line)):
            return match["rest"]
    return headline


# Labels naming the piece's format, alone on their line above the headline: "Grand format", "Long read", "Récit".
_FORMAT_LABELS = (
    r"grand\s+format|long\s+format|long[\s-]?reads?|big\s+read|long[\s-]?form|in[\s-]depth|deep\s+dive|grand\s+angle|"
    r"grand\s+reportage|r[ée]cit|gran\s+formato|gran\s+reportaje|formato\s+largo|langformat|longread"
)
_BARE_KICKER = re.compile(rf"(?:{_ALWAYS_KICKERS}|{_FORMAT_LABELS})\W*", re.IGNORECASE)


def is_bare_kicker(unit: str) -> bool:
    """A label alone on its line ("Breaking News"), over whatever the page prints next: never the headline."""
    return bool(_BARE_KICKER.fullmatch(unit))


def without_kicker(headline: str) -> str:
    """The headline without a kicker glued before it: "EXCLUSIVE | Mayor quits" → "Mayor quits". A label that
    may be the headline's own words ("Watch: ...", "Live updates: ...") is kept."""
    match = _KICKER.match(headline)
    if match:
        label = match["label"]
        # "EXCLUSIF. ...": French pages end a kicker in capitals with a full stop
        printed_as_label = label.isupper() or (match["bar"] != "." and (match["always"] or match["bar"] in "|•"))
        rest = headline[match.end():]
        if printed_as_label and _reads_as_headline(rest):
            return rest
    named = _NAMED_KICKER.match(headline)
    if named and named["label"].isupper() and _reads_as_headline(headline[named.end():]):
        return headline[named.end():]
    return headline


# A CMS's badge printed after the title on the same line ("Man held for breaking curfew Featured", Joomla's K2).
_BADGE_AFTER = re.compile(r"\s+Featured$")


def without_badge(headline: str) -> str:
    """The headline without a badge glued after it: "Mayor quits Featured" → "Mayor quits"."""
    match = _BADGE_AFTER.search(headline)
    if match and _reads_as_headline(headline[: match.start()]):
        return headline[: match.start()]
    return headline


# A live page's status stamp run into the headline, as German broadcasters print it above every article:
# "Stand: 10.06.2022 21:00 Uhr Corona-Blog: ..." (the time of the last update, never part of the headline).
_STATUS_STAMP = re.compile(
    r"^(?:Stand|Aktualisiert(?:\s+am)?)\s*:?\s*\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})"
    r"(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?\s+(?=\S)")


def without_status_stamp(headline: str) -> str:
    """The headline without a status stamp before it: "Stand: 10.06.2022 21:00 Uhr Storm closes port" → "Storm
    closes port"."""
    match = _STATUS_STAMP.match(headline)
    if match and _reads_as_headline(headline[match.end():]):
        return headline[match.end():]
    return headline


# Section labels in capitals, each closed by a colon, chained before the headline as some sites print their
# categories: "NATIONAL: SPACE / SATELLITES &TECHNOLOGY: Rocket puts ...". Two at least: "NATO: ..." may be the
# headline's own first word.
_CHAINED_SECTION_LABELS = re.compile(r"^(?:[A-Z][A-Z&/ .-]{2,40}:\s*){2,3}(?=\S)")


def without_section_labels(headline: str) -> str:
    """The headline without a chain of section labels in capitals glued before it."""
    match = _CHAINED_SECTION_LABELS.match(headline) if ":" in headline[:90] else None
    rest = headline[match.end():] if match else ""
    if match and _reads_as_headline(rest) and not rest.isupper():
        return rest
    return headline


def _reads_as_headline(text: str) -> bool:
    return word_count(text) >= 3 and (text[:1].isupper() or text[:1].isdigit() or text[:1] in "'\"‘“„«")


# The site's name after the headline, as page titles print it: " | Daily Courier", " - lemonde.fr", and as
# aggregators copy it: " • Harbour Newspaper".
_SUFFIX = re.compile(r"\s+(?P<bar>[|–—•-]|::)\s+(?P<site>[^|–—•-]{2,40})$")
_DOMAIN = re.compile(r"\b[\w-]+\.(?:[a-z]{2}|com|net|org|info|news|online)\b", re.IGNORECASE)
# Words that name a paper or a broadcaster, in the languages editors paste.
_SITE_WORDS = re.compile(
    r"\b(?:news|newspapers?|times|post|herald|tribune|journal|gazette|observer|chronicle|telegraph|mirror|express|standard|"
    r"daily|weekly|online|tv|radio|channel|network|media|press|zeitung|nachrichten|noticias|notizie|"
    r"nieuws|actualit[ée]s|actu|infos?|diario|peri[óo]dico|giornale|gazzetta|corriere|jornal|dagblad|avis|"
    r"tidning|courrier|t[ée]l[ée]vision|rundfunk|tagesschau|presse)\b|\w(?:zeitung|nachrichten|blatt|kurier)\b",
    re.IGNORECASE,
)
_ARTICLE_AND_NAME = re.compile(
    r"^(?:the|le|la|les|l['’]|el|los|las|il|lo|der|die|das|de|het|o|a|os)\s*[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*)?$"
)


# A story's tag closing its headline: "(video)", "(photos)", "(FOTO)", "(live)".
_MEDIA_TAG_AT_END = re.compile(r"\((?i:videos?|photos?|fotos?|audio|live|gallery|galerie)\)$")


def site_name_after(headline: str) -> tuple[str, bool]:
    """The headline without the site's name after it ("Night buses extended | Metro News" → "Night buses
    extended"), when that name reads as a site's (a newsroom word, a domain, "Le Monde"); and whether a short
    name in capitals still follows a bar (" | NHK": the site's, or the source an aggregator credits)."""
    match = _SUFFIX.search(headline)
    if not match:
        return headline, False
    site, rest = match["site"].strip(), headline[: match.start()].strip()
    if word_count(rest) < 3 or word_count(site) > 4 or site.endswith(("?", "!")):
        return headline, False  # "... – miksi media vaikenee?": a question is the headline's, no site's name
    if _MEDIA_TAG_AT_END.search(site):
        return headline, False  # "... – Jo Lim (video)": the speaker quoted and the story's tag, no site's name
    if _DOMAIN.search(site) or (word_count(site) <= 3 and _SITE_WORDS.search(site)) or (site[:1].isupper() and (
            is_agency(site) or _ARTICLE_AND_NAME.match(site))):  # lower-case brands: "tagesschau.de", "voilà news"
        return rest, False
    if not site[:1].isupper():
        return headline, False
    return headline, match["bar"] in ("|", "::") and all(word[:1].isupper() or not word[:1].isalpha()
                                                          for word in site.split())


_SOURCE_THEN_DATE = re.compile(r"^(?P<source>[^|–—•-]{2,40}?)\s+[|–—•-]\s+\d")  # "Yourmiddleeast - 2019-09-09 09:49"
_SOURCE_LINES = 4  # the lines under the headline where an aggregator names the item's source


def source_named_below(headline: str, below: list[str]) -> str:
    """The headline without an aggregator's source after a bar when that source opens a line below it, before its
    date, however spaced ("... in Iraqi Kurdistan – Your Middle East" over "Yourmiddleeast - 2019-09-09 09:49")."""
    match = _SUFFIX.search(headline)
    if not match or word_count(headline[: match.start()]) < 3:
        return headline
    squashed = re.sub(r"\W", "", match["site"]).casefold()
    for line in below[:_SOURCE_LINES]:
        source = _SOURCE_THEN_DATE.match(line)
        if source and re.sub(r"\W", "", source["source"]).casefold() == squashed:
            return headline[: match.start()].strip()
    return headline


# The headline printed twice on one line, a picture's label or credit between: "Storm closes port File Photo
# Storm closes port" (the alt text, the credit and the caption run together).
_TWICE_IN_ONE_LINE = re.compile(r"^(?P<once>\S.{14,}?\S)\s+(?P<between>(?:\S+\s+){0,3})(?P=once)$")


def printed_twice_in_one_line(line: str) -> tuple[str, str]:
    """The text a line holds twice and the words between (at most three: a picture's label or credit);
    ("", "") for any other line."""
    match = _TWICE_IN_ONE_LINE.match(line) if len(line) >= 32 else None
    return (match["once"], match["between"].strip()) if match and word_count(match["once"]) >= 3 else ("", "")


_BAR_AND_MORE = re.compile(r"\s+(?:[|–—•-]|::)\s+\S.{0,40}$")


def title_over_its_headline(title: str, below: str) -> bool:
    """"Night buses extended - Metro24|7" over "Night buses extended": the page's title, the headline and whatever
    name follows a bar, printed over the headline alone (the name need not read as a site's)."""
    return word_count(below) >= 3 and title.startswith(below) and bool(_BAR_AND_MORE.fullmatch(title, len(below)))


# Beyond a bar or a dash: a site's name after the headline, a breadcrumb or a logo's alt text before it.
_EDGE_SEPARATORS = "-–—|/:»›•·"
_MAX_EDGE_WORDS = 10
_UNSPACED_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # a headline with no spaces


def printed_alone_nearby(headline: str, lines: list[str]) -> str:
    """The line the headline holds whole, where the page prints that line alone among ``lines`` (its top) and the
    headline adds a few words beyond a bar or a dash: "Storm closes port - Harbour Times" with "Storm closes port"
    printed under a breadcrumb, "Harbour Times logo - Storm closes port" over it. The page's title, its heading
    printed alone; ``headline`` itself when the page prints no such line."""
    found = headline
    for line in lines:
        line = line.strip()
        if len(line) < 12 or len(line) >= len(headline) or len(line) <= len(found) < len(headline) \
                or (word_count(line) < 3 and not _UNSPACED_SCRIPT.search(line)):
            continue
        if headline.startswith(line):
            extra = headline[len(line):].strip()
            junction = extra[:1]
        elif headline.endswith(line):
            extra = headline[: len(headline) - len(line)].strip()
            junction = extra[-1:]
        else:
            continue
        if junction and junction in _EDGE_SEPARATORS and word_count(extra) <= _MAX_EDGE_WORDS:
            found = line  # (no separator: the headline goes on, "... in 'MCI OPS' at Tagabe")
    return found


# A breadcrumb's trail run into the headline: "Home Reports <headline>", "Accueil › Politique <headline>".
_BREADCRUMB = re.compile(r"^(?:home|accueil|inicio|início|startseite|home\s*page)\b|[›»>]", re.IGNORECASE)
_MAX_BREADCRUMB_WORDS = 6


def breadcrumb_over_its_headline(line: str, below: str) -> bool:
    """"Home Reports Night buses extended" over "Night buses extended": a breadcrumb's trail run into the page's
    headline, then the headline alone."""
    trail = line[: len(line) - len(below)].strip() if word_count(below) >= 3 and line.endswith(below) else ""
    return bool(trail) and word_count(trail) <= _MAX_BREADCRUMB_WORDS and bool(_BREADCRUMB.search(trail))


def glued_over_its_headline(line: str, below: str) -> bool:
    """"HomeHomePolice: …", "Iran Nuclear NewsRussia says talks took place" over the headline alone: a breadcrumb's or
    a category's words run into the headline with no space (the crawler joined the two)."""
    return word_count(below) >= 3 and len(line) > len(below) and line.endswith(below) \
        and line[-len(below) - 1].isalpha()


_MAX_SITE_NAME_WORDS = 5
_NAME_AND_SITE = re.compile(r"^(?P<name>[^,|•]{4,40}?)\s*[,|•]\s*(?P<site>[^,|•]{2,40})$")


def name_and_site(unit: str) -> bool:
    """A writer's name beside the site's: "Jane Doe, harbourtimes.com", "Jane Doe | Harbour Times" (a byline)."""
    match = _NAME_AND_SITE.match(unit) if len(unit) <= 82 and ("," in unit or "|" in unit or "•" in unit) else None
    if not match or not looks_like_name(match["name"]) or not is_personal(match["name"]):
        return False
    site = match["site"].strip()
    return bool(_DOMAIN.fullmatch(site)) or is_site_name(site)


def is_site_name(unit: str) -> bool:
    """A masthead: a few capitalised words holding a paper's or a broadcaster's word ("Valley Daily News",
    "Radio Nord Online", "lemonde.fr"), with no verb's small words around them."""
    words = unit.split()
    if not 1 <= len(words) <= _MAX_SITE_NAME_WORDS:
        return False
    if _DOMAIN.fullmatch(unit.strip()):
        return True
    return all(word[:1].isupper() or not word[:1].isalpha() or (0 < i < len(words) - 1 and word in _NAME_PARTICLES)
               for i, word in enumerate(words)) and bool(_SITE_WORDS.search(unit)) and not _DIGEST.search(unit)


# The small words inside a paper's name: "Giornale di Sicilia", "Corriere della Sera", "Diario de Noticias".
_NAME_PARTICLES = frozenset("di della del dello dei delle de la le du des do da dos das y e et".split())


# A digest's title is its headline: "Pacific News Briefs", "Morning Headlines, May 3".
_DIGEST = re.compile(r"\d|\b(?:briefs?|headlines|bulletin|summary|digest|round-?up|updates?|highlights|wrap)\b",
                     re.IGNORECASE)
_DIGEST_TITLE = re.compile(r"\b(?:briefs|headlines|bulletin|summary|digest|round-?up|highlights)\b", re.IGNORECASE)
_MAX_DIGEST_TITLE_WORDS = 6


def is_digest_title(unit: str) -> bool:
    """A digest's title ("News highlights", "Morning Briefs"): the page's headline, over its first item's."""
    return 2 <= word_count(unit) <= _MAX_DIGEST_TITLE_WORDS and unit[:1].isupper() \
        and not unit.endswith((".", ":")) and bool(_DIGEST_TITLE.search(unit))


# A headline run into the story's wire dateline by the page's markup: "Storm closes port SEAVILLE, March 4 (ANP) -
# The storm ...". The dateline: a place in capitals, perhaps a date, perhaps the agency in brackets, then a dash.
_HEADLINE_INTO_DATELINE = re.compile(
    r"^(?P<headline>[A-Z0-9‘“'\"].{14,200}?[^.!?,;:\s])\s+"
    r"(?P<dateline>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3}"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}|,\s*\d{1,2}\s+[A-Z][a-z]{2,8}\.?)?\s*(?:\([A-Za-z][\w .&-]{1,20}\))?\s*"
    r"(?:[—–-]{1,2}|:)\s+[A-Z\"“‘'])"
)


def headline_run_into_dateline(paragraph: str) -> tuple[str, str] | None:
    """(headline, story) for a first paragraph that opens with the headline glued to the dateline; else None."""
    match = _HEADLINE_INTO_DATELINE.match(paragraph)
    if not match or word_count(match["headline"]) < 4 or ". " in match["headline"]:
        return None
    return match["headline"], paragraph[match.start("dateline"):]


# A story's wire dateline: "HARBOUR CITY (ANP) -", "SEAVILLE, Norway —", "Oct. 14 (ANP) --".
_DATELINE = re.compile(
    r"^(?:[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,3}(?:,\s*[A-Z][\w.'’]*(?:\s+[\w.'’]+){0,2})?"
    r"\s*(?:\([^()]{2,25}\))?"
    r"|(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)\s*\([^()]{2,25}\))\s*(?:[—–-]{1,2}|\.-)\s*\S"
)


def opens_with_dateline(paragraph: str) -> bool:
    return bool(_DATELINE.match(paragraph))


_BAR = re.compile(r"\s+(?:[|–—-]|::)\s+")


def page_headline(given: str, heading: str, outlet: str = "") -> str:
    """An HTML page's headline from its metadata title (og:title, JSON-LD) and its first heading: the title
    without the site's name after it ("Storm hits coast | Daily Times", the outlet as og:site_name names it, or
    a name that reads as a site's) or a kicker before it, and the heading's own words when they are the same."""
    if not given:
        return without_kicker(heading)
    parts = _BAR.split(given)
    if outlet and len(parts) > 1 and parts[-1].strip().casefold() == outlet.strip().casefold():
        trimmed = given[: given.rfind(parts[-1])].rstrip(" |–—-:")
    else:
        trimmed = site_name_after(given)[0]
    trimmed = without_kicker(trimmed)
    return heading if heading and heading.casefold() == trimmed.casefold() else trimmed


_MAX_SPLIT_HEADLINE_WORDS = 22
_LONE_JOINS = frozenset("and & und et y e en og och i".split())  # "Jane Doe" / "and" / "John Roe": names, no headline


def join_split_headlines(units: list[str], metadata: list, end: int) -> int:
    """A headline the page broke over two lines ("Night buses extended" over "to the outer districts"), joined in
    place (the units and their metadata alike); returns how many lines were joined away."""
    joined, index = 0, 0
    while index < end - joined - 1:
        first, second = units[index], units[index + 1]
        if not metadata[index] and not metadata[index + 1] and second[:1].isalpha() and second[:1].islower() \
                and first[:1].isupper() and not first.endswith((".", ":", ";", ",", "!", "?", "…")) \
                and not second.endswith((".", ":", ";")) and not second.lower().startswith("by ") \
                and second.strip().lower() not in _LONE_JOINS \
                and 2 <= word_count(first) and word_count(first) + word_count(second) <= _MAX_SPLIT_HEADLINE_WORDS \
                and word_count(second) <= 2 * word_count(first) \
                and not split_credit(second) \
                and " " in second \
                and not _names_of_the_caption_below(second, units[index + 2 : index + 3]):  # "harbour.com", alt text
            units[index : index + 2] = [f"{first} {second}"]
            metadata[index : index + 2] = [None]
            joined += 1
        index += 1
    return joined


_MIN_CAPTION_NAMES = 2


def _names_of_the_caption_below(line: str, below: list[str]) -> bool:
    """A picture's file name or alt text in lower case ("jane roe ribbon"), its caption under it printing those
    words as names ("Jane Roe cuts the ribbon ..."): no part of the headline above."""
    if not below or not line.islower():
        return False
    capitalised = {word.casefold() for word in below[0].split() if word[:1].isupper()}
    return sum(word in capitalised for word in line.split()) >= _MIN_CAPTION_NAMES


def words_run_together(line: str) -> bool:
    """A menu's items run together by the page's markup: "PoliticsBusinessSport", "NEWS BULLETINposted"."""
    return any(_run_together(word) for word in line.split()
               if not (word.islower() or word.isupper() or word.istitle()))  # most words: quick to rule out


def _run_together(word: str) -> bool:
    return any((word[i].isupper() and word[i + 1].islower() and word[i - 4 : i].isalpha()
                and word[i - 4 : i].islower())
               or (word[i].islower() and word[i + 1 : i + 3].isalpha() and word[i + 1 : i + 3].islower()
                   and word[i - 3 : i].isalpha() and word[i - 3 : i].isupper())
               for i in range(3, len(word) - 1))


def in_an_author_box(units: list[str], index: int) -> bool:
    """A person's name beside a job title ("Jane Doe" over "Senior Editor", under "Journalist"): the writer's box."""
    unit = units[index]
    if word_count(unit) > 4 or not looks_like_name(unit) or not is_personal(unit):
        return False
    return any(0 <= other < len(units) and is_role_line(units[other]) for other in (index - 1, index + 1))


def printed_twice_over_the_byline(units: list[str], metadata: list, index: int, doubled: set[str]) -> bool:
    """The page's title and its first heading, one over the other, then (perhaps under a subtitle) a date or "By"
    line: the headline printed twice. A picture's alt text and caption stand over the story, or over the writer's
    name alone (its author box), not over a dated line."""
    if units[index] not in doubled or word_count(units[index]) < 4 or index + 1 >= len(units) \
            or units[index + 1] != units[index] or (index and units[index - 1] == units[index]):
        return False
    return any(index + gap < len(metadata) and metadata[index + gap] for gap in (2, 3))


# Other stories' titles and first lines, each line cut mid-sentence, under the line read as the headline, then a
# short title over whole paragraphs: teasers above the article, whose first title was read as its headline.
_TEASER_WINDOW = 12
_TEASER_MIN_WORDS = 12
_CUT_SHORT = re.compile(r"[^\W\d_,]$|,$")  # a letter or a comma, no full stop: a first line cut to a length
_WHOLE_SENTENCE = re.compile(r"[.!?\"”’]$")


def article_title_under_teasers(units: list[str], start: int) -> int | None:
    """The index of the article's title when, from ``start`` (under the line read as the headline), two stories or
    more are teased, each a short title over a line of a story's length cut off mid-sentence, and after the last a
    short line stands over two whole paragraphs; None for any other page."""
    end = min(len(units) - 1, start + _TEASER_WINDOW)
    teased = [i for i in range(start, end) if _is_short_title(units[i]) and word_count(units[i + 1]) >= _TEASER_MIN_WORDS
              and _CUT_SHORT.search(units[i + 1])]
    if len(teased) < 2:
        return None
    title = teased[-1] + 2
    story = units[title + 1 : title + 3]
    if title < len(units) and _is_short_title(units[title]) and len(story) == 2 \
            and all(word_count(unit) >= 8 and _WHOLE_SENTENCE.search(unit) for unit in story):
        return title
    return None


def _is_short_title(unit: str) -> bool:
    return 3 <= word_count(unit) <= 16 and not unit.endswith((".", ",", ":"))




# A headline's words come back in its story's first paragraphs; a site's name, a tagline, a widget's or a menu's line
# taken for the headline shares none with them. Words of four letters or more, compared by their first five letters
# (so that "Mogadishu's" meets "Mogadishu", "arrests" "arrested").
_STORY_WORD = re.compile(r"[^\W\d_]{4,}")
_STORY_PARAGRAPHS = 5
_MIN_STORY_WORDS = 40  # a story this long repeats some word of its own headline
_NEARER_HEADLINE_WORDS = (3, 25)
_MIN_SHARED_WORDS = 2
_MAX_CHOSEN_SHARED = 1  # a site's name may share the story's place: "Harbour Gazette" over a story in Harbour
_MAX_MASTHEAD_SHARED = 2  # a paper's name by its shape may share two: "Harbour Valley Gazette"
_MORE_SHARED_WORDS = 2
_PROSE_LINE_WORDS = 8  # a standfirst or a caption between the headline and the story speaks of it too
# A digest's or a dated bulletin's title ("News highlights", "En bref", "Monday's News - Jan 23", "Las noticias del
# día"): its items follow, each its own story, so the title shares no word with the first.
_BULLETIN = re.compile(r"\b(?:briefs?|bref|breves|kurz|in\s+short|highlights|headlines|bulletin|summary|digest|"
                       r"round-?up|wrap)\b", re.IGNORECASE)
_NEWS_WORDS = re.compile(r"\b(?:news|nieuws|noticias|notícias|nachrichten|nouvelles|notizie|nyheter|nyheder|uutiset|"
                         r"wiadomości|zprávy|vijesti|haberler|berita|balita|habari)\b", re.IGNORECASE)
_DAY = re.compile(r"\d|\b(?:today|day|día|dia|dag|jour|tag|giorno|dzień|gün|hari|siku)\b", re.IGNORECASE)
# Not a headline's: a clock or a video's length ("02:22."), a list's mark or number run into an item ("• ...",
# "1Entramos ..."), a picture's credit label ("... Credit: Jo Lim"), an address.
_NOT_A_HEADLINE_NEARER = re.compile(r"\b\d{1,2}:\d{2}\b|^[•·▪►*-]|^\d+[^\W\d_]"
                                    r"|\b(?i:credit|photo|foto|picture|image|bild|kuva)\s*:|https?://")


def _word_stems(text: str) -> set[str]:
    return {word.casefold()[:5] for word in _STORY_WORD.findall(text)}


def _stems_found(stems: set[str], folded_text: str, enough: int) -> int:
    """How many of ``stems`` are among ``folded_text``'s word stems (as ``_word_stems`` reads them), counting no
    further than ``enough``: a search for each, cheaper than reading every word of a story."""
    found = 0
    for stem in stems:
        at = folded_text.find(stem)
        while at != -1:  # a stem of five letters opens a word; one of four is a whole word
            after = at + len(stem)
            if (at == 0 or not folded_text[at - 1].isalpha()) \
                    and (len(stem) == 5 or after == len(folded_text) or not folded_text[after].isalpha()):
                found += 1
                break
            at = folded_text.find(stem, at + 1)
        if found >= enough:
            break
    return found


def _not_a_headline_line(units: list[str], metadata: list, index: int) -> bool:
    """``units[index]`` is a date's or a byline's line, ends as a sentence or a label does (unless printed twice, a
    title over its heading), or is a clock, a list's item, a credit, an address or a caption."""
    line = units[index].strip()
    twice = index + 1 < len(units) and units[index + 1].strip() == line
    ending = line.rstrip("”\"’'»)")[-1:]  # a quotation's sentence ends inside its marks: "... brothers,”"
    return bool(metadata[index]) or (ending in ".:," and not twice) or bool(_NOT_A_HEADLINE_NEARER.search(line)) \
        or caption_in_head(line) or person_alone(line, units[index + 1 :])


def headline_nearer_the_story(units: list[str], metadata: list, headline: str, chosen: int,
                              body: int | None) -> int | None:
    """Where the headline chosen (``headline``, read from ``units[chosen]``) shares at most one word with the story's
    first paragraphs (from ``units[body]``; a site's name may hold the story's place) and none with a line of prose
    between them (a standfirst, a caption): the first line between it and the story, not a date or byline line, of
    a headline's length and no sentence's ending (unless printed twice, a title over its heading), that shares at
    least two words with the story and two more than the chosen line. The headline stands just above the story (its
    date, byline or standfirst between); a masthead, a tagline or a menu's line above it does not speak of the story.
    None when the chosen line is the story's by these words, is printed twice, is a digest's or a dated bulletin's
    title, or no line below it qualifies."""
    if body is None or not 0 <= chosen < body or _UNSPACED_SCRIPT.search(headline) \
            or _BULLETIN.search(headline) or (_NEWS_WORDS.search(headline) and _DAY.search(headline)):
        return None
    story_text = " ".join(units[body : body + _STORY_PARAGRAPHS])
    heading = _word_stems(headline)
    # a paper's name ("Harbour Valley Gazette") shares the story's place or people, and so does a standfirst under it
    masthead = is_site_name(headline)
    most_shared = _MAX_MASTHEAD_SHARED if masthead else _MAX_CHOSEN_SHARED
    shared = _stems_found(heading, story_text.casefold(), most_shared + 1)  # mostly the story's headline: stop
    if shared > most_shared:
        return None
    story = _word_stems(story_text)
    between = "" if masthead else " ".join(line for line in units[chosen + 1 : body]
                                           if word_count(line) >= _PROSE_LINE_WORDS)
    if len(_STORY_WORD.findall(story_text)) < _MIN_STORY_WORDS or not heading.isdisjoint(_word_stems(between)) \
            or sum(unit.strip() == headline for unit in units[:body]) > 1:  # a line the page prints twice is its own
        return None
    low, high = _NEARER_HEADLINE_WORDS
    for index in range(chosen + 1, body):
        line = units[index].strip()
        if not low <= word_count(line) <= high or _not_a_headline_line(units, metadata, index):
            continue
        if len(_word_stems(line) & story) >= max(_MIN_SHARED_WORDS, shared + _MORE_SHARED_WORDS):
            return index
    return None


# The page's title and its heading are the same words, each printed as a line of its own (the crawler's first line,
# then the heading above the story; or the heading and a share box's copy): a line the page prints twice, whole,
# above its story and speaking of it is its headline, over a line printed once.
_MIN_SHARED_TWICE = 2


def headline_printed_twice(units: list[str], metadata: list, headline: str, chosen: int,
                           body: int | None) -> int | None:
    """Where the line chosen (``units[chosen]``) is printed once above the story (from ``units[body]``): the nearest
    line above the story, other than it, of a headline's shape (as in ``headline_nearer_the_story``), printed twice
    as a whole line there and sharing at least two words with the story: the index of its first printing below the
    chosen line, or else of its second; None when the chosen line shares two words with the story or no line
    qualifies (a caption of two sentences, its alt text printed over it, does not)."""
    if body is None or not 0 <= chosen < body:
        return None
    head = [unit.strip() for unit in units[:body]]
    counts = Counter(head)
    if counts.get(headline.strip(), 0) > 1:
        return None
    twice = [index for index, line in enumerate(head) if counts[line] == 2 and line != headline.strip()
             and head.index(line) != index]  # the second printing
    if not twice:
        return None
    story_text = " ".join(units[body : body + _STORY_PARAGRAPHS])
    shared = _stems_found(_word_stems(headline), story_text.casefold(), _MAX_CHOSEN_SHARED + 1)
    if shared > _MAX_CHOSEN_SHARED:
        return None
    story = _word_stems(story_text)
    low, high = _NEARER_HEADLINE_WORDS
    for index in reversed(twice):
        line = head[index]
        if not low <= word_count(line) <= high or _not_a_headline_line(units, metadata, index) \
                or _UNSPACED_SCRIPT.search(line) or _SENTENCE_INSIDE.search(line.rstrip(".!?…”\"’' ")):
            continue  # a second sentence inside: a picture's caption, its alt text printed over it
        if len(_word_stems(line) & story) >= _MIN_SHARED_TWICE:
            first = head.index(line)
            return first if first > chosen else index
    return None


_MIN_SHARED_WITHOUT_RIVAL = 3
_MIN_WORDS_WITHOUT_RIVAL = 4  # fewer: a section's or a form's label ("City News", "Name - Reply Comment")
_LETTER_WORD = re.compile(r"[^\W\d_]+")
_LINES_ABOVE_THE_STORY = 3


def headline_above_the_story(units: list[str], metadata: list, body: int | None) -> int | None:
    """Where no line was chosen as the headline: the nearest of the few lines just above the story's first paragraph
    that has a headline's shape (as in ``headline_nearer_the_story``) and shares at least three words with the story;
    None when no such line stands there."""
    if body is None:
        return None
    story_text = " ".join(units[body : body + _STORY_PARAGRAPHS])
    if len(_STORY_WORD.findall(story_text)) < _MIN_STORY_WORDS:
        return None
    story = _word_stems(story_text)
    high = _NEARER_HEADLINE_WORDS[1]
    for index in range(body - 1, max(body - _LINES_ABOVE_THE_STORY, 0) - 1, -1):
        line = units[index].strip()
        if len(_LETTER_WORD.findall(line)) < _MIN_WORDS_WITHOUT_RIVAL or word_count(line) > high \
                or _UNSPACED_SCRIPT.search(line) or _not_a_headline_line(units, metadata, index):
            continue
        if len(_word_stems(line) & story) >= _MIN_SHARED_WITHOUT_RIVAL:
            return index
    return None


# A page that opens with its headline printed as a paragraph of its own, ending with a full stop ("Storm closes the
# harbour for a week."), reads to the chooser as the story's first sentence, and a headline is proposed from it. A
# headline stands alone: one sentence of a headline's length, the paragraph under it longer and speaking of it.
_LEAD_LINE_WORDS = (4, 25)
_LEAD_LINE_CHARS = 200
_SENTENCE_INSIDE = re.compile(r"[.!?…]\s+[\"“‘'«(]?[^\W\d_]")  # a second sentence: the story's lead, or a standfirst
_MIN_LEAD_SHARED_WORDS = 2


def lead_line_is_the_headline(paragraphs: list[str]) -> bool:
    """The story's first paragraph is its headline: one sentence of four to 25 words, opening with a capital, a digit
    or a quotation mark and not a label's colon or a clause's comma at its end, holding no clock, list mark, credit
    label or address, over a paragraph at least twice as long that shares two of its words (of four letters or
    more, as ``headline_nearer_the_story`` compares them)."""
    if len(paragraphs) < 2:
        return False
    line, below = paragraphs[0].strip(), paragraphs[1]
    low, high = _LEAD_LINE_WORDS
    words = len(_LETTER_WORD.findall(line))
    if not low <= words <= high or len(line) > _LEAD_LINE_CHARS or word_count(line) > high \
            or not (line[:1].isupper() or line[:1].isdigit() or line[:1] in "\"“‘'«") \
            or line.rstrip("”\"’'»)").endswith((".", ":", ",", ";", "-", "–")) or _SENTENCE_INSIDE.search(line.rstrip(".!?…”\"’' ")) \
            or _NOT_A_HEADLINE_NEARER.search(line) or _UNSPACED_SCRIPT.search(line) or person_alone(line, paragraphs[1:]):
        return False  # (a name alone over the story: the lead picture's caption)
    if word_count(below) < 2 * word_count(line):
        return False
    return len(_word_stems(line) & _word_stems(below)) >= _MIN_LEAD_SHARED_WORDS
