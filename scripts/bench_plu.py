"""`make bench` (PLU part): comparison of two FICTITIOUS 10,000-zone PLUi versions, timed, with peak memory.

Zones are Voronoi cells of seeded random points over the basin (around Lens); the «after» version moves every
seed a little (every boundary changes) and re-types 5 % of the zones, so the overlay is a worst case.
Measured: reading both versions from GeoPackage, the comparison (overlay, prescriptions, measures against the
Bien), and the peak resident memory of the process. The zone overlay alone (the expensive step) is compared, on the
same data in the same run, with GeoPandas (``geopandas.overlay``) and PostGIS (``ST_Intersection`` joined on
``ST_Intersects`` with GiST indexes, in a throwaway cluster); the changed area (TYPEZONE or LIBELLE differs) must
agree within 0.1 %.

    .venv/bin/python scripts/bench_plu.py [--zones 10000]
"""

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
import psycopg2.extras  # noqa: F401  (execute_values)
import shapely

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from veille_plugin.core.plu.diff import diff_versions  # noqa: E402
from veille_plugin.core.plu.reader import read_plu_version  # noqa: E402
from veille_plugin.core.reference.data import load_reference  # noqa: E402
from veille_plugin.core.vector_io import write_gpkg_layer  # noqa: E402

TYPES = np.array(["U", "AUc", "AUs", "A", "N"], dtype=object)


def zones(seeds: np.ndarray, box, types: np.ndarray) -> tuple:
    cells = shapely.get_parts(shapely.voronoi_polygons(shapely.multipoints(seeds), extend_to=box))
    cells = shapely.intersection(cells, box)
    # order the cells like the seeds (voronoi output order is not guaranteed)
    tree = shapely.STRtree(cells)
    i, j = tree.query(shapely.points(seeds), predicate="within")
    order = np.full(len(seeds), -1)
    order[i] = j
    cells = cells[order]
    libs = np.array([f"{t}{k % 7}" for k, t in enumerate(types)], dtype=object)
    return cells, libs


def write(path: Path, cells, libs, types, idurba):
    attrs = pd.DataFrame(
        {
            "LIBELLE": libs,
            "LIBELONG": "FICTIF – banc d'essai",
            "TYPEZONE": types,
            "IDURBA": idurba,
            "DATVALID": idurba[-8:],
        }
    )
    write_gpkg_layer(path, f"{idurba[:9]}_ZONE_URBA_{idurba[-8:]}", attrs, cells)


def main() -> int:
    parser = argparse.ArgumentParser(description="Banc d'essai : comparaison de deux PLUi FICTIFS")
    parser.add_argument("--zones", type=int, default=10_000)
    args = parser.parse_args()
    rng = np.random.default_rng(2026)
    n = args.zones
    x0, y0, side = 680_000.0, 7_020_000.0, 30_000.0  # 900 km² around Lens (Lambert-93)
    box = shapely.box(x0, y0, x0 + side, y0 + side)
    seeds = rng.uniform([x0, y0], [x0 + side, y0 + side], size=(n, 2))
    t_before = TYPES[rng.integers(0, 5, n)]
    seeds_after = seeds + rng.normal(0, 15.0, size=seeds.shape)
    t_after = t_before.copy()
    flip = rng.random(n) < 0.05
    t_after[flip] = TYPES[rng.integers(0, 5, flip.sum())]
    ref = load_reference()
    ref.components, ref.elements  # noqa: B018 - load before timing
    with tempfile.TemporaryDirectory() as tmp:
        b_path, a_path = Path(tmp) / "avant.gpkg", Path(tmp) / "apres.gpkg"
        cb, lb = zones(seeds, box, t_before)
        ca, la = zones(seeds_after, box, t_after)
        write(b_path, cb, lb, t_before, "200000000_PLUi_20200101")
        write(a_path, ca, la, t_after, "200000000_PLUi_20260101")
        t0 = time.perf_counter()
        before = read_plu_version(b_path, "avant")
        after = read_plu_version(a_path, "après")
        t1 = time.perf_counter()
        diff = diff_versions(before, after, ref, distance=500.0)
        t2 = time.perf_counter()
        overlay = compare_overlays(before, after, cb, lb, t_before, ca, la, t_after)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    s = diff.summary()
    print(
        f"PLUi FICTIF de {n} zones × 2 versions : lecture {t1 - t0:.1f} s, comparaison {t2 - t1:.1f} s, "
        f"{len(diff.pieces)} morceaux de changement, ouverture à l'urbanisation "
        f"{s['ouverture_urbanisation_ha']['total']:.0f} ha ; "
        f"mémoire maximale du processus {peak_mb:.0f} Mo"
    )
    print(
        f"Superposition des zonages seule : moteur {overlay['engine']:.2f} s ; GeoPandas overlay "
        f"{overlay['geopandas']:.2f} s "
        f"(rapport {overlay['geopandas'] / overlay['engine']:.2f}×) ; PostGIS {overlay['postgis']:.2f} s + chargement "
        f"{overlay['postgis_load']:.1f} s "
        f"(rapport {overlay['postgis'] / overlay['engine']:.2f}×) ; surface changée {overlay['area_engine_ha']:.1f} / "
        f"{overlay['area_geopandas_ha']:.1f} / "
        f"{overlay['area_postgis_ha']:.1f} ha"
    )
    return 0


def compare_overlays(before, after, cb, lb, tb, ca, la, ta) -> dict:
    """The zone overlay of the engine vs GeoPandas and PostGIS, on the same zones; changed area in each."""
    from veille_plugin.core.plu.diff import overlay_zones

    out = {}
    t0 = time.perf_counter()
    zdf, zg, _ = overlay_zones(before.zones, after.zones, 5.0)
    out["engine"] = time.perf_counter() - t0
    changed = (
        zdf["categorie"]
        .isin(["ouverture_urbanisation", "retour_agricole_naturel", "changement_type", "changement_libelle"])
        .to_numpy()
    )
    out["area_engine_ha"] = float(shapely.area(np.asarray(zg, dtype=object)[changed]).sum() / 10_000)

    import geopandas as gpd

    gb = gpd.GeoDataFrame({"lib_b": lb, "typ_b": tb}, geometry=cb, crs="EPSG:2154")
    ga = gpd.GeoDataFrame({"lib_a": la, "typ_a": ta}, geometry=ca, crs="EPSG:2154")
    t0 = time.perf_counter()
    ov = gpd.overlay(gb, ga, how="intersection", keep_geom_type=True)
    ov = ov[(ov["lib_b"] != ov["lib_a"]) | (ov["typ_b"] != ov["typ_a"])]
    area = ov.geometry.area
    out["geopandas"] = time.perf_counter() - t0
    out["area_geopandas_ha"] = float(area[area >= 5.0].sum() / 10_000)

    sys.path.insert(0, str(ROOT / "tests"))
    import psycopg2
    from throwaway_postgis import ThrowawayPostgis

    cluster = ThrowawayPostgis("bench_plu")
    dsn = cluster.start()
    try:
        conn = psycopg2.connect(dsn)
        with conn, conn.cursor() as cur:
            t0 = time.perf_counter()
            cur.execute("CREATE EXTENSION IF NOT EXISTS postgis")
            for name, cells, libs, types in (("avant", cb, lb, tb), ("apres", ca, la, ta)):
                cur.execute(
                    f"CREATE TABLE {name} (id serial PRIMARY KEY, libelle text, typezone text, geom geometry(Polygon, "
                    "2154))"
                )
                rows = [(lib, typ, shapely.to_wkb(g, hex=True)) for lib, typ, g in zip(libs, types, cells)]
                psycopg2.extras.execute_values(
                    cur,
                    f"INSERT INTO {name} (libelle, typezone, geom) VALUES %s",
                    rows,
                    template="(%s, %s, ST_GeomFromWKB(decode(%s, 'hex'), 2154))",
                    page_size=2000,
                )
                cur.execute(f"CREATE INDEX ON {name} USING gist (geom)")
                cur.execute(f"ANALYZE {name}")
            out["postgis_load"] = time.perf_counter() - t0
            t0 = time.perf_counter()
            cur.execute(
                "SELECT coalesce(sum(a) FILTER (WHERE a >= 5), 0) FROM (SELECT "
                "ST_Area(ST_CollectionExtract(ST_Intersection(b.geom, a.geom), 3)) AS a "
                "FROM avant b JOIN apres a ON ST_Intersects(b.geom, a.geom) WHERE b.libelle <> a.libelle OR "
                "b.typezone <> a.typezone) s"
            )
            out["area_postgis_ha"] = float(cur.fetchone()[0]) / 10_000
            out["postgis"] = time.perf_counter() - t0
        conn.close()
    finally:
        cluster.stop()
    for k in ("area_geopandas_ha", "area_postgis_ha"):
        if abs(out[k] - out["area_engine_ha"]) > 0.001 * max(out["area_engine_ha"], 1.0):
            print(
                f"ATTENTION : surface changée différente ({k} {out[k]:.2f} ha, moteur {out['area_engine_ha']:.2f} ha)"
            )
    return out


if __name__ == "__main__":
    sys.exit(main())
