# 教育扶贫台账 — the two commands are `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := resources/translations/fupin_zh_CN.ts
QM := resources/translations/fupin_zh_CN.qm
DEMO_DB ?= $(HOME)/.local/share/fupin-desktop/demo.db
# lupdate reads the core's no-op markers N_() and tr() as well as Qt's self.tr().
LUPDATE_FLAGS := -extensions py -tr-function-alias QT_TR_NOOP+=N_,tr+=tr -no-obsolete -locations none

.PHONY: run demo test test-fast lint format tr-update tr-build dist bench clean

$(STAMP): pyproject.toml
	# A half-made or dangling .venv (a copied checkout, an interrupted install) is made anew.
	test -x $(PY) || { rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(QM): $(TS) $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $(TS) -qm $(QM)

run: $(STAMP) $(QM)
	$(PY) main.py

demo: $(STAMP) $(QM)
	@test -f $(DEMO_DB) || ( mkdir -p $(dir $(DEMO_DB)) && \
	  $(VENV)/bin/fupin --db $(DEMO_DB) demo --schools 9 --students 2000 )
	$(PY) main.py --db $(DEMO_DB)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# One pytest process per test file, one file per core at a time (tools/test_files.py):
# a file's module fixtures (demo ledgers) are built once, GUI and core tests never share a
# process, and a process that crashes or hangs fails its own file instead of the whole run.
# TEST_JOBS=1 runs one file at a time; `make test-fast` leaves out the slow tests.
TEST_JOBS ?= $(shell nproc 2>/dev/null || echo 2)

test: lint $(QM)
	$(PY) tools/test_files.py -j $(TEST_JOBS) tests

test-fast: $(STAMP) $(QM)
	$(PY) tools/test_files.py -j $(TEST_JOBS) tests -- -m "not slow"

tr-update: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $(LUPDATE_FLAGS) main.py fupin_desktop ui -ts $(TS)

tr-build: $(QM)

dist: $(STAMP) $(QM)
	$(VENV)/bin/pyinstaller --noconfirm --clean installer.spec

bench: $(STAMP)
	$(PY) -m benchmarks.run_all

clean:
	rm -rf build dist $(QM)
