#!/usr/bin/env python
"""Accuracy report for the article parser and entity tagger.

Runs ``articles.ingest.parsing.parse_file`` and ``articles.ingest.tagging.Matcher``
over the hand-labelled evaluation set in ``bench/accuracy/`` and prints:

* per-field exact accuracy: published (same instant), byline (same list of
  names, in order), image credit (same string), plus image caption for
  information;
* country precision / recall / F1, micro-averaged over all articles;
* recall of labelled people and organisations, restricted to names present in
  ``starter_vocabulary()`` (names outside the vocabulary are listed, not scored);
* every miss as (file, field, expected, got).

Usage::

    .venv/bin/python bench/accuracy.py             # plain-text report
    .venv/bin/python bench/accuracy.py --json      # numbers and misses as JSON
    .venv/bin/python bench/accuracy.py --markdown  # Markdown table for BENCHMARKS.md
    .venv/bin/python bench/accuracy.py --set bench/accuracy/holdout  # the held-out set only
    .venv/bin/python bench/accuracy.py --all       # the main set, then the held-out set

It is a report, not a test: the exit status is 0 whatever the scores, and
non-zero only if the script itself cannot run (e.g. the modules are missing).
See bench/accuracy/README.md for the labelling rules.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent
DEFAULT_SET = HERE / "accuracy"
HOLDOUT_SET = DEFAULT_SET / "holdout"

# Targets agreed for the ingest pipeline (shown next to the measured value).
TARGETS = {
    "published": 0.95,
    "byline": 0.95,
    "country_precision": 0.95,
    "country_recall": 0.95,
    "people_recall": 0.95,
    "organization_recall": 0.95,
}


# --------------------------------------------------------------------------
# Normalisation helpers
# --------------------------------------------------------------------------

_WS = re.compile(r"\s+")


def norm_text(value: object) -> str:
    """NFC, every kind of whitespace (incl. NBSP) collapsed to one space, stripped."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value))
    return _WS.sub(" ", text).strip()


def name_key(value: object) -> str:
    """Key for comparing entity names: case-, accent- and spacing-insensitive.

    'Recep Tayyip Erdoğan' == 'recep tayyip erdogan';
    'Shanghai Cooperation Organisation' == '... Organization'.
    """
    text = unicodedata.normalize("NFKD", norm_text(value))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("\u2019", "'").replace("\u2018", "'").casefold()
    text = re.sub(r"organis(ation|e)", r"organiz\1", text)
    return _WS.sub(" ", text).strip()


def parse_expected_datetime(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(value)


def show_datetime(value: object) -> str:
    if value is None:
        return "None"
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return value.isoformat() + " (naive)"
        return value.isoformat()
    return repr(value)


def same_instant(expected: datetime | None, got: object) -> bool:
    if expected is None:
        return got is None
    if not isinstance(got, datetime) or got.tzinfo is None or got.utcoffset() is None:
        return False  # a naive datetime is not an instant
    return expected == got


# --------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------


@dataclass
class Miss:
    file: str
    field: str
    expected: object
    got: object

    def as_dict(self) -> dict:
        return {"file": self.file, "field": self.field, "expected": self.expected, "got": self.got}


@dataclass
class Counter:
    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    @property
    def rate(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass
class Report:
    articles: int = 0
    parse_errors: int = 0
    fields: dict[str, Counter] = field(default_factory=dict)
    country_tp: int = 0
    country_fp: int = 0
    country_fn: int = 0
    people: Counter = field(default_factory=Counter)
    organizations: Counter = field(default_factory=Counter)
    out_of_vocabulary: dict[str, set] = field(default_factory=lambda: {"people": set(), "organizations": set()})
    misses: list[Miss] = field(default_factory=list)

    def counter(self, name: str) -> Counter:
        return self.fields.setdefault(name, Counter())

    # country metrics -------------------------------------------------------
    @property
    def country_precision(self) -> float | None:
        denom = self.country_tp + self.country_fp
        return self.country_tp / denom if denom else None

    @property
    def country_recall(self) -> float | None:
        denom = self.country_tp + self.country_fn
        return self.country_tp / denom if denom else None

    @property
    def country_f1(self) -> float | None:
        p, r = self.country_precision, self.country_recall
        if not p or not r:
            return 0.0 if p is not None and r is not None else None
        return 2 * p * r / (p + r)

    def rows(self) -> list[dict]:
        """Metric rows: name, value, detail (n/total), target."""
        out = []
        for name in ("published", "byline", "image_credit", "image_caption"):
            c = self.fields.get(name, Counter())
            out.append({
                "metric": f"{name} exact",
                "key": name,
                "value": c.rate,
                "detail": f"{c.correct}/{c.total}",
                "target": TARGETS.get(name),
            })
        tp, fp, fn = self.country_tp, self.country_fp, self.country_fn
        out.append({"metric": "country precision (micro)", "key": "country_precision", "value": self.country_precision,
                    "detail": f"{tp}/{tp + fp}", "target": TARGETS["country_precision"]})
        out.append({"metric": "country recall (micro)", "key": "country_recall", "value": self.country_recall,
                    "detail": f"{tp}/{tp + fn}", "target": TARGETS["country_recall"]})
        out.append({"metric": "country F1 (micro)", "key": "country_f1", "value": self.country_f1,
                    "detail": f"tp={tp} fp={fp} fn={fn}", "target": None})
        out.append({"metric": "people recall (in vocabulary)", "key": "people_recall", "value": self.people.rate,
                    "detail": f"{self.people.correct}/{self.people.total}"
                              f" ({len(self.out_of_vocabulary['people'])} labelled names not in vocabulary)",
                    "target": TARGETS["people_recall"]})
        out.append({"metric": "organization recall (in vocabulary)", "key": "organization_recall",
                    "value": self.organizations.rate,
                    "detail": f"{self.organizations.correct}/{self.organizations.total}"
                              f" ({len(self.out_of_vocabulary['organizations'])} labelled names not in vocabulary)",
                    "target": TARGETS["organization_recall"]})
        return out

    def as_dict(self) -> dict:
        return {
            "articles": self.articles,
            "parse_errors": self.parse_errors,
            "metrics": {
                row["key"]: {"value": row["value"], "detail": row["detail"], "target": row["target"]}
                for row in self.rows()
            },
            "country_counts": {"tp": self.country_tp, "fp": self.country_fp, "fn": self.country_fn},
            "out_of_vocabulary": {k: sorted(v) for k, v in self.out_of_vocabulary.items()},
            "misses": [m.as_dict() for m in self.misses],
        }


# --------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------


def load_labels(path: Path) -> list[dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data, dict):  # tolerate {"articles": [...]}
        data = data.get("articles", [])
    return data


def setup_django() -> None:
    """Configure Django if the project settings exist; harmless otherwise."""
    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsarchive.settings")
    try:
        import django

        django.setup()
    except Exception as exc:  # settings may not exist yet; the tagger may not need them
        print(f"note: Django not configured ({type(exc).__name__}: {exc})", file=sys.stderr)


# --------------------------------------------------------------------------
# Vocabulary lookup for people / organisations
# --------------------------------------------------------------------------


class VocabularyIndex:
    """Maps name keys (name and aliases) to vocabulary entries."""

    def __init__(self, entries) -> None:
        self.by_key: dict[str, list] = {}
        for entry in entries:
            for key in self.keys_of(entry):
                self.by_key.setdefault(key, []).append(entry)

    @staticmethod
    def keys_of(entry) -> set[str]:
        names = [getattr(entry, "name", "")] + list(getattr(entry, "aliases", None) or [])
        return {name_key(n) for n in names if n}

    def entries_for(self, label: str) -> list:
        return self.by_key.get(name_key(label), [])


def entity_found(label: str, vocab_entries: list, entities: list) -> bool:
    """A labelled name is found when an entity of that name, or of a vocabulary
    entry whose name/aliases include the label, was tagged."""
    wanted = {name_key(label)}
    for entry in vocab_entries:
        wanted |= VocabularyIndex.keys_of(entry)
    for entity in entities:
        keys = {name_key(getattr(entity, "name", ""))}
        keys |= {name_key(a) for a in (getattr(entity, "aliases", None) or [])}
        if keys & wanted:
            return True
    return False


# --------------------------------------------------------------------------
# Evaluation
# --------------------------------------------------------------------------


def tagged_countries(entities) -> set[str]:
    codes = set()
    for entity in entities:
        if getattr(entity, "kind", "") != "country":
            continue
        code = getattr(entity, "iso_code", "") or getattr(entity, "country", "")
        if code:
            codes.add(str(code).upper())
    return codes


def text_for_tagging(article) -> str:
    """Exactly what the importer tags (articles.ingest.article_text.tagging_text)."""
    from articles.ingest.article_text import tagging_text

    return tagging_text(
        headline=article.headline or "", headline_proposed=bool(article.headline_proposed),
        standfirst=article.standfirst or "", image_caption=article.image_caption or "",
        body_text=article.body_text or "",
    )


def evaluate(labels: list[dict], articles_dir: Path) -> Report:
    from articles.ingest.parsing import parse_file
    from articles.ingest.tagging import Matcher, country_vocabulary, starter_vocabulary

    starter = list(starter_vocabulary())
    matcher = Matcher(list(country_vocabulary()) + starter)
    vocab = VocabularyIndex(starter)

    report = Report()
    for label in labels:
        name = label["file"]
        report.articles += 1
        data = (articles_dir / name).read_bytes()
        try:
            parsed = list(parse_file(name, data))
        except Exception as exc:  # one bad file must not stop the report
            parsed = None
            report.parse_errors += 1
            report.misses.append(Miss(name, "parse", "an article", f"{type(exc).__name__}: {exc}"))
        if parsed is not None and len(parsed) != 1:
            report.misses.append(Miss(name, "article_count", 1, len(parsed)))
        article = parsed[0] if parsed else None
        evaluate_article(report, label, article, matcher, vocab)
    return report


def evaluate_article(report: Report, label: dict, article, matcher, vocab: VocabularyIndex) -> None:
    name = label["file"]

    # published ------------------------------------------------------------
    expected_dt = parse_expected_datetime(label.get("published"))
    got_dt = getattr(article, "published", None) if article else None
    ok = same_instant(expected_dt, got_dt)
    report.counter("published").add(ok)
    if not ok:
        report.misses.append(Miss(name, "published", show_datetime(expected_dt), show_datetime(got_dt)))

    # byline -----------------------------------------------------------------
    expected_by = [norm_text(a) for a in label.get("byline", [])]
    got_by = [norm_text(a) for a in (getattr(article, "authors", None) or [])] if article else []
    ok = expected_by == got_by
    report.counter("byline").add(ok)
    if not ok:
        report.misses.append(Miss(name, "byline", expected_by, got_by))

    # image credit / caption -------------------------------------------------
    for fname in ("image_credit", "image_caption"):
        expected = norm_text(label.get(fname, ""))
        got = norm_text(getattr(article, fname, "") if article else "")
        ok = expected == got
        report.counter(fname).add(ok)
        if not ok:
            report.misses.append(Miss(name, fname, expected, got))

    # tagging ---------------------------------------------------------------
    entities = []
    if article is not None:
        try:
            entities = list(matcher.tag(text_for_tagging(article)).entities)
        except Exception as exc:
            report.misses.append(Miss(name, "tagging", "a TaggingResult", f"{type(exc).__name__}: {exc}"))

    expected_c = {c.upper() for c in label.get("countries", [])}
    got_c = tagged_countries(entities)
    report.country_tp += len(expected_c & got_c)
    report.country_fp += len(got_c - expected_c)
    report.country_fn += len(expected_c - got_c)
    if expected_c - got_c:
        report.misses.append(Miss(name, "countries (missed)", sorted(expected_c - got_c), sorted(got_c)))
    if got_c - expected_c:
        report.misses.append(Miss(name, "countries (extra)", sorted(expected_c), sorted(got_c - expected_c)))

    for group, counter in (("people", report.people), ("organizations", report.organizations)):
        for wanted in label.get(group, []):
            entries = vocab.entries_for(wanted)
            if not entries:
                report.out_of_vocabulary[group].add(wanted)
                continue
            ok = entity_found(wanted, entries, entities)
            counter.add(ok)
            if not ok:
                kinds = {"people": "person", "organizations": "organization"}
                got = sorted({e.name for e in entities if getattr(e, "kind", "") == kinds[group]})
                report.misses.append(Miss(name, group, wanted, got))


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------


def fmt_rate(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def status(value: float | None, target: float | None) -> str:
    if target is None or value is None:
        return ""
    return "ok" if value >= target else "below"


def print_text(report: Report, out=sys.stdout) -> None:
    print(f"Accuracy on {report.articles} labelled articles"
          f" ({report.parse_errors} parse errors)\n", file=out)
    rows = report.rows()
    width = max(len(r["metric"]) for r in rows)
    print(f"{'metric'.ljust(width)}  value  target  status  detail", file=out)
    print(f"{'-' * width}  -----  ------  ------  ------", file=out)
    for r in rows:
        target = "" if r["target"] is None else f"{r['target']:.2f}"
        print(f"{r['metric'].ljust(width)}  {fmt_rate(r['value']):>5}  {target:>6}  "
              f"{status(r['value'], r['target']):>6}  {r['detail']}", file=out)

    print(f"\nMisses ({len(report.misses)}):", file=out)
    for m in report.misses:
        print(f"  {m.file}  [{m.field}]\n      expected: {m.expected}\n      got:      {m.got}", file=out)

    for group, names in report.out_of_vocabulary.items():
        if names:
            print(f"\nLabelled {group} not in starter_vocabulary() (not scored): "
                  + ", ".join(sorted(names)), file=out)


def print_markdown(report: Report, out=sys.stdout, set_name: str = "bench/accuracy/") -> None:
    print(f"Accuracy on the labelled set (`{set_name}`, {report.articles} articles, "
          f"{report.parse_errors} parse errors); run `python bench/accuracy.py --markdown`.\n", file=out)
    print("| Metric | Value | Target | Detail |", file=out)
    print("|---|---:|---:|---|", file=out)
    for r in report.rows():
        target = "" if r["target"] is None else f"≥ {r['target']:.2f}"
        mark = {"ok": " ✓", "below": " ✗"}.get(status(r["value"], r["target"]), "")
        print(f"| {r['metric']} | {fmt_rate(r['value'])}{mark} | {target} | {r['detail']} |", file=out)
    by_field: dict[str, int] = {}
    for m in report.misses:
        by_field[m.field] = by_field.get(m.field, 0) + 1
    if by_field:
        print("\nMisses by field: " + ", ".join(f"{k} {v}" for k, v in sorted(by_field.items())) + ".", file=out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print the numbers and misses as JSON")
    mode.add_argument("--markdown", action="store_true", help="print a Markdown table for BENCHMARKS.md")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--set", type=Path, default=DEFAULT_SET,
                       help="directory holding labels.json and articles/ (default: bench/accuracy)")
    which.add_argument("--all", action="store_true",
                       help="report the main set and the held-out set (bench/accuracy/holdout) one after the other")
    args = parser.parse_args(argv)

    setup_django()
    sets = [DEFAULT_SET, HOLDOUT_SET] if args.all else [args.set]
    reports = {}
    for directory in sets:
        labels = load_labels(directory / "labels.json")
        reports[directory] = evaluate(labels, directory / "articles")

    if args.json:
        data = {_set_name(d): r.as_dict() for d, r in reports.items()} if args.all else reports[sets[0]].as_dict()
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for index, (directory, report) in enumerate(reports.items()):
        if args.all:
            print(("\n" if index else "") + f"== {_set_name(directory)} ==\n")
        if args.markdown:
            print_markdown(report, set_name=_set_name(directory))
        else:
            print_text(report)
    return 0


def _set_name(directory: Path) -> str:
    try:
        return str(directory.resolve().relative_to(REPO_ROOT)) + "/"
    except ValueError:
        return str(directory) + "/"


if __name__ == "__main__":
    sys.exit(main())
