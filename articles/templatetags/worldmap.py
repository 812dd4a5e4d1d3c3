"""``{% coverage_map coverage %}`` and ``{% coverage_ranking coverage %}``: markup built by :mod:`articles.worldmap`."""

from django import template
from django.utils.safestring import mark_safe

from .. import worldmap
from .listing_urls import QueryLinks, encode_values

register = template.Library()


@register.simple_tag
def coverage_map(coverage, map_id="coverage", table=True):
    """The map's figure; ``table=False`` where the page lists the same numbers itself (the countries index)."""
    # Every value in the markup goes through html.escape in worldmap.render; the outlines are our own file.
    return mark_safe(worldmap.render(coverage, map_id, table)) if coverage is not None else ""


@register.simple_tag
def coverage_ranking(coverage):
    """The countries index's list of countries by coverage (escaped in worldmap.render_ranking, like the map)."""
    return mark_safe(worldmap.render_ranking(coverage))


def listing_coverage(facet, params, listing_url, sampled=0):
    """The map of a listing's country facet: each country a link that narrows the listing to it.

    With no country chosen the link adds ``country=``; with some chosen
    (countries are "any of") it adds the country as an ``entity=`` (all of),
    so that the link leads to exactly the articles the map counted.
    """
    chosen = {code.lower() for code in params.getlist("country")}
    required = {slug.lower() for slug in params.getlist("entity")}
    base = QueryLinks(params).encoded_query()  # once, not once per country (a sample may name 200)
    base = f"{listing_url}?{base}&" if base else f"{listing_url}?"
    countries = []
    for value in facet.every or facet.values:
        if value.value in chosen or value.slug.lower() in required:
            countries.append(worldmap.Covered(value.value.upper(), value.label, value.count, chosen=True))
            continue
        narrowing = encode_values("entity", [value.slug]) if chosen and value.slug else encode_values("country", [value.value])
        countries.append(worldmap.Covered(value.value.upper(), value.label, value.count, base + narrowing))
    return worldmap.CoverageMap(countries, sampled=sampled, caption="Where these articles are about")
