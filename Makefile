# Two commands for a newcomer: `make demo` and `make test`. Everything else is here too.
SHELL := /bin/bash
PYTHON_BIN ?= $(shell pyenv which python3.13 2>/dev/null || command -v python3.13 || echo python3.13)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: demo test install migrate check-migrations eval eval-heldout eval-desk eval-desk-heldout bench bench-detection screenshots check-deploy clean

$(STAMP): pyproject.toml
	@$(PYTHON_BIN) -c 'import sys; assert sys.version_info[:2] == (3, 13), "Python 3.13 is required (pyenv install 3.13)"'
	$(PYTHON_BIN) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	@touch $@

install: $(STAMP)

# The demo desk on SQLite: migrate, import the demo story through the detection engine,
# create the demo editor and reviewer, and serve.
demo: $(STAMP)
	DEBUG=1 $(PY) manage.py migrate --noinput
	DEBUG=1 $(PY) manage.py load_demo
	@echo "Serving the desk at http://127.0.0.1:$(PORT)/ (the back office: http://127.0.0.1:$(PORT)/admin/)"
	DEBUG=1 $(PY) manage.py runserver 127.0.0.1:$(PORT)

test: $(STAMP)
	$(PY) -m pytest $(PYTEST_ARGS)

check-migrations: $(STAMP)
	DEBUG=1 $(PY) manage.py makemigrations --check --dry-run

check-deploy: $(STAMP)
	DEBUG=0 SECRET_KEY=$$(openssl rand -hex 32) ALLOWED_HOSTS=desk.example.org $(PY) manage.py check --deploy --fail-level WARNING

# Precision and recall of the detection engine on the labelled corpus in tests/corpus.
eval: $(STAMP)
	$(PY) -m claims.detection.evaluation tests/corpus

# The same scores on tests/corpus-heldout, written after the engine was tuned and never to be
# tuned on: the honest measurement (tests/corpus is optimistic).
eval-heldout: $(STAMP)
	$(PY) -m claims.detection.evaluation tests/corpus-heldout

# The same scores with every article imported through the desk, one at a time, into a throwaway
# database: what the desk itself finds, where `make eval` runs the engine over a corpus at once.
eval-desk: $(STAMP)
	DEBUG=1 $(PY) manage.py evaluate_desk tests/corpus

eval-desk-heldout: $(STAMP)
	DEBUG=1 $(PY) manage.py evaluate_desk tests/corpus-heldout

# The benchmark (not part of `make test`): the desk under gunicorn and wrk against PostgreSQL,
# beside the framework floor; BENCH_CLAIMS=20000 BENCH_SECONDS=5 make bench is a short run.
# Needs wrk (apt-get install -y wrk). See docs/performance.md.
bench: $(STAMP)
	@command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 1; }
	$(PY) -m bench.run

# What detection costs per new source at corpus sizes 100, 1,000 and 10,000.
bench-detection: $(STAMP)
	$(PY) -m bench.detection

# Redraws docs/screenshots/ (the README shows one) from the demo story in Debian's Chromium.
screenshots: $(STAMP)
	@test -x /usr/bin/chromium || { echo "Debian's Chromium is needed at /usr/bin/chromium (apt-get install chromium)" >&2; exit 1; }
	SCREENSHOT_DIR=docs/screenshots $(PY) -m pytest -q tests/browser/test_screenshots.py

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles
