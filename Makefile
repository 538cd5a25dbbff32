# Veille patrimoniale – Bassin minier UNESCO
# Every target does the set-up it needs (apt packages, .venv), idempotently.
SHELL := /bin/bash
PY := .venv/bin/python
export QT_QPA_PLATFORM ?= offscreen
export PYTHONDONTWRITEBYTECODE := 1
OUT ?= out

.PHONY: help setup setup-bench data demo test test-unit test-matrix bench package qgis lint clean translations qm

help:
	@echo "make demo     – installe ce qui manque puis lance l'analyse de démonstration (données fictives)"
	@echo "make test     – installe ce qui manque puis lance toute la suite de tests"
	@echo "make bench    – mesure le moteur d'analyse face à GeoPandas (1 000 000 points)"
	@echo "make package  – construit dist/veille_plugin.zip (installable depuis QGIS)"
	@echo "make qgis     – ouvre QGIS avec le plugin dans un profil jetable"
	@echo "make data     – reconvertit les couches officielles embarquées en GeoPackage Lambert-93"
	@echo "make translations – extrait les textes à traduire (resources/i18n/*.ts) et compile les .qm"
	@echo "make test-matrix – make test dans Debian 13 (QGIS 3.40) et sid (QGIS 3.44), systèmes construits par mmdebstrap"

setup:
	@./scripts/bootstrap.sh

setup-bench:
	@./scripts/bootstrap.sh --bench

data: setup
	$(PY) scripts/build_reference.py

demo: setup
	$(PY) scripts/demo.py --out $(OUT)/demo

test: setup qm
	$(PY) -m pytest $(PYTEST_ARGS)

# translations: extract (pylupdate5), keep the existing ones, compile (lrelease); `qm` only compiles
translations: setup
	$(PY) scripts/translations.py

qm: setup
	@$(PY) scripts/translations.py --qm-only >/dev/null

# make test inside Debian 13 and sid root filesystems (root; MATRIX_RELEASES, MATRIX_REBUILD, MATRIX_WORKTREE)
test-matrix:
	./scripts/test_matrix.sh

test-unit: setup
	$(PY) -m pytest tests/unit

BENCH_PY := .venv-bench/bin/python
bench: setup setup-bench
	env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE $(BENCH_PY) scripts/bench.py
	env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE $(BENCH_PY) scripts/bench_rules.py
	env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE $(BENCH_PY) scripts/bench_sweep.py
	$(BENCH_PY) scripts/bench_plu.py
	$(PY) scripts/bench_veille_dock.py
	$(BENCH_PY) scripts/bench_reports.py
	env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE $(BENCH_PY) scripts/bench_desktop.py

package: setup
	$(PY) scripts/package.py

qgis: package
	./scripts/run_qgis.sh

lint: setup
	.venv/bin/ruff check veille_plugin tests scripts

clean:
	rm -rf dist build $(OUT) tests/artifacts .pytest_cache
