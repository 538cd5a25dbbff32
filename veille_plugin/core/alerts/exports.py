"""Exports of the alerts: the list of sites in danger (HTML and CSV, fit for a porté à connaissance), the full
dossier of an element or of an alert with its history, and the periodic-reporting table (UNESCO factors ×
alerts × trend).

Every text is escaped; no UNESCO emblem is used (its use is restricted). CSV files are UTF-8 with a BOM and
«;» separators, so that Excel opens them as they are.
"""

from datetime import datetime
from pathlib import Path
from typing import Dict, List, Optional

import pandas as pd

from .. import unesco_factors
from ..atomic_files import make_dirs, write_text
from ..i18n import QT_TRANSLATE_NOOP, tr
from ..reports.html import escape as e
from ..reports.html import french_datetime
from .model import CATEGORIES, PRIORITES, STATUTS, STATUTS_CLOS, TENDANCES, field_label, split_list

EXPORT_KINDS = ("liste", "dossier", "rapport")

_CSS = """
body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10pt;color:#222;margin:1.5em}
h1{font-size:15pt;margin:0 0 .2em}h2{font-size:12pt;margin:1.2em 0 .3em;border-bottom:1px solid #999}
table{border-collapse:collapse;width:100%;margin:.4em 0}
th,td{border:1px solid #bbb;padding:3px 5px;vertical-align:top;text-align:left}
th{background:#eee}.meta{color:#555;font-size:9pt}.prio{font-weight:bold;text-align:center;color:#fff}
.pA{background:#b10026}
.pB{background:#e31a1c}
.pC{background:#fc4e2a}
.pD{background:#fd8d3c;color:#222}
.pE{background:#fed976;color:#222}
.pF{background:#9acd32;color:#222}
.closed{color:#666}table.fiche{width:auto;min-width:60%}table.fiche th{width:14em;background:#f6f6f6}
.note{font-size:8.5pt;color:#555;margin-top:2em}
@page{size:A4 landscape;margin:1cm}@media print{body{margin:0;font-size:8.5pt}tr{page-break-inside:avoid}}
"""

#: Columns of the list of sites in danger (CSV and HTML), in order: (field, French heading).
LIST_COLUMNS = [
    ("id", QT_TRANSLATE_NOOP("VeillePatrimoniale", "N°")),
    ("priorite", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Priorité")),
    ("statut", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Statut")),
    ("titre", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Titre")),
    ("elements_noms", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Éléments")),
    ("commune_nom", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Commune(s)")),
    ("categorie", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Catégorie (2016)")),
    ("etat", QT_TRANSLATE_NOOP("VeillePatrimoniale", "État")),
    ("tendance", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Tendance")),
    ("proprietaire_type", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Type de propriétaire")),
    ("proprietaire_nom", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Propriétaire")),
    ("menaces", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Menaces (facteurs UNESCO)")),
    ("actions_realisees", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Actions réalisées")),
    ("actions_prevues", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Actions prévues")),
    ("partenaires", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Partenaires alertés")),
    ("date_constat", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Date du constat")),
    ("updated_at", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Dernière modification")),
    ("motif_cloture", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Motif de clôture")),
]


_DATE_FIELDS = ("date_constat", "created_at", "updated_at", "closed_at")


def _page(title: str, body: str, subtitle: str = "") -> str:
    generated = datetime.now().strftime("%d/%m/%Y %H:%M")
    note = tr(
        "Document établi avec le plugin QGIS « Veille patrimoniale » du Bien « Bassin minier du Nord-Pas de "
        "Calais ». Priorités A à F : modèle adapté du registre Heritage at Risk (Historic England), qui ne figure "
        "dans aucun document du Bien (proposition à valider par la Mission Bassin Minier)."
    )
    return (
        "<!DOCTYPE html><html lang='fr'><head><meta "
        f"charset='utf-8'><title>{e(title)}</title><style>{_CSS}</style></head><body>"
        f"<h1>{e(title)}</h1><p "
        f"class='meta'>{e(subtitle)}{' — ' if subtitle else ''}{e(tr('généré le {d}').format(d=generated))}</p>{body}"
        f"<p class='note'>{e(note)}</p>"
        "</body></html>"
    )


def _sorted(df: pd.DataFrame) -> pd.DataFrame:
    rank = {p: i for i, p in enumerate(PRIORITES)}
    key = df["priorite"].map(lambda p: rank.get(p, len(rank)))
    return (
        df.assign(_k=key, _c=df["statut"].isin(STATUTS_CLOS))
        .sort_values(["_c", "_k", "date_constat", "id"])
        .drop(columns=["_k", "_c"])
    )


def _menaces_text(codes) -> str:
    return "; ".join(unesco_factors.label(c) for c in split_list(codes))


def sites_table(alerts: pd.DataFrame) -> pd.DataFrame:
    """The list of sites in danger as a table with French headings (priority first, closed alerts last)."""
    df = _sorted(alerts) if len(alerts) else alerts
    out = pd.DataFrame(
        {
            tr(h): (
                df[f].map(_menaces_text)
                if f == "menaces"
                else df[f].map(french_datetime)
                if f in _DATE_FIELDS
                else df[f]
            )
            for f, h in LIST_COLUMNS
        }
    )
    return out.reset_index(drop=True)


def write_csv(table: pd.DataFrame, path) -> Path:
    """Write a table as a spreadsheet-safe CSV."""
    from ..reports.spreadsheet_csv import write_spreadsheet_csv

    return write_spreadsheet_csv(table, path)


def _prio_cell(p) -> str:
    return (
        f"<td class='prio p{e(p)}' title='{e(tr(PRIORITES.get(p, '')))}'>{e(p)}</td>" if p in PRIORITES else "<td></td>"
    )


def sites_html(alerts: pd.DataFrame, where: str = "") -> str:
    """HTML list of sites in danger: counts by priority and status, then one row per alert."""
    df = _sorted(alerts) if len(alerts) else alerts
    opened = df[~df["statut"].isin(STATUTS_CLOS)] if len(df) else df
    parts = [f"<p>{e(tr('{n} alerte(s), dont {o} ouverte(s).').format(n=len(df), o=len(opened)))}</p>"]
    counts = opened["priorite"].value_counts() if len(opened) else pd.Series(dtype=int)
    parts.append(
        "<table><tr><th>"
        + e(tr("Priorité"))
        + "</th><th>"
        + e(tr("Signification"))
        + "</th><th>"
        + e(tr("Alertes ouvertes"))
        + "</th></tr>"
    )
    for p, meaning in PRIORITES.items():
        parts.append(f"<tr>{_prio_cell(p)}<td>{e(tr(meaning))}</td><td>{int(counts.get(p, 0))}</td></tr>")
    parts.append("</table>")
    heads = [h for f, h in LIST_COLUMNS if f not in ("updated_at",)]
    parts.append(
        "<h2>" + e(tr("Sites")) + "</h2><table><tr>" + "".join(f"<th>{e(tr(h))}</th>" for h in heads) + "</tr>"
    )
    for _, r in df.iterrows():
        cls = " class='closed'" if r["statut"] in STATUTS_CLOS else ""
        cells = []
        for f, _h in LIST_COLUMNS:
            if f == "updated_at":
                continue
            if f == "priorite":
                cells.append(_prio_cell(r[f]))
            elif f == "menaces":
                cells.append(f"<td>{e(_menaces_text(r[f]))}</td>")
            elif f in _DATE_FIELDS:
                cells.append(f"<td style='white-space:nowrap'>{e(french_datetime(r[f]))}</td>")
            else:
                cells.append(f"<td>{e(r[f])}</td>")
        parts.append(f"<tr{cls}>" + "".join(cells) + "</tr>")
    parts.append("</table>")
    return _page(
        tr("Liste des sites en péril"), "".join(parts), subtitle=tr("Registre : {w}").format(w=where) if where else ""
    )


def _field_name(field) -> str:
    if not field:
        return ""
    if field == "geom":
        return tr("Emplacement")
    if field == "closed_at":
        return tr("Close le")
    return field if field == "pièce jointe" else field_label(field)


def _history_value(field, value):
    return french_datetime(value) if field in _DATE_FIELDS else value


#: Columns of a history in CSV and HTML: (key of the history row, French heading).
HISTORY_COLUMNS = [
    ("at", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Date")),
    ("author", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Auteur")),
    ("action", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Action")),
    ("field", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Champ")),
    ("old", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Ancienne valeur")),
    ("new", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Nouvelle valeur")),
]


def history_table(history: List[dict], with_alert: bool = False) -> pd.DataFrame:
    """A history with French headings, field names and dates (CSV of a dossier)."""
    rows = []
    for h in history:
        row = {tr("Alerte n°"): h.get("alert_id")} if with_alert else {}
        row.update(
            {
                tr("Date"): french_datetime(h.get("at")),
                tr("Auteur"): h.get("author"),
                tr("Action"): h.get("action"),
                tr("Champ"): _field_name(h.get("field")),
                tr("Ancienne valeur"): _history_value(h.get("field"), h.get("old")),
                tr("Nouvelle valeur"): _history_value(h.get("field"), h.get("new")),
            }
        )
        rows.append(row)
    columns = ([tr("Alerte n°")] if with_alert else []) + [tr(t) for _k, t in HISTORY_COLUMNS]
    return pd.DataFrame(rows, columns=columns)


def _history_table(history: List[dict]) -> str:
    rows = ["<table><tr>" + "".join(f"<th>{e(tr(h))}</th>" for _k, h in HISTORY_COLUMNS) + "</tr>"]
    for h in history:
        f = h.get("field")
        rows.append(
            f"<tr><td style='white-space:nowrap'>{e(french_datetime(h['at']))}</td><td>{e(h['author'])}</td>"
            f"<td>{e(h['action'])}</td><td>{e(_field_name(f))}</td>"
            f"<td>{e(_history_value(f, h['old']))}</td><td>{e(_history_value(f, h['new']))}</td></tr>"
        )
    rows.append("</table>")
    return "".join(rows)


def alert_section(alert: Dict, history: List[dict], attachments: List[dict]) -> str:
    """One alert: its fields, attachments and full history (HTML fragment)."""
    fields = [f for f, _ in LIST_COLUMNS if f not in ("id",)] + [
        "description",
        "source",
        "dossier_veille",
        "auteur",
        "created_at",
        "closed_at",
    ]
    parts = [f"<h2>{e(tr('Alerte n° {id} — {t}').format(id=alert['id'], t=alert['titre']))}</h2><table class='fiche'>"]
    for f in fields:
        v = _menaces_text(alert.get(f)) if f == "menaces" else alert.get(f)
        if f == "priorite" and v:
            v = f"{v} — {tr(PRIORITES.get(v, ''))}"
        if f == "categorie" and v:
            v = f"{v} — {tr(CATEGORIES.get(v, ''))}"
        if f in _DATE_FIELDS:
            v = french_datetime(v)
        parts.append(f"<tr><th>{e(field_label(f))}</th><td>{e(v) if v else '—'}</td></tr>")
    parts.append("</table>")
    if attachments:
        parts.append("<h3>" + e(tr("Pièces jointes")) + "</h3><ul>")
        for a in attachments:
            parts.append(
                f"<li>{e(a['filename'])} ({e(a['mime'])}, {int(a['size'])} {e(tr('octets'))}, {e(tr('ajoutée le'))} "
                f"{e(french_datetime(a['at']))} {e(tr('par'))} {e(a['author'])}, SHA-256 {e(a['sha256'])})"
                + (f" — {e(a['description'])}" if a.get("description") else "")
                + "</li>"
            )
        parts.append("</ul>")
    parts.append("<h3>" + e(tr("Historique")) + "</h3>" + _history_table(history))
    return "".join(parts)


def alert_dossier_html(register, alert_id: int) -> str:
    """The full HTML file of one alert: fields, place, attachments, history."""
    alert = register.get_alert(alert_id)
    body = alert_section(alert, register.alert_history(alert_id), register.attachments(alert_id))
    return _page(
        tr("Dossier d'alerte n° {id}").format(id=alert_id),
        body,
        subtitle=tr("Registre : {w}").format(w=register_name(register)),
    )


def element_dossier_html(register, element_id: str, ref=None) -> str:
    """Everything known about one element: what it is, and every alert (open or closed) with its history."""
    from .service import normalize_element_id, resolve_elements

    key = normalize_element_id(element_id)
    parts = []
    title = tr("Dossier de l'élément {id}").format(id=key)
    if ref is not None:
        row = resolve_elements([key], ref)[0]
        a = ref.elements.attributes.iloc[row]
        title = tr("Dossier de l'élément {id} — {nom}").format(id=a["identifiant"], nom=a["nom"])
        parts.append("<table class='fiche'>")
        for label, col in (
            ("Catégorie", "categorie"),
            ("Type", "type"),
            ("Commune(s)", "communes"),
            ("Composante", "composante_nom"),
            ("Compagnie", "compagnie"),
            ("Protection MH", "protection_mh"),
        ):
            parts.append(f"<tr><th>{e(tr(label))}</th><td>{e(a.get(col)) or '—'}</td></tr>")
        parts.append("</table>")
    alerts = register.alerts(element=key)
    if not len(alerts):
        parts.append("<p>" + e(tr("Aucune alerte n'a été enregistrée pour cet élément.")) + "</p>")
    for _, r in alerts.iterrows():
        alert = r.to_dict()
        parts.append(alert_section(alert, register.alert_history(alert["id"]), register.attachments(alert["id"])))
    return _page(title, "".join(parts), subtitle=tr("Registre : {w}").format(w=register_name(register)))


def periodic_table(alerts: pd.DataFrame) -> pd.DataFrame:
    """UNESCO primary factor × number of alerts × trend.

    One row per primary factor, 1 to 14, in the order of the periodic report (plus «non renseigné» when an alert
    cites none); an alert citing 1.1 and 1.3
    counts once for factor 1. Columns: facteur, libellé, alertes (all), ouvertes, one column per trend
    (open alerts only), closes.
    """
    rows = {}
    for _, r in alerts.iterrows():
        primaries = sorted({unesco_factors.primary_of(c) for c in split_list(r["menaces"])}, key=int) or [None]
        for p in primaries:
            d = rows.setdefault(
                p, {"alertes": 0, "ouvertes": 0, "closes": 0, **{t: 0 for t in TENDANCES}, "non renseignée": 0}
            )
            d["alertes"] += 1
            if r["statut"] in STATUTS_CLOS:
                d["closes"] += 1
            else:
                d["ouvertes"] += 1
                d[r["tendance"] if r["tendance"] in TENDANCES else "non renseignée"] += 1
    out = []
    empty = {"alertes": 0, "ouvertes": 0, "closes": 0, **{t: 0 for t in TENDANCES}, "non renseignée": 0}
    for p in list(unesco_factors.PRIMARY) + (
        [None] if None in rows else []
    ):  # the 14 factors of the periodic report, even at 0
        d = rows.get(p, empty)
        label = tr(unesco_factors.PRIMARY[p]) if p else tr("facteur non renseigné")
        out.append(
            {
                tr("Facteur"): p or "—",
                tr("Libellé"): label,
                tr("Alertes"): d["alertes"],
                tr("Ouvertes"): d["ouvertes"],
                **{tr("Ouvertes — {t}").format(t=t): d[t] for t in TENDANCES},
                tr("Ouvertes — tendance non renseignée"): d["non renseignée"],
                tr("Closes"): d["closes"],
            }
        )
    columns = (
        [tr("Facteur"), tr("Libellé"), tr("Alertes"), tr("Ouvertes")]
        + [tr("Ouvertes — {t}").format(t=t) for t in TENDANCES]
        + [tr("Ouvertes — tendance non renseignée"), tr("Closes")]
    )
    return pd.DataFrame(out, columns=columns)


def periodic_html(alerts: pd.DataFrame, where: str = "") -> str:
    """The periodic-report page (UNESCO factors × alerts × trend) as HTML."""
    table = periodic_table(alerts)
    head = "".join(f"<th>{e(c)}</th>" for c in table.columns)
    body = "".join("<tr>" + "".join(f"<td>{e(v)}</td>" for v in row) + "</tr>" for row in table.itertuples(index=False))
    by_status = alerts["statut"].value_counts() if len(alerts) else pd.Series(dtype=int)
    status_rows = "".join(f"<tr><td>{e(s)}</td><td>{int(by_status.get(s, 0))}</td></tr>" for s in STATUTS)
    counting = tr(
        "Une alerte qui cite plusieurs facteurs secondaires d’un même facteur principal compte une fois pour "
        "ce facteur ; une alerte qui cite plusieurs facteurs principaux compte pour chacun."
    )
    text = (
        f"<p>{e(counting)}</p>"
        f"<table><tr>{head}</tr>{body}</table><h2>{e(tr('Alertes par statut'))}</h2>"
        f"<table><tr><th>{e(tr('Statut'))}</th><th>{e(tr('Alertes'))}</th></tr>{status_rows}</table>"
    )
    return _page(
        tr("Rapport périodique : facteurs affectant le Bien"),
        text,
        subtitle=tr("Registre : {w}").format(w=where) if where else "",
    )


def register_name(register) -> str:
    """How a register is named in a document sent outside: the file name, not the path of someone's disk;
    a PostGIS register by its (password-free) connection and schema."""
    if getattr(register, "backend", "") == "gpkg":
        return Path(register.target).name
    return register.description


def export(
    register,
    kind: str,
    fmt: str,
    out,
    *,
    element: Optional[str] = None,
    alert_id: Optional[int] = None,
    ouvertes: bool = False,
    ref=None,
) -> Path:
    """Write one export and return its path. ``kind``: liste | dossier | rapport; ``fmt``: html | csv."""
    from ..errors import InputError

    out = Path(out)
    if kind not in EXPORT_KINDS:
        raise InputError(tr("Export « {k} » inconnu : liste, dossier ou rapport.").format(k=kind))
    if fmt not in ("html", "csv"):
        raise InputError(tr("Format « {f} » inconnu : html ou csv.").format(f=fmt))
    make_dirs(out.parent)
    if kind == "dossier":
        if element is None and alert_id is None:
            raise InputError(tr("Export « dossier » : indiquez --element ID ou --alerte N."))
        if fmt == "csv":
            if alert_id is not None:
                return write_csv(history_table(register.alert_history(alert_id)), out)
            from .service import normalize_element_id

            hist = [
                dict(h, alert_id=a)
                for a in register.alerts(element=normalize_element_id(element))["id"].tolist()
                for h in register.alert_history(a)
            ]
            return write_csv(history_table(hist, with_alert=True), out)
        text = (
            alert_dossier_html(register, alert_id)
            if alert_id is not None
            else element_dossier_html(register, element, ref)
        )
        return write_text(out, text)  # temporary name, then renamed: whole or not at all
    alerts = register.alerts(ouvertes=ouvertes)
    if kind == "liste":
        if fmt == "csv":
            return write_csv(sites_table(alerts), out)
        return write_text(out, sites_html(alerts, register_name(register)))
    if fmt == "csv":
        return write_csv(periodic_table(alerts), out)
    return write_text(out, periodic_html(alerts, register_name(register)))
