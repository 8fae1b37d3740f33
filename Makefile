# planexport: `make run` and `make test` set up everything they need by themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
NODE_DIR := tests/interop/node

.PHONY: run test lint typecheck pytest bench bench-quick node-deps browser-deps dav-deps clean

run: $(VENV)/.run-installed
	@mkdir -p out
	$(BIN)/planexport export ics plans/go-track.md -o out/go-track.ics
	$(BIN)/planexport show plans/go-track.md --schedule

test: $(VENV)/.test-installed node-deps browser-deps dav-deps lint typecheck pytest

lint: $(VENV)/.test-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

typecheck: $(VENV)/.test-installed
	$(BIN)/mypy

pytest: $(VENV)/.test-installed node-deps browser-deps dav-deps
	$(BIN)/pytest

# `make bench BENCH="--only caldav"` measures one figure alone.
bench: $(VENV)/.test-installed
	$(BIN)/python -m bench $(BENCH)

bench-quick: $(VENV)/.test-installed
	$(BIN)/python -m bench --quick

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.run-installed: pyproject.toml $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.test-installed: pyproject.toml $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@ $(VENV)/.run-installed

# Mozilla's ical.js (Thunderbird's parser) for the interop tests, from the project's lock file.
node-deps:
	@if [ -f $(NODE_DIR)/package.json ]; then \
		if [ ! -d $(NODE_DIR)/node_modules ] || [ $(NODE_DIR)/package-lock.json -nt $(NODE_DIR)/node_modules ]; then \
			cd $(NODE_DIR) && npm ci --no-audit --no-fund --silent && touch node_modules; \
		fi; \
	fi

# Debian's Chromium, the real browser the preview test renders the week in.
browser-deps:
	@if [ ! -x /usr/bin/chromium ]; then \
		sudo=$$([ "$$(id -u)" -eq 0 ] || echo sudo); \
		$$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		$$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	fi

# The CalDAV servers most people use, from Debian: SabreDAV (the engine of Nextcloud, ownCloud and
# Baikal) under PHP on SQLite, and Cyrus IMAP's CalDAV (Fastmail's), with saslpasswd2 for its
# test user. The push is tested against them as well as against Radicale and Xandikos.
dav-deps:
	@if [ ! -x /usr/bin/php ] || [ ! -f /usr/share/php/Sabre/autoload.php ] || \
		! php -r 'exit(extension_loaded("pdo_sqlite") ? 0 : 1);' || \
		[ ! -x /usr/lib/cyrus/bin/httpd ] || [ ! -x /usr/lib/cyrus/bin/imapd ] || \
		[ ! -x /usr/sbin/saslpasswd2 ]; then \
		sudo=$$([ "$$(id -u)" -eq 0 ] || echo sudo); \
		$$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		$$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			php-cli php-sqlite3 php-sabre-dav cyrus-caldav cyrus-imapd sasl2-bin; \
	fi

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache $(NODE_DIR)/node_modules
