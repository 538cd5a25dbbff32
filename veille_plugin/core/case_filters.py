"""Filtering the register's cases (vectorised; the «Veille» dock and the CLI share it)."""
from typing import Optional

import numpy as np
import pandas as pd

from .text import normalize


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
        hay = (col("numero").fillna("").astype(str) + " " + col("travaux").fillna("").astype(str) + " " + col("commune_nom").fillna("").astype(str) + " " + col("elements").fillna("").astype(str)).map(normalize)
        mask &= hay.str.contains(key, regex=False).to_numpy()
    return mask
