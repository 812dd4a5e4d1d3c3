"""Session 21's "never silently wrong" changes (issue 12, branch silent21) put into a probe commit's code, for
``bench/blind_replay.py --patch``: the credits read alone on their line (a still from a screen or a handed-out picture
in Europe's languages, "Captura", "Divulgação", "Bildschirmfoto"; a picture library, "Getty Images", "Unsplash") and
the warning naming a wire's name or a website's address alone near the top when neither a byline nor a credit was
read (``warn_about_an_agency_or_address_alone``). As ``blind_patch_credits21.py`` does, the rules' own code is taken,
not re-written: the branch's ingest package (``RULE``) and main's before it (``BEFORE``) are loaded as packages of their
own; on a line where their ``split_credit`` differ the branch's answer replaces the probe's, and the warning runs where
the probe's ``_finish`` ends. No other patch is chained: the baseline is the plain replay."""

import atexit
import inspect
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from articles.ingest import parsing

REPO = Path(__file__).resolve().parent.parent
RULE, BEFORE = "fa567e7", "b2e611a"  # the branch's last rule, and main before the branch
packages = Path(tempfile.mkdtemp(prefix="unsure21-"))
atexit.register(shutil.rmtree, packages, True)
for name, commit in (("branch_ingest", RULE), ("before_ingest", BEFORE)):
    (packages / name).mkdir()
    archive = subprocess.run(["git", "-C", str(REPO), "archive", commit, "articles/ingest"], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "--strip-components=2", "-C", str(packages / name)], input=archive, check=True)
sys.path.insert(0, str(packages))
from before_ingest.credits import split_credit as split_before  # noqa: E402
from branch_ingest.credits import split_credit as split_branch  # noqa: E402
from branch_ingest.parsing_warnings import warn_about_an_agency_or_address_alone  # noqa: E402


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

earlier_finish = parsing._finish
accepts_head_lines = "head_lines" in inspect.signature(earlier_finish).parameters


def _head_lines(article, lines_read) -> list[str]:
    first = article.paragraphs[0][:30] if article.paragraphs else None
    start = next((index for index, line in enumerate(lines_read) if first and first in line), len(lines_read))
    return list(lines_read[: start + 2])


def finish_then_name_a_line_alone(article, day_first, zone=None, lines_read=(), head_lines=None):
    if accepts_head_lines:
        article = earlier_finish(article, day_first, zone, lines_read, head_lines if head_lines is not None else ())
    else:
        article = earlier_finish(article, day_first, zone, lines_read)
    if head_lines is None:
        head_lines = _head_lines(article, list(lines_read))
    warn_about_an_agency_or_address_alone(article, list(head_lines))
    return article


parsing._finish = finish_then_name_a_line_alone
