"""A listing's count, page, facets and chart: what the listing pages show beside their filter.

Built from the filter and the reader's position, then asked for what the page
shows. A first visit reads the listing's newest rows once (the *window*: the
page when it lies inside, the relevance ranking, the facet sample, and the
count when it holds every match); the facets are then one grouped
statement over that sample, the chart its rows' dates, and a count past the window is the
planner's estimate (the page says "about"). Each result is cached per filter
(``caching.cached_fragment``), so later pages and visits read them back.
"""

from functools import cached_property

from django.utils import timezone

from articles import search
from articles.core.caching import cached_fragment
from articles.core.conf import caps
from articles.core.db import quick_timestamps
from articles.core.counts import counts_are_by_local_month, public_article_count, round_estimate
from articles.core.pagination import PER_PAGE, Listed, Tally, capped_count, page_number, paginate
from articles.public.charts import build_chart, daily_counts, entity_chart
from articles.public.facets import Facet, FacetValue, grouped_facets

FILTERING = ("q", "country", "entity", "author", "date_from", "date_to")


class Listing:
    """What one listing page shows for ``filterset`` (valid) at ``position`` (the query string's page keys).

    ``key``: what the listing's cached fragments depend on (its path and
    filter, not its page). Raises ``pagination.BadCursor`` and ``Http404``
    from :attr:`page` for a damaged cursor or a page past the end.
    """

    def __init__(self, filterset, position, key):
        self.filterset = filterset
        self.position = position
        self.key = key
        self.text = filterset.text
        self.order = filterset.order
        cleaned = filterset.cleaned
        self.date_from, self.date_to = cleaned.get("date_from"), cleaned.get("date_to")
        narrowed = filterset.is_bound and any(cleaned.get(name) for name in FILTERING)
        # The unfiltered listing changes with every publication, so it may count a smaller sample.
        self.sample_size = caps.FACET_SAMPLE if narrowed else caps.LATEST_FACET_SAMPLE
        if self.text:
            # A search's window is its relevance window: its facets count those matches, a sample
            # as good as a larger one and read once.
            self.window_size = caps.RANK_WINDOW
            self.sample_size = min(self.sample_size, self.window_size)
        else:
            self.window_size = self.sample_size
        self._window = None

    # The one pass over the listing's newest rows.

    @property
    def window(self):
        """``[(id, published_at[, rank])]``: the newest ``window_size`` rows, read once per request.

        A search's window is cached for its filter (searching again is what a
        warm search page must not do); other listings read theirs only when
        the count, facets or chart are not cached, and pages then come from
        their indexes.
        """
        if self._window is None:
            ranked = self.order == "relevance"

            def read():
                with quick_timestamps(self.filterset.qs.db):  # a thousand dates: decoded in C, not in Python
                    return self.filterset.newest_rows(self.window_size, ranked=ranked)

            if self.text:
                unsorted = [pair for pair in self.key["filter"] if pair[0] != "sort"]
                self._window = cached_fragment(
                    "listing-window", {**self.key, "filter": unsorted, "ranked": ranked, "size": self.window_size}, read
                )
            else:
                self._window = read()
        return self._window

    @property
    def window_is_everything(self):
        return len(self.window) < self.window_size

    # What the page shows.

    @cached_property
    def tally(self):
        return cached_fragment("listing-tally", {**self.key, "size": self.window_size}, self._count)

    def _count(self):
        """Exact when it costs little; past the window and ``caps.CHEAP_COUNT``, the planner's estimate (or "more than")."""
        tag = self.filterset.single_tag()
        if tag is not None and counts_are_by_local_month():
            # Exact from the monthly counts: the exact chart's own, when it has them, so none is read twice.
            return Tally(self.chart.counted if self.chart.exact else public_article_count(tag.pk, self.date_from, self.date_to))
        if self.window_is_everything:
            return Tally(len(self.window))
        estimate = search.planner_estimate(self.filterset.qs)
        if estimate is None:  # SQLite keeps no statistics: count, as far as the cap
            counted = capped_count(self.filterset.qs)
            if counted <= caps.COUNT_CAP:
                return Tally(counted)
            return Tally(caps.COUNT_CAP, exact=False, at_least=True)
        cheap = caps.CHEAP_COUNT
        if estimate <= cheap:
            counted = capped_count(self.filterset.qs, cheap)
            if counted <= cheap:
                return Tally(counted)
            return Tally(cheap, exact=False, at_least=True)
        if estimate > len(self.window):
            return Tally(round_estimate(estimate), exact=False)
        return Tally(len(self.window), exact=False, at_least=True)

    @cached_property
    def page(self):
        count = self.tally.value
        if self.order == "relevance":
            count = min(count, caps.RANK_WINDOW)  # relevance pages run through the ranked window only
        return paginate(
            self._known_rows() or self.filterset.source(),
            page=self.position.get("page"),
            after=self.position.get("after"),
            before=self.position.get("before"),
            count=count,
        )

    def _known_rows(self):
        """The window as a ``Listed`` when it holds the page asked for (and is at hand); else None.

        Relevance: always (it ranks exactly the window). Newest first: numbered
        pages inside it. Oldest first: only when it is every match. "Older" and
        "Newer" cursors search the database's indexes.
        """
        if self.position.get("after") or self.position.get("before"):
            return None
        if not self.text and self._window is None:
            return None  # a warm listing: its page from the index is cheaper than reading the window
        if self.order == "relevance":
            return Listed(search.by_rank(self.window), "relevance")
        if self.order == "oldest":
            return Listed([row[:2] for row in reversed(self.window)], "oldest") if self.window_is_everything else None
        rows_needed = page_number(self.position.get("page")) * PER_PAGE + 1  # one more tells if another page follows
        if self.window_is_everything or rows_needed <= len(self.window):
            return Listed([row[:2] for row in self.window], "newest")
        return None

    @cached_property
    def summary(self):
        """(facets, chart): from the window's newest ``sample_size`` rows, in one statement (two for an exact chart)."""
        key = {**self.key, "today": timezone.localdate().isoformat()}  # an open-ended chart runs to today
        return cached_fragment("listing-summary", key, self._summarise)

    def _summarise(self):
        sample = self.window[: self.sample_size]
        facets = grouped_facets(search.id_list([row[0] for row in sample]))
        tag = self.filterset.single_tag()
        chart = entity_chart(tag.pk, self.date_from, self.date_to) if tag is not None else None
        if chart is not None:  # exact, from the monthly counts: its buckets give the years too
            years = {}
            for bucket in chart.buckets:
                years[bucket.start.year] = years.get(bucket.start.year, 0) + bucket.count
        else:
            days = daily_counts(row[1] for row in sample)
            chart = build_chart(days, self.date_from, self.date_to)
            years = {}
            for day, n in days.items():
                years[day.year] = years.get(day.year, 0) + n
        rows = [FacetValue(str(year), str(year), n) for year, n in sorted(years.items(), reverse=True) if n]
        return [*facets, Facet("year", "Years", rows)], chart

    @property
    def facets(self):
        return self.summary[0]

    @property
    def chart(self):
        return self.summary[1]

    @property
    def sampled(self):
        """Whether more articles match than the facets count."""
        return self.tally.value > self.sample_size or not self.tally.exact  # an estimate: the window was full

    def context(self):
        """The template's view of it."""
        self.summary  # first: on a first visit it reads the window, which then gives the count and page  # noqa: B018
        return {
            "tally": self.tally,
            "page": self.page,
            "count_cap": caps.COUNT_CAP,
            "counted_up_to": self.window_size,
            "rank_window": caps.RANK_WINDOW,
            "facet_sample": self.sample_size,
            "facets_sampled": self.sampled,
            "facets": self.facets,
            "chart": self.chart,
            "chart_sampled": self.sampled and not self.chart.exact,
            "sort": self.order,
        }
