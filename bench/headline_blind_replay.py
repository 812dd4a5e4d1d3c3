#!/usr/bin/env python
"""The headline on outlets the rules had not seen: each development batch parsed again by the code it was first
scored with, blind (its probe commit, recorded in BENCHMARKS.md), before any rule was fitted to it.

The development part's own figures flatter the headline rules, which were written looking at every page; the test
part is sealed. A batch's probe commit is the code as it stood before the batch was gathered, so replaying it gives
the importer's behaviour on new outlets again, page by page, on development data that may be studied freely: how
often the headline is right, and whether a wrong one is warned about (silent errors) or a right one is (false
alarms). ``--shape-warnings`` adds today's ``warn_about_headline_shape`` to each blind result not already warned, to
judge a new warning on pages it was not written from.

    .venv/bin/python bench/headline_blind_replay.py                   # blind, per batch
    .venv/bin/python bench/headline_blind_replay.py --shape-warnings  # ... with today's shape warnings added
    .venv/bin/python bench/headline_blind_replay.py --misses          # the blind headline misses
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEV = HERE / "accuracy" / "real" / "dev"
sys.path.insert(0, str(HERE))

from blind_replay import PROBES, batches_by_commit, checkout  # noqa: E402 - after the path above

_EXPORTED = ["articles", "newsarchive", "manage.py", "bench/__init__.py", "bench/accuracy.py", "bench/accuracy_real.py"]


def child(root: str, batches: list[str]) -> None:
    """Parse the batches' pages with the code under ``root``; one JSON line per page on stdout."""
    sys.path[:0] = [root, f"{root}/bench"]
    from accuracy import setup_django

    setup_django()
    from accuracy_real import _parse
    from articles.ingest.parsing import parse_file

    for label in json.loads((DEV / "labels.json").read_text(encoding="utf-8")):
        if label.get("batch") not in batches:
            continue
        try:
            article = _parse(parse_file, label["file"], (DEV / "articles" / label["file"]).read_bytes(),
                             label.get("source_tz", ""))[0]
        except Exception:  # noqa: BLE001 - a page that cannot be read is a miss
            article = None
        print(json.dumps({
            "file": label["file"], "batch": label["batch"],
            "headline": getattr(article, "headline", "") or "",
            "proposed": bool(getattr(article, "headline_proposed", False)),
            "warnings": list(getattr(article, "warnings", []) or []),
            "standfirst": getattr(article, "standfirst", "") or "",
            "paragraphs": list(getattr(article, "paragraphs", []) or [])[:5],
        }, ensure_ascii=False))


def replay() -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="headline-replay-") as temp:
        for commit, batches in batches_by_commit(PROBES).items():
            root = checkout(commit, Path(temp), _EXPORTED)
            out = subprocess.run([sys.executable, __file__, "--child", str(root), *batches], check=True,
                                 capture_output=True, text=True, cwd=root).stdout
            rows.extend(json.loads(line) for line in out.splitlines() if line.startswith("{"))
    return rows


def score(rows: list[dict], shape_warnings: bool) -> None:
    from accuracy import norm_text
    from accuracy_real import warned_fields

    labels = {label["file"]: label for label in json.loads((DEV / "labels.json").read_text(encoding="utf-8"))}
    if shape_warnings:
        from accuracy import setup_django

        setup_django()
        from articles.ingest.parsed_article import ParsedArticle
        from articles.ingest.parsing_warnings import warn_about_headline_shape
    for row in rows:
        wanted = labels[row["file"]]["headline"]
        headline = norm_text(row["headline"])
        row["label"] = wanted
        row["right"] = (not row["proposed"] and headline.casefold() == norm_text(wanted).casefold()) if wanted \
            else (not headline or row["proposed"])
        row["claimed"] = bool(headline) and not row["proposed"]
        if shape_warnings and row["claimed"] and "headline" not in warned_fields(row["warnings"]):
            article = ParsedArticle(headline=row["headline"], standfirst=row["standfirst"],
                                    paragraphs=row["paragraphs"])
            warn_about_headline_shape(article)
            row["warnings"] += article.warnings
        row["warned"] = "headline" in warned_fields(row["warnings"])


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shape-warnings", action="store_true", help="add today's headline shape warnings")
    parser.add_argument("--misses", action="store_true", help="list the blind headline misses")
    args = parser.parse_args()
    rows = replay()
    score(rows, args.shape_warnings)
    print(f"{'batch':<7}{'commit':>9}{'right':>10}{'silent':>8}{'alarms':>8}   (wrong and not warned; right and warned)")
    totals = [0, 0, 0, 0]
    for batch, commit in PROBES.items():
        part = [row for row in rows if row["batch"] == batch]
        figures = [sum(r["right"] for r in part), len(part), sum(not r["right"] and not r["warned"] for r in part),
                   sum(r["right"] and r["claimed"] and r["warned"] for r in part)]
        totals = [a + b for a, b in zip(totals, figures)]
        print(f"{batch:<7}{commit:>9}{figures[0]:>6}/{figures[1]:<3}{figures[2]:>8}{figures[3]:>8}")
    print(f"{'all':<16}{totals[0]:>6}/{totals[1]:<3}{totals[2]:>8}{totals[3]:>8}")
    if args.misses:
        for row in rows:
            if not row["right"]:
                print(f"  {'warned' if row['warned'] else 'SILENT'} {row['batch']} {row['file']}: "
                      f"got {row['headline'][:80]!r}{' (proposed)' if row['proposed'] else ''}, "
                      f"labelled {row['label'][:80]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
