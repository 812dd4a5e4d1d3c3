"""Keyset pages for the API: the listing's own ``Source`` and ``Cursor``, a page size, a capped count.

The cursor is the pages' ``after=`` value (``<published time>,<id>``) for
newest and oldest, so the next page is an index range scan from that row
whatever its depth; for relevance, which ranks only the newest
``caps.RANK_WINDOW`` matches, it is an offset inside that window. No
OFFSET beyond the window and no count beyond ``caps.COUNT_CAP``.
"""

from django import forms
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param

from .. import search
from ..core.conf import caps
from ..core.counts import round_estimate
from ..core.pagination import BadCursor, Cursor
from .schema import blank_or, sort_schema

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
CURSOR_DAMAGED = "This cursor is damaged or belongs to another sort order: start again without it."


class PagingForm(forms.Form):
    page_size = forms.IntegerField(
        required=False, min_value=1, max_value=MAX_PAGE_SIZE,
        error_messages={"invalid": f"Enter a whole number of articles per page, from 1 to {MAX_PAGE_SIZE}."},
    )
    cursor = forms.CharField(required=False, max_length=500, error_messages={"max_length": CURSOR_DAMAGED})


def capped(count):
    """``{"value", "relation"}`` from a count taken up to ``caps.COUNT_CAP + 1``: "eq" when exact, "gte" beyond the cap."""
    cap = caps.COUNT_CAP
    return {"value": min(count, cap), "relation": "gte" if count > cap else "eq"}


def listing_count(queryset):
    """:func:`capped` count, or ``"estimate"`` (the database's) when counting would outlast the listing page's budget."""
    counted = search.capped_count_within(queryset, caps.COUNT_CAP, caps.COUNT_BUDGET_MS)
    if counted is None:
        return {"value": round_estimate(search.planner_estimate(queryset) or 0), "relation": "estimate"}
    return capped(counted)


class KeysetPagination(BasePagination):
    """Pages of a filtered listing (the view's ``filterset``): one query for the ids, one for the capped count."""

    def read_parameters(self, request):
        """Read ``page_size`` and ``cursor``; their errors (``{field: [messages]}``), for the view to report with the filters'."""
        form = PagingForm(request.query_params)
        if not form.is_valid():
            return form.errors
        self.page_size = form.cleaned_data["page_size"] or DEFAULT_PAGE_SIZE
        self.cursor_text = form.cleaned_data["cursor"].strip()
        return {}

    def paginate_queryset(self, queryset, request, view=None):
        """The ids of this page's articles, in order (``queryset`` is ``view.filterset.qs``)."""
        filterset = view.filterset
        self.request, self.order = request, filterset.order
        self.count = listing_count(filterset.date_ordered_source().queryset)
        source = filterset.source()
        if self.order == "relevance":
            start = self._offset(self.cursor_text) if self.cursor_text else 0
            window = caps.RANK_WINDOW
            end = min(start + self.page_size, window)
            rows = list(source.rows(source.ordered())[start : end + 1])
            self.next_cursor = str(end) if len(rows) > end - start and end < window else None
            return [row[0] for row in rows[: end - start]]
        page, more = source.keyset_page(self._cursor(self.cursor_text) if self.cursor_text else None, self.page_size)
        self.next_cursor = str(Cursor.of(page[-1])) if more else None
        return [row[0] for row in page]

    @staticmethod
    def _cursor(text):
        try:
            return Cursor.parse(text)
        except BadCursor:
            raise ValidationError({"cursor": [CURSOR_DAMAGED]}) from None

    @staticmethod
    def _offset(text):
        if not text.isdigit() or not 0 < int(text) < caps.RANK_WINDOW:
            raise ValidationError({"cursor": [CURSOR_DAMAGED]})
        return int(text)

    def get_next_link(self):
        if self.next_cursor is None:
            return None
        return replace_query_param(self.request.build_absolute_uri(), "cursor", self.next_cursor)

    def get_paginated_response(self, data):
        body = {"count": self.count, "sort": self.order}
        if self.order == "relevance":
            body["ranked_among_newest"] = caps.RANK_WINDOW
        body["next"] = self.get_next_link()
        body["results"] = data
        return Response(body)

    def get_paginated_response_schema(self, schema):
        return {
            "type": "object",
            "required": ["count", "sort", "next", "results"],
            "properties": {
                "count": {"$ref": "#/components/schemas/Count"},
                "sort": sort_schema(),
                "ranked_among_newest": {
                    "type": "integer",
                    "description": "With relevance: only this many of the newest matches are ranked, and a walk stops there.",
                },
                "next": {"type": "string", "format": "uri", "nullable": True, "description": "The next page, or null at the end."},
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": "page_size", "in": "query", "required": False,
                "description": f"Articles per page, 1 to {MAX_PAGE_SIZE} (default {DEFAULT_PAGE_SIZE}).",
                "schema": blank_or({"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE}),
            },
            {
                "name": "cursor", "in": "query", "required": False,
                "description": "Where the next page starts: take it from `next`, with the same filters and sort.",
                "schema": {"type": "string", "maxLength": 500},
            },
        ]
