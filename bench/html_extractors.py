#!/usr/bin/env python
"""The importer's own HTML extraction beside trafilatura and htmldate, on the labelled HTML pages.

Compares, per page: the headline, the publication instant, the byline (authors in order) and
how much of the body each keeps (the share of the importer's body words found in the
extractor's text, and the reverse). trafilatura and htmldate are development tools here
(`pip install trafilatura htmldate`); the product does not depend on them.

    .venv/bin/python bench/html_extractors.py
"""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from accuracy import name_key, norm_text, setup_django  # noqa: E402

SETS = [HERE / "accuracy", HERE / "accuracy" / "holdout", HERE / "accuracy" / "real" / "dev",
        HERE / "accuracy" / "real" / "test"]


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w{3,}", (text or "").casefold()))


def main() -> int:
    import htmldate
    import trafilatura

    setup_django()
    from articles.ingest.parsing import parse_file

    rows = []
    for directory in SETS:
        labels_file = directory / "labels.json"
        if not labels_file.exists():
            continue
        for label in json.loads(labels_file.read_text(encoding="utf-8")):
            if not label["file"].endswith((".html", ".htm")):
                continue
            raw = (directory / "articles" / label["file"]).read_bytes()
            ours = parse_file(label["file"], raw)[0]
            html = raw.decode("utf-8", errors="replace")
            extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
            extracted = extracted.as_dict() if hasattr(extracted, "as_dict") else (extracted or {})
            found_date = htmldate.find_date(html, extensive_search=False, outputformat="%Y-%m-%dT%H:%M:%S%z",
                                            original_date=True)
            expected = datetime.fromisoformat(label["published"]) if label.get("published") else None
            theirs_date = None
            if found_date:
                theirs_date = datetime.fromisoformat(found_date)
                theirs_date = theirs_date if theirs_date.tzinfo else theirs_date.replace(tzinfo=timezone.utc)
            our_body, their_body = _words(" ".join(ours.paragraphs)), _words(extracted.get("text") or "")
            rows.append({
                "file": label["file"],
                "date": (expected == ours.published, expected is not None and expected == theirs_date,
                         expected is not None and theirs_date is not None and expected.date() == theirs_date.date()),
                "byline": ([norm_text(a) for a in label.get("byline", [])] == ours.authors,
                           [name_key(a) for a in label.get("byline", [])]
                           == [name_key(a) for a in re.split(r";\s*|,\s*|\s+and\s+", extracted.get("author") or "") if a]),
                "body_kept": (len(our_body & their_body) / len(our_body) if our_body else 0.0,
                              len(our_body & their_body) / len(their_body) if their_body else 0.0),
            })
    n = len(rows)
    print(f"{n} labelled HTML pages\n")
    print("| | the importer | trafilatura / htmldate |")
    print("|---|---:|---:|")
    print(f"| publication instant right | {sum(r['date'][0] for r in rows)}/{n} | {sum(r['date'][1] for r in rows)}/{n} "
          f"(date alone: {sum(r['date'][2] for r in rows)}/{n}) |")
    print(f"| byline right | {sum(r['byline'][0] for r in rows)}/{n} | {sum(r['byline'][1] for r in rows)}/{n} |")
    ours_in_theirs = sum(r["body_kept"][0] for r in rows) / n if n else 0
    theirs_in_ours = sum(r["body_kept"][1] for r in rows) / n if n else 0
    print(f"| body words shared | {theirs_in_ours:.2f} of theirs in ours | {ours_in_theirs:.2f} of ours in theirs |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
