"""cases.gpkg at 1,000,000 cases (issue 29, part 3): a large layer is inserted with sqlite3 in one transaction and its
spatial index packed in one pass (vector_io.fill_rtree). The GeoPackage must be one OGR and QGIS read as their own:
a valid R*Tree (SQLite's rtreecheck), spatial filters that find what the geometries say, OGR's triggers and feature
count in place (an edit afterwards keeps the index right), envelopes in the geometry headers, ogrinfo content."""

import sqlite3
import struct
import subprocess

import numpy as np
import pandas as pd
import pytest
import shapely
from osgeo import ogr

from veille_plugin.core import vector_io


@pytest.fixture
def layer(tmp_path, monkeypatch):
    """3,000 features (three levels of R*Tree nodes): polygons, multipolygons, points, one empty, one missing."""
    rng = np.random.default_rng(29)
    n = 3000
    x, y = rng.uniform(650_000, 750_000, n), rng.uniform(7_000_000, 7_070_000, n)
    geoms = shapely.box(x, y, x + rng.uniform(1, 300, n), y + rng.uniform(1, 300, n)).astype(object)
    geoms[::7] = shapely.points(x[::7], y[::7])
    geoms[5] = shapely.MultiPolygon(
        [shapely.box(0, 0, 1, 1).buffer(0), shapely.box(700_000, 7_000_000, 700_010, 7_000_010)]
    )
    geoms[11] = shapely.Polygon()
    geoms[13] = None
    attrs = pd.DataFrame({"numero": [f"FICTIF-{k}" for k in range(n)], "rang": np.arange(n) % 5 + 1})
    monkeypatch.setattr(vector_io, "BULK_WRITE_THRESHOLD", 10)
    monkeypatch.setattr(vector_io, "BULK_BLOCK_ROWS", 700)  # five blocks of rows, as a million rows make ten
    path = tmp_path / "cases.gpkg"
    vector_io.write_gpkg_layer(path, "dossiers", attrs, geoms, description="Dossiers FICTIFS")
    return path, geoms


def test_the_packed_spatial_index_is_a_valid_rtree_that_finds_what_the_geometries_say(layer):
    path, geoms = layer
    con = sqlite3.connect(path)
    assert con.execute("SELECT rtreecheck('rtree_dossiers_geom')").fetchone()[0] == "ok"
    indexed = [g is not None and not g.is_empty for g in geoms]
    assert con.execute("SELECT count(*) FROM rtree_dossiers_geom").fetchone()[0] == sum(indexed)
    depth = int.from_bytes(
        con.execute("SELECT data FROM rtree_dossiers_geom_node WHERE nodeno = 1").fetchone()[0][:2], "big"
    )
    assert depth == 2  # 3,000 boxes, 51 per node: leaves, one level of inner nodes, the root
    con.close()
    ds = ogr.Open(str(path))
    lyr = ds.GetLayerByName("dossiers")
    assert ds.ExecuteSQL("SELECT HasSpatialIndex('dossiers', 'geom')").GetNextFeature().GetField(0) == 1
    bounds = np.array([shapely.bounds(g) if ok else [np.nan] * 4 for g, ok in zip(geoms, indexed)])
    for rect in ((700_000, 7_030_000, 705_000, 7_035_000), (650_000, 7_000_000, 660_000, 7_070_000), (0, 0, 2, 2)):
        lyr.SetSpatialFilterRect(*rect)
        found = sorted(f.GetField("numero") for f in lyr)
        hit = (
            (bounds[:, 0] <= rect[2])
            & (bounds[:, 2] >= rect[0])
            & (bounds[:, 1] <= rect[3])
            & (bounds[:, 3] >= rect[1])
        )
        expected = sorted(
            f"FICTIF-{k}" for k in np.flatnonzero(hit) if shapely.intersects(geoms[k], shapely.box(*rect))
        )
        assert found == expected and found


def test_headers_envelopes_triggers_and_count_are_those_ogr_writes(layer):
    path, geoms = layer
    con = sqlite3.connect(path)
    blobs = dict(con.execute("SELECT fid, geom FROM dossiers"))
    polygon = blobs[2]
    assert polygon[:4] == b"GP\x00\x03" and struct.unpack("<i", polygon[4:8])[0] == 2154
    minx, maxx, miny, maxy = struct.unpack("<4d", polygon[8:40])
    assert (minx, miny, maxx, maxy) == tuple(shapely.bounds(geoms[1]))
    assert blobs[1][:4] == b"GP\x00\x01" and shapely.from_wkb(blobs[1][8:]).equals(geoms[0])  # a point: no envelope
    assert blobs[12][:4] == b"GP\x00\x11" and blobs[14] is None  # empty, missing
    assert shapely.from_wkb(polygon[40:]).equals(geoms[1])
    triggers = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {
        "rtree_dossiers_geom_insert",
        "rtree_dossiers_geom_delete",
        "trigger_insert_feature_count_dossiers",
    } <= triggers
    assert (
        con.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = 'dossiers'").fetchone()[0] == 3000
    )
    con.close()
    info = subprocess.run(["ogrinfo", "-so", str(path), "dossiers"], capture_output=True, text=True)
    assert (
        info.returncode == 0 and "Feature Count: 3000" in info.stdout and "DESCRIPTION=Dossiers FICTIFS" in info.stdout
    )
    # an edit by OGR (QGIS) afterwards goes through the triggers and keeps the index right
    ds = ogr.Open(str(path), 1)
    lyr = ds.GetLayerByName("dossiers")
    feat = ogr.Feature(lyr.GetLayerDefn())
    feat.SetField("numero", "FICTIF-nouveau")
    feat.SetGeometry(ogr.CreateGeometryFromWkt("MULTIPOLYGON (((1 1,1 3,3 3,3 1,1 1)))"))
    lyr.CreateFeature(feat)
    lyr.DeleteFeature(3)
    ds = None
    con = sqlite3.connect(path)
    assert con.execute("SELECT rtreecheck('rtree_dossiers_geom')").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*) FROM rtree_dossiers_geom WHERE minx >= 0.9 AND maxx <= 3.1").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM rtree_dossiers_geom WHERE id = 3").fetchone()[0] == 0
    assert con.execute("SELECT feature_count FROM gpkg_ogr_contents").fetchone()[0] == 3000


def test_rows_sharing_one_commune_outline_are_each_written_whole(tmp_path, monkeypatch):
    """Cases located by their commune share one geometry object (and one WKB): decoded, promoted and turned into
    GeoPackage blobs once, every row must still get the whole outline, in whichever block of rows it falls."""
    commune = shapely.Polygon([(650_000, 7_000_000), (651_000, 7_000_000), (651_000, 7_001_500), (650_000, 7_000_000)])
    wkb = shapely.to_wkb(commune)
    own = [shapely.box(652_000 + k, 7_002_000, 652_010 + k, 7_002_010) for k in range(10)]
    values = np.array([wkb] * 20 + [shapely.to_wkb(g) for g in own] + [None], dtype=object)
    geoms = vector_io.geometries_from_wkb(values)
    assert geoms[0] is geoms[19] and geoms[30] is None  # one decoded object for the shared outline
    monkeypatch.setattr(vector_io, "BULK_WRITE_THRESHOLD", 5)
    monkeypatch.setattr(vector_io, "BULK_BLOCK_ROWS", 7)
    attrs = pd.DataFrame({"numero": [f"FICTIF-{k}" for k in range(31)]})
    path = tmp_path / "partage.gpkg"
    vector_io.write_gpkg_layer(path, "dossiers", attrs, geoms[:30])
    read = vector_io.read_vector(path, "dossiers")
    assert list(read.attributes["numero"]) == [f"FICTIF-{k}" for k in range(30)]
    assert all(g.geom_type == "MultiPolygon" for g in read.geometries)
    assert all(shapely.equals(read.geometries[k], commune) for k in range(20))
    assert all(shapely.equals(read.geometries[20 + k], own[k]) for k in range(10))
