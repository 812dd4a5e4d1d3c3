"""System checks for deployment (``manage.py check --deploy``)."""

from django.conf import settings
from django.core.checks import Tags, Warning, register

PER_PROCESS_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


@register(Tags.caches, deploy=True)
def cache_is_shared_by_workers(app_configs, **kwargs):
    """The content version lives in the cache: a cache private to each worker serves stale pages after a write."""
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if backend not in PER_PROCESS_CACHES:
        return []
    return [
        Warning(
            "The cache is private to each worker process, so after an editor publishes or corrects an article "
            "the workers that did not take the write keep serving the old public pages and counts for up to "
            f"PAGE_CACHE_TIMEOUT ({settings.PAGE_CACHE_TIMEOUT} s).",
            hint="Set CACHE_URL (for example redis://127.0.0.1:6379/1), or silence articles.W001 if the site "
            "runs a single worker process.",
            id="articles.W001",
        )
    ]
