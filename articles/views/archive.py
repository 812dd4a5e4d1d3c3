"""The countries index, the date archives and robots.txt."""

import calendar
import datetime
from dataclasses import dataclass

from django.db.models import Count
from django.db.models.functions import ExtractMonth
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.views.generic import TemplateView
from django.views.generic.dates import DayArchiveView, MonthArchiveView, YearArchiveView

from ..core.caching import cached_fragment
from ..core.counts import countries_with_counts
from ..models import Article
from ..worldmap import CoverageMap, Covered


class CountryIndexView(TemplateView):
    """Every country: on a map and by coverage, most articles first, with the ones never written about folded away."""

    template_name = "articles/country_list.html"

    def get_context_data(self, **kwargs):
        countries = countries_with_counts()
        covered = sorted((c for c in countries if c.article_count), key=lambda c: (-c.article_count, c.name))
        coverage = CoverageMap(
            [Covered(c.iso_code, c.name, c.article_count, c.url) for c in covered], caption="Articles per country"
        )
        return super().get_context_data(
            countries=countries,
            covered=covered,
            uncovered=[c for c in countries if not c.article_count],
            coverage=coverage,
            **kwargs,
        )


class ArchiveMixin:
    """What every date archive shares: public articles, dated by publication, months as numbers."""

    date_field = "published_at"
    month_format = "%m"
    allow_empty = False  # so next/previous skip periods without articles
    allow_future = False
    paginate_by = 50

    def get_queryset(self):
        # Plain rows: Django also uses this queryset to find the next and
        # previous periods, which need no authors or tags.
        return Article.objects.published().newest_first()

    def get_dated_items(self):
        date_list, articles, extra = super().get_dated_items()
        return date_list, articles.for_cards(), extra

    def get_paginator(self, queryset, *args, **kwargs):
        paginator = super().get_paginator(queryset, *args, **kwargs)
        paginator.count = self.article_count(queryset)
        return paginator

    def article_count(self, queryset):
        return cached_fragment("archive-count", {"path": self.request.path}, queryset.count)

    def _adjacent(self, which, date):
        """The next or previous period with articles (one query each), cached for this page."""
        find = getattr(super(), which)
        return cached_fragment("archive-adjacent", {"path": self.request.path, "which": which}, lambda: find(date))

    def get_next_year(self, date):
        return self._adjacent("get_next_year", date)

    def get_previous_year(self, date):
        return self._adjacent("get_previous_year", date)

    def get_next_month(self, date):
        return self._adjacent("get_next_month", date)

    def get_previous_month(self, date):
        return self._adjacent("get_previous_month", date)

    def get_next_day(self, date):
        return self._adjacent("get_next_day", date)

    def get_previous_day(self, date):
        return self._adjacent("get_previous_day", date)


class PeriodCountsMixin:
    """A year or a month, drawn from its counts per month or per day (one cached query), which also say whether it has any."""

    def period_counts(self):
        """{first day of the month, or the day: public articles} for those that have any."""
        raise NotImplementedError

    def get_dated_queryset(self, **lookup):
        """The period's public articles, not read here.

        Django checks that a period has articles by reading its queryset (every
        article of a year when the view does not paginate); ``get_date_list``
        answers 404 from the counts instead.
        """
        return self.get_queryset().filter(**lookup)

    def get_date_list(self, queryset, date_type=None, ordering="ASC"):
        dates = sorted(self.period_counts(), reverse=ordering == "DESC")
        if not dates and not self.get_allow_empty():
            raise Http404("No articles in this period.")
        return dates


class ArchiveYearView(PeriodCountsMixin, ArchiveMixin, YearArchiveView):
    template_name = "articles/archive_year.html"
    make_object_list = False  # the year page lists its months with counts, not articles
    paginate_by = None

    def period_counts(self):
        year = int(self.get_year())
        return cached_fragment("archive-month-counts", {"year": year}, lambda: articles_per_month(year))

    def get_context_data(self, **kwargs):
        year = int(self.get_year())
        counts = self.period_counts()
        return super().get_context_data(
            month_counts=sorted(counts.items()),
            year_total=sum(counts.values()),
            months=twelve_months(year, counts),
            **kwargs,
        )


@dataclass(frozen=True)
class Period:
    """A month of the year page or a day of the month's calendar: its date, articles, and a 0–100 share of the busiest."""

    start: datetime.date
    count: int
    share: int = 0
    in_period: bool = True
    url: str = ""  # its own archive page, when it has articles

    @property
    def count_text(self):
        return f"{self.count:,}"


def twelve_months(year, month_counts):
    """Every month of ``year``, those without articles too, with its count (``month_counts``: {first day: n})."""
    counts = {month.month: n for month, n in month_counts.items()}
    peak = max(counts.values(), default=0) or 1
    year_url = reverse("archive-year", args=[year])  # a month's page is its year's and the month's number
    return [
        Period(datetime.date(year, m, 1), n, round(100 * n / peak), url=f"{year_url}{m:02d}/" if n else "")
        for m, n in ((m, counts.get(m, 0)) for m in range(1, 13))
    ]


def articles_per_day(year, month):
    """{date: public articles} for the days of a month that have any: one grouped query."""
    start = datetime.date(year, month, 1)
    end = datetime.date(year, month, calendar.monthrange(year, month)[1])
    return Article.objects.published().published_in_days(start, end).count_by_day()


def month_calendar(year, month, day_counts):
    """The month as weeks of seven days, Monday first; days outside the month are padding."""
    peak = max(day_counts.values(), default=0) or 1
    month_url = reverse("archive-month", args=[year, f"{month:02d}"])  # a day's page is its month's and the day's number

    def period(day):
        n = day_counts.get(day, 0)
        return Period(day, n, round(100 * n / peak), day.month == month, f"{month_url}{day.day:02d}/" if n else "")

    return [[period(day) for day in week] for week in calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)]


def articles_per_month(year):
    """{first day of the month: public articles} for the months of ``year`` that have any: one query."""
    start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    months = (
        Article.objects.published()
        .published_in_days(start, end)
        .annotate(month=ExtractMonth("published_at", tzinfo=timezone.get_current_timezone()))
        .values("month")
        .annotate(n=Count("id"))
        .order_by("month")
    )
    return {datetime.date(year, row["month"], 1): row["n"] for row in months}


class ArchiveMonthView(PeriodCountsMixin, ArchiveMixin, MonthArchiveView):
    template_name = "articles/archive_month.html"

    def period_counts(self):
        year, month = int(self.get_year()), int(self.get_month())
        return cached_fragment("archive-day-counts", {"year": year, "month": month}, lambda: articles_per_day(year, month))

    def article_count(self, queryset):
        return sum(self.period_counts().values())  # the month's articles, already counted by day

    def get_context_data(self, **kwargs):
        counts = self.period_counts()
        month = kwargs["month"]  # from get_dated_items, with the next and previous months
        return super().get_context_data(
            weeks=month_calendar(month.year, month.month, counts),
            weekdays=[calendar.day_abbr[d] for d in range(7)],
            weekday_names=[calendar.day_name[d] for d in range(7)],
            month_total=sum(counts.values()),
            **kwargs,
        )


class ArchiveDayView(ArchiveMixin, DayArchiveView):
    template_name = "articles/archive_day.html"


def latest_archive(request):
    """/archive/ goes to the year of the newest public article."""
    newest = Article.objects.published().newest_first().values_list("published_at", flat=True).first()
    if newest is None:
        raise Http404("The archive has no published articles yet.")
    return redirect("archive-year", year=timezone.localtime(newest).year)


def robots_txt(request):
    sitemap = request.build_absolute_uri(reverse("sitemap-index"))
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {sitemap}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
