"""Session 19's people rules (issue 12, branch people19) put into a probe commit's code, for ``bench/blind_replay.py
--patch``. ``PEOPLE19_RULES`` (comma-separated, default all; ``BLIND_RULES`` and ``RECALL19_RULES`` are read by the
chained patches):

* ``titles``: ranks and honorifics added to the probe's ``TITLES`` ("Warden", "Lance Corporal", "Second Lieutenant",
  "His Highness Shaikh", "Sayyid"), so that a run is cut after them and they are trimmed from a name;
* ``patronymic``: a title's word after "bin", "ibn", "abu" ... is the father's name ("Zayed bin Sultan"): the probe's
  ``_split`` does not cut there (and, from da877ed on, where the probe has ``_is_surname_after_name``, its trim
  keeps it at the end);
* ``initials``: initials written together before a name ("R.K. Narayan") joined to it, and a leading "A." kept as an
  initial, not trimmed as the article (today's ``_initials_open_a_name`` and ``_is_an_initial``);
* ``long``: a run of more than four name words, which the probe drops whole, handed to today's
  ``_names_in_a_long_run`` (two names joined by "y"; the name closing the run after a title, a Romance particle or
  a body's or place's last word), its names added to the probe's candidates (typed by the probe's
  ``suggested_kind``).

The probe's ``candidates`` source is edited and executed again before the chained patches run (recall18 wraps its
``_trim``). Runs ``blind_patch_recall19.py`` after (its baseline: blind people 1036/1138)."""

import ast
import os
import re
from pathlib import Path

from blind_patching import reexec, run_patches

from articles.ingest import candidates, tagging
from articles.ingest.vocabulary import fold_diacritics

RULES = set((os.environ.get("PEOPLE19_RULES") or "titles,patronymic,initials,long").split(","))
TODAY = Path(__file__).resolve().parent.parent / "articles" / "ingest" / "candidates.py"
NEW_TITLES = "warden lieutenant corporal highness majesty excellency shaikh sayyid"
PATRONYMIC = '_PATRONYMIC_PARTICLES_19 = frozenset({"bin", "ibn", "bint", "ben", "abu", "bou"})\n'
CHECK = re.compile(r"^(?P<indent>[ \t]+)if not \(?2 <= .*<= 4\)?:\n", re.M)


def edit(source: str) -> str:
    if "titles" in RULES:
        source = source.replace("STOP_WORDS = frozenset(",
                                f'TITLES = TITLES | frozenset("{NEW_TITLES}".split())\nSTOP_WORDS = frozenset(', 1)
    if "patronymic" in RULES:
        source = source.replace("\n@dataclass\n", "\n" + PATRONYMIC + "\n\n@dataclass\n", 1).replace(
            "        if word in TITLES or acronym",
            "        if (word in TITLES and not (position >= 1 and lowered[run[position - 1]] in "
            "_PATRONYMIC_PARTICLES_19)) or acronym", 1)
        source = source.replace('or lowered[run[-1]] == "said" and lowered[run[-2]] in _PATRONYMIC_PARTICLES)',
                                'or (lowered[run[-1]] == "said" or lowered[run[-1]] in TITLES) '
                                'and lowered[run[-2]] in _PATRONYMIC_PARTICLES)')
    if "initials" in RULES:
        source = source.replace(
            '        return _is_name_word(word)  # "Robert F. Kennedy"\n',
            '        return _is_name_word(word)  # "Robert F. Kennedy"\n'
            '    if gap == "." and _is_an_initial(words[previous]) and _is_an_initial(word):\n'
            '        return _initials_open_a_name(text, words, starts, ends, previous)\n', 1)
        source = source.replace(
            "            run = _trim(part, lowered)\n",
            "            run = _trim(part, lowered)\n"
            "            if run and len(part) > 1 and run[0] == part[1] and _is_an_initial(words[part[0]]) \\\n"
            "                    and text[ends[part[0]] : ends[part[0]] + 1] == '.' and not words[run[0]].isupper():\n"
            "                run = [part[0], *run]\n", 1)
        source += "\n" + "\n".join(_INITIALS_SOURCE) + "\n"
    if "long" in RULES:
        match = CHECK.search(source)
        assert match, "the probe's length check"
        indent = match.group("indent")
        source = source[: match.start()] + (
            f"{indent}if _long_run_19(text, starts, ends, run, lowered):\n"
            f"{indent}    continue\n") + source[match.start():]
    return source


# today's _names_in_a_long_run and what it reads, from today's source
_today: dict = {"fold_diacritics": fold_diacritics}
_WANTED = {"PARTICLES", "TITLES", "STOP_WORDS", "MONTHS_AND_DAYS", "NOISE", "ORGANIZATION_ENDINGS",
           "FACILITY_ENDINGS", "EVENT_ENDINGS", "PLACE_ENDINGS", "ALL_ENDINGS", "ORGANIZATION_OPENINGS",
           "FACILITY_OPENINGS", "PLACE_OPENINGS", "ORGANIZATION_TYPE_ENDINGS", "FACILITY_TYPE_ENDINGS",
           "_COORDINATING_PARTICLES", "_ROMANCE_PARTICLES", "_ENDS_A_LONG_RUNS_NAME", "_NOT_IN_A_LONG_RUNS_NAME",
           "SUFFIXES", "_names_in_a_long_run", "_name_word_count"}
for source in (TODAY.with_name("candidate_types.py"), TODAY):  # the kinds' words live in candidate_types
    for node in ast.parse(source.read_text(encoding="utf-8")).body:
        names = {node.name} if isinstance(node, ast.FunctionDef) else {
            target.id for target in getattr(node, "targets", []) if isinstance(target, ast.Name)}
        if names & _WANTED:
            exec(compile(ast.Module([node], []), str(source), "exec"), _today)

# today's _is_an_initial and _initials_open_a_name, as source put into the probe's module
_TODAY_TREE = ast.parse(TODAY.read_text(encoding="utf-8"))
_INITIALS_SOURCE = [ast.get_source_segment(TODAY.read_text(encoding="utf-8"), node) for node in _TODAY_TREE.body
                    if isinstance(node, ast.FunctionDef) and node.name in ("_is_an_initial", "_initials_open_a_name")]
_long_runs: list = []


def _long_run_19(text, starts, ends, run, lowered) -> bool:
    """Whether the run is too long for a name (today's measure): then it is kept for today's rule."""
    if _today["_name_word_count"](text, starts, ends, run, lowered)[1] <= 4:
        return False
    _long_runs.append(run)
    return True


reexec("candidates", edit)
candidates._long_run_19 = _long_run_19
probe_find_candidates = candidates.find_candidates


def find_candidates(text, words, starts, ends, covered, *, lowered=None):
    _long_runs.clear()
    found = probe_find_candidates(text, words, starts, ends, covered, lowered=lowered)
    if not _long_runs:
        return found
    low = [word.lower() for word in words] if lowered is None else lowered
    if not text.isascii():
        low = [w if word.isascii() else fold_diacritics(word).lower() for word, w in zip(words, low)]
    in_lower_case = {w for word, w in zip(words, low) if word.islower()}
    have = {tuple(c.name.lower().split()) for c in found}
    for run in list(_long_runs):
        for piece in _today["_names_in_a_long_run"](text, starts, ends, run, low, in_lower_case):
            if _today["_name_word_count"](text, starts, ends, piece, low)[0] < 2:
                continue
            name = " ".join(text[starts[piece[0]] : ends[piece[-1]]].split())
            key = tuple(low[i] for i in piece)
            if tuple(name.lower().split()) in have:
                continue
            have.add(tuple(name.lower().split()))
            kind, country = candidates.suggested_kind(key, name)
            found.append(candidates.Candidate(name=name, mentions=1, first_offset=starts[piece[0]],
                                              suggested_kind=kind, country=country))
    return sorted(found, key=lambda c: c.first_offset)


if "long" in RULES:
    tagging.find_candidates = find_candidates
else:
    tagging.find_candidates = candidates.find_candidates  # the edited source's

run_patches("blind_patch_recall19.py")
