# wagtail-council: set-up and test commands. Needs only Python 3.11+ and make.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
MANAGE := cd example_site && ../$(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# Options for pytest in every part of the suite, e.g. PYTEST_ARGS="-x -k feed".
PYTEST_ARGS ?=
PYTEST := $(BIN)/python -m pytest
# The suite has two parts: the package's tests, on their own test app (tests/),
# and the example site's, with its settings (example_site/tests/).
PACKAGE_TESTS := tests
EXAMPLE_TESTS := example_site/tests --ds=example_site.tests.settings
# Migrations are written by the lowest supported Wagtail and Django, in a venv of their own.
MIGRATIONS_VENV ?= .venv-migrations
MIGRATIONS_BIN := $(MIGRATIONS_VENV)/bin
# Catalogues that messages-check keeps complete, compiled and in step with the code.
CATALOGUE_DIRS ?= wagtail_council example_site/home
MESSAGES_LANGUAGE ?= ru

.PHONY: demo test test-only test-browser venv install-example install-testing lint migrations migrations-check messages-check clean

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

# Each part runs, then the first failing status is the result. pytest's status 5
# (no test collected, as when PYTEST_ARGS selects tests of one part only) is no
# failure of that part, but it is when no part collected any test.
BOTH_PARTS_PASSED = for status in $$package $$example; do \
	  case $$status in 0|5) ;; *) exit $$status;; esac; done; \
	[ $$package$$example != 55 ] || { echo "No test was collected" >&2; exit 5; }

# The example site's tests load the demo content once per module (--dist loadfile).
test-only:
	$(PYTEST) $(PACKAGE_TESTS) -n auto -m "not browser" $(PYTEST_ARGS); package=$$?; \
	$(PYTEST) $(EXAMPLE_TESTS) -n auto --dist loadfile -m "not browser" $(PYTEST_ARGS); example=$$?; \
	$(BOTH_PARTS_PASSED)

test-browser: install-testing
	$(PYTEST) $(PACKAGE_TESTS) -m browser -p no:xdist $(PYTEST_ARGS); package=$$?; \
	$(PYTEST) $(EXAMPLE_TESTS) -m browser -p no:xdist $(PYTEST_ARGS); example=$$?; \
	$(BOTH_PARTS_PASSED)

lint: install-testing
	$(BIN)/ruff check .
	$(BIN)/ruff format --check wagtail_council tests example_site
	$(BIN)/lint-imports

# Wagtail 7.4 writes migrations that load on 7.4 and 8 alike; Wagtail 8 would
# name its swappable page model, modelsearch bases and 0098_apitoken.
$(MIGRATIONS_VENV)/.installed: setup.cfg pyproject.toml
	$(PYTHON) -m venv $(MIGRATIONS_VENV)
	$(MIGRATIONS_BIN)/python -m pip install --quiet --upgrade pip
	$(MIGRATIONS_BIN)/python -m pip install --quiet -e ".[example]" "wagtail>=7.4,<7.5" "Django>=5.2,<5.3"
	touch $@

migrations: $(MIGRATIONS_VENV)/.installed
	cd example_site && ../$(MIGRATIONS_BIN)/python manage.py makemigrations wagtail_council

migrations-check: install-testing
	$(BIN)/python example_site/manage.py makemigrations --check --dry-run

# Every catalogue: valid, fully translated, nothing obsolete, the .mo compiled
# from the .po, and no string added to or removed from the code since.
messages-check: install-testing
	@set -e; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	for dir in $(CATALOGUE_DIRS); do \
	  po=$$dir/locale/$(MESSAGES_LANGUAGE)/LC_MESSAGES/django.po; \
	  stats=$$(LC_ALL=C msgfmt --check --statistics -o "$$tmp/fresh.mo" "$$po" 2>&1); \
	  echo "$$po: $$stats"; \
	  case "$$stats" in *fuzzy*|*untranslated*) echo "$$po is incomplete" >&2; exit 1;; esac; \
	  if [ -n "$$(msgattrib --only-obsolete "$$po")" ]; then echo "$$po has obsolete entries; remove them" >&2; exit 1; fi; \
	  msgunfmt "$$tmp/fresh.mo" > "$$tmp/fresh.txt"; msgunfmt "$${po%.po}.mo" > "$$tmp/committed.txt"; \
	  cmp -s "$$tmp/fresh.txt" "$$tmp/committed.txt" || { echo "$${po%.po}.mo is stale; run django-admin compilemessages in $$dir" >&2; exit 1; }; \
	  rm -rf "$$tmp/copy"; cp -r "$$dir" "$$tmp/copy"; \
	  (cd "$$tmp/copy" && env -u DJANGO_SETTINGS_MODULE $(CURDIR)/$(BIN)/python -m django makemessages -l $(MESSAGES_LANGUAGE) --no-location --no-obsolete >/dev/null); \
	  regenerated=$$tmp/copy/locale/$(MESSAGES_LANGUAGE)/LC_MESSAGES/django.po; \
	  msgcmp -N --use-untranslated --use-fuzzy "$$po" "$$regenerated" 2>"$$tmp/new.txt" || { cat "$$tmp/new.txt" >&2; echo "$$po lacks strings of the code; run django-admin makemessages -l $(MESSAGES_LANGUAGE) --no-location --no-obsolete in $$dir" >&2; exit 1; }; \
	  msgcmp -N --use-untranslated --use-fuzzy "$$regenerated" "$$po" 2>"$$tmp/gone.txt" || { cat "$$tmp/gone.txt" >&2; echo "$$po has strings no longer in the code; run django-admin makemessages -l $(MESSAGES_LANGUAGE) --no-location --no-obsolete in $$dir" >&2; exit 1; }; \
	done; echo "Catalogues are complete, compiled and up to date."

clean:
	rm -rf $(VENV) build dist *.egg-info example_site/db.sqlite3 example_site/media
