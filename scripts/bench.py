"""`make bench`: the screening engine against GeoPandas on a synthetic batch of points.

The batch is synthetic and reproducible (numpy ``default_rng`` with a fixed seed): by
default 1,000,000 points, 60 % drawn uniformly inside the outline of the mining basin and
40 % uniformly inside the two departments (Nord 59, Pas-de-Calais 62), all in EPSG:2154.
Points are drawn vectorised: candidates in the bounding box, by chunks, kept where
``shapely.contains_xy`` says they fall inside.

Both sides do the same work on the same points, in the same process:

* engine: ``screen_geometries(points, ref, distance=1000, nearest=True, nearest_max_distance=1000)``;
* GeoPandas: ``sjoin`` against the components (Bien) and the zone tampon to derive the zone,
  ``sjoin`` (intersects) against the elements, ``sjoin`` against the MH abords,
  ``sjoin(predicate="dwithin", distance=1000)`` against the elements plus the distances of
  those pairs, and ``sjoin_nearest(max_distance=1000, distance_col=...)`` against the
  elements, deduplicated per point (ties return several rows).

Timed: only the analysis itself (the ``screen_geometries`` call; the GeoPandas joins, the zone
derivation, the pair distances and the deduplication). Not timed, for both sides: loading the
reference GeoPackage, drawing the points, building the shapely array and the GeoDataFrames,
a small untimed warm-up (lazy imports), and the agreement check. Spatial indexes are not
built in advance on either side: the engine indexes the batch, GeoPandas the reference
layers, inside the timed section.

Peak memory is measured in two child processes (this script re-run with ``--child``), one per
side, so that neither side's allocations contaminate the other's figure: each child draws the
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
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import shapely

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from veille_plugin.core.errors import ReferenceDataError
from veille_plugin.core.reference import load_reference
from veille_plugin.core.screening import (
    ZONE_BIEN,
    ZONE_HORS,
    ZONE_TAMPON,
    screen_geometries,
)

DEFAULT_N = 1_000_000
DEFAULT_SEED = 20120630  # inscription of the Bassin minier on the World Heritage List
BASIN_SHARE = 0.6
DISTANCE_M = 1000.0
NEAREST_MAX_M = 1000.0
CRS = "EPSG:2154"
WARMUP_N = 2000
TOLERANCE_M = 1e-6

# Targets from the specification.
TARGET_N = 1_000_000
TARGET_SECONDS = 5.0
TARGET_PEAK_BYTES = 1_000_000_000  # 1 Go = 10^9 octets

ZONES = (ZONE_BIEN, ZONE_TAMPON, ZONE_HORS)
ZONE_FR = {ZONE_BIEN: "Bien", ZONE_TAMPON: "zone tampon", ZONE_HORS: "hors"}
SIDE_FR = {"engine": "moteur", "geopandas": "GeoPandas"}
STAGE_FR = {
    "zone": "zone",
    "elements_intersectes": "éléments intersectés",
    "abords_mh": "abords MH",
    "elements_proches": "éléments à moins de 1 km",
    "element_le_plus_proche": "élément le plus proche",
}


# --------------------------------------------------------------------------- synthetic points


def sample_uniform(polygons: np.ndarray, n: int, rng: np.random.Generator, chunk_max: int = 1 << 21) -> np.ndarray:
    """``n`` (x, y) drawn uniformly inside the union of ``polygons``, by rejection in chunks."""
    polygons = np.asarray(polygons, dtype=object)
    shapely.prepare(polygons)
    xmin, ymin, xmax, ymax = shapely.total_bounds(polygons)
    # Acceptance rate estimate, to size the chunks (overlaps only make it pessimistic).
    acceptance = min(1.0, shapely.area(polygons).sum() / ((xmax - xmin) * (ymax - ymin)))
    parts, got = [], 0
    while got < n:
        size = min(chunk_max, int((n - got) / acceptance * 1.1) + 1024)
        x = rng.uniform(xmin, xmax, size)
        y = rng.uniform(ymin, ymax, size)
        inside = np.zeros(size, dtype=bool)
        for polygon in polygons:  # one vectorised test per reference polygon, not per point
            inside |= shapely.contains_xy(polygon, x, y)
        parts.append(np.column_stack([x[inside], y[inside]]))
        got += int(inside.sum())
    return np.concatenate(parts)[:n]


def synthetic_points(ref, n: int, seed: int):
    """The reproducible synthetic batch: shapely points (EPSG:2154) and how it was drawn."""
    try:
        basin = ref.layer("bassin_minier").geometries
        departments = ref.layer("departements").geometries
    except ReferenceDataError as exc:
        sys.exit(f"Couches « bassin_minier » et « departements » introuvables dans {ref.path} : {exc}")
    rng = np.random.default_rng(seed)
    n_basin = round(n * BASIN_SHARE)
    coords = np.concatenate([sample_uniform(basin, n_basin, rng), sample_uniform(departments, n - n_basin, rng)])
    coords = coords[rng.permutation(n)]  # interleave both draws
    return shapely.points(coords), {"n_bassin_minier": n_basin, "n_departements": n - n_basin}


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
        "stages": {},
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

    layers = {"composantes": ref.components, "zone_tampon": ref.buffer_zone, "elements": ref.elements, "abords_mh": ref.mh_abords}
    return {name: gpd.GeoDataFrame(geometry=np.asarray(layer.geometries), crs=CRS) for name, layer in layers.items()}


def points_frame(points: np.ndarray):
    import geopandas as gpd

    return gpd.GeoDataFrame(geometry=points, crs=CRS)


def _pairs(joined) -> np.ndarray:
    """(2, k) pairs (point index, reference index) of an inner ``sjoin``, sorted like the engine's."""
    left = joined.index.to_numpy(dtype=np.int64)
    right = joined["index_right"].to_numpy(dtype=np.int64)
    order = np.lexsort((right, left))
    return np.vstack([left[order], right[order]])


def run_geopandas(pts, frames: dict) -> dict:
    """GeoPandas doing the engine's work on the GeoDataFrame ``pts``: seconds per stage and results."""
    import geopandas as gpd
    import pandas as pd

    n = len(pts)
    stages = {}
    t_all = t = time.perf_counter()

    def lap(name):
        nonlocal t
        now = time.perf_counter()
        stages[name] = now - t
        t = now

    in_bien = gpd.sjoin(pts, frames["composantes"], predicate="intersects")
    in_tampon = gpd.sjoin(pts, frames["zone_tampon"], predicate="intersects")
    zone = np.full(n, ZONE_HORS, dtype=object)
    zone[np.unique(in_tampon.index.to_numpy())] = ZONE_TAMPON
    zone[np.unique(in_bien.index.to_numpy())] = ZONE_BIEN
    lap("zone")

    elements = gpd.sjoin(pts, frames["elements"], predicate="intersects")
    lap("elements_intersectes")

    abords = gpd.sjoin(pts, frames["abords_mh"], predicate="intersects")
    lap("abords_mh")

    near = gpd.sjoin(pts, frames["elements"], predicate="dwithin", distance=DISTANCE_M)
    partner = frames["elements"].geometry.iloc[near["index_right"].to_numpy()].set_axis(near.index)
    near_distances = near.geometry.distance(partner, align=False).to_numpy()
    lap("elements_proches")

    nearest = gpd.sjoin_nearest(pts, frames["elements"], max_distance=NEAREST_MAX_M, distance_col="distance_m")
    # Ties return one row per tied element: keep one row (the smallest distance) per point.
    best = nearest.reset_index().sort_values(["index", "distance_m", "index_right"], kind="stable").drop_duplicates("index")
    nearest_index = np.full(n, -1, dtype=np.int64)
    nearest_distance = np.full(n, np.nan)
    nearest_index[best["index"].to_numpy()] = best["index_right"].to_numpy()
    nearest_distance[best["index"].to_numpy()] = best["distance_m"].to_numpy()
    lap("element_le_plus_proche")
    seconds = time.perf_counter() - t_all

    # Untimed: shape the outputs like the engine's for the agreement check.
    near_pairs = _pairs(near)
    near_order = np.lexsort((near["index_right"].to_numpy(), near.index.to_numpy()))
    return {
        "seconds": seconds,
        "stages": stages,
        "zone": zone,
        "element_pairs": _pairs(elements),
        "abords_pairs": _pairs(abords),
        "near_pairs": near_pairs,
        "near_distances": near_distances[near_order],
        "nearest_index": nearest_index,
        "nearest_distance": nearest_distance,
        # every (point, element) at the minimal distance, to check the engine's pick among ties
        "nearest_ties": pd.DataFrame({"i": nearest.index.to_numpy(), "j": nearest["index_right"].to_numpy(), "d": nearest["distance_m"].to_numpy()}),
    }


# --------------------------------------------------------------------------- agreement


def agreement(eng: dict, gp: dict) -> list:
    """Checks that both sides found the same things: list of (label, ok, detail)."""
    checks = []
    counts_e = {z: int((eng["zone"] == z).sum()) for z in ZONES}
    counts_g = {z: int((gp["zone"] == z).sum()) for z in ZONES}
    detail = " / ".join(f"{fr_int(counts_e[z])}" for z in ZONES)
    if counts_e != counts_g:
        detail += " (GeoPandas : " + " / ".join(f"{fr_int(counts_g[z])}" for z in ZONES) + ")"
    checks.append(("Effectifs par zone (Bien / zone tampon / hors)", counts_e == counts_g, detail))
    same_zone = bool(np.array_equal(eng["zone"], gp["zone"]))
    checks.append(("Zone identique point par point", same_zone, "" if same_zone else f"{fr_int(int((eng['zone'] != gp['zone']).sum()))} points diffèrent"))

    for key, label in (("element_pairs", "Couples point–élément intersecté"), ("abords_pairs", "Couples point–abords MH"), ("near_pairs", "Couples point–élément à moins de 1 km")):
        a, b = eng[key], gp[key]
        same = a.shape == b.shape and bool(np.array_equal(a, b))
        detail = fr_int(a.shape[1]) if a.shape[1] == b.shape[1] else f"{fr_int(a.shape[1])} contre {fr_int(b.shape[1])} (GeoPandas)"
        if a.shape[1] == b.shape[1] and not same:
            detail += ", mais couples différents"
        checks.append((label, same, detail))
    if eng["near_pairs"].shape == gp["near_pairs"].shape and np.array_equal(eng["near_pairs"], gp["near_pairs"]):
        gap = float(np.max(np.abs(eng["near_distances"] - gp["near_distances"]), initial=0.0))
        checks.append(("Distances de ces couples (écart < 1e-6 m)", gap < TOLERANCE_M, f"écart max {fr_sci(gap)} m"))

    found_e, found_g = eng["nearest_index"] >= 0, gp["nearest_index"] >= 0
    same_found = bool(np.array_equal(found_e, found_g))
    checks.append(("Points ayant un élément à moins de 1 km", same_found, fr_int(int(found_e.sum())) if same_found else f"{fr_int(int(found_e.sum()))} contre {fr_int(int(found_g.sum()))} (GeoPandas)"))
    both = found_e & found_g
    gap = float(np.max(np.abs(eng["nearest_distance"][both] - gp["nearest_distance"][both]), initial=0.0))
    checks.append(("Distance à l'élément le plus proche (écart < 1e-6 m)", gap < TOLERANCE_M, f"écart max {fr_sci(gap)} m"))
    # The engine's nearest element must be one of GeoPandas' rows at the minimal distance.
    ties = gp["nearest_ties"]
    ties = ties[ties["d"] <= ties.groupby("i")["d"].transform("min") + TOLERANCE_M]
    n_el = int(max(eng["nearest_index"].max(), ties["j"].max() if len(ties) else 0)) + 1
    keys_g = ties["i"].to_numpy(dtype=np.int64) * n_el + ties["j"].to_numpy(dtype=np.int64)
    idx = np.flatnonzero(both)
    keys_e = idx * n_el + eng["nearest_index"][idx]
    among = bool(np.isin(keys_e, keys_g).all())
    n_ties = int((ties.groupby("i").size() > 1).sum())
    checks.append(("Élément le plus proche parmi les ex aequo de GeoPandas", among, f"{fr_int(n_ties)} points à égalité"))
    return checks


# --------------------------------------------------------------------------- memory (child processes)


def _status_kib(field: str):
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def _reset_peak() -> bool:
    """Reset the kernel's peak RSS counter (VmHWM) of this process; Linux only."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


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
        frames = reference_frames(ref)
        pts = points_frame(points)
        run_geopandas(points_frame(points[:WARMUP_N]), reference_frames(ref))
        args = (pts, frames)
        run = run_geopandas
    # Linux: VmHWM is this process's own peak RSS. getrusage's ru_maxrss is not used there,
    # because the kernel carries the parent's peak over into the child at fork/exec, which
    # would report the parent's (the main bench process's) peak instead of this side's.
    peak_setup = _status_kib("VmHWM")
    rss_before = _status_kib("VmRSS")
    reset = _reset_peak()
    seconds = run(*args)["seconds"]
    peak_run = _status_kib("VmHWM") if reset else None
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


def measure_memory(side: str, n: int, seed: int) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", side, "--n", str(n), "--seed", str(seed)]
    proc = subprocess.run(cmd, check=False, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        sys.exit(f"La mesure mémoire du côté {SIDE_FR[side]} a échoué (code {proc.returncode}).")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------- French formatting


def fr_int(value: int) -> str:
    return f"{value:,}".replace(",", "\u202f")


def fr_num(value: float, digits: int = 2) -> str:
    return f"{value:,.{digits}f}".replace(",", "\u202f").replace(".", ",")


def fr_sci(value: float) -> str:
    return f"{value:.1e}".replace(".", ",")


def fr_mo(value) -> str:
    return "–" if value is None else fr_num(value / 1e6, 0) + " Mo"


def versions() -> dict:
    import geopandas
    import pandas

    return {
        "python": platform.python_version(),
        "numpy": np.__version__,
        "shapely": shapely.__version__,
        "geos": shapely.geos_version_string,
        "pandas": pandas.__version__,
        "geopandas": geopandas.__version__,
        "processeurs": os.cpu_count(),
        "machine": platform.machine(),
    }


# --------------------------------------------------------------------------- main


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Mesure le moteur d'analyse face à GeoPandas sur des points synthétiques, fictifs.")
    parser.add_argument("--n", type=int, default=DEFAULT_N, help=f"nombre de points synthétiques (défaut : {DEFAULT_N})")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"graine du tirage (défaut : {DEFAULT_SEED})")
    parser.add_argument("--repeat", type=int, default=1, help="nombre de mesures de temps par côté ; la médiane est retenue (défaut : 1)")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "bench", help="dossier du fichier JSON (défaut : out/bench)")
    parser.add_argument("--no-memory", action="store_true", help="ne pas mesurer la mémoire de pointe (processus enfants)")
    parser.add_argument("--profile", action="store_true", help="profiler aussi le moteur (cProfile, fonctions les plus coûteuses)")
    parser.add_argument("--child", choices=("engine", "geopandas"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.n < 1 or args.repeat < 1:
        parser.error("--n et --repeat doivent être positifs")
    if args.child:
        child(args.child, args.n, args.seed)
        return 0

    started = time.perf_counter()
    ref = load_reference()
    warm_reference(ref)
    print(f"Banc d'essai du moteur d'analyse face à GeoPandas : {fr_int(args.n)} points synthétiques, fictifs (aucune donnée réelle).")
    points, drawn = synthetic_points(ref, args.n, args.seed)
    print(
        f"  Tirage reproductible (graine {args.seed}) : {fr_int(drawn['n_bassin_minier'])} points uniformes dans le bassin minier, "
        f"{fr_int(drawn['n_departements'])} dans le Nord et le Pas-de-Calais (Lambert-93)."
    )
    print(f"  Référence : {ref.path.name} ({ref.version}).")
    print(f"  Distance de recherche {fr_int(int(DISTANCE_M))} m ; élément le plus proche cherché jusqu'à {fr_int(int(NEAREST_MAX_M))} m.")
    print("  Chronométré : l'analyse seule. Hors chrono : lecture de la référence, tirage des points, construction")
    print("  du tableau shapely et des GeoDataFrames, échauffement, vérification. Aucun index spatial préconstruit.")

    # Inputs of both sides, built outside the timed sections; warm-ups are not timed either.
    frames = reference_frames(ref)
    pts = points_frame(points)
    run_engine(points[:WARMUP_N], ref)
    run_geopandas(points_frame(points[:WARMUP_N]), reference_frames(ref))

    timings = {"engine": [], "geopandas": []}
    stages = []
    eng = gp = None
    for _ in range(args.repeat):  # alternate the sides so that drifts affect both alike
        eng = gp = None  # free the previous run's results first
        eng = run_engine(points, ref)
        timings["engine"].append(eng["seconds"])
        gp = run_geopandas(pts, frames)
        timings["geopandas"].append(gp["seconds"])
        stages.append(gp["stages"])
    seconds = {side: float(np.median(values)) for side, values in timings.items()}
    gp_stages = {name: float(np.median([s[name] for s in stages])) for name in stages[0]}

    checks = agreement(eng, gp)
    all_agree = all(ok for _, ok, _ in checks)
    found = {
        "zones": {z: int((eng["zone"] == z).sum()) for z in ZONES},
        "couples_elements_intersectes": int(eng["element_pairs"].shape[1]),
        "couples_abords_mh": int(eng["abords_pairs"].shape[1]),
        "couples_elements_a_moins_de_1km": int(eng["near_pairs"].shape[1]),
        "points_avec_element_le_plus_proche": int((eng["nearest_index"] >= 0).sum()),
    }
    eng = gp = None

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

    del pts, frames, points  # the children draw their own copy
    memory = {}
    if not args.no_memory:
        for side in ("engine", "geopandas"):
            memory[side] = measure_memory(side, args.n, args.seed)

    # ---- targets
    ratio = seconds["geopandas"] / seconds["engine"]
    scaled = "" if args.n == TARGET_N else f" ; cible fixée pour {fr_int(TARGET_N)} points, mesure sur {fr_int(args.n)} : indicatif"
    targets = [
        ("Moteur pas plus lent que GeoPandas", seconds["engine"] <= seconds["geopandas"], f"{fr_num(seconds['engine'])} s contre {fr_num(seconds['geopandas'])} s"),
        (f"Moteur en moins de {fr_int(int(TARGET_SECONDS))} s", seconds["engine"] < TARGET_SECONDS, f"{fr_num(seconds['engine'])} s{scaled}"),
    ]
    if memory:
        peak = memory["engine"]["rss_pic_processus_octets"]
        targets.append(("Mémoire de pointe du moteur < 1 Go", peak < TARGET_PEAK_BYTES, f"{fr_mo(peak)}, processus entier{scaled}"))
    else:
        targets.append(("Mémoire de pointe du moteur < 1 Go", None, "non mesurée (--no-memory)"))

    # ---- report (French)
    w, c = 46, 14
    print()
    label = "Temps d'analyse (s)" + (f", médiane de {args.repeat}" if args.repeat > 1 else "")
    print(f"{'':{w}}{'Moteur':>{c}}{'GeoPandas':>{c}}")
    print(f"{label:{w}}{fr_num(seconds['engine']):>{c}}{fr_num(seconds['geopandas']):>{c}}")
    if memory:
        rows = (
            ("Mémoire de pointe du processus", "rss_pic_processus_octets"),
            ("  dont déjà occupée avant l'analyse", "rss_avant_analyse_octets"),
            ("  pic pendant l'analyse seule", "rss_pic_pendant_analyse_octets"),
        )
        for label, key in rows:
            print(f"{label:{w}}{fr_mo(memory['engine'][key]):>{c}}{fr_mo(memory['geopandas'][key]):>{c}}")
    print(f"{'Rapport des temps GeoPandas / moteur':{w}}{fr_num(ratio) + ' ×':>{c}}")
    print("  Détail GeoPandas (s) : " + " ; ".join(f"{STAGE_FR[name]} {fr_num(v)}" for name, v in gp_stages.items()))

    print("\nConcordance des résultats (moteur et GeoPandas) :")
    for label, ok, detail in checks:
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
    report = {
        "description": "Banc d'essai du moteur d'analyse face à GeoPandas, sur des points synthétiques, fictifs.",
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "points": {"n": args.n, "graine": args.seed, "part_bassin_minier": BASIN_SHARE, **drawn, "synthetiques": True, "crs": CRS},
        "reference": {"chemin": str(ref.path), "version": ref.version},
        "parametres": {"distance_m": DISTANCE_M, "distance_max_plus_proche_m": NEAREST_MAX_M, "repetitions": args.repeat},
        "chronometre": "analyse seule ; hors chrono : référence, tirage, tableau shapely, GeoDataFrames, échauffement, vérification",
        "temps_s": {
            "moteur": seconds["engine"],
            "geopandas": seconds["geopandas"],
            "moteur_mesures": timings["engine"],
            "geopandas_mesures": timings["geopandas"],
            "geopandas_etapes": gp_stages,
            "rapport_geopandas_sur_moteur": ratio,
        },
        "memoire_octets": {SIDE_FR[side].lower(): values for side, values in memory.items()},
        "resultats_moteur": found,
        "concordance": [{"verification": label, "ok": bool(ok), "detail": detail} for label, ok, detail in checks],
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
