"""The reader's filters: one FilterSet shared by the listing, the pre-filtered pages and the feeds.

Every value lives in the URL, so any search can be bookmarked, shared and
followed as a feed. Validation is the form's job: a bad date, an unknown sort
or an unknown country gives an error message, never an exception. Every value
is bounded where it is parsed, before it reaches a query: at most
``MAX_VALUES`` countries or entities, dates between ``EARLIEST`` and
``LATEST``, slugs and codes of their own shape, no control characters.
"""

import copy
import functools
import re

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.http import HttpResponseBadRequest
from django_filters.fields import ModelChoiceField

from articles import search
from articles.core.pagination import EARLIEST, LATEST, POSITION_PARAMS, Source, without_position
from articles.models import Article, Author, Entity, FormerSlug
from articles.models.derived import is_slug
from articles.querysets import public_tags

SORTS = [("newest", "Newest first"), ("oldest", "Oldest first"), ("relevance", "Most relevant")]
# Countries are "any of", entities "all of": a reader narrowing a search uses a few, and each
# value is more work for the database, so past this many the filter is refused.
MAX_VALUES = 10
DATE_RANGE = f"Enter a date between {EARLIEST.year} and {LATEST.year}."
DATE_INPUT = {
    "input_formats": ["%Y-%m-%d"],
    "error_messages": {"invalid": "Enter a date as YYYY-MM-DD."},
    "validators": [MinValueValidator(EARLIEST.date(), DATE_RANGE), MaxValueValidator(LATEST.date(), DATE_RANGE)],
}
COUNTRY_CODE = re.compile(r"[A-Za-z]{2}")
# What no form value may hold: C0 and C1 controls but tab and line breaks, surrogates, and the two
# non-characters XML 1.0 also forbids. None of them is typed; all of them break a feed or a query.
UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def refuse_unprintable(text):
    """A validator: control characters (NUL among them) are a form error, not a database error."""
    if UNPRINTABLE.search(text or ""):
        raise ValidationError("Remove the control characters from the search.", code="unprintable")


def refuse_too_many(values, label):
    if len(values) > MAX_VALUES:
        raise ValidationError(
            f"Choose at most {MAX_VALUES} {label} at once ({len(values)} were given).", code="too_many"
        )


class CountryCodesField(forms.ModelMultipleChoiceField):
    """ISO alpha-2 codes in any case, checked for number and shape before they reach the database."""

    def clean(self, value):
        codes = [str(code).strip() for code in (value or []) if str(code).strip()]
        if not codes:
            return []  # none chosen: not even an empty QuerySet, which the filter and the page would each evaluate
        refuse_too_many(codes, "countries")
        for code in codes:
            if not COUNTRY_CODE.fullmatch(code):
                raise ValidationError(
                    f"“{code}” is not a country code: use two letters, such as CN or RU.", code="invalid_code"
                )
        return super().clean([code.upper() for code in codes])


class CountryCodesFilter(django_filters.ModelMultipleChoiceFilter):
    field_class = CountryCodesField


class EntitySlugsField(forms.ModelMultipleChoiceField):
    """Entity slugs, checked for number and shape before they reach the database.

    One no entity has may be an alias's (a merged duplicate's old name) or a former slug's, which stands for its
    entity.
    """

    def clean(self, value):
        slugs = [str(slug).strip() for slug in (value or []) if str(slug).strip()]
        if not slugs:
            return []
        refuse_too_many(slugs, "people, organizations or places")
        for slug in slugs:
            if not is_slug(slug):
                raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice", params={"value": slug})
        try:
            return super().clean(slugs)
        except ValidationError as error:
            if error.code != "invalid_choice":
                raise
            known = set(self.queryset.filter(slug__in=slugs).values_list("slug", flat=True))
            unknown = [slug for slug in slugs if slug not in known]
            renamed = {**FormerSlug.objects.current_slugs(self.queryset, unknown), **self.queryset.slugs_for_aliases(unknown)}
            if not renamed:
                raise
            return super().clean([renamed.get(slug, slug) for slug in slugs])


class EntitySlugsFilter(django_filters.ModelMultipleChoiceFilter):
    field_class = EntitySlugsField


class SlugChoiceField(ModelChoiceField):
    """One slug, checked for shape before it reaches the database; a former slug stands for its row's."""

    def to_python(self, value):
        if value not in self.empty_values and not is_slug(str(value)):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        try:
            return super().to_python(value)
        except ValidationError as error:
            renamed = FormerSlug.objects.holder(self.queryset, str(value)) if error.code == "invalid_choice" else None
            if renamed is None:
                raise
            return renamed


class SlugFilter(django_filters.ModelChoiceFilter):
    field_class = SlugChoiceField


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
    q = django_filters.CharFilter(label="Search", method="filter_text", max_length=200, validators=[refuse_unprintable])
    country = CountryCodesFilter(
        label="Country",
        queryset=Entity.objects.countries(),
        to_field_name="iso_code",
        method="filter_countries",
        error_messages={"invalid_choice": "There is no country with the code %(value)s in the archive."},
    )
    entity = EntitySlugsFilter(
        label="Person, organization or place",
        queryset=Entity.objects.all(),
        to_field_name="slug",
        method="filter_entities",
        error_messages={"invalid_choice": "Nothing called “%(value)s” is in the archive."},
    )
    author = SlugFilter(
        label="Author",
        queryset=Author.objects.with_public_articles(),
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

    def get_form_class(self):
        """The form's class, made once per process: django-filter makes one per filter (a class and seven fields,
        each time), though each form deep-copies its class's fields anyway."""
        return _form_class(type(self))

    def filter_text(self, queryset, name, value):
        return queryset.search(value, within_countries=self.country_ids) if value.strip() else queryset

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
    def country_ids(self):
        return [country.pk for country in self.cleaned.get("country") or ()]

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

    def date_ordered_source(self):
        """The listing's rows newest (or oldest) first, even when the reader asked for relevance.

        What counts and exports read: relevance ranks only the newest
        ``caps.RANK_WINDOW`` matches, so a count of its own source would
        tell the reader that a common word matches 1,000 articles.
        """
        if self.order == "relevance":
            return Source(self.qs, "newest")
        return self.source()

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

    def newest_rows(self, limit, *, ranked=False):
        """``[(id, published_at)]`` of the newest ``limit`` matches, in one query: a listing's window.

        One country or entity (with dates at most) reads the tag table's
        (entity, date) index. ``ranked``: a search's rows carry their rank too
        (``search.newest_matches``).
        """
        tag = self.single_tag()
        if tag is not None:
            rows = public_tags(tag.pk, self.cleaned.get("date_from"), self.cleaned.get("date_to"))
            newest = rows.order_by("-article_published_at", "-article_id")
            return list(newest.values_list("article_id", "article_published_at")[:limit])
        return search.newest_matches(
            self.qs, limit, ranked=ranked and bool(self.text), query=self.text, within_countries=self.country_ids
        )


@functools.cache
def _form_class(filterset_class):
    filters = copy.deepcopy(filterset_class.base_filters)  # a copy: the fields it makes stay out of later copies
    fields = {name: filter_.field for name, filter_ in filters.items()}
    return type(f"{filterset_class.__name__}Form", (filterset_class._meta.form,), fields)


def public_filter(params):
    """The listing's FilterSet over public articles, bound to ``params`` less the paging keys (unbound when none remain).

    What every page, feed and export that takes the listing's filters starts
    from; answer :func:`filter_errors` with a 400 when it is not valid.
    """
    params = without_position(params, POSITION_PARAMS)
    return ArticleFilter(params or None, queryset=Article.objects.published())


def filter_errors(filterset):
    """The form's messages, each field's labelled ("From: Enter a date…"); empty when the filters are valid."""
    if not filterset.is_bound or filterset.is_valid():
        return []
    form = filterset.form
    messages = [str(error) for error in form.non_field_errors()]
    for name, errors in form.errors.items():
        if name != "__all__":
            messages += [f"{form.fields[name].label}: {error}" for error in errors]
    return messages


def plain_filter_errors(filterset):
    """A plain-text 400 with :func:`filter_errors`, one a line (feeds and the CSV export); None when the filters are valid."""
    errors = filter_errors(filterset)
    return HttpResponseBadRequest("\n".join(errors), content_type="text/plain; charset=utf-8") if errors else None
