"""What ``bench/blind_replay.py --patch`` files share: executing a probe commit's ingest module again in place, its
source edited first, so that the functions already imported from it see the new patterns; a rule's own code imported
from the commit that made it (``ingest_module``), spliced in where it answers otherwise than the commit before it
(``splice_split_credit``); a country dropped where a candidate rule turns down every mention (``drop_countries_where``).

The edits add up: a module executed again by a second patch file keeps the first file's edits (each run starts from
the probe's source, so without this a later patch would undo an earlier one's)."""

import atexit
import importlib
import runpy
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import articles.ingest as ingest

REPO = Path(__file__).resolve().parent.parent
PROBE_INGEST = Path(ingest.__file__).parent  # the probe commit's package: the replay imports its code, not today's
_EDITS: dict[str, list] = {}  # module name -> the edits made to its source so far, in order
_PACKAGES: set[str] = set()  # the ingest_<commit> packages extracted so far


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


def ingest_module(commit: str, module: str):
    """``articles.ingest.<module>`` as it was at ``commit``, imported from a package of its own (``ingest_<commit>``,
    extracted once a process) beside the probe's: a patch may then call a rule's own code instead of re-writing it."""
    package = f"ingest_{commit}"
    if package not in _PACKAGES:
        root = Path(tempfile.mkdtemp(prefix="blind-patch-"))
        atexit.register(shutil.rmtree, root, True)
        (root / package).mkdir()
        archive = subprocess.run(["git", "-C", str(REPO), "archive", commit, "articles/ingest"], check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "--strip-components=2", "-C", str(root / package)], input=archive, check=True)
        sys.path.insert(0, str(root))
        _PACKAGES.add(package)
    return importlib.import_module(f"{package}.{module}")


def splice_split_credit(rule: str, before: str) -> None:
    """Put the credit rules committed between ``before`` and ``rule`` into the probe: both commits' ``split_credit``
    are loaded (:func:`ingest_module`), and on a line where they differ ``rule``'s answer replaces the probe's."""
    split_before = ingest_module(before, "credits").split_credit
    split_branch = ingest_module(rule, "credits").split_credit

    def fields(found):
        return None if found is None else (found.caption, found.credit, found.labelled, found.bare)

    for name, module in list(sys.modules.items()):
        probe_split = getattr(module, "split_credit", None) if name.startswith("articles.ingest.") else None
        if callable(probe_split):
            probe_module = sys.modules[probe_split.__module__]

            def split_credit(line, probe_split=probe_split, probe_module=probe_module):
                branch = split_branch(line)
                if fields(branch) == fields(split_before(line)):
                    return probe_split(line)
                return None if branch is None else probe_module.CaptionCredit(branch.caption, branch.credit,
                                                                              branch.labelled, branch.bare)

            module.split_credit = split_credit


def drop_countries_where(rejected) -> None:
    """Wrap the probe's ``Matcher.tag`` so that a country it returned is dropped when every mention of it that counted
    there (not weak, not a city, in the article, not on a label line) is one ``rejected`` turns down:
    ``rejected(text, words, starts, ends, first, last, span, entity, language)`` with the mention's first and last
    word indices, as a candidate rule of today's would have turned it down."""
    from articles.ingest import tagging

    earlier_tag = tagging.Matcher.tag

    def tag(self, text, language="", **kwargs):
        result = earlier_tag(self, text, language, **kwargs)
        countries = [e for e in result.entities if e.kind == "country"]
        if not countries:
            return result
        words, starts, ends = tagging.tokens(text)
        first_of = {start: i for i, start in enumerate(starts)}
        last_of = {end: i for i, end in enumerate(ends)}
        end = tagging.article_end(text)
        dropped = set()
        for entity in countries:
            counted = [s for s in entity.spans if not s.weak and not s.city and s.start < end
                       and not tagging.in_a_label_line(text, s.start, s.end)]
            if counted and all(
                s.start in first_of and s.end in last_of
                and rejected(text, words, starts, ends, first_of[s.start], last_of[s.end], s, entity, language)
                for s in counted
            ):
                dropped.add(id(entity))
        result.entities[:] = [e for e in result.entities if id(e) not in dropped]
        return result

    tagging.Matcher.tag = tag


def add_script_person_candidates(source: str, filename: str) -> None:
    """Wrap the probe's ``Matcher.tag`` so that ``script_people.py`` (``source``, a version of today's module) adds
    its candidates after the probe's own, as today's ``tagging.py`` adds them; the module is executed with the
    probe's ``Candidate``."""
    import re
    from collections import Counter

    from articles.ingest import tagging
    from articles.ingest.candidates import Candidate

    module = {"re": re, "Counter": Counter, "Candidate": Candidate}
    exec(compile(source.replace("from .candidates import Candidate\n", ""), filename, "exec"), module)
    earlier_tag = tagging.Matcher.tag

    def tag(self, text, *args, **kwargs):
        result = earlier_tag(self, text, *args, **kwargs)
        known = {c.name for c in result.candidates} | {e.name for e in result.entities}
        result.candidates[:] = list(result.candidates) + module["script_person_candidates"](text, known)
        return result

    tagging.Matcher.tag = tag


def definitions_from(path: Path, namespace: dict, wanted: set[str] | None = None) -> dict:
    """The top-level definitions of today's module at ``path`` named ``wanted`` (all of them when None; its imports
    always left out), run in ``namespace``, which supplies what they use: a rule of today's without the rest of its
    module, on a probe's code."""
    import ast

    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            continue
        names = {node.name} if isinstance(node, (ast.FunctionDef, ast.ClassDef)) else {
            target.id for target in getattr(node, "targets", []) if isinstance(target, ast.Name)}
        if wanted is None or names & wanted:
            exec(compile(ast.Module([node], []), str(path), "exec"), namespace)
    return namespace
