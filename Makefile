# Two commands on a fresh machine:
#   make demo   set up .venv, crawl the bundled sample sites from loopback, show the archive
#   make test   set up .venv and the machine's services, run the whole test suite
# Both create their own virtual environment (Debian refuses `pip install` into its Python).

VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin

.PHONY: demo test lint

$(BIN)/newsarchive: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

demo: $(BIN)/newsarchive
	$(BIN)/newsarchive demo

test: $(BIN)/newsarchive
	bash scripts/machine-services.sh
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/python -m pytest

lint: $(BIN)/newsarchive
	$(BIN)/ruff check . && $(BIN)/ruff format --check .
