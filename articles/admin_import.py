"""The admin's Import articles page: upload or paste, preview and correct, then save.

Step 1 parses everything and keeps the previews server-side in the editor's
session under a random token (the browser only sends the token back, so the
parsed data cannot be tampered with); step 2 applies the editor's corrections
and stores each checked article in its own transaction.
"""

import secrets
from zoneinfo import available_timezones

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone

from .ingest.outlets import remember as remember_time_zone
from .ingest.preview import preview_from_json, preview_to_json, previews_from_sources
from .ingest.service import StoredResult, retag, store, stored_tagging_text
from .ingest.tagging import get_matcher
from .ingest.uploads import UPLOAD_LIMITS, Rejected, Source, accept_file, size_label
from .models import NEW_ARTICLE_STATUSES, Article, Entity, OutletTimeZone

SESSION_KEY = "article_import"
KEEP_PENDING_IMPORTS = 3  # an editor may have a few tabs open; older previews are dropped
DATETIME_FORMAT = "%Y-%m-%d %H:%M"
CANDIDATE_CHOICES = [("", "ignore")] + [
    (kind.value, f"accept as {kind.label.lower()}")
    for kind in (Entity.Kind.PERSON, Entity.Kind.ORGANIZATION, Entity.Kind.PLACE)
]


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, (list, tuple)) else [data] if data else []
        return [super(MultipleFileField, self).clean(f, initial) for f in files]


class ImportUploadForm(forms.Form):
    text = forms.CharField(
        label="Paste an article",
        required=False,
        max_length=UPLOAD_LIMITS.max_file_bytes,
        widget=forms.Textarea(attrs={"rows": 12, "cols": 100}),
        help_text="The raw text of one article, as copied from the page (or its HTML).",
    )
    files = MultipleFileField(
        label="or upload files",
        required=False,
        help_text=(
            f".txt, .html, .jsonl, or a .zip of those. Up to {UPLOAD_LIMITS.max_files} files, "
            f"{size_label(UPLOAD_LIMITS.max_file_bytes)} each, {size_label(UPLOAD_LIMITS.max_total_bytes)} in all."
        ),
    )
    status = forms.ChoiceField(
        choices=NEW_ARTICLE_STATUSES, initial=Article.Status.DRAFT, required=False, label="Save as",
        help_text="You can still change it for each article on the next page.",
    )
    source_tz = forms.ChoiceField(
        choices=[("", "each outlet's remembered zone, else UTC")] + [(z, z) for z in sorted(available_timezones())],
        required=False, label="Times printed without a zone are in",
        help_text="The outlet's own time zone, for pages that print “14:30” with no zone. Remembered for "
        "each outlet whose times needed it, for its next import.",
    )

    def clean(self):
        data = super().clean()
        data["status"] = data.get("status") or Article.Status.DRAFT
        files = data.get("files") or []
        if not (data.get("text") or "").strip() and not files and not self.errors:
            raise forms.ValidationError("Paste an article or choose at least one file.")
        if len(files) > UPLOAD_LIMITS.max_files:
            raise forms.ValidationError(
                f"Too many files ({len(files)}); upload at most {UPLOAD_LIMITS.max_files} at a time, or zip them."
            )
        total = sum(f.size for f in files)
        if total > UPLOAD_LIMITS.max_total_bytes:
            raise forms.ValidationError(
                f"The upload is too large ({size_label(total)}); the limit is {size_label(UPLOAD_LIMITS.max_total_bytes)}."
            )
        return data

    def sources(self):
        """``(sources, rejected)``: the pasted text and the accepted files, read in memory."""
        sources, rejected = [], []
        text = (self.cleaned_data.get("text") or "").strip()
        if text:
            name = "pasted text.html" if text.lstrip().startswith("<") else "pasted text.txt"
            sources.append(Source(name, text.encode("utf-8")))
        for upload in self.cleaned_data.get("files") or []:
            name = upload.name or "unnamed"
            if upload.size > UPLOAD_LIMITS.max_file_bytes and not name.lower().endswith(".zip"):
                rejected.append(Rejected(name, f"too large ({size_label(upload.size)}; the limit is "
                                               f"{size_label(UPLOAD_LIMITS.max_file_bytes)})"))
                continue
            accepted, refused = accept_file(name, upload.read(), UPLOAD_LIMITS)
            sources += accepted
            rejected += refused
        return sources, rejected


class ArticlePreviewForm(forms.Form):
    """The editor's corrections to one parsed article."""

    keep = forms.BooleanField(required=False, initial=True, label="Import this article")
    headline = forms.CharField(max_length=300, required=False)
    standfirst = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2, "cols": 80}))
    published = forms.DateTimeField(
        required=False,
        input_formats=[DATETIME_FORMAT, "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d"],
        widget=forms.DateTimeInput(format=DATETIME_FORMAT, attrs={"placeholder": "YYYY-MM-DD HH:MM"}),
    )
    byline = forms.CharField(max_length=300, required=False, label="Byline as printed")
    authors = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 2, "cols": 40}), help_text="One name per line."
    )
    image_caption = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2, "cols": 80}))
    image_credit = forms.CharField(max_length=300, required=False)
    status = forms.ChoiceField(choices=NEW_ARTICLE_STATUSES)
    entities = forms.MultipleChoiceField(required=False, widget=forms.CheckboxSelectMultiple, label="Tags to keep")

    def __init__(self, *args, preview, status, can_accept=True, **kwargs):
        self.preview = preview
        self.can_accept = can_accept
        initial = {
            "keep": preview.duplicate is None,
            "headline": preview.headline,
            "standfirst": preview.standfirst,
            "published": preview.published,
            "byline": preview.byline,
            "authors": "\n".join(preview.authors),
            "image_caption": preview.image_caption,
            "image_credit": preview.image_credit,
            "status": status,
            "entities": [e["key"] for e in preview.entities],
        }
        super().__init__(*args, initial=initial, **kwargs)
        if preview.duplicate is not None:
            # Shown with a link to the article already there, and skipped: nothing to correct, nothing to post.
            self.fields.clear()
            return
        self.fields["entities"].choices = [(e["key"], e["name"]) for e in preview.entities]
        for number, candidate in enumerate(preview.candidates if can_accept else ()):
            self.fields[f"candidate_{number}"] = forms.ChoiceField(
                choices=CANDIDATE_CHOICES, required=False, label=candidate["name"]
            )

    def candidate_fields(self):
        """``(candidate, field)`` pairs; the field is None for editors who may not add entities."""
        return [
            (c, self[f"candidate_{n}"] if self.can_accept else None) for n, c in enumerate(self.preview.candidates)
        ]

    def entity_rows(self):
        by_key = {e["key"]: e for e in self.preview.entities}
        return [(by_key[w.data["value"]], w) for w in self["entities"]]

    def clean(self):
        data = super().clean()
        if data.get("keep") and self.preview.duplicate is None and not (data.get("headline") or "").strip():
            self.add_error("headline", "An article needs a headline.")
        return data

    @property
    def wanted(self):
        return bool(self.cleaned_data.get("keep")) and self.preview.duplicate is None

    def corrected_preview(self):
        data = self.cleaned_data
        published = data["published"]
        original = self.preview.published
        if original is not None and published is not None and _same_minute(published, original):
            published = original  # untouched: keep the seconds and where the date came from
        return self.preview.corrected(
            headline=data["headline"].strip(),
            headline_proposed=self.preview.headline_proposed and data["headline"].strip() == self.preview.headline,
            standfirst=data["standfirst"],
            published=published,
            byline=data["byline"],
            authors=[line.strip() for line in data["authors"].splitlines() if line.strip()],
            image_caption=data["image_caption"],
            image_credit=data["image_credit"],
        )

    def accepted_candidates(self):
        return [
            (c["name"], self.cleaned_data[f"candidate_{n}"])
            for n, c in enumerate(self.preview.candidates)
            if self.can_accept and self.cleaned_data.get(f"candidate_{n}")
        ]


def _same_minute(a, b):
    return abs((a - b).total_seconds()) < 60 and a.replace(second=0, microsecond=0) == b.replace(second=0, microsecond=0)


class CandidateReviewForm(forms.Form):
    def __init__(self, *args, candidates, **kwargs):
        super().__init__(*args, **kwargs)
        self.candidates = candidates
        for number, candidate in enumerate(candidates):
            self.fields[f"candidate_{number}"] = forms.ChoiceField(
                choices=CANDIDATE_CHOICES, required=False, label=candidate["name"]
            )

    def rows(self):
        return [(c, self[f"candidate_{n}"]) for n, c in enumerate(self.candidates)]

    def accepted_candidates(self):
        return [
            (c["name"], self.cleaned_data[f"candidate_{n}"])
            for n, c in enumerate(self.candidates)
            if self.cleaned_data.get(f"candidate_{n}")
        ]


class ImportArticlesMixin:
    """What ArticleAdmin gains: the Import page, its button on the list, and the re-tag action."""

    change_list_template = "admin/articles/article/change_list.html"
    actions = ["retag_articles"]

    change_form_template = "admin/articles/article/change_form.html"

    def get_urls(self):
        import_view = self.admin_site.admin_view(self.import_view)
        candidates_view = self.admin_site.admin_view(self.candidates_view)
        return [
            path("import/", import_view, name="articles_article_import"),
            path("<path:object_id>/candidates/", candidates_view, name="articles_article_candidates"),
            *super().get_urls(),
        ]

    def candidates_view(self, request, object_id):
        """Names in a stored article the vocabulary does not know, to accept now; the article is re-tagged."""
        article = self.get_object(request, object_id)
        if article is None:
            raise Http404("No such article.")
        if not (self.has_change_permission(request, article) and request.user.has_perm("articles.add_entity")):
            raise PermissionDenied
        candidates = [
            {"name": c.name, "mentions": c.mentions, "suggested_kind": c.suggested_kind}
            for c in get_matcher().tag(stored_tagging_text(article)).candidates
        ]
        form = CandidateReviewForm(request.POST if request.method == "POST" else None, candidates=candidates)
        if form.is_valid():
            accepted = form.accepted_candidates()
            retag(article, accepted_candidates=accepted)
            names = ", ".join(name for name, _ in accepted)
            self.message_user(
                request,
                f"Re-tagged; accepted {names}." if accepted else "Re-tagged; no names accepted.",
                messages.SUCCESS,
            )
            return HttpResponseRedirect(reverse("admin:articles_article_change", args=[article.pk]))
        return self._render(
            request, "candidates.html",
            {"title": f"Candidate names in “{article.headline}”", "article": article, "form": form},
            status=400 if form.is_bound else 200,
        )

    def import_view(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        if request.method == "POST" and "token" in request.POST:
            return self._save_step(request)
        if request.method == "POST":
            return self._preview_step(request)
        return self._render(request, "import.html", {"form": ImportUploadForm()})

    def _render(self, request, template, context, status=200):
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": "Import articles",
            **context,
        }
        return TemplateResponse(request, f"admin/articles/article/{template}", context, status=status)

    def _preview_step(self, request):
        form = ImportUploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self._render(request, "import.html", {"form": form}, status=400)
        sources, rejected = form.sources()
        previews, unparsed = previews_from_sources(
            sources, source_tz=form.cleaned_data["source_tz"],
            outlet_zones=dict(OutletTimeZone.objects.values_list("outlet", "time_zone")),
        )
        token = secrets.token_urlsafe(16)
        pending = request.session.get(SESSION_KEY, {})
        pending = dict(list(pending.items())[-(KEEP_PENDING_IMPORTS - 1):])
        pending[token] = {
            "status": form.cleaned_data["status"],
            "previews": [preview_to_json(p) for p in previews],
            "rejected": [[r.name, r.reason] for r in [*rejected, *unparsed]],
        }
        request.session[SESSION_KEY] = pending
        return self._render_preview(request, token)

    def _load_pending(self, request, token):
        payload = request.session.get(SESSION_KEY, {}).get(token)
        if payload is None:
            return None
        previews = [preview_from_json(p) for p in payload["previews"]]
        rejected = [Rejected(name, reason) for name, reason in payload["rejected"]]
        return payload["status"], previews, rejected

    def _preview_forms(self, request, status, previews, data=None):
        can_accept = request.user.has_perm("articles.add_entity")
        return [
            ArticlePreviewForm(data, prefix=f"a{n}", preview=p, status=status, can_accept=can_accept)
            for n, p in enumerate(previews)
        ]

    def _render_preview(self, request, token, forms_=None, status=200):
        status_choice, previews, rejected = self._load_pending(request, token)
        forms_ = forms_ or self._preview_forms(request, status_choice, previews)
        context = {
            "title": "Import articles: check and save",
            "token": token,
            "forms": forms_,
            "rejected": rejected,
            "importable": sum(1 for p in previews if p.duplicate is None),
            "time_zone": timezone.get_current_timezone_name(),
        }
        return self._render(request, "import_preview.html", context, status=status)

    def _save_step(self, request):
        token = request.POST["token"]
        pending = self._load_pending(request, token)
        if pending is None:
            self.message_user(
                request, "This import preview has expired or was already saved. Upload the files again.", messages.ERROR
            )
            return self._render(request, "import.html", {"form": ImportUploadForm()}, status=400)
        status, previews, rejected = pending
        forms_ = self._preview_forms(request, status, previews, data=request.POST)
        invalid = [n for n, f in enumerate(forms_, 1) if not f.is_valid()]
        if invalid:
            self.message_user(
                request, f"Nothing was saved yet: correct article{'s' if len(invalid) > 1 else ''} "
                f"{', '.join(map(str, invalid))} below, then save again.", messages.ERROR,
            )
            return self._render_preview(request, token, forms_=forms_, status=400)
        results = [StoredResult(StoredResult.FAILED, r.name, reason=r.reason) for r in rejected]
        for form in forms_:
            if form.preview.duplicate is not None:
                results.append(StoredResult(
                    StoredResult.DUPLICATE, form.preview.source_name, form.preview.headline,
                    duplicate=form.preview.duplicate,
                ))
            elif form.wanted:
                results.append(store(
                    form.corrected_preview(),
                    status=form.cleaned_data["status"],
                    user=request.user,
                    accepted_candidates=form.accepted_candidates(),
                    entity_overrides=set(form.cleaned_data["entities"]),
                ))
                if results[-1].outcome == StoredResult.CREATED and form.preview.remember_time_zone:
                    remember_time_zone(form.preview.outlet_key, form.preview.time_zone)
        pending_all = request.session.get(SESSION_KEY, {})
        pending_all.pop(token, None)
        request.session[SESSION_KEY] = pending_all
        summary = {outcome: [r for r in results if r.outcome == outcome] for outcome in ("created", "duplicate", "failed")}
        self.message_user(
            request,
            f"created {len(summary['created'])}, duplicates {len(summary['duplicate'])}, failed {len(summary['failed'])}",
            messages.SUCCESS if not summary["failed"] else messages.WARNING,
        )
        return self._render(request, "import_done.html", {"title": "Import articles: done", **summary})

    @admin.action(description="Re-run tagging on selected articles (keeps editors' tags)", permissions=["change"])
    def retag_articles(self, request, queryset):
        count = 0
        for article in queryset.only("pk", "body_text", "byline", "published_at", "status"):
            retag(article)
            count += 1
        self.message_user(request, f"Re-tagged {count} article{'s' if count != 1 else ''}.", messages.SUCCESS)
