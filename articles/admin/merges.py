"""Entity merges, recorded so that an editor can undo one.

:func:`merge_entities` calls :class:`MergeRecorder` around each duplicate it folds
in: what the duplicate was (fields, aliases, tags, member entities) and what
the kept entity had on the same articles is kept in an ``EntityMerge`` row;
:func:`undo_merge` puts it all back, set-wise like the merge itself.
"""

from django.db import connections, transaction
from django.db.models import Case, Exists, F, OuterRef, Subquery, Value, When
from django.db.models.lookups import GreaterThan
from django.utils import timezone

from articles.core.history import editor_name, record_revision
from articles.models import Article, ArticleEntity, Entity, EntityAlias, EntityMerge

ENTITY_FIELDS = ("name", "slug", "kind", "iso_code", "country_id", "wikidata_id", "description")


def _tag_rows(queryset):
    return [list(row) for row in queryset.values_list("article_id", "mentions", "first_offset", "origin")]


@transaction.atomic
def merge_entities(kept, duplicates, *, user=None):
    """Fold ``duplicates`` into the entity ``kept``: their tags, aliases and members move to it.

    A duplicate's own name becomes an alias, so the tagger keeps finding
    it. Where both entities tag one article the mentions add up, the
    earliest first mention and an editor's tag are kept. The duplicates
    are deleted. A few statements per duplicate however many articles it
    tags (never one per tag), so that an editor's request stays short.

    The search names of the articles it tags (of the moved ones, for a
    country) are rewritten when the merge commits, so the duplicates'
    names, now aliases, find them all; up to
    ``caps.RENAME_REFRESH_INLINE_LIMIT`` of them; past that,
    ``articles_with_old_name`` says how many are left until ``manage.py
    refresh_search_names`` runs.
    """
    duplicates = [d for d in duplicates if d.pk != kept.pk]
    recorder = MergeRecorder(kept, user=user)
    moved_articles = set()
    for duplicate in duplicates:
        recorder.before(duplicate)
        moved_articles.update(_take_tags(kept, duplicate))
        known = set(kept.aliases.values_list("normalized", flat=True)) | {EntityAlias.normalize(kept.name)}
        for name in [duplicate.name, *duplicate.aliases.values_list("name", flat=True)]:
            if EntityAlias.normalize(name) not in known:
                EntityAlias(entity=kept, name=name).save(refresh_search=False)  # refreshed once, below
                known.add(EntityAlias.normalize(name))
        Entity.objects.filter(country=duplicate).update(country=kept if kept.kind == Entity.Kind.COUNTRY else None)
        if not kept.wikidata_id and duplicate.wikidata_id:
            kept.wikidata_id, duplicate.wikidata_id = duplicate.wikidata_id, ""
            duplicate.save(update_fields=["wikidata_id"])
            kept.save(update_fields=["wikidata_id"])
        # What the duplicate knew and the kept entity did not is kept, not lost.
        if kept.kind != Entity.Kind.COUNTRY and kept.country_id is None and duplicate.country_id:
            kept.country_id = duplicate.country_id
            kept.save(update_fields=["country"])
        recorder.after(duplicate)
        duplicate.delete()
    kept.merge_record = recorder.finish()
    if kept.kind == Entity.Kind.COUNTRY:  # a country's aliases are not searched: only the moved articles change
        kept.articles_with_old_name = kept.refresh_search_names_later(
            Article.objects.filter(pk__in=sorted(moved_articles)), len(moved_articles), "took in merged entities"
        )
    else:  # every tagged article now answers to the duplicates' names too
        kept.articles_with_old_name = kept.refresh_tagged_articles_search_names("took in merged entities")
    return kept


def _take_tags(kept, duplicate):
    """Move ``duplicate``'s tags to ``kept``, set-wise (no per-tag signals); return the ids of the articles they tag."""
    theirs = ArticleEntity.objects.filter(entity=duplicate)
    article_ids = set(theirs.values_list("article_id", flat=True))
    their_tag = theirs.filter(article_id=OuterRef("article_id"))
    their_offset = Subquery(their_tag.values("first_offset")[:1])
    ours_too = ArticleEntity.objects.filter(entity=kept, article_id__in=theirs.values("article_id"))
    ours_too.update(
        mentions=F("mentions") + Subquery(their_tag.values("mentions")[:1]),
        first_offset=Case(
            When(first_offset__isnull=True, then=their_offset),
            When(GreaterThan(F("first_offset"), their_offset), then=their_offset),
            default=F("first_offset"),
        ),
        origin=Case(
            When(Exists(their_tag.filter(origin=ArticleEntity.Origin.EDITOR)), then=Value(ArticleEntity.Origin.EDITOR)),
            default=F("origin"),
        ),
    )
    # Their tags on articles we also tag are now counted in ours: gone, in one statement, past the
    # post_delete signal (which would rewrite each article's search names alone).
    table = ArticleEntity._meta.db_table
    with connections[kept._state.db].cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {table} WHERE entity_id = %s AND article_id IN "
            f"(SELECT article_id FROM {table} WHERE entity_id = %s)",
            [duplicate.pk, kept.pk],
        )
    theirs.update(entity=kept)
    return article_ids


class MergeRecorder:
    """Builds the ``EntityMerge`` of one :func:`merge_entities` call."""

    def __init__(self, kept, *, user=None):
        self.kept, self.user = kept, user
        self.items = []
        self.kept_before = {"wikidata_id": kept.wikidata_id, "country_id": kept.country_id}
        kept.skip_history_when_saving = True  # one revision for the whole merge, in finish()

    def before(self, duplicate):
        """What ``duplicate`` is, and what the kept entity has on its articles, before it is folded in."""
        theirs = ArticleEntity.objects.filter(entity=duplicate)
        self.items.append({
            "entity": {"pk": duplicate.pk, **{name: getattr(duplicate, name) for name in ENTITY_FIELDS}},
            "aliases": list(duplicate.aliases.values_list("name", flat=True)),
            "tags": _tag_rows(theirs),
            "kept_tags": _tag_rows(ArticleEntity.objects.filter(entity=self.kept, article_id__in=theirs.values("article_id"))),
            "members": list(Entity.objects.filter(country=duplicate).values_list("pk", flat=True)),
            "kept_aliases_before": list(self.kept.aliases.values_list("pk", flat=True)),
        })
        duplicate.skip_history_when_saving = True  # its deletion is its last revision
        duplicate._change_reason = f"merged into {self.kept.name} (entity {self.kept.pk})"
        if self.user is not None and self.user.is_authenticated:
            duplicate._history_user = self.user

    def after(self, duplicate):
        item = self.items[-1]
        item["added_aliases"] = sorted(set(self.kept.aliases.values_list("pk", flat=True)) - set(item.pop("kept_aliases_before")))

    def finish(self):
        del self.kept.skip_history_when_saving
        if not self.items:
            return None
        names = ", ".join(item["entity"]["name"] for item in self.items)
        merge = EntityMerge.objects.create(
            kept=self.kept, merged_names=names[:1000], merged_by=self._user(),
            undo_data={"kept": self.kept_before, "merged": self.items},
        )
        record_revision(self.kept, user=self.user, reason=f"merged {names} into it (merge {merge.pk})", force=True)
        return merge

    def _user(self):
        return self.user if self.user is not None and self.user.is_authenticated else None


class MergeAlreadyUndone(Exception):
    pass


@transaction.atomic
def undo_merge(merge, *, user=None):
    """Bring back the entities ``merge`` folded in, with their tags, aliases and members; return them.

    Tags an editor added to the kept entity since stay; the kept entity's tags
    on the duplicates' articles go back to what they were before the merge.
    """
    merge = type(merge).objects.select_for_update().get(pk=merge.pk)
    if merge.undone_at is not None:
        raise MergeAlreadyUndone(f"The merge of {merge.merged_names} was already undone.")
    kept = merge.kept
    who = editor_name(user) or "an editor"
    restored, articles = [], set()
    for item in reversed(merge.undo_data["merged"]):
        fields = dict(item["entity"])
        pk = fields.pop("pk")
        if Entity.objects.filter(pk=pk).exists():
            pk = None  # SQLite may have given the freed id to a new entity: the duplicate comes back under a new one
        if kept.wikidata_id and kept.wikidata_id == fields["wikidata_id"]:
            kept.wikidata_id = ""  # it came from the duplicate: it goes back with it
            kept.save(update_fields=["wikidata_id"])
        if fields["country_id"] and not Entity.objects.filter(pk=fields["country_id"]).exists():
            fields["country_id"] = None  # its country was deleted (or merged away) since
        if Entity.objects.filter(slug=fields["slug"]).exists():
            fields["slug"] = ""  # the model picks a free one
        duplicate = Entity(pk=pk, **fields)
        duplicate._change_reason = f"merge into {kept.name} undone by {who}"
        if user is not None and user.is_authenticated:
            duplicate._history_user = user
        duplicate.save()
        EntityAlias.objects.filter(pk__in=item.get("added_aliases", [])).delete()
        for name in item["aliases"]:
            EntityAlias(entity=duplicate, name=name).save(refresh_search=False)
        tagged = {row[0] for row in item["tags"]}
        live = dict(Article.objects.filter(pk__in=tagged).values_list("pk", "published_at"))
        published = set(Article.objects.filter(pk__in=live, status=Article.Status.PUBLISHED).values_list("pk", flat=True))
        _delete_tags(kept, live)
        ArticleEntity.objects.bulk_create(
            ArticleEntity(
                article_id=article_id, entity=entity, mentions=mentions, first_offset=first_offset, origin=origin,
                article_published_at=live[article_id], article_is_published=article_id in published,
            )
            for entity, rows in ((kept, item["kept_tags"]), (duplicate, item["tags"]))
            for article_id, mentions, first_offset, origin in rows
            if article_id in live
        )
        Entity.objects.filter(pk__in=item["members"], country__in=[kept]).update(country=duplicate)
        Entity.objects.filter(pk__in=item["members"], country__isnull=True).exclude(kind=Entity.Kind.COUNTRY).update(
            country=duplicate
        )
        articles |= set(live)
        restored.append(duplicate)
    before = merge.undo_data["kept"]
    kept.refresh_from_db()
    if before["country_id"] is None and kept.country_id is not None and kept.country_id in {
        item["entity"]["country_id"] for item in merge.undo_data["merged"]
    }:
        kept.country_id = None  # the merge gave it the duplicate's country
        kept.save(update_fields=["country"])
    merge.undone_at, merge.undone_by = timezone.now(), (user if user is not None and user.is_authenticated else None)
    merge.save(update_fields=["undone_at", "undone_by"])
    record_revision(kept, user=user, reason=f"merge of {merge.merged_names} undone by {who} (merge {merge.pk})", force=True)
    transaction.on_commit(Article.objects.filter(pk__in=sorted(articles)).refresh_search_names)
    kept.aliases_changed()  # its other articles answered to the duplicates' names, its aliases until now
    return restored


def _delete_tags(entity, article_ids):
    """``entity``'s tags on ``article_ids``, in one statement, past the per-tag signal (as the merge does)."""
    if not article_ids:
        return
    ids = sorted(article_ids)
    table = ArticleEntity._meta.db_table
    with connections[entity._state.db or "default"].cursor() as cursor:
        for start in range(0, len(ids), 500):  # SQLite's bound on parameters
            chunk = ids[start : start + 500]
            cursor.execute(
                f"DELETE FROM {table} WHERE entity_id = %s AND article_id IN ({', '.join(['%s'] * len(chunk))})",
                [entity.pk, *chunk],
            )
