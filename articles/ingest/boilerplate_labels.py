"""Which lines of the text the tagger reads are labels, tags or credits rather than the article's words
(:func:`in_a_label_line`): a menu item or a section label, a menu printed on one line, the page's notice about
itself, a list of tags, a link to another story, a byline, the story's or a picture's credits, a note about the
author, the site's name after the headline. A country named there is not tagged.
"""

from __future__ import annotations

import re

from .boilerplate import HEADING_MAX_WORDS, SENTENCE_END_RE, TITLE_MAX_WORDS
from .candidates import STOP_WORDS
from .scanning import word_count
from .site_notices import is_donation_appeal

LABEL_WORDS = 3  # "Ukraine", "• World Africa", "Kenya News": a menu item or a tag, not a sentence
# A line that lists tags, points to another page or credits the story: "Topics: ...", "RELATED: ...", "Source: ...".
TAGS_RE = re.compile(
    r"\W*(?:tags?|topics?|related(?: topics| tags| stories| articles| news)?|filed under|categor(?:y|ies)|keywords?"
    r"|sections?|more(?: on| from| news)?|(?:read|see)(?: more| also)?|also read|watch|listen"
    r"|(?:recommended|suggested)(?: for you| reading| stories| articles| videos?)?"
    r"|trending(?: now)?|popular|most read|sources?|credits?"
    r"|(?:next|previous|prev)(?: story| article| post| up)?|up next|in other news|don[’']t miss)\s*(?::|\|)"
    # a wire story's credits: "(Reporting by A in Abuja, Nigeria; Editing by B)"
    r"|\W*(?:additional )?(?:reporting|writing|editing|compiled|produced)(?: and \w+)? by\b",
    re.IGNORECASE,
)


# A link to a page of more stories, with no label's colon: "More news from Nigeria", "Explore more on Kenya's election".
MORE_LINK_RE = re.compile(
    r"\W*(?:(?:more|latest|all|other|top)\s+(?:news|stories|articles|coverage|updates|videos|headlines)"
    r"\s+(?:on|about|from|in)\b|(?:explore|discover|browse|see|read)\s+(?:more|all)\b)",
    re.IGNORECASE,
)
HASHTAGS_RE = re.compile(r"#\w+(?:[\s,]+#\w+)+")
TAG_LIST_COMMAS = 4  # "ANC, US-China trade war, trade talks, China, US commerce": five tags or more
TAG_WORDS = 4


def is_a_tag_list(line: str) -> bool:
    """A list of tags with no label: many short comma-separated items, no sentence end, no little words
    ("the", "of", "and") that a sentence listing things would need."""
    if SENTENCE_END_RE.search(line):
        return False
    items = line.split(",")
    return all(
        0 < word_count(item) <= TAG_WORDS and not any(word.lower() in STOP_WORDS for word in item.split())
        for item in items
    )


# What a page says about itself, not about the story: an invitation to the reader ("Join our WhatsApp channel for
# the latest Kenya news", "Follow Pakistan Today on X"), where the story was first printed ("This article was first
# published by The Conversation Africa"), the publisher's legal lines ("© 2024 Daily News Egypt", "registered in
# England and Wales"). National outlets print their own country in them.
# Where a page sends its reader ("X" in capitals, not the country "US").
_MEDIUM = (
    r"(?:apps?|newsletters?|channel|whatsapp|telegram|facebook|twitter|instagram|youtube|tiktok|linkedin|podcasts?"
    r"|alerts|inbox|google\ news|website|(?-i:on\ X))"
)
PAGE_NOTICE_RE = re.compile(
    rf"""\W*(?:
        (?:join|follow|download|install|listen\ to|watch|read|get|stay\ (?:updated|informed|connected)|don[’']t\ miss)
            \b[^\n]{{0,80}}?\b{_MEDIUM}\b
        |(?:like|send|email|contact|find|visit|click|tap|read|watch|listen\ to)\ (?-i:us|our)\b|(?:join|follow)\ (?-i:us)\b
        |(?:join|support)\ (?-i:our)\ (?:journalism|newsroom|community|mailing\ list|readers)\b
        |(?:subscribe|sign\ up)\b
        |(?:switch|change|choose|select)\b[^\n]{{0,40}}\b(?:edition|region|country|language)\b
        |you(?:['’]re|\ are)\ (?:viewing|reading|on)\b[^\n]{{0,30}}\b(?:edition|site)\b
        |(?:this|the)\ (?:article|story|piece|post|column|essay|op-ed|content|version|translation)
            \ (?:was\ |is\ |has\ been\ )?(?:first\ |originally\ |initially\ )?(?:published|appeared|appears
            |produced|republished|reproduced|syndicated)\b
        |(?:first|originally)\ (?:published|appeared)\b|(?:re)?published\ (?:with\ permission|in\ partnership)\b
        |(?:culled|sourced|reprinted|excerpted)\ from\b
        |(?:sponsored|presented|brought\ to\ you)\ by\b|paid\ (?:content|post|partnership)\b|advertorial\b
        |advertisement(?:\s*[:|]|\s+(?-i:[A-Z])|\s*$)|disclaimer\s*:
        |©|\(c\)\ |copyright\s*(?:©|\(c\)|\d{{4}})
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_LEGAL_RE = re.compile(
    r"\b(?:all\ rights\ reserved|registered\ office|(?:company|registration|registered)\ (?:no\b|number)"
    r"|registered\ in\ england"
    # a contact line's address: "P.O. Box 4, Accra, Ghana. Tel: +233 30 222 1234"
    r"|p\.?\ ?o\.?\ box\ \d|(?:tel(?:ephone)?|phone|fax|e-?mail|whatsapp)\ ?:\ ?[+\w(]"
    # a cookie banner's or the site's terms: "We use cookies ... under the UK GDPR"
    r"|(?:we|this\ site|this\ website)\ uses?\ cookies|privacy\ (?:policy|notice)|terms\ (?:of|and)\ (?:use|service|conditions)"
    # a section's blurb about itself: "... travel plus third party content from our partners"
    r"|(?:content|stories|articles|posts)\ from\ our\ partners|third[-\ ]party\ content|(?:sponsored|partner|promoted)\ content)",
    re.IGNORECASE | re.VERBOSE,
)
NOTICE_MAX_WORDS = 60  # an invitation or a legal line is short (an event's may list its speakers); a paragraph that starts "Follow ..." may be prose
# A menu, a switcher or a breadcrumb printed on one line: "Edition: UK | US | Australia", "News / World / India".
_MENU_SEPARATORS_RE = re.compile(r"\s[|•·»›/>]\s|\s?\|\s?")  # breadcrumbs too: "News / World / Asia / India"
MENU_ITEM_WORDS = 3


def is_a_page_notice(line: str) -> bool:
    """The page speaking about itself: an invitation to follow or subscribe, where the story first appeared, the
    publisher's copyright or registration."""
    if word_count(line) > NOTICE_MAX_WORDS:
        return False
    return bool(PAGE_NOTICE_RE.match(line) or _LEGAL_RE.search(line))


def _in_a_donation_appeal(text: str, line_start: int, start: int) -> bool:
    """The name stands in the sentence of the page's plea for money: "Contribute as little as ₹ 200 a month and
    become a champion of free press in India" after a paragraph about the site."""
    around = text[line_start:start + 200].lower()  # the words every plea holds, before the sentence is cut out
    if not (("month" in around or "journalism" in around) and ("contribut" in around or "donat" in around
                                                                or "support" in around)):
        return False
    before = text[line_start:start]
    cut = max(before.rfind(". "), before.rfind("! "), before.rfind("? "))
    sentence_start = line_start + cut + 2 if cut >= 0 else line_start
    ends = [i for i in (text.find(". ", start), text.find("\n", start)) if i >= 0]
    return is_donation_appeal(text[sentence_start:min(ends) if ends else len(text)])


def is_a_menu_line(line: str) -> bool:
    """Three or more short items between separators ("UK | US | Australia"), no sentence: a menu on one line."""
    if "|" not in line and not any(mark in line for mark in "•·»›/>"):
        return False
    items = _MENU_SEPARATORS_RE.split(line)
    return len(items) >= 3 and all(0 < word_count(item) <= MENU_ITEM_WORDS for item in items) and not (
        SENTENCE_END_RE.search(line)
    )


# A picture's credit before the name on its line: "Photo: Indian Army/Handout", "(AP Photo/Ukrainian Presidency)",
# "Image courtesy of Kenya Wildlife Service", "© Nigerian Army". Who took the picture, not what the story says.
CREDIT_LABEL_RE = re.compile(
    r"(?:\b(?:photo(?:graph)?s?|images?|pictures?|pics?|credits?)\s*(?::|\||/)"
    r"|\b(?:photo(?:graph)?|image|picture)\s+(?:by|courtesy(?:\s+of)?)\b|©)"
    r"(?:[^.!?\n]|\.(?=\S)){0,60}$",  # no sentence end between, but "U.S. Navy"
    re.IGNORECASE,
)
CREDIT_LOOKBACK = 90
_CREDIT_LABEL_WORDS = ("photo", "image", "pic", "credit", "©")
CREDIT_MAX_WORDS = 8
# The little words a credit may hold: "AP Photo/Jane Doe via Getty Images", "courtesy of the Kenya Wildlife Service".
CREDIT_SMALL_WORDS = frozenset("via for of by and the courtesy handout file photo photos image images".split())
_CREDIT_END_RE = re.compile(r"[.!?](?:\s|$)|\n")


def after_a_credit_label(text: str, line_start: int, start: int) -> bool:
    """The name follows a picture's credit label on its line, with no sentence end between, and what follows the
    label is a credit's few names -- not a caption a site labels "Photo:" ("Photo: Kenyan police fire tear gas")."""
    window_start = max(line_start, start - CREDIT_LOOKBACK)
    before = text[window_start:start].lower()
    if not any(word in before for word in _CREDIT_LABEL_WORDS):
        return False  # a quick test before the slower case-blind search
    label = CREDIT_LABEL_RE.search(text, window_start, start)
    if label is None:
        return False
    end = _CREDIT_END_RE.search(text, start)
    credit = text[label.start() : end.start() if end else len(text)].split(None, 1)[-1]
    words = credit.replace("/", " ").split()
    return len(words) <= CREDIT_MAX_WORDS and all(
        not word[:1].islower() or word.lower().strip("()") in CREDIT_SMALL_WORDS for word in words
    )


# An author's or the outlet's note closing the text: "The writer is a former Pakistani ambassador.", "Jane Doe is a
# freelance journalist based in Lagos, Nigeria." Where the author comes from, not what the story is about.
AUTHOR_NOTE_RE = re.compile(
    r"\W*(?:(?:[Tt]he|[Tt]his)\s+(?:writer|author|columnist|contributor|reporter)s?\s+(?:is|was|are|were|has|have)\b"
    r"|(?!(?:She|He|They|It|This|That|There)\b)(?:[A-Z][\w.'’-]*\s+){1,4}(?:is|was)\s+(?:a|an|the)\s+[^\n]{0,80}?"
    r"\b(?:journalist|reporter|correspondent"
    r"|writer|editor|columnist|contributor|author|analyst|researcher|fellow|professor|lecturer|photographer"
    r"|producer)s?\b"
    # ... or about the outlet: "The Lisbon Letter is Portugal's leading English-language newspaper."
    r"|(?!(?:She|He|They|It|This|That|There)\b)(?:[A-Z][\w.'’&-]*\s+){1,5}is\s+(?:[A-Z][\w-]*['’]s|the|a|an)\s+"
    r"[^\n]{0,60}?\b(?:newspaper|broadcaster"
    r"|publication|magazine|news\s+(?:source|site|website|service|outlet|agency|organi[sz]ation|platform|channel)"
    r"|media\s+(?:company|group|house|outlet)|(?:radio|tv|television)\s+station)s?\b"
    # ... or a profile with no name, opening with the author's post: "Editor of the North West Star since 2016."
    r"|(?:(?i:senior|chief|deputy|managing|associate|assistant|political|news|sports?|business|staff)\s+)?"
    r"(?:[Ee]ditor|[Rr]eporter|[Jj]ournalist|[Cc]orrespondent|[Cc]olumnist|[Pp]hotographer|[Pp]roducer|[Ww]riter)"
    r"\s+(?:of|at|for|with)\s+(?:the\s+)?[A-Z][^\n]{0,80}?\b(?:since|from|for)\s+(?:\w+\s+)?\d{4}\b)"
)
AUTHOR_NOTE_MAX_WORDS = 60
# ... or an author's profile anywhere on the page: "She joined the Daily Courier team in 2011 ... You can send her
# press releases or feedback at ...".
AUTHOR_PROFILE_RE = re.compile(
    r"\b(?:you can (?:send|contact|reach|email|e-mail|write to) (?:her|him|them)\b"
    r"|send (?:her|him|them) (?:your )?(?:press releases|feedback|tips|story ideas)"
    r"|(?:she|he) (?:joined|has been (?:with|on|at|part of)) (?:the )?(?-i:[A-Z][\w.-]* ){1,4}(?:team|newsroom|staff)\b"
    r"|(?:her|his) (?:work|writing|reporting) has (?:appeared|been published) in)",
    re.IGNORECASE,
)
# Each of the profile's phrases holds one of these: a quick test before the slower case-blind search.
_AUTHOR_PROFILE_WORDS = ("you can", "send ", "joined", "has been", "has appeared")


def is_an_author_profile(line: str) -> bool:
    """A journalist's profile ("You can send her press releases at ...", "He joined the Nation team in 2019")."""
    lowered = line.lower()
    return any(word in lowered for word in _AUTHOR_PROFILE_WORDS) and AUTHOR_PROFILE_RE.search(line) is not None


def is_an_author_note(text: str, line: str, line_end: int) -> bool:
    """The text's last line (or the last but one) says who wrote it, or who published it."""
    if line_end >= 0 and "\n" in text[line_end:].strip():
        return False
    return word_count(line) <= AUTHOR_NOTE_MAX_WORDS and AUTHOR_NOTE_RE.match(line) is not None


# A page title's site name after the headline: "Floods kill 20 in Lagos | Vanguard Nigeria", "... - The Times of India".
TITLE_SUFFIX_RE = re.compile(r"\s(?:\||-|–|—|::)\s+((?:[A-Z][\w.'’&]*|of|the|de|du|la|&)(?:\s+(?:[A-Z][\w.'’&]*|of|the|de|du|la|&)){0,4})\s*$")
HEADLINE_MIN_WORDS = 3


def in_a_title_suffix(headline: str, start: int, end: int) -> bool:
    """The name stands in the site's name after the headline: a few capitalised words after the last "|" or
    dash, with a headline of a few words before them. After a dash the words may be who said it ("We will not
    pay - Zambia", "... - Ghana Police"): there the site's name is two words or more ending with the country's
    ("... - Punch Nigeria")."""
    if "|" not in headline and "-" not in headline and "–" not in headline and "—" not in headline:
        return False
    match = TITLE_SUFFIX_RE.search(headline)
    if match is None or start < match.start(1) or word_count(headline[: match.start()]) < HEADLINE_MIN_WORDS:
        return False
    if "|" in match.group(0) or "::" in match.group(0):
        return True
    return end == match.end(1) and word_count(match.group(1)) >= 2


# A link's label alone on its line, the link to another story on the next: "También te puede interesar:",
# "Read also:", "Lire aussi :" (with the link on the same line, :data:`TAGS_RE` and :data:`LINK_LINE_RE` see it). A
# widget's heading over a list ("Related stories", "Recommended") is :func:`other_stories_start`'s: above the article
# it may be a menu the article follows.
_LINK_LABELS = (
    r"(?:also\ read|(?:read|see)\ also|read\ more|you\ (?:may|might)\ also\ (?:like|enjoy|read)"
    r"|click\ here\ to\ read|continue\ reading"
    r"|(?:[àa]\ )?lire\ aussi|voir\ aussi|sur\ le\ m[êe]me\ sujet"
    r"|(?:tambi[ée]n\ )?te\ puede\ interesar|te\ recomendamos|(?:lee|lea|ver)\ tambi[ée]n|m[áa]s\ informaci[óo]n"
    r"|(?:leia|veja)\ tamb[ée]m|saiba\ mais|lesen\ sie\ auch|auch\ interessant|mehr\ zum\ thema|leggi\ anche"
    r"|czytaj\ (?:te[żz]|tak[żz]e)|zobacz\ (?:te[żz]|tak[żz]e)|lees\ ook|l[äa]s\ ocks[åa])"
)
LINK_LABEL_RE = re.compile(rf"\W*{_LINK_LABELS}\s*[:|»›>.-]?\s*", re.IGNORECASE | re.VERBOSE)
# ... and with the link after it on its line, however the label is closed: "ALSO READ - Uganda to host the summit",
# "SEE ALSO >> ...", "You might also like: ...", "Also read Uganda's ..." (the link's first word capitalised).
LINK_LINE_RE = re.compile(
    rf"\W*{_LINK_LABELS}(?:\s*[:|»›>\-–—]+\s*|\s+)(?=(?-i:[^\W\d_a-z])|[\"“‘'])", re.IGNORECASE | re.VERBOSE
)


# An embedded post's attribution: "— Kenya Red Cross (@KenyaRedCross) March 3, 2024", "A post shared by Visit
# Rwanda (@visitrwanda)". The account's display name, not what the story says.
EMBED_ATTRIBUTION_RE = re.compile(
    r"[—–-]\s*[^\n()—–]{1,80}?\s*\(@\w{1,30}\)\s*(?:\w{3,9}\.?\s+\d{1,2},?|\d{1,2}\s+\w{3,9})\s+\d{4}"
    r"|\bA post shared by\s[^\n()]{1,80}?\s*\(@[\w.]{1,30}\)"
)


def in_an_embed_attribution(line: str, at: int) -> bool:
    """The name at ``at`` (an offset in ``line``) stands in an embedded post's attribution."""
    if "(@" not in line:
        return False  # the quick test first
    return any(match.start() <= at < match.end() for match in EMBED_ATTRIBUTION_RE.finditer(line))


def is_a_link_line(line: str) -> bool:
    """A link's label and a headline after it on one line, not a sentence that starts with the label's words."""
    match = LINK_LINE_RE.match(line)
    return match is not None and word_count(line) <= TITLE_MAX_WORDS + 4 and not line.rstrip().endswith(".")


LINK_LABEL_CHARS = 40


def after_a_link_label(text: str, line_start: int) -> bool:
    """The line follows a link's label standing alone on the line before: it is the link to another story."""
    if line_start < 2:
        return False
    before = text[max(0, line_start - LINK_LABEL_CHARS - 10) : line_start].rstrip()
    newline = before.rfind("\n")
    if newline < 0 and line_start > LINK_LABEL_CHARS:
        return False  # the line before is longer than a label
    previous = before[newline + 1 :].strip()
    return 0 < len(previous) <= LINK_LABEL_CHARS and LINK_LABEL_RE.fullmatch(previous) is not None


# A byline a parser left in the body, with the writer's desk or the section after it: "By Jane Doe | Kenya",
# "BY JANE DOE, NATION KENYA". A short line with no sentence end.
BYLINE_LINE_RE = re.compile(r"\W*(?:By|BY)\s+[^\W\d_a-z]")


def is_a_byline_line(line: str) -> bool:
    return BYLINE_LINE_RE.match(line) is not None and word_count(line) <= HEADING_MAX_WORDS and not (
        SENTENCE_END_RE.search(line)
    )


def in_a_label_line(text: str, start: int, end: int) -> bool:
    """The name stands on a line of a few words with no sentence end (a menu item, a section label, a tag),
    on a menu printed on one line, on the page's notice about itself (:func:`is_a_page_notice`),
    on a list of tags ("Topics: Ukraine Belarus border"), on a link to another story ("RELATED: ...") or on
    the story's credits ("Source: ...", "(Reporting by A in Abuja, Nigeria)"). The text's first line is its headline
    (but for the site's name after it, :func:`in_a_title_suffix`), and a line ending in a colon or a dash is a
    dateline ("TANZANIA :"): neither is a label."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0:
        first_end = text.find("\n")
        first_line = text[: len(text) if first_end < 0 else first_end]
        # a promotion a parser took for the headline ("Join us at the next ... Series ...") is no headline
        return in_a_title_suffix(first_line, start, end) or is_a_page_notice(first_line)
    line_end = text.find("\n", end)
    raw_line = text[line_start : len(text) if line_end < 0 else line_end]
    if in_an_embed_attribution(raw_line, start - line_start):
        return True
    line = raw_line.strip()
    if TAGS_RE.match(line) or is_a_link_line(line) or is_a_byline_line(line) or (
        "appeared first on" in text[line_start:start]
    ):
        return True  # a feed's footer names the site after its headline: "The post ... appeared first on Kenya Insights"
    if line.count(",") >= TAG_LIST_COMMAS and is_a_tag_list(line):
        return True
    if "#" in line and HASHTAGS_RE.fullmatch(line):
        return True  # "#Kenya #Uganda #fuelprices"
    if is_a_page_notice(line) or is_a_menu_line(line) or _in_a_donation_appeal(text, line_start, start):
        return True
    if MORE_LINK_RE.match(line) and word_count(line) <= HEADING_MAX_WORDS and not SENTENCE_END_RE.search(line):
        return True
    if after_a_credit_label(text, line_start, start) or after_a_link_label(text, line_start):
        return True
    if is_an_author_note(text, line, line_end) or is_an_author_profile(line):
        return True
    return word_count(line) <= LABEL_WORDS and not SENTENCE_END_RE.search(line) and not line.endswith(
        ("-", "\u2013", "\u2014")
    )
