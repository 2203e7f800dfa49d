# Two commands: `make run` serves on embedded defaults, `make test` runs lint, types and tests.
# Each creates the virtual environment on first use and refreshes it when pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint types pytest install clean vendor-axe

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/twinspace serve

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest $(PYTEST_ARGS)

test: lint types pytest

# The accessibility audit's axe-core, pinned by tests/web/axe/package-lock.json and committed as
# one file so that the tests run offline. Refresh: change the version, then `make vendor-axe`.
vendor-axe:
	cd tests/web/axe && npm ci --no-audit --no-fund && cp node_modules/axe-core/axe.min.js axe.min.js

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
