"""The corrections page: every correction to a public article, newest first, as newspapers print them daily."""

from django.http import Http404
from django.shortcuts import render

from ..conf import caps
from ..models import Correction
from ..pagination import BadCursor, Cursor, Source


def corrections(request):
    """One query a page, whatever its size: the corrections and their articles, keyset-paged by date."""
    try:
        before = Cursor.parse(request.GET["before"]) if "before" in request.GET else None
    except BadCursor as error:
        return render(request, "articles/corrections.html", {"error": str(error)}, status=400)
    # The listings' keyset (date, id), newest first: corrections have the same two columns.
    source = Source(Correction.objects.public().select_related("article"))
    page_size = caps.CORRECTIONS_PAGE_SIZE
    rows = list((source.ordered() if before is None else source.beyond(before))[: page_size + 1])
    if before is not None and not rows:
        raise Http404("No corrections before this one.")
    shown = rows[:page_size]
    older = str(Cursor(shown[-1].published_at, shown[-1].pk)) if len(rows) > page_size else ""
    return render(request, "articles/corrections.html", {"corrections": shown, "older": older, "paged": before})
