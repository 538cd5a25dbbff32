"""The sweep report (HTML, French) for the comité technique.

Counts by zone, severity, EPCI and commune; new and changed cases first; a map; the cumulative
view per cité and per component (the «grappes de projets» the manager must judge together);
the rows that could not be read or located. Every text is escaped; no UNESCO emblem.
"""

import re

import numpy as np
import pandas as pd

from ..i18n import tr
from ..impact.assessment import attribute_words
from ..impact.ordering import priority_labels, sort_by_priority
from ..reports.case_map import cases_map_svg
from ..reports.case_words import change_cell, detail_in_words, gone_sentence, rule_ids, rule_titles
from ..reports.html import TABLE_CSS, Markup, html_table
from ..reports.html import escape as _e
from ..screening.location_precision import commune_touches
from ..vocabulary import (
    CHANGE_GONE,
    CHANGE_MODIFIED,
    CHANGE_NEW,
    CHANGE_UNCHANGED,
    ZONE_BIEN,
    ZONE_COMMUNE,
    ZONE_HORS,
    ZONE_TAMPON,
    ZONE_UNLOCATED,
    display,
)

MAX_ROWS = 2000  # the full list stays readable; cases.csv holds everything
MAX_WORKS_CHARS = 90  # the works as the table shows them (the whole text is in cases.csv)

CSS = (
    """
body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10pt;color:#1c2833;margin:18px;max-width:1200px}
h1{font-size:17pt;margin:0 0 4px}h2{font-size:13pt;border-bottom:2px solid #b7950b;margin-top:22px}
table{border-collapse:collapse;margin:6px 0 10px}
th,td{border:1px solid #d5d8dc;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f4f6f6}
td.n{text-align:right}
.muted{color:#566573;font-size:9pt}
.warn{background:#fdebd0;padding:6px;border-left:5px solid #d35400}
.tag{display:inline-block;padding:1px 5px;border-radius:3px;color:white;font-size:9pt}
.grid{display:flex;gap:24px;flex-wrap:wrap}
td.prio{min-width:6.5em}
@page{size:A4 landscape;margin:1cm}
@media print{body{margin:0;max-width:none;font-size:8pt}}
"""
    + TABLE_CSS
)


def per_value(series: pd.Series, func) -> pd.Series:
    """``series.map(func)`` with ``func`` called once per distinct value (a million cases hold a few hundred zones,
    communes or attributes), missing values passed to ``func`` as they are."""
    if series.dtype != object or len(series) < 1000:
        return series.map(func)
    values = series.to_numpy()
    codes, uniques = pd.factorize(values)
    words = np.empty(len(uniques), dtype=object)
    words[:] = [func(u) for u in uniques]
    out = np.empty(len(values), dtype=object)
    known = codes >= 0
    out[known] = words[codes[known]]
    missing = np.flatnonzero(~known)
    if len(missing):
        none = np.fromiter((v is None for v in values[missing]), dtype=bool, count=len(missing))
        if none.any():
            out[missing[none]] = func(None)
        out[missing[~none]] = [func(v) for v in values[missing[~none]]]  # NaN, NaT…: rare
    return pd.Series(out, index=series.index, name=series.name).infer_objects()


def _table(df: pd.DataFrame, numeric=()) -> str:
    head = "".join(f"<th>{_e(c)}</th>" for c in df.columns)
    number = tr("dossier")  # a case number stays on one line
    rows = []
    for rec in df.itertuples(index=False):
        cells = "".join(
            f"<td class='n'>{_e(v)}</td>"
            if c in numeric
            else (f"<td class='num'>{_e(v)}</td>" if c == number else f"<td>{_e(v)}</td>")
            for c, v in zip(df.columns, rec)
        )
        rows.append(f"<tr>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _counts(series: pd.Series, label: str) -> str:
    series = per_value(series, lambda v: v.replace("_", " ") if isinstance(v, str) else v)
    vc = series.fillna(tr("(non renseigné)")).replace("", tr("(non renseigné)")).value_counts()
    return _table(pd.DataFrame({label: vc.index, tr("dossiers"): vc.values}), numeric=(tr("dossiers"),))


def _months(first_seen: pd.Series) -> np.ndarray:
    """«YYYY-MM» of each date (NaN when unreadable), parsed and written once per distinct date (one per sweep)."""
    codes, uniques = pd.factorize(first_seen.to_numpy(dtype=object))
    words = (
        pd.to_datetime(pd.Series(uniques, dtype=object), errors="coerce").dt.strftime("%Y-%m").to_numpy(dtype=object)
    )
    out = np.full(len(codes), np.nan, dtype=object)
    out[codes >= 0] = words[codes[codes >= 0]]
    return out


def _split_ids(column: pd.Series) -> tuple:
    """(row of each id, the ids) of a column of «;»-separated ids, empty ones left out, in the rows' order: what
    ``str.split(";")`` then ``explode`` give, each distinct text split once."""
    codes, uniques = pd.factorize(column.fillna("").astype(str).to_numpy(dtype=object))
    pieces = [[x for x in u.split(";") if x != ""] for u in uniques]
    lengths = np.array([len(p) for p in pieces] + [0], dtype=np.int64)[codes]  # a missing text (code -1): none
    flat = np.array([x for p in pieces for x in p] + [""], dtype=object)
    starts = np.concatenate([[0], np.cumsum([len(p) for p in pieces])]).astype(np.int64)
    rows = np.repeat(np.arange(len(codes)), lengths)
    within = np.arange(len(rows)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    return rows, flat[starts[codes[rows]] + within]


def cumulative_view(register, ref, months: int = 6) -> pd.DataFrame:
    """Cases accumulated per cité and per component across all sweeps (the «grappes de projets»)."""
    cases = register.case_columns(["elements", "composantes", "first_seen"])  # not the whole register (geometries…)
    if cases.empty:
        return pd.DataFrame()
    el = ref.elements.attributes.set_index("identifiant")
    month = _months(cases["first_seen"])
    parts = []
    for level, col in (("element", "elements"), ("composante", "composantes")):
        rows, ids = _split_ids(cases[col])
        exploded = pd.DataFrame({"id": ids, "mois": month[rows]})
        parts.append(exploded.assign(niveau=level)[["niveau", "id", "mois"]])
    df = pd.concat(parts, ignore_index=True)
    if df.empty:
        return pd.DataFrame()
    df = df.sort_values(["niveau"], kind="stable").reset_index(drop=True)
    total = df.groupby(["niveau", "id"]).size().rename("total")
    recent = sorted(df["mois"].dropna().unique())[-months:]
    pivot = df[df["mois"].isin(recent)].pivot_table(
        index=["niveau", "id"], columns="mois", aggfunc="size", fill_value=0
    )
    out = pd.concat([total, pivot], axis=1).fillna(0).reset_index()
    names, cats = [], []
    comp_names = dict(zip(ref.components.attributes["no_composante"].astype(str), ref.components.attributes["nom"]))
    for level, ident in zip(out["niveau"], out["id"]):
        if level == "element" and ident in el.index:
            names.append(el.loc[ident, "nom"])
            cats.append(el.loc[ident, "categorie"])
        else:
            names.append(comp_names.get(ident, ""))
            cats.append(tr("composante"))
    out.insert(2, "nom", names)
    out.insert(3, "categorie", cats)
    out = out.sort_values(["total", "id"], ascending=[False, True])
    for c in out.columns[4:]:
        out[c] = out[c].astype(int)
    return out


def order_for_committee(cases: pd.DataFrame, presorted: bool = False) -> pd.DataFrame:
    """The Bien first, then by priority (what could harm the property most); new, changed and gone before unchanged;
    then the rules' severity and the number. ``presorted``: ``cases`` already in :func:`sort_by_priority`'s order
    (the sweep's files), so only the Bien is moved first, keeping that order (the same rows, one pass, no sort)."""
    if not presorted:
        return sort_by_priority(cases, bien_first=True)
    return cases.iloc[_bien_first(cases)]


def _bien_first(cases: pd.DataFrame) -> np.ndarray:
    """Positions of the rows, those in the Bien first, each part in its order."""
    if "zone" not in cases.columns:
        return np.arange(len(cases))
    bien = (cases["zone"] == ZONE_BIEN).to_numpy()
    return np.concatenate([np.flatnonzero(bien), np.flatnonzero(~bien)])


#: The columns report_html reads over every case (counts, map, legend, warnings): only those are put in order
_READ_OVER_ALL = (
    "numero",
    "changement",
    "zone",
    "severite",
    "priorite_rang",
    "priorite",
    "epci",
    "commune_nom",
    "geom_wkb",
    "regles",
)
_POSITION = "__position_dans_les_dossiers__"


def committee_view(cases: pd.DataFrame, ref, catalogue) -> pd.DataFrame:
    """The cases as a committee reads them: zone, localisation, severity and triage status in words (in the
    interface's language), elements and rules with their names, the works shortened (vectorised over the columns)."""
    out = cases.copy()
    names = dict(zip(ref.elements.attributes["identifiant"], ref.elements.attributes["nom"]))

    def named(value, table):
        if not isinstance(value, str) or not value:
            return ""
        return " ; ".join(f"{v} {table[v]}" if v in table else v for v in value.split(";") if v)

    if "priorite_rang" in out:
        out["priorite"] = priority_labels(out["priorite_rang"])
    for family in ("zone", "localisation", "severite", "statut_veille"):  # stored French words → words shown
        if family in out:
            out[family] = per_value(out[family], lambda v, f=family: display(v, f) if isinstance(v, str) else v)
    if "priorite_attribut" in out:
        out["priorite_attribut"] = per_value(out["priorite_attribut"], attribute_words)
    if "elements" in out:
        out["elements"] = per_value(out["elements"], lambda v: named(v, names))
    if "regles" in out:  # ids here, their titles in the legend under the table (rules_legend)
        out["regles"] = per_value(
            out["regles"], lambda v: ", ".join(x for x in v.split(";") if x) if isinstance(v, str) else ""
        )
    if "travaux" in out:
        works = out["travaux"].fillna("").astype(str)
        out["travaux"] = works.where(works.str.len() <= MAX_WORKS_CHARS, works.str.slice(0, MAX_WORKS_CHARS) + "…")
    for col in ("adresse", "detail_changement"):
        if col in out:
            out[col] = out[col].fillna("")
    return out


def rules_legend(cases: pd.DataFrame, catalogue) -> str:
    """The titles of the rules cited in ``cases`` (HTML list), so that the tables can cite them by id."""
    lists = pd.unique(cases.get("regles", pd.Series(dtype=object)).dropna())  # each distinct list read once
    cited = sorted({x for v in lists for x in str(v).split(";") if x})
    titles = {r.id: tr(r.titre) for r in catalogue.rules}  # translated when a translation exists
    items = "".join(f"<li><b>{_e(r)}</b> {_e(titles.get(r, ''))}</li>" for r in cited)
    return f"<p class='muted'>{_e(tr('Règles citées :'))}</p><ul class='muted'>{items}</ul>" if items else ""


def _text(value) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


def case_table(cases: pd.DataFrame, ref, catalogue, when, numbers=None) -> str:
    """The cases as an A4 table (landscape): the map's number, the case number on one line, the priority and the
    attribute most affected, what changed (field names in French, a case gone from its source said so), the commune
    with its zone and localisation, the works, the elements and the rules by their names, the rules' codes in a
    column of their own for specialists, the severity and the triage status."""
    view = committee_view(cases, ref, catalogue)
    day = when.strftime("%d/%m/%Y")
    rows = []
    for key, r in zip(cases.index, view.itertuples()):
        change = _text(getattr(r, "changement", ""))
        detail = gone_sentence(day) if change == CHANGE_GONE else detail_in_words(getattr(r, "detail_changement", ""))
        where = " · ".join(x for x in (_text(getattr(r, "zone", "")), _text(getattr(r, "localisation", ""))) if x)
        place = _e(_text(getattr(r, "commune_nom", "")))
        for extra in (where, _text(getattr(r, "adresse", ""))):
            if extra:
                place += f"<br><span class='sub'>{_e(extra)}</span>"
        prio = _e(_text(getattr(r, "priorite", "")))
        if _text(getattr(r, "priorite_attribut", "")):
            prio += f"<br><span class='sub'>{_e(r.priorite_attribut)}</span>"
        ids = rule_ids(cases.at[key, "regles"] if "regles" in cases.columns else None)
        row = [
            _text(getattr(r, "numero", "")),
            Markup(prio),
            change_cell(change, detail),
            Markup(place),
            _text(getattr(r, "travaux", "")),
            _text(getattr(r, "elements", "")),
            rule_titles(ids, catalogue),
            ", ".join(ids),
            _text(getattr(r, "severite", "")),
            _text(getattr(r, "statut_veille", "")),
        ]
        rows.append(([numbers.get(key, "")] if numbers is not None else []) + row)
    headers = [
        tr("dossier"),
        tr("priorité, attribut le plus touché"),
        tr("changement"),
        tr("commune, zone, localisation"),
        tr("travaux"),
        tr("éléments"),
        tr("règles déclenchées"),
        tr("code"),
        tr("sévérité"),
        tr("statut de veille"),
    ]
    classes = ["num", "prio", "txt", "txt", "txt", None, None, None, None, None]
    if numbers is not None:
        headers, classes = [tr("n°")] + headers, ["n"] + classes
    return html_table(headers, rows, classes, table_class="wide cases")


def approximate_table(cases: pd.DataFrame) -> pd.DataFrame:
    """The cases located only by their commune, with what their commune touches, for the report (French)."""
    cols = [c for c in ("numero", "changement", "commune_nom", "severite", "statut_veille") if c in cases.columns]
    out = cases[cols].copy()
    for family in ("changement", "severite", "statut_veille"):
        if family in out:
            out[family] = out[family].map(lambda v, f=family: display(v, f) if isinstance(v, str) else v)
    out["la commune"] = [commune_touches(z) for z in cases.get("zone_commune", pd.Series([None] * len(cases)))]
    return out.rename(
        columns={
            "numero": tr("dossier"),
            "changement": tr("changement"),
            "commune_nom": tr("commune"),
            "severite": tr("sévérité"),
            "statut_veille": tr("statut de veille"),
            "la commune": tr("la commune"),
        }
    )


def counted_view(cases: pd.DataFrame) -> pd.DataFrame:
    """The columns the report counts (zone, severity, priority) as :func:`committee_view` words them, computed once
    per distinct value: the counts of a million cases need neither the whole committee view nor its texts."""
    out = pd.DataFrame(index=cases.index)
    for family in ("zone", "severite"):
        if family in cases:
            out[family] = per_value(cases[family], lambda v, f=family: display(v, f) if isinstance(v, str) else v)
    if "priorite_rang" in cases:
        out["priorite"] = priority_labels(cases["priorite_rang"])
    elif "priorite" in cases:
        out["priorite"] = cases["priorite"]
    return out


def report_html(
    cases: pd.DataFrame, register, sweep_id, counts, messages, ref, catalogue, when, presorted: bool = False
) -> str:
    """The HTML report of a sweep: summary, map, new and modified first, clusters, every case, messages.
    ``presorted``: ``cases`` are already in :func:`sort_by_priority`'s order (see :func:`order_for_committee`)."""
    ch = counts["changements"]
    cases = order_for_committee(cases) if not presorted else cases
    order = _bien_first(cases) if presorted else np.arange(len(cases))
    full = cases  # every column, for the rows the tables show; the columns read over every case, in order:
    cases = full[[c for c in _READ_OVER_ALL if c in full.columns]].iloc[order].assign(**{_POSITION: order})

    def shown(part: pd.DataFrame) -> pd.DataFrame:
        return full.iloc[part[_POSITION].to_numpy()[:MAX_ROWS]]

    first = cases[cases["changement"].isin([CHANGE_NEW, CHANGE_MODIFIED, CHANGE_GONE])]
    others = cases[~cases.index.isin(first.index)]
    numbers = {k: n for n, k in enumerate(first.index[:MAX_ROWS], start=1)}
    readable = counted_view(cases)
    numeros = cases["numero"].astype(str).tolist()
    fictif = re.search("FICTIF", "\n".join(numeros), re.IGNORECASE) is not None  # as str.contains(case=False)
    grappes = cumulative_view(register, ref)
    cites = grappes[(grappes.get("categorie") == "cité minière")] if not grappes.empty else grappes
    comps = grappes[(grappes.get("niveau") == "composante")] if not grappes.empty else grappes
    msg_html = "".join(f"<li>{_e(m)}</li>" for m in messages[:500])
    more = (
        tr("<p class='muted'>… et {k} autres messages (voir messages.txt).</p>").format(k=len(messages) - 500)
        if len(messages) > 500
        else ""
    )
    parts = [
        "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>",
        f"<title>{_e(tr('Balayage de veille n°'))}{_e(sweep_id)}</title><style>{CSS}</style></head><body>",
        f"<h1>{_e(tr('Veille patrimoniale – balayage n°'))}{_e(sweep_id)}</h1>",
        f"<p class='muted'>{_e(tr('Bien UNESCO « Bassin minier du Nord-Pas de Calais »'))} — "
        f"{_e(when.strftime('%d/%m/%Y %H:%M'))} — "
        f"{_e(tr('règles'))} {_e(catalogue.name)} v{_e(catalogue.version)} — {_e(tr('données'))} {_e(ref.version)}</p>",
    ]
    if fictif:
        warning = tr("Ce balayage contient des données de démonstration FICTIVES (dossiers « FICTIF »).")
        parts.append(f"<p class='warn'>{_e(warning)}</p>")
    approx = cases[cases["zone"] == ZONE_COMMUNE] if "zone" in cases.columns else cases.iloc[0:0]
    where = tr(
        "Dans le Bien : {b} ; en zone tampon : {z} ; hors : {h} ; localisés à la commune seulement : {c} (jamais "
        "comptés dans le Bien ni la zone tampon) ; non localisés : {u}."
    ).format(
        b=int((cases["zone"] == ZONE_BIEN).sum()),
        z=int((cases["zone"] == ZONE_TAMPON).sum()),
        h=int((cases["zone"] == ZONE_HORS).sum()),
        c=len(approx),
        u=int((cases["zone"] == ZONE_UNLOCATED).sum()),
    )
    summary = tr(
        "{n} dossiers : {nv} nouveaux, {m} modifiés, {i} inchangés, {d} disparus ; {msg} messages d’import."
    ).format(
        n=counts["dossiers"],
        nv=ch[CHANGE_NEW],
        m=ch[CHANGE_MODIFIED],
        i=ch[CHANGE_UNCHANGED],
        d=ch[CHANGE_GONE],
        msg=counts["messages"],
    )
    first_heading = tr(
        "Nouveaux de ce balayage ({nv}), modifiés ({m}) et disparus de la source ({d}) : le Bien, puis par priorité"
    ).format(nv=ch[CHANGE_NEW], m=ch[CHANGE_MODIFIED], d=ch[CHANGE_GONE])
    clusters = tr("Tous les balayages du registre ; à juger ensemble, à l’échelle de la cité entière.")
    none_approx = tr("Aucun : chaque dossier est localisé par sa parcelle, ses coordonnées ou sa géométrie.")
    approx_note = tr(
        "Parcelle introuvable et pas de coordonnées : on sait seulement la commune. Ces dossiers ne sont comptés ni "
        "dans le Bien ni dans la zone tampon ; la colonne « la commune » dit ce que touche leur commune. Localisez-"
        "les (parcelle, coordonnées) pour les analyser."
    )
    more_cases = tr("… {k} autres dossiers dans cases.csv et cases.gpkg.").format(k=len(others) - MAX_ROWS)
    sources = tr(
        "Sources des données : Mission Bassin Minier / data.gouv.fr / Géo2France – Licence Ouverte 2.0. "
        "Géométries simplifiées (~10 m). Ce rapport est une aide à la veille, pas un avis."
    )
    parts += [
        f"<h2>{_e(tr('Synthèse'))}</h2>",
        f"<p>{_e(summary)}</p>",
        f"<p>{_e(where)}</p>",
        "<div class='grid'>",
        _counts(readable["zone"], tr("zone")),
        _counts(readable.get("priorite", pd.Series(dtype=object)), tr("priorité")),
        _counts(readable["severite"], tr("sévérité")),
        _counts(per_value(cases["changement"], lambda v: display(v, "changement")), tr("changement")),
        "</div><div class='grid'>",
        _counts(cases.get("epci", pd.Series(dtype=object)), tr("EPCI")),
        _counts(cases.get("commune_nom", pd.Series(dtype=object)), tr("commune")),
        "</div>",
        f"<h2>{_e(tr('Carte'))}</h2>",
        f"<p class='muted'>{_e(tr('Les numéros renvoient au tableau des nouveaux, modifiés et disparus.'))}</p>",
        cases_map_svg(cases, ref, numbers=numbers),
        f"<h2>{_e(first_heading)}</h2>",
        case_table(shown(first), ref, catalogue, when, numbers)
        if len(first)
        else f"<p>{_e(tr('Aucun changement depuis le balayage précédent.'))}</p>",
        rules_legend(first, catalogue),
        f"<h2>{_e(tr('Grappes de projets : dossiers cumulés par cité'))}</h2>",
        f"<p class='muted'>{_e(clusters)}</p>",
        _table(cites.drop(columns=["niveau"]).head(40))
        if len(cites)
        else f"<p>{_e(tr('Aucun dossier ne touche une cité.'))}</p>",
        f"<h2>{_e(tr('Dossiers cumulés par composante'))}</h2>",
        _table(comps.drop(columns=["niveau", "categorie"]).head(40))
        if len(comps)
        else f"<p>{_e(tr('Aucun dossier dans le Bien.'))}</p>",
        f"<h2 id='commune-seulement'>{_e(tr('Dossiers localisés à la commune seulement'))} ({len(approx)})</h2>",
        f"<p class='muted'>{_e(approx_note)}</p>",
        _table(approximate_table(shown(approx))) if len(approx) else f"<p>{_e(none_approx)}</p>",
        f"<h2>{_e(tr('Autres dossiers (inchangés)'))} ({len(others)})</h2>",
        case_table(shown(others), ref, catalogue, when) if len(others) else f"<p>{_e(tr('Aucun.'))}</p>",
        f"<p class='muted'>{_e(more_cases)}</p>" if len(others) > MAX_ROWS else "",
        f"<h2>{_e(tr('Lignes non lues ou mal localisées'))}</h2>",
        f"<ul>{msg_html}</ul>{more}" if messages else f"<p>{_e(tr('Aucune.'))}</p>",
        f"<p class='muted'>{_e(sources)}</p>",
        "</body></html>",
    ]
    return "".join(parts)


__all__ = ["report_html", "cumulative_view"]
