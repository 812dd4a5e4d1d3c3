"""The articles themselves: an article with its authors' credits, its corrections and its text signature."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone

from ..core.links import reverse_dated, reverse_one
from ..core.sanitize import allowed_url, html_to_text, plain_text, sanitize_html
from ..querysets import (
    SEARCH_NAMES_TAG_ORDER,
    ArticleQuerySet,
    AuthorQuerySet,
    CorrectionQuerySet,
    search_names_by_entity,
    search_names_text,
)
from .derived import SLUG_HELP, AnyScriptSlugField, normalize_url, text_fingerprint, unique_slug, validate_web_url


class Author(models.Model):
    name = models.CharField(max_length=200)
    slug = AnyScriptSlugField(max_length=120, unique=True, blank=True, help_text=SLUG_HELP)

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

    @classmethod
    def unsaved(cls, name, *, slugs_taken=frozenset()):
        """A new author as ``save()`` would store it, for inserting many at once: the name as plain text and a slug
        no stored author of another name has, nor any of ``slugs_taken``. A slug held by an author of the same name
        is kept: that is the same reporter, stored by another writer since she was looked up, and the insert, left
        out on the slug, finds her (a second slug would store her twice)."""
        name = plain_text(name)
        return cls(name=name, slug=unique_slug(cls, name, taken=slugs_taken, others=cls.objects.exclude(name=name)))

    def get_absolute_url(self):
        return reverse_one("author-detail", "slug", self.slug)



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
    slug = AnyScriptSlugField(max_length=120, unique=True, blank=True, help_text=SLUG_HELP)
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
    entities = models.ManyToManyField("Entity", through="ArticleEntity", related_name="articles", blank=True)
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
