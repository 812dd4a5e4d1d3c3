"""Session 21's credit rules (issue 12, branch creditdate21) put into a probe commit's code, for
``bench/blind_replay.py --patch``: the wires' families read on the s21b-d pages (a caption without its stop then
" / AA", "Name — The Associated Press", AFP's "Name afp.com", "... Handout via REUTERS", a colonless "Foto Ansa/X" and
Vietnamese "Ảnh X"), the library's "Photo credit should read X", and the wires' and libraries' other printed forms
("Name | Bloomberg | Getty Images", "Name, The Associated Press", "picture alliance / dpa | Name"). As session 20's brackets patch does, the rules'
own changes are taken, not re-written: the branch's ``split_credit`` (``RULE``) and main's before it (``BEFORE``) are
loaded as packages of their own, and on a line where they differ the branch's answer replaces the probe's. No other
patch is chained: the baseline is the plain replay."""

import atexit
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RULE, BEFORE = "dc4bf2c", "517416f"  # the branch's last credit rule, and main before the branch
packages = Path(tempfile.mkdtemp(prefix="credits21-"))
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
