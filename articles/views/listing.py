"""The listing and its pre-filtered forms: home, search, country, entity and author pages."""

import datetime

from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.generic import TemplateView

from .. import search
from ..core.caching import cached_fragment
from ..core.conf import caps
from ..core.pagination import PAGE_PARAMS, BadCursor, without_position
from ..models import Article, ArticleEntity, Author, Entity, FormerSlug
from ..public.facets import top_entities
from ..public.filters import SORTS, ArticleFilter, filter_errors, public_filter
from ..public.listing import FILTERING, Listing
from ..public.titles import describe_filterset
from ..templatetags.listing_urls import remove_value
from ..templatetags.worldmap import listing_coverage
from ..worldmap import CoverageMap, Covered

HOME_LATEST = 12
HOME_TOP = 8
HOME_WINDOW = datetime.timedelta(days=30)


def fragment_key(request, params):
    """What a page's cached fragments depend on: its path and its filter, not which page of it is shown.

    Parameters the filter does not know (tracking tags and the like) are left
    out, so they neither change the fragments nor fill the cache with copies.
    """
    filtering = [key for key in params if key in ArticleFilter.base_filters and key not in PAGE_PARAMS]
    return {"path": request.path, "filter": sorted((key, value) for key in filtering for value in params.getlist(key))}



class HomeView(TemplateView):
    template_name = "articles/home.html"

    def get_context_data(self, **kwargs):
        latest = list(Article.objects.published().newest_first().for_cards()[: HOME_LATEST + 1])
        # The lead: the newest story; the rest beneath it. The header's search box gives way to the page's own.
        context = super().get_context_data(
            lead=latest[0] if latest else None, latest=latest[1:], hide_site_search=True, **kwargs
        )
        if latest:
            # "Recent weeks" is measured back from the newest article, so an
            # archive that stopped growing still shows who it covered.
            # The window's articles come from the date index (capped like the
            # listing's facets); the tag table has no index on date alone.
            since = latest[0].published_at - HOME_WINDOW
            top = cached_fragment("home-most-covered", {"since": since.isoformat()}, lambda: most_covered_since(since))
            countries = top.get("country", [])
            context.update(
                since=since,
                top_countries=countries[:HOME_TOP],
                top_people=top.get("person", [])[:HOME_TOP],
                coverage=home_coverage(countries),
            )
        return context


def most_covered_since(since):
    """{kind: rows} of the countries and people most tagged since ``since``: one query."""
    window = Article.objects.published().filter(published_at__gte=since).newest_first().values("id")[: caps.FACET_SAMPLE]
    recent = ArticleEntity.objects.filter(article_id__in=window, entity__kind__in=[Entity.Kind.COUNTRY, Entity.Kind.PERSON])
    return top_entities(recent, per_kind=HOME_TOP)


def home_coverage(rows):
    """The front page's map: the countries of recent weeks, each linking to its page."""
    countries = [
        Covered(row["entity__iso_code"], row["entity__name"], row["n"], reverse("country-detail", args=[row["entity__iso_code"].lower()]))
        for row in rows
    ]
    return CoverageMap(countries, caption="Countries in the news")


def country_choices():
    """(ISO code, name) of every country, for the filter form's menu."""
    return cached_fragment("country-choices", {}, lambda: list(Entity.objects.countries().values_list("iso_code", "name")))


class ArticleListView(TemplateView):
    """The filterable listing; the country, entity and author pages are this listing pre-filtered."""

    template_name = "articles/article_list.html"

    def prepare(self):
        """Load the page's own subject (or 404); return a redirect to send the reader elsewhere instead."""
        return None

    def base_params(self):
        """Filters implied by the URL path, merged over the query string."""
        return {}

    def heading(self, filterset):
        """The page's ``<h1>``: what the filters select, in words (see :mod:`.titles`)."""
        return describe_filterset(filterset)

    def narrowed_further(self, filterset):
        """Whether the query string narrows a pre-filtered page (a country's, say) beyond its own subject."""
        own = self.base_params()
        return any(key not in own and self.request.GET.getlist(key) for key in FILTERING)

    def filter_params(self):
        params = self.request.GET.copy()
        for key, values in self.base_params().items():
            params.setlist(key, values)
        if "country" in params:
            params.setlist("country", [code.strip().lower() for code in params.getlist("country")])
        return params

    def get(self, request, *args, **kwargs):
        elsewhere = self.prepare()
        if elsewhere is not None:
            return elsewhere
        params = self.filter_params()
        filterset = public_filter(params)
        context = self.get_context_data(filterset=filterset, params=params, **kwargs)
        errors = filter_errors(filterset)
        if errors:
            context["errors"] = errors
            return self.render_to_response(context, status=400)
        listing = Listing(filterset, request.GET, fragment_key(request, params))
        try:
            context.update(listing.context())
        except BadCursor as error:
            context["errors"] = [str(error)]
            return self.render_to_response(context, status=400)
        context.update(self.results(filterset, listing))
        return self.render_to_response(context)

    def get_context_data(self, filterset, params, **kwargs):
        feed_params = without_position(params)
        feed_query = f"?{feed_params.urlencode()}" if feed_params else ""
        countries = params.getlist("country")
        # The form shows one country, the search box and dates; the rest of
        # the filter rides along hidden so that re-submitting keeps it.
        hidden = [("country", code) for code in countries[1:]]
        hidden += [("entity", slug) for slug in params.getlist("entity")]
        hidden += [("author", slug) for slug in params.getlist("author")[:1]]
        return super().get_context_data(
            chosen_country=countries[0] if countries else "",
            hidden_fields=hidden,
            sort=params.get("sort", ""),
            filterset=filterset,
            form=filterset.form,
            params=params,
            sorts=SORTS,
            country_choices=country_choices(),
            listing_url=reverse("article-list"),
            rss_url=reverse("feed-rss") + feed_query,
            atom_url=reverse("feed-atom") + feed_query,
            **kwargs,
        )

    def results(self, filterset, listing):
        """The page's articles as cards (a search's with marked snippets), its map, heading and filters in force."""
        articles = Article.objects.published().cards_in_order(listing.page.ids)
        text = filterset.text
        if text:
            # ts_headline over 20 bodies is the dearest query of a warm search page: cached for these rows.
            marked = cached_fragment(
                "listing-snippets", {**listing.key, "ids": listing.page.ids}, lambda: search.snippets(articles, text)
            )
            for article in articles:
                article.snippet = marked.get(article.pk)
                article.headline_marked = search.highlight(article.headline, text)
        countries = next((facet for facet in listing.facets if facet.param == "country"), None)
        sampled = listing.sample_size if listing.sampled else 0
        return {
            "coverage": listing_coverage(countries, self.filter_params(), reverse("article-list"), sampled) if countries else None,
            "heading": self.heading(filterset),
            "page_title": describe_filterset(filterset),
            "articles": articles,
            "active_filters": active_filters(filterset, self.filter_params()),
        }

    def render_to_response(self, context, **kwargs):
        context.setdefault("heading", self.heading(context["filterset"]) if "filterset" in context else "")
        context.setdefault("page_title", context["heading"])
        return super().render_to_response(context, **kwargs)


def active_filters(filterset, params):
    """(label, value, link to the listing without it) for each filter in force."""
    listing = reverse("article-list")
    cleaned = filterset.cleaned
    chosen = []
    if filterset.text:
        chosen.append(("Text", f"“{filterset.text}”", listing + remove_value(params, "q")))
    for country in cleaned.get("country") or []:
        chosen.append(("Country", country.name, listing + remove_value(params, "country", country.iso_code)))
    for entity in cleaned.get("entity") or []:
        chosen.append((entity.get_kind_display(), entity.name, listing + remove_value(params, "entity", entity.slug)))
    if cleaned.get("author"):
        chosen.append(("Author", cleaned["author"].name, listing + remove_value(params, "author")))
    for key, label in (("date_from", "From"), ("date_to", "To")):
        if cleaned.get(key):
            chosen.append((label, cleaned[key].strftime("%-d %B %Y"), listing + remove_value(params, key)))
    return chosen


class CountryDetailView(ArticleListView):
    def prepare(self):
        code = self.kwargs["code"]
        if code != code.lower():
            query = self.request.META.get("QUERY_STRING")
            target = reverse("country-detail", kwargs={"code": code.lower()})
            return HttpResponsePermanentRedirect(f"{target}?{query}" if query else target)
        self.country = get_object_or_404(Entity.objects.countries(), iso_code=code.upper())
        return None

    def base_params(self):
        return {"country": [self.country.iso_code.lower()]}

    def heading(self, filterset):
        return describe_filterset(filterset) if self.narrowed_further(filterset) else self.country.name


class EntityDetailView(ArticleListView):
    def prepare(self):
        slug = self.kwargs["slug"]
        self.entity = Entity.objects.filter(slug=slug).first()
        if self.entity is None:  # an old address: a merged duplicate's (an alias of the kept entity now), or a former slug
            kept = Entity.objects.slugs_for_aliases([slug]).get(slug)
            renamed = get_object_or_404(Entity, slug=kept) if kept else FormerSlug.objects.holder(Entity.objects.all(), slug)
            if renamed is None:
                raise Http404("No entity with that address.")
            return redirect(renamed.get_absolute_url(), permanent=True)
        if self.entity.kind == Entity.Kind.COUNTRY:
            return redirect(self.entity.get_absolute_url(), permanent=True)
        return None

    def base_params(self):
        return {"entity": [self.entity.slug]}

    def heading(self, filterset):
        return describe_filterset(filterset) if self.narrowed_further(filterset) else self.entity.name


class AuthorDetailView(ArticleListView):
    def prepare(self):
        authors = Author.objects.with_public_articles()
        self.author = authors.filter(slug=self.kwargs["slug"]).first()
        if self.author is None:
            renamed = FormerSlug.objects.holder(authors, self.kwargs["slug"])
            if renamed is None:
                raise Http404("No author with that address.")
            return redirect(renamed.get_absolute_url(), permanent=True)
        return None

    def base_params(self):
        return {"author": [self.author.slug]}

    def heading(self, filterset):
        return describe_filterset(filterset)
