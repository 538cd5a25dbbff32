"""The online PLU watch inside QGIS (issue 16): the PLU dock's «Vérifier les PLU en ligne» as a background task over
QGIS's own network stack (QgsBlockingNetworkRequest), its snapshot list and the comparison of two snapshots, and the
Processing algorithm a weekly ``qgis_process`` task runs — against the local GPU server serving the FICTITIOUS
demonstration versions of Loos-en-Gohelle (62528)."""

import time
from pathlib import Path

import pytest
from gpu_server import GpuServer, cnig_collections, outline

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "plu"


@pytest.fixture
def gpu():
    before = cnig_collections(DEMO / "62528_PLU_FICTIF_avant_v2017.gpkg")
    after = cnig_collections(DEMO / "62528_PLU_FICTIF_apres_v2024.gpkg")
    shape = outline(before)
    with GpuServer() as server:
        server.add_commune("62528", "Loos-en-Gohelle", shape)
        server.set_document("DU_62528", "PLU", "Loos-en-Gohelle (FICTIF)", before, shape)
        server.next_version = lambda: server.set_document("DU_62528", "PLU", "Loos-en-Gohelle (FICTIF)", after, shape)
        yield server


def wait(dock, seconds=120):
    from qgis.core import QgsApplication

    deadline = time.time() + seconds
    while dock.task is not None and time.time() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.02)
    assert dock.task is None, "tâche non terminée"


def test_the_plu_dock_watches_online_and_compares_two_snapshots(plugin, gpu, tmp_path):
    from veille_plugin.core import config
    from veille_plugin.core.vocabulary import CHANGE_MODIFIED, PLU_FIRST

    config.set_value("register", str(tmp_path / "registre.gpkg"))
    config.set_value("gpu_url", gpu.base_url)
    dock = plugin.toggle_plu_dock(True)
    ui = dock.ui
    ui.editOut.setText(str(tmp_path / "sorties"))
    ui.editWatchCommune.setText("6252")
    assert dock.start_watch() is None  # a wrong code is refused before any request
    assert gpu.requests == []
    ui.editWatchCommune.setText("62528")
    assert dock.start_watch() is not None and not ui.btnWatch.isEnabled()
    wait(dock)
    assert dock.watch_run.communes[0].status == PLU_FIRST, ui.lblWatch.text()
    assert "premier instantané" in ui.lblWatch.text() and ui.tableSnapshots.rowCount() == 1

    gpu.next_version()
    dock.start_watch()
    wait(dock)
    c = dock.watch_run.communes[0]
    assert c.status == CHANGE_MODIFIED and "nouvelle version" in ui.lblWatch.text()
    assert dock.result is not None and dock.proxy.rowCount() > 0  # the changes are in the dock's table
    assert ui.tableSnapshots.rowCount() == 2 and ui.tableSnapshots.item(0, 0).text() == str(c.snapshot)
    assert ui.tableSnapshots.item(0, 3).text() == "Loos-en-Gohelle (62528)"  # the commune by its name (issue 28)
    assert not ui.groupWatch.isHidden()  # a watch result is shown: its folded group opened
    assert any(p.endswith("/zone-urba") for p, _q in gpu.requests)

    ui.tableSnapshots.selectAll()
    assert dock.chosen_snapshots() == [c.previous, c.snapshot] and ui.btnCompareSnapshots.isEnabled()
    dock.result = None
    assert dock.compare_chosen_snapshots() is not None
    wait(dock)
    assert dock.result is not None and dock.result["diff"].params["instantanes"] == [c.previous, c.snapshot]
    assert Path(dock.result["files"]["rapports"][0]).exists()


def test_offline_the_dock_says_so_and_keeps_the_last_snapshot(plugin, gpu, tmp_path):
    from veille_plugin.core import config

    config.set_value("register", str(tmp_path / "registre.gpkg"))
    config.set_value("gpu_url", gpu.base_url)
    dock = plugin.toggle_plu_dock(True)
    dock.ui.editWatchCommune.setText("62528")
    dock.start_watch()
    wait(dock)
    gpu.fail_next = 1000  # the service keeps failing
    dock.start_watch()
    wait(dock)
    text = dock.ui.lblWatch.text()
    assert "ne répond pas" in text and "dernier instantané gardé, n° 1" in text
    assert dock.ui.tableSnapshots.rowCount() == 1


def test_the_dock_offers_to_accept_a_large_change_and_records_it(plugin, gpu, tmp_path, monkeypatch):
    """Issue 27: a version that lost most of its zones is refused in the dock as on the command line; the button
    «Accepter le changement» appears, asks for confirmation (refused: nothing happens), then keeps the version with
    the acceptance in the history."""
    from qgis.PyQt.QtWidgets import QMessageBox

    from veille_plugin.core import config
    from veille_plugin.core.register import open_register
    from veille_plugin.core.vocabulary import CHANGE_MODIFIED, PLU_FAILED

    register = tmp_path / "registre.gpkg"
    config.set_value("register", str(register))
    config.set_value("gpu_url", gpu.base_url)
    dock = plugin.toggle_plu_dock(True)
    ui = dock.ui
    ui.editOut.setText(str(tmp_path / "sorties"))
    ui.editWatchCommune.setText("62528")
    dock.start_watch()
    wait(dock)
    assert ui.btnAcceptChange.isHidden()
    doc = gpu.documents["DU_62528"]
    doc["zone-urba"] = doc["zone-urba"][:10]
    dock.start_watch()
    wait(dock)
    assert dock.watch_run.communes[0].status == PLU_FAILED and "Réponse suspecte" in ui.lblWatch.text()
    assert "Accepter le changement" in ui.lblWatch.text() and not ui.btnAcceptChange.isHidden()
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: asked.append(a[2]) or answers.pop(0)))
    ui.btnAcceptChange.click()  # «Non»: nothing is started
    assert dock.task is None and len(asked) == 1 and "62528" in asked[0]
    ui.btnAcceptChange.click()  # «Oui»
    wait(dock)
    assert dock.watch_run.communes[0].status == CHANGE_MODIFIED and ui.btnAcceptChange.isHidden()
    with open_register(str(register)) as reg:
        accepted = [h for h in reg.plu_history("DU_62528") if h["field"] == "changement PLU accepté"]
        assert len(reg.plu_snapshots()) == 2
    assert len(accepted) == 1 and "changement important accepté par" in accepted[0]["new"]


def test_processing_runs_the_watch(plugin, qgis_processing, gpu, tmp_path):
    import processing

    params = {
        "COMMUNES": "62528",
        "REGISTER": str(tmp_path / "registre.gpkg"),
        "API_URL": gpu.base_url,
        "OUTPUT": str(tmp_path / "out"),
    }
    first = processing.run("veille_patrimoniale:veille_plu_en_ligne", params)
    assert first["MODIFIEES"] == 0 and first["ECHECS"] == 0 and first["RAPPORTS"] == ""
    gpu.next_version()
    second = processing.run("veille_patrimoniale:veille_plu_en_ligne", params)
    assert second["MODIFIEES"] == 1 and second["EXECUTION"] == first["EXECUTION"] + 1
    assert all(Path(p).exists() for p in second["RAPPORTS"].split(";"))
    # issue 27: a version that lost most of its zones is refused, unless accepted (written in the history)
    doc = gpu.documents["DU_62528"]
    doc["zone-urba"] = doc["zone-urba"][:10]
    refused = processing.run("veille_patrimoniale:veille_plu_en_ligne", params)
    assert refused["ECHECS"] == 1 and refused["MODIFIEES"] == 0
    accepted = processing.run("veille_patrimoniale:veille_plu_en_ligne", {**params, "ACCEPT_CHANGE": True})
    assert accepted["ECHECS"] == 0 and accepted["MODIFIEES"] == 1


def test_the_options_page_sets_the_gpu_address(plugin, monkeypatch):
    from qgis.PyQt.QtWidgets import QMessageBox

    from veille_plugin.core import config
    from veille_plugin.gui.options_page import OptionsPage

    refused = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: refused.append(a[2])))
    page = OptionsPage()
    assert page.ui.editGpuUrl.placeholderText() == "https://apicarto.ign.fr/api/gpu"
    page.ui.editGpuUrl.setText("https://miroir.intranet.example/api/gpu")
    page.apply()
    assert config.load_settings().gpu_url == "https://miroir.intranet.example/api/gpu"
    page.ui.editGpuUrl.setText("apicarto")
    page.apply()
    assert refused and "API Carto" in refused[-1] and config.load_settings().gpu_url.startswith("https://miroir")
    page.ui.editGpuUrl.clear()
    page.apply()
    assert config.load_settings().gpu_url is None


def test_the_options_page_sets_the_altimetry_address(plugin, monkeypatch):
    """Issue 26: the profile service of the covisibility, public by default, a mirror when set, refused when not
    an http(s) address."""
    from qgis.PyQt.QtWidgets import QMessageBox

    from veille_plugin.core import config
    from veille_plugin.core.feeds.altimetry import ELEVATION_LINE_URL
    from veille_plugin.gui.options_page import OptionsPage

    refused = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: refused.append(a[2])))
    page = OptionsPage()
    assert page.ui.editAltimetryUrl.placeholderText() == ELEVATION_LINE_URL
    page.ui.editAltimetryUrl.setText("https://miroir.intranet.example/alti/elevationLine.json")
    page.apply()
    assert config.load_settings().altimetry_url == "https://miroir.intranet.example/alti/elevationLine.json"
    page.ui.editAltimetryUrl.setText("data.geopf.fr")
    page.apply()
    assert refused and "altimétrique" in refused[-1] and config.load_settings().altimetry_url.startswith("https://m")
    page.ui.editAltimetryUrl.clear()
    page.apply()
    assert config.load_settings().altimetry_url is None


def test_the_plu_dock_fits_its_width(plugin):
    """Tabbed at its minimum width, the PLU dock shows its inputs whole (it asked for 725 px before: clipped)."""
    dock = plugin.toggle_plu_dock(True)
    assert dock.form.minimumSizeHint().width() <= dock.MIN_WIDTH
