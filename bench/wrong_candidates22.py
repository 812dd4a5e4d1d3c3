#!/usr/bin/env python
"""Candidates offered on the studied development pages that are no labelled person or organization.

The people measure of ``accuracy_real.py`` counts the people found; this counts the other side, the names an
editor is offered that the labels do not hold (held-out batches left out, the sealed test part never read).

Usage::

    .venv/bin/python bench/wrong_candidates22.py            # totals
    .venv/bin/python bench/wrong_candidates22.py --list     # ... and each unlabelled candidate, per file
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from accuracy import name_key, setup_django  # noqa: E402


def main() -> int:
    setup_django()
    from accuracy_real import HELD_OUT, REAL_SET, _parse, person_found
    from articles.ingest.article_text import tagging_text
    from articles.ingest.parsing import parse_file
    from articles.ingest.tagging import Matcher, country_vocabulary, starter_vocabulary

    matcher = Matcher(list(country_vocabulary()) + list(starter_vocabulary()))
    part = REAL_SET / "dev"
    offered = unlabelled = 0
    for label in json.loads((part / "labels.json").read_text(encoding="utf-8")):
        if label.get("batch") in HELD_OUT:
            continue
        try:
            article = _parse(parse_file, label["file"], (part / "articles" / label["file"]).read_bytes(),
                             label.get("source_tz", ""))[0]
        except Exception:
            continue
        result = matcher.tag(tagging_text(
            headline=article.headline or "", headline_proposed=bool(article.headline_proposed),
            standfirst=article.standfirst or "", image_caption=article.image_caption or "",
            body_text="\n\n".join(article.paragraphs)), language=getattr(article, "language", "") or "")
        people, organizations = label.get("people", []), label.get("organizations", [])
        for candidate in result.candidates:
            offered += 1
            labelled = any(person_found(wanted, [candidate.name]) for wanted in people) or any(
                name_key(wanted) == name_key(candidate.name) for wanted in organizations)
            if not labelled:
                unlabelled += 1
                if "--list" in sys.argv:
                    print(f"{label['file']}\t{candidate.suggested_kind}\t{candidate.name}")
    print(f"candidates offered {offered}, not a labelled person or organization {unlabelled}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
