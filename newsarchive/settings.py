"""Settings for newsarchive.

Everything that differs between a laptop and production is read from the
environment. The defaults are for development: SQLite in the project folder,
DEBUG on, local-memory cache. With DEBUG off the settings refuse to start
without a SECRET_KEY and switch on the HTTPS hardening that
``manage.py check --deploy`` asks for.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default):
    value = os.environ.get(name)
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = env_bool("DEBUG", True)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "django-insecure-development-only-key-never-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django_filters",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "csp",
    "simple_history",
    "django_tasks",
    "django_tasks_db",
    "articles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",  # outside the page cache, so a page served from it carries the policy too
    "articles.middleware.DatabaseUnavailableMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",  # the editor behind each revision
    "articles.middleware.AnonymousBodyLimitMiddleware",
    "articles.public.page_cache.PublicCacheMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "newsarchive.urls"

# The site needs no inline script or style, nor anything from another origin; the admin neither.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "newsarchive.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers carry on while an import writes; the busy timeout turns
    # a momentary lock into a short wait instead of "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
        }
    )

if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # No JIT: the archive's queries are short, and some large estimates (the countries index) crossed
    # the JIT threshold and spent longer compiling than running.
    # work_mem: the dated RUM index sorts a common word's entries before the first match comes out,
    # which spilled to disk at the default 4 MB.
    options = ["-c jit=off", "-c work_mem=32MB"]
    # The longest one statement may run. The web server sets 30 s (wsgi.py): a query left running after
    # gunicorn gave up on its request holds a connection and a core. Commands (imports, migrate, bench/generate_corpus.py) have none unless set.
    if os.environ.get("DB_STATEMENT_TIMEOUT_MS"):
        options.append(f"-c statement_timeout={int(os.environ['DB_STATEMENT_TIMEOUT_MS'])}")
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", " ".join(options))

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHE_URL = os.environ.get("CACHE_URL", "")
if CACHE_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": CACHE_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "newsarchive"),
            "TIMEOUT": 600,
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "newsarchive",
            "TIMEOUT": 600,
        }
    }

# Seconds a whole anonymous public page stays in the cache (articles/public/page_cache.py);
# any archive write makes it stale at once anyway. 0 turns the page cache off.
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", "600"))

# The CSV export (articles/public/export.py) for anyone but editors: rows per request, and exports per
# client a minute (0: no limit). The client is the address in CLIENT_IP_HEADER: REMOTE_ADDR when
# gunicorn faces readers; behind a proxy, the header it sets (HTTP_X_REAL_IP, say).
EXPORT_ANONYMOUS_ROWS = int(os.environ.get("EXPORT_ANONYMOUS_ROWS", "10000"))
EXPORT_RATE_PER_MINUTE = int(os.environ.get("EXPORT_RATE_PER_MINUTE", "10"))
CLIENT_IP_HEADER = os.environ.get("CLIENT_IP_HEADER", "REMOTE_ADDR")

# Caps and windows: how much one request may read, count or rank, whatever the archive's size
# (articles/core/conf.py reads them when used, as ``caps.NAME``; tests change them with override_settings).
# A listing counts its matches up to this; past it the page says "more than".
NEWSARCHIVE_COUNT_CAP = 10_000
# A count of the API's may take this long on PostgreSQL before the planner's estimate answers instead.
NEWSARCHIVE_COUNT_BUDGET_MS = 300
# Page numbers stop here (an OFFSET of at most this many pages); "Older" cursors go further.
NEWSARCHIVE_NUMBERED_PAGES = 50
# Relevance ranks only a search's newest this-many matches.
NEWSARCHIVE_RANK_WINDOW = 1_000
# On PostgreSQL with the RUM indexes, a phrase's newest matches are found among this many read from the
# positions index (best match first); a phrase with more matches is read in date order instead.
NEWSARCHIVE_PHRASE_WINDOW_READ = 5_000
# Facets and the chart count a filtered listing's newest this-many matches...
NEWSARCHIVE_FACET_SAMPLE = 1_000
# ...and the unfiltered listing's newest this-many articles (recomputed with every publication).
NEWSARCHIVE_LATEST_FACET_SAMPLE = 1_000
# Past its window, a listing the planner puts at no more than this is counted (up to this); beyond, estimated.
NEWSARCHIVE_CHEAP_COUNT = 2_000
# The CSV export reads its rows in keyset batches of this many.
NEWSARCHIVE_EXPORT_BATCH_SIZE = 2_000
# Corrections a page of the corrections page shows.
NEWSARCHIVE_CORRECTIONS_PAGE_SIZE = 50
# Articles per page of the articles' sitemap.
NEWSARCHIVE_SITEMAP_LIMIT = 5_000
# A public page larger than this is not kept in the page cache (it would crowd out many small ones).
NEWSARCHIVE_PAGE_CACHE_MAX_BYTES = 1024 * 1024
# A background import job is imported by tasks of this many items each (spread over the workers)...
NEWSARCHIVE_IMPORT_CHUNK = 200
# ...stored this many at a time: duplicates checked and slugs given in one query each, one cache version bump.
NEWSARCHIVE_IMPORT_BATCH = 50
# While a background job runs, public pages show its articles at most this many seconds late: its batches
# start a new content version (every cached page rebuilt) at most once in that time, not each batch.
NEWSARCHIVE_IMPORT_JOB_VISIBLE_WITHIN = 5
# A background import job takes up to this many article files, in its zip or in a folder on the server.
NEWSARCHIVE_IMPORT_JOB_MAX_FILES = 20_000
# Renaming an entity rewrites the search names of up to this many tagged articles before the editor's
# request returns; more are left for `manage.py refresh_search_names --entity <slug>`.
NEWSARCHIVE_RENAME_REFRESH_INLINE_LIMIT = 1_000

# The read API (articles/api/): JSON only, read-only for anonymous clients at a
# per-address rate (API_ANON_RATE, e.g. "120/minute"; answers from the page cache
# do not count), tokens for write endpoints to come. Behind a proxy, set
# API_NUM_PROXIES so that the client's address is read from X-Forwarded-For.
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.TokenAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["articles.api.policies.ReadOrToken"],
    "DEFAULT_THROTTLE_CLASSES": ["articles.api.policies.AnonThrottle"],
    "DEFAULT_THROTTLE_RATES": {"anon": os.environ.get("API_ANON_RATE", "120/minute")},
    "NUM_PROXIES": int(os.environ["API_NUM_PROXIES"]) if os.environ.get("API_NUM_PROXIES") else None,
    "EXCEPTION_HANDLER": "articles.api.errors.json_errors",
    "NON_FIELD_ERRORS_KEY": "__all__",
    "URL_FORMAT_OVERRIDE": None,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "newsarchive API",
    "DESCRIPTION": "The public archive, read-only: the listing's filters, keyset pages, capped counts.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    # Every endpoint so far is for anyone: the schema lists no authentication until one needs a token.
    "AUTHENTICATION_WHITELIST": [],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = os.environ.get("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# Only when present: a fresh clone has no static/ until the site ships its own
# files, and check --deploy warns about a missing directory.
STATICFILES_DIRS = [path for path in [BASE_DIR / "static"] if path.is_dir()]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Django serves uploaded images itself only in development and for `make run`; production's web server does.
SERVE_MEDIA = env_bool("SERVE_MEDIA", DEBUG)

# Uploads through the admin import page: the import form enforces its own
# per-file and per-batch limits; these keep Django from buffering more.
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FILES = 500
# Anyone not logged in may send at most this much (the admin's login form is a few hundred bytes):
# a larger body is a 413 before anything reads it (articles/middleware.py).
ANONYMOUS_BODY_MAX_BYTES = int(os.environ.get("ANONYMOUS_BODY_MAX_BYTES", str(64 * 1024)))

# Background import jobs (articles/ingest/jobs.py): Django's tasks API through the django-tasks backport,
# queued in this database and run by `manage.py db_worker` processes (any number, on any machine that
# reaches the database). The tests run the worker's loop in-process on the same backend.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
# Staff may import a folder on the server, but only one under this root (unset: no folder imports).
IMPORT_FOLDER_ROOT = os.environ.get("IMPORT_FOLDER_ROOT", "")

LOGIN_URL = "admin:login"

SITE_NAME = os.environ.get("SITE_NAME", "newsarchive")

if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    # Off only for `make run`, which serves production settings over plain HTTP on this machine.
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
    SECURE_CONTENT_TYPE_NOSNIFF = True
    SECURE_REFERRER_POLICY = "same-origin"
    X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}
