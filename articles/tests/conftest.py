import pytest


@pytest.fixture
def no_page_cache(settings):
    """For tests of the views and fragment caches beneath the page cache: every GET runs the view."""
    settings.PAGE_CACHE_TIMEOUT = 0
