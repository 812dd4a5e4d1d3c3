"""The bulk paths into each database: COPY on PostgreSQL, executemany on SQLite.

Rows go straight into the tables, past ``Model.save()``, so nothing here may
depend on Python signals: the search data (the tsvector column, the FTS5
table) is kept by database triggers, which fire for COPY and INSERT alike —
except that on PostgreSQL the loader computes the search vector itself when
it safely can (see ``tsvector.py``), checked against the database's own
function on every batch. On PostgreSQL the rows arrive already encoded for
``COPY``'s binary format by worker processes (``encode.py``). Each batch is one transaction, except for a large load on PostgreSQL (see
:meth:`PostgresLoader.deferring_indexes`).
"""

import random
import struct
import sys
from contextlib import contextmanager, nullcontext

from django.db import connection, transaction
from django.utils import timezone

from articles.core.counts_sql import PG_ADD, PG_INSERTED_FUNCTION, pg_rows
from articles.search import sql

from . import tsvector

ARTICLE_COLUMNS = (
    "id", "headline", "headline_proposed", "slug", "standfirst", "body_html", "body_text", "published_at",
    "published_source", "status", "byline", "image", "image_caption", "image_credit", "source_url",
    "source_url_key", "outlet", "language", "fingerprint", "search_names", "created_at", "updated_at",
)
TAG_COLUMNS = (
    "article_id", "entity_id", "mentions", "first_offset", "origin", "article_published_at", "article_is_published",
)
CREDIT_COLUMNS = ("article_id", "author_id", "position")
ENCODED_COLUMNS = ARTICLE_COLUMNS + ("search_vector",)  # PostgreSQL: the vector computed in Python, or NULL
# Binary COPY's stream header (signature, flags, header extension length) and trailer, around the encoded rows.
COPY_HEADER = b"PGCOPY\n\xff\r\n\x00" + struct.pack(">ii", 0, 0)
COPY_TRAILER = struct.pack(">h", -1)


def article_row(article_id, article, loaded_at, adapt=lambda value: value):
    """``adapt`` turns datetimes into what the driver stores (SQLite wants Django's text form)."""
    return (
        article_id, article.headline, False, article.slug, article.standfirst, article.body_html, article.body_text,
        adapt(article.published_at), "given", article.status, article.byline, "", "", "", article.source_url,
        article.source_url_key, article.outlet, "en", article.fingerprint, article.search_names, adapt(loaded_at),
        adapt(loaded_at),
    )


def link_rows(article_id, article, adapt=lambda value: value):
    tags = [
        (article_id, entity_id, mentions, offset, "auto", adapt(article.published_at), article.is_published)
        for entity_id, mentions, offset in article.tags
    ]
    credits = [(article_id, author_id, position) for position, author_id in enumerate(article.author_ids)]
    return tags, credits


def month_count_insert_triggers(cursor):
    """PostgreSQL: the names of the triggers that count each statement's new tags (migration 0004)."""
    cursor.execute(
        """
        SELECT t.tgname FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
        WHERE t.tgrelid = 'articles_articleentity'::regclass AND NOT t.tgisinternal AND p.proname = %s
        """,
        [PG_INSERTED_FUNCTION],
    )
    return [row[0] for row in cursor.fetchall()]


def count_tags_after(cursor, last_counted_tag_id):
    """PostgreSQL: count the tags with ids above ``last_counted_tag_id`` as the insert trigger would have.

    For a load that switched the trigger off: one grouped upsert for a million
    articles instead of one per ``COPY``. The statement is the trigger's own
    (``articles/counts_sql.py``), over those tags instead of a transition table.
    """
    new_tags = f"(SELECT * FROM articles_articleentity WHERE id > {int(last_counted_tag_id)}) AS new_tags"
    cursor.execute(PG_ADD.format(changes=pg_rows(new_tags, 1)))


LOADED_TABLES = ("articles_article", "articles_articleentity", "articles_articleauthor")
# The loaded tables and the tags' monthly counts, which a deferred load fills in one statement at the end.
DEFERRED_TABLES = (*LOADED_TABLES, "articles_entitymonthcount")


class PostgresLoader:
    @contextmanager
    def deferring_indexes(self):
        """The whole load in one transaction, with the non-unique indexes and the foreign keys put back at the end.

        Keeping a GIN index over the search vector up to date row by row is
        most of the cost of a large load; building it once afterwards is
        several times cheaper, and so are the B-trees. Unique indexes stay,
        so a duplicate slug or fingerprint still fails at once. The drop is
        part of the transaction: if the load fails or is killed, PostgreSQL
        rolls back to the tables and indexes as they were. Readers wait for
        the tables meanwhile; this is a bulk load, not a live import.

        The tags' monthly counts (``EntityMonthCount``) are kept the same way: the
        trigger that counts each ``COPY``'s tags is off until the end, then
        all the loaded tags are counted in one statement. Per ``COPY`` it was
        a grouped upsert of some 20,000 (entity, month) rows, which tripled
        what storing the tags cost the loading connection.
        """
        with transaction.atomic(), connection.cursor() as cursor:
            # Any foreign key left (another table's) checked at the end of each
            # COPY, not queued for a million rows until commit (and CREATE INDEX
            # refuses to run while checks are pending).
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute(
                """
                SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid) FROM pg_index
                WHERE indrelid = ANY(%s::regclass[]) AND NOT indisunique AND NOT indisprimary
                """,
                [list(DEFERRED_TABLES)],
            )
            deferred = cursor.fetchall()
            # Foreign keys too, as pg_restore does: checking each tag's article and entity as it
            # arrives is a third of what storing a tag costs; putting the constraint back checks
            # every row in one join (and fails the whole load if any row is orphaned).
            cursor.execute(
                """
                SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
                WHERE conrelid = ANY(%s::regclass[]) AND contype = 'f'
                """,
                [list(DEFERRED_TABLES)],
            )
            foreign_keys = cursor.fetchall()
            for table, name, _definition in foreign_keys:
                cursor.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
            for name, _definition in deferred:
                cursor.execute(f"DROP INDEX {name}")
            counting = month_count_insert_triggers(cursor)
            for trigger in counting:
                cursor.execute(f"ALTER TABLE articles_articleentity DISABLE TRIGGER {trigger}")
            # No other session can add tags now (the ALTERs hold the table's lock): later ids are the load's.
            cursor.execute("SELECT coalesce(max(id), 0) FROM articles_articleentity")
            last_tag_before = cursor.fetchone()[0]
            yield
            if counting:  # before the counters' indexes and foreign key are back, as for the tags
                cursor.execute("SET LOCAL work_mem = '256MB'")  # a million (entity, month) groups, sorted in memory
                count_tags_after(cursor, last_tag_before)
                cursor.execute("RESET work_mem")
            cursor.execute("SET LOCAL maintenance_work_mem = '1GB'")
            for _name, definition in deferred:
                cursor.execute(definition)
            for table, name, definition in foreign_keys:
                cursor.execute(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
            for trigger in counting:
                cursor.execute(f"ALTER TABLE articles_articleentity ENABLE TRIGGER {trigger}")

    def __init__(self, vocabulary):
        self.vocabulary = vocabulary
        self.search_triggers = []

    def search_lexicon(self, word_list):
        """A ``tsvector.Lexicon`` for computing search vectors in Python, or None when the schema is not the mirrored one."""
        with connection.cursor() as cursor:
            self.search_triggers = tsvector.mirrored_search_trigger(cursor)
            if not self.search_triggers:
                return None
            return tsvector.Lexicon(tsvector.lexemes(cursor, self.vocabulary), word_list)

    def reserve_ids(self, count):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence('articles_article', 'id')) FROM generate_series(1, %s)", [count]
            )
            return [row[0] for row in cursor.fetchall()]

    def load_encoded(self, blocks):
        """Store ``EncodedBlock``s (see ``encode.py``) in one transaction; returns (tags, credits) stored."""
        with transaction.atomic(), connection.cursor() as cursor:
            # Foreign keys checked as each COPY ends, not queued: ALTER TABLE
            # refuses to run while checks from earlier batches are pending.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            for trigger in self.search_triggers:
                # Transactional: no other session ever sees the trigger off.
                cursor.execute(f"ALTER TABLE articles_article DISABLE TRIGGER {trigger}")
            self.copy_in(cursor, "articles_article", ENCODED_COLUMNS, [block.articles for block in blocks])
            if self.search_triggers:
                ids = [article_id for block in blocks for article_id in block.ids]
                self.check_vectors(cursor, ids, [article_id for block in blocks for article_id in block.by_database])
                for trigger in self.search_triggers:
                    cursor.execute(f"ALTER TABLE articles_article ENABLE TRIGGER {trigger}")
            self.copy_in(cursor, "articles_articleentity", TAG_COLUMNS, [block.tags for block in blocks])
            self.copy_in(cursor, "articles_articleauthor", CREDIT_COLUMNS, [block.credits for block in blocks])
        return sum(block.tag_count for block in blocks), sum(block.credit_count for block in blocks)

    @staticmethod
    def copy_in(cursor, table, columns, chunks):
        """Stream rows already in binary COPY format (``encode.py``) into ``table``."""
        with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN (FORMAT binary)") as copy:
            copy.write(COPY_HEADER)
            for chunk in chunks:
                copy.write(chunk)
            copy.write(COPY_TRAILER)

    def check_vectors(self, cursor, ids, by_database):
        """Fill the vectors left to the database; compare a sample of ours with its function's."""
        function = sql.ROW_DOCUMENT
        update = f"UPDATE articles_article SET search_vector = {function} WHERE id = ANY(%s)"
        if by_database:
            cursor.execute(update, [by_database])
        sample = random.Random(ids[0]).sample(ids, min(len(ids), 20))
        cursor.execute(
            f"SELECT count(*) FROM articles_article WHERE id = ANY(%s) AND search_vector IS DISTINCT FROM {function}",
            [sample],
        )
        if cursor.fetchone()[0]:
            print(
                "generate_corpus: the search function no longer matches tsvector.py; "
                "letting PostgreSQL compute every search vector from now on.",
                file=sys.stderr,
            )
            cursor.execute(update, [ids])
            # From now on the trigger computes every vector (overwriting the one sent).
            self.search_triggers = []

    def finish(self):
        # VACUUM as well as ANALYZE: it marks the freshly loaded pages all-visible, without which no
        # count can be an index-only scan until autovacuum gets round to a table of a million rows.
        # It cannot run inside a transaction (a caller's, or a test's): ANALYZE alone there.
        command = "ANALYZE" if connection.in_atomic_block else "VACUUM (ANALYZE)"
        with connection.cursor() as cursor:
            for table in (*LOADED_TABLES, "articles_entity", "articles_entitymonthcount"):
                cursor.execute(f"{command} {table}")


class SqliteLoader:
    def __init__(self, vocabulary):
        pass  # the FTS5 triggers are cheap next to to_tsvector; nothing to compute here

    def deferring_indexes(self):
        return nullcontext()  # SQLite's B-tree upkeep is cheap next to FTS5's; keep it simple.

    def load(self, articles):
        loaded_at = timezone.now()
        with transaction.atomic(), connection.cursor() as cursor:
            # The transaction holds SQLite's write lock (IMMEDIATE), so max(id) cannot move under us.
            cursor.execute("SELECT COALESCE(MAX(id), 0) FROM articles_article")
            first = cursor.fetchone()[0] + 1
            adapt = connection.ops.adapt_datetimefield_value
            rows, tags, credits = [], [], []
            for article_id, article in enumerate(articles, start=first):
                rows.append(article_row(article_id, article, loaded_at, adapt))
                article_tags, article_credits = link_rows(article_id, article, adapt)
                tags += article_tags
                credits += article_credits
            insert = "INSERT INTO {} ({}) VALUES ({})"
            for table, columns, values in (
                ("articles_article", ARTICLE_COLUMNS, rows),
                ("articles_articleentity", TAG_COLUMNS, tags),
                ("articles_articleauthor", CREDIT_COLUMNS, credits),
            ):
                cursor.executemany(insert.format(table, ", ".join(columns), ", ".join(["%s"] * len(columns))), values)
        return len(tags), len(credits)

    def finish(self):
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
            cursor.execute("PRAGMA optimize")


def loader_for_connection(vocabulary):
    """The loader for the default database; ``vocabulary``: every word generated text can contain."""
    if connection.vendor == "postgresql":
        return PostgresLoader(vocabulary)
    if connection.vendor == "sqlite":
        return SqliteLoader(vocabulary)
    raise NotImplementedError(f"generate_corpus supports PostgreSQL and SQLite, not {connection.vendor}")
