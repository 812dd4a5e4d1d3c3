"""Counts beside the results: countries, people, organizations, authors and years.

At a million articles, joining every matching row to the tag table costs
hundreds of milliseconds for a common country. So facets count the newest
:data:`FACET_SAMPLE` matches — a LIMITed subquery of ids — and the page says
so whenever there are more matches than that. Each facet is one grouped query,
whatever the page size or the number of tags.
"""

from dataclasses import dataclass

from django.db.models import Case, Count, F, Value, When, Window
from django.db.models.functions import ExtractYear, RowNumber

from .models import Article, ArticleAuthor, ArticleEntity, Entity

FACET_SAMPLE = 5_000
PER_FACET = 10
ENTITY_FACETS = [
    (Entity.Kind.COUNTRY, "Countries"),
    (Entity.Kind.PERSON, "People"),
    (Entity.Kind.ORGANIZATION, "Organizations"),
]


@dataclass
class FacetValue:
    label: str
    value: str
    count: int
    slug: str = ""


@dataclass
class Facet:
    param: str
    title: str
    values: list
    every: list = None  # countries: every one in the sample, for the coverage map (``values`` are the top ones)


def top_entities(tags, per_kind=PER_FACET, every_country=True):
    """The ``per_kind`` most frequent entities of each kind among ``tags``, in one query.

    A window ranks entities within their kind so the database returns only the
    rows shown, however many distinct entities the matches name. Countries
    are all returned (``every_country``), ranked the same way: at most some
    250 rows, and what the coverage map draws.
    """
    keep = Case(When(entity__kind=Entity.Kind.COUNTRY, then=Value(10_000)), default=Value(per_kind)) if every_country else per_kind
    rows = (
        tags.values("entity__kind", "entity__name", "entity__slug", "entity__iso_code")
        .annotate(n=Count("id"))
        .annotate(rank=Window(RowNumber(), partition_by=F("entity__kind"), order_by=[F("n").desc(), F("entity__name").asc()]))
        .filter(rank__lte=keep)
        .order_by("entity__kind", "rank")
    )
    by_kind = {}
    for row in rows:
        by_kind.setdefault(row["entity__kind"], []).append(row)
    return by_kind


def entity_facets(ids, kinds=ENTITY_FACETS):
    by_kind = top_entities(ArticleEntity.objects.filter(article_id__in=ids, entity__kind__in=[k for k, _ in kinds]))
    facets = []
    for kind, title in kinds:
        if kind == Entity.Kind.COUNTRY:
            every = [
                FacetValue(r["entity__name"], r["entity__iso_code"].lower(), r["n"], r["entity__slug"])
                for r in by_kind.get(kind, [])
            ]
            facets.append(Facet("country", title, every[:PER_FACET], every))
        else:
            values = [FacetValue(r["entity__name"], r["entity__slug"], r["n"]) for r in by_kind.get(kind, [])]
            facets.append(Facet("entity", title, values))
    return facets


def author_facet(ids):
    rows = (
        ArticleAuthor.objects.filter(article_id__in=ids)
        .values("author__name", "author__slug")
        .annotate(n=Count("id"))
        .order_by("-n", "author__name")[:PER_FACET]
    )
    return Facet("author", "Authors", [FacetValue(r["author__name"], r["author__slug"], r["n"]) for r in rows])


def year_facet(ids):
    rows = (
        Article.objects.filter(id__in=ids)
        .annotate(year=ExtractYear("published_at"))
        .values("year")
        .annotate(n=Count("id"))
        .order_by("-year")
    )
    return Facet("year", "Years", [FacetValue(str(r["year"]), str(r["year"]), r["n"]) for r in rows])


def all_facets(ids):
    """Countries, people, organizations, authors and years for these ids: three queries."""
    return [*entity_facets(ids), author_facet(ids), year_facet(ids)]
