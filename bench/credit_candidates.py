#!/usr/bin/env python
"""How much a learned chooser among image-credit lines could gain on the development part.

Before fitting a chooser for the credit (as ``bench/train_byline.py`` does for the byline), count what
it could choose from: every line of the head and of the story's first lines that the credit shapes
(``credits.split_credit``) read a credit from. A chooser can only fix a page whose right credit is
among them; pages whose credit no shape reads need a new shape, not a ranking.

    .venv/bin/python bench/credit_candidates.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from accuracy import norm_text, setup_django  # noqa: E402

DEV = HERE / "accuracy" / "real" / "dev"
STORY_LINES = 8  # as parsing_body's lead-picture window


def main() -> int:
    setup_django()
    from articles.ingest import parsing
    from articles.ingest.credits import split_credit

    layouts = []
    original = parsing.analyse_units

    def recording(*args, **kwargs):
        layouts.append(original(*args, **kwargs))
        return layouts[-1]

    parsing.analyse_units = recording
    pages = right = reachable = several = 0
    for label in json.loads((DEV / "labels.json").read_text(encoding="utf-8")):
        layouts.clear()
        article = parsing.parse_file(label["file"], (DEV / "articles" / label["file"]).read_bytes(),
                                     source_tz=label.get("source_tz") or None)[0]
        expected, got = norm_text(label.get("image_credit", "")), norm_text(article.image_credit)
        credits = set()
        if layouts:
            layout = layouts[0]
            for unit in layout.units[: layout.body_start + STORY_LINES]:
                found = split_credit(unit.lstrip("•·▪ "))
                if found and found.credit:
                    credits.add(norm_text(found.credit))
        pages += 1
        right += expected == got
        reachable += expected == got or not expected or expected in credits
        several += len(credits) > 1
    parsing.analyse_units = original
    print(f"{pages} development pages: the rules' credit right on {right}; the right credit (or none) among the "
          f"lines a credit shape reads on {reachable}; more than one such credit on {several}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
