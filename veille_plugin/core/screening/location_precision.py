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


def approximate_columns(columns: dict, approximate) -> dict:
    """The rule of :func:`apply_approximate_location` on a table given as ``{name: column}`` (one value per row):
    a new dict, the columns it changes replaced, «zone_commune» last unless already there."""
    mask = np.asarray(approximate, dtype=bool)
    zone = np.asarray(columns["zone"], dtype=object)
    if len(mask) != len(zone):
        raise ValueError("approximate: one flag per row")
    changed = {"zone_commune": np.where(mask, zone, None), "zone": np.where(mask, ZONE_COMMUNE, zone)}
    for name in UNSUPPORTED_COLUMNS:
        if name in columns:
            changed[name] = np.where(mask, "", np.asarray(columns[name], dtype=object))
    if "severite" in columns:
        changed["severite"] = np.where(mask, SEVERITY_CHECK, np.asarray(columns["severite"], dtype=object))
    out = {name: changed.get(name, values) for name, values in columns.items()}
    out.setdefault("zone_commune", changed["zone_commune"])
    return out


def apply_approximate_location(table: pd.DataFrame, approximate) -> pd.DataFrame:
    """The table with the rule applied to the rows marked ``approximate``: zone «commune», the zone of the
    commune in «zone_commune» (empty elsewhere), nothing attributed, severity «à vérifier»."""
    if len(np.asarray(approximate, dtype=bool)) != len(table):
        raise ValueError("approximate: one flag per row")
    # one new frame, the columns replaced given whole (setting them one by one on a copy split its blocks each time)
    columns = approximate_columns({name: table[name].array for name in table.columns}, approximate)
    return pd.DataFrame(columns, index=table.index)


def commune_touches(zone) -> str:
    """What the commune of an approximately located case touches, said in French: «touche le Bien», «touche la
    zone tampon (pas le Bien)» or «ne touche ni le Bien ni la zone tampon»."""
    if zone == ZONE_BIEN:
        return tr("touche le Bien")
    if zone == ZONE_TAMPON:
        return tr("touche la zone tampon (pas le Bien)")
    return tr("ne touche ni le Bien ni la zone tampon")
