"""The listing's query-string links: built from one encoding of the query, the same bytes as re-encoding it per link."""

import itertools

import pytest
from django.http import QueryDict

from articles.core.pagination import PAGE_PARAMS
from articles.public.facets import Facet, FacetValue
from articles.templatetags import listing_urls
from articles.templatetags.listing_urls import (
    facet_items, narrow, page_query, remove_value, replace_values,
)

QUERIES = [
    "",
    "q=harbour+strike",
    "page=3&q=harbour",
    "q=caf%C3%A9+%26+bar&country=fr&country=de&sort=newest&after=2021-01-01T00%3A00%3A00%2B00%3A00%2C7",
    "entity=alba-ross&before=x&q=%22one+two%22&date_from=2020-01-01&date_to=2020-12-31&page=2",
    "country=FR&author=jo-quill&entity=a%2Bb&q=1%3D1&extra=",
    "sort=oldest&q=%E2%80%9Cquoted%E2%80%9D+%D0%BC%D0%B8%D1%80&country=ru",
]


def reference(params, change):
    """What the links were before: a copy of the query without paging, changed, and encoded whole."""
    query = QueryDict(mutable=True)
    for key, values in params.lists():
        query.setlist(key, list(values))
    for key in PAGE_PARAMS:
        query.pop(key, None)
    change(query)
    text = query.urlencode()
    return f"?{text}" if text else "?"


def _add(key, value):
    def change(query):
        values = query.getlist(key)
        if value.lower() not in {v.lower() for v in values}:
            values.append(value)
        query.setlist(key, values)
    return change


def _set(**values):
    def change(query):
        for key, value in values.items():
            query.pop(key, None) if value in (None, "") else query.setlist(key, [str(value)])
    return change


def _remove(key, value=None):
    def change(query):
        if value is None:
            query.pop(key, None)
        else:
            kept = [v for v in query.getlist(key) if v.lower() != value.lower()]
            query.setlist(key, kept) if kept else query.pop(key, None)
    return change


@pytest.mark.parametrize("text", QUERIES)
def test_every_link_is_the_query_changed_and_encoded_whole(text):
    params = QueryDict(text)
    values = ["fr", "FR", "es", "alba-ross", "new value & more", "ünïcode", "a+b", "x=y"]
    for key, value in itertools.product(["country", "entity", "q", "author", "new", "self", "values"], values):
        added = _set(**{key: value}) if key == "author" else _add(key, value)  # one author at a time
        assert narrow(params, Facet(key, key, []), FacetValue(value, value, 1)) == reference(params, added)
        assert remove_value(params, key, value) == reference(params, _remove(key, value))
        assert replace_values(params, **{key: value}) == reference(params, _set(**{key: value}))
    for key in ["country", "q", "date_from", "page", "missing"]:
        assert remove_value(params, key) == reference(params, _remove(key))
    assert replace_values(params, date_from="2019-01-01", date_to="2019-12-31") == reference(
        params, _set(date_from="2019-01-01", date_to="2019-12-31")
    )
    assert replace_values(params, q="", sort=None) == reference(params, _set(q="", sort=None))
    assert replace_values(params) == reference(params, _set())
    assert page_query(params, {"page": 4}) == reference(params, _set(page=4))
    assert page_query(params, {"page": 1}) == reference(params, _set())
    assert page_query(params, {"after": "2020-05-01T10:00:00+00:00,12"}) == reference(
        params, _set(after="2020-05-01T10:00:00+00:00,12")
    )
    assert page_query(params, None) == reference(params, _set())


def test_a_query_that_is_not_a_querydict_gives_empty_links():
    assert narrow({}, Facet("country", "Countries", []), FacetValue("France", "fr", 1)) == "?country=fr"
    assert page_query(None, {"page": 2}) == "?page=2"


def _facets():
    return [
        Facet("country", "Countries", [FacetValue("France", "fr", 1200), FacetValue("Spain & co", "es", 3, slug="spain")]),
        Facet("entity", "People", [FacetValue("Alba Ross", "alba-ross", 14), FacetValue("Bo <Li>", "bo-li", 2)]),
        Facet("author", "Authors", [FacetValue("Jo Quill", "jo-quill", 9)]),
        Facet("year", "Years", [FacetValue("2020", "2020", 1234567), FacetValue("2019", "2019", 8)]),
    ]


@pytest.mark.parametrize("text", QUERIES)
def test_a_facets_links_are_each_values_narrowed_query(text):
    params = QueryDict(text)
    for facet in _facets():
        html = facet_items(params, facet, "/articles/")
        for value in facet.values:
            if not listing_urls.is_active(params, facet, value):
                if facet.param == "year":
                    expected = reference(params, _set(date_from=f"{value.value}-01-01", date_to=f"{value.value}-12-31"))
                elif facet.param == "author":
                    expected = reference(params, _set(author=value.value))
                else:
                    expected = reference(params, _add(facet.param, value.value))
                assert narrow(params, facet, value) == expected
                assert f'href="/articles/{expected.replace("&", "&amp;")}"' in html


def test_facet_items_markup_is_unchanged():
    params = QueryDict("q=harbour&country=fr&page=2")
    country, people, _, years = _facets()
    assert facet_items(params, country, "/articles/") == (
        '\n      <li><span class="facet__chosen" aria-current="true">France</span> <span class="count">1,200</span></li>\n      '
        '\n      <li><a href="/articles/?q=harbour&amp;country=fr&amp;country=es" rel="nofollow">Spain &amp; co</a>'
        ' <span class="count">3</span></li>\n      '
    )
    assert '<a href="/articles/?q=harbour&amp;country=fr&amp;entity=bo-li" rel="nofollow">Bo &lt;Li&gt;</a>' in (
        facet_items(params, people, "/articles/")
    )
    assert (
        '<a href="/articles/?q=harbour&amp;country=fr&amp;date_from=2020-01-01&amp;date_to=2020-12-31" rel="nofollow">2020</a>'
        ' <span class="count">1,234,567</span>'
    ) in facet_items(params, years, "/articles/")


def reference_items(params, facet, listing_url):
    """The facet's items as format_html built them, one call per value."""
    from django.contrib.humanize.templatetags.humanize import intcomma
    from django.utils.html import format_html

    items = []
    for value in facet.values:
        if listing_urls.is_active(params, facet, value):
            shown = format_html('<span class="facet__chosen" aria-current="true">{}</span>', value.label)
        else:
            shown = format_html('<a href="{}{}" rel="nofollow">{}</a>', listing_url, narrow(params, facet, value), value.label)
        items.append(format_html('\n      <li>{} <span class="count">{}</span></li>\n      ', shown, intcomma(value.count)))
    return "".join(items)


@pytest.mark.parametrize("text", QUERIES)
def test_facet_items_are_what_format_html_gave(text):
    from django.utils.safestring import mark_safe

    params = QueryDict(text)
    odd = Facet("entity", "People", [
        FacetValue("Ann \"Nan\" O'Hara & <Co>", "ann-o-hara", 0), FacetValue(mark_safe("<b>Safe</b> &amp; sound"), "safe", 12345),
        FacetValue("Zoë", "zoe", 10**9),
    ])
    for facet in [*_facets(), odd]:
        for listing_url in ("/articles/", "/a&b/"):
            assert facet_items(params, facet, listing_url) == reference_items(params, facet, listing_url)


@pytest.mark.parametrize("text", QUERIES)
def test_the_maps_links_add_their_country_after_the_query(text):
    from django.utils.http import urlencode

    from articles.templatetags.worldmap import listing_coverage

    params = QueryDict(text)
    values = [
        FacetValue("France", "fr", 12, "france"), FacetValue("Côte d'Ivoire", "ci", 3, "côte-d-ivoire & co"),
        FacetValue("Spain", "es", 2, ""), FacetValue("Russia", "ru", 1, "russia"),
    ]
    chosen = {code.lower() for code in params.getlist("country")}
    base = reference(params, _set())
    base = f"/articles/{base}&" if base != "?" else "/articles/?"
    expected = [
        "" if value.value in chosen else base + urlencode(
            {"entity": value.slug} if chosen and value.slug else {"country": value.value}
        )
        for value in values
    ]
    coverage = listing_coverage(Facet("country", "Countries", values[:2], values), params, "/articles/")
    assert [country.url for country in coverage.countries] == expected


@pytest.mark.parametrize("prefix", ["/", "/news/", "/a b%/"])
def test_article_addresses_are_what_reverse_gives(prefix):
    import datetime

    from django.urls import NoReverseMatch, reverse, set_script_prefix

    from articles.core.links import reverse_dated

    def expected(year, month, day, slug):
        return reverse("article-detail", kwargs={"year": year, "month": f"{month:02d}", "day": f"{day:02d}", "slug": slug})

    try:
        set_script_prefix(prefix)
        for day in (datetime.date(1, 1, 1), datetime.date(2024, 2, 29), datetime.date(9999, 12, 31), datetime.date(987, 7, 4)):
            for slug in ("a", "harbour-strike-ends_2", "X-Y-9", "café-talks", "новый-мост", "नई-सड़क"):
                assert reverse_dated("article-detail", day.year, day.month, day.day, slug) == expected(day.year, day.month, day.day, slug)
        for slug in ("", "two words", "a/b", "a.b"):  # refused by the slug converter: reverse's own error, as before
            with pytest.raises(NoReverseMatch):
                reverse_dated("article-detail", 2024, 1, 2, slug)
    finally:
        set_script_prefix("/")


def test_the_country_menu_is_the_markup_built_afresh():
    from html import escape

    from articles.templatetags.cards import country_options

    choices = [("FR", "France"), ("CI", "Côte d'Ivoire"), ("XX", 'A "quoted" <land> & co'), ("es", "Spain")]
    for chosen in ("", "fr", "ci", "es", "FR", "zz"):
        expected = "".join(
            f'<option value="{escape(code.lower())}"{" selected" if code.lower() == chosen else ""}>{escape(name)}</option>'
            for code, name in choices
        )
        for _ in range(2):  # the second time from the remembered markup
            assert country_options(choices, chosen) == expected
        assert country_options(list(reversed(choices)), chosen) != expected
