# Veille patrimoniale – Bassin minier UNESCO
# Every target does the set-up it needs (apt packages, .venv), idempotently.
SHELL := /bin/bash
PY := .venv/bin/python
export QT_QPA_PLATFORM ?= offscreen
export PYTHONDONTWRITEBYTECODE := 1
OUT ?= out

.PHONY: help setup data demo test test-unit test-qgis test-e2e bench package qgis lint clean

help:
	@echo "make demo     – installe ce qui manque puis lance l'analyse de démonstration (données fictives)"
	@echo "make test     – installe ce qui manque puis lance toute la suite de tests"
	@echo "make bench    – mesure le moteur d'analyse face à GeoPandas (1 000 000 points)"
	@echo "make package  – construit dist/veille_plugin.zip (installable depuis QGIS)"
	@echo "make qgis     – ouvre QGIS avec le plugin dans un profil jetable"
	@echo "make data     – reconvertit les couches officielles embarquées en GeoPackage Lambert-93"

setup:
	@./scripts/bootstrap.sh

data: setup
	$(PY) scripts/build_reference.py

demo: setup
	$(PY) scripts/demo.py --out $(OUT)/demo

test: setup
	$(PY) -m pytest

test-unit: setup
	$(PY) -m pytest tests/unit

bench: setup
	env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE $(PY) scripts/bench.py
	env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE $(PY) scripts/bench_rules.py
	env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE $(PY) scripts/bench_sweep.py
	$(PY) scripts/bench_plu.py

package: setup
	$(PY) scripts/package.py

qgis: package
	./scripts/run_qgis.sh

lint: setup
	.venv/bin/ruff check veille_plugin tests scripts

clean:
	rm -rf dist build $(OUT) tests/artifacts .pytest_cache
