"""PLU reading and validation (core.plu.reader / validate / codes): real files written in every format."""

import json
from pathlib import Path

import numpy as np
import pytest
import shapely
from osgeo import ogr, osr

from veille_plugin.core.errors import InputError
from veille_plugin.core.plu.codes import load_codes
from veille_plugin.core.plu.reader import detect_variant, parse_idurba, read_plu_version

DATA = Path(__file__).resolve().parents[1] / "data" / "plu"
X0, Y0 = 690_000.0, 7_040_000.0  # Lambert-93, in the basin


def write_ogr(path, layer, fields, rows, epsg=2154, driver="GPKG", options=None):
    """rows: list of (dict of values, WKT)."""
    ogr.UseExceptions()
    drv = ogr.GetDriverByName(driver)
    path = Path(path)
    ds = drv.Open(str(path), 1) if (driver == "GPKG" and path.exists()) else drv.CreateDataSource(str(path))
    srs = None
    if epsg:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lyr = ds.CreateLayer(layer, srs, ogr.wkbUnknown, options=options or [])
    for f in fields:
        lyr.CreateField(ogr.FieldDefn(f, ogr.OFTString))
    for values, wkt in rows:
        feat = ogr.Feature(lyr.GetLayerDefn())
        for k, v in values.items():
            if v is not None:
                feat.SetField(k, v)
        if wkt:
            feat.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        lyr.CreateFeature(feat)
    ds = None


def square(x, y, s=100.0):
    return f"POLYGON(({x} {y},{x + s} {y},{x + s} {y + s},{x} {y + s},{x} {y}))"


def test_code_lists_are_derived_from_official_labels():
    cl = load_codes()
    assert set(cl.typezone) == {"U", "AUc", "AUs", "A", "N"}
    assert set(cl.typezone_obsolete) == {"Ah", "Nh", "Nd"}
    assert {("07", "01"), ("07", "02"), ("07", "03"), ("07", "00")} == set(cl.heritage_psc)
    assert ("07", "04") in cl.landscape_psc and ("25", "00") in cl.landscape_psc and ("07", "04") not in cl.heritage_psc
    assert cl.pd_inf == {("42", "01")} and "06" in cl.pd_inf_legacy
    assert cl.unesco_inf == {("40", "01"): "bien", ("40", "02"): "zone_tampon"}
    assert cl.is_heritage(7, 1) and cl.is_heritage("07", "") and not cl.is_heritage("01", "00")
    assert cl.protection_kind("7", "0") == "L.151-19 et L.151-23"
    assert "0100" in cl.formdomi and "01" in cl.destdomi and cl.etat["03"] == "Opposable"


@pytest.mark.parametrize(
    "name,zones,counts",
    [
        ("76648_ZONE_URBA_20241107.geojson", 71, {"N": 24, "U": 23, "A": 21, "AUc": 3}),
        ("76321_ZONE_URBA_20240219.geojson", 46, {"U": 25, "AUc": 8, "N": 7, "A": 5, "AUs": 1}),
    ],
)
def test_real_gpu_extracts_read_without_error(name, zones, counts):
    v = read_plu_version(DATA / name)
    assert v.n_errors == 0 and [a for a in v.anomalies if a.niveau == "erreur"] == []
    z = v.zones
    assert len(z) == zones and z.ok.all()
    assert z.attributes["TYPEZONE"].value_counts().to_dict() == counts
    assert v.variant == "2017"
    insee = name[:5]
    assert v.insee == [insee] and v.idurba[0].startswith(f"{insee}_PLU_")
    assert (z.attributes["DATAPPRO"] == name[-16:-8]).all()  # derived from IDURBA
    # CRS84 reprojected to Lambert-93 (Seine-Maritime: x ≈ 570 km, y ≈ 6 960 km)
    b = shapely.bounds(z.geometries)
    assert 560_000 < b[:, 0].min() and b[:, 2].max() < 590_000 and 6_950_000 < b[:, 1].min() < 6_970_000
    assert shapely.is_valid(z.geometries).all()


def test_gpkg_2024_with_prescriptions_infos_unknown_codes_and_invalid_geometry(tmp_path):
    p = tmp_path / "plu.gpkg"
    fields = ["LIBELLE", "LIBELONG", "TYPEZONE", "FORMDOMI", "IDURBA", "DATVALID"]
    bowtie = f"POLYGON(({X0} {Y0},{X0 + 100} {Y0 + 100},{X0 + 100} {Y0},{X0} {Y0 + 100},{X0} {Y0}))"
    write_ogr(
        p,
        "62528_ZONE_URBA_20260101",
        fields,
        [
            (
                {
                    "LIBELLE": "UA",
                    "TYPEZONE": "U",
                    "FORMDOMI": "0100",
                    "IDURBA": "62528_PLU_20260101",
                    "DATVALID": "20260101",
                },
                square(X0, Y0),
            ),
            (
                {
                    "LIBELLE": "N",
                    "TYPEZONE": "X",
                    "FORMDOMI": "9999",
                    "IDURBA": "62528_PLU_20260101",
                    "DATVALID": "2026-01-01",
                },
                square(X0 + 100, Y0),
            ),
            ({"LIBELLE": None, "TYPEZONE": "Nh", "IDURBA": "PLU de Loos", "DATVALID": "20261341"}, bowtie),
        ],
    )
    write_ogr(
        p,
        "62528_PRESCRIPTION_SURF_20260101",
        ["TYPEPSC", "STYPEPSC", "LIBELLE"],
        [
            ({"TYPEPSC": "07", "STYPEPSC": "01", "LIBELLE": "PB1"}, square(X0, Y0, 10)),
            ({"TYPEPSC": "77", "STYPEPSC": "00", "LIBELLE": "?"}, square(X0 + 20, Y0, 10)),
            ({"TYPEPSC": "07", "STYPEPSC": "01", "LIBELLE": "pt"}, f"POINT({X0} {Y0})"),
        ],
    )
    write_ogr(p, "INFO_SURF", ["TYPEINF", "STYPEINF"], [({"TYPEINF": "6", "STYPEINF": "0"}, square(X0, Y0, 200))])
    v = read_plu_version(p)
    assert v.variant == "2024"
    assert set(v.tables) == {"ZONE_URBA", "PRESCRIPTION_SURF", "INFO_SURF"}
    by = {(a.code, a.entite) for a in v.anomalies}
    assert ("TYPEZONE_INCONNU", 2) in by and ("FORMDOMI_INCONNU", 2) in by and ("DATVALID_FORMAT", 2) in by
    assert (
        ("TYPEZONE_OBSOLETE", 3) in by
        and ("LIBELLE_VIDE", 3) in by
        and ("IDURBA_FORMAT", 3) in by
        and ("DATVALID_FORMAT", 3) in by
    )
    assert ("GEOMETRIE_REPAREE", 3) in by and v.zones.ok[2] and shapely.is_valid(v.zones.geometries[2])
    assert ("TYPEPSC_INCONNU", 2) in by and ("TYPE_GEOMETRIE", 3) in by and ("TYPEINF_OBSOLETE", 1) in by
    bad = next(a for a in v.anomalies if a.code == "TYPEZONE_INCONNU")
    assert (
        bad.fichier == "plu.gpkg"
        and bad.couche == "62528_ZONE_URBA_20260101"
        and bad.champ == "TYPEZONE"
        and bad.valeur == "X"
    )
    assert "liste officielle" in bad.message and bad.action
    assert v.prescriptions.ok.tolist() == [True, True, False]
    assert v.n_errors >= 4


def test_shapefile_2014_latin1_without_cpg_and_geojson_crs84(tmp_path):
    d = tmp_path / "plu2014"
    d.mkdir()
    write_ogr(
        d / "62528_ZONE_URBA_20140101.shp",
        "62528_ZONE_URBA_20140101",
        ["LIBELLE", "LIBELONG", "TYPEZONE", "DESTDOMI", "INSEE", "DATAPPRO"],
        [
            (
                {
                    "LIBELLE": "Ah",
                    "LIBELONG": "Zone agricole protégée",
                    "TYPEZONE": "Ah",
                    "DESTDOMI": "07",
                    "INSEE": "62528",
                    "DATAPPRO": "20140101",
                },
                square(X0, Y0),
            ),
            (
                {
                    "LIBELLE": "UB",
                    "LIBELONG": "Secteur résidentiel",
                    "TYPEZONE": "U",
                    "DESTDOMI": "42",
                    "INSEE": "62528",
                    "DATAPPRO": "20140101",
                },
                square(X0 + 100, Y0),
            ),
        ],
        driver="ESRI Shapefile",
        options=["ENCODING=ISO-8859-1"],
    )
    (d / "62528_ZONE_URBA_20140101.cpg").unlink()
    v = read_plu_version(d)
    assert v.variant == "2014"
    assert list(v.zones.attributes["LIBELONG"]) == ["Zone agricole protégée", "Secteur résidentiel"]
    codes = {a.code for a in v.anomalies}
    # the Latin-1 text is right either way: GDAL recodes it (its DBF code page) or, when QGIS has set SHAPE_ENCODING=""
    # (as the desktop does), the reader falls back to Windows-1252 and says so (ENCODAGE)
    assert {"TYPEZONE_OBSOLETE", "DESTDOMI_INCONNU"} <= codes and v.n_errors == 0
    # GeoJSON in CRS84 with lower-case GPU flux field names
    g = tmp_path / "zone_urba.geojson"
    lon, lat = 2.79, 50.45
    doc = {
        "type": "FeatureCollection",
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},
        "features": [
            {
                "type": "Feature",
                "properties": {"libelle": "1AU", "typezone": "AUc", "idurba": "200040624_PLUi_20250101"},
                "geometry": {
                    "type": "Polygon",
                    "coordinates": [[[lon, lat], [lon + 0.01, lat], [lon, lat + 0.01], [lon, lat]]],
                },
            }
        ],
    }
    g.write_text(json.dumps(doc), encoding="utf-8")
    v = read_plu_version(g)
    z = v.zones
    assert (
        len(z) == 1
        and z.attributes["TYPEZONE"][0] == "AUc"
        and z.attributes["SIREN"][0] == "200040624"
        and z.attributes["INSEE"][0] is None
    )
    x, y = z.geometries[0].centroid.x, z.geometries[0].centroid.y
    assert 680_000 < x < 690_000 and 7_030_000 < y < 7_045_000
    assert v.n_errors == 0


def test_missing_and_unreadable_inputs_are_reported(tmp_path):
    with pytest.raises(InputError) as exc:
        read_plu_version(tmp_path / "absent.gpkg")
    assert "introuvable" in str(exc.value)
    bad = tmp_path / "casse.gpkg"
    bad.write_bytes(b"not a geopackage")
    good = tmp_path / "ok.gpkg"
    write_ogr(
        good, "ZONE_URBA", ["LIBELLE", "TYPEZONE"], [({"LIBELLE": "UA", "TYPEZONE": "U"}, square(X0, Y0))], epsg=None
    )
    v = read_plu_version([bad, good, tmp_path / "absent.shp"])
    codes = [a.code for a in v.anomalies]
    assert "FICHIER_ILLISIBLE" in codes and "FICHIER_INTROUVABLE" in codes and "SCR_ABSENT" in codes
    assert len(v.zones) == 1 and v.zones.ok.all()


def test_idurba_and_variant_detection():
    assert parse_idurba("76648_PLU_20241107")["insee"] == "76648"
    assert parse_idurba("200040624_PLUi_20250101")["siren"] == "200040624"
    assert parse_idurba("62528_PLU_20260115_FICTIF")["date"] == "20260115"
    assert parse_idurba("PLU de Loos") == {}
    assert detect_variant(["LIBELLE", "TYPEZONE", "DESTDOMI"]) == "2014"
    assert detect_variant(["libelle", "typezone", "formdomi", "idurba"]) == "2024"
    assert detect_variant(["LIBELLE", "TYPEZONE", "IDURBA", "DATVALID"]) == "2017"
    assert np.all([True])
