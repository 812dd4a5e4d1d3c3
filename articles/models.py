"""The archive's data: articles, their authors, and the entities they name."""

import datetime
import functools
import hashlib
import itertools
import logging
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import simple_history
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify

from .core.conf import caps
from .core.history import ArchiveHistory
from .core.links import reverse_dated, reverse_one
from .querysets import (
    SEARCH_NAMES_TAG_ORDER,
    ArticleQuerySet,
    AuthorQuerySet,
    CorrectionQuerySet,
    EntityQuerySet,
    ImportItemQuerySet,
    ImportJobQuerySet,
    search_names_by_entity,
    search_names_text,
)
from .core.sanitize import allowed_url, html_to_text, plain_text, sanitize_html

logger = logging.getLogger(__name__)

ISO_ALPHA2 = r"^[A-Z]{2}$"
WIKIDATA_QID = r"^Q[1-9][0-9]*$"


def slug_candidates(value, *, max_length=100):
    """The slugs ``value`` may get, in order of preference: ``name``, ``name-2``, ``name-3``... (endless)."""
    base = slugify(value, allow_unicode=False)[:max_length].strip("-") or "untitled"
    yield base
    for suffix in itertools.count(2):
        tail = f"-{suffix}"
        yield f"{base[: max_length - len(tail)]}{tail}"


def unique_slug(model, value, *, max_length=100, exclude_pk=None):
    """A slug for ``value`` not yet used by ``model``: ``name``, ``name-2``, ``name-3``..."""
    others = model._default_manager.exclude(pk=exclude_pk) if exclude_pk else model._default_manager.all()
    for candidate in slug_candidates(value, max_length=max_length):
        if not others.filter(slug=candidate).exists():
            return candidate


_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=64)  # an import folds each text for its fingerprint and again for its shingles
def folded_words(text) -> tuple[str, ...]:
    """The words of ``text`` with case, accents, punctuation and spacing folded away: what copies share."""
    return tuple(_WORD.findall(unicodedata.normalize("NFKD", text or "").casefold()))


@functools.lru_cache(maxsize=256)  # an import fingerprints each text twice: looking for a copy, then saving it
def text_fingerprint(text):
    """SHA-256 of the text's :func:`folded_words`.

    Two copies of one story scraped from different pages (curly or straight
    quotes, extra blank lines, a trailing space) get the same fingerprint.
    """
    words = folded_words(text)
    if not words:
        return ""
    return hashlib.sha256(" ".join(words).encode()).hexdigest()


_TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ito)$", re.IGNORECASE)


def normalize_url(url):
    """The form of a source URL used to recognise the same page twice."""
    if not url:
        return ""
    parts = urlsplit(url.strip())
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if not _TRACKING_PARAMS.match(k)])
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("https" if parts.scheme in ("http", "https") else parts.scheme, host, path, query, ""))


def validate_web_url(value):
    """Refuse a URL ``allowed_url`` would drop, so an editor hears why rather than losing it on save."""
    if value and not allowed_url(value):
        raise ValidationError("Only an http:// or https:// address can be stored here.", code="scheme")


class Author(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=120, unique=True, blank=True)

    objects = AuthorQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = plain_text(self.name)
        if not self.slug:
            self.slug = unique_slug(Author, self.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse_one("author-detail", "slug", self.slug)


class Entity(models.Model):
    """Something articles are about: a country, a person, an organization or a place."""

    class Kind(models.TextChoices):
        COUNTRY = "country", "Country"
        PERSON = "person", "Person"
        ORGANIZATION = "organization", "Organization"
        PLACE = "place", "Place"

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=120, unique=True, blank=True)
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


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"
        # Taken down after publication: out of every listing, search, feed and count, its address answers
        # 410 Gone with the withdrawal note, so links to it elsewhere say what happened.
        WITHDRAWN = "withdrawn", "Withdrawn"

    class DateSource(models.TextChoices):
        GIVEN = "given", "Given (by the source's own metadata)"
        PARSED = "parsed", "Parsed from the article's text"
        GUESSED = "guessed", "Guessed (check it)"
        EDITOR = "editor", "Set by an editor"

    headline = models.CharField(max_length=300)
    headline_proposed = models.BooleanField(
        default=False, help_text="The source had no headline; this one was proposed by the importer. Review it."
    )
    slug = models.SlugField(max_length=120, unique=True, blank=True)
    standfirst = models.TextField(blank=True, help_text="The summary shown under the headline and in listings.")
    body_html = models.TextField(
        "body", blank=True, help_text="HTML is cleaned on save: scripts, styles and unsafe links are removed."
    )
    body_text = models.TextField(editable=False, blank=True)
    published_at = models.DateTimeField(
        "published", null=True, blank=True, db_index=False,
        help_text="A published article stays hidden until this time.",
    )
    published_source = models.CharField(
        "date obtained", max_length=10, choices=DateSource.choices, default=DateSource.GIVEN
    )
    published_as_printed = models.CharField(
        "date as printed", max_length=120, blank=True, default="", db_default="",
        help_text="The date and time as the source printed them, before any time zone was applied.",
    )
    published_set_at = models.DateTimeField(
        "date set by an editor at", null=True, blank=True, editable=False,
        help_text="When an editor last set or changed the date by hand; readers see it beside the date.",
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    withdrawal_note = models.TextField(
        blank=True, default="", db_default="",
        help_text="Needed to withdraw the article: readers who follow a link to it see this note instead, "
        "e.g. “This article was withdrawn because it relied on a source that proved unreliable.”",
    )
    withdrawn_at = models.DateTimeField(null=True, blank=True, editable=False)
    authors = models.ManyToManyField(Author, through="ArticleAuthor", related_name="articles", blank=True)
    byline = models.CharField(max_length=300, blank=True, help_text="The byline exactly as printed.")
    image = models.ImageField(upload_to="images/%Y/%m/", blank=True)
    image_caption = models.TextField(blank=True)
    image_credit = models.CharField(max_length=300, blank=True, help_text='Who took or owns the picture, e.g. "Anton Veselov/Shutterstock.com".')
    source_url = models.URLField("source URL", max_length=1000, blank=True, validators=[validate_web_url])
    source_url_key = models.CharField(max_length=1000, editable=False, blank=True)
    outlet = models.CharField(max_length=200, blank=True, help_text="The publication the article first appeared in.")
    language = models.CharField(max_length=12, default="en")
    fingerprint = models.CharField(max_length=64, editable=False, blank=True)
    search_names = models.TextField(
        editable=False, blank=True, help_text="Names of tagged entities and the byline, kept for search."
    )
    entities = models.ManyToManyField(Entity, through="ArticleEntity", related_name="articles", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        get_latest_by = "published_at"
        indexes = [
            models.Index(fields=["status", "-published_at", "-id"], name="article_status_published_idx"),
            models.Index(fields=["-published_at", "-id"], name="article_published_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["draft", "published", "withdrawn"]), name="article_status_valid"
            ),
            models.CheckConstraint(
                condition=~Q(status="withdrawn") | (Q(published_at__isnull=False) & ~Q(withdrawal_note="")),
                name="article_withdrawal_explained",
                violation_error_message="To withdraw an article, say why in the withdrawal note "
                "(readers see it), and keep its publication date (its address depends on it).",
            ),
            models.CheckConstraint(
                condition=Q(published_source__in=["given", "parsed", "guessed", "editor"]),
                name="article_published_source_valid",
            ),
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="article_published_needs_date",
                violation_error_message="A published article needs a publication date.",
            ),
            models.UniqueConstraint(
                fields=["source_url_key"], condition=~Q(source_url_key=""), name="article_source_url_unique",
                violation_error_message="An article with this source URL is already in the archive.",
            ),
            models.UniqueConstraint(
                fields=["fingerprint"], condition=~Q(fingerprint=""), name="article_fingerprint_unique",
                violation_error_message="An article with the same text is already in the archive.",
            ),
        ]

    def __str__(self):
        return self.headline

    def clean(self):
        # The note as save() will store it, so the withdrawal constraint is checked on what readers would see.
        self.withdrawal_note = html_to_text(sanitize_html(self.withdrawal_note))
        if self.status == self.Status.WITHDRAWN and not self.withdrawal_note:
            # Beside the field (whose fieldset the admin then opens), not above the form; the database
            # constraint says the same to any other writer.
            raise ValidationError({"withdrawal_note": "To withdraw an article, say why here: readers see this note."})

    def save(self, *args, **kwargs):
        self.derive_fields()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = set(update_fields) | {
                "body_html", "body_text", "standfirst", "image_caption", "fingerprint", "source_url", "source_url_key",
                "slug", "withdrawal_note", "withdrawn_at",
            }
        adding = self._state.adding
        super().save(*args, **kwargs)
        if not adding:
            self.tags.update(article_published_at=self.published_at, article_is_published=self.is_published_status)
            self.refresh_search_names()  # the byline may have changed

    def derive_fields(self):
        """Sanitise the markup and compute the fields derived from the others.

        Every save runs this, whatever the caller; so does the importer's own
        INSERT (``articles.ingest.rows.insert_new``), which skips the rest of
        ``save()``.
        """
        for name in ("headline", "byline", "image_credit", "outlet", "language"):
            setattr(self, name, plain_text(getattr(self, name)))
        self.body_html = sanitize_html(self.body_html)
        self.body_text = html_to_text(self.body_html)
        self.standfirst = html_to_text(sanitize_html(self.standfirst))
        self.image_caption = html_to_text(sanitize_html(self.image_caption))
        self.withdrawal_note = html_to_text(sanitize_html(self.withdrawal_note))
        if self.status != self.Status.WITHDRAWN:
            self.withdrawn_at = None
        elif self.withdrawn_at is None:
            self.withdrawn_at = timezone.now()
        self.fingerprint = text_fingerprint(self.body_text)
        self.source_url = allowed_url(self.source_url)
        self.source_url_key = normalize_url(self.source_url)
        if not self.slug:
            self.slug = unique_slug(Article, self.headline, exclude_pk=self.pk)
        if self._state.adding and not self.search_names:
            self.search_names = self.byline  # no tags yet: the importer sets the names it is about to tag

    @property
    def is_published_status(self):
        return self.status == self.Status.PUBLISHED

    def get_absolute_url(self):
        local = timezone.localtime(self.published_at) if self.published_at else timezone.localtime()
        return reverse_dated("article-detail", local.year, local.month, local.day, self.slug)

    def ordered_authors(self):
        return [credit.author for credit in self.author_credits.all()]

    def refresh_search_names(self):
        """Copy tagged entity names and the byline into the row, for full-text search."""
        rows = list(self.tags.order_by(*SEARCH_NAMES_TAG_ORDER).values_list("entity_id", "entity__name", "entity__kind"))
        by_entity = search_names_by_entity(rows, using=self._state.db or "default")
        names = [name for entity_id, _, _ in rows for name in by_entity[entity_id]]
        self.search_names = search_names_text(names, self.byline)
        Article.objects.filter(pk=self.pk).exclude(search_names=self.search_names).update(search_names=self.search_names)


# What an article may be created as: withdrawing is for one already published, and needs a note.
NEW_ARTICLE_STATUSES = [(status.value, status.label) for status in (Article.Status.DRAFT, Article.Status.PUBLISHED)]


def validate_time_zone(name: str) -> None:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValidationError(f"“{name}” is not a time zone name such as Europe/London or Africa/Nairobi.") from error


class OutletTimeZone(models.Model):
    """The time zone an outlet prints its times in, remembered from the editors' imports."""

    outlet = models.CharField(
        max_length=200, unique=True,
        help_text="The outlet's web address without www (nation.africa), or its name when its articles give none.",
    )
    time_zone = models.CharField(
        max_length=64, validators=[validate_time_zone],
        help_text="An IANA time zone such as Africa/Nairobi: times the outlet prints without a zone are read in it.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["outlet"]
        verbose_name = "outlet time zone"

    def __str__(self) -> str:
        return f"{self.outlet}: {self.time_zone}"


class Correction(models.Model):
    """A dated note on a published article saying what was wrong and what was changed, shown beneath it."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="corrections")
    published_at = models.DateTimeField(
        "date", default=timezone.now, help_text="When the correction was made; readers see this date."
    )
    text = models.TextField(
        help_text="What was corrected, as readers will read it, e.g. “An earlier version of this article "
        "misstated the year of the treaty. It was 1994, not 1993.” Plain text."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = CorrectionQuerySet.as_manager()

    class Meta:
        ordering = ["published_at", "id"]
        constraints = [models.CheckConstraint(condition=~Q(text=""), name="correction_has_text")]
        indexes = [models.Index(fields=["-published_at", "-id"], name="correction_published_idx")]

    def __str__(self):
        return f"{timezone.localtime(self.published_at):%d %b %Y}"

    def clean(self):
        # As save() will store it, so that the form, not the database, refuses a note with nothing left to read.
        self.text = html_to_text(sanitize_html(self.text))
        if not self.text:
            raise ValidationError({"text": "Say what was corrected."})
        if self.published_at and self.published_at > timezone.now() + datetime.timedelta(minutes=5):
            raise ValidationError({"published_at": "A correction is dated when it is made, not in the future."})

    def save(self, *args, **kwargs):
        self.text = html_to_text(sanitize_html(self.text))
        super().save(*args, **kwargs)


class ArticleAuthor(models.Model):
    """An author's credit on an article, in byline order."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="author_credits")
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="credits")
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]
        constraints = [models.UniqueConstraint(fields=["article", "author"], name="articleauthor_unique")]
        indexes = [models.Index(fields=["author", "article"], name="articleauthor_author_idx")]

    def __str__(self):
        return f"{self.author} on {self.article}"


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


class NearDuplicateBand(models.Model):
    """One band of an article's text signature (``articles/ingest/near_duplicates.py``).

    Articles that share a band's hash are compared to find near-duplicates; the
    rows are written with the article and go with it.
    """

    pk = models.CompositePrimaryKey("article_id", "band")
    # The primary key's index, which starts with the article, serves the foreign key too.
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="near_duplicate_bands", db_index=False
    )
    band = models.PositiveSmallIntegerField()
    hash = models.BigIntegerField()

    class Meta:
        verbose_name = "text signature band"
        # The hash first: a batch of articles looks up all its bands' hashes in one index scan.
        indexes = [models.Index(fields=["hash", "band"], name="nearduplicateband_hash_idx")]

    def __str__(self):
        return f"band {self.band} of article {self.article_id}"

# Revision history (``Article.history``, ``Entity.history``; see ``core/history.py``), registered here because
# an article's revisions hold its tags, and so need the tag model defined first. Derived fields stay out: they
# follow from the others, and would only make the history larger.
simple_history.register(
    Entity, records_class=ArchiveHistory, excluded_fields=["updated_at"],
    history_change_reason_field=models.TextField(null=True),
)
simple_history.register(
    Article, records_class=ArchiveHistory,
    excluded_fields=["body_text", "search_names", "fingerprint", "source_url_key", "updated_at"],
    m2m_fields=[Article._meta.get_field("entities")],
    history_change_reason_field=models.TextField(null=True),
)


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

class ImportJob(models.Model):
    """An import run in the background by a task worker: an editor's large upload, or a folder on the server.

    Its files wait in ``ImportUpload`` rows until a worker expands them into
    ``ImportItem`` rows, one per article file (or .jsonl line); each item's
    outcome is committed with its article, so a job whose worker is killed
    resumes at its first pending item. Counts are read from the items while
    it runs, and kept here once it is done.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"

    label = models.CharField(max_length=300, help_text="What was imported: the uploaded files' names, or the folder.")
    folder = models.CharField(max_length=1000, blank=True, help_text="A folder on the server, under IMPORT_FOLDER_ROOT.")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    article_status = models.CharField(max_length=10, choices=NEW_ARTICLE_STATUSES, default=Article.Status.DRAFT)
    source_tz = models.CharField(max_length=64, blank=True, validators=[validate_time_zone])
    total = models.PositiveIntegerField(default=0, help_text="Items, known once the files are expanded.")
    created_count = models.PositiveIntegerField(default=0)
    duplicate_count = models.PositiveIntegerField(default=0)
    failed_count = models.PositiveIntegerField(default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    progressed_at = models.DateTimeField(null=True, blank=True, help_text="When a worker last finished some items.")
    finished_at = models.DateTimeField(null=True, blank=True)

    objects = ImportJobQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["status", "created_at"], name="importjob_status_created_idx")]

    def __str__(self) -> str:
        return f"Import {self.pk}: {self.label}"

    @property
    def is_finished(self):
        return self.status == self.Status.DONE


class ImportUpload(models.Model):
    """A file an editor uploaded for a job, kept in the database (so any worker on any machine can read it)
    until the job's items are made from it, then deleted."""

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="uploads")
    position = models.PositiveIntegerField()
    name = models.CharField(max_length=300)
    data = models.BinaryField()

    class Meta:
        ordering = ["position"]  # within a job (ordering by "job" would join, and lock, the job's row)
        constraints = [models.UniqueConstraint(fields=["job", "position"], name="importupload_job_position_unique")]


DECISION_FAILED = "decision failed: "  # begins an undecided item's reason once a decision on it failed


class ImportItem(models.Model):
    """One article file (or one line of a .jsonl file) of a job, and what became of it."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        CREATED = "created", "Created"
        DUPLICATE = "duplicate", "Duplicate"
        FAILED = "failed", "Failed"
        # A near-duplicate waits for an editor's decision with its bytes kept; "import anyway" makes it CREATED.
        UNDECIDED = "undecided", "Near-duplicate, awaiting a decision"
        REPLACED = "replaced", "Replaced the older copy"
        SKIPPED = "skipped", "Near-duplicate, skipped"

    class Decision(models.TextChoices):
        IMPORT = "import", "Import anyway"
        REPLACE = "replace", "Replace the older copy"
        SKIP = "skip", "Skip"

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveIntegerField()
    name = models.CharField(max_length=1000, help_text="The file, as the editor knows it (a zip's member after its name).")
    line = models.PositiveIntegerField(null=True, blank=True, help_text="The line of a .jsonl file this item is.")
    data = models.BinaryField(
        blank=True, help_text="The file's bytes until it is done (a near-duplicate's until it is decided), then emptied."
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="import_items",
        help_text="The article created (the first, for a file that held several).",
    )
    duplicate_of = models.ForeignKey(Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    looks_like = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text="The archived article a near-duplicate looks like (the one it replaced, if so decided).",
    )
    similarity = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="How much of a near-duplicate's text is the same, in percent."
    )
    decision = models.CharField(
        max_length=10, choices=Decision.choices, blank=True,
        help_text="An editor's decision on a near-duplicate: queued while the item is still undecided, then made.",
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.TextField(blank=True, help_text="Why it failed.")
    # A file may hold several articles (a saved feed, a JSON list): its outcome counts each.
    created_count = models.PositiveSmallIntegerField(default=0)
    duplicate_count = models.PositiveSmallIntegerField(default=0)
    failed_count = models.PositiveSmallIntegerField(default=0)
    near_duplicate_count = models.PositiveSmallIntegerField(default=0)
    finished_at = models.DateTimeField(null=True, blank=True)

    objects = ImportItemQuerySet.as_manager()

    class Meta:
        ordering = ["position"]  # within a job (ordering by "job" would join, and lock, the job's row)
        constraints = [
            models.UniqueConstraint(fields=["job", "position"], name="importitem_job_position_unique"),
            # An article is the outcome of one item at most: a resumed job cannot claim it twice.
            models.UniqueConstraint(fields=["article"], name="importitem_article_unique"),
            models.CheckConstraint(
                condition=Q(status="pending") | Q(finished_at__isnull=False), name="importitem_done_has_finished_at"
            ),
        ]
        indexes = [models.Index(fields=["job", "status", "position"], name="importitem_job_status_idx")]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self):
        return f"{self.name} line {self.line}" if self.line else self.name

    @property
    def decision_failure(self):
        """Why the last decision on this undecided near-duplicate failed, or ""."""
        failed = self.status == self.Status.UNDECIDED and self.reason.startswith(DECISION_FAILED)
        return self.reason.removeprefix(DECISION_FAILED) if failed else ""
