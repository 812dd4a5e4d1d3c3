"""The site's own error pages: in the layout, with the navigation and the search box, and never a dead end."""

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import path

from articles.tests.public_world import world  # noqa: F401 - fixture
from articles.views import errors

pytestmark = pytest.mark.django_db


def _denied(request):
    from django.core.exceptions import PermissionDenied

    raise PermissionDenied


def _bad(request):
    from django.core.exceptions import SuspiciousOperation

    raise SuspiciousOperation("a forged header")


def _broken(request):
    raise RuntimeError("boom")


# The project's URLs plus three views that fail on purpose; the handlers are found in this module, as Django does.
from newsarchive.urls import urlpatterns as _site  # noqa: E402

urlpatterns = [path("test-denied/", _denied), path("test-bad/", _bad), path("test-broken/", _broken), *_site]
handler400, handler403, handler404, handler500 = (
    errors.bad_request, errors.permission_denied, errors.page_not_found, errors.server_error,
)


def assert_in_the_layout(html):
    assert '<nav class="site-nav" aria-label="Main">' in html
    assert 'role="search"' in html and 'name="q"' in html
    assert '<a href="/">The front page</a>' in html
    assert 'href="/static/css/archive.css"' in html or "/static/css/archive." in html
    assert '<meta name="robots" content="noindex">' in html


@override_settings(DEBUG=False)
@pytest.mark.parametrize("url", ["/no-such-page/", "/countries/zz/", "/articles/2022/12/05/no-such-story/"])
def test_a_missing_page_is_a_404_in_the_sites_layout(client, world, url):
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    assert "<h1 id=\"error-title\">Page not found</h1>" in html
    assert "<title>Page not found — newsarchive</title>" in html
    assert "matches the given query" not in html  # Django's message for developers is not shown to readers
    assert_in_the_layout(html)


@override_settings(DEBUG=False)
def test_page_numbers_stop_is_explained_in_production_with_a_link_to_the_first_page(client, world):
    response = client.get("/articles/?q=cooperation&page=51")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page numbers stop at 50" in html
    assert '<a href="/articles/?q=cooperation">The first page of these results</a>' in html


@override_settings(DEBUG=False, ROOT_URLCONF=__name__)
def test_forbidden_and_bad_requests_have_their_own_pages(client, world):
    denied = client.get("/test-denied/")
    assert denied.status_code == 403 and "<h1 id=\"error-title\">Not allowed</h1>" in denied.content.decode()
    assert_in_the_layout(denied.content.decode())
    bad = client.get("/test-bad/")
    assert bad.status_code == 400 and "<h1 id=\"error-title\">Bad request</h1>" in bad.content.decode()
    assert "forged" not in bad.content.decode()
    assert_in_the_layout(bad.content.decode())


@override_settings(DEBUG=False, ROOT_URLCONF=__name__)
def test_a_server_error_shows_the_static_500_page_without_touching_the_database(client, world):
    client.raise_request_exception = False
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/test-broken/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "<h1 id=\"error-title\">Something went wrong</h1>" in html
    assert_in_the_layout(html)
    assert not [q for q in queries.captured_queries if "articles_" in q["sql"]]


def test_the_500_page_renders_with_no_request_and_no_database(django_assert_num_queries):
    with django_assert_num_queries(0):
        response = errors.server_error(None)
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()


def test_the_500_page_falls_back_to_plain_html_when_its_template_fails(settings):
    settings.TEMPLATES = [{"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": [], "APP_DIRS": False}]
    response = errors.server_error(None)  # 500.html is nowhere to be found
    assert response.status_code == 500
    assert '<a href="/">front page</a>' in response.content.decode()


def test_the_handlers_are_wired_in_the_root_urlconf():
    import newsarchive.urls as root

    assert root.handler404 == "articles.views.errors.page_not_found"
    assert root.handler500 == "articles.views.errors.server_error"
    assert root.handler400 == "articles.views.errors.bad_request"
    assert root.handler403 == "articles.views.errors.permission_denied"


def test_a_withdrawn_article_offers_ways_on(client, world):
    from articles.models import Article

    world.trade.status, world.trade.withdrawal_note = Article.Status.WITHDRAWN, "Figures were wrong."
    world.trade.save()
    response = client.get(world.trade.get_absolute_url())
    assert response.status_code == 410
    assert_in_the_layout(response.content.decode())
