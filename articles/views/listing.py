"""The listing and its pre-filtered forms: home, search, country, entity and author pages."""

import datetime
import functools

from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.views.generic import TemplateView

from .. import search
from ..caching import cached_fragment
from ..charts import chart_for, entity_chart
from ..facets import FACET_SAMPLE, all_facets, top_entities
from ..filters import SORTS, ArticleFilter, filter_errors, public_filter
from ..models import Article, ArticleEntity, Author, Entity
from ..pagination import COUNT_CAP, PER_PAGE, BadCursor, Listed, page_number, paginate
from ..templatetags.listing_urls import remove_value
from ..templatetags.worldmap import listing_coverage
from ..worldmap import CoverageMap, Covered
from .titles import describe_filterset

HOME_LATEST = 12
HOME_TOP = 8
# The unfiltered listing changes with every publication, so its facets and
# chart are recomputed often: they count a smaller sample of the newest
# articles (a few weeks of news) than a filtered listing does.
LATEST_FACET_SAMPLE = 1_000
FILTERING = ("q", "country", "entity", "author", "date_from", "date_to")
PAGE_POSITION = ("page", "after", "before")
HOME_WINDOW = datetime.timedelta(days=30)


def fragment_key(request, params):
    """What a page's cached fragments depend on: its path and its filter, not which page of it is shown.

    Parameters the filter does not know (tracking tags and the like) are left
    out, so they neither change the fragments nor fill the cache with copies.
    """
    filtering = [key for key in params if key in ArticleFilter.base_filters and key not in PAGE_POSITION]
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
    window = Article.objects.published().filter(published_at__gte=since).newest_first().values("id")[:FACET_SAMPLE]
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
        key = fragment_key(request, params)
        # A search's newest matches, cached for its filter: its first pages,
        # its relevance ranking and its facet sample come from them, so a warm
        # search page does not search again.
        matches = None
        if filterset.text:
            unsorted = {**key, "filter": [pair for pair in key["filter"] if pair[0] != "sort"]}  # every sort shares them
            matches = cached_fragment("listing-newest-matches", unsorted, lambda: search.newest_matches(filterset.qs))
        tally = cached_fragment("listing-tally", {**key, "cap": COUNT_CAP}, lambda: filterset.tally(COUNT_CAP, matches))
        try:
            source = known_rows(filterset, matches, key, request.GET) or filterset.source()
            page = paginate(
                source,
                page=request.GET.get("page"),
                after=request.GET.get("after"),
                before=request.GET.get("before"),
                # Relevance pages run through the ranked newest matches only, however many match.
                count=min(tally.value, search.RANK_WINDOW) if filterset.order == "relevance" else tally.value,
            )
        except BadCursor as error:
            context["errors"] = [str(error)]
            return self.render_to_response(context, status=400)
        context.update(self.results(filterset, page, key, tally, matches), tally=tally)
        return self.render_to_response(context)

    def get_context_data(self, filterset, params, **kwargs):
        feed_params = params.copy()
        for key in ("page", "after", "before"):
            feed_params.pop(key, None)
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

    def results(self, filterset, page, key, tally, matches=None):
        """The page's articles, and its facets, chart and count (cached for the filter, whatever the page).

        ``tally``: how many articles match, which says whether the facets and chart had to sample.

        ``matches``: a search's cached newest matches, which give the facets
        and chart their sample when they hold it.
        """
        articles = Article.objects.published().cards_in_order(page.ids)
        text = filterset.text
        if text:
            # ts_headline over 20 bodies is the dearest query of a warm search page: cached for these rows.
            marked = cached_fragment("listing-snippets", {**key, "ids": page.ids}, lambda: search.snippets(articles, text))
            for article in articles:
                article.snippet = marked.get(article.pk)
                article.headline_marked = search.highlight(article.headline, text)
        cleaned = filterset.cleaned
        sample_size = FACET_SAMPLE if filterset.is_bound and any(cleaned.get(name) for name in FILTERING) else LATEST_FACET_SAMPLE
        date_from, date_to = cleaned.get("date_from"), cleaned.get("date_to")
        if matches is not None:
            # A search's facets and chart count its newest matches already in hand (1,000): reading 5,000
            # took a common word 0.3 s on a cold page at a million articles, for a sample no less a sample.
            sample_size = min(sample_size, search.RANK_WINDOW)
            sample = lambda: search.id_list([pk for pk, _ in matches[:sample_size]])  # noqa: E731
        else:
            # Read once and handed to the facet and chart queries as ids: as a subquery, a common word's
            # newest 5,000 matches were searched again by each of them (0.25-0.4 s apiece at a million).
            sample = functools.cache(lambda: search.id_list(filterset.newest_id_list(sample_size)))
        facets = cached_fragment("listing-facets", key, lambda: all_facets(sample()))
        chart = cached_fragment(
            "listing-chart",
            {**key, "today": timezone.localdate().isoformat()},  # an open-ended chart runs to today
            lambda: self.chart(filterset, sample, date_from, date_to),
        )
        countries = next((facet for facet in facets if facet.param == "country"), None)
        return {
            "coverage": listing_coverage(
                countries, self.filter_params(), reverse("article-list"), sample_size if tally.value > sample_size else 0
            ) if countries else None,
            "heading": self.heading(filterset),
            "page_title": describe_filterset(filterset),
            "articles": articles,
            "page": page,
            "count_cap": COUNT_CAP,
            "rank_window": search.RANK_WINDOW,
            "facet_sample": sample_size,
            "facets_sampled": tally.value > sample_size,
            "facets": facets,
            "chart": chart,
            "chart_sampled": tally.value > sample_size and not chart.exact,
            "active_filters": active_filters(filterset, self.filter_params()),
            "sort": filterset.order,
        }

    @staticmethod
    def chart(filterset, sample, date_from, date_to):
        """One country's or entity's exact chart over all its months when it can be had; else the sample's."""
        tag = filterset.single_tag()
        exact = entity_chart(tag.pk, date_from, date_to) if tag is not None else None
        return exact or chart_for(sample(), date_from, date_to)

    def render_to_response(self, context, **kwargs):
        context.setdefault("heading", self.heading(context["filterset"]) if "filterset" in context else "")
        context.setdefault("page_title", context["heading"])
        return super().render_to_response(context, **kwargs)


def known_rows(filterset, matches, key, position):
    """The listing as a ``Listed`` when a search's cached newest ``matches`` hold the page asked for; else None.

    Relevance ranks exactly those matches (``search.order_by_relevance``'s
    window), ranked once per filter and cached. Newest first: the numbered
    pages inside them. Oldest first: only when they are every match. Pages
    beyond, and "Older"/"Newer" cursors, search the database as before.
    """
    if matches is None or position.get("after") or position.get("before"):
        return None
    every_match = len(matches) < search.RANK_WINDOW
    if filterset.order == "relevance":
        ranked = lambda: list(  # noqa: E731
            search.order_by_relevance(filterset.qs.filter(pk__in=[pk for pk, _ in matches]), rank_window=None)
            .values_list("id", "published_at")
        )
        return Listed(cached_fragment("listing-ranked", key, ranked), "relevance")
    if filterset.order == "oldest":
        return Listed(matches[::-1], "oldest") if every_match else None
    rows_needed = page_number(position.get("page")) * PER_PAGE + 1  # the page, and one to tell if another follows
    return Listed(matches, "newest") if every_match or rows_needed <= len(matches) else None


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
        if self.entity is None:  # a merged duplicate's old address: its name is an alias of the kept entity now
            kept = Entity.objects.slugs_for_aliases([slug]).get(slug)
            if kept is None:
                raise Http404("No entity with that address.")
            return redirect(get_object_or_404(Entity, slug=kept).get_absolute_url(), permanent=True)
        if self.entity.kind == Entity.Kind.COUNTRY:
            return redirect(self.entity.get_absolute_url(), permanent=True)
        return None

    def base_params(self):
        return {"entity": [self.entity.slug]}

    def heading(self, filterset):
        return describe_filterset(filterset) if self.narrowed_further(filterset) else self.entity.name


class AuthorDetailView(ArticleListView):
    def prepare(self):
        self.author = get_object_or_404(Author.objects.with_public_articles(), slug=self.kwargs["slug"])
        return None

    def base_params(self):
        return {"author": [self.author.slug]}

    def heading(self, filterset):
        return describe_filterset(filterset)
