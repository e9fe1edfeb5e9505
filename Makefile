# Two commands on a fresh machine:  `make run` (the main job) and `make test` (the whole suite).
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
# The Apertium pairs give real Belarusian and Ukrainian drafts on an offline machine.
APERTIUM_PACKAGES := apertium apertium-bel-rus apertium-rus-ukr
DEBIAN_PACKAGES := gettext chromium postgresql redis-server $(APERTIUM_PACKAGES) wamerican wbritish hunspell-be hunspell-uk hunspell-pl hunspell-ru
SEED_ARTICLE := seeds/pohonia-battalion.en.txt
SEED_TERMBASE := seeds/termbase.csv
# A reviewed Russian translation of the seed article (XLIFF 2.0, state "final"): Belarusian and
# Ukrainian drafts are made from it with Apertium.
SEED_RUSSIAN := seeds/pohonia-battalion.ru.xlf

.PHONY: run test install system-packages apertium-packages benchmarks clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# argostranslate pulls torch: the pinned CPU wheel lies on this machine's disk; anything
	# else makes pip fetch a multi-GB CUDA build.
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/.installed

# $(call debian_packages,PACKAGES,TARGET,WITHOUT ROOT): install the missing PACKAGES when root;
# otherwise say `sudo make TARGET` and run the WITHOUT ROOT command (exit 1, or true to go on).
define debian_packages
	@missing=$$(for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ] && [ "$$(id -u)" != 0 ]; then \
		echo "missing Debian packages:" $$missing "- run 'sudo make $(2)' once"; $(3); \
	elif [ -n "$$missing" ]; then \
		echo "installing Debian packages:" $$missing; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi
endef

# Debian packages used by the tests and the Apertium engine (needs root; skipped when present).
system-packages:
	$(call debian_packages,$(DEBIAN_PACKAGES),system-packages,exit 1)

# The main job goes on without them (no Belarusian / Ukrainian drafts then).
apertium-packages:
	$(call debian_packages,$(APERTIUM_PACKAGES),apertium-packages,true)

run: install apertium-packages
	$(BIN)/workbench db upgrade
	$(BIN)/workbench glossary import $(SEED_TERMBASE)
	@# The reviewed Russian comes in only with a newly imported seed: a second run must not undo
	@# what people changed in the editor since.
	@document=$$($(BIN)/workbench import $(SEED_ARTICLE) --lang en --title "Pohonia Battalion" --if-new --json \
		| $(BIN)/python -c 'import json, sys; seed = json.load(sys.stdin); print("" if seed["existing"] else seed["id"])'); \
	if [ -n "$$document" ]; then \
		$(BIN)/workbench import-xliff $$document $(SEED_RUSSIAN) --author "seed translation"; \
	fi
	$(BIN)/workbench translate --all --to be,uk,pl,ru
	$(BIN)/workbench serve --host 127.0.0.1 --port 5000

# Every test runs: a missing service or package (PostgreSQL, Chromium, Apertium pairs) fails the run.
test: install system-packages
	VENV=$(VENV) bash scripts/run-tests.sh

benchmarks: install
	for script in benchmarks/*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache
