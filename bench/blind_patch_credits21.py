"""Session 21's credit rules (issue 12, branch creditdate21) put into a probe commit's code, for
``bench/blind_replay.py --patch``: the wires' families read on the s21b-d pages (a caption without its stop then
" / AA", "Name — The Associated Press", AFP's "Name afp.com", "... Handout via REUTERS", a colonless "Foto Ansa/X" and
Vietnamese "Ảnh X"), the library's "Photo credit should read X", and the wires' and libraries' other printed forms
("Name | Bloomberg | Getty Images", "Name, The Associated Press", "picture alliance / dpa | Name"). As session 20's brackets patch does, the rules'
own changes are taken, not re-written: the branch's ``split_credit`` (``RULE``) and main's before it (``BEFORE``) are
loaded as packages of their own, and on a line where they differ the branch's answer replaces the probe's. No other
patch is chained: the baseline is the plain replay."""

from blind_patching import splice_split_credit

splice_split_credit("dc4bf2c", "517416f")  # the branch's last credit rule, and main before the branch
