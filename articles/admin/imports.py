"""The admin's Import articles page: upload or paste, preview and correct, then save; or, for a large
upload or a folder on the server, a background job and its progress page.

Step 1 parses everything and keeps the previews server-side in the editor's
session under a random token (the browser only sends the token back, so the
parsed data cannot be tampered with); step 2 applies the editor's corrections
and stores each checked article in its own transaction. An upload of more
than ``PREVIEW_MAX_FILES`` article files (a zip's members counted) or
``PREVIEW_MAX_BYTES`` becomes an import job instead (``ingest/jobs.py``),
which task workers run while the editor watches, leaves and comes back.
The page's forms are in ``import_forms.py``.
"""

import secrets

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.text import capfirst

from articles.admin.decisions import JobDecisionsMixin
from articles.admin.import_forms import ArticlePreviewForm, CandidateReviewForm, ImportUploadForm
from articles.core.history import imports_recorded, record_revision
from articles.ingest import jobs
from articles.ingest.outlets import remember as remember_time_zone
from articles.ingest.outlets import remembered_zones
from articles.ingest.preview import preview_from_json, preview_to_json, previews_from_sources
from articles.ingest.replacing import replace_article
from articles.ingest.article_text import stored_tagging_text
from articles.ingest.candidates import not_the_authors
from articles.ingest.service import StoredResult, retag, store
from articles.ingest.current_matcher import get_matcher
from articles.ingest.uploads import Rejected
from articles.models import Article, ImportItem, ImportJob, NearDuplicateBand

SESSION_KEY = "article_import"
KEEP_PENDING_IMPORTS = 3  # an editor may have a few tabs open; older previews are dropped
JOB_OUTCOMES_SHOWN = 500  # of each kind, on a job's page: the rest are in the article list


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
            {"name": c.name, "mentions": c.mentions, "suggested_kind": c.suggested_kind, "country": c.country}
            for c in not_the_authors(get_matcher().tag(stored_tagging_text(article)).candidates,
                                     article.authors.values_list("name", flat=True))
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
