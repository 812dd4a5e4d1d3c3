"""The reader's filters: one FilterSet shared by the listing, the pre-filtered pages and the feeds.

Every value lives in the URL, so any search can be bookmarked, shared and
followed as a feed. Validation is the form's job: a bad date, an unknown sort
or an unknown country gives an error message, never an exception.
"""

import re

import django_filters
from django import forms
from django.core.exceptions import ValidationError

from . import search
from .counts import counts_are_by_local_month, public_article_count, round_estimate
from .models import Article, Author, Entity
from .pagination import COUNT_CAP, Source, Tally
from .querysets import public_tags

# Beyond the count cap, a listing's total is estimated from the dates of its newest matches.
ESTIMATE_SAMPLE = 1_000

SORTS = [("newest", "Newest first"), ("oldest", "Oldest first"), ("relevance", "Most relevant")]
DATE_INPUT = {"input_formats": ["%Y-%m-%d"], "error_messages": {"invalid": "Enter a date as YYYY-MM-DD."}}
COUNTRY_CODE = re.compile(r"^[A-Za-z]{2}$")


class CountryCodesField(forms.ModelMultipleChoiceField):
    """ISO alpha-2 codes in any case, checked for shape before they reach the database."""

    def clean(self, value):
        codes = [str(code).strip() for code in (value or []) if str(code).strip()]
        for code in codes:
            if not COUNTRY_CODE.match(code):
                raise ValidationError(
                    f"“{code}” is not a country code: use two letters, such as CN or RU.", code="invalid_code"
                )
        return super().clean([code.upper() for code in codes])


class CountryCodesFilter(django_filters.ModelMultipleChoiceFilter):
    field_class = CountryCodesField


class ArticleFilterForm(forms.Form):
    def clean_q(self):
        text = (self.cleaned_data.get("q") or "").strip()
        if text:
            try:
                search.validate_query(text)
            except search.SearchQueryError as error:
                raise ValidationError(str(error), code="unsearchable") from None
        return text

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            raise ValidationError("The “from” date is after the “to” date.", code="date_order")
        return cleaned


class ArticleFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label="Search", method="filter_text", max_length=200)
    country = CountryCodesFilter(
        label="Country",
        queryset=Entity.objects.countries(),
        to_field_name="iso_code",
        method="filter_countries",
        error_messages={"invalid_choice": "There is no country with the code %(value)s in the archive."},
    )
    entity = django_filters.ModelMultipleChoiceFilter(
        label="Person, organization or place",
        queryset=Entity.objects.all(),
        to_field_name="slug",
        method="filter_entities",
        error_messages={"invalid_choice": "Nothing called “%(value)s” is in the archive."},
    )
    author = django_filters.ModelChoiceFilter(
        label="Author",
        queryset=Author.objects.all(),
        to_field_name="slug",
        method="filter_author",
        error_messages={"invalid_choice": "There is no author with that name in the archive."},
    )
    date_from = django_filters.DateFilter(label="From", method="filter_dates", **DATE_INPUT)
    date_to = django_filters.DateFilter(label="To", method="filter_dates", **DATE_INPUT)
    sort = django_filters.ChoiceFilter(
        label="Sort", choices=SORTS, method="keep", empty_label=None,
        error_messages={"invalid_choice": "Sort by newest, oldest or relevance."},
    )

    class Meta:
        model = Article
        fields = []
        form = ArticleFilterForm

    def filter_text(self, queryset, name, value):
        return queryset.search(value) if value.strip() else queryset

    def filter_countries(self, queryset, name, countries):
        return queryset.tagged_with_any(c.pk for c in countries) if countries else queryset

    def filter_entities(self, queryset, name, entities):
        return queryset.tagged_with_all(e.pk for e in entities) if entities else queryset

    def filter_author(self, queryset, name, author):
        return queryset.credited_to(author.pk) if author else queryset

    def filter_dates(self, queryset, name, value):
        if name == "date_from":
            return queryset.published_in_days(start=value)
        return queryset.published_in_days(end=value)

    def keep(self, queryset, name, value):
        return queryset  # sorting is the paginator's business

    # What the view needs beyond the queryset.

    @property
    def cleaned(self):
        """The validated values; empty when unbound or invalid (the view answers 400 before asking)."""
        return self.form.cleaned_data if self.is_bound and self.is_valid() else {}

    @property
    def text(self):
        return (self.cleaned.get("q") or "").strip()

    @property
    def order(self):
        """Relevance is the default with a text query; without one it means newest."""
        chosen = self.cleaned.get("sort")
        if not self.text:
            return "oldest" if chosen == "oldest" else "newest"
        return chosen or "relevance"

    def single_tag(self):
        """The one country or entity filtered on, when nothing else narrows the listing."""
        c = self.cleaned
        tagged = [*(c.get("country") or []), *(c.get("entity") or [])]
        if len(tagged) == 1 and not self.text and not c.get("author"):
            return tagged[0]
        return None

    def source(self):
        """Where the rows of this listing come from, in its order.

        A single country or entity with dates at most reads the tag table's
        (entity, date) index and never touches the articles until the page's
        ids are known; everything else filters the articles.
        """
        tag = self.single_tag()
        if tag is not None:
            rows = public_tags(tag.pk, self.cleaned.get("date_from"), self.cleaned.get("date_to"))
            return Source(rows, self.order, id_field="article_id", date_field="article_published_at")
        queryset = self.qs
        if self.order == "relevance":
            queryset = search.order_by_relevance(queryset)
        return Source(queryset, self.order)

    def tally(self, cap=COUNT_CAP, newest=None):
        """How many articles the listing holds: exact up to ``cap``, and beyond it exact or estimated.

        One country or entity (with dates at most) is exact at any size, from
        the monthly counts the database keeps. Anything else is counted up to
        ``cap``; past it, the total is estimated by assuming the matches keep,
        over all the listing's dates, the rate they have among the newest
        ``ESTIMATE_SAMPLE``: that many, out of every public article since the
        oldest of them (all public articles of the dates are counted
        approximately, see ``search.approximate_count``). ``newest``: a search's cached newest matches, ``[(id,
        published_at)]`` newest first, which spare the query for that date.
        """
        cleaned = self.cleaned
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        tag = self.single_tag()
        if tag is not None and counts_are_by_local_month():
            return Tally(public_article_count(tag.pk, start, end))
        counted = self.source().capped_count(cap)
        if counted <= cap:
            return Tally(counted)
        if newest is not None and len(newest) >= ESTIMATE_SAMPLE:
            edge = newest[ESTIMATE_SAMPLE - 1][1]
        else:
            dates = self.qs.order_by("-published_at", "-id").values_list("published_at", flat=True)
            edge = dates[ESTIMATE_SAMPLE - 1 : ESTIMATE_SAMPLE].get()
        window = Article.objects.published().published_in_days(start, end)
        everything = search.approximate_count(window)  # an input to an estimate: the planner's is enough
        since_edge = window.filter(published_at__gte=edge).count()
        return Tally(max(cap + 1, round_estimate(ESTIMATE_SAMPLE * everything / max(since_edge, 1))), exact=False)

    def newest_ids(self, limit):
        """A subquery of the ids of the newest ``limit`` matches: what facets and the chart count."""
        tag = self.single_tag()
        if tag is not None:
            rows = public_tags(tag.pk, self.cleaned.get("date_from"), self.cleaned.get("date_to"))
            return rows.order_by("-article_published_at", "-article_id").values("article_id")[:limit]
        return self.qs.order_by("-published_at", "-id").values("id")[:limit]
