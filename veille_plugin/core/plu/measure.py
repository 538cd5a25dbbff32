"""Measuring pieces of land against the Bien: hectares inside the components, the zone tampon, and within a
distance of the elements; elements nearby; commune (INSEE). Vectorised (STRtree pairs + pairwise GEOS ops)."""

from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely

from ..reference.data import ReferenceData


@dataclass
class Surroundings:
    """The Bien, the zone tampon and the elements' surroundings, indexed for measuring pieces."""

    bien: np.ndarray
    bien_tree: shapely.STRtree
    zt: np.ndarray
    zt_tree: shapely.STRtree
    near: np.ndarray  # parts of the union of element buffers
    near_tree: shapely.STRtree
    distance: float


def _near_parts(ref: ReferenceData, distance: float) -> np.ndarray:
    """Parts of the union of the elements' buffers (cached on the reference object per distance)."""
    cache = ref.__dict__.setdefault("_plu_near_parts", {})
    if distance not in cache:
        buffers = shapely.buffer(ref.elements.geometries, distance, quad_segs=8)
        cache[distance] = shapely.get_parts(shapely.union_all(buffers))
    return cache[distance]


def surroundings(ref: ReferenceData, distance: float = 500.0) -> Surroundings:
    """The surroundings to measure against, at ``distance`` metres of the elements."""
    near = _near_parts(ref, float(distance)) if distance > 0 else np.array([], dtype=object)
    bien = np.asarray(ref.components.geometries, dtype=object)
    zt = np.asarray(ref.buffer_zone.geometries, dtype=object)
    return Surroundings(
        bien, ref.components.tree, zt, ref.buffer_zone.tree, near, shapely.STRtree(near), float(distance)
    )


def _inside(geoms: np.ndarray, parts: np.ndarray, tree: shapely.STRtree, dims: np.ndarray):
    """(area in m² inside, length in m inside, any contact) per geometry; the parts do not overlap."""
    n = len(geoms)
    area = np.zeros(n)
    length = np.zeros(n)
    touch = np.zeros(n, dtype=bool)
    if n == 0 or len(parts) == 0:
        return area, length, touch
    i, j = tree.query(geoms, predicate="intersects")
    if not len(i):
        return area, length, touch
    touch[i] = True
    poly = dims[i] == 2
    line = dims[i] == 1
    if poly.any():
        inter = shapely.intersection(geoms[i[poly]], parts[j[poly]])
        area += np.bincount(i[poly], weights=shapely.area(inter), minlength=n)
    if line.any():
        inter = shapely.intersection(geoms[i[line]], parts[j[line]])
        length += np.bincount(i[line], weights=shapely.length(inter), minlength=n)
    return area, length, touch


def measure(geoms, ref: ReferenceData, distance: float = 500.0, env: Surroundings = None) -> pd.DataFrame:
    """Per geometry (EPSG:2154): surface and length, hectares in the Bien / zone tampon / within ``distance`` of
    an element, flags, the elements within ``distance`` (ids «;»-joined), distance to the nearest one, INSEE."""
    geoms = np.asarray(geoms, dtype=object)
    n = len(geoms)
    env = env or surroundings(ref, distance)
    ok = ~pd.isna(geoms)
    dims = np.full(n, -1)
    if ok.any():
        dims[ok] = shapely.get_dimensions(geoms[ok])
    g = geoms.copy()
    g[~ok] = shapely.Point()
    area = np.where(dims == 2, shapely.area(g), 0.0)
    length = np.where(dims == 1, shapely.length(g), 0.0)
    a_b, l_b, t_b = _inside(g, env.bien, env.bien_tree, dims)
    a_z, l_z, t_z = _inside(g, env.zt, env.zt_tree, dims)
    a_n, l_n, t_n = _inside(g, env.near, env.near_tree, dims)
    el = ref.elements
    ids = el.attributes["identifiant"].astype(str).to_numpy(dtype=object)
    near_ids = np.full(n, "", dtype=object)
    nearest = np.full(n, np.nan)
    if n and env.distance > 0:
        i, j = el.tree.query(g, predicate="dwithin", distance=env.distance)
        if len(i):
            d = shapely.distance(g[i], el.geometries[j])
            frame = pd.DataFrame({"i": i, "id": ids[j], "d": d}).sort_values(["i", "d"])
            joined = frame.groupby("i", sort=False)["id"].agg(lambda s: ";".join(dict.fromkeys(s)))
            near_ids[joined.index.to_numpy()] = joined.to_numpy()
            mins = frame.groupby("i", sort=False)["d"].min()
            nearest[mins.index.to_numpy()] = mins.to_numpy()
    insee = np.full(n, None, dtype=object)
    com = ref.communes
    if n:
        pts = shapely.point_on_surface(g)
        i, j = com.tree.query(pts, predicate="within")
        codes = com.attributes["insee"].astype(str).to_numpy(dtype=object)
        insee[i[::-1]] = codes[j[::-1]]  # first match wins
    out = pd.DataFrame(
        {
            "surface_ha": np.round(area / 10_000, 4),
            "longueur_m": np.round(length, 1),
            "surface_bien_ha": np.round(a_b / 10_000, 4),
            "surface_zone_tampon_ha": np.round(a_z / 10_000, 4),
            "surface_proximite_ha": np.round(a_n / 10_000, 4),
            "longueur_bien_m": np.round(l_b, 1),
            "longueur_zone_tampon_m": np.round(l_z, 1),
            "dans_bien": t_b & ok,
            "dans_zone_tampon": t_z & ok,
            "a_proximite": t_n & ok,
            "elements_proches": near_ids,
            "distance_element_m": np.round(nearest, 1),
            "insee_localisation": insee,
        }
    )
    return out
