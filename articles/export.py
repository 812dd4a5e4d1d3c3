"""CSV export of any search: the listing's filters, every matching article, streamed.

No cap: the rows are read in keyset batches of ``BATCH_SIZE`` article ids
(an index range scan from the last row of the previous batch, never an
OFFSET), and each batch's articles, authors and tags are fetched as plain values
in three more queries. Memory and query cost per batch stay constant, so a
million-row export streams as steadily as a ten-row one.

The export is in date order: newest first, or oldest with ``sort=oldest``.
``sort=relevance`` exports newest first too, because relevance ranks only the
newest ``search.RANK_WINDOW`` matches and an export must reach them all.
"""

import csv
from collections import defaultdict

from django.http import HttpResponseBadRequest, StreamingHttpResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from .filters import ArticleFilter
from .models import Article, ArticleAuthor, ArticleEntity, Entity
from .pagination import Cursor

BATCH_SIZE = 2000
ARTICLE_FIELDS = ("id", "published_at", "headline", "byline", "outlet", "source_url", "slug")
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


def filtered(params):
    """The listing's FilterSet over public articles, bound to ``params`` without the paging keys."""
    params = params.copy()
    for key in ("cursor", "page_size", "page", "after", "before"):
        params.pop(key, None)
    return ArticleFilter(params or None, queryset=Article.objects.published())


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


def batch_rows(ids, request):
    """The CSV rows of these articles, in the order of ``ids``: three queries of plain values.

    Tuples rather than model instances: building an article, its credits and
    its tags as objects cost four fifths of the export's time.
    """
    articles = Article.objects.published().filter(id__in=ids).values_list(*ARTICLE_FIELDS)
    authors, countries, others = defaultdict(list), defaultdict(list), defaultdict(list)
    credits = ArticleAuthor.objects.filter(article_id__in=ids).order_by("position", "id")
    for article_id, name in credits.values_list("article_id", "author__name"):
        authors[article_id].append(name)
    tags = ArticleEntity.objects.filter(article_id__in=ids).order_by("first_offset", "id")
    for article_id, kind, iso_code, name in tags.values_list("article_id", "entity__kind", "entity__iso_code", "entity__name"):
        if kind == Entity.Kind.COUNTRY:
            countries[article_id].append(iso_code)
        else:
            others[article_id].append(name)
    position = {pk: index for index, pk in enumerate(ids)}
    for pk, published_at, headline, byline, outlet, source_url, slug in sorted(articles, key=lambda row: position[row[0]]):
        path = Article(published_at=published_at, slug=slug).get_absolute_url()
        cells = [
            published_at.isoformat(), headline, byline, ";".join(authors[pk]), ";".join(countries[pk]),
            ";".join(others[pk]), outlet, source_url, request.build_absolute_uri(path),
        ]
        yield [pk, *(defused(cell) for cell in cells)]


def csv_lines(source, request, batch_size):
    writer = csv.writer(Echo())
    yield writer.writerow(COLUMNS)
    for ids in id_batches(source, batch_size):
        for row in batch_rows(ids, request):
            yield writer.writerow(row)


@require_GET
def export_csv(request):
    filterset = filtered(request.GET)
    if filterset.is_bound and not filterset.is_valid():
        messages = [str(e) for errors in filterset.form.errors.values() for e in errors]
        return HttpResponseBadRequest("\n".join(messages), content_type="text/plain; charset=utf-8")
    response = StreamingHttpResponse(
        csv_lines(filterset.date_ordered_source(), request, BATCH_SIZE), content_type="text/csv; charset=utf-8"
    )
    filename = f"newsarchive-{timezone.localdate().isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
