"""What generate_corpus costs in CPU, beside the wall-clock rate.

    DATABASE_URL=postgres://…/scratch .venv/bin/python bench/corpus_cost.py --articles 20000 [--defer-indexes]

On a shared or busy machine the wall-clock rate says more about the
neighbours than about the loader. CPU seconds do not: this runs the command
in-process and reports the Python process's CPU time and, when PostgreSQL
runs on this machine, its backend's (from /proc), per article, and the rate
those imply on this machine's idle cores. Seeds are picked so that runs never
collide with an existing corpus.
"""

import argparse
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def backend_cpu_seconds(pid):
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--defer-indexes", action=argparse.BooleanOptionalAction, default=False)
    parser.add_argument("--workers", type=int, default=None, help="generate_corpus --workers (default: its own)")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsarchive.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from bench.corpus.command import Command

    seed = int(time.time()) % 1_000_000
    backend = None
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            backend = cursor.fetchone()[0]
    backend_before = backend_cpu_seconds(backend) if backend else None
    usage_before = resource.getrusage(resource.RUSAGE_SELF)
    children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    call_command(
        Command(), articles=args.articles, seed=seed, defer_indexes=args.defer_indexes,
        workers=args.workers, verbosity=0,
    )
    wall = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    # The worker processes that generate the articles count too (they are reaped when the pool closes).
    python_cpu = (
        (usage.ru_utime - usage_before.ru_utime) + (usage.ru_stime - usage_before.ru_stime)
        + (children.ru_utime - children_before.ru_utime) + (children.ru_stime - children_before.ru_stime)
    )
    database_cpu = (backend_cpu_seconds(backend) - backend_before) if backend_before is not None else None
    per = 1000 / args.articles
    print(f"{args.articles:,} articles on {connection.vendor}, defer indexes {args.defer_indexes}: wall {wall:.1f} s "
          f"({args.articles / wall:,.0f}/s); Python CPU {python_cpu * per:.3f} ms/article", end="")
    if database_cpu is not None:
        total = python_cpu + database_cpu
        cores = os.cpu_count() or 1
        print(f"; PostgreSQL backend CPU {database_cpu * per:.3f} ms/article; total CPU {total * per:.3f} "
              f"ms/article: at most {args.articles * cores / total:,.0f}/s on {cores} idle cores")
    else:
        print(f"; idle-machine ceiling {args.articles / python_cpu:,.0f}/s (SQLite runs inside the Python process)")


if __name__ == "__main__":
    main()
