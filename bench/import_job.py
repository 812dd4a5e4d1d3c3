#!/usr/bin/env python
"""A background import job of N files (a zip, as an editor uploads it) on the current DATABASE_URL, with public
pages sampled while it runs.

Creates a throw-away test database next to the configured one (``test_<name>``:
migrated, with the country list and the starter vocabulary), zips N generated
plain-text articles of about 600 words (``bench/import_speed.py``'s), creates
the job as the admin's upload does (``jobs.create_job``: the upload stored, its
unpacking enqueued), starts ``--workers`` ``manage.py db_worker`` processes and
a gunicorn serving the site, and until the job is done asks the server for a
few public pages in turn (as an anonymous reader; the page cache is emptied by
every batch the job stores). Prints how long the upload took to queue, the
job's articles per second (from its first item to its last), and each page's
median and worst latency, idle before the job and while it ran. Drops the test
database; the configured one is never written.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/na_jobs .venv/bin/python bench/import_job.py -n 10000 --workers 2

``--no-pages`` asks for no page while the job runs, so that its CPU figures are the job's alone.

``--in-process`` runs the job's tasks in this process instead (no workers, no web server, no pages sampled)
and prints its CPU and the database server's per article, and the statements it sent (how many, and how long
each kind took from being sent to being answered); ``--profile`` does the same under cProfile and prints
where this process's CPU went:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/na_jobs .venv/bin/python bench/import_job.py -n 1000 --profile
"""

import argparse
import cProfile
import io
import os
import pstats
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import zipfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsarchive.settings")

PAGES = ["/", "/articles/?q=talks", "/countries/fr/"]


def zipped_articles(count):
    from bench.import_speed import generated_article

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for number in range(count):
            archive.writestr(f"wire/{number:05d}.txt", generated_article(number))
    return buffer.getvalue()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def sample(base, rounds, until=None):
    """``{page: [ms]}``: each page asked for in turn, ``rounds`` times, or until ``until()`` is true."""
    times = {page: [] for page in PAGES}
    done = 0
    while (until is None and done < rounds) or (until is not None and not until()):
        for page in PAGES:
            started = time.perf_counter()
            with urllib.request.urlopen(base + page, timeout=60) as response:
                response.read()
                assert response.status == 200, (page, response.status)
            times[page].append((time.perf_counter() - started) * 1000)
        done += 1
        time.sleep(0.2)
    return times


def cpu_seconds(pid):
    """User and system CPU seconds of a process so far (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def tree_cpu_seconds(pid):
    """CPU seconds of a process and its living children (gunicorn's master and its workers)."""
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return cpu_seconds(pid) + sum(cpu_seconds(child) for child in children)


def machine_busy_seconds():
    """CPU seconds every core of the machine spent on anything but idling and waiting for the disk (Linux)."""
    user, nice, system, idle, iowait, irq, softirq, steal = map(int, Path("/proc/stat").read_text().split()[1:9])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def in_process(jobs, count, profile):
    """The job's tasks run here (under cProfile with ``profile``): CPU per article of this process and the server,
    and the statements sent, with the time each kind took from being sent to being answered."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from articles.core.conf import caps
    from articles.ingest.current_matcher import get_matcher
    from bench.import_speed import ServerCPU

    get_matcher()  # built once per worker, before its first item: not counted
    job = jobs.create_job(files=[("bench.zip", zipped_articles(count))], article_status="published")
    jobs.expand(job.pk)
    profiler = cProfile.Profile(time.process_time) if profile else None  # CPU, not waits for the server
    cpu_started, started = time.process_time(), time.perf_counter()
    kinds = {}  # a statement's first words: [count, seconds from sending it to its answer]

    def timed(execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            kind = kinds.setdefault(" ".join(sql.split()[:3])[:60], [0, 0.0])
            kind[0] += 1
            kind[1] += time.perf_counter() - started

    with ServerCPU() as server, CaptureQueriesContext(connection) as queries, connection.execute_wrapper(timed):
        if profiler:
            profiler.enable()
        for first in range(0, count, caps.IMPORT_CHUNK):
            jobs.import_chunk(job.pk, first, first + caps.IMPORT_CHUNK)
        if profiler:
            profiler.disable()
    cpu, elapsed = time.process_time() - cpu_started, time.perf_counter() - started
    job.refresh_from_db()
    print(f"{connection.vendor}: {count:,} items in one process, load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}; created {job.created_count:,} in {elapsed:.1f} s "
          f"({job.created_count / elapsed:.0f}/s)")
    print(f"  CPU ms/article: this process {cpu / count * 1000:.2f}{' (profiled)' if profile else ''}, "
          f"server {server.seconds / count * 1000 if server.seconds is not None else float('nan'):.2f}; "
          f"{len(queries) / count:.2f} queries an item")
    for query in queries.captured_queries:  # transactions' BEGIN and COMMIT: logged, not executed by a cursor
        if query["sql"] in ("BEGIN", "COMMIT"):
            kinds.setdefault(query["sql"], [0, 0.0])[0] += 1
    print("    statements   ms/article (sent to answered)  kind")
    for kind, (number, seconds) in sorted(kinds.items(), key=lambda item: -item[1][1])[:20]:
        print(f"    {number:10d}  {seconds / count * 1000:10.3f}  {kind}")
    if not profiler:
        return
    dumped = Path(tempfile.gettempdir()) / "import_job.prof"
    profiler.dump_stats(dumped)
    print(f"  profile kept in {dumped} (python -m pstats)")
    stats = pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative")
    stats.print_stats(30)
    stats.sort_stats("tottime").print_stats(20)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--articles", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2, help="db_worker processes")
    parser.add_argument("--web-workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--in-process", action="store_true", help="run the tasks in this process (no pages sampled)")
    parser.add_argument("--profile", action="store_true", help="run the tasks in this process, under cProfile")
    parser.add_argument("--no-pages", action="store_true",
                        help="ask for no page while the job runs (to tell the job's own CPU from the pages')")
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    if connection.vendor == "sqlite":
        connection.settings_dict["TEST"]["NAME"] = str(Path(tempfile.gettempdir()) / "newsarchive_import_job.sqlite3")
    test_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    processes = []
    try:
        call_command("load_countries", verbosity=0)
        call_command("load_entities", verbosity=0)
        from articles.ingest import jobs
        from articles.models import ImportJob
        from bench.import_speed import generated_article

        # A few public articles, so the pages have something to show before the job adds its drafts.
        from articles.ingest.parsing import parse_file
        from articles.ingest.service import store

        for number in range(10**6, 10**6 + 30):
            [parsed] = parse_file("seed.txt", generated_article(number).encode())
            store(parsed, status="published", source_name="seed.txt")

        if args.profile or args.in_process:
            in_process(jobs, args.articles, args.profile)
            return
        settings = connection.settings_dict
        database_url = (
            f"postgres://{settings['USER']}@{settings['HOST']}:{settings['PORT']}/{test_name}"
            if connection.vendor == "postgresql" else f"sqlite:///{test_name}"
        )
        env = {**os.environ, "DATABASE_URL": database_url, "DEBUG": "0", "SECRET_KEY": "bench-" + "x" * 50,
               "SECURE_SSL_REDIRECT": "0", "SECURE_HSTS_SECONDS": "0", "SECURE_COOKIES": "0"}
        # DEBUG=0 serves the collected, hashed static files: without them every page is a 500.
        subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=REPO_ROOT, env=env, check=True)
        port = free_port()
        processes.append(subprocess.Popen(
            [str(REPO_ROOT / ".venv/bin/gunicorn"), "newsarchive.wsgi", "-b", f"127.0.0.1:{port}",
             "-w", str(args.web_workers), "--log-level", "warning"], cwd=REPO_ROOT, env=env,
        ))
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/", timeout=5).read()
                break
            except OSError:
                time.sleep(0.2)

        print(f"{connection.vendor} ({test_name}): {args.articles:,} files of ~600 words in one zip, "
              f"{args.workers} db_worker processes, gunicorn -w {args.web_workers}, {os.cpu_count()} CPUs, "
              f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        idle = sample(base, rounds=10)

        data = zipped_articles(args.articles)
        from bench.import_speed import ServerCPU

        server = ServerCPU().__enter__()  # every backend of the test database: the workers', the web server's
        web_before, machine_before = tree_cpu_seconds(processes[0].pid), machine_busy_seconds()
        started = time.perf_counter()
        job = jobs.create_job(files=[("bench.zip", data)], article_status="published")
        queued = time.perf_counter() - started
        print(f"  upload ({len(data) / 2**20:.1f} MB zip) stored and queued in {queued * 1000:.0f} ms")
        for number in range(args.workers):
            processes.append(subprocess.Popen(
                [sys.executable, "manage.py", "db_worker", "--no-reload", "--verbosity", "0", "--interval", "0.2",
                 "--worker-id", f"bench-{number}"], cwd=REPO_ROOT, env=env,
            ))

        def finished():
            job.refresh_from_db()
            return job.is_finished

        if args.no_pages:
            while not finished():
                time.sleep(0.5)
            busy = idle
        else:
            busy = sample(base, rounds=0, until=finished)
        elapsed = time.perf_counter() - started
        server.__exit__(None, None, None)
        workers_cpu = sum(cpu_seconds(process.pid) for process in processes[1:])
        web_cpu = tree_cpu_seconds(processes[0].pid) - web_before
        machine_cpu = machine_busy_seconds() - machine_before
        first, last = (job.items.exclude(finished_at=None).order_by(order).values_list("finished_at", flat=True).first()
                       for order in ("finished_at", "-finished_at"))
        importing = (last - first).total_seconds()
        print(f"  job {job.status}: created {job.created_count:,}, duplicates {job.duplicate_count}, "
              f"failed {job.failed_count}; {elapsed:.1f} s from the upload to done")
        print(f"  **{job.created_count / importing:.0f} articles/s** from the first item to the last "
              f"({importing:.1f} s); {job.created_count / elapsed:.0f}/s counting unpacking and the workers' start")
        per_article = lambda seconds: f"{seconds / job.created_count * 1000:.2f}" if seconds is not None else "?"  # noqa: E731
        print(f"  CPU ms/article: workers {per_article(workers_cpu)} (with their start: Django, the tagger), "
              f"database server {per_article(server.seconds)} (with the pages' queries)")
        print(f"  CPU ms/article: web server {per_article(web_cpu)}; the whole machine {per_article(machine_cpu)} "
              f"(busy {machine_cpu / elapsed / os.cpu_count():.0%} of {os.cpu_count()} cores; what the figures above "
              "do not count is this script, autovacuum, PostgreSQL's own processes and anything else running)")
        print(f"  load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        print("\n| page | idle: median ms | idle: worst ms | during the job: median ms | p95 ms | worst ms | samples |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for page in PAGES:
            p95 = statistics.quantiles(busy[page], n=20)[-1] if len(busy[page]) > 1 else busy[page][0]
            print(f"| `{page}` | {statistics.median(idle[page]):.0f} | {max(idle[page]):.0f} | "
                  f"{statistics.median(busy[page]):.0f} | {p95:.0f} | {max(busy[page]):.0f} | {len(busy[page])} |")
        assert ImportJob.objects.get(pk=job.pk).status == ImportJob.Status.DONE
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
        connection.creation.destroy_test_db(test_name, verbosity=0)


if __name__ == "__main__":
    main()
