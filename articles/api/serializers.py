"""What each API answer holds: read-only serializers over articles fetched with their credits and tags."""

from urllib.parse import urlencode

from django.db.models import Prefetch
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from ..models import Article, ArticleAuthor, ArticleEntity, Correction, Entity

ITEM_DEFERRED = ("body_html", "body_text", "search_names")


def articles_in_order(ids, *, with_body=False):
    """The public articles with these ids, in the order of ``ids``, with authors in byline order and
    tags in order of first mention: three queries (none for no ids), and one more for corrections ``with_body``."""
    if not ids:
        return []
    credits = ArticleAuthor.objects.select_related("author").only(
        "id", "article_id", "position", "author__name", "author__slug"
    )
    tags = ArticleEntity.objects.select_related("entity").only(
        "id", "article_id", "mentions", "first_offset",
        "entity__name", "entity__slug", "entity__kind", "entity__iso_code",
    ).order_by("first_offset", "id")
    queryset = Article.objects.published().filter(id__in=ids).prefetch_related(
        Prefetch("author_credits", queryset=credits, to_attr="api_credits"),
        Prefetch("tags", queryset=tags, to_attr="api_tags"),
    )
    if with_body:
        queryset = queryset.prefetch_related(Prefetch("corrections", queryset=Correction.objects.visible()))
    else:
        queryset = queryset.defer(*ITEM_DEFERRED)
    position = {pk: index for index, pk in enumerate(ids)}
    return sorted(queryset, key=lambda article: position[article.pk])


@extend_schema_field(OpenApiTypes.URI)
class AbsoluteURL(serializers.Field):
    """A site path (``get_absolute_url``, say) as an absolute URL for the request's scheme and host."""

    def to_representation(self, path):
        return self.context["request"].build_absolute_uri(path)


class Timestamp(serializers.DateTimeField):
    """ISO 8601 with the offset as stored (``+00:00``, not DRF's ``Z``)."""

    def to_representation(self, value):
        return value.isoformat()


class Count(serializers.Serializer):
    value = serializers.IntegerField()
    relation = serializers.ChoiceField(
        ["eq", "gte", "estimate"],
        help_text="eq: exact; gte: at least `value` (the count stopped at the cap); estimate: the database's, to two significant figures.",
    )


class Errors(serializers.Serializer):
    errors = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        help_text="Messages by parameter; about the request as a whole under `__all__`.",
    )


class Withdrawn(Errors):
    withdrawn = Timestamp(allow_null=True)
    withdrawal_note = serializers.CharField()


class Credit(serializers.Serializer):
    """An author of an article, in byline order."""

    name = serializers.CharField()
    slug = serializers.CharField()
    url = AbsoluteURL()

    def to_representation(self, credit):
        # Built directly (the fields above are what the schema says): a page has several per article,
        # and DRF's field-by-field path is slow for so many.
        author = credit.author
        return {"name": author.name, "slug": author.slug, "url": self.context["request"].build_absolute_uri(author.get_absolute_url())}


class Tag(serializers.Serializer):
    """An entity an article names, in order of first mention."""

    name = serializers.CharField()
    slug = serializers.CharField()
    kind = serializers.ChoiceField(Entity.Kind.choices)
    iso_code = serializers.CharField(allow_null=True)
    url = AbsoluteURL()
    mentions = serializers.IntegerField()

    def to_representation(self, tag):
        entity = tag.entity  # built directly, as a Credit is
        return {
            "name": entity.name, "slug": entity.slug, "kind": entity.kind, "iso_code": entity.iso_code or None,
            "url": self.context["request"].build_absolute_uri(entity.get_absolute_url()), "mentions": tag.mentions,
        }


class Image(serializers.Serializer):
    caption = serializers.CharField(source="image_caption")
    credit = serializers.CharField(source="image_credit")
    url = serializers.SerializerMethodField()

    @extend_schema_field({"type": "string", "format": "uri", "nullable": True})
    def get_url(self, article):
        return self.context["request"].build_absolute_uri(article.image.url) if article.image else None


class ArticleItem(serializers.Serializer):
    id = serializers.IntegerField()
    url = AbsoluteURL(source="get_absolute_url")
    api_url = serializers.HyperlinkedIdentityField(view_name="api-article-detail")
    headline = serializers.CharField()
    standfirst = serializers.CharField()
    published = Timestamp(source="published_at")
    published_source = serializers.ChoiceField(
        Article.DateSource.choices,
        help_text="How the date was obtained: from the source's metadata, parsed from the text, guessed, or set by "
        "an editor (by hand, after or during the import).",
    )
    published_corrected = Timestamp(
        source="published_set_at", allow_null=True,
        help_text="When an editor last set or changed the date by hand; null if no editor has.",
    )
    byline = serializers.CharField(help_text="As printed.")
    authors = Credit(many=True, source="api_credits")
    image = Image(source="*")
    source_url = serializers.CharField()
    outlet = serializers.CharField()
    language = serializers.CharField()
    entities = Tag(many=True, source="api_tags")
    snippet = serializers.CharField(
        required=False,
        help_text="With `q`: HTML, the article's text escaped with only `<mark>` tags around the matches.",
    )


class ArticleDetail(ArticleItem):
    body_html = serializers.CharField(help_text="Sanitised when the article was saved.")
    body_text = serializers.CharField()
    corrections = serializers.SerializerMethodField()

    @extend_schema_field({"type": "array", "items": {"type": "object", "required": ["date", "text"], "properties": {
        "date": {"type": "string", "format": "date-time"}, "text": {"type": "string"}}}})
    def get_corrections(self, article):
        return [{"date": c.published_at.isoformat(), "text": c.text} for c in article.corrections.all()]


def articles_query(entity, request):
    """The API listing of this entity's articles: ``country=`` for countries, ``entity=`` for the rest."""
    query = {"country": entity.iso_code.lower()} if entity.iso_code else {"entity": entity.slug}
    return request.build_absolute_uri(f"{reverse('api-article-list')}?{urlencode(query)}")


class CountryItem(serializers.Serializer):
    name = serializers.CharField()
    slug = serializers.CharField()
    iso_code = serializers.CharField()
    article_count = serializers.IntegerField()
    url = AbsoluteURL()
    api_url = serializers.HyperlinkedIdentityField(view_name="api-entity-detail", lookup_field="slug")
    articles = serializers.SerializerMethodField()

    @extend_schema_field(OpenApiTypes.URI)
    def get_articles(self, country):
        return articles_query(country, self.context["request"])


class CountryList(serializers.Serializer):
    results = CountryItem(many=True)


class CountryRef(serializers.Serializer):
    name = serializers.CharField()
    slug = serializers.CharField()
    iso_code = serializers.CharField()
    url = AbsoluteURL(source="get_absolute_url")


class EntityDetail(serializers.Serializer):
    name = serializers.CharField()
    slug = serializers.CharField()
    kind = serializers.ChoiceField(Entity.Kind.choices)
    iso_code = serializers.CharField(allow_null=True)
    country = CountryRef(allow_null=True)
    wikidata_id = serializers.CharField(allow_null=True)
    description = serializers.CharField()
    aliases = serializers.ListField(child=serializers.CharField(), source="alias_names")
    article_count = Count()
    url = AbsoluteURL(source="get_absolute_url")
    articles = serializers.SerializerMethodField()

    @extend_schema_field(OpenApiTypes.URI)
    def get_articles(self, entity):
        return articles_query(entity, self.context["request"])

    def to_representation(self, entity):
        data = super().to_representation(entity)
        data["iso_code"] = data["iso_code"] or None
        data["wikidata_id"] = data["wikidata_id"] or None
        return data
