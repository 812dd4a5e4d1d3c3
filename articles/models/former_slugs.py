"""Slugs articles, authors and entities had before, so that their old addresses lead to them."""

from django.db import models

from .derived import AnyScriptSlugField


class FormerSlugQuerySet(models.QuerySet):
    def holder(self, rows, slug):
        """The row of ``rows`` (articles, authors or entities) that had ``slug`` before, or None."""
        return rows.filter(pk__in=self.filter(model=rows.model._meta.model_name, slug=slug).values("object_id")).first()

    def current_slugs(self, rows, slugs):
        """``{former slug: the slug its row of ``rows`` has now}`` for those of ``slugs`` that were given up."""
        former = dict(self.filter(model=rows.model._meta.model_name, slug__in=slugs).values_list("object_id", "slug"))
        return {former[pk]: slug for pk, slug in rows.filter(pk__in=former).values_list("pk", "slug")}


class FormerSlug(models.Model):
    """A slug given up for a new one (``manage.py give_untitled_slugs``): its old address redirects to the row.

    A row that holds the slug now comes first: this is only asked when none does.
    """

    class Model(models.TextChoices):
        ARTICLE = "article"
        AUTHOR = "author"
        ENTITY = "entity"

    model = models.CharField(max_length=8, choices=Model.choices)
    slug = AnyScriptSlugField(max_length=120, db_index=False)
    object_id = models.BigIntegerField()
    replaced_at = models.DateTimeField(auto_now_add=True)

    objects = FormerSlugQuerySet.as_manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["model", "slug"], name="formerslug_unique_per_model")]

    def __str__(self):
        return f"{self.model} {self.slug}"
