"""A follow-up file for each element of the Bien (issue 17; the 2021 study asks to analyse the protection of the
Bien element by element, 003 L627): its identity, its protections with their source and date, every case that
touched it with the avis and decision, its alerts, the PLU snapshots of its communes and the PLU changes measured
within 500 m of it (each pair of consecutive snapshots of a plan compared once, one spatial-index query for all the
elements). HTML to print, JSON to reuse; all 353 elements in one pass (the register's cases are read once and
spread over the elements).
"""

import datetime as _dt
import json
from typing import Dict, List, Optional

import numpy as np
import pandas as pd
import shapely

from ..atomic_files import OutputSet, make_dirs
from ..i18n import tr
from .case_words import GONE_MARK
from .committee import CSS
from ..plu.history import NEAR_M, SnapshotHistory, changes_near, consecutive_pairs
from .html import escape, french_datetime, french_number
from ..vocabulary import display

CASE_FIELDS = [
    "numero",
    "numero_norm",
    "commune_nom",
    "travaux",
    "zone",
    "elements",
    "elements_proches",
    "severite",
    "first_seen",
    "avis",
    "avis_date",
    "decision",
    "decision_date",
    "conformite",
    "disparu",
]


def _gone_mark(case: dict) -> str:
    """«⊘ disparu de la source» under the number of a case gone from its source (HTML), else nothing."""
    try:
        gone = int(case.get("disparu") or 0) == 1
    except (TypeError, ValueError):
        gone = False
    return f"<br><span class='gone'>{escape(GONE_MARK + ' ' + tr('disparu de la source'))}</span>" if gone else ""


def _split(series: pd.Series) -> pd.Series:
    return series.fillna("").astype(str).str.split(";")


def cases_by_element(cases: pd.DataFrame) -> Dict[str, pd.DataFrame]:
    """{element id: its cases (touched, or near: column «lien»)} from the register's cases, in one pass."""
    parts = []
    for column, link in (("elements", tr("touché")), ("elements_proches", tr("à proximité"))):
        if column not in cases.columns:
            continue
        ex = cases.assign(element=_split(cases[column]), lien=link).explode("element")
        ex["element"] = ex["element"].str.strip()
        parts.append(ex[ex["element"] != ""])
    if not parts:
        return {}
    allc = pd.concat(parts, ignore_index=True).drop_duplicates(["element", "numero_norm"])
    return {k: g for k, g in allc.groupby("element")}


def _dates(words: List[str]) -> str:
    """The distinct non-empty dates of the protections met (ISO or CNIG «AAAAMMJJ»), in French, oldest first."""
    days = sorted({str(w).replace("-", "")[:8] for w in words if w})
    return ", ".join(french_datetime(d) for d in days)


def protections(
    ref,
    index: int,
    servitudes: Dict[str, tuple],
    plu_l151_19: Optional[tuple],
    details: Optional[Dict[str, list]] = None,
    monuments=None,
) -> List[dict]:
    """The element's protections, each with its regime, source and date: the date of the assiette's source for
    the servitudes (``datesrcass``), the date of the générateur's source (``datesrcgen``) for a monument known from
    the AC1 générateurs (``monuments``, :class:`..reference.monuments.Monuments`; by default those ``ref`` carries),
    the approval of the plan for a L.151-19 protection; the reference data of the Bien date no monument protection,
    and the file says so."""
    monuments = monuments if monuments is not None else getattr(ref, "monuments", None)
    attrs = ref.elements.attributes.iloc[index]
    geom = ref.elements.geometries[index]
    out = []
    mh = str(attrs.get("protection_mh") or "aucune")
    source = tr("données de référence du Bien, {v}").format(v=ref.version)
    added = set()
    if monuments is not None:
        mh = str(monuments.level[index])
        added = set(ref.elements.attributes["identifiant"].to_numpy(dtype=object)[monuments.added])
    if mh in ("classé", "inscrit"):
        out.append(
            {"protection": tr("monument historique {m}").format(m=mh), "source": str(source), "date": ""}
            if attrs["identifiant"] not in added
            else {
                "protection": tr("monument historique {m}").format(m=mh),
                "source": str(monuments.source[index]),
                "date": _dates(str(monuments.date[index]).split(", ")),
            }
        )
    ab = ref.mh_abords
    hits = ab.tree.query(geom, predicate="intersects") if geom is not None else []
    ids = [str(ab.attributes["identifiant"].iloc[int(j)]) for j in hits]
    names = [(i, f"{i} {ab.attributes['nom'].iloc[int(j)]}") for i, j in zip(ids, hits) if i != attrs["identifiant"]]
    for of_servitudes, words in ((False, str(source)), (True, monuments.version_label if monuments else "")):
        mine = [n for i, n in names if (i in added) == of_servitudes]
        if mine:
            out.append(
                {
                    "protection": tr("abords de monument historique (500 m) : {m}").format(m=", ".join(mine[:6])),
                    "source": words,
                    "date": "",
                }
            )
    for name, label in (("pda", tr("périmètre délimité des abords")), ("site_classe_terrils", tr("site classé"))):
        if name in servitudes and geom is not None:
            geoms, words = servitudes[name]
            met = np.flatnonzero(shapely.intersects(np.asarray(geoms, dtype=object), geom))
            if len(met):
                rows = (details or {}).get(name) or []
                named = sorted({rows[k]["nom"] for k in met if k < len(rows) and rows[k]["nom"]})
                out.append(
                    {
                        "protection": label + (f" : {', '.join(named[:4])}" if named else ""),
                        "source": words,
                        "date": _dates([rows[k]["date"] for k in met if k < len(rows)]),
                    }
                )
    if plu_l151_19 is not None and geom is not None:
        geoms, words, approved = plu_l151_19
        met = np.flatnonzero(shapely.intersects(geoms, geom)) if len(geoms) else []
        if len(met):
            out.append(
                {
                    "protection": tr("élément protégé au PLU (L.151-19)"),
                    "source": words,
                    "date": _dates([approved[k] for k in met]),
                }
            )
    return out


def _plu_l151_19(register) -> Optional[tuple]:
    """The L.151-19 prescriptions (TYPEPSC 07) of the latest snapshot of each PLU, in EPSG:2154, with the words
    naming the snapshots and, for each prescription, the approval date of its plan."""
    from ..crs import parse_crs, to_l93

    latest = {}
    for s in register.plu_snapshots():
        latest[s["partition"]] = s
    geoms, labels, approved = [], [], []
    for s in latest.values():
        for resource, features in register.plu_snapshot_collections(s["id"]).items():
            if not resource.startswith("prescription"):
                continue
            for f in features:
                props = {str(k).lower(): v for k, v in (f.get("properties") or {}).items()}  # API: lower case
                if str(props.get("typepsc") or "").startswith("07") and f.get("geometry"):
                    geoms.append(shapely.geometry.shape(f["geometry"]))
                    approved.append(str(s.get("date_approbation") or ""))
            labels.append(
                tr("PLU {d}, instantané n° {id} du {t}").format(
                    d=s["idurba"] or s["partition"], id=s["id"], t=french_datetime(s["fetched_at"])[:10]
                )
            )
    if not geoms:
        return None
    geoms_l93 = to_l93(np.asarray(geoms, dtype=object), parse_crs("EPSG:4326"))
    return geoms_l93, "; ".join(sorted(set(labels))), approved


def element_record(
    ref,
    index: int,
    cases: Optional[pd.DataFrame],
    alerts: pd.DataFrame,
    snapshots: list,
    servitudes: dict,
    l151: Optional[tuple],
    conditions: Optional[pd.DataFrame] = None,
    plu_near: Optional[list] = None,
    servitude_details: Optional[Dict[str, list]] = None,
) -> dict:
    """One element's file as plain data (``plu_near``: the PLU changes measured near it, see
    :func:`..plu.history.changes_near`)."""
    a = ref.elements.attributes.iloc[index]
    eid = str(a["identifiant"])
    communes = [c for c in str(a.get("insee") or "").split(";") if c]
    own_alerts = (
        alerts[alerts["elements"].fillna("").str.split(";").map(lambda ids: eid in [i.strip() for i in ids])]
        if len(alerts)
        else alerts
    )
    rows = (
        []
        if cases is None
        else [
            {k: (None if pd.isna(v) else v) for k, v in r.items() if k in CASE_FIELDS + ["lien"]}
            for r in cases.sort_values("first_seen").to_dict("records")
        ]
    )
    return {
        "identite": {
            "identifiant": eid,
            "id_unesco": a.get("id_unesco"),
            "nom": a.get("nom"),
            "type": a.get("type"),
            "categorie": a.get("categorie"),
            "composante": f"{a.get('composante')} {a.get('composante_nom') or ''}".strip(),
            "communes": a.get("communes"),
            "epci": a.get("epci"),
            "compagnie": a.get("compagnie"),
        },
        "protections": protections(ref, index, servitudes, l151, servitude_details),
        "etat": []
        if conditions is None
        else [
            {k: r[k] for k in ("date_constat", "etat", "source", "observateur", "note")}
            for r in conditions.to_dict("records")
        ],
        "dossiers": rows,
        "alertes": [
            {
                "id": int(r["id"]),
                "titre": r["titre"],
                "statut": r["statut"],
                "priorite": r.get("priorite"),
                "tendance": r.get("tendance"),
                "date_constat": r.get("date_constat"),
            }
            for r in own_alerts.to_dict("records")
        ],
        "plu": [
            {"instantane": s["id"], "document": s["idurba"] or s["partition"], "releve": s["fetched_at"]}
            for s in snapshots
            if set(communes) & set(s["communes"])
        ],
        "plu_changements_proches": [
            {k: (None if isinstance(v, float) and np.isnan(v) else v) for k, v in c.items()} for c in plu_near or []
        ],
    }


def element_html(rec: dict, fictitious: bool) -> str:
    """One element's file as printable HTML."""
    ident = rec["identite"]
    title = tr("Fiche de suivi — {i} {n}").format(i=ident["identifiant"], n=ident["nom"] or "")
    labels = {
        "identifiant": tr("Identifiant"),
        "id_unesco": tr("Identifiant UNESCO"),
        "nom": tr("Nom"),
        "type": tr("Type"),
        "categorie": tr("Catégorie"),
        "composante": tr("Composante"),
        "communes": tr("Commune(s)"),
        "epci": tr("EPCI"),
        "compagnie": tr("Compagnie minière"),
    }
    parts = [
        f"<h1>{escape(title)}</h1>",
        f"<p class='meta'>{escape(tr('établie le {d}').format(d=_dt.date.today().strftime('%d/%m/%Y')))}</p>",
    ]
    if fictitious:
        parts.append(f"<p class='fictif'>{escape(tr('Registre de démonstration : dossiers et alertes FICTIFS.'))}</p>")
    parts.append(
        "<h2>"
        + escape(tr("Identité"))
        + "</h2><table>"
        + "".join(
            f"<tr><th>{escape(labels[k])}</th><td>{escape(v if v is not None else '')}</td></tr>"
            for k, v in ident.items()
        )
        + "</table>"
    )
    parts.append("<h2>" + escape(tr("Protections")) + "</h2>")
    parts.append(
        "<table><tr><th>"
        + escape(tr("Protection"))
        + "</th><th>"
        + escape(tr("Source"))
        + "</th><th>"
        + escape(tr("Date"))
        + "</th></tr>"
        + "".join(
            f"<tr><td>{escape(p['protection'])}</td><td>{escape(p['source'])}</td>"
            f"<td>{escape(p['date'] or tr('non renseignée par la source'))}</td></tr>"
            for p in rec["protections"]
        )
        + "</table><p class='meta'>"
        + escape(
            tr(
                "Dates : source de l'assiette pour les servitudes, du générateur pour un monument historique connu "
                "par la servitude AC1, approbation du plan pour le PLU ; les données de référence du Bien ne datent "
                "pas les protections au titre des monuments historiques."
            )
        )
        + "</p>"
        if rec["protections"]
        else f"<p>{escape(tr('Aucune protection connue des données du plugin.'))}</p>"
    )
    parts.append("<h2>" + escape(tr("État de conservation")) + "</h2>")
    if rec["etat"]:
        heads = [tr("Constat du"), tr("État"), tr("Source"), tr("Observateur"), tr("Note")]
        body = "".join(
            "<tr>"
            + "".join(
                f"<td>{escape(v or '')}</td>"
                for v in (
                    french_datetime(c["date_constat"]),
                    c["etat"],
                    c.get("source"),
                    c.get("observateur"),
                    c.get("note"),
                )
            )
            + "</tr>"
            for c in rec["etat"]
        )
        parts.append("<table><tr>" + "".join(f"<th>{escape(h)}</th>" for h in heads) + "</tr>" + body + "</table>")
    else:
        parts.append("<p>" + escape(tr("Aucun constat inscrit (commande « etat » ou relevé initial en lot).")) + "</p>")
    parts.append("<h2>" + escape(tr("Dossiers qui l'ont concerné ({n})").format(n=len(rec["dossiers"]))) + "</h2>")
    if rec["dossiers"]:
        heads = [tr("Dossier"), tr("Lien"), tr("Vu le"), tr("Travaux"), tr("Sévérité"), tr("Avis"), tr("Décision")]
        parts.append(
            "<table><tr>"
            + "".join(f"<th>{escape(h)}</th>" for h in heads)
            + "</tr>"
            + "".join(
                "<tr>"
                + f"<td class='num'>{escape(d['numero'])}{_gone_mark(d)}</td>"  # a case number on one line
                + "".join(
                    f"<td>{escape(v)}</td>"
                    for v in (
                        d.get("lien") or "",
                        french_datetime(d.get("first_seen") or "")[:10],
                        (d.get("travaux") or "")[:100],
                        display(d.get("severite"), "severite"),
                        display(d.get("avis"), "avis"),
                        " ".join(
                            x
                            for x in (
                                display(d.get("decision"), "decision"),
                                french_datetime(d.get("decision_date") or ""),
                            )
                            if x
                        ),
                    )
                )
                + "</tr>"
                for d in rec["dossiers"]
            )
            + "</table>"
        )
    parts.append("<h2>" + escape(tr("Alertes ({n})").format(n=len(rec["alertes"]))) + "</h2>")
    if rec["alertes"]:
        parts.append(
            "<table>"
            + "".join(
                f"<tr><td>n° {a['id']}</td><td>{escape(a['titre'])}</td>"
                f"<td>{escape(display(a['statut'], 'alerte_statut'))}</td>"
                f"<td>{escape(a.get('priorite') or '')}</td>"
                f"<td>{escape(display(a.get('tendance'), 'alerte_tendance'))}</td></tr>"
                for a in rec["alertes"]
            )
            + "</table>"
        )
    parts.append("<h2>" + escape(tr("PLU de ses communes")) + "</h2>")
    parts.append(
        "<table>"
        + "".join(
            f"<tr><td>{escape(tr('instantané n° {i}').format(i=p['instantane']))}</td><td>{escape(p['document'])}</td>"
            f"<td>{escape(french_datetime(p['releve']))}</td></tr>"
            for p in rec["plu"]
        )
        + "</table>"
        if rec["plu"]
        else f"<p>{escape(tr('Aucun instantané (la veille des PLU en ligne les relève).'))}</p>"
    )
    parts.append(_plu_near_html(rec["plu_changements_proches"]))
    return (
        "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>{''.join(parts)}</body></html>"
    )


def _plu_near_html(changes: list, limit: int = 40) -> str:
    """The PLU changes measured near the element: a table, nearest first."""
    title = "<h2>" + escape(tr("Changements de PLU à moins de {d} m ({n})").format(d=int(NEAR_M), n=len(changes)))
    if not changes:
        return (
            title
            + "</h2><p>"
            + escape(tr("Aucun changement mesuré entre deux instantanés d'un PLU de ses communes."))
            + "</p>"
        )
    heads = [tr("Version"), tr("Changement"), tr("Avant"), tr("Après"), tr("Surface (ha)"), tr("Distance (m)")]
    rows = "".join(
        "<tr>"
        + "".join(
            f"<td>{escape(v)}</td>"
            for v in (
                tr("{doc} : instantané n° {a} → n° {b} du {d}").format(
                    doc=c["document"], a=c["instantane_avant"], b=c["instantane_apres"], d=french_datetime(c["releve"])
                ),
                c["changement"] + (f" — {c['protection'] or c['objet']}" if c["protection"] or c["objet"] else ""),
                c["avant"],
                c["apres"],
                french_number(c["surface_ha"], 2),
                french_number(c["distance_m"], 0),
            )
        )
        + "</tr>"
        for c in changes[:limit]
    )
    more = (
        f"<p>{escape(tr('… et {n} autres changements (fichier JSON).').format(n=len(changes) - limit))}</p>"
        if len(changes) > limit
        else ""
    )
    return title + "</h2><table><tr>" + "".join(f"<th>{escape(h)}</th>" for h in heads) + f"</tr>{rows}</table>{more}"


def _plu_changes_near(register, ref, snapshots: list, wanted: List[str], position: Dict[str, int]) -> Dict[int, list]:
    """{element position: PLU changes within NEAR_M of it} for the wanted elements: every pair of consecutive
    snapshots of a plan covering one of their communes, compared once."""
    attrs = ref.elements.attributes
    positions = [position[e] for e in wanted]
    communes = {c for p in positions for c in str(attrs["insee"].iloc[p] or "").split(";") if c}
    pairs = [(b, a) for b, a in consecutive_pairs(snapshots) if communes & set(a["communes"])]
    if not pairs:
        return {}
    changes = SnapshotHistory(register, ref).changes(pairs)
    found = changes_near(changes, np.asarray(ref.elements.geometries, dtype=object)[positions])
    return {positions[k]: v for k, v in found.items()}


def write_element_files(register, ref, out_dir, ids: Optional[List[str]] = None, servitudes=None) -> dict:
    """Write the follow-up file (HTML and JSON) of the elements ``ids`` (all of them when None) and an index.
    ``servitudes``: the version of the servitudes read (PDA, site classé, monuments of the AC1 générateurs), a
    :class:`..feeds.servitudes.ServitudesVersion`; the latest stored one when None."""
    from ..feeds.servitudes import latest_version
    from ..reference.monuments import monument_reference
    from ..rules.note import safe_file_stem

    version = latest_version() if servitudes is None else servitudes
    ref = monument_reference(ref, version)  # the monuments of the AC1 générateurs, with their source and date
    attrs = ref.elements.attributes
    all_ids = attrs["identifiant"].astype(str).tolist()
    wanted = ref.element_ids(ids or None)  # none given: the 353 (the Rapports dock says «vide = les 353»)
    present = register.present_fields()
    cases = register.case_columns([c for c in CASE_FIELDS if c in present])
    grouped = cases_by_element(cases)
    alerts = register.alerts()
    snapshots = register.plu_snapshots()
    layers, details = version.layers, version.details  # layers and their assiettes' names and dates, one version
    l151 = _plu_l151_19(register)
    position = {i: k for k, i in enumerate(all_ids)}
    near = _plu_changes_near(register, ref, snapshots, wanted, position)
    conditions = register.conditions() if register.schema_version >= 9 else None
    by_element = {} if conditions is None else {k: g for k, g in conditions.groupby("element_id")}
    fictitious = bool(cases["numero"].fillna("").astype(str).str.contains("FICTIF").any())
    out = make_dirs(out_dir)
    index_rows, written = [], []
    with OutputSet() as outs:  # every file renamed into place once all are written: a full disk leaves none
        for eid in wanted:
            rec = element_record(
                ref,
                position[eid],
                grouped.get(eid),
                alerts,
                snapshots,
                layers,
                l151,
                by_element.get(eid),
                near.get(position[eid]),
                details,
            )
            stem = f"element_{safe_file_stem(eid)}"
            outs.write_text(out / f"{stem}.html", element_html(rec, fictitious))
            outs.write_text(out / f"{stem}.json", json.dumps(rec, ensure_ascii=False, indent=1, default=str))
            written.append(str(out / f"{stem}.html"))
            index_rows.append((eid, rec["identite"]["nom"], len(rec["dossiers"]), len(rec["alertes"]), stem))
        index = "".join(
            f"<tr><td><a href='{escape(s)}.html'>{escape(i)}</a></td><td>{escape(n)}</td><td>{d}</td><td>{a}</td></tr>"
            for i, n, d, a, s in index_rows
        )
        heads = "".join(f"<th>{escape(h)}</th>" for h in (tr("Élément"), tr("Nom"), tr("Dossiers"), tr("Alertes")))
        outs.write_text(
            out / "index.html",
            "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>"
            + escape(tr("Fiches de suivi des éléments"))
            + f"</title><style>{CSS}</style></head><body><h1>"
            + escape(tr("Fiches de suivi des éléments ({n})").format(n=len(index_rows)))
            + f"</h1><table><tr>{heads}</tr>{index}</table></body></html>",
        )
    return {"fiches": written, "index": str(out / "index.html"), "elements": len(written)}
