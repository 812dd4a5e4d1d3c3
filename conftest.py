import os

import pytest


def pytest_configure(config):
    """Parallel workers (pytest-xdist) each get a Redis database of their own.

    Every test empties the cache, and emptying a shared Redis database would
    wipe another worker's content version and pages in the middle of its test.
    """
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")  # gw0, gw1, …
    if not worker:
        return
    from django.conf import settings

    location = settings.CACHES["default"].get("LOCATION", "")
    if isinstance(location, str) and location.startswith(("redis://", "rediss://")):
        base, _, database = location.rpartition("/")
        settings.CACHES["default"]["LOCATION"] = f"{base}/{int(database or 0) + 1 + int(worker.removeprefix('gw'))}"


@pytest.fixture(autouse=True)
def _clear_cache():
    """Each test starts with an empty cache, so cached fragments never leak between tests."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
