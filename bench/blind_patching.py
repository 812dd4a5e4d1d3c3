"""What ``bench/blind_replay.py --patch`` files share: executing a probe commit's ingest module again in place, its
source edited first, so that the functions already imported from it see the new patterns.

The edits add up: a module executed again by a second patch file keeps the first file's edits (each run starts from
the probe's source, so without this a later patch would undo an earlier one's)."""

import runpy
import sys
from pathlib import Path

import articles.ingest as ingest

PROBE_INGEST = Path(ingest.__file__).parent  # the probe commit's package: the replay imports its code, not today's
_EDITS: dict[str, list] = {}  # module name -> the edits made to its source so far, in order


def reexec(name: str, replace=None) -> None:
    """Run ``articles.ingest.<name>``'s source again in its own module (after the edits earlier patches made to it and
    ``replace(source)``, if given); a module the probe has not imported is left alone."""
    module = sys.modules.get(f"articles.ingest.{name}")
    if module is None:
        return
    edits = _EDITS.setdefault(name, [])
    if replace:
        edits.append(replace)
    source = (PROBE_INGEST / f"{name}.py").read_text(encoding="utf-8")
    for edit in edits:
        source = edit(source)
    exec(compile(source, str(PROBE_INGEST / f"{name}.py"), "exec"), module.__dict__)


def run_patches(*names: str) -> None:
    """Run other ``--patch`` files (bench/<name>) in turn, for a replay of several changes together."""
    here = Path(__file__).resolve().parent
    for name in names:
        runpy.run_path(str(here / name), run_name="blind_replay_patch")
