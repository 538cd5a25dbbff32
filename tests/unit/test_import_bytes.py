"""A UTF-8 table read from its bytes (decode_table_bytes → read_delimited) gives what its decoded text gives."""

import numpy as np
import pandas as pd
import pytest

from veille_plugin.core.errors import InputError
from veille_plugin.core.imports.model import MIXED_ENCODING, decode_table_bytes, decode_text_lines, read_delimited

COLUMNS = ["NUM", "COMM", "TXT"]

CASES = {
    "lf": b"NUM;COMM;TXT\nPC1;62498;\xc3\xa9glise\nPC2;62510;b\n",
    "bom_crlf": b"\xef\xbb\xbfNUM;COMM;TXT\r\nPC1;62498;\xc3\xa9\r\n\r\nPC2;62510;b\r\n\r",
    "cr_only": b"NUM;COMM;TXT\rPC1;62498;\xc3\xa9\rPC2;62510;b",
    "nul": b"NUM;COMM;TXT\nPC1;62498;a\x00b\nPC2;62510;\xc3\xa9\n",
    "short_long": b"NUM;COMM;TXT\nPC1;62498\nPC2;62510;b;c;d\nPC3;1;2\n",
    "quoted_break": b'NUM;COMM;TXT\nPC1;62498;"a\nb"\nPC2;62510;\xc3\xa9\n',
    "ascii": b"NUM;COMM;TXT\nPC1;62498;a\n",
}


def _read(content):
    return read_delimited([content], ";", 1, COLUMNS, "f.csv", distinct=("NUM",))


@pytest.mark.parametrize("name", sorted(CASES))
def test_bytes_and_text_give_the_same_table(tmp_path, name):
    path = tmp_path / "f.csv"
    path.write_bytes(CASES[name])
    content, encoding, legacy = decode_table_bytes(path)
    text, encoding_text, legacy_text = decode_text_lines(path)
    assert isinstance(content, bytes) and (encoding, legacy) == (encoding_text, legacy_text) == ("utf-8", [])
    assert content.decode("utf-8") == text
    a, b = _read(content), _read(text)
    pd.testing.assert_frame_equal(a.df, b.df)
    assert np.array_equal(a.lines, b.lines)
    assert [str(m) for m in a.messages] == [str(m) for m in b.messages]
    assert a.unread == b.unread
    assert a.unread_lines(a.lines) == b.unread_lines(b.lines)


def test_other_encodings_are_decoded_as_before(tmp_path):
    cp1252 = tmp_path / "cp.csv"
    cp1252.write_bytes("NUM;COMM;TXT\nPC1;62498;é\n".encode("cp1252"))
    mixed = tmp_path / "mixed.csv"
    mixed.write_bytes("NUM;COMM;TXT\nPC1;62498;é\n".encode() + "PC2;62510;è\n".encode("cp1252"))
    assert decode_table_bytes(cp1252) == decode_text_lines(cp1252)
    assert decode_table_bytes(mixed) == decode_text_lines(mixed) and decode_table_bytes(mixed)[1] == MIXED_ENCODING
    png = tmp_path / "image.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(InputError):
        decode_table_bytes(png)


def test_an_open_quote_in_the_header_is_refused_from_the_bytes(tmp_path):
    with pytest.raises(InputError, match="guillemet non fermé dans l'en-tête"):
        _read(b'NUM;"COMM;TXT\nPC1;62498;a\n')


def test_numbers_and_texts_cleaned_in_one_pass_match_the_per_value_forms():
    """clean_text and normalize_numero over many distinct values (one joined text) give the per-value results."""
    from veille_plugin.core.imports.model import by_uniques, clean_text, normalize_numero

    rng = np.random.default_rng(7)
    alphabet = np.array(list("abcXYZ019 -./_\t\n\u00a0\u2003ßéŉİ\x1c\x1f") + [""], dtype=object)
    values = ["".join(rng.choice(alphabet, size=rng.integers(0, 9))) for _ in range(5000)]
    for case in (values, [v.strip() for v in values], values + ["a\x00b"], [f"pc 062-{i}" for i in range(3000)]):
        series = pd.Series(case, dtype=object)
        stripped = by_uniques(series, lambda u: u.str.strip())  # the former per-value form
        assert list(clean_text(series)) == [v if v != "" else None for v in stripped]
        number = by_uniques(series, lambda u: u.str.upper().str.replace(r"[\s\-./_]+", "", regex=True))
        assert list(normalize_numero(series)) == [v if v != "" else None for v in number]


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_refused_lines_are_read_back_from_the_file(tmp_path, bom):
    """Bytes read as they are in their file are not kept: the refused and dropped rows' texts come from the file."""
    path = tmp_path / "f.csv"
    path.write_bytes(bom + "NUM;COMM;TXT\nPC1;62498;é\nPC2;62510;b;c;d\n\nPC3;1;2\nPC4;62510;è\n".encode())
    where = {}
    content, _encoding, _legacy = decode_table_bytes(path, where)
    assert where == {"path": path, "offset": len(bom), "length": len(content)}
    detached = read_delimited([content], ";", 1, COLUMNS, "f.csv", backing=where)
    kept = read_delimited([content], ";", 1, COLUMNS, "f.csv")
    assert detached.physical.data is None and kept.physical.data is not None
    assert detached.unread == kept.unread == [(3, "PC2;62510;b;c;d")]
    assert detached.unread_lines([2, 5]) == kept.unread_lines([2, 5]) == [(3, "PC2;62510;b;c;d"), (6, "PC4;62510;è")]


def test_bytes_changed_on_reading_are_kept(tmp_path):
    """CR-only or CRLF line ends change the bytes: their lines are then kept in memory, never read from the file."""
    for raw in (b"NUM;COMM;TXT\rPC1;62498;a\rPC2;1;2;3;4", b"NUM;COMM;TXT\r\nPC1;62498;a\r\nPC2;1;2;3;4\r\n"):
        path = tmp_path / "f.csv"
        path.write_bytes(raw)
        where = {}
        content, _encoding, _legacy = decode_table_bytes(path, where)
        table = read_delimited([content], ";", 1, COLUMNS, "f.csv", backing=where or None)
        assert table.physical.data is not None and table.unread == [(3, "PC2;1;2;3;4")]
