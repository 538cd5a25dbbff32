"""What comes first in every list and report: the priority (then what is new, then the rules' severity).

One ordering for the sweep's outputs (cases.csv, cases.gpkg, report), the committee reports and the command line, so
that a case is in the same place wherever it is read. Reports for the committees put the Bien first.
"""

import numpy as np
import pandas as pd

from ..i18n import tr
from ..vocabulary import CHANGE_ORDER, SEVERITIES_DISPLAY, ZONE_BIEN
from .method import load_method

#: Rank given to a row without a priority (a case recorded before the priority existed, not yet swept again).
MISSING_RANK = 6


def priority_label(rank) -> str:
    """«1 – très haute» … «5 – très basse» for a rank (the method's words, translated for display when a translation
    exists: «1 – very high» in English); «» when there is none."""
    try:
        label = load_method().rank_labels.get(int(rank), "")
    except (TypeError, ValueError):
        return ""
    return tr(label) if label else ""


def priority_labels(ranks, translated: bool = True) -> np.ndarray:
    """:func:`priority_label` of a column of ranks, vectorised; ``translated=False`` keeps the method's French words
    (the files a sweep writes: cases.csv, cases.gpkg)."""
    labels = load_method().rank_labels
    if translated:
        labels = {k: tr(v) for k, v in labels.items()}
    values = pd.to_numeric(pd.Series(ranks), errors="coerce")
    words = {r: labels.get(int(r), "") for r in values.dropna().unique()}  # once per rank, not per case
    return values.map(words).fillna("").to_numpy(dtype=object)


def significance_order() -> dict:
    """{significance label: 0 for the strongest …}, to order the cases of one rank."""
    return {sig["libelle"]: k for k, sig in enumerate(load_method().significances)}


def sort_by_priority(cases: pd.DataFrame, bien_first: bool = False) -> pd.DataFrame:
    """Rows ordered: (the Bien first,) priority rank, new before modified before the rest, severity, number."""
    keys = {}
    if bien_first and "zone" in cases.columns:
        keys["_bien"] = (cases["zone"] != ZONE_BIEN).astype(int)
    rank = cases["priorite_rang"] if "priorite_rang" in cases.columns else pd.Series(np.nan, index=cases.index)
    keys["_rang"] = pd.to_numeric(rank, errors="coerce").fillna(MISSING_RANK)
    if "priorite_importance" in cases.columns:  # within a rank, the stronger effect first («très grande» first)
        strength = significance_order()
        keys["_effet"] = cases["priorite_importance"].map(strength).fillna(len(strength))
    if "changement" in cases.columns:
        keys["_change"] = cases["changement"].map(CHANGE_ORDER).fillna(len(CHANGE_ORDER))
    if "severite" in cases.columns:
        sev = {s: k for k, s in enumerate(SEVERITIES_DISPLAY)}
        keys["_sev"] = cases["severite"].map(sev).fillna(len(sev))
    if "numero" in cases.columns:
        keys["numero"] = cases["numero"]
    return cases.iloc[_stable_order(list(keys.values()))]


def _stable_order(keys: list) -> np.ndarray:
    """Positions of the rows sorted by ``keys`` (first key first), missing values last, ties in their order: what
    ``sort_values(keys, kind="stable")`` gives, from each key's sorted codes (no copy of the table)."""
    codes = []
    for key in keys:
        values, uniques = pd.factorize(key, sort=True)  # the order of Categorical(ordered=True), as sort_values
        codes.append(np.where(values < 0, len(uniques), values))
    return np.lexsort(codes[::-1]) if codes else np.arange(0)
