"""Counts beside the results: countries, people, organizations, authors and years.

Joining every match of a common filter to the tag table grows with the
archive, so facets count the newest ``caps.FACET_SAMPLE`` matches (ids read once by the listing) and the page says
so whenever there are more matches than that. All of them are one grouped
statement, whatever the page size or the number of tags.
"""

from dataclasses import dataclass

from django.db import connection
from django.db.models import Case, Count, F, Value, When, Window
from django.db.models.functions import RowNumber

from articles.models import ArticleAuthor, ArticleEntity, Author, Entity

PER_FACET = 10
ENTITY_FACETS = [
    (kind, Entity.KIND_HEADINGS[kind]) for kind in (Entity.Kind.COUNTRY, Entity.Kind.PERSON, Entity.Kind.ORGANIZATION)
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


def grouped_facets(ids):
    """Countries, people, organizations and authors of the articles ``ids`` (``search.id_list``): one statement.

    The tags and credits of the sample are grouped by entity and by author,
    ranked within each kind by a window, and only the rows shown leave the
    database (every country: the coverage map draws them all), names and
    slugs with them. Years come from the chart's day counts (``listing``).
    """
    tags, entities = ArticleEntity._meta.db_table, Entity._meta.db_table
    credits, authors = ArticleAuthor._meta.db_table, Author._meta.db_table
    kinds = [kind for kind, _ in ENTITY_FACETS]
    # Grouped by id first, on the tag and credit indexes alone; the entity and author rows are read once
    # per group (their kind ranks them), not once per tag.
    sql = f"""
        WITH sample(id) AS MATERIALIZED ({ids.sql}),
        tagged AS (SELECT t.entity_id AS id, COUNT(*) AS n FROM {tags} t JOIN sample s ON s.id = t.article_id GROUP BY 1),
        credited AS (SELECT c.author_id AS id, COUNT(*) AS n FROM {credits} c JOIN sample s ON s.id = c.article_id GROUP BY 1),
        ranked AS (
            SELECT e.kind AS kind, e.name AS name, e.slug AS slug, e.iso_code AS iso_code, g.n AS n,
                   ROW_NUMBER() OVER (PARTITION BY e.kind ORDER BY g.n DESC, e.name, e.id) AS place
            FROM tagged g JOIN {entities} e ON e.id = g.id
            WHERE e.kind IN ({", ".join(["%s"] * len(kinds))})
            UNION ALL
            SELECT 'author', a.name, a.slug, '', g.n, ROW_NUMBER() OVER (ORDER BY g.n DESC, a.name, a.id)
            FROM credited g JOIN {authors} a ON a.id = g.id
        )
        SELECT kind, name, slug, iso_code, n FROM ranked WHERE place <= %s OR kind = %s ORDER BY kind, place
    """
    by_kind = {}
    with connection.cursor() as cursor:
        cursor.execute(sql, [*ids.params, *kinds, PER_FACET, Entity.Kind.COUNTRY])
        for kind, name, slug, iso_code, n in cursor.fetchall():
            by_kind.setdefault(kind, []).append((name, slug, iso_code, n))
    facets = []
    for kind, title in ENTITY_FACETS:
        rows = by_kind.get(kind, [])
        if kind == Entity.Kind.COUNTRY:
            every = [FacetValue(name, iso_code.lower(), n, slug) for name, slug, iso_code, n in rows]
            facets.append(Facet("country", title, every[:PER_FACET], every))
        else:
            facets.append(Facet("entity", title, [FacetValue(name, slug, n) for name, slug, _, n in rows]))
    author_rows = by_kind.get("author", [])
    facets.append(Facet("author", "Authors", [FacetValue(name, slug, n) for name, slug, _, n in author_rows]))
    return facets
