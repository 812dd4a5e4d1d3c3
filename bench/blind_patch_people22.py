"""Session 22's people in caseless scripts (issue 12, branch people22) put into a probe commit's code, for
``bench/blind_replay.py --patch``: today's ``articles/ingest/script_people.py`` (more role words before a name, case
endings cut in Bengali, Armenian, Tamil and Georgian, spellings of one surname kept together), executed with the
probe's ``Candidate``, its candidates added after the probe's ``Matcher.tag`` as ``blind_patch_people20s.py`` does.

With ``BLIND_PEOPLE22_BASELINE=1`` the module is taken as it was at a93b90f (main before this branch): the
baseline, the same chain with session 20's finder as it stood. Where ``blind_patch_people19.py`` cannot run
(its chain fails on today's ``name_cases.py``, session 22), both are measured on the probe's own candidates."""

import os
import subprocess
from pathlib import Path

from blind_patching import PROBE_INGEST, REPO, add_script_person_candidates, run_patches

if "_names_in_a_long_run" not in (PROBE_INGEST / "candidates.py").read_text(encoding="utf-8"):
    try:
        run_patches("blind_patch_people19.py")
    except ImportError:  # its chain loads today's name_cases.py bare, which now imports from its package: the
        pass  # finder then goes onto the probe's own candidates, the baseline and the rule alike

MODULE = "articles/ingest/script_people.py"
if os.environ.get("BLIND_PEOPLE22_BASELINE"):
    SOURCE = subprocess.run(["git", "-C", str(REPO), "show", f"a93b90f:{MODULE}"], check=True, capture_output=True,
                            text=True).stdout
else:
    SOURCE = (Path(REPO) / MODULE).read_text(encoding="utf-8")
add_script_person_candidates(SOURCE, MODULE)
