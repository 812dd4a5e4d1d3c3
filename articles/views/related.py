"""Related articles: ranked by the entities they share with the article, weighted by rarity, by time and by words.

A tag on 40% of the archive (a big country) says little about two stories
being related; a person named in a handful of articles says a lot. So each
shared entity counts for its inverse document frequency in the archive
(``log(N / df)``), shared headline words add to it, and nearer stories count
for more. In a large archive an entity on more than ``1/e`` of it (weight
under 1) counts for nothing: leaving it out also leaves most of the tag rows
out of the scan. A story whose shared evidence is weaker than one name found in 1
article in 20 (in an archive of fewer than 20, than a name found once) is
not related at all: better no list than stories sharing only "China".

Statements: how many name each of the article's entities (the monthly
counts, with the archive's size), the candidates' weighted scores (one grouped query on the tag
table's (entity, date) index over the 120 days either side), then the best
candidates' columns, re-ranked in Python by time and shared words, and
the authors and countries of the few shown. The result is cached with the page's other fragments.
"""
import datetime
import math
import re

from django.db import connection
from django.db.models import Case, FloatField, Max, Sum, Value, When, prefetch_related_objects
from django.db.models.expressions import RawSQL
from django.utils import timezone

from ..models import Article, ArticleEntity, Entity
from ..querysets import card_prefetches

WINDOW = datetime.timedelta(days=120)
CANDIDATES = 30
HALF_WEIGHT_DAYS = 30  # a story this far away counts half as much as one from the same day
WORD_WEIGHT = 1.0  # per shared headline word, beside an entity's log(N / df)
STRONG_EVIDENCE = math.log(20)  # as telling as one name found in 1 article in 20
ESTIMATE_FROM = 100_000  # archives the statistics put above this are not counted for the weights
SAYS_LITTLE = 1.0  # log(N / df) under this: an entity on more than 1/e of the archive
WORD = re.compile(r"[^\W\d_]{4,}")
COMMON_WORDS = frozenset(
    "about after again against also amid being between could first from have into more most news over says said "
    "some than that their them there these they this were what when where which while with would year years".split()
)


def headline_words(article):
    text = f"{article.headline} {article.standfirst or ''}".lower()
    return {word for word in WORD.findall(text) if word not in COMMON_WORDS}


def archive_size_sql(vendor):
    """How many public articles there are, as a subquery: on PostgreSQL the table's size as the statistics
    keep it when over ``ESTIMATE_FROM`` (a catalog read; the weights hardly move with it), else counted."""
    table = Article._meta.db_table
    counted = f"SELECT COUNT(*) FROM {table} WHERE status = 'published'"
    if vendor != "postgresql":
        return f"({counted})"
    return (
        f"(SELECT CASE WHEN c.reltuples > {ESTIMATE_FROM} THEN c.reltuples::bigint ELSE ({counted}) END"
        f" FROM pg_class c WHERE c.oid = '{table}'::regclass)"
    )


def rarity_weights(entity_ids):
    """({entity id: log(N / df)}, N): N the public articles, df those naming the entity (from the monthly counts).

    One statement: the archive's size comes with the entities' counts.
    """
    if not entity_ids:
        return {}, 0
    rows = (
        Entity.objects.filter(pk__in=entity_ids)
        .with_public_article_counts()
        .annotate(total=RawSQL(archive_size_sql(connection.vendor), []))
        .values_list("pk", "article_count", "total")
    )
    total = 0
    weights = {}
    for entity, df, total in rows:
        if df:
            weight = math.log(max(total, df) / df)
            if says_something(weight, total):
                weights[entity] = weight
    return weights, total


def says_something(weight, total):
    """Whether sharing an entity of this weight is evidence: always in a small archive, where proportions are noisy."""
    return weight >= SAYS_LITTLE or total <= ESTIMATE_FROM


def public_tags_between(low, high):
    return ArticleEntity.objects.filter(
        article_is_published=True, article_published_at__gte=low, article_published_at__lte=high
    )


def related_articles(article, entity_ids, limit=5):
    """The ``limit`` public articles most related to ``article`` (tagged with ``entity_ids``), best first, for cards."""
    centre = article.published_at or timezone.now()
    low, high = centre - WINDOW, min(timezone.now(), centre + WINDOW)
    entity_ids = list(entity_ids)
    if not entity_ids:
        return []
    weights, total = rarity_weights(entity_ids)
    if not weights:
        return []
    enough = min(STRONG_EVIDENCE, math.log(max(total, 2)))
    score = Sum(
        Case(*(When(entity_id=entity, then=Value(weight)) for entity, weight in weights.items()), default=Value(0.0)),
        output_field=FloatField(),
    )
    candidates = list(
        public_tags_between(low, high)
        .filter(entity_id__in=list(weights))
        .exclude(article_id=article.pk)
        .values("article_id")
        .annotate(score=score, published=Max("article_published_at"))
        .order_by("-score", "-published", "-article_id")
        .values_list("article_id", "score")[:CANDIDATES]
    )
    if not candidates:
        return []
    scores = dict(candidates)
    words = headline_words(article)

    def evidence(other):
        return scores[other.pk] + WORD_WEIGHT * len(words & headline_words(other))

    def rank(other):
        days = abs((other.published_at - centre).total_seconds()) / 86_400
        return evidence(other) / (1 + days / HALF_WEIGHT_DAYS)

    others = [o for o in Article.objects.published().filter(id__in=list(scores)).card_columns() if evidence(o) >= enough - 1e-9]
    best = sorted(others, key=lambda other: (-rank(other), -other.published_at.timestamp(), -other.pk))[:limit]
    prefetch_related_objects(best, *card_prefetches())  # the authors and countries of the cards shown only
    return best
