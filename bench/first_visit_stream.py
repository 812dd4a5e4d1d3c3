#!/usr/bin/env python
"""First visits: a seeded stream of distinct requests, each asked once, on a warm server (issue 17).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/na_fv_bench CACHE_URL=redis://127.0.0.1:6379/5 \\
        .venv/bin/python bench/first_visit_stream.py --label today --write     # make bench-first-visits

The stream is drawn like real traffic from the archive in DATABASE_URL:
words by how many sampled articles hold them, one to three words, two-word
phrases found in the articles, countries and entities by their number of
articles, date ranges of a day to ten years (log-uniform), every sort, page
numbers and deep "Older" cursors. gunicorn (2 workers, production settings,
``bench/peer/settings.py``: the product plus the peer under ``/peer/``) is
warmed with a stream of another seed; then each URL is asked once, with the
archive's content version replaced before every request so that no page or
fragment cached earlier can answer (needs CACHE_URL: the server's workers and
this script share it). Per kind: median, p95 and p99 over HTTP; the floor,
each request's core query (its page of ids and their cards) as plain SQL,
run once; the peer (``bench/peer/``) on a subset. Then 16 threads send
another distinct stream at once: requests/s and p99. Timings never fail the
run; a 5xx or a dropped connection does.
"""

import argparse
import datetime
import math
import os
import random
import re
import statistics
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

KINDS = (
    "one word", "two or three words", "a phrase", "word + country", "word + dates",
    "a country", "an entity", "a date range", "country + dates", "deep cursor",
)
TARGET = {"median": 60, "p95": 150, "p99": 300}
LOAD_TARGET = {"requests_per_s": 60, "p99": 600}
WORD = re.compile(r"[a-z]{3,}")


@dataclass
class Request:
    kind: str
    path: str  # the product's page, without query string
    params: dict
    peer: dict  # the peer's query string
    floor: tuple = None  # (sql, params)
    times: dict = field(default_factory=dict)

    @property
    def url(self):
        return self.path + ("?" + urlencode(self.params) if self.params else "")

    @property
    def peer_url(self):
        return "/peer/articles/?" + urlencode(self.peer)


class Traffic:
    """What real readers ask for, weighted as the archive is: read from the database once."""

    def __init__(self, sample_size=2000):
        from django.db.models import Max, Min, Sum

        from articles.models import Article, Entity, EntityMonthCount
        from articles.search.query import STOP_WORDS

        bounds = Article.objects.filter(status="published").aggregate(
            first=Min("published_at"), last=Max("published_at"), low=Min("id"), high=Max("id")
        )
        self.first, self.last = bounds["first"], min(bounds["last"], datetime.datetime.now(datetime.UTC))
        step = max(1, (bounds["high"] - bounds["low"]) // sample_size)
        texts = Article.objects.filter(id__in=range(bounds["low"], bounds["high"] + 1, step)).values_list("headline", "body_text")
        documents, pairs = Counter(), Counter()
        for headline, body in texts:
            words = [w for w in WORD.findall(f"{headline} {body[:3000]}".lower())]
            documents.update(set(w for w in words if w not in STOP_WORDS))
            pairs.update(set(f"{a} {b}" for a, b in zip(words, words[1:]) if a not in STOP_WORDS and b not in STOP_WORDS))
        self.words, self.word_weights = zip(*documents.most_common(20000))
        self.phrases, self.phrase_weights = zip(*[(p, n) for p, n in pairs.most_common(20000) if n >= 2])
        totals = (
            EntityMonthCount.objects.values("entity_id", "entity__kind", "entity__iso_code", "entity__slug")
            .annotate(n=Sum("articles")).filter(n__gt=0)
        )
        self.countries, self.entities = [], []
        for row in totals:
            if row["entity__kind"] == Entity.Kind.COUNTRY:
                self.countries.append((row["entity_id"], row["entity__iso_code"].lower(), row["n"]))
            else:
                self.entities.append((row["entity_id"], row["entity__slug"], row["n"]))

    def word(self, rng):
        return rng.choices(self.words, self.word_weights)[0]

    def country(self, rng):
        return rng.choices(self.countries, [n for *_, n in self.countries])[0]

    def entity(self, rng):
        return rng.choices(self.entities, [n for *_, n in self.entities])[0]

    def date_range(self, rng):
        span = int(round(math.exp(rng.uniform(0, math.log(3650)))))  # a day to ten years
        days = max(1, (self.last - self.first).days - span)
        start = self.first.date() + datetime.timedelta(days=rng.randrange(days))
        return start, start + datetime.timedelta(days=span - 1)

    def cursor(self, rng):
        seconds = rng.uniform(0, (self.last - self.first).total_seconds() * 0.9)
        stamp = (self.last - datetime.timedelta(seconds=seconds)).replace(microsecond=0)
        return f"{stamp.isoformat()},{2**62}"


def text_sort(rng):
    return rng.choice(["", "relevance", "newest", "oldest"])  # "" is relevance, the default with words


def date_sort(rng):
    return rng.choice(["", "newest", "oldest"])


def page(rng):
    return rng.choices(["", "2", "3", "5"], [85, 8, 5, 2])[0]


def make_request(kind, traffic, rng):
    """One request of ``kind``: the product's address, the peer's and the floor's inputs."""
    q = tag = dates = cursor = None
    path, params = "/articles/", {}
    if kind == "one word":
        q = traffic.word(rng)
    elif kind == "two or three words":
        q = " ".join(traffic.word(rng) for _ in range(rng.choice([2, 3])))
    elif kind == "a phrase":
        q = f'"{rng.choices(traffic.phrases, traffic.phrase_weights)[0]}"'
    elif kind == "word + country":
        q, tag = traffic.word(rng), ("country", *traffic.country(rng)[:2])
    elif kind == "word + dates":
        q, dates = traffic.word(rng), traffic.date_range(rng)
    elif kind == "a country":
        tag = ("country", *traffic.country(rng)[:2])
    elif kind == "an entity":
        tag = ("entity", *traffic.entity(rng)[:2])
    elif kind == "a date range":
        dates = traffic.date_range(rng)
    elif kind == "country + dates":
        tag, dates = ("country", *traffic.country(rng)[:2]), traffic.date_range(rng)
    elif kind == "deep cursor":
        tag = ("country", *traffic.country(rng)[:2]) if rng.random() < 0.5 else None
        cursor = traffic.cursor(rng)
    sort = text_sort(rng) if q else date_sort(rng)
    if tag and not q and not dates and rng.random() < 0.7:  # the country's or entity's own page
        path = f"/countries/{tag[2]}/" if tag[0] == "country" else f"/entities/{tag[2]}/"
    elif tag:
        params[tag[0]] = tag[2]
    if q:
        params["q"] = q
    if dates:
        params["date_from"], params["date_to"] = dates[0].isoformat(), dates[1].isoformat()
    if sort:
        params["sort"] = sort
    number = page(rng) if not cursor else ""
    if number:
        params["page"] = number
    if cursor:
        params["after"] = cursor
    peer = {k: v for k, v in params.items() if k not in ("after",)}
    if tag:
        peer[tag[0]] = tag[2]
    if cursor:
        peer["page"] = "250"  # the peer's way deep: Paginator's OFFSET
    request = Request(kind, path, params, peer)
    request.floor = floor_sql(q, tag, dates, sort or ("relevance" if q else "newest"), int(number or 1), cursor)
    return request


def stream(traffic, seed, per_kind):
    """``per_kind`` requests of each kind, interleaved, every address distinct."""
    rng = random.Random(seed)
    seen, requests = set(), []
    for kind in KINDS * per_kind:
        for _ in range(50):
            request = make_request(kind, traffic, rng)
            if request.url not in seen:
                break
        seen.add(request.url)
        requests.append(request)
    rng.shuffle(requests)
    return requests


def floor_sql(q, tag, dates, sort, number, cursor):
    """The request's core query as one would write it by hand: its page of ids, and their cards' columns."""
    from articles.core.conf import caps
    from articles.core.pagination import PER_PAGE
    from articles.search.sql import country_tag_word

    where, args = ["a.status = 'published'", "a.published_at <= now()"], []
    if q and tag and tag[0] == "country":  # the words and the country's tag word, looked up together
        where.append(
            "a.search_vector @@ (websearch_to_tsquery('articles_english', %s) && websearch_to_tsquery('articles_english', %s))"
        )
        args += [q, country_tag_word(tag[1])]
    elif q:
        where.append("a.search_vector @@ websearch_to_tsquery('articles_english', %s)")
        args.append(q)
    if dates:
        where += ["a.published_at >= %s", "a.published_at < %s"]
        args += [dates[0], dates[1] + datetime.timedelta(days=1)]
    if cursor:
        stamp, _, ident = cursor.rpartition(",")
        where.append("(a.published_at, a.id) < (%s, %s)")
        args += [datetime.datetime.fromisoformat(stamp), int(ident)]
    direction = "ASC" if sort == "oldest" else "DESC"
    offset = (number - 1) * PER_PAGE
    if tag and not q and not dates:  # one tag: the tag table's own (entity, date) index
        tag_where = ["t.entity_id = %s", "t.article_is_published", "t.article_published_at <= now()"]
        tag_args = [tag[1]]
        if cursor:
            tag_where.append("(t.article_published_at, t.article_id) < (%s, %s)")
            tag_args += args[-2:]
        ids = (
            f"SELECT t.article_id AS id, t.article_published_at AS at FROM articles_articleentity t "
            f"WHERE {' AND '.join(tag_where)} ORDER BY t.article_published_at {direction}, t.article_id {direction} "
            f"LIMIT {PER_PAGE + 1} OFFSET {offset}"
        )
        args = tag_args
    else:
        if tag:
            where.append("a.id IN (SELECT article_id FROM articles_articleentity WHERE entity_id = %s)")
            args.append(tag[1])
        condition = " AND ".join(where)
        if sort == "relevance":
            ids = (
                f"SELECT w.id, w.published_at AS at FROM (SELECT a.id, a.published_at, a.search_vector FROM articles_article a "
                f"WHERE {condition} ORDER BY a.published_at DESC, a.id DESC LIMIT {caps.RANK_WINDOW}) w "
                f"ORDER BY ts_rank(w.search_vector, websearch_to_tsquery('articles_english', %s)) DESC, w.published_at DESC "
                f"LIMIT {PER_PAGE + 1} OFFSET {offset}"
            )
            args = [*args, q]
        else:
            ids = (
                f"SELECT a.id, a.published_at AS at FROM articles_article a WHERE {condition} "
                f"ORDER BY a.published_at {direction}, a.id {direction} LIMIT {PER_PAGE + 1} OFFSET {offset}"
            )
    sql = (
        f"WITH page AS ({ids}) SELECT a.id, a.headline, a.standfirst, a.slug, a.published_at "
        f"FROM page JOIN articles_article a ON a.id = page.id ORDER BY page.at {direction}"
    )
    return sql, args


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(fraction * len(ordered)) - 1)] if ordered else float("nan")


def timed_get(port, url, timeout=120):
    import http.client

    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    started = time.perf_counter()
    try:
        connection.request("GET", url, headers={"Host": "127.0.0.1"})
        response = connection.getresponse()
        response.read()
        status = response.status
    except OSError as error:
        status = f"{type(error).__name__}"
    finally:
        connection.close()
    return status, (time.perf_counter() - started) * 1000


def fresh_version():
    """Every page and fragment cached so far is stale: what the request after a publication meets."""
    from articles.core.caching import bump_content_version

    bump_content_version(look_up_schedule=False)


FLOOR_TIMEOUT_MS = 5_000  # a plain query slower than this is recorded as this (the run must end)


def run_floor(requests):
    from django.db import DatabaseError, connection, transaction

    for request in requests:
        sql, args = request.floor
        started = time.perf_counter()
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute(f"SET LOCAL statement_timeout = {FLOOR_TIMEOUT_MS}")
                cursor.execute(sql, args)
                cursor.fetchall()
        except DatabaseError:
            pass
        request.times["floor"] = min((time.perf_counter() - started) * 1000, FLOOR_TIMEOUT_MS)


def run_sequential(port, requests, which, failures):
    for index, request in enumerate(requests):
        fresh_version()
        url = request.url if which == "product" else request.peer_url
        status, ms = timed_get(port, url)
        request.times[which] = ms
        request.times[f"{which}_status"] = status
        if status != 200 and not (which == "product" and status == 404 and request.params.get("page")):
            failures.append(f"{which} {url}: {status}")
        if (index + 1) % 100 == 0:
            print(f"  {which}: {index + 1}/{len(requests)}", flush=True)


def run_concurrent(port, requests, clients, failures, seconds):
    """``clients`` threads share the queue of distinct requests for at most ``seconds``: requests/s, p50, p99."""
    queue = list(reversed(requests))
    deadline = time.monotonic() + seconds
    lock = threading.Lock()
    times = []

    def client():
        while True:
            with lock:
                if not queue or time.monotonic() > deadline:
                    return
                request = queue.pop()
            fresh_version()
            status, ms = timed_get(port, request.url, timeout=30)
            with lock:
                times.append(ms)
                if status not in (200, 404):
                    failures.append(f"load {request.url}: {status}")

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    return {"clients": clients, "requests": len(times), "seconds": elapsed, "requests_per_s": len(times) / elapsed,
            "p50": statistics.median(times), "p99": percentile(times, 0.99)}


def summarise(requests, peer_requests):
    rows = []
    for kind in KINDS:
        mine = [r for r in requests if r.kind == kind]
        product = [r.times["product"] for r in mine]
        floor = [r.times["floor"] for r in mine if "floor" in r.times]
        peer = [r.times["peer"] for r in peer_requests if r.kind == kind and "peer" in r.times]
        rows.append({
            "kind": kind, "n": len(product),
            "median": statistics.median(product), "p95": percentile(product, 0.95), "p99": percentile(product, 0.99),
            "floor_median": statistics.median(floor) if floor else None, "floor_p95": percentile(floor, 0.95) if floor else None,
            "peer_n": len(peer), "peer_median": statistics.median(peer) if peer else None,
            "peer_p95": percentile(peer, 0.95) if peer else None,
        })
    return rows


def render(run):
    def ms(value, target=None):
        if value is None:
            return "–"
        text = f"{value:.0f}"
        return f"{text} {'✓' if value <= target else '✗'}" if target else text

    lines = [
        f"{run['articles']:,} articles, {run['vendor']}, {run['machine']}; {run['date']}; seed {run['seed']}; "
        f"gunicorn 2 workers; each URL once, the content version replaced before each request; "
        f"peer on {run['peer_per_kind']} of each kind; a floor query is stopped at {FLOOR_TIMEOUT_MS:,} ms. Milliseconds.",
        "",
        "| kind | n | median | p95 | p99 | floor median | floor p95 | peer median | peer p95 |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in run["rows"]:
        lines.append(
            f"| {row['kind']} | {row['n']} | {ms(row['median'], TARGET['median'])} | {ms(row['p95'], TARGET['p95'])} "
            f"| {ms(row['p99'], TARGET['p99'])} | {ms(row['floor_median'])} | {ms(row['floor_p95'])} "
            f"| {ms(row['peer_median'])} | {ms(row['peer_p95'])} |"
        )
    load = run["load"]
    if load:
        lines += ["", (
            f"{load['clients']} concurrent clients, {load['requests']} distinct requests of every kind in {load['seconds']:.0f} s: "
            f"**{load['requests_per_s']:.1f} requests/s** (target ≥ {LOAD_TARGET['requests_per_s']}), "
            f"p50 {load['p50']:.0f} ms, p99 {load['p99']:.0f} ms (target ≤ {LOAD_TARGET['p99']}), "
            f"{run['load_errors']} errors."
        )]
    return "\n".join(lines)


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--per-kind", type=int, default=100, help="requests of each kind, one client (default 100)")
    parser.add_argument("--peer-per-kind", type=int, default=4, help="of which the peer is asked (default 8; 0: none)")
    parser.add_argument("--load-requests", type=int, default=600, help="distinct requests for the 16 clients (0: none)")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--load-seconds", type=int, default=60, help="the clients stop taking requests after this")
    parser.add_argument("--label", default="today", help="names the table in BENCHMARKS.md (before/after)")
    parser.add_argument("--write", action="store_true", help="record the table in BENCHMARKS.md")
    parser.add_argument("--smoke", action="store_true", help="3 of each kind, 30 for the clients, nothing written")
    args = parser.parse_args()
    if args.smoke:
        args.per_kind, args.peer_per_kind, args.load_requests, args.load_seconds, args.write = 3, 1, 30, 10, False
    return args


def main():
    args = parse_args()
    if not os.environ.get("CACHE_URL"):
        sys.exit("Set CACHE_URL (a Redis database of your own): the server's workers and this script share the content version.")
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.peer.settings"
    database_url = os.environ.get("DATABASE_URL", f"sqlite:///{ROOT / 'db.sqlite3'}")
    os.environ["DATABASE_URL"] = database_url
    import django

    django.setup()
    from django.core.cache import cache
    from django.db import connection

    from report import machine, replace_block
    from server import Gunicorn

    vendor = connection.vendor
    traffic = Traffic()
    requests = stream(traffic, args.seed, args.per_kind)
    warmup = stream(traffic, args.seed + 1000, 3)
    load = stream(traffic, args.seed + 2000, max(1, math.ceil(args.load_requests / len(KINDS))))[: args.load_requests]
    seen = {r.url for r in requests}
    load = [r for r in load if r.url not in seen]
    peer_requests = []
    if vendor == "postgresql" and args.peer_per_kind:
        for kind in KINDS:
            peer_requests += [r for r in requests if r.kind == kind][: args.peer_per_kind]
    articles = traffic and __import__("articles.models", fromlist=["Article"]).Article.objects.count()
    print(f"{articles:,} articles on {vendor}: {len(requests)} requests, {len(peer_requests)} for the peer, "
          f"{len(load)} for {args.clients} clients", flush=True)
    described = machine(connection)
    cache.clear()
    failures = []
    with Gunicorn(database_url, settings="bench.peer.settings") as server:
        for request in warmup:
            timed_get(server.port, request.url)
        print("product, one client", flush=True)
        run_sequential(server.port, requests, "product", failures)
        print("floor", flush=True)
        if vendor == "postgresql":
            run_floor(requests)
        if peer_requests:
            print("peer, one client", flush=True)
            for request in warmup[:3]:
                timed_get(server.port, request.peer_url)
            run_sequential(server.port, peer_requests, "peer", failures)
        result = None
        if load:
            print(f"{args.clients} clients", flush=True)
            load_failures = []
            result = run_concurrent(server.port, load, args.clients, load_failures, args.load_seconds)
            failures += load_failures
        if server.process.poll() is not None:
            failures.append(f"gunicorn exited with status {server.process.returncode}")
    run = {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"), "vendor": vendor,
        "articles": articles, "machine": described, "seed": args.seed, "peer_per_kind": args.peer_per_kind,
        "rows": summarise(requests, peer_requests), "load": result,
        "load_errors": sum(1 for f in failures if f.startswith("load")),
    }
    table = render(run)
    print(table)
    if args.write:
        path = ROOT / "BENCHMARKS.md"
        heading = f"### {args.label}: {'PostgreSQL' if vendor == 'postgresql' else 'SQLite'}, {articles:,} articles"
        text = replace_block(path.read_text(), "## First visits (issue 17)",
                             f"first-visits:{vendor}-{articles}-{args.label}", f"{heading}\n\n{table}")
        path.write_text(text)
        print("BENCHMARKS.md updated")
    for failure in failures[:20]:
        print(f"ERROR {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
