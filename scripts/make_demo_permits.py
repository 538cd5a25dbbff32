"""Generate FICTITIOUS permit lists and parcels for the weekly-sweep demonstration (`make demo`).

Writes, reproducibly (no randomness; positions derived from the embedded reference layers):
- resources/demo/parcelles_fictives.geojson: fictitious parcels (EPSG:2154, Etalab-like 14-character ids with the
  real INSEE code of the commune each parcel lies in, sections «XF»/«XG», numbers from 9001, property fictif=true),
  placed inside real cités minières of the Bien, in the zone tampon and outside;
- resources/demo/permis_fictifs_semaine1.csv: Sitadel-like list (two header lines: labels then codes, UTF-8);
- resources/demo/permis_fictifs_semaine2.csv: the next week (one header line of mixed-case codes, Latin-1):
  new, changed (state, parcels, works), unchanged and disappeared dossiers.

Every dossier number starts with FICTIF and every row has a COMMENTAIRE column saying it is fictitious and what it
demonstrates. Besides the national Sitadel columns, the files carry the optional columns the reader understands
(DATE_DEPOT, TRAVAUX, NATURE, HAUTEUR, X, Y, CRS). The output is committed; rerun after a reference-data change.
"""

import csv
import io
import json
import sys
from pathlib import Path

import numpy as np
import shapely

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from veille_plugin.core.paths import embedded_reference_gpkg  # noqa: E402
from veille_plugin.core.reference.data import ReferenceData  # noqa: E402
from veille_plugin.core.screening.engine import screen  # noqa: E402

OUT = ROOT / "resources" / "demo"
ref = ReferenceData(embedded_reference_gpkg())
EL = ref.elements.attributes
EL_GEOMS = dict(zip(EL["identifiant"], ref.elements.geometries))
COM = ref.communes.attributes
COM_GEOMS = ref.communes.geometries
COM_TREE = shapely.STRtree(COM_GEOMS)
BIEN, ZT = ref.bien_union, ref.buffer_union
ELEMENTS_UNION = shapely.union_all(ref.elements.geometries)
PW, PH = 14.0, 28.0  # a house plot


def commune_at(point):
    hits = COM_TREE.query(point, predicate="within")
    if len(hits) == 0:
        raise SystemExit(f"aucune commune du bassin ne contient {point}")
    k = int(sorted(hits)[0])
    return COM["insee"].iat[k], COM["nom"].iat[k]


def plot_row(x0, y0, count):
    """``count`` adjacent plots west to east starting at (x0, y0)."""
    return [shapely.box(x0 + i * PW, y0, x0 + (i + 1) * PW, y0 + PH) for i in range(count)]


USED = []  # plots already placed: new ones never overlap them


def spot_in(geom, count, step=20.0, reach=600.0):
    """Lower-left corner of ``count`` adjacent plots lying entirely inside ``geom``, clear of the plots already
    placed."""
    p = shapely.point_on_surface(geom)
    offsets = sorted(
        ((dx, dy) for dx in np.arange(-reach, reach + 1, step) for dy in np.arange(-reach, reach + 1, step)),
        key=lambda o: (o[0] ** 2 + o[1] ** 2, o),
    )
    used = shapely.buffer(shapely.union_all(USED), 4.0) if USED else None
    for dx, dy in offsets:
        x0, y0 = p.x + dx - count * PW / 2, p.y + dy - PH / 2
        boxes = plot_row(x0, y0, count)
        if all(shapely.within(b, geom) for b in boxes) and (
            used is None or not any(shapely.intersects(b, used) for b in boxes)
        ):
            return x0, y0
    raise SystemExit(f"pas de place pour {count} parcelles dans la géométrie demandée")


def grid_spots(region, keep, spacing, limit):
    """Grid points of ``region`` satisfying ``keep``, one per commune, in a fixed order."""
    xmin, ymin, xmax, ymax = region.bounds
    xs, ys = np.meshgrid(np.arange(xmin + spacing / 2, xmax, spacing), np.arange(ymin + spacing / 2, ymax, spacing))
    pts = shapely.points(xs.ravel(), ys.ravel())
    pts = pts[shapely.contains(region, pts)]
    out, seen = [], set()
    for p in pts:
        if not keep(p):
            continue
        insee, _nom = commune_at(p)
        if insee in seen:
            continue
        seen.add(insee)
        out.append(p)
        if len(out) == limit:
            break
    return out


# ----------------------------------------------------------------------------- sites
CITES = {  # real cités minières of the Bien (element ids of the official inventory)
    "63V": "Cité des Provinces",
    "48D": "Cité Darçy",
    "42C": "Cité Declercq",
    "22B": "Cité du Champ Fleuri",
    "8Y": "Cité du Pinson Ancienne",
    "97E": "Cité 16-1 du Nouveau Monde",
    "84D": "Cité n°5 de Béthune (du Maroc)",
    "63F": "Cité Saint-Élie",
}
zt_only = shapely.difference(ZT, BIEN)
ZT_SPOTS = grid_spots(
    zt_only, lambda p: shapely.within(shapely.buffer(p, 80), zt_only) and shapely.distance(p, BIEN) > 150, 1500.0, 6
)
communes_union = shapely.union_all(COM_GEOMS)
OUT_SPOTS = grid_spots(
    communes_union, lambda p: shapely.distance(p, ZT) > 2000 and shapely.distance(p, ELEMENTS_UNION) > 2000, 2500.0, 6
)

parcels = []  # GeoJSON features
counters = {}


def make_parcels(x0, y0, count, site, section="XF"):
    ids = []
    USED.extend(plot_row(x0, y0, count))
    for box in plot_row(x0, y0, count):
        insee, _nom = commune_at(shapely.centroid(box))
        key = (insee, section)
        counters[key] = counters.get(key, 9000) + 1
        num = counters[key]
        pid = f"{insee}000{section}{num:04d}"
        coords = [[round(x, 2), round(y, 2)] for x, y in box.exterior.coords]
        parcels.append(
            {
                "type": "Feature",
                "id": pid,
                "geometry": {"type": "Polygon", "coordinates": [coords]},
                "properties": {
                    "id": pid,
                    "commune": insee,
                    "prefixe": "000",
                    "section": section,
                    "numero": str(num),
                    "contenance": int(round(box.area)),
                    "fictif": True,
                    "site": site,
                },
            }
        )
        ids.append(pid)
    return ids


def site_parcels(kind, key, count, section="XF"):
    if kind == "cite":
        x0, y0 = spot_in(EL_GEOMS[key], count)
        return make_parcels(x0, y0, count, f"dans la {CITES[key]} ({key}), Bien inscrit — FICTIF", section)
    p = (ZT_SPOTS if kind == "zt" else OUT_SPOTS)[key]
    region = shapely.intersection(shapely.buffer(p, 300.0), zt_only if kind == "zt" else communes_union)
    where = "zone tampon" if kind == "zt" else "hors du Bien et de la zone tampon"
    x0, y0 = spot_in(region, count)
    return make_parcels(x0, y0, count, f"{where} — FICTIF", section)


def first_point(origin, distance, avoid):
    for ang in range(0, 360, 15):
        p = shapely.Point(origin.x + distance * np.cos(np.radians(ang)), origin.y + distance * np.sin(np.radians(ang)))
        if shapely.within(p, communes_union) and not avoid(p):
            return p
    raise SystemExit("aucun point trouvé")


terril = (
    shapely.point_on_surface(EL_GEOMS["42B"])
    if "42B" in EL_GEOMS
    else shapely.point_on_surface(EL_GEOMS[EL.loc[EL.categorie == "terril", "identifiant"].iat[0]])
)
EOLIEN = first_point(terril, 4000, lambda p: shapely.distance(p, ZT) < 1000)
EOLIEN2 = first_point(shapely.point_on_surface(EL_GEOMS["8V"]), 6000, lambda p: shapely.distance(p, ZT) < 1500)
chevalement = shapely.point_on_surface(EL_GEOMS["43A"])  # Chevalement n°8, Évin-Malmaison
ANTENNE_L93 = shapely.Point(chevalement.x + 180, chevalement.y + 120)


def to_wgs84(p):
    from pyproj import Transformer

    t = Transformer.from_crs("EPSG:2154", "EPSG:4326", always_xy=True)
    lon, lat = t.transform(p.x, p.y)
    return round(lon, 6), round(lat, 6)


# ----------------------------------------------------------------------------- dossiers
CODES = [
    "REG_CODE",
    "REG_LIBELLE",
    "DEP_CODE",
    "DEP_LIBELLE",
    "COMM",
    "TYPE_DAU",
    "NUM_DAU",
    "ETAT_DAU",
    "DATE_REELLE_AUTORISATION",
    "AN_DEPOT",
    "DPC_PREM",
    "ADR_NUM_TER",
    "ADR_TYPEVOIE_TER",
    "ADR_LIBVOIE_TER",
    "ADR_LIEUDIT_TER",
    "ADR_LOCALITE_TER",
    "ADR_CODPOST_TER",
    "SEC_CADASTRE1",
    "NUM_CADASTRE1",
    "SEC_CADASTRE2",
    "NUM_CADASTRE2",
    "SEC_CADASTRE3",
    "NUM_CADASTRE3",
    "SUPERFICIE_TERRAIN",
    "NATURE_PROJET_DECLAREE",
    "DESTINATION_PRINCIPALE",
    "TYPE_PRINCIP_LOGTS_CREES",
    "NB_LGT_TOT_CREES",
    "DATE_DEPOT",
    "TRAVAUX",
    "NATURE",
    "HAUTEUR",
    "X",
    "Y",
    "CRS",
    "COMMENTAIRE",
]
LABELS = [
    "Code de la région du lieu des travaux - Code de la zone",
    "Code de la région du lieu des travaux - Libellé de la zone",
    "Code du département du lieu des travaux - Code de la zone",
    "Code du département du lieu des travaux - Libellé de la zone",
    "Code de la commune du lieu des travaux",
    "Type de DAU",
    "Numéro d'enregistrement de la DAU",
    "Etat d'avancement du projet",
    "Date réelle d'autorisation initiale",
    "Année de dépôt de la DAU",
    "Date (mois) de prise en compte (DPC) du premier évènement reçu dans Sitadel",
    "Numéro de voie du terrain",
    "Type de voie du terrain",
    "Libellé de la voie du terrain",
    "Lieu-dit du terrain",
    "Localité du terrain",
    "Code postal du terrain",
    "Section cadastrale 1",
    "Numéro parcelle cadastrale 1",
    "Section cadastrale 2",
    "Numéro parcelle cadastrale 2",
    "Section cadastrale 3",
    "Numéro parcelle cadastrale 3",
    "Superficie du terrain",
    "Nature du projet déclarée par le demandeur",
    "Destination principale",
    "Type principal des logements créés",
    "Nombre total de logements créés",
    "Date de dépôt (colonne ajoutée, hors Sitadel)",
    "Description des travaux (colonne ajoutée)",
    "Nature du projet (colonne ajoutée)",
    "Hauteur en mètres (colonne ajoutée)",
    "X (colonne ajoutée)",
    "Y (colonne ajoutée)",
    "Système de coordonnées (colonne ajoutée)",
    "Commentaire (données fictives)",
]
DEP = {"59": "Nord", "62": "Pas-de-Calais"}
STREETS = [
    "RUE DES FICTIFS",
    "RUE DE L'EXEMPLE",
    "AVENUE DE LA DEMONSTRATION",
    "RUE DU CAS D'ECOLE",
    "CHEMIN DU TEST",
    "RUE IMAGINAIRE",
]


class Dossier:
    counter = 0

    def __init__(
        self,
        typ,
        travaux,
        comment,
        *,
        parcels=None,
        insee=None,
        locality=None,
        etat="2",
        nature="",
        hauteur="",
        xy=None,
        crs="",
        depot="05/01/2026",
        decl="",
        dest="",
        typlog="",
        nblog="",
        sections=None,
        numero=None,
    ):
        Dossier.counter += 1
        self.k = Dossier.counter
        parcels = parcels or []
        if insee is None and parcels:
            insee = parcels[0][:5]
        self.insee = insee or ""
        nom = COM.loc[COM["insee"] == self.insee, "nom"]
        self.locality = locality if locality is not None else (nom.iat[0].upper() if len(nom) else "")
        self.numero = numero or f"FICTIF-0{self.insee or '00000'}-26-{self.k:05d}"
        self.v = {c: "" for c in CODES}
        dep = self.insee[:2]
        self.v.update(
            {
                "REG_CODE": "32" if dep in DEP else "",
                "REG_LIBELLE": "Hauts-de-France" if dep in DEP else "",
                "DEP_CODE": dep if dep in DEP else self.insee[:2],
                "DEP_LIBELLE": DEP.get(dep, ""),
                "COMM": self.insee,
                "TYPE_DAU": typ,
                "NUM_DAU": self.numero,
                "ETAT_DAU": etat,
                "DATE_REELLE_AUTORISATION": "2026-01-20",
                "AN_DEPOT": "2026",
                "DPC_PREM": "2026-01",
                "ADR_NUM_TER": str(2 * self.k + 1),
                "ADR_TYPEVOIE_TER": "",
                "ADR_LIBVOIE_TER": STREETS[self.k % len(STREETS)],
                "ADR_LOCALITE_TER": self.locality,
                "NATURE_PROJET_DECLAREE": decl,
                "DESTINATION_PRINCIPALE": dest,
                "TYPE_PRINCIP_LOGTS_CREES": typlog,
                "NB_LGT_TOT_CREES": nblog,
                "DATE_DEPOT": depot,
                "TRAVAUX": travaux,
                "NATURE": nature,
                "HAUTEUR": hauteur,
                "CRS": crs,
                "COMMENTAIRE": "DONNÉES FICTIVES – " + comment,
            }
        )
        self.set_parcels(parcels, sections)
        if xy is not None:
            self.v["X"], self.v["Y"] = str(xy[0]), str(xy[1])

    def set_parcels(self, parcels, sections=None):
        for i in range(3):
            self.v[f"SEC_CADASTRE{i + 1}"] = self.v[f"NUM_CADASTRE{i + 1}"] = ""
        refs = sections or [(p[8:10], str(int(p[10:]))) for p in parcels]
        for i, (sec, num) in enumerate(refs[:3]):
            self.v[f"SEC_CADASTRE{i + 1}"], self.v[f"NUM_CADASTRE{i + 1}"] = sec, num
        self.v["SUPERFICIE_TERRAIN"] = str(int(PW * PH * max(len(parcels), 1)))

    def copy(self, **changes):
        other = Dossier.__new__(Dossier)
        other.__dict__ = {k: (dict(v) if isinstance(v, dict) else v) for k, v in self.__dict__.items()}
        other.v.update(changes)
        return other


def row(d):
    return [d.v[c] for c in CODES]


# Week 1 ----------------------------------------------------------------------------------------
W1 = []
add = W1.append
# in the Bien: cités minières
add(
    Dossier(
        "PC",
        "Extension d'une maison de cité par une véranda",
        "cas dans le Bien : extension dans la Cité des Provinces (Lens)",
        parcels=site_parcels("cite", "63V", 1),
        decl="2",
        dest="1",
        typlog="1",
    )
)
d_facade = Dossier(
    "DP",
    "Ravalement de façade",
    "cas dans le Bien : façade dans la Cité des Provinces ; travaux modifiés en semaine 2",
    parcels=site_parcels("cite", "63V", 1),
    decl="2",
)
add(d_facade)
d_pd = Dossier(
    "PD",
    "Démolition d'une maison de cité (coron)",
    "DÉMOLITION dans une cité du Bien (Cité des Provinces, Lens)",
    parcels=site_parcels("cite", "63V", 1),
)
add(d_pd)
d_ite = Dossier(
    "DP",
    "Isolation par l'extérieur de deux maisons jumelles",
    "cas dans le Bien : deux parcelles contiguës (Cité Darçy) ; parcelles modifiées en semaine 2",
    parcels=site_parcels("cite", "48D", 2),
    decl="2",
)
add(d_ite)
extra_darcy = site_parcels("cite", "48D", 1)  # added to the dossier in week 2
add(
    Dossier(
        "PC",
        "Construction d'une maison individuelle en cœur d'îlot",
        "densification dans la Cité Declercq (Oignies)",
        parcels=site_parcels("cite", "42C", 1),
        decl="1",
        dest="1",
        typlog="1",
        nblog="1",
    )
)
d_cloture = Dossier(
    "DP",
    "Clôture et portail en façade sur rue",
    "cas dans le Bien (Cité du Champ Fleuri, Masny) ; disparaît en semaine 2",
    parcels=site_parcels("cite", "22B", 1),
    decl="2",
)
add(d_cloture)
add(
    Dossier(
        "DP",
        "Pose de panneaux solaires photovoltaïques en toiture",
        "cas dans le Bien (Cité du Pinson, Raismes)",
        parcels=site_parcels("cite", "8Y", 1),
        decl="2",
    )
)
d_rehab = Dossier(
    "PC",
    "Programme de réhabilitation de la cité : 12 logements, menuiseries et isolation",
    "programme de bailleur dans la Cité 16-1 (Bruay-la-Buissière) ; état modifié en semaine 2",
    parcels=site_parcels("cite", "97E", 3),
    decl="2",
    dest="1",
    typlog="2",
    nblog="12",
)
add(d_rehab)
add(
    Dossier(
        "DP",
        "Remplacement des fenêtres et de la porte d'entrée",
        "cas dans le Bien (Cité Saint-Élie)",
        parcels=site_parcels("cite", "63F", 1),
        decl="2",
    )
)
add(
    Dossier(
        "PC",
        "Extension et garage accolé",
        "cas dans le Bien (Cité du Maroc, Grenay)",
        parcels=site_parcels("cite", "84D", 1),
        decl="2",
        dest="1",
        typlog="1",
    )
)
# zone tampon
d_zt1 = Dossier(
    "PC",
    "Construction d'une maison individuelle",
    "cas en zone tampon ; état modifié en semaine 2",
    parcels=site_parcels("zt", 0, 1),
    decl="1",
    dest="1",
    typlog="1",
    nblog="1",
)
add(d_zt1)
zt_lot = site_parcels("zt", 1, 3)
d_lot = Dossier(
    "PA",
    "Lotissement de 3 lots à bâtir",
    "permis d'aménager en zone tampon ; parcelles modifiées en semaine 2",
    parcels=zt_lot,
)
add(d_lot)
add(Dossier("DP", "Abri de jardin", "cas en zone tampon", parcels=site_parcels("zt", 2, 1), decl="1"))
add(
    Dossier(
        "PC",
        "Construction d'un bâtiment commercial de 900 m²",
        "développement commercial en zone tampon",
        parcels=site_parcels("zt", 3, 2),
        decl="1",
        dest="2",
        nature="développement commercial",
    )
)
# outside
add(
    Dossier(
        "PC",
        "Construction d'une maison individuelle",
        "cas hors du Bien et de la zone tampon",
        parcels=site_parcels("out", 0, 1),
        decl="1",
        dest="1",
        typlog="1",
        nblog="1",
    )
)
d_out2 = Dossier("DP", "Clôture", "cas hors zone ; disparaît en semaine 2", parcels=site_parcels("out", 1, 1), decl="2")
add(d_out2)
add(Dossier("PC", "Hangar agricole", "cas hors zone", parcels=site_parcels("out", 2, 2), decl="1", dest="2"))
add(
    Dossier(
        "PD",
        "Démolition d'un garage",
        "démolition hors du Bien et de la zone tampon",
        parcels=site_parcels("out", 3, 1),
    )
)
# located by coordinates
ins_e, _n = commune_at(EOLIEN)
d_eol = Dossier(
    "PC",
    "Parc éolien : 3 éoliennes de 150 m en bout de pale",
    "ÉOLIEN localisé par coordonnées Lambert-93, à 4 km d'un terril ; hauteur modifiée en semaine 2",
    insee=ins_e,
    nature="éolienne",
    hauteur="150",
    xy=(round(EOLIEN.x, 1), round(EOLIEN.y, 1)),
    crs="EPSG:2154",
    decl="1",
    dest="2",
)
add(d_eol)
ins_a, _n = commune_at(ANTENNE_L93)
add(
    Dossier(
        "DP",
        "Antenne relais de téléphonie sur pylône de 30 m",
        "localisé par coordonnées WGS84 (EPSG:4326), près du chevalement n°8",
        insee=ins_a,
        nature="antenne",
        hauteur="30 m",
        xy=to_wgs84(ANTENNE_L93),
        crs="EPSG:4326",
        decl="1",
        dest="2",
    )
)
add(
    Dossier(
        "DP",
        "Carport",
        "coordonnées en degrés sans système indiqué (WGS84 supposé)",
        insee=ins_a,
        xy=to_wgs84(shapely.Point(ANTENNE_L93.x + 900, ANTENNE_L93.y - 700)),
        decl="1",
    )
)
# located only by the commune
add(
    Dossier(
        "DP",
        "Ravalement de façade",
        "localisé seulement par la commune (pas de parcelle) : localisation imprécise",
        insee="62427",
        decl="2",
    )
)
add(
    Dossier(
        "DP",
        "Remplacement de menuiseries",
        "commune donnée par un ANCIEN nom (Hénin-Liétard), sans code : localisation imprécise",
        insee="",
        locality="HENIN-LIETARD",
        decl="2",
    )
)
add(
    Dossier(
        "PC",
        "Extension d'une maison",
        "commune écrite sans accent (LIEVIN), sans code : localisation imprécise",
        insee="",
        locality="LIEVIN",
        decl="2",
    )
)
add(
    Dossier(
        "DP",
        "Véranda",
        "parcelles absentes de la couche de parcelles : repli sur la commune",
        insee="62498",
        sections=[("XF", "9990"), ("XF", "9991")],
        decl="2",
    )
)
# not located
add(
    Dossier(
        "PC", "Maison individuelle", "commune hors du bassin minier (Amiens) : non localisé", insee="80021", decl="1"
    )
)
add(Dossier("DP", "Clôture", "ni commune ni parcelle : non localisé", insee="", locality="", decl="2"))
add(
    Dossier(
        "DP",
        "Abri de jardin",
        "commune inconnue (nom inventé) : non localisé",
        insee="",
        locality="VILLE-FICTIVE-SUR-DEMO",
        decl="1",
    )
)
# malformed rows
add(
    Dossier(
        "PC",
        "Garage",
        "référence cadastrale MAL FORMÉE (section « 837 » sans numéro, puis « 12B ») : signalée, repli sur la commune",
        insee="62498",
        sections=[("837", ""), ("XF", "12B")],
        decl="1",
    )
)
add(
    Dossier(
        "DP",
        "Portail",
        "date de dépôt IMPOSSIBLE (31/02/2026) : signalée",
        parcels=site_parcels("zt", 4, 1),
        depot="31/02/2026",
        decl="2",
    )
)
d_nonum = Dossier(
    "DP", "Clôture", "numéro de dossier ABSENT : ligne ignorée et signalée", parcels=site_parcels("out", 4, 1), decl="2"
)
d_nonum.v["NUM_DAU"] = ""
add(d_nonum)
add(
    Dossier(
        "PC",
        "Abri",
        "coordonnées NON NUMÉRIQUES : signalées, repli sur la commune",
        insee="62427",
        xy=("abc", "6 xyz"),
        crs="EPSG:2154",
        decl="1",
    )
)
# routine rows (a normal week)
for key, what, typ in (
    ("63V", "Remplacement de la couverture en tuiles", "DP"),
    ("42C", "Abri de jardin", "DP"),
    ("8Y", "Pose d'une fenêtre de toit", "DP"),
    ("97E", "Clôture", "DP"),
    ("84D", "Extension à l'arrière", "PC"),
    ("22B", "Peinture extérieure des menuiseries", "DP"),
):
    add(
        Dossier(
            typ,
            what,
            f"cas courant dans le Bien ({CITES[key]})",
            parcels=site_parcels("cite", key, 1, section="XG"),
            decl="2",
        )
    )
for i, (what, typ) in enumerate((("Maison individuelle", "PC"), ("Piscine", "DP"), ("Extension", "PC"))):
    add(
        Dossier(
            typ,
            what,
            "cas courant en zone tampon",
            parcels=site_parcels("zt", 5 if i == 0 else i, 1, section="XG"),
            decl="1" if typ == "PC" else "2",
        )
    )
for i, (what, typ) in enumerate((("Maison individuelle", "PC"), ("Véranda", "DP"))):
    add(
        Dossier(
            typ,
            what,
            "cas courant hors zone",
            parcels=site_parcels("out", 5 if i == 0 else i, 1, section="XG"),
            decl="1",
        )
    )

# Week 2 ----------------------------------------------------------------------------------------
gone = {d_cloture.k, d_out2.k}
W2 = []
for d in W1:
    if d.k in gone:
        continue
    if d.k == d_facade.k:
        W2.append(
            d.copy(
                TRAVAUX="Ravalement de façade et remplacement des menuiseries",
                COMMENTAIRE="DONNÉES FICTIVES – travaux MODIFIÉS depuis la semaine 1",
            )
        )
    elif d.k == d_rehab.k:
        W2.append(d.copy(ETAT_DAU="5", COMMENTAIRE="DONNÉES FICTIVES – état MODIFIÉ (commencé) depuis la semaine 1"))
    elif d.k == d_zt1.k:
        # same dossier, number written differently: the normalised number matches
        W2.append(
            d.copy(
                ETAT_DAU="6",
                NUM_DAU=d.numero.replace("-", " "),
                COMMENTAIRE="DONNÉES FICTIVES – état MODIFIÉ (terminé) ; numéro écrit autrement, même dossier",
            )
        )
    elif d.k == d_ite.k:
        e = d.copy(COMMENTAIRE="DONNÉES FICTIVES – parcelles MODIFIÉES (une parcelle ajoutée) depuis la semaine 1")
        e.set_parcels(
            [],
            sections=[
                (d.v["SEC_CADASTRE1"], d.v["NUM_CADASTRE1"]),
                (d.v["SEC_CADASTRE2"], d.v["NUM_CADASTRE2"]),
                (extra_darcy[0][8:10], str(int(extra_darcy[0][10:]))),
            ],
        )
        W2.append(e)
    elif d.k == d_lot.k:
        e = d.copy(COMMENTAIRE="DONNÉES FICTIVES – parcelles MODIFIÉES (une parcelle retirée) depuis la semaine 1")
        e.set_parcels(zt_lot[:2])
        W2.append(e)
    elif d.k == d_eol.k:
        W2.append(
            d.copy(
                TRAVAUX="Parc éolien : 3 éoliennes de 180 m en bout de pale (hauteur portée à 180 m)",
                HAUTEUR="180",
                COMMENTAIRE="DONNÉES FICTIVES – ÉOLIEN : travaux et hauteur MODIFIÉS",
            )
        )
    else:
        W2.append(d.copy())
add = W2.append
add(
    Dossier(
        "PD",
        "Démolition de deux maisons de cité",
        "NOUVEAU en semaine 2 : démolition dans la Cité Darçy (Bien)",
        parcels=site_parcels("cite", "48D", 2, section="XG"),
        depot="12/01/2026",
    )
)
add(
    Dossier(
        "PC",
        "Éolienne isolée de 120 m",
        "NOUVEAU en semaine 2 : éolien à 6 km d'un terril, coordonnées Lambert-93",
        insee=commune_at(EOLIEN2)[0],
        nature="éolienne",
        hauteur="120",
        xy=(round(EOLIEN2.x, 1), round(EOLIEN2.y, 1)),
        crs="EPSG:2154",
        depot="12/01/2026",
        decl="1",
        dest="2",
    )
)
add(
    Dossier(
        "DP",
        "Isolation par l'extérieur",
        "NOUVEAU en semaine 2 : dans le Bien (Cité des Provinces)",
        parcels=site_parcels("cite", "63V", 1, section="XG"),
        depot="13/01/2026",
        decl="2",
    )
)
add(
    Dossier(
        "PC",
        "Maison individuelle",
        "NOUVEAU en semaine 2 : zone tampon",
        parcels=site_parcels("zt", 0, 1, section="XG"),
        depot="13/01/2026",
        decl="1",
        dest="1",
        typlog="1",
        nblog="1",
    )
)
add(
    Dossier(
        "DP",
        "Clôture",
        "NOUVEAU en semaine 2 : hors zone",
        parcels=site_parcels("out", 2, 1, section="XG"),
        depot="14/01/2026",
        decl="2",
    )
)
add(
    Dossier(
        "DP",
        "Ravalement",
        "NOUVEAU en semaine 2 : commune seulement (Oignies)",
        insee="62637",
        depot="14/01/2026",
        decl="2",
    )
)
add(
    Dossier(
        "PC",
        "Garage",
        "NOUVEAU en semaine 2 : date de dépôt ILLISIBLE (« 2026-13-40 »)",
        parcels=site_parcels("out", 3, 1, section="XG"),
        depot="2026-13-40",
        decl="1",
    )
)


# ----------------------------------------------------------------------------- checks and output
def check_sites():
    """The fictitious parcels are where their comment says (the screening engine decides)."""
    geoms = np.array([shapely.from_geojson(json.dumps(f["geometry"])) for f in parcels], dtype=object)
    res = screen(geoms, ref, distance=500.0)
    for f, zone in zip(parcels, res.zone):
        site = f["properties"]["site"]
        want = "bien" if "Bien inscrit" in site else ("zone_tampon" if site.startswith("zone tampon") else "hors")
        assert zone == want, (f["id"], site, zone)
    ids = [f["id"] for f in parcels]
    assert len(ids) == len(set(ids)), "identifiants de parcelles en double"


def write_csv(path, dossiers, *, labels, mixed_case, encoding, broken_after=None):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    if labels:
        w.writerow(LABELS)
    codes = (
        [
            {
                "REG_CODE": "REG",
                "DEP_CODE": "DEP",
                "TYPE_DAU": "Type_DAU",
                "NUM_DAU": "Num_DAU",
                "ETAT_DAU": "Etat_DAU",
            }.get(c, c)
            for c in CODES
        ]
        if mixed_case
        else CODES
    )
    w.writerow(codes)
    for i, d in enumerate(dossiers):
        w.writerow(row(d))
        if broken_after is not None and i == broken_after:
            # a row with one field too many (a stray «;» in the description): reported and ignored
            bad = row(
                Dossier(
                    "DP",
                    "Clôture",
                    "ligne avec un séparateur en trop : ignorée et signalée",
                    parcels=None,
                    insee="62427",
                    decl="2",
                )
            )
            bad[CODES.index("TRAVAUX")] = "Clôture"
            w.writerow(bad[: CODES.index("TRAVAUX")] + ["Clôture", "et portail"] + bad[CODES.index("TRAVAUX") + 1 :])
    text = buf.getvalue()
    if encoding != "utf-8":  # characters Latin-1 lacks
        text = text.replace("–", "-").replace("œ", "oe").replace("Œ", "OE").replace("’", "'")
    path.write_bytes(text.encode(encoding))


def main(argv=None):
    import argparse

    parser = argparse.ArgumentParser(description="Génère les permis et parcelles FICTIFS de démonstration")
    parser.add_argument("--out", default=str(OUT), help="dossier de sortie (par défaut resources/demo)")
    out = Path(parser.parse_args(argv).out)
    check_sites()
    out.mkdir(parents=True, exist_ok=True)
    fc = {
        "type": "FeatureCollection",
        "name": "parcelles_fictives",
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::2154"}},
        "description": "PARCELLES FICTIVES de démonstration (identifiants au format Etalab avec le vrai code INSEE de "
        "la commune, sections XF/XG, numéros à partir de 9001), placées autour d'éléments réels du "
        "Bien. Ce ne sont pas des parcelles cadastrales.",
        "features": parcels,
    }
    (out / "parcelles_fictives.geojson").write_text(
        json.dumps(fc, ensure_ascii=False, separators=(",", ":")).replace('{"type":"Feature"', '\n{"type":"Feature"')
        + "\n",
        encoding="utf-8",
    )
    write_csv(
        out / "permis_fictifs_semaine1.csv",
        W1,
        labels=True,
        mixed_case=False,
        encoding="utf-8",
        broken_after=len(W1) // 2,
    )
    write_csv(out / "permis_fictifs_semaine2.csv", W2, labels=False, mixed_case=True, encoding="latin-1")
    print(
        f"{len(parcels)} parcelles FICTIVES, semaine 1 : {len(W1) + 1} lignes, semaine 2 : {len(W2)} lignes (dans "
        f"{out})"
    )


if __name__ == "__main__":
    main()
