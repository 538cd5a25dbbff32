"""What the benchmarks of `make bench` share: the synthetic FICTITIOUS inputs, memory readings from /proc and
French number formatting. Public helpers only: the bench scripts import from here, never from each other."""

import os
import platform
import sys
from pathlib import Path

import numpy as np
import shapely

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from veille_plugin.core.errors import ReferenceDataError  # noqa: E402

BASIN_SHARE = 0.6  # share of synthetic points drawn inside the basin (the rest: anywhere in the two departments)

# FICTITIOUS works, natures and case types drawn for the benchmark cases
WORKS = np.array(
    [
        "",
        "ravalement de façade",
        "remplacement des menuiseries PVC",
        "démolition d'un garage",
        "extension de la maison",
        "construction neuve d'une maison individuelle",
        "isolation par l'extérieur",
        "pose de panneaux solaires",
        "clôture et portail",
        "division parcellaire",
        "requalification des espaces publics",
        "terrassement",
        "changement de destination",
    ],
    dtype=object,
)
NATURES = np.array(
    ["", "", "", "bâtiment", "maison individuelle", "infrastructure", "développement commercial", "éolienne"],
    dtype=object,
)
TYPES = np.array(["PC", "DP", "DP", "PD", "PA", "projet"], dtype=object)


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


def status_kib(field: str):
    """A field of /proc/self/status in KiB (VmHWM, VmRSS…), or None off Linux."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def reset_peak() -> bool:
    """Reset the kernel's peak RSS counter (VmHWM) of this process; Linux only."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def fr_int(value: int) -> str:
    """An integer as the French write it: «1 000 000» (narrow no-break space)."""
    return f"{value:,}".replace(",", "\u202f")


def fr_num(value: float, digits: int = 2) -> str:
    """A decimal as the French write it: «1 234,56»."""
    return f"{value:,.{digits}f}".replace(",", "\u202f").replace(".", ",")


def fr_sci(value: float) -> str:
    """Scientific notation with a decimal comma: «1,0e-06»."""
    return f"{value:.1e}".replace(".", ",")


def fr_mo(value) -> str:
    """Bytes in megabytes (10^6), French style; «–» when unknown."""
    return "–" if value is None else fr_num(value / 1e6, 0) + " Mo"


def versions() -> dict:
    """The versions a benchmark ran with (Python, numpy, shapely, GEOS, pandas, GeoPandas, CPU)."""
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
