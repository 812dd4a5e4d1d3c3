"""On an import job's page: the near-duplicates it set aside, and the editor's decision on each, or on all.

The work is in ``ingest/decisions.py``; this is the form the page posts and
the view step that hands it over. Importing anyway or skipping needs what
importing needs; replacing an archived article also needs the right to
change articles, as in the import preview.
"""

from django import forms
from django.contrib import messages
from django.http import HttpResponseRedirect

from articles.ingest import decisions
from articles.models import ImportItem

Decision = ImportItem.Decision
QUEUED_AS = {Decision.IMPORT: "imported anyway", Decision.REPLACE: "put in place of their older copies"}


class NearDuplicateDecisionForm(forms.Form):
    """A decision on one near-duplicate of a job (``item``), or on all of those still undecided (``all``)."""

    decision = forms.ChoiceField(choices=Decision.choices)
    item = forms.IntegerField(required=False, min_value=1)
    all = forms.BooleanField(required=False)

    def __init__(self, *args, can_replace, **kwargs):
        super().__init__(*args, **kwargs)
        if not can_replace:
            self.fields["decision"].choices = [(d.value, d.label) for d in Decision if d != Decision.REPLACE]

    def clean(self):
        data = super().clean()
        if not self.errors and not data.get("item") and not data.get("all"):
            raise forms.ValidationError("Say which near-duplicate the decision is for.")
        return data


class JobDecisionsMixin:
    """What ``ImportArticlesMixin``'s job page gains: the near-duplicates section and its decisions."""

    def _decision_context(self, request, job):
        near = (
            job.items.near_duplicates().select_related("looks_like", "decided_by")
            .defer("data", "looks_like__body_html", "looks_like__body_text", "looks_like__search_names")
            .order_by("position")
        )
        shown = self.JOB_OUTCOMES_SHOWN
        return {
            "undecided": list(near.filter(status=ImportItem.Status.UNDECIDED)[:shown]),
            "decided": list(near.exclude(status=ImportItem.Status.UNDECIDED)[:shown]),
            "decision_counts": job.items.decision_counts(),
            "can_replace": self.has_change_permission(request),
        }

    def _decide(self, request, job):
        """Carry out the posted decision, then back to the job's page (or the page again, 400, if it was not one)."""
        form = NearDuplicateDecisionForm(request.POST, can_replace=self.has_change_permission(request))
        if not form.is_valid():
            errors = "; ".join(e for errors in form.errors.values() for e in errors)
            self.message_user(request, f"No decision was made: {errors}", messages.ERROR)
            return self._job_page(request, job, status=400)
        decision = form.cleaned_data["decision"]
        if form.cleaned_data["all"]:
            count = decisions.decide_all(job, decision, user=request.user)
            if not count:
                self.message_user(request, "No near-duplicate was waiting for a decision.", messages.INFO)
            elif decision == Decision.SKIP:
                self.message_user(request, f"Skipped {count} near-duplicate{'s' * (count != 1)}.", messages.SUCCESS)
            else:
                self.message_user(
                    request, f"{count} near-duplicate{'s are' if count != 1 else ' is'} being {QUEUED_AS[decision]} "
                    "by a worker; this page follows them.", messages.SUCCESS,
                )
        else:
            item = job.items.select_related("job").filter(pk=form.cleaned_data["item"]).first()
            if item is None:
                self.message_user(request, "No decision was made: that file is not part of this job.", messages.ERROR)
                return self._job_page(request, job, status=400)
            outcome = decisions.decide(item, decision, user=request.user)
            level = messages.SUCCESS if outcome.done else messages.ERROR if outcome.failed else messages.INFO
            self.message_user(request, outcome.message, level)
        return HttpResponseRedirect(f"{request.path}#near-duplicates")
