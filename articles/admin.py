from django import forms
from django.contrib import admin, messages
from django.db import models, transaction
from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.template.response import TemplateResponse
from django.utils import timezone

from . import search
from .admin_import import ImportArticlesMixin
from .models import Article, ArticleAuthor, ArticleEntity, Author, Correction, Entity, EntityAlias, OutletTimeZone


ARTICLE_STATES = {"draft": "Draft", "scheduled": "Scheduled", "live": "Live", "withdrawn": "Withdrawn"}


def article_state(article):
    """``ARTICLE_STATES``' key for ``article``."""
    if article.status == Article.Status.PUBLISHED:
        return "scheduled" if article.published_at and article.published_at > timezone.now() else "live"
    return article.status


class StateListFilter(admin.SimpleListFilter):
    """Where an article stands for readers: a published article with a future date is scheduled, not live."""

    title = "state"
    parameter_name = "state"

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

    A changelist counts only the rows on its page this way. Counting through
    a join and GROUP BY aggregated every tag in the archive before the page
    took its hundred rows (15 s for the entity list at a million articles).
    """
    rows = model.objects.filter(**{field: OuterRef("pk")}).order_by().values(field).annotate(n=Count("*")).values("n")
    return Coalesce(Subquery(rows), 0)


class CountryListFilter(admin.SimpleListFilter):
    title = "country"
    parameter_name = "country"

    def lookups(self, request, model_admin):
        tagged = ArticleEntity.objects.filter(entity=OuterRef("pk"))
        countries = Entity.objects.countries().filter(Exists(tagged)).order_by("name")
        return [(c.iso_code, c.name) for c in countries.only("name", "iso_code")]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.in_country(self.value())
        return queryset


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


@admin.register(Article)
class ArticleAdmin(ImportArticlesMixin, admin.ModelAdmin):
    form = ArticleAdminForm
    # A source pasted without a scheme is taken as https (Django 6's default).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ["headline", "state", "published_at", "published_source", "byline", "outlet"]
    list_display_links = ["headline"]
    # Every author, not only those with articles: finding those read every credit in the archive.
    list_filter = [StateListFilter, "published_source", CountryListFilter, "authors"]
    search_fields = ["headline", "byline"]  # see get_search_results
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["headline"]}
    readonly_fields = ["fingerprint", "created_at", "updated_at", "created_by", "withdrawn_at", "published_as_printed"]
    inlines = [ArticleAuthorInline, ArticleEntityInline, CorrectionInline]
    list_per_page = 50
    show_full_result_count = False
    # No "Show counts": a count for each of 250 countries, every author and each state, over a million
    # articles, ran for more than five minutes.
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

    def get_search_results(self, request, queryset, search_term):
        """The archive's full-text search (headline, standfirst, names, byline, body), through its index.

        Django's own search, a substring of headline or byline, read every
        article (2.5 s a search at a million); it is kept only for what the
        full-text syntax cannot take.
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
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        form.instance.refresh_search_names()


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
class EntityAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "iso_code", "country", "wikidata_id", "tag_count"]
    list_filter = ["kind", ("country", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name", "aliases__name", "iso_code", "wikidata_id"]
    prepopulated_fields = {"slug": ["name"]}
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
                keep.merge(duplicates)
            self.message_user(request, f"Merged {names} into {keep.name}.", messages.SUCCESS)
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
    prepopulated_fields = {"slug": ["name"]}
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
