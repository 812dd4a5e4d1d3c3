"""Session 17's three credit changes together (issue 12), for ``bench/blind_replay.py --patch``: the agencies, then the
labels (whose quick test of labels must be set after the last run of credits.py), then the rule at the page's foot."""
from blind_patching import run_patches

run_patches("blind_patch_credit_agencies.py", "blind_patch_credit_labels.py", "blind_patch_credit_foot.py")
