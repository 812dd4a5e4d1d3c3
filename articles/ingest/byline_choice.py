"""A learned second opinion on the byline: every line of a page that could be one, scored.

The rules in parsing_text.py and parsing_body.py pick one byline; this module lists every line near the head of the
page or at its end that some byline shape reads people from ("By ...", a name and a role, names
alone, a dashed name), describes each by a few features (where it stands, what stands beside it,
what it is made of), and scores them with the weights of a logistic regression fitted on the
development part of the real-world set (``bench/train_byline.py`` refits them; scikit-learn is
used there only). The product only sums weights.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .byline_name_lines import name_line_byline
from .byline_names import _PARTICLES, given_name_then_surname_in_capitals, hangul_name, korean_reporter_opening, looks_like_name, surname_in, tidy_name
from .byline_vocabulary import is_agency, is_picture_role, is_role_line, starts_with_lead
from .bylines import find_byline
from .date_patterns import MONTHS, is_date_label
from .dates import find_dates
from .scanning import word_count
from .parsing_lines import PLACE_AFTER_NAME, names_line, people_named
from .person_names import every_word_a_known_name, is_a_known_name, is_personal, may_be_a_person

_TAIL_LINES = 6  # lines at the end of a page where a closing "-- Name" or an author box stands
_AFTER_BODY_START = 4  # lines into the story where a byline under the lead picture still stands
_MAX_NAMES_LINE_WORDS = 16  # as parsing_lines.names_line reads
_MAX_NAME_ALONE_WORDS = 7  # four words of a name, "in" and a place of two
_DASHED = re.compile(r"^[-–—]+\s*(?P<names>[^-–—].*)$")
_NAME_BESIDE_DATE = re.compile(r"^(?P<name>[^|•·]+?)\s+[|•·]\s+\S")  # "Charity Kilei | Dec 06, 2025"
_CHROME_WORDS = frozenset("""share save story comment comments refresh feature timeline follow subscribe login sign
    menu search home more read watch listen print email newsletter advertisement related trending latest popular
    video photos gallery live top news""".split())
_PICTURE_WORDS = re.compile(r"\b(?:photo|image|picture|credit|getty|reuters|afp|ap|©)\b|©", re.IGNORECASE)


@dataclass
class BylineCandidate:
    """A line that could be the byline, the people it names, and what it looks like."""

    index: int
    line: str
    authors: list[str]
    shape: str
    features: dict[str, float] = field(default_factory=dict)


def authors_in(line: str) -> tuple[list[str], str]:
    """The people a line names as a byline might, and the shape that read them; ([], "") for none."""
    if len(line) > 200:
        return [], ""
    found = find_byline(line)
    if found and found.authors:
        return list(found.authors), "by"
    words = word_count(line)
    if words > _MAX_NAMES_LINE_WORDS:  # longer than any shape below reads (the quick answer for prose)
        return [], ""
    found = name_line_byline(line)
    if found and found.authors:
        return list(found.authors), "name and role"
    listed = names_line(line)
    if listed:
        return listed, "names"
    dashed = _DASHED.match(line)
    if dashed and words <= 8 and people_named(dashed["names"]):
        return people_named(dashed["names"]), "dashed"
    beside = _NAME_BESIDE_DATE.match(line) if "|" in line or "•" in line or "·" in line else None
    if not beside and words > _MAX_NAME_ALONE_WORDS:
        return [], ""
    name = PLACE_AFTER_NAME.sub("", (beside["name"] if beside else line).strip())
    if word_count(name) <= 4 and looks_like_name(name) and is_personal(name):
        return people_named(name) or [name], "name beside" if beside else "name alone"
    return [], ""


def byline_candidates(units: list[str], metadata: list, head_end: int, body_start: int) -> list[BylineCandidate]:
    """Every line in the head (to a few lines into the story) or at the page's end that names people as a
    byline might, with its features. ``head_end`` is the index after the headline, ``body_start`` that of
    the story's first line."""
    count = len(units)
    indexes = list(range(min(count, body_start + _AFTER_BODY_START)))
    indexes += [i for i in range(max(len(indexes), count - _TAIL_LINES), count)]
    candidates = []
    seen: dict[str, int] = {}
    for unit in units:
        seen[unit] = seen.get(unit, 0) + 1
    for index in indexes:
        unit = units[index]
        if not unit[:1].isalpha() and unit[:1] not in ("-", "–", "—"):
            continue
        authors, shape = authors_in(unit)
        if authors:
            candidate = BylineCandidate(index, unit, authors, shape)
            candidate.features = _features(units, metadata, candidate, head_end, body_start, seen)
            candidates.append(candidate)
    return candidates


def _features(units, metadata, candidate: BylineCandidate, head_end: int, body_start: int, seen) -> dict[str, float]:
    index, line = candidate.index, candidate.line
    count = len(units)
    words = line.split()
    before = units[index - 1] if index else ""
    after = units[index + 1] if index + 1 < count else ""
    meta = metadata[index]
    at_end = index >= count - _TAIL_LINES and index > body_start + 1  # after the story's first lines
    features = {
        "bias": 1.0,
        f"shape {candidate.shape}": 1.0,
        "lead word": float(starts_with_lead(line)),
        "above headline": float(index < head_end - 1),
        "just under headline": float(index == head_end),
        "in head block": float(head_end <= index < body_start),
        "in story": float(body_start <= index and not at_end),
        "at end": float(at_end),
        "first line": float(index == 0),
        "date on line": float(bool(meta and meta.dates)),
        "date beside": float(any(m and m.dates for m in (metadata[i] for i in (index - 1, index + 1) if 0 <= i < count))),
        "role beside": float(is_role_line(before) or is_role_line(after)),
        "repeated": float(seen.get(line, 0) > 1),
        "authors": min(len(candidate.authors), 3) / 3,
        "words": min(len(words), 20) / 20,
        "chrome word": float(any(w.lower().strip(".,:|") in _CHROME_WORDS for w in words)),
        "picture word": float(bool(_PICTURE_WORDS.search(line))),
        "capitals": float(line.isupper()),
        "next starts with it": float(bool(after) and after.casefold().startswith(candidate.authors[0].casefold())),
        "prose after": float(word_count(after) >= 25),
        "named in story": float(_named_elsewhere(units, index, candidate.authors[0])),
    }
    return {name: value for name, value in features.items() if value}


def _named_elsewhere(units: list[str], index: int, name: str) -> bool:
    """The person's surname stands in another long line: someone the story is about, not its writer."""
    surname = name.split()[-1]
    return any(surname in unit for i, unit in enumerate(units) if i != index and word_count(unit) >= 12)


# Fitted by bench/train_byline.py --write on the development part; a candidate scoring above 0 is a byline.
WEIGHTS: dict[str, float] = json.loads((Path(__file__).with_name("byline_weights.json")).read_text(encoding="utf-8"))


def score(features: dict[str, float], weights: dict[str, float]) -> float:
    return sum(weights.get(name, 0.0) * value for name, value in features.items())


UNSURE_MARGIN = 1.0  # two readings closer than this in score (a logit) are both shown to the editor
# The rules' own pick is dropped only below this (kept, with a warning, above it): a veto near 0 lost a plain
# "Laura Bennett | Energy Correspondent" over the date, and gained nothing on either part of the real set.
VETO_BELOW = -0.5


@dataclass
class BylineChoice:
    """The chooser's byline (None: no byline), how sure it is, and the line that came closest after it."""

    chosen: BylineCandidate | None
    score: float
    runner_up: BylineCandidate | None
    runner_up_score: float

    def unsure(self, margin: float = UNSURE_MARGIN) -> bool:
        """Two readings of the byline scored alike: the editor should look."""
        if self.runner_up is None:
            return False
        return self.runner_up_score > -margin and self.score - self.runner_up_score < margin


NO_BYLINE = BylineCandidate(-1, "", [], "none")


def choose(candidates: list[BylineCandidate], weights: dict[str, float]) -> BylineChoice:
    """The best candidate scoring above 0 (the rules' own pick above ``VETO_BELOW``), else no byline (a veto
    on "Save Story" read as a name scored better on held-out outlets than keeping it flagged); and the best
    other reading: another candidate naming other people, or no byline at all."""
    scored = sorted(((score(c.features, weights), c) for c in candidates), key=lambda pair: -pair[0])
    kept = [(s, c) for s, c in scored if s > 0 or ("rules' pick" in c.features and s > VETO_BELOW)]
    if not kept:
        rival_score, rival = scored[0] if scored else (0.0, None)
        return BylineChoice(None, 0.0, rival, rival_score)
    best_score, best = kept[0]
    others = [(s, c) for s, c in scored if c.authors != best.authors and s > 0]
    rival_score, rival = others[0] if others else (0.0, NO_BYLINE)
    return BylineChoice(best, best_score, rival, rival_score)


def candidates_with_rules(layout, rules_authors: list[str], rules_byline: str = "") -> list[BylineCandidate]:
    """The page's candidates, each marked when it names what the rules chose; the rules' byline is added
    as a candidate of its own when no line of the head or the end gives it (a closing "Reporting by"), and
    so is a desk's byline that names no person ("Reuters Staff"): the reading that the page has no author."""
    candidates = byline_candidates(layout.units, layout.metadata, layout.head_end, layout.body_start)
    wanted = [a.casefold() for a in rules_authors]
    matched = False
    for candidate in candidates:
        if [a.casefold() for a in candidate.authors] == wanted and wanted:
            candidate.features["rules' pick"] = 1.0
            matched = True
    if wanted and not matched:
        candidates.append(BylineCandidate(-1, "", list(rules_authors), "rules",
                                          {"bias": 1.0, "rules' pick": 1.0, "shape rules": 1.0}))
    elif not wanted and rules_byline:
        candidates.append(BylineCandidate(-1, rules_byline, [], "desk",
                                          {"bias": 1.0, "rules' pick": 1.0, "shape desk": 1.0}))
    return candidates


def review_byline(article, layout) -> str:
    """Let the chooser confirm, replace or drop the rules' byline, and warn where two readings score alike; return the
    shape of the reading kept (the rules' own, ``layout.byline_rule``, when it is confirmed; "" for none)."""
    choice = choose(candidates_with_rules(layout, article.authors, article.byline), WEIGHTS)
    authors = choice.chosen.authors if choice.chosen else []
    if authors == article.authors:
        rival = choice.runner_up
        already_flagged = bool(article.byline) and any(article.byline[:80] in w for w in article.warnings)
        if choice.unsure() and (rival.line or not already_flagged):
            other = f"“{rival.line[:80]}”" if rival.line else "no byline at all"
            article.warnings.append(f"The byline could as well be {other}; the two read alike. Please check it.")
        return layout.byline_rule if article.byline else ""
    if article.byline:  # what the rules' warnings said about the byline they chose no longer holds
        article.warnings = [w for w in article.warnings if article.byline[:80] not in w]
    if choice.chosen is None:
        article.warnings.append(f"“{article.byline[:80]}” does not read like a byline here; no authors recorded. "
                                "Please check it.")
        article.byline, article.authors = "", []
        return ""
    line = choice.chosen.line
    if article.byline:
        article.warnings.append(f"Byline read from “{line[:80]}” rather than “{article.byline[:80]}”. Please check it.")
    else:
        article.warnings.append(f"Byline read from “{line[:80]}”, a line the parser's rules did not take for one. "
                                "Please check it.")
    article.warnings = [w for w in article.warnings if w != "No byline found."]
    article.byline, article.authors = line, list(authors)
    if line in article.paragraphs:
        article.paragraphs.remove(line)
        article.left_out.append(line)
    return choice.chosen.shape


# The readings of a name printed without "By": alone, beside a date, with a role, in a list, above the headline.
_NO_LEAD_SHAPES = frozenset({"name alone", "name beside", "name and role", "names", "name above headline"})
# A newsroom's job on the name's line, which no label or outlet carries: "Jane Doe Senior Reporter".
_NEWSROOM_JOB = re.compile(r"\b(?:editor|correspondent|reporter|writer|journalist|columnist|contributor|"
                           r"korrespondent(?:in)?|redakteur(?:in)?|journaliste|rédact(?:eur|rice)|corresponsal|periodista|"
                           r"corrispondente|giornalista|jornalista|repórter)s?\b", re.IGNORECASE)


def drop_unknown_names(article, layout, shape: str) -> None:
    """A byline read from names printed without "By" of which no word is a known given name or surname ("Korea
    Bizwire", "Placeholder Image", "News Reports") is dropped, with a warning: labels and outlets take that shape.
    A newsroom's job on its line or a date on the next one vouches for it as a byline."""
    if shape not in _NO_LEAD_SHAPES or not article.authors or any(may_be_a_person(a) for a in article.authors):
        return
    if _NEWSROOM_JOB.search(article.byline) or _date_under(layout, article.byline):
        return
    article.warnings = [w for w in article.warnings if article.byline[:80] not in w]
    article.warnings.append(f"“{article.byline[:80]}” stands where a byline might, but no word of it is a known given "
                            "name or surname; no authors recorded. Please check it.")
    article.byline, article.authors = "", []


def _date_under(layout, line: str) -> bool:
    """The line after ``line`` on the page is a date ("Jane Doe" / "Wednesday, May 24, 2017")."""
    index = next((i for i, unit in enumerate(layout.units) if unit == line), None)
    return index is not None and index + 1 < len(layout.metadata) and bool(layout.metadata[index + 1]) \
        and bool(layout.metadata[index + 1].dates)


# Lines above the headline, and under it or its standfirst, where a writer's name printed without "By" stands; a date's
# line between them is stepped over ("Jane Doe" / "5 days ago" / the headline).
_LINES_BESIDE_HEADLINE = 2
_KNOWN_NAME_WORDS = (2, 4)  # a given name and a surname, perhaps a middle name or two surnames


def read_a_known_name_by_the_headline(article, layout) -> None:
    """Where no byline was read, a line beside the headline that is a name, its first word a listed given name, and
    which the story does not name, is its writer's, printed without "By" ("Jane Doe" over the headline, "Jane Doe -
    ROME" under it); read with a warning. A person the story is about is named in it."""
    if article.authors or article.byline or not article.headline:
        return
    units = layout.units
    headline = _headline_line(units, article.headline)
    if headline is None:
        return
    for index in _lines_beside(layout, headline):
        line = " ".join(units[index].split())
        name = _opening_name(line, layout.metadata[index] if index < len(layout.metadata) else None, units) \
            or _surname_typed_in_lower_case(line, layout, index)
        if not name or surname_in(name, article.headline) or _named_elsewhere(units, index, tidy_name(name)) \
                or _turned_down(article, line):
            continue
        _take_a_name_without_by(article, line, name, "printed beside the headline")
        if units[index] in article.paragraphs:
            article.paragraphs.remove(units[index])
            article.left_out.append(units[index])
        return


_HEADLINE_QUOTES = str.maketrans("", "", "“”\"«»„")
_MIN_HEADLINE_PREFIX_WORDS = 3  # fewer words open too many lines alike ("Breaking News")


def _headline_key(text: str) -> str:
    return " ".join(text.translate(_HEADLINE_QUOTES).split()).rstrip(",;:–—-").strip().casefold()


def _headline_line(units: list[str], headline: str) -> int | None:
    """The index of the line the headline was read from: the line itself, or else the line it is the opening of once
    case and quotes are set aside (a headline in capitals is printed calmed, one proposed from a longer line is that
    line's first sentence); None where no line gives it."""
    exact = next((i for i, unit in enumerate(units) if unit.strip() == headline.strip()), None)
    if exact is not None:
        return exact
    key = _headline_key(headline)
    if word_count(key) < _MIN_HEADLINE_PREFIX_WORDS:
        return None
    return next((i for i, unit in enumerate(units) if _headline_key(unit[:len(headline) * 2]).startswith(key)), None)


# A list item: a bullet or a dash, then the item ("• Jane Doe", "- Jane Doe"). A page's meta block lists its writers so,
# one a line, beside the headline, with the date and the comment count as the next items.
_LIST_ITEM = re.compile(r"^[-–—•·*▪]\s+(?P<item>\S.{0,80})$")
_MAX_LISTED_WRITERS = 3  # more names in a row beside the headline are a list the story gives (nominees, a team)


def read_names_listed_beside_the_headline(article, page_units: list[str]) -> None:
    """Where no byline was read, the run of list items nearest the headline (just above it, or just under it or its
    repetition), read from the item nearest the headline outwards, whose items are names of known words, is its
    writers' list (a meta block's first items, "• Jane Doe" over "• Published 2024.05.11"): read with a warning. The
    run ends at the first item that is no such name (the block's date); a name the headline or a long line of the
    story gives is someone the story is about, and so is every name of a longer run. ``page_units``: every line of the
    page, those the layout took for its head included."""
    if article.authors or article.byline or not article.headline:
        return
    units = list(page_units)
    headline = _headline_line(units, article.headline)
    if headline is None:
        return
    for step in (-1, 1):
        index = headline + step
        while 0 <= index < len(units) and units[index].strip() == units[headline].strip():
            index += step  # the headline printed twice
        items: dict[int, str] = {}  # line index -> the name it lists
        while 0 <= index < len(units) and len(items) <= _MAX_LISTED_WRITERS:
            item = _LIST_ITEM.match(" ".join(units[index].split())[:100])
            if not item or not _a_name_of_known_words(item["item"], units):
                break
            items[index] = item["item"]
            index += step
        if not items or len(items) > _MAX_LISTED_WRITERS:
            continue
        indexes = sorted(items)
        names = [tidy_name(items[i]) for i in indexes]
        if any(surname_in(name, article.headline) or _named_elsewhere(units, i, name) for name, i in zip(names, indexes)):
            continue
        line = " / ".join(" ".join(units[i].split()) for i in indexes)
        article.byline, article.authors = line, names
        article.warnings = [w for w in article.warnings if w != "No byline found."]
        article.warnings.append(f"Byline read from “{line[:80]}”, names listed beside the headline without “By”. "
                                "Please check it.")
        for i in indexes:
            if units[i] in article.paragraphs:
                article.paragraphs.remove(units[i])
                article.left_out.append(units[i])
        return


def _lines_beside(layout, headline: int) -> list[int]:
    """The nearest lines above and under the headline that are not a date's or its label's ("Published" / "on" over a
    date the crawl lost), nearest first."""
    found = []
    for step in (-1, 1):
        index, taken = headline + step, 0
        while 0 <= index < len(layout.units) and taken < _LINES_BESIDE_HEADLINE:
            meta = layout.metadata[index] if index < len(layout.metadata) else None
            if not (meta and meta.dates and word_count(layout.units[index]) <= 8) and not is_date_label(layout.units[index]):
                found.append(index)
                taken += 1
            index += step
    return sorted(found, key=lambda index: abs(index - headline))


# After the name on its line: a separator and a little more (an outlet, a place, a role: "Jane Doe | Daily Post",
# "Jane Doe - ROME", "Jane Doe, in Lima"), a place ("Jane Doe in Lima 3 May 2018", "Ana Lima em Recife"), or a date
# ("Jane Doe le 3 mai 2018").
_AFTER_NAME = re.compile(r"\s*(?:[|*(/,–—]|-\s|(?:in|aus|à|desde|w|från|uit|depuis|em|en)\s+[A-Z\u00C0-\u00DE])")
_MAX_NAME_LINE_WORDS = 10


def _opening_name(line: str, meta, page_lines: list[str] = ()) -> str:
    """The name a short line beside the headline opens with, its first word a listed given name (or its surname,
    judged with ``page_lines``: :func:`_a_name_of_known_words`): the whole line, or the words before a separator or a
    date on the line; "" for none, or for a picture's credit ("Jane Doe, Chief Photographer", "Jane Doe / Reuters")."""
    if _a_name_of_known_words(line, page_lines):
        return line
    words = line.split()
    if len(words) > _MAX_NAME_LINE_WORDS or is_picture_role(line) or _PICTURE_WORDS.search(line):
        return ""
    for count in range(min(_KNOWN_NAME_WORDS[1], len(words) - 1), 1, -1):
        name, rest = " ".join(words[:count]), " ".join(words[count:])
        separated = _AFTER_NAME.match(name[-1:] + " " + rest) if name[-1:] == "," else _AFTER_NAME.match(" " + rest)
        if (separated or (meta and meta.dates)) and _a_name_of_known_words(name.rstrip(","), page_lines):
            return name.rstrip(",")
    return ""


def _surname_typed_in_lower_case(line: str, layout, index: int) -> str:
    """"Ayize claire" over the date: a writer's name typed with its surname in lower case (a site's user name), its
    given name listed, the surname no word the page prints in lower case elsewhere; the name with the surname
    capitalised, or ""."""
    words = line.split()
    if len(words) != 2 or not words[0].istitle() or not words[1].isalpha() or not words[1].islower() \
            or len(words[1]) < 3 or not is_a_known_name(words[0]) or not _date_under(layout, layout.units[index]) \
            or _written_in_lower_case(words[1], [unit for i, unit in enumerate(layout.units) if i != index]):
        return ""
    return f"{words[0]} {words[1].capitalize()}"


_LONGEST_NAME_WORD = 20  # letters; longer is words run together ("Σακελλαροπουλουεκλογες": a row of tags)


def _a_name_of_known_words(line: str, page_lines: list[str] = ()) -> bool:
    """Two to four capitalised words, particles aside, the first a listed given name (or surname, where it stands
    first) and none closing a sentence ("Lord Janner."), in a name's shape and no label's ("Latest News"). Only
    the first is looked up: the surnames of much of the world are missing from the lists, its given names less.
    With the page's lines, a name of two or three words whose given name is unlisted passes on its listed surname
    when no word of it stands in lower case on the page ("Juremir Machado", not "State House Race") and the surname
    is no month ("Update May")."""
    words = [word for word in line.split() if word.lower() not in _PARTICLES]
    if not (_KNOWN_NAME_WORDS[0] <= len(words) <= _KNOWN_NAME_WORDS[1] and all(word[:1].isupper() for word in words)
            and not any(len(word) > 2 and word.endswith(".") or len(word) > _LONGEST_NAME_WORD for word in words)
            and looks_like_name(line) and is_personal(line)):
        return False
    if every_word_a_known_name(words[:1]):
        return True
    return bool(page_lines) and len(words) <= _UNLISTED_GIVEN_NAME_WORDS and not line.isupper() \
        and every_word_a_known_name(words[-1:]) and words[-1].lower() not in MONTHS \
        and not _written_in_lower_case(line, page_lines)


_UNLISTED_GIVEN_NAME_WORDS = 3  # a given name, perhaps a second, and the surname; longer lines are headings' more often


# Lines after the story's last paragraph where its writer signs it ("Jane Doe" alone, perhaps over her biography),
# among the page's own lines that follow ("Related Posts", "Leave a reply"), which the layout clears as furniture.
_LINES_AFTER_STORY = 8
_MAX_SIGNING_PARAGRAPH_WORDS = 6  # "Jane Doe, Harbour News.": a broadcast's script signed on its last line
_SIGNATURE_NAME_WORDS = 2  # a given name and a surname; a heading of three words takes a name's shape ("Must Read Posts")


def read_a_korean_reporter_opening_the_story(article) -> None:
    """Where no byline was read, the reporter a Korean story's first paragraph names in its opening brackets (the
    country's news convention, "[뉴스24 홍길동 기자] …"); one of the first few, where a missed headline or a page's
    own lines stand above it."""
    if article.authors or article.byline:
        return
    for paragraph in article.paragraphs[:_FIRST_PARAGRAPHS_OPENING_THE_STORY]:
        name = korean_reporter_opening(paragraph)
        if name:
            article.byline, article.authors = name, [name]
            article.warnings = [w for w in article.warnings if w != "No byline found."]
            return


_FIRST_PARAGRAPHS_OPENING_THE_STORY = 5


def read_a_name_signed_after_the_story(article, page_units: list[str]) -> None:
    """Where no byline was read, a short line after the story's last paragraph (or that paragraph, when it is a few
    words) that is a name, its first word a listed given name, which the story does not name, is its writer's
    signature; read with a warning. ``page_units``: every line of the page, those cleared as furniture included. A
    name on a line beside a date is a listed story's card, not a signature."""
    if article.authors or article.byline or not article.paragraphs:
        return
    lines = [" ".join(unit.split()) for unit in page_units]
    closing = " ".join(article.paragraphs[-1].split())
    last = max((i for i, line in enumerate(lines) if line == closing), default=None)
    if last is None:
        return
    for index in range(last, min(len(lines), last + 1 + _LINES_AFTER_STORY)):
        line = lines[index]
        korean = hangul_name(line, titled=True)  # Korean papers sign the story under it: "김하늘 기자", then the day
        if not korean and (index == last and word_count(line) > _MAX_SIGNING_PARAGRAPH_WORDS
                           or _beside_a_date(lines, index)) or _in_a_column_of_links(lines, index):
            continue
        name = korean or (_opening_name(line.rstrip("."), None) if not line.isupper() else "")  # capitals: a label
        if not name and given_name_then_surname_in_capitals(line) and not is_agency(line) \
                and not is_agency(line.split()[-1]):  # "Avec AFP": a wire's letters, no surname
            name = line  # "Saliou KALY": the French-speaking papers' signature, its words listed or not
        if not korean and (not name or len([w for w in name.split() if w.lower() not in _PARTICLES]) != _SIGNATURE_NAME_WORDS
                           or surname_in(name, article.headline or "") or _named_elsewhere(lines, index, tidy_name(name))
                           or _written_in_lower_case(name, lines) or _turned_down(article, line)):
            continue
        _take_a_name_without_by(article, line, name, "signed after the story")
        if index == last:
            article.left_out.append(article.paragraphs.pop())
        return


def _turned_down(article, line: str) -> bool:
    """A byline warning already quotes the line: a rule turned it down as a byline."""
    return any(f"“{line[:80]}”" in w and "byline" in w for w in article.warnings)


def _take_a_name_without_by(article, line: str, name: str, where: str) -> None:
    article.byline, article.authors = line, [tidy_name(name)]
    article.warnings = [w for w in article.warnings if w != "No byline found."]
    article.warnings.append(f"Byline read from “{line[:80]}”, a name {where} without “By”. Please check it.")


def _written_in_lower_case(name: str, lines: list[str]) -> bool:
    """A word of the name stands in lower case elsewhere on the page: a common word of its language, which the
    known-names list may hold too ("Must Read Posts", "Small Business", "Efe Vídeo"), not a name."""
    words = {word.lower() for word in name.split() if len(word) > 2 and word.lower() not in _PARTICLES}
    return any(word in words for line in lines for word in re.findall(r"\b[^\W\d_A-Z][^\W\d_]*", line)
               if word.islower())


_LONGEST_LINK_WORDS = 5


def _in_a_column_of_links(lines: list[str], index: int) -> bool:
    """The nearest other lines above and under ``index`` (its own repetition stepped over) are both short lines, every
    word capitalised, with no sentence's end: a list of outlets or sections ("Harbour Times" / "Jane Says" / "The Daily
    Post"), of which a name-shaped item is no signature. A page's label in words of its own ("Leave a reply") is not."""
    def link(step: int) -> bool:
        i = index + step
        while 0 <= i < len(lines) and lines[i] == lines[index]:
            i += step
        line = lines[i] if 0 <= i < len(lines) else ""
        return 0 < word_count(line) <= _LONGEST_LINK_WORDS and all(word[:1].isupper() for word in line.split()) \
            and line[-1:] not in ".!?:…"
    return link(-1) and link(1)


_LONGEST_DATE_LINE = 8  # words


def _beside_a_date(lines: list[str], index: int) -> bool:
    """The line before or after ``index`` is a short one holding a date: a listed story's author and its day."""
    return any(0 <= i < len(lines) and word_count(lines[i]) <= _LONGEST_DATE_LINE and find_dates(lines[i])
               for i in (index - 1, index + 1))


# The outlet's own journalist, named in the story after the outlet's possessive or its name and a newsroom job
# ("Harbour FM's Jane Doe went to look", "HFM:s Jane Doe och John Roe", "Harbour special correspondent Jane Doe").
_JOB_WORDS = (r"(?:correspondent|reporter|journalist|korrespondent|reportern|journaliste|envoyée?\s+spéciale?|"
              r"corresponsal|periodista|repórter|jornalista)")
_JOURNALIST_JOB = rf"(?:[^\W\d_A-Z]+\s+)?{_JOB_WORDS}"
_JOURNALIST_HINT = re.compile(rf"['’:]s\s|{_JOB_WORDS}")  # the quick test before the long pattern
_NAME_WORD = r"(?:[A-Z\u00C0-\u00DE][\w'’-]+|af|van|von|de|da|del|der|di|du|dos|el|al|bin|le|la)"
_NAME_IN_PROSE = rf"[A-Z\u00C0-\u00DE][\w'’-]+(?:\s+{_NAME_WORD}){{1,3}}"
_NAMES_IN_PROSE = rf"{_NAME_IN_PROSE}(?:(?:\s*,\s*|\s+(?:and|&|och|og|und|et|y|e|en|i|ja)\s+){_NAME_IN_PROSE})*"
_OUTLETS_JOURNALIST = re.compile(rf"(?P<outlet>\b[A-Z\u00C0-\u00DE][\w.-]*?)"
                                 rf"(?:(?:'s|’s|:s)\s+(?:{_JOURNALIST_JOB}\s+)?|\s+{_JOURNALIST_JOB}\s+)"
                                 rf"(?P<names>{_NAMES_IN_PROSE})")
_STORY_PARAGRAPHS_READ = 8
_PROSE_NAME_WORDS = 3  # particles aside; a longer run of capitals goes on past the name ("Jane Doe Depot Tours")
_FURNITURE_LINE_WORDS = 6  # "Source: Harbour FM", "© 2024 HFM": a line short enough to be the page's own, not prose


def read_the_outlets_journalist_named_in_the_story(article, page_units: list[str]) -> None:
    """Where no byline was read, a journalist the story names as the outlet's ("Harbour FM's Jane Doe"), the outlet
    being a word the page prints again on a short line of its own (a masthead, a source line), is its writer; read
    with a warning. Someone else's possessive ("the party's Jane Doe") names no outlet the page prints so; a name
    running on into more capitalised words ("Harbour FM's Jane Doe Depot Tours") is no name alone."""
    if article.authors or article.byline:
        return
    lines = None
    for paragraph in article.paragraphs[:_STORY_PARAGRAPHS_READ]:
        if not _JOURNALIST_HINT.search(paragraph):
            continue
        here = " ".join(paragraph.split())
        for match in _OUTLETS_JOURNALIST.finditer(paragraph):
            outlet = match["outlet"]
            people = [] if is_a_known_name(outlet) else people_named(match["names"])
            if people and lines is None:
                lines = [" ".join(unit.split()) for unit in page_units]
            if not people or not _printed_as_furniture(outlet, lines, here) \
                    or not all(every_word_a_known_name(person.split()[:1]) and _words_of(person) <= _PROSE_NAME_WORDS
                               for person in people) \
                    or any(surname_in(person, article.headline or "") for person in people):
                continue
            article.byline, article.authors = match.group(0), people
            article.warnings = [w for w in article.warnings if w != "No byline found."]
            article.warnings.append(f"Byline read from “{match.group(0)[:80]}”, the outlet's own journalist named in "
                                    "the story. Please check it.")
            return


def _words_of(name: str) -> int:
    return len([word for word in name.split() if word.lower() not in _PARTICLES])


def _printed_as_furniture(word: str, lines: list[str], paragraph: str) -> bool:
    pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
    return any(line != paragraph and word_count(line) <= _FURNITURE_LINE_WORDS and pattern.search(line)
               for line in lines)
