"""The import jobs' tables (a job, its uploaded files, its items) and what the editors' imports remember: each
outlet's time zone."""

from django.conf import settings
from django.db import models
from django.db.models import Q

from ..querysets import ImportItemQuerySet, ImportJobQuerySet
from .articles import NEW_ARTICLE_STATUSES, Article
from .derived import validate_time_zone


class OutletTimeZone(models.Model):
    """The time zone an outlet prints its times in, remembered from the editors' imports."""

    outlet = models.CharField(
        max_length=200, unique=True,
        help_text="The outlet's web address without www (nation.africa), or its name when its articles give none.",
    )
    time_zone = models.CharField(
        max_length=64, validators=[validate_time_zone],
        help_text="An IANA time zone such as Africa/Nairobi: times the outlet prints without a zone are read in it.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["outlet"]
        verbose_name = "outlet time zone"

    def __str__(self) -> str:
        return f"{self.outlet}: {self.time_zone}"


class ImportJob(models.Model):
    """An import run in the background by a task worker: an editor's large upload, or a folder on the server.

    Its files wait in ``ImportUpload`` rows until a worker expands them into
    ``ImportItem`` rows, one per article file (or .jsonl line); each item's
    outcome is committed with its article, so a job whose worker is killed
    resumes at its first pending item. Counts are read from the items while
    it runs, and kept here once it is done.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"

    label = models.CharField(max_length=300, help_text="What was imported: the uploaded files' names, or the folder.")
    folder = models.CharField(max_length=1000, blank=True, help_text="A folder on the server, under IMPORT_FOLDER_ROOT.")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    article_status = models.CharField(max_length=10, choices=NEW_ARTICLE_STATUSES, default=Article.Status.DRAFT)
    source_tz = models.CharField(max_length=64, blank=True, validators=[validate_time_zone])
    total = models.PositiveIntegerField(default=0, help_text="Items, known once the files are expanded.")
    created_count = models.PositiveIntegerField(default=0)
    duplicate_count = models.PositiveIntegerField(default=0)
    failed_count = models.PositiveIntegerField(default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    progressed_at = models.DateTimeField(null=True, blank=True, help_text="When a worker last finished some items.")
    finished_at = models.DateTimeField(null=True, blank=True)

    objects = ImportJobQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["status", "created_at"], name="importjob_status_created_idx")]

    def __str__(self) -> str:
        return f"Import {self.pk}: {self.label}"

    @property
    def is_finished(self):
        return self.status == self.Status.DONE


class ImportUpload(models.Model):
    """A file an editor uploaded for a job, kept in the database (so any worker on any machine can read it)
    until the job's items are made from it, then deleted."""

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="uploads")
    position = models.PositiveIntegerField()
    name = models.CharField(max_length=300)
    data = models.BinaryField()

    class Meta:
        ordering = ["position"]  # within a job (ordering by "job" would join, and lock, the job's row)
        constraints = [models.UniqueConstraint(fields=["job", "position"], name="importupload_job_position_unique")]


DECISION_FAILED = "decision failed: "  # begins an undecided item's reason once a decision on it failed


class ImportItem(models.Model):
    """One article file (or one line of a .jsonl file) of a job, and what became of it."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        CREATED = "created", "Created"
        DUPLICATE = "duplicate", "Duplicate"
        FAILED = "failed", "Failed"
        # A near-duplicate waits for an editor's decision with its bytes kept; "import anyway" makes it CREATED.
        UNDECIDED = "undecided", "Near-duplicate, awaiting a decision"
        REPLACED = "replaced", "Replaced the older copy"
        SKIPPED = "skipped", "Near-duplicate, skipped"

    class Decision(models.TextChoices):
        IMPORT = "import", "Import anyway"
        REPLACE = "replace", "Replace the older copy"
        SKIP = "skip", "Skip"

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveIntegerField()
    name = models.CharField(max_length=1000, help_text="The file, as the editor knows it (a zip's member after its name).")
    line = models.PositiveIntegerField(null=True, blank=True, help_text="The line of a .jsonl file this item is.")
    data = models.BinaryField(
        blank=True, help_text="The file's bytes until it is done (a near-duplicate's until it is decided), then emptied."
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="import_items",
        help_text="The article created (the first, for a file that held several).",
    )
    duplicate_of = models.ForeignKey(Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    looks_like = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text="The archived article a near-duplicate looks like (the one it replaced, if so decided).",
    )
    similarity = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="How much of a near-duplicate's text is the same, in percent."
    )
    decision = models.CharField(
        max_length=10, choices=Decision.choices, blank=True,
        help_text="An editor's decision on a near-duplicate: queued while the item is still undecided, then made.",
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.TextField(blank=True, help_text="Why it failed.")
    # A file may hold several articles (a saved feed, a JSON list): its outcome counts each.
    created_count = models.PositiveSmallIntegerField(default=0)
    duplicate_count = models.PositiveSmallIntegerField(default=0)
    failed_count = models.PositiveSmallIntegerField(default=0)
    near_duplicate_count = models.PositiveSmallIntegerField(default=0)
    finished_at = models.DateTimeField(null=True, blank=True)

    objects = ImportItemQuerySet.as_manager()

    class Meta:
        ordering = ["position"]  # within a job (ordering by "job" would join, and lock, the job's row)
        constraints = [
            models.UniqueConstraint(fields=["job", "position"], name="importitem_job_position_unique"),
            # An article is the outcome of one item at most: a resumed job cannot claim it twice.
            models.UniqueConstraint(fields=["article"], name="importitem_article_unique"),
            models.CheckConstraint(
                condition=Q(status="pending") | Q(finished_at__isnull=False), name="importitem_done_has_finished_at"
            ),
        ]
        indexes = [models.Index(fields=["job", "status", "position"], name="importitem_job_status_idx")]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self):
        return f"{self.name} line {self.line}" if self.line else self.name

    @property
    def decision_failure(self):
        """Why the last decision on this undecided near-duplicate failed, or ""."""
        failed = self.status == self.Status.UNDECIDED and self.reason.startswith(DECISION_FAILED)
        return self.reason.removeprefix(DECISION_FAILED) if failed else ""
