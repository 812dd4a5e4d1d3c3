"""What ``bench/blind_replay.py --patch`` files share: executing a probe commit's ingest module again in place, its
source edited first, so that the functions already imported from it see the new patterns."""

import sys
from pathlib import Path

import articles.ingest as ingest

PROBE_INGEST = Path(ingest.__file__).parent  # the probe commit's package: the replay imports its code, not today's


def reexec(name: str, replace=None) -> None:
    """Run ``articles.ingest.<name>``'s source again in its own module (after ``replace(source)``, if given); a module
    the probe has not imported is left alone."""
    module = sys.modules.get(f"articles.ingest.{name}")
    if module is None:
        return
    source = (PROBE_INGEST / f"{name}.py").read_text(encoding="utf-8")
    if replace:
        source = replace(source)
    exec(compile(source, str(PROBE_INGEST / f"{name}.py"), "exec"), module.__dict__)
