"""Chainable queries for the archive: views and feeds compose these, never raw filters."""

from django.db import models
from django.utils import timezone


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """What readers may see: published, and whose publication time has come."""
        return self.filter(status="published", published_at__lte=timezone.now())

    def in_country(self, *codes):
        """Articles tagged with any of these countries (ISO alpha-2, any case)."""
        codes = [code.upper() for code in codes if code]
        return self.filter(tags__entity__kind="country", tags__entity__iso_code__in=codes).distinct()

    def with_entity(self, entity):
        return self.filter(tags__entity=entity)

    def by_author(self, author):
        return self.filter(author_credits__author=author)

    def between(self, start=None, end=None):
        """Published on or after ``start`` and on or before ``end`` (dates, inclusive)."""
        qs = self
        if start:
            qs = qs.filter(published_at__date__gte=start)
        if end:
            qs = qs.filter(published_at__date__lte=end)
        return qs

    def for_listing(self):
        """Only what a listing shows, with authors fetched in one more query."""
        return self.defer("body_html", "body_text", "search_names").prefetch_related("author_credits__author")

    def search(self, query):
        """Articles matching ``query`` (web-search syntax), with a ``search_rank`` alias; see search.py."""
        from . import search

        return search.search(self, query)


class EntityQuerySet(models.QuerySet):
    def countries(self):
        return self.filter(kind="country")

    def by_iso_code(self, code):
        return self.get(kind="country", iso_code=(code or "").upper())
