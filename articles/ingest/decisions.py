"""An editor's decisions on the near-duplicates a background import job set aside.

The worker keeps an item whose text looks like an archived article
undecided, with its bytes (``jobs.record_outcome``). Once the job is done, an
editor decides, for one item or for all of them:

* **import anyway**: the job's own path with near-duplicates allowed
  (``Importer(allow_near_duplicates=True)``, as ``import_articles
  --allow-near-duplicates`` does), the new article's first revision saying
  who imported it;
* **replace** the older copy: ``replacing.replace_article``, as the import
  preview does, one revision in that article's history;
* **skip** it.

Each item is decided in its own transaction, which claims it (locks its row
and checks it is still undecided) before anything is stored, so a double
submit, or two editors at once, decide it once. A decision that fails (the
article it looks like deleted meanwhile) leaves that item undecided with the
reason, and the others go on. The job's stored counts move in the same
transaction; replaced and skipped ones are counted from the items
(``ImportItemQuerySet.decision_counts``).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.db.models import F
from django_tasks import task

from articles.models import ImportItem, ImportJob, OutletTimeZone
from articles.models.imports import DECISION_FAILED

from . import jobs
from .article_text import plain_body_text
from .batches import Importer
from .near_duplicates import find_near_duplicates
from .replacing import replace_article
from .service import StoredResult

Decision = ImportItem.Decision
UNDECIDED = ImportItem.Status.UNDECIDED


@dataclass
class Outcome:
    """What one decision did, in words for the editor: done, made already (by a double submit), or failed."""

    done: bool
    message: str
    failed: bool = False


class _NotUndecided(Exception):
    """Decided by another request first: this transaction is rolled back."""


class _Failed(Exception):
    """The decision cannot be carried out: this transaction is rolled back and the item keeps waiting."""


def decide(item, decision, *, user, outlet_zones=None) -> Outcome:
    """Carry out ``decision`` (a ``Decision``) on ``item``, an undecided near-duplicate of a finished job."""
    if not item.job.is_finished:
        running = f"Nothing done with {item.label}: the job is still running; decide once it is done."
        return Outcome(False, running, failed=True)
    if item.status != UNDECIDED:
        return _decided_already(item)
    try:
        if decision == Decision.SKIP:
            return _skip(item, user)
        if decision == Decision.IMPORT:
            return _import_anyway(item, user, outlet_zones)
        if decision == Decision.REPLACE:
            return _replace(item, user, outlet_zones)
        raise ValueError(f"not a decision: {decision!r}")
    except _NotUndecided:
        item.refresh_from_db(fields=["status"])
        return _decided_already(item)
    except _Failed as failure:
        reason = f"{DECISION_FAILED}{failure}"
        # The queued decision goes with it: the editor decides again, knowing why.
        waiting = ImportItem.objects.filter(pk=item.pk, status=UNDECIDED)
        waiting.update(reason=reason[: jobs.REASON_MAX_CHARS], decision="")
        return Outcome(False, f"Nothing done with {item.label}: {failure}.", failed=True)


def decide_all(job, decision, *, user) -> int:
    """Decide every undecided item of ``job`` at once; the number of items decided, or queued for a worker.

    Skipping stores nothing and is one statement; importing or replacing
    parses and stores each item, so it is queued for the task workers and the
    job's page follows it.
    """
    if not job.is_finished:
        return 0
    undecided = job.items.filter(status=UNDECIDED)
    if decision == Decision.SKIP:
        return undecided.update(
            status=ImportItem.Status.SKIPPED, decision=Decision.SKIP, decided_by=user, data=b"",
        )
    with transaction.atomic():
        queued = undecided.filter(decision="").update(decision=decision, decided_by=user)
        if queued:
            decide_import_items.enqueue(job.pk)
    return queued


def apply_queued(job_id):
    """Carry out the decisions queued by ``decide_all`` on the job's items, each on its own (a task's work)."""
    outlet_zones = dict(OutletTimeZone.objects.values_list("outlet", "time_zone"))
    queued = ImportItem.objects.filter(job_id=job_id, status=UNDECIDED).exclude(decision="")
    for item in queued.select_related("job", "decided_by").order_by("position").iterator(chunk_size=50):
        decide(item, item.decision, user=item.decided_by, outlet_zones=outlet_zones)


@task()
def decide_import_items(job_id: int) -> None:
    """:func:`apply_queued`, as a task (what ``manage.py db_worker`` runs)."""
    apply_queued(job_id)


def resume_queued() -> int:
    """Enqueue again the queued decisions of every job that has some (a worker killed, a queue lost); the number
    of jobs. Safe at any time: a decision is carried out once, whoever takes it up."""
    job_ids = ImportItem.objects.filter(status=UNDECIDED).exclude(decision="").values_list("job_id", flat=True)
    job_ids = sorted(set(job_ids))
    for job_id in job_ids:
        decide_import_items.enqueue(job_id)
    return len(job_ids)


def _decided_already(item):
    return Outcome(False, f"Decided already: {item.label} ({item.get_status_display().lower()}).")


def _claim(item):
    """Lock ``item``'s row for this transaction, or raise ``_NotUndecided``."""
    if not ImportItem.objects.select_for_update().filter(pk=item.pk, status=UNDECIDED).exists():
        raise _NotUndecided


def _record(item, status, decision, user, **changes):
    ImportItem.objects.filter(pk=item.pk).update(status=status, decision=decision, decided_by=user, data=b"", **changes)


def _skip(item, user):
    with transaction.atomic():
        _claim(item)
        _record(item, ImportItem.Status.SKIPPED, Decision.SKIP, user)
    return Outcome(True, f"Skipped {item.label}.")


def _previews(item, outlet_zones):
    """The item's articles, parsed again from the bytes it kept (what failed then fails again: counted already)."""
    if outlet_zones is None:
        outlet_zones = dict(OutletTimeZone.objects.values_list("outlet", "time_zone"))
    previews, _ = jobs._parse(item, item.job.source_tz, outlet_zones)
    if not previews:
        raise _Failed("its file no longer yields an article")
    return previews


def _import_anyway(item, user, outlet_zones):
    importer = Importer(status=item.job.article_status, user=user, allow_near_duplicates=True)

    def store_group(item, store_all):
        with transaction.atomic():
            _claim(item)
            results = store_all()
            failed = [r for r in results if r.outcome == StoredResult.FAILED]
            if failed:
                raise _Failed("; ".join(f"could not import {r.source_name}: {r.reason}" for r in failed))
            created = [r for r in results if r.outcome == StoredResult.CREATED]
            # A sibling article of the same file stored the first time is now a duplicate of itself: not counted
            # again. A near-duplicate found to be an exact copy since is counted as one.
            copies = max(0, item.near_duplicate_count - len(created))
            _record(
                item, ImportItem.Status.CREATED, Decision.IMPORT, user,
                article_id=item.article_id or (created[0].article.pk if created else None),
                created_count=F("created_count") + len(created), duplicate_count=F("duplicate_count") + copies,
            )
            ImportJob.objects.filter(pk=item.job_id).update(
                created_count=F("created_count") + len(created), duplicate_count=F("duplicate_count") + copies,
            )
            return results

    [(_, results)] = importer.import_groups([(item, _previews(item, outlet_zones))], store_group=store_group)
    created = [r for r in results if r.outcome == StoredResult.CREATED]
    if not created:
        return Outcome(True, f"Not imported: {item.label} has been in the archive since.")
    return Outcome(True, f"Imported {item.label} anyway, as “{created[0].article.headline}”.")


def _replace(item, user, outlet_zones):
    if item.looks_like_id is None:
        raise _Failed("the article it looked like has been deleted since: import it anyway or skip it")
    if item.near_duplicate_count != 1:
        raise _Failed("its file holds several near-duplicates: import them anyway or skip them")
    preview = _replacement(_previews(item, outlet_zones), item.looks_like_id)
    with transaction.atomic():
        _claim(item)
        result = replace_article(item.looks_like_id, preview, user=user)
        if result.outcome != StoredResult.REPLACED:
            raise _Failed(result.reason)
        _record(item, ImportItem.Status.REPLACED, Decision.REPLACE, user)
    return Outcome(True, f"Replaced the text of #{result.article.pk} “{result.article.headline}” with {item.label}.")


def _replacement(previews, article_id):
    """Of a file's articles, the one that looks like the archived article ``article_id``."""
    if len(previews) == 1:
        return previews[0]
    found = find_near_duplicates([plain_body_text(p.paragraphs) for p in previews])
    for preview, near in zip(previews, found):
        if near is not None and near.article_id == article_id:
            return preview
    raise _Failed(f"none of its articles looks like #{article_id} any more")
