"""`make bench`: the screening engine against GeoPandas on a synthetic batch of points.

The batch is synthetic and reproducible (numpy ``default_rng`` with a fixed seed): by
default 1,000,000 points, 60 % drawn uniformly inside the outline of the mining basin and
40 % uniformly inside the two departments (Nord 59, Pas-de-Calais 62), all in EPSG:2154.
Points are drawn vectorised: candidates in the bounding box, by chunks, kept where
``shapely.contains_xy`` says they fall inside.

Three sides do the same work on the same points, in the same process:

* engine: ``screen_geometries(points, ref, distance=1000, nearest=True, nearest_max_distance=1000)``;
* GeoPandas, usual way (« GeoPandas usuel »), points on the left of every join, so the spatial
  index is built on the (small) reference layers and the million points are the query side:
  ``sjoin`` against the components (Bien) and the zone tampon to derive the zone, ``sjoin``
  (intersects) against the elements, ``sjoin`` against the MH abords,
  ``sjoin(predicate="dwithin", distance=1000)`` against the elements plus the distances of
  those pairs, and ``sjoin_nearest(max_distance=1000, distance_col=...)`` against the
  elements, deduplicated per point (ties return several rows);
* GeoPandas, expert way (« GeoPandas optimisé »), public GeoPandas/pandas API only: the
  spatial index is built once on the points (``points.sindex``) and the few reference
  polygons go on the left of every join (``sjoin(ref, points, predicate="intersects")``,
  ``sjoin(elements, points, predicate="dwithin", distance=1000)``), so each reference
  geometry is prepared once and queried against the tree of the points (what the engine
  does); the distances of the within-1 km pairs come from ``GeoSeries.distance``, and the
  nearest element within 1 km is taken from those pairs (smallest distance per point,
  ``groupby(...).idxmin()``): with the search distance equal to the nearest's maximum
  distance this is exactly ``sjoin_nearest(max_distance=1000)``'s answer, and much cheaper
  than that call (which the usual variant times, so its cost is shown too).

Each side is timed ``--repeat`` times (default 3, sides alternated) and the median is kept.
Timed: only the analysis itself (the ``screen_geometries`` call; the GeoPandas joins, the
spatial index of the points for the optimised variant, the zone derivation, the pair
distances and the nearest-per-point selection). Not timed, for every side: loading the
reference GeoPackage, drawing the points, building the shapely array and the GeoDataFrames,
a small untimed warm-up (lazy imports), and the agreement checks (each GeoPandas variant
against the engine: zones, pairs, distances, nearest element). No spatial index is built in
advance: each timed run gets fresh GeoDataFrames, and each side builds its indexes inside
the timed section (the engine and the optimised variant on the points, the usual variant on
the reference layers).

Peak memory is measured in child processes (this script re-run with ``--child``), one per
side, so that no side's allocations contaminate another's figure: each child draws the
same points, runs one side once and reports the peak RSS of the whole process (imports,
reference, points and analysis; the 1 GB target is checked on it) and the peak of the analysis
phase alone. On Linux both come from ``VmHWM`` in ``/proc/self/status`` (reset through
``/proc/self/clear_refs`` just before the analysis); ``getrusage(RUSAGE_SELF).ru_maxrss`` is
only a fallback, because Linux carries the parent's peak over into a child at fork/exec, so
in a child it reports at least the main bench process's peak.

User-facing output is in French; the figures are also written as JSON to
``out/bench/bench_screening.json``.
"""

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_common import (  # noqa: E402
    BASIN_SHARE,
    fr_int,
    fr_mo,
    fr_num,
    fr_sci,
    reset_peak,
    status_kib,
    synthetic_points,
    versions,
)

from veille_plugin.core.reference.data import load_reference  # noqa: E402
from veille_plugin.core.screening.engine import ZONE_BIEN, ZONE_HORS, ZONE_TAMPON, screen_geometries  # noqa: E402

DEFAULT_N = 1_000_000
DEFAULT_SEED = 20120630  # inscription of the Bassin minier on the World Heritage List
DISTANCE_M = 1000.0
NEAREST_MAX_M = 1000.0
CRS = "EPSG:2154"
WARMUP_N = 2000
DEFAULT_REPEAT = 3  # timed runs per side (alternated); the median is reported
TOLERANCE_M = 1e-6

# Targets from the specification.
TARGET_N = 1_000_000
TARGET_SECONDS = 5.0
TARGET_PEAK_BYTES = 1_000_000_000  # 1 Go = 10^9 octets

ZONES = (ZONE_BIEN, ZONE_TAMPON, ZONE_HORS)
SIDES = ("engine", "geopandas_naive", "geopandas_opt")
VARIANTS = ("geopandas_naive", "geopandas_opt")  # the GeoPandas sides
SIDE_FR = {"engine": "moteur", "geopandas_naive": "GeoPandas usuel", "geopandas_opt": "GeoPandas optimisé"}
SIDE_KEY = {
    "engine": "moteur",
    "geopandas_naive": "geopandas_usuel",
    "geopandas_opt": "geopandas_optimise",
}  # JSON keys
STAGE_FR = {
    "index_points": "index spatial des points",
    "zone": "zone",
    "elements_intersectes": "éléments intersectés",
    "abords_mh": "abords MH",
    "elements_proches": "éléments à moins de 1 km",
    "element_le_plus_proche": "élément le plus proche",
}


# --------------------------------------------------------------------------- synthetic points


# --------------------------------------------------------------------------- the two sides


def warm_reference(ref) -> None:
    """Load (lazily read) the layers the engine uses, outside any timed section."""
    for layer in (ref.components, ref.buffer_zone, ref.elements, ref.mh_abords):
        len(layer)


def run_engine(points: np.ndarray, ref) -> dict:
    """The engine on ``points``: seconds and the results to compare."""
    t0 = time.perf_counter()
    res = screen_geometries(points, ref, distance=DISTANCE_M, nearest=True, nearest_max_distance=NEAREST_MAX_M)
    seconds = time.perf_counter() - t0
    return {
        "seconds": seconds,
        "zone": res.zone,
        "element_pairs": res.element_pairs,
        "abords_pairs": res.abords_pairs,
        "near_pairs": res.near_pairs,
        "near_distances": res.near_distances,
        "nearest_index": res.nearest_index,
        "nearest_distance": res.nearest_distance,
    }


def reference_frames(ref) -> dict:
    """Geometry-only GeoDataFrames of the reference layers (GeoPandas at its lightest)."""
    import geopandas as gpd

    layers = {
        "composantes": ref.components,
        "zone_tampon": ref.buffer_zone,
        "elements": ref.elements,
        "abords_mh": ref.mh_abords,
    }
    return {name: gpd.GeoDataFrame(geometry=np.asarray(layer.geometries), crs=CRS) for name, layer in layers.items()}


def points_frame(points: np.ndarray):
    import geopandas as gpd

    return gpd.GeoDataFrame(geometry=points, crs=CRS)


def _sorted_pairs(point_idx: np.ndarray, ref_idx: np.ndarray):
    """(2, k) pairs (point index, reference index) sorted like the engine's, and the sorting order."""
    point_idx = np.asarray(point_idx, dtype=np.int64)
    ref_idx = np.asarray(ref_idx, dtype=np.int64)
    order = np.lexsort((ref_idx, point_idx))
    return np.vstack([point_idx[order], ref_idx[order]]), order


class _Laps:
    """Seconds per stage of a timed run (``lap(name)`` closes the stage that just ended)."""

    def __init__(self):
        self.stages = {}
        self.start = self.last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.stages[name] = now - self.last
        self.last = now

    def total(self) -> float:
        return self.last - self.start


def run_geopandas_naive(pts, frames: dict) -> dict:
    """« GeoPandas usuel »: the engine's work with the points on the left of every join.

    ``sjoin(points, ref)`` builds the spatial index on the (small) reference layer and queries
    it with each of the N points: the polygons are tested against every point without being
    prepared once for all, which is how GeoPandas is most often written.
    """
    import geopandas as gpd
    import pandas as pd

    n = len(pts)
    laps = _Laps()

    in_bien = gpd.sjoin(pts, frames["composantes"], predicate="intersects")
    in_tampon = gpd.sjoin(pts, frames["zone_tampon"], predicate="intersects")
    zone = np.full(n, ZONE_HORS, dtype=object)
    zone[np.unique(in_tampon.index.to_numpy())] = ZONE_TAMPON
    zone[np.unique(in_bien.index.to_numpy())] = ZONE_BIEN
    laps.lap("zone")

    elements = gpd.sjoin(pts, frames["elements"], predicate="intersects")
    laps.lap("elements_intersectes")

    abords = gpd.sjoin(pts, frames["abords_mh"], predicate="intersects")
    laps.lap("abords_mh")

    near = gpd.sjoin(pts, frames["elements"], predicate="dwithin", distance=DISTANCE_M)
    partner = frames["elements"].geometry.iloc[near["index_right"].to_numpy()].set_axis(near.index)
    near_distances = near.geometry.distance(partner, align=False).to_numpy()
    laps.lap("elements_proches")

    nearest = gpd.sjoin_nearest(pts, frames["elements"], max_distance=NEAREST_MAX_M, distance_col="distance_m")
    # Ties return one row per tied element: keep one row (the smallest distance) per point.
    best = (
        nearest.reset_index()
        .sort_values(["index", "distance_m", "index_right"], kind="stable")
        .drop_duplicates("index")
    )
    nearest_index = np.full(n, -1, dtype=np.int64)
    nearest_distance = np.full(n, np.nan)
    nearest_index[best["index"].to_numpy()] = best["index_right"].to_numpy()
    nearest_distance[best["index"].to_numpy()] = best["distance_m"].to_numpy()
    laps.lap("element_le_plus_proche")

    # Untimed: shape the outputs like the engine's for the agreement check.
    near_pairs, near_order = _sorted_pairs(near.index.to_numpy(), near["index_right"].to_numpy())
    return {
        "seconds": laps.total(),
        "stages": laps.stages,
        "zone": zone,
        "element_pairs": _sorted_pairs(elements.index.to_numpy(), elements["index_right"].to_numpy())[0],
        "abords_pairs": _sorted_pairs(abords.index.to_numpy(), abords["index_right"].to_numpy())[0],
        "near_pairs": near_pairs,
        "near_distances": near_distances[near_order],
        "nearest_index": nearest_index,
        "nearest_distance": nearest_distance,
        # every (point, element) row of sjoin_nearest, to check the engine's pick among ties
        "nearest_ties": pd.DataFrame(
            {
                "i": nearest.index.to_numpy(),
                "j": nearest["index_right"].to_numpy(),
                "d": nearest["distance_m"].to_numpy(),
            }
        ),
    }


def run_geopandas_opt(pts, frames: dict) -> dict:
    """« GeoPandas optimisé »: the same work written the way an expert would, public API only.

    The spatial index is built once on the points and the few reference polygons go on the
    left of every join: ``sjoin(ref, points)`` queries the points' tree with each reference
    geometry, prepared once (GEOS), instead of testing each polygon against N points from
    scratch. The nearest element within 1 km is the closest of the within-1 km pairs (the
    search distance equals the nearest's maximum distance), found with a pandas ``groupby``
    rather than a second, nearest-neighbour pass over the N points (``sjoin_nearest``).
    """
    import geopandas as gpd
    import pandas as pd

    n = len(pts)
    laps = _Laps()

    pts.sindex  # noqa: B018 -- built here, inside the timed section, then reused by every sjoin below
    laps.lap("index_points")

    in_bien = gpd.sjoin(frames["composantes"], pts, predicate="intersects")
    in_tampon = gpd.sjoin(frames["zone_tampon"], pts, predicate="intersects")
    zone = np.full(n, ZONE_HORS, dtype=object)
    zone[np.unique(in_tampon["index_right"].to_numpy())] = ZONE_TAMPON
    zone[np.unique(in_bien["index_right"].to_numpy())] = ZONE_BIEN
    laps.lap("zone")

    elements = gpd.sjoin(frames["elements"], pts, predicate="intersects")
    laps.lap("elements_intersectes")

    abords = gpd.sjoin(frames["abords_mh"], pts, predicate="intersects")
    laps.lap("abords_mh")

    near = gpd.sjoin(frames["elements"], pts, predicate="dwithin", distance=DISTANCE_M)
    near_point = near["index_right"].to_numpy()
    near_distances = near.geometry.distance(pts.geometry.iloc[near_point], align=False).to_numpy()
    laps.lap("elements_proches")

    # Nearest element within 1 km = the closest within-1 km pair of each point (rows come
    # sorted by element, so idxmin keeps the lowest element index among ties, like the engine).
    pairs = pd.DataFrame({"i": near_point, "j": near.index.to_numpy(), "d": near_distances})
    best = pairs.loc[pairs.groupby("i", sort=False)["d"].idxmin()]
    best = best[best["d"] <= NEAREST_MAX_M]
    nearest_index = np.full(n, -1, dtype=np.int64)
    nearest_distance = np.full(n, np.nan)
    nearest_index[best["i"].to_numpy()] = best["j"].to_numpy()
    nearest_distance[best["i"].to_numpy()] = best["d"].to_numpy()
    laps.lap("element_le_plus_proche")

    # Untimed: shape the outputs like the engine's for the agreement check.
    near_pairs, near_order = _sorted_pairs(near_point, near.index.to_numpy())
    return {
        "seconds": laps.total(),
        "stages": laps.stages,
        "zone": zone,
        "element_pairs": _sorted_pairs(elements["index_right"].to_numpy(), elements.index.to_numpy())[0],
        "abords_pairs": _sorted_pairs(abords["index_right"].to_numpy(), abords.index.to_numpy())[0],
        "near_pairs": near_pairs,
        "near_distances": near_distances[near_order],
        "nearest_index": nearest_index,
        "nearest_distance": nearest_distance,
        # every within-1 km pair: the agreement check keeps those at each point's minimal distance
        "nearest_ties": pairs[pairs["d"] <= NEAREST_MAX_M],
    }


GEOPANDAS_RUN = {"geopandas_naive": run_geopandas_naive, "geopandas_opt": run_geopandas_opt}


def run_side(side: str, points: np.ndarray, ref) -> dict:
    """One timed run of ``side``; a GeoPandas side gets fresh GeoDataFrames (built untimed), so no spatial index
    survives from a previous run."""
    if side == "engine":
        return run_engine(points, ref)
    return GEOPANDAS_RUN[side](points_frame(points), reference_frames(ref))


# --------------------------------------------------------------------------- agreement


def agreement(eng: dict, gp: dict, name: str) -> list:
    """Checks that the engine and the GeoPandas variant ``name`` found the same things: list of (label, ok, detail)."""
    checks = []
    counts_e = {z: int((eng["zone"] == z).sum()) for z in ZONES}
    counts_g = {z: int((gp["zone"] == z).sum()) for z in ZONES}
    detail = " / ".join(f"{fr_int(counts_e[z])}" for z in ZONES)
    if counts_e != counts_g:
        detail += f" ({name} : " + " / ".join(f"{fr_int(counts_g[z])}" for z in ZONES) + ")"
    checks.append(("Effectifs par zone (Bien / zone tampon / hors)", counts_e == counts_g, detail))
    same_zone = bool(np.array_equal(eng["zone"], gp["zone"]))
    checks.append(
        (
            "Zone identique point par point",
            same_zone,
            "" if same_zone else f"{fr_int(int((eng['zone'] != gp['zone']).sum()))} points diffèrent",
        )
    )

    for key, label in (
        ("element_pairs", "Couples point–élément intersecté"),
        ("abords_pairs", "Couples point–abords MH"),
        ("near_pairs", "Couples point–élément à moins de 1 km"),
    ):
        a, b = eng[key], gp[key]
        same = a.shape == b.shape and bool(np.array_equal(a, b))
        detail = (
            fr_int(a.shape[1])
            if a.shape[1] == b.shape[1]
            else f"{fr_int(a.shape[1])} contre {fr_int(b.shape[1])} ({name})"
        )
        if a.shape[1] == b.shape[1] and not same:
            detail += ", mais couples différents"
        checks.append((label, same, detail))
    if eng["near_pairs"].shape == gp["near_pairs"].shape and np.array_equal(eng["near_pairs"], gp["near_pairs"]):
        gap = float(np.max(np.abs(eng["near_distances"] - gp["near_distances"]), initial=0.0))
        checks.append(("Distances de ces couples (écart < 1e-6 m)", gap < TOLERANCE_M, f"écart max {fr_sci(gap)} m"))

    found_e, found_g = eng["nearest_index"] >= 0, gp["nearest_index"] >= 0
    same_found = bool(np.array_equal(found_e, found_g))
    checks.append(
        (
            "Points ayant un élément à moins de 1 km",
            same_found,
            fr_int(int(found_e.sum()))
            if same_found
            else f"{fr_int(int(found_e.sum()))} contre {fr_int(int(found_g.sum()))} ({name})",
        )
    )
    both = found_e & found_g
    gap = float(np.max(np.abs(eng["nearest_distance"][both] - gp["nearest_distance"][both]), initial=0.0))
    checks.append(
        ("Distance à l'élément le plus proche (écart < 1e-6 m)", gap < TOLERANCE_M, f"écart max {fr_sci(gap)} m")
    )
    # The engine's nearest element must be one of the variant's (point, element) at the minimal distance.
    ties = gp["nearest_ties"]
    ties = ties[ties["d"] <= ties.groupby("i")["d"].transform("min") + TOLERANCE_M]
    n_el = int(max(eng["nearest_index"].max(), ties["j"].max() if len(ties) else 0)) + 1
    keys_g = ties["i"].to_numpy(dtype=np.int64) * n_el + ties["j"].to_numpy(dtype=np.int64)
    idx = np.flatnonzero(both)
    keys_e = idx * n_el + eng["nearest_index"][idx]
    among = bool(np.isin(keys_e, keys_g).all())
    n_ties = int((ties.groupby("i").size() > 1).sum())
    checks.append((f"Élément le plus proche parmi les ex aequo de {name}", among, f"{fr_int(n_ties)} points à égalité"))
    return checks


# --------------------------------------------------------------------------- memory (child processes)


def child(side: str, n: int, seed: int) -> None:
    """Run one side once and print its memory figures as a JSON line (``--child``)."""
    ref = load_reference()
    warm_reference(ref)
    points, _ = synthetic_points(ref, n, seed)
    if side == "engine":
        args = (points, ref)
        run_engine(points[:WARMUP_N], ref)
        run = run_engine
    else:
        run = GEOPANDAS_RUN[side]
        frames = reference_frames(ref)
        pts = points_frame(points)
        run(points_frame(points[:WARMUP_N]), reference_frames(ref))
        args = (pts, frames)
    # Linux: VmHWM is this process's own peak RSS. getrusage's ru_maxrss is not used there,
    # because the kernel carries the parent's peak over into the child at fork/exec, which
    # would report the parent's (the main bench process's) peak instead of this side's.
    peak_setup = status_kib("VmHWM")
    rss_before = status_kib("VmRSS")
    reset = reset_peak()
    seconds = run(*args)["seconds"]
    peak_run = status_kib("VmHWM") if reset else None
    if peak_setup is not None:
        peak_bytes = max(peak_setup, peak_run or 0) * 1024
    else:  # no /proc (macOS…): ru_maxrss, in bytes on macOS, KiB elsewhere
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        peak_bytes = peak if sys.platform == "darwin" else peak * 1024
    print(
        json.dumps(
            {
                "cote": side,
                "rss_pic_processus_octets": peak_bytes,
                "rss_avant_analyse_octets": rss_before * 1024 if rss_before is not None else None,
                "rss_pic_pendant_analyse_octets": peak_run * 1024 if peak_run is not None else None,
                "secondes": seconds,
            }
        )
    )


def _increment(figures: dict):
    """Memory the analysis itself added on top of what the process already held."""
    peak, before = figures["rss_pic_pendant_analyse_octets"], figures["rss_avant_analyse_octets"]
    return None if peak is None or before is None else peak - before


def measure_memory(side: str, n: int, seed: int) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", side, "--n", str(n), "--seed", str(seed)]
    proc = subprocess.run(cmd, check=False, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        sys.exit(f"La mesure mémoire du côté {SIDE_FR[side]} a échoué (code {proc.returncode}).")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------- French formatting


# --------------------------------------------------------------------------- main


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        description="Mesure le moteur d'analyse face à GeoPandas (usuel et optimisé) sur des points synthétiques, "
        "fictifs."
    )
    parser.add_argument(
        "--n", type=int, default=DEFAULT_N, help=f"nombre de points synthétiques (défaut : {DEFAULT_N})"
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"graine du tirage (défaut : {DEFAULT_SEED})")
    parser.add_argument(
        "--repeat",
        type=int,
        default=DEFAULT_REPEAT,
        help="mesures de temps par côté (moteur et chaque variante GeoPandas), la médiane est retenue (défaut : "
        f"{DEFAULT_REPEAT})",
    )
    parser.add_argument(
        "--out", type=Path, default=ROOT / "out" / "bench", help="dossier du fichier JSON (défaut : out/bench)"
    )
    parser.add_argument(
        "--no-memory", action="store_true", help="ne pas mesurer la mémoire de pointe (processus enfants)"
    )
    parser.add_argument(
        "--profile", action="store_true", help="profiler aussi le moteur (cProfile, fonctions les plus coûteuses)"
    )
    parser.add_argument("--child", choices=SIDES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.n < 1 or args.repeat < 1:
        parser.error("--n et --repeat doivent être positifs")
    if args.child:
        child(args.child, args.n, args.seed)
        return 0

    started = time.perf_counter()
    ref = load_reference()
    warm_reference(ref)
    print(
        f"Banc d'essai du moteur d'analyse face à GeoPandas : {fr_int(args.n)} points synthétiques, fictifs (aucune "
        "donnée réelle)."
    )
    points, drawn = synthetic_points(ref, args.n, args.seed)
    print(
        f"  Tirage reproductible (graine {args.seed}) : {fr_int(drawn['n_bassin_minier'])} points uniformes dans le "
        "bassin minier, "
        f"{fr_int(drawn['n_departements'])} dans le Nord et le Pas-de-Calais (Lambert-93)."
    )
    print(f"  Référence : {ref.path.name} ({ref.version}).")
    print(
        f"  Distance de recherche {fr_int(int(DISTANCE_M))} m ; élément le plus proche cherché jusqu'à "
        f"{fr_int(int(NEAREST_MAX_M))} m."
    )
    print("  Deux façons d'écrire le même travail avec GeoPandas (API publique), mêmes points, même processus :")
    print(
        "    GeoPandas usuel     : points à gauche de chaque sjoin (index spatial construit sur les couches de "
        "référence),"
    )
    print("                          plus proche élément par sjoin_nearest(max_distance=1000) dédoublonné par point ;")
    print(
        "    GeoPandas optimisé  : index spatial construit une fois sur les points, couches de référence à gauche de "
        "chaque"
    )
    print(
        "                          sjoin (chaque polygone préparé une fois, interrogé contre l'index des points), "
        "couples à"
    )
    print(
        "                          moins de 1 km par sjoin(predicate=\"dwithin\"), plus proche élément tiré de ces "
        "couples"
    )
    print(
        "                          (distance minimale par point, groupby ; même résultat que "
        "sjoin_nearest(max_distance=1000))."
    )
    print(
        "  Chronométré : l'analyse seule (index spatiaux compris). Hors chrono : lecture de la référence, tirage des "
        "points,"
    )
    print(
        "  construction du tableau shapely et des GeoDataFrames (neufs à chaque mesure), échauffement, vérifications."
    )
    print(
        f"  {args.repeat} mesure{'s' if args.repeat > 1 else ''} par côté, en "
        f"alternance{' ; médiane retenue' if args.repeat > 1 else ''}."
    )

    # Warm-ups (lazy imports) are not timed.
    for side in SIDES:
        run_side(side, points[:WARMUP_N], ref)

    timings = {side: [] for side in SIDES}
    stages = {side: [] for side in VARIANTS}
    results = {}
    for _ in range(args.repeat):  # alternate the sides so that drifts affect them alike
        for side in SIDES:
            results.pop(side, None)  # free the previous run's results first
            res = run_side(side, points, ref)
            timings[side].append(res["seconds"])
            if side in stages:
                stages[side].append(res["stages"])
            results[side] = res
            res = None
    seconds = {side: float(np.median(values)) for side, values in timings.items()}
    median_stages = {
        side: {name: float(np.median([st[name] for st in runs])) for name in runs[0]} for side, runs in stages.items()
    }
    ratios = {side: seconds[side] / seconds["engine"] for side in VARIANTS}

    eng = results["engine"]
    checks = {side: agreement(eng, results[side], SIDE_FR[side]) for side in VARIANTS}
    all_agree = all(ok for side in VARIANTS for _, ok, _ in checks[side])
    found = {
        "zones": {z: int((eng["zone"] == z).sum()) for z in ZONES},
        "couples_elements_intersectes": int(eng["element_pairs"].shape[1]),
        "couples_abords_mh": int(eng["abords_pairs"].shape[1]),
        "couples_elements_a_moins_de_1km": int(eng["near_pairs"].shape[1]),
        "points_avec_element_le_plus_proche": int((eng["nearest_index"] >= 0).sum()),
    }
    eng = None
    results.clear()

    profile_lines = []
    if args.profile:
        import cProfile
        import io
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        run_engine(points, ref)
        prof.disable()
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(10)
        profile_lines = [line for line in buf.getvalue().splitlines() if line.strip()]

    del points  # the children draw their own copy
    memory = {}
    if not args.no_memory:
        for side in SIDES:
            memory[side] = measure_memory(side, args.n, args.seed)

    # ---- targets
    scaled = (
        ""
        if args.n == TARGET_N
        else f" ; cible fixée pour {fr_int(TARGET_N)} points, mesure sur {fr_int(args.n)} : indicatif"
    )
    targets = [
        (
            f"Moteur pas plus lent que {SIDE_FR[side]}",
            seconds["engine"] <= seconds[side],
            f"{fr_num(seconds['engine'])} s contre {fr_num(seconds[side])} s",
        )
        for side in VARIANTS
    ]
    targets.append(
        (
            f"Moteur en moins de {fr_int(int(TARGET_SECONDS))} s",
            seconds["engine"] < TARGET_SECONDS,
            f"{fr_num(seconds['engine'])} s{scaled}",
        )
    )
    if memory:
        peak = memory["engine"]["rss_pic_processus_octets"]
        targets.append(
            ("Mémoire de pointe du moteur < 1 Go", peak < TARGET_PEAK_BYTES, f"{fr_mo(peak)}, processus entier{scaled}")
        )
    else:
        targets.append(("Mémoire de pointe du moteur < 1 Go", None, "non mesurée (--no-memory)"))

    # ---- report (French)
    w, c = 46, 20
    print()

    def row(label, cells):
        print(f"{label:{w}}" + "".join(f"{cell:>{c}}" for cell in cells))

    row("", ["Moteur", *(SIDE_FR[side] for side in VARIANTS)])
    row(
        "Temps d'analyse (s)" + (f", médiane de {args.repeat}" if args.repeat > 1 else ""),
        [fr_num(seconds[side]) for side in SIDES],
    )
    row("Rapport des temps GeoPandas / moteur", ["", *(fr_num(ratios[side]) + " ×" for side in VARIANTS)])
    if memory:
        for label, key in (
            ("Mémoire de pointe du processus", "rss_pic_processus_octets"),
            ("  dont déjà occupée avant l'analyse", "rss_avant_analyse_octets"),
            ("  pic pendant l'analyse seule", "rss_pic_pendant_analyse_octets"),
        ):
            row(label, [fr_mo(memory[side][key]) for side in SIDES])
        row("  surcoût de l'analyse (pic − avant)", [fr_mo(_increment(memory[side])) for side in SIDES])
    for side in VARIANTS:
        print(
            f"  Détail {SIDE_FR[side]} (s) : "
            + " ; ".join(f"{STAGE_FR[name]} {fr_num(v)}" for name, v in median_stages[side].items())
        )

    for side in VARIANTS:
        print(f"\nConcordance des résultats (moteur et {SIDE_FR[side]}) :")
        for label, ok, detail in checks[side]:
            print(f"  {'OK' if ok else 'ÉCART':<7}{label}{' : ' + detail if detail else ''}")

    print("\nObjectifs du cahier des charges :")
    for label, ok, detail in targets:
        status = "–" if ok is None else ("OK" if ok else "NON ATTEINT")
        print(f"  {status:<12}{label} ({detail})")

    if profile_lines:
        print("\nProfil du moteur (cProfile, temps propre) :")
        for line in profile_lines:
            print("  " + line)

    total = time.perf_counter() - started
    temps = {"moteur": seconds["engine"]}
    temps.update({SIDE_KEY[side]: seconds[side] for side in VARIANTS})
    temps.update({f"{SIDE_KEY[side]}_mesures": timings[side] for side in SIDES})
    temps.update({f"{SIDE_KEY[side]}_etapes": median_stages[side] for side in VARIANTS})
    temps.update({f"rapport_{SIDE_KEY[side]}_sur_moteur": ratios[side] for side in VARIANTS})
    report = {
        "description": "Banc d'essai du moteur d'analyse face à GeoPandas (usuel et optimisé), sur des points "
        "synthétiques, fictifs.",
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "points": {
            "n": args.n,
            "graine": args.seed,
            "part_bassin_minier": BASIN_SHARE,
            **drawn,
            "synthetiques": True,
            "crs": CRS,
        },
        "reference": {"chemin": str(ref.path), "version": ref.version},
        "parametres": {
            "distance_m": DISTANCE_M,
            "distance_max_plus_proche_m": NEAREST_MAX_M,
            "repetitions": args.repeat,
        },
        "variantes_geopandas": {
            "geopandas_usuel": "points à gauche de chaque sjoin (index spatial sur les couches de référence) ; "
            "sjoin(predicate='dwithin', distance=1000) ; sjoin_nearest(max_distance=1000) "
            "dédoublonné par point",
            "geopandas_optimise": (
                "index spatial construit une fois sur les points ; couches de référence à gauche de chaque sjoin "
                "(géométries préparées interrogées contre l'index des points) ; "
                "sjoin(elements, points, predicate='dwithin', distance=1000) ; élément le plus proche = couple à "
                "moins de 1 km de distance minimale par point (groupby idxmin)"
            ),
        },
        "chronometre": "analyse seule, index spatiaux compris ; hors chrono : référence, tirage, tableau shapely, "
        "GeoDataFrames (neufs à chaque mesure), échauffement, vérifications",
        "temps_s": temps,
        "memoire_octets": {SIDE_KEY[side]: values for side, values in memory.items()},
        "resultats_moteur": found,
        "concordance": {
            SIDE_KEY[side]: [
                {"verification": label, "ok": bool(ok), "detail": detail} for label, ok, detail in checks[side]
            ]
            for side in VARIANTS
        },
        "concordance_totale": all_agree,
        "objectifs": [{"objectif": label, "atteint": ok, "detail": detail} for label, ok, detail in targets],
        "environnement": versions(),
        "duree_totale_banc_s": total,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / "bench_screening.json"
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    shown = path.relative_to(ROOT) if path.resolve().is_relative_to(ROOT) else path
    print(f"\nChiffres enregistrés dans {shown} (banc complet en {fr_num(total, 0)} s).")
    if not all_agree:
        print("ATTENTION : le moteur et GeoPandas ne donnent pas les mêmes résultats (voir ci-dessus).")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
