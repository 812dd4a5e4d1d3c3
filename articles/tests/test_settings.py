"""Production settings: refuse to start without a secret, and pass check --deploy."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test import override_settings

from articles.core.conf import caps

PROJECT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow  # each check starts a Python of its own


def run_with_env(args, **env):
    """Run the project's interpreter in a clean environment plus ``env``.

    A check that only reads settings reads them without ``django.setup()``: loading the apps adds nothing to
    what the settings module computes from the environment, and costs most of the process's start.
    """
    base = {key: value for key, value in os.environ.items() if key not in {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "CACHE_URL", "DB_STATEMENT_TIMEOUT_MS"}}
    base.update(env)
    base.setdefault("DJANGO_SETTINGS_MODULE", "newsarchive.settings")
    return subprocess.run(
        [sys.executable, *args], cwd=PROJECT, env=base, capture_output=True, text=True, timeout=120
    )


def production_env():
    return {
        "DEBUG": "0", "SECRET_KEY": secrets.token_urlsafe(50), "ALLOWED_HOSTS": "archive.example.org",
        "CACHE_URL": "redis://127.0.0.1:6379/1",  # not connected to by the checks
    }


def test_settings_refuse_to_start_without_a_secret_key_when_debug_is_off():
    result = run_with_env(["-c", "import django; django.setup()"], DEBUG="0", ALLOWED_HOSTS="archive.example.org")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY must be set" in result.stderr


def test_an_empty_secret_key_counts_as_missing():
    result = run_with_env(["-c", "import django; django.setup()"], DEBUG="0", SECRET_KEY="")
    assert result.returncode != 0 and "ImproperlyConfigured" in result.stderr


def test_development_settings_start_without_a_secret_key():
    result = run_with_env(
        ["-c", "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)"]
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"


# One Python for the product's imports and the three `check --deploy` runs (each a Python, with Django set up, cost
# about as much as all four): the imports are recorded first, in the fresh process; then, for each environment,
# the settings module is read again from it, as a Python started with that environment would read it.
PRODUCT_IMPORTS_AND_DEPLOY_CHECKS = """
import importlib, io, json, os, pkgutil, sys
import django
django.setup()
import articles, newsarchive.urls, newsarchive.wsgi
for module in pkgutil.walk_packages(articles.__path__, "articles."):
    if not {"tests", "migrations"} & set(module.name.split(".")):
        importlib.import_module(module.name)
imported = sorted(name for name in sys.modules if name.split(".")[0] in {"numpy", "bench"} or name.startswith("articles.migrations."))

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.utils.functional import empty

checks = {}
for name, environment in json.loads(sys.argv[1]).items():
    for key, value in environment.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    del sys.modules[os.environ["DJANGO_SETTINGS_MODULE"]]
    settings._wrapped = empty
    output = io.StringIO()
    try:  # manage.py check --deploy --fail-level WARNING: a failure is a SystemCheckError, exit status 1
        call_command("check", deploy=True, fail_level="WARNING", stdout=output, stderr=output)
        checks[name] = {"passed": True, "output": output.getvalue()}
    except SystemCheckError as error:
        checks[name] = {"passed": False, "output": output.getvalue() + str(error)}
print(json.dumps({"imported": imported, "checks": checks}))
"""


@pytest.fixture(scope="module")
def product_imports_and_deploy_checks():
    production = production_env()
    environments = {
        "production": production,
        "weak secret key": {**production, "SECRET_KEY": "short"},
        "no shared cache": {**production, "CACHE_URL": None},
    }
    result = run_with_env(["-c", PRODUCT_IMPORTS_AND_DEPLOY_CHECKS, json.dumps(environments)], **production)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_product_imports_neither_numpy_nor_the_benchmark_generator_nor_a_migration(product_imports_and_deploy_checks):
    assert product_imports_and_deploy_checks["imported"] == []


def test_check_deploy_passes_with_production_settings(product_imports_and_deploy_checks):
    check = product_imports_and_deploy_checks["checks"]["production"]
    assert check["passed"], check["output"]
    assert "no issues" in check["output"]


def test_check_deploy_would_notice_a_weak_secret_key(product_imports_and_deploy_checks):
    """The check above is meaningful: it does fail on a bad production setting."""
    check = product_imports_and_deploy_checks["checks"]["weak secret key"]
    assert not check["passed"]
    assert "security.W009" in check["output"]


def test_check_deploy_warns_that_a_per_worker_cache_serves_stale_pages(product_imports_and_deploy_checks):
    check = product_imports_and_deploy_checks["checks"]["no shared cache"]
    assert not check["passed"]
    assert "articles.W001" in check["output"]
    assert "Set CACHE_URL" in check["output"]


def test_production_settings_harden_https_and_cookies():
    code = (
        "from django.conf import settings as s; "
        "print(s.DEBUG, s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, "
        "s.SECURE_HSTS_SECONDS >= 31536000, s.ALLOWED_HOSTS)"
    )
    result = run_with_env(["-c", code], **production_env())
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False True True True True ['archive.example.org']"


def test_database_url_selects_the_database():
    code = "from django.conf import settings as s; print(s.DATABASES['default']['ENGINE'])"
    on_postgres = run_with_env(["-c", code], DATABASE_URL="postgres://postgres@127.0.0.1:5432/newsarchive")
    assert on_postgres.stdout.strip() == "django.db.backends.postgresql"
    default = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    on_default = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT, env={**default, "DJANGO_SETTINGS_MODULE": "newsarchive.settings"},
        capture_output=True, text=True, timeout=120,
    )
    assert on_default.stdout.strip() == "django.db.backends.sqlite3"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the statement timeout is PostgreSQL's")
def test_the_web_server_bounds_each_statement_and_commands_do_not(db):
    show = "from django.db import connection as c; cur = c.cursor(); cur.execute('SHOW statement_timeout'); print(cur.fetchone()[0])"
    # The test database: it exists wherever the suite runs, whatever DATABASE_URL names.
    database = connection.settings_dict
    credentials = database["USER"] + (f":{database['PASSWORD']}" if database["PASSWORD"] else "")
    url = f"postgres://{credentials}@{database['HOST'] or 'localhost'}:{database['PORT'] or 5432}/{database['NAME']}"
    web = run_with_env(["-c", f"import newsarchive.wsgi; {show}"], DATABASE_URL=url)
    command = run_with_env(["-c", f"import django; django.setup(); {show}"], DATABASE_URL=url)
    assert (web.stdout.strip(), web.stderr) == ("30s", "")
    assert command.stdout.strip() == "0"



def test_caps_are_read_from_the_settings_when_used():
    assert caps.COUNT_CAP == settings.NEWSARCHIVE_COUNT_CAP == 10_000
    with override_settings(NEWSARCHIVE_COUNT_CAP=3):
        assert caps.COUNT_CAP == 3
    assert caps.COUNT_CAP == 10_000
    with pytest.raises(AttributeError):
        caps.NO_SUCH_CAP  # noqa: B018 - a misspelt cap fails loudly
