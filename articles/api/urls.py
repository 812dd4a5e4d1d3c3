from django.urls import path, re_path
from drf_spectacular.views import SpectacularAPIView

from .. import converters  # noqa: F401  (any_slug)
from . import views
from .docs import RedocDocs, SwaggerDocs

urlpatterns = [
    path("", views.Root.as_view(), name="api-root"),
    path("articles/", views.ArticleList.as_view(), name="api-article-list"),
    path("articles/<int:pk>/", views.ArticleDetail.as_view(), name="api-article-detail"),
    path("countries/", views.CountryList.as_view(), name="api-country-list"),
    path("entities/<any_slug:slug>/", views.EntityDetail.as_view(), name="api-entity-detail"),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", SwaggerDocs.as_view(url_name="api-schema"), name="api-docs"),
    path("docs/redoc/", RedocDocs.as_view(url_name="api-schema"), name="api-redoc"),
    re_path(r"", views.NoSuchEndpoint.as_view(), name="api-not-found"),
]
