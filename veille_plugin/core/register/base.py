"""The veille register («base de veille»): cases, their screenings and verdicts, the sweeps and the triage.

:class:`Register` holds everything both back ends share (validation, change detection, history); a back end
(:mod:`.gpkg`, :mod:`.postgis`) supplies transactions and a few bulk statements. Nothing is ever deleted:
a case that leaves its source is marked ``disparu``, a triage change is written to the history.
"""

import abc
import json
import re
from dataclasses import dataclass, field
from itertools import repeat
from typing import Callable, Container, Dict, Iterable, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from ..errors import InputError, VeilleError
from ..i18n import tr
from ..text import strip_accents
from ..vocabulary import CHANGE_MODIFIED, CHANGE_NEW, CHANGE_UNCHANGED, SWEEP_DONE, SWEEP_INTERRUPTED, SWEEP_RUNNING
from .alerts import AlertsMixin
from .conditions import ConditionsMixin
from .follow_up import FollowUpMixin, clean_follow_up
from .geometry_blob import wkb_is_empty
from .plu_snapshots import PluSnapshotsMixin
from .model import (
    CASE_FIELDS,
    CONVERTERS,
    FIELD_KINDS,
    FIELD_NAMES,
    SOURCE_DECISION_FIELDS,
    SOURCE_FIELDS,
    STATUTS_VEILLE,
    SWEEP_STATUSES,
    TRACKED_FIELDS,
    WKB_COLUMN,
    check_author,
    history_text,
    normalize_numero,
    now_iso,
)


class RegisterError(VeilleError):
    """The register cannot be opened, read or written (message in French, names the register)."""


class RegisterVersionError(RegisterError):
    """The register was written by a newer version of the plugin (unknown schema)."""


class RegisterBusyError(RegisterError):
    """Another writer kept the register locked for too long."""


class RegisterConnectionError(RegisterError):
    """The PostgreSQL server cannot be reached (the message never contains the password)."""


HISTORY_INSERT_COLUMNS = ["at", "author", "sweep_id", "numero_norm", "field", "old", "new"]
_SWEEP_COLUMNS = [
    "id",
    "started_at",
    "finished_at",
    "sources",
    "catalogue_version",
    "donnees_version",
    "author",
    "status",
    "counts",
]


def _upsert_result() -> dict:
    return {
        CHANGE_NEW: 0,
        CHANGE_MODIFIED: 0,
        CHANGE_UNCHANGED: 0,
        "réapparu": 0,
        "nouveaux": [],
        "réapparus": [],
        "changements": {},
    }


@dataclass
class PendingNews:
    """What sweeps closed as «interrompu» changed and never reported: handed over to the next sweep."""

    sweeps: List[int]
    new: set = field(default_factory=set)  # keys first seen by those sweeps
    history: List[tuple] = field(default_factory=list)  # (numero_norm, field, old, new), oldest first
    disappeared: List[str] = field(default_factory=list)  # keys they marked «disparu» that are still gone


@dataclass
class SweepRecord:
    """What :meth:`Register.record_sweep` wrote: the sweep id, the upsert's result, the cases now gone, the triage
    of every case, and the news of interrupted sweeps handed over to this one."""

    sweep_id: int
    upsert: dict
    gone: List[str]
    gone_rows: pd.DataFrame
    triage: Dict[str, tuple]
    pending: PendingNews
    kept: List[str] = field(default_factory=list)  # keys not marked «disparu»: their source row was unreadable


def _canonical_status(value) -> str:
    key = strip_accents(str(value)).strip().lower()
    for status in STATUTS_VEILLE:
        if strip_accents(status) == key:
            return status
    raise InputError(
        tr("Champ « statut_veille » : valeur « {v} » refusée. Valeurs permises : {allowed}.").format(
            v=value, allowed=", ".join(f"« {s} »" for s in STATUTS_VEILLE)
        )
    )


#: Column kinds (pandas.api.types.infer_dtype) holding values of one type only: converted once per distinct value
_ONE_TYPE_KINDS = frozenset({"string", "empty", "floating", "integer", "boolean"})
_KEY_SEPARATOR = "\x01"  # neither junk for normalize_numero nor changed by str.upper()
#: In texts joined by NUL: a value to strip (white space at an end), an empty value
_TO_STRIP = re.compile(r"(?:^|\x00)(?:\s|\x00|$)|\s(?:\x00|$)")


def _column_kind(series: pd.Series) -> str:
    """pandas' name for the type of a column's values, missing values skipped ("string", "floating", "mixed"…)."""
    return pd.api.types.infer_dtype(series, skipna=True)


def _strip_texts(texts: list) -> list:
    """:func:`to_text` of str values (stripped, NUL removed, "" → None): the values themselves when one search of
    their joined text finds none to strip, no empty one and no NUL."""
    joined = "\x00".join(texts)
    if joined.count("\x00") == len(texts) - 1 and not _TO_STRIP.search(joined):
        return texts
    return [CONVERTERS["text"](t) for t in texts]


def _spread(codes: np.ndarray, converted: list) -> np.ndarray:
    """Values per row from the values per distinct value (``codes`` of pandas.factorize, -1 → None)."""
    lookup = np.empty(len(converted) + 1, dtype=object)
    lookup[: len(converted)] = converted
    lookup[-1] = None
    return lookup[codes]


def _convert_column(series: pd.Series, convert, on_error) -> np.ndarray:
    """``convert`` applied to every value of a column, as an object array: once per distinct value when the column
    holds one type of values, else value by value. ``on_error(row, value)`` raises for an unreadable value (the
    first row holding one)."""
    kind = _column_kind(series)
    if kind in _ONE_TYPE_KINDS:
        codes, uniques = pd.factorize(series)
        distinct = np.asarray(uniques, dtype=object).tolist()
        if kind == "string" and convert is CONVERTERS["text"]:
            return _spread(codes, _strip_texts(distinct))
        converted = []
        for j, v in enumerate(distinct):  # in order of first appearance: the first bad value is the first bad row
            try:
                converted.append(convert(v))
            except (TypeError, ValueError):
                if on_error is None:
                    raise
                on_error(int(np.argmax(codes == j)), v)
        return _spread(codes, converted)
    out = np.empty(len(series), dtype=object)
    for i, v in enumerate(series.tolist()):
        try:
            out[i] = convert(v)
        except (TypeError, ValueError):
            if on_error is None:
                raise
            on_error(i, v)
    return out


def _normalize_texts(texts: list) -> list:
    """:func:`normalize_numero` of str values, in one pass over their joined text."""
    if texts:
        joined = _KEY_SEPARATOR.join(texts)
        if joined.count(_KEY_SEPARATOR) == len(texts) - 1:
            keys = normalize_numero(joined).split(_KEY_SEPARATOR)
            if len(keys) == len(texts):
                return keys
    return [normalize_numero(t) for t in texts]


class CaseBatch:
    """A DataFrame of cases checked and converted once, column by column: keys, source columns (object arrays),
    decisions its source carries, 2D ISO WKB (or None) and which geometries are empty."""

    def __init__(self, df: pd.DataFrame):
        if not isinstance(df, pd.DataFrame):
            raise InputError(
                tr("Les dossiers à enregistrer doivent être donnés sous forme de table (pandas.DataFrame).")
            )
        n = len(df)
        self.n = n
        if "numero" not in df.columns:
            raise InputError(tr("Colonne « numero » absente : chaque dossier doit avoir son numéro."))
        numeros = _convert_column(df["numero"], CONVERTERS["text"], None)
        keys = _normalize_texts(["" if nu is None else nu for nu in numeros.tolist()])
        if "numero_norm" in df.columns:
            given = df["numero_norm"]
            kind = _column_kind(given)
            if kind != "empty":
                if kind == "string" and not given.isna().any():
                    given_keys = _normalize_texts(given.tolist())
                else:
                    given_keys = [normalize_numero(g) for g in given.tolist()]
                keys = [g or nu for g, nu in zip(given_keys, keys)]
        bad = [i for i, k in enumerate(keys) if not k]
        if bad:
            raise InputError(
                tr("Colonne « numero » : {k} dossier(s) sans numéro exploitable (lignes {rows}).").format(
                    k=len(bad), rows=", ".join(str(i + 1) for i in bad[:10]) + ("…" if len(bad) > 10 else "")
                )
            )
        counts = pd.Series(keys, dtype=object).value_counts()
        dups = counts[counts > 1]
        if len(dups):
            raise InputError(
                tr(
                    "Colonne « numero » : numéros en double dans le lot ({dups}). Un dossier ne peut figurer qu'une "
                    "fois par enregistrement."
                ).format(dups=", ".join(dups.index[:10].tolist()) + ("…" if len(dups) > 10 else ""))
            )
        self.keys: List[str] = keys
        self.key_array = np.array(keys, dtype=object)
        self.columns: List[str] = [f for f in SOURCE_FIELDS if f in df.columns]
        self.values: Dict[str, np.ndarray] = {"numero": numeros}
        for col in self.columns:
            if col == "numero":
                continue

            def unreadable(i, v, col=col):
                raise InputError(
                    tr("Champ « {f} » du dossier {num} : valeur « {v} » illisible (nombre attendu).").format(
                        f=col, num=numeros[i], v=v
                    )
                ) from None

            self.values[col] = _convert_column(df[col], CONVERTERS[FIELD_KINDS[col]], unreadable)
        # the decision a source carries (Sitadel's authorisation date, an ADS export's «décision» column)
        self.decisions: Dict[str, np.ndarray] = {}
        for col in SOURCE_DECISION_FIELDS:
            if col in df.columns:
                self.decisions[col] = _clean_decisions(df[col], col)
        self.has_geometry = WKB_COLUMN in df.columns
        if self.has_geometry:
            self.wkb, self.empty = _iso_2d_wkb(df[WKB_COLUMN], numeros)
        else:
            self.wkb, self.empty = np.full(n, None, dtype=object), np.zeros(n, dtype=bool)

    def row(self, i: int, columns: Sequence[str]) -> list:
        """The values of row ``i`` for ``columns``."""
        return [self.values[c][i] for c in columns]


def _clean_decisions(series: pd.Series, col: str) -> np.ndarray:
    """A source's decision column as stored (:func:`clean_follow_up`; values other than text read as blank), once
    per distinct value; the first unreadable value raises its French error."""
    if _column_kind(series) in ("string", "empty"):
        codes, uniques = pd.factorize(series)
        cleaned = [clean_follow_up({col: v}).get(col) for v in np.asarray(uniques, dtype=object).tolist()]
        return _spread(codes, cleaned)
    return np.array(
        [clean_follow_up({col: v if isinstance(v, str) else None}).get(col) for v in series.tolist()], dtype=object
    )


def _iso_2d_wkb(series: pd.Series, numeros) -> Tuple[np.ndarray, np.ndarray]:
    """Geometries as 2D ISO WKB, little endian (None stays None), and which of them are empty (as the GeoPackage
    header tells it). Unreadable WKB → French error naming the case."""
    import shapely

    if _column_kind(series) in ("bytes", "empty"):
        arr = series.to_numpy(dtype=object).copy()
        arr[pd.isna(arr)] = None
        raw = arr
    else:
        raw = []
        for v in series.tolist():
            if v is None or (isinstance(v, float) and np.isnan(v)):
                raw.append(None)
            elif isinstance(v, (bytes, bytearray, memoryview)):
                raw.append(bytes(v))
            elif isinstance(v, str):  # hex WKB
                raw.append(bytes.fromhex(v))
            elif hasattr(v, "wkb"):  # a shapely geometry given directly
                raw.append(shapely.to_wkb(v))
            else:
                raise InputError(
                    tr("Colonne « {c} » : géométrie de type {t} non reconnue (WKB attendu).").format(
                        c=WKB_COLUMN, t=type(v).__name__
                    )
                )
        raw = np.array(raw + [None], dtype=object)[:-1]  # never a 2D array of bytes
    try:
        geoms = shapely.from_wkb(raw, on_invalid="raise")
    except Exception:
        for i, b in enumerate(raw):
            try:
                shapely.from_wkb(b, on_invalid="raise")
            except Exception as exc:
                raise InputError(
                    tr("Géométrie du dossier {num} illisible ({err}).").format(num=numeros[i], err=exc)
                ) from None
        raise
    if shapely.has_z(geoms).any():
        geoms = shapely.force_2d(geoms)
    out = shapely.to_wkb(geoms, output_dimension=2, byte_order=1, flavor="iso")
    empty = np.zeros(len(out), dtype=bool)
    for i in np.flatnonzero(shapely.is_empty(geoms)):  # rare: the header's rule, exactly (see geometry_blob)
        empty[i] = wkb_is_empty(out[i])
    return out, empty


#: ``disparu`` value that :meth:`Register._batch_existing` gives a case absent from the register
_NEW_CASE = -1


def _history_texts(values: np.ndarray) -> list:
    """:func:`history_text` of many values (text and None, most often, stay as they are)."""
    return [v if v is None or v.__class__ is str else history_text(v) for v in values.tolist()]


def batch_side(batch: "CaseBatch", column: str) -> np.ndarray:
    """The batch's own values of a column compared with the stored ones (a source column, or a decision given)."""
    return batch.values[column] if column in batch.values else batch.decisions[column]


def stored_values(
    batch: "CaseBatch", columns: List[str], known: np.ndarray, positions: np.ndarray, rows: list
) -> Dict[str, np.ndarray]:
    """One object array per column in the batch's order, from the batch rows found in the register (``known``,
    positions) and the stored ``rows`` (tuples of ``columns``) of some of them (``positions``). A known row not
    among them is one whose stored values equal the batch's (``disparu`` = 0): the batch's values stand in for the
    stored ones. A row not known gets None and ``disparu`` = :data:`_NEW_CASE`."""
    is_known = np.zeros(batch.n, dtype=bool)
    is_known[known] = True
    stored_cols = list(zip(*rows)) if rows else [()] * len(columns)
    out = {}
    for j, col in enumerate(columns):
        if col == "disparu":
            arr = np.where(is_known, 0, _NEW_CASE).astype(object)
        else:
            arr = np.where(is_known, batch_side(batch, col), None)
        if len(positions):
            vals = np.empty(len(positions), dtype=object)
            vals[:] = stored_cols[j]
            arr[positions] = vals
        out[col] = arr
    return out


def differing(batch: "CaseBatch", columns: List[str], positions: np.ndarray, rows: list) -> np.ndarray:
    """Which stored ``rows`` (at batch ``positions``) differ from the batch in any of ``columns``, or are marked
    «disparu»: the only ones whose stored values matter to a sweep."""
    out = np.zeros(len(positions), dtype=bool)
    for j, col in enumerate(columns):
        stored = np.empty(len(positions), dtype=object)
        stored[:] = [r[j] for r in rows]
        if col == "disparu":
            out |= np.asarray([bool(v) for v in stored.tolist()], dtype=bool)
        else:
            out |= np.asarray(stored != batch_side(batch, col)[positions], dtype=bool)
    return out


class Register(AlertsMixin, PluSnapshotsMixin, FollowUpMixin, ConditionsMixin, abc.ABC):
    """A veille register; open one with :func:`veille_plugin.core.register.open_register`.

    All writes are single transactions: a crash leaves the register as it was before the call.
    """

    backend = "?"
    #: Test seam: called inside every write transaction just before COMMIT (None in normal use).
    _hook_before_commit: Optional[Callable[[], None]] = None

    def __init__(self):
        self._closed = False
        self.target = ""
        self._fields_present: Optional[List[str]] = None  # see _present_fields

    # ------------------------------------------------------------------ back-end primitives
    @abc.abstractmethod
    def _transaction(self, write: bool = True):
        """Context manager yielding a DB-API cursor; commits on success, rolls back on any exception."""

    @abc.abstractmethod
    def _q(self, sql: str) -> str:
        """SQL with «?» placeholders and ``{cases}``-style table names → the back end's dialect."""

    @abc.abstractmethod
    def _lock_cases(self, cur) -> None:
        """Serialise the writers that compare-then-write cases (sweeps)."""

    @abc.abstractmethod
    def _fetch_existing(self, cur, keys: List[str], columns: List[str], lock: bool = True) -> Dict[str, tuple]:
        """{numero_norm: (values of columns…)} for the keys present, in one or a few statements."""

    @abc.abstractmethod
    def _write_batch(
        self, cur, batch: "CaseBatch", new: np.ndarray, decisions: Dict[str, np.ndarray], now: str, sid, n_new: int
    ) -> None:
        """Write a batch in bulk: insert the cases where ``new`` (source columns, bookkeeping, the decisions given,
        geometry), update the others (source columns, last_seen/last_sweep, disparu = 0, a decision given replaces
        the stored one, a geometry given replaces the stored one)."""

    @abc.abstractmethod
    def _insert_many(self, cur, table: str, columns: List[str], rows: List[list]) -> None:
        """Plain bulk insert."""

    @abc.abstractmethod
    def _insert_returning_id(self, cur, table: str, columns: List[str], row: list) -> int:
        """Insert one row and return its integer id."""

    @abc.abstractmethod
    def _geom_select(self) -> str:
        """SQL expression selecting the geometry of ``cases``."""

    @abc.abstractmethod
    def _decode_geom(self, value) -> Optional[bytes]:
        """Stored geometry → ISO WKB bytes (or None)."""

    @abc.abstractmethod
    def _read_version(self, cur) -> int:
        """Schema version recorded in the register (0 for an empty one)."""

    def _touch_cases(self, cur) -> None:
        """Called after cases were written (the GeoPackage updates gpkg_contents)."""
        return None

    @abc.abstractmethod
    def close(self) -> None:
        """Release the connection and locks (idempotent)."""

    # ------------------------------------------------------------------ common
    @property
    def schema_version(self) -> int:
        """Schema version of the register."""
        with self._transaction(write=False) as cur:
            return self._read_version(cur)

    @property
    def description(self) -> str:
        """Where the register is, for people: the file path, or the masked connection and schema."""
        return self.target

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def __repr__(self):
        return f"<{type(self).__name__} {self.target}>"

    def _check_open(self):
        if self._closed:
            raise RegisterError(tr("Le registre de veille {t} est fermé.").format(t=self.target))

    def _sweep_exists(self, cur, sweep_id) -> None:
        if sweep_id is None:
            return
        cur.execute(self._q("SELECT id FROM {sweeps} WHERE id = ?"), (int(sweep_id),))
        if cur.fetchone() is None:
            raise InputError(
                tr("Balayage n° {id} inconnu dans le registre de veille {t} : démarrez-le avec start_sweep().").format(
                    id=sweep_id, t=self.target
                )
            )

    # ------------------------------------------------------------------ sweeps
    def start_sweep(self, sources: List[str], catalogue_version=None, donnees_version=None, author=None) -> int:
        """Record the start of a sweep (status «en cours») and return its id."""
        self._check_open()
        author = check_author(author)
        if isinstance(sources, str):
            sources = [sources]
        sources = [str(s) for s in (sources or [])]
        row = [
            now_iso(),
            None,
            json.dumps(sources, ensure_ascii=False),
            CONVERTERS["text"](catalogue_version),
            CONVERTERS["text"](donnees_version),
            author,
            SWEEP_RUNNING,
            None,
        ]
        with self._transaction() as cur:
            return self._insert_returning_id(cur, "sweeps", _SWEEP_COLUMNS[1:], row)

    def finish_sweep(self, sweep_id: int, counts: dict, status: str = SWEEP_DONE) -> None:
        """Close a sweep with its counts (any JSON-serialisable dict) and its final status (a sweep already closed
        as «interrompu» by a later run keeps that status)."""
        self._check_open()
        if status not in SWEEP_STATUSES:
            raise InputError(
                tr("Champ « status » : valeur « {v} » refusée. Valeurs permises : {allowed}.").format(
                    v=status, allowed=", ".join(f"« {s} »" for s in SWEEP_STATUSES)
                )
            )
        payload = json.dumps(counts or {}, ensure_ascii=False, default=str)
        with self._transaction() as cur:
            self._sweep_exists(cur, sweep_id)
            cur.execute(
                self._q(
                    "UPDATE {sweeps} SET finished_at = ?, counts = ?, status = ? "
                    "WHERE id = ? AND status <> 'interrompu'"
                ),
                (now_iso(), payload, status, int(sweep_id)),
            )

    def sweeps(self) -> List[dict]:
        """Every sweep, oldest first: id, started_at, finished_at, sources (list), catalogue_version,
        donnees_version, author, status, counts (dict or None)."""
        self._check_open()
        with self._transaction(write=False) as cur:
            cur.execute(self._q(f"SELECT {', '.join(_SWEEP_COLUMNS)} FROM {{sweeps}} ORDER BY id"))
            rows = cur.fetchall()
        out = []
        for r in rows:
            d = dict(zip(_SWEEP_COLUMNS, r))
            d["sources"] = json.loads(d["sources"]) if d["sources"] else []
            d["counts"] = json.loads(d["counts"]) if d["counts"] else None
            out.append(d)
        return out

    # ------------------------------------------------------------------ cases
    def case_columns(self, columns: Sequence[str]) -> pd.DataFrame:
        """Some columns of every case (no geometry), for summaries over the whole register without reading it all."""
        self._check_open()
        unknown = [c for c in columns if c not in FIELD_NAMES]
        if unknown:
            raise InputError(tr("Colonne(s) inconnue(s) du registre : {c}.").format(c=", ".join(unknown)))
        with self._transaction(write=False) as cur:
            cur.execute(self._q(f"SELECT {', '.join(columns)} FROM {{cases}} ORDER BY fid"))
            rows = cur.fetchall()
        return pd.DataFrame(rows, columns=list(columns))

    def get_cases(self, numeros_norm: Optional[Iterable[str]] = None) -> pd.DataFrame:
        """All cases (or those whose key is in ``numeros_norm``): every CASE_FIELDS column + ``geom_wkb`` (ISO WKB)."""
        self._check_open()
        with self._transaction(write=False) as cur:
            present = self._present_fields(cur)
            cols = ", ".join(present)
            if numeros_norm is None:
                cur.execute(self._q(f"SELECT {cols}, {self._geom_select()} FROM {{cases}} ORDER BY fid"))
                rows = cur.fetchall()
            else:
                keys = sorted({normalize_numero(k) for k in numeros_norm} - {""})
                rows = self._select_cases_by_keys(cur, cols, keys)
        return self._frame(rows, present)

    def present_fields(self) -> List[str]:
        """The case fields this register's table holds: all of them once migrated, fewer in a register kept at an
        older schema."""
        self._check_open()
        with self._transaction(write=False) as cur:
            return list(self._present_fields(cur))

    def _present_fields(self, cur) -> List[str]:
        """The CASE_FIELDS the cases table has: all of them once migrated; fewer in a register kept at an older
        schema (opened read-only, or stopped at a ``target_version``), whose missing fields read as empty."""
        cached = self._fields_present
        if cached is None:
            cur.execute(self._q("SELECT * FROM {cases} WHERE 1 = 0"))
            names = {d[0] for d in cur.description}
            cached = self._fields_present = [n for n in FIELD_NAMES if n in names]
        return cached

    def _select_cases_by_keys(self, cur, cols: str, keys: List[str]) -> list:
        rows = []
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            cur.execute(
                self._q(
                    f"SELECT {cols}, {self._geom_select()} FROM {{cases}} WHERE numero_norm IN ({marks}) ORDER BY fid"
                ),
                chunk,
            )
            rows.extend(cur.fetchall())
        return rows

    def _frame(self, rows: list, present: Sequence[str]) -> pd.DataFrame:
        names = FIELD_NAMES + [WKB_COLUMN]
        if rows:
            cols = list(zip(*rows))
        else:
            cols = [()] * (len(present) + 1)
        by_name = dict(zip(present, cols))
        empty = (None,) * len(rows)
        data = {}
        for name, kind in CASE_FIELDS:
            values = by_name.get(name, empty)
            if kind == "real":
                data[name] = pd.Series([np.nan if v is None else float(v) for v in values], dtype="float64")
            elif kind == "int":
                data[name] = pd.Series([pd.NA if v is None else int(v) for v in values], dtype="Int64")
            else:
                data[name] = pd.Series(list(values), dtype=object)
        data[WKB_COLUMN] = pd.Series([self._decode_geom(v) for v in cols[-1]], dtype=object)
        return pd.DataFrame(data, columns=names)

    def upsert_cases(self, df: pd.DataFrame, sweep_id: Optional[int], author: str) -> dict:
        """Insert new cases, update known ones (matched on ``numero_norm``), in one transaction.

        ``df`` has CASE_FIELDS columns (missing source columns: NULL for a new case, left as stored for a known
        one; extra columns ignored; numero_norm computed from numero when absent) and optionally ``geom_wkb``
        (WKB or None; None keeps the stored geometry). Triage (statut_veille, assignee) and bookkeeping
        (first_/last_seen, first_/last_sweep, disparu) columns of ``df`` are ignored: the register keeps them.
        Each changed TRACKED field of a known case writes one history row (old → new); a case marked
        «disparu» that comes back gets disparu=0 with a history row.

        Returns ``{"nouveau": n, "modifié": n, "inchangé": n, "réapparu": n, "nouveaux": [numero_norm…],
        "réapparus": [numero_norm…], "changements": {numero_norm: [(field, old, new)…]}}``.
        """
        self._check_open()
        author = check_author(author)
        batch = CaseBatch(df)
        if batch.n == 0:
            return _upsert_result()
        with self._transaction() as cur:
            self._lock_cases(cur)
            self._sweep_exists(cur, sweep_id)
            return self._upsert_in(cur, batch, None if sweep_id is None else int(sweep_id), author, now_iso())

    def _upsert_in(self, cur, batch: "CaseBatch", sid: Optional[int], author: str, now: str) -> dict:
        """Inside a write transaction: the batch's cases written in bulk (new ones inserted, known ones updated,
        the decisions its source carries), the changes found by comparing whole columns with the stored ones,
        one history row per change (per case in the batch's order: tracked fields, comeback, then decisions)."""
        result = _upsert_result()
        if batch.n == 0:
            return result
        present = self._present_fields(cur)
        batch.columns = [c for c in batch.columns if c in present]
        tracked = [f for f in TRACKED_FIELDS if f in batch.columns]
        decisions = (
            {f: v for f, v in batch.decisions.items() if f in present}
            if batch.decisions and "decision" in present
            else {}
        )
        self._stage_batch(cur, batch, decisions)
        old = self._batch_existing(cur, batch, tracked + ["disparu"] + list(decisions))
        keys = batch.keys
        new = np.asarray(old["disparu"] == _NEW_CASE, dtype=bool)
        known = np.flatnonzero(~new)
        differs = {}
        for f in tracked:
            mask = np.zeros(batch.n, dtype=bool)
            if len(known):
                mask[known] = np.asarray(old[f][known] != batch.values[f][known], dtype=bool)
            differs[f] = mask
        back = np.zeros(batch.n, dtype=bool)
        if len(known):
            back[known] = [bool(v) for v in old["disparu"][known]]
        hist = []
        changes = result["changements"]
        touched = np.zeros(batch.n, dtype=bool)
        for mask in differs.values():
            touched |= mask
        for i in np.flatnonzero(touched | back).tolist():
            key = keys[i]
            diff = []
            for f in tracked:
                if differs[f][i]:
                    o, v = old[f][i], batch.values[f][i]
                    diff.append((f, o, v))
                    hist.append((now, author, sid, key, f, history_text(o), history_text(v)))
            if diff:
                changes[key] = diff
            if back[i]:
                hist.append((now, author, sid, key, "disparu", "1", "0"))
                result["réapparus"].append(key)
        result["nouveaux"] = batch.key_array[new].tolist()
        from_new_cases = False
        if decisions:
            # never a blank over a value: a decision is written when the source gives one that differs
            dec_diff = {}
            for f, given in decisions.items():
                stored = np.where(new, None, old[f])
                dec_diff[f] = np.asarray([g is not None for g in given], dtype=bool) & np.asarray(
                    given != stored, dtype=bool
                )
            changed = np.zeros(batch.n, dtype=bool)
            for mask in dec_diff.values():
                changed |= mask
            # one history row per decision changed, per case in the batch's order, its fields in their order;
            # when only new cases changed (a first sweep), those rows are read back from the cases just inserted
            from_new_cases = not (changed & ~new).any()
            if not from_new_cases:
                at = np.concatenate([np.flatnonzero(mask) for mask in dec_diff.values()])
                which = np.concatenate([np.full(int(mask.sum()), j) for j, mask in enumerate(dec_diff.values())])
                order = np.lexsort((which, at))
                at, which = at[order], which[order]
                olds, news = np.empty(len(at), dtype=object), np.empty(len(at), dtype=object)
                for j, (f, given) in enumerate(decisions.items()):
                    here = which == j
                    olds[here] = np.where(new[at[here]], None, old[f][at[here]])
                    news[here] = given[at[here]]
                hist.extend(
                    zip(
                        repeat(now),
                        repeat(author),
                        repeat(sid),
                        batch.key_array[at].tolist(),
                        np.array(list(decisions), dtype=object)[which].tolist(),
                        _history_texts(olds),
                        _history_texts(news),
                    )
                )
            result["decisions"] = int(changed.sum())
        n_new = int(new.sum())
        from_new_cases = from_new_cases and n_new > 0
        if from_new_cases:
            cur.execute(self._q("SELECT max(fid) FROM {cases}"))
            last_fid = cur.fetchone()[0] or 0
        self._write_batch(cur, batch, new, decisions, now, sid, n_new)
        if hist:
            self._insert_many(cur, "history", HISTORY_INSERT_COLUMNS, hist)
        if from_new_cases:
            self._decisions_history_of_new(cur, last_fid, list(decisions), now, author, sid)
        self._touch_cases(cur)
        result[CHANGE_NEW] = n_new
        result[CHANGE_MODIFIED] = len(changes)
        result[CHANGE_UNCHANGED] = batch.n - n_new - len(changes)
        result["réapparu"] = len(result["réapparus"])
        return result

    def _decisions_history_of_new(self, cur, last_fid: int, fields: List[str], now: str, author: str, sid) -> None:
        """One history row per decision of the cases inserted after ``last_fid`` (old value NULL), in their order
        (the batch's), their fields in order: the rows a first sweep writes, made by the database itself."""
        parts = " UNION ALL ".join(
            f"SELECT fid, {k} AS k, numero_norm, '{f}' AS field, {f} AS value FROM {{cases}} "
            f"WHERE fid > ? AND {f} IS NOT NULL"
            for k, f in enumerate(fields)
        )
        cur.execute(
            self._q(
                f"INSERT INTO {{history}} ({', '.join(HISTORY_INSERT_COLUMNS)}) SELECT ?, ?, CAST(? AS INTEGER), "
                f"numero_norm, field, NULL, value FROM ({parts}) AS d ORDER BY fid, k"
            ),
            [now, author, sid] + [int(last_fid)] * len(fields),
        )

    def _stage_batch(self, cur, batch: "CaseBatch", decisions: Dict[str, np.ndarray]) -> None:
        """Before the comparison: a back end that merges in SQL loads the batch into a staging table here."""
        return None

    def _batch_existing(self, cur, batch: "CaseBatch", columns: List[str]) -> Dict[str, np.ndarray]:
        """The stored values of ``columns`` for every case of the batch, as object arrays in the batch's order; the
        ``disparu`` column holds :data:`_NEW_CASE` for a case not in the register (see :func:`stored_values`)."""
        found = self._fetch_existing(cur, batch.keys, columns)
        positions = pd.Index(batch.key_array).get_indexer(list(found)) if found else np.zeros(0, dtype=np.intp)
        return stored_values(batch, columns, positions, positions, list(found.values()))

    def mark_disappeared(self, numeros_norm: Iterable[str], sweep_id: Optional[int], author: str) -> int:
        """Mark these cases «disparu» (gone from their source), with a history row each; returns how many
        changed (unknown keys and cases already marked are left alone). A later upsert brings them back."""
        self._check_open()
        author = check_author(author)
        keys = sorted({normalize_numero(k) for k in numeros_norm} - {""})
        if not keys:
            return 0
        with self._transaction() as cur:
            self._lock_cases(cur)
            self._sweep_exists(cur, sweep_id)
            gone = self._disappear_in(cur, keys, None if sweep_id is None else int(sweep_id), author, now_iso())
        return len(gone)

    def _disappear_in(self, cur, keys: List[str], sid: Optional[int], author: str, now: str) -> List[str]:
        existing = self._fetch_existing(cur, keys, ["disparu"])
        gone = [k for k in keys if k in existing and not existing[k][0]]
        if gone:
            self._executemany(
                cur, self._q("UPDATE {cases} SET disparu = 1 WHERE numero_norm = ?"), [(k,) for k in gone]
            )
            self._insert_many(
                cur, "history", HISTORY_INSERT_COLUMNS, [[now, author, sid, k, "disparu", "0", "1"] for k in gone]
            )
            self._touch_cases(cur)
        return gone

    # ------------------------------------------------------------------ one sweep, one transaction
    def record_sweep(
        self,
        rows: pd.DataFrame,
        sources: List[str],
        streams: Iterable[str],
        catalogue_version=None,
        donnees_version=None,
        author=None,
        keep: Container[str] = (),
    ) -> SweepRecord:
        """Every register change of one sweep in a single transaction: the sweep («en cours»), its cases, the cases
        of its streams that are gone («disparu») and the history. A crash before the commit leaves the register as
        it was; :meth:`finish_sweep` then marks the sweep «terminé» once its outputs are written.

        A sweep left «en cours» by a run that died after its commit (its outputs were never delivered) is closed as
        «interrompu» here and its effects are handed over to this sweep (``pending``), so that this run reports
        what a clean run would have reported. Hold :meth:`sweep_lock` around the whole run. ``keep``: keys never
        marked «disparu» by this sweep (their row was in the source but unreadable)."""
        self._check_open()
        author = check_author(author)
        batch = CaseBatch(rows)
        streams = sorted({str(s) for s in streams})
        now = now_iso()
        with self._transaction() as cur:
            self._lock_cases(cur)
            sweep_id = self._insert_returning_id(
                cur,
                "sweeps",
                _SWEEP_COLUMNS[1:],
                [
                    now,
                    None,
                    json.dumps([str(s) for s in sources], ensure_ascii=False),
                    CONVERTERS["text"](catalogue_version),
                    CONVERTERS["text"](donnees_version),
                    author,
                    SWEEP_RUNNING,
                    None,
                ],
            )
            pending = self._take_over_stale_sweeps(cur, sweep_id)
            upsert = self._upsert_in(cur, batch, sweep_id, author, now)
            present = set(batch.keys)
            active = []
            for start in range(0, len(streams), 500):
                chunk = streams[start : start + 500]
                marks = ", ".join("?" * len(chunk))
                cur.execute(
                    self._q(f"SELECT numero_norm FROM {{cases}} WHERE disparu = 0 AND source IN ({marks})"), chunk
                )
                active.extend([r[0] for r in cur.fetchall()])
            candidates = set(active) - present
            kept = sorted(k for k in candidates if k in keep)  # ``keep``: a set, or any container of keys
            gone = self._disappear_in(cur, sorted(candidates - set(kept)), sweep_id, author, now)
            present = self._present_fields(cur)
            gone_rows = self._frame(
                self._select_cases_by_keys(cur, ", ".join(present), gone + pending.disappeared), present
            )
            cur.execute(self._q("SELECT numero_norm, statut_veille, assignee FROM {cases}"))
            triage = {r[0]: (r[1], r[2]) for r in cur.fetchall()}
        return SweepRecord(sweep_id, upsert, gone, gone_rows, triage, pending, kept)

    def _take_over_stale_sweeps(self, cur, sweep_id: int) -> "PendingNews":
        """Close the sweeps left «en cours» as «interrompu» and move their cases to ``sweep_id`` (their history rows
        stay as written: the history is append-only; :meth:`changed_in_sweep` follows the hand-over)."""
        cur.execute(self._q("SELECT id FROM {sweeps} WHERE status = 'en cours' AND id <> ? ORDER BY id"), (sweep_id,))
        stale = [int(r[0]) for r in cur.fetchall()]
        pending = PendingNews(stale)
        if not stale:
            return pending
        marks = ", ".join("?" * len(stale))
        cur.execute(self._q(f"SELECT numero_norm FROM {{cases}} WHERE first_sweep IN ({marks})"), stale)
        pending.new = {r[0] for r in cur.fetchall()}
        # a stale sweep may itself have taken over earlier ones (two faults in a row): their news is still owed
        chain = self._taken_over_chain(cur, stale)
        chain_marks = ", ".join("?" * len(chain))
        cur.execute(
            self._q(
                f"SELECT numero_norm, field, old, new FROM {{history}} WHERE sweep_id IN ({chain_marks}) ORDER BY id"
            ),
            chain,
        )
        pending.history = [tuple(r) for r in cur.fetchall()]
        cur.execute(
            self._q(
                f"SELECT DISTINCT h.numero_norm FROM {{history}} h JOIN {{cases}} c ON c.numero_norm = h.numero_norm "
                f"WHERE h.sweep_id IN ({chain_marks}) AND h.field = 'disparu' AND h.new = '1' AND c.disparu = 1"
            ),
            chain,
        )
        pending.disappeared = sorted({r[0] for r in cur.fetchall()} - pending.new)
        note = json.dumps({"repris_par_balayage": sweep_id}, ensure_ascii=False)
        cur.execute(
            self._q(f"UPDATE {{sweeps}} SET status = 'interrompu', finished_at = ?, counts = ? WHERE id IN ({marks})"),
            [now_iso(), note] + stale,
        )
        for column in ("first_sweep", "last_sweep"):
            cur.execute(self._q(f"UPDATE {{cases}} SET {column} = ? WHERE {column} IN ({marks})"), [sweep_id] + stale)
        return pending

    def _taken_over_chain(self, cur, sweep_ids: List[int]) -> List[int]:
        """``sweep_ids`` and every interrupted sweep they took over, directly or through another: the sweeps whose
        effects are still owed to the next report."""
        cur.execute(self._q("SELECT id, counts FROM {sweeps} WHERE status = ?"), (SWEEP_INTERRUPTED,))
        taken_by: Dict[int, List[int]] = {}
        for ident, counts in cur.fetchall():
            try:
                by = (json.loads(counts) if isinstance(counts, str) else counts or {}).get("repris_par_balayage")
            except (ValueError, AttributeError):
                by = None
            if by is not None:
                taken_by.setdefault(int(by), []).append(int(ident))
        chain, todo = [], list(sweep_ids)
        while todo:
            ident = int(todo.pop())
            if ident not in chain:
                chain.append(ident)
                todo.extend(taken_by.get(ident, []))
        return sorted(chain)

    def close_stale_sweeps(self) -> List[int]:
        """Close every sweep left «en cours» (a run that died) as «interrompu»; its effects stay in the register and
        the next sweep reports them. Returns the ids closed. Call it only under :meth:`sweep_lock`."""
        self._check_open()
        with self._transaction() as cur:
            cur.execute(self._q("SELECT id FROM {sweeps} WHERE status = 'en cours' ORDER BY id"))
            stale = [int(r[0]) for r in cur.fetchall()]
            if stale:
                cur.execute(
                    self._q(
                        f"UPDATE {{sweeps}} SET status = 'interrompu', finished_at = ? "
                        f"WHERE id IN ({', '.join('?' * len(stale))})"
                    ),
                    [now_iso()] + stale,
                )
        return stale

    @abc.abstractmethod
    def sweep_lock(self):
        """Context manager held by a whole sweep run: one sweep at a time per register (RegisterBusyError else)."""

    @abc.abstractmethod
    def plu_watch_lock(self):
        """Context manager held by a whole PLU watch run: one watch at a time per register (RegisterBusyError else),
        so that a run never closes as «interrompu» a watch still going on."""

    def _executemany(self, cur, sql: str, rows: list) -> None:
        cur.executemany(sql, rows)

    # ------------------------------------------------------------------ triage
    def set_triage(
        self,
        numero_norm: str,
        author: str,
        statut_veille: Optional[str] = None,
        assignee: Optional[str] = None,
        comment: Optional[str] = None,
    ) -> List[Tuple[str, object, object]]:
        """Change the triage of one case and/or add a comment; returns the changes [(field, old, new)…].

        ``statut_veille`` must be one of STATUTS_VEILLE (accents and case are forgiven); ``assignee=""``
        clears the assignee; None leaves a field as it is. Every change is written to the history.
        """
        self._check_open()
        author = check_author(author)
        key = normalize_numero(numero_norm)
        status = None if statut_veille is None else _canonical_status(statut_veille)
        new_assignee = None if assignee is None else (str(assignee).strip() or None)
        text = None if comment is None else str(comment).strip()
        now = now_iso()
        with self._transaction() as cur:
            old = self._fetch_existing(cur, [key], ["statut_veille", "assignee"]).get(key)
            if old is None:
                raise InputError(
                    tr("Dossier « {num} » inconnu dans le registre de veille {t}.").format(
                        num=numero_norm, t=self.target
                    )
                )
            changes = []
            if status is not None and status != old[0]:
                changes.append(("statut_veille", old[0], status))
            if assignee is not None and new_assignee != old[1]:
                changes.append(("assignee", old[1], new_assignee))
            if changes:
                self._write_case_changes(cur, key, changes, author, now)
                self._touch_cases(cur)
            if text:
                self._insert_many(cur, "comments", ["at", "author", "numero_norm", "text"], [[now, author, key, text]])
        return changes

    def _write_case_changes(self, cur, key: str, changes: list, author: str, now: str, sweep_id=None) -> None:
        """Inside a write transaction: set the changed fields of one case and append one history row per change
        ([(field, old, new)…]); shared by triage, follow-up and the decisions a sweep reads."""
        sets = ", ".join(f"{f} = ?" for f, _, _ in changes)
        cur.execute(self._q(f"UPDATE {{cases}} SET {sets} WHERE numero_norm = ?"), [n for _, _, n in changes] + [key])
        self._insert_many(
            cur,
            "history",
            HISTORY_INSERT_COLUMNS,
            [[now, author, sweep_id, key, f, history_text(o), history_text(n)] for f, o, n in changes],
        )

    def history(self, numero_norm: str) -> List[dict]:
        """Changes of one case, oldest first: dicts with at, author, sweep_id, field, old, new (values as text)."""
        self._check_open()
        with self._transaction(write=False) as cur:
            cur.execute(
                self._q(
                    "SELECT at, author, sweep_id, field, old, new FROM {history} WHERE numero_norm = ? ORDER BY id"
                ),
                (normalize_numero(numero_norm),),
            )
            rows = cur.fetchall()
        return [dict(zip(["at", "author", "sweep_id", "field", "old", "new"], r)) for r in rows]

    def history_between(self, start: str, end: str) -> pd.DataFrame:
        """Every change of every case between two instants (ISO text, ``start`` ≤ at < ``end``): columns at,
        author, sweep_id, numero_norm, field, old, new (one query, for the period reports)."""
        self._check_open()
        cols = ["at", "author", "sweep_id", "numero_norm", "field", "old", "new"]
        with self._transaction(write=False) as cur:
            cur.execute(
                self._q(f"SELECT {', '.join(cols)} FROM {{history}} WHERE at >= ? AND at < ? ORDER BY id"),
                (str(start), str(end)),
            )
            rows = cur.fetchall()
        return pd.DataFrame(rows, columns=cols)

    def _with_taken_over(self, sweep_id: int) -> List[int]:
        """A sweep and the interrupted sweeps whose effects it took over (:meth:`record_sweep`), directly or through
        another interrupted sweep."""
        with self._transaction(write=False) as cur:
            return self._taken_over_chain(cur, [int(sweep_id)])

    def changed_in_sweep(self, sweep_id: int) -> set:
        """Keys of the cases a sweep modified (a tracked field changed, or the case came back), including the changes
        of the interrupted sweeps it took over: what the lists show as «modifié»."""
        return self.sweep_changes(sweep_id)["modified"]

    def sweep_changes(self, sweep_id: int) -> Dict[str, set]:
        """What one sweep did, read back from the history (including the interrupted sweeps it took over), so that
        any earlier week can be shown again: ``modified`` (keys of the cases it modified) and ``gone`` (keys of the
        cases it marked «disparu»). The cases it saw first carry its id in ``first_sweep``."""
        self._check_open()
        ids = self._with_taken_over(sweep_id)
        with self._transaction(write=False) as cur:
            cur.execute(
                self._q(
                    f"SELECT numero_norm, field, new FROM {{history}} WHERE sweep_id IN ({', '.join('?' * len(ids))})"
                ),
                ids,
            )
            rows = cur.fetchall()
        return {
            "modified": {k for k, f, _new in rows if f != "disparu"},
            "gone": {k for k, f, new in rows if f == "disparu" and str(new) == "1"},
        }

    def comments(self, numero_norm: str) -> List[dict]:
        """Comments on one case, oldest first: dicts with at, author, text."""
        self._check_open()
        with self._transaction(write=False) as cur:
            cur.execute(
                self._q("SELECT at, author, text FROM {comments} WHERE numero_norm = ? ORDER BY id"),
                (normalize_numero(numero_norm),),
            )
            rows = cur.fetchall()
        return [dict(zip(["at", "author", "text"], r)) for r in rows]

    def count_cases(self) -> int:
        """Number of cases in the register."""
        self._check_open()
        with self._transaction(write=False) as cur:
            cur.execute(self._q("SELECT count(*) FROM {cases}"))
            return int(cur.fetchone()[0])
