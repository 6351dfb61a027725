# Lịch công tác — the two commands: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
FLASK := $(BIN)/flask --app wsgi

.PHONY: run test bench venv

# The venv is rebuilt whenever requirements.txt changes.
$(VENV)/.installed: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

venv: $(VENV)/.installed

# PORT (default 5000) is where the web server listens; BASE_URL, unless set, follows it, so the feed links
# and QR codes the pages show point to this server.
PORT ?= 5000
export PORT
export BASE_URL ?= http://localhost:$(PORT)

run: venv
	$(FLASK) init-db
	$(FLASK) seed-demo
	# The reminder scheduler runs beside the web server (its own process) and stops with it.
	$(FLASK) scheduler & trap 'kill $$! 2>/dev/null' EXIT INT TERM; \
	$(FLASK) run --host 127.0.0.1 --port $(PORT)

# Two workers (pytest-xdist), a test file each at a time: each starts its own PostgreSQL server (a free port, a
# temp dir) and its module fixtures (Chromium, the feed parsers) once per file. `$(BIN)/python -m pytest FILE`
# runs one file in one process.
test: venv
	bash scripts/test-deps.sh
	$(BIN)/python -m pytest -n 2 --dist loadfile

bench: venv
	command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk >/dev/null)
	$(BIN)/python -m bench
