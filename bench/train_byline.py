#!/usr/bin/env python
"""Fit the byline chooser's weights on the development part, and compare it with the rules.

Each development page (the held-out batches left out) is parsed as the accuracy script parses it; its byline candidates
(``articles/ingest/byline_choice.py``: every line that names people as a byline might, plus the
rules' own pick when no line gives it) are examples, positive when they name exactly the labelled
authors. The chooser takes the best-scoring candidate when its score is above 0, and no byline
otherwise. It is judged by cross-validation with whole outlets held out (GroupKFold), against the
rules' own byline on the same pages (the rules were written looking at all of them, so that
comparison favours the rules).

    .venv/bin/python bench/train_byline.py             # compare, cross-validated
    .venv/bin/python bench/train_byline.py --write     # and write the weights fitted on the whole part
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from accuracy import norm_text, setup_django  # noqa: E402

DEV = HERE / "accuracy" / "real" / "dev"
WEIGHTS_FILE = HERE.parent / "articles" / "ingest" / "byline_weights.json"


def _key(authors) -> list[str]:
    return [norm_text(a).casefold() for a in authors]


# The development part as it stood before 66 articles from new outlets were added (session 9, commit
# c5684c8 on): fitted on the first, the chooser is also judged on the newcomers, as the rules were.
FIRST_DEV_COMMIT = "c5684c8~1"


@dataclass
class Page:
    file: str
    outlet: str
    rules: list[str]  # the rules' authors
    expected: list[str]
    candidates: list  # BylineCandidate, or None when the page is not read as plain text (feeds, JSON)
    warned: bool  # the rules' own warnings speak of the byline


def pages():
    """Every development page, parsed as the importer parses it, with its byline candidates."""
    from articles.ingest import parsing
    from articles.ingest.byline_choice import candidates_with_rules
    from accuracy_real import HELD_OUT, warned_fields

    layouts = []
    original = parsing.analyse_units

    def recording(*args, **kwargs):
        layout = original(*args, **kwargs)
        layouts.append(layout)
        return layout

    parsing.analyse_units = recording
    reviewing, parsing.review_byline = parsing.review_byline, lambda article, layout: None  # the rules alone
    try:
        for label in json.loads((DEV / "labels.json").read_text(encoding="utf-8")):
            if label.get("batch") in HELD_OUT:
                continue  # the project's unseen check: never fitted, never studied
            layouts.clear()
            data = (DEV / "articles" / label["file"]).read_bytes()
            article = parsing.parse_file(label["file"], data, source_tz=label.get("source_tz") or None)[0]
            text = data.decode("utf-8", "replace").lstrip()
            plain = len(layouts) == 1 and text[:1] not in "{[<"
            candidates = candidates_with_rules(layouts[0], article.authors, article.byline) if plain else None
            yield Page(label["file"], label["outlet_domain"], _key(article.authors), _key(label.get("byline", [])), candidates,
                       "byline" in warned_fields(article.warnings))
    finally:
        parsing.analyse_units, parsing.review_byline = original, reviewing


def outcome(page: Page, weights: dict | None) -> tuple[bool, bool, bool]:
    """(right, claimed, warned) for the page's byline: the rules' alone (``weights`` None) or the chooser's."""
    from articles.ingest.byline_choice import choose

    if weights is None or page.candidates is None:
        return page.rules == page.expected, bool(page.rules), page.warned
    choice = choose(page.candidates, weights)
    authors = _key(choice.chosen.authors) if choice.chosen else []
    changed = authors != page.rules
    warned = choice.unsure() or changed or (page.warned and not changed)
    return authors == page.expected, bool(authors), warned


def tally(outcomes) -> tuple[int, int, int]:
    """(right, silent errors, false alarms)."""
    outcomes = list(outcomes)
    return (sum(r for r, _c, _w in outcomes), sum(not r and not w for r, _c, w in outcomes),
            sum(r and c and w for r, c, w in outcomes))


def fit(data, c: float = 1.0) -> dict:
    from sklearn.linear_model import LogisticRegression

    examples = [(c.features, int(_key(c.authors) == page.expected))
                for page in data if page.candidates for c in page.candidates]
    names = sorted({k for features, _t in examples for k in features} - {"bias"})
    rows = [[features.get(k, 0.0) for k in names] for features, _t in examples]
    targets = [target for _f, target in examples]
    model = LogisticRegression(C=c, max_iter=5000).fit(rows, targets)
    weights = {name: float(w) for name, w in zip(names, model.coef_[0])}
    weights["bias"] = float(model.intercept_[0])
    return weights


def _first_dev_files() -> set[str]:
    shown = subprocess.run(["git", "show", f"{FIRST_DEV_COMMIT}:bench/accuracy/real/dev/labels.json"],
                           cwd=HERE, capture_output=True, text=True, check=True).stdout
    return {label["file"] for label in json.loads(shown)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help=f"write the weights fitted on all of dev to {WEIGHTS_FILE.name}")
    parser.add_argument("--without-rules", action="store_true",
                        help="learn from the lines alone, not told which one the rules chose")
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    args = parser.parse_args()
    setup_django()
    from sklearn.model_selection import GroupKFold

    data = list(pages())
    if args.without_rules:
        for page in data:
            if page.candidates is not None:
                page.candidates = [c for c in page.candidates if c.shape != "rules"]
                for candidate in page.candidates:
                    candidate.features.pop("rules' pick", None)
    outlets = [page.outlet for page in data]
    reachable = sum(p.expected == [] or any(_key(c.authors) == p.expected for c in p.candidates or [])
                    or p.rules == p.expected for p in data)
    cross_validated = []
    for train, test in GroupKFold(n_splits=5).split(data, groups=outlets):
        weights = fit([data[i] for i in train], args.c)
        cross_validated += [outcome(data[i], weights) for i in test]
    first = _first_dev_files()
    older = [p for p in data if p.file in first]
    newer = [p for p in data if p.file not in first]
    on_newer = [outcome(p, fit(older, args.c)) for p in newer]
    weights = fit(data, args.c)
    n = len(data)
    print(f"{n} development pages; a candidate (or no byline) right on {reachable}")
    from articles.ingest.byline_choice import WEIGHTS

    for name, outcomes in (("rules (fitted on all of them)", [outcome(p, None) for p in data]),
                           (f"the product's weights ({WEIGHTS_FILE.name})", [outcome(p, WEIGHTS) for p in data]),
                           ("learned chooser, 5-fold by outlet", cross_validated),
                           ("learned chooser, fitted on all", [outcome(p, weights) for p in data])):
        right, silent, false_alarms = tally(outcomes)
        print(f"{name:36} {right / n:.3f} ({right}/{n}), silent {silent}, false alarms {false_alarms}")
    for name, outcomes in ((f"rules on the {len(newer)} newer pages", [outcome(p, None) for p in newer]),
                           (f"learned on the {len(older)} older, on the newer", on_newer)):
        right, silent, false_alarms = tally(outcomes)
        print(f"{name:36} {right / len(newer):.3f} ({right}/{len(newer)}), silent {silent}, false alarms {false_alarms}")
    if args.write:
        WEIGHTS_FILE.write_text(json.dumps({k: round(v, 4) for k, v in sorted(weights.items())}, indent=1) + "\n")
        print(f"wrote {WEIGHTS_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
