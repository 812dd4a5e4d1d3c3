"""Session 20's finder of people named in scripts without capitals (issue 12, branch people20s) put into a probe
commit's code, for ``bench/blind_replay.py --patch``: today's ``articles/ingest/script_people.py`` (a title or role
beside a name in Arabic, Persian, Urdu, Pashto, Hebrew, Amharic, Georgian, Khmer, Thai, Korean, Japanese and the Indic
scripts), executed with the probe's ``Candidate``, its candidates added to the probe's after ``Matcher.tag`` as
today's ``tagging.py`` adds them.

Runs ``blind_patch_people19.py`` first (the chain of the people rules; its figures are this file's baseline), on a
probe whose code predates it (s20c and s20d were probed with session 19's rules in, which that file cannot patch
again)."""

from pathlib import Path

from blind_patching import PROBE_INGEST, add_script_person_candidates, run_patches

if "_names_in_a_long_run" not in (PROBE_INGEST / "candidates.py").read_text(encoding="utf-8"):
    run_patches("blind_patch_people19.py")

TODAY = Path(__file__).resolve().parent.parent / "articles" / "ingest" / "script_people.py"
add_script_person_candidates(TODAY.read_text(encoding="utf-8"), str(TODAY))
