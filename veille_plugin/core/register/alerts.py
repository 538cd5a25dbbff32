"""Alerts («sites en péril») in the veille register: create, edit, close, attach files, read the history.

Mixed into :class:`~veille_plugin.core.register.base.Register`, so both back ends share it. Every write is one
transaction that locks the alert it changes (``SELECT … FOR UPDATE`` on PostGIS; the file lock and ``BEGIN
IMMEDIATE`` on the GeoPackage) and appends history: one row for a creation (its main values), then one row per
changed field (who, when, old → new).
Nothing is deleted: an alert is closed with a reason, attachments are kept forever (the tables refuse DELETE).

Concurrent editors: :meth:`update_alert` takes the values the editor started from (``expected``); a field
changed meanwhile by someone else is refused with a message naming it and who changed it, never silently
overwritten. Fields the editor did not touch are not written, so two people editing different fields both
keep their changes.
"""

import hashlib
import math
import mimetypes
import os
import re
import unicodedata
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Union

import numpy as np
import pandas as pd

from ..alerts.model import (
    CREATION_ACTION,
    FIELD_NAMES,
    STATUTS_CLOS,
    clean_unicode,
    creation_summary,
    field_label,
    is_closed,
    normalize_element_id,
    split_list,
    validate_alert,
)
from ..errors import InputError
from ..i18n import tr
from .geometry_blob import encode_geometry
from .model import check_author, now_iso

#: Columns read from the alerts table, in order (geometry added last as WKB).
ALERT_COLUMNS = ["fid"] + FIELD_NAMES
ALERT_HISTORY_COLUMNS = ["id", "alert_id", "at", "author", "action", "field", "old", "new"]
ATTACHMENT_COLUMNS = ["id", "alert_id", "at", "author", "filename", "mime", "size", "sha256", "description"]
#: Largest attachment accepted (photos, scanned letters): beyond, keep the file on a share and link it.
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]+")


class AlertConflictError(InputError):
    """Someone else changed the same field of the alert since the editor opened it."""


def safe_filename(name: str) -> str:
    """A file name fit to show and to write anywhere: NFC, no directory part, no control or reserved characters."""
    text = os.fsdecode(name) if isinstance(name, (bytes, bytearray)) else str(name)
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")  # undecodable bytes → «�»
    text = unicodedata.normalize("NFC", text.replace("\\", "/").split("/")[-1])
    text = _UNSAFE_NAME.sub("_", text).strip(" .")
    if len(text.encode("utf-8")) > 200:
        stem, ext = os.path.splitext(text)
        text = stem.encode("utf-8")[: 200 - len(ext.encode("utf-8"))].decode("utf-8", "ignore") + ext
    return text or "piece_jointe"


def _point_wkb(geometry) -> Optional[bytes]:
    """Any geometry (WKB bytes or shapely) → 2D ISO WKB of a point inside it (None stays None)."""
    if geometry is None:
        return None
    import shapely

    g = shapely.from_wkb(bytes(geometry)) if isinstance(geometry, (bytes, bytearray, memoryview)) else geometry
    if g.is_empty or not all(math.isfinite(v) for v in shapely.bounds(g)):  # NaN points are not empty on GEOS 3.12+
        raise InputError(tr("Emplacement de l'alerte vide : cliquez sur la carte ou choisissez un élément."))
    if g.geom_type != "Point":
        g = shapely.point_on_surface(shapely.make_valid(g))
    return bytes(shapely.to_wkb(g, output_dimension=2, byte_order=1, flavor="iso"))


def _hist_text(v) -> Optional[str]:
    return None if v is None else str(v)


class AlertsMixin:
    """Alert operations of a register (see the module docstring)."""

    # back-end seams (overridden by PostgisRegister)
    _row_lock = ""

    def _geom_param(self) -> str:
        return "?"

    def _geom_value(self, wkb: Optional[bytes]):

        return encode_geometry(wkb)

    def _blob_value(self, data: bytes):
        return data

    # ------------------------------------------------------------------ reading
    def _alert_rows(self, cur, where: str = "", params=(), lock: bool = False) -> List[dict]:
        cols = ", ".join(ALERT_COLUMNS)
        cur.execute(
            self._q(
                f"SELECT {cols}, {self._geom_select()} FROM {{alerts}} {where} ORDER BY "
                f"fid{self._row_lock if lock else ''}"
            ),
            params,
        )
        out = []
        for r in cur.fetchall():
            d = dict(zip(ALERT_COLUMNS, r[:-1]))
            d["id"] = int(d.pop("fid"))
            d["geom_wkb"] = self._decode_geom(r[-1])
            out.append(d)
        return out

    def get_alert(self, alert_id: int) -> dict:
        """One alert as a dict (every field, ``id``, ``geom_wkb``); a French error when it does not exist."""
        self._check_open()
        with self._transaction(write=False) as cur:
            rows = self._alert_rows(cur, "WHERE fid = ?", (int(alert_id),))
        if not rows:
            raise InputError(tr("Alerte n° {id} inconnue dans le registre {t}.").format(id=alert_id, t=self.target))
        return rows[0]

    def alerts(
        self,
        *,
        statut: Union[None, str, Iterable[str]] = None,
        ouvertes: bool = False,
        element: Optional[str] = None,
        priorite: Union[None, str, Iterable[str]] = None,
    ) -> pd.DataFrame:
        """Alerts as a table (one row per alert, columns ``id`` + fields + ``geom_wkb``), oldest first.

        Filters: ``statut`` (one or several), ``ouvertes`` (not sauvegardée/perdue/levée), ``element``
        (identifier of an element among the alert's elements), ``priorite`` (letters).
        """
        self._check_open()
        with self._transaction(write=False) as cur:
            rows = self._alert_rows(cur)
        df = pd.DataFrame(rows, columns=["id"] + FIELD_NAMES + ["geom_wkb"])
        if statut is not None:
            wanted = {statut} if isinstance(statut, str) else set(statut)
            df = df[df["statut"].isin(wanted)]
        if ouvertes:
            df = df[~df["statut"].isin(STATUTS_CLOS)]
        if priorite is not None:
            wanted = {priorite.upper()} if isinstance(priorite, str) else {p.upper() for p in priorite}
            df = df[df["priorite"].isin(wanted)]
        if element is not None:
            key = normalize_element_id(element)
            # a numpy bool mask: on an empty frame, a mapped (object) Series would select columns instead of rows
            df = df[
                np.array(
                    [key in {normalize_element_id(x) for x in split_list(t)} for t in df["elements"].tolist()],
                    dtype=bool,
                )
            ]
        return df.reset_index(drop=True)

    def alerted_elements(self) -> set:
        """Identifiers of the elements under an open alert: the danger list the rules engine uses (R12)."""
        df = self.alerts(ouvertes=True)
        out = set()
        for text in df["elements"].tolist():
            out.update(split_list(text))
        return out

    def alert_history(self, alert_id: int) -> List[dict]:
        """Every change of one alert, oldest first: dicts with at, author, action, field, old, new."""
        self._check_open()
        with self._transaction(write=False) as cur:
            cur.execute(
                self._q(
                    f"SELECT {', '.join(ALERT_HISTORY_COLUMNS)} FROM {{alert_history}} WHERE alert_id = ? ORDER BY id"
                ),
                (int(alert_id),),
            )
            rows = cur.fetchall()
        return [dict(zip(ALERT_HISTORY_COLUMNS, r)) for r in rows]

    def attachments(self, alert_id: int) -> List[dict]:
        """Attachments of one alert (without their content), oldest first."""
        self._check_open()
        with self._transaction(write=False) as cur:
            cur.execute(
                self._q(
                    f"SELECT {', '.join(ATTACHMENT_COLUMNS)} FROM {{alert_attachments}} WHERE alert_id = ? ORDER BY id"
                ),
                (int(alert_id),),
            )
            rows = cur.fetchall()
        return [dict(zip(ATTACHMENT_COLUMNS, r)) for r in rows]

    def attachment_content(self, attachment_id: int) -> bytes:
        """(file name, bytes) of an attachment, its SHA-256 checked."""
        self._check_open()
        with self._transaction(write=False) as cur:
            cur.execute(
                self._q("SELECT content, sha256, filename FROM {alert_attachments} WHERE id = ?"), (int(attachment_id),)
            )
            row = cur.fetchone()
        if row is None:
            raise InputError(
                tr("Pièce jointe n° {id} inconnue dans le registre {t}.").format(id=attachment_id, t=self.target)
            )
        data = bytes(row[0])
        if hashlib.sha256(data).hexdigest() != row[1]:
            raise InputError(
                tr("La pièce jointe « {f} » (n° {id}) est altérée : son empreinte SHA-256 ne correspond plus.").format(
                    f=row[2], id=attachment_id
                )
            )
        return data

    def save_attachment(self, attachment_id: int, directory) -> Path:
        """Write an attachment into ``directory`` under its (sanitised) name, never overwriting a file."""
        data = self.attachment_content(attachment_id)
        info = None
        with self._transaction(write=False) as cur:
            cur.execute(self._q("SELECT filename FROM {alert_attachments} WHERE id = ?"), (int(attachment_id),))
            info = cur.fetchone()
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        name = safe_filename(info[0])
        stem, ext = os.path.splitext(name)
        target = directory / name
        k = 1
        while target.exists():
            k += 1
            target = directory / f"{stem} ({k}){ext}"
        target.write_bytes(data)
        return target

    # ------------------------------------------------------------------ writing
    def _history_rows(self, alert_id: int, now: str, author: str, action: str, changes) -> List[list]:
        return [[int(alert_id), now, author, action, f, _hist_text(o), _hist_text(n)] for f, o, n in changes]

    def add_alert(self, values: Dict, author: str, geometry=None) -> int:
        """Create an alert; returns its number. ``values``: the fields (see :mod:`..alerts.model`); ``geometry``:
        where it is (WKB or shapely, EPSG:2154; a point inside it is stored). Refused with the fields named."""

        self._check_open()
        author = check_author(author)
        clean = validate_alert(values, partial=False)
        if is_closed(clean.get("statut")):
            raise InputError(
                tr("Alerte refusée : une nouvelle alerte ne peut pas être créée close (statut « {s} »).").format(
                    s=clean["statut"]
                )
            )
        if geometry is None and not clean.get("elements"):
            raise InputError(tr("Alerte refusée : indiquez au moins un élément ou un emplacement sur la carte."))
        wkb = _point_wkb(geometry)
        now = now_iso()
        cols = [c for c in clean] + ["auteur", "created_at", "updated_by", "updated_at", "version"]
        row = [clean[c] for c in clean] + [author, now, author, now, 1]
        with self._transaction() as cur:
            alert_id = self._execute_returning(
                cur,
                self._q(
                    f"INSERT INTO {{alerts}} ({', '.join(cols)}, geom) VALUES ({', '.join('?' * len(cols))}, "
                    f"{self._geom_param()})"
                ),
                row + [self._geom_value(wkb)],
                "fid",
            )
            # one entry for the creation, with the main values (the row holds them all); later changes are
            # written field by field. Registers written before kept one «création» row per field: left as they are.
            summary = creation_summary(clean, _wkt(wkb) if wkb is not None else None)
            hist = self._history_rows(alert_id, now, author, CREATION_ACTION, [(None, None, summary)])
            self._insert_many(cur, "alert_history", ALERT_HISTORY_COLUMNS[1:], hist)
            self._touch_alerts(cur)
        return alert_id

    def _execute_returning(self, cur, sql: str, params: list, key: str) -> int:
        """Run an INSERT and return the integer key of the new row."""
        cur.execute(sql, params)
        return int(cur.lastrowid)

    def _touch_alerts(self, cur) -> None:
        return None

    def update_alert(
        self,
        alert_id: int,
        changes: Dict,
        author: str,
        *,
        expected: Optional[Dict] = None,
        geometry=None,
        _closing: bool = False,
    ) -> List[tuple]:
        """Change fields of an alert; returns [(field, old, new)…] actually changed (empty: nothing to do).

        ``expected``: {field: value the editor started from}; a field of ``changes`` whose stored value differs
        from it was changed by someone else meanwhile → :class:`AlertConflictError` (nothing written), unless
        both chose the same value.
        Moving the status to sauvegardée/perdue/levée closes the alert and needs a ``motif_cloture``;
        moving it back reopens it. ``geometry`` moves the alert.
        """

        self._check_open()
        author = check_author(author)
        clean = validate_alert(changes, partial=True)
        wkb = _point_wkb(geometry) if geometry is not None else None
        now = now_iso()
        with self._transaction() as cur:
            rows = self._alert_rows(cur, "WHERE fid = ?", (int(alert_id),), lock=True)
            if not rows:
                raise InputError(tr("Alerte n° {id} inconnue dans le registre {t}.").format(id=alert_id, t=self.target))
            current = rows[0]
            if _closing and is_closed(current["statut"]):  # checked under the lock: two people closing at once
                raise InputError(
                    tr(
                        "Alerte n° {id} déjà close (statut « {s} » le {d}, par {who}) ; rien n'a été enregistré."
                    ).format(
                        id=alert_id,
                        s=current["statut"],
                        d=current.get("closed_at") or "?",
                        who=current.get("updated_by") or "?",
                    )
                )
            if expected:
                stale = [
                    f
                    for f in clean
                    if f in expected and _norm(expected[f], f) != current.get(f) and clean[f] != current.get(f)
                ]
                if stale:
                    last = self._last_change(cur, alert_id)
                    raise AlertConflictError(
                        tr(
                            "Alerte n° {id} : {fields} modifié(s) entre-temps par {who} ({when}). Rechargez l'alerte "
                            "et reportez vos modifications ; rien n'a été enregistré."
                        ).format(
                            id=alert_id,
                            fields=", ".join(f"« {field_label(f)} »" for f in stale),
                            who=last.get("author") or "?",
                            when=last.get("at") or "?",
                        )
                    )
            diff = [(f, current.get(f), v) for f, v in clean.items() if v != current.get(f)]
            if wkb is not None and wkb != current["geom_wkb"]:
                diff.append(("geom", _wkt(current["geom_wkb"]) if current["geom_wkb"] else None, _wkt(wkb)))
            if not diff:
                return []
            new_statut = clean.get("statut", current["statut"])
            motif = clean.get("motif_cloture", current.get("motif_cloture"))
            action = "modification"
            sets = {f: n for f, _, n in diff if f != "geom"}
            if is_closed(new_statut) and not is_closed(current["statut"]):
                if not motif:
                    raise InputError(
                        tr(
                            "Alerte n° {id} : indiquez le motif de clôture (champ « {l} ») pour passer au statut « "
                            "{s} »."
                        ).format(id=alert_id, l=field_label("motif_cloture"), s=new_statut)
                    )
                sets["closed_at"] = now
                diff.append(("closed_at", current.get("closed_at"), now))
                action = "clôture"
            elif not is_closed(new_statut) and is_closed(current["statut"]):
                sets["closed_at"] = None
                diff.append(("closed_at", current.get("closed_at"), None))
                action = "réouverture"
            sets.update({"updated_by": author, "updated_at": now, "version": int(current["version"] or 1) + 1})
            assign = ", ".join(f"{f} = ?" for f in sets)
            params = list(sets.values())
            if wkb is not None:
                assign += f", geom = {self._geom_param()}"
                params.append(self._geom_value(wkb))
            cur.execute(self._q(f"UPDATE {{alerts}} SET {assign} WHERE fid = ?"), params + [int(alert_id)])
            self._insert_many(
                cur, "alert_history", ALERT_HISTORY_COLUMNS[1:], self._history_rows(alert_id, now, author, action, diff)
            )
            self._touch_alerts(cur)
        return diff

    def _last_change(self, cur, alert_id: int) -> dict:
        cur.execute(
            self._q("SELECT author, at FROM {alert_history} WHERE alert_id = ? ORDER BY id DESC LIMIT 1"),
            (int(alert_id),),
        )
        row = cur.fetchone()
        return {"author": row[0], "at": row[1]} if row else {}

    def close_alert(self, alert_id: int, motif: str, author: str, statut: str = "levée") -> List[tuple]:
        """Close an alert with a reason: statut «sauvegardée», «perdue» or «levée» (default)."""
        clean = validate_alert({"statut": statut}, partial=True)
        if not is_closed(clean["statut"]):
            raise InputError(
                tr("Clôture refusée : statut « {s} » ; choisissez parmi {a}.").format(
                    s=statut, a=", ".join(f"« {s} »" for s in STATUTS_CLOS)
                )
            )
        if not motif or not str(motif).strip():
            raise InputError(tr("Clôture refusée : le motif de clôture est obligatoire."))
        current = self.get_alert(alert_id)
        if is_closed(current["statut"]):
            raise InputError(
                tr("Alerte n° {id} déjà close (statut « {s} » le {d}).").format(
                    id=alert_id, s=current["statut"], d=current.get("closed_at") or "?"
                )
            )
        return self.update_alert(alert_id, {"statut": clean["statut"], "motif_cloture": motif}, author, _closing=True)

    def add_attachment(
        self, alert_id: int, source, author: str, *, filename: Optional[str] = None, description: Optional[str] = None
    ) -> int:
        """Store a file (path, or bytes with ``filename``) with the alert, in the register itself; returns its id.

        The name is kept as given (Unicode NFC, without directory), the content with its SHA-256; files over
        50 Mo are refused. Attachments are never deleted.
        """

        self._check_open()
        author = check_author(author)
        if isinstance(source, (bytes, bytearray, memoryview)):
            data = bytes(source)
            if not filename:
                raise InputError(tr("Pièce jointe : indiquez le nom du fichier."))
        else:
            path = Path(os.fsdecode(source)) if isinstance(source, bytes) else Path(source)
            if path.is_dir():
                raise InputError(
                    tr(
                        "Pièce jointe {p} : c'est un dossier. Joignez les fichiers un par un (ou une archive ZIP)."
                    ).format(p=path)
                )
            if path.exists() and not path.is_file():
                raise InputError(
                    tr("Pièce jointe {p} : ce n'est pas un fichier ordinaire (tube, périphérique…).").format(p=path)
                )
            if not path.is_file():
                raise InputError(tr("Pièce jointe introuvable : {p}. Vérifiez le chemin.").format(p=path))
            size = path.stat().st_size
            if size > MAX_ATTACHMENT_BYTES:
                raise InputError(
                    tr(
                        "Pièce jointe {p} refusée : {mo:.1f} Mo, {max} Mo au plus. Réduisez-la ou déposez-la sur un "
                        "partage et citez son chemin dans la description."
                    ).format(p=path, mo=size / 1e6, max=MAX_ATTACHMENT_BYTES // (1024 * 1024))
                )
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise InputError(
                    tr("Pièce jointe {p} illisible ({e}).").format(p=path, e=exc.strerror or exc)
                ) from None
            filename = filename or path.name
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise InputError(
                tr("Pièce jointe « {f} » refusée : {max} Mo au plus.").format(
                    f=filename, max=MAX_ATTACHMENT_BYTES // (1024 * 1024)
                )
            )
        name = safe_filename(filename)
        mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
        digest = hashlib.sha256(data).hexdigest()
        desc = None if description is None else (clean_unicode(description).strip() or None)
        now = now_iso()
        with self._transaction() as cur:
            cur.execute(self._q("SELECT fid FROM {alerts} WHERE fid = ?" + self._row_lock), (int(alert_id),))
            if cur.fetchone() is None:
                raise InputError(tr("Alerte n° {id} inconnue dans le registre {t}.").format(id=alert_id, t=self.target))
            att_id = self._execute_returning(
                cur,
                self._q(
                    "INSERT INTO {alert_attachments} (alert_id, at, author, filename, mime, size, sha256, "
                    "description, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                ),
                [int(alert_id), now, author, name, mime, len(data), digest, desc, self._blob_value(data)],
                "id",
            )
            self._insert_many(
                cur,
                "alert_history",
                ALERT_HISTORY_COLUMNS[1:],
                [
                    [
                        int(alert_id),
                        now,
                        author,
                        "pièce jointe",
                        "pièce jointe",
                        None,
                        f"{name} ({len(data)} octets, sha256 {digest[:12]}…)",
                    ]
                ],
            )
        return att_id


def _norm(value, field: str):
    """A value as the register stores it (for comparing what the editor started from)."""
    try:
        return validate_alert({field: value}, partial=True).get(field)
    except InputError:
        return value


def _wkt(wkb: Optional[bytes]) -> Optional[str]:
    if wkb is None:
        return None
    import shapely

    return shapely.to_wkt(shapely.from_wkb(wkb), rounding_precision=2, output_dimension=2)
