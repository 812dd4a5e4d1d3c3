"""Pagination that costs the same on page 1 and page 50,000.

Page numbers are offered up to ``caps.NUMBERED_PAGES`` (an OFFSET of at most
that many pages of rows, cheap); past that, and whenever a reader
follows "Older"/"Newer", the page is found by a keyset cursor
``?after=<published_at>,<id>`` — an index range scan from that row, never
a deep OFFSET. Counting stops at ``caps.COUNT_CAP`` (a LIMITed subquery);
what a listing reports beyond it is a :class:`Tally` (see
``ArticleFilter.tally``).
"""

import datetime
import math
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404

from articles.core.conf import caps

PER_PAGE = 20
# Where a page is in a listing: never part of its filter. The pages use the first three, the API all.
PAGE_PARAMS = ("page", "after", "before")
POSITION_PARAMS = (*PAGE_PARAMS, "cursor", "page_size")
# The dates a reader may ask for, in filters, archive URLs and cursors: far enough either way for any
# news, and far from the calendar's ends, where a day more or a time-zone shift overflows.
EARLIEST = datetime.datetime(1800, 1, 1, tzinfo=datetime.UTC)
LATEST = datetime.datetime(2100, 12, 31, 23, 59, 59, tzinfo=datetime.UTC)
# The largest id a bigint holds.
MAX_ID = 2**63 - 1


def without_position(params, keys=PAGE_PARAMS):
    """A mutable copy of the query ``params`` less where a page is in the listing."""
    params = params.copy()
    for key in keys:
        params.pop(key, None)
    return params


@dataclass(frozen=True)
class Tally:
    """How many articles a listing holds: exactly, or beyond the count cap an estimate, or only "more than"."""

    value: int
    exact: bool = True
    at_least: bool = False  # ``value`` is a lower bound: the count stopped there and no estimate was better


class BadCursor(ValueError):
    """An ``after``/``before`` value that is not ``<ISO timestamp>,<id>``."""


@dataclass(frozen=True)
class Cursor:
    published_at: datetime.datetime
    id: int

    def __str__(self):
        return f"{self.published_at.isoformat()},{self.id}"

    @classmethod
    def parse(cls, text):
        """A cursor from ``<ISO timestamp with offset>,<id>``: ``BadCursor`` for anything a page link could not hold."""
        stamp, _, ident = (text or "").rpartition(",")
        try:
            published_at = datetime.datetime.fromisoformat(stamp.strip().replace(" ", "+"))
            ident = int(ident)
            if published_at.tzinfo is None or not EARLIEST <= published_at <= LATEST or not 1 <= ident <= MAX_ID:
                raise ValueError
            # In UTC: PostgreSQL refuses offsets beyond ±15:59, and one near the ends of time overflows.
            published_at = published_at.astimezone(datetime.timezone.utc)
        except (ValueError, OverflowError):
            raise BadCursor("This page link is damaged: start again from the first page.") from None
        return cls(published_at, ident)

    @classmethod
    def of(cls, row):
        """The cursor at ``row``: an ``(id, published_at)`` pair as ``Source.rows`` reads them, or a model instance."""
        if isinstance(row, tuple):
            return cls(row[1], row[0])
        return cls(row.published_at, row.pk)


def capped_count(queryset, cap=None):
    """``queryset``'s rows counted exactly up to ``cap + 1`` (``caps.COUNT_CAP + 1`` by default) and no further.

    A LIMITed subquery stops the database there, so a common country costs no
    more than a rare one; a result above ``cap`` means "more than ``cap``".
    """
    cap = caps.COUNT_CAP if cap is None else cap
    return queryset.order_by()[: cap + 1].count()


class _DateSorted:
    @property
    def keyset(self):
        """Whether the rows are in date order, so that a cursor can say where a page starts (relevance cannot)."""
        return self.sort in ("newest", "oldest")


@dataclass
class Source(_DateSorted):
    """Where a listing's rows come from: a queryset, its id and date columns, and the sort.

    ``queryset`` may be of articles or of tag rows (``article_id``,
    ``article_published_at``): either way the page is a list of article ids,
    fetched afterwards in one query.
    """

    queryset: object
    sort: str = "newest"
    id_field: str = "id"
    date_field: str = "published_at"

    def ordered(self, reverse=False):
        if not self.keyset:
            return self.queryset  # relevance: the search module ordered it
        descending = (self.sort == "newest") != reverse
        sign = "-" if descending else ""
        return self.queryset.order_by(f"{sign}{self.date_field}", f"{sign}{self.id_field}")

    def beyond(self, cursor, reverse=False):
        """Rows strictly after ``cursor`` in this order (or before it, with ``reverse``)."""
        descending = (self.sort == "newest") != reverse
        op = "lt" if descending else "gt"
        # The first condition is implied by the second, but only it can bound
        # the date index's range scan: without it the database reads every
        # row newer than the cursor to reach page 5,000.
        return self.ordered(reverse).filter(
            Q(**{f"{self.date_field}__{op}e": cursor.published_at}),
            Q(**{f"{self.date_field}__{op}": cursor.published_at})
            | Q(**{self.date_field: cursor.published_at, f"{self.id_field}__{op}": cursor.id}),
        )

    def after(self, cursor=None, reverse=False):
        """This order from its start, or from just past ``cursor`` (an index range scan either way)."""
        return self.ordered(reverse) if cursor is None else self.beyond(cursor, reverse)

    def keyset_page(self, cursor=None, size=PER_PAGE, reverse=False, instances=False):
        """``(rows, more)``: up to ``size`` rows after ``cursor`` and whether more follow; one query.

        Rows are ``(id, published_at)`` pairs, or with ``instances`` the
        queryset's own objects; :meth:`Cursor.of` gives the cursor at any of them.
        """
        queryset = self.after(cursor, reverse)
        rows = list((queryset if instances else self.rows(queryset))[: size + 1])
        return rows[:size], len(rows) > size

    def rows(self, queryset):
        return queryset.values_list(self.id_field, self.date_field)

    def capped_count(self):
        return capped_count(self.queryset)


@dataclass
class Listed(_DateSorted):
    """A listing whose rows are already known (from the fragment cache): ``[(id, published_at)]`` in its order.

    ``paginate`` slices it like a queryset, so page numbers, next links and
    cursors come out as from the ``Source`` it was read from. Only for
    numbered pages that lie inside ``rows_in_order`` (with one row to spare,
    to know whether another page follows) or when it holds every row.
    """

    rows_in_order: list
    sort: str = "newest"

    def ordered(self, reverse=False):
        return self.rows_in_order

    def rows(self, rows):
        return rows


@dataclass
class Page:
    ELLIPSIS = Paginator.ELLIPSIS  # a gap in ``page_range``

    ids: list
    count: int
    per_page: int
    number: int | None = None
    next_params: dict | None = None
    previous_params: dict | None = None
    page_range: list = field(default_factory=list)

    @property
    def has_next(self):
        return self.next_params is not None

    @property
    def has_previous(self):
        return self.previous_params is not None

    @property
    def has_other_pages(self):
        return self.has_next or self.has_previous

    @property
    def start_index(self):
        return (self.number - 1) * self.per_page + 1 if self.number else None

    @property
    def end_index(self):
        return self.start_index + len(self.ids) - 1 if self.number else None


def page_number(value):
    """``?page=`` as an int, or 404 for anything that is not a page we offer."""
    if value in (None, ""):
        return 1
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise Http404("That page number is not a number.") from None
    if number < 1:
        raise Http404("Pages start at 1.")
    if number > caps.NUMBERED_PAGES:
        raise Http404(f"Page numbers stop at {caps.NUMBERED_PAGES}; follow the “Older” links to go further.")
    return number


def numbered_range(current, last):
    """Page numbers to link, ``Page.ELLIPSIS`` standing for a gap: 1 … 4 5 [6] 7 8 … 50 (none for a single page)."""
    if last <= 1:
        return []
    return list(Paginator(range(last), 1).get_elided_page_range(current, on_each_side=2, on_ends=1))


def paginate(source, *, page=None, after=None, before=None, per_page=PER_PAGE, count=None):
    """One page of article ids from ``source``: two queries (a capped count, the ids).

    ``count`` is ``source.capped_count()`` when the caller already knows it
    (from the fragment cache, say); the page then costs one query. Raises
    :class:`BadCursor` for a damaged cursor and ``Http404`` for a page past
    the end.
    """
    count = source.capped_count() if count is None else count
    count = min(count, caps.COUNT_CAP)
    last_numbered = max(1, min(caps.NUMBERED_PAGES, math.ceil(count / per_page)))

    if source.keyset and (after or before):
        reverse = bool(before) and not after
        rows, more = source.keyset_page(Cursor.parse(after or before), per_page, reverse=reverse)
        if reverse:
            rows.reverse()
        if not rows:
            raise Http404("There are no more articles in this direction.")
        first, last = Cursor.of(rows[0]), Cursor.of(rows[-1])
        older_exists = more if not reverse else True
        newer_exists = True if not reverse else more
        return Page(
            ids=[row[0] for row in rows],
            count=count,
            per_page=per_page,
            next_params={"after": str(last)} if older_exists else None,
            previous_params={"before": str(first)} if newer_exists else None,
            page_range=numbered_range(1, last_numbered),
        )

    number = page_number(page)
    if number > 1 and (number - 1) * per_page >= count:
        raise Http404("There is no page with that number.")
    offset = (number - 1) * per_page
    rows = list(source.rows(source.ordered())[offset : offset + per_page + 1])
    more = len(rows) > per_page
    rows = rows[:per_page]
    next_params = None
    if more:
        if number < last_numbered or not source.keyset:
            next_params = {"page": number + 1} if number < caps.NUMBERED_PAGES else None
        else:
            next_params = {"after": str(Cursor.of(rows[-1]))}
    return Page(
        ids=[row[0] for row in rows],
        count=count,
        per_page=per_page,
        number=number,
        next_params=next_params,
        previous_params={"page": number - 1} if number > 1 else None,
        page_range=numbered_range(number, last_numbered),
    )
