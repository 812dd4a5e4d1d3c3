from django.urls import path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerSplitView

from . import views

urlpatterns = [
    path("", views.Root.as_view(), name="api-root"),
    path("articles/", views.ArticleList.as_view(), name="api-article-list"),
    path("articles/<int:pk>/", views.ArticleDetail.as_view(), name="api-article-detail"),
    path("countries/", views.CountryList.as_view(), name="api-country-list"),
    path("entities/<slug:slug>/", views.EntityDetail.as_view(), name="api-entity-detail"),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"),
    path("docs/redoc/", SpectacularRedocView.as_view(url_name="api-schema"), name="api-redoc"),
    re_path(r"", views.NoSuchEndpoint.as_view(), name="api-not-found"),
]
