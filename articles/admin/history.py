"""The admin's revision history: each change field by field with before and after, two versions compared,
and any version restored (django-simple-history's views, with the archive's templates and a compare page)."""

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.html import format_html_join
from simple_history.admin import SimpleHistoryAdmin
from simple_history.template_utils import HistoricalRecordContextHelper

from articles.core.history import editor_name

SHOWN_CHARS = 300  # of a long value in the history list; the compare page shows it whole


def describe_tags(rows):
    """Tag rows of a revision as editors read them: "Kenya (country, 3 mentions, editor)"."""
    parts = []
    for row in rows:
        entity = row.get("entity")
        name = str(entity) if hasattr(entity, "pk") else f"entity {entity}"
        kind = getattr(entity, "kind", "")
        mentions = row.get("mentions")
        details = [kind] if kind else []
        details.append(f"{mentions} mention{'s' if mentions != 1 else ''}")
        if row.get("origin") == "editor":
            details.append("editor")
        parts.append((name, ", ".join(details)))
    return format_html_join("", "<span class=\"history-tag\">{} ({})</span>", parts) if parts else "—"


class RevisionContextHelper(HistoricalRecordContextHelper):
    def __init__(self, model, record, **kwargs):
        super().__init__(model, record, max_displayed_delta_change_chars=kwargs.pop("chars", SHOWN_CHARS), **kwargs)

    def format_delta_change(self, change):
        if change.field == "entities":
            return type(change)(field="Entity tags", old=describe_tags(change.old), new=describe_tags(change.new))
        return super().format_delta_change(change)


class RevisionHistoryAdmin(SimpleHistoryAdmin):
    """History, compare and restore for a model registered with ``articles.core.history.ArchiveHistory``."""

    object_history_template = "admin/history/object_history.html"
    object_history_list_template = "admin/history/object_history_list.html"
    object_history_form_template = "admin/history/object_history_form.html"
    history_list_per_page = 50

    def get_urls(self):
        opts = self.model._meta
        compare = path(
            "<path:object_id>/history/compare/",
            self.admin_site.admin_view(self.history_compare_view),
            name=f"{opts.app_label}_{opts.model_name}_history_compare",
        )
        return [compare, *super().get_urls()]

    def get_historical_record_context_helper(self, request, historical_record):
        return RevisionContextHelper(self.model, historical_record)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """simple-history's restore page; the restored version is remembered for ``save_model``."""
        if not str(version_id).isdigit():
            raise Http404("No such version.")
        request.restoring_revision = self.model.history.filter(
            **{self.model._meta.pk.attname: unquote(object_id)}, history_id=version_id
        ).first()
        context = {"restoring": request.restoring_revision, **(extra_context or {})}
        return super().history_form_view(request, object_id, version_id, extra_context=context)

    def save_model(self, request, obj, form, change):
        revision = getattr(request, "restoring_revision", None)
        if revision is not None:
            obj._change_reason = restored_reason(revision, request.user)
        super().save_model(request, obj, form, change)

    def history_compare_view(self, request, object_id):
        """Two revisions side by side, every field that differs with its value in each."""
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404("No such object.")
        if not self.has_view_history_or_change_history_permission(request, obj):
            raise PermissionDenied
        revisions = obj.history.select_related("history_user")
        try:
            older = revisions.get(history_id=int(request.GET.get("older", "")))
            newer = revisions.get(history_id=int(request.GET.get("newer", "")))
        except (ValueError, revisions.model.DoesNotExist):
            return TemplateResponse(request, "admin/history/compare.html", {
                **self.admin_site.each_context(request), "opts": self.model._meta, "object": obj,
                "title": f"Compare versions: {obj}", "error": "Choose two versions of this record to compare.",
            }, status=400)
        if (older.history_date, older.history_id) > (newer.history_date, newer.history_id):
            older, newer = newer, older
        delta = newer.diff_against(older, foreign_keys_are_objs=True)
        changes = RevisionContextHelper(self.model, newer, chars=100_000).context_for_delta_changes(delta)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "object": obj,
            "title": f"Compare versions: {obj}",
            "older": older,
            "newer": newer,
            "changes": changes,
            "revert_disabled": self.revert_disabled(request, obj),
        }
        return TemplateResponse(request, "admin/history/compare.html", context)


def restored_reason(revision, user):
    when = timezone.localtime(revision.history_date)
    who = editor_name(user)
    return f"restored the version of {when:%d %b %Y, %H:%M}" + (f" by {who}" if who else "")
