# Trợ lý CCHC — build, run, test, benchmark.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install install-dev run test lint typecheck pytest bench test-llm apt-ocr apt-browser eval clean

$(PY):
	python3.11 -m venv $(VENV) || python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip wheel setuptools

$(STAMP): pyproject.toml | $(PY)
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q -e .
	touch $(STAMP)

$(DEVSTAMP): $(STAMP) pyproject.toml
	$(PIP) install -q -e '.[dev]'
	touch $(DEVSTAMP)

install: $(STAMP) ## create .venv and install pinned dependencies

install-dev: $(DEVSTAMP)

apt-ocr: ## Tesseract + Vietnamese data + poppler + DejaVu fonts (Debian)
	@command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx vie && command -v pdftoppm >/dev/null \
	  && test -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf || \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr tesseract-ocr-vie \
	   poppler-utils fonts-dejavu-core >/dev/null)

apt-browser: ## Debian chromium for UI tests
	@test -x /usr/bin/chromium || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null)

run: install apt-ocr ## fill the index from corpus/ if empty, then serve API + UI
	$(VENV)/bin/cchc serve --host $(HOST) --port $(PORT)

lint: $(DEVSTAMP)
	$(VENV)/bin/ruff check assistant index eval tests

typecheck: $(DEVSTAMP)
	$(VENV)/bin/mypy assistant index eval

pytest: $(DEVSTAMP) apt-ocr apt-browser
	$(VENV)/bin/pytest -q -x

test: lint typecheck pytest ## ruff + mypy + pytest (includes the eval regression gate)

bench: install-dev apt-ocr ## ingest / latency / load / OCR benchmarks; results in bench/results.md
	$(PY) -m eval.bench all

eval: install-dev
	$(VENV)/bin/cchc eval run --qa eval/datasets/dev.jsonl --out runs/dev --baselines

test-llm: install-dev
	$(PIP) install -q -e '.[llm]'
	$(VENV)/bin/pytest -q tests/test_llm_gguf.py

clean:
	rm -rf $(VENV) .cchc .mypy_cache .ruff_cache .pytest_cache
