#!/usr/bin/env python
"""What a listing filtered by many entities costs, on the archive in DATABASE_URL (issue 13).

Picks the most-tagged people and organizations, then asks the listing, the feed, the API and the
export for articles tagged with all of 1, 2, 5 and 10 of them, and with 100 (a 400), each URL
once (first visits: the page cache is cleared before each request), through Django's test client
in one process. Prints the median and worst time of each kind.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsarchive_bench .venv/bin/python bench/entity_filter.py
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsarchive.settings")

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from articles.models import Entity  # noqa: E402

PATHS = ["/articles/", "/feeds/rss/", "/api/v1/articles/", "/articles/export.csv"]
SIZES = [1, 2, 5, 10, 100]
TRIES = 5


def main() -> int:
    setup_test_environment()
    client = Client()
    slugs = list(
        Entity.objects.filter(kind__in=["person", "organization"])
        .annotate(n=Count("article_tags")).order_by("-n").values_list("slug", flat=True)[:150]
    )
    print("| path | entities | status | median ms | worst ms |\n|---|---:|---:|---:|---:|")
    for path in PATHS:
        for size in SIZES:
            times, statuses = [], set()
            for attempt in range(TRIES):
                chosen = slugs[attempt : attempt + size] if size < 100 else slugs[attempt : attempt + 100]
                url = path + "?" + "&".join(f"entity={slug}" for slug in chosen)
                cache.clear()
                start = time.perf_counter()
                response = client.get(url, secure=True)
                if response.streaming:
                    b"".join(response.streaming_content)
                times.append((time.perf_counter() - start) * 1000)
                statuses.add(response.status_code)
            print(f"| {path} | {size} | {'/'.join(map(str, sorted(statuses)))} | "
                  f"{statistics.median(times):.0f} | {max(times):.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
