"""The PLU watch: fetch each watched commune's document(s) d'urbanisme from the Géoportail de l'Urbanisme, keep
each new version as a dated snapshot in the register, and compare it with the previous snapshot through the usual
PLU comparison (report, changes layer, CSV).

A run goes in three steps: find the document(s) of each commune (its own PLU, or the PLUi of its EPCI), fetch each
document once (a PLUi serves all its communes), then store and compare. A commune that cannot be read (offline, a
truncated or unexpected answer) is reported in French with the date of the last snapshot kept; the others go on.
Nothing partial is stored: a document is written only once fetched whole.
"""

import datetime as _dt
import json
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional

import shapely

from ..errors import InputError
from ..feeds.gpu import (
    API_CARTO_GPU,
    DOCUMENT_RESOURCES,
    FetchedDocument,
    GpuDocument,
    commune_documents,
    fetch_document,
)
from ..feeds.http import FeedNotFoundError, FeedOfflineError, http_get
from ..feeds.servitudes import ServitudesFetch, fetch_servitudes
from ..i18n import tr
from ..reference.data import ReferenceData
from ..vocabulary import PLU_WATCH_STATUSES, SWEEP_DONE, SWEEP_FAILED, SWEEP_INTERRUPTED
from .diff import PluDiff, diff_versions
from .reader import read_plu_version

#: What became of a commune in a run (see core/vocabulary.py)
FIRST, UNCHANGED, CHANGED, NO_DOCUMENT, FAILED = PLU_WATCH_STATUSES
_INSEE = re.compile(r"^(\d{5}|2[AB]\d{3})$")


@dataclass
class CommuneWatch:
    """One commune's result: status, the snapshots involved, the comparison and its files, a French message."""

    insee: str
    status: str
    partitions: List[str] = field(default_factory=list)
    snapshot: Optional[int] = None
    previous: Optional[int] = None
    message: str = ""
    diff: Optional[PluDiff] = None
    files: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        """Plain data; with a comparison, the keys of ``plu-diff --json`` (avant, apres, synthese…) too."""
        out = {
            "insee": self.insee,
            "statut": self.status,
            "partitions": self.partitions,
            "instantane": self.snapshot,
            "instantane_precedent": self.previous,
            "message": self.message,
        }
        if self.diff is not None:
            out.update(self.diff.to_dict())
            out["fichiers"] = self.files
            out["anomalies_detail"] = [a.to_dict() for a in self.diff.anomalies]
        return out


@dataclass
class WatchRun:
    """A run of the watch: its id in the register and each commune's result."""

    run_id: int
    communes: List[CommuneWatch]
    status: str = SWEEP_DONE
    servitudes: Optional[ServitudesFetch] = None

    def counts(self) -> dict:
        """Communes by status."""
        out: Dict[str, int] = {}
        for c in self.communes:
            out[c.status] = out.get(c.status, 0) + 1
        return out

    def to_dict(self) -> dict:
        """Plain data (``plu-watch --json``)."""
        out = {
            "execution": self.run_id,
            "statut": self.status,
            "decompte": self.counts(),
            "communes": [c.to_dict() for c in self.communes],
        }
        if self.servitudes is not None:
            out["servitudes"] = {
                "version": str(self.servitudes.path) if self.servitudes.path else None,
                "nouvelle": self.servitudes.created,
                "assiettes": self.servitudes.counts,
                "generateurs": self.servitudes.generators,
                "messages": self.servitudes.messages,
            }
        return out

    def servitudes_message(self) -> str:
        """What became of the servitudes, in French («» when not fetched)."""
        s = self.servitudes
        if s is None:
            return ""
        if s.messages:
            return " ".join(s.messages)
        counts = ", ".join(f"{k} {v}" for k, v in s.counts.items())
        if s.generators:
            counts += " ; " + tr("générateurs {g}").format(g=", ".join(f"{k} {v}" for k, v in s.generators.items()))
        return (
            tr("Servitudes AC1, AC2, AC4 : nouvelle version gardée ({c}).").format(c=counts)
            if s.created
            else tr("Servitudes AC1, AC2, AC4 : inchangées ({c}).").format(c=counts)
        )


def watched_communes(ref: ReferenceData) -> List[str]:
    """INSEE codes of the communes that meet the Bien or its zone tampon (the «--all» of the watch)."""
    com = ref.communes
    where = shapely.union(ref.bien_union, ref.buffer_union)
    hits = com.tree.query(where, predicate="intersects")
    return sorted({str(com.attributes["insee"].iloc[int(i)]) for i in hits})


def check_insee(code: str) -> str:
    """A commune code as the service expects it; InputError (French) otherwise."""
    code = str(code).strip().upper()
    if not _INSEE.match(code):
        raise InputError(
            tr("Commune « {c} » refusée : donnez son code INSEE à 5 caractères (ex. 62528).").format(c=code)
        )
    return code


def snapshot_version(register, snapshot_id: int, label: str = ""):
    """A stored snapshot as a PLU version (the reader's checks and reprojection apply)."""
    record = register.plu_snapshot(snapshot_id)
    collections = register.plu_snapshot_collections(snapshot_id)
    label = label or tr("instantané n° {id} du {d}").format(id=snapshot_id, d=french_date(record["fetched_at"]))
    with tempfile.TemporaryDirectory(prefix="veille_plu_snapshot_") as tmp:
        for resource, features in collections.items():
            if features:
                name = f"{record['partition']}_{DOCUMENT_RESOURCES[resource]}.geojson"
                Path(tmp, name).write_text(
                    json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False),
                    encoding="utf-8",
                )
        return read_plu_version(tmp, label=label)


def french_date(iso: str) -> str:
    """``2026-12-02T10:00:00Z`` → ``02/12/2026``."""
    try:
        return _dt.date.fromisoformat(str(iso)[:10]).strftime("%d/%m/%Y")
    except ValueError:
        return str(iso)


def compare_snapshots(register, ref, before_id: int, after_id: int, insee: str, out_dir, distance: float = 500.0):
    """Compare two snapshots for a commune; write the usual report, changes layer and CSV; return (diff, files)."""
    from .report import write_diff_outputs

    before = snapshot_version(register, before_id)
    after = snapshot_version(register, after_id)
    diff = diff_versions(before, after, ref, distance=distance, commune=insee)
    diff.params["instantanes"] = [before_id, after_id]
    files = write_diff_outputs(diff, ref, out_dir)
    return diff, files


def _last_snapshot_text(register, insee: str) -> str:
    kept = register.plu_snapshots(insee=insee)
    if not kept:
        return tr("Aucun instantané n'est encore gardé pour cette commune.")
    last = kept[-1]
    return tr("Le dernier instantané gardé, n° {id} du {d} ({u}), reste la référence.").format(
        id=last["id"], d=french_date(last["fetched_at"]), u=last["idurba"] or last["partition"]
    )


def run_watch(
    insees: List[str],
    register,
    ref: ReferenceData,
    out_dir,
    base_url: str = API_CARTO_GPU,
    get: Callable[[str], bytes] = http_get,
    author: str = "veille",
    distance: float = 500.0,
    progress: Optional[Callable[[float, str], None]] = None,
    is_cancelled: Optional[Callable[[], bool]] = None,
    servitudes: bool = True,
    servitudes_dir=None,
) -> WatchRun:
    """Watch the PLU of ``insees`` (see the module's note); the run is recorded in the register. With
    ``servitudes``, the AC1, AC2 and AC4 assiettes and the AC1 générateurs over these communes are refreshed too (a
    new version of the reference layers the rules read, see :mod:`veille_plugin.core.feeds.servitudes`)."""
    codes = [check_insee(c) for c in insees]
    out = Path(out_dir)
    run_id = register.start_plu_watch(base_url, codes, author)
    results: Dict[str, CommuneWatch] = {}
    documents: Dict[str, GpuDocument] = {}
    served: Dict[str, List[str]] = {}  # partition -> communes of this run

    def say(fraction: float, text: str) -> None:
        if progress is not None:
            progress(fraction, text)

    def cancelled() -> bool:
        return is_cancelled is not None and is_cancelled()

    def failed(insee: str, reason: str) -> None:
        reason = reason.strip()
        ending = "" if reason.endswith((".", "?", "!")) else "."
        results[insee] = CommuneWatch(insee, FAILED, message=f"{reason}{ending} {_last_snapshot_text(register, insee)}")

    status = SWEEP_DONE
    try:
        for k, insee in enumerate(codes):  # 1. the documents of each commune
            if cancelled():
                status = SWEEP_INTERRUPTED
                break
            say(0.3 * k / max(len(codes), 1), tr("Documents d'urbanisme de la commune {c}").format(c=insee))
            try:
                docs = commune_documents(insee, base_url, get)
            except FeedNotFoundError:
                results[insee] = CommuneWatch(
                    insee, FAILED, message=tr("Commune {c} inconnue du Géoportail de l'Urbanisme.").format(c=insee)
                )
                continue
            except FeedOfflineError as exc:
                failed(insee, tr("{u} ne répond pas ({e}) : êtes-vous hors ligne ?").format(u=base_url, e=exc))
                continue
            except InputError as exc:
                failed(insee, str(exc))
                continue
            if not docs:
                results[insee] = CommuneWatch(
                    insee,
                    NO_DOCUMENT,
                    message=tr(
                        "Commune {c} : aucun PLU, PLUi ni carte communale publié (règlement national d'urbanisme)."
                    ).format(c=insee),
                )
                continue
            results[insee] = CommuneWatch(insee, UNCHANGED, partitions=[d.partition for d in docs])
            for d in docs:
                documents[d.partition] = d
                served.setdefault(d.partition, []).append(insee)

        fetched: Dict[str, tuple] = {}
        for k, (partition, doc) in enumerate(sorted(documents.items())):  # 2. each document once, stored whole
            if cancelled():
                status = SWEEP_INTERRUPTED
                break
            say(0.3 + 0.4 * k / max(len(documents), 1), tr("Lecture du document {p}").format(p=partition))
            previous = register.plu_snapshots(partition=partition)
            try:
                got: FetchedDocument = fetch_document(doc, base_url, get)
            except FeedOfflineError as exc:
                for insee in served[partition]:
                    failed(insee, tr("{p} : {u} ne répond pas ({e})").format(p=partition, u=base_url, e=exc))
                continue
            except (FeedNotFoundError, InputError) as exc:
                for insee in served[partition]:
                    failed(insee, tr("{p} : {e}").format(p=partition, e=exc))
                continue
            meta = {
                "partition": partition,
                "communes": served[partition],
                "du_type": doc.du_type,
                "titre": doc.title,
                "idurba": got.idurba(),
                "date_approbation": got.approval_date(),
                "source_url": got.urls[0] if got.urls else base_url,
                "content_hash": got.content_hash(),
            }
            snapshot_id, created = register.add_plu_snapshot(meta, got.collections, author, run_id)
            fetched[partition] = (snapshot_id, created, previous[-1]["id"] if previous else None, got)

        for k, insee in enumerate(codes):  # 3. compare each commune's new snapshot with the previous one
            if cancelled():
                status = SWEEP_INTERRUPTED
                break
            result = results.get(insee)
            if result is None or result.status != UNCHANGED:
                continue
            say(0.7 + 0.3 * k / max(len(codes), 1), tr("Comparaison pour la commune {c}").format(c=insee))
            _settle(result, fetched, register, ref, out / insee, distance)
    except BaseException:
        register.finish_plu_watch(run_id, {"communes": len(codes)}, SWEEP_FAILED)
        raise
    run = WatchRun(run_id, [results[c] for c in codes if c in results], status)
    if servitudes and status == SWEEP_DONE and any(c.status != FAILED for c in run.communes):
        say(0.97, tr("Servitudes AC1, AC2, AC4"))
        run.servitudes = fetch_servitudes(codes, ref, servitudes_dir, base_url, get)
    register.finish_plu_watch(run_id, run.counts(), status)
    say(1.0, tr("Veille des PLU terminée"))
    return run


def _settle(result: CommuneWatch, fetched: dict, register, ref, out_dir: Path, distance: float) -> None:
    """Status, message and comparison of one commune from what step 2 stored."""
    missing = [p for p in result.partitions if p not in fetched]
    if missing:
        result.status = FAILED
        result.message = result.message or tr("Document(s) {p} non lu(s).").format(p=", ".join(missing))
        return
    for partition in result.partitions:
        snapshot_id, created, previous_id, got = fetched[partition]
        result.snapshot = snapshot_id
        label = got.idurba() or partition
        if previous_id is None:
            result.status = FIRST
            result.message = tr(
                "Commune {c} : premier instantané de {d} (n° {id}, {n} entités) ; les prochaines vérifications "
                "diront ce qui change."
            ).format(c=result.insee, d=label, id=snapshot_id, n=got.n_features)
        elif not created:
            result.message = tr(
                "Commune {c} : {d} inchangé depuis l'instantané n° {id} ; rien de nouveau gardé."
            ).format(c=result.insee, d=label, id=snapshot_id)
        else:
            result.previous = previous_id
            result.diff, result.files = compare_snapshots(
                register, ref, previous_id, snapshot_id, result.insee, out_dir, distance
            )
            result.status = CHANGED
            n = result.diff.summary(result.insee)["nombre_changements"]
            result.message = tr(
                "Commune {c} : nouvelle version de {d} (instantané n° {id}) ; {n} changement(s) depuis l'instantané "
                "n° {p}."
            ).format(c=result.insee, d=label, id=snapshot_id, n=n, p=previous_id)
