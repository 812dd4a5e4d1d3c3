"""A per-client request budget kept in the default cache: so many requests a minute, then 429.

A fixed one-minute window per client and scope, counted with the cache's
atomic ``incr`` (Redis in production, shared by every worker; the
local-memory cache counts per worker). The client is the address in
``settings.CLIENT_IP_HEADER``: ``REMOTE_ADDR`` when gunicorn faces readers,
the header the proxy sets (``HTTP_X_REAL_IP``, say) behind one.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

WINDOW = 60


def client_address(request):
    header = getattr(settings, "CLIENT_IP_HEADER", "REMOTE_ADDR")
    return (request.META.get(header) or request.META.get("REMOTE_ADDR") or "unknown").split(",")[0].strip()


def over_budget(request, scope, per_minute):
    """Count this request against the client's ``scope`` budget; True once it exceeds ``per_minute`` (0: no limit)."""
    if not per_minute:
        return False
    key = f"throttle:{scope}:{client_address(request)}:{int(time.time() // WINDOW)}"
    cache.add(key, 0, WINDOW)
    try:
        count = cache.incr(key)
    except ValueError:  # evicted between the two calls
        cache.set(key, 1, WINDOW)
        count = 1
    return count > per_minute


def too_many_requests(what, per_minute):
    """The 429, plain text, with the seconds until the window turns in ``Retry-After``."""
    wait = WINDOW - int(time.time()) % WINDOW
    response = HttpResponse(
        f"Too many {what} from your address: at most {per_minute} a minute. Try again in {wait} seconds.",
        status=429,
        content_type="text/plain; charset=utf-8",
    )
    response["Retry-After"] = str(wait)
    return response
