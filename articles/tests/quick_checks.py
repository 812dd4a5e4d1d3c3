"""The parser's quick checks (short-cuts that skip a slow pattern where it cannot match) against the parser without
them, on labelled pages: the same articles, field for field.

``make test`` checks a fifth of the labelled files (``some_labelled_articles``, test_parsing.py); ``make bench-smoke``
checks every file (bench/tests/test_quick_checks_all_files.py). Every quick check takes its short-cut on almost
every labelled file; what the whole set adds is breadth: a quick check that forgets another script's digits shows
on a few files only, so the fifth holds every script's first file besides every sixth.
"""

import re
import unicodedata
from pathlib import Path

from articles.ingest import credits, date_order, date_patterns, dates, parsing_metadata_lines
from articles.ingest.parsing import parse_file

ACCURACY_SETS = Path(__file__).resolve().parents[2] / "bench" / "accuracy"
FIXTURES = Path(__file__).parent / "fixtures" / "parsing"
QUICK_CHECK_STRIDE = 6


def _labelled_paths():
    paths = sorted([*ACCURACY_SETS.rglob("*.txt"), *ACCURACY_SETS.rglob("*.html"), *FIXTURES.glob("*.*")])
    assert len(paths) >= 40
    return paths


def every_labelled_article():
    """``(path, bytes)`` of every labelled file, in the order of their sorted paths."""
    return [(path, path.read_bytes()) for path in _labelled_paths()]


def some_labelled_articles():
    """Every ``QUICK_CHECK_STRIDE``-th labelled file, and the first (sorted by path) to hold each kind of non-ASCII
    character: its category and the first word of its Unicode name ("Nd", "EXTENDED" for Persian digits; "Lo",
    "HANGUL"), so every script and digit family of the set. The sealed test part is only in the stride."""
    paths = _labelled_paths()
    chosen, sealed, kinds = set(paths[::QUICK_CHECK_STRIDE]), ACCURACY_SETS / "real" / "test", set()
    for path in paths:
        if path.is_relative_to(sealed):
            continue
        for character in set(path.read_bytes().decode("utf-8", "replace")):
            if character > "\x7f":
                kind = (unicodedata.category(character), unicodedata.name(character, "").partition(" ")[0])
                if kind not in kinds:
                    kinds.add(kind)
                    chosen.add(path)
    return [(path, path.read_bytes()) for path in paths if path in chosen]


def named(paths):
    """File names for a failure's message, but none of the sealed test part's (only how many): never its contents."""
    sealed = [path for path in paths if path.parent.parent == ACCURACY_SETS / "real" / "test"]
    return sorted(path.name for path in paths if path not in sealed) + ([f"{len(sealed)} of the sealed test part"] if sealed else [])


def without_quick_checks(monkeypatch):
    """The parser as it was: every pattern tried on every line."""
    # Patched: the quick checks are internal short-cuts with no switch of their own; this is their equivalence test.
    monkeypatch.setattr(parsing_metadata_lines, "_is_prose", lambda unit: False)
    monkeypatch.setattr(credits, "_CREDIT_SHAPES", [(pattern, labelled, lambda line: True)
                                                    for pattern, labelled, _ in credits._CREDIT_SHAPES])
    credits.split_credit.cache_clear()  # its answers were cached with the quick checks on
    dates._dates_found.cache_clear()  # find_dates' too
    monkeypatch.setattr(dates, "DAY_MONTH_YEAR_CORE", date_patterns.DAY_MONTH_YEAR)
    monkeypatch.setattr(date_order, "DAY_MONTH_YEAR_CORE", date_patterns.DAY_MONTH_YEAR)
    monkeypatch.setattr(dates, "DAY_YEAR_CORE", re.compile(""))  # find_dates' quick test for month-day-year
    monkeypatch.setattr(date_order, "_count_month_day_year",
                        lambda text, digits=None: len(date_patterns.MONTH_DAY_YEAR.findall(text)))
    monkeypatch.setattr(date_order, "matches_at", lambda pattern, text, digits: pattern.finditer(text))  # not at digits only
    monkeypatch.setattr(dates, "_ANY_DIGIT", re.compile(""))  # find_dates' quick test for a digit


def parsed_differently(monkeypatch, articles):
    """The paths of ``articles`` that parse to something else without the quick checks."""
    def parsed(path, data):  # the time's offset too, which equal instants need not share
        return [(article, str(article.published)) for article in parse_file(path.name, data)]

    quick = [parsed(path, data) for path, data in articles]
    without_quick_checks(monkeypatch)
    return [path for (path, data), before in zip(articles, quick) if parsed(path, data) != before]
