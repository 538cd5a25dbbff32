"""Figures the reference data gives (counted and measured, never typed in)."""

import shapely

from .build import CATEGORIES
from .data import ReferenceData
from .monuments import merge_monuments, with_monuments


def reference_stats(ref: ReferenceData, servitudes=None) -> dict:
    """Figures from the reference data: components, elements by category, MH protections (the reference data's and
    those of the AC1 générateurs of ``servitudes``, a :class:`..feeds.servitudes.ServitudesVersion`, the latest stored
    one when None; by source), areas, communes."""
    if servitudes is None:
        from ..feeds.servitudes import latest_version

        servitudes = latest_version()
    monuments = merge_monuments(ref, servitudes)
    ref = with_monuments(ref, monuments)
    el = ref.elements.attributes
    comps = ref.components
    bien_area = shapely.area(ref.bien_union) / 1e4
    zt_area = shapely.area(ref.buffer_union) / 1e4
    zt_and_bien = shapely.area(shapely.union(ref.bien_union, ref.buffer_union)) / 1e4
    communes_touched = set()
    for col in ("insee",):
        for value in comps.attributes[col].dropna():
            communes_touched.update(v.strip() for v in value.split(";") if v.strip())
    communes_el = set()
    for value in el["insee"].dropna():
        communes_el.update(v.strip() for v in value.split(";") if v.strip())
    com = ref.communes
    zt_hits = set(com.tree.query(ref.buffer_union, predicate="intersects").tolist())
    by_cat = {c: int((el["categorie"] == c).sum()) for c in CATEGORIES}
    return {
        "donnees": ref.describe_source(),
        "composantes": len(comps),
        "elements": len(el),
        "elements_par_categorie": by_cat,
        "elements_proteges_mh": {
            **monuments.total(),
            "par_source": monuments.counts(),
            "generateurs_ac1_hors_elements": len(monuments.unmatched),
            "generateurs_ac1_niveau_non_dit": len(monuments.unread),
            "resume": monuments.summary(),
        },
        "cites_erbm_hors_elements": len(ref.erbm),
        "abords_mh": len(ref.mh_abords),
        "surface_bien_ha": round(bien_area, 1),
        "surface_zone_tampon_ha": round(zt_area, 1),
        "surface_bien_et_zone_tampon_ha": round(zt_and_bien, 1),
        "communes_touchees_par_le_bien": len(communes_touched),
        "communes_des_elements": len(communes_el),
        "communes_touchees_par_la_zone_tampon": len(zt_hits),
        "communes_du_bassin_minier": len(com),
        "note": "Surfaces calculées en Lambert-93 sur des géométries simplifiées (~10 m) ; chiffres officiels : 3 943 "
        "ha pour le Bien, 18 804 ha pour la zone tampon (qui semble inclure le Bien).",
    }
