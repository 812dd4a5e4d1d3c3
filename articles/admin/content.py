"""The admin of the archive's content: articles, authors, entities, aliases, merges, corrections, outlets' zones."""

from django import forms
from django.contrib import admin, messages
from django.db import models, transaction
from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html

from articles import search
from articles.admin.history import RevisionHistoryAdmin
from articles.admin.imports import ImportArticlesMixin
from articles.admin.merges import MergeAlreadyUndone, merge_entities, undo_merge
from articles.core.history import record_revision, restore_tags
from articles.models import (
    Article, ArticleAuthor, ArticleEntity, Author, Correction, Entity, EntityAlias, EntityMerge, OutletTimeZone,
)

ARTICLE_STATES = {"draft": "Draft", "scheduled": "Scheduled", "live": "Live", "withdrawn": "Withdrawn"}
COMPACT_FILTER = "admin/articles/article/compact_filter.html"
# How the date was obtained, in a word, for the list's narrow column (the form and the filter say it in full).
DATE_SOURCE_SHORT = {"given": "source", "parsed": "parsed", "guessed": "guessed", "editor": "editor"}


def article_state(article):
    """``ARTICLE_STATES``' key for ``article``."""
    if article.status == Article.Status.PUBLISHED:
        return "scheduled" if article.published_at and article.published_at > timezone.now() else "live"
    return article.status


class StateListFilter(admin.SimpleListFilter):
    """Where an article stands for readers: a published article with a future date is scheduled, not live."""

    title = "state"
    parameter_name = "state"
    template = COMPACT_FILTER

    def lookups(self, request, model_admin):
        return list(ARTICLE_STATES.items())

    def queryset(self, request, queryset):
        now = timezone.now()
        published = Q(status=Article.Status.PUBLISHED)
        conditions = {
            "draft": Q(status=Article.Status.DRAFT),
            "scheduled": published & Q(published_at__gt=now),
            "live": published & Q(published_at__lte=now),
            "withdrawn": Q(status=Article.Status.WITHDRAWN),
        }
        return queryset.filter(conditions[self.value()]) if self.value() in conditions else queryset


def rows_pointing_here(model, field):
    """How many ``model`` rows point at each listed row through ``field``: a subquery per row shown.

    A changelist counts only the rows on its page this way; a join and GROUP BY
    would aggregate every tag in the archive before the page took its rows.
    """
    rows = model.objects.filter(**{field: OuterRef("pk")}).order_by().values(field).annotate(n=Count("*")).values("n")
    return Coalesce(Subquery(rows), 0)


class CountryListFilter(admin.SimpleListFilter):
    title = "country"
    parameter_name = "country"
    template = COMPACT_FILTER

    def lookups(self, request, model_admin):
        tagged = ArticleEntity.objects.filter(entity=OuterRef("pk"))
        countries = Entity.objects.countries().filter(Exists(tagged)).order_by("name")
        return [(c.iso_code, c.name) for c in countries.only("name", "iso_code")]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.in_country(self.value())
        return queryset


class CompactChoicesFilter(admin.ChoicesFieldListFilter):
    template = COMPACT_FILTER


class CompactRelatedFilter(admin.RelatedFieldListFilter):
    template = COMPACT_FILTER


class ArticleAuthorInline(admin.TabularInline):
    model = ArticleAuthor
    extra = 1
    autocomplete_fields = ["author"]
    fields = ["author", "position"]
    verbose_name = "author"
    verbose_name_plural = "authors (in byline order)"


class ArticleEntityInline(admin.TabularInline):
    model = ArticleEntity
    extra = 1
    autocomplete_fields = ["entity"]
    fields = ["entity", "entity_kind", "mentions", "first_offset", "origin"]
    readonly_fields = ["entity_kind", "origin"]
    verbose_name = "entity tag"
    verbose_name_plural = "entity tags (automatic tags are marked; check them)"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("entity")

    @admin.display(description="kind")
    def entity_kind(self, tag):
        return tag.entity.get_kind_display() if tag.entity_id else "—"


class CorrectionInline(admin.StackedInline):
    model = Correction
    extra = 0
    fields = ["published_at", "text"]
    verbose_name_plural = "corrections (shown beneath the article, dated, for readers)"
    formfield_overrides = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 3})}}


def https_url_formfield(db_field, **kwargs):
    """Form fields as the admin makes them, with a scheme-less URL taken as https (Django 6's default)."""
    if isinstance(db_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return db_field.formfield(**kwargs)


class ArticleAdminForm(forms.ModelForm):
    class Meta:
        model = Article
        formfield_callback = https_url_formfield
        fields = "__all__"
        widgets = {
            "standfirst": forms.Textarea(attrs={"rows": 3}),
            "image_caption": forms.Textarea(attrs={"rows": 2}),
            "body_html": forms.Textarea(attrs={"rows": 20}),
        }

    def clean(self):
        data = super().clean()
        # Browsers send a textarea's line breaks as CRLF: read as the LF stored, so an unchanged text is unchanged.
        for name, value in data.items():
            if isinstance(value, str) and "\r" in value:
                data[name] = value.replace("\r\n", "\n").replace("\r", "\n")
        if "published_at" in data and "published_at" not in self.changed_data:
            # Untouched: keep the stored value, not the widget's copy without its microseconds.
            data["published_at"] = self.instance.published_at
        return data


@admin.register(Article)
class ArticleAdmin(ImportArticlesMixin, RevisionHistoryAdmin):
    form = ArticleAdminForm
    # A source pasted without a scheme is taken as https (Django 6's default).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ["headline", "state", "published_at", "date_obtained", "byline", "image_credit", "outlet"]
    list_display_links = ["headline"]
    # Every author, not only those with articles: finding those read every credit in the archive. Each filter is
    # a drop-down above the list (COMPACT_FILTER), so the table has the page's width.
    list_filter = [
        StateListFilter, ("published_source", CompactChoicesFilter), CountryListFilter, ("authors", CompactRelatedFilter),
    ]
    search_fields = ["headline", "byline"]  # see get_search_results
    date_hierarchy = "published_at"
    readonly_fields = ["fingerprint", "created_at", "updated_at", "created_by", "withdrawn_at", "published_as_printed"]
    inlines = [ArticleAuthorInline, ArticleEntityInline, CorrectionInline]
    list_per_page = 50
    show_full_result_count = False
    # No "Show counts": a count for each of 250 countries, every author and each state reads the whole archive.
    show_facets = admin.ShowFacets.NEVER
    fieldsets = [
        (None, {"fields": ["headline", "headline_proposed", "slug", "standfirst", "body_html"]}),
        ("Publication", {"fields": ["status", "published_at", "published_as_printed", "published_source", "byline", "outlet",
                                    "language", "source_url"]}),
        ("Withdrawal", {"classes": ["collapse"], "fields": ["withdrawal_note", "withdrawn_at"]}),
        ("Image", {"fields": ["image", "image_caption", "image_credit"]}),
        ("Record", {"classes": ["collapse"], "fields": ["fingerprint", "created_at", "updated_at", "created_by"]}),
    ]

    @admin.display(description="state", ordering="status")
    def state(self, article):
        return ARTICLE_STATES[article_state(article)]

    @admin.display(description="date from", ordering="published_source")
    def date_obtained(self, article):
        return DATE_SOURCE_SHORT.get(article.published_source, article.published_source)

    def get_search_results(self, request, queryset, search_term):
        """The archive's full-text search (headline, standfirst, names, byline, body), through its index.

        Django's own search, a substring of headline or byline, reads every
        article; it is kept only for what the full-text syntax cannot take.
        """
        if search_term.strip():
            try:
                return queryset.search(search_term), False
            except search.SearchQueryError:
                pass
        return super().get_search_results(request, queryset, search_term)

    def save_model(self, request, obj, form, change):
        if not change and obj.created_by_id is None:
            obj.created_by = request.user
        restoring = getattr(request, "restoring_revision", None)
        if restoring is None and obj.published_at and "published_source" not in form.changed_data and (
            "published_at" in form.changed_data or not change
        ):
            obj.published_source = Article.DateSource.EDITOR  # an editor's date is the editor's, however it was first read
            obj.published_set_at = timezone.now()
        # One revision for the article and its inlines (tags among them), once they are saved: see _record.
        obj.skip_history_when_saving = True
        super().save_model(request, obj, form, change)
        if restoring is not None:  # the restore page saves no inlines: the version's tags are put back here
            restore_tags(obj, restoring)
            self._record(request, obj)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        form.instance.refresh_search_names()
        self._record(request, form.instance)

    @admin.action(description="Re-run tagging on selected articles (keeps editors' tags)", permissions=["change"])
    def retag_articles(self, request, queryset):
        super().retag_articles(request, queryset)
        for article in queryset:  # the new tags, as a version of each article that changed
            record_revision(article, user=request.user, reason="re-tagged")

    @staticmethod
    def _record(request, article):
        del article.skip_history_when_saving
        record_revision(article, user=request.user, reason=getattr(article, "_change_reason", ""))


class EntityAliasInline(admin.TabularInline):
    model = EntityAlias
    extra = 1
    fields = ["name"]


class MergeEntitiesForm(forms.Form):
    keep = forms.ModelChoiceField(
        queryset=Entity.objects.none(),
        widget=forms.RadioSelect,
        label="Keep this entity",
        help_text="The others are merged into it: their tags and aliases move to it and they are deleted.",
    )

    def __init__(self, *args, entities, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].queryset = entities


@admin.register(Entity)
class EntityAdmin(RevisionHistoryAdmin):
    list_display = ["name", "kind", "iso_code", "country", "wikidata_id", "tag_count"]
    list_filter = ["kind", ("country", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name", "aliases__name", "iso_code", "wikidata_id"]
    autocomplete_fields = ["country"]
    inlines = [EntityAliasInline]
    actions = ["merge_entities"]
    list_per_page = 100
    ordering = ["name", "pk"]  # a total order, so that the autocomplete's pages never overlap

    def get_queryset(self, request):
        # A subquery, not a join: also counts each article once when a search matches two aliases.
        return super().get_queryset(request).select_related("country").annotate(
            tag_count=rows_pointing_here(ArticleEntity, "entity")
        )

    @admin.display(description="articles", ordering="tag_count")
    def tag_count(self, entity):
        return entity.tag_count

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if obj.articles_with_old_name:
            self.message_user(
                request,
                f"“{obj.name}” is tagged in {obj.articles_with_old_name:,} articles, too many to update while you "
                f"wait: full-text search finds them by the old name until an administrator runs "
                f"“manage.py refresh_search_names --entity {obj.slug}”. Its tags, pages and counts are already "
                f"up to date.",
                messages.WARNING,
            )

    @admin.action(description="Merge selected entities into one", permissions=["change"])
    def merge_entities(self, request, queryset):
        # The most tagged entity comes first and is the default choice to keep.
        entities = (
            Entity.objects.filter(pk__in=queryset.values("pk"))
            .select_related("country")
            .prefetch_related("aliases")
            .annotate(tag_count=Count("article_tags"))
            .order_by("-tag_count", "name", "pk")
        )
        if entities.count() < 2:
            self.message_user(request, "Select at least two entities to merge.", messages.WARNING)
            return None
        kinds = {entity.get_kind_display() for entity in entities}
        if len(kinds) > 1:
            # A person is never a duplicate of a country: fix the wrong kind first.
            self.message_user(
                request,
                f"Only entities of one kind can be merged; these are {', '.join(sorted(kinds))}. "
                "Correct the kind of the wrong one first.",
                messages.ERROR,
            )
            return None
        form = MergeEntitiesForm(request.POST if "apply" in request.POST else None, entities=entities)
        if form.is_valid():
            keep = form.cleaned_data["keep"]
            duplicates = [e for e in entities if e.pk != keep.pk]
            names = ", ".join(e.name for e in duplicates)
            with transaction.atomic():
                merge_entities(keep, duplicates, user=request.user)
            undo_url = reverse("admin:articles_entitymerge_changelist")
            self.message_user(
                request,
                format_html("Merged {} into {}. To undo it, use <a href=\"{}\">Entity merges</a>.", names, keep.name, undo_url),
                messages.SUCCESS,
            )
            if keep.articles_with_old_name:
                self.message_user(
                    request,
                    f"{keep.articles_with_old_name:,} articles moved to “{keep.name}”, too many to update while you "
                    f"wait: full-text search finds them by the merged names until an administrator runs "
                    f"“manage.py refresh_search_names --entity {keep.slug}”. Their tags, pages and counts are "
                    f"already up to date.",
                    messages.WARNING,
                )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Merge entities",
            "entities": entities,
            "form": form,
            "opts": self.model._meta,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/articles/entity/merge.html", context)


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "article_count"]
    search_fields = ["name"]
    ordering = ["name", "pk"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=rows_pointing_here(ArticleAuthor, "author"))

    @admin.display(description="articles", ordering="article_count")
    def article_count(self, author):
        return author.article_count


@admin.register(EntityAlias)
class EntityAliasAdmin(admin.ModelAdmin):
    list_display = ["name", "entity"]
    search_fields = ["name", "entity__name"]
    autocomplete_fields = ["entity"]
    list_select_related = ["entity"]


admin.site.site_header = "newsarchive editors"
admin.site.site_title = "newsarchive"
admin.site.index_title = "Archive administration"



@admin.register(OutletTimeZone)
class OutletTimeZoneAdmin(admin.ModelAdmin):
    """The time zones outlets print their times in, as editors set them on import (and may correct here)."""

    list_display = ["outlet", "time_zone", "updated_at"]
    search_fields = ["outlet", "time_zone"]


@admin.register(EntityMerge)
class EntityMergeAdmin(admin.ModelAdmin):
    """Every merge, newest first, each undoable once: the merged entities come back with their tags and aliases."""

    list_display = ["merged_names", "kept", "merged_at", "merged_by", "undone_at", "undone_by"]
    list_filter = [("undone_at", admin.EmptyFieldListFilter)]
    search_fields = ["merged_names", "kept__name"]
    list_select_related = ["kept", "merged_by", "undone_by"]
    readonly_fields = ["kept", "merged_names", "merged_at", "merged_by", "undone_at", "undone_by"]
    fields = readonly_fields
    actions = ["undo_merges"]

    def has_add_permission(self, request):
        return False  # a merge is made from the entity list

    def has_delete_permission(self, request, obj=None):
        return False  # the record of what was merged is kept

    @admin.action(description="Undo selected merges (the merged entities come back)", permissions=["change"])
    def undo_merges(self, request, queryset):
        for merge in queryset.select_related("kept").order_by("-merged_at", "-id"):
            try:
                restored = undo_merge(merge, user=request.user)
            except MergeAlreadyUndone as error:
                self.message_user(request, str(error), messages.WARNING)
                continue
            self.message_user(
                request, f"Undid the merge into {merge.kept.name}: {', '.join(e.name for e in restored)} are back.",
                messages.SUCCESS,
            )
