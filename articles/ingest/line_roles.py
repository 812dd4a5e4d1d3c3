"""A learned line-role score for the headline: how much each line of a plain-text page looks like a headline, from
its shape and its neighbours' (where it stands, its length, capitals, digits, dates, label words, punctuation, the
share of its words that are known names), not from any outlet's layout.

Fitted by ``bench/train_line_roles.py --write`` (a logistic regression, scikit-learn, development only) on the
development part; its weights are ``line_role_weights.json``, summed here. It overrides the rules only where they
are most plainly at odds with it: a claimed headline whose line scores almost nothing while another line scores
high is replaced by that line, flagged (judged on outlets it was not fitted to, it fixed some and broke none).
"""

import json
import math
import re
from collections import Counter
from functools import cache
from pathlib import Path

from .byline_vocabulary import LEAD
from .bylines import find_byline
from .credit_vocabulary import LABEL
from .dates import find_dates
from .person_names import is_a_known_name, is_name_word

PROSE_WORDS = 25  # a line this long is story prose: the page's first such line anchors the positions
_SENTENCE_END = re.compile(r"[.!?。！？…][\"'”’»)]*$")
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_URL = re.compile(r"https?://|www\.|\.com\b|@")
_QUOTE = re.compile(r"[\"“”«»„]")
_SEPARATOR = re.compile(r"\s[|•·–—/-]\s|[|•·]")
_CREDIT_LABEL = re.compile(r"^\W*(?:" + LABEL + r")\b", re.IGNORECASE)

SHAPE_NAMES = ("log words", "log chars", "capitalised", "shouted", "digits", "year", "date", "byline rule",
               "lead word", "credit label", "known name share", "all known names", "sentence end", "separator",
               "colon", "copyright", "url", "commas", "quote", "digit first", "question")
NEIGHBOUR = (0, 2, 6, 7, 12)  # of the lines above and below: length, capitals, date, byline rule, sentence end
FEATURE_NAMES = (SHAPE_NAMES + tuple(f"above {SHAPE_NAMES[k]}" for k in NEIGHBOUR)
                 + tuple(f"below {SHAPE_NAMES[k]}" for k in NEIGHBOUR)
                 + ("position", "log index", "log lines after", "first line", "to prose", "before prose",
                    "just before prose", "printed twice"))

LOW_HEADLINE_SCORE = 0.05  # the rules' headline line scoring under this ...
HIGH_HEADLINE_SCORE = 0.8  # ... and another line at least this: that line is the headline
MAX_HEADLINE_WORDS = 20  # longer, a line is a paragraph whatever it scores (two labelled headlines in a hundred are)
OVERRIDE_WARNING = "The headline was read from the line that looks most like one; the rules' pick, “{}”, did not. " \
                   "Please check it."


def page_lines(text: str) -> list[str]:
    """The page's non-empty lines, spaces collapsed."""
    return [line for line in (" ".join(raw.split()) for raw in text.splitlines()) if line]


def line_shape(line: str, names: bool = True) -> list[float]:
    """The line's SHAPE_NAMES values; without ``names``, its known-name share and all-known flag are left at 0 (a
    neighbour's features read neither)."""
    words = line.split()
    lettered = [w for w in words if not w.isdigit()] or [""]
    capitalised = sum(1 for w in lettered if w[:1].isupper()) / len(lettered)
    shouted = sum(1 for w in lettered if len(w) > 1 and w.isupper()) / len(lettered)
    digits = len(_DIGIT.findall(line)) / len(line)
    if len(words) > PROSE_WORDS:  # prose: the costly detectors (names, dates, bylines) read shorter lines only
        known, all_known, dated, byline = 0.0, 0.0, 0.0, 0.0
    else:
        known, all_known = 0.0, 0.0
        if names:
            name_words = [w.strip(".,;:()") for w in words if w[:1].isupper() and is_name_word(w.strip(".,;:()"))]
            known = sum(1 for w in name_words if is_a_known_name(w)) / len(name_words) if name_words else 0.0
            all_known = float(len(name_words) >= 2 and known == 1.0)
        dated, byline = float(bool(find_dates(line))), float(find_byline(line) is not None)
    return [
        math.log1p(len(words)), math.log1p(len(line)), capitalised, shouted, digits,
        float(bool(_YEAR.search(line))), dated, byline, float(bool(LEAD.match(line))),
        float(bool(_CREDIT_LABEL.match(line))), known, all_known,
        float(bool(_SENTENCE_END.search(line))), float(bool(_SEPARATOR.search(line))), float(":" in line),
        float("©" in line), float(bool(_URL.search(line))), min(line.count(","), 5) / 5,
        float(bool(_QUOTE.search(line))), float(line[:1].isdigit()), float(line.endswith("?")),
    ]


class PageLines:
    """A page's lines and their features, each line's shape read once and only when asked for."""

    def __init__(self, lines: list[str]):
        self.lines = lines
        self.prose = next((i for i, line in enumerate(lines) if len(line.split()) >= PROSE_WORDS), len(lines))
        self.printed = Counter(lines)
        self._shapes: dict[int, list[float]] = {}
        self._beside: dict[int, list[float]] = {}  # shapes without known names, of lines read as neighbours only

    def shape(self, index: int) -> list[float]:
        if index not in self._shapes:
            self._shapes[index] = line_shape(self.lines[index])
        return self._shapes[index]

    def neighbour(self, index: int) -> list[float]:
        """The NEIGHBOUR values of a line beside the one scored (none of them is a known-name feature)."""
        shape = self._shapes.get(index) or self._beside.get(index)
        if shape is None:
            shape = self._beside[index] = line_shape(self.lines[index], names=False)
        return [shape[k] for k in NEIGHBOUR]

    def features(self, index: int) -> list[float]:
        count = len(self.lines)
        blank = [0.0] * len(NEIGHBOUR)
        above = self.neighbour(index - 1) if index else blank
        below = self.neighbour(index + 1) if index + 1 < count else blank
        to_prose = max(-10, min(10, index - self.prose))
        return self.shape(index) + above + below + [
            index / max(count - 1, 1), math.log1p(index), math.log1p(count - 1 - index), float(index == 0),
            to_prose / 10, float(index < self.prose), float(index == self.prose - 1),
            float(self.printed[self.lines[index]] > 1),
        ]


@cache  # read on first use: bench/train_line_roles.py computes the features before any weights exist
def _model() -> dict:
    model = json.loads(Path(__file__).with_name("line_role_weights.json").read_text(encoding="utf-8"))
    assert tuple(model["features"]) == FEATURE_NAMES, "line_role_weights.json is out of date: make line-roles"
    return model



def headline_score(page: PageLines, index: int) -> float:
    """The probability the model gives the line of being the page's headline."""
    model = _model()
    total = model["intercept"] + sum(
        weight * (value - mean) / scale
        for weight, value, mean, scale in zip(model["coef"], page.features(index), model["mean"], model["scale"]))
    return 1 / (1 + math.exp(-max(-50.0, min(50.0, total))))


def likelier_headline_line(text: str, headline: str) -> str | None:
    """Another line of the page when the rules' headline (a line of its own) scores under LOW_HEADLINE_SCORE and that
    line, the best of the page's headline-length lines, at least HIGH_HEADLINE_SCORE; else None."""
    page = PageLines(page_lines(text))
    wanted = " ".join(headline.split()).casefold()
    index = next((i for i, line in enumerate(page.lines) if line.casefold() == wanted), None)
    if index is None or headline_score(page, index) >= LOW_HEADLINE_SCORE:
        return None
    best, score = max(((i, headline_score(page, i)) for i, line in enumerate(page.lines)
                       if i != index and len(line.split()) <= MAX_HEADLINE_WORDS),
                      key=lambda pair: pair[1], default=(None, 0.0))
    return page.lines[best] if best is not None and score >= HIGH_HEADLINE_SCORE else None


def prefer_a_likelier_headline_line(article, text: str) -> None:
    """The rules' claimed headline replaced by a far likelier line of the page, flagged with the rules' pick."""
    if not article.headline or article.headline_proposed:
        return
    line = likelier_headline_line(text, article.headline)
    if line:
        article.warnings.append(OVERRIDE_WARNING.format(article.headline))
        article.headline = line
