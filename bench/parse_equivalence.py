#!/usr/bin/env python
"""Does a speed change change any result? A hash of every parse and tag, to compare with a checkout's.

Parses every labelled page (``bench/accuracy``: the invented sets, the real development and test parts),
the parser's fixtures and 300 generated articles (in three time zones), each with and without its
outlet's time zone where it has one; tags each parsed article's text with and without the page's declared
language; takes the near-duplicate shingles and bands of each body. Each input's results are written as a
SHA-256 of their ``repr`` (the times' offsets too), so the dump holds nothing of the sealed test part
but hashes, and a comparison names only differing development and invented files (the test part's are
counted).

    .venv/bin/python bench/parse_equivalence.py --dump /tmp/before.json      # on main
    .venv/bin/python bench/parse_equivalence.py --compare /tmp/before.json   # on the branch
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from accuracy import setup_django  # noqa: E402

ACCURACY = BENCH / "accuracy"
SEALED = ACCURACY / "real" / "test"
FIXTURES = BENCH.parent / "articles" / "tests" / "fixtures" / "parsing"
ZONES = ("", "America/New_York", "Asia/Kolkata")


def _zones_by_file() -> dict[Path, str]:
    zones = {}
    for labels in ACCURACY.rglob("labels.json"):
        try:
            entries = json.loads(labels.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue
        if isinstance(entries, list):
            for label in entries:
                if isinstance(label, dict) and label.get("file") and label.get("source_tz"):
                    zones[labels.parent / "articles" / label["file"]] = label["source_tz"]
    return zones


def inputs():
    """``(key, sealed, name, data, zones)`` of every input; a sealed key is a hash of its path."""
    from import_speed import generated_article

    zones = _zones_by_file()
    paths = sorted([*ACCURACY.rglob("*.txt"), *ACCURACY.rglob("*.html"), *ACCURACY.rglob("*.jsonl"),
                    *FIXTURES.glob("*.*")])
    for path in paths:
        sealed = SEALED in path.parents
        key = str(path.relative_to(BENCH.parent))
        if sealed:
            key = "sealed:" + hashlib.sha256(key.encode()).hexdigest()[:16]
        yield key, sealed, path.name, path.read_bytes(), sorted({"", zones.get(path, "")})
    for n in range(300):
        yield f"generated:{n}", False, f"{n:05d}.txt", generated_article(n).encode(), [ZONES[n % 3]]


def results(name, data, zones, matcher) -> str:
    from articles.ingest.article_text import plain_body_text, tagging_text
    from articles.ingest.near_duplicates import band_hashes, shingles
    from articles.ingest.parsing import ParseError, parse_file

    out = []
    for zone in zones:
        try:
            articles = parse_file(name, data, source_tz=zone or None)
        except ParseError as error:
            out.append(("error", str(error)))
            continue
        for article in articles:
            out.append((repr(article), str(article.published)))
            body = plain_body_text(article.paragraphs)
            text = tagging_text(
                headline=article.headline or "", headline_proposed=bool(article.headline_proposed),
                standfirst=article.standfirst or "", image_caption=article.image_caption or "", body_text=body,
            )
            out.append(repr(matcher.tag(text)))
            out.append(repr(matcher.tag(text, language=article.language or "")))
            found = shingles(body)
            out.append((sorted(found), band_hashes(found)))
    return hashlib.sha256(repr(out).encode()).hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--dump", type=Path)
    group.add_argument("--compare", type=Path)
    args = parser.parse_args()

    setup_django()
    from articles.ingest.tagging import Matcher, country_vocabulary, starter_vocabulary

    matcher = Matcher(list(country_vocabulary()) + list(starter_vocabulary()))
    hashes, sealed_keys = {}, set()
    for key, sealed, name, data, zones in inputs():
        hashes[key] = results(name, data, zones, matcher)
        if sealed:
            sealed_keys.add(key)
    if args.dump:
        args.dump.write_text(json.dumps(hashes, indent=0, sort_keys=True))
        print(f"{len(hashes)} inputs ({len(sealed_keys)} sealed) hashed into {args.dump}")
        return 0
    before = json.loads(args.compare.read_text())
    differing = sorted(key for key in before.keys() | hashes.keys() if before.get(key) != hashes.get(key))
    open_ones = [key for key in differing if not key.startswith("sealed:")]
    print(f"{len(hashes)} inputs: {len(differing)} differ "
          f"({len(differing) - len(open_ones)} of the sealed test part)")
    for key in open_ones[:40]:
        print("  ", key)
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
