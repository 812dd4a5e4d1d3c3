"""The admin's Import articles page: upload or paste, preview and correct, then save; or, for a large
upload or a folder on the server, a background job and its progress page.

Step 1 parses everything and keeps the previews server-side in the editor's
session under a random token (the browser only sends the token back, so the
parsed data cannot be tampered with); step 2 applies the editor's corrections
and stores each checked article in its own transaction. An upload of more
than ``PREVIEW_MAX_FILES`` article files (a zip's members counted) or
``PREVIEW_MAX_BYTES`` becomes an import job instead (``ingest/jobs.py``),
which task workers run while the editor watches, leaves and comes back.
"""

import secrets
from zoneinfo import available_timezones

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.text import capfirst

from articles.admin.decisions import JobDecisionsMixin
from articles.core.history import imports_recorded, record_revision
from articles.ingest import jobs
from articles.ingest.outlets import remember as remember_time_zone
from articles.ingest.outlets import remembered_zones
from articles.ingest.preview import preview_from_json, preview_to_json, previews_from_sources
from articles.ingest.replacing import replace_article
from articles.ingest.service import StoredResult, retag, store, stored_tagging_text
from articles.ingest.tagging import get_matcher
from articles.ingest.uploads import (
    JOB_LIMITS, PREVIEW_MAX_BYTES, PREVIEW_MAX_FILES, UPLOAD_LIMITS, Rejected, accept_file, article_file_count,
    size_label,
)
from articles.models import Article, Entity, ImportItem, ImportJob, NearDuplicateBand
from articles.models.articles import NEW_ARTICLE_STATUSES

SESSION_KEY = "article_import"
KEEP_PENDING_IMPORTS = 3  # an editor may have a few tabs open; older previews are dropped
JOB_OUTCOMES_SHOWN = 500  # of each kind, on a job's page: the rest are in the article list
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
            f".txt, .html, .jsonl, or a .zip of those. Up to {JOB_LIMITS.max_files} files (a zip may hold "
            f"{JOB_LIMITS.max_zip_members:,}), {size_label(JOB_LIMITS.max_file_bytes)} each, "
            f"{size_label(JOB_LIMITS.max_total_bytes)} in all. Up to {PREVIEW_MAX_FILES} articles and "
            f"{size_label(PREVIEW_MAX_BYTES)} are shown for you to check before saving; more are imported "
            "in the background, with a page to follow their progress."
        ),
    )
    folder = forms.CharField(
        label="or import a folder on the server", required=False, max_length=1000,
        help_text="A path under the server's import folder; imported in the background.",
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

    def __init__(self, *args, may_import_folders=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not may_import_folders:
            del self.fields["folder"]

    def clean_folder(self):
        folder = self.cleaned_data.get("folder", "").strip()
        if not folder:
            return ""
        try:
            return str(jobs.resolve_folder(folder))
        except jobs.FolderRefused as error:
            raise forms.ValidationError(str(error)) from error

    def clean(self):
        data = super().clean()
        data["status"] = data.get("status") or Article.Status.DRAFT
        files = data.get("files") or []
        if not (data.get("text") or "").strip() and not files and not data.get("folder") and not self.errors:
            raise forms.ValidationError("Paste an article or choose at least one file.")
        if len(files) > JOB_LIMITS.max_files:
            raise forms.ValidationError(
                f"Too many files ({len(files)}); upload at most {JOB_LIMITS.max_files} at a time, or zip them."
            )
        total = sum(f.size for f in files)
        if total > JOB_LIMITS.max_total_bytes:
            raise forms.ValidationError(
                f"The upload is too large ({size_label(total)}); the limit is {size_label(JOB_LIMITS.max_total_bytes)}."
            )
        return data

    def uploaded(self):
        """``(name, bytes)`` of the pasted text and each uploaded file, read once."""
        files = []
        text = (self.cleaned_data.get("text") or "").strip()
        if text:
            files.append(("pasted text.html" if text.startswith("<") else "pasted text.txt", text.encode("utf-8")))
        # The form bounds the total, so reading a file too large to import (refused by accept_file) is bounded too.
        files += [(upload.name or "unnamed", upload.read()) for upload in self.cleaned_data.get("files") or []]
        return files

    def needs_a_job(self, files):
        """Whether these files are too many or too large to check one by one while the editor waits."""
        return bool(self.cleaned_data.get("folder")) or (
            sum(len(data) for _, data in files) > PREVIEW_MAX_BYTES
            or sum(article_file_count(name, data) for name, data in files) > PREVIEW_MAX_FILES
        )

    def sources(self, files):
        """``(sources, rejected)`` for the preview: the files' articles, read in memory."""
        sources, rejected = [], []
        for name, data in files:
            accepted, refused = accept_file(name, data, UPLOAD_LIMITS)
            sources += accepted
            rejected += refused
        return sources, rejected


SKIP, IMPORT_ANYWAY, REPLACE = "skip", "import", "replace"


class ArticlePreviewForm(forms.Form):
    """The editor's corrections to one parsed article, and what to do with it if it looks like another."""

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

    def __init__(self, *args, preview, status, can_accept=True, can_replace=True, **kwargs):
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
        near = preview.near_duplicate if preview.duplicate is None else None
        if near is not None:
            choices = [(SKIP, "Skip it"), (IMPORT_ANYWAY, "Import it anyway")]
            if near.article_id and can_replace:
                choices.append((REPLACE, "Replace the older copy with it (keeping its address)"))
            self.fields["near_duplicate"] = forms.ChoiceField(
                choices=choices, initial=SKIP, widget=forms.RadioSelect, label="This article"
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
        if self.wanted and not (data.get("headline") or "").strip():
            self.add_error("headline", "An article needs a headline.")
        return data

    @property
    def wanted(self):
        if self.preview.duplicate is not None:
            return False
        if "near_duplicate" in self.fields:
            return self.cleaned_data.get("near_duplicate") in (IMPORT_ANYWAY, REPLACE)
        return bool(self.cleaned_data.get("keep"))

    @property
    def replaces(self):
        """The id of the archived article the editor chose to replace with this one, or None."""
        return self.preview.near_duplicate.article_id if self.cleaned_data.get("near_duplicate") == REPLACE else None

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


def _without(nested, prefix):
    """``nested`` (the admin's nested list of objects to delete) without the strings starting with ``prefix``."""
    kept = []
    for item in nested:
        if isinstance(item, list):
            item = _without(item, prefix)
            if item:
                kept.append(item)
        elif not str(item).startswith(prefix):
            kept.append(item)
    return kept


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


class ImportArticlesMixin(JobDecisionsMixin):
    """What ArticleAdmin gains: the Import page, its button on the list, and the re-tag action."""

    JOB_OUTCOMES_SHOWN = JOB_OUTCOMES_SHOWN

    change_list_template = "admin/articles/article/change_list.html"
    actions = ["retag_articles"]

    change_form_template = "admin/articles/article/change_form.html"

    def get_urls(self):
        import_view = self.admin_site.admin_view(self.import_view)
        candidates_view = self.admin_site.admin_view(self.candidates_view)
        return [
            path("import/", import_view, name="articles_article_import"),
            path("import/jobs/", self.admin_site.admin_view(self.import_jobs_view), name="articles_article_import_jobs"),
            path(
                "import/jobs/<int:job_id>/", self.admin_site.admin_view(self.import_job_view),
                name="articles_article_import_job",
            ),
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
            record_revision(article, user=request.user, reason=f"re-tagged; accepted {names}" if accepted else "re-tagged")
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
        return self._render(request, "import.html", {"form": self._upload_form(request)})

    @staticmethod
    def _upload_form(request, *args):
        may_import_folders = request.user.is_staff and jobs.folder_root() is not None
        return ImportUploadForm(*args, may_import_folders=may_import_folders)

    def import_jobs_view(self, request):
        """The recent import jobs, newest first, each with where it stands."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        recent = list(ImportJob.objects.recent())
        running = ImportItem.objects.outcome_counts_by_job([job.pk for job in recent if not job.is_finished])
        near = ImportItem.objects.decision_counts_by_job([job.pk for job in recent])
        rows = [(job, jobs.progress(job, counts=running.get(job.pk)), near.get(job.pk, {})) for job in recent]
        return self._render(request, "import_jobs.html", {"title": "Import jobs", "rows": rows})

    def import_job_view(self, request, job_id):
        """A job's progress while it runs (the page refreshes itself), then its result; POST resumes it, or
        decides on its near-duplicates."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        job = get_object_or_404(ImportJob.objects.select_related("created_by"), pk=job_id)
        if request.method == "POST" and "resume" in request.POST:
            if not job.is_finished:
                jobs.resume(job)
                self.message_user(request, "Resumed: a worker will take up the items still pending.", messages.SUCCESS)
            return HttpResponseRedirect(request.path)
        if request.method == "POST":
            return self._decide(request, job)
        return self._job_page(request, job)

    def _job_page(self, request, job, status=200):
        items = job.items.select_related("article", "duplicate_of").defer("data", "article__body_html",
                                                                           "article__body_text", "article__search_names")
        outcomes = {
            "failed": list(items.with_failures()[:JOB_OUTCOMES_SHOWN]),
            "duplicates": list(items.filter(duplicate_count__gt=0).order_by("position")[:JOB_OUTCOMES_SHOWN]),
            "created": list(items.filter(created_count__gt=0).order_by("position")[:JOB_OUTCOMES_SHOWN]),
        }
        context = {
            "title": f"Import job {job.pk}: {job.label}", "job": job, "progress": jobs.progress(job),
            "shown_at_most": JOB_OUTCOMES_SHOWN, **outcomes, **self._decision_context(request, job),
        }
        return self._render(request, "import_job.html", context, status=status)

    def _render(self, request, template, context, status=200):
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": "Import articles",
            **context,
        }
        return TemplateResponse(request, f"admin/articles/article/{template}", context, status=status)

    def _preview_step(self, request):
        form = self._upload_form(request, request.POST, request.FILES)
        if not form.is_valid():
            return self._render(request, "import.html", {"form": form}, status=400)
        files = form.uploaded()
        if form.needs_a_job(files):
            job = jobs.create_job(
                files=files, folder=form.cleaned_data.get("folder", ""), user=request.user,
                article_status=form.cleaned_data["status"], source_tz=form.cleaned_data["source_tz"],
            )
            self.message_user(request, f"Importing in the background: {job.label}.", messages.SUCCESS)
            return HttpResponseRedirect(reverse("admin:articles_article_import_job", args=[job.pk]))
        sources, rejected = form.sources(files)
        previews, unparsed = previews_from_sources(
            sources, source_tz=form.cleaned_data["source_tz"],
            outlet_zones=remembered_zones(),
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
        can_replace = self.has_change_permission(request)
        return [
            ArticlePreviewForm(
                data, prefix=f"a{n}", preview=p, status=status, can_accept=can_accept, can_replace=can_replace
            )
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
            return self._render(request, "import.html", {"form": self._upload_form(request)}, status=400)
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
        with imports_recorded(Article, user=request.user) as revisions:  # each new article's first revision
            for form in forms_:
                if form.preview.duplicate is not None:
                    results.append(StoredResult(
                        StoredResult.DUPLICATE, form.preview.source_name, form.preview.headline,
                        duplicate=form.preview.duplicate,
                    ))
                elif form.replaces:
                    results.append(replace_article(
                        form.replaces, form.corrected_preview(), user=request.user,
                        accepted_candidates=form.accepted_candidates(), entity_overrides=set(form.cleaned_data["entities"]),
                    ))
                elif form.wanted:
                    results.append(store(
                        form.corrected_preview(),
                        status=form.cleaned_data["status"],
                        user=request.user,
                        accepted_candidates=form.accepted_candidates(),
                        entity_overrides=set(form.cleaned_data["entities"]),
                    ))
                    revisions.note(results[-1], form.preview)
                    if results[-1].outcome == StoredResult.CREATED and form.preview.remember_time_zone:
                        remember_time_zone(form.preview.outlet_key, form.preview.time_zone)
        pending_all = request.session.get(SESSION_KEY, {})
        pending_all.pop(token, None)
        request.session[SESSION_KEY] = pending_all
        summary = {
            outcome: [r for r in results if r.outcome == outcome] for outcome in ("created", "duplicate", "failed")
        }
        summary["replaced"] = [r for r in results if r.outcome == StoredResult.REPLACED]
        replaced = f", replaced {len(summary['replaced'])}" if summary["replaced"] else ""
        self.message_user(
            request,
            f"created {len(summary['created'])}{replaced}, duplicates {len(summary['duplicate'])}, "
            f"failed {len(summary['failed'])}",
            messages.SUCCESS if not summary["failed"] else messages.WARNING,
        )
        return self._render(request, "import_done.html", {"title": "Import articles: done", **summary})

    def get_deleted_objects(self, objs, request):
        """What deleting lists for the editor to confirm, without the text signature's bands that go with each
        article (sixteen lines an article, meaningless to an editor)."""
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        counts.pop(NearDuplicateBand._meta.verbose_name_plural, None)
        prefix = f"{capfirst(NearDuplicateBand._meta.verbose_name)}: "
        return _without(deleted, prefix), counts, perms_needed, protected

    @admin.action(description="Re-run tagging on selected articles (keeps editors' tags)", permissions=["change"])
    def retag_articles(self, request, queryset):
        count = 0
        for article in queryset.only("pk", "body_text", "byline", "published_at", "status"):
            retag(article)
            count += 1
        self.message_user(request, f"Re-tagged {count} article{'s' if count != 1 else ''}.", messages.SUCCESS)
