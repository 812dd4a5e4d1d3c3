"""The public archive's pages. Thin: the queries live in querysets, filters, facets, charts and pagination."""

from .archive import (
    ArchiveDayView,
    ArchiveMonthView,
    ArchiveYearView,
    CountryIndexView,
    latest_archive,
    robots_txt,
)
from .article import ArticleDetailView, json_for_script, linked_byline
from .listing import (
    ArticleListView,
    AuthorDetailView,
    CountryDetailView,
    EntityDetailView,
    HomeView,
)

__all__ = [
    "ArchiveDayView", "ArchiveMonthView", "ArchiveYearView", "ArticleDetailView", "ArticleListView",
    "AuthorDetailView", "CountryDetailView", "CountryIndexView", "EntityDetailView", "HomeView",
    "json_for_script", "latest_archive", "linked_byline", "robots_txt",
]
