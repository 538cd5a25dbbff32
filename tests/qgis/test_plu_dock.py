"""«Veille des PLU» in QGIS (offscreen): the comparison as a background task in the dock, browsing and
zooming to the changes, the changes layer, and the Processing algorithm — on the FICTITIOUS demonstration
versions of a real commune (resources/demo/plu)."""

from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "plu"
BEFORE, AFTER = DEMO / "62528_PLU_FICTIF_avant_v2017.gpkg", DEMO / "62528_PLU_FICTIF_apres_v2024.gpkg"


def test_plu_dock_compares_in_the_background_and_browses(plugin, tmp_path, qtbot):
    from qgis.core import QgsApplication

    dock = plugin.toggle_plu_dock(True)
    assert dock.start() is None  # nothing chosen yet: a French message, no task
    dock.ui.editBefore.setText(str(BEFORE))
    dock.ui.editAfter.setText(str(AFTER))
    dock.ui.editCommune.setText("6252")
    assert dock.start() is None  # bad INSEE code refused before any work
    dock.ui.editCommune.setText("62528")
    dock.ui.editOut.setText(str(tmp_path / "plu"))
    task = dock.start()
    assert task is not None and not dock.ui.btnRun.isEnabled()
    qtbot.waitUntil(lambda: dock.task is None, timeout=120_000)
    assert dock.result is not None, dock.ui.lblSummary.text()
    assert QgsApplication.taskManager().countActiveTasks() == 0
    assert (tmp_path / "plu" / "rapport_62528.html").exists() and (tmp_path / "plu" / "changements.gpkg").exists()
    pieces = dock.result["diff"].pieces
    assert "ouverture_urbanisation" in set(pieces["categorie"])
    assert "Contrôle R13–R18" in dock.ui.lblSummary.text()

    dock.ui.comboCategory.setCurrentIndex(dock.ui.comboCategory.findData("ouverture_urbanisation"))
    shown = dock.proxy.rowCount()
    assert (
        shown
        == int(
            (
                (pieces["categorie"] == "ouverture_urbanisation")
                & (pieces["dans_bien"] | pieces["dans_zone_tampon"] | pieces["a_proximite"])
            ).sum()
        )
        > 0
    )
    dock.ui.tableChanges.setCurrentIndex(dock.proxy.index(0, 0))
    dock.zoom_to_current()
    canvas = plugin.iface.mapCanvas()
    assert not dock.band.asGeometry().isEmpty()
    assert canvas.extent().intersects(dock.band.asGeometry().boundingBox())

    layer = dock.add_changes_layer()
    assert layer is not None and layer.isValid() and layer.featureCount() >= len(pieces[pieces["surface_ha"] > 0]) > 0


def test_plu_task_cancelled_writes_nothing(plugin, tmp_path, qtbot):
    from veille_plugin.qgis_adapters.plu_task import PluDiffTask

    task = PluDiffTask([str(BEFORE)], [str(AFTER)], str(tmp_path / "annule"), commune="62528")
    task.cancel()
    seen = []
    task.done.connect(lambda r, e: seen.append((r, e)))
    assert task.run() is False
    task.finished(False)
    assert seen and seen[0][0] is None and "annulée" in seen[0][1]
    assert not (tmp_path / "annule").exists()


def test_processing_compares_plu(plugin, qgis_processing, tmp_path):
    import processing
    from qgis.core import QgsProcessingException, QgsVectorLayer

    res = processing.run(
        "veille_patrimoniale:comparer_plu",
        {
            "BEFORE": str(BEFORE),
            "AFTER": str(AFTER),
            "COMMUNE": "62528",
            "DISTANCE": 500,
            "CHECK": True,
            "OUTPUT": str(tmp_path / "out"),
        },
    )
    assert Path(res["RAPPORT"]).exists()
    assert res["NB_CHANGEMENTS"] > 0 and res["OUVERTURE_HA"] > 0
    assert QgsVectorLayer(res["CHANGEMENTS"], "c", "ogr").isValid()
    with pytest.raises(QgsProcessingException):
        processing.run(
            "veille_patrimoniale:comparer_plu",
            {"BEFORE": str(tmp_path / "absent.gpkg"), "AFTER": str(AFTER), "OUTPUT": str(tmp_path / "x")},
        )


def test_plu_versions_from_project_layers(plugin, qgis_new_project):
    from qgis.core import QgsFeatureRequest, QgsVectorLayer

    dock = plugin.toggle_plu_dock(True)
    zones = QgsVectorLayer(f"{AFTER}|layername=62528_ZONE_URBA_20260115", "zonage projet", "ogr")
    assert dock.use_project_layers(dock.ui.editAfter, [zones]) == [str(AFTER)]
    assert dock.ui.editAfter.text() == str(AFTER)
    # a memory layer (e.g. a zoning edited in QGIS, not saved) is copied and read like a file
    memory = zones.materialize(QgsFeatureRequest())
    memory.setName("62528_ZONE_URBA_brouillon")
    [copy] = dock.use_project_layers(dock.ui.editBefore, [memory])
    from veille_plugin.core.plu.reader import read_plu_version

    version = read_plu_version(copy, "brouillon")
    assert len(version.zones) == zones.featureCount() and version.n_errors == 0


def test_officer_picks_the_commune_by_name_and_reads_every_change_in_words(plugin, tmp_path, qtbot):
    """Issue 28, PLU dock: the comparison first and the online watch folded; «Loos» typed in the commune field, the
    completion «Loos-en-Gohelle (62528)» picked; every cell and the summary say what the codes mean; a legend of the
    row colours under the table."""
    from qgis.PyQt.QtCore import QPoint, Qt
    from qgis.PyQt.QtTest import QTest

    from veille_plugin.core.styles import PLU_CHANGE_COLOURS, tint_on_white

    dock = plugin.toggle_plu_dock(True)
    ui = dock.ui
    dock.show()
    dock.form.layout().activate()

    def top(widget):
        return widget.mapTo(dock.form, QPoint(0, 0)).y()

    assert ui.groupWatch.isHidden() and not ui.btnWatchToggle.isChecked()  # the watch folds away
    assert top(ui.editCommune) < top(ui.tableChanges) < top(ui.lblLegend) < top(ui.btnWatchToggle)  # comparison first
    ui.editBefore.setText(str(BEFORE))
    ui.editAfter.setText(str(AFTER))
    ui.editOut.setText(str(tmp_path / "plu"))
    window = dock.window()
    window.show()
    window.activateWindow()
    QTest.mouseClick(ui.editCommune, Qt.MouseButton.LeftButton)  # the officer clicks in the field
    qtbot.waitUntil(ui.editCommune.hasFocus, timeout=5000)
    QTest.keyClicks(ui.editCommune, "Loos")
    completer = ui.editCommune.completer()
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    offered = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert offered == ["Loos-en-Gohelle (62528)"], offered
    QTest.keyClick(popup, Qt.Key.Key_Down)  # picked as a user does: down to the proposal, Enter
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert ui.editCommune.text() == "Loos-en-Gohelle (62528)"
    QTest.mouseClick(ui.btnRun, Qt.MouseButton.LeftButton)
    assert dock.task is not None
    qtbot.waitUntil(lambda: dock.task is None, timeout=120_000)
    assert dock.result is not None and dock.result["diff"].params["commune"] == "62528"
    ui.chkNear.setChecked(False)
    model = ui.tableChanges.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    rows = [
        {h: model.index(r, c).data() for c, h in enumerate(headers)}
        | {"_bg": model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole)}
        for r in range(model.rowCount())
    ]
    by_before = {r["Avant"]: r for r in rows}
    opening = by_before["zone naturelle et forestière (N)"]
    assert opening["Changement"] == "zone agricole ou naturelle ouverte à l'urbanisation (A/N → U/AU)"
    assert opening["Après"] == "1AUh – zone à urbaniser (AUc)" and opening["Codes CNIG"] == "N → AUc"
    assert opening["Commune"] == "Loos-en-Gohelle (62528)"
    assert opening["Éléments proches"].startswith("63W Maison d'ingénieur (Loos-en-Gohelle) ; 63AE Fosse 11-19")
    assert by_before["Nt – zone naturelle et forestière (N)"]["Après"] == "UE – zone urbaine (U)"
    psc = by_before[
        "PB-63W – Patrimoine bâti à protéger pour des motifs d'ordre culturel, historique, architectural "
        "(07-01, article L.151-19)"
    ]
    assert psc["Changement"] == "prescription supprimée" and psc["Après"] == ""
    demolition = by_before["PD – secteur dans lequel les travaux de démolition sont soumis à permis de démolir (42-01)"]
    assert demolition["Changement"] == "information supprimée"
    assert opening["_bg"].color().name() == tint_on_white(PLU_CHANGE_COLOURS["ouverture_urbanisation"])
    # the legend: the same colours, the kinds in words, with their counts
    legend = ui.lblLegend.text()
    assert ui.lblLegend.isVisible()
    for kind, count in (("ouverture_urbanisation", 2), ("prescription_supprimee", 1), ("information_supprimee", 1)):
        assert tint_on_white(PLU_CHANGE_COLOURS[kind]) in legend
    assert "zone agricole ou naturelle ouverte à l'urbanisation (A/N → U/AU) (2)" in legend
    assert "prescription supprimée (1)" in legend and "information supprimée (1)" in legend
    # the rules' summary names each rule by its title
    summary = ui.lblSummary.text()
    assert "R14 PLU : éléments protégés au titre de l'article L.151-19 – " in summary, summary
    assert "R18 Ouverture à l'urbanisation près du Bien – " in summary, summary
    # a code still works in the watch's field, which unfolds on demand
    QTest.mouseClick(ui.btnWatchToggle, Qt.MouseButton.LeftButton)
    assert ui.groupWatch.isVisible()
    ui.editWatchCommune.setText("62528")
    assert dock._watch_commune() == "62528" and ui.editWatchCommune.text() == "Loos-en-Gohelle (62528)"
    ui.editWatchCommune.setText("Li")
    assert dock._watch_commune() is False  # several communes: the message bar names them
