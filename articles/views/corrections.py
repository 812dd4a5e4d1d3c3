"""The corrections page: every correction to a public article, newest first, as newspapers print them daily."""

from django.http import Http404
from django.shortcuts import render

from ..core.conf import caps
from ..core.pagination import BadCursor, Cursor, Source
from ..models import Correction


def corrections(request):
    """One query a page, whatever its size: the corrections and their articles, keyset-paged by date."""
    try:
        before = Cursor.parse(request.GET["before"]) if "before" in request.GET else None
    except BadCursor as error:
        return render(request, "articles/corrections.html", {"error": str(error)}, status=400)
    # The listings' keyset (date, id), newest first: corrections have the same two columns.
    source = Source(Correction.objects.public().select_related("article"))
    shown, more = source.keyset_page(before, caps.CORRECTIONS_PAGE_SIZE, instances=True)
    if before is not None and not shown:
        raise Http404("No corrections before this one.")
    older = str(Cursor.of(shown[-1])) if more else ""
    return render(request, "articles/corrections.html", {"corrections": shown, "older": older, "paged": before})
