"""Which alerts a list shows: a boolean mask over the alerts table (status, priority, free text)."""

from typing import Optional

import numpy as np
import pandas as pd

from ..text import normalize
from .model import STATUTS_CLOS

#: Special status filters of the lists (besides one status by name).
OPEN, CLOSED = "__ouvertes__", "__closes__"


def filter_alerts(
    df: pd.DataFrame, statut: Optional[str] = None, priorite: Optional[str] = None, text: Optional[str] = None
) -> np.ndarray:
    """Mask of the alerts to show. ``statut``: a status, OPEN or CLOSED; ``text``: every word must appear in the
    title, the elements (identifiers or names), the commune or the description (accents and case ignored)."""
    mask = np.ones(len(df), dtype=bool)
    if not len(df):
        return mask
    if statut == OPEN:
        mask &= ~df["statut"].isin(STATUTS_CLOS).to_numpy()
    elif statut == CLOSED:
        mask &= df["statut"].isin(STATUTS_CLOS).to_numpy()
    elif statut:
        mask &= (df["statut"] == statut).to_numpy()
    if priorite:
        mask &= (df["priorite"] == priorite).to_numpy()
    if text and text.strip():
        haystack = (
            df["titre"].fillna("")
            + " "
            + df["elements"].fillna("")
            + " "
            + df["elements_noms"].fillna("")
            + " "
            + df["commune_nom"].fillna("")
            + " "
            + df["description"].fillna("")
        ).map(normalize)
        for word in normalize(text).split():
            mask &= haystack.str.contains(word, regex=False).to_numpy()
    return mask
