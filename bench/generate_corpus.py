"""Fill the database in DATABASE_URL with a synthetic news archive for the benchmarks.

    .venv/bin/python bench/generate_corpus.py --articles 1000000 --seed 1 [--until YYYY-MM-DD]

A development tool beside the benchmarks, not part of the product: the
generator (``bench/corpus/``) and NumPy are never installed in production.
``--help`` lists the options.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsarchive.settings")
    import django

    django.setup()
    from bench.corpus.command import Command

    Command().run_from_argv(["python", "bench/generate_corpus.py", *sys.argv[1:]])


if __name__ == "__main__":
    main()
