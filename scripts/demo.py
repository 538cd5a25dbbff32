"""`make demo`: the main job on the embedded data — screen the FICTITIOUS demonstration projects.

Writes in --out (default out/demo): a CSV and a GeoPackage layer (one row per project),
and the explained JSON screening. Prints where the results are.
"""
import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from veille_plugin.core.gazetteer import get_gazetteer  # noqa: E402
from veille_plugin.core.reference import load_reference  # noqa: E402
from veille_plugin.core.screening import describe, screen, to_dataframe  # noqa: E402
from veille_plugin.core.stats import reference_stats  # noqa: E402
from veille_plugin.core.vector_io import read_csv_geometries, write_gpkg_layer  # noqa: E402

DEMO = ROOT / "resources" / "demo" / "projets_fictifs.csv"


def main() -> int:
    parser = argparse.ArgumentParser(description="Démonstration sur données FICTIVES")
    parser.add_argument("--out", default="out/demo")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    ref = load_reference()
    s = reference_stats(ref)
    print(f"Jeu de référence : {ref.version}")
    print(f"  {s['composantes']} composantes, {s['elements']} éléments, Bien {s['surface_bien_ha']} ha, zone tampon {s['surface_zone_tampon_ha']} ha")
    print()
    print("*** DONNÉES DE DÉMONSTRATION FICTIVES : projets inventés, placés autour d'éléments réels ***")
    table = read_csv_geometries(DEMO, crs="EPSG:2154")
    labels = [f"{DEMO.name}, ligne {i + 2} ({n})" for i, n in enumerate(table.attributes["numero"])]
    result = screen(table.geometries, ref, crs="EPSG:2154", distance=500.0, labels=labels)
    df = to_dataframe(result, ref)
    df.insert(0, "numero", table.attributes["numero"])
    df.insert(1, "libelle", table.attributes["libelle"])
    df.insert(2, "donnees_fictives", "oui")
    df.to_csv(out / "analyse_projets_fictifs.csv", sep=";", index=False, encoding="utf-8")
    import numpy as np
    import pandas as pd

    ok = ~pd.isna(result.zone) & result.ok
    geoms = np.where(result.ok, table.geometries, None)
    write_gpkg_layer(out / "analyse_projets_fictifs.gpkg", "projets_fictifs_analyses", df[ok].reset_index(drop=True), geoms[ok], description="Projets FICTIFS de démonstration, analysés")
    records = [describe(result, ref, i, label=labels[i]) for i in range(result.n)]
    (out / "analyse_projets_fictifs.json").write_text(json.dumps({"avertissement": "Données de démonstration FICTIVES", "donnees_reference": ref.version, "resultats": records}, ensure_ascii=False, indent=2), encoding="utf-8")
    for m in table.messages:
        print("  ! " + m)
    for rec, numero in zip(records, table.attributes["numero"]):
        print(f"  {numero:<11} {rec['zone']:<12} {rec['explication'][:150]}")
    print()
    print("Recherche « fosse 9/9 bis Oignies » :")
    for r in get_gazetteer(ref).search("fosse 9/9 bis Oignies", limit=3):
        print(f"  {r['score']:.2f} {r['id']:<5} {r['nom']} ({', '.join(c['nom'] for c in r['communes'])}) – {r['statut']}")
    print()
    print(f"Résultats écrits dans {out}/ :")
    for f in sorted(out.iterdir()):
        print(f"  {f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
