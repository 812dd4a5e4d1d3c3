from django.urls import include, path

from .views import PeerArchive

urlpatterns = [
    path("peer/articles/", PeerArchive.as_view(), name="peer-articles"),
    path("", include("newsarchive.urls")),
]
