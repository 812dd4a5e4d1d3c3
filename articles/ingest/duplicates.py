"""Finding what the archive already holds: the same source URL, or the same text.

The database's unique constraints decide in the end; these lookups let the
importer say so before trying, and name the article that is already there.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass
from functools import reduce

from django.db.models import Q
from django.urls import reverse

from articles.models import Article
from articles.models.derived import normalize_url, text_fingerprint


@dataclass
class Duplicate:
    """An article already in the archive that an import would repeat."""

    article_id: int
    headline: str
    reason: str  # "same source URL" or "same text"
    percent: int | None = None  # how much of the text is the same, for a near-duplicate

    @property
    def admin_url(self):
        return reverse("admin:articles_article_change", args=[self.article_id])


def find_duplicate(source_url, fingerprint) -> Duplicate | None:
    """The archived article with this source URL or this text fingerprint, if any (one query)."""
    url_key = normalize_url(source_url)
    conditions = [Q(source_url_key=url_key)] * bool(url_key) + [Q(fingerprint=fingerprint)] * bool(fingerprint)
    if not conditions:
        return None
    existing = (
        Article.objects.filter(reduce(operator.or_, conditions))
        .only("headline", "source_url_key", "fingerprint")
        .order_by("pk")
        .first()
    )
    if existing is None:
        return None
    reason = "same source URL" if url_key and existing.source_url_key == url_key else "same text"
    return Duplicate(article_id=existing.pk, headline=existing.headline, reason=reason)


def find_duplicates(items) -> list[Duplicate | None]:
    """For ``(source_url, body_text)`` pairs, the archived duplicate of each or None, in one query."""
    keys = [(normalize_url(url), text_fingerprint(text)) for url, text in items]
    urls = {url for url, _ in keys if url}
    fingerprints = {fingerprint for _, fingerprint in keys if fingerprint}
    conditions = [Q(source_url_key__in=urls)] * bool(urls) + [Q(fingerprint__in=fingerprints)] * bool(fingerprints)
    if not conditions:
        return [None] * len(keys)
    by_url, by_fingerprint = {}, {}
    rows = Article.objects.filter(reduce(operator.or_, conditions)).order_by("pk")
    for pk, headline, url, fingerprint in rows.values_list("pk", "headline", "source_url_key", "fingerprint"):
        by_url.setdefault(url, Duplicate(pk, headline, "same source URL"))
        by_fingerprint.setdefault(fingerprint, Duplicate(pk, headline, "same text"))
    return [(url and by_url.get(url)) or (fingerprint and by_fingerprint.get(fingerprint)) or None for url, fingerprint in keys]
