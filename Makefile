# One entry point for people and CI (STYLE.md 33). Every target creates/reuses .venv.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test lint bench fuzz clean venv i18n i18n-qm schema

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@rm -f $(VENV)/.installed-*
	$(MAKE) i18n-qm
	@touch $@

venv: $(STAMP)

## make run: the console on an embedded broker and SQLite, with a shipped scenario playing
run: $(STAMP)
	$(BIN)/incident-desk gui --demo

## make test: the whole default suite (CI calls this with CI=true)
test: $(STAMP)
	bash scripts/test.sh

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m benchmarks

## make fuzz: the fuzz properties with many more examples than CI runs (FUZZ_EXAMPLES=...)
fuzz: $(STAMP)
	IDESK_FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-20000} QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/fuzz -p no:randomly --timeout=0 -q

## make schema: rebuild the SQLite schema a new store is created from, after adding or
## changing a migration (incident_desk/store/migrations/sqlite_head.sql)
schema: $(STAMP)
	$(BIN)/python -c 'from incident_desk.store._migrate import main; main()'

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache artifacts

## make i18n: bring resources/i18n/*.ts in step with the source (pyside6-lupdate), then
## compile them (.qm, not committed: built here, by make venv and by the wheel build)
LANGS := fr ar ru sw kk ky rw
I18N_SOURCES = $(shell find incident_desk -name '*.py' -not -path '*/migrations/*' | LC_ALL=C sort)
i18n: $(STAMP)
	@$(BIN)/pyside6-lupdate -locations none -no-obsolete $(I18N_SOURCES) \
		$(foreach l,$(LANGS),-ts resources/i18n/incident_desk_$(l).ts)
	@# English is the source: its catalog holds only the plural forms (%n texts)
	@$(BIN)/pyside6-lupdate -locations none -no-obsolete -pluralonly $(I18N_SOURCES) \
		-ts resources/i18n/incident_desk_en.ts
	$(MAKE) i18n-qm

i18n-qm:
	@for ts in resources/i18n/*.ts; do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done
