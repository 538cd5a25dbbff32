"""CSV files for people who open them in Excel or LibreOffice: UTF-8 with a BOM (accents read right), «;»
separators (French locale), and text cells that a spreadsheet would run as a formula neutralised.

A permit description, an alert title or a PLU label starting with «=», «+», «-», «@», a tab or a carriage
return would be executed by Excel (CSV injection, OWASP): such cells get a leading apostrophe, which
spreadsheets hide and treat as «this is text». Numbers stay numbers (a negative number is not touched).
"""

from pathlib import Path
from typing import Optional

import numpy as np
import pandas as pd

from ..atomic_files import OutputSet

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value):
    """A cell that a spreadsheet cannot read as a formula (prefixed with «'» when it starts with =, +, -, @)."""
    if isinstance(value, str) and value.startswith(_TRIGGERS):
        return "'" + value
    return value


def neutralised(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of the table with every text cell neutralised (vectorised: only the cells that start with a trigger
    are rewritten, the same as :func:`neutralise_cell` cell by cell)."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype != object:
            continue
        values = out[col].to_numpy(dtype=object)
        is_text = np.fromiter((type(v) is str for v in values), dtype=bool, count=len(values))
        if not is_text.any():
            continue
        first = np.asarray(values[is_text].tolist(), dtype="U1")  # each text's first character, cut by NumPy
        risky = np.zeros(len(values), dtype=bool)
        risky[np.flatnonzero(is_text)[np.isin(first, _TRIGGERS)]] = True
        if risky.any():
            out.loc[risky, col] = ["'" + v for v in values[risky]]
    return out


def write_spreadsheet_csv(df: pd.DataFrame, path, outputs: Optional[OutputSet] = None) -> Path:
    """Write ``df`` for a spreadsheet (see the module docstring); returns the path. The file is written under a
    temporary name and renamed (whole or not at all); with ``outputs``, renamed with the rest of that set."""
    path = Path(path)
    if outputs is None:
        with OutputSet() as own:
            return write_spreadsheet_csv(df, path, own)
    neutralised(df).to_csv(outputs.staged(path), sep=";", index=False, encoding="utf-8-sig")
    return path
