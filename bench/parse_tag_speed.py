#!/usr/bin/env python
"""CPU an article spends being parsed and being tagged, each on its own, in one process.

Two corpora: the background job's generated 600-word articles (``bench/import_speed.py``'s
``generated_article``) and the real-world development pages (``bench/accuracy/real/dev``, each
parsed in its outlet's time zone as ``bench/accuracy_real.py`` does). Parsing is ``parse_file`` on
the file's bytes; tagging is ``Matcher.tag`` on ``tagging_text`` (countries and the starter
vocabulary, as the job's matcher after ``load_countries`` and ``load_entities``). Each figure is the
best of ``--runs`` passes in CPU time (``time.process_time``), since the machine may be shared.

    .venv/bin/python bench/parse_tag_speed.py [-n 300] [--runs 5] [--profile parse|tag]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from accuracy import setup_django  # noqa: E402

REAL_DEV = BENCH / "accuracy" / "real" / "dev"


def job_corpus(count: int) -> list[tuple[str, bytes, str | None]]:
    from import_speed import generated_article

    return [(f"{n:05d}.txt", generated_article(n).encode(), None) for n in range(count)]


def real_corpus() -> list[tuple[str, bytes, str | None]]:
    labels = json.loads((REAL_DEV / "labels.json").read_text(encoding="utf-8"))
    return [
        (label["file"], (REAL_DEV / "articles" / label["file"]).read_bytes(), label.get("source_tz") or None)
        for label in labels
    ]


def best_cpu(work, runs: int) -> float:
    """The least CPU seconds ``work()`` took over ``runs`` calls, each starting with the caches of lines empty
    (a job meets each line once; a pass over the same files again would find them all remembered). Caches of
    single words stay warm, as in a worker after its first articles."""
    from articles.ingest.byline_name_lines import name_line_byline
    from articles.ingest.bylines import find_byline
    from articles.ingest.credits import split_credit
    from articles.ingest.scanning import word_count
    from articles.ingest.parsing_headline_features import folded

    best = float("inf")
    for _ in range(runs):
        for cache in (split_credit, word_count, folded, find_byline, name_line_byline):
            cache.cache_clear()
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=300, help="generated articles (default 300)")
    parser.add_argument("--runs", type=int, default=5, help="passes; the fastest counts (default 5)")
    parser.add_argument("--profile", choices=("parse", "tag"), help="print the 30 costliest functions of one step")
    parser.add_argument("--sort", default="tottime", help="pstats order: tottime (default) or cumulative")
    parser.add_argument("--corpus", choices=("job", "real", "both"), default="both")
    args = parser.parse_args()

    setup_django()
    from articles.ingest.parsing import parse_file
    from articles.ingest.article_text import plain_body_text, tagging_text
    from articles.ingest.tagging import Matcher, country_vocabulary, starter_vocabulary

    matcher = Matcher(list(country_vocabulary()) + list(starter_vocabulary()))
    corpora = {"job": job_corpus(args.n), "real": real_corpus()}
    for name, files in corpora.items():
        if args.corpus not in (name, "both"):
            continue

        def parse_all():
            return [article for file, data, zone in files for article in parse_file(file, data, source_tz=zone)]

        articles = parse_all()
        texts = [
            tagging_text(
                headline=a.headline or "", headline_proposed=bool(a.headline_proposed), standfirst=a.standfirst or "",
                image_caption=a.image_caption or "", body_text=plain_body_text(a.paragraphs),
            )
            for a in articles
        ]

        def tag_all():
            return [matcher.tag(text) for text in texts]

        if args.profile:
            profiler = cProfile.Profile()
            profiler.runcall(parse_all if args.profile == "parse" else tag_all)
            print(f"--- {name}: {args.profile}")
            pstats.Stats(profiler).sort_stats(args.sort).print_stats(40)
            continue
        parse_ms = best_cpu(parse_all, args.runs) / len(articles) * 1000
        tag_ms = best_cpu(tag_all, args.runs) / len(texts) * 1000
        words = sum(len(text.split()) for text in texts) / len(texts)
        print(
            f"{name}: {len(files)} files, {len(articles)} articles of ~{words:.0f} words: "
            f"parse {parse_ms:.3f} ms, tag {tag_ms:.3f} ms, total {parse_ms + tag_ms:.3f} ms CPU an article"
        )


if __name__ == "__main__":
    main()
