#!/usr/bin/env python
"""Byline lines of every common shape, invented, each put into one invented page and parsed: which shapes the
rules read, which they miss (issue 12, session 21).

``byline_probe_cases.txt`` holds one case a line, ``where|line => Author One; Author Two`` (empty after ``=>``: no
person). ``where`` is ``under`` (the line under the headline, a date under it), ``dateline`` (the line under the
headline, no date added), ``end`` (after the story) or ``above`` (over the headline); ``\\n`` in a line breaks it.
A case is a shape the labelling conventions decide (bench/accuracy/real/README.md), not a page's text.

    .venv/bin/python bench/byline_probe.py [--misses]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from accuracy import setup_django  # noqa: E402

CASES = HERE / "byline_probe_cases.txt"
HEADLINE = "Council approves harbour budget after long debate"
BODY = ("The regional council approved the new budget on Tuesday after a long debate about the harbour works and the "
        "cost of repairing the old bridge over the river.\n\nMembers of the opposition said the plan left out the "
        "northern districts, where roads have not been repaired for a decade, and asked for a second vote.\n\n"
        "The mayor said the money would be spent over three years and that the first contracts would be signed "
        "before the summer.")
PAGES = {
    "under": "{headline}\n\n{line}\n\n12 March 2024\n\n{body}\n",
    "dateline": "{headline}\n\n{line}\n\n{body}\n",
    "end": "{headline}\n\n12 March 2024\n\n{body}\n\n{line}\n",
    "above": "{line}\n\n{headline}\n\n12 March 2024\n\n{body}\n",
}


def cases() -> list[tuple[str, str, list[str]]]:
    found = []
    for row in CASES.read_text(encoding="utf-8").splitlines():
        if " => " not in row or row.startswith("#"):
            continue
        spec, want = row.split(" => ", 1)
        where, _, line = spec.partition("|")
        found.append((where.strip(), line.replace("\\n", "\n"), [name.strip() for name in want.split(";") if name.strip()]))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="list every case read wrong")
    args = parser.parse_args()
    setup_django()
    from articles.ingest.parsing import parse_text

    misses = 0
    all_cases = cases()
    for where, line, want in all_cases:
        article = parse_text(PAGES[where].format(headline=HEADLINE, line=line, body=BODY))
        if article.authors != want:
            misses += 1
            if args.misses:
                warned = "warned" if any("yline" in w for w in article.warnings) else "SILENT"
                print(f"{where:8} {line[:70]!r:74} want {want} got {article.authors} ({warned})")
    print(f"{len(all_cases) - misses} of {len(all_cases)} invented byline shapes read right")


if __name__ == "__main__":
    main()
