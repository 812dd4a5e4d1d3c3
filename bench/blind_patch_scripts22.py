"""Session 22's countries in Tamil, Marathi and Nepali (issue 12, branch people22) put into a probe commit's code,
for ``bench/blind_replay.py --patch``: ``blind_patch_scripts20.py`` (today's ``script_names.py`` read after the
probe's ``Matcher.tag``), with today's ``Matcher._add_script_names`` step that reads a Devanagari page declaring no
language as Marathi or Nepali by its small words.

With ``BLIND_SCRIPTS22_BASELINE=1`` ``script_names.py`` is taken as it was at a93b90f (main before this branch), the
baseline. Only for probes that hold session 19's rules (s20c, s20d and later): the chain that
``blind_patch_scripts20.py`` runs on older probes (``blind_patch_people19.py``) fails on today's ``name_cases.py``."""

import os
import subprocess
import sys

from blind_patching import REPO, run_patches

from articles.ingest import context  # noqa: E402  (the probe's)

if not hasattr(context, "names_a_time_zone"):  # today's script_names.py imports it (session 21): the probe lacks it,
    context.names_a_time_zone = lambda text, start, end: False  # so no name is read as a time zone's, both runs alike
run_patches("blind_patch_scripts20.py")

script_names = sys.modules["articles.ingest.script_names"]  # today's, loaded by blind_patch_scripts20.py
if os.environ.get("BLIND_SCRIPTS22_BASELINE"):
    source = subprocess.run(["git", "-C", str(REPO), "show", "a93b90f:articles/ingest/script_names.py"], check=True,
                            capture_output=True, text=True).stdout
    exec(compile(source, "script_names@a93b90f", "exec"), script_names.__dict__)
else:
    read_in = script_names.script_country_mentions

    def script_country_mentions(text, language):
        if language == "hi":
            language = script_names.devanagari_language(text)
        return read_in(text, language)

    script_names.script_country_mentions = script_country_mentions
