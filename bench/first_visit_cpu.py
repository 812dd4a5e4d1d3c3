#!/usr/bin/env python
"""The web process's CPU on first visits: each page rendered in process, no cache able to help (issue 17).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/na_bench CACHE_URL=redis://127.0.0.1:6379/5 \\
        .venv/bin/python bench/first_visit_cpu.py --per-kind 20 [--profile] [--code /older/checkout]

The requests are ``first_visit_stream.py``'s (same seed, same addresses) plus
archive months and days; each is rendered with Django's test ``Client``
(production settings, DEBUG off) after the archive's content version is
replaced, so no page or fragment cached before can answer. Per kind: the
median and mean of ``time.process_time`` per request (this process's CPU:
Django, templates and the database driver, not the database server's work)
and the statements run. ``--profile``: pyinstrument over the whole run.
``--code``: render with another checkout's ``articles`` (its templates and
settings too), for before/after on the same archive in the same minutes.
``--digest FILE``: each address's status, statements and a SHA-1 of its
HTML, to compare two versions' output on the same data.
"""

import argparse
import datetime
import hashlib
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-kind", type=int, default=20)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--warm", type=int, default=2, help="requests of each kind rendered first and not counted")
    parser.add_argument("--kinds", help="comma-separated kinds (default: all)")
    parser.add_argument("--code", type=Path, default=HERE, help="the checkout whose code renders the pages")
    parser.add_argument("--before", type=Path, help="another checkout: run it and this one in turn, --rounds times, and compare")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="pyinstrument over the timed requests")
    parser.add_argument("--cprofile", type=int, metavar="N", help="cProfile on CPU time: the N costliest functions by own time")
    parser.add_argument("--digest", type=Path, help="write {url: [status, statements, sha1 of the body]} here")
    parser.add_argument("--bodies", type=Path, help="save each page's HTML in this directory (named by the SHA-1 of its address)")
    parser.add_argument("--urls", type=Path, help="read the addresses from this file, or write them there when it does not exist")
    parser.add_argument("--json", type=Path, help="write the per-kind figures here")
    return parser.parse_args()


def setup(code):
    os.chdir(code)
    sys.path[:0] = [str(code), str(HERE / "bench")]
    os.environ.update(
        DJANGO_SETTINGS_MODULE="newsarchive.settings", DEBUG="0", SECRET_KEY="bench-cpu-" + os.urandom(16).hex(),
        SECURE_SSL_REDIRECT="0", ALLOWED_HOSTS="testserver", LOG_LEVEL="WARNING",
    )
    if not os.environ.get("CACHE_URL"):
        sys.exit("Set CACHE_URL (a Redis database of your own): each request gets a fresh content version.")
    if not (code / "staticfiles" / "staticfiles.json").exists():
        subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], check=True, env=os.environ)
    import django

    django.setup()


def archive_requests(traffic, seed, per_kind):
    """Archive months and days between the archive's first and last article."""
    rng = random.Random(seed + 1)
    span = (traffic.last - traffic.first).days
    requests = []
    for _ in range(per_kind):
        day = traffic.first.date() + datetime.timedelta(days=rng.randrange(span))
        requests.append(("archive month", f"/archive/{day.year}/{day.month:02d}/"))
        day = traffic.first.date() + datetime.timedelta(days=rng.randrange(span))
        requests.append(("archive day", f"/archive/{day.year}/{day.month:02d}/{day.day:02d}/"))
    return requests


def build(args):
    if args.urls and args.urls.exists():
        requests = [tuple(pair) for pair in json.loads(args.urls.read_text())]
    else:
        requests = draw(args)
        if args.urls:
            args.urls.write_text(json.dumps(requests))
    if args.kinds:
        wanted = set(args.kinds.split(","))
        requests = [r for r in requests if r[0] in wanted]
    seen, warm, timed = {}, [], []
    for kind, url in requests:
        seen[kind] = seen.get(kind, 0) + 1
        (warm if seen[kind] <= args.warm else timed).append((kind, url))
    return warm, timed


def draw(args):
    """(kind, address) of the stream's requests and the archive pages (the archive's own sample of words: drawn once)."""
    from first_visit_stream import Traffic, stream

    traffic = Traffic()
    total = args.per_kind + args.warm
    requests = [(r.kind, r.url) for r in stream(traffic, args.seed, total)]
    return requests + archive_requests(traffic, args.seed, total)


def render(client, url, counter):
    """(status, statements, body, CPU ms) of one first visit to ``url``."""
    from first_visit_stream import fresh_version

    fresh_version()
    counter[0] = 0
    started = time.process_time()
    response = client.get(url)
    body = response.content
    cpu = (time.process_time() - started) * 1000
    return response.status_code, counter[0], body, cpu


def compare(args):
    """Both checkouts in turn, ``--rounds`` times, on the same addresses: CPU per kind, statements and HTML compared."""
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="first-visit-cpu-"))
    urls = args.urls or work / "urls.json"
    runs = {"before": [], "after": []}
    for round_ in range(args.rounds):
        for label, code in (("before", args.before), ("after", HERE))[:: 1 if round_ % 2 == 0 else -1]:
            out = work / f"{label}-{round_}"
            command = [sys.executable, str(Path(__file__).resolve()), "--code", str(code), "--per-kind", str(args.per_kind),
                       "--seed", str(args.seed), "--warm", str(args.warm), "--urls", str(urls),
                       "--json", f"{out}.json", "--digest", f"{out}.digest"]
            if args.kinds:
                command += ["--kinds", args.kinds]
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            runs[label].append((json.loads(Path(f"{out}.json").read_text()), json.loads(Path(f"{out}.digest").read_text())))
    print(f"{'kind':<22} {'before ms':>10} {'after ms':>9} {'after/before':>12} {'paired':>7} {'statements':>11}   "
          f"(median CPU per request over {args.rounds} rounds; paired: median over addresses of each one's "
          f"mean after / mean before; load {os.getloadavg()[0]:.1f})")
    for kind in runs["before"][0][0]:
        before = [cpu for figures, _ in runs["before"] for cpu in figures[kind]["cpu"]]
        after = [cpu for figures, _ in runs["after"] for cpu in figures[kind]["cpu"]]
        per_address = {label: list(zip(*(figures[kind]["cpu"] for figures, _ in runs[label]))) for label in runs}
        paired = statistics.median(
            statistics.fmean(a) / statistics.fmean(b) for b, a in zip(per_address["before"], per_address["after"])
        )
        statements = {label: {figures[kind]["statements"] for figures, _ in runs[label]} for label in runs}
        b, a = statistics.median(before), statistics.median(after)
        print(f"{kind:<22} {b:>10.1f} {a:>9.1f} {a / b:>12.2f} {paired:>7.2f} "
              f"{'/'.join(map(str, sorted(statements['before'])))} → {'/'.join(map(str, sorted(statements['after'])))}")
    differing = {url for _, digest in runs["before"] for url, row in digest.items()
                 for _, other in runs["after"] if other.get(url, row)[2] != row[2]}
    pages = len(runs["before"][0][1])
    print(f"HTML: {pages - len(differing)} of {pages} addresses the same bytes in every run of both; differing: {sorted(differing)[:10]}")


def main():
    args = parse_args()
    if args.before:
        return compare(args)
    setup(args.code.resolve())
    from django.db import connection
    from django.test import Client

    warm, timed = build(args)
    client = Client()
    counter = [0]

    def count(execute, sql, params, many, context):
        counter[0] += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        for _, url in warm:
            render(client, url, counter)
        profiler = None
        if args.profile:
            from pyinstrument import Profiler

            profiler = Profiler(interval=0.0005)
            profiler.start()
        elif args.cprofile:
            import cProfile

            profiler = cProfile.Profile(time.process_time)
            profiler.enable()
        results, digest = {}, {}
        for kind, url in timed:
            status, statements, body, cpu = render(client, url, counter)
            results.setdefault(kind, []).append((cpu, statements))
            digest[url] = [status, statements, hashlib.sha1(body).hexdigest()]
            if args.bodies:
                args.bodies.mkdir(parents=True, exist_ok=True)
                (args.bodies / hashlib.sha1(url.encode()).hexdigest()).write_bytes(body)
        if args.profile:
            profiler.stop()
        elif args.cprofile:
            profiler.disable()
    print(f"{'kind':<22} {'n':>3} {'median ms':>10} {'mean ms':>9} {'statements':>10}   ({args.code})")
    figures = {}
    for kind, rows in results.items():
        cpus = [cpu for cpu, _ in rows]
        figures[kind] = {"n": len(rows), "median": statistics.median(cpus), "mean": statistics.fmean(cpus),
                         "statements": sum(s for _, s in rows), "cpu": cpus}
        print(f"{kind:<22} {len(rows):>3} {figures[kind]['median']:>10.1f} {figures[kind]['mean']:>9.1f} "
              f"{figures[kind]['statements']:>10}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))
    if args.digest:
        args.digest.write_text(json.dumps(digest, indent=1, sort_keys=True))
    if args.profile:
        print(profiler.output_text(unicode=False, color=False, show_all=False))
    elif args.cprofile:
        import pstats

        profiler.dump_stats(os.environ.get("CPROFILE_OUT", "/dev/null")) if os.environ.get("CPROFILE_OUT") else None
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.cprofile)


if __name__ == "__main__":
    main()
