# pulumi-langsmith developer tasks. Every target sets up what it needs on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
CONSTRAINTS := tests/constraints.txt
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml $(CONSTRAINTS) | sha256sum | cut -c1-12)
PYTEST_WORKERS ?= 2

.PHONY: venv cli lint test test-fast demo bench contract schema codegen clean

$(STAMP): pyproject.toml $(CONSTRAINTS)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c $(CONSTRAINTS) -e '.[test,emulator]'
	@rm -f $(VENV)/.installed-*
	@touch $@

## venv: the project's virtualenv with the package (editable, with the emulator extra) and test tools, pinned by tests/constraints.txt
venv: $(STAMP)

## cli: build (or reuse) the Pulumi CLI from the Go module proxy; prints its bin directory
cli:
	@scripts/pulumi-cli

## lint: ruff (lint and format) and mypy, zero findings
lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

## test: lint, then every test, end-to-end ones with the real Pulumi CLI included (what CI runs)
test: lint
	@CLI_DIR="$$(scripts/pulumi-cli)" && \
	  PATH="$$CLI_DIR:$(CURDIR)/$(BIN):$$PATH" $(BIN)/python -m pytest -n $(PYTEST_WORKERS) -p no:cacheprovider $(PYTEST_ARGS)

## test-fast: the tests that need no Pulumi CLI
test-fast: venv
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) -p no:cacheprovider -m "not e2e" $(PYTEST_ARGS)

## demo: pulumi up / refresh / destroy of examples/quickstart against the embedded emulator
demo: venv
	@CLI_DIR="$$(scripts/pulumi-cli)" && PATH="$$CLI_DIR:$(CURDIR)/$(BIN):$$PATH" $(BIN)/python scripts/demo.py

## bench: provider vs raw-HTTP ratios and state sizes, measured side by side in one run
bench: venv
	@CLI_DIR="$$(scripts/pulumi-cli)" && PATH="$$CLI_DIR:$(CURDIR)/$(BIN):$$PATH" $(BIN)/python scripts/bench.py

## codegen: regenerate the typed resource classes (provider/pulumi_langsmith/typed.py) from the kind declarations
codegen: venv
	$(BIN)/pulumi-langsmith codegen

## schema: regenerate schema.json and the README's generated reference sections from the resource specs
schema: venv
	$(BIN)/pulumi-langsmith schema > schema.json
	$(BIN)/pulumi-langsmith docs

## contract: regenerate the reduced API contract from ../shared/specs
contract: venv
	$(BIN)/python scripts/extract_contract.py

clean:
	rm -rf $(VENV) .pulumi-cli .pytest_cache
