#!/usr/bin/env python
"""Where a first visit's time goes: each statement by its purpose, the cache, and the web process's own work (issue 17).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/na_bench CACHE_URL=redis://127.0.0.1:6379/5 \\
        .venv/bin/python bench/first_visit_breakdown.py --per-kind 20 [--urls FILE] [--json FILE] [--code CHECKOUT]

The same addresses as ``first_visit_cpu.py`` (the stream's kinds, seed 17),
each rendered in process with Django's test client after the archive's
content version is replaced, so no page or fragment cached before answers.
Every SQL statement is timed where it runs (``connection.execute_wrapper``)
and put under what asked for it, read from the call stack: the window, the
count, the facets, the chart, the cards, a cursor's page, the page's own
subject and so on; every call to the cache is timed too. The rest is the web
process's own work, split by phase (the filter and its form, the listing's
Python, the cards and links, the template, the middleware). Each phase's time
is exclusive of the phases and statements inside it. Per kind: the mean of
each share (means add up; medians do not) and the median of the whole.
"""

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(HERE), str(HERE / "bench")]

from first_visit_cpu import build, setup  # noqa: E402

# Innermost first: the first of these functions found on a statement's call stack says what the statement is for.
STATEMENT_PURPOSES = {
    "entity_chart": "sql: chart",
    "public_article_count": "sql: count",
    "planner_estimate": "sql: count",
    "capped_count": "sql: count",
    "newest_rows": "sql: window",
    "grouped_facets": "sql: facets",
    "cards_in_order": "sql: cards",
    "snippets": "sql: snippets",
    "paginate": "sql: page read",
    "prepare": "sql: page subject",
    "country_choices": "sql: country menu",
    "_next_scheduled_publication": "sql: content version",
    "is_valid": "sql: filter form",
    "_count": "sql: count",
}


class Phases:
    """Exclusive wall time per phase for one request: a stack of open phases, each charged its own time only."""

    def __init__(self):
        self.totals, self.calls = {}, {}
        self.stack = []

    def enter(self, name):
        self.stack.append([name, time.perf_counter(), 0.0])

    def leave(self):
        name, started, inner = self.stack.pop()
        elapsed = time.perf_counter() - started
        self.totals[name] = self.totals.get(name, 0.0) + (elapsed - inner) * 1000
        self.calls[name] = self.calls.get(name, 0) + 1
        if self.stack:
            self.stack[-1][2] += elapsed

    def timed(self, name, function):
        def wrapper(*args, **kwargs):
            if not self.stack:  # outside a measured request (the bench's own setup)
                return function(*args, **kwargs)
            self.enter(name)
            try:
                return function(*args, **kwargs)
            finally:
                self.leave()

        wrapper.__wrapped__ = function
        return wrapper


def statement_purpose():
    frame = sys._getframe(2)
    while frame is not None:
        purpose = STATEMENT_PURPOSES.get(frame.f_code.co_name)
        if purpose is not None:
            return purpose
        frame = frame.f_back
    return "sql: other"


def instrument(phases):
    """Wrap the cache's calls and the pages' phases in timers (this process only)."""
    from django.core.cache import caches
    from django.template.response import SimpleTemplateResponse

    from articles.public import filters, listing
    from articles.views import listing as views

    backend = type(caches["default"])
    for method in ("get", "get_many", "set", "set_many", "add", "delete", "incr", "has_key", "touch"):
        if hasattr(backend, method):
            setattr(backend, method, phases.timed(f"cache: {method}", getattr(backend, method)))
    views.public_filter = phases.timed("py: filter and its form", views.public_filter)
    views.filter_errors = phases.timed("py: filter and its form", views.filter_errors)
    view = views.ArticleListView
    view.get_context_data = phases.timed("py: form context (menu, feeds)", view.get_context_data)
    view.prepare = phases.timed("py: page subject", view.prepare)
    for subclass in view.__subclasses__():
        if "prepare" in vars(subclass):
            subclass.prepare = phases.timed("py: page subject", subclass.prepare)
    listing.Listing.context = phases.timed("py: listing (window, count, facets, chart)", listing.Listing.context)
    view.results = phases.timed("py: cards, snippets, map, filters", view.results)
    SimpleTemplateResponse.render = phases.timed("py: template", SimpleTemplateResponse.render)
    del filters


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-kind", type=int, default=20)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--warm", type=int, default=2)
    parser.add_argument("--kinds", help="comma-separated kinds (default: all)")
    parser.add_argument("--urls", type=Path, help="read the addresses from this file, or write them there")
    parser.add_argument("--json", type=Path, help="write each request's figures here")
    parser.add_argument("--code", type=Path, default=HERE, help="the checkout whose code renders the pages (before/after)")
    return parser.parse_args()


def measure(client, url, phases, statements):
    from first_visit_stream import fresh_version

    fresh_version()
    phases.totals, phases.calls, statements[:] = {}, {}, []
    cpu, wall = time.process_time(), time.perf_counter()
    phases.enter("py: middleware and the rest")
    response = client.get(url)
    phases.leave()
    wall, cpu = (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000
    return {"status": response.status_code, "wall": wall, "cpu": cpu, "phases": phases.totals, "calls": phases.calls, "statements": list(statements)}


def main():
    args = parse_args()
    setup(args.code.resolve())
    from django.db import connection
    from django.test import Client

    phases = Phases()
    instrument(phases)
    warm, timed = build(args)
    client, statements = Client(), []

    def timed_statement(execute, sql, params, many, context):
        purpose = statement_purpose()
        phases.enter(purpose)
        try:
            return execute(sql, params, many, context)
        finally:
            phases.leave()
            statements.append(purpose)

    results = {}
    with connection.execute_wrapper(timed_statement):
        for _, url in warm:
            measure(client, url, phases, statements)
        for kind, url in timed:
            results.setdefault(kind, []).append({"url": url, **measure(client, url, phases, statements)})
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    report(results)


def report(results):
    import os

    names = sorted({name for rows in results.values() for row in rows for name in row["phases"]})
    print(f"load average {os.getloadavg()[0]:.1f}; mean ms per request of each share; wall and CPU: median ms")
    for kind, rows in results.items():
        print(f"\n{kind} (n={len(rows)}): wall median {statistics.median(r['wall'] for r in rows):.1f}, "
              f"CPU median {statistics.median(r['cpu'] for r in rows):.1f}, "
              f"statements {statistics.median(len(r['statements']) for r in rows):.0f}")
        total = statistics.fmean(r["wall"] for r in rows)
        for name in names:
            share = statistics.fmean(r["phases"].get(name, 0.0) for r in rows)
            calls = statistics.fmean(r["calls"].get(name, 0) for r in rows)
            if share >= 0.05:
                print(f"  {name:<45} {share:7.1f}  {100 * share / total:4.0f}%  {calls:4.1f} calls")


if __name__ == "__main__":
    main()
