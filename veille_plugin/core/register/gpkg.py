"""GeoPackage back end of the veille register (the default, one file per user or per team share).

The file is created once by GDAL/OGR (so it carries the mandatory GeoPackage tables), then managed with
Python's ``sqlite3``. ``cases`` is a real GeoPackage feature table (gpkg_contents, gpkg_geometry_columns,
EPSG:2154, GeoPackage binary geometries), so QGIS opens it like any layer; the other tables are registered
as «attributes» tables.

Writers are serialised by an exclusive ``fcntl.flock`` on the sidecar file ``<register>.lock`` (measured on
these machines: without it, concurrent writers lost commits), then by ``BEGIN IMMEDIATE`` and a busy timeout.
A writer killed in the middle of a transaction leaves a hot journal that SQLite rolls back at the next access,
and the kernel releases its file lock.
"""

import errno
import fcntl
import os
import sqlite3
import threading
import time
import urllib.parse
from contextlib import contextmanager
from pathlib import Path
from typing import Dict, List, Optional

import numpy as np
import pandas as pd

from ..atomic_files import (
    NAME_MAX,
    SQLITE_JOURNAL_SUFFIX,
    NameTooLongError,
    check_name_lengths,
    fitted_name,
    temporary_name,
)
from ..i18n import QT_TRANSLATE_NOOP, tr
from ..os_words import os_error_words
from .base import Register, RegisterBusyError, RegisterError, differing, stored_values
from .geometry_blob import decode_geometry, encode_geometries, encode_geometry  # noqa: F401 (re-exported)
from .migrations import APPLICATION, TABLES, plan, record_statements

_CHUNK = 500
#: From this many cases a sweep reads the stored values of the whole table at once rather than by keys
_SCAN_FROM = 5000
_SCAN_SLICE = 50000
#: SQLite page cache of a register connection, in KiB (SQLite's default, 2 MiB, thrashes on large sweeps)
_CACHE_KIB = 262144
#: Run locks held by this process, (lock file, byte): POSIX record locks do not exclude the same process, whose
#: threads (QGIS tasks) and second connections must still wait for each other
_HELD_RUN_LOCKS: set = set()
_HELD_GUARD = threading.Lock()


def _create_geopackage(path: Path) -> None:
    """Empty GeoPackage made by OGR (mandatory tables, application_id, user_version), moved in place atomically.

    The temporary name is short enough for SQLite's journal even beside a long register name, and GDAL's own
    messages (English, on stderr) are silenced: a failure is told in French."""
    try:
        from osgeo import gdal, ogr
    except ImportError:  # pragma: no cover - GDAL comes with QGIS
        raise RegisterError(
            tr("GDAL/OGR est introuvable : impossible de créer le registre de veille {p}.").format(p=path)
        ) from None
    tmp = temporary_name(path)
    drv = ogr.GetDriverByName("GPKG")
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        gdal.ErrorReset()
        try:
            ds = drv.CreateDataSource(str(tmp), options=["ADD_GPKG_OGR_CONTENTS=NO"])
        except RuntimeError as exc:
            ds, err = None, str(exc)
        else:
            err = gdal.GetLastErrorMsg() if ds is None else ""
        ds = None
    finally:
        gdal.PopErrorHandler()
    if not tmp.exists() or err:
        for name in (tmp, Path(f"{tmp}-journal")):
            try:
                name.unlink()
            except OSError:
                pass
        raise RegisterError(
            tr(
                "Impossible de créer le registre de veille {p} ({err}). Vérifiez que le dossier existe, qu'il n'est "
                "pas plein et que ce compte peut y écrire."
            ).format(p=path, err=_creation_reason(path, err))
        )
    os.replace(tmp, path)


def _creation_reason(path: Path, gdal_message: str) -> str:
    """Why GDAL could not create ``path``, in French (GDAL's English message itself is never shown)."""
    folder = path.parent
    if not folder.is_dir():
        return tr("dossier introuvable")
    if not os.access(folder, os.W_OK):
        return tr("dossier sans droit d'écriture pour ce compte")
    for english, french in _SQLITE_WORDS.items():
        if english in (gdal_message or ""):
            return tr(french)
    return tr("refus de la bibliothèque GDAL")


#: SQLite's own words for the faults a user meets, and what the messages say instead
_SQLITE_WORDS = {
    "attempt to write a readonly database": QT_TRANSLATE_NOOP("VeillePatrimoniale", "base en lecture seule"),
    "unable to open database file": QT_TRANSLATE_NOOP("VeillePatrimoniale", "fichier impossible à ouvrir"),
    "database or disk is full": QT_TRANSLATE_NOOP("VeillePatrimoniale", "disque plein"),
    "disk I/O error": QT_TRANSLATE_NOOP("VeillePatrimoniale", "erreur d'écriture sur le disque"),
    "database is locked": QT_TRANSLATE_NOOP("VeillePatrimoniale", "base verrouillée"),
    "database table is locked": QT_TRANSLATE_NOOP("VeillePatrimoniale", "table verrouillée"),
    "file is not a database": QT_TRANSLATE_NOOP("VeillePatrimoniale", "ce n'est pas une base SQLite"),
    "database disk image is malformed": QT_TRANSLATE_NOOP("VeillePatrimoniale", "base SQLite endommagée"),
    "no such table": QT_TRANSLATE_NOOP("VeillePatrimoniale", "table absente (registre incomplet)"),
    "no such column": QT_TRANSLATE_NOOP("VeillePatrimoniale", "colonne absente (registre incomplet)"),
}


def _sqlite_words(text: str) -> str:
    """A SQLite error in French words; SQLite's own (English) text only for a fault not listed, in parentheses."""
    for english, french in _SQLITE_WORDS.items():
        if english in text:
            return tr(french)
    return tr("erreur SQLite ({m})").format(m=text)


def _sql_literal(value) -> str:
    """A time stamp, a sweep id or None as an SQL literal (values the register makes itself, never user text)."""
    if value is None:
        return "NULL"
    if isinstance(value, int):
        return str(int(value))
    return "'" + str(value).replace("'", "''") + "'"


def _blobs(batch, idx=None):
    """The batch's geometries (rows ``idx``, or all) as GeoPackage blobs, made one by one while SQLite reads them."""
    wkb, empty = (batch.wkb, batch.empty) if idx is None else (batch.wkb[idx], batch.empty[idx])
    return encode_geometries(wkb, empty)


class GpkgRegister(Register):
    """Veille register in a GeoPackage file."""

    backend = "gpkg"

    def __init__(
        self, path, *, target_version: Optional[int] = None, lock_timeout: float = 120.0, busy_timeout: float = 60.0
    ):
        super().__init__()
        self.path = Path(path).expanduser().absolute()
        self.target = str(self.path)
        # one lock per register whatever the path it is reached by: a symbolic link, a mounted share seen through a
        # link, another relative path all name the same lock file, beside the real file
        self._check_name(self.path)
        real = self.path.resolve()
        if real != self.path:
            self._check_name(real)
        self.lock_path = real.with_name(fitted_name(real.name, ".lock"))
        self._lock_timeout = float(lock_timeout)
        self._lock_depth = 0
        self._conn = None
        self._lock_fd = None
        #: True when the register can only be read (a folder or file without write access for this account)
        self.read_only = False
        if self.path.is_dir():
            raise RegisterError(
                tr(
                    "Registre de veille {p} : c'est un dossier, pas un fichier GeoPackage. Indiquez le fichier du "
                    "registre (ex. registre_veille.gpkg) ou un nom de fichier à créer."
                ).format(p=self.path)
            )
        lock_existed = self.lock_path.exists()
        try:
            if not self.path.exists():
                self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                self._lock_fd = os.open(str(self.lock_path), os.O_RDWR | os.O_CREAT, 0o666)
            except (PermissionError, OSError) as exc:
                if isinstance(exc, PermissionError) and lock_existed:
                    # the lock file of a shared register, created by a colleague: flock() needs no write access
                    self._lock_fd = os.open(str(self.lock_path), os.O_RDONLY)
                elif self.path.is_file() and os.access(self.path, os.R_OK):
                    self.read_only = True  # a register in a read-only folder: readable, every write refused
                else:
                    raise
            if not self.read_only and self.path.exists() and not os.access(self.path, os.W_OK):
                self.read_only = True
        except OSError as exc:
            raise RegisterError(
                tr(
                    "Registre de veille {p} inaccessible ({err}). Vérifiez le chemin et les droits d'écriture du "
                    "dossier."
                ).format(p=self.path, err=os_error_words(exc))
            ) from None
        try:
            with self._file_lock():
                if not self.path.exists():
                    _create_geopackage(self.path)
                try:
                    if self.read_only:
                        uri = "file:" + urllib.parse.quote(str(self.path)) + "?mode=ro"
                        self._conn = sqlite3.connect(uri, uri=True, timeout=busy_timeout, isolation_level=None)
                    else:
                        self._conn = sqlite3.connect(str(self.path), timeout=busy_timeout, isolation_level=None)
                    self._conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
                    try:  # page cache of a large sweep: a million cases' key indexes stay in memory (taken as used)
                        self._conn.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
                    except sqlite3.DatabaseError:
                        pass  # not a database: said in French by the first read below («pas un GeoPackage lisible»)
                except sqlite3.Error as exc:
                    raise RegisterError(
                        tr("Impossible d'ouvrir le registre de veille {p} ({err}).").format(
                            p=self.path, err=_sqlite_words(str(exc))
                        )
                    ) from None
                self._migrate(target_version)
        except BaseException:
            self.close()
            if not lock_existed and self.lock_path.exists():
                try:
                    self.lock_path.unlink()  # a refused register leaves nothing behind
                except OSError:
                    pass
            raise

    @staticmethod
    def _check_name(path: Path) -> None:
        """Refuse a register whose name leaves no room for SQLite's journal («-journal», 8 bytes, within the 255
        bytes of a file name), in French, before GDAL or SQLite fail on it with English words."""
        try:
            check_name_lengths(path, NAME_MAX - len(SQLITE_JOURNAL_SUFFIX), reserved=SQLITE_JOURNAL_SUFFIX)
        except NameTooLongError as exc:
            raise RegisterError(tr("Registre de veille refusé : {e}").format(e=exc)) from None

    def _read_only_error(self) -> RegisterError:
        return RegisterError(
            tr(
                "Le registre de veille {p} est en lecture seule pour ce compte (dossier ou fichier sans droit "
                "d'écriture) : il peut être consulté et exporté, mais rien n'y a été écrit. Copiez-le dans un dossier "
                "où vous pouvez écrire, ou demandez les droits d'écriture."
            ).format(p=self.path)
        )

    # ------------------------------------------------------------------ locking and transactions
    @contextmanager
    def _file_lock(self):
        if self._lock_fd is None:  # read-only register: nothing is written, nothing to serialise
            yield
            return
        if self._lock_depth:
            self._lock_depth += 1
            try:
                yield
            finally:
                self._lock_depth -= 1
            return
        deadline = time.monotonic() + self._lock_timeout
        delay = 0.001
        while True:
            try:
                fcntl.flock(self._lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise RegisterBusyError(
                        tr(
                            "Le registre de veille {p} est occupé par une autre écriture depuis plus de {s:.0f} s "
                            "(verrou {lock}). Réessayez plus tard."
                        ).format(p=self.path, s=self._lock_timeout, lock=self.lock_path)
                    ) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.01)
        self._lock_depth = 1
        try:
            yield
        finally:
            self._lock_depth = 0
            fcntl.flock(self._lock_fd, fcntl.LOCK_UN)

    @contextmanager
    def sweep_lock(self):
        """One sweep at a time on this GeoPackage: a POSIX record lock on the first byte of the lock file, released
        by the system if the process dies (so a killed sweep never blocks the next one)."""
        with self._run_lock(
            0,
            tr(
                "Un autre balayage est en cours sur le registre de veille {p}. Attendez qu'il se termine, puis "
                "relancez le balayage."
            ).format(p=self.path),
        ):
            yield

    @contextmanager
    def plu_watch_lock(self):
        """One PLU watch at a time on this GeoPackage: the same kind of lock as :meth:`sweep_lock`, on the lock
        file's second byte (a watch and a sweep may run together)."""
        with self._run_lock(
            1,
            tr(
                "Une autre veille des PLU est en cours sur le registre de veille {p}. Attendez qu'elle se termine, "
                "puis relancez la veille."
            ).format(p=self.path),
        ):
            yield

    @contextmanager
    def _run_lock(self, offset: int, busy: str):
        if self.read_only:
            raise self._read_only_error()
        key = (str(self.lock_path), offset)
        with _HELD_GUARD:
            if key in _HELD_RUN_LOCKS:
                raise RegisterBusyError(busy)
            _HELD_RUN_LOCKS.add(key)
        try:
            with self._process_run_lock(offset, busy):
                yield
        finally:
            with _HELD_GUARD:
                _HELD_RUN_LOCKS.discard(key)

    @contextmanager
    def _process_run_lock(self, offset: int, busy: str):
        try:
            fcntl.lockf(self._lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, offset)
        except OSError as exc:
            if exc.errno not in (errno.EACCES, errno.EAGAIN):  # a lock file opened read-only: nothing to serialise
                yield
                return
            raise RegisterBusyError(busy) from None
        try:
            yield
        finally:
            try:
                fcntl.lockf(self._lock_fd, fcntl.LOCK_UN, 1, offset)
            except OSError:
                pass

    def _sqlite_error(self, exc: sqlite3.Error) -> RegisterError:
        raw = str(exc)
        err = _sqlite_words(raw)
        text = raw
        if "locked" in text or "busy" in text:
            return RegisterBusyError(
                tr(
                    "Le registre de veille {p} est verrouillé par un autre programme ({err}). Réessayez plus tard."
                ).format(p=self.path, err=err)
            )
        if "readonly" in text or "read-only" in text or "unable to open database file" in text:
            return RegisterError(
                tr(
                    "Le registre de veille {p} est en lecture seule pour ce compte ({err}) : rien n'a été écrit et "
                    "rien n'est perdu. "
                    "Vérifiez les droits d'écriture du fichier et de son dossier, ou copiez le registre dans un "
                    "dossier où vous pouvez écrire."
                ).format(p=self.path, err=err)
            )
        if "disk is full" in text or "disk I/O error" in text:
            return RegisterError(
                tr(
                    "Le registre de veille {p} n'a pas pu être écrit : disque plein ou erreur d'écriture ({err}). "
                    "Rien n'a été enregistré et rien n'est perdu ; libérez de la place, puis recommencez."
                ).format(p=self.path, err=err)
            )
        if "not a database" in text or "malformed" in text:
            what = tr("ce n'est pas une base SQLite") if "not a database" in text else tr("base SQLite endommagée")
            return RegisterError(
                tr(
                    "Le fichier {p} n'est pas un GeoPackage lisible ou il est endommagé ({err}). Rien n'y a été "
                    "écrit ; indiquez le bon fichier, ou restaurez la dernière sauvegarde du registre."
                ).format(p=self.path, err=what)
            )
        return RegisterError(tr("Erreur du registre de veille {p} : {err}").format(p=self.path, err=err))

    @contextmanager
    def _transaction(self, write: bool = True):
        if self._conn is None:
            raise RegisterError(tr("Le registre de veille {t} est fermé.").format(t=self.target))
        if not write:
            cur = self._conn.cursor()
            try:
                cur.execute("BEGIN")
                yield cur
            except sqlite3.Error as exc:
                raise self._sqlite_error(exc) from None
            finally:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                cur.close()
            return
        if self.read_only:
            raise self._read_only_error()
        with self._file_lock():
            cur = self._conn.cursor()
            try:
                cur.execute("BEGIN IMMEDIATE")
                yield cur
                if self._hook_before_commit is not None:
                    self._hook_before_commit()
                cur.execute("COMMIT")
            except BaseException as exc:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise self._sqlite_error(exc) from None
                raise
            finally:
                cur.close()

    # ------------------------------------------------------------------ schema
    def _read_version(self, cur) -> int:
        cur.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'")
        if cur.fetchone() is None:
            return 0
        cur.execute("SELECT value FROM meta WHERE key = 'schema_version'")
        row = cur.fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def _check_is_register(self, cur) -> None:
        cur.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('gpkg_contents', 'meta')")
        names = {r[0] for r in cur.fetchall()}
        if "gpkg_contents" not in names:
            raise RegisterError(
                tr(
                    "Le fichier {p} n'est pas un GeoPackage (table gpkg_contents absente) : ce n'est pas un registre "
                    "de veille."
                ).format(p=self.path)
            )
        if "meta" in names:
            cur.execute("SELECT value FROM meta WHERE key = 'application'")
            row = cur.fetchone()
            if row is None or row[0] != APPLICATION:
                raise RegisterError(
                    tr(
                        "Le GeoPackage {p} n'est pas un registre de veille (table « meta » d'une autre application)."
                    ).format(p=self.path)
                )
            return
        cur.execute("SELECT count(*) FROM gpkg_contents")
        if cur.fetchone()[0]:
            raise RegisterError(
                tr(
                    "Le GeoPackage {p} contient déjà d'autres données : ce n'est pas un registre de veille. "
                    "Choisissez un nouveau fichier .gpkg."
                ).format(p=self.path)
            )

    def _migrate(self, target_version: Optional[int]) -> None:
        with self._transaction(write=False) as cur:
            self._check_is_register(cur)
            current = self._read_version(cur)
        if not plan(current, target_version, where=str(self.path)):
            return
        if self.read_only:
            raise RegisterError(
                tr(
                    "Le registre de veille {p} doit être mis à jour pour cette version du plugin, mais il est en "
                    "lecture seule pour ce compte : ouvrez-le une fois avec les droits d'écriture."
                ).format(p=self.path)
            )
        with self._transaction() as cur:
            current = self._read_version(cur)  # another process may have migrated meanwhile
            for m in plan(current, target_version, where=str(self.path)):
                for stmt in m.sqlite:
                    cur.execute(stmt)
                for sql, params in record_statements("sqlite", m):
                    cur.execute(sql, params)

    # ------------------------------------------------------------------ primitives
    def _q(self, sql: str) -> str:
        for t in TABLES:
            sql = sql.replace("{" + t + "}", t)
        return sql

    def _lock_cases(self, cur) -> None:
        """Nothing to do: the file lock and BEGIN IMMEDIATE already serialise writers."""

    def _fetch_existing(self, cur, keys: List[str], columns: List[str], lock: bool = True) -> Dict[str, tuple]:
        out = {}
        select = ", ".join(["numero_norm"] + list(columns))
        for start in range(0, len(keys), _CHUNK):
            chunk = keys[start : start + _CHUNK]
            cur.execute(f"SELECT {select} FROM cases WHERE numero_norm IN ({', '.join('?' * len(chunk))})", chunk)
            for row in cur.fetchall():
                out[row[0]] = tuple(row[1:])
        return out

    def _batch_existing(self, cur, batch, columns: List[str]) -> Dict[str, np.ndarray]:
        """Stored values for the batch: a large batch reads the whole table once, slice by slice, and keeps only the
        rows that differ from the batch (memory bounded by a slice)."""
        if batch.n < _SCAN_FROM:
            return super()._batch_existing(cur, batch, columns)
        where = pd.Index(batch.key_array)
        known, positions, kept = [], [], []
        cur.execute(f"SELECT numero_norm, {', '.join(columns)} FROM cases")
        while True:
            rows = cur.fetchmany(_SCAN_SLICE)
            if not rows:
                break
            at = where.get_indexer([r[0] for r in rows])
            mine = np.flatnonzero(at >= 0)
            if not len(mine):
                continue
            at = at[mine]
            values = [rows[i][1:] for i in mine.tolist()]
            known.append(at)
            differ = differing(batch, columns, at, values)
            positions.append(at[differ])
            kept.extend(v for v, d in zip(values, differ.tolist()) if d)
        empty = np.zeros(0, dtype=np.intp)
        return stored_values(
            batch,
            columns,
            np.concatenate(known) if known else empty,
            np.concatenate(positions) if positions else empty,
            kept,
        )

    def _write_batch(self, cur, batch, new, decisions, now, sid, n_new) -> None:
        """Two ``executemany`` over whole columns: INSERT of the new cases, UPDATE of the known ones."""
        cols, dec = batch.columns, list(decisions)
        parts = [(batch.key_array, "numero_norm")] + [(batch.values[c], c) for c in cols]
        if n_new:
            idx = None if n_new == batch.n else np.flatnonzero(new)
            names = [name for _, name in parts] + ["first_seen", "last_seen", "first_sweep", "last_sweep", "disparu"]
            names += dec + ["geom"]
            data = [v if idx is None else v[idx] for v, _ in parts]
            data += [decisions[f] if idx is None else decisions[f][idx] for f in dec]
            data.append(_blobs(batch, idx))
            # the values shared by every row written once in the statement (fewer values bound per row)
            marks = ["?"] * len(parts) + [_sql_literal(now)] * 2 + [_sql_literal(sid)] * 2 + ["0"]
            marks += ["?"] * (len(dec) + 1)
            cur.executemany(f"INSERT INTO cases ({', '.join(names)}) VALUES ({', '.join(marks)})", zip(*data))
        if n_new < batch.n:
            idx = None if n_new == 0 else np.flatnonzero(~new)
            sets = [f"{c} = ?" for c in cols]
            sets += [f"last_seen = {_sql_literal(now)}", f"last_sweep = {_sql_literal(sid)}", "disparu = 0"]
            sets += [f"{f} = COALESCE(?, {f})" for f in dec] + ["geom = COALESCE(?, geom)"]
            data = [batch.values[c] if idx is None else batch.values[c][idx] for c in cols]
            data += [decisions[f] if idx is None else decisions[f][idx] for f in dec]
            data += [_blobs(batch, idx), batch.key_array if idx is None else batch.key_array[idx]]
            cur.executemany(f"UPDATE cases SET {', '.join(sets)} WHERE numero_norm = ?", zip(*data))

    def _insert_many(self, cur, table: str, columns: List[str], rows: List[list]) -> None:
        cur.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", rows)

    def _insert_returning_id(self, cur, table: str, columns: List[str], row: list) -> int:
        cur.execute(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", row)
        return int(cur.lastrowid)

    def _geom_select(self) -> str:
        return "geom"

    def _decode_geom(self, value) -> Optional[bytes]:
        return decode_geometry(value)

    def _touch_cases(self, cur) -> None:
        # Extent left NULL: OGR/QGIS compute it; a stale stored extent would hide new cases from «zoom to layer».
        cur.execute(
            "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now'), min_x = NULL, min_y = NULL, "
            "max_x = NULL, max_y = NULL "
            "WHERE table_name = 'cases'"
        )

    def _touch_alerts(self, cur) -> None:
        cur.execute(
            "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now'), min_x = NULL, min_y = NULL, "
            "max_x = NULL, max_y = NULL WHERE table_name = 'alerts'"
        )

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self._closed = True
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None
        if self._lock_fd is not None:
            try:
                os.close(self._lock_fd)
            finally:
                self._lock_fd = None
