# The two commands of the README: `make run` (set up and serve the admin on SQLite) and
# `make test` (the whole test suite). Both create the virtual environment on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PORT ?= 8000

.PHONY: run test lint bench bench-extraction loadtest setup serve clean-db screenshots

$(STAMP): requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $(STAMP)

setup: $(STAMP)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py ensure_reference
	@if $(PY) manage.py help import_seeds >/dev/null 2>&1; then $(PY) manage.py import_seeds seeds/; fi
	$(PY) manage.py ensure_admin
	$(PY) manage.py schedule_jobs

# the web server and one background worker (imports, reminders); Ctrl-C stops both. The
# worker runs in the background of this shell, which ignores Ctrl-C there: the trap stops it
# (SIGTERM: it finishes the document in hand, then exits).
run: setup
	@$(PY) manage.py db_worker --no-reload & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' INT TERM EXIT; \
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

test: $(STAMP)
	$(PY) -m pytest -p no:cacheprovider

# refresh the README's pictures (docs/*.png) from the browser tests; plain test runs never
# write into docs/
screenshots: $(STAMP)
	UPDATE_DOCS_SCREENSHOT=1 REQUIRE_BROWSER=1 $(PY) -m pytest -p no:cacheprovider -q tests/browser

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) manage.py makemigrations --check --dry-run

bench: $(STAMP)
	$(PY) -m benchmarks.run

# only the extraction figures (text throughput, linearity, 2 MiB worst case, PDF, OCR): no
# database, about a minute
bench-extraction: $(STAMP)
	$(PY) -m benchmarks.run --extraction

# gunicorn with the production settings on 127.0.0.1 under 20 logged-in clients for 60 s, on a
# throw-away database (SQLite, or PostgreSQL when DATABASE_URL points there)
loadtest: $(STAMP)
	$(PY) -m benchmarks.loadtest
