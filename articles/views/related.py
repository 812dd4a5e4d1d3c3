"""Related articles: ranked by the entities they share with the article, weighted by rarity, by time and by words.

A tag on 40% of the archive (a big country) says little about two stories
being related; a person named in a handful of articles says a lot. So each
shared entity counts for its inverse document frequency among the public
articles of the same period (``log(N / df)``), nearer stories count for more,
and a few shared headline words add to it. All of it from the tag table's
(entity, date) index, over the period around the article:

0. the article's own tags, which the page has already read,
1. how many public articles the period holds (the date index),
2. how many of them name each of the article's entities (one grouped query),
3. the candidates' weighted scores (one grouped query, the best few dozen),

then the candidates' cards (three queries), re-ranked in Python by time and
shared words. The result is cached with the page's other fragments.
"""

import datetime
import math
import re

from django.db.models import Case, Count, FloatField, Max, Sum, Value, When
from django.utils import timezone

from ..models import Article, ArticleEntity

WINDOW = datetime.timedelta(days=120)
CANDIDATES = 30
HALF_WEIGHT_DAYS = 30  # a story this far away counts half as much as one from the same day
WORD_WEIGHT = 1.0  # per shared headline word, beside an entity's log(N / df)
WORD = re.compile(r"[^\W\d_]{4,}")
COMMON_WORDS = frozenset(
    "about after again against also amid being between could first from have into more most news over says said "
    "some than that their them there these they this were what when where which while with would year years".split()
)


def headline_words(article):
    text = f"{article.headline} {article.standfirst or ''}".lower()
    return {word for word in WORD.findall(text) if word not in COMMON_WORDS}


def rarity_weights(entity_ids, low, high):
    """{entity id: log(N / df)}: N the public articles of the period, df those naming the entity."""
    if not entity_ids:
        return {}
    period = Article.objects.published().filter(published_at__gte=low, published_at__lte=high)
    total = period.count()
    frequencies = dict(
        public_tags_between(low, high)
        .filter(entity_id__in=entity_ids)
        .values("entity_id")
        .annotate(df=Count("id"))
        .values_list("entity_id", "df")
    )
    return {entity: math.log(max(total, 1) / df) for entity, df in frequencies.items() if df}


def public_tags_between(low, high):
    return ArticleEntity.objects.filter(
        article_is_published=True, article_published_at__gte=low, article_published_at__lte=high
    )


def related_articles(article, entity_ids, limit=5):
    """The ``limit`` public articles most related to ``article`` (tagged with ``entity_ids``), best first, for cards."""
    centre = article.published_at or timezone.now()
    low, high = centre - WINDOW, min(timezone.now(), centre + WINDOW)
    weights = rarity_weights(list(entity_ids), low, high)
    if not weights:
        return []
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

    def rank(other):
        days = abs((other.published_at - centre).total_seconds()) / 86_400
        shared_words = len(words & headline_words(other))
        return (scores[other.pk] + WORD_WEIGHT * shared_words) / (1 + days / HALF_WEIGHT_DAYS)

    others = Article.objects.published().filter(id__in=list(scores)).for_cards()
    return sorted(others, key=lambda other: (-rank(other), -other.published_at.timestamp(), -other.pk))[:limit]
