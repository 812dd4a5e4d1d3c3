#!/usr/bin/env python
"""Accuracy of the importer on the real-world labelled set, development and test parts side by side.

The set (``bench/accuracy/real/``) holds real published articles, paraphrased, from outlets
all over the world; its ``dev/`` and ``test/`` parts share no outlet. Rules are fitted on the
development part only: this script prints the test part's totals and never its misses.

Usage::

    .venv/bin/python bench/accuracy_real.py               # dev and test figures side by side
    .venv/bin/python bench/accuracy_real.py --misses      # ... and every development miss
    .venv/bin/python bench/accuracy_real.py --markdown    # the table for BENCHMARKS.md
    .venv/bin/python bench/accuracy_real.py --warnings    # false alarms and silent errors per field
    .venv/bin/python bench/accuracy_real.py --part dev --warnings --misses  # the silent development errors
    .venv/bin/python bench/accuracy_real.py --json
    .venv/bin/python bench/accuracy_real.py --files a-01.txt b-01.txt  # only these articles (a new batch, blind)

Each article is parsed the way an editor imports it: ``parse_file`` with the outlet's time
zone (``source_tz`` in its label) set as the import's source time zone, then tagged with the
starter vocabulary. See ``bench/accuracy/README.md`` for the labelling conventions.
"""

from __future__ import annotations

import argparse
import inspect
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))

from accuracy import Counter, name_key, norm_text, setup_django, tagged_countries  # noqa: E402

REAL_SET = Path(__file__).resolve().parent / "accuracy" / "real"
PARTS = ("dev", "test")

TARGETS = {
    "headline": 0.95,
    "published": 0.95,
    "byline": 0.95,
    "image_credit": 0.90,
    "country_precision": 0.95,
    "country_recall": 0.95,
    "people_found": 0.90,
}


@dataclass
class PartReport:
    articles: int = 0
    parse_errors: int = 0
    fields: dict[str, Counter] = field(default_factory=dict)
    silent: dict[str, int] = field(default_factory=dict)
    false_alarms: dict[str, int] = field(default_factory=dict)  # a right field with a warning about it
    silent_misses: list[tuple[str, str, object, object, str]] = field(default_factory=list)
    country_tp: int = 0
    country_fp: int = 0
    country_fn: int = 0
    people: Counter = field(default_factory=Counter)
    organizations: Counter = field(default_factory=Counter)
    misses: list[tuple[str, str, object, object]] = field(default_factory=list)

    def counter(self, name: str) -> Counter:
        return self.fields.setdefault(name, Counter())

    def metrics(self) -> dict[str, tuple[float | None, str]]:
        out = {}
        for name in ("headline", "published", "byline", "image_credit", "image_caption"):
            c = self.fields.get(name, Counter())
            out[name] = (c.rate, f"{c.correct}/{c.total}")
        tp, fp, fn = self.country_tp, self.country_fp, self.country_fn
        out["country_precision"] = (tp / (tp + fp) if tp + fp else None, f"{tp}/{tp + fp}")
        out["country_recall"] = (tp / (tp + fn) if tp + fn else None, f"{tp}/{tp + fn}")
        out["people_found"] = (self.people.rate, f"{self.people.correct}/{self.people.total}")
        out["organizations_found"] = (self.organizations.rate,
                                      f"{self.organizations.correct}/{self.organizations.total}")
        return out


LABELS = {
    "headline": "headline",
    "published": "published date (and time where printed)",
    "byline": "byline (authors, in order)",
    "image_credit": "image credit",
    "image_caption": "image caption (for information)",
    "country_precision": "country precision (micro)",
    "country_recall": "country recall (micro)",
    "people_found": "people named: tagged or offered as candidate",
    "organizations_found": "organizations named: tagged or candidate (for information)",
}

# Which warnings speak for a field (the words they open with or name, quoted page text left aside):
# a wrong value with such a warning is not silent; a right one with it is a false alarm.
WARNING_FIELDS = {
    "headline": re.compile(r"^(?:no headline|the headline)\b", re.IGNORECASE),
    "published": re.compile(r"\b(?:date|time)\b", re.IGNORECASE),
    "byline": re.compile(r"\b(?:byline|authors?)\b", re.IGNORECASE),
    "image_credit": re.compile(r"\bcredit\b|^(?:the )?(?:image )?caption\b", re.IGNORECASE),
}
_QUOTED = re.compile(r"“[^”]*”")


def warned_fields(warnings: list[str]) -> set[str]:
    """The fields the article's warnings speak for."""
    fields = set()
    for warning in warnings:
        text = _QUOTED.sub("…", warning)
        fields.update(name for name, pattern in WARNING_FIELDS.items() if pattern.search(text))
    return fields


def _parse(parse_file, name: str, data: bytes, source_tz: str):
    if "source_tz" in inspect.signature(parse_file).parameters:
        return parse_file(name, data, source_tz=source_tz or None)
    return parse_file(name, data)  # code from before the source time zone existed


def published_ok(expected: str | None, got: datetime | None, source: str, source_tz: str) -> bool:
    """A printed instant must match exactly; a printed date must match as a date; no date, no claim."""
    if expected is None:
        return got is None or source == "guessed"
    if not isinstance(got, datetime) or got.tzinfo is None:
        return False
    if "T" not in expected:
        wanted = date.fromisoformat(expected)
        local = ZoneInfo(source_tz) if source_tz else timezone.utc
        return wanted in {got.astimezone(timezone.utc).date(), got.astimezone(local).date()}
    return datetime.fromisoformat(expected) == got


def person_found(wanted: str, names: list[str]) -> bool:
    """Found when a tagged person or a candidate has the name, or holds all its words (or it all theirs)."""
    key = name_key(wanted.replace("-", " "))  # "El-Sisi" and "El Sisi" are one spelling
    words = set(key.split())
    for name in names:
        other = name_key(name.replace("-", " "))
        if other == key:
            return True
        other_words = set(other.split())
        if len(words) >= 2 and len(other_words) >= 2 and (words <= other_words or other_words <= words):
            return True
    return False


def evaluate_part(directory: Path, only: set[str] | None = None) -> PartReport:
    from articles.ingest.parsing import parse_file
    try:
        from articles.ingest.article_text import tagging_text
    except ImportError:  # code from before article_text.py (bench/blind_replay.py replays it)
        from articles.ingest.service import tagging_text
    from articles.ingest.tagging import Matcher, country_vocabulary, starter_vocabulary

    matcher = Matcher(list(country_vocabulary()) + list(starter_vocabulary()))
    report = PartReport()
    for label in json.loads((directory / "labels.json").read_text(encoding="utf-8")):
        name = label["file"]
        if only is not None and name not in only:
            continue
        report.articles += 1
        try:
            parsed = _parse(parse_file, name, (directory / "articles" / name).read_bytes(), label.get("source_tz", ""))
            article = parsed[0]
        except Exception as error:  # one file that cannot be read must not stop the report
            report.parse_errors += 1
            report.misses.append((name, "parse", "an article", f"{type(error).__name__}: {error}"))
            article = None
        _score(report, label, article, matcher, tagging_text)
    return report


def _score(report: PartReport, label: dict, article, matcher, tagging_text) -> None:
    name = label["file"]
    warning_list = list(getattr(article, "warnings", []) or [])
    warned = warned_fields(warning_list)

    def check(field_name: str, ok: bool, expected, got, claimed: bool = True) -> None:
        """``claimed``: the importer put a value forward as found (not empty, not a proposal)."""
        report.counter(field_name).add(ok)
        if field_name not in WARNING_FIELDS:
            return
        if ok and claimed and field_name in warned:
            report.false_alarms[field_name] = report.false_alarms.get(field_name, 0) + 1
        if not ok:
            report.misses.append((name, field_name, expected, got))
            if field_name not in warned:
                report.silent[field_name] = report.silent.get(field_name, 0) + 1
                report.silent_misses.append((name, field_name, expected, got, " | ".join(warning_list)))

    headline = norm_text(getattr(article, "headline", "")) if article else ""
    proposed = bool(getattr(article, "headline_proposed", False))
    if label["headline"]:
        ok = not proposed and headline.casefold() == norm_text(label["headline"]).casefold()
    else:  # the page prints none: right to leave it empty, or to propose one and say so
        ok = not headline or proposed
    check("headline", ok, label["headline"], headline + (" (proposed)" if proposed else ""),
          claimed=bool(headline) and not proposed)

    got = getattr(article, "published", None) if article else None
    source = getattr(article, "published_source", "") if article else ""
    check("published", published_ok(label.get("published"), got, source, label.get("source_tz", "")),
          label.get("published"), f"{got.isoformat() if got else None} ({source})", claimed=got is not None and source != "guessed")

    authors = [norm_text(a) for a in (getattr(article, "authors", []) or [])] if article else []
    expected = [norm_text(a) for a in label.get("byline", [])]
    check("byline", authors == expected, expected, authors, claimed=bool(authors))

    for field_name in ("image_credit", "image_caption"):
        wanted = norm_text(label.get(field_name, ""))
        found = norm_text(getattr(article, field_name, "")) if article else ""
        check(field_name, wanted == found, wanted, found, claimed=bool(found))

    entities, candidates = [], []
    if article is not None:
        body = "\n\n".join(article.paragraphs)
        result = matcher.tag(tagging_text(
            headline=article.headline or "", headline_proposed=bool(article.headline_proposed),
            standfirst=article.standfirst or "", image_caption=article.image_caption or "", body_text=body,
        ), language=getattr(article, "language", "") or "")
        entities, candidates = list(result.entities), list(result.candidates)

    expected_countries = {code.upper() for code in label.get("countries", [])}
    got_countries = tagged_countries(entities)
    report.country_tp += len(expected_countries & got_countries)
    report.country_fp += len(got_countries - expected_countries)
    report.country_fn += len(expected_countries - got_countries)
    if expected_countries != got_countries:
        report.misses.append((name, "countries", sorted(expected_countries), sorted(got_countries)))

    for group, kind, counter in (("people", "person", report.people),
                                 ("organizations", "organization", report.organizations)):
        names = [e.name for e in entities if getattr(e, "kind", "") == kind]
        names += [a for e in entities if getattr(e, "kind", "") == kind for a in (getattr(e, "aliases", None) or [])]
        names += [c.name for c in candidates]
        for wanted in label.get(group, []):
            ok = person_found(wanted, names) if group == "people" else any(
                name_key(wanted) == name_key(n) for n in names)
            counter.add(ok)
            if not ok:
                report.misses.append((name, group, wanted, ""))


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def print_table(reports: dict[str, PartReport], markdown: bool) -> None:
    metrics = {part: report.metrics() for part, report in reports.items()}
    counts = ", ".join(f"{part} {r.articles} articles ({r.parse_errors} unreadable)" for part, r in reports.items())
    if markdown:
        print(f"Real-world set, {counts}; `make accuracy`.\n")
        print("| metric | " + " | ".join(reports) + " | target |")
        print("|---|" + "---:|" * len(reports) + "---:|")
    else:
        print(f"Real-world set: {counts}\n")
        print(f"{'metric':58} " + " ".join(f"{part:>16}" for part in reports) + "  target")
    for key, label in LABELS.items():
        target = TARGETS.get(key)
        cells = [f"{_fmt(metrics[p][key][0])} ({metrics[p][key][1]})" for p in reports]
        target_text = f"≥ {target:.2f}" if target else ""
        if markdown:
            print(f"| {label} | " + " | ".join(cells) + f" | {target_text} |")
        else:
            print(f"{label:58} " + " ".join(f"{c:>16}" for c in cells) + f"  {target_text}")
    silent = {p: sum(r.silent.values()) for p, r in reports.items()}
    line = "; ".join(f"{p} {n}" for p, n in silent.items())
    print(("\n" if not markdown else "\n") + f"Wrong headline, date, byline or credit with no warning about it: {line}.")


def print_warnings(reports: dict[str, PartReport]) -> None:
    """Per field: right values that carry a warning (false alarms) and wrong ones that carry none (silent)."""
    print("\nWarnings per field: false alarms (a value found, right, yet warned) / silent errors (wrong, not warned)")
    print(f"{'field':14} " + " ".join(f"{part:>26}" for part in reports))
    for field_name in WARNING_FIELDS:
        cells = [f"{r.false_alarms.get(field_name, 0):>3} of {r.fields.get(field_name, Counter()).correct:>3} right"
                 f" / {r.silent.get(field_name, 0):>3} silent" for r in reports.values()]
        print(f"{field_name:14} " + " ".join(f"{c:>26}" for c in cells))
    totals = [f"{sum(r.false_alarms.get(f, 0) for f in WARNING_FIELDS):>3} false alarms / "
              f"{sum(r.silent.values()):>3} silent" for r in reports.values()]
    print(f"{'all four':14} " + " ".join(f"{c:>26}" for c in totals))


# Development batches kept as each session's unseen check: scored in the totals, their misses never listed.
HELD_OUT = frozenset({"s17a", "s17b", "s18a", "s18b", "s19a", "s19b", "s20a", "s20b", "s21a", "s22a", "s22d"})


def held_out_files(part: Path) -> set[str]:
    labels = json.loads((part / "labels.json").read_text(encoding="utf-8"))
    return {label["file"] for label in labels if label.get("batch") in HELD_OUT}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--misses", action="store_true", help="list every miss of the development part")
    parser.add_argument("--warnings", action="store_true",
                        help="false alarms and silent errors per field; with --misses, the development part's "
                             "silent errors only")
    parser.add_argument("--set", type=Path, default=REAL_SET, help="folder holding dev/ and test/")
    parser.add_argument("--part", choices=PARTS, action="append", help="only this part (repeatable)")
    parser.add_argument("--files", nargs="+", metavar="FILE",
                        help="only these development articles (file names in labels.json), e.g. a batch not yet "
                             "fitted to; never the test part's, whose file names may be the same")
    args = parser.parse_args(argv)
    if args.files and args.part and "test" in args.part:
        parser.error("--files names development articles only: the test part is scored whole, never article by article")

    setup_django()
    parts = ["dev"] if args.files else args.part or PARTS
    only = set(args.files) if args.files else None
    reports = {part: evaluate_part(args.set / part, only) for part in parts if (args.set / part / "labels.json").exists()}
    if args.json:
        json.dump({part: {key: {"value": value, "detail": detail} for key, (value, detail) in r.metrics().items()}
                   for part, r in reports.items()}, sys.stdout, indent=2)
        print()
        return 0
    print_table(reports, args.markdown)
    if args.warnings:
        print_warnings(reports)
    if args.warnings and args.misses and "dev" in reports:
        held_out = held_out_files(args.set / "dev")
        shown = [miss for miss in reports["dev"].silent_misses if miss[0] not in held_out]
        print(f"\nDevelopment silent errors ({len(shown)}, and {len(reports['dev'].silent_misses) - len(shown)} on "
              "the held-out batches, never shown); the test part's are never shown:")
        for file, field_name, expected, got, warned in shown:
            print(f"  {file}  [{field_name}]\n      expected: {expected}\n      got:      {got}\n"
                  f"      warnings: {warned or '(none)'}")
    elif args.misses and "dev" in reports:
        held_out = held_out_files(args.set / "dev")
        shown = [miss for miss in reports["dev"].misses if miss[0] not in held_out]
        print(f"\nDevelopment misses ({len(shown)}, and {len(reports['dev'].misses) - len(shown)} on the held-out "
              "batches, never shown); the test part's are never shown:")
        for file, field_name, expected, got in shown:
            print(f"  {file}  [{field_name}]\n      expected: {expected}\n      got:      {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
