"""Blocks of generated articles in PostgreSQL's binary ``COPY`` format, made in worker processes.

Generating an article and computing its search vector costs more Python time
than PostgreSQL spends storing it, so on PostgreSQL the blocks are generated
by a pool of forked workers while the main process streams finished ones into
``COPY``: generation and storage overlap and every core works. Workers get
their whole context (the plan, the dates, the lexicon) by ``fork`` — nothing
is pickled but block numbers going out and encoded bytes coming back — and
never touch the database connection they inherit. Blocks come back in order,
so the archive is the same whatever the number of workers.

The binary format, not the text one, because the server reads it in half
the time (timestamps and search vectors need no parsing), and the server's
one loading connection is what bounds a load.
"""

import datetime
import multiprocessing
import os
import struct
from dataclasses import dataclass

from . import tsvector
from .articles import generate_block
from .loaders import ARTICLE_COLUMNS, CREDIT_COLUMNS, TAG_COLUMNS, article_row, link_rows

NULL = struct.pack(">i", -1)
POSTGRES_EPOCH = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
MICROSECOND = datetime.timedelta(microseconds=1)

_field_count = struct.Struct(">h").pack
_length = struct.Struct(">i").pack
_int2 = struct.Struct(">ih").pack
_int4 = struct.Struct(">ii").pack
_int8 = struct.Struct(">iq").pack
_TRUE, _FALSE = b"\x00\x00\x00\x01\x01", b"\x00\x00\x00\x01\x00"


def text_field(value):
    data = value.encode()
    return _length(len(data)) + data


def bigint_field(value):
    return _int8(8, value)


def integer_field(value):
    return _int4(4, value)


def smallint_field(value):
    return _int2(2, value)


def boolean_field(value):
    return _TRUE if value else _FALSE


def timestamptz_field(value):
    """Microseconds since 2000-01-01 UTC, as PostgreSQL stores a timestamptz."""
    return _int8(8, (value - POSTGRES_EPOCH) // MICROSECOND)


def bytes_field(value):
    """A value already in the type's binary format (a search vector from tsvector.py)."""
    return _length(len(value)) + value


# How each loaded column is sent, by the type PostgreSQL gives it (see the migrations).
ARTICLE_FIELDS = tuple(
    {
        "id": bigint_field, "headline_proposed": boolean_field, "published_at": timestamptz_field,
        "created_at": timestamptz_field, "updated_at": timestamptz_field,
    }.get(column, text_field)
    for column in ARTICLE_COLUMNS
) + (bytes_field,)  # search_vector
TAG_FIELDS = (
    bigint_field, bigint_field, integer_field, integer_field, text_field, timestamptz_field, boolean_field,
)
CREDIT_FIELDS = (bigint_field, bigint_field, smallint_field)
assert len(TAG_FIELDS) == len(TAG_COLUMNS) and len(CREDIT_FIELDS) == len(CREDIT_COLUMNS)


def binary_row(fields, row):
    """One row of binary COPY: the number of fields, then each as its length and bytes (NULL: length -1)."""
    return b"".join([_field_count(len(row)), *[NULL if value is None else field(value) for field, value in zip(fields, row)]])


# A tag or a credit row in one struct.pack: a million articles have almost six million of them.
_TAG_ROW = struct.Struct(">h iq iq ii ii i4s iq i?")
_CREDIT_ROW = struct.Struct(">h iq iq ih")


def tag_row(row):
    """``binary_row(TAG_FIELDS, row)``, packed at once unless a field is NULL or the origin is not four letters."""
    article_id, entity_id, mentions, first_offset, origin, published_at, is_published = row
    if first_offset is None or published_at is None or len(origin) != 4:
        return binary_row(TAG_FIELDS, row)
    return _TAG_ROW.pack(
        len(row), 8, article_id, 8, entity_id, 4, mentions, 4, first_offset, 4, origin.encode(),
        8, (published_at - POSTGRES_EPOCH) // MICROSECOND, 1, is_published,
    )


def credit_row(row):
    """``binary_row(CREDIT_FIELDS, row)``, packed at once."""
    article_id, author_id, position = row
    return _CREDIT_ROW.pack(len(row), 8, article_id, 8, author_id, 2, position)


@dataclass
class CorpusJob:
    """Everything a block needs besides its number: shared with the workers by fork."""

    seed: int
    dates: list
    plan: object
    writer: object
    loaded_at: datetime.datetime
    lexicon: tsvector.Lexicon | None  # None: leave every search vector to the database


@dataclass
class EncodedBlock:
    """Rows for each table in binary COPY format, without the stream's header and trailer."""

    articles: bytes
    tags: bytes
    credits: bytes
    ids: list
    by_database: list  # ids whose search vector the database must compute
    tag_count: int
    credit_count: int


def encode_block(job, block, indices, ids):
    """Articles ``indices`` of ``block``, with database ids ``ids``, as binary COPY rows for the three tables."""
    articles = generate_block(job.seed, block, indices, job.dates, job.plan, job.writer)
    vectors = tsvector.search_vectors(articles, job.lexicon) if job.lexicon else [None] * len(articles)
    article_rows, tag_rows, credit_rows, by_database = [], [], [], []
    for article_id, article, vector in zip(ids, articles, vectors):
        if vector is None:
            by_database.append(article_id)
        article_rows.append(binary_row(ARTICLE_FIELDS, article_row(article_id, article, job.loaded_at) + (vector,)))
        tags, credits = link_rows(article_id, article)
        tag_rows += map(tag_row, tags)
        credit_rows += map(credit_row, credits)
    return EncodedBlock(
        articles=b"".join(article_rows),
        tags=b"".join(tag_rows),
        credits=b"".join(credit_rows),
        ids=list(ids),
        by_database=by_database,
        tag_count=len(tag_rows),
        credit_count=len(credit_rows),
    )


_job = None  # the job of the pool being forked; read by workers only
# The database's one loading connection is what bounds a load: with as many workers as
# cores, an equal share of the CPU left it idle a tenth of the time. Lower-priority
# workers take whatever CPU it leaves, and it never waits for them while a batch is ready.
WORKER_NICENESS = 10


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
            self.pool = multiprocessing.get_context("fork").Pool(workers, initializer=os.nice, initargs=(WORKER_NICENESS,))

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
