# Two commands for users: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	# bytecode of kg's modules, as pip writes for an installed package (an editable install leaves it to the first
	# import, which environments with PYTHONDONTWRITEBYTECODE never do: 0.14 s of every start)
	$(BIN)/python -m compileall -q kg
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/kg build seeds --out output
	@echo "Open $(CURDIR)/output/graph.html in a browser."

test: $(STAMP)
	$(BIN)/python -m pytest -n 2

clean:
	rm -rf $(VENV) output/graph.* output/facts.csv
