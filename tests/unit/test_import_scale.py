"""The import and geolocation paths written for 1,000,000 permits (issue 29, part 3) give what the row-by-row
reading gave: the Sitadel reader reads only the columns it uses, a record whose field count is wrong is reread
alone, parcel ids are checked on their character codes, parcel lists are split in one pass over the column.
FICTITIOUS demo data only."""

import io
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import shapely

from veille_plugin.core.imports import ParcelIndex, geolocate, read_permits
from veille_plugin.core.imports.model import (
    PhysicalLines,
    SentinelStream,
    by_uniques,
    decode_text_lines,
    dedupe,
    distinct_rows,
    read_delimited,
    stripped,
)
from veille_plugin.core.imports.parcels import PARCEL_ID_PATTERN, match_parcel_ids
from veille_plugin.core.imports.sitadel import detect_header, used_column
from veille_plugin.core.reference.data import load_reference
from veille_plugin.core.vector_io import VectorTable

ROOT = Path(__file__).resolve().parents[2]
WEEK1 = ROOT / "resources" / "demo" / "permis_fictifs_semaine1.csv"


def _week1_with_bad_rows(tmp_path) -> Path:
    """The FICTITIOUS week-1 list with a short row, a row one field too long and one far too long (beyond the
    parser's spare columns), and a blank line."""
    lines = WEEK1.read_bytes().replace(b"\r\n", b"\n").split(b"\n")
    lines[3] = b'"32";"Hauts-de-France";"62"'  # 3 fields
    lines[4] = lines[4] + b';"en trop"'
    lines[5] = lines[5] + b";" + b";".join(b'"x"' for _ in range(12))
    lines.insert(7, b"")
    path = tmp_path / "semaine1_lignes_abimees.csv"
    path.write_bytes(b"\n".join(lines))
    return path


def test_reading_only_the_used_columns_gives_the_same_rows_and_messages(tmp_path):
    path = _week1_with_bad_rows(tmp_path)
    text, _encoding, _legacy = decode_text_lines(path)
    codes, nheader = detect_header(text, ";")
    columns = dedupe([c.strip().upper() for c in codes])
    every = read_delimited(text, ";", nheader, columns, path.name)
    used = read_delimited(text, ";", nheader, columns, path.name, wanted=used_column, distinct=("NUM_DAU",))
    assert [str(m) for m in used.messages] == [str(m) for m in every.messages]
    assert used.unread == every.unread and list(used.lines) == list(every.lines)
    assert set(used.df.columns) == {c for c in columns if used_column(c)}
    for name in used.df.columns:
        assert list(stripped(used.df[name])) == list(stripped(every.df[name])), name
    said = [str(m) for m in used.messages]
    width = len(columns)
    assert f"{path.name}, ligne 4 : 3 champs au lieu de {width} ; champs manquants laissés vides." in said
    assert any(s.startswith(f"{path.name}, ligne 5 : {width + 1} champs au lieu de {width}") for s in said)
    assert any(s.startswith(f"{path.name}, ligne 6 : {width + 12} champs au lieu de {width}") for s in said)
    refused = [n for n, _text in used.unread]
    assert {5, 6} <= set(refused) and 4 not in refused  # the short row is kept, the long ones refused
    result = read_permits(path)  # the whole reader: the same lines named
    assert {4, 5, 6} <= {m.row for m in result.messages if "champs au lieu de" in m.text}


def test_physical_lines_are_the_lines_of_the_text():
    for text in ("", "a", "a\n", "a\nb", "a\n\nb\n", "é;«x»\r\nz"):
        lines = PhysicalLines(text.encode("utf-8"))
        expected = text.split("\n")
        if expected and expected[-1] == "":
            expected.pop()
        assert [lines[k] for k in range(len(lines))] == expected
        assert list(lines.lengths > 0) == [bool(line) for line in expected]


def test_values_spread_from_categories_and_distinct_rows_match_row_by_row():
    values = pd.Series(["a ", None, " b", "a ", ""], dtype="category")
    assert list(by_uniques(values, lambda u: u.str.strip().to_numpy(dtype=object))) == ["a", "", "b", "a", ""]
    sec = np.array(["A", "B", "A", "A", "B"], dtype=object)
    num = np.array(["1", "1", "1", "2", "1"], dtype=object)
    codes, first = distinct_rows([sec, num])
    assert list(codes) == [0, 1, 0, 2, 1] and list(first) == [0, 1, 3]
    joined = (sec[first] + num[first])[codes]
    assert list(joined) == [s + n for s, n in zip(sec, num)]


def test_parcel_ids_checked_on_their_characters_as_the_pattern_says():
    values = [
        "59360000AB0123",
        "2A004000AB0123",
        "2C004000AB0123",
        "59360000ab0123",
        "59360000AB012",
        "59360000AB01234",
        "59360000AB0123\n",
        None,
        "",
        "\u0665" + "9360000AB0123",  # an Arabic-Indic digit: «\d» of the pattern takes it
        "593600000A0001",
        "x" * 40,
        59360000120123,
    ]
    expected = [isinstance(v, str) and re.fullmatch(PARCEL_ID_PATTERN, v) is not None for v in values]
    assert list(match_parcel_ids(values)) == expected


@pytest.mark.parametrize(
    "lists",
    [
        ["59360000AB0001;59360000AB0002", "59360000AB0003", None, "59360000ZZ9999"],
        [" 59360000AB0001 ; 59360000AB0002 ", ";", "  ", "59360000AB0003;;59360000AB0001"],
        ["59360000AB0001\n;59360000AB0002", "59360000AB0003"],  # a line break inside a list: row by row
    ],
)
def test_parcel_lists_split_in_one_pass_locate_each_permit(lists):
    ids = [f"59360000AB000{k}" for k in (1, 2, 3)]
    boxes = [shapely.box(700000 + 30 * k, 7050000, 700030 + 30 * k, 7050030) for k in range(3)]
    index = ParcelIndex(VectorTable(pd.DataFrame({"id": ids}), np.array(boxes, dtype=object), None, "parcelles"))
    permits = pd.DataFrame(
        {
            "numero": [f"FICTIF-{k}" for k in range(len(lists))],
            "parcelles": lists,
            "source": "fictif.csv",
            "ligne": np.arange(2, 2 + len(lists)),
        }
    )
    geo = geolocate(permits, load_reference(), index)
    for k, value in enumerate(lists):
        wanted = [
            i
            for i in dict.fromkeys(t.strip() for t in (value or "").split(";"))
            if i in ids  # the ids the layer holds
        ]
        if wanted:
            assert geo.localisation[k] == "parcelles"
            expected = shapely.union_all([boxes[ids.index(i)] for i in wanted])
            assert shapely.equals(shapely.union_all(geo.geometries[k]), expected), (value, geo.geometries[k])
        else:
            assert geo.localisation[k] != "parcelles"


def test_the_sentinel_stream_marks_every_non_blank_line_whatever_the_block():
    def whole(data: bytes, tail: bytes) -> bytes:  # the whole-file substitution the stream replaces
        marked = data.replace(b"\n", tail + b"\n")
        if marked and not marked.endswith(b"\n"):
            marked += tail
        while b"\n" + tail + b"\n" in marked:
            marked = marked.replace(b"\n" + tail + b"\n", b"\n\n")
        while marked.startswith(tail + b"\n"):
            marked = b"\n" + marked[len(tail) + 1 :]
        return marked

    rng = np.random.default_rng(29)
    pieces = [b"a", b"\n", b"bc;", b"\n\n", b'"x"', "é".encode()]
    for _ in range(500):
        data = b"".join(pieces[k] for k in rng.integers(0, len(pieces), rng.integers(0, 40)))
        for block in (1, 2, 3, 7, 1 << 20):
            read = io.BufferedReader(SentinelStream(data, b";\x1f", block)).read()
            assert read == whole(data, b";\x1f"), (data, block)
