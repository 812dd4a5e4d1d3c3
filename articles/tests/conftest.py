import pytest
from django.contrib.auth import get_user_model

from articles.admin.editors import ensure_editors_group
from articles.tests import shared_data
from articles.tests.import_helpers import make_vocabulary
from articles.tests.public_world import world_once  # noqa: F401 - fixture, for every module that imports world


@pytest.hookimpl(tryfirst=True)  # before the test's fixtures, so before its transaction
def pytest_runtest_setup(item):
    shared_data.before_test(item)


def pytest_collection_modifyitems(items):
    """Each file's tests grouped by the shared data they want, so that it is built once per file (before the root
    conftest orders the files)."""
    items[:] = shared_data.grouped(items)


vocabulary_once = shared_data.once_per_module("vocabulary", make_vocabulary)


@pytest.fixture
def vocabulary(vocabulary_once, db):
    """The import tests' small vocabulary (``import_helpers.make_vocabulary``), built once per module."""
    return vocabulary_once.for_test()


@pytest.fixture
def no_page_cache(settings):
    """For tests of the views and fragment caches beneath the page cache: every GET runs the view."""
    settings.PAGE_CACHE_TIMEOUT = 0


@pytest.fixture
def editor(db):
    """A member of the editors' group, as the admin's tests and the import tests log in."""
    user = get_user_model().objects.create_user("editor", password="a-long-test-password", is_staff=True)
    user.groups.add(ensure_editors_group())
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client
