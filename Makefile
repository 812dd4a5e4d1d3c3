# newsarchive: `make run` to try it, `make test` to check it.
# Both create .venv and install everything on first use.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
TEST_WORKERS ?= auto
# The tests keep compiled bytecode, in var/pycache (out of the tree and the venv), even where the environment
# turns it off (PYTHONDONTWRITEBYTECODE, as containers often set): otherwise every worker, and every Python a
# test starts, compiles the product again and pytest rewrites its plugins' asserts again (about 6 s a process).
TEST_ENV := PYTHONDONTWRITEBYTECODE= PYTHONPYCACHEPREFIX=$(CURDIR)/var/pycache

.PHONY: install lock audit run serve serve-debug demo test test-fast check-deploy bench bench-first-visits bench-smoke accuracy line-roles clean

# Exactly the versions and files in requirements.lock, each checked against its hash.
$(VENV)/.installed: requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	touch $@

install: $(VENV)/.installed

## Pin requirements.txt and requirements-dev.txt, with hashes, in requirements.lock. Run it after editing
## either; pins that still fit are kept (UPGRADE=1 moves every pin to the newest version allowed).
lock:
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	test -x $(VENV)/bin/pip-compile || $(PY) -m pip install --quiet "pip-tools>=7.4,<8"
	$(VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url \
		--no-emit-find-links $(if $(UPGRADE),--upgrade) --output-file requirements.lock requirements-dev.txt

## Known vulnerabilities in the locked versions (pip-audit, in its own environment; needs the network).
audit:
	test -x .venv-audit/bin/pip-audit || ($(PYTHON) -m venv .venv-audit && .venv-audit/bin/pip install --quiet pip-audit)
	.venv-audit/bin/pip-audit --strict --require-hashes --disable-pip -r requirements.lock

## Set up the database with the country list, the starter vocabulary and the
## sample article, create a demo editor, and serve http://$(HOST):$(PORT)/
run: demo serve

demo: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo --site http://$(HOST):$(PORT)

# What a reader would meet: DEBUG off, so the site's own error pages (never
# Django's debug page with its list of URLs), with a secret generated once
# for this machine (var/secret_key) and plain HTTP on 127.0.0.1.
LOCAL_PRODUCTION = DEBUG=0 SECRET_KEY="$$(cat var/secret_key)" SECURE_SSL_REDIRECT=0 SECURE_HSTS_SECONDS=0 SECURE_COOKIES=0 SERVE_MEDIA=1

var/secret_key:
	mkdir -p var
	$(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))" > $@
	chmod 600 $@

# Background import jobs: IMPORT_WORKERS task workers (`manage.py db_worker`) start beside the web
# server and are stopped with it (Ctrl-C, or the server exiting); unfinished jobs are enqueued again
# first, so a job whose worker was killed goes on where it stopped.
IMPORT_WORKERS ?= 1
START_WORKERS = $(PY) manage.py resume_import_jobs --verbosity 0 && workers="" && \
	for n in $$(seq $(IMPORT_WORKERS)); do $(PY) manage.py db_worker --no-reload --verbosity 0 & workers="$$workers $$!"; done; \
	trap 'kill $$workers 2>/dev/null' EXIT INT TERM

serve: install var/secret_key
	$(LOCAL_PRODUCTION) $(PY) manage.py collectstatic --noinput --verbosity 0
	export $(LOCAL_PRODUCTION) && $(START_WORKERS); $(PY) manage.py runserver $(HOST):$(PORT)

## The same with DEBUG on: Django's debug pages, templates and CSS reloaded as they change.
serve-debug: install
	$(START_WORKERS); $(PY) manage.py runserver $(HOST):$(PORT)

## The whole suite on SQLite, or on PostgreSQL when DATABASE_URL points there.
test: install
	$(TEST_ENV) $(PY) manage.py makemigrations --check --dry-run
	@test -x /usr/bin/chromium || echo "NOTE: Chromium is not installed at /usr/bin/chromium, so the browser tests will be skipped (apt-get install chromium chromium-driver; see .ci/run)."
	$(TEST_ENV) $(PY) -m pytest -n $(TEST_WORKERS) --dist loadfile

check-deploy: install
	DEBUG=0 SECRET_KEY=check-deploy-$$(date +%s)-not-a-real-key-but-long-enough-for-the-check ALLOWED_HOSTS=archive.example.org \
		CACHE_URL=redis://127.0.0.1:6379/1 $(PY) manage.py check --deploy --fail-level WARNING

## The page benchmark against the archive in DATABASE_URL (fill it first:
## see BENCHMARKS.md); records the table in BENCHMARKS.md.
bench: install
	$(PY) bench/pages.py --write

## First visits: a seeded stream of distinct requests, each asked once (no cache can help), beside
## the plain-SQL floor and a straightforward Django peer, then 16 concurrent clients; needs CACHE_URL.
## Records its table in BENCHMARKS.md (LABEL names it: before, after, ...).
bench-first-visits: install
	$(PY) bench/first_visit_stream.py --write --label $(or $(LABEL),today)

## The benchmark generator's tests and the parser's quick checks on every labelled file (bench/tests/, not part
## of `make test`, which checks a fifth of them), then
## the benchmark at 1,000 articles on a throwaway database; fails only on
## errors, never on timings. CI runs it on both databases.
bench-smoke: install
	$(PY) bench/smoke.py

## The importer's accuracy: the real-world set's development and test parts side by side,
## then the project's own synthetic set.
accuracy: install
	$(PY) bench/accuracy_real.py
	$(PY) bench/accuracy.py --all

## The headline's learned line-role weights (articles/ingest/line_role_weights.json), fitted again on the
## development part less its held-out batches (scikit-learn, a development requirement; deterministic).
line-roles: install
	$(PY) bench/train_line_roles.py --write

clean:
	rm -rf $(VENV) .venv-audit staticfiles .pytest_cache
