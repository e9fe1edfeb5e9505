# Two commands on a fresh machine:  `make run` (the main job) and `make test` (the whole suite).
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
DEBIAN_PACKAGES := gettext chromium postgresql redis-server apertium apertium-bel-rus apertium-rus-ukr
SEED_ARTICLE := seeds/pohonia-battalion.en.txt
SEED_TERMBASE := seeds/termbase.csv

.PHONY: run test install system-packages benchmarks clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# argostranslate pulls torch: the pinned CPU wheel lies on this machine's disk; anything
	# else makes pip fetch a multi-GB CUDA build.
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/.installed

# Debian packages used by the tests and the Apertium engine (needs root; skipped when present).
system-packages:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ] && [ "$$(id -u)" != 0 ]; then \
		echo "missing Debian packages:" $$missing "- run 'sudo make system-packages' once"; exit 1; \
	fi; \
	if [ -n "$$missing" ]; then \
		echo "installing Debian packages:" $$missing; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

run: install
	$(BIN)/workbench db upgrade
	$(BIN)/workbench glossary import $(SEED_TERMBASE)
	$(BIN)/workbench import $(SEED_ARTICLE) --lang en --title "Pohonia Battalion" --if-new
	$(BIN)/workbench translate --all --to be,uk,pl,ru
	$(BIN)/workbench serve --host 127.0.0.1 --port 5000

# Every test runs: a missing service or package (PostgreSQL, Chromium, Apertium pairs) fails the run.
test: install system-packages
	VENV=$(VENV) bash scripts/run-tests.sh

benchmarks: install
	for script in benchmarks/*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache
