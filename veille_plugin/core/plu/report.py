"""Outputs of the PLU watch: HTML report per commune (escaped text, inline SVG map), changes layer
(GeoPackage, EPSG:2154), CSV files (UTF-8 with BOM, «;»)."""

from pathlib import Path
from typing import Optional

import numpy as np
import pandas as pd
import shapely

from ..atomic_files import OutputSet, make_dirs
from ..i18n import tr
from ..reference.data import ReferenceData
from ..reports.html import escape as esc
from ..reports.html import french_date, french_number
from ..rules.note import generator_label, map_extent, note_svg_map
from ..vocabulary import VERDICT_CHECK, VERDICT_FAIL, VERDICT_MISSING, VERDICT_OK, display
from ..vector_io import write_gpkg_layer
from .checks import PluCheck
from .diff import CATEGORIES, PluDiff
from .labels import element_names, elements_words, plain_changes, zone_words
from .model import anomalies_table

MAX_ROWS = 200
#: Elements named in a row of the changes table (the others counted: «… et N autre(s)»)
ELEMENTS_LISTED = 8

_CSS = """
body{font-family:'DejaVu Sans',Arial,sans-serif;margin:1.5em;color:#111;max-width:1100px}
h1{font-size:1.5em}h2{font-size:1.2em;border-bottom:1px solid #999;margin-top:1.6em}
table{border-collapse:collapse;width:100%;margin:.5em 0;font-size:.9em}
th,td{border:1px solid #bbb;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#eee}
td.n{text-align:right;white-space:nowrap}
.fictif{background:#fff3cd;border:1px solid #e0b000;padding:.5em}
.v-fail{color:#b00020;font-weight:bold}
.v-check{color:#a15c00;font-weight:bold}
.v-missing{color:#555;font-style:italic}
.v-ok{color:#1b5e20}
.note{font-size:.85em;color:#444}
"""
_VCLASS = {VERDICT_FAIL: "v-fail", VERDICT_CHECK: "v-check", VERDICT_MISSING: "v-missing", VERDICT_OK: "v-ok"}


def _table(headers, rows, numeric=()) -> str:
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = []
    for r in rows:
        cells = []
        for k, v in enumerate(r):
            cls = ' class="n"' if k in numeric else ""
            cells.append(f"<td{cls}>{v}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def hectares(v) -> str:
    """Hectares as the French write them: «24,69»."""
    try:
        return french_number(float(v), 2)
    except (TypeError, ValueError):
        return ""


def _is_fictitious(*versions) -> bool:
    return any("FICTIF" in " ".join([v.source, v.label] + v.idurba).upper() for v in versions if v is not None)


def commune_name(ref: ReferenceData, insee: Optional[str]) -> str:
    """Name of a commune from its INSEE code."""
    if not insee:
        return tr("commune non déterminée")
    a = ref.communes.attributes
    hit = a.loc[a["insee"].astype(str) == str(insee), "nom"]
    return f"{hit.iloc[0]} ({insee})" if len(hit) else str(insee)


#: A change wider than this is drawn but does not frame the map when smaller changes exist: a 696 ha permis de
#: démolir outline must not shrink a few zoning changes to dots (issue 15, point 8).
FRAMING_MAX_HA = 50.0


def map_framing(geoms: np.ndarray):
    """(geometry the map is framed on, hectares of the largest change left outside the framing, how many of them).

    The map is framed on the changes of at most ``FRAMING_MAX_HA`` when there are some; the wider ones are still
    drawn, cut by the frame, and the report says so. With only wide changes, all of them frame the map."""
    areas = shapely.area(geoms) / 10_000.0
    small = areas <= FRAMING_MAX_HA
    if small.any() and not small.all():
        return shapely.union_all(geoms[small]), float(areas[~small].max()), int((~small).sum())
    return shapely.union_all(geoms), 0.0, 0


def _map(ref, geoms: np.ndarray, distance: float, label: str = "") -> str:
    geoms = np.asarray([g for g in geoms if g is not None and not g.is_empty], dtype=object)
    if not len(geoms):
        return ""
    framing, widest_ha, wide = map_framing(geoms)
    extent = map_extent(framing, ref, 0.0, aspect=(960 - 280 - 12) / 598)
    # each change drawn with its own outline (a union would dissolve the zones lying inside a wide outline)
    svg = note_svg_map(ref, shapely.geometrycollections(list(geoms)), distance=0.0, extent=extent)
    if label:  # the shared map says «Cas analysé»: name what is drawn here
        svg = svg.replace(f">{esc(tr('Cas analysé'))}</text>", f">{esc(label)}</text>", 1)
        svg = svg.replace(f'aria-label="{esc(tr("Extrait de carte du cas analysé"))}"', f'aria-label="{esc(label)}"', 1)
    if wide:
        cut = tr(
            "Carte cadrée sur les changements de moins de {max} ha : {k} changement(s) plus étendu(s), jusqu'à {ha} "
            "ha, dépasse(nt) du cadre (voir le tableau)."
        ).format(max=french_number(FRAMING_MAX_HA), k=wide, ha=hectares(widest_ha))
        svg += f"<p class='note'>{esc(cut)}</p>"
    return svg


def diff_report_html(
    diff: PluDiff, ref: ReferenceData, insee: Optional[str] = None, check: Optional[PluCheck] = None, date=None
) -> str:
    """The HTML report of a PLU comparison for one commune (or all), with its map."""
    p = diff.pieces
    sel = np.ones(len(p), dtype=bool) if insee is None else (p["insee"] == insee).to_numpy()
    sub = p[sel]
    geoms = diff.geometries[sel]
    s = diff.summary(insee)
    title = tr("Évolution du PLU – {c}").format(c=commune_name(ref, insee) if insee else tr("toutes communes"))
    h = [
        '<!DOCTYPE html><html lang="fr"><head><meta '
        f'charset="utf-8"><title>{esc(title)}</title><style>{_CSS}</style></head><body>'
    ]
    h.append(f"<h1>{esc(title)}</h1>")
    if _is_fictitious(diff.before, diff.after):
        h.append(
            '<p '
            f'class="fictif">{esc(tr("Données FICTIVES de démonstration : ce rapport ne décrit aucun PLU réel."))}</p>'
        )
    before = tr("Version de référence (avant) : {a}").format(a=", ".join(diff.before.idurba) or diff.before.label)
    after = tr("Version comparée (après) : {b}").format(b=", ".join(diff.after.idurba) or diff.after.label)
    params = tr("Proximité des éléments : {d} m ; données de référence : {v} ; rapport du {date}.").format(
        d=french_number(diff.params.get("distance_m", 500)), v=ref.version, date=french_date(date)
    )
    h.append(f"<p>{esc(before)}<br>{esc(after)}<br>{esc(params)}</p>")
    h.append(f"<h2>{esc(tr('Synthèse'))}</h2>")
    rows = []
    for d in s["par_categorie"].values():
        rows.append(
            [
                esc(d["libelle"]),
                d["nombre"],
                hectares(d["surface_ha"]),
                hectares(d["surface_bien_ha"]),
                hectares(d["surface_zone_tampon_ha"]),
                hectares(d["surface_proximite_ha"]),
            ]
        )
    if rows:
        h.append(
            _table(
                [
                    tr("Changement"),
                    tr("Nombre"),
                    tr("Surface (ha)"),
                    tr("dans le Bien (ha)"),
                    tr("en zone tampon (ha)"),
                    tr("près des éléments (ha)"),
                ],
                rows,
                numeric=(1, 2, 3, 4, 5),
            )
        )
    else:
        h.append(f"<p>{esc(tr('Aucun changement détecté.'))}</p>")
    o = s["ouverture_urbanisation_ha"]
    h.append(
        "<ul>"
        + "".join(
            f"<li>{esc(t)}</li>"
            for t in (
                tr(
                    "Zones agricoles ou naturelles ouvertes à l'urbanisation : {t} ha, dont {b} ha dans le Bien, "
                    "{z} ha en zone tampon, {n} ha près des éléments."
                ).format(
                    t=hectares(o["total"]),
                    b=hectares(o["bien"]),
                    z=hectares(o["zone_tampon"]),
                    n=hectares(o["proximite_elements"]),
                ),
                tr("Nouvelles zones à urbaniser (AU) : {h} ha.").format(h=hectares(s["nouvelles_zones_au_ha"])),
                tr(
                    "Protections patrimoniales (L.151-19) supprimées : {n} ; paysagères ou écologiques (L.151-23) : "
                    "{m}."
                ).format(n=s["protections_patrimoniales_supprimees"], m=s["protections_paysageres_supprimees"]),
                tr("Périmètre du permis de démolir retiré : {h} ha.").format(
                    h=hectares(s["perimetre_permis_de_demolir_supprime_ha"])
                ),
            )
        )
        + "</ul>"
    )
    svg = _map(ref, geoms, diff.params.get("distance_m", 500), tr("Changements du PLU"))
    if svg:
        note = tr(
            "En magenta : les changements (zonage, prescriptions, informations). Géométries de référence "
            "simplifiées (~10 m)."
        )
        h.append(f"<h2>{esc(tr('Carte des changements'))}</h2>{svg}<p class='note'>{esc(note)}</p>")
    if check is not None:
        title = tr("Contrôle du projet (règles R13–R18 et R28 du catalogue {v})").format(
            v=check.screening.rules.catalogue.version
        )
        h.append(f"<h2>{esc(title)}</h2>")
        h.append(check_section_html(check, insee))
    h.append(f"<h2>{esc(tr('Changements'))}</h2>")
    order = sub.assign(_o=sub["categorie"].map({c: k for k, c in enumerate(CATEGORIES)})).sort_values(
        ["_o", "surface_ha"], ascending=[True, False]
    )
    rows = []
    shown = order.head(MAX_ROWS)
    words = plain_changes(shown, ref)
    names = element_names(ref)
    for (_, r), w in zip(shown.iterrows(), words.to_dict("records")):
        what = (
            " → ".join(t for t in (w["avant"], w["apres"]) if t)
            if r["table"] == "ZONE_URBA"
            else w["avant"] or w["apres"]
        )
        size = (
            hectares(r["surface_ha"])
            if r["surface_ha"]
            else (f"{french_number(r['longueur_m'])} m" if r["longueur_m"] else tr("ponctuel"))
        )
        rows.append(
            [
                esc(w["changement"]),
                esc(what),
                size,
                hectares(r["surface_bien_ha"]),
                hectares(r["surface_zone_tampon_ha"]),
                hectares(r["surface_proximite_ha"]),
                esc(elements_words(r["elements_proches"], names, ELEMENTS_LISTED, " ; ")),
                esc(w["codes"]),
            ]
        )
    if rows:
        h.append(
            _table(
                [
                    tr("Changement"),
                    tr("Détail"),
                    tr("Surface (ha)"),
                    tr("Bien (ha)"),
                    tr("Zone tampon (ha)"),
                    tr("Près des éléments (ha)"),
                    tr("Éléments proches"),
                    tr("Codes CNIG"),
                ],
                rows,
                numeric=(2, 3, 4, 5),
            )
        )
        if len(order) > MAX_ROWS:
            more = tr("… {n} changements en tout : voir changements.csv et la couche GeoPackage.").format(n=len(order))
            h.append(f"<p class='note'>{esc(more)}</p>")
    zones = diff.zones[diff.zones["statut"] != "inchangée"]
    if len(zones):
        h.append(f"<h2>{esc(tr('Zones modifiées (par libellé)'))}</h2>")
        h.append(
            _table(
                [
                    tr("Libellé"),
                    tr("Type"),
                    tr("Statut"),
                    tr("Avant (ha)"),
                    tr("Après (ha)"),
                    tr("Gagnée (ha)"),
                    tr("Perdue (ha)"),
                ],
                [
                    [
                        esc(z.libelle),
                        esc(zone_words(None, z.typezone)),
                        esc(z.statut),
                        hectares(z.surface_avant_ha),
                        hectares(z.surface_apres_ha),
                        hectares(z.surface_gagnee_ha),
                        hectares(z.surface_perdue_ha),
                    ]
                    for z in zones.head(MAX_ROWS).itertuples()
                ],
                numeric=(3, 4, 5, 6),
            )
        )
    h.append(anomalies_html(diff.anomalies))
    h.append(f"<p class='note'>{esc(generator_label())}</p></body></html>")
    return "".join(h)


def check_section_html(check: PluCheck, insee: Optional[str] = None) -> str:
    """The R13–R18 et R28 section of a report."""
    h = []
    rows = []
    for r in check.rule_summary(insee):
        extra = tr(" (manque : {m})").format(m=", ".join(r["donnees_manquantes"])) if r["donnees_manquantes"] else ""
        rows.append(
            [
                esc(r["regle"]),
                esc(tr(r["titre"])),
                f'<span class="{_VCLASS.get(r["verdict"], "")}">{esc(display(r["verdict"], "verdict"))}</span>'
                f"{esc(extra)}",
                esc(display(r["severite"], "severite")),
            ]
        )
    h.append(_table([tr("Règle"), tr("Titre"), tr("Verdict"), tr("Sévérité")], rows))
    findings = check.findings(insee)
    if findings:
        rows = [
            [
                esc(f"{f['regle']} {tr(f['titre']) if f.get('titre') else ''}".strip()),
                f'<span class="{_VCLASS.get(f["verdict"], "")}">{esc(display(f["verdict"], "verdict"))}</span>',
                esc(f["cas"]),
                esc(f["motif"]),
                esc(f["recommandation"]),
            ]
            for f in findings[:MAX_ROWS]
        ]
        h.append(_table([tr("Règle"), tr("Verdict"), tr("Objet"), tr("Motif"), tr("Recommandation")], rows))
    return "".join(h)


def check_report_html(check: PluCheck, ref: ReferenceData, insee: Optional[str] = None, date=None) -> str:
    """The HTML report of a PLU check alone."""
    title = tr("Contrôle du PLU – {c}").format(
        c=commune_name(ref, insee) if insee else ", ".join(check.version.idurba) or check.version.label
    )
    h = [
        '<!DOCTYPE html><html lang="fr"><head><meta '
        f'charset="utf-8"><title>{esc(title)}</title><style>{_CSS}</style></head><body><h1>{esc(title)}</h1>'
    ]
    if _is_fictitious(check.version, check.diff.before if check.diff else None):
        h.append(
            '<p '
            f'class="fictif">{esc(tr("Données FICTIVES de démonstration : ce rapport ne décrit aucun PLU réel."))}</p>'
        )
    cat = check.screening.rules.catalogue
    checked = tr("Version contrôlée : {v} ; catalogue « {c} » version {n} ; rapport du {d}.").format(
        v=", ".join(check.version.idurba) or check.version.label, c=cat.name, n=cat.version, d=french_date(date)
    )
    h.append(f"<p>{esc(checked)}</p>")
    h.append(check_section_html(check, insee))
    fired = [f["indice_cas"] for f in check.findings(insee)]
    if fired:
        svg = _map(ref, check.screening.cases.geometries[np.array(sorted(set(fired)))], 0.0, tr("Objets des constats"))
        if svg:
            h.append(f"<h2>{esc(tr('Carte des constats'))}</h2>{svg}")
    h.append(anomalies_html(check.version.anomalies))
    h.append(f"<p class='note'>{esc(generator_label())}</p></body></html>")
    return "".join(h)


def anomalies_html(anomalies) -> str:
    """The anomalies section of a report."""
    if not anomalies:
        return f"<h2>{esc(tr('Anomalies des données'))}</h2><p>{esc(tr('Aucune anomalie.'))}</p>"
    rows = [
        [
            esc(a.niveau),
            esc(a.version),
            esc(a.fichier),
            esc(a.couche),
            esc("" if a.entite is None else a.entite),
            esc(a.champ),
            esc("" if a.valeur is None else a.valeur),
            esc(a.message),
            esc(a.action),
        ]
        for a in anomalies[:MAX_ROWS]
    ]
    more = (
        f"<p class='note'>{esc(tr('… {n} anomalies en tout : voir anomalies.csv.').format(n=len(anomalies)))}</p>"
        if len(anomalies) > MAX_ROWS
        else ""
    )
    return (
        f"<h2>{esc(tr('Anomalies des données'))}</h2>"
        + _table(
            [
                tr("Niveau"),
                tr("Version"),
                tr("Fichier"),
                tr("Couche"),
                tr("Entité"),
                tr("Champ"),
                tr("Valeur"),
                tr("Message"),
                tr("À faire"),
            ],
            rows,
        )
        + more
    )


# ----------------------------------------------------------------------------- files


def write_csv(df: pd.DataFrame, path, outputs: Optional[OutputSet] = None) -> Path:
    """Write a table as a spreadsheet-safe CSV (whole or not at all; with ``outputs``, renamed with that set)."""
    from ..reports.spreadsheet_csv import write_spreadsheet_csv

    return write_spreadsheet_csv(df, path, outputs)


#: Columns of the changes table saying the codes in words (with the reference data): {column: column of plain_changes}
WORD_COLUMNS = {
    "avant_en_clair": "avant",
    "apres_en_clair": "apres",
    "commune_nom": "commune",
    "elements_noms": "elements",
}


def changes_table(diff: PluDiff, ref: Optional[ReferenceData] = None) -> pd.DataFrame:
    """The changes as a flat table (CSV and layer attributes); with the reference data ``ref``, the zones,
    prescriptions, commune and nearby elements also in words (``WORD_COLUMNS``)."""
    df = diff.pieces.drop(columns=["insee_localisation"], errors="ignore").copy()
    if ref is not None and len(df):
        words = plain_changes(df, ref)
        for column, source in WORD_COLUMNS.items():
            df[column] = words[source].to_numpy()
    for c in ("avant_fid", "apres_fid"):
        df[c] = df[c].map(lambda v: None if v is None or (isinstance(v, float) and np.isnan(v)) else str(int(v)))
    for c in df.columns:
        if df[c].dtype == object:
            df[c] = df[c].map(lambda v: None if v is None or (isinstance(v, float) and np.isnan(v)) else str(v))
    return df


def write_changes_layer(
    diff: PluDiff, path, layer: str = "changements_plu", ref: Optional[ReferenceData] = None
) -> Path:
    """Write the changes as a GeoPackage layer (EPSG:2154); with ``ref``, their words beside the codes."""
    path = Path(path)
    df = changes_table(diff, ref)
    for c in (
        "ouverture_urbanisation",
        "nouvelle_zone_au",
        "permis_de_demolir",
        "dans_bien",
        "dans_zone_tampon",
        "a_proximite",
    ):
        df[c] = df[c].astype(int)
    geoms = np.asarray(diff.geometries, dtype=object)
    if len(geoms):
        kinds = shapely.get_dimensions(geoms)
        for dim, name in ((2, layer), (1, layer + "_lignes"), (0, layer + "_points")):
            m = kinds == dim
            if m.any() or dim == 2:
                write_gpkg_layer(
                    path,
                    name,
                    df[m].reset_index(drop=True),
                    geoms[m],
                    description=tr("Changements entre deux versions du PLU (EPSG:2154)"),
                )
    else:
        write_gpkg_layer(path, layer, df, geoms)
    return path


def write_diff_outputs(
    diff: PluDiff, ref: ReferenceData, out_dir, check: Optional[PluCheck] = None, date=None, progress=None
) -> dict:
    """rapport_<INSEE>.html per commune (plus rapport.html when several), changements.gpkg/.csv, zones_modifiees.csv,
    anomalies.csv. Returns {kind: path}."""
    from ..rules.note import safe_file_stem

    out = make_dirs(out_dir)
    files = {"rapports": []}
    communes = diff.communes() or [diff.params.get("commune")]
    communes = [c for c in communes if c] or [None]
    with OutputSet() as outs:  # every file renamed into place once all are written: a full disk leaves none
        for k, c in enumerate(communes):
            if progress is not None:
                progress(k / max(len(communes), 1), tr("Rapport {c}").format(c=c or ""))
            name = f"rapport_{safe_file_stem(c)}.html" if c else "rapport.html"
            outs.write_text(out / name, diff_report_html(diff, ref, c, check, date))
            files["rapports"].append(str(out / name))
        if len(communes) > 1:
            outs.write_text(out / "rapport.html", diff_report_html(diff, ref, None, check, date))
            files["rapports"].append(str(out / "rapport.html"))
        gpkg = out / "changements.gpkg"
        write_changes_layer(diff, outs.staged(gpkg), ref=ref)  # a new file, replacing the previous one whole
        files["couche"] = str(gpkg)
        files["csv"] = str(write_csv(changes_table(diff, ref), out / "changements.csv", outs))
        files["zones"] = str(write_csv(diff.zones, out / "zones_modifiees.csv", outs))
        files["anomalies"] = str(write_csv(anomalies_table(diff.anomalies), out / "anomalies.csv", outs))
    return files


def write_check_outputs(check: PluCheck, ref: ReferenceData, out_dir, date=None) -> dict:
    """Write the check's report and CSV into a folder; return their paths."""
    out = make_dirs(out_dir)
    files = {"rapports": []}
    communes = check.communes() or [None]
    with OutputSet() as outs:  # the reports and CSV renamed into place together, or none
        for c in communes:
            name = f"controle_{c}.html" if c else "controle.html"
            outs.write_text(out / name, check_report_html(check, ref, c, date))
            files["rapports"].append(str(out / name))
        findings = pd.DataFrame(
            [
                {k: (v if not isinstance(v, (list, dict)) else str(v)) for k, v in f.items() if k != "indice_cas"}
                for f in check.findings()
            ]
        )
        files["constats"] = str(write_csv(findings, out / "constats.csv", outs))
        files["anomalies"] = str(write_csv(anomalies_table(check.version.anomalies), out / "anomalies.csv", outs))
    return files
