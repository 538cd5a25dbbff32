"""The approximate-location rule: a case located only roughly (a whole commune) never counts as being in the Bien or
the zone tampon.

Screening a whole commune says whether the commune touches the Bien, not whether the case does. Such a case gets the
zone «commune» (counted apart everywhere: register, reports, CSV, filters, ``screen``, Processing); what its commune
touches is kept in «zone_commune» so the report can still say which communes of the Bien it may concern; no
element, component or rule is attributed from a whole commune, and its severity is «à vérifier» (look at it, never
«aucune»).
"""

import numpy as np
import pandas as pd

from ..i18n import tr
from ..vocabulary import APPROXIMATE_LOCATIONS, SEVERITY_CHECK, ZONE_BIEN, ZONE_COMMUNE, ZONE_TAMPON

# Columns that an approximate location cannot support (they would inflate severities and clusters).
UNSUPPORTED_COLUMNS = (
    "composantes",
    "elements",
    "elements_proches",
    "abords_mh",
    "element_proche",
    "regles",
    "regles_donnee_manquante",
)


def is_approximate(localisation) -> np.ndarray:
    """True where a localisation («parcelles», «coordonnees», «commune», …) is only approximate."""
    values = np.asarray(pd.Series(localisation, dtype=object).fillna("").astype(str).str.strip().str.lower())
    return np.isin(values, APPROXIMATE_LOCATIONS)


def apply_approximate_location(table: pd.DataFrame, approximate) -> pd.DataFrame:
    """The table with the rule applied to the rows marked ``approximate``: zone «commune», the zone of the
    commune in «zone_commune» (empty elsewhere), nothing attributed, severity «à vérifier»."""
    mask = np.asarray(approximate, dtype=bool)
    if len(mask) != len(table):
        raise ValueError("approximate: one flag per row")
    zone = table["zone"].to_numpy(dtype=object)
    changed = {"zone_commune": np.where(mask, zone, None), "zone": np.where(mask, ZONE_COMMUNE, zone)}
    for name in UNSUPPORTED_COLUMNS:
        if name in table.columns:
            changed[name] = np.where(mask, "", table[name].to_numpy(dtype=object))
    if "severite" in table.columns:
        changed["severite"] = np.where(mask, SEVERITY_CHECK, table["severite"].to_numpy(dtype=object))
    if not table.columns.is_unique:  # pragma: no cover - a case table names each column once
        out = table.copy()
        for name, values in changed.items():
            out[name] = values
        return out
    # one new frame, the columns replaced given whole (setting them one by one on a copy split its blocks each time)
    columns = list(table.columns) + ([] if "zone_commune" in table.columns else ["zone_commune"])
    return pd.DataFrame(
        {name: changed[name] if name in changed else table[name].array for name in columns}, index=table.index
    )


def commune_touches(zone) -> str:
    """What the commune of an approximately located case touches, said in French: «touche le Bien», «touche la
    zone tampon (pas le Bien)» or «ne touche ni le Bien ni la zone tampon»."""
    if zone == ZONE_BIEN:
        return tr("touche le Bien")
    if zone == ZONE_TAMPON:
        return tr("touche la zone tampon (pas le Bien)")
    return tr("ne touche ni le Bien ni la zone tampon")
