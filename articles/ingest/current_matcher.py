"""The process-wide matcher for the database vocabulary: built once, rebuilt on every process after an
editor's change (:func:`invalidate_matcher`), and pinned for a batch (:func:`matcher_pinned`)."""

from __future__ import annotations

import contextlib
import contextvars
import threading
import uuid

from .stored_vocabulary import vocabulary_from_database
from .tagging import Matcher

VERSION_CACHE_KEY = "newsarchive:vocabulary-version"
_lock = threading.Lock()
_state: dict[str, object] = {"version": None, "matcher": None}


def _current_version() -> str:
    from django.core.cache import cache  # only here and below: the Matcher itself is used without Django

    version = cache.get(VERSION_CACHE_KEY)
    if version is None:
        cache.add(VERSION_CACHE_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(VERSION_CACHE_KEY)
    return version


# Inside ``matcher_pinned()``: the matcher read on entry, answered without a cache read per call.
_pinned = contextvars.ContextVar("pinned_matcher", default=None)


def get_matcher() -> Matcher:
    """The matcher for the database vocabulary, rebuilt only after :func:`invalidate_matcher`.

    One cache read per call (none inside :func:`matcher_pinned`); the version
    lives in the default cache so that every process (with a shared cache such
    as Redis) notices an edit.
    """
    pinned = _pinned.get()
    if pinned is not None:
        return pinned
    version = _current_version()
    matcher = _state["matcher"]
    if matcher is not None and _state["version"] == version:
        return matcher
    with _lock:
        if _state["matcher"] is None or _state["version"] != version:
            _state["matcher"] = Matcher(vocabulary_from_database())
            _state["version"] = version  # read before building: an edit during the build triggers another
        return _state["matcher"]


@contextlib.contextmanager
def matcher_pinned():
    """One vocabulary for a batch of articles: inside, :func:`get_matcher` answers the matcher it found on
    entry, instead of reading the version from the cache for each article (a round trip to Redis each).
    An edit of the vocabulary inside ends the pin."""
    token = _pinned.set(get_matcher())
    try:
        yield _pinned.get()
    finally:
        _pinned.reset(token)


def invalidate_matcher() -> None:
    """Mark the vocabulary as changed; every process rebuilds its matcher on next use."""
    from django.core.cache import cache  # see _current_version

    cache.set(VERSION_CACHE_KEY, uuid.uuid4().hex, timeout=None)
    _pinned.set(None)
