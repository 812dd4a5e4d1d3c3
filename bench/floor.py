"""The floor: how long the database itself takes for the SQL a page runs.

Each page is fetched once in-process with an empty fragment cache, its SQL
captured; each statement is then run again on its own, five times (fewer
when it takes seconds), and timed
by the database: ``EXPLAIN (ANALYZE, TIMING OFF)`` execution plus planning
time on PostgreSQL, wall time of execute-and-fetch on SQLite. The page's
floor is the sum of its statements' medians (its slowest one is reported
too): what no amount of Python, template or HTTP tuning can go below with
these queries.
"""

import json
import statistics
import time

from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

REPEATS = 5
BUDGET_MS = 2_000


def captured_sql(path):
    cache.clear()
    client = Client()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    if response.status_code >= 500:
        raise RuntimeError(f"{path} answered {response.status_code} in-process")
    return [q["sql"] for q in queries.captured_queries if q["sql"].lstrip().upper().startswith(("SELECT", "WITH"))]


def database_ms(sql):
    timings = []
    with connection.cursor() as cursor:
        for _ in range(REPEATS):
            if sum(timings) > BUDGET_MS:  # a multi-second statement: two runs say enough
                break
            if connection.vendor == "postgresql":
                cursor.execute(f"EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) {sql}")
                plan = cursor.fetchone()[0]
                plan = plan if isinstance(plan, list) else json.loads(plan)
                timings.append(plan[0]["Execution Time"] + plan[0]["Planning Time"])
            else:
                started = time.perf_counter()
                cursor.execute(sql)
                cursor.fetchall()
                timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def floor(path):
    """{"queries": n, "floor_ms": sum of medians, "slowest_ms", "slowest_sql"} for one page."""
    statements = captured_sql(path)
    timed = [(database_ms(sql), sql) for sql in statements]
    slowest = max(timed, default=(0.0, ""))
    return {
        "queries": len(statements),
        "floor_ms": sum(ms for ms, _ in timed),
        "slowest_ms": slowest[0],
        "slowest_sql": slowest[1][:400],
    }
