#!/usr/bin/env python
"""What the near-duplicate lookup costs an article, on the archive in DATABASE_URL (issue 14).

Takes articles that have their signature bands, makes an edited copy of each (a sentence cut
from the middle, another closing line), and looks each copy up alone, as the import does for one
pasted article: the time from the text to the confirmed match (signature, band query, reading and
comparing the candidates' texts). Then the same for texts the archive has nothing like (the common
case in an import), and for batches of 50 (one lookup for a batch, as import_articles does).
Prints the archive's size, the table's and indexes' sizes, and median, 95th percentile and worst
times. Fill the bands first: `manage.py index_near_duplicates`.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/na_nd_bench .venv/bin/python bench/near_duplicates.py
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsarchive.settings")

import django  # noqa: E402

django.setup()

from django.db import connection, reset_queries  # noqa: E402

from articles.ingest.near_duplicates import (  # noqa: E402
    THRESHOLD,
    band_hashes,
    find_near_duplicates,
    shingles,
    similarity,
)
from articles.models import Article, NearDuplicateBand  # noqa: E402

FOOTER = "This story was first published by a partner outlet and is republished with permission."


def edited_copy(text: str) -> str:
    """The text with the last sentence of its middle paragraph cut and a closing line added.

    The synthetic articles have nine paragraphs of 500 words in all, so a whole paragraph is 11% of
    one: a copy without it is under 90% the same, and rightly not a near-duplicate.
    """
    paragraphs = text.split("\n\n")
    middle = len(paragraphs) // 2
    sentences = paragraphs[middle].split(". ")
    paragraphs[middle] = ". ".join(sentences[:-1]) + "." if len(sentences) > 1 else paragraphs[middle]
    return "\n\n".join(paragraphs + [FOOTER])


def unlike_anything(text: str, rng: random.Random) -> str:
    """The text's words shuffled: the same vocabulary and length, five-word shingles no article has."""
    words = text.split()
    rng.shuffle(words)
    return " ".join(words)


def timed(texts):
    """Milliseconds of each lookup of one text (wall clock, and this process's CPU), and what it found."""
    times, cpu, found = [], [], []
    for text in texts:
        start, start_cpu = time.perf_counter(), time.process_time()
        [near] = find_near_duplicates([text])
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        found.append(near)
    return times, cpu, found


def summary(label, times, cpu, per=1):
    times = sorted(t / per for t in times)
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    return (f"| {label} | {len(times)} | {statistics.median(times):.2f} | {p95:.2f} | {times[-1]:.2f} | "
            f"{statistics.median(cpu) / per:.2f} |")


def sizes():
    if connection.vendor != "postgresql":
        return ""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_size_pretty(pg_table_size('articles_nearduplicateband')), "
            "pg_size_pretty(pg_relation_size('articles_nearduplicateband_pkey')), "
            "pg_size_pretty(pg_relation_size('nearduplicateband_hash_idx'))"
        )
        table, pkey, hash_index = cursor.fetchone()
    return f"band table {table}, primary key index {pkey}, (hash, band) index {hash_index}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=300)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    articles = Article.objects.count()
    top = NearDuplicateBand.objects.order_by("-article_id").values_list("article_id", flat=True).first() or 0
    indexed = NearDuplicateBand.objects.filter(band=0).count()
    print(f"{articles:,} articles, {indexed:,} with bands (ids up to {top:,}); {sizes()}")
    pks = set()
    while len(pks) < args.samples and top:
        pks.add(rng.randint(1, top))
    sample = list(
        Article.objects.filter(pk__in=pks, near_duplicate_bands__band=0).values_list("pk", "body_text")
    )
    texts = {pk: text for pk, text in sample}

    copies = {pk: edited_copy(text) for pk, text in texts.items()}
    start = time.perf_counter()
    for text in copies.values():
        band_hashes(shingles(text))
    signature_ms = (time.perf_counter() - start) * 1000 / len(copies)

    print("\n| lookup | texts | median ms | p95 ms | worst ms | median CPU ms (Python) |\n"
          "|---|---:|---:|---:|---:|---:|")
    times, cpu, found = timed(copies.values())
    print(summary("one edited copy (found)", times, cpu))
    hits = [near for pk, near in zip(copies, found) if near is not None and near.article_id == pk]
    unrelated_times, unrelated_cpu, unrelated_found = timed(unlike_anything(t, rng) for t in texts.values())
    print(summary("one text like nothing archived", unrelated_times, unrelated_cpu))
    batch_times, batch_cpu = [], []
    unrelated = [unlike_anything(t, rng) for t in texts.values()]
    for start_at in range(0, len(unrelated) - 49, 50):
        start, start_cpu = time.perf_counter(), time.process_time()
        find_near_duplicates(unrelated[start_at : start_at + 50])
        batch_times.append((time.perf_counter() - start) * 1000)
        batch_cpu.append((time.process_time() - start_cpu) * 1000)
    if batch_times:
        print(summary("a batch of 50 like nothing archived, per text", batch_times, batch_cpu, per=50))
    # Which copies are near-duplicates in truth (the cut sentence may be long): those the lookup must find.
    due = {pk for pk, copy in copies.items() if similarity(shingles(texts[pk]), shingles(copy)) >= THRESHOLD}
    similarities = sorted(near.similarity for near in hits)
    print(
        f"\nedited copies found: {len({near.article_id for near in hits} & due)} of the {len(due)} at least "
        f"{THRESHOLD:.0%} the same, {len({near.article_id for near in hits} - due)} of the {len(copies) - len(due)} "
        f"less alike (a long sentence cut); similarity {similarities[0]:.2f} to {similarities[-1]:.2f}, median "
        f"{statistics.median(similarities):.2f}; texts like nothing flagged: "
        f"{sum(n is not None for n in unrelated_found)}; the signature alone: {signature_ms:.2f} ms a text"
        if hits else f"\nedited copies found: 0 of {len(copies)}"
    )
    reset_queries()
    return 0


if __name__ == "__main__":
    sys.exit(main())
