# Every target sets itself up: a fresh machine needs only Python 3.10+.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
CORPUS ?= corpus
OUTPUTS ?= outputs

.PHONY: setup extract test eval bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

extract: $(STAMP)
	$(PY) -m pipeline extract $(CORPUS) $(OUTPUTS)

test: $(STAMP)
	$(PY) -m pytest -q

eval: $(STAMP)
	$(PY) -m bench.evaluate

bench: $(STAMP)
	$(PY) -m bench.speed

clean:
	rm -rf $(VENV) $(OUTPUTS)/*
