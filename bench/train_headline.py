#!/usr/bin/env python
"""Fit the headline features by logistic regression on the development part, and compare with the hand-set weights.

Each page's candidate lines (those ``headline_features`` does not rule out, above the story)
are examples; the one equal to the labelled headline is the positive. Both weightings are
scored the way the parser uses them: the best-scoring line of each page must be the
headline. The learned weights are judged by cross-validation with whole outlets held out
(GroupKFold), so a layout seen in training never scores its own pages.

    pip install scikit-learn
    .venv/bin/python bench/train_headline.py            # compare, cross-validated
    .venv/bin/python bench/train_headline.py --print    # and the weights fitted on the whole part
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from accuracy import norm_text, setup_django  # noqa: E402

DEV = HERE / "accuracy" / "real" / "dev"
OFFSET = 10.0  # added to the logit, so every candidate scores above 0 as in the parser


def pages():
    """(outlet, [feature dicts], index of the headline among them or None) for every dev page with a headline."""
    from articles.ingest import parsing_headline_choice as hc
    from articles.ingest import parsing_headline_features as hf
    from articles.ingest import parsing_metadata_lines as ml
    from articles.ingest import parsing_units as pu
    from articles.ingest.parsing_cleanup import normalise_text, split_crawler_date, split_units
    from articles.ingest.parsing_layout import TextLayout

    for label in json.loads((DEV / "labels.json").read_text(encoding="utf-8")):
        if not label["headline"] or not label["file"].endswith(".txt"):
            continue
        text, _ = split_crawler_date(normalise_text((DEV / "articles" / label["file"]).read_text(encoding="utf-8")))
        units = split_units(text)
        layout = TextLayout()
        doubled = {a for a, b in zip(units, units[1:]) if a == b}
        units = pu.with_times_joined(pu.without_furniture(units, layout))
        metadata = [ml.metadata_line(unit) for unit in units]
        body = hc.first_paragraph(units, metadata)
        if body is None:
            continue
        candidates, positive = [], None
        for index in range(min(body, hf.HEAD_WINDOW)):
            features = hf.headline_features(units, metadata, index, body, doubled)
            if features is None:
                continue
            if positive is None and norm_text(units[index]).casefold() == norm_text(label["headline"]).casefold():
                positive = len(candidates)
            candidates.append(features)
        if candidates:
            yield label["outlet_domain"], candidates, positive


def top_one(weights: dict, data) -> float:
    right = 0
    for _outlet, candidates, positive in data:
        scores = [sum(weights.get(k, 0.0) * v for k, v in c.items()) for c in candidates]
        best = max(range(len(scores)), key=lambda i: (scores[i], -i))
        right += positive is not None and best == positive and scores[best] > 0
    return right / len(data)


def fit(data) -> dict:
    from sklearn.linear_model import LogisticRegression

    names = sorted({k for _o, candidates, _p in data for c in candidates for k in c} - {"bias"})
    rows, targets = [], []
    for _outlet, candidates, positive in data:
        for i, c in enumerate(candidates):
            rows.append([c.get(k, 0.0) for k in names])
            targets.append(int(i == positive))
    model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000).fit(rows, targets)
    weights = dict(zip(names, model.coef_[0]))
    weights["bias"] = float(model.intercept_[0]) + OFFSET
    return weights


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--print", action="store_true")
    args = parser.parse_args()
    setup_django()
    from sklearn.model_selection import GroupKFold

    from articles.ingest.parsing_headline_features import HEADLINE_WEIGHTS

    data = list(pages())
    outlets = [outlet for outlet, _c, _p in data]
    hand = top_one(HEADLINE_WEIGHTS, data)
    learned = []
    for train, test in GroupKFold(n_splits=5).split(data, groups=outlets):
        weights = fit([data[i] for i in train])
        learned.append((top_one(weights, [data[i] for i in test]), len(test)))
    learned_rate = sum(rate * n for rate, n in learned) / sum(n for _r, n in learned)
    print(f"{len(data)} development pages with a headline among their candidate lines or not")
    print(f"hand-set weights: best line is the headline on {hand:.3f}")
    print(f"learned weights, 5-fold by outlet: {learned_rate:.3f}")
    if args.print:
        print(json.dumps({k: round(float(v), 3) for k, v in sorted(fit(data).items())}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
