# Two commands do everything on a fresh machine: `make serve` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
ADRES ?= 127.0.0.1:8000

.PHONY: serve build test validate bench lock chromium clean

serve: $(BIN)/.geinstalleerd node_modules/.geinstalleerd  ## build and serve the site on http://127.0.0.1:8000
	$(BIN)/mkdocs serve --dev-addr $(ADRES)

build: $(BIN)/.geinstalleerd node_modules/.geinstalleerd  ## static site into site/
	$(BIN)/mkdocs build

test: $(BIN)/.geinstalleerd node_modules/.geinstalleerd chromium  ## the whole test suite, browser tests included
	$(BIN)/python -m pytest

validate: $(BIN)/.geinstalleerd  ## check handbook_data/ against the schemas
	$(BIN)/python -m tools.laden

bench: $(BIN)/.geinstalleerd node_modules/.geinstalleerd chromium  ## print build and browser timings
	$(BIN)/python scripts/bench.py

lock:  ## re-pin requirements.txt from requirements.in in a clean virtualenv
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet -r requirements.in
	(echo "# Pinned by \`make lock\` from requirements.in. Do not edit by hand."; .lock-venv/bin/pip freeze --exclude pip) > requirements.txt
	rm -rf .lock-venv

$(BIN)/.geinstalleerd: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

node_modules/.geinstalleerd: package-lock.json
	npm ci --no-audit --no-fund
	touch $@

chromium:  ## Debian's Chromium for the browser tests (Playwright's own download does not work offline)
	@command -v chromium >/dev/null || ($(SUDO) apt-get update && $(SUDO) apt-get install -y chromium)

clean:
	rm -rf site $(VENV) node_modules .pytest_cache
