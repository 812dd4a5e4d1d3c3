"""Session 22's credit rule (issue 12, branch creditdate22) put into a probe commit's code, for
``bench/blind_replay.py --patch``: a picture's word in lower case opening a short line ("foto Ansa", "pic from
harbourpics", "photo: Jo Lim"). As session 21's patch does, the rule's own code is taken, not re-written: the branch's
``split_credit`` and main's before it are loaded as packages of their own, and on a line where they differ the
branch's answer replaces the probe's. No other patch is chained: the baseline is the plain replay. Its code holds no
date of the probe's, so it also runs on s20c-s21d when they are named with --batch."""

from blind_patching import splice_split_credit

splice_split_credit("3832b82", "d4198c9")  # the branch's lower-case label rule, and main before the branch
