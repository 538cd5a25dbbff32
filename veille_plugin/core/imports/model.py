"""The standard permit table every import produces, row messages, and the shared vectorised parsers.

Whatever the source (national Sitadel files, CSV/Excel exports of ADS software), an import gives a
``pandas.DataFrame`` with :data:`STANDARD_COLUMNS`, in that order, one row per dossier, plus a list of
:class:`RowMessage` naming the file, the line and the field of every problem. Nothing is dropped
silently: a row that is left out has an ``erreur`` message saying why.

Duplicated dossier numbers follow one rule, here (:func:`resolve_duplicate_numbers`, applied by :func:`finalize`
for every reader and by the sweep to all its files together), said once per number:

- the same number in two (or more) communes gives distinct dossiers, all kept. A French permit number carries
  the INSEE code of its commune (department on three characters, commune on three digits: «PC 062 498 24 00012»
  is Lens, 62498). The row of the number's own commune keeps the number as its register key ``numero_norm``
  (failing a match, the first line keeps it); the row of each other commune is keyed «number@INSEE». So a case
  located in the Bien is never dropped for its namesake elsewhere, and the same file gives the same keys at every
  sweep. The message names the file, the lines, the number, the communes and the keys, and asks to check the
  commune of the other line(s) with the instructing service;
- the same number twice in the same commune (or without commune) is the same dossier: the last line is kept, each
  earlier one left out with an ``erreur`` naming the line kept.
"""

import codecs
import csv
import contextlib
import io
import re
import threading
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import numpy as np
import pandas as pd

from ..i18n import tr
from ..text import strip_accents

STANDARD_COLUMNS = (
    "numero",  # dossier number as given
    "numero_norm",  # upper case, without spaces, dashes, dots, slashes: the key that matches re-imports (plus
    # «@INSEE» for the same number in a second commune, see resolve_duplicate_numbers)
    "type",  # PC, PD, PA, DP or None
    "commune_insee",
    "commune_nom",
    "parcelles",  # normalised 14-character cadastral ids joined by «;»
    "x",
    "y",
    "crs",  # of x/y, e.g. EPSG:2154
    "adresse",
    "demandeur",  # applicant when published (Sitadel: legal persons only, DENOM_DEM)
    "travaux",  # description of the works
    "nature",  # project nature (bâtiment, éolienne, logements…)
    "hauteur",  # metres
    "date_depot",  # ISO yyyy-mm-dd
    "statut_dossier",
    "decision",  # the authority's decision when the source carries one (accordé, refusé…; see vocabulary)
    "decision_date",  # ISO yyyy-mm-dd
    "source",  # file name
    "ligne",  # line number in the file, 1-based, header lines counted
)

PERMIT_TYPES = ("PC", "PD", "PA", "DP")

ERREUR = "erreur"  # the row, or the value, is not used
AVERTISSEMENT = "avertissement"  # used, but imprecise or partly ignored
INFORMATION = "information"  # how the file was understood


@dataclass
class RowMessage:
    """A problem in one row (or in the whole file when ``row`` is None), in French."""

    file: str
    row: Optional[int]
    field: Optional[str]
    level: str
    text: str

    def __str__(self):
        where = [p for p in (self.file, tr("ligne {n}").format(n=self.row) if self.row is not None else None) if p]
        if self.field:
            where.append(tr("champ « {f} »").format(f=self.field))
        return (", ".join(where) + " : " + self.text) if where else self.text


@dataclass
class ImportResult:
    """Cases read from one source, with the messages about its rows."""

    df: pd.DataFrame
    messages: list = field(default_factory=list)
    source: str = ""
    fmt: str = ""  # "sitadel" | "tableur"
    encoding: Optional[str] = None
    mapping: Optional[dict] = None  # the column mapping used (tabular imports)
    #: Rows refused as unreadable: (line, raw text). The sweep never marks «disparu» a case named in one of them.
    unread: list = field(default_factory=list)

    def __len__(self):
        return len(self.df)

    def errors(self) -> list:
        """The messages of level «erreur»."""
        return [m for m in self.messages if m.level == ERREUR]

    def warnings(self) -> list:
        """The messages of level «avertissement»."""
        return [m for m in self.messages if m.level == AVERTISSEMENT]


# ----------------------------------------------------------------------------- reading text tables

#: A UTF-8 file with some lines in Windows-1252, read line by line (:func:`decode_mixed_lines`)
MIXED_ENCODING = "utf-8+cp1252"
ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "cp1252": "Windows-1252 / Latin-1",
    "latin-1": "Latin-1",
    MIXED_ENCODING: "UTF-8 + Windows-1252",
}


#: Largest text table read (bytes): a weekly Sitadel extract for the whole basin is a few megabytes.
MAX_TEXT_BYTES = 512 * 1024 * 1024
#: Longest cell kept (characters): a description of works is a few hundred characters.
MAX_FIELD_CHARS = 10_000
_BINARY_MAGIC = {
    b"\x89PNG": "PNG",
    b"%PDF": "PDF",
    b"PK\x03\x04": "ZIP / XLSX",
    b"SQLite format 3": "SQLite / GeoPackage",
    b"\xff\xd8\xff": "JPEG",
    b"GIF8": "GIF",
}


def decode_text(path: Path):
    """(text, encoding) of a text table (see :func:`decode_text_lines`, whose Windows-1252 lines it leaves out)."""
    text, encoding, _legacy = decode_text_lines(path)
    return text, encoding


def decode_text_lines(path: Path):
    """(text, encoding, Windows-1252 line numbers) of a text table: UTF-8 (with or without BOM) or Windows-1252, or
    UTF-8 with a few Windows-1252 lines read each in its own encoding; CR-only line ends become LF.

    Refused with a French message naming the file and what to do: a folder or a special file, a binary file,
    UTF-16/UTF-32 (said as such), bytes that are neither UTF-8 nor Windows-1252, a file beyond MAX_TEXT_BYTES."""
    from ..errors import InputError

    path = Path(path)
    if path.is_dir():
        raise InputError(tr("{p} est un dossier, pas un fichier : indiquez le fichier de la liste.").format(p=path))
    if path.exists() and not path.is_file():
        raise InputError(
            tr("{p} n'est pas un fichier ordinaire (tube, périphérique…) : indiquez un fichier enregistré.").format(
                p=path
            )
        )
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            raise InputError(
                tr("{p} fait {n} Mo : au-delà de {m} Mo, découpez la liste en plusieurs fichiers.").format(
                    p=path.name, n=size // 2**20, m=MAX_TEXT_BYTES // 2**20
                )
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(tr("{p} : lecture impossible ({e}).").format(p=path, e=exc.strerror or exc)) from None
    head = raw[:4096]
    for magic, kind in _BINARY_MAGIC.items():
        if head.startswith(magic):
            raise InputError(
                tr("{p} n'est pas un fichier texte (contenu {k}) : indiquez la liste au format CSV.").format(
                    p=path.name, k=kind
                )
            )
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or (
        len(head) >= 8 and (head[1::2].count(0) > len(head) // 4 or head[0::2].count(0) > len(head) // 4)
    ):
        raise InputError(
            tr(
                "{p} est encodé en UTF-16 (ou UTF-32), que le plugin ne lit pas : ré-enregistrez-le en « CSV UTF-8 » "
                "(tableur : Enregistrer sous → CSV UTF-8)."
            ).format(p=path.name)
        )
    controls = sum(head.count(bytes([b])) for b in range(32) if b not in (9, 10, 13, 0))
    if len(head) and controls > len(head) // 20:
        raise InputError(
            tr("{p} n'est pas un fichier texte (octets de contrôle) : indiquez la liste au format CSV.").format(
                p=path.name
            )
        )
    try:
        text, encoding = raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        mixed = decode_mixed_lines(raw)
        if mixed is not None:
            return mixed[0], MIXED_ENCODING, mixed[1]
        try:
            text, encoding = raw.decode("cp1252"), "cp1252"
        except UnicodeDecodeError as exc:
            raise InputError(
                tr(
                    "{p} : octet 0x{b:02X} à la position {pos}, ni UTF-8 ni Windows-1252. Ré-enregistrez le fichier en "
                    "« CSV UTF-8 »."
                ).format(p=path.name, b=raw[exc.start], pos=exc.start)
            ) from None
    if "\r" in text and "\n" not in text:
        text = text.replace("\r", "\n")  # old Mac line ends
    return text, encoding, []


def decode_table_bytes(path: Path, where: Optional[dict] = None):
    """(content, encoding, Windows-1252 line numbers) of a text table, as :func:`decode_text_lines` reads it, except
    that a file wholly in UTF-8 (the common case) is given as its bytes (without BOM, CR-only line ends made LF),
    checked to decode but never turned into one string: :func:`read_delimited` reads them as they are, which spares
    a decoded copy (twice the file's size with accents) and its encoding back. Other files: their text (str).

    ``where``: a dict filled with ``path``, ``offset`` and ``length`` when the bytes are the file's own from
    ``offset`` on (no line end changed), for :func:`read_delimited`'s ``backing``."""
    path = Path(path)
    if path.is_file():
        try:
            raw = path.read_bytes() if path.stat().st_size <= MAX_TEXT_BYTES else None
        except OSError:
            raw = None
        if raw is not None and _utf8_without_binary_signs(raw):
            offset = 0
            if raw.startswith(codecs.BOM_UTF8):
                raw, offset = raw[len(codecs.BOM_UTF8) :], len(codecs.BOM_UTF8)
            if b"\r" in raw and b"\n" not in raw:
                raw, offset = raw.replace(b"\r", b"\n"), None  # old Mac line ends
            if offset is not None and where is not None:
                where.update(path=path, offset=offset, length=len(raw))
            return raw, "utf-8", []
        del raw
    return decode_text_lines(path)


def _utf8_without_binary_signs(raw: bytes, step: int = 1 << 24) -> bool:
    """Whether ``raw`` is UTF-8 text that :func:`decode_text_lines` takes as such without a word (no binary magic,
    UTF-16 sign or control bytes in its head; decodable), checked block by block without keeping the text."""
    head = raw[:4096]
    if any(head.startswith(magic) for magic in _BINARY_MAGIC) or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if len(head) >= 8 and (head[1::2].count(0) > len(head) // 4 or head[0::2].count(0) > len(head) // 4):
        return False
    controls = sum(head.count(bytes([b])) for b in range(32) if b not in (9, 10, 13, 0))
    if len(head) and controls > len(head) // 20:
        return False
    if raw.isascii():
        return True
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with memoryview(raw) as view:
            for start in range(0, len(raw), step):
                decoder.decode(view[start : start + step], final=start + step >= len(raw))
    except UnicodeDecodeError:
        return False
    return True


def decode_mixed_lines(raw: bytes):
    """(text, [line numbers in Windows-1252]) of a file written in UTF-8 with a few lines in Windows-1252 (a row
    pasted from another file): each line is read in its own encoding, never the whole file as Windows-1252 (which
    turns every accented UTF-8 letter into «Ã©» and changes the verdicts). None when no line is valid non-ASCII
    UTF-8 (the file is Windows-1252 throughout) or a line is neither."""
    lines = raw.split(b"\n")
    out, legacy, utf8_accented = [], [], 0
    for n, line in enumerate(lines, 1):
        try:
            out.append(line.decode("utf-8-sig" if n == 1 else "utf-8"))
            utf8_accented += any(b > 127 for b in line)
        except UnicodeDecodeError:
            try:
                out.append(line.decode("cp1252"))
            except UnicodeDecodeError:
                return None
            legacy.append(n)
    if not utf8_accented:
        return None
    return "\n".join(out), legacy


def mixed_encoding_message(file_name: str, lines: list):
    """The warning of a file read line by line in two encodings (see :func:`decode_mixed_lines`), naming its
    Windows-1252 ``lines``; None when there are none."""
    if not lines:
        return None
    shown = ", ".join(str(n) for n in lines[:20]) + (" …" if len(lines) > 20 else "")
    return RowMessage(
        file_name,
        None,
        None,
        AVERTISSEMENT,
        tr(
            "fichier en UTF-8 dont {k} ligne(s) sont en Windows-1252 (lignes {lines}) : chaque ligne a été lue dans "
            "son encodage ; vérifiez ces lignes et ré-enregistrez le fichier en « CSV UTF-8 »."
        ).format(k=len(lines), lines=shown),
    )


def head_lines(text: str, count: int) -> list:
    """The first ``count`` lines of a text (``text.split("\\n", count)[:count]`` without copying the rest of it)."""
    out, pos = [], 0
    while len(out) < count:
        end = text.find("\n", pos)
        if end < 0:
            out.append(text[pos:])
            break
        out.append(text[pos:end])
        pos = end + 1
    return out


def sniff_separator(line: str) -> str:
    """The most frequent of «;», «,» and tab in a header line («;» by default)."""
    return max((";", ",", "\t"), key=line.count) if line else ";"


def first_records(text: str, sep: str, count: int) -> list:
    """The first ``count`` non-empty records (lists of fields), quotes honoured."""
    out = []
    reader = csv.reader(io.StringIO(text[:200_000], newline=""), delimiter=sep)
    try:
        for row in reader:
            if not row or all(v.strip() == "" for v in row):
                continue
            out.append([v.strip() for v in row])
            if len(out) >= count:
                break
    except csv.Error:
        pass
    return out


def dedupe(names) -> list:
    """Column names made unique («a», «a_2», …), order kept."""
    seen = {}
    out = []
    for name in names:
        name = name.strip() or "colonne"
        k = seen.get(name, 0)
        seen[name] = k + 1
        out.append(name if k == 0 else f"{name}.{k}")
    return out


def refuse_duplicated_columns(names, file_label: str, only=None) -> None:
    """Refuse a header naming a column twice (``only``: the names that matter), since either copy could be read:
    French message with the name and both positions."""
    from ..errors import InputError

    seen = {}
    for k, name in enumerate(names):
        key = str(name).strip().upper()
        if not key:
            continue
        if key in seen and (only is None or key in {str(o).strip().upper() for o in only}):
            raise InputError(
                tr(
                    "{f} : la colonne « {c} » apparaît deux fois dans l'en-tête (colonnes {a} et {b}) ; le fichier "
                    "est refusé pour ne rien enregistrer de faux. Renommez ou supprimez le doublon, puis relancez."
                ).format(f=file_label, c=str(name).strip(), a=seen[key] + 1, b=k + 1)
            )
        seen.setdefault(key, k)


_STDERR_SWAP = threading.Lock()
_SKIPPING = re.compile(r"Skipping line (\d+): expected \d+ fields, saw (\d+)")
_SENTINEL = "\x1f"  # appended as one more field to every line: where it lands gives the line's field count
_EXTRA = 6


@dataclass
class RawTable:
    """A text table as read: every cell a string, with the physical line of each row."""

    df: pd.DataFrame  # every cell a str ("" when empty)
    lines: np.ndarray  # physical line (1-based) where each record starts
    messages: list
    unread: list = field(default_factory=list)  # (line, raw text) of the records refused
    physical: object = field(default_factory=list)  # the text's physical lines (line n is physical[n - 1])

    def unread_lines(self, kept_lines) -> list:
        """(line, raw text) of the refused records and of the records read but not kept (``kept_lines``: the lines
        of the rows the reader kept), so that a case whose row was dropped is never taken for gone."""
        lines = np.asarray(self.lines, dtype=np.int64)
        dropped = lines[~np.isin(lines, np.asarray(kept_lines, dtype=np.int64))].tolist()
        return sorted(self.unread + [(n, self.physical[n - 1]) for n in dropped if 0 < n <= len(self.physical)])


def _too_many(file_label, line, count, width, sep):
    shown = str(count) if count else tr("plus de {w}").format(w=width)
    return RowMessage(
        file_label,
        int(line),
        None,
        ERREUR,
        tr("{n} champs au lieu de {w} (séparateur « {sep} » en trop ?) ; ligne ignorée.").format(
            n=shown, w=width, sep=sep
        ),
    )


def _broken_quote(file_label, first: int, last: int):
    where = tr("les lignes {a} à {b} se lisent comme un seul enregistrement").format(a=first, b=last)
    if first == last:
        where = tr("les champs de la ligne sont décalés")
    return RowMessage(
        file_label,
        int(first),
        None,
        ERREUR,
        tr(
            "guillemet non fermé : {where} ; ignoré, rien n'est déduit de son contenu. Corrigez le guillemet et "
            "relancez."
        ).format(where=where),
    )


def _too_few(file_label, line, count, width):
    return RowMessage(
        file_label,
        int(line),
        None,
        AVERTISSEMENT,
        tr("{n} champs au lieu de {w} ; champs manquants laissés vides.").format(n=count, w=width),
    )


def read_delimited(
    text, sep: str, skip_lines: int, columns: list, file_label: str, wanted=None, distinct=(), backing=None
) -> RawTable:
    """Read the records after ``skip_lines`` physical lines with pandas' C parser (all cells as text).

    ``text``: the text, or a list holding it alone, emptied here so that the text (twice the size of a file
    with accents) is freed once encoded for the parser; or the file's UTF-8 bytes (:func:`decode_table_bytes`),
    read as they are.

    ``wanted``: a test on column names; the table then holds those columns only (the others are tokenised, never
    turned into values; every column is read when a line is long enough to hold a refused cell). Columns are
    categorical (one string per distinct value), except those named in ``distinct`` (values all different, such as
    dossier numbers: plain text, cheaper there).

    ``backing``: where the bytes given sit in their file (:func:`decode_table_bytes`'s ``where``): when read as they
    are, the table's physical lines then read a refused or dropped row's text from the file instead of keeping the
    bytes (the size of the file) in memory.

    Records with too many fields are left out, records with too few are kept (missing cells empty);
    both are reported with their line. Blank lines are skipped. Field counts come from a sentinel field
    appended to every line (one C-level substitution), so no Python loop runs over the lines. When
    quoted fields span several lines the csv module takes over (slower, exact line numbers).
    """
    width = len(columns)
    text = text.pop() if isinstance(text, list) else text
    if not isinstance(text, bytes) or not backing or backing.get("length") != len(text):
        backing = None
    original = text if backing is not None else None
    if isinstance(text, bytes) and b"\x00" in text:  # a rare file: its NUL lines are blanked on the text
        text = text.decode("utf-8")
    if isinstance(text, bytes):  # UTF-8 bytes (decode_table_bytes): read as they are
        data = text.replace(b"\r\n", b"\n") if b"\r" in text else text
        data = data.rstrip(b"\r")
        messages_nul, unread = [], []
    else:
        text = text.replace("\r\n", "\n").rstrip("\r")
        text, messages_nul, unread = _blank_lines_with_nul(text, skip_lines, file_label)
        data = text.encode("utf-8")  # the C parser reads bytes: one encoding, no per-line Python
    del text  # freed when the caller handed it over in a list
    physical = PhysicalLines(data)
    for k in range(min(skip_lines, len(physical))):  # the header: a few lines
        if physical[k].count('"') % 2:
            from ..errors import InputError

            raise InputError(
                tr(
                    "{f}, ligne {n} : guillemet non fermé dans l'en-tête ; le fichier est refusé pour ne rien "
                    "enregistrer de faux. Corrigez l'en-tête, puis relancez."
                ).format(f=file_label, n=k + 1)
            )
    names = list(columns) + [f"__champ_en_plus_{k}" for k in range(_EXTRA)]
    usecols = None
    if wanted is not None and (len(physical) == 0 or int(physical.lengths.max()) <= MAX_FIELD_CHARS):
        # by name: the C parser then keeps a record with too many fields (its sentinel not in place, reread below)
        usecols = [name for name in columns if wanted(name)] + [names[width]]
        names = names[: width + 1]
    printed = io.StringIO()  # older pandas print «Skipping line …» to stderr instead of warning: read, never shown
    # sys.stderr is the process's: one reader at a time swaps it (sweeps and Processing run in task threads)
    with _STDERR_SWAP, warnings.catch_warnings(record=True) as caught, contextlib.redirect_stderr(printed):
        warnings.simplefilter("always")
        try:
            # categorical columns: the parser hashes each cell's bytes and makes a Python string per distinct value
            # only (permit lists repeat communes, sections, dates, states…)
            df = pd.read_csv(
                io.BufferedReader(SentinelStream(data, (sep + _SENTINEL).encode("utf-8"))),
                sep=sep,
                header=None,
                skiprows=skip_lines,
                names=names,
                usecols=usecols,
                dtype={name: (str if name in distinct else "category") for name in names},
                keep_default_na=False,
                na_filter=False,
                engine="c",
                encoding="utf-8",
                on_bad_lines="warn",
                skip_blank_lines=True,
                quotechar='"',
                index_col=False,
            )
        except pd.errors.EmptyDataError:
            df = pd.DataFrame(columns=names, dtype=object)
        except pd.errors.ParserError:
            df = None
    skipped = {}
    for said in [str(w.message) for w in caught] + [printed.getvalue()]:
        for m in _SKIPPING.finditer(said):
            skipped[int(m.group(1))] = int(m.group(2)) - 1
    positions = np.flatnonzero(physical.lengths[skip_lines:] > 0) + skip_lines + 1
    keep = ~np.isin(positions, np.fromiter(skipped, dtype=np.int64, count=len(skipped)))
    # a quote open across a line break (quoted line break or broken quote): the row count may still match by
    # chance, so the csv module takes over, which knows where each record starts and ends
    if df is None or _quote_spans_line_break(data) or keep.sum() != len(df):
        df, lines, messages, refused = _read_with_csv_module(data.decode("utf-8"), sep, skip_lines, columns, file_label)
        return _finish(
            df.reset_index(drop=True), lines, messages_nul + messages, unread + refused, file_label, physical
        )
    lines = positions[keep]
    messages = [_too_many(file_label, line, saw, width, sep) for line, saw in sorted(skipped.items())]
    unread += [(line, physical[line - 1]) for line in sorted(skipped)]
    normal = (df[names[width]] == _SENTINEL).to_numpy()
    if (~normal).any():
        drop = np.zeros(len(df), dtype=bool)
        odd = np.flatnonzero(~normal)
        odd_rows = (
            df.iloc[odd].to_numpy(dtype=object)
            if usecols is None
            else _reread_lines(physical, lines[odd], sep)  # every field of these rows
        )
        for i, row in zip(odd, odd_rows):  # the few rows whose field count is wrong
            row = list(row)
            count = row.index(_SENTINEL) if _SENTINEL in row else 0
            if count == 0 or count > width:
                drop[i] = True
                messages.append(_too_many(file_label, lines[i], count, width, sep))
                unread.append((int(lines[i]), physical[int(lines[i]) - 1]))
            elif physical[int(lines[i]) - 1].count('"') % 2:  # fields shifted by a stray quote: nothing is safe
                drop[i] = True
                messages.append(_broken_quote(file_label, int(lines[i]), int(lines[i])))
                unread.append((int(lines[i]), physical[int(lines[i]) - 1]))
            else:
                column = names[count]
                if column in df.columns:
                    if isinstance(df[column].dtype, pd.CategoricalDtype) and "" not in df[column].cat.categories:
                        df[column] = df[column].cat.add_categories([""])
                    df.iat[i, df.columns.get_loc(column)] = ""
                messages.append(_too_few(file_label, lines[i], count, width))
        df, lines = df[~drop], lines[~drop]
    df = df[[name for name in df.columns if name in set(columns)]]
    if backing is not None and data is original:  # the file's own bytes: its lines are read back from it if needed
        physical.detach(backing["path"], backing["offset"])
    del original
    return _finish(
        df.reset_index(drop=True),
        lines,
        messages_nul + messages,
        unread,
        file_label,
        physical,
        longest=int(physical.lengths.max()) if len(physical) else 0,
    )


def _reread_lines(physical, lines, sep: str) -> np.ndarray:
    """Every field (as the C parser reads them, with the sentinel field) of a few physical lines, one row each."""
    tail = (sep + _SENTINEL).encode("utf-8")
    spans = [(physical.starts[n - 1], physical.stops[n - 1]) for n in lines]
    data = b"".join(physical.data[a:b] + tail + b"\n" for a, b in spans)
    most = max(physical.data.count(sep.encode("utf-8"), a, b) for a, b in spans) + 2  # fields at most, sentinel too
    df = pd.read_csv(
        io.BytesIO(data),
        sep=sep,
        header=None,
        names=list(range(most)),
        dtype=str,
        keep_default_na=False,
        na_filter=False,
        engine="c",
        encoding="utf-8",
        skip_blank_lines=True,
        quotechar='"',
        index_col=False,
    )
    return df.to_numpy(dtype=object)


class SentinelStream(io.RawIOBase):
    """The bytes of a text with ``tail`` (separator + sentinel field) appended to every non-blank line, made block
    by block of whole lines as the C parser reads (never a second copy of the whole file). A blank line stays
    blank, so the parser skips it."""

    def __init__(self, data: bytes, tail: bytes, block: int = 1 << 20):
        super().__init__()
        self.data, self.tail, self.block = data, tail, block
        self.pos = 0
        self.pending = b""

    def readable(self) -> bool:
        """A stream to read."""
        return True

    def _next_block(self) -> bytes:
        end = self.data.find(b"\n", self.pos + self.block)
        end = len(self.data) if end < 0 else end + 1
        chunk = self.data[self.pos : end]  # whole lines: the block starts a line
        self.pos = end
        out = chunk.replace(b"\n", self.tail + b"\n")
        if end == len(self.data) and out and not out.endswith(b"\n"):
            out += self.tail
        blank = b"\n" + self.tail + b"\n"
        while blank in out:  # blank lines stay blank
            out = out.replace(blank, b"\n\n")
        while out.startswith(self.tail + b"\n"):  # a blank line first in the block
            out = b"\n" + out[len(self.tail) + 1 :]
        return out

    def readinto(self, buffer) -> int:
        """Fill ``buffer`` with the next bytes; 0 at the end."""
        while len(self.pending) < len(buffer) and self.pos < len(self.data):
            self.pending += self._next_block()
        n = min(len(buffer), len(self.pending))
        buffer[:n] = self.pending[:n]
        self.pending = self.pending[n:]
        return n


class PhysicalLines:
    """The physical lines of a text (``lines[k]`` is line k + 1), kept as its UTF-8 bytes and the offsets of its line
    breaks: a line becomes a Python string only when asked (a refused or dropped row's text)."""

    def __init__(self, data: bytes):
        self.data = data
        breaks = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == 10)
        self.starts = np.concatenate([[0], breaks + 1]).astype(np.int64)
        self.stops = np.concatenate([breaks, [len(data)]]).astype(np.int64)
        if len(data) == 0 or data.endswith(b"\n"):  # no line after the last line break
            self.starts, self.stops = self.starts[:-1], self.stops[:-1]
        #: bytes of each line (0: a blank line)
        self.lengths = self.stops - self.starts
        self.path, self.offset = None, 0  # the file the bytes came from, once detached

    def detach(self, path, offset: int) -> None:
        """Drop the bytes, which are those of ``path`` from ``offset`` on: a line asked afterwards (a refused or
        dropped row's text, a few) is read from the file."""
        self.path, self.offset = Path(path), int(offset)
        self.data = None

    def __len__(self):
        return len(self.starts)

    def __getitem__(self, k: int) -> str:
        if self.data is None:
            with self.path.open("rb") as fh:
                fh.seek(self.offset + int(self.starts[k]))
                return fh.read(int(self.stops[k] - self.starts[k])).decode("utf-8")
        return self.data[self.starts[k] : self.stops[k]].decode("utf-8")


def _quote_spans_line_break(data: bytes, step: int = 1 << 24) -> bool:
    """Whether a «"» is still open at the end of some line: the parity of the quotes seen so far, at every line
    break, computed on the UTF-8 bytes in blocks (vectorised, bounded memory)."""
    carry = 0
    for start in range(0, len(data), step):
        buf = np.frombuffer(data, dtype=np.uint8, count=min(step, len(data) - start), offset=start)
        quotes = np.flatnonzero(buf == 34)
        if ((np.searchsorted(quotes, np.flatnonzero(buf == 10)) + carry) & 1).any():  # quotes before each break
            return True
        carry = (carry + len(quotes)) & 1
    return False


def _blank_lines_with_nul(text: str, skip_lines: int, file_label: str):
    """Lines holding a NUL character are refused (blanked, so line numbers stay right): (text, messages, unread)."""
    if "\x00" not in text:
        return text, [], []
    messages, unread = [], []
    physical = text.split("\n")
    for k in [k for k, line in enumerate(physical) if "\x00" in line]:  # a rare file: NUL-free files skip this
        if k < skip_lines:
            continue
        messages.append(
            RowMessage(
                file_label,
                int(k) + 1,
                None,
                ERREUR,
                tr(
                    "caractère nul (octet 0) dans la ligne : ligne ignorée, rien n'est déduit de son contenu. "
                    "Corrigez le fichier et relancez."
                ),
            )
        )
        unread.append((int(k) + 1, physical[k].replace("\x00", "")))
        physical[k] = ""
    return "\n".join(physical), messages, unread


def _head_and_tail(value: str, keep: int = 200) -> str:
    """A cell cut to its first and last ``keep`` characters when longer."""
    return value if len(value) <= 2 * keep else value[:keep] + value[-keep:]


def _finish(
    df: pd.DataFrame, lines, messages: list, unread: list, file_label: str, physical, longest: Optional[int] = None
) -> RawTable:
    """Refuse the records with a cell longer than MAX_FIELD_CHARS, sort the messages, build the table.

    ``longest``: the longest record in UTF-8 bytes when every record holds on one line (no cell can then be longer);
    None: every column is measured."""
    lines = np.asarray(lines, dtype=np.int64)
    too_long = np.zeros(len(df), dtype=bool)
    longest_cell = {}
    for name in df.columns if longest is None or longest > MAX_FIELD_CHARS else ():  # one test per column
        over = df[name].str.len().to_numpy() > MAX_FIELD_CHARS
        if over.any():
            for i in np.flatnonzero(over & ~too_long):
                longest_cell[int(i)] = name
            too_long |= over
    if too_long.any():
        where = np.flatnonzero(too_long)
        for i, row in zip(where, df.iloc[where].to_numpy(dtype=object)):
            messages.append(
                RowMessage(
                    file_label,
                    int(lines[i]),
                    str(longest_cell[int(i)]),
                    ERREUR,
                    tr("valeur de plus de {n} caractères : ligne ignorée. Corrigez le fichier et relancez.").format(
                        n=f"{MAX_FIELD_CHARS:,}".replace(",", " ")
                    ),
                )
            )
            # a long cell keeps its head and tail: a dossier number at either end still protects its case
            unread.append((int(lines[i]), ";".join(_head_and_tail(str(v)) for v in row)))
        df, lines = df[~too_long].reset_index(drop=True), lines[~too_long]
    messages.sort(key=lambda m: m.row or 0)
    unread.sort()
    if len(df) == 0:
        from ..errors import InputError

        detail = "; ".join(str(m) for m in messages[:3])
        raise InputError(
            tr("{f} : aucune ligne de données lisible après l'en-tête{d}. Vérifiez que c'est la bonne liste.").format(
                f=file_label, d=f" ({detail})" if detail else ""
            )
        )
    return RawTable(df, lines, messages, unread, physical)


def _read_with_csv_module(text, sep, skip_lines, columns, file_label):
    width = len(columns)
    body_lines = text.split("\n")[skip_lines:]
    body = "\n".join(body_lines)
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=sep)
    rows, lines, messages, refused = [], [], [], []
    previous = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            from ..errors import InputError

            raise InputError(
                tr(
                    "{path} : fichier texte mal formé près de la ligne {line} ({err}). Vérifiez le séparateur et les "
                    "guillemets."
                ).format(path=file_label, line=previous + 1 + skip_lines, err=exc)
            ) from None
        start = previous + 1 + skip_lines
        previous = reader.line_num
        if not row:
            continue
        end = previous + skip_lines
        raw_lines = body_lines[start - 1 - skip_lines : end - skip_lines]
        if (end > start and any("\n" in v and sep in v for v in row)) or (
            len(row) < width and sum(line.count('"') for line in raw_lines) % 2
        ):
            messages.append(_broken_quote(file_label, start, end))
            refused.append((start, "\n".join(raw_lines)))
            continue
        if len(row) > width:
            messages.append(_too_many(file_label, start, len(row), width, sep))
            refused.append((start, sep.join(row)))
            continue
        if len(row) < width:
            messages.append(_too_few(file_label, start, len(row), width))
            row = row + [""] * (width - len(row))
        rows.append(row)
        lines.append(start)
    df = pd.DataFrame(rows, columns=columns, dtype=object) if rows else pd.DataFrame(columns=columns, dtype=object)
    return df, np.asarray(lines, dtype=np.int64), messages, refused


# ----------------------------------------------------------------------------- vectorised value parsers
#
# Permit lists repeat their values (communes, sections, dates, states…): every parser runs its pandas
# string operations on the distinct values only (``pd.factorize``) and spreads the result back.


def by_uniques(values, func):
    """``func`` (Series of str → array, or tuple of arrays) computed on the distinct values, spread back.

    Missing values are passed as "". The result has one item per input value. A categorical column (as the text
    readers give) is taken as it is: its categories are the distinct values, its codes spread the result."""
    if isinstance(values, pd.Series) and isinstance(values.dtype, pd.CategoricalDtype):
        codes = values.cat.codes.to_numpy()
        uniques = values.cat.categories.to_numpy(dtype=object)
    else:
        arr = values.to_numpy(dtype=object) if isinstance(values, pd.Series) else np.asarray(values, dtype=object)
        if arr.ndim == 0:
            arr = arr.reshape(1)
        codes, uniques = pd.factorize(arr)  # missing values (None, NaN): code -1
    codes = np.where(codes < 0, len(uniques), codes)  # a missing value: the last, ""
    res = func(pd.Series(np.append(np.asarray(uniques, dtype=object), ""), dtype=object).astype(str))
    if isinstance(res, tuple):
        return tuple(np.asarray(r)[codes] for r in res)
    return np.asarray(res)[codes]


def distinct_rows(columns):
    """(codes, first): the distinct tuples of several equally long columns (no missing value), numbered in order of
    first appearance, and the position of each tuple's first row. The hashing works on integer codes, so the string
    work on tuples (joins…) can run once per distinct tuple: ``result[first][codes]``."""
    key = None
    for col in columns:
        col = np.asarray(col)
        codes, uniques = pd.factorize(col if col.dtype.kind in "iub" else col.astype(object))
        codes = np.where(codes < 0, len(uniques), codes).astype(np.int64)  # a missing value: a code of its own
        key = codes if key is None else key * (len(uniques) + 1) + codes
        key = pd.factorize(key)[0].astype(np.int64)  # numbered in order of first appearance
    if key is None or len(key) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    # first appearances: where the code exceeds every code before it
    first = np.flatnonzero(np.concatenate([[True], key[1:] > np.maximum.accumulate(key)[:-1]]))
    return key, first


def stripped(values) -> np.ndarray:
    """Strings stripped, "" where missing."""
    return by_uniques(values, lambda u: u.str.strip().to_numpy(dtype=object))


#: Joins the distinct values of a column into one text for a C-level pass over all of them (never in a value read
#: from a text table, whose NUL lines are refused; checked anyway)
_JOIN = "\x00"
_SPACE_AFTER_JOIN = re.compile(r"\x00\s")  # a literal first: the engine skips to each join (the text read backwards
# for a space before one)
_NUMERO_NOISE = re.compile(r"[\s\-./_]+")


def _joined_values(u: pd.Series):
    """The values joined by :data:`_JOIN` (one text), or None when a value holds it."""
    values = u.to_numpy(dtype=object)
    joined = _JOIN.join(values)
    return joined if joined.count(_JOIN) == max(len(values) - 1, 0) else None


def _edge_space(joined: str) -> bool:
    """Whether a value of a :func:`_joined_values` text starts or ends with whitespace."""
    if joined[:1].isspace() or joined[-1:].isspace() or _SPACE_AFTER_JOIN.search(joined):
        return True
    return _SPACE_AFTER_JOIN.search(joined[::-1]) is not None


def clean_text(values) -> np.ndarray:
    """Strings stripped, None where empty."""

    def f(u):
        joined = _joined_values(u) if len(u) > 1000 else None
        if joined is not None and not _edge_space(joined):  # nothing to strip (two searches over all the values)
            t = u.to_numpy(dtype=object)
            return np.where(t != "", t, None)
        t = u.str.strip()
        return t.where(t != "", None).to_numpy(dtype=object)

    return by_uniques(values, f)


def normalize_numero(values) -> np.ndarray:
    """«PC 062 498 24 00012», «pc-062.498/24-00012» → «PC0624982400012» (None where empty)."""

    def f(u):
        joined = _joined_values(u) if len(u) > 1000 else None
        if joined is not None:  # upper case and the noise taken out of all the values at once, then split back
            t = np.array(_NUMERO_NOISE.sub("", joined.upper()).split(_JOIN), dtype=object)
            return np.where(t != "", t, None)
        t = u.str.upper().str.replace(_NUMERO_NOISE.pattern, "", regex=True)
        return t.where(t != "", None).to_numpy(dtype=object)

    return by_uniques(values, f)


_TYPE_WORDS = {
    "PC": "PC",
    "PCMI": "PC",
    "PERMIS DE CONSTRUIRE": "PC",
    "PERMIS CONSTRUIRE": "PC",
    "PD": "PD",
    "PERMIS DE DEMOLIR": "PD",
    "PA": "PA",
    "PERMIS D'AMENAGER": "PA",
    "PERMIS D AMENAGER": "PA",
    "PERMIS AMENAGER": "PA",
    "DP": "DP",
    "DPMI": "DP",
    "DPLT": "DP",
    "DPC": "DP",
    "DECLARATION PREALABLE": "DP",
    "DECLARATION PREALABLE DE TRAVAUX": "DP",
}


def _type_of(value: str):
    if not value:
        return None
    key = re.sub(r"\s+", " ", value.upper().replace("’", "'")).strip()
    key = key.translate(str.maketrans("ÉÈÊÀÂ", "EEEAA"))
    if key in _TYPE_WORDS:
        return _TYPE_WORDS[key]
    for words, code in _TYPE_WORDS.items():
        if len(words) > 4 and key.startswith(words):
            return code
    return None


def normalize_types(values, numero_norm=None):
    """(types, unknown mask): PC/PD/PA/DP from the type column, else from the dossier number's first letters."""

    def f(u):
        t = u.str.strip()
        types = np.array([_type_of(v) for v in t], dtype=object)  # once per distinct spelling
        return types, (t != "").to_numpy() & pd.isna(types)

    types, unknown = by_uniques(values, f)
    lacking = np.flatnonzero(pd.isna(types)) if numero_norm is not None else []
    if len(lacking):  # the number's first letters, where the type column says nothing
        types = np.asarray(types, dtype=object).copy()
        types[lacking] = by_uniques(
            np.asarray(numero_norm, dtype=object)[lacking],
            lambda u: u.str[:2].where(u.str[:2].isin(PERMIT_TYPES), None).to_numpy(dtype=object),
        )
    return types, unknown.astype(bool)


_DMY = r"^(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})[/.\-](?P<y>\d{4}|\d{2})$"
_YMD = r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"


def _dates(u: pd.Series):
    s = u.str.strip()
    if len(s) == 0:
        return np.array([], dtype=object), np.array([], dtype=bool)
    dmy = s.str.extract(_DMY)
    ymd = s.str.extract(_YMD)
    parts = dmy.fillna(ymd[["d", "m", "y"]])
    year = pd.to_numeric(parts["y"], errors="coerce")
    year = year.where(~(parts["y"].str.len() == 2), 2000 + year)
    dates = pd.to_datetime(
        pd.DataFrame(
            {
                "year": year,
                "month": pd.to_numeric(parts["m"], errors="coerce"),
                "day": pd.to_numeric(parts["d"], errors="coerce"),
            }
        ),
        errors="coerce",
    )
    iso = dates.dt.strftime("%Y-%m-%d").astype(object).where(dates.notna(), None)
    return iso.to_numpy(dtype=object), ((s != "") & dates.isna()).to_numpy()


def parse_dates(values):
    """(ISO dates yyyy-mm-dd or None, bad mask). Accepts dd/mm/yyyy (also with . or -), dd/mm/yy and ISO (with a
    time)."""
    iso, bad = by_uniques(values, _dates)
    return iso, bad.astype(bool)


#: Dates before this year, or more than a year ahead, are kept but said (a typo: «01/01/1900», «12/03/2206»)
PLAUSIBLE_FROM_YEAR = 1950


def implausible_date_messages(source, lines, iso, field_name, values) -> list:
    """A warning for each readable date outside the plausible range (from :data:`PLAUSIBLE_FROM_YEAR` to a year from
    today): the date is kept, the row named, so that a typo does not pass unseen."""
    dates = pd.to_datetime(pd.Series(iso, dtype=object), errors="coerce")
    until = pd.Timestamp.today().normalize() + pd.DateOffset(years=1)
    mask = (dates.notna() & ((dates.dt.year < PLAUSIBLE_FROM_YEAR) | (dates > until))).to_numpy()
    template = tr("date « {v} » hors de la plage plausible ({a} à {b}) : vérifiez la saisie ; la date est gardée.")
    return row_messages(
        source,
        lines,
        mask,
        field_name,
        AVERTISSEMENT,
        template.replace("{a}", str(PLAUSIBLE_FROM_YEAR)).replace("{b}", str(until.year)),
        values,
    )


def parse_numbers(values, unit: str = ""):
    """(floats, bad mask): «12,5», «12.5 m», « 1 234 » → numbers; empty → nan (not bad)."""

    def f(u):
        s = u.str.strip()
        t = (
            s.str.replace("\u00a0", "", regex=False)
            .str.replace(r"(?<=\d)\s+(?=\d{3}\b)", "", regex=True)
            .str.replace(",", ".", regex=False)
        )
        if unit:
            t = t.str.replace(unit, "", regex=True).str.strip()
        out = pd.to_numeric(t, errors="coerce").to_numpy(dtype=float)
        bad = (s != "").to_numpy() & ~np.isfinite(out)
        out[~np.isfinite(out)] = np.nan
        return out, bad

    out, bad = by_uniques(values, f)
    return out.astype(float), bad.astype(bool)


_CRS_WORDS = {
    "L93": "EPSG:2154",
    "LAMBERT93": "EPSG:2154",
    "LAMBERT 93": "EPSG:2154",
    "RGF93": "EPSG:2154",
    "RGF93 LAMBERT 93": "EPSG:2154",
    "RGF93 / LAMBERT-93": "EPSG:2154",
    "LAMBERT-93": "EPSG:2154",
    "WGS84": "EPSG:4326",
    "WGS 84": "EPSG:4326",
    "GPS": "EPSG:4326",
    "CC50": "EPSG:3950",
    "CC49": "EPSG:3949",
}


def normalize_crs_values(values, x, y, file_label, lines, field="crs"):
    """(crs labels per row, messages). Empty → EPSG:2154, or EPSG:4326 when x/y look like degrees (said in a
    message)."""
    from ..crs import crs_label, parse_crs
    from ..errors import CrsError

    raw = stripped(values)
    has_xy = np.isfinite(x) & np.isfinite(y)
    codes, uniques = pd.factorize(raw)
    labels, bad_values = [], set()
    for u in uniques:
        if u == "":
            labels.append("")
            continue
        key = u.upper().replace("_", " ").strip()
        guess = _CRS_WORDS.get(key) or _CRS_WORDS.get(key.replace(" ", "")) or u
        try:
            labels.append(crs_label(parse_crs(guess)))
        except CrsError:
            labels.append(None)
            bad_values.add(u)
    out = np.array(labels, dtype=object)[codes] if len(uniques) else np.full(len(raw), "", dtype=object)
    del bad_values
    messages = []
    degrees = has_xy & (np.abs(x) <= 180) & (np.abs(y) <= 90)
    empty = out == ""
    out = np.where(empty & degrees, "EPSG:4326", out)
    out = np.where(empty & has_xy & ~degrees, "EPSG:2154", out)
    out = np.where(~has_xy & empty, None, out)
    for i in np.flatnonzero(empty & degrees):
        messages.append(
            RowMessage(
                file_label,
                int(lines[i]),
                field,
                INFORMATION,
                tr(
                    "système de coordonnées non indiqué ; les coordonnées ressemblent à des degrés : WGS84 "
                    "(EPSG:4326) supposé."
                ),
            )
        )
    for i in np.flatnonzero(pd.isna(out) & (raw != "")):
        messages.append(
            RowMessage(
                file_label,
                int(lines[i]),
                field,
                AVERTISSEMENT,
                tr(
                    "système de coordonnées inconnu « {v} » (attendu : EPSG:2154, EPSG:4326…) ; coordonnées ignorées."
                ).format(v=raw[i]),
            )
        )
    return out, messages


INSEE_PATTERN = r"^(?:\d{5}|2[AB]\d{3})$"


def normalize_insee(values):
    """(codes or None, bad mask): «59360», «5936» (lost leading zero: 05936) and «2A004»."""

    def f(u):
        s = u.str.strip().str.upper().str.replace(r"\.0$", "", regex=True)
        s = s.where(~s.str.fullmatch(r"\d{4}"), s.str.zfill(5))
        ok = s.str.fullmatch(INSEE_PATTERN)
        return s.where(ok, None).to_numpy(dtype=object), ((s != "") & ~ok).to_numpy()

    codes, bad = by_uniques(values, f)
    return codes, bad.astype(bool)


#: Words of a case's status that say the decision (checked in this order), and the decision they give
_DECISION_WORDS = (
    ("annul", "annulé"),
    ("retir", "retiré"),
    ("tacite", "tacite"),
    ("refus", "refusé"),
    ("defavorable", "refusé"),
    ("prescription", "accordé avec prescriptions"),
    ("accord", "accordé"),
    ("autoris", "accordé"),
    ("favorable", "accordé"),
    ("commence", "accordé"),
    ("termine", "accordé"),
)


def decision_from_status(values) -> np.ndarray:
    """The decision a status text says («autorisé», «refus tacite», «accordé avec prescriptions»…), or None."""

    def decide(u):
        out = np.full(len(u), None, dtype=object)
        for i, v in enumerate(u):  # once per distinct status
            text = strip_accents(v).lower() if v.strip() else ""
            for word, decision in _DECISION_WORDS:
                if word in text:
                    out[i] = decision
                    break
        return out

    return by_uniques(values, decide)


def finalize(columns: dict, n: int, source: str, lines, messages: list) -> pd.DataFrame:
    """Assemble the standard table; drop (and report) rows without a dossier number; apply the rule of duplicated
    numbers (:func:`resolve_duplicate_numbers`). A status that says the decision gives the ``decision`` column when
    the source has none of its own."""
    if "decision" not in columns and "statut_dossier" in columns:
        columns = {**columns, "decision": decision_from_status(columns["statut_dossier"])}
    data = {}
    for col in STANDARD_COLUMNS:
        if col in columns:
            data[col] = columns[col]
        elif col in ("x", "y", "hauteur"):
            data[col] = np.full(n, np.nan)
        elif col == "source":
            data[col] = np.full(n, source, dtype=object)
        elif col == "ligne":
            data[col] = np.asarray(lines, dtype=np.int64)
        else:
            data[col] = np.full(n, None, dtype=object)
    df = pd.DataFrame(data, columns=list(STANDARD_COLUMNS))
    for col in ("x", "y", "hauteur"):
        df[col] = df[col].astype(float)
    for col in STANDARD_COLUMNS:
        if df[col].dtype == object:
            values = df[col].to_numpy()
            missing = pd.isna(values)
            if missing.any() and not (values[missing] == None).all():  # noqa: E711 - NaN (not None) to replace
                df[col] = df[col].where(~missing, None)
    missing = df["numero_norm"].isna().to_numpy()
    for i in np.flatnonzero(missing):
        messages.append(
            RowMessage(
                source, int(df["ligne"].iat[i]), "numero", ERREUR, tr("numéro de dossier absent ; ligne ignorée.")
            )
        )
    df = df[~missing].reset_index(drop=True)
    df = resolve_duplicate_numbers(df, messages)
    messages.sort(key=lambda m: (m.row or 0, {ERREUR: 0, AVERTISSEMENT: 1, INFORMATION: 2}.get(m.level, 3)))
    return df


def row_messages(source, lines, mask, field_name, level, template, values=None) -> list:
    """One message per True in ``mask``; ``template`` may use {v} (the row's value)."""
    out = []
    for i in np.flatnonzero(mask):
        text = template.format(v=values[i]) if values is not None else template
        out.append(RowMessage(source, int(lines[i]), field_name, level, text))
    return out


# ----------------------------------------------------------------------------- duplicated dossier numbers

#: Joins a dossier number and a commune in the register key of a second dossier bearing the same number in another
#: commune («PC0624982400012@62510»); never in a real number, and kept by every normalisation of numbers.
COMMUNE_KEY_SEPARATOR = "@"

_NUMERO_COMMUNE = re.compile(r"^[A-Z]*(?:0(?P<d>\d{2}|2[AB])(?P<c>\d{3})|(?P<dom>97\d)\d(?P<cd>\d{2}))\d{2}")


def commune_of_numero(numero_norm):
    """The INSEE code of the commune a normalised French dossier number carries, or None: after the type letters,
    the department on three characters and the commune on three digits («PC0624982400012» → 62498, «PC02A0042400001»
    → 2A004, overseas «PC9711052400001» → 97105; Sitadel's numbers without type letters alike)."""
    if not isinstance(numero_norm, str):
        return None
    m = _NUMERO_COMMUNE.match(numero_norm)
    if m is None:
        return None
    return m["d"] + m["c"] if m["d"] else m["dom"] + m["cd"]


def _commune_word(values) -> np.ndarray:
    """A commune name reduced for comparison («Liévin», «LIEVIN» → «LIEVIN»), None where empty."""

    def f(u):
        t = u.map(lambda v: re.sub(r"[^A-Z0-9]+", "", strip_accents(v).upper()))
        return t.where(t != "", None).to_numpy(dtype=object)

    return by_uniques(values, f)


def _line(row, several_files: bool) -> str:
    if several_files:
        return tr("ligne {n} de {f}").format(n=int(row["ligne"]), f=row["source"])
    return tr("ligne {n}").format(n=int(row["ligne"]))


def _commune(row) -> str:
    name, code = row["commune_nom"], row["commune_insee"]
    name = name if isinstance(name, str) and name else None
    code = code if isinstance(code, str) and code else None
    return f"{name} ({code})" if name and code else (name or code or "?")


def _joined(items) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + tr(" et ") + items[-1]


def resolve_duplicate_numbers(df: pd.DataFrame, messages: list) -> pd.DataFrame:
    """The one rule for a dossier number given more than once, applied by every reader (through :func:`finalize`)
    and by the sweep to the rows of all its files together; each case said once, in French, in ``messages``.

    - **Same number, different communes** (INSEE codes, or names when a row has no code): distinct dossiers, since
      a French permit number carries its commune's code. All are kept, none overwrites another: the row whose
      commune is the number's own (:func:`commune_of_numero`), or failing that the first line, keeps the number as
      its key ``numero_norm``; each other commune's row gets «number@INSEE» (:data:`COMMUNE_KEY_SEPARATOR`; «@NAME»
      without a code). A case located in the Bien is thus never dropped for its namesake elsewhere, and the keys
      depend only on the file, so a repeated sweep keeps them. One «avertissement» per number names the file(s),
      the lines, the number, the communes, the keys given and what to check.
    - **Same number, same commune** (or a row without commune): the same dossier given twice; the last line is
      kept (a later line is the newer state), each earlier one is left out with an «erreur» naming the line kept.

    ``df`` has the standard columns (``source`` and ``ligne`` name each row); it is returned without the rows left
    out, its order kept."""
    keys = df["numero_norm"]
    dup = (keys.duplicated(keep=False) & keys.notna()).to_numpy()
    if not dup.any():
        return df
    df = df.copy()
    at = np.flatnonzero(dup)  # positions of the rows whose number is given more than once
    numeros = df["numero_norm"].to_numpy(dtype=object)
    insee = df["commune_insee"].to_numpy(dtype=object)[at]
    names = _commune_word(df["commune_nom"].iloc[at])
    # a row's commune: its INSEE code, else its name; a name equal to the name of a row with a code is that code
    by_name = {(numeros[i], n): c for i, n, c in zip(at, names, insee) if isinstance(c, str) and isinstance(n, str)}
    ident = [
        c if isinstance(c, str) else (by_name.get((numeros[i], n), n) if isinstance(n, str) else None)
        for i, c, n in zip(at, insee, names)
    ]
    groups = {}
    for i, c in zip(at, ident):
        groups.setdefault(numeros[i], []).append((int(i), c))
    # the rows of the repeated numbers only (row position → fields)
    rows = dict(zip(at, df[["numero", "commune_insee", "commune_nom", "source", "ligne"]].iloc[at].to_dict("records")))
    new_keys = numeros.copy()
    for key, members in groups.items():
        communes = list(dict.fromkeys(c for _, c in members if c is not None))
        if len(communes) < 2:
            continue
        code = commune_of_numero(key)
        owner = code if code in communes else communes[0]
        several_files = len({rows[i]["source"] for i, _ in members}) > 1
        first_of = {}
        for i, c in members:
            first_of.setdefault(c, rows[i])
        shown = rows[members[0][0]]["numero"]
        kept = [tr("sous « {key} » pour {commune}").format(key=shown, commune=_commune(first_of[owner]))]
        for c in communes:
            if c == owner:
                continue
            for i, ci in members:
                if ci == c:
                    new_keys[i] = f"{key}{COMMUNE_KEY_SEPARATOR}{c}"
            kept.append(
                tr("sous « {key} » pour {commune}").format(
                    key=f"{shown}{COMMUNE_KEY_SEPARATOR}{c}", commune=_commune(first_of[c])
                )
            )
        if code == owner:
            choice = tr("Le numéro porte le code de sa commune, ici {code}").format(code=code)
        elif code:
            choice = tr(
                "Le numéro porte le code de sa commune, ici {code}, qui n'est aucune de celles-ci ; la première ligne "
                "garde donc le numéro"
            ).format(code=code)
        else:
            choice = tr("Le numéro ne porte pas de code commune lisible ; la première ligne garde donc le numéro")
        places = [
            tr("{line}, {commune}").format(line=_line(rows[i], several_files), commune=_commune(rows[i]))
            for i, _ in members
        ]
        check = [_line(first_of[c], several_files) for c in communes if c != owner or code != owner]
        messages.append(
            RowMessage(
                ", ".join(dict.fromkeys(str(rows[i]["source"]) for i, _ in members)),
                None,
                "numero",
                AVERTISSEMENT,
                tr(
                    "le numéro de dossier « {num} » figure pour {k} communes : {places}. {choice} : ce sont des "
                    "dossiers distincts, tous gardés dans le registre, {kept}. Vérifiez la commune indiquée {check} "
                    "auprès du service instructeur et corrigez la liste s'il s'agit d'une erreur de saisie ; sinon, "
                    "rien à faire."
                ).format(
                    num=shown,
                    k=len(communes),
                    places=_joined(places),
                    choice=choice,
                    kept=_joined(kept),
                    check=_joined(check),
                ),
            )
        )
    df["numero_norm"] = new_keys
    # the same dossier given twice (same commune, or a row without commune): the last line is kept
    same = df["numero_norm"].duplicated(keep="last").to_numpy() & df["numero_norm"].notna().to_numpy()
    if same.any():
        # the line kept for each repeated number: its last row (only the rows of repeated numbers are grouped)
        repeated = df["numero_norm"].duplicated(keep=False).to_numpy() & df["numero_norm"].notna().to_numpy()
        kept_rows = df[["numero_norm", "ligne", "source"]].iloc[np.flatnonzero(repeated)]
        kept_rows = kept_rows.drop_duplicates("numero_norm", keep="last").set_index("numero_norm")
        keys_same = df["numero_norm"].to_numpy(dtype=object)[same]
        last = dict(zip(np.flatnonzero(same), kept_rows["ligne"].reindex(keys_same).to_numpy()))
        last_source = dict(zip(np.flatnonzero(same), kept_rows["source"].reindex(keys_same).to_numpy()))
        for i in np.flatnonzero(same):
            if last_source[i] != df["source"].iat[i]:
                where = tr("ligne {n} de {f}").format(n=int(last[i]), f=last_source[i])
            else:
                where = tr("ligne {n}").format(n=int(last[i]))
            messages.append(
                RowMessage(
                    str(df["source"].iat[i]),
                    int(df["ligne"].iat[i]),
                    "numero",
                    ERREUR,
                    tr(
                        "dossier « {num} » repris plus loin ({where}) dans la même commune : c'est le même dossier, "
                        "la dernière ligne est retenue et celle-ci est ignorée. Supprimez la ligne en double de la "
                        "liste."
                    ).format(num=df["numero"].iat[i], where=where),
                )
            )
        df = df[~same]
    return df.reset_index(drop=True)
