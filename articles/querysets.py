"""Chainable queries for the archive: views and feeds compose these, never raw filters."""

import datetime
import re
from typing import NamedTuple

from django.apps import apps
from django.db import connections, models, transaction
from django.db.models import Count, Expression, JSONField, OuterRef, Prefetch, Subquery, Sum
from django.db.models.functions import Coalesce, TruncDate
from django.db.models.query import ModelIterable
from django.utils import timezone

from . import search
from .core.db import with_id_in
from .models.derived import slugify_any_script
from .search.sql import country_tag_word


def _article_entity():
    return apps.get_model("articles", "ArticleEntity")


def _article_author():
    return apps.get_model("articles", "ArticleAuthor")


def within_days(queryset, field, start=None, end=None):
    """``queryset`` where the instant ``field`` lies from the first moment of ``start`` to the last of ``end``.

    ``start`` and ``end`` are dates (inclusive, either may be None) in the
    current time zone. The column is compared with two instants, not cast to
    a date, so its index stays usable on a large archive.
    """
    tz = timezone.get_current_timezone()
    if start:
        queryset = queryset.filter(**{f"{field}__gte": datetime.datetime.combine(start, datetime.time.min, tzinfo=tz)})
    if end:
        following = datetime.datetime.combine(end + datetime.timedelta(days=1), datetime.time.min, tzinfo=tz)
        queryset = queryset.filter(**{f"{field}__lt": following})
    return queryset


def public_tags(entity_id, start=None, end=None):
    """Tag rows of one entity on public articles, from the denormalised date index.

    "Articles about X, newest first" is one range scan on
    ``articleentity_entity_date_idx``; the articles are fetched afterwards by id.
    """
    tags = _article_entity().objects.filter(
        entity_id=entity_id, article_is_published=True, article_published_at__lte=timezone.now()
    )
    return within_days(tags, "article_published_at", start, end)


# The tagged names in an article's search names: in order of first mention, tags an editor added (no offset) last.
SEARCH_NAMES_TAG_ORDER = (models.F("first_offset").asc(nulls_last=True), "pk")


def search_names_text(names, byline):
    """An article's ``search_names``: its tagged entities' names (with their aliases), then its byline."""
    return " ".join(name for name in [*names, byline] if name)


def _name_words(name):
    return set(re.findall(r"\w+", name.casefold()))


def entity_search_names(entity_id, name, kind, aliases):
    """The names an entity answers to in full-text search: its name, then the aliases that add a word.

    "Zelenskyy" for "Volodymyr Zelensky" is kept; "Putin" for "Vladimir Putin" adds nothing.
    A country's aliases are left out: they are its capital and demonyms ("Kyiv", "Ukrainian"),
    and a reader searching "Kyiv" is not asking for every article tagged Ukraine. A country's
    tag word follows its name (``country_tag_word``: what a search within a country looks up).
    """
    if kind == "country":
        return [name, country_tag_word(entity_id)]
    words = _name_words(name)
    extra = {alias for alias in aliases if not _name_words(alias) <= words}
    return [name, *sorted(extra, key=lambda alias: (alias.casefold(), alias))]


def search_names_by_entity(rows, using="default"):
    """``{entity_id: [name, *aliases]}`` from ``(entity_id, name, kind)`` rows; one query for the aliases.

    The one home of "what names an entity is found by": articles' ``search_names`` are built from it
    on import, on every tag change, and after a rename, a merge or an alias edit.
    """
    rows = {entity_id: (name, kind) for entity_id, name, kind in rows}
    aliases = {}
    wanted = [entity_id for entity_id, (_, kind) in rows.items() if kind != "country"]
    if wanted:
        model = apps.get_model("articles", "EntityAlias")
        for entity_id, alias in model.objects.using(using).filter(entity_id__in=wanted).values_list("entity_id", "name"):
            aliases.setdefault(entity_id, []).append(alias)
    return {
        entity_id: entity_search_names(entity_id, name, kind, aliases.get(entity_id, ()))
        for entity_id, (name, kind) in rows.items()
    }


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """What readers may see: published, and whose publication time has come."""
        return self.filter(status="published", published_at__lte=timezone.now())

    def withdrawn(self):
        """Articles taken down after publication: never listed, their addresses answer 410 with the note."""
        return self.filter(status="withdrawn")

    def in_country(self, *codes):
        """Articles tagged with any of these countries (ISO alpha-2, any case)."""
        codes = [code.upper() for code in codes if code]
        # The countries' ids first, then a semi-join on them: the planner then knows from its statistics
        # how many articles a country has (a DISTINCT over a join through the code sorted whole articles).
        countries = apps.get_model("articles", "Entity").objects.countries()
        ids = list(countries.filter(iso_code__in=codes).values_list("pk", flat=True))
        return self.tagged_with_any(ids)

    def search(self, query, *, within_countries=()):
        """Articles matching ``query`` (web-search syntax), with a ``search_rank`` alias; see ``search.search``."""
        return search.search(self, query, within_countries=within_countries)

    def published_in_days(self, start=None, end=None):
        """Published from the first moment of ``start`` to the last of ``end`` (dates, inclusive)."""
        return within_days(self, "published_at", start, end)

    def count_by_day(self):
        """``{date: articles}`` by local day of publication, for the days that have any: one grouped query."""
        rows = (
            self.annotate(day=TruncDate("published_at", tzinfo=timezone.get_current_timezone()))
            .values("day")
            .annotate(n=Count("id"))
            .order_by("day")
        )
        return {row["day"]: row["n"] for row in rows}

    def tagged_with_any(self, entity_ids):
        """Articles tagged with at least one of these entities; a semi-join, so no DISTINCT."""
        tags = _article_entity().objects.filter(entity_id__in=list(entity_ids)).values("article_id")
        return with_id_in(self, tags)

    def tagged_with_all(self, entity_ids):
        """Articles tagged with every one of these entities: a semi-join on the tag table per entity.

        The filter form accepts at most ``filters.MAX_VALUES`` of them, which
        bounds the planner's work (it grows with each subquery); within that
        bound a semi-join per entity beats grouping all their tags by article
        (BENCHMARKS.md).
        """
        qs = self
        for entity_id in sorted(set(entity_ids)):
            qs = with_id_in(qs, _article_entity().objects.filter(entity_id=entity_id).values("article_id"))
        return qs

    def credited_to(self, author_id):
        return with_id_in(self, _article_author().objects.filter(author_id=author_id).values("article_id"))

    def newest_first(self):
        return self.order_by("-published_at", "-id")

    def for_cards(self):
        """What a result card shows, in one query whatever the page size: each article's authors and
        country tags come with it as two JSON arrays (``card_credits``, ``card_countries``) that
        :class:`CardIterable` turns into ``credits_for_card`` and ``country_tags``."""
        queryset = self.card_columns().annotate(card_credits=CardRows("credits"), card_countries=CardRows("countries"))
        queryset._iterable_class = CardIterable
        return queryset

    def card_columns(self):
        """The article columns a card shows, without its authors and tags (``card_prefetches`` adds those)."""
        return self.defer("body_html", "body_text", "search_names")

    def cards_in_order(self, ids):
        """The articles with these ids ready for result cards, in the order of ``ids`` (a list; three queries)."""
        position = {pk: index for index, pk in enumerate(ids)}
        return sorted(self.filter(id__in=ids).for_cards(), key=lambda article: position[article.pk])

    def refresh_search_names(self, batch_size=1000, progress=None):
        """Rewrite these articles' ``search_names`` from their tags and bylines where they differ; return how many.

        ``Article.refresh_search_names()`` for many articles at once: what an
        entity's rename needs, when every article tagged with it still carries
        the old name. Batches of ``batch_size`` ids (keyset, so no batch reads
        more than it writes), each its own transaction, so a long run holds no
        lock for long and can be stopped and run again. Only changed rows are
        written: on PostgreSQL each write recomputes the article's search
        vector. ``progress``, if given, is called with each batch's size.
        """
        ids = self.order_by("pk").values_list("pk", flat=True).distinct()
        rewritten, last = 0, None
        while batch := list((ids if last is None else ids.filter(pk__gt=last))[:batch_size]):
            last = batch[-1]
            names = {pk: [] for pk in batch}
            tags = _article_entity().objects.filter(article_id__in=batch).order_by("article_id", *SEARCH_NAMES_TAG_ORDER)
            rows = list(tags.values_list("article_id", "entity_id", "entity__name", "entity__kind"))
            by_entity = search_names_by_entity((row[1:] for row in rows), using=self.db)
            for article_id, entity_id, _, _ in rows:
                names[article_id].extend(by_entity[entity_id])
            stale = []
            for article in self.model.objects.filter(pk__in=batch).only("pk", "byline", "search_names"):
                wanted = search_names_text(names[article.pk], article.byline)
                if article.search_names != wanted:
                    article.search_names = wanted
                    stale.append(article)
            with transaction.atomic(using=self.db):
                self.model.objects.using(self.db).bulk_update(stale, ["search_names"])
            rewritten += len(stale)
            if progress is not None:
                progress(len(batch))
        return rewritten


class AuthorQuerySet(models.QuerySet):
    def with_public_articles(self):
        """Authors credited on at least one article readers can see: the others have no public page."""
        public = apps.get_model("articles", "Article").objects.published()
        return self.filter(
            models.Exists(_article_author().objects.filter(author=models.OuterRef("pk"), article__in=public))
        )


class EntityQuerySet(models.QuerySet):
    def countries(self):
        return self.filter(kind="country")

    def slugs_for_aliases(self, slugs):
        """``{slug: entity slug}`` for slugs no entity has but one of its aliases would ("volodymyr-zelenskyy").

        A merged duplicate's address and filter value keep working: its name is the kept entity's alias now.
        One query per unknown slug; nothing for a slug that is an alias of two entities.
        """
        found = {}
        for slug in slugs:
            aliases = apps.get_model("articles", "EntityAlias").objects.filter(
                normalized__startswith=slug.split("-")[0], entity__in=self
            ).values_list("name", "entity__slug")
            owners = {entity_slug for name, entity_slug in aliases if slugify_any_script(name) == slug}
            if len(owners) == 1:
                found[slug] = owners.pop()
        return found

    def with_public_article_counts(self):
        """Annotate ``article_count``: public articles tagged with each entity.

        Whole months before this one are summed from the counts the database
        keeps on every tag write (``EntityMonthCount``: a few hundred rows for
        the busiest country, not its hundreds of thousands of tags); this
        month so far is counted live on the tag index, which also leaves out
        articles scheduled for later.
        """
        now = timezone.now()
        month_start = now.astimezone(datetime.UTC).replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        past_months = (
            apps.get_model("articles", "EntityMonthCount").objects
            .filter(entity=OuterRef("pk"), month__lt=month_start.date())
            .values("entity").annotate(total=Sum("articles")).values("total")
        )
        this_month = (
            _article_entity().objects
            .filter(
                entity=OuterRef("pk"), article_is_published=True,
                article_published_at__gte=month_start, article_published_at__lte=now,
            )
            .values("entity").annotate(total=Count("id")).values("total")
        )
        return self.annotate(
            article_count=Coalesce(Subquery(past_months), 0) + Coalesce(Subquery(this_month), 0)
        )


class CorrectionQuerySet(models.QuerySet):
    def visible(self):
        """Corrections whose date has come: one dated later is shown from that date on."""
        return self.filter(published_at__lte=timezone.now())

    def public(self):
        """Corrections to articles readers can see (not to drafts, scheduled or withdrawn ones)."""
        return self.filter(
            article__status="published", article__published_at__lte=timezone.now(), published_at__lte=timezone.now()
        )

    def newest_first(self):
        return self.order_by("-published_at", "-id")


class ImportJobQuerySet(models.QuerySet):
    def recent(self, limit=50):
        return self.select_related("created_by").order_by("-created_at", "-id")[:limit]

    def unfinished(self):
        return self.filter(status__in=["queued", "running"])


class ImportItemQuerySet(models.QuerySet):
    def _counts(self):
        return {
            "done": models.Count("pk", filter=~models.Q(status="pending")),
            "created": Coalesce(models.Sum("created_count"), 0),
            "duplicates": Coalesce(models.Sum("duplicate_count"), 0),
            "failed": Coalesce(models.Sum("failed_count"), 0),
        }

    def outcome_counts(self):
        """Items done, and articles created, found already there and failed (one aggregate query)."""
        return self.aggregate(**self._counts())

    def outcome_counts_by_job(self, job_ids):
        """``{job id: outcome_counts()}`` for several jobs in one grouped query."""
        rows = self.filter(job_id__in=job_ids).values("job_id").annotate(**self._counts()).order_by()
        return {row.pop("job_id"): row for row in rows}

    def with_failures(self):
        return self.filter(failed_count__gt=0).order_by("position")

    def near_duplicates(self):
        """Items that looked like an archived article: undecided, or decided and not imported anyway."""
        return self.filter(status__in=["undecided", "replaced", "skipped"])

    def _decision_counts(self):
        def articles(status):
            return Coalesce(models.Sum("near_duplicate_count", filter=models.Q(status=status)), 0)

        return {
            "undecided": articles("undecided"), "replaced": articles("replaced"), "skipped": articles("skipped"),
            "queued": models.Count("pk", filter=models.Q(status="undecided") & ~models.Q(decision="")),
        }

    def decision_counts(self):
        """Near-duplicate articles awaiting a decision, replaced and skipped, and items whose decision is queued."""
        return self.near_duplicates().aggregate(**self._decision_counts())

    def decision_counts_by_job(self, job_ids):
        """``{job id: decision_counts()}`` for several jobs in one grouped query (jobs with none left out)."""
        rows = self.near_duplicates().filter(job_id__in=job_ids).values("job_id").annotate(**self._decision_counts())
        return {row.pop("job_id"): row for row in rows.order_by()}


class CardRows(Expression):
    """The article's author credits (``"credits"``) or country tags (``"countries"``) as one JSON array of
    ``[order, id, name, slug(, ISO code)]`` rows: a correlated subquery for :meth:`ArticleQuerySet.for_cards`.

    Written as SQL rather than composed from ORM subqueries, which took longer to build and compile than the
    database takes to run it. ``jsonb_agg`` on PostgreSQL, ``json_group_array`` on SQLite.
    """

    output_field = JSONField()
    FUNCTIONS = {"postgresql": ("JSONB_AGG", "JSONB_BUILD_ARRAY"), "sqlite": ("JSON_GROUP_ARRAY", "JSON_ARRAY")}

    def __init__(self, what):
        super().__init__()
        self.what = what

    def as_sql(self, compiler, connection):
        aggregate, array = self.FUNCTIONS[connection.vendor]
        quote = connection.ops.quote_name
        article = f"{compiler.quote_name_unless_alias(compiler.query.base_table)}.{quote('id')}"
        if self.what == "credits":
            credits, authors = _article_author()._meta.db_table, apps.get_model("articles", "Author")._meta.db_table
            return (
                f"(SELECT {aggregate}({array}(c.position, c.id, a.name, a.slug)) FROM {quote(credits)} c"
                f" JOIN {quote(authors)} a ON a.id = c.author_id WHERE c.article_id = {article})"
            ), []
        tags, entities = _article_entity()._meta.db_table, apps.get_model("articles", "Entity")._meta.db_table
        return (
            f"(SELECT {aggregate}({array}(t.first_offset, t.id, e.name, e.slug, e.iso_code)) FROM {quote(tags)} t"
            f" JOIN {quote(entities)} e ON e.id = t.entity_id WHERE t.article_id = {article} AND e.kind = %s)"
        ), ["country"]


class CardAuthor(NamedTuple):
    name: str
    slug: str


class CardCredit(NamedTuple):
    """What a card reads of an ``ArticleAuthor``: ``credit.author.name`` and ``.slug``."""

    author: CardAuthor


class CardCountry(NamedTuple):
    name: str
    slug: str
    iso_code: str


class CardTag(NamedTuple):
    """What a card reads of an ``ArticleEntity``: ``tag.entity.name``, ``.slug`` and ``.iso_code``."""

    entity: CardCountry


class CardIterable(ModelIterable):
    """Articles of ``for_cards()``, each with ``credits_for_card`` (byline order) and ``country_tags`` (order of first
    mention, as the models' ``Meta.ordering`` and the database's place for NULLs put them) built from its JSON rows."""

    def __iter__(self):
        nulls_last = connections[self.queryset.db].features.nulls_order_largest
        for article in super().__iter__():
            values = article.__dict__
            credits = sorted(values.pop("card_credits") or ())
            article.credits_for_card = [CardCredit(CardAuthor(name, slug)) for _, _, name, slug in credits]
            tags = values.pop("card_countries") or ()
            tags = sorted(tags, key=lambda tag: ((tag[0] is None) == nulls_last, tag[0] or 0, tag[1]))
            article.country_tags = [CardTag(CardCountry(name, slug, code)) for _, _, name, slug, code in tags]
            yield article


def card_prefetches():
    """The authors and country tags of result cards, one query each: for ``prefetch_related`` or
    ``prefetch_related_objects`` (when only some of the articles read become cards)."""
    credits = _article_author().objects.select_related("author").only(
        "id", "article_id", "position", "author__name", "author__slug"
    )
    countries = (
        _article_entity()
        .objects.filter(entity__kind="country")
        .select_related("entity")
        .only("id", "article_id", "first_offset", "entity__name", "entity__iso_code", "entity__kind", "entity__slug")
    )
    return (
        Prefetch("author_credits", queryset=credits, to_attr="credits_for_card"),
        Prefetch("tags", queryset=countries, to_attr="country_tags"),
    )
