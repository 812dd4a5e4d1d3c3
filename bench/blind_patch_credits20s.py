"""Session 20's credit and byline rules for pages in Cyrillic and Greek (issue 12, branch fields20s) put into a probe
commit's code, for ``bench/blind_replay.py --patch``: a picture's word with no colon before a photographer's name
("Фото Name, «Outlet»", "Φωτό Name") is a credit, a reporter's title over such a line ("Корреспондент") makes no byline
of it, and a picture's word in brackets closing a credit ("… / TASS (photo)") is the label. The rules' own changes are
taken, as ``blind_patch_credits20_brackets.py`` takes its: the rules' commit's ``split_credit`` and
``byline_across_lines`` (``RULE``) and the commit before them (``BEFORE``) are loaded as packages of their own, and on
a line where they differ the rules' answer replaces the probe's. Runs ``blind_patch_credits20_brackets.py`` first, the
baseline (``BLIND_FIELDS20S_BASELINE=1``: that alone). The byline chain is not run: ``blind_patch_byline19.py`` executes
today's ``date_patterns.py`` in a bare namespace, which fails since that module imports ``date_periods`` (session 20),
so the byline figures here are the probes' own bylines with this branch's one byline change."""

import os
import sys

from blind_patching import ingest_module, run_patches, splice_split_credit

run_patches("blind_patch_credits20_brackets.py")

RULE, BEFORE = "59306c4", "eb78a43"  # the rules' commit, and the branch before it (main's credits and bylines)
if not os.environ.get("BLIND_FIELDS20S_BASELINE"):
    splice_split_credit(RULE, BEFORE)
    across_before = ingest_module(BEFORE, "bylines").byline_across_lines
    across_rule = ingest_module(RULE, "bylines").byline_across_lines

    for name, module in list(sys.modules.items()):
        probe_across = getattr(module, "byline_across_lines", None) if name.startswith("articles.ingest.") else None
        if callable(probe_across):
            def byline_across_lines(lead_line, next_line, probe_across=probe_across):
                rule = across_rule(lead_line, next_line)
                return probe_across(lead_line, next_line) if rule == across_before(lead_line, next_line) else rule

            module.byline_across_lines = byline_across_lines
