"""The entities articles are about: an entity with its aliases, its tags on articles, its monthly counts and its
merges."""

import logging
import unicodedata

from django.conf import settings
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone

from ..core.conf import caps
from ..core.links import reverse_one
from ..core.sanitize import plain_text
from ..querysets import EntityQuerySet
from .articles import Article
from .derived import SLUG_HELP, AnyScriptSlugField, unique_slug

logger = logging.getLogger(__name__)

ISO_ALPHA2 = r"^[A-Z]{2}$"
WIKIDATA_QID = r"^Q[1-9][0-9]*$"


class Entity(models.Model):
    """Something articles are about: a country, a person, an organization or a place."""

    class Kind(models.TextChoices):
        COUNTRY = "country", "Country"
        PERSON = "person", "Person"
        ORGANIZATION = "organization", "Organization"
        PLACE = "place", "Place"

    # Each kind's heading where entities are shown by kind, in the order readers meet them.
    KIND_HEADINGS = {
        Kind.COUNTRY: "Countries", Kind.PERSON: "People", Kind.ORGANIZATION: "Organizations", Kind.PLACE: "Places",
    }

    name = models.CharField(max_length=200)
    slug = AnyScriptSlugField(max_length=120, unique=True, blank=True, help_text=SLUG_HELP)
    kind = models.CharField(max_length=16, choices=Kind.choices)
    iso_code = models.CharField(
        "ISO code",
        max_length=2,
        blank=True,
        help_text="ISO 3166-1 alpha-2 code, upper case (countries only), e.g. RU.",
    )
    country = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
        limit_choices_to={"kind": Kind.COUNTRY},
        help_text="The country this person, organization or place belongs to, where known.",
    )
    wikidata_id = models.CharField(
        "Wikidata ID", max_length=20, blank=True, help_text="Wikidata QID such as Q7747, if known."
    )
    description = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = EntityQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "entities"
        indexes = [models.Index(fields=["kind", "name"], name="entity_kind_name_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=["country", "person", "organization", "place"]),
                name="entity_kind_valid",
            ),
            models.CheckConstraint(
                condition=(Q(kind="country") & Q(iso_code__regex=ISO_ALPHA2))
                | (~Q(kind="country") & Q(iso_code="")),
                name="entity_iso_code_only_for_countries",
                violation_error_message="Countries need an upper-case ISO 3166-1 alpha-2 code; other kinds none.",
            ),
            models.UniqueConstraint(
                fields=["iso_code"], condition=~Q(iso_code=""), name="entity_iso_code_unique"
            ),
            models.CheckConstraint(
                condition=Q(wikidata_id="") | Q(wikidata_id__regex=WIKIDATA_QID),
                name="entity_wikidata_id_format",
                violation_error_message="A Wikidata ID looks like Q7747.",
            ),
            models.UniqueConstraint(
                fields=["wikidata_id"], condition=~Q(wikidata_id=""), name="entity_wikidata_id_unique"
            ),
            models.CheckConstraint(
                condition=Q(country__isnull=True) | ~Q(kind="country"),
                name="entity_country_has_no_parent",
            ),
        ]

    def __str__(self):
        return self.name

    @classmethod
    def from_db(cls, db, field_names, values):
        entity = super().from_db(db, field_names, values)
        entity._stored_name = entity.__dict__.get("name")  # absent when deferred
        return entity

    def refresh_from_db(self, *args, fields=None, **kwargs):
        super().refresh_from_db(*args, fields=fields, **kwargs)
        if fields is None or "name" in fields:
            self._stored_name = self.name

    def save(self, *args, **kwargs):
        self.name = plain_text(self.name)
        if not self.slug:
            self.slug = unique_slug(Entity, self.name, exclude_pk=self.pk)
        self.iso_code = (self.iso_code or "").strip().upper()
        stored_name = getattr(self, "_stored_name", None)
        renamed = not self._state.adding and stored_name is not None and stored_name != self.name
        super().save(*args, **kwargs)
        self._stored_name = self.name
        self.articles_with_old_name = self.refresh_tagged_articles_search_names() if renamed else 0

    def refresh_tagged_articles_search_names(self, change="was renamed"):
        """Rewrite the search names of the articles tagged with this entity once the rename commits.

        Full-text search reads entity names from each article's own
        ``search_names``, so without this a renamed person is found only by
        the old name. Returns how many articles are left with the old name
        (past ``caps.RENAME_REFRESH_INLINE_LIMIT``), 0 when all are taken care of.
        """
        articles = Article.objects.filter(pk__in=self.article_tags.values("article_id"))
        return self.refresh_search_names_later(articles, self.article_tags.count(), change)

    def aliases_changed(self):
        """An alias was added, renamed or removed: the tagged articles' search names follow, as for a rename.

        A country's aliases are not in search names (see ``entity_search_names``), so nothing is rewritten.
        """
        if self.kind == self.Kind.COUNTRY or self.pk is None:
            self.articles_with_old_name = 0
            return 0
        self.articles_with_old_name = self.refresh_tagged_articles_search_names("has new aliases")
        return self.articles_with_old_name

    def refresh_search_names_later(self, articles, count, change):
        """Rewrite ``articles``' search names when the transaction commits, if ``count`` can wait; else how many are left.

        Past ``caps.RENAME_REFRESH_INLINE_LIMIT`` nothing is rewritten here: the
        articles keep the old names in search until ``manage.py
        refresh_search_names --entity`` runs, which the log and the admin say.
        """
        if count > caps.RENAME_REFRESH_INLINE_LIMIT:
            logger.warning(
                "%s %s; %d tagged articles keep the old name in search until "
                "`manage.py refresh_search_names --entity %s` runs", self.name, change, count, self.slug,
            )
            return count
        if count:
            transaction.on_commit(articles.refresh_search_names, using=self._state.db)
        return 0

    def get_absolute_url(self):
        if self.kind == self.Kind.COUNTRY:
            return reverse_one("country-detail", "code", self.iso_code.lower())
        return reverse_one("entity-detail", "slug", self.slug)


class EntityAlias(models.Model):
    """Another name the tagger should recognise for an entity ("UN", "Xi", "Russian Federation")."""

    entity = models.ForeignKey(Entity, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    normalized = models.CharField(max_length=200, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "entity aliases"
        constraints = [
            models.UniqueConstraint(fields=["entity", "normalized"], name="entityalias_unique_per_entity"),
        ]
        indexes = [models.Index(fields=["normalized"], name="entityalias_normalized_idx")]

    def __str__(self):
        return self.name

    @staticmethod
    def normalize(name):
        return " ".join(unicodedata.normalize("NFKC", name).casefold().split())

    def save(self, *args, refresh_search=True, **kwargs):
        """Store the alias; the tagged articles then answer to it in search (see ``Entity.aliases_changed``)."""
        self.name = " ".join(self.name.split())
        self.normalized = self.normalize(self.name)
        super().save(*args, **kwargs)
        if refresh_search:
            self.entity.aliases_changed()

    def delete(self, *args, **kwargs):
        entity = self.entity
        result = super().delete(*args, **kwargs)
        entity.aliases_changed()
        return result


class ArticleEntity(models.Model):
    """A tag: this article names this entity, found by the tagger or set by an editor."""

    class Origin(models.TextChoices):
        AUTOMATIC = "auto", "Automatic"
        EDITOR = "editor", "Editor"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="tags")
    entity = models.ForeignKey(Entity, on_delete=models.CASCADE, related_name="article_tags")
    mentions = models.PositiveIntegerField(default=1)
    first_offset = models.PositiveIntegerField(
        null=True, blank=True, help_text="Character offset of the first mention in the article's text."
    )
    origin = models.CharField(max_length=8, choices=Origin.choices, default=Origin.EDITOR)
    # Copies of the article's date and status, so "articles about X, newest
    # first" is one index range scan on this table at any archive size.
    article_published_at = models.DateTimeField(null=True, editable=False)
    article_is_published = models.BooleanField(default=False, editable=False)

    class Meta:
        verbose_name = "entity tag"
        ordering = ["first_offset", "id"]
        constraints = [
            models.UniqueConstraint(fields=["article", "entity"], name="articleentity_unique"),
            models.CheckConstraint(condition=Q(mentions__gte=1), name="articleentity_mentions_positive"),
            models.CheckConstraint(condition=Q(origin__in=["auto", "editor"]), name="articleentity_origin_valid"),
        ]
        indexes = [
            models.Index(
                fields=["entity", "-article_published_at", "-article"],
                name="articleentity_entity_date_idx",
                condition=Q(article_is_published=True),
            ),
        ]

    def __str__(self):
        return f"{self.entity} in {self.article}"

    def save(self, *args, **kwargs):
        if self.article_id:
            self.article_published_at = self.article.published_at
            self.article_is_published = self.article.is_published_status
        super().save(*args, **kwargs)


class EntityMonthCount(models.Model):
    """How many published articles tag an entity in one calendar month (UTC) of publication.

    Written only by database triggers on the tag table (migration 0004), which
    keep it exact whatever path the tags take; read through
    ``EntityQuerySet.with_public_article_counts``.
    """

    entity = models.ForeignKey(Entity, on_delete=models.CASCADE, related_name="month_counts")
    month = models.DateField(help_text="First day of the month (UTC).")
    articles = models.IntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["entity", "month"], name="entitymonthcount_unique"),
        ]

    def __str__(self):
        return f"{self.entity}: {self.articles} in {self.month:%Y-%m}"


class EntityMerge(models.Model):
    """One merge of duplicates into an entity, with what undoing it needs (``admin/merges.py``)."""

    kept = models.ForeignKey(Entity, on_delete=models.CASCADE, related_name="merges")
    merged_names = models.CharField("merged", max_length=1000, help_text="The names of the entities merged into it.")
    merged_at = models.DateTimeField(default=timezone.now)
    merged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Per duplicate, in merge order: its fields, aliases, tags and members, and the kept entity's tags on the
    # same articles and the aliases it gained, as they were.
    undo_data = models.JSONField(default=dict, editable=False)
    undone_at = models.DateTimeField(null=True, blank=True)
    undone_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-merged_at", "-id"]
        verbose_name = "entity merge"

    def __str__(self):
        return f"{self.merged_names} into {self.kept}"
