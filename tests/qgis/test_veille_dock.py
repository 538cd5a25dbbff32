"""«Veille» dock: the register's cases with filters and triage, and the sweep as a background task."""

import html
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"


def test_veille_dock_lists_filters_and_triages(plugin, demo_register):
    from veille_plugin.core.register import open_register

    dock = plugin.toggle_veille_dock(True)
    total = dock.model.rowCount()
    assert total > 20 and dock.proxy.rowCount() == total
    dock.ui.comboZone.setCurrentIndex(dock.ui.comboZone.findData("bien"))
    in_bien = dock.proxy.rowCount()
    assert 0 < in_bien < total
    assert all(
        dock.model.df["zone"][dock.proxy.mapToSource(dock.proxy.index(r, 0)).row()] == "bien" for r in range(in_bien)
    )
    dock.ui.editSearch.setText("démolition")
    assert 0 < dock.proxy.rowCount() < in_bien
    # triage the first shown case
    dock.ui.tableCases.setCurrentIndex(dock.proxy.index(0, 0))
    case = dock.current_case()
    dock.ui.comboCaseStatus.setCurrentIndex(dock.ui.comboCaseStatus.findData("en cours"))
    dock.ui.editAssignee.setText("Instructeur UDAP")
    dock.ui.editComment.setText("Demander des photos")
    dock.save_triage()
    with open_register(str(demo_register)) as reg:
        stored = reg.get_cases([case["numero_norm"]]).iloc[0]
        assert stored["statut_veille"] == "en cours" and stored["assignee"] == "Instructeur UDAP"
        assert reg.comments(case["numero_norm"])[0]["text"] == "Demander des photos"
    # the history in French: field names and dates as people read them (issue 15, point 6)
    shown = dock.ui.txtHistory.toPlainText()
    assert "statut de veille : à examiner → en cours" in shown and "statut_veille" not in shown
    assert re.search(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", shown) and "T" not in shown.split("—")[0]
    # sorting by severity puts the most severe case of the register first
    dock.ui.editSearch.clear()
    dock.ui.comboZone.setCurrentIndex(0)
    sev_col = [c for c, _ in __import__("veille_plugin.gui.cases_model", fromlist=["COLUMNS"]).COLUMNS].index(
        "severite"
    )
    dock.proxy.sort(sev_col)
    order = ["bloquant", "majeur", "à vérifier", "information", "aucune"]
    worst = min(dock.model.df["severite"], key=order.index)
    assert worst in ("bloquant", "majeur")
    assert dock.proxy.index(0, sev_col).data() == worst
    assert dock.proxy.index(dock.proxy.rowCount() - 1, sev_col).data() != worst


def test_zone_filter_lists_commune_located_cases_apart(plugin, demo_register):
    """Issue 13: the zone filter offers «commune seulement»; those cases are never under «Bien»."""
    dock = plugin.toggle_veille_dock(True)
    combo = dock.ui.comboZone
    idx = combo.findData("commune")
    assert idx > 0 and "commune seulement" in combo.itemText(idx)
    zones = dock.model.df["zone"]
    located_by_commune = set(dock.model.df.loc[dock.model.df["localisation"] == "commune", "numero"])
    assert located_by_commune
    combo.setCurrentIndex(idx)
    shown = {
        dock.model.df["numero"][dock.proxy.mapToSource(dock.proxy.index(r, 0)).row()]
        for r in range(dock.proxy.rowCount())
    }
    assert shown == located_by_commune
    combo.setCurrentIndex(combo.findData("bien"))
    in_bien = {
        dock.model.df["numero"][dock.proxy.mapToSource(dock.proxy.index(r, 0)).row()]
        for r in range(dock.proxy.rowCount())
    }
    assert in_bien and not in_bien & located_by_commune
    assert (zones[dock.model.df["localisation"] == "commune"] == "commune").all()
    combo.setCurrentIndex(0)


def test_processing_applies_the_approximate_location_rule(plugin, qgis_processing, demo_register, tmp_path):
    """A layer of cases exported by a sweep (cases.gpkg, with its «localisation» field) screened again through
    Processing: the cases located only by their commune come out «commune», with nothing attributed."""
    import processing
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(tmp_path / "s1" / "cases.gpkg") + "|layername=dossiers", "dossiers", "ogr")
    assert layer.isValid()
    by_commune = {f["numero"] for f in layer.getFeatures() if f["localisation"] == "commune"}
    assert by_commune
    for alg in ("veille_patrimoniale:analyser_couche", "veille_patrimoniale:appliquer_regles"):
        out = processing.run(alg, {"INPUT": layer, "DISTANCE": 500, "OUTPUT": "memory:"})["OUTPUT"]
        rows = {f["numero"]: f for f in out.getFeatures()}
        for numero, f in rows.items():
            if numero in by_commune:
                assert f["bm_zone"] == "commune" and not f["bm_elements"], (alg, numero)
            else:
                assert f["bm_zone"] != "commune", (alg, numero)


def test_sweep_task_runs_in_background_and_reloads(plugin, demo_register, tmp_path, qtbot):
    from qgis.core import QgsApplication

    dock = plugin.toggle_veille_dock(True)
    before = dock.model.rowCount()
    dock.ui.editParcels.setText(str(DEMO / "parcelles_fictives.geojson"))
    dock.ui.editOut.setText(str(tmp_path / "s2"))
    task = dock.start_sweep([str(DEMO / "permis_fictifs_semaine2.csv")])
    assert task is not None
    qtbot.waitUntil(lambda: dock.task is None, timeout=120_000)
    assert (tmp_path / "s2" / "rapport.html").exists()
    assert dock.model.rowCount() > before
    assert QgsApplication.taskManager().countActiveTasks() == 0


def test_the_sweep_box_asks_the_covisibility_over_the_relief(plugin, demo_register, tmp_path, qtbot):
    """Issue 26: «Covisibilité (relief)» ticked in the Veille dock, the sweep asks the profiles of the altimetry
    service set in the settings (a local server here) for the FICTITIOUS turbines of week 1; unticked, none."""
    from altimetry_server import AltimetryServer, ridge

    from veille_plugin.core import config

    dock = plugin.toggle_veille_dock(True)
    dock.ui.editParcels.setText(str(DEMO / "parcelles_fictives.geojson"))
    with AltimetryServer(ridge) as server:
        previous = config.load_settings().altimetry_url
        config.update_settings(altimetry_url=server.url)
        try:
            for ticked, out in ((False, "off"), (True, "on")):
                dock.ui.chkCovisibility.setChecked(ticked)
                dock.ui.editOut.setText(str(tmp_path / out))
                assert dock.start_sweep([str(DEMO / "permis_fictifs_semaine1.csv")]) is not None
                qtbot.waitUntil(lambda: dock.task is None, timeout=120_000)
                assert bool(server.requests) is ticked, (ticked, len(server.requests))
        finally:
            config.update_settings(altimetry_url=previous)


def test_processing_sweep_algorithm(plugin, qgis_processing, tmp_path):
    import processing

    from veille_plugin.core.register import open_register

    target = str(tmp_path / "registre_processing.gpkg")
    params = {
        "SOURCES": [str(DEMO / "permis_fictifs_semaine1.csv")],
        "FORMAT": 0,
        "PARCELS": str(DEMO / "parcelles_fictives.geojson"),
        "REGISTER": target,
        "AUTHOR": "qgis_process",
        "OUTPUT": str(tmp_path / "sortie"),
    }
    res = processing.run("veille_patrimoniale:balayage", params)
    assert Path(res["RAPPORT"]).exists() and Path(res["DOSSIERS"]).exists()
    assert res["NOUVEAUX"] > 20 and res["MODIFIES"] == 0
    with open_register(target) as reg:
        assert reg.count_cases() == res["NOUVEAUX"]
        assert reg.sweeps()[0]["author"] == "qgis_process"


def test_veille_dock_shows_modified_cases_of_the_latest_sweep(plugin, tmp_path, ref):
    from veille_plugin.core import config
    from veille_plugin.core.register import open_register
    from veille_plugin.core.rules.catalogue import load_catalogue
    from veille_plugin.core.sweep.run import SourceSpec, run_sweep

    path = tmp_path / "registre.gpkg"
    with open_register(str(path)) as reg:
        for week in (1, 2):
            run_sweep(
                [SourceSpec(str(DEMO / f"permis_fictifs_semaine{week}.csv"), name="demo")],
                reg,
                ref,
                load_catalogue(),
                tmp_path / f"s{week}",
                parcels=str(DEMO / "parcelles_fictives.geojson"),
            )
        latest = int(reg.sweeps()[-1]["id"])
        modified = reg.changed_in_sweep(latest)
    assert modified
    config.set_value("register", str(path))
    dock = plugin.toggle_veille_dock(True)
    shown = dict(zip(dock.model.df["numero_norm"], dock.model.df["changement_affiche"]))
    assert {k for k, v in shown.items() if v == "modifié"} == modified - {
        k for k, v in shown.items() if v in ("nouveau", "disparu")
    }
    assert "modifié" in set(shown.values())


def test_processing_reports_input_and_internal_errors_in_french(plugin, qgis_processing, tmp_path, monkeypatch):
    """No traceback reaches a Processing user (issue 12): an unusable input gives its French message; an unexpected
    exception gives a French message naming the log that holds the traceback."""
    import processing
    from qgis.core import QgsProcessingException

    folder = tmp_path / "liste"
    folder.mkdir()
    params = {
        "SOURCES": [str(folder)],
        "FORMAT": 0,
        "PARCELS": str(DEMO / "parcelles_fictives.geojson"),
        "REGISTER": str(tmp_path / "registre.gpkg"),
        "AUTHOR": "qgis",
        "OUTPUT": str(tmp_path / "sortie"),
    }
    with pytest.raises(QgsProcessingException) as err:
        processing.run("veille_patrimoniale:balayage", params)
    assert "est un dossier, pas un fichier" in str(err.value) and "Traceback" not in str(err.value)

    from veille_plugin.core.sweep import run as sweep_run

    def broken(*_args, **_kwargs):
        raise KeyError("colonne_imprevue")

    monkeypatch.setattr(sweep_run, "import_sources", broken)
    params["SOURCES"] = [str(DEMO / "permis_fictifs_semaine1.csv")]
    with pytest.raises(QgsProcessingException) as err:
        processing.run("veille_patrimoniale:balayage", params)
    text = str(err.value)
    assert "Erreur interne inattendue (KeyError)" in text and "Traceback" not in text
    log = Path(text.split("Le détail technique est dans ")[1].split(" : ")[0])
    assert "colonne_imprevue" in log.read_text("utf-8")


def test_choosing_a_case_shows_it_and_open_opens(plugin, demo_register, tmp_path, monkeypatch):
    """Issue 15, point 6: selecting a case zooms to it; «Ouvrir…» is an open dialog, not a save dialog."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject
    from qgis.PyQt.QtWidgets import QFileDialog

    from veille_plugin.core.register import open_register

    dock = plugin.toggle_veille_dock(True)
    with open_register(str(demo_register)) as reg:  # the dock lists a few columns; the geometry is read when chosen
        full = reg.get_cases().set_index("numero_norm")
    df = dock.model.df
    located = [
        k
        for k in range(len(df))
        if full.loc[df["numero_norm"].iloc[k], "geom_wkb"] is not None and df["localisation"].iloc[k] != "commune"
    ]
    assert located
    canvas = plugin.iface.mapCanvas()
    for k in located[:2]:
        dock.ui.tableCases.setCurrentIndex(dock.proxy.mapFromSource(dock.model.index(k, 0)))
        import shapely

        p = shapely.point_on_surface(shapely.from_wkb(full.loc[df["numero_norm"].iloc[k], "geom_wkb"]))
        pt = QgsCoordinateTransform(
            QgsCoordinateReferenceSystem("EPSG:2154"), canvas.mapSettings().destinationCrs(), QgsProject.instance()
        ).transform(QgsPointXY(p.x, p.y))
        assert canvas.extent().contains(pt), df["numero"].iloc[k]
        assert canvas.extent().width() < 20000  # a zoom, not the whole basin
    other = tmp_path / "autre.gpkg"
    with open_register(str(other)):
        pass
    asked = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: asked.append("open") or (str(other), ""))
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: asked.append("save") or ("", "")))
    dock.ui.btnOpenRegister.click()
    assert asked == ["open"] and dock.register_target == str(other)


def test_the_case_panel_says_what_the_case_is(plugin, demo_register):
    """Issue 15, point 6: choosing a case shows its works, address, parcels, applicant and rules in words."""
    dock = plugin.toggle_veille_dock(True)
    df = dock.model.df
    k = next(i for i in range(len(df)) if df["elements"].iloc[i] and df["regles"].iloc[i])
    dock.ui.tableCases.setCurrentIndex(dock.proxy.mapFromSource(dock.model.index(k, 0)))
    text = dock.ui.txtCase.toPlainText()
    case = dock.current_case()
    assert case["numero"] in text and "Travaux" in text and "Adresse" in text and "Parcelles" in text
    assert "Demandeur" in text  # Sitadel publishes legal persons only: «non renseigné» for a private person
    first_rule = case["regles"].split(";")[0]
    from veille_plugin.core.rules.catalogue import load_catalogue

    title = next(r.titre for r in load_catalogue().rules if r.id == first_rule)
    assert f"{first_rule} {title}" in text
    element = case["elements"].split(";")[0]
    from veille_plugin.core.reference.data import load_reference

    attrs = load_reference().elements.attributes
    name = attrs.loc[attrs["identifiant"] == element, "nom"].iloc[0]
    assert f"{element} {name}" in text
    assert "zone_tampon" not in text and "coordonnees" not in text


def test_each_sweep_keeps_its_flags_and_can_be_chosen(plugin, tmp_path, ref):
    """Issue 15, point 6: a new sweep no longer wipes last week's nouveau/modifié flags: the user chooses which
    sweep's flags the list shows."""
    from veille_plugin.core import config
    from veille_plugin.core.register import open_register
    from veille_plugin.core.rules.catalogue import load_catalogue
    from veille_plugin.core.sweep.run import SourceSpec, run_sweep

    path = tmp_path / "registre.gpkg"
    results = []
    with open_register(str(path)) as reg:
        for week in (1, 2, 2):  # the third run reads the same list again: nothing new, nothing modified
            results.append(
                run_sweep(
                    [SourceSpec(str(DEMO / f"permis_fictifs_semaine{week}.csv"), name="demo")],
                    reg,
                    ref,
                    load_catalogue(),
                    tmp_path / f"s{len(results)}",
                    parcels=str(DEMO / "parcelles_fictives.geojson"),
                )
            )
    config.set_value("register", str(path))
    dock = plugin.toggle_veille_dock(True)
    combo = dock.ui.comboSweep
    assert combo.count() == 3 and combo.currentData() == results[-1].sweep_id

    def flags():
        marks = dict(zip(dock.model.df["numero_norm"], dock.model.df["changement_affiche"]))
        return {kind: sum(v == kind for v in marks.values()) for kind in ("nouveau", "modifié", "disparu")}

    assert flags() == {"nouveau": 0, "modifié": 0, "disparu": 0}
    combo.setCurrentIndex(combo.findData(results[1].sweep_id))
    week2 = results[1].counts["changements"]
    assert flags() == {"nouveau": week2["nouveau"], "modifié": week2["modifié"], "disparu": week2["disparu"]}
    assert week2["nouveau"] > 0 and week2["modifié"] > 0
    combo.setCurrentIndex(combo.findData(results[0].sweep_id))
    assert flags()["nouveau"] == results[0].counts["changements"]["nouveau"] == len(dock.model.df) - week2["nouveau"]
    dock.reload()
    assert combo.currentData() == results[0].sweep_id  # a reload keeps the sweep chosen


def test_a_large_register_is_read_in_the_background(plugin, demo_register, monkeypatch, qgis_app):
    """Issue 15, point 9: over BACKGROUND_ABOVE cases the list is read by a task; the dock shows it when done."""
    import time

    from qgis.core import QgsApplication

    from veille_plugin.gui import veille_dock

    dock = plugin.toggle_veille_dock(True)
    expected = len(dock.model.df)
    monkeypatch.setattr(veille_dock, "BACKGROUND_ABOVE", 1)
    dock.model.set_cases(dock.model.df.iloc[:0])
    task = dock.reload()
    assert task is not None and dock.ui.lblCount.text() == "Lecture du registre…"
    deadline = time.time() + 30
    while dock.load_task is not None and time.time() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.01)
    assert len(dock.model.df) == expected and dock.proxy.rowCount() == expected


def test_the_fiche_of_a_register_case_is_headed_from_the_register(plugin, demo_register, tmp_path):
    """Issue 15, point 5: «Fiche d'analyse…» on a case of the register: its header (commune, address, parcels, filing
    date) comes from the register, the file is named from the dossier number."""
    import subprocess
    import unicodedata

    from veille_plugin.core.rules.note import safe_file_stem

    dock = plugin.toggle_veille_dock(True)
    df = dock.model.df
    k = next(i for i in range(len(df)) if df["localisation"].iloc[i] == "parcelles" and df["elements"].iloc[i])
    dock.ui.tableCases.setCurrentIndex(dock.proxy.mapFromSource(dock.model.index(k, 0)))
    case = dock.current_case()
    target = tmp_path / f"fiche_{safe_file_stem(case['numero'])}.pdf"
    written = dock.export_fiche(str(target))
    assert [w.name for w in written] == [target.with_suffix(".html").name, target.name]
    page = target.with_suffix(".html").read_text(encoding="utf-8")
    block = page[page.index('<table class="cas"') :].split("</table>", 1)[0]
    from veille_plugin.core.reports.html import french_datetime

    for value in (case["numero"], case["commune_nom"], case["adresse"], french_datetime(case["date_depot"])):
        assert html.escape(str(value)) in block, value
    assert case["parcelles"].split(";")[0] in block
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    assert int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:"))) <= 2
    text = unicodedata.normalize(
        "NFKC", subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    )
    assert "Projet d’avis" in text
    # a case without location: no fiche, a message
    unlocated = next((i for i in range(len(df)) if df["localisation"].iloc[i] in (None, "", "non_localise")), None)
    if unlocated is not None:
        dock.ui.tableCases.setCurrentIndex(dock.proxy.mapFromSource(dock.model.index(unlocated, 0)))
        if dock.current_case().get("geom_wkb") is None:
            assert dock.export_fiche(str(tmp_path / "rien.pdf")) is None


def test_the_follow_up_of_a_case_is_edited_in_the_dock(plugin, demo_register):
    """Issue 17: the avis, the decision and the works of the chosen case, saved with their history."""
    from veille_plugin.core.register import open_register

    dock = plugin.toggle_veille_dock(True)
    ui = dock.ui
    ui.tableCases.setCurrentIndex(dock.proxy.index(0, 0))
    case = dock.current_case()
    if case.get("decision"):  # a Sitadel case arrives with its authorisation
        assert ui.comboDecision.currentData() == case["decision"]
    ui.comboAvis.setCurrentIndex(ui.comboAvis.findData("défavorable"))
    ui.editAvisDate.setText("14/11/2026")
    ui.comboWorks.setCurrentIndex(ui.comboWorks.findData("écarts constatés"))
    ui.editWorksDate.setText("30/11/2026")
    ui.editWorksNote.setText("menuiseries PVC au lieu de bois")
    changes = dock.save_follow_up()
    assert {f for f, _o, _n in changes} >= {"avis", "avis_date", "conformite", "conformite_date", "conformite_note"}
    with open_register(str(demo_register)) as reg:
        stored = reg.get_cases([case["numero_norm"]]).iloc[0]
    assert (stored["avis"], stored["avis_date"], stored["conformite"]) == (
        "défavorable",
        "2026-11-14",
        "écarts constatés",
    )
    assert "avis : ∅ → défavorable" in ui.txtHistory.toPlainText()
    assert "défavorable, le 14/11/2026" in ui.txtCase.toPlainText()
    ui.editDecisionDate.setText("31/02/2026")  # a wrong date is refused, nothing else is lost
    assert dock.save_follow_up() == []
    with open_register(str(demo_register)) as reg:
        assert reg.get_cases([case["numero_norm"]]).iloc[0]["avis"] == "défavorable"


def test_the_reports_dock_writes_the_committee_report_and_element_files(plugin, demo_register, tmp_path):
    """Issue 17: the «Rapports» dock writes the comité technique report and element files in the background."""
    import time

    from qgis.core import QgsApplication

    dock = plugin.toggle_reports_dock(True)
    ui = dock.ui
    ui.editOut.setText(str(tmp_path / "rapports"))

    def wait():
        deadline = time.time() + 120
        while dock.task is not None and time.time() < deadline:
            QgsApplication.processEvents()
            time.sleep(0.02)

    assert ui.comboKind.currentData() == "comite" and not ui.editElements.isEnabled()
    assert dock.start() is not None
    wait()
    assert dock.result is not None, ui.lblResult.text()
    assert (tmp_path / "rapports" / "comite_technique.html").exists() and "dossier(s) nouveau(x)" in ui.lblResult.text()
    ui.comboKind.setCurrentIndex(ui.comboKind.findData("element"))
    assert ui.editElements.isEnabled() and not ui.comboEpci.isEnabled()
    ui.editElements.setText("63V, 19D")
    dock.start()
    wait()
    assert (tmp_path / "rapports" / "element_63V.html").exists() and dock.result["elements"] == 2
    assert ui.btnOpen.isEnabled()


def test_the_element_file_opens_from_the_search_the_analyse_dock_and_the_alerts(plugin, demo_register, monkeypatch):
    """Issue 17: an element's follow-up file, from the three places a user meets the element."""
    from qgis.core import QgsLocatorResult
    from qgis.PyQt.QtGui import QDesktopServices

    from veille_plugin.core.alerts.demo import load_demo_alerts
    from veille_plugin.core.reference.data import load_reference
    from veille_plugin.core.register import open_register

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    # the search bar: the «Fiche de suivi de l'élément» action of a result
    flt = plugin.locator_filter
    result = QgsLocatorResult(flt, "Cité des Provinces")
    result.userData = "élément|63V"
    flt.triggerResultFromAction(result, flt.ACTION_FILE)
    assert opened[-1].endswith("element_63V.html")
    # the Analyse dock: the element chosen after screening a point of the cité
    dock = plugin.toggle_analysis_dock(True)
    dock.last_record = {"elements_intersectes": [{"id": "63V"}]}
    dock.ui.treeResults.setCurrentItem(None)
    assert dock.element_file_for_selection() == "63V" and opened[-1].endswith("element_63V.html")
    # the alerts: the first element of the chosen alert
    with open_register(str(demo_register)) as reg:
        load_demo_alerts(reg, load_reference())
    alerts = plugin.toggle_alerts_dock(True)
    alerts.reload()
    alerts.ui.tableAlerts.setCurrentIndex(alerts.proxy.index(0, 0))
    first = alerts.element_file_for_current()
    assert first and opened[-1].endswith(f"element_{first}.html")
    assert "Fiche de suivi" in open(opened[-1], encoding="utf-8").read()


def test_the_condition_form_records_observations_that_the_element_file_shows(plugin, demo_register, monkeypatch):
    """Issue 17: the condition record has a form in QGIS. From the Analyse dock and the Rapports dock, by clicking
    their «Constat…» buttons: a refused value keeps the form open with its message, a saved observation is
    appended to the register and appears in the element's file; the initial survey fills every element without
    one."""
    from qgis.PyQt.QtCore import QDate
    from qgis.PyQt.QtGui import QDesktopServices

    from veille_plugin.core.register import open_register

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: None))
    analysis = plugin.toggle_analysis_dock(True)
    analysis.last_record = {"elements_intersectes": [{"id": "63V"}]}
    analysis.ui.treeResults.setCurrentItem(None)
    analysis.ui.btnCondition.click()
    dialog = plugin.condition_dialog
    ui = dialog.ui
    assert dialog.isVisible() and ui.editElements.text() == "63V" and "Cité des Provinces" in ui.lblElementNames.text()
    assert ui.editObserver.text() and ui.tableHistory.rowCount() == 0
    dialog.accept()  # no state chosen: refused, the form stays open
    assert dialog.isVisible() and "État : choisissez" in ui.lblErrors.text()
    ui.comboState.setCurrentIndex(ui.comboState.findData("mauvais"))
    ui.dateObserved.setDate(QDate(2026, 6, 1))
    ui.comboSource.setCurrentIndex(ui.comboSource.findData("visite"))
    ui.editNote.setPlainText("couverture percée (FICTIF)")
    ui.editElements.setText("63V, ZZZ")
    dialog.accept()  # an unknown element: refused, named
    assert dialog.isVisible() and "ZZZ" in ui.lblErrors.text()
    ui.editElements.setText("63v")  # written as people type it
    dialog.accept()
    assert not dialog.isVisible() and dialog.written == 1
    with open_register(str(demo_register)) as reg:
        record = reg.conditions("63V")
    assert record[["etat", "date_constat", "source", "note"]].values.tolist() == [
        ["mauvais", "2026-06-01", "visite", "couverture percée (FICTIF)"]
    ]
    page = open(plugin.open_element_file("63V", open_it=False), encoding="utf-8").read()
    assert "couverture percée (FICTIF)" in page and "01/06/2026" in page

    reports = plugin.toggle_reports_dock(True)
    reports.ui.comboKind.setCurrentIndex(reports.ui.comboKind.findData("element"))
    reports.ui.editElements.setText("63V")
    reports.ui.btnCondition.click()
    again = plugin.condition_dialog
    assert again is not dialog and again.ui.tableHistory.rowCount() == 1  # the observation already recorded
    again.ui.checkInitial.setChecked(True)
    assert not again.ui.editElements.isEnabled()
    again.ui.comboState.setCurrentIndex(again.ui.comboState.findData("bon"))
    again.accept()
    assert again.written == 352  # every element but 63V, which has one
    with open_register(str(demo_register)) as reg:
        assert reg.conditions()["element_id"].nunique() == 353


def test_choosing_another_case_replaces_the_highlight(plugin, demo_register):
    """Issue 15, point 4: the map shows the chosen case only — choosing another removes the first one's outline."""
    dock = plugin.toggle_veille_dock(True)
    located = [
        r
        for r in range(dock.proxy.rowCount())
        if dock.model.df["localisation"].iloc[dock.proxy.mapToSource(dock.proxy.index(r, 0)).row()] == "parcelles"
    ]
    assert len(located) >= 2
    boxes = []
    for r in located[:2]:
        dock.ui.tableCases.setCurrentIndex(dock.proxy.index(r, 0))
        assert dock.band.numberOfVertices() > 0
        boxes.append(dock.band.asGeometry().boundingBox())
    first, second = boxes
    assert not second.contains(first) or first == second  # the band holds the second case, not both
    assert dock.band.asGeometry().boundingBox() == second
    plugin.toggle_veille_dock(False)
    assert dock.band.numberOfVertices() == 0
