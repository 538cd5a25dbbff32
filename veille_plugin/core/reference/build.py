"""Build the reference GeoPackage (EPSG:2154) from the official layers.

Input: a folder holding either the GeoJSON layers of the official release as published
(``bien-inscrit.geojson``, ``zone-tampon.geojson``, ``batis.geojson``…) or the original
Lambert-93 shapefiles of data.gouv.fr (``Bien Inscrit UNESCO BM.shp``, ``Zone Tampon.shp``…).
Layers a newer release may not carry (communes, EPCI, shafts…) are taken from the current
reference GeoPackage when one is given.

Everything derived here (INSEE codes of element communes, MH abords, fractions inside
the Bien) is computed, never typed in, and labelled as derived in the metadata table.
"""

import datetime as _dt
import fnmatch
import hashlib
import json
from pathlib import Path
from typing import Optional

import numpy as np
import pandas as pd
import shapely

from ..crs import to_l93
from ..errors import ReferenceDataError
from ..i18n import tr
from ..text import commune_key, strip_accents
from ..vector_io import VectorTable, list_layers, read_table, read_vector, write_gpkg_layer, write_table

ABORDS_DISTANCE_M = 500.0

# logical layer -> file name patterns (case- and accent-insensitive), first match wins
SOURCE_PATTERNS = {
    "bien": ["bien-inscrit.geojson", "bien inscrit*.shp", "bien_inscrit*.shp", "bien*.geojson"],
    "zone_tampon": ["zone-tampon.geojson", "zone tampon*.shp", "zone_tampon*.shp"],
    "batis": ["batis.geojson", "batis*.shp", "bati*.shp"],
    "cites": ["cites-minieres.geojson", "cites minieres*.shp", "cites_minieres*.shp", "cites-minieres*.shp"],
    "cavaliers": ["cavaliers.geojson", "cavaliers*.shp"],
    "espaces": ["espace-neonaturel.geojson", "espace neonaturel*.shp", "espace_neonaturel*.shp", "espaces*.shp"],
    "terrils": ["terrils.geojson", "terrils*.shp"],
    "communes": ["communes-mbm.geojson", "communes*.shp"],
    "epci": ["epci.geojson", "epci*.shp"],
    "puits": ["puits-de-mines.geojson", "puits*.shp"],
    "bassin": ["bassin-minier.geojson", "bassin*.shp"],
    "departements": ["departements.geojson", "departement*.shp"],
    "zt_terrils": ["zt-terrils.geojson", "zt_terrils*.shp", "zt-terrils*.shp"],
    "zt_cites": ["zt-cites-minieres.geojson", "zt_cites*.shp", "zt-cites*.shp"],
    "zt_parvis": ["zt-parvis-agricoles.geojson", "zt_parvis*.shp", "zt-parvis*.shp"],
}
REQUIRED = ("bien", "zone_tampon", "batis", "cites", "cavaliers", "espaces", "terrils")
CARRIED_OVER = {
    "communes": "communes",
    "epci": "epci",
    "puits": "puits_de_mines",
    "bassin": "bassin_minier",
    "departements": "departements",
    "zt_terrils": "terrils_zone_tampon",
    "zt_cites": "cites_zone_tampon",  # cités minières of the zone tampon (rule R25)
    "zt_parvis": "parvis_agricoles",  # agricultural spaces of the zone tampon opening views onto the terrils (impact)
}

CATEGORIES = ("bâti", "cité minière", "cavalier", "espace néo-naturel", "terril")

ATTRIBUTION = (
    "Mission Bassin Minier Nord-Pas de Calais / data.gouv.fr / Géo2France (BRGM pour les puits, IGN Admin "
    "Express pour les limites)"
)
LICENCE = "Licence Ouverte / Open Licence 2.0 (Etalab)"


def _find(folder: Path, patterns) -> Optional[Path]:
    files = sorted(p for p in folder.iterdir() if p.is_file())
    for pattern in patterns:
        for f in files:
            if fnmatch.fnmatch(strip_accents(f.name).lower(), pattern):
                return f
    return None


def _col(df: pd.DataFrame, *names, required=True, source=""):
    for n in names:
        if n in df.columns:
            return df[n]
        if len(n) > 10 and n[:10] in df.columns:  # shapefiles cut names to 10 characters («denominati»)
            return df[n[:10]]
    if required:
        raise ReferenceDataError(
            tr(
                "Champ « {field} » absent de la couche {source}. Champs présents : {cols}. Vérifiez qu'il s'agit bien "
                "d'une publication officielle du Bien."
            ).format(field=names[0], source=source, cols=", ".join(df.columns))
        )
    return pd.Series([None] * len(df), index=df.index, dtype=object)


def _load(path: Path) -> VectorTable:
    vt = read_vector(path)
    vt.attributes.columns = [c.lower() for c in vt.attributes.columns]
    geoms = to_l93(vt.geometries, vt.crs)
    geoms = np.where(pd.isna(geoms), None, geoms)
    valid = shapely.is_valid(geoms)
    fix = ~valid & ~pd.isna(geoms)
    if fix.any():
        geoms[fix] = shapely.make_valid(geoms[fix])
    vt.geometries = geoms
    return vt


def _str(series: pd.Series) -> pd.Series:
    return series.map(
        lambda v: (
            None if v is None or (isinstance(v, float) and np.isnan(v)) or str(v).strip() == "" else str(v).strip()
        )
    )


def _truthy(series: pd.Series) -> pd.Series:
    return series.map(lambda v: str(v).strip().lower() in ("t", "true", "oui", "1", "o", "y", "yes"))


class CommuneMatcher:
    """Match free-text commune names of the element layers to INSEE codes.

    1. normalised name against the basin's communes; 2. against the official list of
    communes déléguées/associées (COG 2026: old names of merged communes → current commune);
    3. otherwise among the communes the feature touches, the one whose name begins with the
    same word (e.g. «HAISNES-les-LA BASSEE» → Haisnes). Each match is reported with its method.
    A match is a tuple ``(insee, official name, EPCI name)``.
    """

    def __init__(self, communes: pd.DataFrame, commune_geoms: np.ndarray, cog_aliases: Optional[pd.DataFrame] = None):
        self.communes = communes.reset_index(drop=True)
        self.geoms = commune_geoms
        self.tree = shapely.STRtree(commune_geoms)
        self.entries = list(zip(self.communes["insee"], self.communes["nom"], self.communes["epci_nom"]))
        self.by_key = {commune_key(n): e for n, e in zip(self.communes["nom"], self.entries)}
        by_insee = {e[0]: e for e in self.entries}
        self.aliases = {}
        if cog_aliases is not None:
            for row in cog_aliases.to_dict("records"):
                entry = by_insee.get(row["chef_lieu"]) or (row["chef_lieu"], row.get("nom_actuel") or row["nom"], None)
                self.aliases.setdefault(commune_key(row["nom"]), entry)
        self.report = []

    def match(self, name: str, geom):
        """INSEE code of a commune name (free text), helped by the geometry when ambiguous."""
        key = commune_key(name)
        if key in self.by_key:
            return self.by_key[key]
        if key in self.aliases:
            self.report.append((name, self.aliases[key][1], "COG 2026 : ancienne commune (déléguée/associée)"))
            return self.aliases[key]
        if geom is not None and key:
            first = key.split()[0]
            for j in self.tree.query(shapely.buffer(geom, 50.0), predicate="intersects"):
                cand = commune_key(self.communes["nom"][j]).split()
                if cand and (cand[0].startswith(first) or first.startswith(cand[0])):
                    self.report.append((name, self.entries[j][1], "commune touchée par la géométrie, même premier mot"))
                    return self.entries[j]
        self.report.append((name, None, "non apparié"))
        return None

    def match_row(self, names, geom):
        """INSEE codes of several commune names."""
        out = []
        for n in names:
            if n:
                e = self.match(n, geom)
                if e is not None and e not in out:
                    out.append(e)
        return out


def _commune_fields(matcher: CommuneMatcher, names_rows, geoms):
    written, official, insee, epci = [], [], [], []
    for names, geom in zip(names_rows, geoms):
        names = [n for n in names if n]
        found = matcher.match_row(names, geom)
        written.append(" / ".join(names) or None)
        official.append("; ".join(e[1] for e in found) or None)
        insee.append("; ".join(e[0] for e in found) or None)
        epcis = list(dict.fromkeys(e[2] for e in found if e[2]))
        epci.append("; ".join(epcis) or None)
    return written, official, insee, epci


def _commune_columns(df: pd.DataFrame):
    cols = sorted(c for c in df.columns if c.startswith("commune"))
    return [[r[c] for c in cols] for r in df[cols].to_dict("records")] if cols else [[] for _ in range(len(df))]


def _mh(inscrit, classe, protection) -> str:
    p = strip_accents(str(protection or "")).lower()
    if classe or p.startswith("classe"):
        return "classé"
    if inscrit or p.startswith("inscrit"):
        return "inscrit"
    return "aucune"


def build_reference(
    source_dir, out_path, previous_gpkg=None, cog_json=None, version_label: Optional[str] = None, progress=None
) -> dict:
    """Build the reference GeoPackage; return its metadata dict."""
    source_dir = Path(source_dir)
    out_path = Path(out_path)
    if not source_dir.is_dir():
        raise ReferenceDataError(tr("Dossier de données introuvable : {path}.").format(path=source_dir))
    found = {name: _find(source_dir, pats) for name, pats in SOURCE_PATTERNS.items()}
    missing = [n for n in REQUIRED if found[n] is None]
    if missing:
        raise ReferenceDataError(
            tr(
                "Couches obligatoires absentes de {path} : {missing}. Attendu : les GeoJSON de la publication "
                "(bien-inscrit, zone-tampon, batis, cites-minieres, cavaliers, espace-neonaturel, terrils) ou les "
                "shapefiles Lambert-93 d'origine."
            ).format(path=source_dir, missing=", ".join(missing))
        )
    say = progress or (lambda msg: None)
    tmp = out_path.with_suffix(".tmp.gpkg")
    if tmp.exists():
        tmp.unlink()

    # --- communes (needed to match names) ---
    if found["communes"] is not None:
        com = _load(found["communes"])
    elif previous_gpkg is not None:
        com = read_vector(previous_gpkg, layer="communes")
        com.attributes.columns = [c.lower() for c in com.attributes.columns]
    else:
        raise ReferenceDataError(
            tr("Couche des communes absente : fournissez communes-mbm ou un jeu de référence existant.")
        )
    cattr = pd.DataFrame(
        {
            "insee": _str(_col(com.attributes, "insee", "code_insee", "insee_com", source="communes")),
            "nom": _str(_col(com.attributes, "nom", "nom_com", source="communes")),
            "epci_siren": _str(_col(com.attributes, "epci_siren", required=False)),
            "epci_nom": _str(_col(com.attributes, "epci_nom", required=False)),
            "population": pd.to_numeric(_col(com.attributes, "population", required=False), errors="coerce"),
        }
    )
    cog = None
    if cog_json is not None and Path(cog_json).exists():
        raw = json.loads(Path(cog_json).read_text(encoding="utf-8"))
        current = {r["code"]: r["nom"] for r in raw if r.get("type") == "commune-actuelle"}
        cog = pd.DataFrame(
            [
                {
                    "nom": r["nom"],
                    "chef_lieu": r.get("chefLieu") or r["code"],
                    "nom_actuel": current.get(r.get("chefLieu") or r["code"]),
                    "type": r.get("type"),
                }
                for r in raw
                if r.get("type") in ("commune-deleguee", "commune-associee")
            ]
        )
    elif previous_gpkg is not None and "communes_anciennes" in list_layers(previous_gpkg):
        prev = read_vector(previous_gpkg, layer="communes_anciennes").attributes
        cog = prev.rename(columns={"insee_actuelle": "chef_lieu"})
    matcher = CommuneMatcher(cattr, com.geometries, cog)

    # --- components ---
    say(tr("Composantes du Bien…"))
    bien = _load(found["bien"])
    a = bien.attributes
    comp = pd.DataFrame(
        {
            "no_composante": pd.to_numeric(
                _col(a, "no_element", "no_elem", "num_elem", "element", source=found["bien"].name), errors="coerce"
            ).astype("int64"),
            "nom": _str(_col(a, "nom", "nom_elemen", "nom_element", source=found["bien"].name)),
            "no_section": _str(_col(a, "no_section", required=False)),
            "compagnie": _str(_col(a, "section", "compagnie", required=False)),
            "surface_ha_source": pd.to_numeric(_col(a, "surface_ha", "surface", required=False), errors="coerce"),
        }
    )
    comp["surface_ha"] = np.round(shapely.area(bien.geometries) / 1e4, 2)
    comp_communes = []
    for g in bien.geometries:
        idx = [
            int(j)
            for j in matcher.tree.query(g, predicate="intersects")
            if shapely.area(shapely.intersection(g, com.geometries[j])) > 100.0
        ]
        comp_communes.append(idx)
    comp["communes"] = ["; ".join(cattr["nom"][i] for i in idx) or None for idx in comp_communes]
    comp["insee"] = ["; ".join(cattr["insee"][i] for i in idx) or None for idx in comp_communes]
    order = np.argsort(comp["no_composante"].to_numpy(), kind="stable")
    comp = comp.iloc[order].reset_index(drop=True)
    comp_geoms = bien.geometries[order]
    bien_union = shapely.union_all(comp_geoms)

    zt = _load(found["zone_tampon"])
    zt_attr = pd.DataFrame(
        {
            "id_zone": np.arange(1, len(zt) + 1, dtype="int64"),
            "surface_ha": np.round(shapely.area(zt.geometries) / 1e4, 2),
        }
    )
    zt_union = shapely.union_all(zt.geometries)

    # --- elements ---
    say(tr("Éléments du Bien…"))
    frames, geoms_all = [], []

    def add(layer_key, categorie, nom, type_, compagnie, protection, extra_name=None, interet=None):
        vt = layers[layer_key]
        a = vt.attributes
        src = found[layer_key].name
        df = pd.DataFrame(
            {
                "id_unesco": _str(_col(a, "id_unesco", "id_unesc", "idunesco", source=src)),
                "composante": _str(_col(a, "element", "no_element", source=src)),
                "objet": _str(_col(a, "objet", required=False)),
                "categorie": categorie,
                "type": type_,
                "nom": nom,
                "compagnie": compagnie,
                "protection_mh": protection,
                "interet": interet,  # the Mission's value class of a cité (Exceptionnelle, Remarquable, Témoin)
                "source_couche": src,
                "communes_source": None,
            }
        )
        if extra_name is not None:
            df["nom_complementaire"] = extra_name
        written, official, insee, epci = _commune_fields(matcher, _commune_columns(a), vt.geometries)
        df["communes_source"], df["communes"], df["insee"], df["epci"] = written, official, insee, epci
        frames.append(df)
        geoms_all.append(vt.geometries)

    layers = {k: _load(found[k]) for k in ("batis", "cites", "cavaliers", "espaces", "terrils")}
    a = layers["batis"].attributes
    add(
        "batis",
        "bâti",
        _str(_col(a, "denomination", "nom", source="batis")).fillna(_str(_col(a, "nom", required=False))),
        _str(_col(a, "typologie", "type", required=False)),
        _str(_col(a, "compagnie", required=False)),
        [
            _mh(i, c, p)
            for i, c, p in zip(
                _truthy(_col(a, "inscrit_mh", required=False)),
                _truthy(_col(a, "classe_mh", required=False)),
                _col(a, "protection", required=False),
            )
        ],
    )
    a = layers["cites"].attributes
    add(
        "cites",
        "cité minière",
        _str(_col(a, "nom", source="cites")),
        _str(_col(a, "type", required=False)),
        _str(_col(a, "compagnie", required=False)),
        [
            _mh(i, c, None)
            for i, c in zip(
                _truthy(_col(a, "inscrit_mh", required=False)), _truthy(_col(a, "classe_mh", required=False))
            )
        ],
        extra_name=_str(_col(a, "nom_2", required=False)),
        interet=_str(_col(a, "interet", required=False)),
    )
    a = layers["cavaliers"].attributes
    comp_names = dict(zip(comp["no_composante"].astype(str), comp["nom"]))
    cav_comp = _str(_col(a, "element", source="cavaliers"))
    add(
        "cavaliers",
        "cavalier",
        ["Cavalier – " + comp_names.get(c, "") if c else "Cavalier" for c in cav_comp],
        "Cavalier",
        None,
        "aucune",
    )
    a = layers["espaces"].attributes
    add("espaces", "espace néo-naturel", _str(_col(a, "nom", source="espaces")), "Espace néo-naturel", None, "aucune")
    a = layers["terrils"].attributes
    t_no = _str(_col(a, "no_terril", required=False))
    t_nom = _str(_col(a, "nom", required=False))
    add(
        "terrils",
        "terril",
        [f"Terril {n}" + (f" ({no})" if no else "") if n else f"Terril {no}" for n, no in zip(t_nom, t_no)],
        _str(_col(a, "forme", required=False)).map(lambda f: f"Terril – {f}" if f else "Terril"),
        _str(_col(a, "compagnie", required=False)),
        "aucune",
    )
    allel = pd.concat(frames, ignore_index=True)
    allgeoms = np.concatenate(geoms_all)
    is_element = allel["id_unesco"].notna().to_numpy()

    areas = shapely.area(allgeoms)
    with np.errstate(invalid="ignore", divide="ignore"):
        frac = np.where(areas > 0, shapely.area(shapely.intersection(allgeoms, bien_union)) / areas, 0.0)
    allel["fraction_bien"] = np.round(np.clip(frac, 0, 1), 3)
    with np.errstate(invalid="ignore", divide="ignore"):
        frac_zt = np.where(areas > 0, shapely.area(shapely.intersection(allgeoms, zt_union)) / areas, 0.0)
    allel["fraction_zone_tampon"] = np.round(np.clip(frac_zt, 0, 1), 3)
    # «in the zone tampon» means a real share of the surface, not a shared boundary
    allel["dans_zone_tampon"] = (frac_zt > 0.01).astype("int64")

    elements = allel[is_element].reset_index(drop=True)
    el_geoms = allgeoms[is_element]
    elements.insert(0, "identifiant", elements["id_unesco"])
    elements["composante"] = pd.to_numeric(elements["composante"], errors="coerce").astype("Int64").astype("int64")
    elements["composante_nom"] = elements["composante"].astype(str).map(comp_names)
    dup = elements["identifiant"].duplicated(keep=False)
    if dup.any():
        raise ReferenceDataError(
            tr("Identifiants d'éléments en double : {ids}.").format(
                ids=", ".join(sorted(set(elements["identifiant"][dup])))
            )
        )
    sort_key = elements["identifiant"].str.extract(r"^(\d+)(.*)$")
    order = np.lexsort((sort_key[1].fillna("").to_numpy(), pd.to_numeric(sort_key[0]).to_numpy()))
    elements, el_geoms = elements.iloc[order].reset_index(drop=True), el_geoms[order]

    erbm = allel[~is_element].reset_index(drop=True)
    erbm_geoms = allgeoms[~is_element]
    id_lsm = _str(_col(layers["cites"].attributes, "id_lsm", required=False))
    erbm_ids = id_lsm[
        layers["cites"].attributes.index[
            _str(_col(layers["cites"].attributes, "id_unesco", "id_unesc", source="cites")).isna()
        ]
    ].tolist()
    erbm.insert(
        0, "identifiant", [f"ERBM-{str(x).split('.')[0]}" if x else f"ERBM-{i + 1}" for i, x in enumerate(erbm_ids)]
    )
    erbm = erbm.drop(columns=["id_unesco", "composante", "objet"])

    # --- MH abords (derived) ---
    say(tr("Abords des monuments historiques (500 m)…"))
    mh = elements["protection_mh"].isin(["inscrit", "classé"]).to_numpy()
    abords = elements.loc[mh, ["identifiant", "nom", "categorie", "protection_mh", "communes"]].reset_index(drop=True)
    abords_geoms = shapely.buffer(el_geoms[mh], ABORDS_DISTANCE_M, quad_segs=16)

    # --- write ---
    say(tr("Écriture du GeoPackage…"))
    comp_geoms_out = comp_geoms
    write_gpkg_layer(tmp, "composantes", comp, comp_geoms_out, description="Composantes du Bien inscrit (109)")
    write_gpkg_layer(tmp, "zone_tampon", zt_attr, zt.geometries, description="Zone tampon du Bien")
    write_gpkg_layer(tmp, "elements", elements, el_geoms, description="Éléments du Bien (353)")
    write_gpkg_layer(tmp, "cites_erbm", erbm, erbm_geoms, description="Cités ERBM hors éléments du Bien")
    write_gpkg_layer(
        tmp, "abords_mh", abords, abords_geoms, description="Abords MH : 500 m autour des éléments protégés (calculé)"
    )
    write_gpkg_layer(
        tmp, "communes", cattr, com.geometries, description="Communes du bassin minier (Mission Bassin Minier)"
    )
    if cog is not None:
        cog_out = cog.rename(columns={"chef_lieu": "insee_actuelle"})[["nom", "insee_actuelle", "nom_actuel", "type"]]
        write_gpkg_layer(
            tmp, "communes_anciennes", cog_out.reset_index(drop=True), np.full(len(cog_out), None, dtype=object)
        )
    for key, lname in CARRIED_OVER.items():
        if key == "communes":
            continue
        if found[key] is not None:
            vt = _load(found[key])
            attrs = vt.attributes
        elif previous_gpkg is not None and lname in list_layers(previous_gpkg):
            vt = read_vector(previous_gpkg, layer=lname)
            attrs = vt.attributes
        else:
            continue
        keep = (
            [c for c in attrs.columns if c not in ("fid", "ogc_fid", "id")]
            if key not in ("epci", "zt_terrils", "zt_cites", "zt_parvis")
            else [c for c in attrs.columns if c not in ("fid", "ogc_fid")]
        )
        ok = ~pd.isna(vt.geometries)
        write_gpkg_layer(tmp, lname, attrs.loc[ok, keep].reset_index(drop=True), vt.geometries[ok])

    digest = hashlib.sha256()
    for name in REQUIRED:
        digest.update(found[name].read_bytes())
    today = _dt.date.today().isoformat()
    meta = {
        "version_donnees": version_label
        or f"Publication officielle ({source_dir.name}), empreinte {digest.hexdigest()[:12]}",
        "empreinte_sources": digest.hexdigest(),
        "date_conversion": today,
        "dossier_source": source_dir.name,
        "fichiers_source": json.dumps({k: (v.name if v else None) for k, v in found.items()}, ensure_ascii=False),
        "attribution": ATTRIBUTION,
        "licence": LICENCE,
        "avertissement": "Géométries simplifiées (~10 m) par la publication source : adaptées au repérage, pas à la "
        "précision juridique.",
        "derive": "Codes INSEE des communes des éléments (appariement des noms), abords MH (tampon de 500 m), "
        "fractions dans le Bien : calculés par le plugin.",
        "nb_composantes": str(len(comp)),
        "nb_elements": str(len(elements)),
        "nb_cites_erbm": str(len(erbm)),
        "nb_abords_mh": str(len(abords)),
        "appariement_communes": json.dumps([r for r in matcher.report], ensure_ascii=False),
    }
    write_table(tmp, "metadonnees", sorted(meta.items()))
    tmp.replace(out_path)
    return meta


def read_metadata(gpkg) -> dict:
    """The metadata table of a reference GeoPackage."""
    return read_table(gpkg, "metadonnees")
