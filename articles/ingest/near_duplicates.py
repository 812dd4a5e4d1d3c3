"""Near-duplicates: articles whose text is mostly the same (a paragraph cut, another footer).

A text is cut into overlapping five-word shingles. Its MinHash signature (one
permutation hashing with densification: 128 values from one hash a shingle)
is split into 16 bands of 8 values, and each band's hash is stored in
``NearDuplicateBand`` with the article. Texts whose shingles' Jaccard
similarity is J share a band with probability 1 - (1 - J^8)^16: 99.99% at
0.9, 6% at 0.5. Articles that share a band with a text are its candidates;
their texts are compared exactly, and one at least ``THRESHOLD`` alike is a
near-duplicate. Not datasketch: its index lives in memory or Redis, apart from
the articles, and it needs NumPy at run time; one hash a shingle in plain
Python costs about a millisecond an article.
"""

from __future__ import annotations

import functools
import hashlib
import struct
from collections import Counter
from dataclasses import dataclass

from django.db import connection, transaction
from django.urls import reverse

from articles.core.db import array_value
from articles.models import Article, NearDuplicateBand
from articles.models.derived import folded_words, text_fingerprint

from .rows import Links, insert_rows

THRESHOLD = 0.9  # the share of shingles two texts must have in common (of all either has)
SHINGLE_WORDS = 5
BANDS, ROWS = 16, 8
CANDIDATES_COMPARED = 10  # per text, those sharing the most bands; bounds the texts read for one lookup
BAND_ROWS_READ = 5000  # bounds one lookup's rows when a band is shared by very many articles (boilerplate)

_BIN_BITS = 7  # 2**7 = BANDS * ROWS bins
_VALUE_MASK = (1 << (64 - _BIN_BITS)) - 1
_EMPTY = _VALUE_MASK + 1
# An empty bin borrows the value of the first filled bin along its own fixed probe sequence (an odd stride
# over the 128 bins), so that two texts with the same filled bins fill the empty ones alike.
_STRIDES = [
    int.from_bytes(hashlib.blake2b(b"probe%d" % b, digest_size=2).digest(), "big") | 1 for b in range(BANDS * ROWS)
]


_MASK = (1 << 64) - 1
_BASE = 0x100000001B3  # shingle hashes are polynomials in their words' hashes, rolled along the text
_BASE_TO_LAST = pow(_BASE, SHINGLE_WORDS - 1, 1 << 64)


_WORD_HASHER = hashlib.blake2b(digest_size=8)
_MIX = 0x9E3779B97F4A7C15


@functools.lru_cache(maxsize=1 << 15)
def _word_hash(word: str) -> int:
    """A word's 64-bit hash (BLAKE2b). Remembered: the hash of a word never changes, and most words of an article
    (its common words, its names) were met in the articles before it; copying a hasher set up once costs less
    than setting one up."""
    hasher = _WORD_HASHER.copy()
    hasher.update(word.encode())
    return int.from_bytes(hasher.digest(), "big")


def shingles(text: str) -> frozenset[int]:
    """The 64-bit hashes of ``text``'s five-word shingles, with case, accents and punctuation folded away."""
    words = folded_words(text)
    known = {word: _word_hash(word) for word in set(words)}
    hashes = [known[word] for word in words]
    if len(hashes) < SHINGLE_WORDS:  # a text shorter than a shingle is one shingle
        hashes += [0] * (SHINGLE_WORDS - len(hashes)) if hashes else []
    return frozenset(_rolled_shingle_hashes(hashes))


def _rolled_shingle_hashes(hashes: list[int]) -> list[int]:
    """The polynomial of every ``SHINGLE_WORDS`` consecutive word hashes, rolled along them, its bits mixed
    over all 64 (its top bits choose a bin).

    The mixing is written out in the loop rather than called: no function
    call for each word of every text.
    """
    found, h, base, mask, mix, base_to_last = [], 0, _BASE, _MASK, _MIX, _BASE_TO_LAST
    for position, word in enumerate(hashes):
        h = (h * base + word) & mask
        if position >= SHINGLE_WORDS - 1:
            g = h ^ (h >> 31)
            g = (g * mix) & mask
            found.append(g ^ (g >> 29))
            h = (h - hashes[position - SHINGLE_WORDS + 1] * base_to_last) & mask
    return found


def band_hashes(shingle_hashes) -> list[int]:
    """The ``BANDS`` signed 64-bit band hashes of a shingle set (none for an empty one)."""
    if not shingle_hashes:
        return []
    bins = [_EMPTY] * (BANDS * ROWS)
    for h in shingle_hashes:
        b, value = h >> (64 - _BIN_BITS), h & _VALUE_MASK
        if value < bins[b]:
            bins[b] = value
    signature = bins[:]
    for b, value in enumerate(bins):
        step = 1
        while value == _EMPTY:
            value = bins[(b + step * _STRIDES[b]) % len(bins)]
            step += 1
        signature[b] = value
    return [
        int.from_bytes(
            hashlib.blake2b(struct.pack(f">H{ROWS}Q", band, *signature[band * ROWS : (band + 1) * ROWS]),
                            digest_size=8).digest(),
            "big", signed=True,
        )
        for band in range(BANDS)
    ]


@functools.lru_cache(maxsize=128)  # an import looks a text up, then stores its bands
def _signature(text: str) -> tuple[frozenset, tuple]:
    found = shingles(text)
    return found, tuple(band_hashes(found))


def similarity(a: frozenset, b: frozenset) -> float:
    """The Jaccard similarity of two shingle sets: what they share, of all either has."""
    return len(a & b) / len(a | b) if a and b else 0.0


@dataclass
class NearDuplicate:
    """What an imported text looks like: an archived article, or an earlier text of the same batch."""

    similarity: float
    headline: str
    article_id: int | None = None
    batch_position: int | None = None  # when it is an earlier item of the same batch, not yet stored

    @property
    def percent(self) -> int:
        """Rounded down (never 90% under the threshold, nor 100% for texts that differ)."""
        return int(round(self.similarity * 100, 6))

    @property
    def admin_url(self):
        return reverse("admin:articles_article_change", args=[self.article_id]) if self.article_id else ""

    @property
    def description(self):
        where = f"#{self.article_id}" if self.article_id else f"item {self.batch_position + 1} of this batch"
        return f"looks like {where} “{self.headline}” ({self.percent}% the same)"


def find_near_duplicates(texts) -> list[NearDuplicate | None]:
    """For plain texts, the closest near-duplicate of each, or None, in at most two queries.

    An archived article is preferred; else an earlier text of the list (not
    an identical one: that is a duplicate, which the fingerprint catches).
    """
    sets, bands = zip(*map(_signature, texts)) if texts else ((), ())
    candidates = _archived_candidates(bands)
    wanted = {pk for ids in candidates for pk in ids}
    archived = {}
    if wanted:
        for pk, headline, body_text in Article.objects.filter(pk__in=wanted).values_list("pk", "headline", "body_text"):
            archived[pk] = (headline, shingles(body_text))
    found, seen = [], {}
    for position, (text, own, own_bands, ids) in enumerate(zip(texts, sets, bands, candidates)):
        best = _best(own, ((archived[pk][1], NearDuplicate(0, archived[pk][0], article_id=pk))
                           for pk in ids if pk in archived))
        if best is None:
            earlier = {seen[key] for key in enumerate(own_bands) if key in seen}
            best = _best(own, (
                (sets[i], NearDuplicate(0, "", batch_position=i)) for i in sorted(earlier)
                if text_fingerprint(texts[i]) != text_fingerprint(text)
            ))
        found.append(best)
        for key in enumerate(own_bands):
            seen.setdefault(key, position)
    return found


def _archived_candidates(bands):
    """For each text's band hashes, the ids of the archived articles sharing most of them (one query)."""
    wanted = {h for hashes in bands for h in hashes}
    if not wanted:
        return [[] for _ in bands]
    by_band = {}
    for article_id, band, h in _band_rows(list(wanted)):
        by_band.setdefault((band, h), []).append(article_id)
    return [
        [pk for pk, _ in Counter(pk for key in enumerate(hashes) for pk in by_band.get(key, ())).most_common(
            CANDIDATES_COMPARED)]
        for hashes in bands
    ]


def _band_rows(hashes):
    """``(article_id, band, hash)`` of the stored bands with these hashes, at most ``BAND_ROWS_READ``.

    On PostgreSQL the hashes go as one array (``= ANY``): a batch looks up
    hundreds, and a statement with a parameter each cost psycopg and Django
    more CPU to build than the lookup costs the server.
    """
    if connection.vendor != "postgresql":
        rows = NearDuplicateBand.objects.filter(hash__in=hashes)
        return rows.values_list("article_id", "band", "hash")[:BAND_ROWS_READ]
    meta = NearDuplicateBand._meta
    quote = connection.ops.quote_name
    columns = [quote(meta.get_field(name).column) for name in ("article", "band", "hash")]
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {', '.join(columns)} FROM {quote(meta.db_table)} WHERE {columns[2]} = ANY(CAST(%s AS bigint[])) LIMIT %s",
            [array_value(hashes), BAND_ROWS_READ],
        )
        return cursor.fetchall()


def _best(own, candidates):
    best = None
    for other, near in candidates:
        near.similarity = similarity(own, other)
        if near.similarity >= THRESHOLD and (best is None or near.similarity > best.similarity):
            best = near
    return best


# --- keeping the bands with the article ------------------------------------------


def band_links(article) -> Links:
    """The band rows of a new ``article`` (its fields derived), for ``rows.insert_new`` to store with it."""
    hashes = _signature(article.body_text)[1]
    article._near_duplicate_bands = hashes  # stored with the row: ``index_article`` has nothing to do
    return Links(NearDuplicateBand, "article", ("band", "hash"), list(enumerate(hashes)), {})


def index_article(article, *, created=False) -> None:
    """Store the band hashes of a saved article's text, if they are not those stored already."""
    hashes = _signature(article.body_text)[1]
    if getattr(article, "_near_duplicate_bands", None) == hashes:
        return
    if not created:
        stored = dict(NearDuplicateBand.objects.filter(article=article).values_list("band", "hash"))
        if stored == dict(enumerate(hashes)):
            article._near_duplicate_bands = hashes
            return
    with transaction.atomic():
        if not created:
            NearDuplicateBand.objects.filter(article=article).delete()
        insert_rows(NearDuplicateBand, ("band", "hash"), list(enumerate(hashes)), article=article.pk)
    article._near_duplicate_bands = hashes


def band_rows(articles) -> list[tuple]:
    """``(pk, band, hash)`` rows for ``(pk, body_text)`` pairs: pure computation, for worker processes too."""
    return [(pk, band, h) for pk, text in articles for band, h in enumerate(band_hashes(shingles(text)))]


def store_band_rows(rows) -> int:
    """Insert ``band_rows``' rows (for articles that have none); the number stored."""
    for start in range(0, len(rows), 10_000):  # under SQLite's 32,766 parameters a statement
        insert_rows(NearDuplicateBand, ("article", "band", "hash"), rows[start : start + 10_000])
    return len(rows)
