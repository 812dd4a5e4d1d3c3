"""CSV export of any search: the listing's filters, every matching article, streamed.

No cap: the rows are read in keyset batches of ``BATCH_SIZE`` article ids
(an index range scan from the last row of the previous batch, never an
OFFSET), and each batch's articles, authors and tags are fetched in three
more queries. Memory and query cost per batch stay constant, so a
million-row export streams as steadily as a ten-row one.

The export is in date order: newest first, or oldest with ``sort=oldest``.
``sort=relevance`` exports newest first too, because relevance ranks only the
newest ``search.RANK_WINDOW`` matches and an export must reach them all.
"""

import csv

from django.http import HttpResponseBadRequest, StreamingHttpResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from .api import date_ordered_source, filtered
from .api_serializers import articles_in_order
from .models import Entity
from .pagination import Cursor

BATCH_SIZE = 2000
COLUMNS = ["id", "published", "headline", "byline", "authors", "countries", "entities", "outlet", "source_url", "url"]
# A spreadsheet treats a cell starting with one of these as a formula (and a
# leading tab or carriage return can hide one), so a headline such as
# "=HYPERLINK(...)" from a scraped page could run in a researcher's
# spreadsheet. Such cells get a leading apostrophe, which spreadsheets show
# as text (OWASP's advice for CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class Echo:
    """A file-like object whose ``write`` hands the line back, so csv.writer can feed a generator."""

    def write(self, value):
        return value


def defused(value):
    """``value`` as a cell a spreadsheet will not evaluate."""
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def id_batches(source, batch_size):
    """Lists of at most ``batch_size`` article ids, in the source's order, each one query from the last."""
    ordered = source.ordered()
    while True:
        rows = list(source.rows(ordered)[:batch_size])
        if rows:
            yield [row[0] for row in rows]
        if len(rows) < batch_size:
            return
        last_id, last_published = rows[-1]
        ordered = source.beyond(Cursor(last_published, last_id))


def article_row(article, request):
    countries = [t.entity.iso_code for t in article.api_tags if t.entity.kind == Entity.Kind.COUNTRY]
    others = [t.entity.name for t in article.api_tags if t.entity.kind != Entity.Kind.COUNTRY]
    cells = [
        article.published_at.isoformat(),
        article.headline,
        article.byline,
        ";".join(credit.author.name for credit in article.api_credits),
        ";".join(countries),
        ";".join(others),
        article.outlet,
        article.source_url,
        request.build_absolute_uri(article.get_absolute_url()),
    ]
    return [article.pk, *(defused(cell) for cell in cells)]


def csv_lines(source, request, batch_size):
    writer = csv.writer(Echo())
    yield writer.writerow(COLUMNS)
    for ids in id_batches(source, batch_size):
        for article in articles_in_order(ids):
            yield writer.writerow(article_row(article, request))


@require_GET
def export_csv(request):
    filterset = filtered(request.GET)
    if filterset.is_bound and not filterset.is_valid():
        messages = [str(e) for errors in filterset.form.errors.values() for e in errors]
        return HttpResponseBadRequest("\n".join(messages), content_type="text/plain; charset=utf-8")
    response = StreamingHttpResponse(
        csv_lines(date_ordered_source(filterset), request, BATCH_SIZE), content_type="text/csv; charset=utf-8"
    )
    filename = f"newsarchive-{timezone.localdate().isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
