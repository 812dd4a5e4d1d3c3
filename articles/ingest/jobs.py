"""Background import jobs: a large upload, or a folder on the server, imported by task workers.

* :func:`create_job` (in the web request) keeps the uploaded files in the
  database and enqueues :func:`expand`;
* :func:`expand` (a worker) makes one ``ImportItem`` per article file or
  ``.jsonl`` line, in the same transaction as the tasks that will import
  them, ``caps.IMPORT_CHUNK`` items each;
* :func:`import_chunk` parses its pending items ``caps.IMPORT_BATCH`` at a time, as the
  admin's preview does (``previews_from_sources``), outside any transaction,
  then stores each batch's articles and records its items' outcomes in one
  short transaction (``Importer.store_together``: a few set-based statements
  a batch, whatever its size). A batch that cannot go in as a whole (a row
  the database refuses, say) is stored again an item at a time, each item's
  articles with its outcome (``Importer.import_groups``, ``service.store``),
  so that a bad item fails alone, with its reason.

A worker killed mid-batch leaves that transaction rolled back and its items
pending; :func:`resume` enqueues tasks again for whatever is pending. An item
done is skipped, an outcome is recorded only on an item still pending (the
statement that records it is the claim: a batch with an item done meanwhile
is rolled back and its other items stored again), and the articles' unique
constraints refuse a second copy, so resuming twice, or two workers on the
same chunk, cannot store anything twice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from itertools import groupby
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, transaction
from django.utils import timezone
from django_tasks import task

from articles.core.caching import content_changes_coalesced
from articles.core.conf import caps
from articles.core.db import commits_without_waiting_for_disk
from articles.models import ImportItem, ImportJob, ImportUpload

from .batches import Importer, NotTogether
from .outlets import remembered_zones
from .parsed_article import ParseError
from .parsing_files import decode
from .preview import previews_from_sources
from .rows import update_rows
from .service import StoredResult
from .current_matcher import get_matcher, matcher_pinned
from .uploads import Source, accept_file, article_files, extension_of, job_limits, read_path

logger = logging.getLogger(__name__)

STALLED_AFTER = timedelta(minutes=2)  # a running job with no item finished for this long has probably lost its worker
ITEMS_CREATED_AT_ONCE = 500
REASON_MAX_CHARS = 2000


class FolderRefused(ValueError):
    """A folder an editor asked for that is not a folder under ``IMPORT_FOLDER_ROOT``."""


def folder_root():
    root = getattr(settings, "IMPORT_FOLDER_ROOT", "")
    return Path(root).resolve() if root else None


def resolve_folder(path) -> Path:
    """``path`` (absolute, or relative to the root) as a folder under ``IMPORT_FOLDER_ROOT``, or FolderRefused."""
    root = folder_root()
    if root is None:
        raise FolderRefused("Folder imports are not enabled on this server (IMPORT_FOLDER_ROOT is not set).")
    folder = (root / path).resolve()  # an absolute path replaces the root; '..' and symlinks are resolved
    if folder != root and root not in folder.parents:
        raise FolderRefused(f"Only folders under {root} can be imported.")
    if not folder.is_dir():
        raise FolderRefused(f"{folder} is not a folder on the server.")
    return folder


def create_job(*, files=(), folder="", user=None, article_status, source_tz=""):
    """A queued job for ``files`` (``(name, bytes)`` pairs) or a ``folder``, with its first task enqueued."""
    label = folder or ", ".join(name for name, _ in files)
    with transaction.atomic():  # the job, its files and its task, or none of them
        job = ImportJob.objects.create(
            label=label[:300], folder=folder, article_status=article_status, source_tz=source_tz,
            created_by=user if user is not None and user.is_authenticated else None,
        )
        ImportUpload.objects.bulk_create(
            ImportUpload(job=job, position=position, name=name[:300], data=data)
            for position, (name, data) in enumerate(files)
        )
        expand_import_job.enqueue(job.pk)
    return job


def expand(job_id):
    """Make the job's items from its files and enqueue the tasks that import them, in one transaction."""
    with transaction.atomic():
        job = ImportJob.objects.select_for_update().filter(pk=job_id, status=ImportJob.Status.QUEUED).first()
        if job is None:  # expanded already (a task enqueued twice), or deleted
            return
        now, batch, total = timezone.now(), [], 0
        for total, (name, line, data, reason) in enumerate(_item_sources(job), start=1):
            batch.append(ImportItem(
                job=job, position=total - 1, name=name[:1000], line=line, data=b"" if reason else data,
                status=ImportItem.Status.FAILED if reason else ImportItem.Status.PENDING,
                reason=reason[:REASON_MAX_CHARS], failed_count=int(bool(reason)), finished_at=now if reason else None,
            ))
            if len(batch) >= ITEMS_CREATED_AT_ONCE:
                ImportItem.objects.bulk_create(batch)
                batch = []
        ImportItem.objects.bulk_create(batch)
        job.uploads.all().delete()
        job.total, job.status, job.progressed_at = total, ImportJob.Status.RUNNING, now
        job.save(update_fields=["total", "status", "progressed_at"])
        _enqueue_chunks(job, range(total))
    finish_if_done(job_id)


@task()
def expand_import_job(job_id: int) -> None:
    """:func:`expand`, as a task (what ``manage.py db_worker`` runs)."""
    expand(job_id)


def _item_sources(job):
    """``(name, .jsonl line or None, bytes, reason refused or "")`` for each article file or line of the job."""
    limits = job_limits()
    if job.folder:
        folder = Path(job.folder)
        paths, missing = article_files([folder])
        for rejected in missing:
            yield rejected.name, None, b"", rejected.reason
        if len(paths) > limits.max_zip_members:  # as many as a zip may hold
            yield str(folder), None, b"", (
                f"the folder holds {len(paths):,} article files; the limit is {limits.max_zip_members:,} "
                "a job: import its subfolders one at a time"
            )
            return
        for path in paths:
            sources, rejected = read_path(path, limits)
            prefix = f"{folder}/"
            for refused in rejected:
                yield refused.name.removeprefix(prefix), None, b"", refused.reason
            for source in sources:
                yield from _split_lines(Source(source.name.removeprefix(prefix), source.data))
        return
    for upload in job.uploads.order_by("position").iterator(chunk_size=1):
        sources, rejected = accept_file(upload.name, bytes(upload.data), limits)
        for refused in rejected:
            yield refused.name, None, b"", refused.reason
        for source in sources:
            yield from _split_lines(source)


def _split_lines(source):
    """A .jsonl file's lines become items of their own, so a long file is imported, and resumed, a line at a time."""
    if extension_of(source.name) != ".jsonl":
        yield source.name, None, source.data, ""
        return
    try:
        text = decode(source.data)
    except ParseError as error:
        yield source.name, None, b"", str(error)
        return
    lines = [(number, line) for number, line in enumerate(text.split("\n"), start=1) if line.strip()]
    if not lines:
        yield source.name, None, b"", "The file has no records."
    for number, line in lines:
        yield source.name, number, line.encode("utf-8", errors="surrogatepass"), ""


def _enqueue_chunks(job, positions):
    """One import task for each ``caps.IMPORT_CHUNK`` of ``positions`` (sorted)."""
    size = caps.IMPORT_CHUNK
    for chunk, _ in groupby(positions, key=lambda position: position // size):
        import_job_chunk.enqueue(job.pk, chunk * size, (chunk + 1) * size)


def import_chunk(job_id, first, last):
    """Import the job's pending items at positions ``first`` to ``last`` (excluded), a batch at a time."""
    job = ImportJob.objects.filter(pk=job_id, status=ImportJob.Status.RUNNING).select_related("created_by").first()
    if job is None:
        return
    pending = list(
        job.items.filter(position__gte=first, position__lt=last, status=ImportItem.Status.PENDING)
        .order_by("position").values_list("pk", flat=True)
    )
    importer = Importer(status=job.article_status, user=job.created_by)
    outlet_zones = remembered_zones()
    # Batches follow each other all along: one new content version for them every few seconds, so the public
    # pages stay cached meanwhile rather than being rebuilt for each batch.
    with commits_without_waiting_for_disk(), content_changes_coalesced(caps.IMPORT_JOB_VISIBLE_WITHIN):
        batch = caps.IMPORT_BATCH
        for start in range(0, len(pending), batch):
            _import_batch(importer, pending[start:start + batch], job.source_tz, outlet_zones)
            ImportJob.objects.filter(pk=job.pk).update(progressed_at=timezone.now())
    finish_if_done(job_id)


@task()
def import_job_chunk(job_id: int, first: int, last: int) -> None:
    """:func:`import_chunk`, as a task."""
    import_chunk(job_id, first, last)


def _import_batch(importer, item_ids, source_tz, outlet_zones):
    """Parse the items still pending among ``item_ids``, then store them and their outcomes in one transaction
    (``Importer.store_together``), or, if they cannot go in together, each in its own (so that a bad item fails
    alone, with its reason)."""
    items = ImportItem.objects.filter(pk__in=item_ids, status=ImportItem.Status.PENDING).order_by("position")
    with matcher_pinned() as matcher:  # one cache read for the batch's version of the vocabulary, not one an item
        # Parsed before any transaction, so that no lock is held while the CPU works.
        parsed = {item.pk: (item, *_parse(item, source_tz, outlet_zones, matcher)) for item in items}
        groups = [(item, previews) for item, previews, _ in parsed.values()]
        try:
            importer.store_together(groups, record=lambda outcomes: _claim(outcomes, parsed))
        except _DoneElsewhere:  # another worker on the same items (a job resumed while it still ran): redo the rest
            _store_one_by_one(importer, _still_pending(parsed))
        except (NotTogether, DatabaseError) as error:
            logger.info("storing items %s together failed (%s): storing them one by one", item_ids, error)
            _store_one_by_one(importer, parsed)


def _claim(outcomes, parsed):
    """Record the outcomes of a batch's items, and claim them: raises _DoneElsewhere if any is done already."""
    for item, results in outcomes:
        record_outcome(item, [*parsed[item.pk][2], *results])
    _save_outcomes([item for item, _ in outcomes])


def _still_pending(parsed):
    pending = set(ImportItem.objects.filter(pk__in=list(parsed), status=ImportItem.Status.PENDING).values_list("pk", flat=True))
    return {pk: entry for pk, entry in parsed.items() if pk in pending}


def _store_one_by_one(importer, parsed):
    """Store parsed items, each in its own transaction with its outcome."""
    importer.import_groups(
        [(item, previews) for item, previews, _ in parsed.values()],
        store_group=lambda item, store_all: _store_item(item, parsed[item.pk][2], store_all),
    )


class _DoneElsewhere(Exception):
    """Another worker recorded this item's outcome first: this transaction is rolled back."""


def _store_item(item, refused, store_all):
    """Store one item's articles and record its outcome in one transaction; None if another worker did it."""
    try:
        with transaction.atomic():
            results = [*refused, *store_all()]
            record_outcome(item, results)
            _save_outcomes([item])
    except _DoneElsewhere:
        return None
    return results


def _save_outcomes(items):
    """Write the outcomes ``record_outcome`` set on ``items``, in one statement that is also their claim: an item
    done meanwhile by another worker matches nothing, and _DoneElsewhere rolls back the transaction, with the
    articles it stored (duplicates of that worker's, found so by the unique constraints)."""
    if update_rows(ImportItem, OUTCOME_FIELDS, items, only_if={"status": ImportItem.Status.PENDING}) != len(items):
        raise _DoneElsewhere


def _parse(item, source_tz, outlet_zones, matcher=None):
    """``(previews, failed results)`` of one item, named as the editor knows it."""
    previews, rejected = previews_from_sources(
        [Source(item.name, bytes(item.data))], check_duplicates=False, matcher=matcher or get_matcher(),
        source_tz=source_tz, outlet_zones=outlet_zones,
    )
    if item.line:  # parsed as a one-line file: "x.jsonl line 1" is line ``item.line`` of x.jsonl
        for preview in previews:
            preview.source_name = item.label
        rejected = [type(r)(item.label, r.reason) for r in rejected]
    return previews, [StoredResult(StoredResult.FAILED, r.name, reason=r.reason) for r in rejected]


OUTCOME_FIELDS = [
    "status", "data", "finished_at", "reason", "article", "duplicate_of", "created_count", "duplicate_count",
    "failed_count", "looks_like_id", "similarity", "near_duplicate_count",
]


def record_outcome(item, results):
    """Set what became of ``item``'s articles on it (saved by the caller, in the transaction that stored them)."""
    created = [r for r in results if r.outcome == StoredResult.CREATED]
    duplicates = [r for r in results if r.outcome == StoredResult.DUPLICATE]
    # A near-duplicate waits for an editor's decision (``decisions.py``), its bytes kept, linked to what it looks like.
    near = [r for r in results if r.outcome == StoredResult.NEAR_DUPLICATE]
    failed = [r for r in results if r.outcome == StoredResult.FAILED]
    several = len(results) > 1
    reason = "; ".join(
        f"{r.source_name}: {r.reason or 'looks like ' + r.duplicate.reason}" if several
        else r.reason or f"looks like {r.duplicate.reason}" for r in failed + near
    )
    item.status = (
        ImportItem.Status.UNDECIDED if near else ImportItem.Status.CREATED if created
        else ImportItem.Status.DUPLICATE if duplicates else ImportItem.Status.FAILED
    )
    item.data = item.data if near else b""
    item.finished_at = timezone.now()
    item.reason = (reason if results else "no article found in the file")[:REASON_MAX_CHARS]
    item.article = created[0].article if created else None
    item.duplicate_of_id = duplicates[0].duplicate.article_id if duplicates else None
    looks_like = near[0].duplicate if near else None
    item.looks_like_id, item.similarity = (looks_like.article_id, looks_like.percent) if near else (None, None)
    item.created_count, item.duplicate_count, item.near_duplicate_count = len(created), len(duplicates), len(near)
    item.failed_count = len(failed) or int(not results)


def finish_if_done(job_id):
    """Mark the job done, with its counts, once no item is pending."""
    if ImportItem.objects.filter(job_id=job_id, status=ImportItem.Status.PENDING).exists():
        return
    counts = ImportItem.objects.filter(job_id=job_id).outcome_counts()
    ImportJob.objects.filter(pk=job_id, status=ImportJob.Status.RUNNING).update(
        status=ImportJob.Status.DONE, finished_at=timezone.now(), created_count=counts["created"],
        duplicate_count=counts["duplicates"], failed_count=counts["failed"],
    )


def resume(job):
    """Enqueue tasks again for whatever the job has left: its expansion, or its pending items. Always safe."""
    if job.status == ImportJob.Status.QUEUED:
        expand_import_job.enqueue(job.pk)
    elif job.status == ImportJob.Status.RUNNING:
        pending = job.items.filter(status=ImportItem.Status.PENDING).order_by("position").values_list("position", flat=True)
        _enqueue_chunks(job, pending.iterator())
        finish_if_done(job.pk)


@dataclass
class Progress:
    total: int
    done: int
    created: int
    duplicates: int
    failed: int
    stalled: bool

    @property
    def percent(self):
        return 100 * self.done // self.total if self.total else 0


def progress(job, counts=None):
    """Where ``job`` stands: kept on the job once it is done, else ``counts`` (``outcome_counts()`` of its items,
    counted here with one query when not given)."""
    if job.is_finished:
        counts = {"done": job.total, "created": job.created_count, "duplicates": job.duplicate_count,
                  "failed": job.failed_count}
    elif counts is None:
        counts = job.items.outcome_counts()
    elif not counts:
        counts = {"done": 0, "created": 0, "duplicates": 0, "failed": 0}  # no items yet: still being expanded
    last = job.progressed_at or job.created_at
    stalled = not job.is_finished and timezone.now() - last > STALLED_AFTER
    return Progress(total=job.total, stalled=stalled, **counts)
