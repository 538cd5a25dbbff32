"""`make bench` (third part): the weekly sweep on 1,000,000 FICTITIOUS permits, stage by stage, and its screening
compared with GeoPandas and PostGIS in the same run.

Synthetic data (numpy ``default_rng``, fixed seed), written to a temporary directory; generation is not timed:

* parcels: 300,000 squares of 30 m on a 30 m grid (a parcel's neighbours along a row share an edge), drawn
  8 % in the components of the Bien, 20 % in the zone tampon and the rest anywhere in the 330 communes of the
  reference set; each takes the real INSEE code of the commune its centre falls in (``shapely.contains_xy``,
  bounding-box prefilter, vectorised) and an Etalab id of 14 characters (INSEE + «000» + section + number):
  sections are 600 m blocks of the grid, numbered per commune, parcels numbered row by row inside them.
  Written as a GeoPackage (pyogrio), layer ``parcelles_fictives``;
* permits: a Sitadel-like «;» CSV with the two header lines of ``resources/demo/permis_fictifs_semaine1.csv``
  (labels, then codes: what ``sniff_sitadel`` recognises), numbers ``FICTIF-…``, a FICTIF comment on every row:
  80 % located by 1-3 parcels (consecutive numbers of one section, so mostly adjacent), 10 % by coordinates
  only (5 % of them in WGS84), 7.5 % by commune code only, 1.5 % by commune name only, 1 % with nothing,
  0.5 % of the parcel lists naming a parcel absent from the layer, and 0.2 % malformed rows of ten kinds
  (bad section, bad parcel number, bad commune code, non-numeric x, impossible date, extra field, no number,
  duplicate number, unknown type, unreadable height).

The sweep runs in a child process (this script with ``--enfant``), so that its peak memory is its own (VmHWM
from /proc, reset at the start of every stage: peak per stage, and the peak of the whole pipeline):

1. to 4. the sweep's own public stages, chained as ``run_sweep`` chains them, nothing patched:
   ``import_sources``, ``locate_permits``, ``screen_permits``, ``register_rows``; the sub-timings are those the
   code reports itself (``read_permits`` in the import's details, and the ``timings`` of ``screen_cases``:
   ``prepare_geometries``, ``screen_geometries`` — the screening alone —, ``make_cases``, ``evaluate_rules``);
5. ``Register.record_sweep`` (the sweep's single transaction) of those rows into a fresh GeoPackage register,
   always at full scale;
6. ``write_outputs`` (cases.csv, cases.gpkg, rapport.html, messages.txt; it reports ``write_gpkg_layer`` and
   ``report_html``): first measured on random samples of 10,000 and 20,000 rows (each with its own register),
   projected affinely (fixed costs, capped report tables) to all rows; run in full when the projection stays
   within ``--budget`` (60 s), else the projection is reported as such (``--complet`` forces the full runs);
7. ``record_sweep`` into a fresh PostGIS schema, always in full (COPY into a staging table, set-based merge),
   with its ratio to the GeoPackage register; then a second sweep of the same rows into each filled register
   (every case known: updates, nothing changed), reported apart (not part of the pipeline's total).

Screening compared, on the footprints the engine screened (dumped by the child, untimed): the engine's figures
are those of its ``screen_geometries(distance=500, nearest_max_distance=500)`` call inside ``screen_cases`` (one
run), with the time of each of its per-layer queries (``BatchScreening.queries``); GeoPandas ``sjoin``
(intersects) against the components, the zone tampon and the elements, the expert way (index built once on the
footprints, reference layer on the left) and the usual way (footprints on the left; measured on 100,000 random
footprints and projected when beyond the budget); PostGIS in a throwaway PostgreSQL cluster (the release's version)
(tests/throwaway_postgis.py): footprints and layers loaded by binary COPY, GiST indexes, ANALYZE (loading times
reported apart), then ``SELECT count(*) … JOIN … ON ST_Intersects`` per layer timed around psycopg2. The pair
counts must agree between all sides (printed check). Ratios are given against the engine's three per-layer
queries and against its whole call (which also does the MH abords, the 500 m pairs with distances and the
nearest element).

``--n`` scales down (``--n 100000``), ``--profil`` prints a cProfile of every stage. Output in French; figures in
``out/bench/bench_sweep.json``. About 5 minutes for 1,000,000 permits on a 2-core machine.
"""

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests"))

from bench_common import NATURES, WORKS, fr_int, fr_mo, fr_num, reset_peak, status_kib, versions  # noqa: E402

from veille_plugin.core.reference.data import load_reference  # noqa: E402

DEFAULT_N = 1_000_000
DEFAULT_PARCELS = 300_000
DEFAULT_SEED = 20120630  # inscription of the Bassin minier on the World Heritage List
CELL_M = 30.0  # side of a synthetic parcel (square), metres; parcels tile a 30 m grid
RUN_SHARES = (0.3, 0.3, 0.2, 0.2)  # parcels drawn in runs of 1, 2, 3 or 4 neighbouring cells of a row
RUN_MEAN = float(np.dot(np.arange(1, 5), RUN_SHARES))
SECTION_CELLS = 20  # a cadastral section is a 20 x 20 block of cells (600 m), numbered row by row
DISTANCE_M = 500.0  # screening distance of the sweep (run_sweep's default)
CRS = "EPSG:2154"
SRID = 2154
DEFAULT_BUDGET_S = 60.0  # a stage after the screening projected beyond this runs on a sample only (see --complet)
DEFAULT_SAMPLE = 10_000  # cases, for write_outputs
DEFAULT_SAMPLE_FOOTPRINTS = 100_000  # footprints, for « GeoPandas usuel »
SLOW_S = 60.0  # a stage slower than this for 1,000,000 permits is flagged
PG_OPTIONS = (
    "shared_buffers=512MB",
    "work_mem=64MB",
    "maintenance_work_mem=1GB",
    "max_wal_size=8GB",
    "checkpoint_timeout=30min",
    "wal_level=minimal",
    "max_wal_senders=0",
)
DEMO_CSV = ROOT / "resources" / "demo" / "permis_fictifs_semaine1.csv"

# Where the parcels are drawn: share inside the components of the Bien, inside the zone tampon, anywhere
# in the 330 communes of the basin (cell centres, deduplicated).
PARCEL_STRATA = (("composantes", 0.08), ("zone_tampon", 0.20), ("communes", 0.72))
# How each permit is located (the Sitadel reader then geolocate() decide what is usable).
KIND_PARCELS, KIND_XY, KIND_COMMUNE, KIND_NAME, KIND_NOTHING = range(5)
KIND_SHARES = (0.80, 0.10, 0.075, 0.015, 0.01)
PARCEL_COUNT_SHARES = (0.60, 0.28, 0.12)  # 1, 2 or 3 parcels (consecutive numbers of one section)
UNKNOWN_PARCEL_SHARE = 0.005  # a listed parcel missing from the parcel layer
WGS84_SHARE = 0.05  # coordinates given in longitude/latitude (EPSG:4326) instead of Lambert-93
MALFORMED_SHARE = 0.002  # a few malformed rows, all kinds below in turn
MALFORMED_KINDS = (
    "section",
    "numero_parcelle",
    "commune",
    "x",
    "date",
    "champ_en_trop",
    "numero_absent",
    "doublon",
    "type",
    "hauteur",
)
AUTHOR = "banc_essai"
FICTIF_NOTE = "DONNÉES FICTIVES – banc d'essai du balayage (aucun dossier réel)"


# --------------------------------------------------------------------------- synthetic data


def _cell_key(ix: np.ndarray, iy: np.ndarray) -> np.ndarray:
    return ix.astype(np.int64) * (1 << 32) + iy.astype(np.int64)


def polygon_of(x: np.ndarray, y: np.ndarray, polygons) -> np.ndarray:
    """Index of the first polygon containing each (x, y), -1 outside: bounding-box prefilter, then
    ``shapely.contains_xy``."""
    polygons = np.asarray(polygons, dtype=object)
    shapely.prepare(polygons)
    out = np.full(len(x), -1, dtype=np.int64)
    for k, (g, (x0, y0, x1, y1)) in enumerate(zip(polygons, shapely.bounds(polygons))):
        cand = np.flatnonzero((x >= x0) & (x <= x1) & (y >= y0) & (y <= y1))
        cand = cand[out[cand] < 0]
        if len(cand):
            out[cand[shapely.contains_xy(g, x[cand], y[cand])]] = k
    return out


def draw_cells(polygons, n: int, rng: np.random.Generator, exclude=None) -> np.ndarray:
    """``n`` distinct grid cells (ix, iy) whose centre lies inside the union of ``polygons``, not in ``exclude`` (cell
    keys)."""
    polygons = np.asarray(polygons, dtype=object)
    xmin, ymin, xmax, ymax = shapely.total_bounds(polygons)
    acceptance = min(1.0, shapely.area(polygons).sum() / ((xmax - xmin) * (ymax - ymin)))
    exclude = np.empty(0, dtype=np.int64) if exclude is None else exclude
    cells = np.empty((0, 2), dtype=np.int64)
    while len(cells) < n:
        size = int((n - len(cells)) / acceptance * 1.3) + 1024
        ix = np.floor(rng.uniform(xmin, xmax, size) / CELL_M).astype(np.int64)
        iy = np.floor(rng.uniform(ymin, ymax, size) / CELL_M).astype(np.int64)
        inside = polygon_of((ix + 0.5) * CELL_M, (iy + 0.5) * CELL_M, polygons) >= 0
        both = np.concatenate([cells, np.column_stack([ix[inside], iy[inside]])])
        keys = _cell_key(both[:, 0], both[:, 1])
        _, first = np.unique(keys, return_index=True)
        first = np.sort(first)  # keep the drawing order (reproducible, no bias toward low ids)
        cells = both[first[~np.isin(keys[first], exclude)]]
    return cells[:n]


def _section_codes(k: np.ndarray) -> np.ndarray:
    """Section number 0, 1, … → «0A»…«0Z», «AA», «AB»… (Etalab: a one-letter section is written «0A»)."""
    letters = np.array(list("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), dtype=object)
    one = "0" + letters[np.minimum(k, 25)]
    two = letters[np.clip((k - 26) // 26, 0, 25)] + letters[(k - 26) % 26]
    return np.where(k < 26, one, two).astype(object)


def make_parcels(ref, n: int, rng: np.random.Generator) -> pd.DataFrame:
    """``n`` square parcels (30 m) with Etalab-style ids and the INSEE code of the commune each lies in, sorted by id.

    Cells are drawn by strata (:data:`PARCEL_STRATA`), deduplicated; the commune of each cell centre comes from
    the ``communes`` layer (``shapely.contains_xy``); sections are 600 m blocks of the grid, numbered per commune
    from the north-west, parcels numbered row by row inside their section (consecutive numbers are neighbours).
    """
    layers = {
        "composantes": ref.components.geometries,
        "zone_tampon": ref.buffer_zone.geometries,
        "communes": ref.communes.geometries,
    }
    keys = np.empty(0, dtype=np.int64)
    parts = []
    for name, share in PARCEL_STRATA:
        want = n - sum(len(p) for p in parts) if name == PARCEL_STRATA[-1][0] else int(round(n * share))
        # runs of 1-4 neighbouring cells along a row (a row of houses): consecutive numbers are often adjacent
        seeds = draw_cells(layers[name], int(want / RUN_MEAN * 1.1) + 64, rng, exclude=keys)
        run = rng.choice(np.arange(1, len(RUN_SHARES) + 1), size=len(seeds), p=RUN_SHARES)
        part = np.repeat(seeds, run, axis=0)
        part[:, 0] += np.arange(len(part)) - np.repeat(np.cumsum(run) - run, run)
        pkeys = _cell_key(part[:, 0], part[:, 1])
        _, first = np.unique(pkeys, return_index=True)
        first = np.sort(first)
        part = part[first[~np.isin(pkeys[first], keys)]][:want]
        if len(part) < want:
            part = np.concatenate(
                [
                    part,
                    draw_cells(
                        layers[name],
                        want - len(part),
                        rng,
                        exclude=np.concatenate([keys, _cell_key(part[:, 0], part[:, 1])]),
                    ),
                ]
            )
        parts.append(part)
        keys = np.concatenate([keys, _cell_key(part[:, 0], part[:, 1])])
    cells = np.concatenate(parts)
    cx, cy = (cells[:, 0] + 0.5) * CELL_M, (cells[:, 1] + 0.5) * CELL_M
    com = polygon_of(cx, cy, ref.communes.geometries)
    if (com < 0).any():  # a component or zone tampon cell outside the 330 communes: moved to a free commune cell
        lost = np.flatnonzero(com < 0)
        extra = draw_cells(ref.communes.geometries, len(lost), rng, exclude=keys)
        cells[lost] = extra
        cx[lost], cy[lost] = (extra[:, 0] + 0.5) * CELL_M, (extra[:, 1] + 0.5) * CELL_M
        com[lost] = polygon_of(cx[lost], cy[lost], ref.communes.geometries)
    insee = ref.communes.attributes["insee"].astype(str).to_numpy(dtype=object)[com]
    frame = pd.DataFrame(
        {
            "insee": insee,
            "by": -(cells[:, 1] // SECTION_CELLS),
            "bx": cells[:, 0] // SECTION_CELLS,
            "iy": -cells[:, 1],
            "ix": cells[:, 0],
            "x": cx,
            "y": cy,
        }
    )
    frame = frame.sort_values(["insee", "by", "bx", "iy", "ix"], kind="stable").reset_index(drop=True)
    block = frame.groupby(["insee", "by", "bx"], sort=False).ngroup().to_numpy()
    section_no = block - pd.Series(block).groupby(frame["insee"].to_numpy()).transform("min").to_numpy()
    if section_no.max() >= 26 + 26 * 26:
        sys.exit("Trop de sections dans une commune pour des codes à deux lettres : réduisez le nombre de parcelles.")
    section = _section_codes(section_no)
    numero = frame.groupby(block).cumcount().to_numpy() + 1
    ids = (
        frame["insee"].to_numpy(dtype=object)
        + "000"
        + section
        + pd.Series(numero).astype(str).str.zfill(4).to_numpy(dtype=object)
    )
    return pd.DataFrame(
        {
            "id": ids,
            "commune": frame["insee"].to_numpy(dtype=object),
            "section": section,
            "numero": numero,
            "x": frame["x"].to_numpy(),
            "y": frame["y"].to_numpy(),
        }
    )


def write_parcels(parcels: pd.DataFrame, path: Path) -> None:
    """The parcel layer as a GeoPackage (Etalab cadastre columns: id, commune, prefixe, section, numero, contenance)."""
    import geopandas as gpd

    half = CELL_M / 2
    x, y = parcels["x"].to_numpy(), parcels["y"].to_numpy()
    geoms = shapely.box(x - half, y - half, x + half, y + half)
    frame = gpd.GeoDataFrame(
        {
            "id": parcels["id"],
            "commune": parcels["commune"],
            "prefixe": "000",
            "section": parcels["section"],
            "numero": parcels["numero"].astype(str).str.zfill(4),
            "contenance": np.full(len(parcels), int(CELL_M * CELL_M)),
        },
        geometry=geoms,
        crs="EPSG:2154",
    )
    # GeoPackage 1.2: the GDAL of QGIS (3.6 here) warns on the 1.4 files recent pyogrio writes by default
    frame.to_file(
        path,
        layer="parcelles_fictives",
        driver="GPKG",
        engine="pyogrio",
        dataset_options={"VERSION": "1.2"},
        layer_options={"DESCRIPTION": "Parcelles FICTIVES du banc d'essai (aucune parcelle réelle)"},
    )


def _lookup(values: np.ndarray, table) -> np.ndarray:
    return np.asarray(table, dtype=object)[values]


def sitadel_header():
    """The two header lines of the demo Sitadel file (French labels, then codes) and the codes."""
    with DEMO_CSV.open(encoding="utf-8") as fh:
        labels, codes = fh.readline(), fh.readline()
    return labels + codes, next(csv.reader([codes], delimiter=";"))


def make_permits(ref, parcels: pd.DataFrame, n: int, rng: np.random.Generator):
    """``n`` FICTITIOUS Sitadel rows (dict code → array of str), the extra-field rows, and how they were drawn."""
    from pyproj import Transformer

    _, codes = sitadel_header()
    n_par = len(parcels)
    names = dict(zip(ref.communes.attributes["insee"].astype(str), ref.communes.attributes["nom"].astype(str)))
    kind = rng.choice(len(KIND_SHARES), size=n, p=KIND_SHARES)
    anchor = rng.integers(0, n_par, n)
    p_insee = parcels["commune"].to_numpy(dtype=object)
    p_section = parcels["section"].to_numpy(dtype=object)
    p_numero = parcels["numero"].to_numpy()
    insee = p_insee[anchor].copy()
    insee[kind == KIND_NOTHING] = ""
    cols = {c: np.full(n, "", dtype=object) for c in codes}
    cols["COMM"] = np.where(np.isin(kind, (KIND_NAME, KIND_NOTHING)), "", insee)
    cols["ADR_LOCALITE_TER"] = np.array([names.get(c, "").upper() for c in pd.unique(insee)], dtype=object)[
        pd.factorize(insee)[0]
    ]
    cols["REG_CODE"][:] = "32"
    cols["REG_LIBELLE"][:] = "Hauts-de-France"
    dep = np.where(insee == "", "", pd.Series(insee).str[:2].to_numpy(dtype=object))
    cols["DEP_CODE"] = dep
    cols["DEP_LIBELLE"] = np.where(dep == "59", "Nord", np.where(dep == "62", "Pas-de-Calais", ""))
    type_dau = rng.choice(np.array(["PC", "DP", "PD", "PA"], dtype=object), size=n, p=(0.45, 0.42, 0.08, 0.05))
    cols["TYPE_DAU"] = type_dau
    counter = pd.Series(np.arange(1, n + 1)).astype(str).str.zfill(7).to_numpy(dtype=object)
    cols["NUM_DAU"] = "FICTIF-0" + np.where(insee == "", "00000", insee) + "-26-" + counter
    cols["ETAT_DAU"] = rng.choice(np.array(["2", "5", "6", "4"], dtype=object), size=n, p=(0.6, 0.2, 0.15, 0.05))
    day = rng.integers(0, 540, n)
    days = pd.date_range("2025-01-01", periods=600, freq="D")
    cols["DATE_DEPOT"] = _lookup(day, days.strftime("%d/%m/%Y"))
    cols["DATE_REELLE_AUTORISATION"] = _lookup(day + 45, days.strftime("%Y-%m-%d"))
    cols["AN_DEPOT"] = _lookup(day, days.strftime("%Y"))
    cols["DPC_PREM"] = _lookup(day + 45, days.strftime("%Y-%m"))
    numbers = np.arange(10_000).astype(str).astype(object)
    cols["ADR_NUM_TER"] = _lookup(rng.integers(1, 250, n), numbers)
    cols["ADR_TYPEVOIE_TER"] = rng.choice(np.array(["", "RUE", "AV", "CHE", "IMP"], dtype=object), size=n)
    cols["ADR_LIBVOIE_TER"] = rng.choice(
        np.array(["DE L'EXEMPLE", "DE LA DEMONSTRATION", "DU BANC D'ESSAI", "DES ESSAIS", "IMAGINAIRE"], dtype=object),
        size=n,
    )
    cols["SUPERFICIE_TERRAIN"] = _lookup(rng.integers(80, 5000, n), numbers)
    cols["NATURE_PROJET_DECLAREE"] = rng.choice(np.array(["1", "2"], dtype=object), size=n)
    cols["DESTINATION_PRINCIPALE"] = rng.choice(
        np.array(["1", "1", "1", "2", "3", "4", "6", "9", ""], dtype=object), size=n
    )
    logts = rng.random(n) < 0.4
    cols["TYPE_PRINCIP_LOGTS_CREES"] = np.where(logts, rng.choice(np.array(["1", "2", "3"], dtype=object), size=n), "")
    cols["NB_LGT_TOT_CREES"] = np.where(logts, _lookup(rng.integers(1, 30, n), numbers), "")
    cols["TRAVAUX"] = WORKS[rng.integers(0, len(WORKS), n)]
    cols["NATURE"] = NATURES[rng.integers(0, len(NATURES), n)]
    heights = rng.uniform(2.5, 60, n)
    cols["HAUTEUR"] = np.where(
        rng.random(n) < 0.3,
        pd.Series(np.round(heights, 1)).astype(str).str.replace(".", ",", regex=False).to_numpy(dtype=object),
        "",
    )
    cols["COMMENTAIRE"][:] = FICTIF_NOTE

    # parcels: 1-3 consecutive numbers of the anchor's section (neighbours, see make_parcels)
    is_par = kind == KIND_PARCELS
    count = rng.choice(np.arange(1, len(PARCEL_COUNT_SHARES) + 1), size=n, p=PARCEL_COUNT_SHARES)
    n_listed = np.zeros(n, dtype=np.int64)
    for j in range(len(PARCEL_COUNT_SHARES)):
        k = np.minimum(anchor + j, n_par - 1)
        ok = (
            is_par
            & (count > j)
            & (anchor + j < n_par)
            & (p_insee[k] == p_insee[anchor])
            & (p_section[k] == p_section[anchor])
        )
        sec = pd.Series(p_section[k]).str.lstrip("0").to_numpy(dtype=object)  # Sitadel writes «A» for section «0A»
        cols[f"SEC_CADASTRE{j + 1}"] = np.where(ok, sec, "")
        cols[f"NUM_CADASTRE{j + 1}"] = np.where(ok, _lookup(p_numero[k], numbers), "")
        n_listed += ok
    unknown = is_par & (rng.random(n) < UNKNOWN_PARCEL_SHARE)
    cols["NUM_CADASTRE1"][unknown] = "9999"  # sections hold at most 400 parcels: never in the layer

    # coordinates only (Lambert-93, some in WGS84), jittered inside the anchor parcel
    is_xy = kind == KIND_XY
    x = parcels["x"].to_numpy()[anchor] + rng.uniform(-12, 12, n)
    y = parcels["y"].to_numpy()[anchor] + rng.uniform(-12, 12, n)
    wgs = is_xy & (rng.random(n) < WGS84_SHARE)
    l93 = is_xy & ~wgs
    cols["X"][l93] = pd.Series(x[l93]).round(2).astype(str).to_numpy(dtype=object)
    cols["Y"][l93] = pd.Series(y[l93]).round(2).astype(str).to_numpy(dtype=object)
    cols["CRS"][l93] = rng.choice(np.array(["EPSG:2154", ""], dtype=object), size=int(l93.sum()))
    lon, lat = Transformer.from_crs("EPSG:2154", "EPSG:4326", always_xy=True).transform(x[wgs], y[wgs])
    cols["X"][wgs] = pd.Series(lon).round(7).astype(str).to_numpy(dtype=object)
    cols["Y"][wgs] = pd.Series(lat).round(7).astype(str).to_numpy(dtype=object)
    cols["CRS"][wgs] = "EPSG:4326"

    # a few malformed rows, every kind in turn
    bad = np.flatnonzero(rng.random(n) < MALFORMED_SHARE)
    bad_kind = np.arange(len(bad)) % len(MALFORMED_KINDS)
    extra_field = np.zeros(n, dtype=bool)
    for k, what in enumerate(MALFORMED_KINDS):
        rows = bad[bad_kind == k]
        if what == "section":
            cols["SEC_CADASTRE1"][rows], cols["NUM_CADASTRE1"][rows] = "A?", "12"
        elif what == "numero_parcelle":
            cols["SEC_CADASTRE1"][rows], cols["NUM_CADASTRE1"][rows] = "A", "12B4X"
        elif what == "commune":
            cols["COMM"][rows] = "5A9ZZ"
        elif what == "x":
            cols["X"][rows], cols["Y"][rows], cols["CRS"][rows] = "abc", "7030000", ""
        elif what == "date":
            cols["DATE_DEPOT"][rows] = "31/13/2026"
        elif what == "champ_en_trop":
            extra_field[rows] = True
        elif what == "numero_absent":
            cols["NUM_DAU"][rows] = ""
        elif what == "doublon":
            rows = rows[rows > 0]
            cols["NUM_DAU"][rows] = cols["NUM_DAU"][rows - 1]
        elif what == "type":
            cols["TYPE_DAU"][rows] = "ZZ"
        elif what == "hauteur":
            cols["HAUTEUR"][rows] = "douze mètres"
    drawn = {
        "par_parcelles": int(is_par.sum()),
        "dont_1_2_3_parcelles": [int((is_par & (n_listed == j)).sum()) for j in (1, 2, 3)],
        "dont_parcelle_absente_de_la_couche": int(unknown.sum()),
        "par_coordonnees": int(is_xy.sum()),
        "dont_wgs84": int(wgs.sum()),
        "commune_par_code": int((kind == KIND_COMMUNE).sum()),
        "commune_par_nom": int((kind == KIND_NAME).sum()),
        "sans_localisation": int((kind == KIND_NOTHING).sum()),
        "lignes_mal_formees": int(len(bad)),
        "mal_formees_par_genre": {what: int((bad_kind == k).sum()) for k, what in enumerate(MALFORMED_KINDS)},
    }
    return cols, extra_field, drawn


def write_permits(cols: dict, extra_field: np.ndarray, path: Path) -> int:
    """The Sitadel-like CSV: the demo's two header lines, every field quoted, «;»; returns the size in bytes.

    No value holds a double quote (vocabularies above, digits, codes), so fields are quoted without escaping.
    """
    header, codes = sitadel_header()
    lines = ['"' + '";"'.join(row) + '"' for row in zip(*(cols[c] for c in codes))]
    for i in np.flatnonzero(extra_field):
        lines[i] += ';"champ en trop"'
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(header)
        for start in range(0, len(lines), 50_000):
            fh.write("\n".join(lines[start : start + 50_000]) + "\n")
    return path.stat().st_size


# --------------------------------------------------------------------------- the sweep, stage by stage (child process)


class _Meter:
    """Seconds and peak RSS (VmHWM, reset at the start of each stage) per stage, and sub-timings inside stages."""

    def __init__(self, profile: bool):
        self.stages = {}
        self.subs = {}
        self.profile = profile
        self.profiles = {}
        self.current = None

    def start(self, name: str, profile: bool = True) -> None:
        self.current = name
        reset_peak()
        self._prof = None
        if self.profile and profile:
            import cProfile

            self._prof = cProfile.Profile()
            self._prof.enable()
        self._t = time.perf_counter()

    def stop(self) -> float:
        seconds = time.perf_counter() - self._t
        if self._prof is not None:
            self._prof.disable()
            self.profiles[self.current] = _profile_lines(self._prof)
        peak = status_kib("VmHWM")
        self.stages[self.current] = {
            "secondes": seconds,
            "pic_rss_octets": None if peak is None else peak * 1024,
            "mode": "complet",
        }
        self.current = None
        return seconds

    def switch(self, name: str) -> None:
        if self.current is not None:
            self.stop()
        self.start(name)

    def measure(self, func, key: str) -> float:
        """Seconds of ``func()`` alone (profiled under ``key`` with --profil)."""
        prof = None
        if self.profile:
            import cProfile

            prof = cProfile.Profile()
            prof.enable()
        t = time.perf_counter()
        func()
        seconds = time.perf_counter() - t
        if prof is not None:
            prof.disable()
            self.profiles[key] = _profile_lines(prof)
        return seconds

    def sub(self, name: str, func):
        """``func`` wrapped so that its calls add to the sub-timing ``name``."""

        def timed(*args, **kwargs):
            t = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                self.subs[name] = self.subs.get(name, 0.0) + time.perf_counter() - t

        return timed


def _profile_lines(prof, limit: int = 12) -> list:
    """The functions that take the time: own time (all code), then cumulative time (plugin code only)."""
    import io
    import pstats

    out = []
    for title, key, restrict in (
        ("temps propre", "tottime", ()),
        ("temps cumulé, code du plugin", "cumulative", ("veille_plugin",)),
    ):
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats(key).print_stats(*restrict, limit)
        lines = [line for line in buf.getvalue().splitlines() if line.strip()]
        start = next((i for i, line in enumerate(lines) if line.strip().startswith("ncalls")), 0)
        out += [f"[{title}]"] + lines[start:]
    return out


def _add(total: dict, more: dict) -> None:
    """Add the seconds of ``more`` to ``total``, key by key."""
    for key, seconds in more.items():
        total[key] = total.get(key, 0.0) + seconds


def _diff(after: dict, before: dict) -> dict:
    return {key: v - before.get(key, 0.0) for key, v in after.items() if v != before.get(key, 0.0)}


def _counts(cases_out: pd.DataFrame, n_messages: int) -> dict:
    from veille_plugin.core.sweep.run import ZONES_OUT

    return {
        "dossiers": int(len(cases_out)),
        "par_zone": {z: int((cases_out["zone"] == z).sum()) for z in ZONES_OUT},
        "par_severite": {k: int(v) for k, v in cases_out["severite"].value_counts().items()},
        "changements": {"nouveau": int(len(cases_out)), "modifié": 0, "inchangé": 0, "disparu": 0},
        "messages": n_messages,
    }


def child(work: Path, dsn, budget: float, full: bool, sample_n: int, profile: bool, seed: int) -> None:
    """The pipeline on the generated files; figures to ``work/enfant.json``, footprints to ``work/emprises.pkl``."""
    import pickle

    from veille_plugin.core.rules.case_screening import LARGE_BATCH
    from veille_plugin.core.sweep import run as sweep
    from veille_plugin.core.register import open_register
    from veille_plugin.core.rules.catalogue import load_catalogue

    ref = load_reference()
    for layer in (ref.components, ref.buffer_zone, ref.elements, ref.mh_abords, ref.communes):
        len(layer)
    catalogue = load_catalogue()
    csv_path, parcels_path = work / "permis_fictifs_sitadel.csv", work / "parcelles_fictives.gpkg"
    setup_peak = status_kib("VmHWM")
    meter = _Meter(profile)

    # ---- the sweep's own public stages, as run_sweep chains them (nothing patched: each stage reports its seconds)
    details = {}
    meter.start("import")
    imported = sweep.import_sources([sweep.SourceSpec(str(csv_path), name="sitadel")], details=details)
    meter.stop()
    permits = imported.permits
    meter.start("geolocalisation")
    geo = sweep.locate_permits(permits, ref, str(parcels_path), details)
    meter.stop()
    meter.start("analyse")
    # no alert in a fresh register: R12 evaluated against an empty danger list
    cs = sweep.screen_permits(permits, geo, ref, catalogue, DISTANCE_M, danger_list=set())
    meter.stop()
    meter.start("lignes")
    rows = sweep.register_rows(permits, geo, cs, ref, catalogue)
    meter.stop()
    meter.subs.update(details)
    meter.subs.update(cs.timings)
    pair_calls = cs.screening.queries
    n_rows = len(rows)
    messages = list(imported.messages) + list(geo.messages)
    # what the parent needs from the import, the geolocation and the screening, taken now (untimed); then they go,
    # as run_sweep lets them go once the rows are built, so that the later stages' peaks are those of a real sweep
    res, ok = cs.screening, np.asarray(cs.screening.ok, dtype=bool)
    zone = np.asarray(res.zone, dtype=object)[ok]
    layers = {c["couche"]: c for c in pair_calls}
    engine = {
        "emprises": int(ok.sum()),
        "distance_m": res.distance,
        "distance_max_plus_proche_m": DISTANCE_M if n_rows > LARGE_BATCH else None,
        "secondes": res.seconds,
        "requetes": pair_calls,
        "couples": {"composantes": int(res.component_pairs.shape[1]), "elements": int(res.element_pairs.shape[1])}
        | {name: layers[name]["couples"] for name in ("composantes", "zone_tampon", "elements") if name in layers},
        "zones": {
            "bien": int((zone == "bien").sum()),
            "zone_tampon": int((zone == "zone_tampon").sum()),
            "hors": int((zone == "hors").sum()),
        },
    }
    import_figures = {"dossiers_lus": int(imported.read), "messages": len(imported.messages)}
    geo_figures = {k_: int(v) for k_, v in geo.counts().items()} | {"messages": len(geo.messages)}
    footprints = np.asarray(cs.cases.geometries, dtype=object)[ok]
    with (work / "emprises.pkl").open("wb") as fh:  # shared commune polygons are pickled once (memo)
        pickle.dump(footprints, fh, protocol=pickle.HIGHEST_PROTOCOL)
    del imported, permits, geo, cs, res, ok, zone, footprints

    # ---- register: a fresh GeoPackage, always at full scale (the sweep's single transaction)
    t = time.perf_counter()
    reg = open_register(str(work / "registre_veille.gpkg"))
    created = time.perf_counter() - t
    meter.start("registre_gpkg")
    record = reg.record_sweep(rows, [str(csv_path)], ["sitadel"], catalogue.version, ref.version, AUTHOR)
    meter.stop()
    meter.stages["registre_gpkg"]["creation_secondes"] = created
    if record.upsert["nouveau"] != n_rows:
        sys.exit(f"Registre GeoPackage : {record.upsert['nouveau']} dossiers nouveaux au lieu de {n_rows}.")
    sweep_id = record.sweep_id
    cases_out, _changes = sweep.sweep_news(rows, record)
    counts = _counts(cases_out, len(messages))

    # ---- two samples (the same for every budgeted stage), for the projections
    rng = np.random.default_rng(seed + 2)
    sizes = [size for size in (sample_n, 2 * sample_n) if size < n_rows]
    samples = [
        rows.iloc[np.sort(rng.choice(n_rows, size=size, replace=False))].reset_index(drop=True) for size in sizes
    ]

    def project(points: list) -> float:
        """Seconds for all the rows from (size, seconds) of the samples: affine through the two points (fixed costs,
        capped report tables), linear from the larger sample when the slope comes out flat or negative (noise)."""
        (k1, t1), (k2, t2) = points[0], points[-1]
        slope = (t2 - t1) / (k2 - k1) if k2 > k1 else 0.0
        return t1 + slope * (n_rows - k1) if slope > 0 else t2 * n_rows / k2

    def budgeted(name, run_sample, run_full):
        """``run_sample(batch, i)`` / ``run_full()`` return the seconds of the measured call. Full run when forced, when
        the batch is no larger than the samples, or when the projection stays within the budget; else the projection."""
        measured = []
        if not full and sizes:
            for i, batch in enumerate(samples):
                before = dict(meter.subs)
                measured.append(
                    {"dossiers": len(batch), "secondes": run_sample(batch, i), "detail": _diff(meter.subs, before)}
                )
                if measured[0]["secondes"] * n_rows / sizes[0] <= budget:
                    break  # even a linear projection from the small sample fits: no need for the second one
            if len(measured) == 2:
                projected = project([(m["dossiers"], m["secondes"]) for m in measured])
                if projected > budget:
                    keys = set().union(*(m["detail"] for m in measured))
                    detail = {
                        key: project([(m["dossiers"], m["detail"].get(key, 0.0)) for m in measured]) for key in keys
                    }
                    meter.stages[name] = {
                        "secondes": projected,
                        "pic_rss_octets": None,
                        "mode": "projection",
                        "echantillons": measured,
                        "detail": detail,
                    }
                    return
        before = dict(meter.subs)
        meter.start(name, profile=False)
        seconds = run_full()
        meter.stop()
        meter.stages[name].update({"secondes": seconds, "detail": _diff(meter.subs, before)})
        if measured:
            meter.stages[name]["echantillons"] = measured

    # ---- outputs: cases.csv, cases.gpkg, rapport.html, messages.txt (write_outputs reports its inner seconds)
    def outputs_sample(batch, i):
        reg_s = open_register(
            str(work / f"registre_echantillon_{i}.gpkg")
        )  # the sample's own register (the report reads it)
        rec = reg_s.record_sweep(batch, [str(csv_path)], ["sitadel"], catalogue.version, ref.version, AUTHOR)
        cases_s, _changes = sweep.sweep_news(batch, rec)
        msgs = messages[: len(messages) * len(batch) // n_rows]
        inner = {}
        seconds = meter.measure(
            lambda: sweep.write_outputs(
                cases_s,
                work / f"sorties_echantillon_{i}",
                reg_s,
                rec.sweep_id,
                _counts(cases_s, len(msgs)),
                msgs,
                ref,
                catalogue,
                details=inner,
            ),
            f"sorties (échantillon de {len(batch)})",
        )
        _add(meter.subs, inner)
        reg_s.close()
        return seconds

    def outputs_full():
        inner = {}
        seconds = meter.measure(
            lambda: sweep.write_outputs(
                cases_out, work / "sorties", reg, sweep_id, counts, messages, ref, catalogue, details=inner
            ),
            "sorties",
        )
        _add(meter.subs, inner)
        return seconds

    budgeted("sorties", outputs_sample, outputs_full)
    reg.finish_sweep(sweep_id, counts)
    # ---- the same rows again into the filled register: every case known, nothing changed (reported apart)
    meter.start("registre_gpkg_2")
    again = reg.record_sweep(rows, [str(csv_path)], ["sitadel"], catalogue.version, ref.version, AUTHOR)
    meter.stop()
    if again.upsert["inchangé"] != n_rows:
        sys.exit(f"Registre GeoPackage, second balayage : {again.upsert['inchangé']} inchangés au lieu de {n_rows}.")
    reg.finish_sweep(again.sweep_id, counts)
    reg.close()

    # ---- register: a fresh PostGIS schema, in full at every size (connection and migrations not timed), then the
    # same rows again into the filled schema
    if dsn:
        reg_pg = open_register(dsn, schema="banc")
        for name in ("registre_postgis", "registre_postgis_2"):
            meter.start(name)
            rec_pg = reg_pg.record_sweep(rows, [str(csv_path)], ["sitadel"], catalogue.version, ref.version, AUTHOR)
            meter.stop()
            expected = rec_pg.upsert["nouveau" if name == "registre_postgis" else "inchangé"]
            if expected != n_rows:
                sys.exit(f"Registre PostGIS ({name}) : {expected} dossiers au lieu de {n_rows}.")
            reg_pg.finish_sweep(rec_pg.sweep_id, counts)
        reg_pg.close()

    # ---- what the parent needs: the engine's figures (the footprints it screened are already dumped)
    figures = {
        "n_lignes_registre": n_rows,
        "import": import_figures,
        "geolocalisation": geo_figures,
        "messages_total": counts["messages"],
        "par_zone": counts["par_zone"],
        "par_severite": counts["par_severite"],
        "etapes": meter.stages,
        "detail": meter.subs,
        "pic_rss_preparation_octets": None if setup_peak is None else setup_peak * 1024,
        "moteur": engine,
        "profils": meter.profiles,
    }
    (work / "enfant.json").write_text(json.dumps(figures, ensure_ascii=False, default=str), encoding="utf-8")


def run_child(work: Path, args, dsn) -> dict:
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--enfant",
        str(work),
        "--budget",
        str(args.budget),
        "--echantillon",
        str(args.echantillon),
        "--seed",
        str(args.seed),
    ]
    if dsn:
        cmd += ["--dsn", dsn]
    if args.complet:
        cmd.append("--complet")
    if args.profil:
        cmd.append("--profil")
    proc = subprocess.run(cmd, check=False, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout[-4000:] + proc.stderr[-8000:])
        sys.exit(f"Le balayage (processus enfant) a échoué (code {proc.returncode}).")
    return json.loads((work / "enfant.json").read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- the screening compared (parent process)

COMPARED = (("composantes", "composantes"), ("zone_tampon", "zone tampon"), ("elements", "éléments"))


def _layers(ref) -> dict:
    return {"composantes": ref.components, "zone_tampon": ref.buffer_zone, "elements": ref.elements}


def run_geopandas(footprints: np.ndarray, ref, budget: float, full: bool, sample_n: int, seed: int) -> dict:
    """GeoPandas ``sjoin(predicate="intersects")`` of the footprints against each layer, two ways (as in bench.py).

    « optimisé »: the spatial index built once on the footprints (timed) and the reference layer on the left, so
    each reference geometry is prepared once and queried against the footprints' tree (what the engine does);
    « usuel »: the footprints on the left, so the index is built on the small reference layer and every footprint
    is tested against the unprepared reference polygons (the usual way of writing it). The usual way is first
    timed on a random sample of ``sample_n`` footprints: beyond ``budget`` seconds projected, the projection is
    reported (--complet forces the full run); its pairs are checked against the optimised way's on the same
    footprints. Fresh GeoDataFrames (built untimed) for each way, so no index survives from the other."""
    import geopandas as gpd

    refs = {
        name: gpd.GeoDataFrame(geometry=np.asarray(layer.geometries), crs=CRS) for name, layer in _layers(ref).items()
    }
    warm = gpd.GeoDataFrame(geometry=footprints[:2000], crs=CRS)  # lazy imports, untimed
    for frame in refs.values():
        gpd.sjoin(warm, frame, predicate="intersects")
        gpd.sjoin(frame, warm, predicate="intersects")
    n = len(footprints)

    fps = gpd.GeoDataFrame(geometry=footprints, crs=CRS)
    opt = {"secondes": {}, "couples": {}}
    hits = {}  # footprint index of every (footprint, entity) pair
    t = time.perf_counter()
    fps.sindex  # noqa: B018 -- built here, timed, then used by the three joins
    opt["index_emprises_secondes"] = time.perf_counter() - t
    for name, _ in COMPARED:
        t = time.perf_counter()
        joined = gpd.sjoin(refs[name], fps, predicate="intersects")
        opt["secondes"][name] = time.perf_counter() - t
        opt["couples"][name] = int(len(joined))
        hits[name] = joined["index_right"].to_numpy()
        joined = None
    fps = None
    bien = np.unique(hits["composantes"])
    tampon = np.setdiff1d(np.unique(hits["zone_tampon"]), bien)
    opt["zones"] = {"bien": int(len(bien)), "zone_tampon": int(len(tampon)), "hors": int(n - len(bien) - len(tampon))}

    def usual_run(idx):
        frame = gpd.GeoDataFrame(geometry=footprints if idx is None else footprints[idx], crs=CRS)
        seconds, pairs = {}, {}
        for name, _ in COMPARED:
            t = time.perf_counter()
            joined = gpd.sjoin(frame, refs[name], predicate="intersects")
            seconds[name] = time.perf_counter() - t
            pairs[name] = int(len(joined))
        return seconds, pairs

    usual = {"mode": "complet"}
    if not full and sample_n < n:
        idx = np.sort(np.random.default_rng(seed + 3).choice(n, size=sample_n, replace=False))
        seconds, pairs = usual_run(idx)
        usual["echantillon"] = {
            "emprises": sample_n,
            "secondes": seconds,
            "couples": pairs,
            "couples_optimise_memes_emprises": {name: int(np.isin(hits[name], idx).sum()) for name, _ in COMPARED},
        }
        if sum(seconds.values()) * n / sample_n > budget:
            usual.update(
                {
                    "mode": "projection",
                    "secondes": {name: v * n / sample_n for name, v in seconds.items()},
                    "couples": {},
                }
            )
            return {"geopandas_optimise": opt, "geopandas_usuel": usual}
    usual["secondes"], usual["couples"] = usual_run(None)
    return {"geopandas_optimise": opt, "geopandas_usuel": usual}


def _copy_binary(geoms: np.ndarray, srid: int = SRID) -> bytes:
    """A PostgreSQL binary COPY stream of (fid integer, geom geometry): EWKB with the SRID spliced into the WKB
    header."""
    import struct

    srid_bytes = struct.pack("<I", srid)
    row_head = struct.Struct(">hiii").pack  # 2 fields; fid: length 4 and value; geom: length
    parts = [b"PGCOPY\n\xff\r\n\x00" + struct.pack(">ii", 0, 0)]
    for i, wkb in enumerate(shapely.to_wkb(geoms, byte_order=1).tolist()):  # little endian
        gtype = int.from_bytes(wkb[1:5], "little") | 0x20000000  # EWKB flag: SRID follows
        parts.append(row_head(2, 4, i, len(wkb) + 4))
        parts.append(wkb[:1] + gtype.to_bytes(4, "little") + srid_bytes + wkb[5:])
    parts.append(struct.pack(">h", -1))
    return b"".join(parts)


def run_postgis(dsn: str, footprints: np.ndarray, ref) -> dict:
    """Footprints and reference layers loaded by COPY (binary), GiST indexes, ANALYZE, then one ``ST_Intersects``
    join per layer (``SELECT count(*)``, timed by psycopg2 around ``execute`` + ``fetchone``)."""
    import io

    import psycopg2

    load, query, pairs, plans = {}, {}, {}, {}
    conn = psycopg2.connect(dsn)
    cur = conn.cursor()
    cur.execute("SELECT current_setting('server_version'), postgis_lib_version(), postgis_geos_version()")
    server, postgis, geos = cur.fetchone()
    t = time.perf_counter()
    stream = _copy_binary(footprints)
    load["flux_copy_client"] = time.perf_counter() - t
    t = time.perf_counter()
    cur.execute(f"CREATE TABLE emprises (fid integer, geom geometry(Geometry, {SRID}))")
    cur.copy_expert("COPY emprises (fid, geom) FROM STDIN (FORMAT binary)", io.BytesIO(stream))
    conn.commit()
    load["copy_emprises"] = time.perf_counter() - t
    size = len(stream)
    stream = None
    t = time.perf_counter()
    for name, layer in _layers(ref).items():
        cur.execute(f"CREATE TABLE {name} (fid integer, geom geometry(Geometry, {SRID}))")
        cur.copy_expert(
            f"COPY {name} (fid, geom) FROM STDIN (FORMAT binary)",
            io.BytesIO(_copy_binary(np.asarray(layer.geometries))),
        )
    conn.commit()
    load["copy_references"] = time.perf_counter() - t
    t = time.perf_counter()
    cur.execute("CREATE INDEX emprises_geom ON emprises USING gist (geom)")
    conn.commit()
    load["gist_emprises"] = time.perf_counter() - t
    t = time.perf_counter()
    for name in _layers(ref):
        cur.execute(f"CREATE INDEX {name}_geom ON {name} USING gist (geom)")
    conn.commit()
    load["gist_references"] = time.perf_counter() - t
    t = time.perf_counter()
    cur.execute("ANALYZE emprises")
    for name in _layers(ref):
        cur.execute(f"ANALYZE {name}")
    conn.commit()
    load["analyze"] = time.perf_counter() - t
    cur.execute("SELECT pg_total_relation_size('emprises')")
    table_bytes = int(cur.fetchone()[0])
    for name, _ in COMPARED:
        sql = f"SELECT count(*) FROM emprises e JOIN {name} r ON ST_Intersects(e.geom, r.geom)"
        cur.execute("EXPLAIN (COSTS OFF) " + sql)
        plans[name] = [line for (line,) in cur.fetchall() if not line.startswith(("JIT", "  Functions", "  Options"))]
        t = time.perf_counter()
        cur.execute(sql)
        pairs[name] = int(cur.fetchone()[0])
        query[name] = time.perf_counter() - t
    conn.close()
    return {
        "chargement_secondes": load,
        "requetes_secondes": query,
        "couples": pairs,
        "plans": plans,
        "flux_copy_octets": size,
        "table_emprises_octets": table_bytes,
        "versions": {"postgresql": server, "postgis": postgis, "geos": geos},
    }


# --------------------------------------------------------------------------- report (French)

STAGES = (
    ("import", "1. Import Sitadel (read_permits)"),
    ("geolocalisation", "2. Géolocalisation (ParcelIndex + geolocate)"),
    ("analyse", "3. Analyse et règles (screen_cases)"),
    ("lignes", "4. Table des cas, lignes du registre"),
    ("registre_gpkg", "5. Registre GeoPackage (record_sweep)"),
    ("sorties", "6. Sorties et rapport (write_outputs)"),
    ("registre_postgis", "7. Registre PostGIS (record_sweep)"),
)
#: Second sweep of the same rows into the filled registers: reported apart, not part of the pipeline's total
AGAIN = (
    ("registre_gpkg_2", "Registre GeoPackage rempli, mêmes permis (record_sweep)"),
    ("registre_postgis_2", "Registre PostGIS rempli, mêmes permis (record_sweep)"),
)
SUBS = {
    "import": (("read_permits", "read_permits"),),
    "geolocalisation": (("index", "index des parcelles (ParcelIndex.from_file)"), ("geolocate", "geolocate")),
    "analyse": (
        ("prepare_geometries", "prepare_geometries"),
        ("screen_geometries", "screen_geometries (analyse de localisation seule)"),
        ("make_cases", "make_cases"),
        ("evaluate_rules", "evaluate_rules (règles)"),
        ("assess_impact", "assess_cases (priorité, évaluation d'impact)"),
    ),
    "sorties": (
        ("write_gpkg_layer", "couche cases.gpkg (write_gpkg_layer)"),
        ("report_html", "rapport.html (report_html)"),
        ("reste", "cases.csv, messages.txt, tri"),
    ),
}


def _fr_s(value) -> str:
    return "–" if value is None else fr_num(value, 1)


def stage_rows(fig: dict) -> list:
    """(label, seconds, stage dict or None, is_sub) for the stage table, sub-timings under their stage."""
    rows = []
    detail = fig["detail"]
    for key, label in STAGES:
        st = fig["etapes"].get(key)
        if st is None:
            continue
        rows.append((label, st["secondes"], st, False))
        for sub, sub_label in SUBS.get(key, ()):
            if key == "geolocalisation" and sub == "index":
                value = detail.get("parcel_index", 0.0)
            elif key == "sorties":
                parts = st.get("detail", {})
                value = (
                    parts.get(sub)
                    if sub != "reste"
                    else st["secondes"] - parts.get("write_gpkg_layer", 0.0) - parts.get("report_html", 0.0)
                )
            else:
                value = detail.get(sub)
            if value is not None:
                rows.append(("     " + sub_label, value, None, True))
    return rows


def report(args, n_permits, fig, gp, pg, pg_error) -> dict:
    n = fig["n_lignes_registre"]
    eng = fig["moteur"]
    scale = n_permits / 1_000_000
    print()
    print(
        f"Étapes du balayage ({fr_int(n)} dossiers retenus ; processus enfant : les étapes publiques de run_sweep "
        "enchaînées comme il les enchaîne, rien de remplacé, temps internes rapportés par le code lui-même) :"
    )
    w = 58
    print(f"  {'':{w}}{'Temps (s)':>12}{'Dossiers/s':>14}{'Pic RSS':>12}")
    slow, projected = [], []
    for label, seconds, st, is_sub in stage_rows(fig):
        if is_sub:
            print(f"  {label:{w}}{_fr_s(seconds):>12}")
            continue
        proj = st["mode"] == "projection"
        cell = ("≈ " if proj else "") + _fr_s(seconds)
        rate = fr_int(round(n / seconds)) if seconds else "–"
        print(f"  {label:{w}}{cell:>12}{rate:>14}{fr_mo(st.get('pic_rss_octets')):>12}")
        if proj:
            projected.append((label, st))
        if seconds / max(scale, 1e-9) > SLOW_S:
            slow.append((label, seconds))
    pipeline = {k: v for k, v in fig["etapes"].items() if k not in dict(AGAIN)}
    total = sum(st["secondes"] for st in pipeline.values())
    peak = max([v["pic_rss_octets"] or 0 for v in pipeline.values()] + [fig["pic_rss_preparation_octets"] or 0])
    total_label = "Total des étapes" + (" (projections comprises)" if projected else "")
    print(f"  {total_label:{w}}{_fr_s(total):>12}{fr_int(round(n / total)):>14}")
    # the yardstick: the sweep as a user runs it, from the CSV to the GeoPackage register and every output
    # (stages 1 to 6; PostGIS is the other register, said apart)
    gpkg_sweep = total - sum(st["secondes"] for k, st in pipeline.items() if k == "registre_postgis")
    print(
        f"  Balayage complet, du CSV au registre GeoPackage et à toutes les sorties (étapes 1 à 6) : "
        f"{fr_num(gpkg_sweep, 1)} s pour {fr_int(n)} dossiers (objectif du ticket 29 : 60 s pour 1 000 000 "
        "sur 2 cœurs, pointe sous 2 Go)"
    )
    print(
        f"  Mémoire de pointe du processus du balayage (VmHWM) : {fr_mo(peak)}"
        + (" (étapes projetées non comprises)" if projected else ", toutes étapes")
        + " ; « Pic RSS » : pic de chaque étape, compteur remis à zéro au début de l'étape."
    )
    reg = fig["etapes"]["registre_gpkg"]
    print(
        f"  Registre GeoPackage neuf (création et migrations : {fr_num(reg.get('creation_secondes', 0.0), 1)} s, hors "
        "étape)."
    )
    for label, st in projected:
        ech = st["echantillons"]
        print(
            f"  ≈ {label.split('. ', 1)[1]} : projection affine (coûts fixes compris) par deux échantillons tirés au "
            "hasard, "
            + " et ".join(f"{fr_int(e['dossiers'])} dossiers en {fr_num(e['secondes'], 2)} s" for e in ech)
            + f" ; au-delà du budget de {fr_int(round(args.budget))} s, pas de passe complète (--complet pour la "
            "forcer). Pic mémoire non mesuré pour cette étape."
        )
    for key in ("sorties", "registre_postgis"):
        st = fig["etapes"].get(key)
        if st and st["mode"] == "complet" and st.get("echantillons"):
            e = st["echantillons"][0]
            print(
                f"  {dict(STAGES)[key].split('. ', 1)[1]} : échantillon de {fr_int(e['dossiers'])} en "
                f"{fr_num(e['secondes'], 2)} s, projection dans le budget : passe complète mesurée."
            )
    if "registre_postgis" not in fig["etapes"]:
        print(f"  Registre PostGIS non mesuré : {pg_error or 'désactivé (--sans-postgis)'}.")
    else:
        pg_s, gpkg_s = fig["etapes"]["registre_postgis"]["secondes"], reg["secondes"]
        print(
            f"  Registre PostGIS (record_sweep) : {fr_num(pg_s, 1)} s, soit {fr_num(pg_s / gpkg_s, 1)} × le registre "
            f"GeoPackage ({fr_num(gpkg_s, 1)} s) ; COPY dans une table de transit, puis UPDATE … FROM et "
            "INSERT … SELECT, une seule transaction."
        )
    for key, label in AGAIN:
        st = fig["etapes"].get(key)
        if st:
            print(
                f"  Second balayage, hors total — {label} : {fr_num(st['secondes'], 1)} s "
                f"({fr_int(round(n / st['secondes'])) if st['secondes'] else '–'} dossiers/s, pic RSS "
                f"{fr_mo(st.get('pic_rss_octets'))}) ; tous les dossiers connus, aucun changement."
            )
    geo = fig["geolocalisation"]
    print(
        f"  Géolocalisation : {fr_int(geo['parcelles'])} par parcelles, {fr_int(geo['coordonnees'])} par coordonnées, "
        f"{fr_int(geo['commune'])} à la commune, "
        f"{fr_int(geo['non_localise'])} non localisés ; {fr_int(fig['messages_total'])} messages (import et "
        "géolocalisation)."
    )
    zones = fig["par_zone"]
    print(
        f"  Zones : {fr_int(zones.get('bien', 0))} dans le Bien, {fr_int(zones.get('zone_tampon', 0))} en zone "
        f"tampon, {fr_int(zones.get('hors', 0))} hors, "
        f"{fr_int(zones.get('non_localise', 0))} non localisés ; sévérités : "
        + ", ".join(f"{k} {fr_int(v)}" for k, v in sorted(fig["par_severite"].items()))
        + "."
    )

    # ---- screening compared
    m = eng["emprises"]
    print()
    print(
        f"Analyse de localisation comparée : mêmes {fr_int(m)} emprises géolocalisées (parcelles, points, communes "
        "entières), mêmes couches, intersection."
    )
    sides = ["moteur", "geopandas_usuel", "geopandas_optimise"] + (["postgis"] if pg else [])
    heads = {
        "moteur": "Moteur",
        "geopandas_usuel": "GeoPandas usuel",
        "geopandas_optimise": "GeoPandas optimisé",
        "postgis": "PostGIS",
    }
    per = {side: {} for side in sides}
    for call in eng["requetes"]:
        if call["couche"] in ("composantes", "zone_tampon", "elements"):
            per["moteur"][call["couche"]] = per["moteur"].get(call["couche"], 0.0) + call["secondes"]
    per["geopandas_usuel"] = gp["geopandas_usuel"]["secondes"]
    per["geopandas_optimise"] = gp["geopandas_optimise"]["secondes"]
    if pg:
        per["postgis"] = pg["requetes_secondes"]
    totals = {side: sum(per[side].values()) for side in sides}
    totals["geopandas_optimise"] += gp["geopandas_optimise"]["index_emprises_secondes"]
    w, c = 44, 20
    print(f"  {'':{w}}" + "".join(f"{heads[s]:>{c}}" for s in sides))
    usual = gp["geopandas_usuel"]
    approx = {s: "≈ " if s == "geopandas_usuel" and usual["mode"] == "projection" else "" for s in sides}
    for name, label in COMPARED:
        print(
            f"  {label + ' (s)':{w}}"
            + "".join(f"{approx[s] + fr_num(per[s].get(name, float('nan')), 2):>{c}}" for s in sides)
        )
    idx = {
        "moteur": "(dans l'appel)",
        "geopandas_usuel": "–",
        "geopandas_optimise": fr_num(gp["geopandas_optimise"]["index_emprises_secondes"], 2),
        "postgis": "(chargement)",
    }
    print(f"  {'index spatial des emprises (s)':{w}}" + "".join(f"{idx[s]:>{c}}" for s in sides))
    print(f"  {'total, trois couches (s)':{w}}" + "".join(f"{approx[s] + fr_num(totals[s], 2):>{c}}" for s in sides))
    ratios = {s: totals[s] / totals["moteur"] for s in sides if s != "moteur"}
    print(
        f"  {'rapport au moteur (trois couches)':{w}}"
        + "".join(f"{'' if s == 'moteur' else approx[s] + fr_num(ratios[s], 2) + ' ×':>{c}}" for s in sides)
    )
    full = eng["secondes"]
    ratios_full = {s: totals[s] / full for s in sides if s != "moteur"}
    print(f"  {'appel complet du moteur (s) ¹':{w}}{fr_num(full, 2):>{c}}")
    print(
        f"  {'rapport à l’appel complet du moteur':{w}}"
        + "".join(f"{'' if s == 'moteur' else approx[s] + fr_num(ratios_full[s], 2) + ' ×':>{c}}" for s in sides)
    )
    nearest = eng["distance_max_plus_proche_m"]
    nearest = "None" if nearest is None else fr_int(round(nearest))
    print(
        f"  ¹ screen_geometries(distance={fr_int(round(eng['distance_m']))}, "
        f"nearest_max_distance={nearest}) "
        "tel que screen_cases l'appelle : index des emprises, composantes, zone tampon, éléments, abords MH, éléments "
        "à moins de 500 m avec distances, "
        "élément le plus proche ; les lignes par couche sont les requêtes de cet appel (STRtree des emprises "
        "construit une fois, compté dans l'appel complet)."
    )
    print(
        "  GeoPandas optimisé : index construit une fois sur les emprises, sjoin(couche, emprises) ; usuel : "
        "sjoin(emprises, couche), index sur la couche, polygones de référence non préparés. "
        "PostGIS : SELECT count(*) … JOIN … ON ST_Intersects, GiST des deux côtés, temps psycopg2 (execute + "
        "fetchone). Une exécution par côté et par couche."
    )
    if usual["mode"] == "projection":
        ech = usual["echantillon"]
        print(
            f"  ≈ GeoPandas usuel : projection linéaire, {fr_int(ech['emprises'])} emprises tirées au hasard mesurées "
            f"en {fr_num(sum(ech['secondes'].values()), 2)} s "
            f"(× {fr_num(m / ech['emprises'], 1)}) ; au-delà du budget de {fr_int(round(args.budget))} s, pas de "
            "passe complète (--complet pour la forcer)."
        )
    if pg:
        ld = pg["chargement_secondes"]
        print(
            f"  PostGIS {pg['versions']['postgis']} (PostgreSQL {pg['versions']['postgresql']}, GEOS "
            f"{pg['versions']['geos']}), chargement hors requêtes : "
            f"flux COPY binaire côté client {fr_num(ld['flux_copy_client'], 1)} s ({fr_mo(pg['flux_copy_octets'])}) ; "
            f"COPY des emprises {fr_num(ld['copy_emprises'], 1)} s ; "
            f"couches de référence {fr_num(ld['copy_references'], 1)} s ; index GiST emprises "
            f"{fr_num(ld['gist_emprises'], 1)} s, références {fr_num(ld['gist_references'], 1)} s ; "
            f"ANALYZE {fr_num(ld['analyze'], 1)} s ; total {fr_num(sum(ld.values()), 1)} s (table "
            f"{fr_mo(pg['table_emprises_octets'])})."
        )
        for name, label in COMPARED:
            steps = [
                line.strip().removeprefix("->").strip()
                for line in pg["plans"][name]
                if any(w in line for w in ("Scan", "Loop", "Join", "Aggregate", "Gather"))
            ]
            print(f"  Plan PostGIS, {label} : " + " → ".join(steps))
    elif pg_error:
        print(f"  PostGIS non mesuré : {pg_error}.")

    print(
        "\nConcordance des couples (emprise, entité) : moteur / GeoPandas usuel / GeoPandas "
        f"optimisé{' / PostGIS' if pg else ''} :"
    )
    checks = []
    for name, label in COMPARED:
        values = [eng["couples"].get(name), usual["couples"].get(name), gp["geopandas_optimise"]["couples"][name]] + (
            [pg["couples"][name]] if pg else []
        )
        compared = [v for k_, v in enumerate(values) if not (k_ == 1 and usual["mode"] == "projection")]
        ok = all(v == compared[0] for v in compared) and compared[0] is not None
        checks.append({"verification": f"couples {label}", "ok": ok, "valeurs": values})
        print(f"  {'OK' if ok else 'ÉCART':<7}{label} : " + " / ".join("–" if v is None else fr_int(v) for v in values))
    if "echantillon" in usual:
        ech = usual["echantillon"]
        a, b = (
            [ech["couples"][name] for name, _ in COMPARED],
            [ech["couples_optimise_memes_emprises"][name] for name, _ in COMPARED],
        )
        ok = a == b
        checks.append(
            {
                "verification": "GeoPandas usuel sur l'échantillon = GeoPandas optimisé sur les mêmes emprises",
                "ok": ok,
                "valeurs": [a, b],
            }
        )
        print(
            f"  {'OK' if ok else 'ÉCART':<7}GeoPandas usuel, échantillon de {fr_int(ech['emprises'])} emprises, mêmes "
            "couples que GeoPandas optimisé sur ces emprises "
            f"({' / '.join(label for _, label in COMPARED)}) : "
            + " / ".join(fr_int(v) for v in a)
            + ("" if ok else " contre " + " / ".join(fr_int(v) for v in b))
        )
    zg, ze = gp["geopandas_optimise"]["zones"], eng["zones"]
    ok = zg == ze
    checks.append({"verification": "effectifs par zone (moteur, GeoPandas)", "ok": ok, "valeurs": [ze, zg]})
    print(
        f"  {'OK' if ok else 'ÉCART':<7}effectifs par zone, moteur et GeoPandas (Bien / zone tampon / hors) : "
        + " / ".join(fr_int(ze[z]) for z in ("bien", "zone_tampon", "hors"))
        + ("" if ok else " (GeoPandas : " + " / ".join(fr_int(zg[z]) for z in ("bien", "zone_tampon", "hors")) + ")")
    )

    if slow:
        print(
            f"\nÉtapes au-delà de {fr_int(round(SLOW_S))} s pour 1 000 000 "
            f"dossiers{'' if n_permits == 1_000_000 else ' (mesure ramenée à 1 000 000, indicatif)'} : "
            + " ; ".join(f"{label.split('. ', 1)[1]} ({fr_num(seconds / scale, 0)} s)" for label, seconds in slow)
            + ". Détail des fonctions : --profil."
        )
    if fig.get("profils"):
        for key, lines in fig["profils"].items():
            print(f"\nProfil de l'étape « {key} » (cProfile, temps propre, 14 premières fonctions) :")
            for line in lines:
                print("  " + line)
    all_ok = all(ch["ok"] for ch in checks)
    return {
        "stages_total_s": total,
        "peak": peak,
        "ratios": ratios,
        "ratios_full": ratios_full,
        "totals": totals,
        "per_layer": per,
        "checks": checks,
        "all_ok": all_ok,
        "slow": slow,
    }


# --------------------------------------------------------------------------- main


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        description="Mesure le balayage hebdomadaire (import, géolocalisation, analyse, règles, registre, sorties) "
        "sur des permis FICTIFS, "
        "et l'analyse de localisation face à GeoPandas et PostGIS."
    )
    parser.add_argument("--n", type=int, default=DEFAULT_N, help=f"nombre de permis fictifs (défaut : {DEFAULT_N})")
    parser.add_argument(
        "--parcelles",
        type=int,
        default=DEFAULT_PARCELS,
        help=f"nombre de parcelles fictives (défaut : {DEFAULT_PARCELS})",
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"graine du tirage (défaut : {DEFAULT_SEED})")
    parser.add_argument(
        "--budget",
        type=float,
        default=DEFAULT_BUDGET_S,
        help="au-delà de cette durée projetée (s), les sorties ne sont mesurées que sur un échantillon (défaut : 60)",
    )
    parser.add_argument(
        "--echantillon",
        type=int,
        default=DEFAULT_SAMPLE,
        help=f"taille de l'échantillon des projections (défaut : {DEFAULT_SAMPLE})",
    )
    parser.add_argument(
        "--echantillon-emprises",
        type=int,
        default=DEFAULT_SAMPLE_FOOTPRINTS,
        help=f"échantillon d'emprises de GeoPandas usuel (défaut : {DEFAULT_SAMPLE_FOOTPRINTS})",
    )
    parser.add_argument("--complet", action="store_true", help="toutes les étapes en entier, sans projection (long)")
    parser.add_argument("--profil", action="store_true", help="profiler chaque étape du balayage (cProfile)")
    parser.add_argument("--sans-postgis", action="store_true", help="ne pas démarrer PostgreSQL/PostGIS")
    parser.add_argument(
        "--garder", action="store_true", help="garder le dossier temporaire (données, registres, sorties)"
    )
    parser.add_argument(
        "--out", type=Path, default=ROOT / "out" / "bench", help="dossier du fichier JSON (défaut : out/bench)"
    )
    parser.add_argument("--enfant", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--dsn", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if min(args.n, args.parcelles, args.echantillon, args.echantillon_emprises) < 1:
        parser.error("--n, --parcelles et --echantillon doivent être positifs")
    if args.enfant:
        child(args.enfant, args.dsn, args.budget, args.complet, args.echantillon, args.profil, args.seed)
        return 0

    import pickle
    import shutil

    started = time.perf_counter()
    ref = load_reference()
    print(
        f"Banc d'essai du balayage hebdomadaire : {fr_int(args.n)} permis FICTIFS (aucune donnée réelle), import → "
        "géolocalisation par les parcelles → analyse → règles → registre → sorties."
    )
    work = Path(tempfile.mkdtemp(prefix="banc_balayage_"))
    cluster = dsn = pg_error = None
    try:
        t = time.perf_counter()
        rng = np.random.default_rng(args.seed)
        parcels = make_parcels(ref, args.parcelles, rng)
        write_parcels(parcels, work / "parcelles_fictives.gpkg")
        t_parcels = time.perf_counter() - t
        cols, extra_field, drawn = make_permits(ref, parcels, args.n, rng)
        size = write_permits(cols, extra_field, work / "permis_fictifs_sitadel.csv")
        cols = extra_field = None
        gen = {"parcelles_s": t_parcels, "total_s": time.perf_counter() - t, "csv_octets": size}
        in_layer = {
            name: int(
                len(
                    np.unique(
                        shapely.STRtree(shapely.points(parcels["x"], parcels["y"])).query(
                            layer.geometries, predicate="intersects"
                        )[1]
                    )
                )
            )
            for name, layer in (("composantes", ref.components), ("zone_tampon", ref.buffer_zone))
        }
        print(
            f"  Données synthétiques reproductibles (graine {args.seed}), générées hors chrono en "
            f"{fr_num(gen['total_s'], 1)} s dans {work} :"
        )
        print(
            f"    parcelles : {fr_int(len(parcels))} carrés de {fr_int(round(CELL_M))} m (GeoPackage, identifiants "
            "Etalab à 14 caractères, code INSEE réel de la commune "
            f"de chaque parcelle parmi les {fr_int(len(ref.communes))} du bassin minier, sections de 600 m), dont "
            f"{fr_int(in_layer['composantes'])} dans les composantes du Bien "
            f"et {fr_int(in_layer['zone_tampon'])} dans la zone tampon ;"
        )
        par = drawn["dont_1_2_3_parcelles"]
        print(
            f"    permis : fichier Sitadel « ; » de {fr_mo(size)} (en-têtes du fichier de démonstration), "
            f"{fr_int(args.n)} lignes FICTIF : {fr_int(drawn['par_parcelles'])} par parcelles "
            f"({fr_int(par[0])} / {fr_int(par[1])} / {fr_int(par[2])} à 1 / 2 / 3 parcelles voisines, "
            f"{fr_int(drawn['dont_parcelle_absente_de_la_couche'])} citant une parcelle absente), "
            f"{fr_int(drawn['par_coordonnees'])} par coordonnées seules (dont {fr_int(drawn['dont_wgs84'])} en "
            f"WGS84), {fr_int(drawn['commune_par_code'])} par code commune seul, "
            f"{fr_int(drawn['commune_par_nom'])} par nom de commune seul, {fr_int(drawn['sans_localisation'])} sans "
            f"localisation, {fr_int(drawn['lignes_mal_formees'])} mal formées "
            f"({', '.join(MALFORMED_KINDS)})."
        )
        if not args.sans_postgis:
            from throwaway_postgis import PG_MAJOR, PostgisClusterError, ThrowawayPostgis

            t = time.perf_counter()
            cluster = ThrowawayPostgis("banc_balayage", options=PG_OPTIONS, prefix="banc_pg_")
            try:
                dsn = cluster.start()
                print(
                    f"  Grappe PostgreSQL {PG_MAJOR} + PostGIS jetable démarrée en "
                    f"{fr_num(time.perf_counter() - t, 1)} s (fsync=off, {', '.join(PG_OPTIONS[:3])})."
                )
            except PostgisClusterError as exc:
                pg_error = str(exc).splitlines()[0]
                print(f"  PostGIS indisponible, parties PostGIS sautées : {pg_error}")
        else:
            pg_error = "désactivé (--sans-postgis)"
        t = time.perf_counter()
        fig = run_child(work, args, dsn)
        child_s = time.perf_counter() - t
        with (work / "emprises.pkl").open("rb") as fh:
            footprints = pickle.load(fh)
        gp = run_geopandas(footprints, ref, args.budget, args.complet, args.echantillon_emprises, args.seed)
        pg = run_postgis(dsn, footprints, ref) if dsn else None
        footprints = None
    finally:
        if cluster is not None:
            cluster.stop()
        if args.garder:
            print(f"  Dossier gardé : {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)

    res = report(args, args.n, fig, gp, pg, pg_error)
    total = time.perf_counter() - started
    out = {
        "description": "Banc d'essai du balayage hebdomadaire sur des permis FICTIFS ; analyse de localisation "
        "comparée à GeoPandas et PostGIS.",
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "donnees": {
            "fictives": True,
            "graine": args.seed,
            "permis": args.n,
            "parcelles": args.parcelles,
            "cote_parcelle_m": CELL_M,
            "tirage_permis": drawn,
            "generation_s": gen,
            "parts_parcelles": dict(PARCEL_STRATA),
            "parts_permis": dict(zip(("parcelles", "coordonnees", "commune_code", "commune_nom", "rien"), KIND_SHARES)),
        },
        "reference": {"chemin": str(ref.path), "version": ref.version},
        "parametres": {
            "distance_m": DISTANCE_M,
            "budget_s": args.budget,
            "echantillon": args.echantillon,
            "complet": args.complet,
            "options_postgresql": list(PG_OPTIONS),
        },
        "balayage": {k: v for k, v in fig.items() if k not in ("moteur", "profils")},
        "balayage_total_etapes_s": res["stages_total_s"],
        "balayage_processus_enfant_s": child_s,
        "memoire_pointe_balayage_octets": res["peak"],
        "etapes_lentes": [{"etape": label, "secondes": s} for label, s in res["slow"]],
        "analyse_comparee": {
            "emprises": fig["moteur"]["emprises"],
            "moteur": fig["moteur"],
            "geopandas": gp,
            "postgis": pg,
            "secondes_par_couche": res["per_layer"],
            "total_trois_couches_s": res["totals"],
            "rapport_au_moteur_trois_couches": res["ratios"],
            "rapport_a_l_appel_complet_du_moteur": res["ratios_full"],
            "postgis_absent": pg_error if pg is None else None,
        },
        "concordance": res["checks"],
        "concordance_totale": res["all_ok"],
        "profils": fig.get("profils") or None,
        "environnement": versions(),
        "duree_totale_banc_s": total,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / "bench_sweep.json"
    path.write_text(json.dumps(out, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    shown = path.relative_to(ROOT) if path.resolve().is_relative_to(ROOT) else path
    print(
        f"\nChiffres enregistrés dans {shown} (banc complet en {fr_num(total, 0)} s, dont génération "
        f"{fr_num(gen['total_s'], 0)} s, balayage {fr_num(child_s, 0)} s)."
    )
    if not res["all_ok"]:
        print("ATTENTION : le moteur, GeoPandas et PostGIS ne trouvent pas les mêmes couples (voir ci-dessus).")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
