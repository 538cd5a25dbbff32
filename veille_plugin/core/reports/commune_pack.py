"""The «porté à connaissance» of one commune (issue 17; 001 L200–246, 002 L1564–1635): what the commune must know of
the Bien on its territory — its elements and their protections, the rules of the management plan that apply to its
projects and its PLU, the open alerts, the state of its PLU with respect to the Bien (from the latest snapshot the
online watch kept), and a map. Printable HTML (A4) and JSON.
"""

import datetime as _dt
import json

import numpy as np

from ..atomic_files import OutputSet, make_dirs
from ..errors import InputError
from ..i18n import tr
from ..rules.note import map_extent, note_svg_map
from ..vocabulary import display
from .committee import CSS
from .element_file import protections
from .html import escape, french_datetime
from .indicators import plu_marks

_MAP_W, _MAP_H = 960, 600


def commune_pack(register, ref, catalogue, insee: str) -> dict:
    """The porté à connaissance of commune ``insee`` as plain data (plus its map, SVG)."""
    from ..feeds.servitudes import latest_version
    from ..reference.monuments import monument_reference

    com = ref.communes.attributes
    idx = np.flatnonzero(com["insee"].astype(str).to_numpy() == str(insee))
    if not len(idx):
        raise InputError(tr("Commune {c} absente des communes du bassin minier (code INSEE ?).").format(c=insee))
    k = int(idx[0])
    geom = ref.communes.geometries[k]
    el = ref.elements.attributes
    mine = [i for i, codes in enumerate(el["insee"].fillna("").astype(str)) if insee in codes.split(";")]
    version = latest_version()
    ref = monument_reference(ref, version)  # the monuments of the AC1 générateurs too
    servitudes = version.layers
    elements = [
        {
            "identifiant": str(el["identifiant"].iloc[i]),
            "nom": el["nom"].iloc[i],
            "categorie": el["categorie"].iloc[i],
            "protections": [p["protection"] for p in protections(ref, i, servitudes, None)],
        }
        for i in mine
    ]
    alerts = register.alerts(ouvertes=True)
    if len(alerts):
        alerts = alerts[alerts["commune_insee"].fillna("").astype(str).str.contains(insee)]
    marks = plu_marks(register)
    snapshots = [s for s in register.plu_snapshots(insee=insee)]
    plu = {
        "instantane": snapshots[-1]["id"] if snapshots else None,
        "document": (snapshots[-1]["idurba"] or snapshots[-1]["partition"]) if snapshots else None,
        "releve": snapshots[-1]["fetched_at"] if snapshots else None,
        "perimetre_unesco": insee in marks["perimetre_unesco"],
        "l151_19": insee in marks["l151_19"],
        "permis_de_demolir": insee in marks["permis_de_demolir"],
    }
    rules = [
        {
            "regle": r.id,
            "titre": r.data.get("titre", ""),
            "severite": r.data.get("severite", ""),
            "s_applique_a": list(r.data.get("s_applique_a") or []),
        }
        for r in catalogue.rules
    ]
    aspect = (_MAP_W - 280 - 12) / _MAP_H
    svg = note_svg_map(
        ref,
        geom,
        distance=0.0,
        highlight=[e["identifiant"] for e in elements],
        extent=map_extent(geom, ref, 0.0, aspect=aspect),
    )
    name = str(com["nom"].iloc[k])
    svg = svg.replace(f">{escape(tr('Cas analysé'))}</text>", f">{escape(name)}</text>", 1)
    return {
        "commune": {"insee": insee, "nom": name, "epci": com["epci_nom"].iloc[k]},
        "elements": elements,
        "regles": rules,
        "alertes_ouvertes": [
            {"id": int(a["id"]), "titre": a["titre"], "statut": a["statut"], "priorite": a.get("priorite")}
            for a in alerts.to_dict("records")
        ],
        "plu": plu,
        "catalogue": f"{catalogue.name} v{catalogue.version}",
        "_carte": svg,
    }


def commune_pack_html(pack: dict) -> str:
    """The porté à connaissance as printable HTML."""
    c = pack["commune"]
    title = tr("Porté à connaissance — {n} ({i})").format(n=c["nom"], i=c["insee"])
    yes, no = tr("oui"), tr("non")
    parts = [
        f"<h1>{escape(title)}</h1>",
        f"<p class='meta'>{escape(tr('EPCI : {e}').format(e=c['epci']))} — "
        f"{escape(tr('établi le {d}').format(d=_dt.date.today().strftime('%d/%m/%Y')))}</p>",
        f"<h2>{escape(tr('Carte'))}</h2>{pack['_carte']}",
        f"<h2>{escape(tr('Éléments du Bien sur la commune ({n})').format(n=len(pack['elements'])))}</h2>",
    ]
    parts.append(
        "<table><tr><th>"
        + "</th><th>".join(escape(h) for h in (tr("Élément"), tr("Nom"), tr("Catégorie"), tr("Protections")))
        + "</th></tr>"
        + "".join(
            f"<tr><td>{escape(e['identifiant'])}</td><td>{escape(e['nom'])}</td><td>{escape(e['categorie'])}</td>"
            f"<td>{escape('; '.join(e['protections']) or '—')}</td></tr>"
            for e in pack["elements"]
        )
        + "</table>"
    )
    p = pack["plu"]
    parts.append(f"<h2>{escape(tr('Le PLU au regard du Bien'))}</h2>")
    if p["instantane"] is None:
        parts.append(f"<p>{escape(tr('Aucun PLU relevé en ligne pour cette commune (veille des PLU).'))}</p>")
    else:
        last = tr("Dernière version relevée : {d}, instantané n° {i} du {t}.").format(
            d=p["document"], i=p["instantane"], t=french_datetime(p["releve"])
        )
        parts.append(
            f"<p>{escape(last)}</p><table>"
            + "".join(
                f"<tr><th>{escape(label)}</th><td>{escape(yes if p[key] else no)}</td></tr>"
                for key, label in (
                    ("perimetre_unesco", tr("périmètre UNESCO reporté (informations 40-01, 40-02)")),
                    ("l151_19", tr("éléments protégés au titre de l'article L.151-19 (prescriptions 07)")),
                    ("permis_de_demolir", tr("périmètre du permis de démolir (information 42-01)")),
                )
            )
            + "</table>"
        )
    parts.append(f"<h2>{escape(tr('Alertes ouvertes ({n})').format(n=len(pack['alertes_ouvertes'])))}</h2>")
    parts.append(
        "<table>"
        + "".join(
            f"<tr><td>n° {a['id']}</td><td>{escape(a['titre'])}</td>"
            f"<td>{escape(display(a['statut'], 'alerte_statut'))}</td>"
            f"<td>{escape(a.get('priorite') or '')}</td></tr>"
            for a in pack["alertes_ouvertes"]
        )
        + "</table>"
        if pack["alertes_ouvertes"]
        else f"<p>{escape(tr('Aucune.'))}</p>"
    )
    parts.append(f"<h2>{escape(tr('Règles du plan de gestion ({c})').format(c=pack['catalogue']))}</h2>")
    parts.append(
        "<table>"
        + "".join(
            f"<tr><td>{escape(r['regle'])}</td><td>{escape(tr(r['titre']))}</td>"
            f"<td>{escape(display(r['severite'], 'severite'))}</td>"
            f"<td>{escape(', '.join(r['s_applique_a']))}</td></tr>"
            for r in pack["regles"]
        )
        + "</table>"
    )
    return (
        "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>{''.join(parts)}</body></html>"
    )


def write_commune_pack(register, ref, catalogue, insee: str, out_dir) -> dict:
    """Write pac_<INSEE>.html and pac_<INSEE>.json; return their paths and the data (without the map)."""
    pack = commune_pack(register, ref, catalogue, insee)
    out = make_dirs(out_dir)
    html_path, json_path = out / f"pac_{insee}.html", out / f"pac_{insee}.json"
    data = {k: v for k, v in pack.items() if not k.startswith("_")}
    with OutputSet() as outs:  # both files renamed into place together, or none
        outs.write_text(html_path, commune_pack_html(pack))
        outs.write_text(json_path, json.dumps(data, ensure_ascii=False, indent=2, default=str))
    return {"rapports": [str(html_path)], "json": [str(json_path)], "pac": data}
