"""The tasks a ``manage.py db_worker`` process runs (Django's tasks API, through the django-tasks backport).

Thin on purpose: the work is in ``articles/ingest/jobs.py``.
"""

from django_tasks import task

from articles.ingest import decisions, jobs


@task()
def expand_import_job(job_id: int) -> None:
    jobs.expand(job_id)


@task()
def import_job_chunk(job_id: int, first: int, last: int) -> None:
    jobs.import_chunk(job_id, first, last)


@task()
def decide_import_items(job_id: int) -> None:
    decisions.apply_queued(job_id)
