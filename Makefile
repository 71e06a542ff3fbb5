# Qalam: `make run` starts the app, `make test` runs every check. Both set up what they need.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.qalam-installed
TS     := translations/qalam_ar.ts translations/qalam_en.ts
# Hand-written gaps in Qt's own Arabic catalogue (never run through lupdate).
QT_SUPPLEMENT := translations/qt_supplement_ar.ts
QM     := $(TS:.ts=.qm) $(QT_SUPPLEMENT:.ts=.qm)

.PHONY: run test lint typecheck pytest bench translations update-translations package clean sysdeps-run sysdeps-test sysdeps-package

run: sysdeps-run $(STAMP) $(QM)
	$(PY) -m editor_app $(ARGS)

test: sysdeps-test $(STAMP) $(QM) lint typecheck pytest

sysdeps-run:
	@scripts/ensure-system-deps.sh run

sysdeps-test:
	@scripts/ensure-system-deps.sh test

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	@touch $@

# .qm files are build products, never committed.
translations/%.qm: translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

update-translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations none $$(find editor_app -name '*.py' | sort) -ts $(TS)

lint: $(STAMP)
	$(VENV)/bin/ruff check editor_app tests bench scripts

typecheck: $(STAMP)
	$(VENV)/bin/mypy

pytest: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: sysdeps-test $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) bench/run_all.py

# Wheel + sdist, .deb and PyInstaller bundle into dist/, then validators and smoke tests
# (packaging/README.md). Slow (several minutes): not part of `make test`.
package: sysdeps-package $(STAMP) $(QM)
	$(PY) -m pip install -q -e '.[dev,package]'
	scripts/package-build.sh
	scripts/package-smoke.sh

sysdeps-package:
	@scripts/ensure-system-deps.sh package

clean:
	rm -rf build dist *.egg-info $(QM) .mypy_cache .ruff_cache .pytest_cache
