"""The site's own error pages: 400, 403, 404 in the site's layout; 500 from a template that cannot fail.

Wired as ``handler400`` … ``handler500`` in the root URLconf. Django uses
them whenever ``DEBUG`` is off. The 4xx pages render with the request (the
header's search box, the navigation) but read nothing from the database; the
500 page is rendered with no request and no context processors, and if even
that fails a few lines of plain HTML are sent instead.
"""

import logging
import sys

from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.utils.encoding import escape_uri_path
from django.views.decorators.csrf import requires_csrf_token

from ..core.pagination import PAGE_PARAMS, without_position
from ..middleware import database_unavailable

logger = logging.getLogger(__name__)

# Django's own message for get_object_or_404 names a model; readers are told in plain words instead.
GENERIC_NOT_FOUND = "matches the given query."
FALLBACK_500 = (
    "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Something went wrong — newsarchive</title>"
    "</head><body><h1>Something went wrong</h1><p>Please try again in a moment, or go to the "
    "<a href=\"/\">front page</a>.</p></body></html>"
)

PAGES = {
    400: ("Bad request", "This address asks for something the archive cannot read."),
    403: ("Not allowed", "You do not have permission to see this page."),
    404: ("Page not found", "There is no page at this address: it may have moved, or the link may be mistyped."),
}


def reader_message(exception):
    """The exception's message when it was written for readers (the archive's own ``Http404`` texts), else ''."""
    args = getattr(exception, "args", ())
    message = args[0] if args and isinstance(args[0], str) else ""
    return "" if message.endswith(GENERIC_NOT_FOUND) else message


def first_page_url(request):
    """For a listing asked for a page it does not have: the same search from its first page, else ''."""
    if not any(key in request.GET for key in PAGE_PARAMS):
        return ""
    query = without_position(request.GET)
    path = escape_uri_path(request.path)  # a link: an entity's slug in another script is percent-encoded
    return f"{path}?{query.urlencode()}" if query else path


def render_error(request, status, exception=None):
    title, explanation = PAGES[status]
    context = {
        "status": status,
        "title": title,
        "explanation": explanation,
        "message": reader_message(exception) if status == 404 else "",
        "first_page_url": first_page_url(request) if status == 404 else "",
        "asked_for": request.path,
    }
    template = loader.get_template(f"{status}.html")
    return template.render(context, request)


def _response(status):
    @requires_csrf_token
    def view(request, exception=None):
        return HttpResponse(render_error(request, status, exception), status=status)

    view.__name__ = f"error_{status}"
    return view


bad_request = _response(400)
permission_denied = _response(403)
page_not_found = _response(404)


def server_error(request):
    """The 500 page: a template with no database, no request context and no context processors.

    A database lost before any view ran (another middleware reading a
    session, say) is the middleware's 503 instead: only a view's exceptions
    reach the middleware itself.
    """
    unavailable = database_unavailable(request, sys.exc_info()[1])
    if unavailable is not None:
        return unavailable
    try:
        return HttpResponseServerError(loader.get_template("500.html").render())
    except Exception:  # the page that reports failures must not fail itself
        logger.exception("The 500 page could not be rendered")
        return HttpResponseServerError(FALLBACK_500)
