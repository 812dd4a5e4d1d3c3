"""Every API error as JSON: ``{"errors": {field: [messages]}}``, the request as a whole under ``"__all__"``."""

from django.conf import settings
from django.core.signals import got_request_exception
from django.utils.log import log_response
from rest_framework import status
from rest_framework.exceptions import APIException
from rest_framework.response import Response
from rest_framework.views import exception_handler

from ..middleware import is_database_unavailable


class Gone(APIException):
    """A withdrawn article: 410, with the date and the editors' note (not the headline or the text)."""

    status_code = status.HTTP_410_GONE
    default_detail = "This article was withdrawn."

    def __init__(self, article):
        super().__init__()
        self.extra = {
            "withdrawn": article.withdrawn_at.isoformat() if article.withdrawn_at else None,
            "withdrawal_note": article.withdrawal_note,
        }


def json_errors(exc, context):
    """DRF's handler (404 for ``Http404``, ``Retry-After`` on 429), its answers in the API's shape, and a JSON 500.

    An unexpected exception is logged and signalled as Django does for any
    view; with ``DEBUG`` on it is left to Django's debug page.
    """
    if is_database_unavailable(exc):
        return None  # raised on to the site's middleware, which answers 503 with Retry-After
    response = exception_handler(exc, context)
    if response is None:
        if settings.DEBUG:
            return None
        request = context["request"]._request
        got_request_exception.send(sender=None, request=request)
        response = Response({"detail": "The server failed to answer this request."}, status=500)
        log_response(f"{type(exc).__name__}: {request.path}", response=response, request=request, exception=exc)
    data = response.data
    if isinstance(data, dict) and set(data) == {"detail"}:
        data = {"__all__": [data["detail"]]}
    elif isinstance(data, list):
        data = {"__all__": data}
    response.data = {"errors": data, **getattr(exc, "extra", {})}
    return response
