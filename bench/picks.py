"""Concrete pages to measure, chosen from whatever archive is loaded.

Words are picked by how many articles contain them (counted, not assumed),
countries by their share of articles, so the same choices make sense at
1,000 and at 1,000,000 articles.
"""

import datetime
from urllib.parse import urlencode

from django.db.models import Count
from django.urls import reverse
from django.utils import timezone

from articles.core.pagination import PER_PAGE, Cursor
from articles.models import Article, ArticleEntity, Entity
from articles.search import SearchQueryError
from bench.corpus.text import english_words

DEEP_PAGE = 5_000


def country_shares():
    total = Article.objects.count() or 1
    rows = (
        ArticleEntity.objects.filter(entity__kind="country", article_is_published=True)
        .values("entity__iso_code")
        .annotate(n=Count("id"))
        .order_by("-n")
    )
    return [(row["entity__iso_code"], row["n"] / total) for row in rows]


def word_with_share(target, candidates, sample_ids):
    """The candidate whose share of the sampled articles is closest to ``target``."""
    sample = Article.objects.filter(id__in=sample_ids)
    size = len(sample_ids) or 1
    best = None
    for word in candidates:
        try:
            share = sample.search(word).count() / size
        except SearchQueryError:  # a stop word: not searchable on its own
            continue
        if best is None or abs(share - target) < abs(best[1] - target):
            best = (word, share)
    return best


def deep_cursor(entity_id, page):
    """The cursor a reader following "Older" reaches on page ``page`` of an entity's listing."""
    row = (
        ArticleEntity.objects.filter(
            entity_id=entity_id, article_is_published=True, article_published_at__lte=timezone.now()
        )
        .order_by("-article_published_at", "-article_id")
        .values_list("article_published_at", "article_id")[(page - 1) * PER_PAGE - 1 : (page - 1) * PER_PAGE]
    )
    row = list(row)
    return str(Cursor(*row[0])) if row else None


def choose_pages():
    """[(label, path)] for every page the benchmark measures."""
    shares = country_shares()
    top_code, _ = shares[0]
    rare_code = min((s for s in shares if s[1] > 0), key=lambda s: abs(s[1] - 0.0005))[0]
    top = Entity.objects.get(kind="country", iso_code=top_code)
    newest = Article.objects.published().order_by("-published_at").first()
    month_end = newest.published_at.date().replace(day=1) - datetime.timedelta(days=1)
    month = {"date_from": month_end.replace(day=1).isoformat(), "date_to": month_end.isoformat()}

    words = english_words()
    ids = list(Article.objects.order_by("?").values_list("id", flat=True)[:2000])
    common, common_share = word_with_share(0.20, [w for w in words[150:400:10] if len(w) > 4], ids)
    rare, rare_share = word_with_share(0.003, [w for w in words[-200:] if len(w) > 4][:15], ids)
    body = newest.body_text.lower().replace(".", " ").split()
    rank = {w: i for i, w in enumerate(words)}
    phrase = next(
        (f'"{a} {b}"' for a, b in zip(body, body[1:]) if rank.get(a, -1) > 300 and rank.get(b, -1) > 300),
        f'"{body[10]} {body[11]}"',
    )
    listing = reverse("article-list")
    country_page = reverse("country-detail", kwargs={"code": top_code.lower()})
    # Page 5,000 at a million articles; in a small archive, the middle page, so the keyset path still runs.
    tagged = ArticleEntity.objects.filter(entity=top, article_is_published=True).count()
    deep_page = min(DEEP_PAGE, max(2, tagged // PER_PAGE // 2))
    cursor = deep_cursor(top.id, deep_page)

    def q(**params):
        return f"{listing}?{urlencode(params)}"

    pages = [
        ("home", "/"),
        ("latest", listing),
        (f"country {top_code} ({dict(shares)[top_code]:.0%})", country_page),
        (f"rare country {rare_code} ({dict(shares)[rare_code]:.2%})", reverse("country-detail", kwargs={"code": rare_code.lower()})),
        (f"{top_code} + one month", q(country=top_code.lower(), **month)),
        (f"text common '{common}' ({common_share:.0%}), newest", q(q=common, sort="newest")),
        (f"text common '{common}', relevance", q(q=common, sort="relevance")),
        (f"text rare '{rare}' ({rare_share:.2%}), newest", q(q=rare, sort="newest")),
        (f"text rare '{rare}', relevance", q(q=rare, sort="relevance")),
        (f"phrase {phrase}", q(q=phrase)),
        (f"text + {top_code} + month", q(q=common, country=top_code.lower(), **month)),
    ]
    if cursor:
        pages.append((f"{top_code} page {deep_page:,} (keyset)", f"{country_page}?{urlencode({'after': cursor})}"))
    pages += [
        ("article", newest.get_absolute_url()),
        ("feed (RSS, country)", f"{reverse('feed-rss')}?country={top_code.lower()}"),
        ("countries index", reverse("country-list")),
        ("date archive (month)", reverse("archive-month", kwargs={"year": month_end.year, "month": month_end.month})),
        ("date archive (year)", reverse("archive-year", kwargs={"year": month_end.year})),
        ("sitemap index", reverse("sitemap-index")),
    ]
    return pages, country_page
