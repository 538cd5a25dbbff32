"""Issue 29, part 1: the Veille dock's choice «Listes Sitadel (DiDo)» — the lists fetched through QGIS's network
stack in the sweep's background task (progress, cancel), swept into the register; a second sweep fetches nothing.
A local server answers like DiDo with FICTITIOUS permits (tests/sitadel_server.py)."""

import time
from functools import partial

from sitadel_server import BASIN, SitadelServer


def wait_for(dock, seconds=120):
    from qgis.core import QgsApplication

    deadline = time.time() + seconds
    while dock.task is not None and time.time() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.02)
    assert dock.task is None, "le balayage n'a pas fini"


def test_the_lists_fetched_through_qgis_network_stack(qgis_app, tmp_path):
    from veille_plugin.core.feeds.sitadel import fetch_sitadel
    from veille_plugin.qgis_adapters.network import qgis_get

    with SitadelServer() as server:
        server.fail_next = 1  # a server error, then the answers
        got = fetch_sitadel(
            tmp_path, BASIN, server.base_url, server.dataset_id, get=partial(qgis_get, backoff=0.01), page_size=20
        )
    assert len(got.fetched) == 6 and not got.offline and len(got.paths) == 2


def test_the_veille_dock_sweeps_the_sitadel_lists_then_fetches_nothing(plugin, tmp_path):
    from veille_plugin.core import config
    from veille_plugin.core.register import open_register

    config.set_value("register", str(tmp_path / "registre.gpkg"))
    with SitadelServer() as server:
        config.update_settings(sitadel_url=server.base_url)
        dock = plugin.toggle_veille_dock(True)
        assert dock.ui.chkSitadelFeed.text() == "Listes Sitadel (DiDo)" and not dock.ui.chkSitadelFeed.isChecked()
        assert dock.start_sweep() is None  # no file and no Sitadel: nothing to sweep
        dock.ui.chkSitadelFeed.setChecked(True)
        dock.ui.editOut.setText(str(tmp_path / "sorties"))
        seen = []
        task = dock.start_sweep()
        assert task is not None and task.sitadel and task.sources == []
        task.progressChanged.connect(seen.append)
        wait_for(dock)
        fetched_rows = len(server.row_requests())
        assert fetched_rows > 0 and max(seen) == 100
        assert seen == sorted(seen)
        again = dock.start_sweep()
        wait_for(dock)
        assert len(server.row_requests()) == fetched_rows  # the months kept: nothing fetched again
        assert task.feed_messages == [] and "rien de nouveau" in again.feed_messages[0]
    with open_register(str(tmp_path / "registre.gpkg")) as reg:
        cases = reg.get_cases()
        sweeps = reg.sweeps()
    assert len(cases) == 216 and set(cases["source"]) == {"sitadel-dido"}
    assert len(sweeps) == 2 and set(dock.model.df["commune_insee"]) == set(BASIN)


def test_the_dock_cancels_the_fetch(plugin, tmp_path):
    from qgis.core import QgsApplication

    from veille_plugin.core import config
    from veille_plugin.core.feeds.sitadel import default_cache_dir, kept_months

    config.set_value("register", str(tmp_path / "registre.gpkg"))
    with SitadelServer() as server:
        server.delay = 0.2
        config.update_settings(sitadel_url=server.base_url)
        dock = plugin.toggle_veille_dock(True)
        dock.ui.chkSitadelFeed.setChecked(True)
        dock.ui.editOut.setText(str(tmp_path / "sorties"))
        dock.start_sweep()
        deadline = time.time() + 1.0
        while time.time() < deadline:
            QgsApplication.processEvents()
            time.sleep(0.02)
        dock.cancel_sweep()
        wait_for(dock)
    assert dock.ui.btnRunSweep.isEnabled() and not dock.ui.btnCancelSweep.isEnabled()
    kept = kept_months(default_cache_dir())
    assert sum(len(v) for v in kept.values()) < 6  # stopped before the last month
    assert not list(default_cache_dir().glob("*.tmp"))  # no half-written month


def test_processing_sweeps_the_sitadel_lists(plugin, qgis_processing, tmp_path):
    """The weekly scheduled sweep (Processing, ``qgis_process``) can fetch the lists too, with no file."""
    import processing

    from veille_plugin.core import config

    with SitadelServer() as server:
        config.update_settings(sitadel_url=server.base_url)
        args = {"SITADEL": True, "REGISTER": str(tmp_path / "r.gpkg"), "AUTHOR": "qgis"}
        first = processing.run("veille_patrimoniale:balayage", {**args, "OUTPUT": str(tmp_path / "out1")})
        rows = len(server.row_requests())
        second = processing.run("veille_patrimoniale:balayage", {**args, "OUTPUT": str(tmp_path / "out2")})
        assert len(server.row_requests()) == rows > 0
    assert first["NOUVEAUX"] == 216 and second["NOUVEAUX"] == 0
