# Two commands: `make run` serves on embedded defaults, `make test` runs lint, types and tests.
# Each creates the virtual environment on first use, from the lock files in requirements/ (every
# package pinned with its hashes), and refreshes it when a lock file changes.
PYTHON ?= python3
# Some machines export PYTHONDONTWRITEBYTECODE=1: then every test process rewrote and compiled
# every test module again (pytest keeps its assertion rewrites as bytecode), 10 s of CPU for
# each xdist worker's collection instead of 4. The caches go to __pycache__/, ignored by git.
unexport PYTHONDONTWRITEBYTECODE
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --quiet --disable-pip-version-check
RUN_STAMP := $(VENV)/.installed-run
DEV_STAMP := $(VENV)/.installed-dev
#: pytest's own arguments: `make test PYTEST_ARGS=tests/http` runs one folder.
PYTEST_ARGS ?=
#: Parallel test processes (pytest-xdist): two per core, as test-fast; `make test WORKERS=0`
#: runs in one. With one per core the whole suite kept 2 cores 57 % busy (1,192 s of CPU in
#: 17:30): its browser, Janus and multi-process tests spend much of their time waiting.
WORKERS ?= $(shell echo $$(( $$(nproc) * 2 )))
#: The tests a developer loop leaves out: real browsers, Janus and several server processes.
SLOW_MARKS := browser or janus or multiprocess
#: test-fast's processes: two per core. Its tests spend half their time waiting on sockets and
#: subprocesses (CPU 53 % of 2 cores with one per core); two per core ran it in 4:16, not 5:37.
FAST_WORKERS ?= $(shell echo $$(( $$(nproc) * 2 )))

.PHONY: run test test-fast lint types pytest install lock machine clean vendor-axe vendor-fluent

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(RUN_STAMP): requirements/run.txt pyproject.toml | $(VENV)/bin/python
	$(PIP) install --require-hashes -r requirements/run.txt
	$(PIP) install --no-deps -e .
	touch $@

$(DEV_STAMP): requirements/dev.txt pyproject.toml | $(VENV)/bin/python
	$(PIP) install --require-hashes -r requirements/dev.txt
	$(PIP) install --no-deps -e .
	touch $@ $(RUN_STAMP)

install: $(DEV_STAMP)

run: $(RUN_STAMP)
	$(BIN)/twinspace serve

# The Debian packages and local services the tests drive (tests/machine-setup.sh).
machine:
	bash tests/machine-setup.sh

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: $(DEV_STAMP)
	$(BIN)/mypy

pytest: $(DEV_STAMP) machine
	$(BIN)/pytest -n $(WORKERS) --dist loadgroup --durations=30 $(PYTEST_ARGS)

test: lint types pytest

# Everything but the browser, Janus and multi-process tests, for the edit-test loop.
test-fast: $(DEV_STAMP)
	$(BIN)/pytest -n $(FAST_WORKERS) -m "not ($(SLOW_MARKS))" $(PYTEST_ARGS)

# Refresh the lock files after changing a dependency in pyproject.toml (needs the registry): the
# pins already there are kept where they still fit; `make lock UPGRADE=--upgrade` moves every
# package to its newest release within pyproject.toml's ranges.
UPGRADE ?=
LOCK := $(BIN)/uv pip compile pyproject.toml --universal --python-version 3.11 --generate-hashes -q $(UPGRADE)
lock: | $(VENV)/bin/python
	$(PIP) install uv
	$(LOCK) -o requirements/run.txt
	$(LOCK) --extra dev -o requirements/dev.txt

# The accessibility audit's axe-core, pinned by tests/web/axe/package-lock.json and committed as
# one file so that the tests run offline. Refresh: change the version, then `make vendor-axe`.
vendor-axe:
	cd tests/web/axe && npm ci --no-audit --no-fund && cp node_modules/axe-core/axe.min.js axe.min.js

# The page's message format, @fluent/bundle, pinned by web/vendor/package-lock.json and committed
# as its released ES modules (esm/*.js) with its licence (the package ships none: Apache-2.0's
# text from Debian's common-licenses), which the page imports as they are (no
# build step). Refresh: change the version in web/vendor/package.json, then `make vendor-fluent`.
vendor-fluent:
	cd web/vendor && npm ci --no-audit --no-fund \
	  && rm -rf fluent-bundle && mkdir fluent-bundle \
	  && cp node_modules/@fluent/bundle/esm/*.js fluent-bundle/ \
	  && node -p 'const p = require("./node_modules/@fluent/bundle/package.json"); `$${p.name} $${p.version}, $${p.license}`' > fluent-bundle/VERSION \
	  && cp /usr/share/common-licenses/Apache-2.0 fluent-bundle/LICENSE \
	  && rm -rf node_modules

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
