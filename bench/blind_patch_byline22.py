"""Session 22's byline changes (issue 12, branch byline22) put into a probe commit's code, for ``bench/blind_replay.py
--patch``, so the replay shows these changes alone.

1. The headline's line found with case and quotes set aside (``_headline_line``), for the rule that reads a name
   printed without "By" beside the headline: before and after, that rule is run and the answers compared.
2. Writers listed one an item beside the headline (``read_names_listed_beside_the_headline``, new): run where the
   probe and the rule of 1 read no byline. It reads every line of the page; the replay gives it the layout's lines
   (the probe's ``parse_text`` keeps no other list where the patch can reach it), which may hold fewer.

The byline chain (``blind_patch_byline20.py``) no longer runs on today's code (it copies today's functions one by one
and misses helpers added since), so, as ``blind_patch_unsure21.py`` does, the rules' own code is taken, not re-written:
``byline_choice`` as the branch left it (``RULE``) and as main had it before the branch (``BEFORE``) are loaded as
packages of their own. After the probe's ``review_byline``, where the probe read no byline, both copies' rules for a
name printed without "By" beside the headline are run on copies of the article; where they answer differently the
branch's answer replaces the probe's. Elsewhere the probe's own reading stands. No other patch is chained: the
baseline is the plain replay.
"""

import copy
import sys

from blind_patching import ingest_module

from articles.ingest import parsing  # noqa: F401  (imported before its review_byline is wrapped)

RULE = "65a3c12"  # the branch's last rule
BEFORE = "d4198c9"  # main before the branch

rule_choice = ingest_module(RULE, "byline_choice")
before_choice = ingest_module(BEFORE, "byline_choice")
_FIELDS = ("byline", "authors", "warnings", "paragraphs", "left_out")


def _answer(choice, article, layout):
    trial = copy.deepcopy(article)
    try:
        choice.read_a_known_name_by_the_headline(trial, layout)
    except (AttributeError, IndexError, TypeError):  # a probe's layout older than the rule's
        return None
    return trial


def _with_the_branch(probe_review):
    def review_byline(article, layout):
        result = probe_review(article, layout)
        if article.authors or article.byline:
            return result
        branch, before = _answer(rule_choice, article, layout), _answer(before_choice, article, layout)
        if branch is not None and before is not None and branch.authors != before.authors:
            for name in _FIELDS:
                setattr(article, name, getattr(branch, name))
        if not article.authors and not article.byline and hasattr(rule_choice, "read_names_listed_beside_the_headline"):
            listed = copy.deepcopy(article)
            try:
                rule_choice.read_names_listed_beside_the_headline(listed, list(layout.units))
            except (AttributeError, IndexError, TypeError):
                return result
            for name in _FIELDS:
                setattr(article, name, getattr(listed, name))
        return result
    return review_byline


_wrapped = {}
for module_name, module in list(sys.modules.items()):
    review = getattr(module, "review_byline", None) if module_name.startswith("articles.ingest.") else None
    if callable(review) and getattr(review, "__module__", "").startswith("articles.ingest."):
        _wrapped.setdefault(id(review), _with_the_branch(review))
        module.review_byline = _wrapped[id(review)]
