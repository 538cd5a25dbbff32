"""Issue 27 for the servitudes: an answer of the Géoportail de l'Urbanisme is checked before it is stored, as the PLU
watch's are. Servitudes outside the communes asked (Lambert-93 served as WGS 84) are refused; an answer that lost
most of the servitudes of the previous version (an empty answer among them) is refused unless the change is
accepted, the acceptance written in the version file; nothing is stored and the previous version stays the one the
rules read. A watch of one commune keeps the other communes' servitudes. The assiettes are FICTIVES, drawn on real
elements of the shipped GeoPackage. Against the local GPU server of tests/gpu_server.py."""

import datetime as dt
import json
from functools import partial

import numpy as np
import pytest
import shapely
import shapely.geometry
from cli_helpers import run
from gpu_server import GpuServer, cnig_collections, outline
from test_plu_watch import REAL

from veille_plugin.core.crs import l93_to_wgs84
from veille_plugin.core.feeds.http import http_get
from veille_plugin.core.feeds.servitudes import fetch_servitudes, latest_version, versions

FAST = partial(http_get, timeout=2, retries=2, backoff=0.01)
TODAY = dt.date(2027, 2, 1)


def _commune_of(ref, geom) -> str:
    com = ref.communes
    return str(com.attributes["insee"].iloc[com.tree.query(geom.representative_point(), predicate="intersects")[0]])


def _assiette(geom_l93, n: int, wgs84: bool = True) -> dict:
    g = l93_to_wgs84(np.array([geom_l93], dtype=object))[0] if wgs84 else geom_l93
    return {
        "type": "Feature",
        "geometry": shapely.geometry.mapping(g),
        "properties": {
            "suptype": "ac1",
            "idass": f"A{n}",
            "typeass": "Périmètre délimité des abords",
            "nomass": f"FICTIF {n}",
        },
    }


@pytest.fixture
def two_communes(ref):
    """Six FICTIVES AC1 assiettes (500 m around real elements) in each of two communes of the Bien."""
    by_commune: dict = {}
    for k, g in enumerate(ref.elements.geometries):
        insee = _commune_of(ref, g)
        if len(by_commune) < 2 or insee in by_commune:
            by_commune.setdefault(insee, [])
            if len(by_commune[insee]) < 6:
                by_commune[insee].append(shapely.Point(g.representative_point()).buffer(300))
        if len(by_commune) == 2 and all(len(v) == 6 for v in by_commune.values()):
            break
    codes = sorted(by_commune)
    # the other commune's assiettes must lie outside the first one's extent, or a one-commune watch sees them
    extents = {c: shapely.box(*l93_to_wgs84(np.array(by_commune[c], dtype=object))[0].bounds) for c in codes}
    return codes, by_commune, extents


@pytest.fixture
def server(two_communes):
    codes, by_commune, _e = two_communes
    with GpuServer() as s:
        s.servitudes = [_assiette(g, 10 * k + i) for k, c in enumerate(codes) for i, g in enumerate(by_commune[c])]
        yield s


def test_lambert93_served_as_wgs84_is_refused_and_the_last_version_stays(ref, server, two_communes, tmp_path):
    codes, by_commune, _e = two_communes
    first = fetch_servitudes(codes, ref, tmp_path, server.base_url, FAST, TODAY)
    assert first.created and first.counts["AC1"] == 12
    server.servitudes = [_assiette(g, i, wgs84=False) for i, g in enumerate(by_commune[codes[0]])]
    server.ignore_geom = True
    got = fetch_servitudes(codes, ref, tmp_path, server.base_url, FAST, TODAY + dt.timedelta(days=7))
    assert got.refused and not got.created and got.path == first.path
    message = got.messages[0]
    assert message.startswith("Réponse suspecte du Géoportail de l'Urbanisme pour les servitudes")
    assert "6 servitude(s) sur 6 hors des communes demandées" in message and "Lambert-93" in message
    assert "la version du 01/02/2027 reste utilisée" in message
    assert len(versions(tmp_path)) == 1 and len(latest_version(tmp_path).details["pda"]) == 12


def test_an_empty_answer_after_servitudes_is_refused_unless_accepted(ref, server, two_communes, tmp_path):
    codes, _b, _e = two_communes
    fetch_servitudes(codes, ref, tmp_path, server.base_url, FAST, TODAY)
    server.servitudes = []  # HTTP 200, «features: []» everywhere
    later = TODAY + dt.timedelta(days=7)
    got = fetch_servitudes(codes, ref, tmp_path, server.base_url, FAST, later)
    assert got.refused and len(versions(tmp_path)) == 1
    assert "0 servitude(s) et générateur(s) au lieu de 12 dans la version précédente" in got.messages[0]
    assert "--accepter-changement" in got.messages[0]
    accepted = fetch_servitudes(codes, ref, tmp_path, server.base_url, FAST, later, accept_change=True, author="moi")
    assert accepted.created and not accepted.refused and accepted.counts["AC1"] == 0
    stored = json.loads(accepted.path.read_text("utf-8"))
    assert stored["acceptation"].startswith("changement important accepté par moi : 0 servitude(s)")


def test_a_watch_of_one_commune_keeps_the_other_communes_servitudes(ref, server, two_communes, tmp_path):
    codes, by_commune, extents = two_communes
    if extents[codes[0]].buffer(0.01).intersects(extents[codes[1]]):
        pytest.skip("les deux communes choisies sont trop proches pour ce test")
    fetch_servitudes(codes, ref, tmp_path, server.base_url, FAST, TODAY)
    server.servitudes[0]["properties"]["nomass"] = "FICTIF 0 (modifié)"
    one = fetch_servitudes([codes[0]], ref, tmp_path, server.base_url, FAST, TODAY + dt.timedelta(days=7))
    assert one.created and one.counts["AC1"] == 12  # before: the version held only that commune's 6
    names = {d["nom"] for d in latest_version(tmp_path).details["pda"]}
    assert "FICTIF 0 (modifié)" in names and "FICTIF 10" in names
    assert json.loads(one.path.read_text("utf-8"))["communes"] == codes


def test_plu_watch_exits_non_zero_when_the_servitudes_are_refused(cfg, tmp_path):
    demo = REAL.parents[3] / "resources" / "demo" / "plu" / "62528_PLU_FICTIF_avant_v2017.gpkg"
    collections = cnig_collections(demo)
    shape = outline(collections)
    args = ["plu-watch", "--commune", "62528", "--register", tmp_path / "r.gpkg", "--out", tmp_path / "out"]
    with GpuServer() as s:
        s.add_commune("62528", "Loos-en-Gohelle", shape)
        s.set_document("DU_62528", "PLU", "Loos-en-Gohelle FICTIF", collections, shape)
        s.servitudes = [_assiette(shapely.box(0, 0, 1000, 1000), 1, wgs84=False)]  # Lambert-93 near (0, 0)
        s.ignore_geom = True
        done = run(cfg, *args, "--api-url", s.base_url)
    assert done.returncode != 0, done.stdout
    assert "premier instantané" in done.stdout  # the PLU itself was read and kept
    assert "Réponse suspecte du Géoportail de l'Urbanisme pour les servitudes" in done.stdout
    assert not list(cfg.rglob("servitudes-*.json"))  # nothing stored
