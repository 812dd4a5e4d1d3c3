"""Revision history of articles and entities, on django-simple-history.

``ArchiveHistory`` records a revision only when a save changes a tracked
field (or an article's tags): a save that changes nothing records nothing.
An import writes its articles' first revisions a batch at a time
(:func:`imports_recorded`), each with "imported from <file> by <editor>" and
the parse's warnings as its reason; :func:`restore_tags` puts back the tags a
revision had.
"""

import contextlib
import contextvars
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection
from django.db.models.fields.files import FieldFile
from django.utils import timezone
from simple_history.models import HistoricalRecords
from simple_history.utils import get_change_reason_from_object, get_m2m_field_name

from articles.core.db import rows_source

_import_batch = contextvars.ContextVar("history_import_batch", default=None)

# What a tag revision holds and compares; the copies of the article's date and status are the article's own.
TAG_FIELDS = ("entity_id", "mentions", "first_offset", "origin")
REASON_MAX_WARNINGS = 10


class ArchiveHistory(HistoricalRecords):
    """``HistoricalRecords`` that skips saves changing nothing, and leaves an import's articles to the batch."""

    def finalize(self, sender, **kwargs):
        super().finalize(sender, **kwargs)
        if sender is self.cls:
            sender._archive_history = self  # so that record_revision reaches create_historical_record

    def post_save(self, instance, created, using=None, **kwargs):
        batch = _import_batch.get()
        if created and batch is not None and isinstance(instance, batch.model):
            return  # its first revision is written with the batch's, with its reason (ImportRevisions.write)
        super().post_save(instance, created, using=using, **kwargs)

    def create_historical_record(self, instance, history_type, using=None):
        if history_type == "~" and not getattr(instance, "_force_revision", False) and not changed_since_last_revision(instance):
            return
        super().create_historical_record(instance, history_type, using=using)


def _comparable(value):
    return value.name or "" if isinstance(value, FieldFile) else value


def _m2m_rows(manager, through_field_names):
    return sorted(manager.values_list(*through_field_names), key=lambda row: tuple((v is None, v) for v in row))


def current_tag_rows(instance, m2m_field):
    """The rows of ``m2m_field``'s through table for ``instance``, as a revision compares them."""
    through = m2m_field.remote_field.through
    return _m2m_rows(through.objects.filter(**{get_m2m_field_name(m2m_field): instance}), TAG_FIELDS)


def changed_since_last_revision(instance):
    """Whether ``instance`` differs from its latest revision in a tracked field or its tracked tags."""
    last = instance.history.order_by("-history_date", "-history_id").first()
    if last is None or last.history_type == "-":
        return True
    for tracked in last.tracked_fields:
        if _comparable(getattr(last, tracked.attname)) != _comparable(getattr(instance, tracked.attname)):
            return True
    for m2m_field in last._history_m2m_fields:
        if _m2m_rows(getattr(last, m2m_field.name), TAG_FIELDS) != current_tag_rows(instance, m2m_field):
            return True
    return False


def record_revision(instance, *, user=None, reason="", force=False):
    """Record ``instance`` as it is now (with its tags), unless nothing changed since its last revision.

    ``force`` records a revision even then: a merge that changed no field of the kept entity is still an event.
    """
    if user is not None and user.is_authenticated:
        instance._history_user = user
    if reason:
        instance._change_reason = reason
    instance._force_revision = force
    history_type = "~" if instance.history.exists() else "+"
    try:
        type(instance)._archive_history.create_historical_record(instance, history_type)
    finally:
        del instance._force_revision


def restore_tags(article, revision):
    """Give ``article`` exactly the tags ``revision`` had (entities deleted since are left out)."""
    ArticleEntity, Entity = article.tags.model, article.entities.model
    wanted = {row[0]: row for row in _m2m_rows(revision.entities, TAG_FIELDS)}
    existing = set(Entity.objects.filter(pk__in=wanted).values_list("pk", flat=True))
    wanted = {pk: row for pk, row in wanted.items() if pk in existing}
    article.tags.exclude(entity_id__in=wanted).delete()
    current = {tag.entity_id: tag for tag in article.tags.all()}
    for entity_id, (_, mentions, first_offset, origin) in wanted.items():
        tag = current.get(entity_id) or ArticleEntity(article=article, entity_id=entity_id)
        if tag.pk is None or (tag.mentions, tag.first_offset, tag.origin) != (mentions, first_offset, origin):
            tag.mentions, tag.first_offset, tag.origin = mentions, first_offset, origin
            tag.save()


def editor_name(user):
    if user is None or not user.is_authenticated:
        return ""
    return user.get_full_name() or user.get_username()


def import_reason(source_name, warnings, *, by):
    """``imported from <file> by <editor>`` and, when the parse warned, its warnings."""
    reason = f"imported from {source_name or 'pasted text'} by {by}"
    if warnings:
        shown = list(warnings)[:REASON_MAX_WARNINGS]
        more = len(warnings) - len(shown)
        reason += "; warnings: " + "; ".join(shown) + (f"; and {more} more" if more > 0 else "")
    return reason


@dataclass
class ImportRevisions:
    """The first revisions of one batch of imported articles, written together by :meth:`write`."""

    model: type
    user: object = None
    by: str = ""
    articles: list = field(default_factory=list)

    def note(self, result, preview):
        """Record the article ``result`` created (if it did) from ``preview``, with the import as its reason."""
        article = getattr(result, "article", None)
        if result.outcome != "created" or article is None or article.pk is None:
            return
        article._change_reason = import_reason(preview.source_name or result.source_name, preview.warnings, by=self.by)
        if self.user is not None and self.user.is_authenticated:
            article._history_user = self.user
        self.articles.append(article)

    def write(self):
        """Two statements for the batch: the article revisions, then a copy of their tags made by the database."""
        if not self.articles or not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
            return
        history_ids = _copy_into_first_revisions(self.model, self.articles, timezone.now())
        records = self.model._archive_history
        for m2m_field, m2m_model in records.m2m_models.items():
            _copy_rows_into_revisions(m2m_field, m2m_model, history_ids)
        self.articles = []


def _copy_into_first_revisions(model, objs, default_date):
    """The history ids of ``objs``' first revisions (``+``), made by the database from their stored rows.

    What ``bulk_history_create`` writes, the same values (``test_history``
    compares them), but copied from the rows just stored rather than sent
    again: a batch's texts are not converted and shipped a second time.
    """
    history = model.history.model
    quote = connection.ops.quote_name
    tracked = history.tracked_fields
    targets = [quote(history._meta.get_field(f.name).column) for f in tracked]
    targets += [quote(history._meta.get_field(name).column)
                for name in ("history_change_reason", "history_date", "history_type", "history_user")]
    per_object = [history._meta.get_field(name) for name in ("id", "history_change_reason", "history_date", "history_user")]
    rows = []
    for instance in objs:
        user = getattr(instance, "_history_user", history.get_default_history_user(instance))
        rows.append([
            instance.pk, get_change_reason_from_object(instance) or "",
            connection.ops.adapt_datetimefield_value(getattr(instance, "_history_date", default_date)),
            getattr(user, "pk", None),
        ])
    history_ids = []
    with connection.cursor() as cursor:
        for start in range(0, len(rows), 500):  # SQLite's bound on parameters
            source, values = rows_source(per_object, rows[start : start + 500])
            cursor.execute(
                f"INSERT INTO {quote(history._meta.db_table)} ({', '.join(targets)}) "
                f"SELECT {', '.join(f'a.{quote(f.column)}' for f in tracked)}, r.v2, r.v3, '+', r.v4 "
                f"FROM {quote(model._meta.db_table)} a JOIN {source} ON a.{quote(model._meta.pk.column)} = r.v1 "
                f"RETURNING {quote(history._meta.pk.column)}",
                values,
            )
            history_ids += [row[0] for row in cursor.fetchall()]
    return history_ids


def _copy_rows_into_revisions(m2m_field, m2m_model, history_ids):
    """INSERT ... SELECT the through rows of the revisions' objects into ``m2m_model``, each with its revision.

    Reading the tags back and creating a model instance for each cost more
    than storing the articles' own revisions.
    """
    through = m2m_field.remote_field.through
    revision_model = m2m_model._meta.get_field("history").related_model
    parent = through._meta.get_field(get_m2m_field_name(m2m_field))
    quote = connection.ops.quote_name
    copied = through._meta.concrete_fields
    target = [quote(m2m_model._meta.get_field(f.name).column) for f in copied] + [
        quote(m2m_model._meta.get_field("history").column)
    ]
    source = [f"t.{quote(f.column)}" for f in copied] + [f"r.{quote(revision_model._meta.pk.column)}"]
    with connection.cursor() as cursor:
        for start in range(0, len(history_ids), 500):  # SQLite's bound on parameters
            chunk = history_ids[start : start + 500]
            cursor.execute(
                f"INSERT INTO {quote(m2m_model._meta.db_table)} ({', '.join(target)}) "
                f"SELECT {', '.join(source)} FROM {quote(through._meta.db_table)} t "
                f"JOIN {quote(revision_model._meta.db_table)} r ON r.{quote(parent.target_field.column)} = t.{quote(parent.column)} "
                f"WHERE r.{quote(revision_model._meta.pk.column)} IN ({', '.join(['%s'] * len(chunk))})",
                chunk,
            )


@contextlib.contextmanager
def imports_recorded(model, *, user=None, by=""):
    """Inside, new ``model`` rows get no revision of their own; :meth:`ImportRevisions.note` those to record,
    and their first revisions are written in bulk on the way out."""
    batch = ImportRevisions(model=model, user=user, by=by or editor_name(user) or "an import")
    token = _import_batch.set(batch)
    try:
        yield batch
    finally:
        _import_batch.reset(token)
    batch.write()
