"""The PLU watch over the API Carto GPU (issue 16), against a local server answering like the documented API from
the real zoning of Saint-Saëns (76648, tests/data/plu) and the fictitious versions of Loos-en-Gohelle (62528,
resources/demo/plu): dated snapshots in the register (GeoPackage and PostGIS), nothing new when nothing changed,
the usual comparison when something did, PLUi fetched once, and the faults of a real service."""

import copy
import json
import uuid
from functools import partial
from pathlib import Path

import numpy as np
import pytest
from cli_helpers import as_json, run
from gpu_server import GpuServer, cnig_collections, outline

from veille_plugin.core.feeds.gpu import PAGE_LIMIT, fetch_all_pages
from veille_plugin.core.feeds.http import FeedOfflineError, http_get
from veille_plugin.core.plu.watch import run_watch, watched_communes
from veille_plugin.core.register import open_register
from veille_plugin.core.vocabulary import CHANGE_MODIFIED, CHANGE_UNCHANGED, PLU_FAILED, PLU_FIRST, PLU_NO_DOCUMENT

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / "tests" / "data" / "plu" / "76648_ZONE_URBA_20241107.geojson"
DEMO = ROOT / "resources" / "demo" / "plu"
FAST = partial(http_get, timeout=2, retries=3, backoff=0.01)


@pytest.fixture(scope="module")
def saint_saens():
    """The real zoning of Saint-Saëns as the GPU serves it (WGS 84), and the commune's outline."""
    collections = cnig_collections(REAL)
    return collections, outline(collections)


@pytest.fixture
def server(saint_saens):
    collections, shape = saint_saens
    with GpuServer() as s:
        s.add_commune("76648", "Saint-Saëns", shape)
        s.set_document("DU_76648", "PLU", "Saint-Saëns", collections, shape)
        yield s


@pytest.fixture(params=["gpkg", "postgis"])
def register(request, tmp_path):
    if request.param == "gpkg":
        reg = open_register(str(tmp_path / "registre.gpkg"))
    else:
        reg = open_register(request.getfixturevalue("postgis_dsn"), schema="w_" + uuid.uuid4().hex[:10])
    with reg:
        yield reg


def watch(register, ref, server, tmp_path, codes=("76648",), get=FAST):
    return run_watch(list(codes), register, ref, tmp_path / "out", base_url=server.base_url, get=get, author="test")


def test_first_then_same_then_changed_version(register, ref, server, saint_saens, tmp_path):
    first = watch(register, ref, server, tmp_path)
    c = first.communes[0]
    assert c.status == PLU_FIRST and "premier instantané" in c.message and c.partitions == ["DU_76648"]
    snaps = register.plu_snapshots(insee="76648")
    assert len(snaps) == 1 and snaps[0]["idurba"] == "76648_PLU_20241107" and snaps[0]["n_features"] == 71
    assert snaps[0]["date_approbation"] == "20241107" and snaps[0]["source_url"].startswith(server.base_url)
    assert len(register.plu_snapshot_collections(snaps[0]["id"])["zone-urba"]) == 71

    # the same content republished (new gpu_timestamp, features in another order): nothing new stored
    doc = server.documents["DU_76648"]
    doc["zone-urba"] = [
        {**f, "properties": {**f["properties"], "gpu_timestamp": "2026-12-01"}} for f in reversed(doc["zone-urba"])
    ]
    second = watch(register, ref, server, tmp_path)
    assert second.communes[0].status == CHANGE_UNCHANGED and second.communes[0].diff is None
    assert len(register.plu_snapshots(insee="76648")) == 1

    # a zone N becomes U: a new snapshot and the usual comparison, report and CSV
    changed = copy.deepcopy(doc["zone-urba"])
    n_zone = next(f for f in changed if f["properties"]["typezone"] == "N")
    n_zone["properties"].update(typezone="U", libelle="Uz")
    doc["zone-urba"] = changed
    third = watch(register, ref, server, tmp_path)
    c = third.communes[0]
    assert c.status == CHANGE_MODIFIED and c.previous == snaps[0]["id"] and c.snapshot != snaps[0]["id"]
    assert c.diff.summary("76648")["nombre_changements"] >= 1
    assert Path(c.files["csv"]).exists() and any(Path(f).exists() for f in c.files["rapports"])
    data = c.to_dict()
    assert {"avant", "apres", "synthese", "parametres", "fichiers"} <= set(data)  # the shape of plu-diff --json
    assert len(register.plu_snapshots(insee="76648")) == 2
    runs = register.plu_watch_runs()
    assert [r["counts"] for r in runs] == [{PLU_FIRST: 1}, {CHANGE_UNCHANGED: 1}, {CHANGE_MODIFIED: 1}]


def test_plui_fetched_once_for_its_communes(register, ref, tmp_path):
    """A PLUi (partition DU_<SIREN>) serving two communes is read once and kept as one snapshot for both."""
    col = cnig_collections(DEMO / "62528_PLU_FICTIF_avant_v2017.gpkg")
    shape = outline(col)
    with GpuServer() as s:
        s.add_commune("62528", "Loos-en-Gohelle", shape)
        s.add_commune("62510", "Liévin", shape)
        s.set_document("DU_246200364", "PLUi", "PLUi FICTIF", col, shape)
        result = watch(register, ref, s, tmp_path, codes=("62528", "62510"))
        zone_reads = [q for p, q in s.requests if p.endswith("/zone-urba")]
    assert [c.status for c in result.communes] == [PLU_FIRST, PLU_FIRST]
    assert len(zone_reads) == 1 and zone_reads[0]["partition"] == "DU_246200364"
    snaps = register.plu_snapshots()
    assert len(snaps) == 1 and snaps[0]["communes"] == ["62528", "62510"] and snaps[0]["du_type"] == "PLUi"


def test_paging_reads_every_page_and_never_asks_beyond_the_limit(server, saint_saens):
    server.page_cap, server.no_total = 20, True  # fewer than asked, no total announced
    got = fetch_all_pages(server.base_url, "zone-urba", {"partition": "DU_76648"}, FAST)
    assert len(got) == 71
    starts = [int(q["_start"]) for p, q in server.requests if p.endswith("/zone-urba")]
    assert starts == [0, 20, 40, 60, 71]  # the last page, beyond the end, comes back empty
    assert all(int(q["_limit"]) <= PAGE_LIMIT for _p, q in server.requests)
    server.requests.clear()
    server.no_total = False  # with totalFeatures the page beyond is not asked
    assert len(fetch_all_pages(server.base_url, "zone-urba", {"partition": "DU_76648"}, FAST)) == 71
    assert len(server.requests) == 4
    with pytest.raises(FeedOfflineError, match="HTTP 400"):  # the service refuses more than 5,000 an answer
        FAST(f"{server.base_url}/zone-urba?partition=DU_76648&_limit={PAGE_LIMIT + 1}&_start=0")


def test_faults_keep_the_register_whole(register, ref, server, tmp_path):
    watch(register, ref, server, tmp_path)  # a first snapshot exists
    server.fail_next = 2  # two HTTP 500, then success: retried
    assert watch(register, ref, server, tmp_path).communes[0].status == CHANGE_UNCHANGED

    server.truncate = True
    c = watch(register, ref, server, tmp_path).communes[0]
    assert c.status == PLU_FAILED and "incomplète" in c.message and "n° 1" in c.message
    server.truncate = False

    server.delay = 0.6  # slower than the timeout: offline, the last snapshot and its date said
    slow = partial(http_get, timeout=0.2, retries=2, backoff=0.01)
    c = watch(register, ref, server, tmp_path, get=slow).communes[0]
    assert c.status == PLU_FAILED and "ne répond pas" in c.message and "hors ligne" in c.message
    assert "dernier instantané gardé, n° 1 du" in c.message
    server.delay = 0.0

    server.schema_changed = True
    c = watch(register, ref, server, tmp_path).communes[0]
    assert c.status == PLU_FAILED and "le format du service a-t-il changé" in c.message
    server.schema_changed = False

    assert len(register.plu_snapshots()) == 1  # no partial or foreign snapshot was stored
    assert [r["counts"] for r in register.plu_watch_runs()][-1] == {PLU_FAILED: 1}


def test_commune_without_document_or_unknown(register, ref, server, tmp_path):
    server.add_commune("62001", "Commune au RNU (fictive)", server.communes["76648"][1], is_rnu=True)
    result = watch(register, ref, server, tmp_path, codes=("62001", "99999"))
    rnu, unknown = result.communes
    assert rnu.status == PLU_NO_DOCUMENT and "règlement national d'urbanisme" in rnu.message
    assert unknown.status == PLU_FAILED and "inconnue du Géoportail de l'Urbanisme" in unknown.message
    assert register.plu_snapshots() == []


def test_watched_communes_are_those_of_the_bien_and_its_zone_tampon(ref):
    codes = watched_communes(ref)
    assert "62528" in codes and "62498" in codes  # Loos-en-Gohelle, Lens
    assert 50 < len(codes) < len(ref.communes)


def test_cli_plu_watch_twice(cfg, tmp_path, saint_saens):
    collections, shape = saint_saens
    reg = tmp_path / "registre.gpkg"
    with GpuServer() as s:
        s.add_commune("76648", "Saint-Saëns", shape)
        s.set_document("DU_76648", "PLU", "Saint-Saëns", collections, shape)
        args = ["plu-watch", "--commune", "76648", "--register", reg, "--out", tmp_path / "out"]
        first = run(cfg, *args, "--api-url", s.base_url)
        assert first.returncode == 0, first.stderr
        assert "premier instantané" in first.stdout
        changed = copy.deepcopy(s.documents["DU_76648"]["zone-urba"])
        changed[0]["properties"].update(typezone="AUc", libelle="1AU")
        s.documents["DU_76648"]["zone-urba"] = changed
        second = run(cfg, *args, "--api-url", s.base_url, "--json")
    assert second.returncode == 0, second.stderr
    data = as_json(second)
    entry = data["communes"][0]
    assert entry["statut"] == CHANGE_MODIFIED and entry["synthese"]["nombre_changements"] >= 1
    assert {"avant", "apres", "synthese", "communes", "zones_modifiees", "fichiers"} <= set(entry)
    assert Path(entry["fichiers"]["csv"]).exists()
    third = run(cfg, "plu-watch", "--commune", "7664", "--register", reg, "--out", tmp_path / "o2")
    assert third.returncode == 2 and "code INSEE" in third.stderr
    listing = run(cfg, "plu-snapshots", "--register", reg, "--json")
    assert listing.returncode == 0, listing.stderr
    assert [s["idurba"] for s in json.loads(listing.stdout)["instantanes"]] == ["76648_PLU_20241107"] * 2


# --------------------------------------------------------------------------- servitudes AC1, AC2, AC4 for the rules
def _assiette(geom_l93, suptype: str, typeass: str, nomass: str, datesrcass: str = "") -> dict:
    import shapely.geometry

    from veille_plugin.core.crs import l93_to_wgs84

    g = l93_to_wgs84(np.array([geom_l93], dtype=object))[0]
    return {
        "type": "Feature",
        "geometry": shapely.geometry.mapping(g),
        "properties": {
            "suptype": suptype,
            "typeass": typeass,
            "nomass": nomass,
            "idass": nomass,
            "datesrcass": datesrcass,
        },
    }


def _verdict(cs, rule: str) -> dict:
    found = [v for v in cs.record(0)["verdicts"] if v["regle"] == rule]
    return found[0] if found else {"regle": rule, "verdict": "non applicable", "motif": ""}


def test_servitudes_feed_r03_and_r04(ref, tmp_path):
    """R04 answers from an AC2 site classé of the terrils instead of «donnée manquante»; an AC1 PDA replaces R03's
    500 m circle; each reason names the servitude and its date; a layer the user gives wins («couche fournie»)."""
    import shapely

    from veille_plugin.core.feeds.servitudes import fetch_servitudes, official_layer_details, versions
    from veille_plugin.core.rules.case_screening import screen_cases
    from veille_plugin.core.rules.catalogue import load_catalogue

    cat = load_catalogue()
    ab = ref.mh_abords.attributes
    el = ref.elements
    geom_of = dict(zip(el.attributes["identifiant"], el.geometries))
    monument = geom_of[ab["identifiant"].iloc[0]]
    case = shapely.Point(monument.centroid.x + 250, monument.centroid.y)  # in the 500 m circle
    insee = str(ref.communes.attributes["insee"].iloc[ref.communes.tree.query(case, predicate="intersects")[0]])

    def screen(**kw):
        return screen_cases(np.array([case], dtype=object), ref, cat, case_type="PC", works="extension", **kw)

    before = screen()
    assert _verdict(before, "R04")["verdict"] == "donnée manquante"
    assert "PDA non fournie" in _verdict(before, "R03")["motif"]

    with GpuServer() as s:
        s.servitudes = [
            _assiette(monument.buffer(30), "ac1", "Périmètre délimité des abords", "PDA FICTIF", "2019-05-02"),
            _assiette(case.buffer(80), "ac2", "Site classé", "La chaîne des terrils (FICTIF)"),
            _assiette(case.buffer(5000), "ac2", "Site inscrit", "Site inscrit FICTIF"),
        ]
        got = fetch_servitudes([insee], ref, None, s.base_url, FAST)
        assert got.created and got.counts == {"AC1": 1, "AC2": 2, "AC4": 0}
        assert {q["categorie"] for p, q in s.requests if p.endswith("assiette-sup-s")} == {"AC1", "AC2", "AC4"}
        again = fetch_servitudes([insee], ref, None, s.base_url, FAST)
        assert not again.created and len(versions()) == 1  # the same content is not stored twice
        s.truncate = True
        offline = fetch_servitudes([insee], ref, None, s.base_url, FAST)
        assert not offline.created and "reste utilisée" in offline.messages[0]
    # the element files date a PDA by its assiette's source (CNIG «datesrcass»)
    assert official_layer_details()["pda"] == [{"nom": "PDA FICTIF", "date": "2019-05-02"}]

    after = screen()
    r04 = _verdict(after, "R04")
    r03 = {v["regle"]: v for v in after.record(0, include_non_applicable=True)["verdicts"]}["R03"]
    assert r04["verdict"] == "à vérifier" and "servitude AC2 du Géoportail de l'Urbanisme, relevé du" in r04["motif"]
    # a circle replaced by a PDA is not R03's (issue 25: «non applicable», not «conforme»); the summary says so too
    assert r03["verdict"] == "non applicable" and "remplacé par un PDA (servitude AC1" in r03["motif"]
    assert "est remplacé par un périmètre délimité des abords (PDA)" in after.record(0)["explication"]

    mine = screen(user_layers={"site_classe_terrils": np.array([case.buffer(10)], dtype=object)})
    assert "(couche fournie)" in _verdict(mine, "R04")["motif"]
