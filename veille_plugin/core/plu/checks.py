"""Checking a (draft) PLU against the Bien through the rules catalogue (R13–R18 et R28), never hard-coded verdicts.

The version is turned into cases of type ``plu`` whose *nature* says what they stand for, and into user layers
the catalogue's conditions look at:

- «périmètre UNESCO»: the Bien and the zone tampon inside the plan's territory, one case each per commune
  (R13: UNESCO perimeter transcribed? R15: permis de démolir instituted?);
- «élément du Bien»: each element inside the territory (R14: protected under L.151-19? R17: terril, cavalier,
  espace néo-naturel zoned for building?);
- «zone constructible»: each U/AUc/AUs zone of the version (R16: view cones, when that layer is given);
- «ouverture à l'urbanisation»: each piece of land A/N → U/AU when a «before» version is given (R18).

User layers: ``plu_protections_patrimoniales`` (prescriptions whose TYPEPSC cites L151-19),
``plu_permis_de_demolir`` (TYPEINF 42-01 and the old 06), ``plu_info_perimetre_unesco`` (TYPEINF 40-01/40-02),
``plu_zones_constructibles`` (U/AU zones), ``plu_ouverture_urbanisation`` (from the comparison). A layer the
version cannot provide (no INFO table at all, for instance) is left out, so its rules answer «donnée manquante».
"""

from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import pandas as pd
import shapely

from ..i18n import tr
from ..reference.data import ReferenceData
from ..rules.case_screening import CaseScreening, screen_cases
from ..rules.catalogue import Catalogue, load_catalogue
from ..vocabulary import VERDICT_NA, VERDICT_OK, VERDICT_ORDER
from ..rules.engine import V_CHECK, V_FAIL, V_MISSING, V_OK, VERDICT_LABELS, describe_case
from .codes import CONSTRUCTIBLE_FAMILIES, load_codes, zone_family
from .diff import PluDiff, check_cancelled, diff_versions, filter_version, polygonal_parts
from .labels import zone_words
from .model import PluVersion

PLU_RULE_IDS = ("R13", "R14", "R15", "R16", "R17", "R18", "R28")
NATURE_PERIMETER = "périmètre UNESCO"
NATURE_ELEMENT = "élément du Bien"
NATURE_ZONE = "zone constructible"
NATURE_OPENING = "ouverture à l'urbanisation"
MIN_AREA_M2 = 100.0


@dataclass
class PluCheck:
    """Rules R13–R18 et R28 applied to one PLU version (cases per commune and the rules' verdicts)."""

    version: PluVersion
    screening: CaseScreening
    natures: np.ndarray
    insee: np.ndarray
    user_layers: dict
    rule_ids: tuple = PLU_RULE_IDS
    diff: Optional[PluDiff] = None
    params: dict = field(default_factory=dict)

    @property
    def n(self) -> int:
        """Number of cases checked."""
        return self.screening.n

    def _rule_cols(self):
        rules = self.screening.rules.catalogue.rules
        return [(j, r) for j, r in enumerate(rules) if r.id in self.rule_ids]

    def findings(self, insee: Optional[str] = None) -> list:
        """Fired verdicts (non conforme, à vérifier) with the engine's explanation, worst first."""
        v = self.screening.rules.verdicts
        cols = self._rule_cols()
        out = []
        sel = np.ones(self.n, dtype=bool) if insee is None else (self.insee == insee)
        for i in np.flatnonzero(sel):
            fired = [(j, r) for j, r in cols if v[i, j] in (V_CHECK, V_FAIL)]
            if not fired:
                continue
            rec = describe_case(self.screening.rules, self.screening.cases, self.screening.context, int(i))
            by_rule = {d["regle"]: d for d in rec["verdicts"]}
            g = self.screening.cases.geometries[i]
            for _j, r in fired:
                d = by_rule[r.id]
                out.append(
                    {
                        "regle": r.id,
                        "titre": d["titre"],
                        "verdict": d["verdict"],
                        "severite": d["severite"],
                        "motif": d["motif"],
                        "cas": self.screening.labels[i] if self.screening.labels else str(i + 1),
                        "nature": self.natures[i],
                        "insee": self.insee[i],
                        "surface_ha": round(float(shapely.area(g)) / 1e4, 2) if g is not None else None,
                        "recommandation": d["recommandation"],
                        "fondement": d["fondement"],
                        "consultations": d["consultations"],
                        "catalogue_version": d["catalogue_version"],
                        "indice_cas": int(i),
                    }
                )
        out.sort(key=lambda f: (VERDICT_ORDER.get(f["verdict"], 9), f["regle"], str(f["cas"])))
        return out

    def rule_summary(self, insee: Optional[str] = None) -> list:
        """Per PLU rule: overall verdict (worst over the cases) and counts; missing data named."""
        v = self.screening.rules.verdicts
        sel = np.ones(self.n, dtype=bool) if insee is None else (self.insee == insee)
        out = []
        for j, r in self._rule_cols():
            col = v[sel, j]
            counts = {VERDICT_LABELS[c]: int((col == c).sum()) for c in np.unique(col)}
            if (col == V_FAIL).any():
                overall = VERDICT_LABELS[V_FAIL]
            elif (col == V_CHECK).any():
                overall = VERDICT_LABELS[V_CHECK]
            elif (col == V_MISSING).any():
                overall = VERDICT_LABELS[V_MISSING]
            elif (col == V_OK).any():  # «conforme» only when a case met the rule, never when none concerned it
                overall = VERDICT_OK
            else:
                overall = VERDICT_NA
            missing = sorted(self.screening.rules.missing.get(j, set())) if overall == VERDICT_LABELS[V_MISSING] else []
            out.append(
                {
                    "regle": r.id,
                    "titre": r.titre,
                    "verdict": overall,
                    "severite": r.severite,
                    "comptes": counts,
                    "donnees_manquantes": missing,
                    "fondement": r.fondement,
                    "recommandation": r.recommandation,
                }
            )
        return out

    def communes(self) -> list:
        """INSEE codes of the communes checked."""
        return sorted({c for c in self.insee if c})

    def to_dict(self) -> dict:
        """The check as plain data (JSON output)."""
        cat = self.screening.rules.catalogue
        return {
            "version": self.version.describe(),
            "catalogue": {"nom": cat.name, "version": cat.version, "fichier": cat.source},
            "parametres": self.params,
            "couches_utilisateur": {k: int(len(v)) for k, v in sorted(self.user_layers.items())},
            "regles": self.rule_summary(),
            "constats": [{k: v for k, v in f.items() if k != "indice_cas"} for f in self.findings()],
            "communes": {c: {"regles": self.rule_summary(c)} for c in self.communes()},
        }


def _polys(geoms) -> np.ndarray:
    geoms = np.asarray(geoms, dtype=object)
    if not len(geoms):
        return geoms
    return polygonal_parts(geoms)


def build_user_layers(version: PluVersion, diff: Optional[PluDiff] = None) -> dict:
    """The user layers the rules need, built from the PLU's tables (and the comparison when given)."""
    cl = load_codes()
    layers = {}
    pres = version.prescriptions
    if len(version.prescriptions) or any(k.startswith("PRESCRIPTION") for k in version.tables):
        ok = pres.ok & ~pd.isna(pres.geometries)
        heritage = np.array(
            [cl.is_heritage(c, s) for c, s in zip(pres.column("TYPEPSC", ""), pres.column("STYPEPSC", ""))], dtype=bool
        )
        layers["plu_protections_patrimoniales"] = pres.geometries[ok & heritage]
    infos = version.infos
    if any(k.startswith("INFO") for k in version.tables):
        ok = infos.ok & ~pd.isna(infos.geometries)
        dims = np.full(len(infos), -1)
        dims[ok] = shapely.get_dimensions(infos.geometries[ok])
        codes = list(zip(infos.column("TYPEINF", ""), infos.column("STYPEINF", "")))
        pd_mask = np.array([cl.is_pd_perimeter(c, s) for c, s in codes], dtype=bool)
        un_mask = np.array([bool(cl.unesco_kind(c, s)) for c, s in codes], dtype=bool)
        layers["plu_permis_de_demolir"] = infos.geometries[ok & pd_mask & (dims == 2)]
        layers["plu_info_perimetre_unesco"] = infos.geometries[ok & un_mask & (dims == 2)]
    zones = version.zones
    if len(zones):
        ok = zones.ok & ~pd.isna(zones.geometries)
        constructible = np.array(
            [zone_family(t) in CONSTRUCTIBLE_FAMILIES for t in zones.column("TYPEZONE", None)], dtype=bool
        )
        layers["plu_zones_constructibles"] = zones.geometries[ok & constructible]
    if diff is not None:
        layers["plu_ouverture_urbanisation"] = diff.geometries[
            diff.pieces["ouverture_urbanisation"].to_numpy(dtype=bool)
        ]
    return layers


def build_cases(version: PluVersion, ref: ReferenceData, diff: Optional[PluDiff] = None, commune: Optional[str] = None):
    """(geometries, natures, labels, ids, insee) of the cases described in the module docstring."""
    zones = version.zones
    ok = zones.ok & ~pd.isna(zones.geometries)
    zg = zones.geometries[ok]
    geoms, natures, labels, ids, insee = [], [], [], [], []
    if not len(zg):
        return geoms, natures, labels, ids, insee
    try:  # zones of a plan form a coverage: the fast path; GEOS refuses it when the zones are not exactly noded
        territory = shapely.coverage_union_all(zg) if hasattr(shapely, "coverage_union_all") else shapely.union_all(zg)
    except shapely.errors.GEOSException:
        territory = shapely.union_all(zg)
    if not territory.is_valid:
        territory = shapely.make_valid(territory)
    territory = _polys(np.array([territory], dtype=object))[0]
    com = ref.communes
    cidx = com.tree.query(territory, predicate="intersects")
    ccodes = com.attributes["insee"].astype(str).to_numpy()
    cnames = com.attributes["nom"].astype(str).to_numpy()
    if commune:
        cidx = np.array([j for j in cidx if ccodes[j] == commune], dtype=np.int64)
    for j in cidx:
        part = shapely.intersection(territory, com.geometries[j])
        # shared boundaries of simplified communes leave slivers: a commune counts if the plan covers a real part of it
        if shapely.area(part) < max(1e4, 0.01 * shapely.area(com.geometries[j])):
            continue
        for what, union, label in (
            (NATURE_PERIMETER, ref.bien_union, tr("Bien inscrit")),
            (NATURE_PERIMETER, ref.buffer_union, tr("zone tampon")),
        ):
            piece = _polys(np.array([shapely.intersection(part, union)], dtype=object))[0]
            if piece.is_empty or piece.area < MIN_AREA_M2:
                continue
            if union is ref.buffer_union:
                # the zone tampon borders the Bien (and the simplified layers overlap it a little): without the Bien
                # and drawn back by 1 m, the case is located «en zone tampon», not «dans le Bien» because it touches it
                inner = _polys(
                    np.array([shapely.buffer(shapely.difference(piece, ref.bien_union), -1.0)], dtype=object)
                )[0]
                piece = inner if not inner.is_empty and inner.area >= MIN_AREA_M2 else piece
            geoms.append(piece)
            natures.append(what)
            labels.append(tr("{what} – {commune}").format(what=label, commune=cnames[j]))
            ids.append(f"{ccodes[j]}-{'bien' if union is ref.bien_union else 'zone_tampon'}")
            insee.append(ccodes[j])
    el = ref.elements
    a = el.attributes
    eidx = el.tree.query(territory, predicate="intersects")
    if len(eidx):
        parts = _polys(shapely.intersection(el.geometries[eidx], territory))
        areas = shapely.area(parts)
        pts = shapely.point_on_surface(parts)
        loc_i, loc_j = com.tree.query(pts, predicate="within")
        loc = np.full(len(eidx), None, dtype=object)
        loc[loc_i[::-1]] = ccodes[loc_j[::-1]]
        for k, j in enumerate(eidx):
            if areas[k] < min(500.0, 0.5 * shapely.area(el.geometries[j])):
                continue  # a sliver of an element lying in a neighbouring commune
            if commune and loc[k] not in (None, commune):
                continue
            geoms.append(parts[k])
            natures.append(NATURE_ELEMENT)
            labels.append(f"{a['identifiant'].iloc[j]} « {a['nom'].iloc[j]} » ({a['categorie'].iloc[j]})")
            ids.append(str(a["identifiant"].iloc[j]))
            insee.append(loc[k] or commune)
    fams = np.array([zone_family(t) for t in zones.column("TYPEZONE", None)], dtype=object)
    zmask = ok & np.isin(fams, CONSTRUCTIBLE_FAMILIES)
    for k in np.flatnonzero(zmask):
        geoms.append(zones.geometries[k])
        natures.append(NATURE_ZONE)
        lib, typ, fid = zones.column("LIBELLE", "")[k], zones.column("TYPEZONE", "")[k], zones.column("_fid", "")[k]
        labels.append(tr("{zone}, entité {fid}").format(zone=zone_words(lib, typ), fid=fid))
        ids.append(f"zone-{fid}")
        insee.append(zones.column("INSEE", None)[k])
    if diff is not None:
        p = diff.pieces
        for k in np.flatnonzero(p["ouverture_urbanisation"].to_numpy(dtype=bool)):
            geoms.append(diff.geometries[k])
            natures.append(NATURE_OPENING)
            labels.append(  # in words: «zone naturelle et forestière (N) → 1AUh – zone à urbaniser (AUc)»
                zone_words(p["avant_libelle"].iloc[k], p["avant_typezone"].iloc[k])
                + " → "
                + zone_words(p["apres_libelle"].iloc[k], p["apres_typezone"].iloc[k])
            )
            ids.append(f"ouverture-{k + 1}")
            insee.append(p["insee"].iloc[k])
    # zones of a PLUi carry no INSEE: locate them
    missing = [k for k, c in enumerate(insee) if not c]
    if missing:
        pts = shapely.point_on_surface(np.array([geoms[k] for k in missing], dtype=object))
        li, lj = com.tree.query(pts, predicate="within")
        for a_i, b_j in zip(li[::-1], lj[::-1]):
            insee[missing[a_i]] = ccodes[b_j]
    return geoms, natures, labels, ids, insee


def check_version(
    version: PluVersion,
    ref: ReferenceData,
    catalogue: Optional[Catalogue] = None,
    before: Optional[PluVersion] = None,
    diff: Optional[PluDiff] = None,
    commune: Optional[str] = None,
    distance: float = 500.0,
    extra_layers: Optional[dict] = None,
    rule_ids=PLU_RULE_IDS,
    progress=None,
    cancelled=None,
) -> PluCheck:
    """Run the catalogue's PLU rules on ``version`` (a draft or a plan in force).

    ``before``: the version in force, to find land opened to urbanisation (R18); a ready ``diff`` may be given
    instead. ``extra_layers``: other user layers (e.g. ``{"cones_de_vue": array}`` for R16), EPSG:2154."""
    catalogue = catalogue or load_catalogue()
    if progress is not None:
        progress(0.0, tr("Préparation du contrôle"))
    check_cancelled(cancelled)
    if commune:
        version = filter_version(version, commune, ref)
    if diff is None and before is not None:
        diff = (
            diff_versions(
                before,
                version,
                ref,
                distance=distance,
                commune=None,
                progress=(lambda f, m: progress(0.6 * f, m)) if progress is not None else None,
                cancelled=cancelled,
            )
            if not commune
            else diff_versions(
                filter_version(before, commune, ref), version, ref, distance=distance, cancelled=cancelled
            )
        )
    check_cancelled(cancelled)
    if progress is not None:
        progress(0.6, tr("Construction des cas et des couches du PLU"))
    geoms, natures, labels, ids, insee = build_cases(version, ref, diff, commune)
    layers = build_user_layers(version, diff)
    layers.update(extra_layers or {})
    check_cancelled(cancelled)
    if progress is not None:
        progress(0.7, tr("Application des règles R13–R18 et R28"))
    cs = screen_cases(
        np.array(geoms, dtype=object),
        ref,
        catalogue,
        ids=ids,
        case_type="plu",
        nature=natures,
        distance=distance,
        user_layers=layers,
        labels=labels,
    )
    if progress is not None:
        progress(1.0, tr("Contrôle terminé"))
    params = {
        "distance_m": distance,
        "commune": commune,
        "avant": before.label if before is not None else (diff.before.label if diff is not None else None),
    }
    return PluCheck(
        version,
        cs,
        np.array(natures, dtype=object),
        np.array(insee, dtype=object),
        layers,
        tuple(rule_ids),
        diff,
        params,
    )
