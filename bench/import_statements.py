#!/usr/bin/env python
"""Statements an imported article costs, and the database server's CPU for each kind of statement.

``pg_stat_statements`` is not loaded on every server, so the statements are
counted in Django (``connection.execute_wrapper``), and the server's CPU for
each is read from its backend process before and after (``/proc``: the
server must run on this machine; elsewhere only the counts are printed).
Runs ``import_articles --workers 1`` (one connection) on ``bench/import_speed.py``'s
generated articles in a throw-away test database, as that script does, and
prints per article: the client's CPU, the server's, the number of statements,
and each kind of statement by the server's CPU. The clock ticks every 10 ms,
so a kind's share is only meaningful summed over many batches (``-n`` 1000 or more).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/na_me .venv/bin/python bench/import_statements.py -n 1000
"""

import argparse
import io
import os
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
sys.path.insert(0, str(BENCH))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsarchive.settings")


class StatementCosts:
    """An ``execute_wrapper`` counting statements by their first words, with the backend's CPU seconds for each."""

    def __init__(self, connection):
        self.connection = connection
        self.count, self.server, self.client = Counter(), Counter(), Counter()
        self.tick = os.sysconf("SC_CLK_TCK")

    def _backend_cpu(self):
        pid = self.connection.connection.info.backend_pid if self.connection.vendor == "postgresql" else None
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, TypeError):
            return 0.0
        return (int(fields[11]) + int(fields[12])) / self.tick

    def __call__(self, execute, sql, params, many, context):
        key = re.sub(r"\s+", " ", sql[:200])[:72]
        server, client = self._backend_cpu(), time.process_time()
        try:
            return execute(sql, params, many, context)
        finally:
            self.server[key] += self._backend_cpu() - server
            self.client[key] += time.process_time() - client
            self.count[key] += 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=2, help="Imports into an emptied archive; the last is shown.")
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from import_speed import _empty_archive, generated_article

    test_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        call_command("load_countries", verbosity=0)
        call_command("load_entities", verbosity=0)
        from articles.ingest.current_matcher import get_matcher
        from articles.ingest.preview import load_shared_tables

        get_matcher()
        load_shared_tables()
        n = args.articles
        with tempfile.TemporaryDirectory() as folder:
            for number in range(n):
                Path(folder, f"{number:05d}.txt").write_text(generated_article(number), encoding="utf-8")
            for attempt in range(1, args.repeat + 1):
                _empty_archive()
                costs = StatementCosts(connection)
                started = time.process_time()
                with connection.execute_wrapper(costs):
                    call_command("import_articles", folder, progress=False, stdout=io.StringIO(), workers=1)
                client = time.process_time() - started
                print(f"run {attempt} ({connection.vendor}, {n} articles, load {os.getloadavg()[0]:.1f}): CPU ms an "
                      f"article: client {1000 * client / n:.2f}, server {1000 * sum(costs.server.values()) / n:.2f}; "
                      f"{sum(costs.count.values()) / n:.3f} statements an article")
        for key, seconds in sorted(costs.server.items(), key=lambda item: (-item[1], -costs.count[item[0]])):
            print(f"  {costs.count[key]:6d}  server {1000 * seconds / n:6.3f}  client {1000 * costs.client[key] / n:6.3f}"
                  f"  {key}")
    finally:
        connection.creation.destroy_test_db(test_name, verbosity=0)


if __name__ == "__main__":
    main()
