"""Issue 16, «parcels by themselves»: the sweep fetches the Etalab parcels of its permits' communes, caches them by
commune and date, reuses them offline, refreshes them when old, and never keeps a truncated download. A local server
answers like the bundler from a recorded real file (tests/data/cadastre, Épinay-sur-Orge 91216)."""

import datetime as dt
import gzip
import json
from functools import partial
from pathlib import Path

import pandas as pd
import pytest
from cadastre_server import CadastreServer
from cli_helpers import as_json, run

from veille_plugin.core.feeds.cadastre import (
    cached_copies,
    commune_url,
    fetch_commune_parcels,
    http_get,
    parcels_for_communes,
)

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "data" / "cadastre" / "cadastre-91216-parcelles-extrait.json"
DAY = dt.date(2026, 12, 2)


@pytest.fixture(scope="module")
def sample():
    return SAMPLE.read_bytes()


def quick(url):
    return http_get(url, timeout=3, retries=3, backoff=0.01)


def test_the_documented_address():
    assert (
        commune_url("62498") == "https://cadastre.data.gouv.fr/bundler/cadastre-etalab/communes/62498/geojson/parcelles"
    )


def test_fetched_once_then_read_from_the_cache_until_it_is_old(sample, tmp_path):
    with CadastreServer({"91216": sample}) as server:
        first = fetch_commune_parcels("91216", tmp_path, server.base_url, 30, quick, DAY)
        assert not first.from_cache and first.fetched_on == DAY and first.message is None
        assert len(json.loads(first.path.read_text())["features"]) == 90
        again = fetch_commune_parcels("91216", tmp_path, server.base_url, 30, quick, DAY + dt.timedelta(days=10))
        assert again.from_cache and again.path == first.path and len(server.requests) == 1
        later = fetch_commune_parcels("91216", tmp_path, server.base_url, 30, quick, DAY + dt.timedelta(days=31))
        assert not later.from_cache and len(server.requests) == 2
    assert [d for d, _p in cached_copies(tmp_path, "91216")] == [DAY + dt.timedelta(days=31)]  # the old copy went


def test_server_errors_are_retried_then_succeed(sample, tmp_path):
    with CadastreServer({"91216": sample}) as server:
        server.fail_next = 2
        got = fetch_commune_parcels("91216", tmp_path, server.base_url, 30, quick, DAY)
        assert got.path is not None and got.message is None and len(server.requests) == 3


def test_a_truncated_download_is_never_kept_and_the_cache_is_used(sample, tmp_path):
    with CadastreServer({"91216": sample}) as server:
        fetch_commune_parcels("91216", tmp_path, server.base_url, 30, quick, DAY)
        server.truncate = True
        got = fetch_commune_parcels("91216", tmp_path, server.base_url, 30, quick, DAY + dt.timedelta(days=40))
    assert got.from_cache and got.fetched_on == DAY
    assert "incomplète" in got.message and "copie en cache du 02/12/2026" in got.message
    assert [d for d, _p in cached_copies(tmp_path, "91216")] == [DAY]  # nothing partial stored
    assert not list(tmp_path.glob("*.tmp"))


def test_offline_uses_the_last_copy_and_says_its_date_or_says_there_is_none(sample, tmp_path):
    with CadastreServer({"91216": sample}) as server:
        url = server.base_url
        fetch_commune_parcels("91216", tmp_path, url, 30, quick, DAY)
    # the server is gone: connection refused
    got = fetch_commune_parcels("91216", tmp_path, url, 30, quick, DAY + dt.timedelta(days=60))
    assert got.from_cache and "ne répond pas" in got.message and "02/12/2026" in got.message
    none = fetch_commune_parcels("62498", tmp_path, url, 30, quick, DAY)
    assert none.path is None and "aucune copie en cache" in none.message and "62498" in none.message


def test_a_timeout_is_said_like_offline(sample, tmp_path):
    with CadastreServer({"91216": sample}) as server:
        server.delay = 1.5
        got = fetch_commune_parcels(
            "91216", tmp_path, server.base_url, 30, partial(http_get, timeout=0.5, retries=2, backoff=0.01), DAY
        )
    assert got.path is None and "ne répond pas" in got.message


def test_an_empty_commune_and_a_changed_schema(sample, tmp_path):
    changed = json.dumps({"type": "FeatureCollection", "features": [{"type": "Feature", "id": "X", "geometry": None}]})
    with CadastreServer({"91216": sample, "91217": changed.encode()}) as server:
        got = parcels_for_communes(["91216", "99999", "91217", None, "n/a"], tmp_path, server.base_url, get=quick)
    assert got.table is not None and len(got.table) == 90
    text = " ".join(got.messages)
    assert "Aucune parcelle publiée pour la commune 99999" in text
    assert "91217" in text and "format du service a-t-il changé" in text
    assert [c.insee for c in got.communes] == ["91216", "91217", "99999"]


def test_the_sweep_locates_permits_by_parcel_with_no_parcel_file(sample, tmp_path):
    """`sweep --parcels auto`: the permits of Épinay-sur-Orge (FICTITIOUS numbers, real parcel ids of the recorded
    file) are located by their parcels; a second sweep offline reads the cache and says so."""
    ids = [f["id"] for f in json.loads(sample)["features"][:3]]
    permits = pd.DataFrame(
        {
            "numero": [f"PC 091 216 26 FICTIF{k}" for k in range(3)],
            "type": "PC",
            "commune": "91216",
            "parcelles": ids,
            "travaux": "extension (FICTIF)",
        }
    )
    csv = tmp_path / "permis_fictifs.csv"
    permits.to_csv(csv, sep=";", index=False)
    cfg = tmp_path / "cfg"
    cfg.mkdir()
    with CadastreServer({"91216": sample}) as server:
        args = ["sweep", "--source", csv, "--parcels", "auto", "--cadastre-url", server.base_url]
        proc = run(cfg, *args, "--register", tmp_path / "r.gpkg", "--out", tmp_path / "s1", "--json")
        out = as_json(proc)
        assert server.requests == ["/communes/91216/geojson/parcelles"]
    cases = pd.read_csv(tmp_path / "s1" / "cases.csv", sep=";", dtype=str)
    assert (cases["localisation"] == "parcelles").all() and len(cases) == 3, cases[["numero", "localisation"]]
    assert out["dossiers"] if "dossiers" in out else True
    assert cached_copies(cfg / "cadastre", "91216")
    # offline (the server is gone), the copy is fresh enough: it is used without a word
    proc = run(cfg, *args, "--register", tmp_path / "r.gpkg", "--out", tmp_path / "s2", "--json")
    assert proc.returncode in (0, 1), proc.stderr
    cases2 = pd.read_csv(tmp_path / "s2" / "cases.csv", sep=";", dtype=str)
    assert (cases2["localisation"] == "parcelles").all()


def _as(sample: bytes, change) -> bytes:
    data = json.loads(gzip.decompress(sample) if sample[:2] == b"\x1f\x8b" else sample)
    change(data)
    return json.dumps(data).encode()


def _lambert93(data):
    for f in data["features"]:  # coordinates shifted as Lambert-93 metres would be
        f["geometry"]["coordinates"] = json.loads(
            json.dumps(f["geometry"]["coordinates"]).replace("[2.", "[652000.").replace(", 48.", ", 6836000.")
        )


@pytest.mark.parametrize(
    "attack, said",
    [
        (lambda d: d.update(features=[]), "aucune parcelle dans la réponse (réponse vide)"),
        (_lambert93, "un autre système (Lambert-93 ?) servi comme WGS 84"),
        (lambda d: d.update(features=d["features"][:20]), "20 parcelle(s) au lieu de 90 dans la copie précédente"),
    ],
    ids=["vide", "lambert93", "perte"],
)
def test_a_suspect_download_is_refused_and_the_cached_copy_stays(sample, tmp_path, attack, said):
    with CadastreServer({"91216": sample}) as server:
        fetch_commune_parcels("91216", tmp_path, server.base_url, 30, quick, DAY)
        server.communes["91216"] = _as(sample, attack)
        got = fetch_commune_parcels("91216", tmp_path, server.base_url, 30, quick, DAY + dt.timedelta(days=40))
    assert got.from_cache and got.fetched_on == DAY
    assert "réponse suspecte de" in got.message and said in got.message, got.message
    assert "copie en cache du 02/12/2026 utilisée" in got.message
    assert [d for d, _p in cached_copies(tmp_path, "91216")] == [DAY]
