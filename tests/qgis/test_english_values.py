"""Issue 28, «English»: under an English QGIS the values the plugin shows are English too — the Veille dock's cells
and case panel, and the comité technique report — while the register keeps its French values."""

import re
from pathlib import Path

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
FRENCH_VALUES = ("majeur", "bloquant", "à examiner", "zone tampon", "non localisé", "commune seulement")


@pytest.fixture
def english_plugin(real_docking, qgis_new_project, english):
    import subprocess
    import sys

    from veille_plugin import classFactory
    from veille_plugin.core.i18n import set_translator

    if not (ROOT / "resources" / "i18n" / "veille_plugin_en.qm").exists():  # built, never committed (`make qm`)
        subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), "--qm-only"], check=True)
    plugin = classFactory(real_docking)
    plugin.initGui()
    assert plugin.translator is not None, "resources/i18n/veille_plugin_en.qm missing: run `make qm`"
    yield plugin
    plugin.unload()
    set_translator(lambda context, text: text)  # the next tests read French again


def _column(dock, name):
    from veille_plugin.gui.cases_model import COLUMNS

    col = [c for c, _ in COLUMNS].index(name)
    model = dock.model
    return [model.data(model.index(r, col), Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]


def test_the_veille_dock_reads_in_english(english_plugin, demo_register):
    from veille_plugin.core.register import open_register

    assert QgsApplication.locale().startswith("en")
    dock = english_plugin.toggle_veille_dock(True)
    assert dock.windowTitle() == "Permits – Heritage watch"
    assert dock.model.rowCount() > 20
    zones, severities, statuses = _column(dock, "zone"), _column(dock, "severite"), _column(dock, "statut_veille")
    assert "Property" in zones and "buffer zone" in zones and "bien" not in zones and "zone_tampon" not in zones
    assert {"major", "blocking"} & set(severities) and not {"majeur", "bloquant", "à vérifier"} & set(severities)
    assert set(statuses) == {"to examine"}
    # the stored values stay French (filters, colours and the register read them)
    assert set(dock.model.df["statut_veille"]) == {"à examiner"} and "bien" in set(dock.model.df["zone"])
    # the case panel: zone, severity and the rules' titles in English
    row = next(r for r, s in enumerate(severities) if s in ("major", "blocking"))
    dock.ui.tableCases.setCurrentIndex(dock.proxy.mapFromSource(dock.model.index(row, 0)))
    panel = dock.ui.txtCase.toPlainText()
    assert re.search(r"\b(major|blocking)\b", panel), panel
    assert "Why this priority" in panel and " : valeur " not in panel and re.search(r": value .+ → priority \d", panel)
    assert not any(f" {w}\n" in panel + "\n" for w in ("majeur", "bloquant")), panel
    with open_register(str(demo_register)) as reg:
        # the sweep ran under the English translator: the priority's sentence it stored is French all the same
        motifs = reg.case_columns(["priorite_motif"])["priorite_motif"].dropna()
        assert any(" : valeur " in m and "priorité" in m for m in motifs)
        assert not any(" value " in m or "priority" in m for m in motifs)
        assert set(reg.case_columns(["severite"])["severite"]) <= {
            "aucune",
            "information",
            "à vérifier",
            "majeur",
            "bloquant",
        }


def test_the_committee_report_reads_in_english(english_plugin, demo_register, ref, tmp_path):
    import json

    from veille_plugin.core.register import open_register
    from veille_plugin.core.reports.committee import period, write_committee

    with open_register(str(demo_register)) as reg:
        files = write_committee(reg, ref, tmp_path / "rapports", period())
    page = Path(files["rapports"][0]).read_text(encoding="utf-8")
    cells = re.findall(r"<td[^>]*>(.*?)</td>", page, flags=re.S)
    assert {"major", "blocking"} & set(cells), "no English severity in the report's cells"
    assert "Property" in cells or any("(Property)" in c for c in cells)
    assert not {"majeur", "bloquant", "à examiner", "bien", "zone tampon"} & set(cells)
    assert any("to examine" in c for c in cells)  # the triage status of the listed cases
    assert any(re.match(r"[1-5] – (very high|high|medium|low|very low)$", c) for c in cells)  # priority ranks
    # the figures for machines stay French and stable
    figures = json.loads(Path(files["json"][0]).read_text(encoding="utf-8"))
    assert set(figures["par_severite"]) <= {"aucune", "information", "à vérifier", "majeur", "bloquant"}


def test_every_dock_has_the_one_product_name(english_plugin):
    """One name for the product: «… – Heritage watch» in English as «… – Veille patrimoniale» in French."""
    titles = []
    for name in ("analysis", "rules", "veille", "alerts", "plu", "reports"):
        dock = getattr(english_plugin, f"toggle_{name}_dock")(True)
        titles.append(dock.windowTitle())
        getattr(english_plugin, f"toggle_{name}_dock")(False)
    assert all(t.endswith(" – Heritage watch") for t in titles), titles
    assert not any("monitoring" in t or "Veille" in t for t in titles), titles


def test_the_sweep_report_reads_in_english(english_plugin, demo_register, tmp_path):
    """The sweep run under the English translator (demo_register) wrote its report in English; cases.csv French."""
    import csv

    report = next((tmp_path / "s1").rglob("rapport.html"))
    page = report.read_text(encoding="utf-8")
    cells = re.findall(r"<td[^>]*>(.*?)</td>", page, flags=re.S)
    assert {"major", "blocking"} & set(cells) and not {"majeur", "bloquant", "à examiner"} & set(cells)
    assert "to examine" in cells and any("Footprint within the inscribed Property" in c for c in cells)
    rows = list(csv.DictReader(next((tmp_path / "s1").rglob("cases.csv")).open(encoding="utf-8-sig"), delimiter=";"))
    assert {r["severite"] for r in rows} <= {"aucune", "information", "à vérifier", "majeur", "bloquant"}
    assert {r["priorite"] for r in rows if r["priorite"]} <= {
        "1 – très haute",
        "2 – haute",
        "3 – moyenne",
        "4 – basse",
        "5 – très basse",
    }
