"""The weekly sweep: import the permit lists, locate and screen every case, apply the rules,
compare with the register (nouveau / modifié / inchangé / disparu), write the outputs.

One function, :func:`run_sweep`, used by the command line, the Processing algorithm and the
«Veille» dock (as a background task: ``progress`` and ``is_cancelled`` callbacks). Nothing already
stored is lost: the register is only written in one transaction at the end, after everything
else succeeded, and a cancelled sweep writes nothing.
"""

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

import numpy as np
import pandas as pd
import shapely

from ..errors import VeilleError
from ..i18n import tr
from ..reference.data import ReferenceData
from ..rules.case_screening import screen_cases
from ..rules.catalogue import Catalogue
from ..vocabulary import SEVERITIES_DISPLAY

ZONES_OUT = ("bien", "zone_tampon", "hors", "non_localise")


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
    """What a sweep did: its id, counts, output files and messages."""

    sweep_id: int
    counts: dict
    cases: pd.DataFrame  # one row per case of this sweep (+ disappeared ones)
    messages: list = field(default_factory=list)
    outputs: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        """The result as plain data (JSON output)."""
        return {
            "balayage": self.sweep_id,
            "comptes": self.counts,
            "sorties": {k: str(v) for k, v in self.outputs.items()},
            "messages": [str(m) for m in self.messages],
        }


def _step(progress, pct, text, is_cancelled):
    if is_cancelled is not None and is_cancelled():
        raise SweepCancelledError(tr("Balayage annulé : rien n'a été écrit dans le registre."))
    if progress is not None:
        progress(pct, text)


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
) -> SweepResult:
    """The weekly sweep: import, locate, screen, judge, compare with the register, record, report."""
    from ..imports import ParcelIndex, geolocate, read_permits
    from ..register.model import CASE_FIELDS

    out_dir = Path(out_dir)
    messages = []
    frames = []
    for k, spec in enumerate(sources):
        _step(
            progress,
            5 + 20 * k / max(1, len(sources)),
            tr("Import de {f}…").format(f=Path(spec.path).name),
            is_cancelled,
        )
        result = read_permits(spec.path, fmt=spec.fmt, mapping=spec.mapping)
        messages.extend(result.messages)
        df = result.df.copy()
        df["flux"] = spec.stream  # «source» keeps the file name for messages until the rows are built
        frames.append(df)
    permits = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    if permits.empty:
        raise VeilleError(
            tr("Aucun dossier lisible dans les sources : {s}.").format(s=", ".join(str(s.path) for s in sources))
        )
    # one case per dossier number: the last occurrence wins, the others are reported
    dup = permits.duplicated("numero_norm", keep="last") & permits["numero_norm"].notna()
    for _, row in permits[dup].iterrows():
        messages.append(
            tr(
                "{src}, ligne {row} : dossier « {n} » en double dans l'import ; la dernière occurrence est retenue."
            ).format(src=row.get("source") or row.get("flux"), row=row.get("ligne"), n=row["numero"])
        )
    permits = permits[~dup & permits["numero_norm"].notna()].reset_index(drop=True)

    _step(progress, 30, tr("Géolocalisation de {n} dossiers…").format(n=len(permits)), is_cancelled)
    index = ParcelIndex.from_file(parcels) if isinstance(parcels, (str, Path)) else parcels
    geo = geolocate(permits, ref, index)
    messages.extend(geo.messages)
    if "geometrie_l93" in permits.columns:  # permits read from a vector layer carry their own footprint
        own = permits["geometrie_l93"].to_numpy(dtype=object)
        has = ~pd.isna(own)
        geo.geometries = np.where(has, own, geo.geometries)
        geo.localisation = np.where(has, "geometrie", np.asarray(geo.localisation, dtype=object))

    _step(progress, 45, tr("Analyse et règles…"), is_cancelled)
    if danger_list is None and register is not None:
        danger_list = register.alerted_elements()  # R12: the elements under an open alert of this register
    located = np.asarray(geo.localisation) != "non_localise"
    cs = screen_cases(
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
    )
    table = cs.table()
    zone = np.where(located, table["zone"].to_numpy(dtype=object), "non_localise")
    zone = np.where(zone == "erreur", "non_localise", zone)

    rows = pd.DataFrame(index=permits.index)
    for name in (
        "numero",
        "numero_norm",
        "type",
        "commune_insee",
        "commune_nom",
        "parcelles",
        "adresse",
        "travaux",
        "nature",
        "hauteur",
        "date_depot",
        "statut_dossier",
    ):
        rows[name] = permits[name] if name in permits.columns else None
    rows["source"] = permits["flux"]
    # the commune code actually used by the geolocation (also found from a commune name alone)
    insee = [
        g if isinstance(g, str) and g else c
        for g, c in zip(getattr(geo, "insee", permits["commune_insee"]), permits["commune_insee"])
    ]
    rows["commune_insee"] = insee
    official = dict(zip(ref.communes.attributes["insee"], ref.communes.attributes["nom"]))
    rows["commune_nom"] = [
        official.get(c, n) if isinstance(c, str) else n for c, n in zip(insee, permits["commune_nom"])
    ]
    rows["epci"] = _epci_of(ref, rows)
    rows["localisation"] = geo.localisation
    rows["zone"] = zone
    for name, col in (
        ("composantes", "composantes"),
        ("elements", "elements"),
        ("elements_proches", "elements_proches"),
        ("abords_mh", "abords_mh"),
        ("severite", "severite"),
        ("regles", "regles"),
        ("regles_donnee_manquante", "regles_donnee_manquante"),
    ):
        rows[name] = np.where(located, table[col].to_numpy(dtype=object), "")
    # located only by its commune: the zone says whether the commune holds the Bien or the zone tampon,
    # but no element or rule is attributed from a whole commune (that would inflate severities and clusters)
    imprecise = np.asarray(geo.localisation, dtype=object) == "commune"
    for name in ("composantes", "elements", "elements_proches", "abords_mh", "regles", "regles_donnee_manquante"):
        rows[name] = np.where(imprecise, "", rows[name])
    rows["severite"] = np.where(
        located & ~imprecise, rows["severite"], "à vérifier"
    )  # unlocated or imprecise: look at it
    rows["catalogue_version"] = catalogue.version
    rows["donnees_version"] = ref.version
    rows["geom_wkb"] = shapely.to_wkb(np.where(located, cs.cases.geometries, None), output_dimension=2)
    for name, _kind in CASE_FIELDS:
        if name not in rows.columns and name not in (
            "statut_veille",
            "assignee",
            "first_seen",
            "last_seen",
            "first_sweep",
            "last_sweep",
            "disparu",
        ):
            rows[name] = None

    _step(progress, 75, tr("Comparaison avec le registre…"), is_cancelled)
    sweep_id = register.start_sweep([str(s.path) for s in sources], catalogue.version, ref.version, author)
    try:
        upsert = register.upsert_cases(rows, sweep_id, author)
        streams = sorted({s.stream for s in sources})
        before = register.get_cases()
        gone = before[
            (before["source"].isin(streams))
            & (before["disparu"].fillna(0).astype(int) == 0)
            & (~before["numero_norm"].isin(rows["numero_norm"]))
        ]
        if len(gone):
            register.mark_disappeared(gone["numero_norm"].tolist(), sweep_id, author)
    except Exception:
        register.finish_sweep(sweep_id, {}, status="échoué")
        raise
    counts_change = {k: int(upsert.get(k, 0)) for k in ("nouveau", "modifié", "inchangé")}
    counts_change["disparu"] = int(len(gone))
    changes = upsert.get("changements", {})
    state = register.get_cases(rows["numero_norm"].tolist() + gone["numero_norm"].tolist())
    state = state.set_index("numero_norm")
    change = {}
    for n in rows["numero_norm"]:
        if n in changes and changes[n]:
            change[n] = "modifié"
    new_ids = set(upsert.get("nouveaux", []))
    cases_out = rows.drop(columns=["geom_wkb"]).copy()
    cases_out["statut_veille"] = [state["statut_veille"].get(n, "à examiner") for n in cases_out["numero_norm"]]
    cases_out["assignee"] = [state["assignee"].get(n) for n in cases_out["numero_norm"]]
    cases_out["changement"] = [
        "nouveau" if n in new_ids else change.get(n, "inchangé") for n in cases_out["numero_norm"]
    ]
    cases_out["detail_changement"] = [
        "; ".join(f"{f} : {o or '∅'} → {v or '∅'}" for f, o, v in changes.get(n, [])) for n in cases_out["numero_norm"]
    ]
    cases_out["geom_wkb"] = rows["geom_wkb"]
    if len(gone):
        g = gone.copy()
        g["changement"] = "disparu"
        g["detail_changement"] = tr("absent de cette livraison de la source")
        cases_out = pd.concat([cases_out, g[[c for c in cases_out.columns if c in g.columns]]], ignore_index=True)

    counts = {
        "dossiers": int(len(rows)),
        "par_zone": {z: int((cases_out["zone"] == z).sum()) for z in ZONES_OUT},
        "par_severite": {k: int(v) for k, v in cases_out["severite"].value_counts().items()},
        "changements": counts_change,
        "messages": len(messages),
    }
    _step(progress, 85, tr("Écriture des résultats…"), None)
    outputs = write_outputs(cases_out, out_dir, register, sweep_id, counts, messages, ref, catalogue)
    register.finish_sweep(sweep_id, counts)
    if progress is not None:
        progress(100, tr("Balayage terminé."))
    return SweepResult(sweep_id, counts, cases_out, messages, outputs)


def _epci_of(ref: ReferenceData, permits: pd.DataFrame) -> np.ndarray:
    com = ref.communes.attributes
    by_insee = dict(zip(com["insee"], com["epci_nom"]))
    return (
        permits["commune_insee"].map(lambda c: by_insee.get(c) if isinstance(c, str) else None).to_numpy(dtype=object)
    )


def write_outputs(cases: pd.DataFrame, out_dir: Path, register, sweep_id, counts, messages, ref, catalogue) -> dict:
    """Write the sweep's report, cases.csv, cases.gpkg and messages into a folder."""
    from ..vector_io import write_gpkg_layer
    from .report import report_html

    out_dir.mkdir(parents=True, exist_ok=True)
    order = {"nouveau": 0, "modifié": 1, "disparu": 2, "inchangé": 3}
    sev = {s: k for k, s in enumerate(SEVERITIES_DISPLAY)}
    cases = (
        cases.assign(_o=cases["changement"].map(order).fillna(9), _s=cases["severite"].map(sev).fillna(9))
        .sort_values(["_o", "_s", "numero"])
        .drop(columns=["_o", "_s"])
    )
    csv = out_dir / "cases.csv"
    cols = [
        "numero",
        "zone",
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
        "travaux",
        "elements_proches",
        "abords_mh",
        "composantes",
        "regles_donnee_manquante",
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
        shapely.from_wkb(cases["geom_wkb"].to_numpy(dtype=object))
        if "geom_wkb" in cases.columns
        else np.full(len(cases), None)
    )
    ok = ~pd.isna(geoms)
    attrs = (
        cases.loc[ok, [c for c in cols if c in cases.columns]]
        .reset_index(drop=True)
        .astype(object)
        .where(lambda d: d.notna(), None)
    )
    if ok.any():
        write_gpkg_layer(
            gpkg, "dossiers", attrs, geoms[ok], description=tr("Dossiers du balayage {n}").format(n=sweep_id)
        )
    html = out_dir / "rapport.html"
    html.write_text(
        report_html(cases, register, sweep_id, counts, messages, ref, catalogue, when=_dt.datetime.now()),
        encoding="utf-8",
    )
    log = out_dir / "messages.txt"
    log.write_text("\n".join(str(m) for m in messages) + ("\n" if messages else ""), encoding="utf-8")
    return {"rapport": html, "csv": csv, "gpkg": gpkg, "messages": log}
