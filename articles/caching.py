"""HTTP caching for the public archive, and a cache for expensive page fragments.

Everything hangs on one archive-wide *content version*: a token kept in the
default cache and replaced whenever an article, a tag, a credit, an entity,
an alias or an author is saved or deleted (after the transaction commits), or
when the next scheduled article's publication time passes (a background
import job's batches: at most once every few seconds, ``bump_content_version_soon``). So:

* every anonymous GET of a public page carries ``ETag`` (the version and the
  URL), ``Last-Modified`` and ``Cache-Control: public, max-age=60``; a
  conditional GET still fresh by ``If-None-Match`` or ``If-Modified-Since``
  gets ``304`` before any view or query runs (Django's own evaluation);
* :func:`cached_fragment` keys on the version, so facets, charts and counts
  computed before a publication are never served after it;
* the whole page of such a GET is cached too, keyed on the version and the
  absolute URL (scheme, host, path and query string, the latter made
  canonical first by ``canonical.py``), so a warm public page
  costs two cache reads and no query or template; only 200s that set no
  cookie, say nothing private and are neither streamed nor over
  ``caps.PAGE_CACHE_MAX_BYTES`` are stored (``X-Page-Cache: hit`` or ``miss``
  says which);
* logged-in users and the admin get ``Cache-Control: private, no-store``,
  and never meet the page cache.

The version lives in the default cache. With ``CACHE_URL`` (Redis) every
worker process shares it; the local-memory default is per process, which
suits ``runserver`` and the tests, but a multi-worker deployment must set
``CACHE_URL`` or a worker that did not see the save keeps serving its old
fragments and pages for up to ``FRAGMENT_TIMEOUT`` and ``PAGE_CACHE_TIMEOUT``.
"""

import contextvars
import hashlib
import json
import threading
import time
import uuid
from contextlib import contextmanager

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import cc_delim_re, get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date

from .canonical import make_canonical
from .conf import caps
from .db import on_commit_once

VERSION_KEY = "archive:content-version"
STALE_KEY = "archive:content-stale-at"  # set by a bulk writer's coalesced change: when the version goes stale
PUBLIC_MAX_AGE = 60
FRAGMENT_TIMEOUT = 600


def _next_scheduled_publication():
    """When the earliest published-but-future article or future-dated correction becomes visible (a timestamp), or None.

    Two indexed look-ups, one per table.
    """
    from .models import Article, Correction

    now = timezone.now()
    upcoming = [
        queryset.filter(published_at__gt=now).order_by("published_at").values_list("published_at", flat=True).first()
        for queryset in (Article.objects.filter(status=Article.Status.PUBLISHED), Correction.objects.all())
    ]
    upcoming = min((when for when in upcoming if when is not None), default=None)
    return upcoming.timestamp() if upcoming else None


def bump_content_version(*, look_up_schedule=True):
    """Start a new content version: every ETag and cached fragment from before is stale.

    The version also records when it will go stale by itself: at the next
    scheduled publication (one indexed query), or, when started without
    looking (``look_up_schedule=False``, so that a cold cache costs a page no
    query), a minute from now, when that is looked up.
    """
    now = time.time()
    next_publication = now + PUBLIC_MAX_AGE
    if look_up_schedule:
        try:
            next_publication = _next_scheduled_publication()
        except DatabaseError:  # the database is away: look again in a minute (the view answers 503)
            pass
    version = {"token": uuid.uuid4().hex, "changed_at": now, "next_publication": next_publication}
    cache.set(VERSION_KEY, version, timeout=None)
    return version


# The version a public GET started with: its fragments are keyed on it, read from the cache once per
# request instead of once per fragment (a round trip each to Redis), and one page never mixes two versions.
_request_version = contextvars.ContextVar("archive_request_version", default=None)


def content_version():
    """The current version: ``{"token", "changed_at", "next_publication"}``."""
    pinned = _request_version.get()
    if pinned is not None:
        return pinned
    found = cache.get_many([VERSION_KEY, STALE_KEY])  # one round trip
    version, stale_at = found.get(VERSION_KEY), found.get(STALE_KEY)
    if version is None:
        return bump_content_version(look_up_schedule=False)
    if stale_at is not None and time.time() >= stale_at:
        # A bulk writer's changes (``bump_content_version_soon``) are due: deleted first, so that a change
        # noted after this bump arms the key again.
        cache.delete(STALE_KEY)
        return bump_content_version()
    if version["next_publication"] is not None and time.time() >= version["next_publication"]:
        # A scheduled article may just have become public without any write.
        return bump_content_version()
    return version


def bump_content_version_soon(within):
    """A bulk writer's committed change: a new content version now, unless the current one is younger than
    ``within`` seconds; then the current one goes stale when it is that old (the next request starts a new one).

    A background import stores a batch every fraction of a second; a new version for each would make every
    public page a cache miss for as long as it runs. This way the pages show its articles at most ``within``
    seconds late and are rebuilt at most once in that time.
    """
    now = time.time()
    version = cache.get(VERSION_KEY)
    if version is None or now - version["changed_at"] >= within:
        bump_content_version()
        return
    # ``add`` sets only an absent key: the earliest deadline armed stands until a request bumps and deletes it.
    cache.add(STALE_KEY, version["changed_at"] + within, timeout=None)


def cached_fragment(name, params, compute, timeout=FRAGMENT_TIMEOUT):
    """``compute()``, cached under ``name`` and ``params`` for the current content version.

    ``params`` is whatever the fragment depends on (the filter's cleaned
    data, say); it must be JSON-serialisable (dates and the like are turned
    into strings). ``None`` results are cached too.
    """
    digest = hashlib.sha256(json.dumps(params, sort_keys=True, default=str).encode()).hexdigest()[:32]
    key = f"fragment:{name}:{content_version()['token']}:{digest}"
    hit = cache.get(key)
    if hit is not None:
        return hit[0]
    value = compute()
    cache.set(key, (value,), timeout)
    return value


def page_cache_timeout():
    """Seconds a whole public page is kept (``PAGE_CACHE_TIMEOUT``; 0 turns the page cache off)."""
    return getattr(settings, "PAGE_CACHE_TIMEOUT", FRAGMENT_TIMEOUT)


_batch = threading.local()


@contextmanager
def content_changes_batched():
    """Archive writes inside this block start one new content version, when it ends, not one per transaction.

    For bulk writers such as ``import_articles``: each batch of articles costs
    one bump (one query and one cache write) rather than one per article.
    Pages may show the archive as it was before the batch until it ends.
    Inside ``content_changes_coalesced``, the new version may wait a little more.
    """
    _batch.depth = getattr(_batch, "depth", 0) + 1
    try:
        yield
    finally:
        _batch.depth -= 1
        if not _batch.depth and getattr(_batch, "changed", False):
            _batch.changed = False
            within = getattr(_batch, "within", None)
            transaction.on_commit(bump_content_version if within is None else lambda: bump_content_version_soon(within))


@contextmanager
def content_changes_coalesced(within):
    """Inside, the end of each ``content_changes_batched`` block starts a new content version at most once every
    ``within`` seconds (``bump_content_version_soon``): for a background job, whose batches follow each other
    all along."""
    outer = getattr(_batch, "within", None)
    _batch.within = within
    try:
        yield
    finally:
        _batch.within = outer


def _content_changed(sender, **kwargs):
    if getattr(_batch, "depth", 0):
        _batch.changed = True
        return
    on_commit_once("content_version", bump_content_version)  # once per transaction, not per saved row


def connect_signals():
    """Bump the version whenever what public pages show changes; called from ``apps.py``."""
    from .models import Article, ArticleAuthor, ArticleEntity, Author, Correction, Entity, EntityAlias

    for model in (Article, ArticleEntity, ArticleAuthor, Entity, EntityAlias, Author, Correction):
        post_save.connect(_content_changed, sender=model, dispatch_uid=f"caching-save-{model.__name__}")
        post_delete.connect(_content_changed, sender=model, dispatch_uid=f"caching-delete-{model.__name__}")
    for through in (Article.authors.through, Article.entities.through):
        m2m_changed.connect(_content_changed, sender=through, dispatch_uid=f"caching-m2m-{through.__name__}")


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
        pinned = _request_version.set(version)
        try:
            response = self.get_response(request)
        finally:
            _request_version.reset(pinned)
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
