"""Real-browser tests: Playwright driving Debian's Chromium against pytest-django's live server.

One Chromium for the whole browser package, one context and page per test
file, emptied between its tests (cookies, cache, stored data). Without Chromium the tests are skipped with the reason, except in CI
(``CI=true``), where a missing browser fails them so that CI cannot pass
without running them.
"""

import os
from copy import deepcopy
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from playwright.sync_api import sync_playwright

from articles.tests.public_world import at, build_world, find_in_vocabulary

CHROMIUM = Path("/usr/bin/chromium")
# Playwright cannot download its own browsers here; these flags keep Debian's
# Chromium from reaching the network or needing a GPU or a sandbox.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def _unavailable(reason):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} — in CI the browser tests must run, not be skipped", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="package")
def browser():
    if not CHROMIUM.exists():
        _unavailable(f"Chromium is not installed at {CHROMIUM}: apt-get install chromium chromium-driver (see .ci/run)")
    # Playwright's sync API keeps an asyncio loop running in this thread while
    # it is started, which trips Django's guard against database calls from
    # async code; the tests are synchronous, so the guard is lifted for as
    # long as the browser lives, and only then.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    playwright = sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
    finally:
        playwright.stop()
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="module")
def _tab(browser, live_server):
    """One context and page for a test file's tests, emptied between them (``_browse``): a renderer process and a
    context each test would otherwise start again in Chromium."""
    context = browser.new_context(base_url=live_server.url, viewport=DESKTOP, locale="en-GB", timezone_id="UTC")
    context.set_default_timeout(10_000)
    page = context.new_page()
    tab = SimpleNamespace(page=page, devtools=context.new_cdp_session(page), origin=live_server.url, violations=[])
    page.on("console", lambda message: _note_csp_violation(message, page, tab.violations))
    yield tab
    context.close()


def _note_csp_violation(message, page, violations):
    """Chromium reports every resource, script or style the policy blocks as a console error."""
    if message.type == "error" and "Content Security Policy" in message.text:
        violations.append(f"{page.url}: {message.text}")


def _browse(tab, viewport):
    """The file's page at ``viewport``, as a fresh context would give it: no cookies, no cache, no stored data, and
    the last test's document gone."""
    page = tab.page
    page.set_viewport_size(viewport)
    tab.violations.clear()
    try:
        yield page
    finally:
        page.goto("about:blank")  # the test's document unloaded: none of its scripts or requests outlive it
        page.context.clear_cookies()
        tab.devtools.send("Network.clearBrowserCache")
        tab.devtools.send("Storage.clearDataForOrigin", {"origin": tab.origin, "storageTypes": "all"})
    assert not tab.violations, "the browser reported Content-Security-Policy violations:\n" + "\n".join(tab.violations)


@pytest.fixture
def page(_tab):
    """A desktop-sized page with no cookies, cache or stored data, whose relative URLs go to the live server; the
    test fails if the browser reports a Content-Security-Policy violation on any page it visits."""
    yield from _browse(_tab, DESKTOP)


@pytest.fixture
def phone_page(_tab):
    """A page 390 CSS pixels wide, an iPhone's (checked for policy violations as ``page`` is)."""
    yield from _browse(_tab, PHONE)


_BUILT_ONCE = {}  # what a fixture built for the first test: {name: (a copy of what it returned, the tables copied)}


def _built_once(name, models, build):
    """``build()`` for the first test that asks; for the tests after it, the same rows written back.

    Every row of ``models``' tables (those ``build`` writes) is copied to a table beside its own, which emptying
    the database after each test leaves alone; later tests get the rows copied back in one statement a table,
    with their ids (the database's own triggers fill in what they derive from them), and a copy of what ``build``
    returned.
    """
    from django.core.management.color import no_style
    from django.db import connection

    quote = connection.ops.quote_name
    if name not in _BUILT_ONCE:
        built = build()
        copies = []
        with connection.cursor() as cursor:
            for model in models:
                table, copy = model._meta.db_table, f"test_copy_of_{model._meta.db_table}"
                columns = ", ".join(quote(field.column) for field in model._meta.concrete_fields if not field.generated)
                cursor.execute(f"DROP TABLE IF EXISTS {quote(copy)}")  # a database kept from an earlier run
                cursor.execute(f"CREATE TABLE {quote(copy)} AS SELECT {columns} FROM {quote(table)}")
                copies.append((table, copy, columns))
        _BUILT_ONCE[name] = (deepcopy(built), copies)
        return built
    built, copies = _BUILT_ONCE[name]
    with connection.cursor() as cursor:
        for table, copy, columns in copies:
            cursor.execute(f"INSERT INTO {quote(table)} ({columns}) SELECT {columns} FROM {quote(copy)}")
        for statement in connection.ops.sequence_reset_sql(no_style(), list(models)):  # rows inserted with their ids
            cursor.execute(statement)
    return deepcopy(built)


@pytest.fixture
def vocabulary(transactional_db):
    """The real country list and starter vocabulary, as `make run` loads them: the commands run for the first test
    that asks, and the rows they wrote are copied back for the others (``_built_once``; a tagger reading them
    meets a cache emptied for the test)."""
    from articles.models import Entity, EntityAlias

    def load():
        call_command("load_countries", verbosity=0)
        call_command("load_entities", verbosity=0)

    _built_once("vocabulary", (Entity, EntityAlias, Entity.history.model), load)


@pytest.fixture
def archive(vocabulary):
    """The page tests' archive (``public_world``) tagged with the real vocabulary, and two more stories: China and
    Ukraine on 14 December 2022, a day alone in its calendar, and China and India in November 2022; built for the
    first test that asks and copied back for the others (``_built_once``)."""
    from articles.models import Article, ArticleAuthor, ArticleEntity, Author, NearDuplicateBand

    models = (Author, Article, ArticleEntity, ArticleAuthor, Article.history.model, NearDuplicateBand)
    return _built_once("archive", models, _build_archive)


def _build_archive():
    from articles.models import Entity
    from articles.tests.factories import ArticleFactory

    world = build_world(find_in_vocabulary)
    world.ukraine = find_in_vocabulary("Ukraine", Entity.Kind.COUNTRY, "UA")
    world.grain = ArticleFactory(
        headline="Beijing and Kyiv discuss grain",
        standfirst="Shipments through the Black Sea.",
        body_html="<p>Officials spoke of cooperation on grain exports.</p>",
        published_at=at(2022, 12, 14),
        entities=[world.china, world.ukraine, world.xi],
        authors=[world.ben],
    )
    world.november = ArticleFactory(
        headline="China and India hold border talks",
        body_html="<p>Both sides pledged cooperation along the border.</p>",
        published_at=at(2022, 11, 20),
        entities=[world.china, world.india],
        authors=[world.ann],
    )
    return world


@pytest.fixture
def editor(transactional_db):
    """A newsroom editor: staff, in the Editors group, not a superuser."""
    from django.contrib.auth import get_user_model
    from articles.admin.editors import ensure_editors_group

    user = get_user_model().objects.create_user("eddie", password="a-long-editor-password-42", is_staff=True)
    user.groups.add(ensure_editors_group())
    return SimpleNamespace(user=user, username="eddie", password="a-long-editor-password-42")


def upload_zip(page, members, name="wire.zip"):
    """On the import page, upload a zip of ``members`` ({name: text or bytes}) and ask for its preview."""
    from ..import_helpers import zip_of

    page.goto("/admin/articles/article/import/")
    page.get_by_label("or upload files").set_input_files({"name": name, "mimeType": "application/zip", "buffer": zip_of(members)})
    page.get_by_role("button", name="Preview").click()


def log_in(page, editor):
    page.goto("/admin/")
    page.get_by_label("Username").fill(editor.username)
    page.get_by_label("Password").fill(editor.password)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/admin/")
