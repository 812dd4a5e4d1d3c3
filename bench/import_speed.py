#!/usr/bin/env python
"""Throughput of ``manage.py import_articles`` (articles per second) on the current DATABASE_URL.

Generates N plain-text articles of about 600 words (each different, each naming
a few countries), creates a throw-away test database next to the configured one
(``test_<name>``, as the test runner does: migrated, with the country list and
the starter vocabulary loaded), imports the folder twice -- the first run
stores everything, the second finds only duplicates -- prints both rates, and
drops the test database. The configured database itself is never written.
Each first import runs ``--repeat`` times (3) into an emptied archive; the
best counts, since the machine may be shared. CPU time per article is shown
for this process (duplicate checks and storing), the parsing workers and, on
PostgreSQL on the same machine, the database server process.

Usage::

    .venv/bin/python bench/import_speed.py                  # 1000 articles
    .venv/bin/python bench/import_speed.py -n 300 --profile # and the 25 slowest functions of this process
    .venv/bin/python bench/import_speed.py -n 300 --profile --workers 1  # everything in this process
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsarchive_importbench .venv/bin/python bench/import_speed.py
"""

import argparse
import cProfile
import io
import os
import pstats
import random
import resource
import sys
import tempfile
import threading
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
    order = random.Random(number)  # not shifts of one sequence: those would be near-duplicates of each other
    paragraphs, current = [], []
    for _ in range(words):
        current.append(order.choice(FILLER))
        if len(current) == words // 10:
            current[0] = current[0].capitalize()
            paragraphs.append(" ".join(current) + f" {NAMED[(number + len(paragraphs)) % len(NAMED)]} agreed.")
            current = []
    paragraphs.append(f"This was report number {number}.")
    return f"Talks on trade, report {number}\n\nBy Jane Doe and Omar Haddad • 3 March 2021 • 10:15\n\n" + "\n\n".join(
        paragraphs
    )


class _Backends:
    """The PostgreSQL backends (same machine) connected to one database, found by their process titles."""

    def __init__(self, database):
        self.title = f": postgres {database} ".encode()  # "postgres: 15/main: postgres <database> host(port) ..."
        self.checked, self.pids = set(), set()

    def cpu_seconds(self):
        """``{pid: CPU seconds}``; only new processes and PostgreSQL's own have their titles read."""
        for pid in os.listdir("/proc"):
            if pid.isdigit() and pid not in self.checked and pid not in self.pids:
                try:
                    command = Path(f"/proc/{pid}/cmdline").read_bytes()
                except OSError:
                    continue
                if self.title in command:
                    self.pids.add(pid)
                elif b"postgres" not in command:  # a new backend may not have its title yet: look again
                    self.checked.add(pid)
        cpu = {}
        for pid in list(self.pids):
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                self.pids.discard(pid)  # ended
                continue
            cpu[pid] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime
        return cpu


class ServerCPU:
    """CPU used by the PostgreSQL backends of the test database during a block, or None on another database.

    The import stores from its workers' connections too, which end before the
    block does: the backends are sampled every 50 ms, so a backend's last few
    milliseconds before it ends may be missed.
    """

    def __init__(self):
        from django.db import connection

        self.database = connection.settings_dict["NAME"] if connection.vendor == "postgresql" else None
        self.seconds = None

    def __enter__(self):
        if self.database is None:
            return self
        self.backends = _Backends(self.database)
        self.first, self.last = self.backends.cpu_seconds(), {}
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()
        return self

    def _sample(self):
        while not self.stop.wait(0.05):
            self.last.update(self.backends.cpu_seconds())

    def __exit__(self, *exc):
        if self.database is None:
            return
        self.stop.set()
        self.thread.join()
        self.last.update(self.backends.cpu_seconds())
        self.seconds = sum(cpu - self.first.get(pid, 0) for pid, cpu in self.last.items())


def timed_import(folder, profile=False, workers=None):
    """Seconds of wall time, the summary line, the profiler, and CPU seconds: this process, workers, server."""
    from django.core.management import call_command

    out = io.StringIO()
    profiler = cProfile.Profile() if profile else None
    children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_started = time.process_time()
    started = time.perf_counter()
    with ServerCPU() as server:
        if profiler:
            profiler.enable()
        call_command("import_articles", str(folder), progress=False, stdout=out, workers=workers)
        if profiler:
            profiler.disable()
    elapsed = time.perf_counter() - started
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = {
        "main": time.process_time() - cpu_started,
        "workers": (children.ru_utime + children.ru_stime) - (children_before.ru_utime + children_before.ru_stime),
        "server": server.seconds,
    }
    return elapsed, out.getvalue().splitlines()[0], profiler, cpu


def _cpu_per_article(cpu, count):
    parts = [f"{name} {seconds / count * 1000:.2f}" for name, seconds in cpu.items() if seconds is not None]
    return "CPU ms/article: " + ", ".join(parts)


def _empty_archive():
    from articles.models import Article, Author

    Article.objects.all().delete()
    Author.objects.all().delete()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--articles", type=int, default=1000)
    parser.add_argument("--profile", action="store_true", help="Profile the first run and print the hot spots.")
    parser.add_argument("--repeat", type=int, default=3, help="Import into an empty archive this many times; best counts.")
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
            from articles.ingest.current_matcher import get_matcher

            get_matcher()
            workers = args.workers or "default"
            print(f"{vendor} ({test_name}): {args.articles} articles of ~600 words, workers={workers}, "
                  f"{os.cpu_count()} CPUs, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
            best = None
            for attempt in range(1, args.repeat + 1):
                if attempt > 1:  # start again from an empty archive
                    _empty_archive()
                elapsed, summary, profiler, cpu = timed_import(
                    folder, profile=args.profile and attempt == 1, workers=args.workers
                )
                print(f"  run {attempt}:  {summary}; {elapsed:.2f} s, {args.articles / elapsed:.0f} articles/s; "
                      f"{_cpu_per_article(cpu, args.articles)}")
                best = elapsed if best is None else min(best, elapsed)
                if profiler:
                    stats = pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative")
                    stats.print_stats(25)
                    stats.sort_stats("tottime").print_stats(15)
            print(f"  best of {args.repeat}: {args.articles / best:.0f} articles/s")
            again, summary, _, cpu = timed_import(folder, workers=args.workers)
            print(f"  again (all duplicates): {summary}; {again:.2f} s, {args.articles / again:.0f} articles/s; "
                  f"{_cpu_per_article(cpu, args.articles)}")
            print(f"  load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    finally:
        connection.creation.destroy_test_db(test_name, verbosity=0)


if __name__ == "__main__":
    main()
