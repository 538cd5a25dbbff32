"""cases.csv at a million rows (issue 29, part 3): tables of ``FAST_WRITE_ROWS`` rows or more are written column by
column, and the file must be the very bytes pandas' ``to_csv`` wrote before (BOM, «;», formulas neutralised, the
csv module's quoting), whole or not at all on a full disk."""

import datetime as dt
import errno
import os

import numpy as np
import pandas as pd
import pytest

from veille_plugin.core.atomic_files import OutputWriteError
from veille_plugin.core.reports import spreadsheet_csv
from veille_plugin.core.reports.spreadsheet_csv import FAST_WRITE_ROWS, neutralised, write_spreadsheet_csv

NASTY = {
    "texte": ["=1+1", "-2", None, np.nan, "x;y", 'q"uote', "li\nne", "\rcr", "\tt", "", "@x", "+3", "é à", "a\r\nb"],
    "entier": [1, -2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
    "reel": [1.0, np.nan, -0.1, 1e20, 1e-7, 3.5, 2.0, np.nan, 0.0, -0.0, 123456789.123, 1 / 3, 2.5, 1e16],
    "melange": [1, "-x", None, 2.5, True, "=a", np.nan, -3, "s;s", "ok", dt.date(2024, 1, 3), "a", -1.5, "b"],
    "vrai": [True, False] * 7,
    "vide": [None] * 14,
    "nom;avec": ["v"] * 14,
}


def pandas_bytes(df: pd.DataFrame, path) -> bytes:
    """What write_spreadsheet_csv wrote before issue 29: pandas over the neutralised table."""
    neutralised(df).to_csv(path, sep=";", index=False, encoding="utf-8-sig")
    return path.read_bytes()


def big(columns: dict) -> pd.DataFrame:
    df = pd.DataFrame(columns)
    return pd.concat([df] * (FAST_WRITE_ROWS // len(df) + 1), ignore_index=True)


def test_a_large_table_is_written_byte_for_byte_as_pandas_wrote_it(tmp_path):
    df = big(NASTY)
    assert len(df) >= FAST_WRITE_ROWS and spreadsheet_csv.spreadsheet_csv_blocks(df) is not None  # the fast path
    write_spreadsheet_csv(df, tmp_path / "cas.csv")
    written = (tmp_path / "cas.csv").read_bytes()
    assert written == pandas_bytes(df, tmp_path / "pandas.csv")
    assert written.startswith(b"\xef\xbb\xbf") and b"'=1+1" in written and b";-2;" in written  # -2 stays a number
    assert b'"\'-x"' not in written and b"'-x" in written and b'"x;y"' in written and b'"q""uote"' in written


def test_a_table_written_in_many_blocks_of_rows_is_the_same_file(tmp_path, monkeypatch):
    """Cells are made one block of rows at a time (bounded memory at a million rows): blocks that cut the table
    anywhere, a column all text in one block and mixed in the next, give the very same bytes."""
    df = big(NASTY)
    monkeypatch.setattr(spreadsheet_csv, "BLOCK_ROWS", 9)  # NASTY repeats every 14 rows: blocks fall everywhere
    write_spreadsheet_csv(df, tmp_path / "cas.csv")
    assert (tmp_path / "cas.csv").read_bytes() == pandas_bytes(df, tmp_path / "pandas.csv")


def test_a_table_with_dates_is_left_to_pandas_and_reads_the_same(tmp_path):
    df = big({"quand": pd.to_datetime(["2026-12-07"] * 2), "texte": ["=a", "b"]})
    assert spreadsheet_csv.spreadsheet_csv_blocks(df) is None
    write_spreadsheet_csv(df, tmp_path / "cas.csv")
    assert (tmp_path / "cas.csv").read_bytes() == pandas_bytes(df, tmp_path / "pandas.csv")


def test_a_large_table_on_a_full_disk_keeps_the_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "cas.csv"
    write_spreadsheet_csv(big(NASTY), target)
    before = target.read_bytes()
    real, left = os.write, [100_000]

    def write(fd, data):  # part of the file written, then the disk is full
        if left[0] <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        n = real(fd, bytes(data[: left[0]]))
        left[0] -= n
        return n

    monkeypatch.setattr(os, "write", write)
    with pytest.raises(OutputWriteError, match=f"^disque plein : {target}"):
        write_spreadsheet_csv(big({"a": ["x"] * 3, "b": ["y;z"] * 3}).pipe(lambda d: pd.concat([d] * 40)), target)
    monkeypatch.undo()
    assert target.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["cas.csv"]
