"""Request-wide guards: a lost database answers 503, and anonymous request bodies are bounded."""

import logging

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template import loader

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30


class DatabaseUnavailableMiddleware:
    """A view that loses the database answers 503 with ``Retry-After``, not 500.

    An HTML page for the site, the API's error shape under ``/api/``. Nothing is
    kept: the connection is checked again on the next request
    (``conn_health_checks``), so the site recovers by itself when the
    database does. A statement stopped by ``statement_timeout`` is an
    OperationalError too, and also worth trying again.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        return database_unavailable(request, exception)


def is_database_unavailable(exception):
    """Whether ``exception`` says the database is out of reach (or stopped a statement): worth trying again."""
    return isinstance(exception, (OperationalError, InterfaceError))


def database_unavailable(request, exception):
    """The 503 for an exception that says the database is out of reach; None for any other.

    Under ``/api/`` in the API's own error shape, ``{"errors": {"__all__": [message]}}``.
    """
    if not is_database_unavailable(exception):
        return None
    logger.error("Database unavailable for %s: %s", request.path, exception)
    if request.path.startswith("/api/"):
        message = "The archive's database is unavailable: try again shortly."
        response = JsonResponse({"errors": {"__all__": [message]}}, status=503)
    else:  # like the 500 page: no request, no context processors, nothing that reads the database
        response = HttpResponse(loader.get_template("503.html").render(), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response



class AnonymousBodyLimitMiddleware:
    """A request body over ``ANONYMOUS_BODY_MAX_BYTES`` from anyone not logged in is a 413, unread.

    Django reads a POST's body before the admin can redirect to its login
    page (the CSRF check reads the form), and streams uploads to disk with
    no total limit. The declared
    ``Content-Length`` is all this looks at; a body without one is read as
    empty. Editors' imports (20 MB) are logged in, and keep their own limits.
    Place it after ``AuthenticationMiddleware``.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._declared_length(request) > settings.ANONYMOUS_BODY_MAX_BYTES and not request.user.is_authenticated:
            return HttpResponse(
                f"Request body too large: at most {settings.ANONYMOUS_BODY_MAX_BYTES:,} bytes without logging in.",
                status=413,
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)

    @staticmethod
    def _declared_length(request):
        try:
            return int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return 0
