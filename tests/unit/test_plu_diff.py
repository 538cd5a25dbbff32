"""Comparison of two PLU versions, checks through R13–R18, reports and the plu-* commands."""

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import shapely

from veille_plugin.core.plu.checks import check_version
from veille_plugin.core.plu.diff import diff_versions
from veille_plugin.core.plu.reader import read_plu_version
from veille_plugin.core.plu.report import write_check_outputs, write_diff_outputs
from veille_plugin.core.reference.data import load_reference
from veille_plugin.core.vector_io import read_vector, write_gpkg_layer

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo" / "plu"
AVANT = DEMO / "62528_PLU_FICTIF_avant_v2017.gpkg"
APRES = DEMO / "62528_PLU_FICTIF_apres_v2024.gpkg"


@pytest.fixture(scope="module")
def ref():
    return load_reference()


def _box(x, y, w, h):
    return shapely.box(x, y, x + w, y + h)


def _write(path, zones, psc=None, inf=None):
    z = pd.DataFrame(
        {"LIBELLE": [r[0] for r in zones], "TYPEZONE": [r[1] for r in zones], "IDURBA": "62528_PLU_20200101"}
    )
    write_gpkg_layer(path, "62528_ZONE_URBA_20200101", z, np.array([r[2] for r in zones], dtype=object))
    if psc:
        write_gpkg_layer(
            path,
            "62528_PRESCRIPTION_SURF_20200101",
            pd.DataFrame({"TYPEPSC": [r[0] for r in psc], "STYPEPSC": [r[1] for r in psc], "LIBELLE": "p"}),
            np.array([r[2] for r in psc], dtype=object),
        )
    if inf:
        write_gpkg_layer(
            path,
            "62528_INFO_SURF_20200101",
            pd.DataFrame({"TYPEINF": [r[0] for r in inf], "STYPEINF": [r[1] for r in inf]}),
            np.array([r[2] for r in inf], dtype=object),
        )


def test_overlay_areas_match_hand_computed_geometry(tmp_path, ref):
    # far from the Bien (no reference overlap): 2 zones before, the A zone partly opened to urbanisation after
    x, y = 620_000.0, 6_900_000.0
    before = [("UA", "U", _box(x, y, 1000, 1000)), ("A", "A", _box(x + 1000, y, 1000, 1000))]
    after = [
        ("UA", "U", _box(x, y, 1000, 1000)),
        ("1AU", "AUc", _box(x + 1000, y, 300, 1000)),
        ("A", "A", _box(x + 1300, y, 700, 1000)),
        ("N", "N", _box(x + 2000, y, 500, 1000)),
    ]
    psc = [("07", "01", _box(x + 100, y + 100, 100, 100)), ("01", "00", _box(x + 1500, y + 100, 200, 200))]
    _write(tmp_path / "b.gpkg", before, psc=psc)
    _write(tmp_path / "a.gpkg", after, psc=psc[1:] + [("07", "04", _box(x + 1500, y + 500, 100, 50))])
    d = diff_versions(
        read_plu_version(tmp_path / "b.gpkg", "avant"), read_plu_version(tmp_path / "a.gpkg", "après"), ref
    )
    p = d.pieces
    opening = p[p["categorie"] == "ouverture_urbanisation"]
    assert len(opening) == 1 and opening["surface_ha"].iloc[0] == pytest.approx(30.0)  # 300 m × 1000 m
    assert (
        opening["avant_typezone"].iloc[0] == "A"
        and opening["apres_typezone"].iloc[0] == "AUc"
        and opening["nouvelle_zone_au"].iloc[0]
    )
    added = p[p["categorie"] == "territoire_ajoute"]
    assert added["surface_ha"].sum() == pytest.approx(50.0) and added["apres_libelle"].iloc[0] == "N"
    assert opening["surface_bien_ha"].iloc[0] == 0 and not opening["dans_zone_tampon"].iloc[0]
    removed = p[p["categorie"] == "prescription_supprimee"]
    assert list(removed["code"]) == ["07-01"] and removed["protection"].iloc[0] == "L.151-19"
    assert removed["surface_ha"].iloc[0] == pytest.approx(1.0)
    added_psc = p[p["categorie"] == "prescription_ajoutee"]
    assert list(added_psc["code"]) == ["07-04"] and added_psc["protection"].iloc[0] == "L.151-23"
    assert not (p["code"] == "01-00").any()  # unchanged EBC is not a change
    zones = d.zones.set_index("libelle")
    assert zones.loc["1AU", "statut"] == "créée" and zones.loc["A", "statut"] == "géométrie modifiée"
    assert zones.loc["A", "surface_perdue_ha"] == pytest.approx(30.0) and zones.loc["UA", "statut"] == "inchangée"
    s = d.summary()
    assert (
        s["ouverture_urbanisation_ha"]["total"] == pytest.approx(30.0)
        and s["protections_patrimoniales_supprimees"] == 1
    )


def test_measures_inside_bien_and_zone_tampon(tmp_path, ref):
    # a zone N turned U exactly over one component of the Bien: all of it counted «dans le Bien»
    comp = ref.components.geometries[int(np.argmax(shapely.area(ref.components.geometries)))]
    box = shapely.box(*comp.bounds)
    _write(tmp_path / "b.gpkg", [("N", "N", box)])
    _write(tmp_path / "a.gpkg", [("UX", "U", box)])
    d = diff_versions(read_plu_version(tmp_path / "b.gpkg"), read_plu_version(tmp_path / "a.gpkg"), ref, distance=200)
    r = d.pieces.iloc[0]
    bien_in_box = shapely.area(shapely.intersection(ref.bien_union, box)) / 1e4
    zt_in_box = shapely.area(shapely.intersection(ref.buffer_union, box)) / 1e4
    assert r["categorie"] == "ouverture_urbanisation"
    assert r["surface_ha"] == pytest.approx(box.area / 1e4, rel=1e-6)
    assert r["surface_bien_ha"] == pytest.approx(bien_in_box, rel=1e-3)
    assert r["surface_zone_tampon_ha"] == pytest.approx(zt_in_box, rel=1e-3, abs=1e-3)
    assert r["dans_bien"] and r["elements_proches"]
    near = shapely.union_all(shapely.buffer(ref.elements.geometries, 200, quad_segs=8))
    assert r["surface_proximite_ha"] == pytest.approx(shapely.area(shapely.intersection(near, box)) / 1e4, rel=1e-3)


def test_demo_draft_diff_and_rules(ref):
    b, a = read_plu_version(AVANT, "avant"), read_plu_version(APRES, "après")
    assert b.variant == "2017" and a.variant == "2024" and b.n_errors == a.n_errors == 0
    assert all("FICTIF" in i for i in b.idurba + a.idurba)
    d = diff_versions(b, a, ref, commune="62528")
    p = d.pieces
    opened = p[p["ouverture_urbanisation"]]
    assert {("N", "AUc"), ("N", "U")} == set(zip(opened["avant_typezone"], opened["apres_typezone"]))
    assert (opened["surface_proximite_ha"] > 0).all()
    assert ((p["categorie"] == "prescription_supprimee") & p["protection"].str.contains("L.151-19")).sum() == 1
    assert ((p["categorie"] == "information_supprimee") & p["permis_de_demolir"]).sum() == 1
    c = check_version(a, ref, diff=d)
    verdicts = {r["regle"]: r["verdict"] for r in c.rule_summary()}
    assert verdicts == {
        "R13": "conforme",
        "R14": "à vérifier",  # issue 14: the 2016 report asks to use L.151-19 «au maximum», no law requires it
        "R15": "à vérifier",  # a missing 42-01 does not prove that no délibération exists
        "R16": "donnée manquante",
        "R17": "à vérifier",
        "R18": "à vérifier",
        "R28": "à vérifier",  # the cités of the Bien in Loos-en-Gohelle: L.151-18 quality rules to examine
    }
    assert any(x["regle"] == "R28" and x["cas"].startswith("63AD ") for x in c.findings())
    f = c.findings()
    assert any(x["regle"] == "R14" and x["cas"].startswith("63W ") for x in f)
    assert any(x["regle"] == "R17" and x["cas"].startswith("63AH ") for x in f)
    assert any(x["regle"] == "R15" and "permis de démolir" in x["motif"] for x in f)
    assert all(x["catalogue_version"] == c.screening.rules.catalogue.version for x in f)
    # the plan in force: PD instituted, 63W protected, nothing opened
    c0 = check_version(b, ref)
    v0 = {r["regle"]: r["verdict"] for r in c0.rule_summary()}
    assert v0["R15"] == "conforme" and v0["R13"] == "conforme" and v0["R17"] == "conforme"
    # issue 25: a rule no case of the plan concerns reads «non applicable» in the summary, never «conforme» (R18:
    # nothing opened to urbanisation in the plan in force)
    assert v0["R18"] == "non applicable"
    for summary in (c.rule_summary(), c0.rule_summary()):
        for r in summary:
            if r["verdict"] == "conforme":
                assert r["comptes"].get("conforme", 0) > 0, r
    assert not any(x["cas"].startswith("63W ") for x in c0.findings())


def test_outputs_written(tmp_path, ref):
    b, a = read_plu_version(AVANT), read_plu_version(APRES)
    d = diff_versions(b, a, ref)
    c = check_version(a, ref, diff=d)
    files = write_diff_outputs(d, ref, tmp_path, check=c)
    html = Path(files["rapports"][0]).read_text(encoding="utf-8")
    assert "<svg" in html and "FICTIVES" in html and "ouverture à l&#x27;urbanisation" in html and "R15" in html
    csv = (tmp_path / "changements.csv").read_bytes()
    assert csv.startswith(b"\xef\xbb\xbf") and b";" in csv.splitlines()[0]
    layer = read_vector(tmp_path / "changements.gpkg", layer="changements_plu")
    assert (
        len(layer) == int((shapely.get_dimensions(d.geometries) == 2).sum()) and "categorie" in layer.attributes.columns
    )
    assert layer.crs.to_epsg() == 2154
    out = write_check_outputs(c, ref, tmp_path / "controle")
    assert Path(out["constats"]).exists() and "R14" in Path(out["rapports"][0]).read_text(encoding="utf-8")


def _run(*args):
    return subprocess.run(
        [sys.executable, "-m", "veille_plugin", *[str(a) for a in args]],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


def test_cli_plu_diff_json_and_exit_codes(tmp_path):
    proc = _run(
        "plu-diff",
        "--before",
        AVANT,
        "--after",
        APRES,
        "--commune",
        "62528",
        "--out",
        tmp_path / "o",
        "--check",
        "--json",
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert (
        out["synthese"]["protections_patrimoniales_supprimees"] == 1
        and out["synthese"]["ouverture_urbanisation_ha"]["total"] > 0
    )
    assert "62528" in out["communes"] and Path(out["fichiers"]["couche"]).exists()
    assert {r["regle"]: r["verdict"] for r in out["controle"]["regles"]}["R15"] == "à vérifier"
    # a draft with an unknown code: done, exit 1, anomaly named
    bad = tmp_path / "bad.gpkg"
    x, y = 690_000.0, 7_040_000.0
    write_gpkg_layer(
        bad,
        "62528_ZONE_URBA_20260101",
        pd.DataFrame({"LIBELLE": ["U1", "Z"], "TYPEZONE": ["U", "ZZ"], "IDURBA": "62528_PLU_20260101"}),
        np.array([shapely.box(x, y, x + 100, y + 100), shapely.box(x + 100, y, x + 200, y + 100)], dtype=object),
    )
    proc = _run("plu-diff", "--before", AVANT, "--after", bad, "--out", tmp_path / "o2", "--json")
    assert proc.returncode == 1, proc.stderr
    out = json.loads(proc.stdout)
    err = [a for a in out["anomalies_detail"] if a["niveau"] == "erreur"]
    assert (
        err
        and err[0]["champ"] == "TYPEZONE"
        and err[0]["valeur"] == "ZZ"
        and err[0]["entite"] == 2
        and err[0]["fichier"] == "bad.gpkg"
    )
    proc = _run("plu-diff", "--before", tmp_path / "absent", "--after", APRES, "--out", tmp_path / "o3")
    assert proc.returncode == 2 and "introuvable" in proc.stderr


def test_cli_plu_check_and_validate(tmp_path):
    proc = _run("plu-check", "--plu", APRES, "--before", AVANT, "--out", tmp_path, "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert {r["regle"]: r["verdict"] for r in out["regles"]}["R18"] == "à vérifier"
    proc = _run("plu-validate", ROOT / "tests" / "data" / "plu", "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["tables"] == {"ZONE_URBA": 117}


def test_a_table_missing_from_one_version_is_not_reported_as_removed(tmp_path):
    """Users often download ZONE_URBA alone: prescriptions and informations of the other version must not all
    look «supprimées»; a warning names the table that is not compared."""
    from osgeo import gdal

    from veille_plugin.core.plu.diff import diff_versions
    from veille_plugin.core.plu.reader import read_plu_version
    from veille_plugin.core.reference.data import load_reference

    demo = Path(__file__).resolve().parents[2] / "resources" / "demo" / "plu"
    only_zones = tmp_path / "62528_ZONE_URBA_20260115.gpkg"
    gdal.VectorTranslate(
        str(only_zones), str(demo / "62528_PLU_FICTIF_apres_v2024.gpkg"), layers=["62528_ZONE_URBA_20260115"]
    )
    ref = load_reference()
    before = read_plu_version(demo / "62528_PLU_FICTIF_avant_v2017.gpkg", "avant")
    full = diff_versions(
        before, read_plu_version(demo / "62528_PLU_FICTIF_apres_v2024.gpkg", "après"), ref, commune="62528"
    )
    zones_only = diff_versions(before, read_plu_version(only_zones, "après (zonage seul)"), ref, commune="62528")
    assert set(zones_only.pieces["categorie"]) == {"ouverture_urbanisation"}  # the zoning changes, nothing «supprimé»
    assert set(full.pieces["categorie"]) > {
        "ouverture_urbanisation"
    }  # while the full draft does remove a protection and the PD perimeter
    not_compared = {a.couche for a in zones_only.anomalies if a.code == "TABLE_NON_COMPAREE"}
    assert not_compared == {k for k in before.tables if k.startswith(("PRESCRIPTION", "INFO"))}
    assert all(a.version == "après (zonage seul)" for a in zones_only.anomalies if a.code == "TABLE_NON_COMPAREE")


def test_zone_tampon_case_is_located_in_the_zone_tampon_not_in_the_bien():
    """The zone tampon borders the Bien: its case of a commune must read «zone tampon» in the findings."""
    from veille_plugin.core.plu.checks import check_version
    from veille_plugin.core.plu.reader import read_plu_version
    from veille_plugin.core.reference.data import load_reference

    demo = Path(__file__).resolve().parents[2] / "resources" / "demo" / "plu"
    chk = check_version(
        read_plu_version(demo / "62528_PLU_FICTIF_apres_v2024.gpkg", "projet"), load_reference(), commune="62528"
    )
    table = chk.screening.table()
    ids = list(table.index) if "identifiant" not in table.columns else list(table["identifiant"])
    zones = dict(zip(ids, table["zone"]))
    assert zones["62528-zone_tampon"] == "zone_tampon" and zones["62528-bien"] == "bien"


def test_the_report_map_is_framed_on_the_changes_not_on_a_wide_outline(ref):
    """Issue 15, point 8: the demo's 696 ha permis de démolir outline no longer shrinks the 10 and 15 ha zoning
    changes to dots: the map is framed on the changes of at most 50 ha and says the wide one goes beyond it."""
    from veille_plugin.core.plu.report import FRAMING_MAX_HA, diff_report_html, map_framing

    diff = diff_versions(read_plu_version(AVANT), read_plu_version(APRES), ref)
    areas = shapely.area(diff.geometries) / 10_000
    assert areas.max() > 600 and ((areas > 1) & (areas <= FRAMING_MAX_HA)).sum() >= 2
    framing, widest, wide = map_framing(diff.geometries)
    whole = shapely.union_all(diff.geometries)
    assert wide == 1 and round(widest) == 696
    assert shapely.area(shapely.envelope(framing)) < shapely.area(shapely.envelope(whole)) / 10
    html = diff_report_html(diff, ref)
    assert "Carte cadrée sur les changements de moins de 50 ha" in html and "696" in html
    only_small = diff.geometries[areas <= FRAMING_MAX_HA]
    assert map_framing(only_small)[2] == 0  # nothing wide: every change frames the map
