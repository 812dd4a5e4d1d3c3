"""Sitemaps for search engines: an index of sections, articles split into pages of ``limit``.

Django's sitemap framework pages with OFFSET; pages of 5,000 keep each file
small, and crawlers fetch them rarely, so that cost is acceptable here.
"""

from django.contrib.sitemaps import Sitemap
from django.core.paginator import Paginator
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone

from articles.core.caching import cached_fragment
from articles.core.conf import caps
from articles.models import Article, Entity


class ArticleSitemap(Sitemap):
    changefreq = "monthly"

    @property
    def limit(self):
        return caps.SITEMAP_LIMIT

    def items(self):
        return Article.objects.published().newest_first().only("slug", "published_at", "updated_at")

    def lastmod(self, article):
        return article.updated_at

    def get_latest_lastmod(self):
        # The index's date for the section: Django's default calls lastmod() on every item (reading every
        # article); one MAX() reads only the column, once per content version.
        return cached_fragment(
            "sitemap-articles-lastmod", {}, lambda: self.items().order_by().aggregate(latest=Max("updated_at"))["latest"]
        )

    @property
    def paginator(self):
        # The index and every page of the section count the articles: once per content version.
        pages = Paginator(self._items(), self.limit)
        pages.count = cached_fragment("sitemap-articles-count", {}, self.items().count)
        return pages


class CountrySitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        return Entity.objects.countries().filter(
            id__in=Entity.objects.countries()
            .filter(article_tags__article_is_published=True, article_tags__article_published_at__lte=timezone.now())
            .values("id")
        ).only("iso_code", "kind", "slug")


class PageSitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        return ["home", "article-list", "country-list", "corrections"]

    def location(self, name):
        return reverse(name)


SITEMAPS = {"pages": PageSitemap, "countries": CountrySitemap, "articles": ArticleSitemap}
