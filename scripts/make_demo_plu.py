"""Build the FICTITIOUS «avant / après» PLU of Loos-en-Gohelle (62528) used by the demonstration and the tests.

Deterministic (no randomness): zones are a 400 m grid over the real commune boundary plus zones drawn around
the real elements of the Bien (reference GeoPackage). Nothing here is an official PLU: every file name, IDURBA
and LIBELONG says FICTIF. Scenario of the draft («après», CNIG 2024) compared with the plan «avant» (CNIG 2017):
- an N zone within 500 m of the Fosse 11-19 becomes an AUc zone «1AUh» (ouverture à l'urbanisation);
- the terril 63AH (T074b) is zoned U («UE», zone d'activités) instead of N («Nt»);
- the heritage prescription (L.151-19, TYPEPSC 07-01) on the maison d'ingénieur 63W is removed;
- the permis de démolir perimeter (TYPEINF 42-01) is not carried over in the draft;
- the UNESCO perimeters (TYPEINF 40-01 and 40-02) are kept.

    .venv/bin/python scripts/make_demo_plu.py [--out resources/demo/plu]
"""

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from veille_plugin.core.reference.data import load_reference  # noqa: E402
from veille_plugin.core.vector_io import write_gpkg_layer  # noqa: E402

INSEE = "62528"
D_AVANT, D_APRES = "20170315", "20260115"
ID_AVANT, ID_APRES = f"{INSEE}_PLU_{D_AVANT}_FICTIF", f"{INSEE}_PLU_{D_APRES}_FICTIF"
CELL = 400.0


def _poly(g):
    g = shapely.make_valid(g)
    parts = [p for p in shapely.get_parts(g) if p.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts) if parts else shapely.Polygon()


def build(ref):
    com = ref.communes
    commune = com.geometries[np.flatnonzero(com.attributes["insee"].to_numpy() == INSEE)[0]]
    el = ref.elements
    ids = el.attributes["identifiant"].astype(str).to_numpy()

    def element(i):
        return el.geometries[np.flatnonzero(ids == i)[0]]

    terrils = {k: shapely.intersection(shapely.buffer(element(k), 15.0), commune) for k in ("63AF", "63AG", "63AH")}
    cites = shapely.intersection(
        shapely.union_all([shapely.buffer(element(k), 10.0) for k in ("63AD", "63U", "63AB", "63V")]), commune
    )
    fosse = element("63AE")
    # zones drawn around the elements, then a grid for the rest of the commune
    nt_f = shapely.union_all([terrils["63AF"], terrils["63AG"]])
    nt_h = _poly(shapely.difference(terrils["63AH"], nt_f))
    special = {"Nt_F": nt_f, "Nt_H": nt_h, "UC": _poly(shapely.difference(cites, shapely.union_all([nt_f, nt_h])))}
    taken = shapely.union_all(list(special.values()))
    xmin, ymin, xmax, ymax = commune.bounds
    cells = []
    for kx, x in enumerate(np.arange(xmin, xmax, CELL)):
        for ky, y in enumerate(np.arange(ymin, ymax, CELL)):
            g = _poly(shapely.difference(shapely.intersection(shapely.box(x, y, x + CELL, y + CELL), commune), taken))
            if g.area > 100:
                cells.append((kx, ky, g))
    cx, cy = commune.centroid.x, commune.centroid.y
    zones_avant, zones_apres = [], []
    opened = None
    # the cell opened to urbanisation: the N cell closest to the Fosse 11-19 within 500 m
    best = None
    for kx, ky, g in cells:
        d = np.hypot(g.centroid.x - cx, g.centroid.y - cy)
        typ, lib = ("U", "UB") if d < 1100 else (("A", "A") if (kx + ky) % 3 else ("N", "N"))
        zones_avant.append([lib, typ, g])
        if typ == "N" and g.distance(fosse) < 500 and (best is None or g.distance(fosse) < best[0]):
            best = (g.distance(fosse), len(zones_avant) - 1)
    if best is None:  # make one: the nearest non-U cell becomes N before
        k = min((i for i, z in enumerate(zones_avant) if z[1] != "U"), key=lambda i: zones_avant[i][2].distance(fosse))
        zones_avant[k][:2] = ["N", "N"]
        best = (zones_avant[k][2].distance(fosse), k)
    opened = best[1]
    zones_avant += [["Nt", "N", special["Nt_F"]], ["Nt", "N", special["Nt_H"]], ["UC", "U", special["UC"]]]
    for k, (lib, typ, g) in enumerate(zones_avant):
        if k == opened:
            zones_apres.append(["1AUh", "AUc", g])
        elif g.equals(special["Nt_H"]):
            zones_apres.append(["UE", "U", g])
        else:
            zones_apres.append([lib, typ, g])
    return commune, zones_avant, zones_apres, element, ids


def write_version(
    path: Path,
    ref,
    zones,
    date: str,
    idurba: str,
    variant: str,
    commune,
    element,
    ids,
    with_pd: bool,
    protect_63w: bool,
):
    if path.exists():
        path.unlink()
    n = len(zones)
    zattrs = {
        "LIBELLE": [z[0] for z in zones],
        "LIBELONG": [f"FICTIF – zone {z[0]} (données de démonstration, pas un PLU réel)" for z in zones],
        "TYPEZONE": [z[1] for z in zones],
    }
    if variant == "2024":
        zattrs["FORMDOMI"] = ["0100" if z[1] == "U" else ("0000") for z in zones]
        zattrs["DESTOUI"] = [None] * n
    zattrs.update(
        {
            "NOMFIC": [f"{INSEE}_reglement_{date}_FICTIF.pdf"] * n,
            "URLFIC": [None] * n,
            "IDURBA": [idurba] * n,
            "DATVALID": [date] * n,
        }
    )
    write_gpkg_layer(
        path, f"{INSEE}_ZONE_URBA_{date}", pd.DataFrame(zattrs), np.array([z[2] for z in zones], dtype=object)
    )
    # heritage prescriptions (L.151-19) on the built elements and cités of the commune, landscape one on the terrils
    rows, geoms = [], []
    for i in ("63W", "63AD", "63AE", "63L", "63U"):
        if i == "63W" and not protect_63w:
            continue
        g = _poly(shapely.intersection(element(i), commune))
        rows.append(("07", "01", f"PB-{i}", f"FICTIF – patrimoine bâti à protéger (élément {i})"))
        geoms.append(g)
    for i in ("63AF", "63AG", "63AH"):
        rows.append(("07", "02", f"PP-{i}", f"FICTIF – patrimoine paysager à protéger (terril {i})"))
        geoms.append(_poly(shapely.intersection(element(i), commune)))
    attrs = pd.DataFrame(rows, columns=["TYPEPSC", "STYPEPSC", "LIBELLE", "TXT"])
    attrs["NOMFIC"] = f"{INSEE}_prescriptions_{date}_FICTIF.pdf"
    attrs["IDURBA"] = idurba
    attrs["DATVALID"] = date
    write_gpkg_layer(path, f"{INSEE}_PRESCRIPTION_SURF_{date}", attrs, np.array(geoms, dtype=object))
    pt = shapely.point_on_surface(element("63N"))
    write_gpkg_layer(
        path,
        f"{INSEE}_PRESCRIPTION_PCT_{date}",
        pd.DataFrame(
            {
                "TYPEPSC": ["07"],
                "STYPEPSC": ["01"],
                "LIBELLE": ["PB-63N"],
                "TXT": ["FICTIF – maison d'ingénieur"],
                "IDURBA": [idurba],
                "DATVALID": [date],
            }
        ),
        np.array([pt], dtype=object),
    )
    bien = _poly(shapely.intersection(ref.bien_union, commune))
    zt = _poly(shapely.intersection(ref.buffer_union, commune))
    info = [
        ("40", "01", "Bien UNESCO", "FICTIF – périmètre du Bien inscrit (report)", bien),
        ("40", "02", "Zone tampon", "FICTIF – zone tampon du Bien (report)", zt),
    ]
    if with_pd:
        info.append(
            (
                "42",
                "01",
                "PD",
                "FICTIF – secteur soumis au permis de démolir (Bien et zone tampon)",
                _poly(shapely.union_all([bien, zt])),
            )
        )
    iattrs = pd.DataFrame([r[:4] for r in info], columns=["TYPEINF", "STYPEINF", "LIBELLE", "TXT"])
    iattrs["IDURBA"] = idurba
    iattrs["DATVALID"] = date
    write_gpkg_layer(path, f"{INSEE}_INFO_SURF_{date}", iattrs, np.array([r[4] for r in info], dtype=object))


README = """# PLU FICTIFS de démonstration – Loos-en-Gohelle (62528)

**Données FICTIVES** : ces fichiers ne sont pas le PLU de Loos-en-Gohelle ni d'aucune commune. Ils sont générés par
`scripts/make_demo_plu.py` (déterministe) à partir des géométries officielles embarquées (limite communale, éléments
du Bien, Bien et zone tampon) pour montrer la comparaison de deux versions et le contrôle d'un projet de PLU.
Chaque fichier, chaque IDURBA (`…_FICTIF`) et chaque LIBELONG porte la mention FICTIF.

- `62528_PLU_FICTIF_avant_v2017.gpkg` : version « en vigueur » au standard CNIG 2017 (ZONE_URBA,
  PRESCRIPTION_SURF/PCT, INFO_SURF).
- `62528_PLU_FICTIF_apres_v2024.gpkg` : « projet » au standard CNIG 2024 (FORMDOMI).

Ce que le projet change (scénario) :
- une zone N à moins de 500 m de la fosse 11-19 devient une zone AUc « 1AUh » (ouverture à l'urbanisation) ;
- le terril 63AH (T074b) passe de Nt (N) à UE (U) : terril en zone constructible ;
- la prescription patrimoniale L.151-19 (TYPEPSC 07-01) sur la maison d'ingénieur 63W est supprimée ;
- le périmètre du permis de démolir (TYPEINF 42-01) n'est pas repris ;
- les périmètres du Bien et de la zone tampon (TYPEINF 40-01, 40-02) sont conservés.

    .venv/bin/python -m veille_plugin plu-diff --before resources/demo/plu/62528_PLU_FICTIF_avant_v2017.gpkg \\
        --after resources/demo/plu/62528_PLU_FICTIF_apres_v2024.gpkg --out out/plu
    .venv/bin/python -m veille_plugin plu-check --plu resources/demo/plu/62528_PLU_FICTIF_apres_v2024.gpkg \\
        --before resources/demo/plu/62528_PLU_FICTIF_avant_v2017.gpkg --out out/plu_controle
"""


def main() -> int:
    parser = argparse.ArgumentParser(description="PLU FICTIFS de démonstration (Loos-en-Gohelle)")
    parser.add_argument("--out", default=str(ROOT / "resources" / "demo" / "plu"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    ref = load_reference()
    commune, za, zp, element, ids = build(ref)
    write_version(
        out / f"{INSEE}_PLU_FICTIF_avant_v2017.gpkg",
        ref,
        za,
        D_AVANT,
        ID_AVANT,
        "2017",
        commune,
        element,
        ids,
        with_pd=True,
        protect_63w=True,
    )
    write_version(
        out / f"{INSEE}_PLU_FICTIF_apres_v2024.gpkg",
        ref,
        zp,
        D_APRES,
        ID_APRES,
        "2024",
        commune,
        element,
        ids,
        with_pd=False,
        protect_63w=False,
    )
    (out / "README.md").write_text(README, encoding="utf-8")
    print(f"PLU FICTIFS écrits dans {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
