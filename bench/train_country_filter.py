#!/usr/bin/env python
"""Would a learned filter on the tagger's countries raise their precision? Fitted and judged on the development part.

Each development page is parsed and tagged as the accuracy script does it; every country the tagger
keeps is an example, described by how the article names it as a whole (how often, where first and
last, in the headline or the lead, by name, demonym or another name, only in quotes, only on short
lines, its share of all country mentions ...), positive when the page's labels hold it. A logistic
regression (scikit-learn) scores them. The filter drops a country scoring below a threshold. It is judged by
cross-validation with whole outlets held out (GroupKFold): out-of-fold scores for every example,
and a threshold chosen inside each training part (by an inner cross-validation by outlet) so the
held-out outlets never choose it. Precision and recall count every labelled country, found or not.
It did not help (BENCHMARKS.md, issue 12), so the product has no such filter; this is the measurement.

    .venv/bin/python bench/train_country_filter.py           # compare, cross-validated
    .venv/bin/python bench/train_country_filter.py --curve   # ... and precision/recall at fixed thresholds
    .venv/bin/python bench/train_country_filter.py --raw     # ... also learning from whole saved pages
    .venv/bin/python bench/train_country_filter.py --test-totals  # the test part's totals only, with and without
    .venv/bin/python bench/train_country_filter.py --context --home  # more features (see --help)
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from accuracy import setup_django  # noqa: E402

DEV = HERE / "accuracy" / "real" / "dev"
SHORT_LINE_WORDS = 12  # a heading, a caption's label or a list item rather than a sentence
LEAD_BLOCKS = 3  # the headline, the standfirst or caption, the first paragraph
_QUOTES = ('"', "\u201c", "\u201d")
CONTEXT_FEATURES = False  # --context: the words around each mention too
HOME_COUNTRY = False  # --home: the outlet's country-code domain ending as a feature (the importer does not know it)
MIN_RECALL_LOST = 0.01  # the threshold may cost at most this share of the tags that were right


# --- features of a tagged country: how the article names it, as a whole ---------------------------


def counted_spans(match, text: str, end: int) -> list:
    """The mentions of ``match`` that the tagger counts as the article's: not inside another name, not a city
    standing for itself, before the page's furniture (``end``), not on a label line."""
    from articles.ingest.boilerplate_labels import in_a_label_line

    return [s for s in match.spans if not s.weak and not s.city and s.start < end and not in_a_label_line(text, s.start, s.end)]


def _block_starts(text: str, end: int) -> list[int]:
    starts, at = [0], text.find("\n\n", 0, end)
    while at >= 0:
        starts.append(at + 2)
        at = text.find("\n\n", at + 2, end)
    return starts


def _block_of(starts: list[int], offset: int) -> int:
    low, high = 0, len(starts) - 1
    while low < high:  # the last block starting at or before the offset
        middle = (low + high + 1) // 2
        if starts[middle] <= offset:
            low = middle
        else:
            high = middle - 1
    return low


def _in_quote(text: str, block_start: int, offset: int) -> bool:
    """An odd number of double quotes before the name in its paragraph: it stands inside a quotation."""
    before = text[block_start:offset]
    return sum(before.count(q) for q in _QUOTES) % 2 == 1


def _on_short_line(text: str, start: int, end: int) -> bool:
    from articles.ingest.boilerplate import SENTENCE_END_RE

    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    return len(line.split()) <= SHORT_LINE_WORDS and not SENTENCE_END_RE.search(line)


_LOCATIVES = frozenset({"in", "at", "from", "to", "near", "across", "visit", "visited", "visiting"})
_GOVERNMENT_WORDS = frozenset({"government", "president", "minister", "ministry", "prime", "embassy", "officials",
                               "authorities", "army", "military", "forces", "police", "parliament", "foreign"})


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    """The word before the name and the word after it, as written ("" at the edge of a line)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 30) : start].split()
    line_end = text.find("\n", end)
    after = text[end : min(len(text) if line_end < 0 else line_end, end + 30)].split()
    return (before[-1] if before else ""), (after[0] if after else "")


def _share(spans, test) -> float:
    return sum(1 for s in spans if test(s)) / len(spans) if spans else 0.0


def country_features(countries: list, text: str, end: int) -> list[dict[str, float]]:
    """Features of each country match in ``countries`` (EntityMatch objects with their spans), in order.
    ``end`` is where the page's furniture begins (the text's length when there is none)."""
    from articles.ingest.countries import demonym_forms

    end = min(end, len(text)) or 1
    demonyms = demonym_forms()
    blocks = _block_starts(text, end)
    counted = [counted_spans(m, text, end) or [s for s in m.spans if not s.weak] or m.spans for m in countries]
    total = sum(len(spans) for spans in counted) or 1
    most = max((len(spans) for spans in counted), default=0)
    own_names = {id(m): " ".join(m.name.lower().replace("-", " ").split()) for m in countries}
    out = []
    for match, spans in zip(countries, counted):
        n = len(spans)
        where = [_block_of(blocks, s.start) for s in spans]
        firsts = [s.start for s in spans]
        forms = {s.form for s in spans}
        own = own_names[id(match)]
        contexts = {s: _context(text, s.start, s.end) for s in spans} if CONTEXT_FEATURES else {}
        out.append({
            "bias": 1.0,
            "mentions": min(n, 10) / 10,
            "log mentions": math.log1p(n),
            "one mention": float(n == 1),
            "share of country mentions": n / total,
            "most named country": float(n == most),
            "countries named": min(len(countries), 10) / 10,
            "first mention position": min(firsts) / end,
            "last mention position": max(firsts) / end,
            "in first block": float(0 in where),
            "in lead": float(min(where) < LEAD_BLOCKS),
            "paragraphs naming it": len(set(where)) / len(blocks),
            "only in last paragraph": float(min(where) == len(blocks) - 1 and len(blocks) > LEAD_BLOCKS),
            "by its name": float(own in forms),
            "only by demonym": float(all(f in demonyms for f in forms)),
            "only by another name": float(own not in forms and not any(f in demonyms for f in forms)),
            "only in quotes": float(all(_in_quote(text, blocks[b], s.start) for b, s in zip(where, spans))),
            "only on short lines": float(all(_on_short_line(text, s.start, s.end) for s in spans)),
            **({} if not CONTEXT_FEATURES else {
            "after a locative": _share(spans, lambda s: contexts[s][0].lower() in _LOCATIVES),
            "after a capitalised word": _share(spans, lambda s: contexts[s][0][:1].isupper()),
            "before a capitalised word": _share(spans, lambda s: contexts[s][1][:1].isupper()),
            "possessive": _share(spans, lambda s: text[s.end : s.end + 1] in ("'", "\u2019")),
            "in brackets": _share(spans, lambda s: contexts[s][0][-1:] in ("(", "[") or contexts[s][1][:1] in (")", "]")),
            "beside government words": float(any(
                w.lower().strip(".,;:'\u2019s") in _GOVERNMENT_WORDS for s in spans for w in contexts[s])),
            }),
            "mentions not counted": (len(match.spans) - n) / len(match.spans) if match.spans else 0.0,
        })
    return out


# --- fitting and judging ---------------------------------------------------------------------------


@dataclass
class Example:
    file: str
    outlet: str
    iso: str
    features: dict
    right: bool


def examples(raw: bool = False, part: Path = DEV) -> tuple[list[Example], int]:
    """Every country the tagger keeps on a development page, and how many labelled countries it misses.
    ``raw``: the whole saved page is tagged instead of what the parser kept (menus, other stories, footers
    and all), so the tagger makes the mistakes a parser that does not know the layout would cause."""
    from articles.ingest.boilerplate import other_items_start, page_furniture_start, teaser_end
    from articles.ingest.parsing import parse_file
    from articles.ingest.article_text import tagging_text
    from articles.ingest.tagging import Matcher, country_vocabulary, starter_vocabulary

    matcher = Matcher(list(country_vocabulary()) + list(starter_vocabulary()))
    found, missed = [], 0
    for label in json.loads((part / "labels.json").read_text(encoding="utf-8")):
        data = (part / "articles" / label["file"]).read_bytes()
        if raw:
            text = data.decode("utf-8", "replace").strip()
            if text[:1] in "<{[":
                continue  # markup or JSON: not what any parser hands the tagger
            text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
        else:
            article = parse_file(label["file"], data, source_tz=label.get("source_tz") or None)[0]
        text = text if raw else tagging_text(
            headline=article.headline or "", headline_proposed=bool(article.headline_proposed),
            standfirst=article.standfirst or "", image_caption=article.image_caption or "",
            body_text="\n\n".join(article.paragraphs),
        )
        countries = [e for e in matcher.tag(text).entities if e.kind == "country"]
        expected = {code.upper() for code in label.get("countries", [])}
        missed += len(expected - {c.iso_code for c in countries})
        end = min(page_furniture_start(text), other_items_start(text), teaser_end(text)) if countries else len(text)
        home = label["outlet_domain"].rsplit(".", 1)[-1].upper().replace("UK", "GB")
        for match, features in zip(countries, country_features(countries, text, end)):
            if HOME_COUNTRY:
                features["outlet's country by its domain"] = float(match.iso_code == home)
            found.append(Example(label["file"], label["outlet_domain"], match.iso_code, features, match.iso_code in expected))
    return found, missed


def fit(data: list[Example], c: float):
    from sklearn.linear_model import LogisticRegression

    names = sorted({k for e in data for k in e.features} - {"bias"})
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    model.fit([[e.features.get(k, 0.0) for k in names] for e in data], [int(e.right) for e in data])
    weights = {name: float(w) for name, w in zip(names, model.coef_[0])}
    weights["bias"] = float(model.intercept_[0])
    return weights


def scores(data: list[Example], weights: dict) -> list[float]:
    """The fitted model's log-odds that the page is about the country, for each example."""
    return [sum(weights.get(name, 0.0) * value for name, value in e.features.items()) for e in data]


def tally(data: list[Example], kept: list[bool], missed: int) -> tuple[float, float, int, int, int]:
    tp = sum(e.right and k for e, k in zip(data, kept))
    fp = sum(not e.right and k for e, k in zip(data, kept))
    fn = missed + sum(e.right and not k for e, k in zip(data, kept))
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), tp, fp, fn


def choose_threshold(data: list[Example], c: float, extra: list[Example] = ()) -> float:
    """The threshold that drops most wrong tags while losing at most MIN_RECALL_LOST of the right ones,
    judged on out-of-fold scores of an inner cross-validation by outlet."""
    from sklearn.model_selection import GroupKFold

    oof = [0.0] * len(data)
    for train, test in GroupKFold(n_splits=4).split(data, groups=[e.outlet for e in data]):
        held_out = {data[i].outlet for i in test}
        weights = fit([data[i] for i in train] + [e for e in extra if e.outlet not in held_out], c)
        for i, s in zip(test, scores([data[i] for i in test], weights)):
            oof[i] = s
    right = sorted(s for s, e in zip(oof, data) if e.right)
    allowed = int(len(right) * MIN_RECALL_LOST)
    return right[allowed] - 1e-9 if right else 0.0  # drop scores below the (allowed+1)-th lowest right one


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--curve", action="store_true", help="precision and recall of out-of-fold scores at thresholds")
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--raw", action="store_true",
                        help="also learn from the whole saved pages tagged as they are (training outlets only)")
    parser.add_argument("--test-totals", action="store_true",
                        help="the sealed test part's totals (never its tags) with and without the filter fitted on dev")
    parser.add_argument("--list", action="store_true", help="list the development examples by out-of-fold score")
    parser.add_argument("--context", action="store_true", help="add features of the words around each mention")
    parser.add_argument("--home", action="store_true", help="add the outlet's country by its domain ending as a feature")
    args = parser.parse_args()
    global HOME_COUNTRY, CONTEXT_FEATURES
    HOME_COUNTRY, CONTEXT_FEATURES = args.home, args.context
    setup_django()
    from sklearn.model_selection import GroupKFold

    data, missed = examples()
    raw = examples(raw=True)[0] if args.raw else []
    if raw:
        print(f"and {len(raw)} tags on the whole saved pages, {sum(not e.right for e in raw)} wrong, to learn from")
    print(f"{len(data)} country tags on development pages, {sum(not e.right for e in data)} wrong; "
          f"{missed} labelled countries not tagged")
    outlets = [e.outlet for e in data]
    oof, kept = [0.0] * len(data), [True] * len(data)
    for train, test in GroupKFold(n_splits=5).split(data, groups=outlets):
        held_out = {outlets[i] for i in test}
        part = [data[i] for i in train] + [e for e in raw if e.outlet not in held_out]
        weights = fit(part, args.c)
        threshold = choose_threshold([data[i] for i in train], args.c, [e for e in raw if e.outlet not in held_out])
        for i, s in zip(test, scores([data[i] for i in test], weights)):
            oof[i], kept[i] = s, s >= threshold
    for name, keep in (("tagger as is", [True] * len(data)), ("tagger + filter, 5-fold by outlet", kept)):
        precision, recall, tp, fp, fn = tally(data, keep, missed)
        print(f"{name:36} precision {precision:.3f} ({tp}/{tp + fp})  recall {recall:.3f} ({tp}/{tp + fn})")
    if args.curve:
        for threshold in (-3, -2, -1.5, -1, -0.5, 0, 0.5, 1):
            precision, recall, tp, fp, fn = tally(data, [s >= threshold for s in oof], missed)
            print(f"  out-of-fold score >= {threshold:5}: precision {precision:.3f} ({tp}/{tp + fp})  recall {recall:.3f}")
    from sklearn.metrics import roc_auc_score

    print(f"out-of-fold ROC AUC (right against wrong tags): {roc_auc_score([e.right for e in data], oof):.3f}")
    if args.list:
        for s, e in sorted(zip(oof, data), key=lambda pair: pair[0])[:40]:
            print(f"  {s:6.2f} {'right' if e.right else 'WRONG'} {e.iso} {e.file}")
    weights = fit(data + raw, args.c)
    weights["threshold"] = choose_threshold(data, args.c, raw)
    print("weights fitted on all of dev:", {k: round(v, 2) for k, v in sorted(weights.items(), key=lambda kv: kv[1])})
    if args.test_totals:
        test, test_missed = examples(part=DEV.parent / "test")
        for name, keep in (("test: tagger as is", [True] * len(test)),
                           ("test: tagger + filter fitted on dev", [s >= weights["threshold"] for s in scores(test, weights)])):
            precision, recall, tp, fp, fn = tally(test, keep, test_missed)
            print(f"{name:36} precision {precision:.3f} ({tp}/{tp + fp})  recall {recall:.3f} ({tp}/{tp + fn})")
        print(f"test: ROC AUC of the dev-fitted scores: {roc_auc_score([e.right for e in test], scores(test, weights)):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
