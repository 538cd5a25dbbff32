"""`make bench`: the reports of the management system's meetings on a year of weekly sweeps (issue 17).

A GeoPackage register is written (not timed) with ``--semaines`` weekly sweeps of ``--permis`` FICTITIOUS permits
each (default 52 × 2,000, about 100,000 cases), 1 % of the previous week's permits listed again with changed works
(so the history holds changes), FICTITIOUS alerts on a few elements and an avis on some cases. Then each report is
timed as the command line runs it (register opened, read, computed, files written):

* the Comité technique de suivi over the whole year;
* the comités locaux, one file per EPCI;
* the follow-up files of all 353 elements.

The target is 10 s per report. Baseline, on the same register in the same run: reading the cases with GeoPandas
(``geopandas.read_file``, geometries included) and computing the same severity × zone table with pandas — what a
GIS analyst would write by hand — reported as a ratio to the register's own reading of the same two columns and the
same crosstab (the counts are checked equal); the whole committee computation (history, alerts, follow-up, grappes)
is timed apart. Figures:
`out/bench/bench_reports.json`.
"""

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from bench_common import ROOT, TYPES, WORKS, fr_num

TARGET_S = 10.0
SEVERITIES = np.array(["aucune", "aucune", "à vérifier", "majeur", "bloquant"], dtype=object)
ZONES = np.array(["hors", "hors", "zone_tampon", "bien", "commune"], dtype=object)


def week_rows(ref, week: int, n: int, rng) -> pd.DataFrame:
    """``n`` FICTITIOUS permits of one week, at random points of real basin communes, some in real cités."""
    com = ref.communes
    pick = rng.integers(0, len(com), n)
    xy = shapely.get_coordinates(shapely.point_on_surface(np.asarray(com.geometries, dtype=object)[pick]))
    xy = xy + rng.normal(0, 300, (n, 2))
    cites = ref.elements.attributes.loc[ref.elements.attributes["categorie"] == "cité minière", "identifiant"]
    cites = cites.to_numpy(dtype=object)
    kinds = TYPES[rng.integers(0, len(TYPES), n)]
    return pd.DataFrame(
        {
            "numero": [f"FICTIF-{k}-{week:02d}-{i:05d}" for k, i in zip(kinds, range(n))],
            "source": "banc_fictif",
            "type": kinds,
            "commune_insee": com.attributes["insee"].to_numpy(dtype=object)[pick],
            "commune_nom": com.attributes["nom"].to_numpy(dtype=object)[pick],
            "travaux": WORKS[rng.integers(0, len(WORKS), n)],
            "zone": ZONES[rng.integers(0, len(ZONES), n)],
            "severite": SEVERITIES[rng.integers(0, len(SEVERITIES), n)],
            "elements": np.where(rng.random(n) < 0.15, cites[rng.integers(0, len(cites), n)], ""),
            "geom_wkb": shapely.to_wkb(shapely.points(xy)),
        }
    )


def build(path: Path, ref, weeks: int, per_week: int, seed: int = 17) -> dict:
    """The register of a year of sweeps (see the module's note)."""
    from veille_plugin.core.alerts.demo import load_demo_alerts
    from veille_plugin.core.register import open_register

    rng = np.random.default_rng(seed)
    t = time.perf_counter()
    previous = None
    with open_register(str(path)) as reg:
        for week in range(weeks):
            rows = week_rows(ref, week, per_week, rng)
            if previous is not None:  # some permits of last week listed again, with changed works
                again = previous.sample(frac=0.01, random_state=week).copy()
                again["travaux"] = again["travaux"] + " (modifié)"
                rows = pd.concat([rows, again], ignore_index=True)
            rec = reg.record_sweep(rows, [f"banc_{week}.csv"], [f"banc_{week}"], "banc", "banc", "banc")
            reg.finish_sweep(rec.sweep_id, {"dossiers": len(rows)})
            previous = rows
        for numero in rows["numero"].head(200):
            reg.set_follow_up(numero, "banc", avis="favorable")
        load_demo_alerts(reg, ref)
    return {"semaines": weeks, "permis_par_semaine": per_week, "secondes": round(time.perf_counter() - t, 1)}


def timed(fn) -> float:
    """Seconds of one call."""
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def run(args) -> dict:
    """Build the register, time each report and the GeoPandas baseline."""
    from veille_plugin.core.reference.data import load_reference
    from veille_plugin.core.register import open_register
    from veille_plugin.core.reports.committee import committee_data, period, write_committee
    from veille_plugin.core.reports.element_file import write_element_files

    ref = load_reference()
    work = Path(tempfile.mkdtemp(prefix="bench_rapports_"))
    path = work / "registre.gpkg"
    built = build(path, ref, args.semaines, args.permis)
    year = period((pd.Timestamp.today() - pd.Timedelta(days=365)).strftime("%Y-%m-%d"))
    fig = {"registre": built}
    with open_register(str(path)) as reg:
        fig["dossiers"] = int(len(reg.case_columns(["numero"])))
        fig["comite_technique_s"] = timed(lambda: write_committee(reg, ref, work / "c", year))
        fig["comites_locaux_s"] = timed(lambda: write_committee(reg, ref, work / "l", year, kind="local"))
        fig["fiches_elements_s"] = timed(lambda: write_element_files(reg, ref, work / "e"))
        fig["donnees_du_comite_s"] = timed(lambda: committee_data(reg, ref, year))

        def own_way():
            cases = reg.case_columns(["severite", "zone"])
            return pd.crosstab(cases["severite"], cases["zone"])

        fig["lecture_et_decompte_s"] = timed(own_way)
        mine = own_way()
    try:
        import geopandas

        def by_hand():
            gdf = geopandas.read_file(path, layer="cases")
            return pd.crosstab(gdf["severite"], gdf["zone"])

        fig["geopandas_lecture_et_decompte_s"] = timed(by_hand)
        theirs = by_hand()
        fig["memes_comptes"] = bool(theirs.sort_index().sort_index(axis=1).equals(mine.sort_index().sort_index(axis=1)))
        fig["ratio_geopandas"] = fig["geopandas_lecture_et_decompte_s"] / fig["lecture_et_decompte_s"]
    except ImportError:
        fig["geopandas_lecture_et_decompte_s"] = None
    fig["objectif_s"] = TARGET_S
    return fig


def main(argv=None) -> int:
    """Run the benchmark and print the figures in French."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--semaines", type=int, default=52)
    parser.add_argument("--permis", type=int, default=2000)
    args = parser.parse_args(argv)
    fig = run(args)
    out = ROOT / "out" / "bench"
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench_reports.json").write_text(json.dumps(fig, ensure_ascii=False, indent=2), encoding="utf-8")
    print(
        f"Rapports du système de gestion sur {fig['dossiers']:,} dossiers FICTIFS ({args.semaines} balayages)".replace(
            ",", " "
        )
    )
    for key, label in (
        ("comite_technique_s", "comité technique (un an)"),
        ("comites_locaux_s", "comités locaux (un fichier par EPCI)"),
        ("fiches_elements_s", "fiches des 353 éléments"),
    ):
        verdict = "tenu" if fig[key] <= TARGET_S else "DÉPASSÉ"
        print(f"  {label:<40} {fr_num(fig[key], 2):>7} s  (objectif {TARGET_S:.0f} s : {verdict})")
    if fig.get("geopandas_lecture_et_decompte_s"):
        print(
            f"  lecture + tableau sévérité × zone : {fr_num(fig['lecture_et_decompte_s'], 2)} s ; GeoPandas "
            f"(read_file + crosstab) {fr_num(fig['geopandas_lecture_et_decompte_s'], 2)} s : "
            f"×{fr_num(fig['ratio_geopandas'], 1)} (mêmes comptes : {'oui' if fig['memes_comptes'] else 'NON'})"
        )
    print(
        "  données complètes du comité (historique, alertes, suites, grappes) : "
        f"{fr_num(fig['donnees_du_comite_s'], 2)} s"
    )
    return 0 if all(fig[k] <= TARGET_S for k in ("comite_technique_s", "comites_locaux_s", "fiches_elements_s")) else 1


if __name__ == "__main__":
    sys.exit(main())
