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
