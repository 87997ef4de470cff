# The README's first two commands: `make lectures` and `make test`. Both bootstrap what is missing.
VENV   ?= .venv
PY     := $(VENV)/bin/python
Q      ?= low
J      ?=

.PHONY: setup lectures test lint unit references clean

setup:
	@bash scripts/bootstrap.sh

lectures: setup
	$(PY) render.py build course -q $(Q) $(if $(J),-j $(J),)

lint: setup
	$(PY) -m ruff check .
	$(PY) -m mypy mlmath pipeline

test: lint
	$(PY) -m pytest

unit: setup
	$(PY) -m pytest -m "not render and not e2e"

# Regenerate the graphical reference frames on purpose (review the diff of tests/graphical/references/ before committing).
references: setup
	$(PY) -m pytest tests/test_graphical.py --set-references

clean:
	rm -rf media/low media/medium media/high media/production media/4k media/cache media/tmp
