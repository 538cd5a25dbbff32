"""UNESCO periodic reporting, over a period (issue 17): the 14 primary factors of the periodic report × the alerts
and their trend (as the alerts' own periodic table), extended to the permits (the cases first seen in the period,
through the UNESCO factors of the rules they trigger) and to the PLU (the new versions the online watch found).
"""

import datetime as _dt
import json

from .. import unesco_factors
from ..alerts.exports import periodic_table
from ..atomic_files import OutputSet, make_dirs
from ..i18n import tr
from .committee import CSS, Period
from .html import escape
from .spreadsheet_csv import write_spreadsheet_csv


def rule_factors(catalogue) -> dict:
    """{rule id: primary UNESCO factors} from the catalogue's «facteurs_unesco»."""
    out = {}
    for r in catalogue.rules:
        codes = r.data.get("facteurs_unesco") or []
        out[r.id] = sorted({unesco_factors.primary_of(str(c)) for c in codes}, key=int)
    return out


def periodic_data(register, catalogue, p: Period) -> dict:
    """The table: one row per primary factor with the alerts (all, open by trend, closed) and the permits of the
    period whose triggered rules cite it; plus the new PLU versions of the period."""
    table = periodic_table(register.alerts())
    cases = register.case_columns(["numero", "regles", "first_seen"])
    text = cases["first_seen"].fillna("").astype(str)
    new = cases[(text >= p.start) & (text < p.end)]
    factors = rule_factors(catalogue)
    counts = {k: 0 for k in unesco_factors.PRIMARY}
    for value in new["regles"].fillna(""):
        cited = {
            f for rule in str(value).split(";") if rule.strip() for f in factors.get(rule.strip().split(":")[0], [])
        }
        for f in cited:
            counts[f] = counts.get(f, 0) + 1
    column = tr("Permis de la période")
    table[column] = [counts.get(str(f), 0) if str(f) in counts else 0 for f in table[tr("Facteur")]]
    snapshots = [s for s in register.plu_snapshots() if p.start <= str(s["fetched_at"]) < p.end]
    return {"period": p, "table": table, "permits": len(new), "plu_versions": snapshots}


def periodic_report_html(data: dict) -> str:
    """The periodic reporting page (A4)."""
    p, table = data["period"], data["table"]
    title = tr("Rapport périodique UNESCO — facteurs, alertes, permis et PLU")
    head = "".join(f"<th>{escape(c)}</th>" for c in table.columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(v)}</td>" for v in row) + "</tr>" for row in table.itertuples(index=False)
    )
    made = tr("établi le {d}").format(d=_dt.date.today().strftime("%d/%m/%Y"))
    counting = tr(
        "Permis entrés dans la période : {n} ; un permis compte pour chaque facteur que citent les règles qu’il "
        "déclenche."
    ).format(n=data["permits"])
    parts = [
        f"<h1>{escape(title)}</h1>",
        f"<p class='meta'>{escape(p.label())} — {escape(made)}</p>",
        f"<p>{escape(counting)}</p>",
        f"<table><tr>{head}</tr>{body}</table>",
        f"<h2>{escape(tr('PLU : nouvelles versions relevées ({n})').format(n=len(data['plu_versions'])))}</h2>",
        "<ul>"
        + "".join(
            f"<li>{escape(s['idurba'] or s['partition'])} — {escape(', '.join(s['communes']))}</li>"
            for s in data["plu_versions"]
        )
        + "</ul>",
    ]
    return (
        "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>{''.join(parts)}</body></html>"
    )


def write_periodic(register, catalogue, p: Period, out_dir) -> dict:
    """Write rapport_periodique.html, .csv and .json."""
    data = periodic_data(register, catalogue, p)
    out = make_dirs(out_dir)
    figures = {
        "periode": {"du": p.du.isoformat(), "au": p.au.isoformat()},
        "permis": data["permits"],
        "facteurs": data["table"].to_dict("records"),
        "nouvelles_versions_plu": [s["id"] for s in data["plu_versions"]],
    }
    with OutputSet() as outs:  # the three files renamed into place together, or none
        outs.write_text(out / "rapport_periodique.html", periodic_report_html(data))
        write_spreadsheet_csv(data["table"], out / "rapport_periodique.csv", outs)
        outs.write_text(out / "rapport_periodique.json", json.dumps(figures, ensure_ascii=False, indent=2, default=str))
    return {
        "rapports": [str(out / "rapport_periodique.html")],
        "csv": [str(out / "rapport_periodique.csv")],
        "resume": figures,
    }


__all__ = ["periodic_data", "periodic_report_html", "write_periodic", "rule_factors"]
