from django.urls import include, path

from . import converters  # noqa: F401  (registers the path converters below: dd, yyyy, iso2, any_slug)
from . import views
from .public import export
from .public.feeds import ArticleFeed, AtomArticleFeed, CorrectionsFeed
from .views.corrections import corrections


urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("articles/", views.ArticleListView.as_view(), name="article-list"),
    path("articles/export.csv", export.export_csv, name="article-export-csv"),
    path("articles/<yyyy:year>/<dd:month>/<dd:day>/<any_slug:slug>/", views.ArticleDetailView.as_view(), name="article-detail"),
    path("countries/", views.CountryIndexView.as_view(), name="country-list"),
    path("countries/<iso2:code>/", views.CountryDetailView.as_view(), name="country-detail"),
    path("entities/<any_slug:slug>/", views.EntityDetailView.as_view(), name="entity-detail"),
    path("authors/<any_slug:slug>/", views.AuthorDetailView.as_view(), name="author-detail"),
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
