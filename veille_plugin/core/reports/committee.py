"""Reports for the management system's own meetings (issue 17): what is new since a date, for the Comité technique
de suivi (monthly, 001 L45–60) and, one file per EPCI, for the comités locaux du patrimoine mondial.

Read from the register in a few whole-table queries (cases, their history over the period, alerts, PLU snapshots)
and computed with pandas, so that a year of weekly sweeps (about 100,000 cases) renders in seconds:
- the cases first seen in the period, by severity and zone, the bloquant and majeur listed first;
- the cases whose screening changed in the period, those gone from their source (said so, with the sweep's date);
- the avis given (the follow-up's «avis»: ABF/UDAP, Mission) and, apart, the competent authority's decisions
  (accordé, refusé, tacite…, entered by people or read from a source such as Sitadel): two counts, two tables;
- the alerts opened, changed and closed;
- the decisions awaited (cases in the Bien or the zone tampon whose rules fire, without a decision);
- the «autorisés sans avis» (issue 29): cases authorised in the Bien or the zone tampon with no avis in the register
  (:func:`~veille_plugin.core.sweep.filters.authorised_without_avis`), by priority;
- the «grappes»: several projects in the same cité over the period;
- the new versions of the PLU found by the online watch.
The «nouveaux» are the cases first seen in the period («Dossiers apparus du 07/11 au 07/12/2026»), or, when a sweep is
the subject, that sweep's («Nouveaux du balayage n° 12»): the heading says which, and the count is that one.
Each report is printable HTML (A4, tables within the page) with its CSV (the cases of the period) and JSON (the
figures).
"""

import datetime as _dt
import json
from dataclasses import dataclass
from typing import Dict, List, Optional

import numpy as np
import pandas as pd

from ..atomic_files import OutputSet, make_dirs
from ..errors import InputError
from ..i18n import tr
from ..impact.assessment import attribute_words
from ..impact.ordering import priority_labels, sort_by_priority
from ..rules.case_screening import priorities_for_rows
from ..sweep.filters import authorised_without_avis
from ..vocabulary import (
    CASE_ZONES,
    CHANGE_GONE,
    CHANGE_MODIFIED,
    CHANGE_NEW,
    SEVERITIES_DISPLAY,
    SEVERITY_BLOCKING,
    SEVERITY_MAJOR,
    ZONE_BIEN,
    ZONE_TAMPON,
    display,
)
from .case_map import cases_map_svg
from .case_words import GONE_MARK, gone_sentence
from .html import TABLE_CSS, Markup, escape, french_datetime, html_table
from .spreadsheet_csv import write_spreadsheet_csv

#: Columns read from the register for the period reports
CASE_COLUMNS = [
    "numero",
    "numero_norm",
    "type",
    "commune_insee",
    "commune_nom",
    "epci",
    "travaux",
    "zone",
    "elements",
    "severite",
    "regles",
    "first_seen",
    "first_sweep",
    "disparu",
    "avis",
    "decision",
    "decision_date",
    "source",
    "statut_veille",
    "localisation",
    "priorite_rang",
    "priorite_importance",
    "priorite_attribut",
    "priorite_172",
]
#: Rows of the «à traiter d'abord» table (and numbers on its map); the CSV holds every case of the period
MAX_LISTED = 60
#: Fields whose change in the history says the screening of a case changed
SCREENING_FIELDS = ("zone", "elements", "severite", "regles", "travaux", "type")
CSS = (
    """
body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:9.5pt;color:#222;margin:1.2em}
h1{font-size:15pt;margin:0 0 .2em}h2{font-size:12pt;margin:1.2em 0 .3em;border-bottom:1px solid #999}
table{border-collapse:collapse;margin:.4em 0}th,td{border:1px solid #bbb;padding:2px 5px;vertical-align:top}
th{background:#eee;text-align:left}td.n{text-align:right}.meta{color:#555;font-size:9pt}
.fictif{background:#fff3cd;border:1px solid #e0b000;padding:4px 8px;font-weight:bold}
.bloquant{background:#f5b7b1}.majeur{background:#fad7a0}
@page{size:A4;margin:1.2cm}@media print{body{margin:0;font-size:8.5pt}}
"""
    + TABLE_CSS
)


@dataclass
class Period:
    """A period of the register: from ``du`` to ``au``, both days included."""

    du: _dt.date
    au: _dt.date

    @property
    def start(self) -> str:
        """ISO instant of the start (for the register's text time stamps)."""
        return f"{self.du.isoformat()}T00:00:00Z"

    @property
    def end(self) -> str:
        """ISO instant just after the end."""
        return f"{(self.au + _dt.timedelta(days=1)).isoformat()}T00:00:00Z"

    def label(self) -> str:
        """«du 01/11/2026 au 30/11/2026»."""
        return tr("du {a} au {b}").format(a=self.du.strftime("%d/%m/%Y"), b=self.au.strftime("%d/%m/%Y"))

    def short_label(self) -> str:
        """«du 07/11 au 07/12/2026» (the year once when both days are in the same year)."""
        if self.du.year != self.au.year:
            return self.label()
        return tr("du {a} au {b}").format(a=self.du.strftime("%d/%m"), b=self.au.strftime("%d/%m/%Y"))


def period(du: Optional[str] = None, au: Optional[str] = None, today: Optional[_dt.date] = None) -> Period:
    """The period of ``--du``/``--au`` (ISO or jj/mm/aaaa); by default the last 30 days up to today."""
    from ..register.follow_up import iso_date

    end = _dt.date.fromisoformat(iso_date("--au", au)) if au else (today or _dt.date.today())
    start = _dt.date.fromisoformat(iso_date("--du", du)) if du else end - _dt.timedelta(days=30)
    if start > end:
        raise InputError(tr("Période vide : --du ({a}) est après --au ({b}).").format(a=start, b=end))
    return Period(start, end)


def _in(series: pd.Series, p: Period) -> np.ndarray:
    text = series.fillna("").astype(str)
    return ((text >= p.start) & (text < p.end)).to_numpy()


def epci_of_cases(cases: pd.DataFrame, ref) -> pd.Series:
    """Each case's EPCI: its own field, else its commune's in the reference communes."""
    com = ref.communes.attributes
    by_insee = dict(zip(com["insee"].astype(str), com["epci_nom"]))
    own = cases["epci"].where(cases["epci"].notna() & (cases["epci"].astype(str) != ""), None)
    return own.fillna(cases["commune_insee"].astype(str).map(by_insee))


def gather(register, ref, p: Period) -> dict:
    """What the period reports read from the register, once: the cases (listed columns), their history over the
    period, the alerts and the PLU snapshots."""
    cases = register.case_columns([c for c in CASE_COLUMNS if c in register.present_fields()])
    for c in CASE_COLUMNS:
        if c not in cases.columns:
            cases[c] = None
    cases["epci_nom"] = epci_of_cases(cases, ref)
    return {
        "cases": cases,
        "history": register.history_between(p.start, p.end),
        "alerts": register.alerts(),
        "snapshots": register.plu_snapshots(),
    }


def _last_given(hist: pd.DataFrame, field: str) -> pd.DataFrame:
    """The rows of the history that gave ``field`` a value, the last one of each case (a value cleared is none)."""
    rows = hist[(hist["field"] == field) & (hist["new"].fillna("").astype(str) != "")]
    return rows.drop_duplicates("numero_norm", keep="last")


def new_heading(data: dict) -> str:
    """The name of the report's «nouveaux», as its headings print it: «Nouveaux du balayage n° 12» when a sweep is
    the subject, else «Dossiers apparus du 07/11 au 07/12/2026»."""
    if data.get("sweep_id") is not None:
        return tr("Nouveaux du balayage n° {s}").format(s=data["sweep_id"])
    return tr("Dossiers apparus {p}").format(p=data["period"].short_label())


def committee_data(
    register,
    ref,
    p: Period,
    epci: Optional[str] = None,
    gathered: Optional[dict] = None,
    sweep_id: Optional[int] = None,
) -> dict:
    """The figures and lists of a committee report (one EPCI when ``epci`` is given); ``gathered`` (see
    :func:`gather`) saves reading the register again for each EPCI. The «nouveaux» are the cases first seen in the
    period, or those first seen by the sweep ``sweep_id`` when one is the subject (see :func:`new_heading`)."""
    gathered = gathered or gather(register, ref, p)
    cases = gathered["cases"]
    if epci:
        cases = cases[cases["epci_nom"].fillna("").str.casefold() == epci.casefold()]
    keys = set(cases["numero_norm"])
    if sweep_id is not None:
        new = cases[pd.to_numeric(cases["first_sweep"], errors="coerce") == int(sweep_id)]
    else:
        new = cases[_in(cases["first_seen"], p)]
    hist = gathered["history"]
    hist = hist[hist["numero_norm"].isin(keys)]
    changed_keys = set(hist.loc[hist["field"].isin(SCREENING_FIELDS) & hist["sweep_id"].notna(), "numero_norm"])
    gone_rows = hist[(hist["field"] == "disparu") & (hist["new"].astype(str) == "1")].drop_duplicates(
        "numero_norm", keep="last"
    )
    still_gone = set(cases.loc[cases["disparu"].fillna(0).astype(int) == 1, "numero_norm"])
    gone = cases[cases["numero_norm"].isin(set(gone_rows["numero_norm"]) & still_gone)]
    changed = cases[cases["numero_norm"].isin(changed_keys - set(new["numero_norm"]) - set(gone["numero_norm"]))]
    avis_given = _last_given(hist, "avis")
    decisions = _last_given(hist, "decision")
    firing = cases["severite"].isin((SEVERITY_BLOCKING, SEVERITY_MAJOR))
    awaited = cases[
        firing
        & cases["zone"].isin((ZONE_BIEN, ZONE_TAMPON))
        & cases["decision"].isna()
        & (cases["disparu"].fillna(0).astype(int) == 0)
    ]
    alerts = gathered["alerts"]
    if epci and len(alerts):
        communes = set(ref.communes.attributes.loc[ref.communes.attributes["epci_nom"] == epci, "insee"].astype(str))
        alerts = alerts[alerts["commune_insee"].fillna("").astype(str).str[:5].isin(communes)]
    opened = alerts[_in(alerts["created_at"], p)] if len(alerts) else alerts
    closed = alerts[_in(alerts["closed_at"], p)] if len(alerts) else alerts
    touched = alerts[_in(alerts["updated_at"], p)] if len(alerts) else alerts
    touched = touched[~touched["id"].isin(opened["id"]) & ~touched["id"].isin(closed["id"])] if len(alerts) else touched
    # grappes: several projects of the period in one cité
    el = ref.elements.attributes
    cites = dict(
        zip(el.loc[el["categorie"] == "cité minière", "identifiant"], el.loc[el["categorie"] == "cité minière", "nom"])
    )
    exploded = new.assign(element=new["elements"].fillna("").str.split(";")).explode("element")
    exploded["element"] = exploded["element"].str.strip()
    exploded = exploded[exploded["element"].isin(cites)]
    grappes = (
        exploded.groupby("element")["numero"]
        .agg(list)
        .loc[lambda s: s.map(len) >= 2]
        .sort_values(key=lambda s: -s.map(len))
    )
    snapshots = [s for s in gathered["snapshots"] if p.start <= str(s["fetched_at"]) < p.end]
    if epci:
        communes = set(ref.communes.attributes.loc[ref.communes.attributes["epci_nom"] == epci, "insee"].astype(str))
        snapshots = [s for s in snapshots if communes & set(s["communes"])]
    crosstab = pd.crosstab(new["severite"].fillna("aucune"), new["zone"].fillna("?"))
    listed = listed_cases(register, ref, new, changed, gone)
    unheard = authorised_without_avis_cases(register, ref, cases, listed)
    gone_at = dict(zip(gone_rows["numero_norm"], gone_rows["at"]))
    gone_keys = pd.concat([listed[["numero_norm", "disparu"]], unheard[["numero_norm", "disparu"]]])
    for key in gone_keys.loc[gone_keys["disparu"].fillna(0).astype(int) == 1, "numero_norm"].unique():
        if key not in gone_at:  # gone before the period: its date is in the case's own history
            marks = [h["at"] for h in register.history(key) if h["field"] == "disparu" and str(h["new"]) == "1"]
            gone_at[key] = marks[-1] if marks else None
    return {
        "ref": ref,
        "period": p,
        "epci": epci,
        "cases": cases,
        "sweep_id": sweep_id,
        "new": new,
        "changed": changed,
        "gone": gone,
        "gone_at": gone_at,
        "avis_given": avis_given,
        "decisions": decisions,
        "awaited": awaited,
        "unheard": unheard,
        "opened": opened,
        "touched": touched,
        "closed": closed,
        "grappes": [(i, cites[i], nums) for i, nums in grappes.items()],
        "snapshots": snapshots,
        "plu_changes": plu_changes(register, ref, gathered, snapshots),
        "crosstab": crosstab,
        "listed": listed,
        "fictitious": bool(cases["numero"].fillna("").astype(str).str.contains("FICTIF").any()),
    }


def authorised_without_avis_cases(
    register, ref, cases: pd.DataFrame, assessed: Optional[pd.DataFrame] = None
) -> pd.DataFrame:
    """The «autorisés sans avis» among ``cases`` (:func:`~veille_plugin.core.sweep.filters.authorised_without_avis`:
    authorised in the Bien or the zone tampon, no avis in the register), ordered by priority
    (:func:`~veille_plugin.core.impact.ordering.sort_by_priority`). A case recorded before the priority existed takes
    it from ``assessed`` (the period's cases of :func:`listed_cases`, already assessed), else is assessed now (same
    method as a sweep)."""
    rows = cases[authorised_without_avis(cases)].copy()
    missing = pd.to_numeric(rows["priorite_rang"], errors="coerce").isna().to_numpy()
    for source in ("assessed", "now"):
        if not missing.any():
            break
        keys = rows.loc[missing, "numero_norm"]
        if source == "assessed":
            if assessed is None or not len(assessed):
                continue
            filled = assessed.drop_duplicates("numero_norm").set_index("numero_norm")
        else:
            full = register.get_cases(list(keys))
            filled = priorities_for_rows(full, ref).set_index(full["numero_norm"].to_numpy())
        for name in [c for c in filled.columns if c.startswith("priorite_") and c in rows.columns]:
            rows[name] = rows[name].astype(object)
            rows.loc[missing, name] = keys.map(filled[name]).to_numpy(dtype=object)
        missing = pd.to_numeric(rows["priorite_rang"], errors="coerce").isna().to_numpy()
    return sort_by_priority(rows)


def listed_cases(
    register, ref, new: pd.DataFrame, changed: pd.DataFrame, gone: Optional[pd.DataFrame] = None
) -> pd.DataFrame:
    """The cases of the period as the committee takes them (new, changed, gone from their source): the Bien first,
    then by priority; each with its footprint, its triage status and its latest comment, numbered like the report's
    map. A case recorded before the priority existed is assessed now (same method as a sweep)."""
    gone_keys = list(gone["numero_norm"]) if gone is not None else []
    keys = list(dict.fromkeys(list(new["numero_norm"]) + list(changed["numero_norm"]) + gone_keys))
    if not keys:
        return pd.DataFrame(
            columns=["n", "numero", "numero_norm", "changement", "disparu", "priorite_rang", "commentaire", "geom_wkb"]
        )
    full = register.get_cases(keys)
    missing = full["priorite_rang"].isna().to_numpy()
    if missing.any():
        filled = priorities_for_rows(full[missing], ref)
        full["priorite_rang"] = full["priorite_rang"].astype(object)
        for name in filled.columns:
            if name in full.columns:
                full.loc[missing, name] = filled[name].to_numpy(dtype=object)
    full["changement"] = np.where(
        full["numero_norm"].isin(set(gone_keys)),
        CHANGE_GONE,
        np.where(full["numero_norm"].isin(set(new["numero_norm"])), CHANGE_NEW, CHANGE_MODIFIED),
    )
    full = sort_by_priority(full, bien_first=True).reset_index(drop=True)
    full.insert(0, "n", np.arange(1, len(full) + 1))
    full["priorite"] = priority_labels(full["priorite_rang"])
    comments = []
    for k, key in enumerate(full["numero_norm"]):  # the latest comment of the rows shown (one query each)
        said = register.comments(key) if k < MAX_LISTED else []
        comments.append(said[-1]["text"] if said else "")
    full["commentaire"] = comments
    return full


def plu_changes(register, ref, gathered: dict, snapshots: list) -> Dict[int, dict]:
    """{snapshot id: summary of its changes since the previous snapshot of the same document} (the usual PLU
    comparison: changes, hectares opened to urbanisation in the Bien and the zone tampon, L.151-19 protections
    removed), for the new versions of the period; a first snapshot has none. Computed once per run."""
    from ..plu.history import SnapshotHistory, consecutive_pairs

    history = gathered.setdefault("_plu_history", SnapshotHistory(register, ref))
    out: Dict[int, Optional[dict]] = {int(s["id"]): None for s in snapshots}
    for ch in history.changes(consecutive_pairs(gathered["snapshots"], out)):
        if ch.diff is None:
            out[int(ch.after["id"])] = {"erreur": ch.error}
            continue
        summary = ch.diff.summary()
        out[int(ch.after["id"])] = {
            "precedent": ch.before["id"],
            "changements": summary["nombre_changements"],
            "ouverture_bien_ha": summary["ouverture_urbanisation_ha"]["bien"],
            "ouverture_zone_tampon_ha": summary["ouverture_urbanisation_ha"]["zone_tampon"],
            "protections_supprimees": summary["protections_patrimoniales_supprimees"],
        }
    return out


def _table(headers: List[str], rows: List[list], numeric=(), classes=None, wide: bool = False) -> str:
    return html_table(headers, rows, classes, numeric, "wide" if wide else "")


def _is_gone(value) -> bool:
    try:
        return int(value) == 1
    except (TypeError, ValueError):
        return False


def gone_words(data: dict, key: str) -> str:
    """The sentence of a case gone from its source, with the date of the sweep that found it gone."""
    at = data.get("gone_at", {}).get(key)
    return gone_sentence(str(french_datetime(at))[:10] if at else "?")


def _number_cell(numero, gone: bool) -> Markup:
    """A case number on one line, and under it «⊘ disparu» when the case is gone from its source."""
    mark = f"<br><span class='gone'>{escape(GONE_MARK + ' ' + tr('disparu'))}</span>" if gone else ""
    return Markup(escape(numero) + mark)


def _with_gone(text: str, gone: bool, data: dict, key: str) -> Markup:
    sentence = f"<span class='gone'>{escape(gone_words(data, key))}</span><br>" if gone else ""
    return Markup(sentence + escape(text))


def _case_rows(df: pd.DataFrame, data: dict, limit: int = 200) -> str:
    if not len(df):
        return f"<p>{escape(tr('Aucun.'))}</p>"
    df = sort_by_priority(df, bien_first=True)
    df = df.assign(prio_label=priority_labels(df["priorite_rang"]) if "priorite_rang" in df.columns else "")
    rows = [
        [
            _number_cell(r.numero, _is_gone(r.disparu)),
            r.prio_label,
            r.commune_nom or "",
            display(r.zone, "zone"),
            display(r.severite, "severite"),
            _with_gone((r.travaux or "")[:120], _is_gone(r.disparu), data, r.numero_norm),
            r.elements or "",
            display(r.decision, "decision"),
        ]
        for r in df.head(limit).itertuples()
    ]
    more = (
        f"<p class='meta'>{escape(tr('… et {n} autres (voir le CSV).').format(n=len(df) - limit))}</p>"
        if len(df) > limit
        else ""
    )
    headers = [
        tr("Dossier"),
        tr("Priorité"),
        tr("Commune"),
        tr("Zone"),
        tr("Sévérité"),
        tr("Travaux"),
        tr("Éléments"),
        tr("Décision"),
    ]
    return _table(headers, rows, classes=["num", None, None, None, None, "txt", None, None], wide=True) + more


def _change_words(change: Optional[dict]) -> str:
    if change is None:
        return tr("premier instantané")
    if "erreur" in change:
        return change["erreur"]
    return tr(
        "{n} changement(s) depuis le n° {p} ; ouverture à l'urbanisation : {b} ha dans le Bien, {z} ha en zone "
        "tampon ; protections L.151-19 supprimées : {r}"
    ).format(
        n=change["changements"],
        p=change["precedent"],
        b=str(change["ouverture_bien_ha"]).replace(".", ","),
        z=str(change["ouverture_zone_tampon_ha"]).replace(".", ","),
        r=change["protections_supprimees"],
    )


def _flagged(listed: pd.DataFrame) -> pd.Series:
    if "priorite_172" not in listed:
        return pd.Series(False, index=listed.index, dtype=bool)
    return listed["priorite_172"].fillna("").astype(str) == "oui"


def _first_sections(data: dict) -> List[str]:
    """The report's lead: the cases to raise under paragraph 172, then every case of the period, the Bien first and
    by priority, numbered like the map beside them, with the triage status and the latest comment."""
    listed = data["listed"]
    parts = [f"<h2>{escape(tr('À signaler au Centre du patrimoine mondial (Orientations, § 172)'))}</h2>"]
    flagged = listed[_flagged(listed)]
    note = tr(
        "Effet grand ou très grand sur un attribut du Bien : l'État peut avoir à informer le Comité du patrimoine "
        "mondial, par le Centre, avant toute décision difficilement réversible ; une étude d'impact patrimonial est "
        "recommandée."
    )
    parts.append(f"<p class='meta'>{escape(note)}</p>")
    parts.append(
        _table(
            [tr("N°"), tr("Dossier"), tr("Priorité"), tr("Attribut le plus touché"), tr("Importance de l'effet")],
            [
                [
                    r.n,
                    _number_cell(r.numero, _is_gone(r.disparu)),
                    r.priorite,
                    attribute_words(r.priorite_attribut),
                    tr(r.priorite_importance) if r.priorite_importance else "",
                ]
                for r in flagged.itertuples()
            ],
            numeric=(0,),
            classes=[None, "num", None, None, None],
        )
        if len(flagged)
        else f"<p>{escape(tr('Aucun dossier de la période.'))}</p>"
    )
    parts.append(f"<h2>{escape(tr('À traiter d’abord : le Bien, puis par priorité'))}</h2>")
    made_of = tr("{new} ({n}), dont l'analyse a changé ({m}), disparus de la source ({d}).").format(
        new=new_heading(data), n=len(data["new"]), m=len(data["changed"]), d=len(data["gone"])
    )
    parts.append(f"<p class='meta'>{escape(made_of)}</p>")
    if not len(listed):
        return parts + [f"<p>{escape(tr('Aucun dossier nouveau ou modifié dans la période.'))}</p>"]
    shown = listed.head(MAX_LISTED)
    numbers = dict(zip(shown.index, shown["n"]))
    parts.append(
        f"<div>{cases_map_svg(shown, data['ref'], width=640, height=360, numbers=numbers, around_cases=True)}</div>"
    )
    parts.append(f"<p class='meta'>{escape(tr('Les numéros de la carte sont ceux du tableau.'))}</p>")
    rows = []
    for r in shown.itertuples():
        zone = display(r.zone, "zone")
        follow = display(r.statut_veille, "statut_veille")
        if r.commentaire:
            follow += " — " + r.commentaire[:140]
        gone = _is_gone(r.disparu)
        rows.append(
            [
                r.n,
                _number_cell(r.numero, gone),
                r.priorite,
                f"{r.commune_nom or ''} ({zone})",
                (r.travaux or "")[:80],
                attribute_words(r.priorite_attribut),
                _with_gone(follow, gone, data, r.numero_norm),
            ]
        )
    headers = [
        tr("N°"),
        tr("Dossier"),
        tr("Priorité"),
        tr("Commune (zone)"),
        tr("Travaux"),
        tr("Attribut le plus touché"),
        tr("Statut de veille et dernier commentaire"),
    ]
    parts.append(_table(headers, rows, numeric=(0,), classes=[None, "num", None, None, "txt", None, "txt"], wide=True))
    if len(listed) > MAX_LISTED:
        parts.append(
            f"<p class='meta'>{escape(tr('… et {n} autres (voir le CSV).').format(n=len(listed) - MAX_LISTED))}</p>"
        )
    return parts


def _unheard_section(data: dict, limit: int = 200) -> List[str]:
    """«Autorisés sans avis» (issue 29): the cases authorised in the Bien or the zone tampon without an avis in the
    register, by priority, numbered, with their counts; an empty list says so."""
    unheard = data["unheard"]
    bien = int((unheard["zone"] == ZONE_BIEN).sum())
    heading = tr("Autorisés sans avis ({n})").format(n=len(unheard))
    parts = [f"<h2>{escape(heading)}</h2>"]
    meta = tr(
        "Dossiers autorisés (accordé, accordé avec prescriptions) dans le Bien ou la zone tampon sans avis inscrit "
        "au registre (Suites du dossier › Avis), par priorité : {b} dans le Bien, {t} en zone tampon."
    ).format(b=bien, t=len(unheard) - bien)
    parts.append(f"<p class='meta'>{escape(meta)}</p>")
    if not len(unheard):
        parts.append(f"<p>{escape(tr('Aucun dossier autorisé sans avis dans le Bien ou la zone tampon.'))}</p>")
        return parts
    labels = priority_labels(unheard["priorite_rang"])
    rows = []
    for k, (r, label) in enumerate(zip(unheard.head(limit).itertuples(), labels), start=1):
        gone = _is_gone(r.disparu)
        decided = display(r.decision, "decision")
        if isinstance(r.decision_date, str) and r.decision_date:
            decided += " " + tr("le {d}").format(d=french_datetime(r.decision_date))
        rows.append(
            [
                k,
                _number_cell(r.numero, gone),
                label,
                f"{r.commune_nom or ''} ({display(r.zone, 'zone')})",
                _with_gone((r.travaux or "")[:120], gone, data, r.numero_norm),
                decided,
                display(r.statut_veille, "statut_veille"),
            ]
        )
    headers = [
        tr("N°"),
        tr("Dossier"),
        tr("Priorité"),
        tr("Commune (zone)"),
        tr("Travaux"),
        tr("Décision"),
        tr("Statut de veille"),
    ]
    parts.append(_table(headers, rows, numeric=(0,), classes=[None, "num", None, None, "txt", None, None], wide=True))
    if len(unheard) > limit:
        more = tr("… et {n} autres (liste complète dans le JSON).").format(n=len(unheard) - limit)
        parts.append(f"<p class='meta'>{escape(more)}</p>")
    return parts


def _by_value(rows: pd.DataFrame) -> str:
    counts = rows["new"].astype(str).value_counts()
    return " ; ".join(f"{display(v)} : {n}" for v, n in counts.items())


def _follow_up_sections(data: dict) -> List[str]:
    """The avis given and the competent authority's decisions of the period, each under its own name: the avis is the
    follow-up's «avis» (ABF/UDAP, Mission), the decision what the authority decided (entered by people or read from
    the source, e.g. Sitadel's «accordé»); an «accordé» is never counted as an avis."""
    p: Period = data["period"]
    cases = data["cases"].set_index("numero_norm")
    parts = []
    for rows, heading, none, value_header in (
        (
            data["avis_given"],
            tr("Avis rendus {p} ({n})"),
            tr("Aucun avis inscrit dans la période (Suites du dossier › Avis)."),
            tr("Avis"),
        ),
        (
            data["decisions"],
            tr("Décisions de l'autorité compétente {p} ({n})"),
            tr("Aucune décision inscrite dans la période."),
            tr("Décision"),
        ),
    ):
        parts.append(f"<h2>{escape(heading.format(p=p.short_label(), n=len(rows)))}</h2>")
        if not len(rows):
            parts.append(f"<p>{escape(none)}</p>")
            continue
        parts.append(f"<p class='meta'>{escape(_by_value(rows))}</p>")
        table = []
        for r in rows.head(100).itertuples():
            case = cases.loc[r.numero_norm] if r.numero_norm in cases.index else None
            source = tr("balayage n° {s}").format(s=int(r.sweep_id)) if pd.notna(r.sweep_id) else (r.author or "")
            table.append(
                [
                    case["numero"] if case is not None else r.numero_norm,
                    case["commune_nom"] if case is not None else "",
                    display(r.new),
                    french_datetime(r.at),
                    source,
                ]
            )
        parts.append(
            _table(
                [tr("Dossier"), tr("Commune"), value_header, tr("Inscrit le"), tr("Par")],
                table,
                classes=["num", None, None, "num", None],
            )
        )
        if len(rows) > 100:
            parts.append(
                f"<p class='meta'>{escape(tr('… et {n} autres (voir le CSV).').format(n=len(rows) - 100))}</p>"
            )
    return parts


def committee_html(data: dict, title: str) -> str:
    """The report as printable HTML (A4)."""
    p: Period = data["period"]
    new, crosstab = data["new"], data["crosstab"]
    parts = [f"<h1>{escape(title)}</h1>"]
    made = tr("établi le {d}").format(d=_dt.date.today().strftime("%d/%m/%Y"))
    parts.append(
        f"<p class='meta'>{escape(p.label())} — {escape(made)}"
        + (f" — {escape(tr('EPCI : {e}').format(e=data['epci']))}" if data["epci"] else "")
        + "</p>"
    )
    if data["fictitious"]:
        parts.append(f"<p class='fictif'>{escape(tr('Registre de démonstration : dossiers et alertes FICTIFS.'))}</p>")
    severe = new[new["severite"].isin((SEVERITY_BLOCKING, SEVERITY_MAJOR))]
    parts.append(f"<h2>{escape(tr('Synthèse'))}</h2>")
    parts.append(
        _table(
            [tr("Indicateur"), tr("Nombre")],
            [
                [new_heading(data)[0].lower() + new_heading(data)[1:], len(new)],
                [tr("dont priorité 1 (très haute)"), int((pd.to_numeric(new["priorite_rang"]) == 1).sum())],
                [tr("effet grand ou très grand sur un attribut du Bien (§ 172)"), int(_flagged(data["listed"]).sum())],
                [tr("dont bloquants ou majeurs"), len(severe)],
                [tr("dossiers dont l'analyse a changé"), len(data["changed"])],
                [tr("dossiers disparus de la source"), len(data["gone"])],
                [tr("avis rendus (ABF/UDAP, Mission)"), len(data["avis_given"])],
                [tr("décisions de l'autorité compétente (accordé, refusé, tacite…)"), len(data["decisions"])],
                [tr("décisions attendues (Bien, zone tampon, règles déclenchées)"), len(data["awaited"])],
                [tr("autorisés sans avis (Bien, zone tampon)"), len(data["unheard"])],
                [
                    tr("alertes ouvertes / modifiées / closes"),
                    f"{len(data['opened'])} / {len(data['touched'])} / {len(data['closed'])}",
                ],
                [tr("nouvelles versions de PLU"), len(data["snapshots"])],
            ],
            numeric=(1,),
        )
    )
    parts += _first_sections(data)
    if len(crosstab):
        zones = [z for z in CASE_ZONES if z in crosstab.columns] + [z for z in crosstab.columns if z not in CASE_ZONES]
        rows = [
            [display(s, "severite")] + [int(crosstab.loc[s, z]) for z in zones]
            for s in SEVERITIES_DISPLAY
            if s in crosstab.index
        ]
        parts.append(
            f"<h2>{escape(tr('{new} ({n}) par sévérité et zone').format(new=new_heading(data), n=len(new)))}</h2>"
        )
        parts.append(
            _table(
                [tr("Sévérité")] + [display(z, "zone") for z in zones],
                rows,
                numeric=tuple(range(1, len(zones) + 1)),
            )
        )
    severe_heading = tr("Bloquants et majeurs parmi les {new} ({n})").format(
        new=new_heading(data)[0].lower() + new_heading(data)[1:], n=len(severe)
    )
    parts.append(f"<h2>{escape(severe_heading)}</h2>{_case_rows(severe, data)}")
    parts.append(f"<h2>{escape(tr('Décisions attendues'))}</h2>{_case_rows(data['awaited'], data, 100)}")
    parts += _unheard_section(data)
    parts.append(f"<h2>{escape(tr('Dossiers dont l’analyse a changé'))}</h2>{_case_rows(data['changed'], data, 100)}")
    gone_heading = tr("Dossiers disparus de la source {p} ({n})").format(p=p.short_label(), n=len(data["gone"]))
    parts.append(f"<h2>{escape(gone_heading)}</h2>{_case_rows(data['gone'], data, 100)}")
    parts += _follow_up_sections(data)
    if data["grappes"]:
        parts.append(f"<h2>{escape(tr('Grappes de projets par cité'))}</h2>")
        parts.append(
            _table(
                [tr("Cité"), tr("Projets"), tr("Dossiers")],
                [[f"{i} {name}", len(nums), ", ".join(nums[:12])] for i, name, nums in data["grappes"]],
                numeric=(1,),
            )
        )
    parts.append(f"<h2>{escape(tr('Alertes sur les sites en péril'))}</h2>")
    rows = []
    for label, df in (
        (tr("ouverte"), data["opened"]),
        (tr("modifiée"), data["touched"]),
        (tr("close"), data["closed"]),
    ):
        for r in df.itertuples():
            rows.append(
                [label, r.id, r.titre, display(r.statut, "alerte_statut"), r.priorite or "", r.commune_nom or ""]
            )
    parts.append(
        _table([tr("Mouvement"), tr("N°"), tr("Titre"), tr("Statut"), tr("Priorité"), tr("Commune")], rows)
        if rows
        else f"<p>{escape(tr('Aucune.'))}</p>"
    )
    parts.append(f"<h2>{escape(tr('PLU : nouvelles versions relevées'))}</h2>")
    parts.append(
        _table(
            [tr("Instantané"), tr("Relevé le"), tr("Document"), tr("Communes"), tr("Changements depuis le précédent")],
            [
                [
                    s["id"],
                    french_datetime(s["fetched_at"]),
                    s["idurba"] or s["partition"],
                    ", ".join(s["communes"]),
                    _change_words(data["plu_changes"].get(s["id"])),
                ]
                for s in data["snapshots"]
            ],
        )
        if data["snapshots"]
        else f"<p>{escape(tr('Aucune (la veille des PLU en ligne les relève).'))}</p>"
    )
    return (
        "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>{''.join(parts)}</body></html>"
    )


def summary(data: dict) -> dict:
    """The figures of a report as plain data (JSON)."""
    return {
        "periode": {"du": data["period"].du.isoformat(), "au": data["period"].au.isoformat()},
        "epci": data["epci"],
        "dossiers_nouveaux": int(len(data["new"])),
        "par_priorite": {
            str(int(k)): int(v)
            for k, v in pd.to_numeric(data["listed"]["priorite_rang"], errors="coerce")
            .value_counts()
            .sort_index()
            .items()
        }
        if len(data["listed"])
        else {},
        "paragraphe_172": data["listed"].loc[_flagged(data["listed"]), "numero"].tolist(),
        "ordre": data["listed"]["numero"].tolist(),
        "par_severite": {k: int(v) for k, v in data["new"]["severite"].fillna("aucune").value_counts().items()},
        "nouveaux": {"intitule": new_heading(data), "balayage": data["sweep_id"]},
        "dossiers_modifies": int(len(data["changed"])),
        "dossiers_disparus": data["gone"]["numero"].tolist(),
        "avis_rendus": int(len(data["avis_given"])),
        "par_avis": {k: int(v) for k, v in data["avis_given"]["new"].astype(str).value_counts().items()},
        "decisions_inscrites": int(len(data["decisions"])),
        "par_decision": {k: int(v) for k, v in data["decisions"]["new"].astype(str).value_counts().items()},
        "decisions_attendues": int(len(data["awaited"])),
        "autorises_sans_avis": {
            "nombre": int(len(data["unheard"])),
            "bien": int((data["unheard"]["zone"] == ZONE_BIEN).sum()),
            "zone_tampon": int((data["unheard"]["zone"] == ZONE_TAMPON).sum()),
            "dossiers": data["unheard"]["numero"].tolist(),
        },
        "alertes": {
            "ouvertes": int(len(data["opened"])),
            "modifiees": int(len(data["touched"])),
            "closes": int(len(data["closed"])),
        },
        "grappes": [{"cite": i, "nom": n, "dossiers": nums} for i, n, nums in data["grappes"]],
        "nouvelles_versions_plu": [s["id"] for s in data["snapshots"]],
        "changements_plu": {str(k): v for k, v in data["plu_changes"].items()},
        "donnees_fictives": data["fictitious"],
    }


def write_committee(
    register,
    ref,
    out_dir,
    p: Period,
    epci: Optional[str] = None,
    kind: str = "comite",
    sweep_id: Optional[int] = None,
) -> Dict:
    """Write the comité technique report (or, ``kind="local"``, one per EPCI — or for ``epci`` only): HTML, CSV,
    JSON; ``sweep_id``: the sweep whose new cases are the report's «nouveaux» (by default, those of the period).
    Returns {"rapports": [...], "csv": [...], "json": [...], "resume": [...]}."""
    from ..rules.note import safe_file_stem

    out = make_dirs(out_dir)
    files: Dict[str, list] = {"rapports": [], "csv": [], "json": [], "resume": []}
    gathered = gather(register, ref, p)
    if kind == "local":
        epcis = [epci] if epci else sorted(set(gathered["cases"]["epci_nom"].dropna()))
        targets = [
            (e, tr("Comité local du patrimoine mondial — {e}").format(e=e), f"comite_local_{safe_file_stem(e)}")
            for e in epcis
        ]
    else:
        targets = [(epci, tr("Comité technique de suivi — ce qui est nouveau"), "comite_technique")]
    with OutputSet() as outs:  # every file renamed into place once all are written: a full disk leaves none
        for e, title, stem in targets:
            data = committee_data(register, ref, p, e, gathered, sweep_id)
            outs.write_text(out / f"{stem}.html", committee_html(data, title))
            period_cases = data["listed"].drop(columns=["epci", "geom_wkb"], errors="ignore")  # in the report's order
            write_spreadsheet_csv(period_cases, out / f"{stem}.csv", outs)
            figures = summary(data)
            outs.write_text(out / f"{stem}.json", json.dumps(figures, ensure_ascii=False, indent=2))
            files["rapports"].append(str(out / f"{stem}.html"))
            files["csv"].append(str(out / f"{stem}.csv"))
            files["json"].append(str(out / f"{stem}.json"))
            files["resume"].append(figures)
    return files


__all__ = ["Period", "period", "gather", "committee_data", "committee_html", "write_committee"]
