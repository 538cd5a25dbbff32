"""Issue 16: the «auto» parcels through QGIS's own network stack (proxy, SSL and authentication settings of QGIS),
and the Veille dock's «Télécharger les parcelles…» sweep, against a local server answering like the Etalab bundler."""

import datetime as dt
import json
import time
from functools import partial
from pathlib import Path

import pandas as pd
from cadastre_server import CadastreServer

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "data" / "cadastre" / "cadastre-91216-parcelles-extrait.json"


def test_parcels_fetched_through_qgis_network_stack(qgis_app, tmp_path):
    from veille_plugin.core.feeds.cadastre import fetch_commune_parcels
    from veille_plugin.qgis_adapters.network import qgis_get

    get = partial(qgis_get, backoff=0.01)
    with CadastreServer({"91216": SAMPLE.read_bytes()}) as server:
        server.fail_next = 1  # a server error, then the answer
        got = fetch_commune_parcels("91216", tmp_path, server.base_url, 30, get, dt.date(2026, 12, 2))
        missing = fetch_commune_parcels("62498", tmp_path, server.base_url, 30, get, dt.date(2026, 12, 2))
        url = server.base_url
    assert got.path is not None and got.message is None and len(server.requests) == 3
    assert len(json.loads(got.path.read_text())["features"]) == 90
    assert missing.path is None and "Aucune parcelle publiée pour la commune 62498" in missing.message
    offline = fetch_commune_parcels("59350", tmp_path, url, 30, get, dt.date(2026, 12, 2))
    assert offline.path is None and "aucune copie en cache" in offline.message


def test_the_veille_dock_sweeps_with_downloaded_parcels(plugin, tmp_path, monkeypatch):
    from qgis.core import QgsApplication

    from veille_plugin.core import config
    from veille_plugin.core.feeds import cadastre as cadastre_feed

    sample = SAMPLE.read_bytes()
    ids = [f["id"] for f in json.loads(sample)["features"][:2]]
    csv = tmp_path / "permis_fictifs.csv"
    pd.DataFrame(
        {"numero": ["PC FICTIF 1", "PC FICTIF 2"], "type": "PC", "parcelles": ids, "travaux": "extension (FICTIF)"}
    ).to_csv(csv, sep=";", index=False)
    config.set_value("register", str(tmp_path / "registre.gpkg"))
    with CadastreServer({"91216": sample}) as server:
        monkeypatch.setattr(cadastre_feed, "ETALAB_CADASTRE", server.base_url)
        dock = plugin.toggle_veille_dock(True)
        dock.ui.chkAutoParcels.setChecked(True)
        assert not dock.ui.editParcels.isEnabled()
        dock.ui.editOut.setText(str(tmp_path / "sorties"))
        task = dock.start_sweep([str(csv)])
        assert task is not None and task.parcels == "auto"
        deadline = time.time() + 60
        while dock.task is not None and time.time() < deadline:
            QgsApplication.processEvents()
            time.sleep(0.02)
        assert server.requests == ["/communes/91216/geojson/parcelles"]
    located = set(dock.model.df["localisation"])
    assert located == {"parcelles"}, located


def test_processing_sweeps_with_downloaded_parcels(plugin, qgis_processing, tmp_path, monkeypatch):
    """The weekly scheduled sweep (Processing, `qgis_process`) can fetch its parcels too."""
    import processing

    from veille_plugin.core import config
    from veille_plugin.core.feeds import cadastre as cadastre_feed

    monkeypatch.setenv("VEILLE_CONFIG_DIR", str(tmp_path / "cfg"))
    sample = SAMPLE.read_bytes()
    ids = [f["id"] for f in json.loads(sample)["features"][:2]]
    csv = tmp_path / "permis_fictifs.csv"
    pd.DataFrame({"numero": ["PC FICTIF 7", "PC FICTIF 8"], "type": "PC", "parcelles": ids}).to_csv(
        csv, sep=";", index=False
    )
    with CadastreServer({"91216": sample}) as server:
        monkeypatch.setattr(cadastre_feed, "ETALAB_CADASTRE", server.base_url)
        res = processing.run(
            "veille_patrimoniale:balayage",
            {
                "SOURCES": [str(csv)],
                "FORMAT": 0,
                "AUTO_PARCELS": True,
                "REGISTER": str(tmp_path / "r.gpkg"),
                "AUTHOR": "qgis",
                "OUTPUT": str(tmp_path / "out"),
            },
        )
    assert res["NOUVEAUX"] == 2
    cases = pd.read_csv(tmp_path / "out" / "cases.csv", sep=";", dtype=str)
    assert set(cases["localisation"]) == {"parcelles"}
    assert cadastre_feed.cached_copies(config.config_dir() / "cadastre", "91216")
