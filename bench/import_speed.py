#!/usr/bin/env python
"""Throughput of ``manage.py import_articles`` (articles per second) on the current DATABASE_URL.

Generates N plain-text articles of about 600 words (each different, each naming
a few countries), creates a throw-away test database next to the configured one
(``test_<name>``, as the test runner does: migrated, with the country list and
the starter vocabulary loaded), imports the folder twice -- the first run
stores everything, the second finds only duplicates -- prints both rates, and
drops the test database. The configured database itself is never written.

Usage::

    .venv/bin/python bench/import_speed.py                  # 1000 articles
    .venv/bin/python bench/import_speed.py -n 300 --profile # and the 25 slowest functions
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsarchive .venv/bin/python bench/import_speed.py
"""

import argparse
import cProfile
import io
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsarchive.settings")

FILLER = (
    "ministers said on tuesday that the talks on trade and security would continue next month after "
    "officials from both sides met for a third round in the capital where analysts expected slow progress "
    "because the negotiations had stalled over tariffs energy prices and the future of regional cooperation"
).split()
NAMED = ["France", "Germany", "China", "Russia", "Brazil", "India", "Japan", "NATO", "the EU", "Ukraine"]


def generated_article(number, words=600):
    """About ``words`` words in 10 paragraphs; the number makes the text unique, the names vary by number."""
    paragraphs, current = [], []
    for i in range(words):
        current.append(FILLER[(i * 7 + number) % len(FILLER)])
        if len(current) == words // 10:
            current[0] = current[0].capitalize()
            paragraphs.append(" ".join(current) + f" {NAMED[(number + len(paragraphs)) % len(NAMED)]} agreed.")
            current = []
    paragraphs.append(f"This was report number {number}.")
    return f"Talks on trade, report {number}\n\nBy Jane Doe and Omar Haddad • 3 March 2021 • 10:15\n\n" + "\n\n".join(
        paragraphs
    )


def timed_import(folder, profile=False, workers=None):
    from django.core.management import call_command

    out = io.StringIO()
    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    call_command("import_articles", str(folder), progress=False, stdout=out, workers=workers)
    if profiler:
        profiler.disable()
    return time.perf_counter() - started, out.getvalue().splitlines()[0], profiler


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--articles", type=int, default=1000)
    parser.add_argument("--profile", action="store_true", help="Profile the first run and print the hot spots.")
    parser.add_argument("--workers", type=int, default=None, help="Passed to import_articles (default: its own).")
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    vendor = connection.vendor
    if vendor == "sqlite":  # a file, as in production, not the test runner's in-memory database
        connection.settings_dict["TEST"]["NAME"] = str(Path(tempfile.gettempdir()) / "newsarchive_import_speed.sqlite3")
    test_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        call_command("load_countries", verbosity=0)
        call_command("load_entities", verbosity=0)
        with tempfile.TemporaryDirectory() as folder:
            for number in range(args.articles):
                Path(folder, f"{number:05d}.txt").write_text(generated_article(number), encoding="utf-8")
            # The first import also builds the tagger's matcher; build it first so it is not timed.
            from articles.ingest.tagging import get_matcher

            get_matcher()
            elapsed, summary, profiler = timed_import(folder, profile=args.profile, workers=args.workers)
            workers = args.workers or "default"
            print(f"{vendor} ({test_name}): {args.articles} articles of ~600 words, workers={workers}, {os.cpu_count()} CPUs")
            print(f"  first run:  {summary}; {elapsed:.1f} s, {args.articles / elapsed:.0f} articles/s")
            again, summary, _ = timed_import(folder, workers=args.workers)
            print(f"  second run: {summary}; {again:.1f} s, {args.articles / again:.0f} articles/s")
            if profiler:
                stats = pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative")
                stats.print_stats(25)
                stats.sort_stats("tottime").print_stats(15)
    finally:
        connection.creation.destroy_test_db(test_name, verbosity=0)


if __name__ == "__main__":
    main()
