# Two commands that work on a fresh machine with Python 3.11+ and make: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501

.PHONY: run test bench clean

# Stamp files, not $(BIN)/python: that is a symlink whose date is the system Python's.
$(VENV)/.created:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	touch $@

$(VENV)/.runtime: requirements.txt $(VENV)/.created
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.testing: requirements.txt requirements-test.txt $(VENV)/.created
	$(BIN)/pip install --quiet -r requirements-test.txt
	touch $(VENV)/.runtime $@

run: $(VENV)/.runtime
	$(BIN)/streamlit run app.py --server.port $(PORT) --server.headless true

test: $(VENV)/.testing
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) .pytest_cache
