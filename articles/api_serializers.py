"""Articles, entities and countries as plain dicts for the read API, and the batch fetch the API and CSV export share.

Plain Python: each function takes model instances fetched by
:func:`articles_in_order` (authors and every tag prefetched) and a request,
which turns paths into absolute URLs.
"""

from django.db.models import Prefetch
from django.urls import reverse

from .models import Article, ArticleAuthor, ArticleEntity, Correction

ITEM_DEFERRED = ("body_html", "body_text", "search_names")


def with_credits_and_tags(queryset):
    """Authors in byline order and every entity tag in order of first mention: two queries whatever the rows."""
    credits = ArticleAuthor.objects.select_related("author").only(
        "id", "article_id", "position", "author__name", "author__slug"
    )
    tags = ArticleEntity.objects.select_related("entity").only(
        "id", "article_id", "mentions", "first_offset",
        "entity__name", "entity__slug", "entity__kind", "entity__iso_code",
    ).order_by("first_offset", "id")
    return queryset.prefetch_related(
        Prefetch("author_credits", queryset=credits, to_attr="api_credits"),
        Prefetch("tags", queryset=tags, to_attr="api_tags"),
    )


def articles_in_order(ids, *, with_body=False):
    """The public articles with these ids, in the order of ``ids``: three queries (none for no ids), and one
    more for the corrections ``with_body``."""
    if not ids:
        return []
    queryset = Article.objects.published().filter(id__in=ids)
    if with_body:
        queryset = queryset.prefetch_related(Prefetch("corrections", queryset=Correction.objects.visible()))
    else:
        queryset = queryset.defer(*ITEM_DEFERRED)
    position = {pk: index for index, pk in enumerate(ids)}
    return sorted(with_credits_and_tags(queryset), key=lambda article: position[article.pk])


def capped_count(count, cap):
    """``{"value", "relation"}`` from a count taken up to ``cap + 1``: "eq" when exact, "gte" when capped."""
    if count > cap:
        return {"value": cap, "relation": "gte"}
    return {"value": count, "relation": "eq"}


def entity_link(entity, request):
    return request.build_absolute_uri(entity.get_absolute_url())


def article_item(article, request):
    """One article as the listing API returns it (no body)."""
    absolute = request.build_absolute_uri
    return {
        "id": article.pk,
        "url": absolute(article.get_absolute_url()),
        "api_url": absolute(reverse("api-article-detail", kwargs={"pk": article.pk})),
        "headline": article.headline,
        "standfirst": article.standfirst,
        "published": article.published_at.isoformat(),
        "published_source": article.published_source,
        "byline": article.byline,
        "authors": [
            {"name": c.author.name, "slug": c.author.slug, "url": absolute(c.author.get_absolute_url())}
            for c in article.api_credits
        ],
        "image": {
            "caption": article.image_caption,
            "credit": article.image_credit,
            "url": absolute(article.image.url) if article.image else None,
        },
        "source_url": article.source_url,
        "outlet": article.outlet,
        "language": article.language,
        "entities": [
            {
                "name": tag.entity.name,
                "slug": tag.entity.slug,
                "kind": tag.entity.kind,
                "iso_code": tag.entity.iso_code or None,
                "url": entity_link(tag.entity, request),
                "mentions": tag.mentions,
            }
            for tag in article.api_tags
        ],
    }


def article_detail(article, request):
    """One article with its body: ``body_html`` is the HTML the archive sanitised on save."""
    data = article_item(article, request)
    data["body_html"] = article.body_html
    data["body_text"] = article.body_text
    data["corrections"] = [{"date": c.published_at.isoformat(), "text": c.text} for c in article.corrections.all()]
    return data


def articles_query_url(entity, request):
    """The API listing of this entity's articles: ``country=`` for countries, ``entity=`` for the rest."""
    base = reverse("api-article-list")
    if entity.iso_code:
        return request.build_absolute_uri(f"{base}?country={entity.iso_code.lower()}")
    return request.build_absolute_uri(f"{base}?entity={entity.slug}")


def country_item(country, article_count, request):
    """A country and its article count (an unsaved Entity is enough: nothing here queries)."""
    return {
        "name": country.name,
        "slug": country.slug,
        "iso_code": country.iso_code,
        "article_count": article_count,
        "url": entity_link(country, request),
        "api_url": request.build_absolute_uri(reverse("api-entity-detail", kwargs={"slug": country.slug})),
        "articles": articles_query_url(country, request),
    }


def entity_detail(entity, aliases, article_count, request):
    country = entity.country
    return {
        "name": entity.name,
        "slug": entity.slug,
        "kind": entity.kind,
        "iso_code": entity.iso_code or None,
        "country": (
            {"name": country.name, "slug": country.slug, "iso_code": country.iso_code, "url": entity_link(country, request)}
            if country
            else None
        ),
        "wikidata_id": entity.wikidata_id or None,
        "description": entity.description,
        "aliases": aliases,
        "article_count": article_count,
        "url": entity_link(entity, request),
        "articles": articles_query_url(entity, request),
    }
