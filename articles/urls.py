from django.urls import include, path, register_converter
from django.urls.converters import IntConverter, StringConverter

from . import views
from .core.pagination import EARLIEST, LATEST
from .public import export
from .public.feeds import ArticleFeed, AtomArticleFeed, CorrectionsFeed
from .views.corrections import corrections


class TwoDigitConverter(IntConverter):
    regex = "[0-9]{2}"

    def to_url(self, value):
        return f"{int(value):02d}"


class YearConverter(IntConverter):
    """Four digits, within the years a reader may ask for: /archive/9999/ is a 404, not an overflow."""

    regex = "[0-9]{4}"

    def to_python(self, value):
        year = int(value)
        if not EARLIEST.year <= year <= LATEST.year:
            raise ValueError(f"{year} is outside the archive's years")
        return year

    def to_url(self, value):
        return f"{int(value):04d}"


class CountryCodeConverter(StringConverter):
    """Two letters in any case (the view redirects upper case to lower): anything else never reaches a query."""

    regex = "[A-Za-z]{2}"


register_converter(TwoDigitConverter, "dd")
register_converter(YearConverter, "yyyy")
register_converter(CountryCodeConverter, "iso2")

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("articles/", views.ArticleListView.as_view(), name="article-list"),
    path("articles/export.csv", export.export_csv, name="article-export-csv"),
    path("articles/<yyyy:year>/<dd:month>/<dd:day>/<slug:slug>/", views.ArticleDetailView.as_view(), name="article-detail"),
    path("countries/", views.CountryIndexView.as_view(), name="country-list"),
    path("countries/<iso2:code>/", views.CountryDetailView.as_view(), name="country-detail"),
    path("entities/<slug:slug>/", views.EntityDetailView.as_view(), name="entity-detail"),
    path("authors/<slug:slug>/", views.AuthorDetailView.as_view(), name="author-detail"),
    path("archive/", views.latest_archive, name="archive"),
    path("archive/<yyyy:year>/", views.ArchiveYearView.as_view(), name="archive-year"),
    path("archive/<yyyy:year>/<dd:month>/", views.ArchiveMonthView.as_view(), name="archive-month"),
    path("archive/<yyyy:year>/<dd:month>/<dd:day>/", views.ArchiveDayView.as_view(), name="archive-day"),
    path("feeds/rss/", ArticleFeed(), name="feed-rss"),
    path("feeds/atom/", AtomArticleFeed(), name="feed-atom"),
    path("corrections/", corrections, name="corrections"),
    path("feeds/corrections/", CorrectionsFeed(), name="feed-corrections"),
    path("robots.txt", views.robots_txt, name="robots-txt"),
    path("api/v1/", include("articles.api.urls")),
]
