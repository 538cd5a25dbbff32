"""Indicators for the evaluation of the management plan's commitments (issue 17; the steering committee and the
five-year evaluation, 002 L1990–2006), computed from the register and its history. Each indicator carries its
definition; the yearly series are drawn as bar charts (inline SVG, printable) in the A4 report.
"""

import datetime as _dt
import json
from typing import Dict, List

import pandas as pd

from ..atomic_files import OutputSet, make_dirs
from ..i18n import QT_TRANSLATE_NOOP, tr
from ..vocabulary import AVIS_VALUES, DECISION_GRANTED, ZONE_BIEN, display
from ..register.conditions import worsened
from .committee import CSS
from .html import escape, french_number
from .spreadsheet_csv import write_spreadsheet_csv

_CASE_COLUMNS = ["numero", "type", "travaux", "zone", "first_seen", "avis", "decision"]
#: CNIG codes of what a PLU carries for the Bien: the UNESCO perimeters (40-01, 40-02), L.151-19 (07-01),
#: the permis de démolir perimeter (42-01)
_PLU_MARKS = {
    "perimetre_unesco": ("info", ("40",)),
    "l151_19": ("prescription", ("07",)),
    "permis_de_demolir": ("info", ("42",)),
}


#: How the keys of the indicators read in the report
KEY_WORDS = {
    "demandees": QT_TRANSLATE_NOOP("VeillePatrimoniale", "demandées"),
    "accordees": QT_TRANSLATE_NOOP("VeillePatrimoniale", "accordées"),
    "releve_d_etat": QT_TRANSLATE_NOOP("VeillePatrimoniale", "selon le relevé d'état"),
    "alertes": QT_TRANSLATE_NOOP("VeillePatrimoniale", "selon les alertes"),
    "communes_relevees": QT_TRANSLATE_NOOP("VeillePatrimoniale", "communes dont un PLU a été relevé"),
    "perimetre_unesco": QT_TRANSLATE_NOOP("VeillePatrimoniale", "dont le PLU porte le périmètre UNESCO"),
    "l151_19": QT_TRANSLATE_NOOP("VeillePatrimoniale", "dont le PLU porte des protections L.151-19"),
    "permis_de_demolir": QT_TRANSLATE_NOOP("VeillePatrimoniale", "dont le PLU porte le périmètre du permis de démolir"),
}


def _bars(series: Dict[str, float], title: str, width: int = 520, height: int = 160) -> str:
    """A bar chart as inline SVG (years on the x axis), printable, no script."""
    if not series:
        return ""
    keys = list(series)
    top = max(max(series.values()), 1)
    bar = (width - 40) / len(keys)
    parts = [
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height + 40}' role='img'>",
        f"<title>{escape(title)}</title>",
    ]
    for k, key in enumerate(keys):
        h = (height - 20) * series[key] / top
        x = 30 + k * bar
        parts.append(
            f"<rect x='{x + 4:.1f}' y='{height - h:.1f}' width='{bar - 8:.1f}' height='{h:.1f}' fill='#4a7ab5'/>"
        )
        parts.append(
            f"<text x='{x + bar / 2:.1f}' y='{height - h - 4:.1f}' font-size='10' text-anchor='middle'>"
            f"{escape(french_number(series[key]))}</text>"
        )
        parts.append(
            f"<text x='{x + bar / 2:.1f}' y='{height + 14}' font-size='10' text-anchor='middle'>{escape(key)}</text>"
        )
    parts.append(f"<line x1='30' y1='{height}' x2='{width - 10}' y2='{height}' stroke='#333'/></svg>")
    return "".join(parts)


def plu_marks(register) -> Dict[str, set]:
    """{mark: communes whose latest PLU snapshot carries it}, and «relevees»: communes with a snapshot."""
    latest = {}
    for s in register.plu_snapshots():
        latest[s["partition"]] = s
    found = {k: set() for k in _PLU_MARKS}
    found["relevees"] = set()
    for s in latest.values():
        communes = set(s["communes"])
        found["relevees"] |= communes
        collections = register.plu_snapshot_collections(s["id"])
        for mark, (prefix, codes) in _PLU_MARKS.items():
            field = "typepsc" if prefix == "prescription" else "typeinf"
            for resource, features in collections.items():
                if resource.startswith(prefix) and any(
                    str((f.get("properties") or {}).get(field) or "").startswith(codes) for f in features
                ):
                    found[mark] |= communes
    return found


def indicators(register) -> List[dict]:
    """The indicators: [{id, titre, definition, valeurs (by year or category), total}]."""
    present = register.present_fields()
    cases = register.case_columns([c for c in _CASE_COLUMNS if c in present])
    for c in _CASE_COLUMNS:
        if c not in cases.columns:
            cases[c] = None
    year = cases["first_seen"].fillna("").astype(str).str[:4]
    per_year = cases.groupby(year).size()
    in_bien = cases[cases["zone"] == ZONE_BIEN].groupby(year[cases["zone"] == ZONE_BIEN]).size()
    demolition = (cases["type"] == "PD") | cases["travaux"].fillna("").str.contains("démoli", case=False)
    granted = demolition & cases["decision"].fillna("").str.startswith(DECISION_GRANTED)
    alerts = register.alerts()
    marks = plu_marks(register)
    out = [
        {
            "id": "dossiers_par_an",
            "titre": tr("Dossiers examinés par an"),
            "definition": tr("Dossiers entrés dans le registre de veille, par année de première apparition."),
            "valeurs": {k: int(v) for k, v in per_year.items() if k},
        },
        {
            "id": "part_dans_le_bien",
            "titre": tr("Part des dossiers situés dans le Bien"),
            "definition": tr("Dossiers dont l'emprise touche une composante du Bien, en % des dossiers de l'année."),
            "valeurs": {k: round(100.0 * float(in_bien.get(k, 0)) / float(v), 1) for k, v in per_year.items() if k},
            "unite": "%",
        },
        {
            "id": "demolitions",
            "titre": tr("Démolitions demandées et accordées"),
            "definition": tr(
                "Permis de démolir, ou travaux dont la description dit une démolition ; accordées : décision "
                "inscrite « accordé » (avec ou sans prescriptions)."
            ),
            "valeurs": {"demandees": int(demolition.sum()), "accordees": int(granted.sum())},
        },
        {
            "id": "avis",
            "titre": tr("Avis par sens"),
            "definition": tr("Avis inscrits dans le registre (suites des dossiers), par sens."),
            "valeurs": {a: int((cases["avis"] == a).sum()) for a in AVIS_VALUES},
        },
        {
            "id": "alertes_par_statut",
            "titre": tr("Alertes par statut"),
            "definition": tr("Alertes « sites en péril » du registre, par statut à ce jour."),
            "valeurs": {k: int(v) for k, v in alerts["statut"].value_counts().items()} if len(alerts) else {},
        },
        {
            "id": "elements_en_degradation",
            "titre": tr("Éléments dont l'état s'est dégradé"),
            "definition": tr(
                "Éléments dont le dernier constat du relevé d'état est plus mauvais que le précédent ; et éléments "
                "visés par une alerte dont la tendance est « en dégradation »."
            ),
            "valeurs": {
                "releve_d_etat": len(worsened(register.conditions())) if register.schema_version >= 9 else 0,
                "alertes": len(
                    {
                        e.strip()
                        for v in alerts.loc[alerts["tendance"] == "en dégradation", "elements"].fillna("")
                        for e in str(v).split(";")
                        if e.strip()
                    }
                )
                if len(alerts)
                else 0,
            },
        },
        {
            "id": "plu_portent_le_bien",
            "titre": tr("Communes dont le PLU porte le Bien et ses protections"),
            "definition": tr(
                "Parmi les communes dont un PLU a été relevé en ligne : celles dont la dernière version porte le "
                "périmètre UNESCO (informations 40-01/40-02), des protections L.151-19 (prescriptions 07) et le "
                "périmètre du permis de démolir (information 42-01)."
            ),
            "valeurs": {
                "communes_relevees": len(marks["relevees"]),
                "perimetre_unesco": len(marks["perimetre_unesco"]),
                "l151_19": len(marks["l151_19"]),
                "permis_de_demolir": len(marks["permis_de_demolir"]),
            },
        },
    ]
    return out


def _key_words(key: str) -> str:
    return tr(KEY_WORDS[key]) if key in KEY_WORDS else display(key)  # an avis, an alert's status: in words


def _value(v, unit: str) -> str:
    return french_number(v, 1 if unit else 0) + unit


def indicators_html(items: List[dict], fictitious: bool) -> str:
    """The indicators page (A4), each with its definition, yearly series drawn as bars."""
    title = tr("Indicateurs pour l'évaluation du plan de gestion")
    parts = [
        f"<h1>{escape(title)}</h1>",
        f"<p class='meta'>{escape(tr('établi le {d}').format(d=_dt.date.today().strftime('%d/%m/%Y')))}</p>",
    ]
    if fictitious:
        parts.append(f"<p class='fictif'>{escape(tr('Registre de démonstration : dossiers et alertes FICTIFS.'))}</p>")
    for it in items:
        unit = it.get("unite", "")
        parts.append(f"<h2>{escape(it['titre'])}</h2><p class='meta'>{escape(it['definition'])}</p>")
        rows = "".join(
            f"<tr><td>{escape(_key_words(k))}</td><td class='n'>{escape(_value(v, unit))}</td></tr>"
            for k, v in it["valeurs"].items()
        )
        parts.append(f"<table>{rows}</table>" if rows else f"<p>{escape(tr('Aucune donnée.'))}</p>")
        if it["id"] in ("dossiers_par_an", "part_dans_le_bien") and it["valeurs"]:
            parts.append(_bars(it["valeurs"], it["titre"]))
    return (
        "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>{''.join(parts)}</body></html>"
    )


def write_indicators(register, out_dir) -> dict:
    """Write indicateurs.html, indicateurs.csv (one row per value) and indicateurs.json."""
    out = make_dirs(out_dir)
    items = indicators(register)
    fictitious = bool(register.case_columns(["numero"])["numero"].fillna("").astype(str).str.contains("FICTIF").any())
    rows = [
        {"indicateur": it["id"], "titre": it["titre"], "cle": k, "valeur": v}
        for it in items
        for k, v in it["valeurs"].items()
    ]
    with OutputSet() as outs:  # the three files renamed into place together, or none
        outs.write_text(out / "indicateurs.html", indicators_html(items, fictitious))
        table = pd.DataFrame(rows, columns=["indicateur", "titre", "cle", "valeur"])
        write_spreadsheet_csv(table, out / "indicateurs.csv", outs)
        outs.write_text(out / "indicateurs.json", json.dumps(items, ensure_ascii=False, indent=2))
    return {
        "rapports": [str(out / "indicateurs.html")],
        "csv": [str(out / "indicateurs.csv")],
        "json": [str(out / "indicateurs.json")],
        "indicateurs": items,
    }
