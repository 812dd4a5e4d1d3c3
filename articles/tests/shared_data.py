"""Test data built once per test module and read by many of its tests, as ``TestCase.setUpTestData`` does.

A module-scoped fixture made with ``once_per_module`` builds the data in a transaction of its own; pytest-django
runs each test in a savepoint inside it, so whatever a test writes rolls back with the test, and the test gets
deep copies of the objects, so changing them in Python does not reach the next test either. The transaction is
rolled back when the module ends.

A module also has tests that must not see the data (they count rows, or commit): before each such test the
data's transaction is rolled back, and it is built again for the next test that asks for it (each file's tests are
grouped by the data they want, ``grouped``, so that this happens once per file). Tests that commit
(``django_db(transaction=True)``, ``transactional_db``, ``live_server``) get the data built for them alone.
"""

import copy

import pytest
from django.db import transaction

_names = set()  # the per-test fixtures of every ``once_per_module`` (``world``, ``vocabulary``, …)
_alive = []  # the data of the module running now, whether built or not
_open = []  # the data whose transactions are open now, innermost last
_current = {"item": None}  # the test about to run


def commits(item):
    """Whether the test commits to the database, so it cannot run inside the module's transaction."""
    marker = item.get_closest_marker("django_db")
    return (
        bool(marker and (marker.kwargs.get("transaction") or (marker.args and marker.args[0])))
        or "transactional_db" in item.fixturenames or "live_server" in item.fixturenames
    )


class SharedData:
    def __init__(self, name, build, blocker):
        self.name, self.build, self.blocker = name, build, blocker
        self.data = self._atomic = None

    def wanted_by(self, item):
        return self.name in item.fixturenames and not commits(item)

    def open(self):
        with self.blocker.unblock():
            self._atomic = transaction.atomic()
            self._atomic.__enter__()
            try:
                self.data = self.build()
            except BaseException as error:
                self._atomic.__exit__(type(error), error, error.__traceback__)
                self._atomic = None
                raise
        _open.append(self)

    def close(self):
        with self.blocker.unblock():
            transaction.set_rollback(True)
            self._atomic.__exit__(None, None, None)
        self.data = self._atomic = None
        _open.remove(self)

    def for_test(self):
        """A deep copy of the shared objects, or, for a test that commits, the data built for it alone."""
        return copy.deepcopy(self.data) if self._atomic else self.build()


def once_per_module(name, build):
    """A module-scoped fixture holding ``build()``'s result for the per-test fixture ``name`` (see the docstring)."""
    _names.add(name)

    @pytest.fixture(scope="module")
    def shared(django_db_setup, django_db_blocker):
        data = SharedData(name, build, django_db_blocker)
        _alive.append(data)
        if data.wanted_by(_current["item"]):
            data.open()
        yield data
        while data in _open:  # with any opened after it
            _open[-1].close()
        _alive.remove(data)

    return shared


def before_test(item):
    """Roll back the shared data this test must not see (and any opened after it); build again what it wants."""
    _current["item"] = item
    wanted = [data for data in _alive if data.wanted_by(item)]
    keep = 0
    while keep < len(_open) and _open[keep] in wanted:
        keep += 1
    for data in reversed(_open[keep:]):
        data.close()
    for data in wanted:
        if data._atomic is None:
            data.open()


def grouped(items):
    """``items`` with each file's tests that want the same shared data next to each other, otherwise in order.

    The data is rolled back before a test that must not see it and built again for the next that wants it: a file
    whose tests took turns would build it many times. Each group stays where its first test was.
    """
    def wanted(item):
        return () if commits(item) else tuple(sorted(name for name in _names if name in item.fixturenames))

    files, groups = {}, {}
    for position, item in enumerate(items):
        files.setdefault(item.path, position)
        groups.setdefault((item.path, wanted(item)), position)
    return sorted(items, key=lambda item: (files[item.path], groups[(item.path, wanted(item))]))
