"""Coordinate reference systems: parsing, reprojection to Lambert-93, sanity checks."""

import threading

import numpy as np
import shapely

from .errors import CrsError
from .i18n import tr

L93 = "EPSG:2154"

# Metropolitan France in Lambert-93 (with a margin), and the two departments of the basin.
FRANCE_L93_BOUNDS = (50_000.0, 6_000_000.0, 1_300_000.0, 7_150_000.0)


_local = threading.local()


def _per_thread(fn):
    """Cache per thread: pyproj CRS and Transformer objects must not cross threads (a sweep or a PLU comparison
    runs in a worker thread; a CRS cached by one task and used by the next crashed PROJ in the test suite)."""

    def wrapper(arg):
        caches = getattr(_local, "caches", None)
        if caches is None:
            caches = _local.caches = {}
        cache = caches.setdefault(fn.__name__, {})
        if arg not in cache:
            if len(cache) > 64:
                cache.clear()
            cache[arg] = fn(arg)
        return cache[arg]

    wrapper.__doc__ = fn.__doc__
    wrapper.__name__ = fn.__name__
    return wrapper


@_per_thread
def parse_crs(text: str):
    """Return a ``pyproj.CRS`` for ``EPSG:XXXX``, a WKT or a PROJ string; French error otherwise."""
    from pyproj import CRS
    from pyproj.exceptions import CRSError

    if text is None or str(text).strip() == "":
        return CRS.from_user_input(L93)
    raw = str(text).strip()
    if raw.isdigit():
        raw = f"EPSG:{raw}"
    try:
        return CRS.from_user_input(raw)
    except CRSError:
        raise CrsError(
            tr(
                "Système de coordonnées inconnu : « {crs} ». Indiquez un code EPSG valide, par exemple EPSG:2154 "
                "(Lambert-93) ou EPSG:4326 (WGS84)."
            ).format(crs=text)
        ) from None


def crs_label(crs) -> str:
    """«EPSG:2154» for a CRS with an authority code, else its name."""
    auth = crs.to_authority()
    return f"{auth[0]}:{auth[1]}" if auth else crs.name


@_per_thread
def _transformer(src_wkt: str):
    from pyproj import CRS, Transformer

    return Transformer.from_crs(CRS.from_wkt(src_wkt), CRS.from_user_input(L93), always_xy=True)


@_per_thread
def _transformer_to_wgs84(dummy: str):
    from pyproj import CRS, Transformer

    return Transformer.from_crs(CRS.from_user_input(L93), CRS.from_user_input("EPSG:4326"), always_xy=True)


def l93_to_wgs84(geoms: np.ndarray) -> np.ndarray:
    """Reproject an array of shapely geometries from EPSG:2154 to WGS 84 longitude/latitude (what web APIs take)."""
    transformer = _transformer_to_wgs84(L93)

    def _fn(coords):
        x, y = transformer.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    return shapely.transform(geoms, _fn)


def is_l93(crs) -> bool:
    """True when the CRS is Lambert-93 (EPSG:2154)."""
    return crs.to_epsg() == 2154


def to_l93(geoms: np.ndarray, crs) -> np.ndarray:
    """Reproject an array of shapely geometries to EPSG:2154 (vectorised)."""
    if is_l93(crs):
        return geoms
    transformer = _transformer(crs.to_wkt())

    def _fn(coords):
        x, y = transformer.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    return shapely.transform(geoms, _fn)


def looks_like_degrees(geoms: np.ndarray) -> np.ndarray:
    """True where a geometry's bounds fit in longitude/latitude ranges (-180..180, -90..90)."""
    b = shapely.bounds(geoms)
    with np.errstate(invalid="ignore"):
        return (np.abs(b[:, [0, 2]]) <= 180).all(axis=1) & (np.abs(b[:, [1, 3]]) <= 90).all(axis=1)


def outside_france(geoms_l93: np.ndarray) -> np.ndarray:
    """True where a geometry in Lambert-93 does not lie within metropolitan France's extent."""
    b = shapely.bounds(geoms_l93)
    xmin, ymin, xmax, ymax = FRANCE_L93_BOUNDS
    with np.errstate(invalid="ignore"):
        inside = (b[:, 0] >= xmin) & (b[:, 2] <= xmax) & (b[:, 1] >= ymin) & (b[:, 3] <= ymax)
    return ~inside
