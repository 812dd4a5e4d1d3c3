"""Session 20's credit rule (issue 12, branch datecredit20) put into a probe commit's code, for
``bench/blind_replay.py --patch``: a credit in brackets under a picture's label of any language and script ("(Ảnh:
X)", "(Фото: X)", "(사진=X)", "（写真：X）", full-width brackets), a wire named in its own script ("（新华社）",
"(أ ف ب)"), a caption in a script without capitals run into its label ("… ภาพ: X"). The rule's own changes are
taken, not re-written: the rule's commit's ``split_credit`` (``RULE``; measured, then reverted) and the one before
it (``BEFORE``, main at the time) are loaded as packages of their own, and on a line where they differ the rule's
answer replaces the probe's. Runs ``blind_patch_credits18b.py`` first, the baseline."""

import atexit
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from blind_patching import run_patches

run_patches("blind_patch_credits18b.py")

REPO = Path(__file__).resolve().parent.parent
RULE, BEFORE = "8dd7aa3", "65f9d3c"  # the rule's commit, and main before it
packages = Path(tempfile.mkdtemp(prefix="credits20-"))
atexit.register(shutil.rmtree, packages, True)
for name, commit in (("branch_ingest", RULE), ("before_ingest", BEFORE)):
    (packages / name).mkdir()
    archive = subprocess.run(["git", "-C", str(REPO), "archive", commit, "articles/ingest"], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "--strip-components=2", "-C", str(packages / name)], input=archive, check=True)
sys.path.insert(0, str(packages))
from before_ingest.credits import split_credit as split_before  # noqa: E402
from branch_ingest.credits import split_credit as split_branch  # noqa: E402


def _fields(found):
    return None if found is None else (found.caption, found.credit, found.labelled, found.bare)


for name, module in list(sys.modules.items()):
    probe_split = getattr(module, "split_credit", None) if name.startswith("articles.ingest.") else None
    if callable(probe_split):
        probe_module = sys.modules[probe_split.__module__]

        def split_credit(line, probe_split=probe_split, probe_module=probe_module):
            branch = split_branch(line)
            if _fields(branch) == _fields(split_before(line)):
                return probe_split(line)
            return None if branch is None else probe_module.CaptionCredit(branch.caption, branch.credit,
                                                                          branch.labelled, branch.bare)

        module.split_credit = split_credit
