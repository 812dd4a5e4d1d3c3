#!/usr/bin/env python
"""First visits to the main public pages, on the archive in DATABASE_URL: no cache can help.

Each kind of page is asked for at a few different addresses (another country, another article,
another month, another word), with the cache emptied before every request, through Django's test
client in one process; prints the median and the worst of each kind. Run it with two checkouts
against the same archive, one after the other, to compare code on the same data and machine:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsarchive_bench .venv/bin/python bench/first_visits.py
"""

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(os.environ.get("CHECKOUT", Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsarchive.settings")

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from articles.models import Article, Entity  # noqa: E402

TRIES = 5


def addresses():
    countries = list(Entity.objects.filter(kind="country").exclude(iso_code="").order_by("id")
                     .values_list("iso_code", flat=True)[:40:8])
    articles = [a.get_absolute_url() for a in Article.objects.filter(status="published").order_by("-id")[:5000:1000]]
    months = [(2022, 3), (2021, 7), (2019, 11), (2024, 2), (2020, 5)]
    words = ["minister", "talks", "harbour", "election", "drought"]
    return {
        "home": ["/"] * TRIES,
        "listing": [f"/articles/?date_from={y}-{m:02d}-01" for y, m in months],
        "a word": [f"/articles/?q={w}" for w in words],
        "countries index": ["/countries/"] * TRIES,
        "a country": [f"/countries/{code.lower()}/" for code in countries],
        "an article": articles,
        "a year": [f"/archive/{y}/" for y, _ in months],
        "a month": [f"/archive/{y}/{m:02d}/" for y, m in months],
    }


def main() -> int:
    setup_test_environment()
    client = Client()
    print("| page | median ms | worst ms |\n|---|---:|---:|")
    for kind, urls in addresses().items():
        times = []
        for url in urls:
            cache.clear()
            start = time.perf_counter()
            response = client.get(url, follow=True)
            times.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, (url, response.status_code)
        print(f"| {kind} | {statistics.median(times):.0f} | {max(times):.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
