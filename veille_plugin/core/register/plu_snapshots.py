"""PLU snapshots in the veille register: each version of a document d'urbanisme fetched from the Géoportail de
l'Urbanisme, dated, with its source address and content hash, and the runs of the PLU watch.

Mixed into :class:`~veille_plugin.core.register.base.Register`, so that both back ends share it. A snapshot and its
collections are written in one transaction (never a partial snapshot); a content equal to the partition's latest
snapshot stores nothing new. Nothing is deleted or rewritten (the tables refuse it).
"""

import gzip
import json
from typing import Dict, List, Optional

from ..errors import InputError
from ..i18n import tr
from ..vocabulary import SWEEP_DONE, SWEEP_INTERRUPTED, SWEEP_RUNNING
from .model import check_author, now_iso

SNAPSHOT_COLUMNS = [
    "id",
    "partition",
    "communes",
    "du_type",
    "titre",
    "idurba",
    "date_approbation",
    "fetched_at",
    "source_url",
    "content_hash",
    "n_features",
    "author",
    "run_id",
]
#: History fields of the PLU watch: a large change accepted by the user, a commune's comparison finished
ACCEPTED_FIELD = "changement PLU accepté"
COMPARED_FIELD = "comparaison PLU"
RUN_COLUMNS = ["id", "started_at", "finished_at", "api_url", "communes", "status", "counts", "author"]


class PluSnapshotsMixin:
    """Dated PLU snapshots and PLU watch runs (see the module's note)."""

    def add_plu_snapshot(
        self, meta: dict, collections: Dict[str, list], author: str, run_id: Optional[int] = None
    ) -> tuple:
        """Store a snapshot unless the partition's latest one has the same ``content_hash``.

        ``meta`` holds partition, communes (list), du_type, titre, idurba, date_approbation, source_url,
        content_hash; ``collections`` maps a resource («zone-urba»…) to its GeoJSON features.
        Returns ``(snapshot id, True)`` when stored, ``(id of the identical latest snapshot, False)`` otherwise."""
        self._check_open()
        author = check_author(author)
        for key in ("partition", "source_url", "content_hash"):
            if not meta.get(key):
                raise InputError(tr("Instantané de PLU sans « {k} » : rien n'est enregistré.").format(k=key))
        now = now_iso()
        with self._transaction() as cur:
            cur.execute(
                self._q("SELECT id, content_hash FROM {plu_snapshots} WHERE partition = ? ORDER BY id DESC LIMIT 1"),
                (meta["partition"],),
            )
            last = cur.fetchone()
            if last is not None and last[1] == meta["content_hash"]:
                return int(last[0]), False
            n = sum(len(v) for v in collections.values())
            snapshot_id = self._insert_returning_id(
                cur,
                "plu_snapshots",
                SNAPSHOT_COLUMNS[1:],
                [
                    meta["partition"],
                    ",".join(meta.get("communes") or []),
                    meta.get("du_type") or None,
                    meta.get("titre") or None,
                    meta.get("idurba") or None,
                    meta.get("date_approbation") or None,
                    meta.get("fetched_at") or now,
                    meta["source_url"],
                    meta["content_hash"],
                    n,
                    author,
                    run_id,
                ],
            )
            rows = [
                [
                    snapshot_id,
                    resource,
                    len(features),
                    self._blob_value(
                        gzip.compress(
                            json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False).encode(
                                "utf-8"
                            )
                        )
                    ),
                ]
                for resource, features in sorted(collections.items())
            ]
            self._insert_many(cur, "plu_snapshot_layers", ["snapshot_id", "resource", "n_features", "content"], rows)
            self._insert_many(
                cur,
                "history",
                ["at", "author", "sweep_id", "numero_norm", "field", "old", "new"],
                [
                    [
                        now,
                        author,
                        None,
                        f"PLU {meta['partition']}",
                        "instantané PLU",
                        None if last is None else f"n° {last[0]}",
                        f"n° {snapshot_id} ({meta.get('idurba') or '?'}, {n} entités)",
                    ]
                ]
                + (
                    [[now, author, None, f"PLU {meta['partition']}", ACCEPTED_FIELD, None, str(meta["acceptation"])]]
                    if meta.get("acceptation")
                    else []
                ),
            )
        return snapshot_id, True

    def mark_plu_compared(self, partition: str, insee: str, snapshot_id: int, author: str, note: str = "") -> None:
        """Record that a commune's comparison up to ``snapshot_id`` finished (its report written): a snapshot
        stored by a run that died before this mark is compared again by the next run."""
        self._check_open()
        author = check_author(author)
        with self._transaction() as cur:
            self._insert_many(
                cur,
                "history",
                ["at", "author", "sweep_id", "numero_norm", "field", "old", "new"],
                [[now_iso(), author, None, f"PLU {partition}", COMPARED_FIELD, insee, f"n° {int(snapshot_id)} {note}"]],
            )

    def plu_compared(self, partition: str, insee: str) -> set:
        """Ids of the partition's snapshots whose comparison finished for the commune ``insee``."""
        self._check_open()
        with self._transaction(write=False) as cur:
            cur.execute(
                self._q("SELECT new FROM {history} WHERE numero_norm = ? AND field = ? AND old = ?"),
                (f"PLU {partition}", COMPARED_FIELD, insee),
            )
            rows = cur.fetchall()
        return {int(str(r[0]).split()[1]) for r in rows if r[0] and str(r[0]).startswith("n° ")}

    def plu_history(self, partition: str) -> List[dict]:
        """History rows of a partition's snapshots (stored, accepted, compared), oldest first."""
        self._check_open()
        with self._transaction(write=False) as cur:
            cur.execute(
                self._q("SELECT at, author, field, old, new FROM {history} WHERE numero_norm = ? ORDER BY id"),
                (f"PLU {partition}",),
            )
            return [dict(zip(["at", "author", "field", "old", "new"], r)) for r in cur.fetchall()]

    def plu_snapshots(self, partition: Optional[str] = None, insee: Optional[str] = None) -> List[dict]:
        """Snapshots (without their content), oldest first; of one partition, or of the partitions covering a
        commune."""
        self._check_open()
        sql = f"SELECT {', '.join(SNAPSHOT_COLUMNS)} FROM {{plu_snapshots}}"
        params: tuple = ()
        if partition:
            sql += " WHERE partition = ?"
            params = (partition,)
        with self._transaction(write=False) as cur:
            cur.execute(self._q(sql + " ORDER BY id"), params)
            rows = [dict(zip(SNAPSHOT_COLUMNS, r)) for r in cur.fetchall()]
        for r in rows:
            r["communes"] = [c for c in (r["communes"] or "").split(",") if c]
        if insee:
            rows = [r for r in rows if insee in r["communes"]]
        return rows

    def plu_snapshot(self, snapshot_id: int) -> dict:
        """One snapshot's record; InputError when unknown."""
        for r in self._snapshot_rows(snapshot_id):
            return r
        raise InputError(
            tr("Instantané de PLU n° {id} inconnu dans le registre {t}.").format(id=snapshot_id, t=self.target)
        )

    def _snapshot_rows(self, snapshot_id: int) -> List[dict]:
        with self._transaction(write=False) as cur:
            cur.execute(
                self._q(f"SELECT {', '.join(SNAPSHOT_COLUMNS)} FROM {{plu_snapshots}} WHERE id = ?"),
                (int(snapshot_id),),
            )
            rows = [dict(zip(SNAPSHOT_COLUMNS, r)) for r in cur.fetchall()]
        for r in rows:
            r["communes"] = [c for c in (r["communes"] or "").split(",") if c]
        return rows

    def plu_snapshot_collections(self, snapshot_id: int) -> Dict[str, list]:
        """A snapshot's features by resource, as fetched."""
        self.plu_snapshot(snapshot_id)
        with self._transaction(write=False) as cur:
            cur.execute(
                self._q("SELECT resource, content FROM {plu_snapshot_layers} WHERE snapshot_id = ? ORDER BY id"),
                (int(snapshot_id),),
            )
            return {r: json.loads(gzip.decompress(bytes(c)).decode("utf-8"))["features"] for r, c in cur.fetchall()}

    def start_plu_watch(self, api_url: str, communes: List[str], author: str) -> int:
        """Record the start of a PLU watch run; returns its id. A run left «en cours» (a process that died) is
        closed as «interrompu», taken over by this one."""
        self._check_open()
        author = check_author(author)
        with self._transaction() as cur:
            run_id = self._insert_returning_id(
                cur,
                "plu_watch_runs",
                RUN_COLUMNS[1:],
                [now_iso(), None, api_url, ",".join(communes), SWEEP_RUNNING, None, author],
            )
            cur.execute(
                self._q(
                    "UPDATE {plu_watch_runs} SET status = ?, finished_at = ?, counts = ? WHERE status = ? AND id <> ?"
                ),
                (
                    SWEEP_INTERRUPTED,
                    now_iso(),
                    json.dumps({"repris_par_execution": run_id}),
                    SWEEP_RUNNING,
                    run_id,
                ),
            )
        return run_id

    def finish_plu_watch(self, run_id: int, counts: dict, status: str = SWEEP_DONE) -> None:
        """Record the end of a PLU watch run with its counts (done, failed, interrupted)."""
        self._check_open()
        with self._transaction() as cur:
            cur.execute(
                self._q("UPDATE {plu_watch_runs} SET finished_at = ?, status = ?, counts = ? WHERE id = ?"),
                (now_iso(), status, json.dumps(counts, ensure_ascii=False), int(run_id)),
            )

    def plu_watch_runs(self) -> List[dict]:
        """The PLU watch runs, oldest first (counts decoded)."""
        self._check_open()
        with self._transaction(write=False) as cur:
            cur.execute(self._q(f"SELECT {', '.join(RUN_COLUMNS)} FROM {{plu_watch_runs}} ORDER BY id"))
            rows = [dict(zip(RUN_COLUMNS, r)) for r in cur.fetchall()]
        for r in rows:
            r["counts"] = json.loads(r["counts"]) if r["counts"] else {}
            r["communes"] = [c for c in (r["communes"] or "").split(",") if c]
        return rows
