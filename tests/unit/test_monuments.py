"""Every monument historique of the Bien (issue 26, item 3): the AC1 générateurs fetched with the servitudes from a
local server answering like the API Carto GPU module (paged, checked, stored in the dated versions), merged with the
elements of the shipped GeoPackage, and read by the screening (R22, R23, R03), the impact assessment, the element
files and the reference report. The générateurs are synthetic (FICTIFS), built from real element geometries of the
shipped GeoPackage converted to WGS 84."""

import datetime as dt
import json
from functools import partial

import numpy as np
import pytest
import shapely
import shapely.geometry
from cli_helpers import as_json, run
from gpu_server import GpuServer

from veille_plugin.core.crs import l93_to_wgs84
from veille_plugin.core.feeds.http import http_get
from veille_plugin.core.feeds.servitudes import (
    ServitudesVersion,
    fetch_servitudes,
    latest_version,
    read_version,
    versions,
)
from veille_plugin.core.reference.monuments import merge_monuments, protection_level
from veille_plugin.core.rules.case_screening import screen_cases
from veille_plugin.core.rules.catalogue import load_catalogue

FAST = partial(http_get, timeout=2, retries=2, backoff=0.01)
TODAY = dt.date(2027, 1, 5)


def _element(ref, eid):
    k = ref.elements.attributes["identifiant"].tolist().index(eid)
    return k, ref.elements.geometries[k]


def _quiet_elements(ref, n=2):
    """Bâti elements not MH in the reference data and far (> 1 km) from every MH abords: a case 250 m from one of them
    is in no 500 m circle of the data."""
    a = ref.elements.attributes
    abords = shapely.union_all(ref.mh_abords.geometries)
    found = []
    for k in np.flatnonzero((a["categorie"] == "bâti").to_numpy() & (a["protection_mh"] == "aucune").to_numpy()):
        g = ref.elements.geometries[k]
        if shapely.distance(g, abords) > 1000 and shapely.area(g) < 20_000:
            found.append(str(a["identifiant"].iloc[k]))
        if len(found) == n:
            return found
    pytest.fail("pas d'élément bâti loin des abords MH dans le GeoPackage embarqué")


def _generator(geom_l93, idgen, nomgen, typegen="Monument", datesrcgen="20190502", point=False) -> dict:
    g = l93_to_wgs84(np.array([geom_l93.representative_point() if point else geom_l93], dtype=object))[0]
    return {
        "type": "Feature",
        "geometry": shapely.geometry.mapping(g),
        "properties": {
            "suptype": "ac1",
            "idgen": idgen,
            "nomgen": nomgen,
            "typegen": typegen,
            "datesrcgen": datesrcgen,
            "partition": "FICTIF_SUP_AC1",
        },
    }


def _assiette(geom_l93, idgen, typeass, nomass) -> dict:
    g = l93_to_wgs84(np.array([geom_l93], dtype=object))[0]
    return {
        "type": "Feature",
        "geometry": shapely.geometry.mapping(g),
        "properties": {"suptype": "ac1", "idass": f"A-{idgen}", "idgen": idgen, "typeass": typeass, "nomass": nomass},
    }


def _insee(ref, geom):
    com = ref.communes
    return str(com.attributes["insee"].iloc[com.tree.query(geom.representative_point(), predicate="intersects")[0]])


def _verdicts(cs, i=0):
    return {v["regle"]: v for v in cs.record(i, include_non_applicable=True)["verdicts"]}


@pytest.fixture
def monuments_server(ref):
    """A GPU server with five FICTIFS AC1 générateurs on real elements: two surfaces and a point on elements not MH in
    the data (one inscrit by its name, one classé by its assiette, one point «inscrit»), one on an element already
    MH, one whose level is not said; an AC1 abords assiette linked by ``idgen``."""
    inscrit, classe = _quiet_elements(ref)
    _k, g_ins = _element(ref, inscrit)
    _k, g_cla = _element(ref, classe)
    mh_id = str(ref.mh_abords.attributes["identifiant"].iloc[0])
    _k, g_mh = _element(ref, mh_id)
    a = ref.elements.attributes
    other = next(
        str(a["identifiant"].iloc[k])
        for k in np.flatnonzero((a["categorie"] == "bâti").to_numpy() & (a["protection_mh"] == "aucune").to_numpy())
        if str(a["identifiant"].iloc[k]) not in (inscrit, classe)
    )
    _k, g_other = _element(ref, other)
    with GpuServer() as s:
        s.generators = [
            _generator(g_ins, "G1", "Bâtiment FICTIF (inscrit au titre des monuments historiques)"),
            _generator(g_cla, "G2", "Bâtiment FICTIF"),
            _generator(g_mh, "G3", "Monument FICTIF déjà connu, classé"),
            _generator(g_other, "G4", "Monument FICTIF sans niveau"),
            _generator(g_ins, "G5", "Point FICTIF inscrit", point=True),
        ]
        s.servitudes = [
            _assiette(g_cla.buffer(500), "G2", "Périmètre des abords", "Abords du monument historique classé FICTIF")
        ]
        s.page_cap = 2  # pages shorter than asked: generateur-sup-s is read in two pages
        s.codes = [_insee(ref, g) for g in (g_ins, g_cla, g_mh, g_other)]
        s.ids = {"inscrit": inscrit, "classé": classe, "mh": mh_id, "other": other}
        yield s


def test_generators_fetched_paged_and_stored_with_the_servitudes(ref, monuments_server, tmp_path):
    s = monuments_server
    got = fetch_servitudes(s.codes, ref, tmp_path, s.base_url, FAST, TODAY)
    assert got.created and got.generators == {"AC1": 5} and got.counts["AC1"] == 1
    gen_requests = [(p.rsplit("/", 1)[1], q) for p, q in s.requests if "/generateur-sup-" in p]
    assert {p for p, _q in gen_requests} == {"generateur-sup-p", "generateur-sup-l", "generateur-sup-s"}
    assert all(q["categorie"] == "AC1" and json.loads(q["geom"])["type"] == "Polygon" for _p, q in gen_requests)
    assert {q["_start"] for p, q in gen_requests if p == "generateur-sup-s"} >= {"0", "2"}  # paged
    stored = json.loads(got.path.read_text("utf-8"))
    assert got.path.name.startswith("servitudes-2027-01-05-") and len(stored["generateurs"]["AC1"]) == 5
    version = read_version(got.path)
    assert version.day == TODAY and len(version.generators) == 5
    assert {p["idgen"] for p in version.generator_properties} == {"G1", "G2", "G3", "G4", "G5"}
    assert version.assiettes_by_generator["G2"][0]["nomass"].startswith("Abords du monument historique classé")
    assert all(shapely.distance(shapely.Point(700000, 7000000), g) < 300_000 for g in version.generators)  # L93
    again = fetch_servitudes(s.codes, ref, tmp_path, s.base_url, FAST, TODAY + dt.timedelta(days=7))
    assert not again.created and again.path == got.path and len(versions(tmp_path)) == 1


def test_a_failing_generator_page_stores_nothing_and_keeps_the_last_version(ref, monuments_server, tmp_path):
    s = monuments_server
    s.broken_page = ("generateur-sup-s", 2)
    first = fetch_servitudes(s.codes, ref, tmp_path, s.base_url, FAST, TODAY)
    assert first.path is None and not first.created and not list(tmp_path.glob("*.json"))
    assert "Générateurs AC1 de la commune" in first.messages[0] and "aucune version gardée" in first.messages[0]
    s.broken_page = None
    kept = fetch_servitudes(s.codes, ref, tmp_path, s.base_url, FAST, TODAY)
    s.generators[0]["properties"]["nomgen"] += " (modifié)"  # the service changes, then fails on a later page
    s.broken_page = ("generateur-sup-s", 2)
    offline = fetch_servitudes(s.codes, ref, tmp_path, s.base_url, FAST, TODAY + dt.timedelta(days=7))
    assert offline.path == kept.path and not offline.created and len(versions(tmp_path)) == 1
    assert "la version du 05/01/2027 reste utilisée" in offline.messages[0]
    assert len(latest_version(tmp_path).generators) == 5


def test_older_version_files_read_as_versions_without_generators(ref, tmp_path):
    """A version file written before the générateurs were fetched: read as before, no monument added; the same
    assiettes fetched again without générateurs are not stored twice."""
    _k, geom = _element(ref, _quiet_elements(ref, 1)[0])
    assiette = _assiette(geom.buffer(30), "X", "Périmètre délimité des abords", "PDA FICTIF")
    categories = {"AC1": [assiette], "AC2": [], "AC4": []}
    import hashlib

    digest = hashlib.sha256(json.dumps(categories, sort_keys=True).encode("utf-8")).hexdigest()[:12]
    old = tmp_path / f"servitudes-2026-11-02-{digest}.json"
    old.write_text(json.dumps({"source": "x", "communes": [], "categories": categories, "releve": "2026-11-02"}))
    version = read_version(old)
    assert version.generators == [] and "pda" in version.layers and version.day_text() == "02/11/2026"
    assert merge_monuments(ref, version).total()["total"] == 78
    with GpuServer() as s:
        s.servitudes = [assiette]
        again = fetch_servitudes([_insee(ref, geom)], ref, tmp_path, s.base_url, FAST, TODAY)
    assert not again.created and again.path == old and again.generators == {"AC1": 0}


def test_merge_finds_the_element_each_generator_protects(ref, monuments_server, tmp_path):
    s = monuments_server
    version = read_version(fetch_servitudes(s.codes, ref, tmp_path, s.base_url, FAST, TODAY).path)
    m = merge_monuments(ref, version)
    ids = ref.elements.attributes["identifiant"].tolist()
    level = dict(zip(ids, m.level))
    source = dict(zip(ids, m.source))
    assert level[s.ids["inscrit"]] == "inscrit" and level[s.ids["classé"]] == "classé"  # classé from its assiette
    assert level[s.ids["other"]] == "aucune" and m.unread == ["Monument FICTIF sans niveau"]  # never guessed
    assert source[s.ids["inscrit"]] == "servitude AC1 (GPU), version du 05/01/2027"
    assert source[s.ids["mh"]] == "données du Bien"  # already MH: keeps its level and source
    assert m.date[ids.index(s.ids["inscrit"])] == "20190502"
    assert m.total() == {"classé": 11, "inscrit": 69, "total": 80}
    assert m.counts() == [
        {"source": "données du Bien", "classé": 10, "inscrit": 68},
        {"source": "servitude AC1 (GPU), version du 05/01/2027", "classé": 1, "inscrit": 1},
    ]


def test_a_monument_inside_a_cite_protects_it_only_when_the_names_agree(ref):
    """A point générateur inside a cité: named after the cité it protects it; a church of another name does not make
    the whole cité a monument (it is counted as outside the elements)."""
    a = ref.elements.attributes
    k = next(
        k
        for k in np.flatnonzero((a["categorie"] == "cité minière").to_numpy() & (a["protection_mh"] == "aucune"))
        if len(ref.elements.tree.query(ref.elements.geometries[k].representative_point(), predicate="intersects")) == 1
    )
    cite = ref.elements.geometries[k]
    where = cite.representative_point()
    name = str(a["nom"].iloc[k])
    version = ServitudesVersion(None, TODAY)
    version.generators = [where, where]
    version.generator_properties = [
        {"idgen": "P1", "nomgen": f"{name} (FICTIF), inscription"},
        {"idgen": "P2", "nomgen": "Église Sainte-Zélie FICTIVE, inscrite"},
    ]
    m = merge_monuments(ref, version)
    assert m.level[k] == "inscrit" and m.unmatched == ["Église Sainte-Zélie FICTIVE, inscrite"]


def test_protection_level_follows_the_cnig_words():
    assert protection_level({"nomgen": "Église Saint-Martin", "typegen": "Monument"}) == ""
    assert protection_level({"nomsuplitt": "Chevalement : inscription par arrêté du 2 mai 1994"}) == "inscrit"
    assert protection_level({"nomgen": "Fosse"}, [{"typeass": "Monument historique", "nomass": "Fosse (classée)"}])
    assert protection_level({"nomgen": "Château déclassé"}) == ""
    assert protection_level({"nomgen": "Façades inscrites, toitures classées"}) == "classé"


def test_r22_r23_and_r03_fire_on_monuments_known_from_the_generators(ref, monuments_server, tmp_path):
    s = monuments_server
    version = read_version(fetch_servitudes(s.codes, ref, tmp_path, s.base_url, FAST, TODAY).path)
    cat = load_catalogue()
    _k, g_ins = _element(ref, s.ids["inscrit"])
    _k, g_cla = _element(ref, s.ids["classé"])
    near = shapely.Point(g_ins.bounds[2] + 250, g_ins.centroid.y)  # 250 m east of the new monument
    assert 250 <= shapely.distance(near, g_ins) < 500
    cases = np.array([g_ins.representative_point(), g_cla.representative_point(), near], dtype=object)

    def screen(version):
        return screen_cases(
            cases, ref, cat, case_type="PC", works="ravalement de façade", ids=["A", "B", "C"], servitudes=version
        )

    before = screen(ServitudesVersion())  # explicitly none
    assert _verdicts(before, 0)["R23"]["verdict"] == "non applicable"
    assert _verdicts(before, 1)["R22"]["verdict"] == "non applicable"
    assert _verdicts(before, 2)["R03"]["verdict"] == "non applicable"
    after = screen(version)
    r23 = _verdicts(after, 0)["R23"]
    assert r23["verdict"] == "à vérifier" and "monument historique inscrit" in r23["motif"]
    assert "(servitude AC1 (GPU), version du 05/01/2027)" in r23["motif"]
    assert _verdicts(after, 1)["R22"]["verdict"] == "à vérifier"
    r03 = _verdicts(after, 2)["R03"]
    assert r03["verdict"] == "à vérifier" and s.ids["inscrit"] in r03["motif"]
    assert [ab["id"] for ab in after.record(2)["abords_mh"]] == [s.ids["inscrit"]]
    # the impact assessment reads the new monument as an MH element of the Bien: its value rises to «très élevée»
    first = {c: cs.record(0)["priorite"]["attributs"][0] for c, cs in (("avant", before), ("après", after))}
    assert first["avant"]["famille"] == "élément du Bien" and first["avant"]["valeur"] == "élevée"
    assert first["après"]["famille"] == "élément du Bien protégé au titre des monuments historiques"
    assert first["après"]["valeur"] == "très élevée" and s.ids["inscrit"] in first["après"]["attribut"]
    # default behaviour kept: without the parameter, the latest stored version (config folder) is read
    assert _verdicts(screen(None), 0)["R23"]["verdict"] == "non applicable"  # nothing stored in the config folder


def test_element_file_and_reference_report_show_the_new_monuments(ref, monuments_server, cfg, tmp_path):
    from veille_plugin.core.register import open_register
    from veille_plugin.core.reports.element_file import write_element_files

    s = monuments_server
    before = as_json(run(cfg, "stats", "--json"))["elements_proteges_mh"]
    assert before["total"] == 78
    assert before["par_source"] == [{"source": "données du Bien", "classé": 10, "inscrit": 68}]
    got = fetch_servitudes(s.codes, ref, cfg / "servitudes", s.base_url, FAST, TODAY)
    version = read_version(got.path)
    after = as_json(run(cfg, "stats", "--json"))["elements_proteges_mh"]
    assert after["total"] == 80 and after["classé"] == 11 and after["inscrit"] == 69
    assert after["par_source"][1] == {"source": "servitude AC1 (GPU), version du 05/01/2027", "classé": 1, "inscrit": 1}
    assert after["generateurs_ac1_niveau_non_dit"] == 1
    text = run(cfg, "stats").stdout
    assert "80 éléments protégés au titre des monuments historiques (11 classés, 69 inscrits)" in text
    assert "servitude AC1 (GPU), version du 05/01/2027 : 1 classés, 1 inscrits" in text
    assert "80 éléments protégés" in run(cfg, "reference", "info").stdout

    with open_register(str(tmp_path / "r.gpkg")) as reg:
        write_element_files(reg, ref, tmp_path / "out", [s.ids["inscrit"], s.ids["mh"]], servitudes=version)
    rec = json.loads((tmp_path / "out" / f"element_{s.ids['inscrit']}.json").read_text("utf-8"))
    assert rec["protections"][0] == {
        "protection": "monument historique inscrit",
        "source": "servitude AC1 (GPU), version du 05/01/2027",
        "date": "02/05/2019",
    }
    known = json.loads((tmp_path / "out" / f"element_{s.ids['mh']}.json").read_text("utf-8"))
    assert known["protections"][0]["source"].startswith("données de référence du Bien")
    page = (tmp_path / "out" / f"element_{s.ids['inscrit']}.html").read_text("utf-8")
    assert "servitude AC1 (GPU), version du 05/01/2027" in page and "02/05/2019" in page
