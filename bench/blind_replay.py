#!/usr/bin/env python
"""Every field on outlets the rules had not seen: each development batch parsed and tagged again by the code it was
first scored with (its probe commit, recorded in BENCHMARKS.md), before any rule was fitted to it, and scored by
today's ``accuracy_real``.

The development part's own figures flatter the rules, which were written looking at every page; the test part is
sealed. Replaying a batch with the code of its probe commit gives the importer's behaviour on new outlets again,
page by page, on development data that may be studied freely.

    .venv/bin/python bench/blind_replay.py                          # every field, per batch and in all
    .venv/bin/python bench/blind_replay.py --held-out               # ... with the held-out batches' totals
    .venv/bin/python bench/blind_replay.py --field byline --misses  # ... and the blind misses of one field
    .venv/bin/python bench/blind_replay.py --field byline --warning-kinds [--misses]  # its warnings: right / wrong
"""

from __future__ import annotations

import argparse
import json
import os
import re
import runpy
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEV = HERE / "accuracy" / "real" / "dev"
sys.path.insert(0, str(HERE))

# batch -> the main commit it was first scored on (BENCHMARKS.md, "Session 1x: blind probe ...")
PROBES = {
    "s13a": "2906f28", "s13b": "2906f28", "s13c": "b213d5e",
    "s14a": "ab5a7cf", "s14b": "ab5a7cf", "s14c": "e71a6b5", "s14d": "e71a6b5",
    "s15a": "7b52424", "s15b": "7b52424", "s15c": "7b52424", "s15d": "7b52424",
    "s16a": "da877ed", "s16b": "da877ed", "s16c": "da877ed", "s16d": "da877ed", "s16e": "da877ed",
    "s16f": "26d99e5", "s16g": "26d99e5", "s16h": "26d99e5", "s16i": "26d99e5", "s16j": "26d99e5",
    "s16k": "2c97d2a", "s16l": "2c97d2a", "s16m": "5d9c777", "s16n": "5d9c777",
    "s17a": "af5283d", "s17b": "af5283d",  # held out as session 17's unseen check: no rule fitted to them
    "s18a": "49431d6", "s18b": "49431d6",  # held out as session 18's unseen check: no rule fitted to them
    "s19a": "081bbd1", "s19b": "081bbd1",  # held out as session 19's unseen check: no rule fitted to them
    "s20a": "65f9d3c", "s20b": "65f9d3c",  # held out as session 20's unseen check: no rule fitted to them
    "s20c": "65f9d3c", "s20d": "65f9d3c",  # session 20's non-Latin development batches
    "s21a": "2641101",  # held out as session 21's unseen check: no rule fitted to it
    "s21b": "2641101", "s21c": "2641101", "s21d": "2641101",  # session 21's development batches
    "s22a": "d4198c9",  # held out as session 22's unseen check: no rule fitted to it
    "s22b": "d4198c9", "s22c": "d4198c9",  # session 22's development batches
    "s22d": "c210cd1",  # session 22's second held-out batch (weak fields): no rule fitted to it
}
# Batches probed on code that already holds the rules the patch files put into older probes: a patch replays
# the others unless these are named with --batch (a patch chain may not apply to their code).
HOLD_THEIR_RULES = frozenset({"s20a", "s20b", "s20c", "s20d", "s21a", "s21b", "s21c", "s21d",
                              "s22a", "s22b", "s22c", "s22d"})
PRODUCT = ["articles", "newsarchive", "manage.py"]  # the probe commit's code; the scoring is today's
from accuracy_real import HELD_OUT  # noqa: E402  (their totals may be replayed, never their misses)

FIELDS = ("headline", "published", "byline", "image_credit", "countries", "people")


def batches_by_commit(batches) -> dict[str, list[str]]:
    by_commit: dict[str, list[str]] = {}
    for batch in batches:
        by_commit.setdefault(PROBES[batch], []).append(batch)
    return by_commit


def checkout(commit: str, into: Path, paths: list[str]) -> Path:
    """``paths`` of ``commit`` extracted under ``into/commit`` (git archive: no work tree, no index touched)."""
    root = into / commit
    root.mkdir()
    archive = subprocess.run(["git", "-C", str(REPO), "archive", commit, *paths], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(root)], input=archive, check=True)
    return root


def child(root: str, batches: list[str]) -> None:
    """Score the batches' pages with the product code under ``root``; one JSON line per batch on stdout."""
    sys.path.insert(0, root)
    sys.path.append(str(REPO))  # so that setup_django does not put today's product before the probe commit's
    from accuracy import setup_django

    setup_django()
    import articles
    from accuracy_real import evaluate_part

    assert Path(articles.__file__).is_relative_to(root), articles.__file__
    if os.environ.get("BLIND_REPLAY_PATCH"):  # --patch: a candidate rule put into the probe commit's code
        runpy.run_path(os.environ["BLIND_REPLAY_PATCH"], run_name="blind_replay_patch")

    import accuracy_real

    pages: list[list] = []  # per page: file, the fields warned about, the byline found and the warnings' texts
    score = accuracy_real._score

    def recording_score(report, label, article, *args):
        warnings = list(getattr(article, "warnings", []) or [])
        pages.append([label["file"], sorted(accuracy_real.warned_fields(warnings)),
                      list(getattr(article, "authors", []) or []) if article else [], warnings])
        return score(report, label, article, *args)

    accuracy_real._score = recording_score
    labels = json.loads((DEV / "labels.json").read_text(encoding="utf-8"))
    for batch in batches:
        pages.clear()
        report = evaluate_part(DEV, {label["file"] for label in labels if label.get("batch") == batch})
        print(json.dumps({
            "batch": batch, "articles": report.articles,
            "fields": {name: [c.correct, c.total] for name, c in report.fields.items()},
            "countries": [report.country_tp, report.country_fp, report.country_fn],
            "people": [report.people.correct, report.people.total],
            "silent": report.silent, "false_alarms": report.false_alarms, "parse_errors": report.parse_errors,
            "misses": [[str(part) for part in miss] for miss in report.misses],
            "silent_misses": [list(map(str, miss[:2])) for miss in report.silent_misses],
            "pages": pages,
        }, ensure_ascii=False))


def replay(batches, patch: str | None = None) -> list[dict]:
    rows = []
    env = dict(os.environ, BLIND_REPLAY_PATCH=str(Path(patch).resolve())) if patch else None
    with tempfile.TemporaryDirectory(prefix="blind-replay-") as temp:
        for commit, group in batches_by_commit(batches).items():
            root = checkout(commit, Path(temp), PRODUCT)
            out = subprocess.run([sys.executable, __file__, "--child", str(root), *group], check=True,
                                 capture_output=True, text=True, cwd=root, env=env).stdout
            rows.extend(json.loads(line) for line in out.splitlines() if line.startswith("{"))
    return rows


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--batch", action="append", choices=sorted(PROBES),
                        help="only these batches (repeatable); by default every batch but the held-out ones "
                             "(and, with --patch, but those whose probe holds the patched rules already)")
    parser.add_argument("--held-out", action="store_true",
                        help="also replay the held-out batches (their totals only: their misses are never listed)")
    parser.add_argument("--field", choices=FIELDS, help="with --misses: only this field's misses")
    parser.add_argument("--misses", action="store_true", help="list the blind misses, SILENT where no warning said so")
    parser.add_argument("--warning-kinds", action="store_true",
                        help="with --field: each kind of warning about the field (its words before the first quote), "
                             "on how many blind pages it stood with the field right and with it wrong")
    parser.add_argument("--patch", metavar="FILE", help="a Python file run in each replay after the probe commit's "
                        "code is imported: it may put a candidate rule into that code, to see which blind misses of "
                        "other batches the rule would have fixed")
    args = parser.parse_args()
    batches = args.batch or [batch for batch in PROBES if (args.held_out or batch not in HELD_OUT)
                             and not (args.patch and batch in HOLD_THEIR_RULES)]
    rows = replay(batches, args.patch)
    if unreadable := unreadable_pages(rows):
        print(unreadable, file=sys.stderr)
        return 1
    studied = [row for row in rows if row["batch"] not in HELD_OUT]
    scored = ("headline", "published", "byline", "image_credit")
    print(f"{'batch':<7}{'commit':>9}" + "".join(f"{name[:9]:>10}" for name in scored)
          + f"{'country P':>11}{'country R':>11}{'people':>10}{'silent':>8}")
    totals: Counter = Counter()
    for row in sorted(rows, key=lambda row: row["batch"]):
        cells = []
        for name in scored:
            right, total = row["fields"].get(name, [0, 0])
            totals[name, 0] += right
            totals[name, 1] += total
            cells.append(f"{right}/{total}")
        tp, fp, fn = row["countries"]
        for key, value in (("tp", tp), ("fp", fp), ("fn", fn), ("people", row["people"][0]),
                           ("people_total", row["people"][1]), ("silent", sum(row["silent"].values()))):
            totals[key] += value
        people = "{}/{}".format(*row["people"])
        print(f"{row['batch']:<7}{PROBES[row['batch']]:>9}" + "".join(f"{cell:>10}" for cell in cells)
              + f"{f'{tp}/{tp + fp}':>11}{f'{tp}/{tp + fn}':>11}{people:>10}{sum(row['silent'].values()):>8}")
    tp, fp, fn = totals["tp"], totals["fp"], totals["fn"]
    cells = [f"{totals[name, 0]}/{totals[name, 1]}" for name in scored]
    people = f"{totals['people']}/{totals['people_total']}"
    print(f"{'all':<16}" + "".join(f"{cell:>10}" for cell in cells)
          + f"{f'{tp}/{tp + fp}':>11}{f'{tp}/{tp + fn}':>11}{people:>10}{totals['silent']:>8}")
    if args.misses:
        for row in sorted(studied, key=lambda row: row["batch"]):
            silent = {tuple(miss) for miss in row["silent_misses"]}
            for name, field, expected, got in row["misses"]:
                if args.field and field != args.field:
                    continue
                flag = "SILENT" if (name, field) in silent else "      "
                print(f"  {flag} {row['batch']} {name} [{field}] expected {expected[:100]!r}, got {got[:100]!r}")
    if args.warning_kinds and args.field:
        print_warning_kinds(studied, args.field, args.misses)
    return 0


def unreadable_pages(rows: list[dict]) -> str:
    """Why the replay's figures mean nothing, if they do not: pages the probe code (with the patch) failed to parse.
    Every blind page parses on its probe commit, so a failure is the patch's (a copied rule missing a name it uses),
    and scoring on would show a field's collapse as the rule's. Held-out batches' failures are counted, not named."""
    failed = sum(row.get("parse_errors", 0) for row in rows)
    if not failed:
        return ""
    first = next((miss for row in rows if row["batch"] not in HELD_OUT for miss in row["misses"] if miss[1] == "parse"),
                 None)
    return f"Blind pages that could not be parsed: {failed}; the figures are not printed." + (
        f" First: {first[0]}: {first[3]}" if first else "")


_QUOTE = re.compile(r"“[^”]*”")


def print_warning_kinds(rows: list[dict], field: str, pages: bool = False) -> None:
    """Per kind of warning about ``field``: blind pages where the field was right (a false alarm where a value was
    found) and where it was wrong, and with ``pages`` which pages; the kind is the warning's text with its quotes
    left out."""
    from accuracy_real import warned_fields

    kinds: dict[str, Counter] = {}
    named: dict[str, list[str]] = {}
    for row in rows:
        wrong = {name for name, missed, _, _ in row["misses"] if missed == field}
        for name, _, authors, warnings in row["pages"]:
            for warning in warnings:
                if field in warned_fields([warning]):
                    kind = _QUOTE.sub("…", warning)[:90]
                    kinds.setdefault(kind, Counter())["wrong" if name in wrong else "right"] += 1
                    named.setdefault(kind, []).append(f"{name} ({'wrong' if name in wrong else 'right'}: {authors})")
    print(f"\nWarnings about {field} on the blind pages: right / wrong")
    for kind, counts in sorted(kinds.items(), key=lambda item: -sum(item[1].values())):
        print(f"  {counts['right']:>4} {counts['wrong']:>4}  {kind}")
        if pages and counts["right"] + counts["wrong"] < 50:
            for page in named[kind]:
                print(f"              {page}")


if __name__ == "__main__":
    sys.exit(main())
