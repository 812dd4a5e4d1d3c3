"""The corrections page: every correction to a public article, newest first, as newspapers print them daily."""

from django.http import Http404
from django.shortcuts import render

from ..models import Correction
from ..pagination import BadCursor, Cursor

PAGE_SIZE = 50


def corrections(request):
    """One query a page, whatever its size: the corrections and their articles, keyset-paged by date."""
    try:
        before = Cursor.parse(request.GET["before"]) if "before" in request.GET else None
    except BadCursor as error:
        return render(request, "articles/corrections.html", {"error": str(error)}, status=400)
    rows = list(Correction.objects.public().newest_first().before(before).select_related("article")[: PAGE_SIZE + 1])
    if before is not None and not rows:
        raise Http404("No corrections before this one.")
    shown = rows[:PAGE_SIZE]
    older = str(Cursor(shown[-1].published_at, shown[-1].pk)) if len(rows) > PAGE_SIZE else ""
    return render(request, "articles/corrections.html", {"corrections": shown, "older": older, "paged": before})
