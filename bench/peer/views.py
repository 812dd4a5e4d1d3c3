"""The peer's one view: a ListView over a django-filter FilterSet, as the documentation shows them."""

import django_filters
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
from django.db.models import Count
from django.db.models.expressions import RawSQL
from django.db.models.functions import ExtractYear
from django.utils import timezone
from django.views.generic import ListView

from articles.models import Article, ArticleAuthor, ArticleEntity, Entity

CONFIG = "articles_english"


def with_vector(queryset):
    # The trigger-kept column, as a SearchVectorField on the model would give it.
    return queryset.annotate(vector=RawSQL("articles_article.search_vector", [], output_field=SearchVectorField()))


class PeerFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search")
    country = django_filters.ModelMultipleChoiceFilter(
        field_name="tags__entity", to_field_name="iso_code", queryset=Entity.objects.filter(kind="country")
    )
    entity = django_filters.ModelChoiceFilter(field_name="tags__entity", to_field_name="slug", queryset=Entity.objects.all())
    date_from = django_filters.DateFilter(field_name="published_at", lookup_expr="date__gte")
    date_to = django_filters.DateFilter(field_name="published_at", lookup_expr="date__lte")
    sort = django_filters.CharFilter(method="keep")

    class Meta:
        model = Article
        fields = []

    def search(self, queryset, name, value):
        query = SearchQuery(value, search_type="websearch", config=CONFIG)
        return with_vector(queryset).filter(vector=query).annotate(rank=SearchRank("vector", query))

    def keep(self, queryset, name, value):
        return queryset


class PeerArchive(ListView):
    template_name = "peer/list.html"
    paginate_by = 20

    def get_queryset(self):
        public = Article.objects.filter(status="published", published_at__lte=timezone.now())
        self.filterset = PeerFilter(self.request.GET, queryset=public)
        queryset = self.filterset.qs
        sort = self.request.GET.get("sort") or ("relevance" if self.request.GET.get("q") else "newest")
        if sort == "relevance" and self.request.GET.get("q"):
            queryset = queryset.order_by("-rank", "-published_at", "-id")
        elif sort == "oldest":
            queryset = queryset.order_by("published_at", "id")
        else:
            queryset = queryset.order_by("-published_at", "-id")
        return queryset.prefetch_related("author_credits__author")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        matching = self.filterset.qs.values("pk")
        tags = ArticleEntity.objects.filter(article__in=matching)
        context["facets"] = [
            (title, tags.filter(entity__kind=kind).values("entity__name").annotate(n=Count("id")).order_by("-n")[:10])
            for kind, title in (("country", "Countries"), ("person", "People"), ("organization", "Organizations"))
        ]
        context["authors"] = (
            ArticleAuthor.objects.filter(article__in=matching).values("author__name").annotate(n=Count("id")).order_by("-n")[:10]
        )
        context["years"] = (
            Article.objects.filter(pk__in=matching).annotate(year=ExtractYear("published_at"))
            .values("year").annotate(n=Count("id")).order_by("-year")
        )
        return context
