"""The weekly sweep: import the permit lists, locate and screen every case, apply the rules,
compare with the register (nouveau / modifié / inchangé / disparu), write the outputs.

One function, :func:`run_sweep`, used by the command line, the Processing algorithm and the
«Veille» dock (as a background task: ``progress`` and ``is_cancelled`` callbacks), made of public stages
(:func:`import_sources`, :func:`locate_permits`, :func:`screen_permits`, :func:`register_rows`,
``Register.record_sweep``, :func:`sweep_news`, :func:`write_outputs`) whose seconds it reports.
Nothing already stored is lost: the register is written in one transaction after everything else
succeeded, a cancelled sweep writes nothing, and a run killed after that transaction has its news
reported by the next run.
"""

import datetime as _dt
import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

import numpy as np
import pandas as pd
import shapely

from ..atomic_files import OutputWriteError
from ..errors import InputError, VeilleError
from ..i18n import QT_TRANSLATE_NOOP, tr
from ..impact.ordering import priority_labels, sort_by_priority
from ..reference.data import ReferenceData
from ..register.model import history_text
from ..rules.case_screening import CaseScreening, screen_cases
from ..rules.catalogue import Catalogue
from ..screening.location_precision import apply_approximate_location, is_approximate
from ..vocabulary import (
    CHANGE_GONE,
    CASE_ZONES,
    CHANGE_KINDS,
    CHANGE_MODIFIED,
    CHANGE_NEW,
    CHANGE_UNCHANGED,
    SEVERITY_CHECK,
    TRIAGE_TO_EXAMINE,
    ZONE_UNLOCATED,
)

ZONES_OUT = CASE_ZONES  # every zone a case can have, «commune» (approximate location) counted apart


class SweepCancelledError(VeilleError):
    """The user cancelled the sweep (nothing written)."""

    pass


@dataclass
class SourceSpec:
    """One permit list to sweep: path, format, column mapping, feed name."""

    path: str
    fmt: str = "auto"  # auto | sitadel | csv | xlsx | layer
    mapping: Optional[str] = None  # name of a saved column mapping
    name: Optional[str] = None  # the source stream (cases of this stream absent now become «disparu»)

    @property
    def stream(self) -> str:
        """Name of the feed (file name by default): cases missing from a new delivery become «disparu»."""
        if self.name:
            return self.name
        return self.mapping or ("sitadel" if self.fmt in ("sitadel", "auto") else self.fmt)


@dataclass
class SweepResult:
    """What a sweep did: its id, counts, output files, messages and the seconds of each stage."""

    sweep_id: int
    counts: dict
    cases: pd.DataFrame  # one row per case of this sweep (+ disappeared ones)
    messages: list = field(default_factory=list)
    outputs: dict = field(default_factory=dict)
    #: Seconds per stage: import, geolocalisation, analyse, lignes, registre, sorties.
    timings: dict = field(default_factory=dict)
    #: Seconds of the calls inside the stages (read_permits, geolocate, screen_geometries, report_html…).
    details: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        """The result as plain data (JSON output)."""
        return {
            "balayage": self.sweep_id,
            "comptes": self.counts,
            "sorties": {k: str(v) for k, v in self.outputs.items()},
            "messages": [str(m) for m in self.messages],
        }


@dataclass
class ImportedPermits:
    """The permits of every source, one row per dossier number, and the messages about the rows."""

    permits: pd.DataFrame
    messages: list
    read: int  # rows read from the sources, duplicates included
    #: Rows refused as unreadable, per source stream: {stream: [(file, line, raw text)…]}.
    unread: dict = field(default_factory=dict)

    def unread_keys(self) -> "UnreadKeys":
        """The dossier keys the refused rows carry: those cases must not be marked «disparu» by this sweep (their row
        is there, only unreadable)."""
        return UnreadKeys(self.unread)


class UnreadKeys:
    """Dossier keys met in the refused rows, each with its (file, line): every key-shaped token, and any key found
    inside a row's text once written as keys are (a number glued to other characters in a damaged cell)."""

    def __init__(self, unread: dict):
        from ..imports.model import normalize_numero

        self.tokens: dict = {}
        self.texts: list = []  # (file, line, the row's text written as keys are)
        self._joined = None
        for rows in unread.values():
            for file_name, line, text in rows:
                tokens = [t for t in re.split(r'[;,\t"\n|]', str(text)) if t.strip()]
                for key in normalize_numero(pd.Series(tokens, dtype=object)) if tokens else []:
                    if isinstance(key, str) and len(key) >= 6:
                        self.tokens.setdefault(key, (file_name, line))
                self.texts.append((file_name, line, re.sub(r"[\s\-./_]+", "", str(text).upper())))

    #: Shortest key looked for inside a row's text (shorter ones would match by chance)
    MIN_INSIDE = 10

    def where(self, key: str):
        """(file, line) of the refused row that carries ``key``, or None."""
        if key in self.tokens:
            return self.tokens[key]
        if len(key) < self.MIN_INSIDE:
            return None
        if self._joined is None:
            self._joined = "\n".join(text for _f, _l, text in self.texts)
        if key not in self._joined:  # one search over all the refused rows; the row is looked up only on a hit
            return None
        for file_name, line, text in self.texts:
            if key in text:
                return file_name, line
        return None

    def __contains__(self, key) -> bool:
        return self.where(str(key)) is not None

    def __getitem__(self, key):
        found = self.where(str(key))
        if found is None:
            raise KeyError(key)
        return found

    def __iter__(self):
        return iter(self.tokens)

    def __len__(self) -> int:
        return len(self.tokens)


#: What a case gone from its source says in the sweep's files and the register (French, translated where shown)
GONE_DETAIL = QT_TRANSLATE_NOOP("VeillePatrimoniale", "absent de cette livraison de la source")


def _step(progress, pct, text, is_cancelled):
    if is_cancelled is not None and is_cancelled():
        raise SweepCancelledError(tr("Balayage annulé : rien n'a été écrit dans le registre."))
    if progress is not None:
        progress(pct, text)


def prepare_out_dir(out_dir) -> Path:
    """The output folder, created if needed; refused with a French message before any work when it cannot be one."""
    if out_dir is None or not str(out_dir).strip():
        raise InputError(tr("Dossier de sortie du balayage non indiqué : donnez un dossier (option --out)."))
    path = Path(out_dir).expanduser()
    if path.exists() and not path.is_dir():
        raise InputError(
            tr(
                "Dossier de sortie {p} : c'est un fichier, pas un dossier. Indiquez un dossier (existant ou à créer)."
            ).format(p=path)
        )
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(
            tr(
                "Dossier de sortie {p} : impossible de le créer ({err}). Choisissez un dossier où vous pouvez écrire."
            ).format(p=path, err=exc.strerror or exc)
        ) from None
    if not os.access(path, os.W_OK | os.X_OK):
        raise InputError(
            tr("Dossier de sortie {p} : pas de droit d'écriture. Choisissez un dossier où vous pouvez écrire.").format(
                p=path
            )
        )
    return path


def import_sources(sources: list, progress=None, is_cancelled=None, details: Optional[dict] = None) -> ImportedPermits:
    """Read every source; duplicated numbers, in one file or across files, follow the one rule of
    :func:`..imports.model.resolve_duplicate_numbers` (two communes: two cases; same commune: the last line)."""
    from ..imports import read_permits
    from ..imports.model import resolve_duplicate_numbers

    messages = []
    frames = []
    unread = {}
    for k, spec in enumerate(sources):
        _step(
            progress,
            5 + 20 * k / max(1, len(sources)),
            tr("Import de {f}…").format(f=Path(spec.path).name),
            is_cancelled,
        )
        start = time.perf_counter()
        result = read_permits(spec.path, fmt=spec.fmt, mapping=spec.mapping)
        if details is not None:
            details["read_permits"] = details.get("read_permits", 0.0) + time.perf_counter() - start
        messages.extend(result.messages)
        if result.unread:
            unread.setdefault(spec.stream, []).extend((Path(spec.path).name, ln, text) for ln, text in result.unread)
        df = result.df  # the reader's own table, used here only: the column is added without copying it
        df["flux"] = spec.stream  # «source» keeps the file name for messages until the rows are built
        frames.append(df)
        del result
    if len(frames) == 1 and isinstance(frames[0].index, pd.RangeIndex) and frames[0].index.start == 0:
        permits = frames[0]  # one file: no concatenation (a copy of the whole table)
    else:
        permits = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    del frames
    if permits.empty:
        raise InputError(
            tr("Aucun dossier lisible dans les sources : {s}.").format(s=", ".join(str(s.path) for s in sources))
        )
    read = len(permits)
    # the rule of duplicated numbers, for numbers found in two of the files (each file's own are already settled:
    # one file's keys are unique)
    if len(sources) > 1:
        permits = resolve_duplicate_numbers(permits, messages)
    missing = permits["numero_norm"].isna().to_numpy()
    if missing.any():
        permits = permits[~missing].reset_index(drop=True)
    return ImportedPermits(permits, messages, read, unread)


def locate_permits(permits: pd.DataFrame, ref: ReferenceData, parcels=None, details: Optional[dict] = None):
    """Footprint of every permit (parcels, coordinates, commune), or the permit's own geometry when it has one."""
    from ..imports import ParcelIndex, geolocate

    start = time.perf_counter()
    index = ParcelIndex.from_file(parcels) if isinstance(parcels, (str, Path)) else parcels
    middle = time.perf_counter()
    geo = geolocate(permits, ref, index)
    if index is not None and getattr(index, "messages", None):  # what the parcel file itself holds wrong
        geo.messages = list(index.messages) + list(geo.messages)
    if details is not None:
        details["parcel_index"] = middle - start
        details["geolocate"] = time.perf_counter() - middle
    if "geometrie_l93" in permits.columns:  # permits read from a vector layer carry their own footprint
        own = permits["geometrie_l93"].to_numpy(dtype=object)
        has = ~pd.isna(own)
        geo.geometries = np.where(has, own, geo.geometries)
        geo.localisation = np.where(has, "geometrie", np.asarray(geo.localisation, dtype=object))
    return geo


def screen_permits(
    permits: pd.DataFrame,
    geo,
    ref: ReferenceData,
    catalogue: Catalogue,
    distance: float = 500.0,
    user_layers=None,
    danger_list=None,
    covisibility=None,
) -> CaseScreening:
    """Screen the located permits and apply the catalogue (one vectorised call); ``covisibility``: a profile source
    for the covisibility over the relief (:func:`..rules.case_screening.screen_cases`), None: not computed."""
    located = np.asarray(geo.localisation) != "non_localise"
    return screen_cases(
        np.where(located, geo.geometries, None),
        ref,
        catalogue,
        crs="EPSG:2154",
        ids=permits["numero_norm"].to_numpy(dtype=object),
        case_type=permits["type"].to_numpy(dtype=object),
        works=permits["travaux"].to_numpy(dtype=object),
        nature=permits["nature"].to_numpy(dtype=object),
        height_m=permits["hauteur"].to_numpy(dtype=object),
        distance=distance,
        user_layers=user_layers,
        danger_list=danger_list,
        default_type="projet",
        approximate=is_approximate(geo.localisation),
        covisibility=covisibility,
    )


_SOURCE_COLUMNS = (
    "numero",
    "numero_norm",
    "type",
    "commune_insee",
    "commune_nom",
    "parcelles",
    "adresse",
    "demandeur",
    "travaux",
    "nature",
    "hauteur",
    "date_depot",
    "statut_dossier",
    "decision",
    "decision_date",
)
_SCREENING_COLUMNS = (
    "composantes",
    "elements",
    "elements_proches",
    "abords_mh",
    "severite",
    "regles",
    "regles_donnee_manquante",
)
#: The priority of each case (impact assessment): given for every case, located or not (core/impact)
_PRIORITY_COLUMNS = ("priorite_rang", "priorite_importance", "priorite_attribut", "priorite_172", "priorite_motif")
_BOOKKEEPING = ("statut_veille", "assignee", "first_seen", "last_seen", "first_sweep", "last_sweep", "disparu")


def register_rows(permits: pd.DataFrame, geo, cs: CaseScreening, ref: ReferenceData, catalogue: Catalogue):
    """One register row per permit: its source fields, where it lies, its verdicts and its footprint (WKB)."""
    from ..register.model import CASE_FIELDS

    located = np.asarray(geo.localisation) != "non_localise"
    table = cs.table()
    zone = np.where(located, table["zone"].to_numpy(dtype=object), "non_localise")
    zone = np.where(zone == "erreur", "non_localise", zone)
    rows = pd.DataFrame(index=permits.index)
    for name in _SOURCE_COLUMNS:
        rows[name] = permits[name] if name in permits.columns else None
    rows["source"] = permits["flux"]
    # the commune code actually used by the geolocation (also found from a commune name alone)
    given = permits["commune_insee"].to_numpy(dtype=object)
    found = pd.Series(np.asarray(getattr(geo, "insee", given), dtype=object), dtype=object)
    insee = np.where((found.str.len() > 0).to_numpy(dtype=bool), found.to_numpy(dtype=object), given)
    rows["commune_insee"] = insee
    com = ref.communes.attributes
    names = permits["commune_nom"].to_numpy(dtype=object)
    rows["commune_nom"] = _looked_up(insee, dict(zip(com["insee"], com["nom"])), names)
    rows["epci"] = _looked_up(insee, dict(zip(com["insee"], com["epci_nom"])), np.full(len(insee), None))
    rows["localisation"] = geo.localisation
    rows["zone"] = zone
    for name in _SCREENING_COLUMNS:
        rows[name] = np.where(located, table[name].to_numpy(dtype=object), "")
    # located only by its commune: zone «commune», never counted in the Bien or the zone tampon (the approximate-
    # location rule, screening.location_precision); unlocated or not screenable: look at it, never «aucune»
    if cs.approximate is None:
        rows = apply_approximate_location(rows, is_approximate(geo.localisation))
    else:  # the screening applied the rule (its table says «commune» and what the commune touches)
        rows["zone_commune"] = np.where(located, table["zone_commune"].to_numpy(dtype=object), None)
    rows["severite"] = np.where(located & (zone != ZONE_UNLOCATED), rows["severite"], SEVERITY_CHECK)
    for name in _PRIORITY_COLUMNS:  # a case not located, or only by its commune, has the method's own rank
        rows[name] = table[name].to_numpy()
    rows["catalogue_version"] = catalogue.version
    rows["donnees_version"] = ref.version
    rows["geom_wkb"] = _wkb_once_per_geometry(np.where(located, cs.cases.geometries, None))
    for name, _kind in CASE_FIELDS:
        if name not in rows.columns and name not in _BOOKKEEPING:
            rows[name] = None
    return rows


def _net_changes(record) -> dict:
    """Per case, the tracked fields that differ from what was last reported: this sweep's changes, preceded by those
    of interrupted sweeps it took over (a field changed there and changed back is no change)."""
    first_old, last_new = {}, {}
    for key, name, old, new in record.pending.history:
        if name == "disparu":
            continue
        first_old.setdefault((key, name), old)
        last_new[(key, name)] = new
    for key, diffs in record.upsert.get("changements", {}).items():
        for name, old, new in diffs:
            first_old.setdefault((key, name), history_text(old))
            last_new[(key, name)] = history_text(new)
    out = {}
    for (key, name), old in first_old.items():
        new = last_new[(key, name)]
        if old != new:
            out.setdefault(key, []).append((name, old, new))
    return out


def sweep_news(rows: pd.DataFrame, record) -> tuple:
    """The cases as the report shows them (nouveau / modifié / inchangé / disparu, with the triage) and the counts
    of changes, from what :meth:`Register.record_sweep` wrote (news of interrupted sweeps included)."""
    keys = rows["numero_norm"]
    new_ids = set(record.upsert.get("nouveaux", [])) | record.pending.new
    changes = _net_changes(record)
    cases_out = rows.drop(columns=["geom_wkb"]).copy()
    cases_out["statut_veille"] = [record.triage.get(n, (TRIAGE_TO_EXAMINE, None))[0] for n in keys]
    cases_out["assignee"] = [record.triage.get(n, (TRIAGE_TO_EXAMINE, None))[1] for n in keys]
    cases_out["changement"] = [
        CHANGE_NEW if n in new_ids else (CHANGE_MODIFIED if n in changes else CHANGE_UNCHANGED) for n in keys
    ]
    cases_out["detail_changement"] = [
        "" if n in new_ids else "; ".join(f"{f} : {o or '∅'} → {v or '∅'}" for f, o, v in changes.get(n, []))
        for n in keys
    ]
    cases_out["geom_wkb"] = rows["geom_wkb"]
    gone = record.gone_rows
    gone = gone[~gone["numero_norm"].isin(record.pending.new)]  # never reported: a clean run would not know them
    if len(gone):
        g = gone.copy()
        g["changement"] = CHANGE_GONE
        g["detail_changement"] = GONE_DETAIL  # stored: French whatever the interface's language
        cases_out = pd.concat([cases_out, g[[c for c in cases_out.columns if c in g.columns]]], ignore_index=True)
    change_counts = {k: int((cases_out["changement"] == k).sum()) for k in CHANGE_KINDS}
    return cases_out, change_counts


#: ``parcels="auto"``: the sweep fetches the Etalab parcels of the permits' communes itself
AUTO_PARCELS = "auto"


def fetched_parcel_index(
    permits: pd.DataFrame, cadastre_url=None, cache_dir=None, is_cancelled=None, get=None
) -> tuple:
    """(ParcelIndex of the Etalab parcels of the permits' communes — their INSEE code, and the commune of each parcel
    they cite —, or None; French messages): fetched, or read from the cache (offline: the latest copy, its date
    said)."""
    from .. import config
    from ..imports import ParcelIndex
    from ..feeds.cadastre import ETALAB_CADASTRE, http_get, parcels_for_communes
    from ..imports.model import AVERTISSEMENT, RowMessage

    insees = set(permits["commune_insee"].dropna().unique()) if "commune_insee" in permits else set()
    if "parcelles" in permits:  # the communes of the parcels cited (a 14-character id starts with its INSEE code)
        cited = permits["parcelles"].dropna().astype(str).str.split(";").explode().str.strip()
        insees |= set(cited[cited.str.len() == 14].str.slice(0, 5).unique())
    fetched = parcels_for_communes(
        insees,
        cache_dir or (config.config_dir() / "cadastre"),
        cadastre_url or ETALAB_CADASTRE,
        get=get or http_get,
        is_cancelled=is_cancelled,
    )
    source = tr("cadastre Etalab")
    messages = [RowMessage(source, None, "parcelles", AVERTISSEMENT, text) for text in fetched.messages]
    index = ParcelIndex(fetched.table) if fetched.table is not None else None
    return index, messages


def run_sweep(
    sources: list,
    register,
    ref: ReferenceData,
    catalogue: Catalogue,
    out_dir,
    parcels=None,
    author: str = "veille",
    distance: float = 500.0,
    user_layers=None,
    danger_list=None,
    progress: Optional[Callable[[float, str], None]] = None,
    is_cancelled: Optional[Callable[[], bool]] = None,
    cadastre_url: Optional[str] = None,
    cadastre_cache=None,
    cadastre_get: Optional[Callable[[str], bytes]] = None,
    covisibility=None,
) -> SweepResult:
    """The weekly sweep: import, locate, screen, judge, record in the register (one transaction), report.

    ``parcels``: a parcel layer, or ``"auto"`` (AUTO_PARCELS): the Etalab parcels of the communes of the permits,
    fetched from ``cadastre_url`` (default: the public bundler) and kept in ``cadastre_cache`` (default: the
    configuration folder's «cadastre») with ``cadastre_get`` (default: urllib; QGIS passes its own network stack),
    see :mod:`veille_plugin.core.feeds.cadastre`. ``covisibility``: a profile source
    (:class:`..feeds.altimetry.ProfileSource`) for the covisibility over the relief of the permits with a height; None
    (the default): not computed, the sweep as without it.

    The output folder is checked before any work; the register is written in one transaction once everything
    before it succeeded; the outputs are then written under temporary names and renamed; the sweep is marked
    «terminé» last. A run killed at any point leaves either nothing or a sweep «en cours» whose news the next run
    reports (see :meth:`Register.record_sweep`)."""
    out_dir = prepare_out_dir(out_dir)
    timings, details = {}, {}
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[stage] = now - clock
        clock = now

    with register.sweep_lock():
        imported = import_sources(sources, progress, is_cancelled, details)
        messages = list(imported.messages)
        permits = imported.permits
        lap("import")

        if isinstance(parcels, str) and parcels == AUTO_PARCELS:
            _step(progress, 25, tr("Parcelles cadastrales des communes des dossiers…"), is_cancelled)
            parcels, fetch_messages = fetched_parcel_index(
                permits, cadastre_url, cadastre_cache, is_cancelled, cadastre_get
            )
            messages.extend(fetch_messages)
            lap("parcelles")
        _step(progress, 30, tr("Géolocalisation de {n} dossiers…").format(n=len(permits)), is_cancelled)
        geo = locate_permits(permits, ref, parcels, details)
        messages.extend(geo.messages)
        lap("geolocalisation")

        _step(progress, 45, tr("Analyse et règles…"), is_cancelled)
        if danger_list is None:
            danger_list = register.alerted_elements()  # R12: the elements under an open alert of this register
        if covisibility is not None:
            _step(progress, 50, tr("Covisibilité par-dessus le relief…"), is_cancelled)
        cs = screen_permits(permits, geo, ref, catalogue, distance, user_layers, danger_list, covisibility)
        details.update(cs.timings)
        lap("analyse")
        rows = register_rows(permits, geo, cs, ref, catalogue)
        unreadable = imported.unread_keys()
        # the rows hold all the register and the outputs need: the imported table, the footprints and the screening
        # go before the register's transaction (at 1,000,000 permits, over a gigabyte of the sweep's peak memory)
        del imported, permits, geo, cs
        lap("lignes")

        _step(progress, 75, tr("Comparaison avec le registre…"), is_cancelled)
        record = register.record_sweep(
            rows,
            [str(s.path) for s in sources],
            {s.stream for s in sources},
            catalogue.version,
            ref.version,
            author,
            keep=unreadable,
        )
        for key in record.kept:
            file_name, line = unreadable[key]
            messages.append(
                tr(
                    "{f}, ligne {n} : le dossier « {k} » n'est pas marqué « disparu » : sa ligne est là mais illisible "
                    "(voir le message de cette ligne)."
                ).format(f=file_name, n=line, k=key)
            )
        cases_out, change_counts = sweep_news(rows, record)
        lap("registre")
        counts = {
            "dossiers": int(len(rows)),
            "par_zone": {z: int((cases_out["zone"] == z).sum()) for z in ZONES_OUT},
            "par_severite": {k: int(v) for k, v in cases_out["severite"].value_counts().items()},
            "changements": change_counts,
            "messages": len(messages),
        }
        if record.pending.sweeps:
            counts["balayages_repris"] = record.pending.sweeps
            messages.append(
                tr(
                    "Le balayage n° {ids} s'était arrêté avant d'écrire ses résultats : ses nouveautés sont reprises "
                    "dans ce balayage."
                ).format(ids=", ".join(str(i) for i in record.pending.sweeps))
            )
            counts["messages"] = len(messages)
        _step(progress, 85, tr("Écriture des résultats…"), None)
        outputs = write_outputs(
            cases_out, out_dir, register, record.sweep_id, counts, messages, ref, catalogue, details=details
        )
        counts[FOLDER_KEY] = str(outputs["dossier"])  # the sweep's own folder, listed by the dock's sweep chooser
        register.finish_sweep(record.sweep_id, counts)
        lap("sorties")
    if progress is not None:
        progress(100, tr("Balayage terminé."))
    return SweepResult(record.sweep_id, counts, cases_out, messages, outputs, timings, details)


def _wkb_once_per_geometry(geoms: np.ndarray) -> np.ndarray:
    """The WKB (2D) of each geometry, written once per geometry object (the cases located by their commune share
    their commune's: a few hundred outlines for tens of thousands of rows, the same bytes object in each)."""
    codes, uniques = pd.factorize(np.fromiter(map(id, geoms), dtype=np.int64, count=len(geoms)))
    if len(uniques) == len(geoms):
        return shapely.to_wkb(geoms, output_dimension=2)
    first = np.zeros(len(uniques), dtype=np.int64)
    first[codes[::-1]] = np.arange(len(geoms))[::-1]
    return shapely.to_wkb(geoms[first], output_dimension=2)[codes]


def _looked_up(keys: np.ndarray, table: dict, otherwise: np.ndarray) -> np.ndarray:
    """``table[key]`` for each key (a code) found in ``table``, ``otherwise`` elsewhere (vectorised)."""
    index = pd.Index(list(table), dtype=object)
    values = np.array(list(table.values()) + [None], dtype=object)
    at = index.get_indexer(pd.Index(keys, dtype=object))
    return np.where(at >= 0, values[at], otherwise)


#: The key of a sweep's counts (in the register) that names the sweep's own dated folder
FOLDER_KEY = "dossier_resultats"
#: The files of a sweep, in its dated folder (the latest sweep's are also copied to the output folder itself)
OUTPUT_FILES = {"rapport": "rapport.html", "csv": "cases.csv", "gpkg": "cases.gpkg", "messages": "messages.txt"}


def sweep_folder_name(sweep_id, when: Optional[_dt.datetime] = None) -> str:
    """The name of a sweep's own folder: its date, hour and number, e.g. ``2026-12-07_1432_n12`` (sorted by date)."""
    when = when or _dt.datetime.now()
    return f"{when:%Y-%m-%d_%H%M}_n{int(sweep_id)}"


def sweep_report_path(sweep: dict) -> Optional[Path]:
    """The report of one sweep of the register (:meth:`Register.sweeps`), from the folder its counts name; None for a
    sweep that kept no folder (written before the dated folders, or interrupted)."""
    folder = (sweep.get("counts") or {}).get(FOLDER_KEY)
    return Path(folder) / OUTPUT_FILES["rapport"] if folder else None


def write_outputs(
    cases: pd.DataFrame, out_dir: Path, register, sweep_id, counts, messages, ref, catalogue, details=None
) -> dict:
    """Write the sweep's report, cases.csv, cases.gpkg and messages into its own dated folder inside ``out_dir``
    (:func:`sweep_folder_name`), kept for good, then copy them to ``out_dir`` itself as «the latest sweep»: each file
    is written in a temporary folder first, then renamed into place, so a crash never leaves a half-written file.
    Returns the files of the dated folder, with ``dossier`` (that folder) and ``dernier`` (the latest copy of the
    report)."""
    out_dir = prepare_out_dir(out_dir)
    try:
        return _write_outputs_atomically(cases, out_dir, register, sweep_id, counts, messages, ref, catalogue, details)
    except (OSError, OutputWriteError) as exc:  # OutputWriteError: a file written by core.atomic_files
        reason = getattr(exc, "reason", None) or getattr(exc, "strerror", None) or exc
        raise VeilleError(
            tr(
                "Écriture des résultats du balayage n° {id} impossible dans {d} ({err}). Le registre est à jour ; "
                "libérez de la place ou choisissez un autre dossier, puis relancez le balayage : ses nouveautés "
                "seront reprises."
            ).format(id=sweep_id, d=out_dir, err=reason)
        ) from None


def _remove_dead_staging(out_dir: Path) -> None:
    """Remove the staging folders that runs killed while writing left behind (named after their process)."""
    for folder in out_dir.glob(".balayage-*"):
        pid = folder.name.split("-")[1] if folder.name.count("-") >= 2 else ""
        if not pid.isdigit():
            continue
        try:
            os.kill(int(pid), 0)  # still running (another sweep writing into this folder): leave it
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            pass


def _write_outputs_atomically(cases, out_dir: Path, register, sweep_id, counts, messages, ref, catalogue, details):
    _remove_dead_staging(out_dir)
    staging = Path(tempfile.mkdtemp(prefix=f".balayage-{os.getpid()}-", dir=out_dir))
    try:
        written = _write_output_files(cases, staging, register, sweep_id, counts, messages, ref, catalogue, details)
        # the latest copies first (under temporary names), then the sweep's own folder, renamed whole into place;
        # a folder of that name already there (another register's sweep of the same number, that minute) is kept
        folder = out_dir / sweep_folder_name(sweep_id)
        k = 1
        while folder.exists():
            k += 1
            folder = out_dir / f"{sweep_folder_name(sweep_id)}-{k}"
        kept = staging / folder.name
        kept.mkdir()
        outputs = {}
        for key, path in written.items():
            latest = out_dir / path.name
            if path.exists():
                copy = staging / f".dernier-{path.name}"
                shutil.copy2(path, copy)
                os.replace(copy, latest)
                os.replace(path, kept / path.name)
            elif latest.exists():
                latest.unlink()  # no located case this time: the previous cases.gpkg must not pass for this sweep's
            outputs[key] = folder / path.name
        os.replace(kept, folder)
        outputs["dossier"] = folder
        outputs["dernier"] = out_dir / OUTPUT_FILES["rapport"]
        return outputs
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _write_output_files(cases, out_dir: Path, register, sweep_id, counts, messages, ref, catalogue, details) -> dict:
    from ..vector_io import geometries_from_wkb, write_gpkg_layer
    from .report import report_html

    details = {} if details is None else details
    cases = sort_by_priority(cases)  # what could harm the property most first, then what is new
    if "priorite_rang" in cases.columns:
        cases = cases.assign(priorite=priority_labels(cases["priorite_rang"], translated=False))
    csv = out_dir / "cases.csv"
    cols = [
        "numero",
        "priorite_rang",
        "priorite",
        "zone",
        "zone_commune",
        "elements",
        "severite",
        "regles",
        "statut_veille",
        "changement",
        "detail_changement",
        "type",
        "commune_insee",
        "commune_nom",
        "epci",
        "localisation",
        "parcelles",
        "adresse",
        "demandeur",
        "travaux",
        "elements_proches",
        "abords_mh",
        "composantes",
        "regles_donnee_manquante",
        "priorite_importance",
        "priorite_attribut",
        "priorite_172",
        "priorite_motif",
        "assignee",
        "date_depot",
        "statut_dossier",
        "source",
    ]
    from ..reports.spreadsheet_csv import write_spreadsheet_csv

    write_spreadsheet_csv(cases[[c for c in cols if c in cases.columns]], csv)  # BOM, «;», formulas neutralised
    gpkg = out_dir / "cases.gpkg"
    if gpkg.exists():
        gpkg.unlink()
    geoms = (
        geometries_from_wkb(cases["geom_wkb"].to_numpy(dtype=object))
        if "geom_wkb" in cases.columns
        else np.full(len(cases), None)
    )
    ok = ~pd.isna(geoms)
    # every field a text (as before); missing values are written NULL by write_gpkg_layer
    attrs = cases.loc[ok, [c for c in cols if c in cases.columns]].reset_index(drop=True).astype(object)
    start = time.perf_counter()
    if ok.any():
        write_gpkg_layer(
            gpkg, "dossiers", attrs, geoms[ok], description=tr("Dossiers du balayage {n}").format(n=sweep_id)
        )
    details["write_gpkg_layer"] = time.perf_counter() - start
    html = out_dir / "rapport.html"
    start = time.perf_counter()
    html.write_text(
        report_html(
            cases, register, sweep_id, counts, messages, ref, catalogue, when=_dt.datetime.now(), presorted=True
        ),
        encoding="utf-8",
    )
    details["report_html"] = time.perf_counter() - start
    log = out_dir / "messages.txt"
    log.write_text("\n".join(str(m) for m in messages) + ("\n" if messages else ""), encoding="utf-8")
    return {"rapport": html, "csv": csv, "gpkg": gpkg, "messages": log}
