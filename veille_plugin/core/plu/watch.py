"""The PLU watch: fetch each watched commune's document(s) d'urbanisme from the Géoportail de l'Urbanisme, keep
each new version as a dated snapshot in the register, and compare it with the previous snapshot through the usual
PLU comparison (report, changes layer, CSV).

A run goes in three steps: find the document(s) of each commune (its own PLU, or the PLUi of its EPCI), fetch each
document once (a PLUi serves all its communes), then store and compare. A commune that cannot be read (offline, a
truncated or unexpected answer) is reported in French with the date of the last snapshot kept; the others go on.
Nothing partial is stored: a document is written only once fetched whole.

A fetched answer is checked before it is stored (:func:`check_answer`): no zone at all, zones that lie outside
the commune (coordinates in another CRS), or a document that lost more than half of its zones since the previous
snapshot is refused as «réponse suspecte», the previous snapshot staying the reference; ``accept_change`` stores
a real large change, the acceptance written in the history. A commune's comparison is marked finished in the
register; a snapshot stored by a run that died before its comparison is compared again by the next run, and a run
left «en cours» is closed as «interrompu» by the next one.
"""

import datetime as _dt
import json
import re
import tempfile
import time
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
    decode_collection,
    fetch_document,
    large_change_refusal,
    resource_url,
)
from ..feeds.http import (
    DEFAULT_RUN_DEADLINE,
    FeedDeadlineError,
    FeedNotFoundError,
    FeedOfflineError,
    FeedRefusedError,
    FeedTooLargeError,
    http_get,
)
from ..feeds.servitudes import ServitudesFetch, fetch_servitudes
from ..i18n import tr
from ..reference.data import ReferenceData
from ..vocabulary import PLU_WATCH_STATUSES, SWEEP_DONE, SWEEP_FAILED, SWEEP_INTERRUPTED
from .diff import PluDiff, diff_versions
from .reader import read_plu_version

#: What became of a commune in a run (see core/vocabulary.py)
FIRST, UNCHANGED, CHANGED, NO_DOCUMENT, FAILED = PLU_WATCH_STATUSES
_INSEE = re.compile(r"^(\d{5}|2[AB]\d{3})$")
#: Share of the previous snapshot's zones a new answer must keep, unless the change is accepted
KEPT_SHARE = 0.5
#: Tolerance around a commune's outline, in degrees (about 1 km)
OUTLINE_TOLERANCE = 0.01


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
    #: refused only for a large change, which the user may accept (``accept_change``)
    acceptable: bool = False

    def to_dict(self) -> dict:
        """Plain data; with a comparison, the keys of ``plu-diff --json`` (avant, apres, synthese…) too."""
        out = {
            "insee": self.insee,
            "statut": self.status,
            "partitions": self.partitions,
            "instantane": self.snapshot,
            "instantane_precedent": self.previous,
            "message": self.message,
            "changement_a_accepter": self.acceptable,
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
                "refusee": self.servitudes.refused,
                "acceptation": self.servitudes.accepted,
            }
        return out

    def acceptable_communes(self) -> List[str]:
        """Communes whose answer was refused only for a large change, which the user may accept: those of a refused
        document, and all of the run's when the servitudes were (they are fetched for all)."""
        if self.servitudes is not None and self.servitudes.acceptable:
            return [c.insee for c in self.communes]
        return [c.insee for c in self.communes if c.acceptable]

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


class _Communes:
    """The getter given to :func:`commune_documents`, keeping the ``municipality`` answers: each commune's name and
    outline as the service gives them, read without asking twice."""

    def __init__(self, base_url: str, get: Callable[[str], bytes]):
        self.base_url, self._get, self._kept = base_url, get, {}

    def get(self, url: str) -> bytes:
        """``get(url)``, the commune answers kept."""
        if url in self._kept:
            return self._kept[url]
        raw = self._get(url)
        if "/municipality?" in url:
            self._kept[url] = raw
        return raw

    def outline(self, insee: str) -> tuple:
        """(name, GeoJSON outline or None) of a commune already asked."""
        url = resource_url(self.base_url, "municipality", {"insee": insee})
        features = decode_collection(self.get(url), url)["features"]
        if not features:
            return "", None
        return str((features[0].get("properties") or {}).get("name") or ""), features[0].get("geometry")


def _zone_shapes(features: list) -> list:
    """Shapes of the features that have a readable geometry (None for the others)."""
    import shapely.geometry

    out = []
    for f in features:
        try:
            out.append(shapely.geometry.shape(f["geometry"]) if f.get("geometry") else None)
        except (KeyError, TypeError, ValueError, AttributeError, shapely.errors.ShapelyError):
            out.append(None)
    return out


def check_answer(got: FetchedDocument, outlines: Dict[str, tuple], previous_zones: Optional[int]) -> tuple:
    """Check a fetched document before it is stored: ``(refusal, change)`` in French. ``refusal`` («» when fine)
    says why the answer is suspect whatever the user says: no zone, or zones outside the commune(s) of
    ``outlines`` (insee → (name, GeoJSON outline)). ``change`` («» when fine) says the document lost more than half
    of the ``previous_zones`` of the previous snapshot: refused unless the user accepts it."""
    import shapely.geometry

    zones = got.collections.get("zone-urba") or []
    if not zones:
        return tr("le document ne contient aucune zone (réponse vide)"), ""
    shapes = [g for g in _zone_shapes(zones) if g is not None and not g.is_empty]
    named = {c: (n, shapely.geometry.shape(g)) for c, (n, g) in outlines.items() if g}
    if named:
        area = shapely.union_all(shapely.make_valid([g for _n, g in named.values()])).buffer(OUTLINE_TOLERANCE)
        inside = sum(1 for g in shapes if shapely.box(*g.bounds).intersects(area))  # a zone's box: invalid ones too
        lonlat = sum(
            1 for g in shapes if -180 <= g.bounds[0] <= g.bounds[2] <= 180 and -90 <= g.bounds[1] <= g.bounds[3] <= 90
        )
        outside = len(zones) - inside
        # a PLUi covers other communes than those watched: only «none inside» is suspect there
        if inside == 0 or (not got.document.intercommunal and outside > len(zones) / 2):
            hint = (
                tr(
                    " ; coordonnées hors des longitudes et latitudes : un autre système (Lambert-93 ?) servi comme "
                    "WGS 84"
                )
                if lonlat < len(shapes)
                else ""
            )
            return (
                tr("{o} zone(s) sur {n} hors du territoire de la commune{h}").format(o=outside, n=len(zones), h=hint),
                "",
            )
    if previous_zones and len(zones) < KEPT_SHARE * previous_zones:
        return "", tr("{n} zone(s) au lieu de {p} dans l'instantané précédent").format(n=len(zones), p=previous_zones)
    return "", ""


def _commune_names(codes: List[str], outlines: Dict[str, tuple]) -> str:
    """«Saint-Saëns (76648)», joined."""
    return ", ".join(f"{outlines[c][0]} ({c})" if c in outlines and outlines[c][0] else c for c in codes)


def _settled(register, partition: str, insee: str) -> set:
    """Snapshots of a partition the commune has seen through a finished comparison: those marked compared; in a
    register written before the marks (none for this commune), those stored by a run that ended «terminé»."""
    marked = register.plu_compared(partition, insee)
    if marked:
        return marked
    done_runs = {r["id"] for r in register.plu_watch_runs() if r["status"] == SWEEP_DONE}
    return {s["id"] for s in register.plu_snapshots(partition=partition) if s["run_id"] in done_runs}


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
    accept_change: bool = False,
    run_deadline: float = DEFAULT_RUN_DEADLINE,
) -> WatchRun:
    """Watch the PLU of ``insees`` (see the module's note); the run is recorded in the register.
    ``accept_change``: store a document that lost more than half of its zones (a real large change), the
    acceptance written in the history and in the run's counts. With
    ``servitudes``, the AC1, AC2 and AC4 assiettes and the AC1 générateurs over these communes are refreshed too (a
    new version of the reference layers the rules read, see :mod:`veille_plugin.core.feeds.servitudes`).
    ``run_deadline``: past so many seconds, no new request is sent (one under way ends within its own deadline), the
    communes not read are said, and the run ends «interrompu»."""
    codes = [check_insee(c) for c in insees]
    with register.plu_watch_lock():
        return _watch(
            codes, register, ref, Path(out_dir), base_url=base_url, get=get, author=author, distance=distance,
            progress=progress, is_cancelled=is_cancelled, servitudes=servitudes, servitudes_dir=servitudes_dir,
            accept_change=accept_change, run_deadline=run_deadline,
        )  # fmt: skip


def _watch(
    codes: List[str],
    register,
    ref: ReferenceData,
    out: Path,
    *,
    base_url: str,
    get: Callable[[str], bytes],
    author: str,
    distance: float,
    progress: Optional[Callable[[float, str], None]],
    is_cancelled: Optional[Callable[[], bool]],
    servitudes: bool,
    servitudes_dir,
    accept_change: bool,
    run_deadline: float,
) -> WatchRun:
    """:func:`run_watch`, its lock held."""
    ends_at = time.monotonic() + run_deadline
    overrun = tr(
        "délai maximal de la veille dépassé ({s} s) : commune non traitée jusqu'au bout ; relancez la veille"
    ).format(s=f"{run_deadline:g}")
    fetch = get

    def get(url: str) -> bytes:  # every request of the run, refused once the run's deadline has passed
        if time.monotonic() > ends_at:
            raise FeedDeadlineError(overrun)
        return fetch(url)

    run_id = register.start_plu_watch(base_url, codes, author)
    results: Dict[str, CommuneWatch] = {}
    documents: Dict[str, GpuDocument] = {}
    served: Dict[str, List[str]] = {}  # partition -> communes of this run
    outlines: Dict[str, tuple] = {}  # insee -> (name, outline) as the service gives them
    accepted: List[str] = []
    answers = _Communes(base_url, get)

    def say(fraction: float, text: str) -> None:
        if progress is not None:
            progress(fraction, text)

    def cancelled() -> bool:
        return time.monotonic() > ends_at or (is_cancelled is not None and is_cancelled())

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
                docs = commune_documents(insee, base_url, answers.get)
                outlines[insee] = answers.outline(insee)
            except FeedNotFoundError:
                results[insee] = CommuneWatch(
                    insee, FAILED, message=tr("Commune {c} inconnue du Géoportail de l'Urbanisme.").format(c=insee)
                )
                continue
            except (
                FeedTooLargeError,
                FeedDeadlineError,
                FeedRefusedError,
            ) as exc:  # a limit passed: its own words, not «offline»
                failed(insee, str(exc))
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
                    ).format(c=_commune_names([insee], outlines)),
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
            except (FeedTooLargeError, FeedDeadlineError, FeedRefusedError) as exc:
                for insee in served[partition]:
                    failed(insee, tr("{p} : {e}").format(p=partition, e=exc))
                continue
            except FeedOfflineError as exc:
                for insee in served[partition]:
                    failed(insee, tr("{p} : {u} ne répond pas ({e})").format(p=partition, u=base_url, e=exc))
                continue
            except (FeedNotFoundError, InputError) as exc:
                for insee in served[partition]:
                    failed(insee, tr("{p} : {e}").format(p=partition, e=exc))
                continue
            previous_zones = (
                len(register.plu_snapshot_collections(previous[-1]["id"]).get("zone-urba") or []) if previous else None
            )
            refusal, change = check_answer(
                got, {c: outlines[c] for c in served[partition] if c in outlines}, previous_zones
            )
            if change and not accept_change:
                refusal = large_change_refusal(change)
            if refusal:
                for insee in served[partition]:
                    failed(
                        insee,
                        tr(
                            "Réponse suspecte du Géoportail de l'Urbanisme pour {c}, document {p} : {r}. Rien n'est "
                            "gardé."
                        ).format(c=_commune_names([insee], outlines), p=partition, r=refusal),
                    )
                    results[insee].acceptable = bool(change)
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
            if change:
                meta["acceptation"] = tr("changement important accepté par {a} : {c}").format(a=author, c=change)
                accepted.append(partition)
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
            _settle(result, fetched, register, ref, out / insee, distance, author, _commune_names([insee], outlines))
    except BaseException:
        register.finish_plu_watch(run_id, {"communes": len(codes)}, SWEEP_FAILED)
        raise
    if time.monotonic() > ends_at:
        status = SWEEP_INTERRUPTED
        for insee in codes:
            result = results.get(insee)
            if result is None or (result.status == UNCHANGED and result.snapshot is None):
                failed(insee, overrun)
    run = WatchRun(run_id, [results[c] for c in codes if c in results], status)
    if servitudes and status == SWEEP_DONE and any(c.status != FAILED for c in run.communes):
        say(0.97, tr("Servitudes AC1, AC2, AC4"))
        run.servitudes = fetch_servitudes(
            codes, ref, servitudes_dir, base_url, get, accept_change=accept_change, author=author
        )
    counts = run.counts()
    if accepted:
        counts["changement_accepte"] = accepted
    register.finish_plu_watch(run_id, counts, status)
    say(1.0, tr("Veille des PLU terminée"))
    return run


def _settle(
    result: CommuneWatch,
    fetched: dict,
    register,
    ref,
    out_dir: Path,
    distance: float,
    author: str = "veille",
    name: str = "",
) -> None:
    """Status, message and comparison of one commune from what step 2 stored. A snapshot equal to the latest one
    is compared again when the run that stored it died before its comparison finished. ``name``: the commune as the
    messages say it («Loos-en-Gohelle (62528)»; its code when empty)."""
    name = name or result.insee
    missing = [p for p in result.partitions if p not in fetched]
    if missing:
        result.status = FAILED
        result.message = result.message or tr("Document(s) {p} non lu(s).").format(p=", ".join(missing))
        return
    for partition in result.partitions:
        snapshot_id, created, previous_id, got = fetched[partition]
        result.snapshot = snapshot_id
        if not created:
            owed = _unreported_since(register, partition, result.insee, snapshot_id)
            if owed is not None:
                previous_id, created = owed, True
        elif previous_id is not None:
            previous_id = _baseline(register, partition, result.insee, snapshot_id)
        label = got.idurba() or partition
        if previous_id is None:
            result.status = FIRST
            register.mark_plu_compared(partition, result.insee, snapshot_id, author)
            result.message = tr(
                "Commune {c} : premier instantané de {d} (n° {id}, {n} entités) ; les prochaines vérifications "
                "diront ce qui change."
            ).format(c=name, d=label, id=snapshot_id, n=got.n_features)
        elif not created:
            result.message = tr(
                "Commune {c} : {d} inchangé depuis l'instantané n° {id} ; rien de nouveau gardé."
            ).format(c=name, d=label, id=snapshot_id)
        else:
            result.previous = previous_id
            result.diff, result.files = compare_snapshots(
                register, ref, previous_id, snapshot_id, result.insee, out_dir, distance
            )
            result.status = CHANGED
            register.mark_plu_compared(partition, result.insee, snapshot_id, author, f"(depuis n° {previous_id})")
            n = result.diff.summary(result.insee)["nombre_changements"]
            result.message = tr(
                "Commune {c} : nouvelle version de {d} (instantané n° {id}) ; {n} changement(s) depuis l'instantané "
                "n° {p}."
            ).format(c=name, d=label, id=snapshot_id, n=n, p=previous_id)


def _unreported_since(register, partition: str, insee: str, snapshot_id: int) -> Optional[int]:
    """The snapshot to compare ``snapshot_id`` with when the commune never saw its comparison finish (the run that
    stored it died): the latest earlier snapshot the commune has seen; None when nothing is owed."""
    if snapshot_id in _settled(register, partition, insee):
        return None
    return _baseline(register, partition, insee, snapshot_id)


def _baseline(register, partition: str, insee: str, snapshot_id: int) -> Optional[int]:
    """The latest snapshot before ``snapshot_id`` the commune has seen (else the latest before it; None if none):
    what a comparison starts from, so that a change stored by a run that died is still reported."""
    settled = _settled(register, partition, insee)
    earlier = [s["id"] for s in register.plu_snapshots(partition=partition) if s["id"] < snapshot_id]
    if not earlier:
        return None
    seen = [i for i in earlier if i in settled]
    return seen[-1] if seen else earlier[-1]
