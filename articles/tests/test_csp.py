"""The Content-Security-Policy is on every kind of page, the admin's included, and a cached page keeps it."""

import pytest

from articles.tests.public_world import world  # noqa: F401 - fixture

POLICY = {
    "default-src": "'self'", "script-src": "'self'", "style-src": "'self'", "img-src": "'self'",
    "object-src": "'none'", "base-uri": "'none'", "form-action": "'self'", "frame-ancestors": "'none'",
}


def directives(response):
    header = response.headers["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in header.split(";") if part.strip())


def public_addresses(world):
    pact = world.pact
    return [
        "/", "/articles/", "/articles/?q=pact&country=cn", pact.get_absolute_url(), "/countries/", "/countries/cn/",
        f"/entities/{world.xi.slug}/", f"/authors/{world.ann.slug}/", "/archive/2022/", "/archive/2022/12/",
        "/archive/2022/12/05/", "/corrections/", "/feeds/rss/", "/feeds/atom/", "/feeds/corrections/",
        "/articles/export.csv", "/api/v1/articles/", f"/api/v1/articles/{pact.pk}/", "/api/v1/countries/",
        f"/api/v1/entities/{world.xi.slug}/", "/sitemap.xml", "/robots.txt", "/articles/?date_from=bad",
    ]


def test_every_public_page_carries_the_policy_from_the_view_and_from_the_page_cache(client, world):
    for address in public_addresses(world):
        for attempt in ("view", "cache"):
            response = client.get(address)
            assert response.status_code in (200, 400), address
            assert directives(response) == POLICY, (address, attempt)


def test_every_admin_page_type_carries_the_policy(admin_client, world):
    pact = world.pact
    for address in (
        "/admin/", "/admin/articles/article/", "/admin/articles/article/add/", f"/admin/articles/article/{pact.pk}/change/",
        "/admin/articles/article/import/", f"/admin/articles/article/{pact.pk}/candidates/", "/admin/articles/entity/",
        f"/admin/articles/entity/{world.xi.pk}/change/", "/admin/articles/author/", "/admin/auth/user/",
        "/admin/jsi18n/",
    ):
        response = admin_client.get(address)
        assert response.status_code == 200, address
        assert directives(response) == POLICY, address


@pytest.mark.django_db
def test_the_login_page_and_a_404_carry_the_policy(client, settings):
    settings.DEBUG = False
    assert directives(client.get("/admin/login/")) == POLICY
    assert directives(client.get("/no-such-page/")) == POLICY
