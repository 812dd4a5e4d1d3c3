"""Measure every public page as served, beside the database's own time for its SQL.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsarchive_bench \\
        .venv/bin/python bench/pages.py --write        # make bench
    .venv/bin/python bench/pages.py --smoke             # make bench-smoke

Against the archive in DATABASE_URL (fill it with ``bench/generate_corpus.py``)
it starts gunicorn (2 workers, production settings) on a free port, measures
each page over real HTTP (first request, then warm median and p95 of
``--requests``), puts the floor beside it (see ``floor.py``), runs ``wrk`` at
16 connections on a country listing, and with ``--write`` records the table
in BENCHMARKS.md (with ``PAGE_CACHE_TIMEOUT=0`` in the environment, as a
table of its own: the views' time under the page cache). Exit status: 0 when every page answered 200, 1 otherwise
(5xx, crashes, broken links). Timings never fail the run: this is a
measurement, not a test.
"""

import argparse
import datetime
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=20, help="warm requests per page (default 20)")
    parser.add_argument("--wrk-seconds", type=int, default=30)
    parser.add_argument("--write", action="store_true", help="record the table in BENCHMARKS.md")
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    parser.add_argument("--smoke", action="store_true", help="CI: 5 requests a page, wrk for 3 s, nothing written")
    parser.add_argument(
        "--only", action="append", metavar="SUBSTRING",
        help="measure only pages whose label contains this (repeatable); skips wrk and --write",
    )
    args = parser.parse_args()
    if args.smoke:
        args.requests, args.wrk_seconds, args.write = 5, 3, False
    if args.only:
        args.write = False  # a partial table must never replace the full one
    return args


def main():
    args = parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsarchive.settings")
    database_url = os.environ.get("DATABASE_URL", f"sqlite:///{ROOT / 'db.sqlite3'}")
    os.environ["DATABASE_URL"] = database_url
    import django

    django.setup()
    from django.db import connection

    from articles.models import Article
    from floor import floor
    from picks import choose_pages
    from report import machine, render, target_for, write_section
    from server import Gunicorn, measure, wrk

    articles = Article.objects.count()
    if not articles:
        sys.exit("The archive is empty: fill it with `bench/generate_corpus.py --articles N` first.")
    pages, country_page = choose_pages()
    if args.only:
        pages = [(label, path) for label, path in pages if any(o in label for o in args.only)]
    print(f"{articles:,} articles on {connection.vendor}; {len(pages)} pages", flush=True)

    results, failures = [], []
    for label, path in pages:
        try:
            results.append({"label": label, "path": path, **floor(path)})
            print(f"floor {label[:48]:48} {results[-1]['floor_ms']:8.1f} ms", flush=True)
        except Exception as error:  # noqa: BLE001 — reported, and the run fails
            failures.append(f"{label} {path}: {error}")
            results.append({"label": label, "path": path, "queries": 0, "floor_ms": 0, "slowest_ms": 0})
    connection.close()

    from articles.core.caching import bump_content_version

    with Gunicorn(database_url) as server:
        for result in results:
            # "first" is the first request after a content change: with a cache shared with the server
            # (CACHE_URL) a new version makes every page and fragment of earlier runs stale, as a publication does.
            bump_content_version()
            result.update(measure(server.port, result["path"], args.requests))
            result["target"] = target_for(result["label"], connection.vendor)
            if result["statuses"] != [200]:
                failures.append(f"{result['label']} {result['path']}: HTTP {result['statuses']}")
            print(
                f"{result['label'][:48]:48} median {result['median_ms']:7.1f} ms  p95 {result['p95_ms']:7.1f} ms  "
                f"floor {result['floor_ms']:7.1f} ms  {result['queries']} queries  {result['statuses']}",
                flush=True,
            )
        load = wrk(server.port, country_page, args.wrk_seconds) if not args.only else "skipped"
        if server.process.poll() is not None:
            failures.append(f"gunicorn exited with status {server.process.returncode}")
    if load == "skipped":
        load = {"path": country_page, "seconds": 0, "connections": 0, "requests": 0, "requests_per_s": 0,
                "p50_ms": None, "p99_ms": None, "non_2xx": 0, "socket_errors": 0}
    elif load is None:
        message = "wrk is not installed (apt-get install wrk): no load test"
        if not args.smoke:
            failures.append(message)
        print(message, file=sys.stderr)
        load = {"path": country_page, "seconds": 0, "connections": 0, "requests": 0, "requests_per_s": 0,
                "p50_ms": None, "p99_ms": None, "non_2xx": 0, "socket_errors": 0}
    elif load["non_2xx"] or load["socket_errors"]:
        failures.append(f"wrk: {load['non_2xx']} non-2xx responses, {load['socket_errors']} socket errors")
    print(
        f"wrk {load['connections']} connections {load['seconds']} s on {load['path']}: "
        f"{load['requests_per_s']:.0f} requests/s, p99 {load['p99_ms']} ms, "
        f"{load['non_2xx']} non-2xx, {load['socket_errors']} socket errors"
    )

    run = {
        "date": datetime.date.today().isoformat(),
        "vendor": connection.vendor,
        "articles": articles,
        "machine": machine(connection),
        "requests": args.requests,
        "page_cache": os.environ.get("PAGE_CACHE_TIMEOUT", "") != "0",
        "pages": results,
        "wrk": {k: v for k, v in load.items() if k != "raw"},
    }
    if args.json:
        args.json.write_text(json.dumps(run, indent=2, default=str))
    if args.write:
        write_section(ROOT / "BENCHMARKS.md", run, render(run))
        print("BENCHMARKS.md updated")
    for failure in failures:
        print(f"ERROR {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
