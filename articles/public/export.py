"""CSV export of any search: the listing's filters, the matching articles, streamed.

The rows are read in keyset batches of ``caps.EXPORT_BATCH_SIZE`` article ids (an index
range scan from the last row of the previous batch, never an OFFSET), and
each batch's articles, authors and tags are fetched as plain values in three
more queries. Memory and query cost per batch stay constant.

Editors (staff) export every match. Anyone else gets at most
``settings.EXPORT_ANONYMOUS_ROWS`` rows a request (the response says so in
``X-Export-Row-Limit``) and, when more match, a last row saying where the
export stopped with the API query that continues from there; and at most
``settings.EXPORT_RATE_PER_MINUTE`` exports a minute, then 429. A cap rather
than a background job: readers' exports are small, a job queue would be a
new service to run, and the API's cursor already walks any search to its end
at a page's cost per request.

The export is in date order: newest first, or oldest with ``sort=oldest``.
``sort=relevance`` exports newest first too, because relevance ranks only the
newest ``caps.RANK_WINDOW`` matches and an export must reach them all.
"""

import csv
import itertools
from collections import defaultdict

from django.conf import settings
from django.http import QueryDict, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from articles.core.conf import caps
from articles.core.pagination import Cursor
from articles.models import Article, ArticleAuthor, ArticleEntity, Entity
from articles.public.filters import plain_filter_errors, public_filter
from articles.public.throttle import over_budget, too_many_requests

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
    """``value`` as a cell a spreadsheet will not evaluate, however it splits it.

    Lists are joined with ``;``, and a spreadsheet opening the file with
    ``;`` as its delimiter (the default in much of Europe) reads each part as
    a cell of its own: so every ``;``-separated part of every cell, not only
    its start, gets the apostrophe when it (or its first non-blank
    character) would start a formula.
    """
    text = "" if value is None else str(value)
    return ";".join(f"'{part}" if part.lstrip(" ").startswith(FORMULA_STARTS) else part for part in text.split(";"))


def row_batches(source, batch_size):
    """Lists of at most ``batch_size`` ``(id, published_at)`` rows, in the source's order, each one query from the last."""
    cursor = None
    while True:
        rows = list(source.rows(source.after(cursor))[:batch_size])
        if rows:
            yield rows
        if len(rows) < batch_size:
            return
        cursor = Cursor.of(rows[-1])


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


def csv_lines(source, request, batch_size, limit=None, continue_at=None):
    """The CSV, line by line; with ``limit``, at most that many rows and then, if more match,
    a note row linking ``continue_at(last_row)``."""
    writer = csv.writer(Echo())
    yield writer.writerow(COLUMNS)
    written, last = 0, None
    for rows in row_batches(source, batch_size):
        if limit is not None and written + len(rows) > limit:
            rows = rows[: limit - written]
            yield from (writer.writerow(row) for row in batch_rows([pk for pk, _ in rows], request))
            last = rows[-1] if rows else last
            yield writer.writerow([f"# Export stopped at {limit:,} rows. Continue with the API: {continue_at(last)}"])
            return
        yield from (writer.writerow(row) for row in batch_rows([pk for pk, _ in rows], request))
        written, last = written + len(rows), rows[-1]


def api_continuation(request, filterset, sort):
    """A function of the last exported ``(id, published_at)``: the API URL of the rows after it, in the export's order."""

    def url(last):
        query = filterset.data.copy() if filterset.is_bound else QueryDict(mutable=True)
        query["sort"] = sort
        query["cursor"] = str(Cursor.of(last))  # the API's cursor is the pages' own
        return request.build_absolute_uri(f"{reverse('api-article-list')}?{query.urlencode()}")

    return url


@require_GET
def export_csv(request):
    editor = request.user.is_staff
    if not editor and over_budget(request, "export", settings.EXPORT_RATE_PER_MINUTE):
        return too_many_requests("exports", settings.EXPORT_RATE_PER_MINUTE)
    filterset = public_filter(request.GET)
    refused = plain_filter_errors(filterset)
    if refused:
        return refused
    source = filterset.date_ordered_source()
    limit = None if editor else settings.EXPORT_ANONYMOUS_ROWS
    lines = csv_lines(source, request, caps.EXPORT_BATCH_SIZE, limit, api_continuation(request, filterset, source.sort))
    # The header and the first row are read here, so that a database that cannot answer is the
    # view's 503, not a 200 cut short after its headers.
    first = list(itertools.islice(lines, 2))
    response = StreamingHttpResponse(itertools.chain(first, lines), content_type="text/csv; charset=utf-8")
    if limit is not None:
        response["X-Export-Row-Limit"] = str(limit)
    filename = f"newsarchive-{timezone.localdate().isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
