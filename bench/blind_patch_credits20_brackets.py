"""Session 20's credit rule (issue 12, branch datecredit20) put into a probe commit's code, for
``bench/blind_replay.py --patch``: a credit in brackets under a picture's label of any language and script ("(Ảnh:
X)", "(Фото: X)", "(사진=X)", "（写真：X）", full-width brackets), a wire named in its own script ("（新华社）",
"(أ ف ب)"), a caption in a script without capitals run into its label ("… ภาพ: X"). The rule's own changes are
taken, not re-written: the rule's commit's ``split_credit`` (``RULE``; measured, then reverted) and the one before
it (``BEFORE``, main at the time) are loaded as packages of their own, and on a line where they differ the rule's
answer replaces the probe's. Runs ``blind_patch_credits18b.py`` first, the baseline."""

from blind_patching import run_patches, splice_split_credit

run_patches("blind_patch_credits18b.py")

splice_split_credit("8dd7aa3", "65f9d3c")  # the rule's commit, and main before it
