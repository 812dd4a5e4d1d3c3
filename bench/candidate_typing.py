#!/usr/bin/env python
"""The type the importer gives the candidates that are labelled people and organisations.

The real-world set scores a candidate as found whatever its type; an editor is shown the type, and accepting
"Piazza del Carmine" as a person is a wrong entity. This script parses and tags the development part (the
held-out batches left out: never read, never counted), matches each labelled person and organisation to the
candidates the importer offers (a person as ``accuracy_real.person_found`` does, an organisation by its name's
key), and counts the type each was given: a table of labelled kind x offered type.

To judge whether a typing rule generalises, the batches are split in two halves (the pages labelled before the
batches, "early", count as one batch; the sorted batches alternate between halves): fit on half A, read only its
misses, and count half B as pages nobody read.

Usage::

    .venv/bin/python bench/candidate_typing.py                 # the table for each half and both
    .venv/bin/python bench/candidate_typing.py --by-batch      # ... and one line per batch
    .venv/bin/python bench/candidate_typing.py --half A --misses  # the mistyped names of half A only
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from accuracy import name_key, setup_django  # noqa: E402
from accuracy_real import HELD_OUT, REAL_SET, _parse, person_found  # noqa: E402

KINDS = ("person", "organization", "place", "facility", "event")
EARLY = "early"


def batch_of(label: dict) -> str:
    return label.get("batch") or EARLY


def halves(batches) -> dict[str, str]:
    """Each batch's half: the sorted batches alternate between A and B."""
    return {batch: "AB"[n % 2] for n, batch in enumerate(sorted(batches))}


def development_labels(directory: Path = REAL_SET / "dev") -> list[dict]:
    labels = json.loads((directory / "labels.json").read_text(encoding="utf-8"))
    return [label for label in labels if label.get("batch", "") not in HELD_OUT]


def offered_types(directory: Path, labels: list[dict]):
    """For each page: ``(batch, file, labelled kind, labelled name, candidate offered, its type)`` per labelled
    person or organisation a candidate matches; every candidate's type per batch; and every candidate as
    ``(batch, file, name, type)``."""
    from articles.ingest.article_text import tagging_text
    from articles.ingest.parsing import parse_file
    from articles.ingest.tagging import Matcher, country_vocabulary, starter_vocabulary

    matcher = Matcher(list(country_vocabulary()) + list(starter_vocabulary()))
    rows, every, offered = [], defaultdict(Counter), []
    for label in labels:
        name = label["file"]
        try:
            data = (directory / "articles" / name).read_bytes()
            article = _parse(parse_file, name, data, label.get("source_tz", ""))[0]
        except Exception:  # noqa: BLE001 - an unreadable page offers no candidates
            continue
        result = matcher.tag(tagging_text(
            headline=article.headline or "", headline_proposed=bool(article.headline_proposed),
            standfirst=article.standfirst or "", image_caption=article.image_caption or "",
            body_text="\n\n".join(article.paragraphs),
        ), language=getattr(article, "language", "") or "")
        batch = batch_of(label)
        for candidate in result.candidates:
            every[batch][candidate.suggested_kind] += 1
            offered.append((batch, name, candidate.name, candidate.suggested_kind))
        for group, kind in (("people", "person"), ("organizations", "organization")):
            for wanted in label.get(group, []):
                for candidate in result.candidates:
                    if (person_found(wanted, [candidate.name]) if kind == "person"
                            else name_key(wanted) == name_key(candidate.name)):
                        rows.append((batch, name, kind, wanted, candidate.name, candidate.suggested_kind))
                        break
    return rows, every, offered


def print_table(title: str, rows, every: Counter) -> None:
    table = Counter((kind, offered) for _, _, kind, _, _, offered in rows)
    print(f"\n{title}")
    print(f"{'labelled / offered':20}" + "".join(f"{k:>14}" for k in KINDS) + f"{'right':>10}")
    for kind in ("person", "organization"):
        total = sum(table[kind, k] for k in KINDS)
        right = table[kind, kind]
        print(f"{kind:20}" + "".join(f"{table[kind, k]:>14}" for k in KINDS) + f"{right:>6}/{total}")
    print(f"{'every candidate':20}" + "".join(f"{every[k]:>14}" for k in KINDS))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("A", "B"), help="only this half's batches")
    parser.add_argument("--by-batch", action="store_true", help="one line per batch: people and organisations typed right")
    parser.add_argument("--misses", action="store_true", help="list the mistyped names (of --half A, to fit on)")
    parser.add_argument("--dump", type=Path, help="write every candidate offered, with its type, to this JSON file")
    args = parser.parse_args(argv)

    setup_django()
    directory = REAL_SET / "dev"
    labels = development_labels(directory)
    half_of = halves({batch_of(label) for label in labels})
    if args.half:
        labels = [label for label in labels if half_of[batch_of(label)] == args.half]
    rows, every, offered = offered_types(directory, labels)
    if args.dump:  # every candidate and its type, to compare two versions of the code
        args.dump.write_text(json.dumps(offered, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"Development part less the held-out batches: {len(labels)} pages")
    for half in ("A", "B"):
        if args.half in (None, half):
            print_table(f"Half {half} ({', '.join(b for b, h in sorted(half_of.items()) if h == half)})",
                        [r for r in rows if half_of[r[0]] == half],
                        sum((every[b] for b, h in half_of.items() if h == half), Counter()))
    if not args.half:
        print_table("Both halves", rows, sum(every.values(), Counter()))
    if args.by_batch:
        print(f"\n{'batch':8} half {'people typed person':>22} {'organisations typed organization':>34}")
        for batch in sorted(half_of):
            mine = [r for r in rows if r[0] == batch]
            if not mine and args.half:
                continue
            people = [r for r in mine if r[2] == "person"]
            orgs = [r for r in mine if r[2] == "organization"]
            print(f"{batch:8} {half_of[batch]:>4} {sum(r[5] == 'person' for r in people):>15}/{len(people):<6}"
                  f" {sum(r[5] == 'organization' for r in orgs):>27}/{len(orgs):<6}")
    if args.misses:
        print("\nMistyped (labelled kind, offered type, name offered, file):")
        for batch, file, kind, wanted, offered_name, offered in sorted(rows, key=lambda r: (r[2], r[5], r[4])):
            if offered != kind:
                print(f"  {kind:12} {offered:12} {offered_name}  ({file})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
