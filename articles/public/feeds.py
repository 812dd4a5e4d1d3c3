"""RSS and Atom feeds of any listing: the same filters as /articles/, so any search can be followed."""

import re

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import QueryDict
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from articles.core.caching import cached_fragment
from articles.models import Article, Correction
from articles.public.filters import plain_filter_errors, public_filter
from articles.public.titles import describe_filterset

FEED_SIZE = 30
# What XML 1.0 forbids (Django's feed writer raises on it): C0 controls but tab and line breaks,
# surrogates, U+FFFE and U+FFFF. A scraped headline may hold one; it is dropped, not a 500.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(value):
    """``value`` with every string in it (lists included) stripped of what XML 1.0 cannot hold."""
    if isinstance(value, str):
        return NOT_XML.sub("", value)
    if isinstance(value, (list, tuple)):
        return type(value)(xml_safe(item) for item in value)
    return value


class XmlSafe:
    """A feed generator mixin: every string the feed or an item is given is made safe for XML 1.0 first."""

    def __init__(self, *args, **kwargs):
        super().__init__(*xml_safe(args), **{key: xml_safe(value) for key, value in kwargs.items()})

    def add_item(self, *args, **kwargs):
        super().add_item(*xml_safe(args), **{key: xml_safe(value) for key, value in kwargs.items()})


class SafeRssFeed(XmlSafe, Rss201rev2Feed):
    pass


class SafeAtomFeed(XmlSafe, Atom1Feed):
    pass


class ArticleFeed(Feed):
    """The newest (or most relevant) matches of the filters in the query string.

    One instance serves every request, so the request's filterset travels on
    the request, not on ``self``.
    """

    feed_type = SafeRssFeed

    def __call__(self, request, *args, **kwargs):
        filterset = public_filter(request.GET)
        refused = plain_filter_errors(filterset)
        if refused:
            return refused
        params = filterset.data if filterset.is_bound else QueryDict()
        request.article_filter = filterset
        request.feed_query = params.urlencode()
        request.feed_key = {"path": request.path, "filter": sorted(params.lists())}
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        return request

    def title(self, request):
        return f"{settings.SITE_NAME}: {describe_filterset(request.article_filter)}"

    def link(self, request):
        query = request.feed_query
        return reverse("article-list") + (f"?{query}" if query else "")

    def feed_url(self, request):
        """The feed's own address with its filters: a reader's copy of the self link follows the same search."""
        query = request.feed_query
        return request.path + (f"?{query}" if query else "")

    def description(self, request):
        return f"{describe_filterset(request.article_filter)}, newest first, from {settings.SITE_NAME}."

    def items(self, request):
        # Feed readers poll the same few URLs over and over: the items are
        # cached until the archive changes (see core/caching.py).
        return cached_fragment("feed-items", request.feed_key, lambda: newest_items(request.article_filter))

    def item_title(self, article):
        return article.headline

    def item_description(self, article):
        return article.standfirst

    def item_pubdate(self, article):
        return article.published_at

    def item_updateddate(self, article):
        return article.updated_at

    def item_author_name(self, article):
        return article.byline or ", ".join(c.author.name for c in article.credits_for_card) or None

    def item_categories(self, article):
        return [tag.entity.name for tag in article.country_tags]


def newest_items(filterset):
    """The feed's articles, with what ``item_*`` reads, fully evaluated: four queries."""
    source = filterset.source()
    return Article.objects.published().cards_in_order([row[0] for row in source.rows(source.ordered())[:FEED_SIZE]])


class AtomArticleFeed(ArticleFeed):
    feed_type = SafeAtomFeed
    subtitle = ArticleFeed.description


class CorrectionsFeed(Feed):
    """The newest corrections, each linking to the corrections beneath its article."""

    feed_type = SafeAtomFeed
    title = "newsarchive — corrections"
    subtitle = "Every correction made to a published article, newest first."

    def link(self):
        return reverse("corrections")

    def items(self):
        return Correction.objects.public().newest_first().select_related("article")[:FEED_SIZE]

    def item_title(self, correction):
        return f"Correction: {correction.article.headline}"

    def item_description(self, correction):
        return correction.text

    def item_link(self, correction):
        return correction.article.get_absolute_url() + "#corrections-title"

    def item_guid(self, correction):
        return f"{self.link()}#correction-{correction.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, correction):
        return correction.published_at
