"""Session 19's learned line-role classifier (branch lines19, ``bench/train_line_roles.py``) put into a probe commit's
code, for ``bench/blind_replay.py --patch``, on top of the latest headline or byline patch chain.

The classifier's line probabilities are computed beforehand by ``train_line_roles.py --blind-probabilities FILE``,
with models fitted only on pages of no blind batch (those before s13a), and read here from ``LINE_ROLES_PROBS``; the
page's lines are cut exactly as the script cuts them, so the indices agree. ``LINE_ROLES_MODE`` picks the use:

- ``headline`` (chains blind_patch_headline18b.py): where the rules claim a headline whose line the classifier scores
  under ``LINE_ROLES_LOW`` and another line scores at least ``LINE_ROLES_HIGH``, that line is the headline, flagged;
- ``headline-warn``: the same pages, the rules' headline kept and only flagged;
- ``byline`` (chains blind_patch_byline18b.py): where the rules find no byline, the names of the top byline line
  scoring at least ``LINE_ROLES_HIGH``, flagged.

    .venv/bin/python bench/train_line_roles.py --blind-probabilities /tmp/probs.json
    LINE_ROLES_PROBS=/tmp/probs.json LINE_ROLES_MODE=headline .venv/bin/python bench/blind_replay.py \\
        --batch s13a ... --batch s16n --field headline --patch bench/blind_patch_line_roles19.py
"""

import functools
import json
import os
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
MODE = os.environ.get("LINE_ROLES_MODE", "headline")
LOW = float(os.environ.get("LINE_ROLES_LOW", "0.05"))
HIGH = float(os.environ.get("LINE_ROLES_HIGH", "0.8"))
PROBS = json.loads(Path(os.environ["LINE_ROLES_PROBS"]).read_text(encoding="utf-8"))
chain = "blind_patch_byline18b.py" if MODE == "byline" else "blind_patch_headline18b.py"
runpy.run_path(str(HERE / chain), run_name="blind_replay_patch")

import articles.ingest.parsing as parsing  # noqa: E402
from accuracy import norm_text  # noqa: E402

HEADLINE_WARNING = "The headline was read from the line a learned line-role model prefers. Please check it."
HEADLINE_DOUBT = "The headline may be another line, a learned line-role model says. Please check it."
BYLINE_WARNING = "The byline was read from the line a learned line-role model prefers. Please check it."
original = parsing.parse_file


def _byline_names(line: str) -> list[str]:
    bylines = sys.modules["articles.ingest.bylines"]
    found = bylines.find_byline(line)
    if found is not None and found.authors:
        return list(found.authors)
    return list(bylines.extract_authors(line)[0])


@functools.wraps(original)  # so that accuracy_real still passes the source time zone
def parse_file(name, data, *args, **kwargs):
    articles = original(name, data, *args, **kwargs)
    probs = PROBS.get(name)
    if not articles or not probs:
        return articles
    article = articles[0]
    lines = [norm_text(line) for line in data.decode("utf-8", errors="replace").splitlines() if norm_text(line)]
    if MODE.startswith("headline"):
        scores = probs["headline"]
        headline = norm_text(article.headline or "").casefold()
        if not headline or article.headline_proposed:
            return articles
        index = next((i for i, line in enumerate(lines) if line.casefold() == headline), None)
        short = [i for i, line in enumerate(lines) if len(line.split()) <= 20] or [0]  # line_roles.MAX_HEADLINE_WORDS
        top = max(short, key=scores.__getitem__)
        if index is None or top == index or scores[index] >= LOW or scores[top] < HIGH:
            return articles
        if MODE == "headline":
            article.headline = lines[top]
            article.warnings.append(HEADLINE_WARNING)
        else:
            article.warnings.append(HEADLINE_DOUBT)
    elif MODE == "byline" and not article.authors:
        scores = probs["byline"]
        top = max(range(len(scores)), key=scores.__getitem__)
        if scores[top] >= HIGH:
            names = _byline_names(lines[top])
            if names:
                article.authors = names
                article.warnings.append(BYLINE_WARNING)
    return articles


parsing.parse_file = parse_file
for module in list(sys.modules.values()):
    if getattr(module, "__name__", "").startswith("articles.") and getattr(module, "parse_file", None) is original:
        module.parse_file = parse_file
