"""Screening of cases: location (screening engine) + management-plan rules, in one call.

The command line, the Processing algorithms, the «Règles» dock and the screening note all go
through here, so a case gets the same answer wherever it is examined.
"""

import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import numpy as np
import pandas as pd

from ..crs import L93
from ..errors import InputError
from ..feeds.servitudes import ServitudesVersion, latest_version, with_official_layers
from ..i18n import tr
from ..impact.assessment import Assessment, assess_cases, describe_priority, priority_columns
from ..impact.method import ImpactMethod, load_method
from ..reports.html import french_datetime
from ..reference.data import ReferenceData
from ..reference.monuments import monument_reference
from ..screening.engine import (
    DEFAULT_DISTANCE_M,
    BatchScreening,
    describe,
    prepare_geometries,
    screen_geometries,
    to_dataframe,
)
from ..screening.location_precision import approximate_columns, commune_touches, is_approximate
from ..vocabulary import KNOWN_USER_LAYERS, SEVERITY_CHECK, ZONE_COMMUNE
from ..text import strip_accents
from ..vector_io import read_vector
from .cases import Cases, make_cases, normalize_case_type
from .catalogue import Catalogue
from .engine import Context, RuleResults, describe_case, evaluate_rules, results_table

LARGE_BATCH = 10_000


@dataclass
class CaseScreening:
    """Cases located and judged: the cases, their screening and the rules' results."""

    cases: Cases
    screening: BatchScreening
    rules: RuleResults
    context: Context
    labels: Optional[list] = None
    #: Seconds per step (prepare_geometries, screen_geometries, make_cases, evaluate_rules).
    timings: dict = field(default_factory=dict)
    #: One flag per case: located only approximately (a whole commune), see screening.location_precision.
    approximate: Optional[np.ndarray] = None
    #: What identifies each case for the fiche (commune, address, parcels, applicant, dates): {field: array}.
    identity: dict = field(default_factory=dict)
    #: The priority of each case (impact assessment, :mod:`..impact.assessment`), beside the rules' verdicts.
    impact: Optional[Assessment] = None

    def identity_of(self, i: int) -> dict:
        """Case ``i``'s identity block: each of IDENTITY_FIELDS as given, dates in French; a commune not given is
        the one its geometry lies in (the reference communes)."""
        out = {}
        for name in IDENTITY_FIELDS:
            values = self.identity.get(name)
            value = None if values is None else values[i]
            text = "" if value is None or value != value else str(value).strip()
            out[name] = french_datetime(text) if name in ("date_depot", "date_limite") and text else text
        geom = self.cases.geometries[i]
        if not out["commune"] and self.screening.ok[i] and geom is not None:
            communes = self.context.ref.communes
            hits = sorted(communes.tree.query(geom, predicate="intersects"))
            out["commune"] = ", ".join(
                f"{communes.attributes['nom'].iloc[j]} ({communes.attributes['insee'].iloc[j]})" for j in hits[:3]
            )
        return out

    @property
    def n(self):
        """Number of cases."""
        return len(self.cases)

    def record(self, i: int, include_non_applicable: bool = False) -> dict:
        """Everything about case ``i``: location, verdicts with reasons, severity, consultations."""
        ref = self.context.ref
        loc = describe(self.screening, ref, i, label=self.labels[i] if self.labels else None)
        rules = describe_case(self.rules, self.cases, self.context, i, include_non_applicable)
        c = self.cases
        loc["cas"] = {
            "identifiant": c.ids[i],
            "type": c.case_type[i],
            "travaux": c.works_raw[i],
            "nature_projet": c.nature_raw[i],
            "hauteur_m": None if np.isnan(c.height_m[i]) else float(c.height_m[i]),
            "emprise_m2": None if np.isnan(c.footprint_m2[i]) else round(float(c.footprint_m2[i]), 1),
        }
        loc.update(rules)
        if self.impact is not None:
            loc["priorite"] = describe_priority(self.impact, i)
        if self.approximate is not None and self.approximate[i]:
            # a whole commune says where the commune is, not the case: nothing attributed, to be looked at
            loc["zone_commune"], loc["zone"] = loc["zone"], ZONE_COMMUNE
            loc["zone_libelle"] = tr("Localisé à la commune seulement (localisation approximative)")
            loc.update(composantes=[], elements_intersectes=[], elements_proches=[], abords_mh=[], verdicts=[])
            loc.update(severite_globale=SEVERITY_CHECK, consultations=[], regles_donnee_manquante=[])
            loc["explication"] = tr(
                "Localisé seulement par sa commune : on ne sait pas s'il est dans le Bien ou la zone tampon. La "
                "commune {where}. Localisez le dossier (parcelle ou coordonnées) pour l'analyser."
            ).format(where=commune_touches(loc["zone_commune"]))
        loc["identite"] = self.identity_of(i)
        loc["donnees_reference"] = ref.version
        loc["couches_utilisateur"] = sorted(self.context.user_layers)
        loc["liste_peril"] = self.context.danger_list is not None
        if self.context.covisibility is not None:
            loc["covisibilite"] = self.covisibility_of(i)
        return loc

    def covisibility_of(self, i: int) -> list:
        """The sight lines over the relief computed for case ``i`` (nearest element first), for the fiche and
        ``screen --json``: element, the rules that asked for it, the answer and its figures."""
        cov = self.context.covisibility
        if cov is None:
            return []
        a = self.context.ref.elements.attributes
        out = []
        for element, sight in cov.of_case(i):
            rules = sorted(r for (c, r), asked in cov.asked.items() if c == i and element in asked)
            out.append(
                {
                    "element": a["identifiant"].iloc[element],
                    "nom": a["nom"].iloc[element],
                    "regles": rules,
                    **sight.to_dict(),
                }
            )
        return out

    def table(self) -> pd.DataFrame:
        """One row per case (vectorised)."""
        parts = [to_dataframe(self.screening, self.context.ref), results_table(self.rules)]
        if self.impact is not None:
            parts.append(priority_columns(self.impact))
        # the columns gathered, the approximate-location rule applied to them, then framed once
        columns = {"identifiant": self.cases.ids, "type": self.cases.case_type}
        for part in parts:
            columns.update({name: part[name].array for name in part.columns})
        if self.approximate is not None:
            columns = approximate_columns(columns, self.approximate)
        return pd.DataFrame(columns, index=pd.RangeIndex(self.n))


def screen_cases(
    geometries,
    ref: ReferenceData,
    catalogue: Catalogue,
    crs=L93,
    ids=None,
    case_type=None,
    works=None,
    nature=None,
    height_m=None,
    footprint_m2=None,
    distance: float = 500.0,
    user_layers=None,
    danger_list=None,
    labels=None,
    default_type="projet",
    approximate=None,
    identity=None,
    impact_method: Optional[ImpactMethod] = None,
    servitudes: Optional[ServitudesVersion] = None,
    covisibility=None,
    covisibility_progress=None,
) -> CaseScreening:
    """Locate cases, apply the catalogue to them and assess their priority (vectorised over the batch).
    ``approximate`` flags the cases located only by their commune (the approximate-location rule); ``identity``
    ({field: value or one value per case}, fields of IDENTITY_FIELDS) is what the fiche's identity block shows;
    ``impact_method`` is the impact-assessment method (the embedded one by default); ``servitudes`` is the version of
    the servitudes the rules read (PDA, site classé) and whose AC1 générateurs complete the monuments historiques of
    the reference data (:mod:`..reference.monuments`): the latest stored version when None, ``ServitudesVersion()``
    for none. ``covisibility``: a profile source (:class:`..feeds.altimetry.ProfileSource`) for the covisibility over
    the relief that rules R03, R09 and R10 ask for (:mod:`.covisibility_pairs`, ``covisibility_progress(fraction)``
    told along); None, the default: not computed, and everything is as without it."""
    timings = {}
    servitudes = latest_version() if servitudes is None else servitudes
    ref = monument_reference(ref, servitudes)  # the MH of the reference data and of the AC1 générateurs
    start = time.perf_counter()
    prepared = prepare_geometries(geometries, crs, labels)
    timings["prepare_geometries"] = time.perf_counter() - start
    # for large batches the nearest element is only sought within the screening distance
    # (an unbounded nearest search dominates the cost: ~4x the whole screening on 1M points)
    nearest_max = None if len(prepared.geometries) <= LARGE_BATCH else distance
    result = screen_geometries(
        prepared.geometries, ref, distance, ok=prepared.ok, messages=prepared.messages, nearest_max_distance=nearest_max
    )
    timings["screen_geometries"] = result.seconds
    start = time.perf_counter()
    cases = make_cases(
        prepared.geometries,
        ids=ids,
        case_type=case_type,
        works=works,
        nature=nature,
        height_m=height_m,
        footprint_m2=footprint_m2,
        default_type=default_type,
    )
    timings["make_cases"] = time.perf_counter() - start
    start = time.perf_counter()
    layers, sources = with_official_layers(user_layers, version=servitudes)  # GPU servitudes, unless the user's
    ctx = Context(ref, result, layers, danger_list, layer_sources=sources)
    rules = evaluate_rules(catalogue, cases, ctx)
    timings["evaluate_rules"] = time.perf_counter() - start
    flags = None if approximate is None else np.asarray(approximate, dtype=bool)
    if covisibility is not None:
        from .covisibility_pairs import compute_covisibility

        start = time.perf_counter()
        ctx.covisibility = compute_covisibility(cases, ctx, rules, covisibility, flags, covisibility_progress)
        timings["covisibility"] = time.perf_counter() - start
    start = time.perf_counter()
    impact = assess_cases(
        cases, result, ref, impact_method or load_method(), approximate=flags, covisibility=ctx.covisibility
    )
    timings["assess_impact"] = time.perf_counter() - start
    n = len(cases)
    idents = {}
    for name, values in (identity or {}).items():
        if name not in IDENTITY_FIELDS or values is None:
            continue
        arr = np.full(n, values, dtype=object) if isinstance(values, str) else np.asarray(list(values), dtype=object)
        if len(arr) != n:
            raise InputError(tr("Champ « {f} » : {k} valeurs pour {n} cas.").format(f=name, k=len(arr), n=n))
        idents[name] = arr
    labels = list(labels) if labels is not None else None
    return CaseScreening(cases, result, rules, ctx, labels, timings, flags, idents, impact)


# ----------------------------------------------------------------------------- inputs


def load_user_layers(specs) -> dict:
    """``["cones_de_vue=vues.gpkg", …]`` → {name: shapely array in EPSG:2154}. French errors name the file."""
    layers = {}
    for spec in specs or []:
        if "=" not in spec:
            raise InputError(
                tr(
                    "Couche utilisateur « {s} » : écrivez NOM=FICHIER, par exemple cones_de_vue=cones.gpkg. Noms "
                    "connus : {names}."
                ).format(s=spec, names=", ".join(KNOWN_USER_LAYERS))
            )
        name, path = spec.split("=", 1)
        name = name.strip()
        if name not in KNOWN_USER_LAYERS:
            raise InputError(
                tr("Couche utilisateur inconnue « {n} ». Noms connus : {names}.").format(
                    n=name, names=", ".join(KNOWN_USER_LAYERS)
                )
            )
        table = read_vector(path)
        prepared = prepare_geometries(
            table.geometries, table.crs, [f"{Path(path).name}, entité {i + 1}" for i in range(len(table))]
        )
        errors = [m.text for m in prepared.messages if m.level == "erreur"]
        if errors and not prepared.ok.any():
            raise InputError(tr("Couche {n} ({p}) inutilisable : {e}").format(n=name, p=path, e=errors[0]))
        layers[name] = prepared.geometries[prepared.ok]
    return layers


DANGER_LIST_COLUMNS = ("identifiant", "id_unesco", "element", "id")
_ELEMENT_ID = re.compile(r"^\d{1,3}[A-Z]{0,3}$")


def load_danger_list(path) -> set:
    """Element ids on the danger list: a CSV with an «identifiant» (or «id_unesco», «element», «id») column, or one
    element id per line. Anything else is refused with a French message naming the file, the line or the columns
    expected: a list that cannot be read must never make rule R12 answer «conforme»."""
    from ..imports.model import decode_text

    path = Path(path)
    if not path.exists():
        raise InputError(tr("Liste des sites en péril introuvable : {p}.").format(p=path))
    text, _encoding = decode_text(path)
    lines = [(k + 1, line.strip()) for k, line in enumerate(text.splitlines()) if line.strip()]
    if not lines:
        raise InputError(
            tr("Liste des sites en péril {p} vide : une colonne « identifiant » et un identifiant par ligne.").format(
                p=path.name
            )
        )
    first = lines[0][1]
    sep = next((c for c in (";", "\t", ",") if c in first), None)
    if sep is not None:
        header = [h.strip().strip('"').lower() for h in first.split(sep)]
        column = next((c for c in DANGER_LIST_COLUMNS if c in header), None)
        if column is None:
            raise InputError(
                tr(
                    "Liste des sites en péril {p} : aucune colonne d'identifiant. Colonnes attendues : {want} ; "
                    "colonnes trouvées : {found}."
                ).format(p=path.name, want=", ".join(DANGER_LIST_COLUMNS), found=", ".join(header))
            )
        k = header.index(column)
        filled = [(n, row) for n, row in lines[1:] if row.replace(sep, "").replace('"', "").strip()]  # «;;» rows
        values = [(n, (row.split(sep) + [""] * (k + 1))[k].strip().strip('"')) for n, row in filled]
    else:
        body = lines[1:] if first.lower() in DANGER_LIST_COLUMNS else lines
        values = [(n, row.strip('"')) for n, row in body]
    ids = set()
    for n, value in values:
        if not value:  # a blank cell is a row that lost its identifier, not «no site»
            raise InputError(
                tr(
                    "Liste des sites en péril {p}, ligne {n} : identifiant vide. Complétez ou supprimez la ligne."
                ).format(p=path.name, n=n)
            )
        if not _ELEMENT_ID.match(value.upper()):
            raise InputError(
                tr(
                    "Liste des sites en péril {p}, ligne {n} : « {v} » n'est pas un identifiant d'élément du Bien "
                    "(ex. 63V, 19D, 1)."
                ).format(p=path.name, n=n, v=value[:40])
            )
        ids.add(value.upper())
    if not ids:
        raise InputError(
            tr(
                "Liste des sites en péril {p} : aucun identifiant sous l'en-tête. Une liste vide ne se distingue pas "
                "d'un fichier tronqué : sans liste, la règle R12 lit les alertes ouvertes du registre."
            ).format(p=path.name)
        )
    return ids


#: The fields of a fiche's identity block (besides the number, type and works of :class:`Cases`).
IDENTITY_FIELDS = ("commune", "adresse", "parcelles", "demandeur", "date_depot", "date_limite")
#: Their usual column names in a table (the register's own names first).
IDENTITY_COLUMNS = {
    "commune": ("commune_nom", "commune", "nom_commune"),
    "adresse": ("adresse", "adresse_terrain"),
    "parcelles": ("parcelles", "parcelle", "references_cadastrales"),
    "demandeur": ("demandeur", "petitionnaire"),
    "date_depot": ("date_depot", "depot", "date_de_depot"),
    "date_limite": ("date_limite", "date_limite_reponse", "delai", "echeance"),
}

CASE_COLUMNS = {
    "ids": ("numero", "num_dossier", "identifiant", "id", "dossier"),
    "case_type": ("type", "type_dossier", "type_dau", "nature_dossier"),
    "works": ("travaux", "nature_travaux", "description", "objet", "libelle"),
    "nature": ("nature_projet", "nature"),
    "height_m": ("hauteur", "hauteur_m"),
    "footprint_m2": ("emprise", "emprise_m2", "surface", "surface_m2"),
    "localisation": ("localisation", "precision_localisation"),
}


def case_columns(attributes: pd.DataFrame) -> dict:
    """Find the case fields in a table's columns (case-insensitive, accents ignored)."""
    lower = {strip_accents(str(c)).lower().strip().replace(" ", "_"): c for c in attributes.columns}
    out = {}
    for key, names in CASE_COLUMNS.items():
        for n in names:
            if n in lower:
                out[key] = attributes[lower[n]].to_numpy(dtype=object)
                break
    identity = {}
    for key, names in IDENTITY_COLUMNS.items():
        found = next((lower[n] for n in names if n in lower), None)
        if found is not None:
            identity[key] = attributes[found].to_numpy(dtype=object)
    if identity:
        out["identity"] = identity
    return out


def priorities_for_rows(
    rows: pd.DataFrame,
    ref: ReferenceData,
    method: Optional[ImpactMethod] = None,
    servitudes: Optional[ServitudesVersion] = None,
) -> pd.DataFrame:
    """The priority columns of register rows assessed now (``geom_wkb``, ``type``, ``travaux``, ``nature``,
    ``hauteur``, ``localisation``): for the cases recorded before the priority existed (register schema < 11) and not
    swept since. Same method, same monuments (``servitudes`` as in :func:`screen_cases`) and same result as a sweep;
    index of ``rows`` kept."""
    import shapely

    ref = monument_reference(ref, latest_version() if servitudes is None else servitudes)

    wkb = rows["geom_wkb"].to_numpy(dtype=object) if "geom_wkb" in rows.columns else np.full(len(rows), None)
    geoms = shapely.from_wkb(np.where(pd.isna(wkb), None, wkb))
    result = screen_geometries(geoms, ref, DEFAULT_DISTANCE_M)

    def col(name):
        return rows[name].to_numpy(dtype=object) if name in rows.columns else None

    types = pd.Series(col("type") if "type" in rows.columns else [None] * len(rows), dtype=object)
    cases = make_cases(
        geoms,
        ids=col("numero"),
        case_type=types.map(lambda t: t if normalize_case_type(t) else "projet").to_numpy(dtype=object),
        works=col("travaux"),
        nature=col("nature"),
        height_m=col("hauteur"),
    )
    approximate = is_approximate(col("localisation")) if "localisation" in rows.columns else None
    assessment = assess_cases(cases, result, ref, method or load_method(), approximate=approximate)
    return priority_columns(assessment).set_index(rows.index)
