#!/usr/bin/env python
"""A learned line-role classifier (issue 12, section 2), tried: does it fix fields the rules miss on outlets it was
not trained on?

Each development page (held-out batches s17a s17b s18a s18b s19a s19b left out entirely) is cut into its non-empty
lines, and each line is given the roles its labels show (a line may have several: "By Jane Doe | 3 May 2024" is a
byline and a date):

- headline: the line printing the labelled headline (alone, or after a short kicker);
- byline: a line of at most 20 words naming a labelled author;
- date: the line printing the labelled date as printed (``published_printed``);
- credit / caption: the line printing the labelled picture credit / the line printing most of the caption;
- body: a line of at least 12 words ending as a sentence ends (the labels hold no body: prose is its shape);
- chrome: none of these. (No label marks a kicker, so no kicker role is learned.)

Each line is described by features meant to carry across outlets and languages (where it stands, its length and word
shapes, capitals, digits, dates, a byline or credit label word, punctuation, its neighbours' shapes, the share of its
words in the known-names list of ``articles/ingest/person_names.py``), and one logistic regression per role is fitted
(scikit-learn, development only). It is judged by cross-validation grouped by batch (pages of no batch grouped by
outlet), so that no outlet is in both the training and the scored fold:

1. per role, precision and recall of its lines, and for the headline and byline how often the page's top line is one;
2. the end fields, today's importer against today's importer + classifier on the fold's pages: where the rules find
   no byline, the top byline line's names (if its probability passes a threshold); where the rules find no headline
   or only propose one, the top headline line.

3. where the rules claim a headline whose line scores low and another line scores high: that line instead.

    .venv/bin/python bench/train_line_roles.py                 # the measures, printed
    .venv/bin/python bench/train_line_roles.py --dump FILE     # and each page's fold changes (no page text) as JSON
    .venv/bin/python bench/train_line_roles.py --blind-probabilities FILE  # for bench/blind_patch_line_roles19.py
    .venv/bin/python bench/train_line_roles.py --write         # the product's headline weights (make line-roles)

The features are the product's (``articles/ingest/line_roles.py``), so what is fitted is what runs.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from accuracy import norm_text, setup_django  # noqa: E402
from accuracy_real import HELD_OUT  # noqa: E402  (this project's unseen check: never read, never fitted)

DEV = HERE / "accuracy" / "real" / "dev"
ROLES = ("headline", "byline", "date", "credit", "caption", "body", "chrome")
MAX_BYLINE_WORDS = 20
MIN_BODY_WORDS = 12
_SENTENCE_END = re.compile(r"[.!?。！？…][\"'”’»)]*$")


def load_pages() -> list[dict]:
    labels = json.loads((DEV / "labels.json").read_text(encoding="utf-8"))
    return [label for label in labels if label.get("batch") not in HELD_OUT]


def group_of(label: dict) -> str:
    return label.get("batch") or f"outlet:{label['outlet_domain']}"


def page_lines(text: str) -> list[str]:
    """The page's lines as the product cuts them (NFC, as the bench's scoring compares text)."""
    from articles.ingest.line_roles import page_lines as product_lines

    return product_lines(unicodedata.normalize("NFC", text))


def line_roles(lines: list[str], label: dict) -> list[set[str]]:
    """Each line's roles, read from the page's labels."""
    fold = [line.casefold() for line in lines]
    headline = norm_text(label["headline"]).casefold()
    names = [norm_text(name).casefold() for name in label.get("byline", []) if norm_text(name)]
    printed = norm_text(label.get("published_printed", "")).casefold()
    credit = norm_text(label.get("image_credit", "")).casefold()
    caption = norm_text(label.get("image_caption", "")).casefold()
    roles: list[set[str]] = []
    for line, folded in zip(lines, fold):
        found = set()
        words = len(line.split())
        if headline and (folded == headline or (headline in folded and len(folded) <= len(headline) * 1.3 + 12)):
            found.add("headline")
        if names and words <= MAX_BYLINE_WORDS and any(name in folded for name in names) and "headline" not in found:
            found.add("byline")
        if printed and (printed in folded or (folded in printed and len(folded) >= 0.6 * len(printed))):
            found.add("date")
        if credit and credit in folded and words <= 40:
            found.add("credit")
        if caption and len(folded) >= 20 and (
                (folded in caption and len(folded) >= 0.6 * len(caption))
                or (caption in folded and len(caption) >= 0.6 * len(folded))):
            found.add("caption")
        if not found and words >= MIN_BODY_WORDS and _SENTENCE_END.search(line):
            found.add("body")
        roles.append(found or {"chrome"})
    return roles


class Featurizer:
    """The lines' features: the product's own (articles/ingest/line_roles.py), so that what is fitted is what runs."""

    def page(self, lines: list[str]) -> list[list[float]]:
        from articles.ingest.line_roles import PageLines

        page = PageLines(lines)
        return [page.features(index) for index in range(len(lines))]


def collect(pages: list[dict]):
    """Per page: its lines, their roles and features, and today's importer's byline and headline."""
    from articles.ingest.parsing import parse_file

    featurizer = Featurizer()
    collected = []
    for label in pages:
        data = (DEV / "articles" / label["file"]).read_bytes()
        text = data.decode("utf-8", errors="replace")
        lines = page_lines(text)
        if not lines:
            continue
        try:
            article = parse_file(label["file"], data, source_tz=label.get("source_tz") or None)[0]
            authors = [norm_text(a) for a in article.authors or []]
            headline, proposed = norm_text(article.headline or ""), bool(article.headline_proposed)
        except Exception:  # scored as the accuracy script scores it: nothing found
            authors, headline, proposed = [], "", False
        collected.append({
            "label": label, "group": group_of(label), "lines": lines, "roles": line_roles(lines, label),
            "features": featurizer.page(lines), "authors": authors, "headline": headline, "proposed": proposed,
        })
    return collected


MODEL = "logistic"


def fit(rows, targets):
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    if MODEL == "boosting":
        model = HistGradientBoostingClassifier(max_iter=200, learning_rate=0.1, max_leaf_nodes=15, random_state=0)
        model.fit(rows, targets)
        return model
    model = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=2000))
    model.fit(rows, targets)
    return model


def cross_validate(collected, folds: int):
    """Each page's line probabilities per role, from models fitted on the other folds' batches."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    groups = np.array([page["group"] for page in collected])
    probabilities = [dict() for _ in collected]
    for train, test in GroupKFold(n_splits=folds).split(np.zeros(len(collected)), groups=groups):
        rows = [row for i in train for row in collected[i]["features"]]
        for role in ROLES:
            targets = [role in roles for i in train for roles in collected[i]["roles"]]
            model = fit(rows, targets)
            for i in test:
                probabilities[i][role] = model.predict_proba(collected[i]["features"])[:, 1]
    return probabilities


def line_report(collected, probabilities) -> None:
    print("| role | lines | precision | recall | pages with one | top line is one |")
    print("|---|---:|---:|---:|---:|---:|")
    for role in ROLES:
        tp = fp = fn = pages_with = top_right = 0
        for page, probs in zip(collected, probabilities):
            truth = [role in roles for roles in page["roles"]]
            for is_role, p in zip(truth, probs[role]):
                tp += is_role and p >= 0.5
                fp += (not is_role) and p >= 0.5
                fn += is_role and p < 0.5
            if any(truth):
                pages_with += 1
                top_right += truth[int(probs[role].argmax())]
        precision = tp / (tp + fp) if tp + fp else 0.0
        print(f"| {role} | {tp + fn} | {precision:.3f} | {tp / (tp + fn) if tp + fn else 0:.3f} | {pages_with} | "
              f"{top_right} |")


def byline_names(line: str) -> list[str]:
    from articles.ingest.bylines import extract_authors, find_byline

    found = find_byline(line)
    if found is not None and found.authors:
        return [norm_text(a) for a in found.authors]
    return [norm_text(a) for a in extract_authors(line)[0]]


def field_report(collected, probabilities, thresholds) -> dict:
    """Today's byline and headline against them with the classifier's top line where the rules found none."""
    changes = {}
    print("\n| field | where | threshold | right before | right after | fixed | broken |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for threshold in thresholds:
        before = after = fixed = broken = 0
        for page, probs in zip(collected, probabilities):
            expected = [norm_text(a) for a in page["label"].get("byline", [])]
            got = page["authors"]
            if not got:
                top = int(probs["byline"].argmax())
                if probs["byline"][top] >= threshold:
                    got = byline_names(page["lines"][top])
            before += page["authors"] == expected
            after += got == expected
            fixed += got == expected and page["authors"] != expected
            broken += got != expected and page["authors"] == expected
            if got != page["authors"]:
                changes.setdefault(f"byline@{threshold}", []).append(
                    [page["label"]["file"], page["group"], got == expected, page["authors"] == expected])
        print(f"| byline | rules found none | {threshold} | {before} | {after} | {fixed} | {broken} |")
    for threshold in thresholds:
        before = after = fixed = broken = 0
        for page, probs in zip(collected, probabilities):
            wanted = norm_text(page["label"]["headline"]).casefold()

            def right(headline: str, proposed: bool) -> bool:
                return (not proposed and headline.casefold() == wanted) if wanted else (not headline or proposed)

            headline, proposed = page["headline"], page["proposed"]
            if not headline or proposed:
                top = int(probs["headline"].argmax())
                if probs["headline"][top] >= threshold:
                    headline, proposed = page["lines"][top], False
            was = right(page["headline"], page["proposed"])
            now = right(headline, proposed)
            before += was
            after += now
            fixed += now and not was
            broken += was and not now
            if (headline, proposed) != (page["headline"], page["proposed"]):
                changes.setdefault(f"headline@{threshold}", []).append([page["label"]["file"], page["group"], now, was])
        print(f"| headline | none or proposed | {threshold} | {before} | {after} | {fixed} | {broken} |")
    return changes


def _line_of(lines: list[str], text: str) -> int | None:
    folded = text.casefold()
    return next((i for i, line in enumerate(lines) if line.casefold() == folded), None)


def override_report(collected, probabilities) -> dict:
    """Where the rules claim a headline the classifier scores low and another line high: replace it (fixed / broken),
    or only warn (wrong picks caught / right picks flagged)."""
    changes = {}
    print("\n| headline claimed by the rules | its line below | top line above | fixed | broken | "
          "wrong caught by a warning | right flagged |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for low, high in ((0.1, 0.5), (0.1, 0.7), (0.2, 0.7), (0.05, 0.8), (0.3, 0.9)):
        fixed = broken = caught = flagged = 0
        for page, probs in zip(collected, probabilities):
            if not page["headline"] or page["proposed"]:
                continue
            index = _line_of(page["lines"], page["headline"])
            if index is None:
                continue
            wanted = norm_text(page["label"]["headline"]).casefold()
            top = int(probs["headline"].argmax())
            if top == index or probs["headline"][index] >= low or probs["headline"][top] < high:
                continue
            was = page["headline"].casefold() == wanted
            now = page["lines"][top].casefold() == wanted
            fixed += now and not was
            broken += was and not now
            caught += not was
            flagged += was
            changes.setdefault(f"headline-override@{low},{high}", []).append(
                [page["label"]["file"], page["group"], now, was])
        print(f"| | {low} | {high} | {fixed} | {broken} | {caught} | {flagged} |")
    print("\n| byline claimed by the rules: no line naming them scores above | wrong caught | right flagged |")
    print("|---:|---:|---:|")
    for low in (0.02, 0.05, 0.1, 0.2):
        caught = flagged = 0
        for page, probs in zip(collected, probabilities):
            if not page["authors"]:
                continue
            holding = [i for i, line in enumerate(page["lines"])
                       if any(a.casefold() in line.casefold() for a in page["authors"]) and len(line.split()) <= 20]
            if holding and max(probs["byline"][i] for i in holding) >= low:
                continue
            expected = [norm_text(a) for a in page["label"].get("byline", [])]
            caught += page["authors"] != expected
            flagged += page["authors"] == expected
        print(f"| {low} | {caught} | {flagged} |")
    return changes


WEIGHTS_FILE = HERE.parent / "articles" / "ingest" / "line_role_weights.json"


def write_weights(collected) -> None:
    """The headline model (logistic regression on standardised features) fitted on every page, as the product sums it."""
    from articles.ingest.line_roles import FEATURE_NAMES

    global MODEL
    MODEL = "logistic"
    model = fit([row for page in collected for row in page["features"]],
                [("headline" in roles) for page in collected for roles in page["roles"]])
    scaler, regression = model[0], model[-1]
    weights = {
        "features": list(FEATURE_NAMES),
        "mean": [round(float(v), 6) for v in scaler.mean_],
        "scale": [round(float(v), 6) if v else 1.0 for v in scaler.scale_],
        "coef": [round(float(v), 6) for v in regression.coef_[0]],
        "intercept": round(float(regression.intercept_[0]), 6),
    }
    WEIGHTS_FILE.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
    print(f"fitted on {len(collected)} pages -> {WEIGHTS_FILE}")


BLIND_BATCH = re.compile(r"^s1[3-6][a-z]$")  # the batches bench/blind_replay.py replays


def write_blind_probabilities(collected, path: Path) -> None:
    """Models fitted on the pages no blind batch holds (what existed before the blind probes), applied to the blind
    batches' lines: ``{file: {role: [probability per line]}}``."""
    train = [page for page in collected if not BLIND_BATCH.match(page["group"])]
    scored = [page for page in collected if BLIND_BATCH.match(page["group"])]
    rows = [row for page in train for row in page["features"]]
    out: dict[str, dict] = {page["label"]["file"]: {} for page in scored}
    for role in ("headline", "byline"):
        model = fit(rows, [role in roles for page in train for roles in page["roles"]])
        for page in scored:
            out[page["label"]["file"]][role] = [round(float(p), 4) for p in model.predict_proba(page["features"])[:, 1]]
    path.write_text(json.dumps(out), encoding="utf-8")
    print(f"fitted on {len(train)} pages, scored {len(scored)} blind pages -> {path}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--model", choices=("logistic", "boosting"), default="logistic")
    parser.add_argument("--blind-probabilities", metavar="FILE",
                        help="fit on the pages of no blind-replay batch (before s13a) and write the headline and byline "
                             "probabilities of the blind batches' lines (s13a-s16n), for bench/blind_patch_line_roles19.py")
    parser.add_argument("--write", action="store_true",
                        help="fit the headline model on every page read here and write articles/ingest/line_role_weights.json")
    parser.add_argument("--dump", help="write each page's changed fields (file names, no text) as JSON")
    args = parser.parse_args(argv)
    global MODEL
    MODEL = args.model
    setup_django()
    pages = load_pages()
    collected = collect(pages)
    counts = Counter(role for page in collected for roles in page["roles"] for role in roles)
    print(f"{len(collected)} pages, {sum(len(p['lines']) for p in collected)} lines, "
          f"{len({p['group'] for p in collected})} groups; lines per role: {dict(counts)}\n")
    if args.write:
        write_weights(collected)
        return 0
    if args.blind_probabilities:
        write_blind_probabilities(collected, Path(args.blind_probabilities))
        return 0
    probabilities = cross_validate(collected, args.folds)
    line_report(collected, probabilities)
    changes = field_report(collected, probabilities, (0.3, 0.5, 0.7, 0.9))
    changes.update(override_report(collected, probabilities))
    if args.dump:
        Path(args.dump).write_text(json.dumps(changes, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
