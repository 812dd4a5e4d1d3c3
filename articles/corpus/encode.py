"""Blocks of generated articles as PostgreSQL ``COPY`` text, made in worker processes.

Generating an article and computing its search vector costs more Python time
than PostgreSQL spends storing it, so on PostgreSQL the blocks are generated
by a pool of forked workers while the main process streams finished ones into
``COPY``: generation and storage overlap and every core works. Workers get
their whole context (the plan, the dates, the lexemes) by ``fork`` — nothing
is pickled but block numbers going out and encoded bytes coming back — and
never touch the database connection they inherit. Blocks come back in order,
so the archive is the same whatever the number of workers.
"""

import datetime
import multiprocessing
from dataclasses import dataclass

from . import tsvector
from .articles import generate_block
from .loaders import article_row, link_rows


@dataclass
class CorpusJob:
    """Everything a block needs besides its number: shared with the workers by fork."""

    seed: int
    dates: list
    plan: object
    writer: object
    loaded_at: datetime.datetime
    lexeme_of: dict | None  # None: leave every search vector to the database


@dataclass
class EncodedBlock:
    articles: bytes
    tags: bytes
    credits: bytes
    ids: list
    by_database: list  # ids whose search vector the database must compute
    tag_count: int
    credit_count: int


def copy_value(value):
    r"""One field in COPY's text format: \N for NULL, t/f, ISO datetimes, text with \ tab CR LF escaped."""
    if value is None:
        return "\\N"
    if value is True:
        return "t"
    if value is False:
        return "f"
    if isinstance(value, str):
        if "\\" in value:
            value = value.replace("\\", "\\\\")
        if "\n" in value:
            value = value.replace("\n", "\\n")
        if "\t" in value:
            value = value.replace("\t", "\\t")
        if "\r" in value:
            value = value.replace("\r", "\\r")
        return value
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    return str(value)


def copy_line(row):
    return "\t".join([copy_value(value) for value in row]) + "\n"


def search_vector_or_none(article, lexeme_of):
    """The article's search vector as text, or None when only the database's function can be trusted."""
    if lexeme_of is None:
        return None
    parts = (article.headline, article.standfirst, article.search_names, article.body_text)
    if not all(tsvector.is_plain(part) for part in parts):
        return None
    try:
        return tsvector.search_vector(parts, lexeme_of)
    except KeyError:
        return None


def encode_block(job, block, indices, ids):
    """Articles ``indices`` of ``block``, with database ids ``ids``, as COPY text for the three tables."""
    articles = generate_block(job.seed, block, indices, job.dates, job.plan, job.writer)
    article_lines, tag_lines, credit_lines, by_database = [], [], [], []
    for article_id, article in zip(ids, articles):
        vector = search_vector_or_none(article, job.lexeme_of)
        if vector is None:
            by_database.append(article_id)
        article_lines.append(copy_line(article_row(article_id, article, job.loaded_at) + (vector,)))
        tags, credits = link_rows(article_id, article)
        tag_lines += [copy_line(row) for row in tags]
        credit_lines += [copy_line(row) for row in credits]
    return EncodedBlock(
        articles="".join(article_lines).encode(),
        tags="".join(tag_lines).encode(),
        credits="".join(credit_lines).encode(),
        ids=list(ids),
        by_database=by_database,
        tag_count=len(tag_lines),
        credit_count=len(credit_lines),
    )


_job = None  # the job of the pool being forked; read by workers only


def _encode_in_worker(arguments):
    return encode_block(_job, *arguments)


class BlockEncoder:
    """Encodes batches of blocks, in ``workers`` forked processes (or inline with one).

    ``submit(blocks)`` starts a batch and returns a handle; ``handle()``
    waits for its encoded blocks, in order. Submitting the next batch before
    loading the current one keeps the workers busy while the database
    stores, with at most two batches in memory.
    """

    def __init__(self, job, workers):
        self.job = job
        self.pool = None
        if workers > 1:
            global _job
            _job = job
            self.pool = multiprocessing.get_context("fork").Pool(workers)

    def submit(self, blocks):
        if self.pool is None:
            return lambda: [encode_block(self.job, *block) for block in blocks]
        pending = self.pool.map_async(_encode_in_worker, blocks, chunksize=1)
        return lambda: pending.get()

    def close(self):
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
            self.pool = None

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()
