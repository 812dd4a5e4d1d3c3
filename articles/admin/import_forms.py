"""The forms of the admin's Import articles page: the upload (files, pasted text or a folder on the server), an
article's preview as the editor corrects it, and the review of an article's candidate names."""

from zoneinfo import available_timezones

from django import forms
from django.utils.functional import lazy

from articles.ingest import jobs
from articles.ingest.uploads import (
    PREVIEW_MAX_BYTES, PREVIEW_MAX_FILES, UPLOAD_LIMITS, accept_file, article_file_count, job_limits, size_label,
)
from articles.models import Article, Entity
from articles.models.articles import NEW_ARTICLE_STATUSES

DATETIME_FORMAT = "%Y-%m-%d %H:%M"
CANDIDATE_CHOICES = [("", "ignore")] + [
    (kind.value, f"accept as {kind.label.lower()}")
    for kind in (Entity.Kind.PERSON, Entity.Kind.ORGANIZATION, Entity.Kind.PLACE)
]


def _files_help_text():
    limits = job_limits()  # read when the form is shown
    return (
        f".txt, .html, .jsonl, or a .zip of those. Up to {limits.max_files} files (a zip may hold "
        f"{limits.max_zip_members:,}), {size_label(limits.max_file_bytes)} each, "
        f"{size_label(limits.max_total_bytes)} in all. Up to {PREVIEW_MAX_FILES} articles and "
        f"{size_label(PREVIEW_MAX_BYTES)} are shown for you to check before saving; more are imported "
        "in the background, with a page to follow their progress."
    )


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
        widget=forms.Textarea(attrs={"rows": 12, "cols": 100, "dir": "auto"}),
        help_text="The raw text of one article, as copied from the page (or its HTML).",
    )
    files = MultipleFileField(
        label="or upload files",
        required=False,
        help_text=lazy(_files_help_text, str)(),
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
        limits = job_limits()
        if len(files) > limits.max_files:
            raise forms.ValidationError(
                f"Too many files ({len(files)}); upload at most {limits.max_files} at a time, or zip them."
            )
        total = sum(f.size for f in files)
        if total > limits.max_total_bytes:
            raise forms.ValidationError(
                f"The upload is too large ({size_label(total)}); the limit is {size_label(limits.max_total_bytes)}."
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
    # dir="auto": a headline, a name or a caption in Arabic, Persian or Hebrew is edited right to left
    headline = forms.CharField(max_length=300, required=False, widget=forms.TextInput(attrs={"dir": "auto"}))
    standfirst = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2, "cols": 80, "dir": "auto"}))
    published = forms.DateTimeField(
        required=False,
        input_formats=[DATETIME_FORMAT, "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d"],
        widget=forms.DateTimeInput(format=DATETIME_FORMAT, attrs={"placeholder": "YYYY-MM-DD HH:MM"}),
    )
    byline = forms.CharField(max_length=300, required=False, label="Byline as printed",
                             widget=forms.TextInput(attrs={"dir": "auto"}))
    authors = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 2, "cols": 40, "dir": "auto"}), help_text="One name per line."
    )
    image_caption = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2, "cols": 80, "dir": "auto"}))
    image_credit = forms.CharField(max_length=300, required=False, widget=forms.TextInput(attrs={"dir": "auto"}))
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
