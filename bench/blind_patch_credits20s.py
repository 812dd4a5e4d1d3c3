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

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from blind_patching import run_patches

run_patches("blind_patch_credits20_brackets.py")

REPO = Path(__file__).resolve().parent.parent
RULE, BEFORE = "59306c4", "eb78a43"  # the rules' commit, and the branch before it (main's credits and bylines)
if not os.environ.get("BLIND_FIELDS20S_BASELINE"):
    packages = Path(tempfile.mkdtemp(prefix="fields20s-"))
    atexit.register(shutil.rmtree, packages, True)
    for name, commit in (("fields20s_rule_ingest", RULE), ("fields20s_before_ingest", BEFORE)):
        (packages / name).mkdir()
        archive = subprocess.run(["git", "-C", str(REPO), "archive", commit, "articles/ingest"], check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "--strip-components=2", "-C", str(packages / name)], input=archive, check=True)
    sys.path.insert(0, str(packages))
    from fields20s_before_ingest.bylines import byline_across_lines as across_before  # noqa: E402
    from fields20s_before_ingest.credits import split_credit as split_before  # noqa: E402
    from fields20s_rule_ingest.bylines import byline_across_lines as across_rule  # noqa: E402
    from fields20s_rule_ingest.credits import split_credit as split_rule  # noqa: E402

    def _fields(found):
        return None if found is None else (found.caption, found.credit, found.labelled, found.bare)

    for name, module in list(sys.modules.items()):
        if not name.startswith("articles.ingest."):
            continue
        probe_split = getattr(module, "split_credit", None)
        if callable(probe_split):
            probe_module = sys.modules[probe_split.__module__]

            def split_credit(line, probe_split=probe_split, probe_module=probe_module):
                rule = split_rule(line)
                if _fields(rule) == _fields(split_before(line)):
                    return probe_split(line)
                return None if rule is None else probe_module.CaptionCredit(rule.caption, rule.credit,
                                                                            rule.labelled, rule.bare)

            module.split_credit = split_credit
        probe_across = getattr(module, "byline_across_lines", None)
        if callable(probe_across):
            def byline_across_lines(lead_line, next_line, probe_across=probe_across):
                rule = across_rule(lead_line, next_line)
                return probe_across(lead_line, next_line) if rule == across_before(lead_line, next_line) else rule

            module.byline_across_lines = byline_across_lines
