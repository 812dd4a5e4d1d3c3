"""Enqueue again the work of import jobs left unfinished (a worker killed, a queue lost); safe to run any time."""

from django.core.management import BaseCommand

from articles.ingest import decisions, jobs
from articles.models import ImportJob


class Command(BaseCommand):
    help = (
        "Enqueue tasks for every unfinished import job's pending items (or its unpacking), for db_worker to run. "
        "Decisions on near-duplicates queued for a worker are enqueued again too. Items already done are skipped, "
        "so running it while workers are busy only adds tasks that find "
        "nothing to do. `make serve` runs it before starting its worker."
    )

    def handle(self, *args, verbosity, **options):
        resumed = 0
        for job in ImportJob.objects.unfinished().order_by("created_at"):
            jobs.resume(job)
            resumed += 1
            if verbosity >= 2:
                self.stdout.write(f"resumed {job}")
        decided = decisions.resume_queued()
        if verbosity:
            self.stdout.write(f"resumed {resumed} unfinished import job{'s' if resumed != 1 else ''}")
            if decided:
                self.stdout.write(f"enqueued again the queued decisions of {decided} job{'s' if decided != 1 else ''}")
