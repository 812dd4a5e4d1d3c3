import gc
import os

import pytest


def pytest_configure(config):
    """Tests hash passwords with MD5, ignore collected static files, and parallel workers (pytest-xdist) each get a
    Redis database of their own.

    Django's default hasher is slow on purpose and the tests create hundreds of users (the live server
    reads the same settings); no test is about the strength of the hash.

    Every test empties the cache, and emptying a shared Redis database would
    wipe another worker's content version and pages in the middle of its test.
    """
    from django.conf import settings

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Static files come through the finders, as on a fresh clone: a STATIC_ROOT collected by `make run` would change
    # the pages' asset names and have WhiteNoise index every collected file again for each test client.
    settings.STATIC_ROOT = settings.BASE_DIR / "var" / "no-collected-static-in-tests"
    config.option.loadscopereorder = False  # pytest-xdist keeps the order of the files set below
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")  # gw0, gw1, …
    if not worker:
        return

    location = settings.CACHES["default"].get("LOCATION", "")
    if isinstance(location, str) and location.startswith(("redis://", "rediss://")):
        base, _, database = location.rpartition("/")
        settings.CACHES["default"]["LOCATION"] = f"{base}/{int(database or 0) + 1 + int(worker.removeprefix('gw'))}"


def pytest_collection_finish(session):
    """The garbage collector of each test process leaves out what start and collection built, and runs its first
    generation after 100,000 new objects instead of 700.

    What they built (Django's apps, the product's modules and compiled patterns) lives as long as the process, as do
    the tables the tagger and the parser build on first use, and each pass walked them again while the tests
    allocate fast (pages rendered and parsed, corpora built). Cycles are still collected, only less often; no test
    is about when.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(100_000, 50, 100)


SLOW_MARKERS = ("browser", "slow")
BROWSER_TESTS = "articles/tests/browser/"


@pytest.hookimpl(tryfirst=True, optionalhook=True)  # before pytest-xdist's own choice of scheduler
def pytest_xdist_make_scheduler(config, log):
    """``--dist loadfile``, except that the browser tests' files go to one worker together.

    Each worker that runs any of them starts a Chromium of its own and loads the vocabulary and builds the browser
    archive again; left to loadfile, the files go to whichever worker is free, so often to both.
    """
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class BrowserFilesTogether(LoadFileScheduling):
        def _split_scope(self, nodeid):
            return BROWSER_TESTS if nodeid.startswith(BROWSER_TESTS) else super()._split_scope(nodeid)

    return BrowserFilesTogether(config, log)


@pytest.hookimpl(trylast=True)  # after any plugin that shuffles the tests
def pytest_collection_modifyitems(items):
    """Files marked slow or browser first, then the others by their number of tests, most first.

    Parallel workers (``--dist loadfile``) take whole files from this order as they become free: a long
    file handed out last would leave one worker running it alone while the other waits. Within each group
    the collection order is kept.
    """
    files = {}
    for item in items:
        files.setdefault(item.path, []).append(item)

    def heavy_first(tests):
        slow = any(test.get_closest_marker(marker) for test in tests for marker in SLOW_MARKERS)
        return (not slow, -len(tests))

    items[:] = [test for tests in sorted(files.values(), key=heavy_first) for test in tests]


@pytest.fixture(autouse=True)
def _clear_cache():
    """Each test starts with an empty cache, so cached fragments never leak between tests."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
