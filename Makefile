# wagtail-council: set-up and test commands. Needs only Python 3.11+ and make.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
MANAGE := cd example_site && ../$(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: demo test test-only test-browser venv install-example install-testing lint migrations-check messages-check clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

venv: $(BIN)/python

# Installs are stamped so that a second `make demo` is fast.
$(VENV)/.example-installed: setup.cfg pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[example]"
	touch $@

$(VENV)/.testing-installed: setup.cfg pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[testing,example]"
	touch $@

install-example: $(VENV)/.example-installed
install-testing: $(VENV)/.testing-installed

demo: install-example
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content
	@echo ""
	@echo "  Site:   http://$(HOST):$(PORT)/ru/   (English: http://$(HOST):$(PORT)/en/)"
	@echo "  Admin:  http://$(HOST):$(PORT)/admin/"
	@echo "  Login:  editor / council-demo"
	@echo ""
	$(MANAGE) runserver $(HOST):$(PORT)

test: install-testing test-only

test-only:
	$(BIN)/python -m pytest -n auto -m "not browser" $(PYTEST_ARGS)

test-browser: install-testing
	$(BIN)/python -m pytest -m browser -p no:xdist $(PYTEST_ARGS)

lint: install-testing
	$(BIN)/ruff check .
	$(BIN)/ruff format --check wagtail_council tests example_site

migrations-check: install-testing
	$(BIN)/python example_site/manage.py makemigrations --check --dry-run

clean:
	rm -rf $(VENV) build dist *.egg-info example_site/db.sqlite3 example_site/media
