"""BENCHMARKS.md: the table of a run, written into its own section."""

import os
import re
import sqlite3

TARGETS_PG = {"article": (15, None), "fast": (20, 100), "listing": (50, 100)}
FAST_PAGES = ("latest", "country", "rare country", "date archive", "home")


def target_for(label, vendor):
    """(median ms, p95 ms) the issue sets for this kind of page; SQLite: p95 ≤ 300 ms only."""
    if vendor != "postgresql":
        return (None, 300)
    if label == "article":
        return TARGETS_PG["article"]
    if label.startswith(FAST_PAGES) and "+" not in label:
        return TARGETS_PG["fast"]
    return TARGETS_PG["listing"]


def machine(connection):
    with open("/proc/meminfo") as meminfo:
        total_kb = int(re.search(r"MemTotal:\s+(\d+)", meminfo.read()).group(1))
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
            database = f"PostgreSQL {cursor.fetchone()[0].split()[0]}"
        else:
            database = f"SQLite {sqlite3.sqlite_version}"
    load = os.getloadavg()[0]
    cache = "Redis cache (CACHE_URL)" if os.environ.get("CACHE_URL") else "local-memory cache (one per worker)"
    return (
        f"{os.cpu_count()} CPUs, {total_kb / 1024 / 1024:.0f} GiB RAM, {database}, {cache}, "
        f"load average {load:.1f} at the start"
    )


def mark(value, limit):
    if limit is None:
        return f"{value:.1f}"
    return f"{value:.1f} {'✓' if value <= limit else '✗'}"


def render(run):
    """(pages table, wrk line) in Markdown."""
    lines = [
        f"{run['articles']:,} articles on {run['machine']}; {run['date']}; "
        f"gunicorn 2 workers, {run['requests']} warm requests a page after 3 warm-ups.",
        "",
        "| page | first ms | median ms | p95 ms | target (median/p95) | queries | floor ms | slowest query ms | median ÷ floor |",
        "| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |",
    ]
    for page in run["pages"]:
        median_target, p95_target = page["target"]
        target = f"{median_target or '–'} / {p95_target or '–'}"
        ratio = f"{page['median_ms'] / page['floor_ms']:.1f}×" if page["floor_ms"] else "–"
        lines.append(
            f"| {page['label']} `{page['path'][:60]}` | {page['cold_ms']:.1f} | {mark(page['median_ms'], median_target)} "
            f"| {mark(page['p95_ms'], p95_target)} | {target} | {page['queries']} | {page['floor_ms']:.1f} "
            f"| {page['slowest_ms']:.1f} | {ratio} |"
        )
    load = run["wrk"]
    wrk_line = (
        f"{run['vendor']}, {run['articles']:,} articles, {run['date']}: wrk, {load['connections']} connections "
        f"for {load['seconds']} s on `{load['path']}`: **{load['requests_per_s']:.0f} requests/s**, "
        f"p50 {load['p50_ms']} ms, p99 {load['p99_ms']} ms, {load['non_2xx']} non-2xx responses, "
        f"{load['socket_errors']} socket errors."
    )
    return "\n".join(lines), wrk_line


def replace_block(text, section, name, body):
    """Replace the marked block ``name`` (or add it at the end of ``section``)."""
    begin, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    block = f"{begin}\n{body}\n{end}"
    if begin in text:
        return re.sub(re.escape(begin) + r".*?" + re.escape(end), lambda _: block, text, flags=re.DOTALL)
    at = text.find(f"\n{section}\n")
    if at >= 0:
        following = text.find("\n## ", at + len(section) + 2)
        following = len(text) if following < 0 else following
        return text[:following].rstrip() + f"\n\n{block}\n" + text[following:]
    return text.rstrip() + f"\n\n{section}\n\n{block}\n"


def write_section(path, run, rendered):
    """Record a run: its table under "Public pages at scale", its wrk line under "HTTP load"."""
    table, wrk_line = rendered
    without_page_cache = run.get("page_cache") is False
    name = f"{run['vendor']}-{run['articles']}" + ("-no-page-cache" if without_page_cache else "")
    text = path.read_text() if path.exists() else "# Benchmarks\n"
    heading = f"### {'PostgreSQL' if run['vendor'] == 'postgresql' else 'SQLite'}, {run['articles']:,} articles"
    if without_page_cache:
        heading += ", page cache off (every request runs the view; fragments cached)"
    text = replace_block(text, "## Public pages at scale", f"pages:{name}", f"{heading}\n\n{table}")
    text = replace_block(text, "## HTTP load", f"wrk:{name}", f"- {wrk_line}")
    path.write_text(text)
