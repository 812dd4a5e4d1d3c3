"""A learned filter on the tagger's countries, for ``bench/blind_replay.py --patch`` and ``bench/country_filter_cv.py``.

Wraps ``Matcher.tag`` of whatever code is imported (a probe commit's or today's): each country it returns is
described by how the text names it (``features``); with ``COUNTRY_FILTER_DUMP=FILE`` every country is written to
FILE (one JSON line: file, batch, iso, right, features) for fitting; with ``COUNTRY_FILTER_WEIGHTS=FILE`` (a JSON
object of weights and a ``threshold``) the countries scoring below the threshold are dropped; a weights file with
``per_batch`` (batch -> weights) and ``all`` gives each batch the model fitted without it. The features use nothing but the text and the tagger's spans, so they run
on every probe commit's code alike."""

import json
import math
import os
import re

import accuracy_real
from articles.ingest import boilerplate, tagging

DUMP = os.environ.get("COUNTRY_FILTER_DUMP")
WEIGHTS = json.load(open(os.environ["COUNTRY_FILTER_WEIGHTS"])) if os.environ.get("COUNTRY_FILTER_WEIGHTS") else None
_SENTENCE_END = re.compile(r"[.!?…:;\"”’)»]\s*$")
_WORD = re.compile(r"[\w’'-]+")
_LOCATIVE = frozenset("in at from to into across near inside outside within throughout en à au aux a em no na nos del de".split())
_CURRENT: dict = {}


def _line_of(text, start, end):
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, (len(text) if line_end < 0 else line_end)


def _neighbours(text, start, end):
    """The word before the mention on its line (and the one before that) and the word after it."""
    line_start, line_end = _line_of(text, start, end)
    before = _WORD.findall(text[max(line_start, start - 60) : start])
    after = _WORD.findall(text[end : min(line_end, end + 60)])
    return before[-2:], (after[0] if after else "")


def _capitalised(word):
    return bool(word) and word[0].isupper()


def features(entities, text):
    """One dict of features per country entity of ``entities`` (in order)."""
    countries = [e for e in entities if e.kind == "country"]
    length = max(len(text), 1)
    try:
        end = min(boilerplate.article_end(text), len(text)) or length
    except Exception:  # noqa: BLE001 -- an old probe's helper on an odd text
        end = length
    blocks = [0] + [m.end() for m in re.finditer(r"\n\n", text)]
    n_blocks = len(blocks)

    def block(offset):
        low = 0
        for i, b in enumerate(blocks):
            if b <= offset:
                low = i
        return low

    counted_all = {}
    for e in countries:
        spans = list(e.spans)
        counted = [s for s in spans if not s.weak and not s.city and s.start < end]
        counted_all[e.iso_code] = counted or [s for s in spans if not s.weak] or spans
    total = sum(len(v) for v in counted_all.values()) or 1
    most = max((len(v) for v in counted_all.values()), default=0)
    out = []
    for e in countries:
        spans = list(e.spans)
        counted = counted_all[e.iso_code]
        n = len(counted)
        where = [block(s.start) for s in counted]
        caps_before = caps_after = of_name = locative = short = dateline = 0
        for s in counted:
            before, after = _neighbours(text, s.start, s.end)
            prev = before[-1] if before else ""
            line_start, line_end = _line_of(text, s.start, s.end)
            line = text[line_start:line_end].strip()
            at_line_start = not text[line_start : s.start].strip()
            # a capitalised word before it that does not open a sentence: inside a run of capitalised words
            if _capitalised(prev) and not re.search(r"[.!?:]\s*$", text[max(line_start, s.start - 4) : s.start]):
                caps_before += 1
            if _capitalised(after) and text[s.end : s.end + 1] in (" ", "-"):
                caps_after += 1
            if prev.lower() in ("of", "de", "du", "des", "di", "do", "da") and len(before) > 1 and _capitalised(before[0]):
                of_name += 1
            if prev.lower() in _LOCATIVE:
                locative += 1
            if len(line.split()) <= 12 and not _SENTENCE_END.search(line):
                short += 1
            if not at_line_start and re.match(r"[A-ZÀ-Þ][A-ZÀ-Þ .'-]+,\s*$", text[line_start : s.start]):
                dateline += 1
        firsts = [s.start for s in counted]
        out.append({
            "log mentions": math.log1p(n),
            "one mention": float(n == 1),
            "share of country mentions": n / total,
            "most named": float(n == most),
            "log countries": math.log1p(len(countries)),
            "log length": math.log1p(len(text)) / 10,
            "first position": min(firsts) / length,
            "last position": max(firsts) / length,
            "first position in article": min(1.0, min(firsts) / end),
            "text cut before end": float(end < len(text)),
            "in headline": float(0 in where),
            "in lead": float(min(where) < 3),
            "paragraphs naming it": len(set(where)) / n_blocks,
            "weak share": sum(1 for s in spans if s.weak) / len(spans),
            "city share": sum(1 for s in spans if s.city) / len(spans),
            "after end share": sum(1 for s in spans if s.start >= end) / len(spans),
            "capitalised before": caps_before / n,
            "capitalised after": caps_after / n,
            "of a name": of_name / n,
            "locative": locative / n,
            "short lines": short / n,
            "dateline": dateline / n,
            "own name": float(any(s.form == e.name.lower() for s in counted)),
        })
    return countries, out


def score(weights, row):
    return weights.get("bias", 0.0) + sum(weights.get(k, 0.0) * v for k, v in row.items())


_original_tag = tagging.Matcher.tag


def tag(self, text, *args, **kwargs):
    result = _original_tag(self, text, *args, **kwargs)
    label = _CURRENT.get("label")
    if label is None or not any(e.kind == "country" for e in result.entities):
        return result
    countries, rows = features(result.entities, text)
    if DUMP:
        expected = {c.upper() for c in label.get("countries", [])}
        with open(DUMP, "a", encoding="utf-8") as out:
            for e, row in zip(countries, rows):
                counted = [s for s in e.spans if not s.weak and not s.city][:3]
                out.write(json.dumps({"file": label["file"], "batch": label.get("batch", ""), "iso": e.iso_code,
                                      "right": e.iso_code in expected, "features": row,
                                      "contexts": [text[max(0, s.start - 50) : s.end + 50] for s in counted]},
                                     ensure_ascii=False) + "\n")
    if WEIGHTS:
        weights = WEIGHTS
        if "per_batch" in WEIGHTS:  # each batch judged by a model fitted without it
            weights = WEIGHTS["per_batch"].get(label.get("batch", ""), WEIGHTS["all"])
        dropped = {id(e) for e, row in zip(countries, rows) if score(weights, row) < weights["threshold"]}
        result.entities = [e for e in result.entities if id(e) not in dropped]
    return result


tagging.Matcher.tag = tag
_original_score = accuracy_real._score


def _score(report, label, *args):
    _CURRENT["label"] = label
    try:
        return _original_score(report, label, *args)
    finally:
        _CURRENT["label"] = None


accuracy_real._score = _score
