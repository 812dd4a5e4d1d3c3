"""A lost database answers 503 and the site recovers by itself; anonymous request bodies are bounded."""

import pytest
from django.db import OperationalError, connection

from articles.tests.public_world import world  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db


def lost_database(execute, sql, params, many, context):
    raise OperationalError("server closed the connection unexpectedly")


@pytest.mark.parametrize("url", ["/articles/?country=cn", "/countries/", "/archive/2022/", "/feeds/rss/", "/articles/export.csv"])
def test_a_lost_database_is_a_503_page_with_retry_after(client, world, url):
    client.get("/")  # the content version is looked up once, then cached
    with connection.execute_wrapper(lost_database):
        response = client.get(url)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "The archive is back shortly" in response.content.decode()


@pytest.mark.parametrize("url", ["/api/v1/articles/", "/api/v1/countries/", "/api/v1/entities/china/"])
def test_the_api_answers_a_lost_database_in_json(client, world, url):
    with connection.execute_wrapper(lost_database):
        response = client.get(url)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert set(response.json()) == {"errors"}  # the API's error shape
    assert "try again" in response.json()["errors"]["__all__"][0]


def test_a_database_lost_outside_the_view_is_a_503_too(client, world):
    client.raise_request_exception = False
    client.cookies["sessionid"] = "an-old-session"  # read from the database before the view runs
    with connection.execute_wrapper(lost_database):
        response = client.get("/articles/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"


def failing_query(execute, sql, params, many, context):
    raise ZeroDivisionError("a bug in the view, not the database")


def test_other_errors_are_still_a_500(client, world):
    client.raise_request_exception = False
    with connection.execute_wrapper(failing_query):
        assert client.get("/articles/").status_code == 500


def test_the_site_recovers_by_itself_when_the_database_is_back(client, world):
    with connection.execute_wrapper(lost_database):
        assert client.get("/articles/").status_code == 503
        assert client.get("/articles/").status_code == 503  # an error page is never cached
    back = client.get("/articles/")
    assert back.status_code == 200
    assert world.pact.headline in back.content.decode()


def test_a_content_version_due_for_a_look_survives_the_outage(client, world, settings):
    from articles.core import caching

    caching.bump_content_version(look_up_schedule=False)
    with connection.execute_wrapper(lost_database):
        version = caching.bump_content_version()  # the schedule cannot be read: looked up again later
    assert version["next_publication"] is not None


class Unreadable:
    """A request body that fails the test if anything reads it."""

    def read(self, *args):
        raise AssertionError("the body was read")

    readline = read


def test_an_anonymous_200_mb_post_is_refused_before_its_body_is_read(client, db):
    response = client.generic(
        "POST",
        "/admin/login/",
        b"x",
        content_type="application/x-www-form-urlencoded",
        CONTENT_LENGTH=str(200 * 1024 * 1024),
        **{"wsgi.input": Unreadable()},
    )
    assert response.status_code == 413
    assert "without logging in" in response.content.decode()


def test_an_anonymous_post_to_a_public_page_is_refused_the_same_way(client, db):
    response = client.generic("POST", "/articles/", b"x", CONTENT_LENGTH=str(10**9), **{"wsgi.input": Unreadable()})
    assert response.status_code == 413


def test_a_small_anonymous_login_post_still_reaches_the_login_form(client, db):
    response = client.post("/admin/login/", {"username": "nobody", "password": "wrong"})
    assert response.status_code in (200, 403)  # the form again, or the CSRF refusal: not 413


def test_logged_in_editors_may_send_large_bodies(admin_client, settings):
    settings.ANONYMOUS_BODY_MAX_BYTES = 10
    response = admin_client.post("/admin/login/", {"padding": "x" * 1000})
    assert response.status_code != 413
