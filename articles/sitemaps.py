"""Sitemaps for search engines: an index of sections, articles split into pages of ``limit``.

Django's sitemap framework pages with OFFSET; pages of 5,000 keep each file
small, and crawlers fetch them rarely, so that cost is acceptable here.
"""

from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone

from .models import Article, Entity


class ArticleSitemap(Sitemap):
    limit = 5_000
    changefreq = "monthly"

    def items(self):
        return Article.objects.published().newest_first().only("slug", "published_at", "updated_at")

    def lastmod(self, article):
        return article.updated_at

    def get_latest_lastmod(self):
        # The index's date for the section: Django's default calls lastmod() on every item, which
        # read a million articles (17 s); one MAX() reads only the column.
        return self.items().order_by().aggregate(latest=Max("updated_at"))["latest"]


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
