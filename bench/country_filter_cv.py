#!/usr/bin/env python
"""Would a learned filter on the tagger's countries hold on outlets it was not fitted to? Leave one batch out.

The examples are every country the tagger returned, described by ``blind_patch_country_filter.features``: on the
development pages with today's code (``--dump-dev``) and on the blind replay of batches s13a-s16n with each batch's
probe commit (``blind_replay.py --patch bench/blind_patch_country_filter.py`` with ``COUNTRY_FILTER_DUMP``). For each
blind batch a logistic regression is fitted on every other batch's examples (dev and blind), never the batch's own,
and scores the batch's blind examples; the threshold is chosen inside the training part by the same leave-one-batch-out
(the score below which at most ``--max-loss`` of the right tags fall). ``--weights FILE`` writes the per-batch models
for ``blind_replay.py --patch`` (``COUNTRY_FILTER_WEIGHTS``), so the replay itself confirms the figures.

    .venv/bin/python bench/country_filter_cv.py --dump-dev dev.jsonl        # today's code on the dev part
    COUNTRY_FILTER_DUMP=blind.jsonl .venv/bin/python bench/blind_replay.py --patch bench/blind_patch_country_filter.py
    .venv/bin/python bench/country_filter_cv.py --dev dev.jsonl --blind blind.jsonl [--curve] [--weights w.json]

The nested choice of threshold fits 25 x 24 models: about 6 minutes on the shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load(path):
    return [json.loads(line) for line in open(path, encoding="utf-8")]


def fit(rows, c):
    from sklearn.linear_model import LogisticRegression

    names = sorted({k for r in rows for k in r["features"]})
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    model.fit([[r["features"].get(k, 0.0) for k in names] for r in rows], [int(r["right"]) for r in rows])
    weights = {name: float(w) for name, w in zip(names, model.coef_[0])}
    weights["bias"] = float(model.intercept_[0])
    return weights


def score(weights, row):
    return weights.get("bias", 0.0) + sum(weights.get(k, 0.0) * v for k, v in row["features"].items())


def oof_scores(rows, c, groups):
    """Out-of-fold scores, one group (batch) held out at a time; rows without a group are always trained on."""
    out = [0.0] * len(rows)
    for group in sorted(set(groups) - {""}):
        weights = fit([r for r, g in zip(rows, groups) if g != group], c)
        for i, (r, g) in enumerate(zip(rows, groups)):
            if g == group:
                out[i] = score(weights, r)
    return out


def threshold_for(rows, scores, max_loss):
    right = sorted(s for s, r in zip(scores, rows) if r["right"])
    allowed = int(len(right) * max_loss)
    return right[allowed] - 1e-9 if right else 0.0


def tally(rows, kept, missed):
    tp = sum(1 for r, k in zip(rows, kept) if r["right"] and k)
    fp = sum(1 for r, k in zip(rows, kept) if not r["right"] and k)
    fn = missed + sum(1 for r, k in zip(rows, kept) if r["right"] and not k)
    return f"P {tp / max(tp + fp, 1):.3f} ({tp}/{tp + fp})  R {tp / max(tp + fn, 1):.3f} ({tp}/{tp + fn})"


def dump_dev(path: str) -> None:
    """Every country today's code tags on the development pages, with its features, into ``path``."""
    sys.path.insert(0, str(HERE))
    from accuracy import setup_django

    setup_django()
    from accuracy_real import evaluate_part

    if os.path.exists(path):
        os.remove(path)
    os.environ["COUNTRY_FILTER_DUMP"] = path
    runpy.run_path(str(HERE / "blind_patch_country_filter.py"), run_name="country_filter_dump")
    evaluate_part(HERE / "accuracy" / "real" / "dev")


def oracle(rows, scores, missed):
    """The best the scores could do: the threshold chosen on the held-out scores themselves, losing at most 1, 2 or
    5 % of the right tags."""
    right = sorted(s for s, r in zip(scores, rows) if r["right"])
    for loss in (0.01, 0.02, 0.05):
        threshold = right[int(len(right) * loss)]
        print(f"  oracle threshold, {loss:.0%} of right tags lost: {tally(rows, [s >= threshold for s in scores], missed)}")


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--dump-dev":
        dump_dev(sys.argv[2])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev", required=True, help="today's code on the development pages (JSON lines)")
    parser.add_argument("--blind", required=True, help="the blind replay's examples (JSON lines)")
    parser.add_argument("--c", type=float, default=1.0)
    parser.add_argument("--max-loss", type=float, default=0.01)
    parser.add_argument("--blind-missed", type=int, default=92, help="labelled countries the blind replay never tagged")
    parser.add_argument("--dev-missed", type=int, default=66)
    parser.add_argument("--curve", action="store_true")
    parser.add_argument("--list", type=int, default=0, help="list the N lowest-scoring blind examples")
    parser.add_argument("--drop", action="append", default=[], help="leave this feature out (repeatable)")
    parser.add_argument("--weights", help="write the per-batch models and the model fitted on everything here")
    args = parser.parse_args()
    dev, blind = load(args.dev), load(args.blind)
    for r in dev + blind:
        for name in args.drop:
            r["features"].pop(name, None)
    batches = sorted({r["batch"] for r in blind})
    print(f"{len(dev)} dev tags ({sum(not r['right'] for r in dev)} wrong), "
          f"{len(blind)} blind tags ({sum(not r['right'] for r in blind)} wrong), {len(batches)} blind batches")
    per_batch, blind_scores, kept = {}, [0.0] * len(blind), [True] * len(blind)
    for batch in batches:
        train = [r for r in dev if r["batch"] != batch] + [r for r in blind if r["batch"] != batch]
        weights = fit(train, args.c)
        # the threshold: from out-of-fold scores inside the training part (its own batches held out in turn)
        inner = oof_scores(train, args.c, [r["batch"] if r["batch"] in batches else "" for r in train])
        held = [i for i, r in enumerate(train) if r["batch"] in batches]
        weights["threshold"] = threshold_for([train[i] for i in held], [inner[i] for i in held], args.max_loss)
        per_batch[batch] = weights
        for i, r in enumerate(blind):
            if r["batch"] == batch:
                blind_scores[i] = score(weights, r)
                kept[i] = blind_scores[i] >= weights["threshold"]
    print(f"blind, tagger as is:             {tally(blind, [True] * len(blind), args.blind_missed)}")
    print(f"blind, + filter (batch held out): {tally(blind, kept, args.blind_missed)}")
    from sklearn.metrics import roc_auc_score

    print(f"blind out-of-batch AUC: {roc_auc_score([r['right'] for r in blind], blind_scores):.3f}")
    oracle(blind, blind_scores, args.blind_missed)
    if args.curve:
        for t in (-3, -2.5, -2, -1.5, -1, -0.5, 0):
            print(f"  score >= {t:5}: {tally(blind, [s >= t for s in blind_scores], args.blind_missed)}")
    if args.list:
        for s, r in sorted(zip(blind_scores, blind), key=lambda p: p[0])[: args.list]:
            print(f"  {s:6.2f} {'right' if r['right'] else 'WRONG'} {r['batch']} {r['iso']} {r['file']}")
    everything = fit(dev + blind, args.c)
    groups = [r["batch"] if r["batch"] in batches else "" for r in dev + blind]
    inner = oof_scores(dev + blind, args.c, groups)
    held = [i for i, g in enumerate(groups) if g]
    everything["threshold"] = threshold_for([(dev + blind)[i] for i in held], [inner[i] for i in held], args.max_loss)
    dev_kept = [score(everything, r) >= everything["threshold"] for r in dev]
    print(f"dev (today's code), fitted on all: {tally(dev, [True] * len(dev), args.dev_missed)} -> "
          f"{tally(dev, dev_kept, args.dev_missed)}")
    print("weights fitted on everything:", {k: round(v, 2) for k, v in sorted(everything.items(), key=lambda kv: kv[1])})
    if args.weights:
        json.dump({"per_batch": per_batch, "all": everything}, open(args.weights, "w"), indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
