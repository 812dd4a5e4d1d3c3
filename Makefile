# newsarchive: `make run` to try it, `make test` to check it.
# Both create .venv and install everything on first use.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run serve demo test test-fast check-deploy bench bench-smoke accuracy clean

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

## Set up the database with the country list, the starter vocabulary and the
## sample article, create a demo editor, and serve http://$(HOST):$(PORT)/
run: demo serve

demo: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo

serve: install
	$(PY) manage.py runserver $(HOST):$(PORT)

## The whole suite on SQLite, or on PostgreSQL when DATABASE_URL points there.
test: install
	$(PY) manage.py makemigrations --check --dry-run
	@test -x /usr/bin/chromium || echo "NOTE: Chromium is not installed at /usr/bin/chromium, so the browser tests will be skipped (apt-get install chromium chromium-driver; see .ci/run)."
	$(PY) -m pytest

check-deploy: install
	DEBUG=0 SECRET_KEY=check-deploy-$$(date +%s)-not-a-real-key-but-long-enough-for-the-check ALLOWED_HOSTS=archive.example.org \
		CACHE_URL=redis://127.0.0.1:6379/1 $(PY) manage.py check --deploy --fail-level WARNING

## The page benchmark against the archive in DATABASE_URL (fill it first:
## see BENCHMARKS.md); records the table in BENCHMARKS.md.
bench: install
	$(PY) bench/pages.py --write

## The benchmark generator's tests (bench/tests/, not part of `make test`), then
## the benchmark at 1,000 articles on a throwaway database; fails only on
## errors, never on timings. CI runs it on both databases.
bench-smoke: install
	$(PY) bench/smoke.py

## The importer's accuracy: the real-world set's development and test parts side by side,
## then the project's own synthetic set.
accuracy: install
	$(PY) bench/accuracy_real.py
	$(PY) bench/accuracy.py --all

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
