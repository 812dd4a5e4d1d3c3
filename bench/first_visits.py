#!/usr/bin/env python
"""First visits to the main public pages, two versions of the code side by side, on the archive in DATABASE_URL.

Each checkout is served by its own gunicorn (one worker, production settings,
its own Redis database as its cache) on the same archive; every address is
asked of both in turn, the order alternating, with both caches emptied
before each request, so that no cached page or fragment can answer and
whatever else the machine is doing weighs on both alike. Prints, per kind of
page, each version's median and the median of the paired ratios:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsarchive_bench \\
        .venv/bin/python bench/first_visits.py --before /path/to/older/checkout

The older checkout needs no environment of its own: it is served with this
one's (its requirements must be installed here).
"""

import argparse
import http.client
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import redis

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from server import free_port, production_env  # noqa: E402

WORDS = (
    "minister talks harbour election drought budget river court police festival "
    "strike vaccine trade storm bank school border oil rain army"
).split()


class Failed(RuntimeError):
    """A 5xx: recorded against the checkout that answered it, and the pair left out of the timings."""


class Served:
    """One checkout under gunicorn, with a Redis database of its own for a cache."""

    def __init__(self, checkout, database_url, redis_db):
        self.checkout = checkout
        self.env = production_env(database_url)
        self.env["CACHE_URL"] = f"redis://127.0.0.1:6379/{redis_db}"
        self.cache = redis.Redis(db=redis_db)
        self.port = free_port()

    def __enter__(self):
        subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=self.checkout, env=self.env, check=True)
        gunicorn = Path(sys.executable).with_name("gunicorn")
        self.process = subprocess.Popen(
            [str(gunicorn), "newsarchive.wsgi", "--workers", "1", "--bind", f"127.0.0.1:{self.port}", "--timeout", "120",
             "--log-level", "warning", "--access-logfile", "/dev/null"],
            cwd=self.checkout, env=self.env,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                self.get("/robots.txt")
                return self
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"{self.checkout} did not answer within 30 s")

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(10)

    def get(self, path):
        """Milliseconds to answer ``path`` (following a redirect); fails on anything but 200 (or 404 for a page past the end)."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        start = time.perf_counter()
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        elapsed = (time.perf_counter() - start) * 1000
        if response.status in (301, 302):
            return self.get(response.getheader("Location"))
        if response.status >= 500:
            raise Failed(f"{path}: {response.status} from {self.checkout}")
        if response.status != 200 and not (response.status == 404 and "page=" in path):  # as first_visit_stream.py
            raise RuntimeError(f"{path}: {response.status} from {self.checkout}")
        return elapsed

    def first_visit(self, path):
        self.cache.flushdb()
        return self.get(path)


def addresses():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsarchive.settings")
    import django

    django.setup()
    from articles.models import Article, Entity

    articles = [a.get_absolute_url() for a in Article.objects.filter(status="published").order_by("-id")[:80_000:1_000]]
    codes = Entity.objects.filter(kind="country").exclude(iso_code="").order_by("id").values_list("iso_code", flat=True)
    return {
        "home": ["/"] * 30,
        "listing (a date range)": [f"/articles/?date_from={y}-{m:02d}-01" for y in range(2015, 2025) for m in (1, 4, 7, 10)],
        "a word": [f"/articles/?q={word}" for word in WORDS],
        "countries index": ["/countries/"] * 30,
        "a country": [f"/countries/{code.lower()}/" for code in list(codes)[:240:6]],
        "an article": articles,
        "a year": [f"/archive/{y}/" for y in range(2002, 2026)],
        "a month": [f"/archive/{y}/{m:02d}/" for y in range(2014, 2025) for m in (2, 5, 8, 11)],
    }


def stream_addresses(per_kind, seed):
    """``per_kind`` addresses of each kind of ``first_visit_stream.py``'s stream (the same draws for the same seed)."""
    from first_visit_stream import KINDS, Traffic, stream

    requests = stream(Traffic(), seed, per_kind)
    return {f"{kind} (stream)": [r.url for r in requests if r.kind == kind] for kind in KINDS}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", required=True, help="a checkout of the older code")
    parser.add_argument("--kind", action="append", help="only these kinds of page (repeatable)")
    parser.add_argument("--redis-dbs", default="6,7", help="the two Redis databases used as caches, emptied throughout")
    parser.add_argument(
        "--stream", type=int, default=0, metavar="N",
        help="also N requests of each kind of first_visit_stream.py's stream (its kinds end in '(stream)')",
    )
    parser.add_argument("--seed", type=int, default=17, help="the stream's seed (default 17, as first_visit_stream.py's)")
    args = parser.parse_args()
    database_url = os.environ["DATABASE_URL"]
    before_db, today_db = (int(n) for n in args.redis_dbs.split(","))
    kinds = addresses()
    if args.stream:
        kinds.update(stream_addresses(args.stream, args.seed))
    with Served(args.before, database_url, before_db) as before, Served(ROOT, database_url, today_db) as today:
        for served in (before, today):  # each worker's first requests load code and statistics
            served.get("/")
            served.get("/articles/?q=warm")
        print(f"load average {os.getloadavg()[0]:.1f} at the start")
        print("| page | n | before: median ms | today: median ms | today ÷ before: median of pairs | 5xx before / today |")
        print("|---|---:|---:|---:|---:|---:|")
        for kind, urls in kinds.items():
            if args.kind and kind not in args.kind:
                continue
            times = {before: [], today: []}
            failed = {before: 0, today: 0}
            ratios = []
            for index, url in enumerate(urls):
                pair = (before, today) if index % 2 == 0 else (today, before)
                got = {}
                for served in pair:
                    try:
                        got[served] = served.first_visit(url)
                    except Failed as error:
                        print(error, file=sys.stderr)
                        failed[served] += 1
                if len(got) < 2:
                    continue
                for served, elapsed in got.items():
                    times[served].append(elapsed)
                ratios.append(got[today] / got[before])
            print(
                f"| {kind} | {len(ratios)} | {statistics.median(times[before]):.0f} | {statistics.median(times[today]):.0f} "
                f"| {statistics.median(ratios):.2f} | {failed[before]} / {failed[today]} |",
                flush=True,
            )
        print(f"load average {os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
