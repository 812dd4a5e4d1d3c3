"""The archive-wide *content version*, and the fragments cached under it.

The version is a token in the default cache, replaced after any write that
public pages show commits (an article, a tag, a credit, an entity, an alias,
an author, a correction), or when the next scheduled article's publication
time passes; a bulk writer's changes replace it at most once every few
seconds (``content_changes_coalesced``). ETags, the page cache
(``public/page_cache.py``) and :func:`cached_fragment` all key on it, so
nothing computed before a change is served after it. It must live in a
cache every worker shares (``CACHE_URL``) on a multi-worker site.
"""

import contextvars
import hashlib
import json
import threading
import time
import uuid
from contextlib import contextmanager

from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

from articles.core.db import on_commit_once
from articles.models import Article, ArticleAuthor, ArticleEntity, Author, Correction, Entity, EntityAlias

VERSION_KEY = "archive:content-version"
STALE_KEY = "archive:content-stale-at"  # set by a bulk writer's coalesced change: when the version goes stale
PUBLIC_MAX_AGE = 60
FRAGMENT_TIMEOUT = 600


def _next_scheduled_publication():
    """When the earliest published-but-future article or future-dated correction becomes visible (a timestamp), or None.

    Two indexed look-ups, one per table.
    """
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
    into strings). ``None`` results are cached too. A stored value that no
    longer unpickles (its class moved or was renamed in a deploy) is a miss.
    """
    digest = hashlib.sha256(json.dumps(params, sort_keys=True, default=str).encode()).hexdigest()[:32]
    key = f"fragment:{name}:{content_version()['token']}:{digest}"
    try:
        hit = cache.get(key)
    except (ImportError, AttributeError):
        hit = None
    if hit is not None:
        return hit[0]
    value = compute()
    cache.set(key, (value,), timeout)
    return value


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
    for model in (Article, ArticleEntity, ArticleAuthor, Entity, EntityAlias, Author, Correction):
        post_save.connect(_content_changed, sender=model, dispatch_uid=f"caching-save-{model.__name__}")
        post_delete.connect(_content_changed, sender=model, dispatch_uid=f"caching-delete-{model.__name__}")
    for through in (Article.authors.through, Article.entities.through):
        m2m_changed.connect(_content_changed, sender=through, dispatch_uid=f"caching-m2m-{through.__name__}")


@contextmanager
def pinned_content_version(version):
    """Inside, :func:`content_version` is ``version``: one page never mixes two versions."""
    token = _request_version.set(version)
    try:
        yield
    finally:
        _request_version.reset(token)
