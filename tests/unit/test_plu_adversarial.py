"""Adversarial tests of the PLU watch (CNIG): empty and geometry-less layers, broken and Z/M geometries, mixed
CRS, shapefile without .prj, GeoJSON with a bad CRS, codes in lower case, malformed IDURBA, duplicates, identical
versions and strict subsets, PLUi with several communes, nested ZIP, non-UTF-8 file names, slivers, and
``plu-diff --commune`` for a commune absent from the data.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import shapely
from test_plu_reader import X0, Y0, square, write_ogr

from veille_plugin.core.errors import InputError
from veille_plugin.core.plu.diff import diff_versions
from veille_plugin.core.plu.model import ERROR
from veille_plugin.core.plu.reader import read_plu_version
from veille_plugin.core.reference.data import load_reference

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "plu"
AVANT = ROOT / "resources" / "demo" / "plu" / "62528_PLU_FICTIF_avant_v2017.gpkg"
APRES = ROOT / "resources" / "demo" / "plu" / "62528_PLU_FICTIF_apres_v2024.gpkg"
FIELDS = ["LIBELLE", "TYPEZONE", "IDURBA", "INSEE"]
FAR = (620_000.0, 6_900_000.0)  # Lambert-93, far from the Bien: no reference overlap


@pytest.fixture(scope="module")
def ref():
    return load_reference()


def zone(lib, typ, wkt, insee="62528", idurba="62528_PLU_20200101"):
    return ({"LIBELLE": lib, "TYPEZONE": typ, "IDURBA": idurba, "INSEE": insee}, wkt)


def box(x, y, w, h=None):
    h = w if h is None else h
    return f"POLYGON(({x} {y},{x + w} {y},{x + w} {y + h},{x} {y + h},{x} {y}))"


def codes(v):
    return [(a.code, a.entite) for a in v.anomalies]


def _run(*args):
    return subprocess.run(
        [sys.executable, "-m", "veille_plugin", *[str(a) for a in args]],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        env=dict(os.environ, PYTHONIOENCODING="utf-8"),
    )


# --------------------------------------------------------------------------- empty, geometry-less, broken geometries
def test_empty_zone_urba_layer_is_read_and_the_diff_says_so(tmp_path, ref):
    write_ogr(tmp_path / "vide.gpkg", "62528_ZONE_URBA_20200101", FIELDS, [])
    write_ogr(tmp_path / "plein.gpkg", "62528_ZONE_URBA_20200101", FIELDS, [zone("UA", "U", box(X0, Y0, 100))])
    empty = read_plu_version(tmp_path / "vide.gpkg", "avant")
    assert len(empty.zones) == 0 and empty.n_errors == 0
    d = diff_versions(empty, read_plu_version(tmp_path / "plein.gpkg", "après"), ref)
    vide = [a for a in d.anomalies if a.code == "ZONE_URBA_VIDE"]
    assert len(vide) == 1 and "avant" in vide[0].message and vide[0].niveau == ERROR
    assert list(d.pieces["categorie"]) == ["territoire_ajoute"] and d.pieces["surface_ha"].iloc[0] == pytest.approx(1.0)


def test_layer_without_geometry_is_reported_feature_by_feature(tmp_path):
    from osgeo import ogr

    path = tmp_path / "sans_geom.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer("62528_ZONE_URBA_20200101", None, ogr.wkbNone)
    for f in FIELDS:
        lyr.CreateField(ogr.FieldDefn(f, ogr.OFTString))
    for k, t in enumerate(("U", "N")):
        feat = ogr.Feature(lyr.GetLayerDefn())
        feat.SetField("LIBELLE", t)
        feat.SetField("TYPEZONE", t)
        lyr.CreateFeature(feat)
    ds = None
    write_ogr(
        path,
        "62528_PRESCRIPTION_SURF_20200101",
        ["TYPEPSC", "STYPEPSC"],
        [({"TYPEPSC": "07", "STYPEPSC": "01"}, square(X0, Y0, 10))],
    )
    v = read_plu_version(path)
    absent = [a for a in v.anomalies if a.code == "GEOMETRIE_ABSENTE"]
    assert sorted(a.entite for a in absent) == [1, 2] and all(
        a.fichier == "sans_geom.gpkg" and a.couche == "62528_ZONE_URBA_20200101" for a in absent
    )
    assert not v.zones.ok.any() and v.prescriptions.ok.all()  # the rest of the batch is read


def test_multipolygon_with_holes_and_self_intersections(tmp_path, ref):
    x, y = FAR
    hole = f"({x + 40} {y + 40},{x + 60} {y + 40},{x + 60} {y + 60},{x + 40} {y + 60},{x + 40} {y + 40})"
    holed = (
        f"MULTIPOLYGON((({x} {y},{x + 100} {y},{x + 100} {y + 100},{x} {y + 100},{x} {y}),{hole}),(({x + 200} "
        f"{y},{x + 300} {y},{x + 300} {y + 100},{x + 200} {y + 100},{x + 200} {y})))"
    )
    bowtie = f"POLYGON(({x + 400} {y},{x + 500} {y + 100},{x + 500} {y},{x + 400} {y + 100},{x + 400} {y}))"
    overlapping_parts = (
        f"MULTIPOLYGON((({x + 600} {y},{x + 700} {y},{x + 700} {y + 100},{x + 600} "
        f"{y + 100},{x + 600} {y})),(({x + 650} {y},{x + 750} {y},{x + 750} {y + 100},{x + 650} "
        f"{y + 100},{x + 650} {y})))"
    )
    spike = (
        f"POLYGON(({x + 800} {y},{x + 900} {y},{x + 900} {y + 100},{x + 850} {y + 100},{x + 850} "
        f"{y + 300},{x + 850} {y + 100},{x + 800} {y + 100},{x + 800} {y}))"
    )
    write_ogr(
        tmp_path / "b.gpkg",
        "ZONE_URBA",
        FIELDS,
        [zone("A", "A", holed), zone("A", "A", bowtie), zone("N", "N", overlapping_parts), zone("N", "N", spike)],
    )
    v = read_plu_version(tmp_path / "b.gpkg", "avant")
    repaired = {a.entite for a in v.anomalies if a.code == "GEOMETRIE_REPAREE"}
    assert repaired == {2, 3, 4} and v.zones.ok.all() and shapely.is_valid(v.zones.geometries).all()
    assert v.zones.geometries[0].area == pytest.approx(2 * 100 * 100 - 20 * 20)  # the hole stays a hole
    assert v.zones.geometries[2].area == pytest.approx(150 * 100)
    d = diff_versions(v, read_plu_version(tmp_path / "b.gpkg", "après"), ref)
    assert len(d.pieces) == 0


def test_z_and_m_geometries(tmp_path, ref):
    x, y = FAR
    zwkt = f"POLYGON Z(({x} {y} 10,{x + 100} {y} 10,{x + 100} {y + 100} 12,{x} {y + 100} 11,{x} {y} 10))"
    mwkt = f"POLYGON M(({x + 100} {y} 1,{x + 200} {y} 2,{x + 200} {y + 100} 3,{x + 100} {y + 100} 4,{x + 100} {y} 1))"
    zmwkt = (
        f"POLYGON ZM(({x + 200} {y} 1 1,{x + 300} {y} 1 2,{x + 300} {y + 100} 1 3,{x + 200} {y + 100} 1 "
        f"4,{x + 200} {y} 1 1))"
    )
    write_ogr(
        tmp_path / "zm.gpkg", "ZONE_URBA", FIELDS, [zone("UA", "U", zwkt), zone("A", "A", mwkt), zone("N", "N", zmwkt)]
    )
    write_ogr(
        tmp_path / "flat.gpkg",
        "ZONE_URBA",
        FIELDS,
        [
            zone("UA", "U", box(x, y, 100)),
            zone("1AU", "AUc", box(x + 100, y, 100)),
            zone("N", "N", box(x + 200, y, 100)),
        ],
    )
    zm = read_plu_version(tmp_path / "zm.gpkg", "avant")
    assert zm.n_errors == 0 and zm.zones.ok.all()
    d = diff_versions(zm, read_plu_version(tmp_path / "flat.gpkg", "après"), ref)
    assert list(d.pieces["categorie"]) == ["ouverture_urbanisation"] and d.pieces["surface_ha"].iloc[
        0
    ] == pytest.approx(1.0)


# --------------------------------------------------------------------------- coordinate systems
def test_same_plan_in_different_crs_per_table_and_version_has_no_change(tmp_path, ref):
    from pyproj import Transformer

    to4326 = Transformer.from_crs(2154, 4326, always_xy=True)
    to3857 = Transformer.from_crs(2154, 3857, always_xy=True)
    zs = [
        ("UA", "U", shapely.box(X0, Y0, X0 + 500, Y0 + 500)),
        ("N", "N", shapely.box(X0 + 500, Y0, X0 + 1000, Y0 + 500)),
    ]
    psc = shapely.box(X0 + 100, Y0 + 100, X0 + 150, Y0 + 150)

    def rows(tf):
        return [
            zone(
                lib,
                typ,
                shapely.to_wkt(
                    shapely.transform(g, lambda c: np.column_stack(tf.transform(c[:, 0], c[:, 1]))) if tf else g,
                    rounding_precision=-1,
                ),
            )
            for lib, typ, g in zs
        ]

    write_ogr(tmp_path / "l93.gpkg", "ZONE_URBA", FIELDS, rows(None))
    write_ogr(
        tmp_path / "l93.gpkg",
        "PRESCRIPTION_SURF",
        ["TYPEPSC", "STYPEPSC"],
        [({"TYPEPSC": "07", "STYPEPSC": "01"}, shapely.to_wkt(psc, rounding_precision=-1))],
    )
    write_ogr(tmp_path / "mixte.gpkg", "ZONE_URBA", FIELDS, rows(to3857), epsg=3857)
    p4326 = shapely.transform(psc, lambda c: np.column_stack(to4326.transform(c[:, 0], c[:, 1])))
    write_ogr(
        tmp_path / "mixte.gpkg",
        "PRESCRIPTION_SURF",
        ["TYPEPSC", "STYPEPSC"],
        [({"TYPEPSC": "07", "STYPEPSC": "01"}, shapely.to_wkt(p4326, rounding_precision=-1))],
        epsg=4326,
    )
    a, b = read_plu_version(tmp_path / "l93.gpkg", "avant"), read_plu_version(tmp_path / "mixte.gpkg", "après")
    assert b.n_errors == 0
    d = diff_versions(a, b, ref)
    assert len(d.pieces) == 0, d.pieces[["categorie", "surface_ha"]]


def test_shapefile_without_prj(tmp_path):
    d = tmp_path / "plu"
    d.mkdir()
    write_ogr(
        d / "62528_ZONE_URBA_20200101.shp",
        "62528_ZONE_URBA_20200101",
        FIELDS,
        [zone("UA", "U", box(X0, Y0, 100))],
        driver="ESRI Shapefile",
    )
    (d / "62528_ZONE_URBA_20200101.prj").unlink()
    v = read_plu_version(d)
    a = [a for a in v.anomalies if a.code == "SCR_ABSENT"]
    assert (
        len(a) == 1
        and a[0].fichier == "62528_ZONE_URBA_20200101.shp"
        and "Lambert-93" in a[0].message
        and ".prj" in a[0].action
    )
    assert v.zones.ok.all() and v.zones.geometries[0].area == pytest.approx(10_000)


@pytest.mark.parametrize(
    "crs_member",
    [
        {"type": "name", "properties": {"name": "EPSG:999999"}},
        {"type": "name", "properties": {"name": "n'importe quoi"}},
        {"type": "link", "properties": {"href": "http://exemple.invalid/crs.prj"}},
        "EPSG:2154",
    ],
)
def test_geojson_with_a_bad_crs_member(tmp_path, crs_member):
    doc = {
        "type": "FeatureCollection",
        "crs": crs_member,
        "features": [
            {
                "type": "Feature",
                "properties": {"LIBELLE": "UA", "TYPEZONE": "U"},
                "geometry": json.loads(shapely.to_geojson(shapely.from_wkt(box(X0, Y0, 100)))),
            }
        ],
    }
    p = tmp_path / "62528_ZONE_URBA_20200101.geojson"
    p.write_text(json.dumps(doc), encoding="utf-8")
    good = tmp_path / "62528_PRESCRIPTION_SURF_20200101.gpkg"
    write_ogr(
        good,
        "62528_PRESCRIPTION_SURF_20200101",
        ["TYPEPSC", "STYPEPSC"],
        [({"TYPEPSC": "07", "STYPEPSC": "01"}, square(X0, Y0, 10))],
    )
    try:
        v = read_plu_version([p, good])
    except InputError as exc:  # pragma: no cover - the good file is readable: this would be a defect
        pytest.fail(f"the batch stopped: {exc}")
    assert len(v.prescriptions) == 1 and v.prescriptions.ok.all()
    # the zone is either read at its true place, or refused with a French anomaly naming the file: never put elsewhere
    # silently
    if len(v.zones) and v.zones.ok.any():
        assert v.zones.geometries[0].area == pytest.approx(10_000, rel=1e-3)
        assert shapely.box(X0 - 1, Y0 - 1, X0 + 101, Y0 + 101).contains(v.zones.geometries[0])
    else:
        bad = [a for a in v.anomalies if a.niveau == ERROR and a.fichier == p.name]
        assert bad and all(a.action for a in bad)


# --------------------------------------------------------------------------- codes and identifiers
def test_typezone_in_lower_case_or_with_spaces_is_understood_and_reported(tmp_path, ref):
    x, y = FAR
    write_ogr(
        tmp_path / "b.gpkg",
        "ZONE_URBA",
        FIELDS,
        [
            zone("A", " a ", box(x, y, 100)),
            zone("N", "n", box(x + 100, y, 100)),
            zone("Nh", "NH", box(x + 200, y, 100)),
        ],
    )
    write_ogr(
        tmp_path / "a.gpkg",
        "ZONE_URBA",
        FIELDS,
        [
            zone("1AU", "auc", box(x, y, 100)),
            zone("U", "u ", box(x + 100, y, 100)),
            zone("Nh", "nh", box(x + 200, y, 100)),
        ],
    )
    b, a = read_plu_version(tmp_path / "b.gpkg", "avant"), read_plu_version(tmp_path / "a.gpkg", "après")
    assert list(b.zones.attributes["TYPEZONE"]) == ["A", "N", "Nh"] and list(a.zones.attributes["TYPEZONE"]) == [
        "AUc",
        "U",
        "Nh",
    ]
    casse = [x for x in a.anomalies if x.code == "TYPEZONE_CASSE"]
    assert sorted(x.entite for x in casse) == [1, 2, 3] and all(
        x.champ == "TYPEZONE" and x.niveau == "avertissement" for x in casse
    )
    assert {x.valeur for x in casse} == {"auc", "u", "nh"}
    d = diff_versions(b, a, ref)
    opening = d.pieces[d.pieces["categorie"] == "ouverture_urbanisation"]
    assert (
        len(opening) == 2
        and opening["surface_ha"].sum() == pytest.approx(2.0)
        and opening["nouvelle_zone_au"].sum() == 1
    )
    write_ogr(
        tmp_path / "x.gpkg",
        "ZONE_URBA",
        FIELDS,
        [zone("Z", "UX", box(x, y, 100)), zone("Z", "a u c", box(x + 100, y, 100))],
    )
    bad = read_plu_version(tmp_path / "x.gpkg")
    assert {(c.entite, c.valeur) for c in bad.anomalies if c.code == "TYPEZONE_INCONNU"} == {(1, "UX"), (2, "a u c")}


@pytest.mark.parametrize(
    "idurba",
    [
        "62528_PLU_2020",
        "62528-PLU-20200101",
        "PLU_62528_20200101",
        "6252_PLU_20200101",
        "62528_PLU_20201341",
        "62528_PLU_20200101_",
        "'; DROP TABLE zone_urba; --",
        "62528_PLU_20200101\u200b",
    ],
)
def test_malformed_idurba_is_a_warning_naming_the_feature(tmp_path, idurba):
    write_ogr(
        tmp_path / "p.gpkg",
        "ZONE_URBA",
        ["LIBELLE", "TYPEZONE", "IDURBA"],
        [({"LIBELLE": "UA", "TYPEZONE": "U", "IDURBA": idurba}, square(X0, Y0))],
    )
    v = read_plu_version(tmp_path / "p.gpkg")
    bad = [a for a in v.anomalies if a.code in ("IDURBA_FORMAT", "DATAPPRO_FORMAT")]
    assert bad and bad[0].entite == 1 and bad[0].fichier == "p.gpkg" and bad[0].niveau == "avertissement"
    assert v.n_errors == 0 and v.zones.ok.all()


def test_field_names_in_lower_and_mixed_case(tmp_path, ref):
    x, y = FAR
    write_ogr(
        tmp_path / "b.gpkg",
        "zone_urba",
        ["libelle", "TypeZone", "IdUrba"],
        [({"libelle": "A", "TypeZone": "A", "IdUrba": "62528_PLU_20200101"}, box(x, y, 100))],
    )
    write_ogr(
        tmp_path / "a.gpkg",
        "Zone_Urba",
        ["LiBeLlE", "typezone", "idurba"],
        [({"LiBeLlE": "UB", "typezone": "U", "idurba": "62528_PLU_20240101"}, box(x, y, 100))],
    )
    b, a = read_plu_version(tmp_path / "b.gpkg"), read_plu_version(tmp_path / "a.gpkg")
    assert (
        b.n_errors == 0 and a.n_errors == 0 and a.insee == ["62528"] and a.zones.attributes["DATAPPRO"][0] == "20240101"
    )
    d = diff_versions(b, a, ref)
    assert list(d.pieces["categorie"]) == ["ouverture_urbanisation"]


# --------------------------------------------------------------------------- comparisons
def test_identical_versions_give_zero_changes_on_real_data(ref):
    path = DATA / "76648_ZONE_URBA_20241107.geojson"
    d = diff_versions(read_plu_version(path, "avant"), read_plu_version(path, "après"), ref)
    assert len(d.pieces) == 0 and d.n_errors == 0
    assert set(d.zones["statut"]) == {"inchangée"} and d.summary()["nombre_changements"] == 0


def test_duplicate_features_are_not_changes(tmp_path, ref):
    x, y = FAR
    rows = [zone("UA", "U", box(x, y, 100)), zone("A", "A", box(x + 100, y, 100))]
    write_ogr(tmp_path / "b.gpkg", "ZONE_URBA", FIELDS, rows)
    write_ogr(
        tmp_path / "b.gpkg",
        "PRESCRIPTION_SURF",
        ["TYPEPSC", "STYPEPSC"],
        [({"TYPEPSC": "07", "STYPEPSC": "01"}, box(x, y, 10))],
    )
    write_ogr(tmp_path / "a.gpkg", "ZONE_URBA", FIELDS, rows + rows[:1])
    write_ogr(
        tmp_path / "a.gpkg",
        "PRESCRIPTION_SURF",
        ["TYPEPSC", "STYPEPSC"],
        [({"TYPEPSC": "07", "STYPEPSC": "01"}, box(x, y, 10))] * 2,
    )
    d = diff_versions(
        read_plu_version(tmp_path / "b.gpkg", "avant"), read_plu_version(tmp_path / "a.gpkg", "après"), ref
    )
    assert len(d.pieces) == 0, d.pieces[["categorie", "surface_ha"]]


def test_strict_subset_only_removes_territory(tmp_path, ref):
    x, y = FAR
    rows = [
        zone("UA", "U", box(x, y, 100)),
        zone("A", "A", box(x + 100, y, 100)),
        zone("N", "N", box(x + 200, y, 100, 50)),
    ]
    write_ogr(tmp_path / "b.gpkg", "ZONE_URBA", FIELDS, rows)
    write_ogr(
        tmp_path / "b.gpkg",
        "PRESCRIPTION_SURF",
        ["TYPEPSC", "STYPEPSC"],
        [
            ({"TYPEPSC": "07", "STYPEPSC": "01"}, box(x, y, 10)),
            ({"TYPEPSC": "01", "STYPEPSC": "00"}, box(x + 200, y, 20)),
        ],
    )
    write_ogr(tmp_path / "a.gpkg", "ZONE_URBA", FIELDS, rows[:2])
    write_ogr(
        tmp_path / "a.gpkg",
        "PRESCRIPTION_SURF",
        ["TYPEPSC", "STYPEPSC"],
        [({"TYPEPSC": "07", "STYPEPSC": "01"}, box(x, y, 10))],
    )
    d = diff_versions(
        read_plu_version(tmp_path / "b.gpkg", "avant"), read_plu_version(tmp_path / "a.gpkg", "après"), ref
    )
    got = sorted(zip(d.pieces["categorie"], d.pieces["surface_ha"].round(4)))
    assert got == [("prescription_supprimee", 0.04), ("territoire_retire", 0.5)]
    assert (d.zones.set_index("libelle").loc["N", "statut"]) == "supprimée"
    # and the other way round: only additions
    d = diff_versions(
        read_plu_version(tmp_path / "a.gpkg", "avant"), read_plu_version(tmp_path / "b.gpkg", "après"), ref
    )
    assert sorted(d.pieces["categorie"]) == ["prescription_ajoutee", "territoire_ajoute"]


@pytest.mark.parametrize("shift", [0.0001, 0.001, 0.004])
def test_slivers_below_the_minimum_area_are_not_changes(tmp_path, ref, shift):
    """The same plan redigitised: every boundary moved by a few millimetres (1 km of boundary × shift < 5 m² per
    piece)."""
    x, y = FAR
    before = [zone("UA", "U", box(x, y, 1000, 100)), zone("A", "A", box(x, y + 100, 1000, 100))]
    after = [
        zone("UA", "U", box(x + shift, y - shift, 1000, 100 + shift)),
        zone("A", "A", box(x - shift, y + 100 + shift, 1000 + shift, 100)),
    ]
    write_ogr(tmp_path / "b.gpkg", "ZONE_URBA", FIELDS, before)
    write_ogr(tmp_path / "a.gpkg", "ZONE_URBA", FIELDS, after)
    d = diff_versions(
        read_plu_version(tmp_path / "b.gpkg", "avant"),
        read_plu_version(tmp_path / "a.gpkg", "après"),
        ref,
        min_area_m2=5.0,
    )
    assert len(d.pieces) == 0, d.pieces[["categorie", "surface_ha"]]
    assert set(d.zones["statut"]) == {"inchangée"}


def test_reported_pieces_are_all_above_the_minimum_area(tmp_path, ref):
    x, y = FAR
    before = [zone("UA", "U", box(x, y, 1000, 100)), zone("A", "A", box(x, y + 100, 1000, 100))]
    after = [
        zone("UA", "U", box(x, y, 1000, 100.5)),
        zone("A", "A", box(x, y + 100.5, 1000, 99.5)),
        zone("UB", "U", box(x + 2000, y, 2, 2)),
    ]
    write_ogr(tmp_path / "b.gpkg", "ZONE_URBA", FIELDS, before)
    write_ogr(tmp_path / "a.gpkg", "ZONE_URBA", FIELDS, after)
    for min_area in (5.0, 400.0, 600.0):
        d = diff_versions(
            read_plu_version(tmp_path / "b.gpkg", "avant"),
            read_plu_version(tmp_path / "a.gpkg", "après"),
            ref,
            min_area_m2=min_area,
        )
        assert (d.pieces["surface_ha"] * 10_000 > min_area - 1e-6).all(), (
            min_area,
            d.pieces[["categorie", "surface_ha"]],
        )
        opening = d.pieces[d.pieces["categorie"] == "ouverture_urbanisation"]
        assert len(opening) == (1 if min_area < 500 else 0)
        assert (d.pieces["categorie"] == "territoire_ajoute").sum() == (1 if min_area < 4 else 0)


# --------------------------------------------------------------------------- PLUi, archives, file names
def test_plui_with_several_communes_filtered_by_commune(tmp_path, ref):
    x, y = FAR
    idurba = "200040624_PLUi_20200101"
    before = [
        zone("A", "A", box(x, y, 100), "62528", idurba),
        zone("A", "A", box(x + 100, y, 100), "62427", idurba),
        zone("N", "N", box(x + 200, y, 100), "62498", idurba),
    ]
    after = [
        zone("UA", "U", box(x, y, 100), "62528", idurba),
        zone("A", "A", box(x + 100, y, 100), "62427", idurba),
        zone("1AU", "AUc", box(x + 200, y, 100), "62498", idurba),
    ]
    write_ogr(tmp_path / "b.gpkg", "200040624_ZONE_URBA_20200101", FIELDS, before)
    write_ogr(tmp_path / "a.gpkg", "200040624_ZONE_URBA_20240101", FIELDS, after)
    b, a = read_plu_version(tmp_path / "b.gpkg", "avant"), read_plu_version(tmp_path / "a.gpkg", "après")
    assert a.insee == ["62427", "62498", "62528"]
    d = diff_versions(b, a, ref)
    assert sorted(d.pieces["insee"]) == ["62498", "62528"] and d.communes() == ["62498", "62528"]
    assert (
        d.summary("62498")["nouvelles_zones_au_ha"] == pytest.approx(1.0)
        and d.summary("62427")["nombre_changements"] == 0
    )
    one = diff_versions(b, a, ref, commune="62498")
    assert list(one.pieces["insee"]) == ["62498"] and list(one.pieces["apres_typezone"]) == ["AUc"]


def test_nested_zip_with_macos_debris(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    write_ogr(
        src / "62528_ZONE_URBA_20200101.shp",
        "62528_ZONE_URBA_20200101",
        FIELDS,
        [zone("UA", "U", box(X0, Y0, 100))],
        driver="ESRI Shapefile",
    )
    write_ogr(
        src / "62528_PRESCRIPTION_SURF_20200101.gpkg",
        "62528_PRESCRIPTION_SURF_20200101",
        ["TYPEPSC", "STYPEPSC"],
        [({"TYPEPSC": "07", "STYPEPSC": "01"}, square(X0, Y0, 10))],
    )
    z = tmp_path / "PLU Loos-en-Gohelle (approuvé).zip"
    with zipfile.ZipFile(z, "w") as zf:
        for f in src.iterdir():
            zf.write(f, f"62528_PLU_20200101/Donnees_geographiques/niveau 3/{f.name}")
            zf.writestr(
                f"__MACOSX/62528_PLU_20200101/Donnees_geographiques/niveau 3/._{f.name}",
                b"\x00\x05\x16\x07 resource fork",
            )
        zf.writestr("62528_PLU_20200101/Pieces_ecrites/reglement.pdf", b"%PDF-1.4")
        zf.writestr("../../echappe_ZONE_URBA.geojson", "{}")
    v = read_plu_version(z)
    assert len(v.zones) == 1 and len(v.prescriptions) == 1, [str(a) for a in v.anomalies]
    # the only error: the empty GeoJSON that tried to escape the archive (extracted inside it, reported, the rest read)
    assert [(a.code, a.fichier) for a in v.anomalies if a.niveau == ERROR] == [
        ("FICHIER_ILLISIBLE", "echappe_ZONE_URBA.geojson")
    ]
    assert not (tmp_path.parent / "echappe_ZONE_URBA.geojson").exists()


def test_non_utf8_file_names_are_read(tmp_path):
    """A PLU folder copied from an old Windows share: file names in Windows-1252 bytes («Zoné», «Loos-en-Gohelle
    été»)."""
    good = tmp_path / "x.gpkg"
    write_ogr(good, "62528_ZONE_URBA_20200101", FIELDS, [zone("UA", "U", box(X0, Y0, 100))])
    folder = os.path.join(os.fsencode(tmp_path), b"PLU r\xe9vis\xe9")
    os.mkdir(folder)
    shutil.copy(good, os.path.join(folder, b"62528_ZONE_URBA_zon\xe9.gpkg"))
    shp = tmp_path / "shp"
    shp.mkdir()
    write_ogr(
        shp / "p.shp",
        "p",
        ["TYPEPSC", "STYPEPSC"],
        [({"TYPEPSC": "07", "STYPEPSC": "01"}, square(X0, Y0, 10))],
        driver="ESRI Shapefile",
    )
    for f in shp.iterdir():
        shutil.copy(f, os.path.join(folder, b"62528_PRESCRIPTION_SURF_\xe9t\xe9" + os.fsencode(f.suffix)))
    v = read_plu_version(os.fsdecode(folder))
    assert len(v.zones) == 1 and v.zones.ok.all() and len(v.prescriptions) == 1, [str(a) for a in v.anomalies]
    names = (
        {a.fichier for a in v.anomalies}
        | set(v.zones.attributes["_fichier"])
        | set(v.prescriptions.attributes["_fichier"])
    )
    for n in names:
        n.encode("utf-8")  # displayable and writable in reports (no lone surrogate)
    assert "62528_ZONE_URBA_zoné.gpkg" in names


# --------------------------------------------------------------------------- command line
def test_plu_diff_with_a_commune_absent_from_the_data(tmp_path):
    proc = _run("plu-diff", "--before", AVANT, "--after", APRES, "--commune", "59350", "--out", tmp_path / "o")
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr and "59350" in proc.stderr and "62528" in proc.stderr, proc.stderr
    assert not (tmp_path / "o").exists() or not any((tmp_path / "o").iterdir())
    for bad in ("6252", "62 528", "'; DROP TABLE x; --"):
        proc = _run("plu-diff", "--before", AVANT, "--after", APRES, "--commune", bad, "--out", tmp_path / "o2")
        assert proc.returncode == 2 and "Traceback" not in proc.stderr and "INSEE" in proc.stderr, (bad, proc.stderr)


def test_plu_validate_on_an_empty_directory_and_a_non_plu_file(tmp_path):
    (tmp_path / "vide").mkdir()
    proc = _run("plu-validate", tmp_path / "vide")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and "CNIG" in proc.stderr, proc.stderr
    other = tmp_path / "autre.gpkg"
    write_ogr(other, "parcelles", ["SECTION"], [({"SECTION": "AB"}, square(X0, Y0))])
    proc = _run("plu-validate", other, "--json")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and "autre.gpkg" in proc.stderr, proc.stderr


def test_attributes_are_kept_as_text_not_numbers(tmp_path):
    write_ogr(
        tmp_path / "p.gpkg",
        "ZONE_URBA",
        ["LIBELLE", "TYPEZONE", "INSEE"],
        [({"LIBELLE": "1", "TYPEZONE": "U", "INSEE": "2A004"}, square(X0, Y0))],
    )
    v = read_plu_version(tmp_path / "p.gpkg")
    assert v.zones.attributes["INSEE"][0] == "2A004" and v.zones.attributes["LIBELLE"][0] == "1"
    assert isinstance(pd.Series(v.zones.attributes["LIBELLE"]).iloc[0], str)


def test_zip_bombs_are_refused_before_filling_the_disk(tmp_path):
    """Issue 12, point 5: a 3.3 MB PLU ZIP wrote 3 GB into the temporary folder, then reported «Aucune anomalie»."""
    from veille_plugin.core.archives import ZipLimits, safe_extract
    from veille_plugin.core.errors import InputError

    bomb = tmp_path / "PLU_bombe.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("62528_ZONE_URBA.csv", b"\0" * (64 * 2**20))  # 64 MiB of zeros: ~64 KB packed
    assert bomb.stat().st_size < 200_000
    with pytest.raises(InputError) as err:  # nothing else to read: the version is unusable, and says why
        read_plu_version(bomb)
    assert "Archive PLU_bombe.zip refusée" in str(err.value) and "bombe de décompression" in str(err.value)
    assert not list(Path(tempfile.gettempdir()).glob("veille_plu_*/62528_ZONE_URBA.csv"))
    # the limits, one by one (checked on the archive's directory, whose sizes zipfile enforces while reading)
    out = tmp_path / "x"
    with pytest.raises(InputError, match="64 Mo une fois décompressée \\(au plus 1 Mo\\)"):
        safe_extract(bomb, out, ZipLimits(max_total_bytes=2**20, max_ratio=10**9))
    assert sum(f.stat().st_size for f in out.rglob("*") if f.is_file()) == 0
    many = tmp_path / "beaucoup.zip"
    with zipfile.ZipFile(many, "w") as zf:
        for k in range(30):
            zf.writestr(f"f{k}.txt", b"x")
        zf.writestr("autre.zip", b"PK")
    with pytest.raises(InputError, match="31 fichiers"):
        safe_extract(many, tmp_path / "y", ZipLimits(max_entries=30))
    with pytest.raises(InputError, match="d'autres archives"):
        safe_extract(many, tmp_path / "z")
    assert len(safe_extract(many, tmp_path / "w", ZipLimits(max_nested=1))) == 31
    # many entries of exactly 1 MiB each stayed under the per-entry ratio: 2 GB written (audit, G3); the whole
    # archive's ratio is now checked on its directory, and on the bytes written for entries that lie
    spread = tmp_path / "PLU_eparpille.zip"
    with zipfile.ZipFile(spread, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for k in range(100):
            zf.writestr(f"z{k}.csv", b"\0" * 2**20)
    with pytest.raises(InputError, match="plus de 200 fois sa taille"):
        safe_extract(spread, tmp_path / "v", ZipLimits(ratio_floor_bytes=10 * 2**20))
    assert not any(f.is_file() for f in (tmp_path / "v").rglob("*"))
    with pytest.raises(InputError, match="bombe de décompression"):
        safe_extract(spread, tmp_path / "u")  # default limits: 100 MiB from about 100 KB
    small = tmp_path / "petit.zip"  # highly compressible but small: below the floor, unpacked
    with zipfile.ZipFile(small, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for k in range(20):
            zf.writestr(f"z{k}.csv", b"\0" * 2**20)
    assert len(safe_extract(small, tmp_path / "t")) == 20
