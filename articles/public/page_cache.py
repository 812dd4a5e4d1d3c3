"""The page cache: ETag, Last-Modified and Cache-Control on public pages, 304s, and whole pages kept for the
content version (``core/caching.py``)."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.urls import reverse
from django.utils.cache import cc_delim_re, get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date

from articles.core.caching import FRAGMENT_TIMEOUT, PUBLIC_MAX_AGE, content_version, pinned_content_version
from articles.core.conf import caps
from articles.public.canonical import make_canonical


def page_cache_timeout():
    """Seconds a whole public page is kept (``PAGE_CACHE_TIMEOUT``; 0 turns the page cache off)."""
    return getattr(settings, "PAGE_CACHE_TIMEOUT", FRAGMENT_TIMEOUT)


class PublicCacheMiddleware:
    """ETag, Last-Modified and Cache-Control for public pages; 304 for unchanged ones; the page cache.

    Place it after ``AuthenticationMiddleware``. A page is *public* when the
    request is an anonymous GET or HEAD outside the admin, and the response a
    200 that sets no cookie (a page carrying a CSRF token or a session is
    never shared). A public GET's response is kept whole for the content
    version, so the next anonymous GET of the same URL is answered before any
    view, query or template runs. Anonymous public pages read no cookie,
    which is why the page cache ignores ``Vary: Cookie`` (the header stays,
    for the browsers and proxies that cannot tell who is logged in).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._is_private(request):
            response = self.get_response(request)
            patch_cache_control(response, private=True, no_store=True)
            return response
        if request.method not in ("GET", "HEAD"):
            return self.get_response(request)

        make_canonical(request)  # unknown parameters dropped, the rest sorted: one URL, one cache entry
        version = content_version()
        etag = self._etag(version, request)
        # Django's RFC 9110 evaluation: If-None-Match (``*`` included) before If-Modified-Since; 304 or 412.
        answered = get_conditional_response(request, etag=etag, last_modified=int(version["changed_at"]))
        if answered is not None:
            if answered.status_code == 304:
                self._mark_public(answered, version, etag)
            return answered
        page_key = self._page_key(version, request)
        if page_key:
            stored = cache.get(page_key)
            if stored is not None:
                return self._from_page_cache(stored)
        with pinned_content_version(version):
            response = self.get_response(request)
        if response.status_code == 200 and not self._sets_state(request, response):
            self._mark_public(response, version, etag)
            if page_key and self._fits_page_cache(response):
                cache.set(page_key, (list(response.items()), response.content), page_cache_timeout())
                response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def _is_private(request):
        return request.path.startswith(reverse("admin:index")) or request.user.is_authenticated

    @staticmethod
    def _etag(version, request):
        return '"{}"'.format(hashlib.sha256(f"{version['token']} {request.get_full_path()}".encode()).hexdigest()[:32])

    @staticmethod
    def _page_key(version, request):
        """The page cache key of a GET (None when the page cache is off, or for HEAD).

        The absolute URL, not just the path: feeds, canonical links and the API
        print the scheme and host they were asked under.
        """
        if request.method != "GET" or not page_cache_timeout():
            return None
        url = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()[:32]
        return f"page:{version['token']}:{url}"

    @staticmethod
    def _fits_page_cache(response):
        """Whether a public 200 may be stored: whole (not streamed, as the CSV export is), small, and varying on nothing but the cookie."""
        if response.streaming or len(response.content) > caps.PAGE_CACHE_MAX_BYTES:
            return False
        varies_on = {header.lower() for header in cc_delim_re.split(response.get("Vary", "")) if header}
        return varies_on <= {"cookie"}

    @staticmethod
    def _from_page_cache(stored):
        headers, content = stored
        response = HttpResponse(content, headers=dict(headers))
        response["X-Page-Cache"] = "hit"
        return response

    @staticmethod
    def _sets_state(request, response):
        session = getattr(request, "session", None)
        return bool(
            response.cookies
            or response.has_header("Cache-Control")
            or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            or (session is not None and session.modified)
        )

    @staticmethod
    def _mark_public(response, version, etag):
        response["ETag"] = etag
        response["Last-Modified"] = http_date(int(version["changed_at"]))
        patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE)
        patch_vary_headers(response, ("Cookie",))
