"""Filtering the register's cases (vectorised; the «Veille» dock and the CLI share it)."""

from typing import Optional

import numpy as np
import pandas as pd

from ..text import normalize
from ..vocabulary import CHANGE_GONE, CHANGE_MODIFIED, CHANGE_NEW


def filter_mask(
    cases: pd.DataFrame,
    zone: Optional[str] = None,
    severity: Optional[str] = None,
    status: Optional[str] = None,
    commune: Optional[str] = None,
    epci: Optional[str] = None,
    date_from: Optional[str] = None,
    date_to: Optional[str] = None,
    text: Optional[str] = None,
) -> np.ndarray:
    """Boolean mask of the cases matching every given criterion (None or "" = no filter).

    ``commune`` and ``text`` ignore case and accents; ``text`` looks in the dossier number, works,
    commune and element ids; dates are ISO strings (yyyy-mm-dd) compared with ``date_depot``.
    """
    n = len(cases)
    mask = np.ones(n, dtype=bool)
    if n == 0:
        return mask

    def col(name):
        return cases[name] if name in cases.columns else pd.Series([None] * n, index=cases.index)

    for name, value in (("zone", zone), ("severite", severity), ("statut_veille", status), ("epci", epci)):
        if value:
            mask &= (col(name) == value).to_numpy()
    if commune:
        key = normalize(commune)
        names = col("commune_nom").fillna("").map(normalize)
        mask &= (names.str.contains(key, regex=False) | (col("commune_insee").fillna("") == commune.strip())).to_numpy()
    if date_from or date_to:
        dates = pd.to_datetime(col("date_depot"), errors="coerce")
        if date_from:
            mask &= (dates >= pd.Timestamp(date_from)).fillna(False).to_numpy()
        if date_to:
            mask &= (dates <= pd.Timestamp(date_to)).fillna(False).to_numpy()
    if text:
        key = normalize(text)
        hay = (
            col("numero").fillna("").astype(str)
            + " "
            + col("travaux").fillna("").astype(str)
            + " "
            + col("commune_nom").fillna("").astype(str)
            + " "
            + col("elements").fillna("").astype(str)
        ).map(normalize)
        mask &= hay.str.contains(key, regex=False).to_numpy()
    return mask


def change_marks(cases: pd.DataFrame, modified=frozenset()) -> np.ndarray:
    """What the latest sweep did to each case of the register: «disparu», «nouveau», «modifié», or "".

    «nouveau»: first seen in the latest sweep; «modifié»: in ``modified`` (keys ``numero_norm`` the latest sweep
    changed, :meth:`Register.changed_in_sweep`); «disparu»: marked gone. Vectorised over the whole register.
    """
    n = len(cases)
    gone = (
        pd.to_numeric(cases["disparu"], errors="coerce").fillna(0).to_numpy() == 1
        if "disparu" in cases
        else np.zeros(n, bool)
    )
    last = (
        pd.to_numeric(cases["last_sweep"], errors="coerce")
        if "last_sweep" in cases
        else pd.Series(np.nan, index=cases.index)
    )
    latest = last.max() if n else None
    first = (
        pd.to_numeric(cases["first_sweep"], errors="coerce")
        if "first_sweep" in cases
        else pd.Series(np.nan, index=cases.index)
    )
    new = (first == latest).to_numpy()
    changed = (
        cases["numero_norm"].isin(set(modified)).to_numpy()
        if modified and "numero_norm" in cases
        else np.zeros(n, bool)
    )
    return np.where(gone, CHANGE_GONE, np.where(new, CHANGE_NEW, np.where(changed, CHANGE_MODIFIED, "")))
