"""`make bench-smoke`: the generator's tests, then the whole benchmark at 1,000 articles on a throwaway database.

The tests (``bench/tests/``, on pytest's own test database) are not part of
``make test``: the generator is a development tool, not the product. The
benchmark runs on SQLite by default (a file in the temporary directory); when
DATABASE_URL points at PostgreSQL, on a database ``newsarchive_bench_smoke``
on that server, dropped and created afresh. Exits non-zero only when something broke (a
command failed, a page answered 5xx or not at all), never because of a
timing: CI runs it so the benchmark keeps working, not to judge speed.
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = 1_000
SMOKE_DATABASE = "newsarchive_bench_smoke"


def fresh_postgresql(url):
    import psycopg

    parts = urlsplit(url)
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {SMOKE_DATABASE} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {SMOKE_DATABASE}")
    return urlunsplit(parts._replace(path=f"/{SMOKE_DATABASE}"))


def run(env, *command):
    print("+", " ".join(command), flush=True)
    subprocess.run([sys.executable, *command], cwd=ROOT, env=env, check=True)


def main():
    started = time.monotonic()
    given = os.environ.get("DATABASE_URL", "")
    with tempfile.TemporaryDirectory(prefix="newsarchive-bench-smoke-") as scratch:
        if given.startswith(("postgres://", "postgresql://")):
            url = fresh_postgresql(given)
        else:
            url = f"sqlite:///{scratch}/smoke.sqlite3"
        env = {**os.environ, "DATABASE_URL": url}
        try:
            run(os.environ, "-m", "pytest", "-q", "-p", "no:cacheprovider", "bench/tests")
            run(env, "manage.py", "migrate", "--noinput", "-v0")
            run(env, "manage.py", "load_countries", "-v0")
            run(env, "bench/generate_corpus.py", "--articles", str(ARTICLES), "--seed", "1")
            run(env, "bench/pages.py", "--smoke")
        except subprocess.CalledProcessError as error:
            print(f"bench-smoke FAILED: {error}", file=sys.stderr)
            return 1
    print(f"bench-smoke passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
