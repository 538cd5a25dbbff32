"""Comparing two versions of a plan (in force and draft, or two approval dates).

Zoning: the two ZONE_URBA tables are overlaid (STRtree pairs, pairwise GEOS intersections on arrays; Python
only touches the few pieces with a remainder). Each piece of land whose zone changed is classified:
«ouverture à l'urbanisation» (A/N → U/AU), «retour en zone agricole ou naturelle» (U/AU → A/N), other TYPEZONE
change (U ↔ AU, AUs → AUc, A ↔ N), label change only, territory added to or removed from the plan; a zone
summary (by LIBELLE and TYPEZONE) gives geometry-only changes, created and deleted zones.
Prescriptions and information layers: features of the same code (TYPEPSC/STYPEPSC, TYPEINF/STYPEINF) are
matched by geometry; what is left is «supprimée» or «ajoutée» (heritage L.151-19 and landscape L.151-23
protections, permis de démolir perimeter, World Heritage perimeter flagged).
Every piece is measured in hectares inside the Bien, the zone tampon and within a distance of the elements.
"""

import re
from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import pandas as pd
import shapely

from ..errors import InputError
from ..i18n import tr
from ..reference.data import ReferenceData
from ..vocabulary import PLU_CHANGE_KINDS
from .codes import CONSTRUCTIBLE_FAMILIES, NATURAL_FAMILIES, ZONE_FAMILY, load_codes, typezone_label
from .measure import measure, surroundings
from .model import ERROR, INFO_KINDS, PRESCRIPTION_KINDS, WARNING, Anomaly, PluTable, PluVersion, count_errors

#: The kinds of change in plain words: defined once, in the vocabulary module
CATEGORIES = PLU_CHANGE_KINDS
PIECE_COLUMNS = [
    "categorie",
    "categorie_libelle",
    "table",
    "insee",
    "avant_libelle",
    "avant_typezone",
    "apres_libelle",
    "apres_typezone",
    "code",
    "code_libelle",
    "protection",
    "ouverture_urbanisation",
    "nouvelle_zone_au",
    "permis_de_demolir",
    "perimetre_unesco",
    "avant_fid",
    "apres_fid",
    "avant_fichier",
    "apres_fichier",
]


class PluCancelledError(Exception):
    """The user cancelled a long PLU operation."""


@dataclass
class PluDiff:
    """The comparison of two PLU versions: changed pieces measured, anomalies, parameters."""

    before: PluVersion
    after: PluVersion
    pieces: pd.DataFrame  # one row per change piece (PIECE_COLUMNS + measures)
    geometries: np.ndarray  # EPSG:2154, aligned with pieces
    zones: pd.DataFrame  # per (LIBELLE, TYPEZONE): areas before/after, kept, gained, lost, status
    params: dict = field(default_factory=dict)
    anomalies: list = field(default_factory=list)

    @property
    def n_errors(self) -> int:
        """Number of error-level anomalies."""
        return count_errors(self.anomalies)

    def communes(self) -> list:
        """INSEE codes of the communes with changes."""
        return sorted({c for c in self.pieces["insee"].dropna().unique()}) if len(self.pieces) else []

    def summary(self, insee: Optional[str] = None) -> dict:
        """Hectares and counts of the changes by category (for one commune, or all)."""
        p = self.pieces if insee is None else self.pieces[self.pieces["insee"] == insee]
        out = {"insee": insee, "nombre_changements": int(len(p)), "par_categorie": {}}
        for cat, label in CATEGORIES.items():
            q = p[p["categorie"] == cat]
            if not len(q):
                continue
            out["par_categorie"][cat] = {
                "libelle": tr(label),
                "nombre": int(len(q)),
                "surface_ha": round(float(q["surface_ha"].sum()), 2),
                "surface_bien_ha": round(float(q["surface_bien_ha"].sum()), 2),
                "surface_zone_tampon_ha": round(float(q["surface_zone_tampon_ha"].sum()), 2),
                "surface_proximite_ha": round(float(q["surface_proximite_ha"].sum()), 2),
            }
        opening = p[p["ouverture_urbanisation"]]
        out["ouverture_urbanisation_ha"] = {
            "total": round(float(opening["surface_ha"].sum()), 2),
            "bien": round(float(opening["surface_bien_ha"].sum()), 2),
            "zone_tampon": round(float(opening["surface_zone_tampon_ha"].sum()), 2),
            "proximite_elements": round(float(opening["surface_proximite_ha"].sum()), 2),
        }
        out["nouvelles_zones_au_ha"] = round(float(p.loc[p["nouvelle_zone_au"], "surface_ha"].sum()), 2)
        removed = p[p["categorie"] == "prescription_supprimee"]
        out["protections_patrimoniales_supprimees"] = int(
            removed["protection"].str.contains("L.151-19", regex=False).sum()
        )
        out["protections_paysageres_supprimees"] = int(
            removed["protection"].str.contains("L.151-23", regex=False).sum()
        )
        out["perimetre_permis_de_demolir_supprime_ha"] = round(
            float(p.loc[(p["categorie"] == "information_supprimee") & p["permis_de_demolir"], "surface_ha"].sum()), 2
        )
        return out

    def to_dict(self) -> dict:
        """The comparison as plain data (JSON output)."""
        return {
            "avant": self.before.describe(),
            "apres": self.after.describe(),
            "parametres": self.params,
            "synthese": self.summary(),
            "communes": {c: self.summary(c) for c in self.communes()},
            "zones_modifiees": int((self.zones["statut"] != "inchangée").sum()) if len(self.zones) else 0,
            "anomalies": {"erreur": self.n_errors, "total": len(self.anomalies)},
        }


# ----------------------------------------------------------------------------- helpers


def check_cancelled(cancelled):
    """Raise PluCancelledError when the caller asked to cancel."""
    if cancelled is not None and cancelled():
        raise PluCancelledError(tr("Comparaison annulée."))


def polygonal_parts(geoms: np.ndarray) -> np.ndarray:
    """Keep the polygonal part of intersection results (collections may carry slivers as lines/points)."""
    geoms = geoms.copy()
    types = shapely.get_type_id(geoms)
    for k in np.flatnonzero(types == 7):
        parts = [p for p in shapely.get_parts(geoms[k]) if shapely.get_type_id(p) in (3, 6)]
        geoms[k] = shapely.multipolygons(parts) if parts else shapely.Polygon()
    return geoms


def commune_geometry(ref: Optional[ReferenceData], insee: str):
    """The commune's polygon from the reference data, or None."""
    if ref is None:
        return None
    a = ref.communes.attributes
    idx = np.flatnonzero(a["insee"].astype(str).to_numpy() == str(insee))
    return ref.communes.geometries[idx[0]] if len(idx) else None


def filter_table(table: PluTable, insee: str, commune_geom=None) -> PluTable:
    """Features of commune ``insee``: INSEE field when known; otherwise (PLUi) those intersecting the commune, clipped
    to it."""
    if len(table) == 0:
        return table
    codes = table.column("INSEE", None)
    own = np.array([c == insee for c in codes], dtype=bool)
    unknown = np.array([c is None for c in codes], dtype=bool)
    geoms = table.geometries.copy()
    keep = own.copy()
    if commune_geom is not None and unknown.any():
        idx = np.flatnonzero(unknown & table.ok)
        hit = shapely.intersects(geoms[idx], commune_geom)
        idx = idx[hit]
        if len(idx):
            clipped = shapely.intersection(geoms[idx], commune_geom)
            dims = shapely.get_dimensions(table.geometries[idx])
            clipped_dims = shapely.get_dimensions(clipped)
            good = (clipped_dims == dims) & ~shapely.is_empty(clipped)
            if (dims == 2).any():
                clipped[dims == 2] = polygonal_parts(clipped[dims == 2])
                good &= ~((dims == 2) & (shapely.area(clipped) < 1.0))
            geoms[idx[good]] = clipped[good]
            keep[idx[good]] = True
    sub = PluTable(table.kind, table.attributes, geoms, table.variant, table.sources).subset(keep)
    if len(sub):
        sub.attributes["INSEE"] = insee
    return sub


def filter_version(version: PluVersion, insee: str, ref: Optional[ReferenceData] = None) -> PluVersion:
    """The features of a version that concern one commune."""
    geom = commune_geometry(ref, insee)
    out = PluVersion(version.label, version.source, {}, list(version.anomalies))
    for kind, table in version.tables.items():
        codes = table.column("INSEE", None)
        if geom is None and any(c is None for c in codes) and len(table):
            out.anomalies.append(
                Anomaly(
                    WARNING,
                    "COMMUNE_NON_FILTREE",
                    tr(
                        "commune {c} absente du jeu de référence et INSEE non renseigné : la table n'est pas filtrée."
                    ).format(c=insee),
                    tr("Renseignez INSEE ou comparez sans --commune."),
                    table.sources[0][0] if table.sources else "",
                    kind,
                    version=version.label,
                )
            )
        out.tables[kind] = filter_table(table, insee, geom)
    return out


# ----------------------------------------------------------------------------- zoning overlay


def _zone_arrays(t: PluTable):
    ok = t.ok & ~pd.isna(t.geometries)
    idx = np.flatnonzero(ok)
    return idx, t.geometries[idx]


def _remainders(geoms: np.ndarray, own_area_covered: np.ndarray, pairs: tuple, other: np.ndarray, min_area: float):
    """Part of each geometry not covered by its partners (only computed where the covered area falls short).
    ``pairs``: (index in ``geoms``, index in ``other``) of the intersecting pairs, in any order."""
    area = shapely.area(geoms)
    short = np.flatnonzero(area - own_area_covered > min_area)
    out_idx, out_geom = [], []
    mine, theirs = pairs
    order = np.argsort(mine, kind="stable")
    mine, theirs = mine[order], theirs[order]
    for k in short:
        lo, hi = np.searchsorted(mine, k, "left"), np.searchsorted(mine, k, "right")
        ps = theirs[lo:hi]
        rest = geoms[k] if ps is None or not len(ps) else shapely.difference(geoms[k], shapely.union_all(other[ps]))
        rest = polygonal_parts(np.array([rest], dtype=object))[0]
        if not rest.is_empty and rest.area > min_area:
            out_idx.append(k)
            out_geom.append(rest)
    return np.array(out_idx, dtype=np.int64), np.array(out_geom, dtype=object)


def _group(i: np.ndarray, j: np.ndarray) -> dict:
    if not len(i):
        return {}
    order = np.argsort(i, kind="stable")
    i, j = i[order], j[order]
    cuts = np.flatnonzero(np.diff(i)) + 1
    return {int(g[0]): jj for g, jj in zip(np.split(i, cuts), np.split(j, cuts))}


def overlay_zones(before: PluTable, after: PluTable, min_area: float = 5.0):
    """Pieces of land (before zone × after zone) whose TYPEZONE or LIBELLE changed, plus territory added/removed.

    Returns (rows: list of dict columns, geometries, zones summary DataFrame)."""
    bi, bg = _zone_arrays(before)
    ai, ag = _zone_arrays(after)
    tb = before.column("TYPEZONE", None)[bi]
    ta = after.column("TYPEZONE", None)[ai]
    lb = before.column("LIBELLE", None)[bi]
    la = after.column("LIBELLE", None)[ai]
    tree = shapely.STRtree(ag)
    i, j = tree.query(bg, predicate="intersects")
    all_pairs = (i, j)  # kept for the territory added or removed (partners of a zone, both ways)
    inter = shapely.intersection(bg[i], ag[j]) if len(i) else np.array([], dtype=object)
    area = shapely.area(inter) if len(i) else np.zeros(0)
    keep = area > min_area
    i, j, inter, area = i[keep], j[keep], inter[keep], area[keep]
    covered_b = np.bincount(i, weights=area, minlength=len(bg))
    covered_a = np.bincount(j, weights=area, minlength=len(ag))

    same_type = np.array([x == y for x, y in zip(tb[i], ta[j])], dtype=bool)
    same_label = np.array([x == y for x, y in zip(lb[i], la[j])], dtype=bool)
    unchanged = same_type & same_label

    # zone summary (geometry-only changes, created and deleted zones), by (LIBELLE, TYPEZONE)
    def keys(lab, typ):
        return np.array([f"{x or ''}\u241f{y or ''}" for x, y in zip(lab, typ)], dtype=object)

    kb, ka = keys(lb, tb), keys(la, ta)
    s_before = pd.Series(shapely.area(bg)).groupby(kb).sum() if len(bg) else pd.Series(dtype=float)
    s_after = pd.Series(shapely.area(ag)).groupby(ka).sum() if len(ag) else pd.Series(dtype=float)
    s_kept = pd.Series(area[unchanged]).groupby(kb[i[unchanged]]).sum() if unchanged.any() else pd.Series(dtype=float)
    zk = sorted(set(s_before.index) | set(s_after.index))
    zb = s_before.reindex(zk).fillna(0).to_numpy()
    za = s_after.reindex(zk).fillna(0).to_numpy()
    zkept = s_kept.reindex(zk).fillna(0).to_numpy()
    status = np.where(
        zb == 0,
        "créée",
        np.where(
            za == 0,
            "supprimée",
            np.where((zb - zkept > min_area) | (za - zkept > min_area), "géométrie modifiée", "inchangée"),
        ),
    )
    zones = pd.DataFrame(
        {
            "libelle": [k.split("\u241f")[0] for k in zk],
            "typezone": [k.split("\u241f")[1] for k in zk],
            "surface_avant_ha": np.round(zb / 1e4, 4),
            "surface_apres_ha": np.round(za / 1e4, 4),
            "surface_conservee_ha": np.round(zkept / 1e4, 4),
            "surface_gagnee_ha": np.round(np.maximum(za - zkept, 0) / 1e4, 4),
            "surface_perdue_ha": np.round(np.maximum(zb - zkept, 0) / 1e4, 4),
            "statut": status,
        }
    )

    ch = ~unchanged
    i, j, inter = i[ch], j[ch], polygonal_parts(inter[ch])
    # Zones overlapping inside one version (frequent in real plans): land already covered before by a zone with the
    # label and type it has after did not change; without this, a plan compared with itself shows changes.
    # Only where zones of the «before» version overlap: an «after» zone then meets more «before» area than its own.
    overlapped = covered_a > shapely.area(ag) + min_area
    cand = np.flatnonzero(overlapped[j]) if len(i) else np.array([], dtype=np.int64)
    if len(cand):
        qi, pk = shapely.STRtree(bg).query(inter[cand], predicate="intersects")
        pi = cand[qi]
        keep_pair = kb[pk] == ka[j[pi]]
        pi, pk = pi[keep_pair], pk[keep_pair]
        if len(pi):  # neighbours of the same label only touch the piece along an edge: keep real overlaps (vectorised)
            keep_pair = shapely.relate_pattern(inter[pi], bg[pk], "2********")
            pi, pk = pi[keep_pair], pk[keep_pair]
        if len(pi):  # not float slivers
            keep_pair = shapely.area(shapely.intersection(inter[pi], bg[pk])) > min_area
            pi, pk = pi[keep_pair], pk[keep_pair]
        if len(pi):
            for piece, ks in _group(pi, pk).items():
                inter[piece] = polygonal_parts(
                    np.array([shapely.difference(inter[piece], shapely.union_all(bg[ks]))], dtype=object)
                )[0]
            real = shapely.area(inter) > min_area
            i, j, inter = i[real], j[real], inter[real]
    fam = np.vectorize(lambda t: ZONE_FAMILY.get(t or "", ""), otypes=[object])
    fb = fam(tb[i]) if len(i) else np.array([], dtype=object)
    fa = fam(ta[j]) if len(j) else np.array([], dtype=object)
    opening = np.isin(fb, NATURAL_FAMILIES) & np.isin(fa, CONSTRUCTIBLE_FAMILIES)
    closing = np.isin(fb, CONSTRUCTIBLE_FAMILIES) & np.isin(fa, NATURAL_FAMILIES)
    type_change = np.array([x != y for x, y in zip(tb[i], ta[j])], dtype=bool)
    cat = np.where(
        opening,
        "ouverture_urbanisation",
        np.where(closing, "retour_agricole_naturel", np.where(type_change, "changement_type", "changement_libelle")),
    )
    new_au = (fa == "AU") & (fb != "AU")
    bfid = before.column("_fid", None)[bi]
    afid = after.column("_fid", None)[ai]
    bfile = before.column("_fichier", "")[bi]
    afile = after.column("_fichier", "")[ai]
    binsee = before.column("INSEE", None)[bi]
    ainsee = after.column("INSEE", None)[ai]
    rows = {
        "categorie": cat.astype(object),
        "table": np.full(len(i), "ZONE_URBA", dtype=object),
        "insee": np.where(pd.isna(ainsee[j]), binsee[i], ainsee[j]) if len(i) else np.array([], dtype=object),
        "avant_libelle": lb[i],
        "avant_typezone": tb[i],
        "apres_libelle": la[j],
        "apres_typezone": ta[j],
        "ouverture_urbanisation": opening,
        "nouvelle_zone_au": new_au,
        "avant_fid": bfid[i],
        "apres_fid": afid[j],
        "avant_fichier": bfile[i],
        "apres_fichier": afile[j],
    }
    frames = [pd.DataFrame(rows)]
    geoms = [inter]

    # territory removed from / added to the plan
    rk, rg = _remainders(bg, covered_b, all_pairs, ag, min_area)
    if len(rk):
        frames.append(
            pd.DataFrame(
                {
                    "categorie": "territoire_retire",
                    "table": "ZONE_URBA",
                    "insee": binsee[rk],
                    "avant_libelle": lb[rk],
                    "avant_typezone": tb[rk],
                    "apres_libelle": None,
                    "apres_typezone": None,
                    "ouverture_urbanisation": False,
                    "nouvelle_zone_au": False,
                    "avant_fid": bfid[rk],
                    "apres_fid": None,
                    "avant_fichier": bfile[rk],
                    "apres_fichier": None,
                }
            )
        )
        geoms.append(rg)
    rk, rg = _remainders(ag, covered_a, (all_pairs[1], all_pairs[0]), bg, min_area)
    if len(rk):
        fam_new = fam(ta[rk])
        frames.append(
            pd.DataFrame(
                {
                    "categorie": "territoire_ajoute",
                    "table": "ZONE_URBA",
                    "insee": ainsee[rk],
                    "avant_libelle": None,
                    "avant_typezone": None,
                    "apres_libelle": la[rk],
                    "apres_typezone": ta[rk],
                    "ouverture_urbanisation": False,
                    "nouvelle_zone_au": fam_new == "AU",
                    "avant_fid": None,
                    "apres_fid": afid[rk],
                    "avant_fichier": None,
                    "apres_fichier": afile[rk],
                }
            )
        )
        geoms.append(rg)
    df = (
        pd.concat([f for f in frames if len(f)], ignore_index=True)
        if any(len(f) for f in frames)
        else pd.DataFrame(rows)
    )
    g = np.concatenate(geoms) if geoms else np.array([], dtype=object)
    return df, g, zones


# ----------------------------------------------------------------------------- prescriptions / informations


def _keys(t: PluTable, code: str, sub: str) -> np.ndarray:
    from .codes import norm_code

    c, s = t.column(code, None), t.column(sub, None)
    return np.array([f"{norm_code(x)}-{norm_code(y) or '00'}" for x, y in zip(c, s)], dtype=object)


def _unmatched(src: np.ndarray, src_key: np.ndarray, dst: np.ndarray, dst_key: np.ndarray, tol: float, min_area: float):
    """Indices of ``src`` features (and their unmatched remnant) not found among ``dst`` features of the same key."""
    n = len(src)
    if n == 0:
        return np.array([], dtype=np.int64), np.array([], dtype=object)
    dims = shapely.get_dimensions(src)
    if len(dst):
        tree = shapely.STRtree(dst)
        i, j = tree.query(src, predicate="dwithin", distance=max(tol, 1e-9))
        same = src_key[i] == dst_key[j]
        i, j = i[same], j[same]
    else:
        i = j = np.array([], dtype=np.int64)
    partners = _group(i, j)
    out_idx, out_geom = [], []
    # fast path: identical geometries (most features of an unchanged plan)
    exact = np.zeros(n, dtype=bool)
    if len(i):
        eq = shapely.equals_exact(src[i], dst[j], tolerance=tol) | shapely.equals(src[i], dst[j])
        exact[i[eq]] = True
    for k in np.flatnonzero(~exact):
        ps = partners.get(int(k))
        g = src[k]
        if ps is None or not len(ps):
            out_idx.append(k)
            out_geom.append(g)
            continue
        if dims[k] == 0:
            continue  # a point with a same-code partner within tolerance: matched
        cover = shapely.union_all(shapely.buffer(dst[ps], tol)) if dims[k] == 1 else shapely.union_all(dst[ps])
        rest = shapely.difference(g, cover)
        if dims[k] == 2:
            rest = polygonal_parts(np.array([rest], dtype=object))[0]
            if rest.is_empty or rest.area <= min_area:
                continue
        elif rest.is_empty or rest.length <= 2 * tol:
            continue
        out_idx.append(k)
        out_geom.append(rest)
    return np.array(out_idx, dtype=np.int64), np.array(out_geom, dtype=object)


def compare_features(before: PluTable, after: PluTable, what: str, tol: float = 1.0, min_area: float = 5.0):
    """Prescriptions (``what="prescription"``) or information (``what="information"``) removed and added."""
    cl = load_codes()
    code, sub = ("TYPEPSC", "STYPEPSC") if what == "prescription" else ("TYPEINF", "STYPEINF")
    frames, geoms = [], []
    tables = {}
    for side, t in (("avant", before), ("apres", after)):
        ok = t.ok & ~pd.isna(t.geometries)
        idx = np.flatnonzero(ok)
        tables[side] = (t, idx, t.geometries[idx], _keys(t, code, sub)[idx])
    for side, other, cat in (("avant", "apres", f"{what}_supprimee"), ("apres", "avant", f"{what}_ajoutee")):
        t, idx, g, k = tables[side]
        _to, _oi, og, ok_ = tables[other]
        rk, rg = _unmatched(g, k, og, ok_, tol, min_area)
        if not len(rk):
            continue
        rows = idx[rk]
        keys = k[rk]
        split = [x.split("-") for x in keys]
        if what == "prescription":
            labels = [cl.psc_label(c, s) for c, s in split]
            protection = [cl.protection_kind(c, s) for c, s in split]
            pd_flag = [False] * len(split)
            unesco = [""] * len(split)
        else:
            labels = [cl.inf_label(c, s) for c, s in split]
            protection = [""] * len(split)
            pd_flag = [cl.is_pd_perimeter(c, s) for c, s in split]
            unesco = [cl.unesco_kind(c, s) for c, s in split]
        frame = pd.DataFrame(
            {
                "categorie": cat,
                "table": t.column("_table", "")[rows],
                "insee": t.column("INSEE", None)[rows],
                "avant_libelle": t.column("LIBELLE", None)[rows] if side == "avant" else None,
                "apres_libelle": t.column("LIBELLE", None)[rows] if side == "apres" else None,
                "code": keys,
                "code_libelle": labels,
                "protection": protection,
                "permis_de_demolir": pd_flag,
                "perimetre_unesco": unesco,
                "avant_fid": t.column("_fid", None)[rows] if side == "avant" else None,
                "apres_fid": t.column("_fid", None)[rows] if side == "apres" else None,
                "avant_fichier": t.column("_fichier", "")[rows] if side == "avant" else None,
                "apres_fichier": t.column("_fichier", "")[rows] if side == "apres" else None,
            }
        )
        frames.append(frame)
        geoms.append(rg)
    if not frames:
        return pd.DataFrame(columns=PIECE_COLUMNS), np.array([], dtype=object)
    return pd.concat(frames, ignore_index=True), np.concatenate(geoms)


def comparable_tables(before: PluVersion, after: PluVersion, kinds, anomalies: list):
    """The tables of ``kinds`` present in both versions, concatenated per version. A table present on one side
    only is not compared (its features would all look added or removed — a plan downloaded with ZONE_URBA alone
    is common): a warning names it and the version that lacks it."""
    both = [k for k in kinds if k in before.tables and k in after.tables]
    for k in kinds:
        missing = [v for v in (before, after) if k not in v.tables]
        if len(missing) == 1:
            other = after if missing[0] is before else before
            anomalies.append(
                Anomaly(
                    WARNING,
                    "TABLE_NON_COMPAREE",
                    tr(
                        "table {t} absente de la version « {v} » mais présente dans « {o} » ({n} entité(s)) : elle "
                        "n'est pas comparée."
                    ).format(t=k, v=missing[0].label, o=other.label, n=len(other.tables[k])),
                    tr(
                        "Fournissez la table {t} des deux versions (téléchargement complet du Géoportail de "
                        "l'Urbanisme) pour comparer ses entités."
                    ).format(t=k),
                    missing[0].source,
                    k,
                    version=missing[0].label,
                )
            )
    return (
        PluTable.concat(kinds[0].split("_")[0], [before.tables[k] for k in both]),
        PluTable.concat(kinds[0].split("_")[0], [after.tables[k] for k in both]),
    )


# ----------------------------------------------------------------------------- entry point


def diff_versions(
    before: PluVersion,
    after: PluVersion,
    ref: ReferenceData,
    distance: float = 500.0,
    commune: Optional[str] = None,
    min_area_m2: float = 5.0,
    tolerance_m: float = 1.0,
    progress=None,
    cancelled=None,
) -> PluDiff:
    """Compare two versions; ``commune`` (INSEE) restricts both to one commune. ``progress(fraction, message)``
    and ``cancelled()`` are optional callbacks (cancellation raises :class:`PluCancelledError`)."""

    def step(f, msg):
        check_cancelled(cancelled)
        if progress is not None:
            progress(f, msg)

    step(0.0, tr("Préparation des versions"))
    if commune:
        commune = str(commune).strip().upper()
        if not re.match(r"^(?:\d{5}|2[AB]\d{3})$", commune):
            raise InputError(
                tr("Commune « {c} » refusée : donnez son code INSEE à 5 caractères (ex. 62528, 2A004).").format(
                    c=commune
                )
            )
        present = sorted(set(before.insee) | set(after.insee))
        before = filter_version(before, commune, ref)
        after = filter_version(after, commune, ref)
        if not any(len(t) for t in before.tables.values()) and not any(len(t) for t in after.tables.values()):
            raise InputError(
                tr(
                    "Commune {c} absente des deux versions : aucune entité du PLU ne la concerne (communes présentes "
                    ": {p}). "
                    "Vérifiez le code INSEE ou comparez sans --commune."
                ).format(c=commune, p=", ".join(present) or tr("aucune renseignée"))
            )
    anomalies = [a for a in before.anomalies] + [a for a in after.anomalies]
    for v, tag in ((before, tr("avant")), (after, tr("après"))):
        for a in v.anomalies:
            a.version = a.version or tag
        if len(v.zones) == 0:
            anomalies.append(
                Anomaly(
                    ERROR,
                    "ZONE_URBA_VIDE",
                    tr("aucune zone à comparer dans la version « {v} »{c}.").format(
                        v=v.label, c=tr(" pour la commune {c}").format(c=commune) if commune else ""
                    ),
                    tr("Vérifiez la table ZONE_URBA et le code INSEE demandé."),
                    v.source,
                    "ZONE_URBA",
                    version=v.label,
                )
            )
    step(0.1, tr("Superposition des zonages"))
    zdf, zg, zones = overlay_zones(before.zones, after.zones, min_area_m2)
    step(0.5, tr("Comparaison des prescriptions"))
    psc_b, psc_a = comparable_tables(before, after, PRESCRIPTION_KINDS, anomalies)
    pdf, pg = compare_features(psc_b, psc_a, "prescription", tolerance_m, min_area_m2)
    step(0.6, tr("Comparaison des informations"))
    inf_b, inf_a = comparable_tables(before, after, INFO_KINDS, anomalies)
    idf, ig = compare_features(inf_b, inf_a, "information", tolerance_m, min_area_m2)
    frames = [f for f in (zdf, pdf, idf) if len(f)]
    pieces = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=PIECE_COLUMNS)
    geoms = (
        np.concatenate([g for g, f in ((zg, zdf), (pg, pdf), (ig, idf)) if len(f)])
        if frames
        else np.array([], dtype=object)
    )
    for c in PIECE_COLUMNS:
        if c not in pieces.columns:
            pieces[c] = None
    for c in ("ouverture_urbanisation", "nouvelle_zone_au", "permis_de_demolir"):
        pieces[c] = np.array([bool(v) if isinstance(v, (bool, np.bool_)) else False for v in pieces[c]], dtype=bool)
    for c in ("protection", "perimetre_unesco", "code", "code_libelle"):
        pieces[c] = pieces[c].fillna("").astype(object)
    pieces["categorie_libelle"] = pieces["categorie"].map(lambda c: tr(CATEGORIES.get(c, c)))
    step(0.7, tr("Mesure dans le Bien, la zone tampon et près des éléments"))
    env = surroundings(ref, distance)
    m = measure(geoms, ref, distance, env)
    pieces = pd.concat([pieces[PIECE_COLUMNS].reset_index(drop=True), m], axis=1)
    located = pieces["insee_localisation"]
    pieces["insee"] = np.where(pd.isna(pieces["insee"]), located, pieces["insee"])
    if commune:
        pieces["insee"] = commune
    pieces["avant_typezone_libelle"] = pieces["avant_typezone"].map(lambda t: typezone_label(t) if t else "")
    pieces["apres_typezone_libelle"] = pieces["apres_typezone"].map(lambda t: typezone_label(t) if t else "")
    step(1.0, tr("Comparaison terminée"))
    params = {
        "distance_m": distance,
        "commune": commune,
        "surface_minimale_m2": min_area_m2,
        "tolerance_m": tolerance_m,
        "donnees_reference": ref.version,
    }
    return PluDiff(before, after, pieces, geoms, zones, params, anomalies)
