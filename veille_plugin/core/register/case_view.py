"""One case as an instructor reads it in the «Veille» dock: what it is, where, who filed it, what the rules said.

Stored values are put in words (zone «zone_tampon» → «zone tampon», dates «2026-09-14» → «14/09/2026»), elements
and rules are named (63AO → «63AO Cité Jeanne d'Arc»; R05 → its title), and a field the source did not give is
said to be missing instead of being left out, so the instructor sees what to ask for."""

from dataclasses import dataclass
from typing import Optional

import numpy as np
import pandas as pd

from ..i18n import QT_TRANSLATE_NOOP, tr
from ..impact.assessment import reason_words
from ..impact.ordering import priority_label, priority_labels
from ..reports.html import escape, french_datetime, french_number
from ..sweep.filters import CaseFilter, change_marks
from ..vocabulary import SWEEP_INTERRUPTED, display

#: (field, French label) in the order the panel shows them
DETAIL_FIELDS = (
    ("numero", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Dossier")),
    ("priorite_rang", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Priorité")),
    ("priorite_motif", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Pourquoi cette priorité")),
    ("priorite_172", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Paragraphe 172")),
    ("type", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Type")),
    ("travaux", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Travaux")),
    ("nature", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Nature du projet")),
    ("hauteur", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Hauteur")),
    ("commune_nom", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Commune")),
    ("adresse", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Adresse")),
    ("parcelles", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Parcelles")),
    ("demandeur", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Demandeur")),
    ("date_depot", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Dépôt")),
    ("statut_dossier", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Statut du dossier")),
    ("zone", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Zone")),
    ("localisation", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Localisé par")),
    ("elements", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Éléments du Bien")),
    ("elements_proches", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Éléments proches")),
    ("abords_mh", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Abords de monuments historiques")),
    ("severite", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Sévérité")),
    ("regles", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Règles déclenchées")),
    ("regles_donnee_manquante", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Règles sans leur donnée")),
    ("avis", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Avis")),
    ("decision", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Décision")),
    ("conformite", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Travaux réalisés")),
    ("first_seen", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Vu pour la première fois")),
    ("source", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Source")),
)
#: Fields whose absence the instructor must know about (the rest are simply left out when empty)
EXPECTED_FIELDS = ("travaux", "commune_nom", "adresse", "parcelles", "demandeur", "date_depot")


def _missing(value) -> bool:
    if value is None or value is pd.NA:  # an integer column of the register (priorite_rang) reads pd.NA
        return True
    return value != value or str(value).strip() in ("", "<NA>", "nan", "None")


def _listed(value, names: dict) -> str:
    """«63AO;63AP» → «63AO Cité Jeanne d'Arc ; 63AP …» (unknown ids kept as they are)."""
    ids = [v.strip() for v in str(value).replace(",", ";").split(";") if v.strip()]
    return " ; ".join(f"{i} {names[i]}" if names.get(i) else i for i in ids)


def _with_date_and_by(case: dict, name: str) -> str:
    """«favorable, le 03/02/2025, par marie» from a follow-up field and its date, author or note."""
    parts = [display(case[name], name)]  # the stored French word, shown in the interface's language
    date = case.get(f"{name}_date")
    if not _missing(date):
        parts.append(tr("le {d}").format(d=french_datetime(date)))
    if name == "avis" and not _missing(case.get("avis_auteur")):
        parts.append(tr("par {a}").format(a=case["avis_auteur"]))
    if name == "conformite" and not _missing(case.get("conformite_note")):
        parts.append(str(case["conformite_note"]))
    return ", ".join(parts)


def case_details(case: dict, element_names=None, rule_titles=None) -> list:
    """[(French label, value in words)] of one case of the register; an expected field the source did not give
    reads «non renseigné»."""
    element_names = element_names or {}
    rule_titles = rule_titles or {}
    out = []
    for name, label in DETAIL_FIELDS:
        value = case.get(name)
        if _missing(value):
            if name in EXPECTED_FIELDS:
                out.append((tr(label), tr("non renseigné")))
            continue
        if name == "priorite_172" and str(value) != "oui":
            continue
        if name == "priorite_rang":
            text = priority_label(value)
        elif name == "priorite_172":
            text = tr(
                "effet grand ou très grand sur un attribut du Bien : à signaler au Centre du patrimoine mondial avant "
                "décision ; étude d'impact patrimonial recommandée"
            )
        elif name == "priorite_motif":
            text = reason_words(value)  # stored in French, read back in the interface's language
        elif name in ("zone", "localisation", "severite", "statut_dossier"):
            text = display(value, name)  # in words, in the interface's language («zone tampon», «buffer zone»)
        elif name in ("elements", "elements_proches", "abords_mh"):
            text = _listed(value, element_names)
        elif name in ("regles", "regles_donnee_manquante"):
            text = _listed(value, rule_titles)
        elif name in ("date_depot", "first_seen"):
            text = str(french_datetime(value))
        elif name in ("avis", "decision", "conformite"):
            text = _with_date_and_by(case, name)
        elif name == "hauteur":
            text = tr("{h} m").format(h=french_number(float(value), 1))
        else:
            text = str(value)
        out.append((tr(label), text))
    return out


def case_details_html(case: dict, element_names=None, rule_titles=None) -> str:
    """The case's details as a two-column HTML table for a Qt text browser (every value escaped)."""
    rows = "".join(
        f"<tr><td style='color:#566573;padding-right:8px'>{escape(label)}</td><td>{escape(text)}</td></tr>"
        for label, text in case_details(case, element_names, rule_titles)
    )
    return f"<table cellspacing='0' cellpadding='1'>{rows}</table>"


def detail_names(ref, catalogue) -> tuple:
    """(element id → name, rule id → title) for :func:`case_details`, from the reference data and the catalogue."""
    attrs = ref.elements.attributes
    elements = dict(zip(attrs["identifiant"].astype(str), attrs["nom"].fillna("").astype(str)))
    return elements, {r.id: tr(r.titre) for r in catalogue.rules}  # a title translated when a translation exists


#: The columns the «Veille» dock lists and filters on; the rest of a case (geometry included) is read when it is
#: chosen, so that a register of 100,000 cases loads a third of its bytes.
LIST_FIELDS = (
    "numero",
    "numero_norm",
    "priorite_rang",
    "priorite_importance",
    "commune_nom",
    "commune_insee",
    "epci",
    "zone",
    "severite",
    "regles",
    "elements",
    "travaux",
    "statut_veille",
    "assignee",
    "date_depot",
    "type",
    "localisation",
    "first_sweep",
    "last_sweep",
    "disparu",
    "avis",  # with «decision»: the «Autorisés sans avis» filter (issue 29)
    "decision",
)


@dataclass
class CaseList:
    """What the «Veille» dock shows: the listed columns of every case, the sweeps (oldest first, interrupted ones
    left out), the sweep whose flags are shown and those flags (one per case: nouveau, modifié, disparu or ""), and
    the filters of those cases, prepared."""

    cases: pd.DataFrame
    sweeps: list
    shown_sweep: Optional[int]
    marks: np.ndarray
    label: str
    case_filter: CaseFilter


def sweep_marks(register, cases: pd.DataFrame, sweep_id: Optional[int]) -> np.ndarray:
    """The nouveau/modifié/disparu flag of each case for one sweep, read back from the register's history."""
    if sweep_id is None:
        return np.full(len(cases), "", dtype=object)
    changes = register.sweep_changes(int(sweep_id))
    return change_marks(cases, changes["modified"], int(sweep_id), changes["gone"])


def load_case_list(register, sweep_id: Optional[int] = None) -> CaseList:
    """The dock's list from ``register``: ``sweep_id`` chooses whose flags are shown (default: the latest sweep;
    an id the register does not hold falls back to the latest)."""
    present = [f for f in LIST_FIELDS if f in register.present_fields()]
    cases = register.case_columns(present)
    for name in LIST_FIELDS:
        if name not in cases:
            cases[name] = None
    cases["priorite"] = priority_labels(cases["priorite_rang"])  # «1 – très haute», as the list shows it
    sweeps = [sw for sw in register.sweeps() if sw["status"] != SWEEP_INTERRUPTED]
    ids = [int(sw["id"]) for sw in sweeps]
    shown = sweep_id if sweep_id in ids else (ids[-1] if ids else None)
    label = getattr(register, "description", None) or ""
    marks = sweep_marks(register, cases, shown)
    return CaseList(cases, sweeps, shown, marks, label, CaseFilter(cases).prepare())


def screen_register_case(case: dict, ref, catalogue, danger_list=None, user_layers=None):
    """The rules applied again to one case of the register, for its fiche: its footprint, type, works, nature and
    height, and its identity block from the register (commune, address, parcels, applicant, filing date). A case
    located only by its commune stays «à vérifier» (the approximate-location rule)."""
    import shapely

    from ..rules.case_screening import screen_cases

    wkb = case.get("geom_wkb")
    geom = shapely.from_wkb(wkb) if wkb is not None and not _missing(wkb) else None
    commune = case.get("commune_nom")
    if not _missing(commune) and not _missing(case.get("commune_insee")):
        commune = f"{commune} ({case['commune_insee']})"
    identity = {
        "commune": commune,
        "adresse": case.get("adresse"),
        "parcelles": case.get("parcelles"),
        "demandeur": case.get("demandeur"),
        "date_depot": case.get("date_depot"),
    }
    height = case.get("hauteur")
    return screen_cases(
        [geom],
        ref,
        catalogue,
        ids=[case.get("numero")],
        case_type=[case.get("type") if not _missing(case.get("type")) else None],
        works=[case.get("travaux")],
        nature=[case.get("nature")],
        height_m=[None if _missing(height) else height],
        danger_list=danger_list,
        user_layers=user_layers,
        identity={k: [None if _missing(v) else v] for k, v in identity.items()},
        approximate=[case.get("localisation") == "commune"],
    )
