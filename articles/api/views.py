"""The API's endpoints: thin DRF views over the listing's FilterSet, the keyset paginator and the serializers.

Anonymous clients may only read, at the ``anon`` throttle rate; tokens
(``rest_framework.authtoken``) are for write endpoints to come. Anonymous
answers carry the public pages' ETag and Cache-Control and go through the
page cache (``public/page_cache.py``), like any public page.
"""

from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import fields, generics
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.response import Response
from rest_framework.reverse import reverse
from rest_framework.views import APIView

from .. import search
from ..core.counts import countries_with_counts
from ..core.pagination import capped_count
from ..models import Article, Entity, FormerSlug
from ..public.filters import ArticleFilter
from ..querysets import public_tags
from . import serializers
from .errors import Gone
from .pagination import KeysetPagination, capped
from .schema import ListingFilters  # noqa: F401 - registers the filters' schema extension

ERRORS = {400: serializers.Errors, 429: serializers.Errors}


class ListingFilterBackend(DjangoFilterBackend):
    """``DjangoFilterBackend`` that keeps the bound FilterSet on the view, for the paginator to page its source in its order.

    Its 400 carries the form's messages as the form words them (django-filter's
    own translation formats them a second time, and a ``%`` that a message
    quotes from the query string then raised a TypeError).
    """

    def filter_queryset(self, request, queryset, view):
        view.filterset = self.get_filterset(request, queryset, view)
        if not view.filterset.is_valid():
            raise ValidationError({name: list(messages) for name, messages in view.filterset.errors.items()})
        return view.filterset.qs


@extend_schema(responses={200: serializers.ArticleItem(many=True), **ERRORS})
class ArticleList(generics.ListAPIView):
    """Public articles matching the listing's filters, in keyset pages."""

    queryset = Article.objects.published()
    filter_backends = [ListingFilterBackend]
    filterset_class = ArticleFilter
    pagination_class = KeysetPagination
    serializer_class = serializers.ArticleItem

    def filter_queryset(self, queryset):
        """The filters and the paging parameters checked together, so that a 400 names every bad parameter."""
        paging_errors = self.paginator.read_parameters(self.request)
        try:
            queryset = super().filter_queryset(queryset)
        except ValidationError as invalid:
            raise ValidationError({**invalid.detail, **paging_errors}) from None
        if paging_errors:
            raise ValidationError(paging_errors)
        return queryset

    def list(self, request, *args, **kwargs):
        ids = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        articles = serializers.articles_in_order(ids)
        if self.filterset.text and articles:
            marked = search.snippets(articles, self.filterset.text)  # escaped text, only <mark> added
            for article in articles:
                article.snippet = str(marked.get(article.pk, ""))
        return self.get_paginated_response(self.get_serializer(articles, many=True).data)


@extend_schema(responses={200: serializers.ArticleDetail, 404: serializers.Errors, 410: serializers.Withdrawn, 429: serializers.Errors})
class ArticleDetail(generics.RetrieveAPIView):
    """One public article with its body and corrections; 410 when it was withdrawn."""

    serializer_class = serializers.ArticleDetail

    def get_object(self):
        pk = self.kwargs["pk"]
        if pk >= 2**63:  # beyond any id the database can hold
            raise NotFound("No published article has this id.")
        found = serializers.articles_in_order([pk], with_body=True)
        if found:
            return found[0]
        withdrawn = Article.objects.withdrawn().filter(pk=pk).first()
        if withdrawn is not None:
            raise Gone(withdrawn)
        raise NotFound("No published article has this id.")


@extend_schema(responses={200: serializers.CountryList, 429: serializers.Errors})
class CountryList(APIView):
    """Every country with its number of public articles (cached for the content version, as the countries page is)."""

    def get(self, request):
        return Response(serializers.CountryList({"results": countries_with_counts()}, context={"request": request}).data)


@extend_schema(responses={200: serializers.EntityDetail, 404: serializers.Errors, 429: serializers.Errors})
class EntityDetail(generics.RetrieveAPIView):
    """A person, organization, place or country, with its aliases and its capped article count."""

    serializer_class = serializers.EntityDetail
    lookup_field = "slug"
    queryset = Entity.objects.select_related("country")

    def get_object(self):
        entity = self.get_queryset().filter(slug=self.kwargs["slug"]).first()
        if entity is None:  # a slug it had before answers with the entity, whose "slug" is its own now
            entity = FormerSlug.objects.holder(self.get_queryset(), self.kwargs["slug"])
        if entity is None:
            raise NotFound("Nothing in the archive has this slug.")
        entity.alias_names = list(entity.aliases.values_list("name", flat=True))
        entity.article_count = capped(capped_count(public_tags(entity.pk)))
        return entity


@extend_schema(responses={200: inline_serializer("Endpoints", {
    name: fields.CharField() for name in ("articles", "article", "countries", "entity", "schema", "docs")
}), 429: serializers.Errors})
class Root(APIView):
    """The API's endpoints, its schema and its documentation."""

    def get(self, request):
        articles = reverse("api-article-list", request=request)
        return Response({
            "articles": articles,
            "article": f"{articles}{{id}}/",
            "countries": reverse("api-country-list", request=request),
            "entity": reverse("api-entity-detail", kwargs={"slug": "-"}, request=request).replace("/-/", "/{slug}/"),
            "schema": reverse("api-schema", request=request),
            "docs": reverse("api-docs", request=request),
        })


class NoSuchEndpoint(APIView):
    """Any other address under the API: a JSON 404, whatever the method."""

    def initial(self, request, *args, **kwargs):
        raise NotFound("There is no such API endpoint; see the root, /api/v1/.")
