"""`make demo`: the main jobs on the embedded data, with FICTITIOUS demonstration inputs.

1. Projects screened against the Bien and the management-plan rules, with screening notes.
2. The weekly sweep over two weeks of fictitious permit lists, into a demonstration register.
3. Fictitious heritage-in-danger alerts in the same register, and their exports.
4. Two fictitious versions of a commune's PLU compared, the draft checked (R13–R18).
5. The online PLU watch run twice against a local server answering like the API Carto GPU, which serves the first
   fictitious version, then the second: a first snapshot, then the changes found.
6. The reports of the management system's meetings from that register: comité technique, comités locaux (one per
   EPCI), the indicators for the evaluation, a commune's porté à connaissance, the follow-up files of the 353
   elements (a fictitious avis recorded first); the comité technique line counts the «autorisés sans avis».
Prints where the results are.
"""

import argparse
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from veille_plugin.core.reference.data import load_reference  # noqa: E402
from veille_plugin.core.reference.gazetteer import get_gazetteer  # noqa: E402
from veille_plugin.core.reference.stats import reference_stats  # noqa: E402
from veille_plugin.core.register import open_register  # noqa: E402
from veille_plugin.core.rules.case_screening import case_columns, screen_cases  # noqa: E402
from veille_plugin.core.rules.catalogue import load_catalogue  # noqa: E402
from veille_plugin.core.rules.note import write_notes  # noqa: E402
from veille_plugin.core.sweep.run import SourceSpec, run_sweep  # noqa: E402
from veille_plugin.core.vector_io import read_csv_geometries  # noqa: E402

DEMO = ROOT / "resources" / "demo"


def main() -> int:
    parser = argparse.ArgumentParser(description="Démonstration sur données FICTIVES")
    parser.add_argument("--out", default="out/demo")
    args = parser.parse_args()
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)  # idempotent: every run starts from an empty demonstration register
    out.mkdir(parents=True)

    ref = load_reference()
    cat = load_catalogue()
    s = reference_stats(ref)
    print(f"Jeu de référence : {ref.version}")
    print(
        f"  {s['composantes']} composantes, {s['elements']} éléments, Bien {s['surface_bien_ha']} ha, zone tampon "
        f"{s['surface_zone_tampon_ha']} ha"
    )
    print(f"Règles : {cat.name} v{cat.version} ({len(cat.rules)} règles)")
    print()
    print("*** DONNÉES DE DÉMONSTRATION FICTIVES : projets et permis inventés, placés autour d'éléments réels ***")
    print()
    print("1. Projets fictifs situés et confrontés aux règles du plan de gestion")
    table = read_csv_geometries(DEMO / "projets_fictifs.csv", crs="EPSG:2154")
    labels = [f"projets_fictifs.csv, ligne {i + 2} ({n})" for i, n in enumerate(table.attributes["numero"])]
    fields = case_columns(table.attributes)
    cs = screen_cases(table.geometries, ref, cat, crs="EPSG:2154", labels=labels, **fields)
    df = cs.table()
    df.insert(2, "libelle", table.attributes["libelle"])
    df.insert(3, "donnees_fictives", "oui")
    df.to_csv(out / "projets_fictifs_analyse.csv", sep=";", index=False, encoding="utf-8")
    (out / "projets_fictifs_analyse.json").write_text(
        json.dumps(
            {"avertissement": "Données de démonstration FICTIVES", "resultats": [cs.record(i) for i in range(cs.n)]},
            ensure_ascii=False,
            indent=2,
            default=str,
        ),
        encoding="utf-8",
    )
    for m in table.messages:
        print("  ! " + m)
    for i in range(cs.n):
        rec = cs.record(i)
        fired = ", ".join(v["regle"] for v in rec["verdicts"] if v["verdict"] in ("non conforme", "à vérifier"))
        print(f"  {rec['cas']['identifiant']:<11} {rec['zone']:<12} sévérité {rec['severite_globale']:<11} {fired}")
    notes = write_notes(cs, out / "fiches", indices=[i for i in range(cs.n) if cs.screening.ok[i]][:3])
    try:
        from veille_plugin.qgis_adapters.note_pdf import write_note_pdfs

        notes += write_note_pdfs(notes)
    except Exception as exc:  # PDF needs Qt; the HTML notes are written anyway
        print(f"  (fiches PDF non produites : {exc})")
    print()
    print("2. Balayage hebdomadaire des permis fictifs (deux semaines)")
    register_path = out / "registre_demo.gpkg"
    with open_register(str(register_path)) as reg:
        for week in (1, 2):
            source = DEMO / f"permis_fictifs_semaine{week}.csv"
            r = run_sweep(
                [SourceSpec(str(source), name="demo-sitadel")],
                reg,
                ref,
                cat,
                out / f"balayage_semaine{week}",
                parcels=str(DEMO / "parcelles_fictives.geojson"),
                author="démonstration",
            )
            ch = r.counts["changements"]
            print(
                f"  semaine {week} : {r.counts['dossiers']} dossiers — {ch['nouveau']} nouveaux, {ch['modifié']} "
                f"modifiés, {ch['inchangé']} inchangés, {ch['disparu']} disparus ;"
                f" zones {r.counts['par_zone']} ; {len(r.messages)} lignes signalées"
            )
    print()
    print("3. Alertes sur les sites en péril (FICTIVES) dans le même registre, et leurs exports")
    from veille_plugin.core.alerts import exports
    from veille_plugin.core.alerts.demo import load_demo_alerts

    with open_register(str(register_path)) as reg:
        load_demo_alerts(reg, ref)
        for a in reg.alerts().to_dict("records"):
            print(f"  n°{a['id']} {a['priorite']} {a['statut']:<18} {a['titre']}")
        for kind, fmt, name in (
            ("liste", "html", "sites_en_peril.html"),
            ("liste", "csv", "sites_en_peril.csv"),
            ("rapport", "html", "rapport_periodique_alertes.html"),
        ):
            exports.export(reg, kind, fmt, out / "alertes" / name)
        exports.export(reg, "dossier", "html", out / "alertes" / "dossier_element_19D.html", element="19D", ref=ref)
        print(f"  éléments en péril (règle R12) : {', '.join(sorted(reg.alerted_elements()))}")
    print()
    print("4. Veille des PLU : deux versions FICTIVES du PLU de Loos-en-Gohelle comparées, projet contrôlé (R13–R18)")
    from veille_plugin.core.plu.checks import check_version
    from veille_plugin.core.plu.diff import diff_versions
    from veille_plugin.core.plu.reader import read_plu_version
    from veille_plugin.core.plu.report import write_diff_outputs

    plu = DEMO / "plu"
    before = read_plu_version(plu / "62528_PLU_FICTIF_avant_v2017.gpkg", "en vigueur (FICTIF)")
    after = read_plu_version(plu / "62528_PLU_FICTIF_apres_v2024.gpkg", "projet (FICTIF)")
    diff = diff_versions(before, after, ref, commune="62528")
    check = check_version(after, ref, diff=diff, commune="62528")
    files = write_diff_outputs(diff, ref, out / "plu", check=check)

    def ha(v):
        return f"{v:.2f}".replace(".", ",")

    for _, row in diff.pieces.iterrows():
        print(
            f"  {row['categorie_libelle']:<45} {row['avant_libelle'] or row['code'] or '':<8} → "
            f"{row['apres_libelle'] or '':<8} {ha(row['surface_ha']):>8} ha"
            f" (Bien {ha(row['surface_bien_ha'])}, zone tampon {ha(row['surface_zone_tampon_ha'])})"
        )
    counts = {}
    for f in check.findings():
        counts[(f["regle"], f["verdict"])] = counts.get((f["regle"], f["verdict"]), 0) + 1
    print("  contrôle : " + ", ".join(f"{r} {v}" + (f" (×{n})" if n > 1 else "") for (r, v), n in counts.items()))
    print(f"  rapport : {files['rapports'][-1]}")
    print()
    print("5. Veille des PLU en ligne, deux fois, contre un serveur local qui répond comme l'API Carto (module GPU)")
    print("   et sert les versions FICTIVES du PLU de Loos-en-Gohelle : d'abord la première, puis la seconde")
    watch_demo(out, register_path, ref)
    print()
    print("6. Rapports du système de gestion depuis le registre de démonstration (dossiers et alertes FICTIFS)")
    from veille_plugin.core.reports.committee import period, write_committee
    from veille_plugin.core.reports.element_file import write_element_files

    with open_register(str(register_path)) as reg:
        reg.set_follow_up("FICTIF-062498-26-00003", "démonstration", avis="défavorable")  # an avis (FICTIF)
        p = period()
        comite = write_committee(reg, ref, out / "rapports", p)
        local = write_committee(reg, ref, out / "rapports", p, kind="local")
        fiches = write_element_files(reg, ref, out / "rapports" / "elements")
        from veille_plugin.core.reports.indicators import write_indicators

        indicateurs = write_indicators(reg, out / "rapports")
        from veille_plugin.core.reports.commune_pack import write_commune_pack

        pac = write_commune_pack(reg, ref, cat, "62528", out / "rapports")
        from veille_plugin.core.reports.periodic import write_periodic

        periodique = write_periodic(reg, cat, p, out / "rapports")
    r = comite["resume"][0]
    print(
        f"  comité technique ({p.label()}) : {r['dossiers_nouveaux']} dossiers nouveaux, "
        f"{r['decisions_attendues']} décisions attendues, {r['autorises_sans_avis']['nombre']} autorisés sans avis "
        f"({r['autorises_sans_avis']['bien']} dans le Bien, {r['autorises_sans_avis']['zone_tampon']} en zone tampon), "
        f"{len(r['grappes'])} grappes, "
        f"{r['alertes']['ouvertes']} alertes ouvertes — {comite['rapports'][0]}"
    )
    print(f"  comités locaux : {len(local['rapports'])} fichiers (un par EPCI)")
    print(f"  fiches de suivi des éléments : {fiches['elements']} — {fiches['index']}")
    print(f"  indicateurs pour l'évaluation : {len(indicateurs['indicateurs'])} — {indicateurs['rapports'][0]}")
    print(f"  porté à connaissance de Loos-en-Gohelle : {pac['rapports'][0]}")
    print(f"  rapport périodique UNESCO : {periodique['rapports'][0]}")
    print()
    print("Recherche « fosse 9/9 bis Oignies » :")
    for res in get_gazetteer(ref).search("fosse 9/9 bis Oignies", limit=3):
        print(
            f"  {res['score']:.2f} {res['id']:<5} {res['nom']} ({', '.join(c['nom'] for c in res['communes'])}) – "
            f"{res['statut']}"
        )
    print()
    print(f"Résultats écrits dans {out}/ :")
    for f in sorted(p for p in out.rglob("*") if p.is_file() and not p.name.endswith(".lock")):
        if f.parent.name != "elements" or f.name == "index.html":  # the 353 element files: their index only
            print(f"  {f}")
    print(f"Rapport du 2e balayage : {out / 'balayage_semaine2' / 'rapport.html'}")
    return 0


def watch_demo(out: Path, register_path: Path, ref) -> None:
    """Step 5: ``plu-watch`` as a user runs it (the command line), twice, against the local GPU server."""
    import subprocess

    sys.path.insert(0, str(ROOT / "tests"))
    from gpu_server import GpuServer, cnig_collections, outline

    plu = DEMO / "plu"
    versions = [
        cnig_collections(plu / name)
        for name in ("62528_PLU_FICTIF_avant_v2017.gpkg", "62528_PLU_FICTIF_apres_v2024.gpkg")
    ]
    shape = outline(versions[0])
    with GpuServer() as server:
        server.add_commune("62528", "Loos-en-Gohelle", shape)
        for k, collections in enumerate(versions, start=1):
            server.set_document("DU_62528", "PLU", "Loos-en-Gohelle (PLU FICTIF)", collections, shape)
            done = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "veille_plugin",
                    "plu-watch",
                    "--commune",
                    "62528",
                    "--register",
                    str(register_path),
                    "--out",
                    str(out / "veille_plu"),
                    "--api-url",
                    server.base_url,
                    "--auteur",
                    "démonstration",
                ],
                cwd=ROOT,
                capture_output=True,
                text=True,
                encoding="utf-8",
            )
            if done.returncode != 0:
                raise SystemExit(f"plu-watch a échoué ({done.returncode}) : {done.stderr}")
            print(f"  relevé {k} : " + done.stdout.strip().replace("\n", "\n  "))
    with open_register(str(register_path)) as reg:
        for s in reg.plu_snapshots(insee="62528"):
            print(
                f"  instantané n° {s['id']} : {s['idurba']}, {s['n_features']} entités, relevé {s['fetched_at'][:10]}"
            )


if __name__ == "__main__":
    sys.exit(main())
