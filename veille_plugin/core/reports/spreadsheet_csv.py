"""CSV files for people who open them in Excel or LibreOffice: UTF-8 with a BOM (accents read right), «;»
separators (French locale), and text cells that a spreadsheet would run as a formula neutralised.

A permit description, an alert title or a PLU label starting with «=», «+», «-», «@», a tab or a carriage
return would be executed by Excel (CSV injection, OWASP): such cells get a leading apostrophe, which
spreadsheets hide and treat as «this is text». Numbers stay numbers (a negative number is not touched).

The file is the one pandas' ``to_csv(sep=";", index=False, encoding="utf-8-sig")`` writes, byte for byte, built
column by column (a million rows in seconds, not a minute): each column's cells are made once as Python strings
(missing values empty, numbers as pandas writes them), the few cells holding «;», a quote or a line break quoted
by the ``csv`` module itself, and the rows joined and written by blocks.
"""

import csv
import os
import re
from pathlib import Path
from typing import Optional

import numpy as np
import pandas as pd

from ..atomic_files import OutputSet

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
#: Characters after which a cell may need quoting: the ``csv`` module decides for the cells holding one of them
_SPECIAL = (";", '"', "\n", "\r")
#: A cell (after the «\\x00» that joins a column's cells) starting with a formula trigger
_TRIGGERED = re.compile("\x00[=+\\-@\t\r]")
#: Rows joined and encoded at a time (bounded memory for a million rows)
BLOCK_ROWS = 100_000
#: Column kinds :func:`csv_cells` writes itself (booleans, integers, floats, objects); others are left to pandas
_CELL_KINDS = "biufO"
#: From this many rows a table is written column by column (:func:`spreadsheet_csv_blocks`), below by pandas
FAST_WRITE_ROWS = 5000


def neutralise_cell(value):
    """A cell that a spreadsheet cannot read as a formula (prefixed with «'» when it starts with =, +, -, @)."""
    if isinstance(value, str) and value.startswith(_TRIGGERS):
        return "'" + value
    return value


def _risky(texts: list) -> np.ndarray:
    """Positions of the texts that start with a formula trigger (each text's first character cut by NumPy)."""
    if not texts:
        return np.zeros(0, dtype=np.int64)
    first = np.asarray(texts, dtype="U1")
    return np.flatnonzero(np.isin(first, _TRIGGERS))


def neutralised(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of the table with every text cell neutralised (vectorised: only the cells that start with a trigger
    are rewritten, the same as :func:`neutralise_cell` cell by cell)."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype != object:
            continue
        values = out[col].to_numpy(dtype=object)
        if pd.api.types.infer_dtype(values, skipna=True) == "string":
            is_text = ~pd.isna(values)
        else:
            is_text = np.fromiter((isinstance(v, str) for v in values), dtype=bool, count=len(values))
        if not is_text.any():
            continue
        where = np.flatnonzero(is_text)
        risky = where[_risky(values[where].tolist())]
        if len(risky):
            out.iloc[risky, out.columns.get_loc(col)] = ["'" + v for v in values[risky]]
    return out


class _LastLine:
    """A file for ``csv.writer`` that keeps the last line written (to quote one cell as the csv module does)."""

    line = ""

    def write(self, text):
        """Keep ``text``, the line csv.writer wrote."""
        self.line = text


def _quoter():
    sink = _LastLine()
    writer = csv.writer(sink, delimiter=";", lineterminator="\n")

    def quote(cell: str) -> str:
        writer.writerow([cell, ""])
        return sink.line[:-2]  # without the empty second cell and the line's end

    return quote


def _quoted(cells: list) -> list:
    """``cells`` quoted as ``csv.writer`` (QUOTE_MINIMAL, «;», lines ended by «\\n») quotes them: a cell holding «;»,
    a quote or a line feed between quotes, its quotes doubled; one holding a carriage return as the csv module of
    this Python does (it changed); a column without any such character (one search) is returned as it is."""
    joined = "\x00".join(cells)
    if not any(s in joined for s in _SPECIAL):
        return cells
    quote = _quoter() if "\r" in joined else None

    def quoted(texts):
        return [
            ('"' + c.replace('"', '""') + '"')
            if (";" in c or '"' in c or "\n" in c)
            else (quote(c) if quote is not None and "\r" in c else c)
            for c in texts
        ]

    codes, uniques = pd.factorize(np.asarray(cells, dtype=object))
    if len(uniques) * 4 > len(cells):  # mostly distinct texts: each cell looked at
        return quoted(cells)
    return np.asarray(quoted(uniques.tolist()) + [""], dtype=object)[codes].tolist()  # once per distinct text


def _neutralise_texts(cells: list, is_text=None) -> None:
    """Prefix with «'», in place, the cells that start with a formula trigger (only where ``is_text``, when given):
    one search over the joined column first, the cells themselves looked at only when one may start so."""
    if not _TRIGGERED.search("\x00" + "\x00".join(cells)):
        return
    risky = _risky(cells)
    if is_text is not None:
        risky = risky[is_text[risky]]
    for k in risky:
        cells[k] = "'" + cells[k]


def csv_cells(series: pd.Series, neutralise: bool = True) -> Optional[list]:
    """The cells of one column as pandas' ``to_csv`` writes them, not yet quoted: missing values empty, numbers as
    pandas writes them, other objects through ``str``; text cells neutralised (:func:`neutralise_cell`) unless told
    otherwise. None for a column type this writer leaves to pandas (dates, categories…)."""
    kind = series.dtype.kind
    values = series.to_numpy()
    if kind == "b":
        return ["True" if v else "False" for v in values.tolist()]
    if kind in "iu":
        return list(map(str, values.tolist()))
    if kind == "f":
        cells = values.astype(str).astype(object)
        cells[np.isnan(values)] = ""
        return cells.tolist()
    if kind != "O":
        return None
    if pd.api.types.infer_dtype(values, skipna=False) == "string":  # texts only, nothing missing
        out = values.tolist()
        if neutralise:
            _neutralise_texts(out)
        return out
    missing = pd.isna(values)
    cells = values.copy()
    cells[missing] = ""
    out = cells.tolist()
    if pd.api.types.infer_dtype(values, skipna=True) in ("string", "empty"):
        if neutralise:
            _neutralise_texts(out)
        return out
    # texts mixed with other objects: those written through str (a float as its repr, as csv does)
    is_text = np.fromiter((isinstance(v, str) for v in out), dtype=bool, count=len(out)) & ~missing
    out = [v if type(v) is str else (repr(v) if type(v) is float else str(v)) for v in out]
    if neutralise:
        _neutralise_texts(out, is_text)
    return out


def spreadsheet_csv_blocks(df: pd.DataFrame):
    """The text of the CSV file of ``df`` (without the BOM) by blocks of rows, the header line first; identical to
    ``neutralised(df).to_csv(sep=";", index=False)``; None for a table this writer leaves to pandas (one column, a
    column of dates or categories, column names that are not texts)."""
    if df.shape[1] < 2 or isinstance(df.columns, pd.MultiIndex) or not all(isinstance(c, str) for c in df.columns):
        return None
    if any(df.dtypes.iloc[k].kind not in _CELL_KINDS for k in range(df.shape[1])):
        return None  # dates, categories…: left to pandas (csv_cells would answer None)

    def blocks():
        # cells made, quoted and joined one block of rows at a time: a million rows never held as strings at once
        yield ";".join(_quoted(list(df.columns))) + "\n"
        for start in range(0, len(df), BLOCK_ROWS):
            part = df.iloc[start : start + BLOCK_ROWS]
            columns = [_quoted(csv_cells(part.iloc[:, k])) for k in range(part.shape[1])]
            yield "\n".join(map(";".join, zip(*columns))) + "\n"

    return blocks()


def _write_blocks(path: Path, blocks) -> None:
    """Write the text blocks to ``path`` in UTF-8 with a BOM, through ``os.write`` (a full disk raises OSError)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        first = True
        for block in blocks:
            data = memoryview(block.encode("utf-8-sig" if first else "utf-8"))
            first = False
            while len(data):
                data = data[os.write(fd, data) :]
    finally:
        os.close(fd)


def write_spreadsheet_csv(df: pd.DataFrame, path, outputs: Optional[OutputSet] = None) -> Path:
    """Write ``df`` for a spreadsheet (see the module docstring); returns the path. The file is written under a
    temporary name and renamed (whole or not at all); with ``outputs``, renamed with the rest of that set. Tables of
    :data:`FAST_WRITE_ROWS` rows or more are written column by column (:func:`spreadsheet_csv_blocks`), smaller ones
    by pandas: the same bytes."""
    path = Path(path)
    if outputs is None:
        with OutputSet() as own:
            return write_spreadsheet_csv(df, path, own)
    blocks = spreadsheet_csv_blocks(df) if len(df) >= FAST_WRITE_ROWS else None
    if blocks is None:
        neutralised(df).to_csv(outputs.staged(path), sep=";", index=False, encoding="utf-8-sig")
    else:
        _write_blocks(outputs.staged(path), blocks)
    return path
