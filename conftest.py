import os

import pytest


def pytest_configure(config):
    """Tests hash passwords with MD5, and parallel workers (pytest-xdist) each get a Redis database of their own.

    Django's default hasher is slow on purpose and the tests create hundreds of users (the live server
    reads the same settings); no test is about the strength of the hash.

    Every test empties the cache, and emptying a shared Redis database would
    wipe another worker's content version and pages in the middle of its test.
    """
    from django.conf import settings

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")  # gw0, gw1, …
    if not worker:
        return

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
