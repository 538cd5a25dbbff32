"""Cases (permit applications, PLU changes, projects) as column arrays, ready for vectorised rules.

A case has: an identifier, a type (PC, PD, PA, DP, projet, plu), a description of the works,
a project nature (bâtiment, éolienne, infrastructure…), a height, a footprint area, and a geometry.
"""

from dataclasses import dataclass
from typing import Optional

import numpy as np
import pandas as pd
import shapely

from ..errors import InputError
from ..i18n import tr
from ..text import normalize
from .catalogue import CASE_TYPES

PROJECT_NATURES = (
    "bâtiment",
    "maison individuelle",
    "logements",
    "éolienne",
    "infrastructure",
    "développement commercial",
    "développement économique",
    "espace public",
    "équipement",
    "antenne",
    "autre",
)

_TYPE_ALIASES = {
    "pc": "PC",
    "permis de construire": "PC",
    "pcmi": "PC",
    "pd": "PD",
    "permis de demolir": "PD",
    "pa": "PA",
    "permis d amenager": "PA",
    "dp": "DP",
    "declaration prealable": "DP",
    "dpmi": "DP",
    "projet": "projet",
    "plu": "plu",
    "plui": "plu",
    "modification plu": "plu",
    "revision plu": "plu",
}


def normalize_case_type(value) -> Optional[str]:
    """A case type in its canonical spelling (PC, PD, PA, DP, projet, plu), or None."""
    if value is None or (isinstance(value, float) and np.isnan(value)) or str(value).strip() == "":
        return None
    raw = str(value).strip()
    if raw in CASE_TYPES:
        return raw
    key = normalize(raw)
    if key in _TYPE_ALIASES:
        return _TYPE_ALIASES[key]
    first = key.split()[0] if key else ""
    return _TYPE_ALIASES.get(first)


@dataclass
class Cases:
    """A batch of cases as arrays: ids, types, works, natures, heights, footprints."""

    ids: np.ndarray  # object
    case_type: np.ndarray  # object: PC, PD…, or None
    works: np.ndarray  # object: normalised description of the works, padded with spaces ("  " if none)
    works_raw: np.ndarray
    nature: np.ndarray  # object: normalised project nature ("" if none)
    nature_raw: np.ndarray
    height_m: np.ndarray  # float, nan if unknown
    footprint_m2: np.ndarray  # float, nan if unknown
    geometries: np.ndarray  # shapely, EPSG:2154
    works_codes: Optional[np.ndarray] = None  # index of each case's works in works_uniques
    works_uniques: Optional[np.ndarray] = None  # distinct normalised works (keyword masks are computed on these)
    #: Where the footprint was given by the case itself (not measured on its geometry, which may be a parcel).
    footprint_declared: Optional[np.ndarray] = None

    def __len__(self):
        return len(self.ids)


def _num(values, n) -> np.ndarray:
    if values is None:
        return np.full(n, np.nan)
    s = pd.Series(values, dtype=object)
    if pd.api.types.infer_dtype(s, skipna=False) == "floating":  # numbers already (the sweep's typed columns)
        return s.to_numpy(dtype=float)
    s = s.map(
        lambda v: (
            str(v).replace(",", ".").strip() if v is not None and not (isinstance(v, float) and np.isnan(v)) else ""
        )
    )
    return pd.to_numeric(s, errors="coerce").to_numpy(dtype=float)


def _clean(values) -> np.ndarray:
    arr = np.asarray(values, dtype=object)
    if arr.ndim == 1 and pd.api.types.infer_dtype(arr, skipna=True) in ("string", "empty"):
        missing = pd.isna(arr)
        if all(v is None or isinstance(v, float) for v in arr[missing]):  # texts, blanks given as None or NaN
            out = arr.copy()
            out[missing] = ""
            return out
    return np.array(
        ["" if v is None or (isinstance(v, float) and np.isnan(v)) else str(v) for v in values], dtype=object
    )


def _map_unique(values: np.ndarray, func):
    """Apply ``func`` once per distinct value (batches repeat the same descriptions): (result, codes, uniques)."""
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    mapped = np.array([func(u) for u in uniques], dtype=object)
    return mapped[codes], codes, mapped


def make_cases(
    geometries_l93,
    ids=None,
    case_type=None,
    works=None,
    nature=None,
    height_m=None,
    footprint_m2=None,
    default_type="projet",
) -> Cases:
    """Build :class:`Cases`; scalars are broadcast. Unknown case types raise a French error naming the case."""
    geoms = np.asarray(geometries_l93, dtype=object)
    n = len(geoms)

    def col(v, fill):
        if v is None:
            return np.full(n, fill, dtype=object)
        if isinstance(v, (str, int, float)):
            return np.full(n, v, dtype=object)
        arr = np.asarray(list(v), dtype=object)
        if len(arr) != n:
            raise InputError(tr("Nombre de valeurs incohérent : {k} au lieu de {n}.").format(k=len(arr), n=n))
        return arr

    ids_arr = col(ids, None) if ids is not None else np.array([str(i + 1) for i in range(n)], dtype=object)
    types_in = col(case_type, default_type)
    types, _c, _u = _map_unique(
        _clean(types_in), lambda t: normalize_case_type(t) or (default_type if t == "" else None)
    )
    bad = np.flatnonzero(pd.isna(types))
    if len(bad):
        i = int(bad[0])
        raise InputError(
            tr("Type de dossier inconnu « {t} » (cas {id}). Types admis : {types}.").format(
                t=types_in[i], id=ids_arr[i], types=", ".join(CASE_TYPES)
            )
        )
    works_raw = _clean(col(works, ""))
    works_norm, works_codes, works_uniques = _map_unique(works_raw, lambda w: " " + normalize(w) + " ")
    nature_raw = np.array([v.strip() for v in _clean(col(nature, ""))], dtype=object)
    nature_arr, _c, _u = _map_unique(nature_raw, normalize)
    height = _num(col(height_m, None), n)
    area = _num(col(footprint_m2, None), n)
    ok = ~pd.isna(geoms)
    polys = np.zeros(n, dtype=bool)
    polys[ok] = np.isin(shapely.get_type_id(geoms[ok]), (3, 6))
    declared = ~np.isnan(area)
    fill = polys & np.isnan(area)
    area[fill] = shapely.area(geoms[fill])
    return Cases(
        ids_arr,
        types,
        works_norm,
        works_raw,
        nature_arr,
        nature_raw,
        height,
        area,
        geoms,
        works_codes,
        works_uniques,
        declared,
    )
