#!/usr/bin/env python
"""Write ``articles/ingest/known_names.txt``: the given names and surnames that Faker (MIT licence, a development
dependency) lists for every locale it has, folded as ``person_names.fold_name_word`` folds a byline's words.

The list lets the importer tell a person's name ("Keith Jackson") from a label or an outlet printed in a name's
shape ("Korea Bizwire", "Placeholder Image"). Faker's lists cover some 85 locales (Latin, Cyrillic, Greek, Arabic,
Devanagari and other scripts; romanised Chinese and Japanese names), so the test is not an English one only.

    .venv/bin/python bench/build_known_names.py
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

import faker  # noqa: E402
from faker.config import AVAILABLE_LOCALES  # noqa: E402

from articles.ingest.person_names import fold_name_word, is_name_word  # noqa: E402

OUT = REPO / "articles" / "ingest" / "known_names.txt"
ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
              "first_romanized_names", "last_names", "last_names_male", "last_names_female", "last_romanized_names")


def names_of(locale: str) -> set[str]:
    try:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    except ImportError:
        return set()
    found = set()
    for attribute in ATTRIBUTES:
        value = vars(provider).get(attribute)
        for cls in provider.__mro__[1:]:  # inherited lists (a locale that reuses its parent's)
            value = value if value is not None else vars(cls).get(attribute)
        if isinstance(value, dict):
            value = value.keys()
        if isinstance(value, (list, tuple, set, frozenset, type({}.keys()))):
            found.update(name for name in value if isinstance(name, str))
    return found


def main() -> None:
    words = set()
    for locale in AVAILABLE_LOCALES:
        for name in names_of(locale):
            words.update(fold_name_word(word) for word in name.replace("-", " ").split() if is_name_word(word))
    header = (f"# Given names and surnames of every locale of Faker {faker.VERSION} (MIT licence), folded; "
              "written by bench/build_known_names.py\n")
    OUT.write_text(header + "\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
