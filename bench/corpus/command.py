"""The generator's command: run by ``bench/generate_corpus.py``, or in-process as ``call_command(Command(), ...)``.

Same ``--seed``, ``--articles`` and ``--until``: the same archive, row for row
(ids aside), on PostgreSQL or SQLite. See the package for how the text, the
coverage and the dates are made to look like real news.
"""

import argparse
import datetime
import os
import time
from contextlib import nullcontext

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils import timezone
from tqdm import tqdm

from articles.core.caching import bump_content_version
from articles.models import Article, Entity
from articles.search.sql import country_tag_word

from .articles import BLOCK, generate_block, publication_dates
from .encode import BlockEncoder, CorpusJob
from .loaders import loader_for_connection
from .plan import build_plan
from .text import Writer, english_words


def vocabulary(plan):
    """Every word generated text can contain: the word list, the names, the byline's "By … and …", the country tag words."""
    names = plan.countries.names + plan.people.names + plan.organizations.names + plan.authors.names
    return {
        *english_words(), "by", "and", *(word for name in names for word in name.split()),
        *map(country_tag_word, plan.countries.ids),
    }


def positive(value):
    number = int(value)
    if number < 1:
        raise ValueError("must be at least 1")
    return number


class Command(BaseCommand):
    help = "Generate a synthetic archive of N articles (Zipf-distributed English, skewed coverage, 25 years)."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=positive, required=True, help="How many articles to generate.")
        parser.add_argument("--seed", type=int, default=1, help="Same seed, same corpus (default 1).")
        parser.add_argument(
            "--batch", type=positive, default=10_000,
            help="Articles per transaction, rounded up to a multiple of 1,000 (default 10,000).",
        )
        parser.add_argument(
            "--defer-indexes", action=argparse.BooleanOptionalAction, default=None,
            help="PostgreSQL: load in one transaction and rebuild the non-unique indexes and foreign keys once at the end "
            "(default: on from 50,000 articles).",
        )
        parser.add_argument(
            "--workers", type=positive, default=None,
            help="PostgreSQL: processes generating articles while the main one stores them "
            "(default: one per CPU, or 1 under 20,000 articles). The corpus does not depend on it.",
        )
        parser.add_argument(
            "--until", type=datetime.date.fromisoformat, default=None,
            help="Date of the newest article, YYYY-MM-DD (default: today, UTC). Part of what --seed reproduces.",
        )

    def handle(self, *args, articles, seed, batch, until, defer_indexes, workers, verbosity, **options):
        until = until or datetime.datetime.now(datetime.UTC).date()
        if not Entity.objects.countries().exists():
            self.stdout.write("No countries yet: running load_countries first.")
            call_command("load_countries", verbosity=verbosity)
        if Article.objects.filter(slug__endswith=f"-{seed}-0").exists():
            raise CommandError(f"A corpus with seed {seed} is already loaded here; pick another --seed.")

        started = time.perf_counter()
        try:
            plan = build_plan(seed, articles)
        except LookupError as error:
            raise CommandError(str(error)) from error
        writer = Writer()
        dates = publication_dates(seed, articles, until)
        loader = loader_for_connection(vocabulary(plan))
        batch = -(-batch // BLOCK) * BLOCK
        batches = [range(start, min(start + batch, articles)) for start in range(0, articles, batch)]
        if defer_indexes is None:
            defer_indexes = articles >= 50_000
        defer_indexes = defer_indexes and connection.vendor == "postgresql"
        if workers is None:
            workers = (os.cpu_count() or 1) if articles >= 20_000 else 1
        with (
            loader.deferring_indexes() if defer_indexes else nullcontext(),
            tqdm(total=articles, unit="article", disable=verbosity < 1, file=self.stderr, smoothing=0.1) as progress,
        ):
            if connection.vendor == "postgresql":
                job = CorpusJob(seed, dates, plan, writer, timezone.now(), loader.search_lexicon(english_words()))
                tags, credits = self.copy_batches(loader, job, batches, workers, progress)
            else:
                tags, credits = self.insert_batches(loader, seed, dates, plan, writer, batches, progress)
            if defer_indexes:
                progress.set_description("rebuilding indexes")
        loaded = time.perf_counter()
        loader.finish()
        bump_content_version()  # rows went in past the signals that usually do this
        finished = time.perf_counter()
        rate = articles / (loaded - started)
        if verbosity >= 1:
            self.stdout.write(
                f"Generated {articles:,} articles ({tags:,} entity tags, {credits:,} author credits, "
                f"{len(plan.people.ids):,} people, {len(plan.organizations.ids):,} organizations, "
                f"{len(plan.authors.ids):,} authors) on {connection.vendor} with seed {seed} until {until}: "
                f"{loaded - started:.1f} s{' with the index rebuild' if defer_indexes else ''}, {rate:,.0f} articles/s; "
                f"ANALYZE {finished - loaded:.1f} s."
            )

    @staticmethod
    def blocks_of(batch):
        for block_start in range(batch.start, batch.stop, BLOCK):
            yield block_start // BLOCK, range(block_start, min(block_start + BLOCK, batch.stop))

    def copy_batches(self, loader, job, batches, workers, progress):
        """PostgreSQL: workers encode batch n + 1 while this process COPYs batch n."""
        tags = credits = 0
        with BlockEncoder(job, workers) as encoder:
            pending = None
            for batch in batches:
                ids = loader.reserve_ids(len(batch))
                blocks = [
                    (block, indices, ids[indices.start - batch.start : indices.stop - batch.start])
                    for block, indices in self.blocks_of(batch)
                ]
                submitted = (encoder.submit(blocks), len(batch))
                if pending is not None:
                    tags, credits = self.store(loader, pending, progress, tags, credits)
                pending = submitted
            if pending is not None:
                tags, credits = self.store(loader, pending, progress, tags, credits)
        return tags, credits

    @staticmethod
    def store(loader, pending, progress, tags, credits):
        encoded, count = pending
        batch_tags, batch_credits = loader.load_encoded(encoded())
        progress.update(count)
        return tags + batch_tags, credits + batch_credits

    def insert_batches(self, loader, seed, dates, plan, writer, batches, progress):
        """SQLite: generate and insert batch by batch in this process (the engine runs in it anyway)."""
        tags = credits = 0
        for batch in batches:
            generated = []
            for block, indices in self.blocks_of(batch):
                generated += generate_block(seed, block, indices, dates, plan, writer)
            batch_tags, batch_credits = loader.load(generated)
            tags += batch_tags
            credits += batch_credits
            progress.update(len(generated))
        return tags, credits
