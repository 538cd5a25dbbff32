"""Management-plan rules engine (core.rules_engine through core.case_screening.screen_cases).

The places used here are found from the reference layers with shapely (a point inside a «cité
minière», inside a terril, 200 m from a monument historique, 1 km from a «Chevalement», in the
zone tampon, far from everything…) and the expected verdicts follow from those facts and from
the catalogue read with plain YAML, never from the engine's own output.
"""

import json

import numpy as np
import pytest
import shapely
import yaml

from veille_plugin.core.rules.case_screening import screen_cases
from veille_plugin.core.rules.catalogue import embedded_catalogue_path, load_catalogue_file
from veille_plugin.core.rules.engine import results_table

FIRED = ("à vérifier", "non conforme")
NA = "non applicable"
SEVERITY_ORDER = ["information", "à vérifier", "majeur", "bloquant"]
BIG = shapely.box(550000, 6900000, 850000, 7150000)  # covers the whole basin and the test points
ELSEWHERE = shapely.box(300000, 6500000, 301000, 6501000)  # far from everything


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue_file(embedded_catalogue_path())


@pytest.fixture(scope="module")
def cat_yaml():
    doc = yaml.safe_load(embedded_catalogue_path().read_text(encoding="utf-8"))
    return {r["id"]: r for r in doc["regles"]}


# --------------------------------------------------------------------------- places (from the reference layers)


@pytest.fixture(scope="module")
def sites(ref):
    a = ref.elements.attributes.reset_index(drop=True)
    g = ref.elements.geometries
    ids = a["identifiant"].to_numpy(dtype=object)
    cat = a["categorie"].to_numpy(dtype=object)
    typ = a["type"].to_numpy(dtype=object)
    mh = a["protection_mh"].isin(["inscrit", "classé"]).to_numpy()
    bien = shapely.union_all(ref.components.geometries)
    zt = shapely.union_all(ref.buffer_zone.geometries)
    terr = shapely.union_all(g[cat == "terril"])
    chev = shapely.union_all(g[typ == "Chevalement"])
    mhu = shapely.union_all(g[mh])
    allel = shapely.union_all(g)
    tz_geoms = ref.layer("terrils_zone_tampon").geometries
    tz = shapely.union_all(tz_geoms)
    cites = shapely.union_all(g[cat == "cité minière"])
    s = {
        "ids": ids,
        "geoms": g,
        "cat": cat,
        "typ": typ,
        "bien": bien,
        "zt": zt,
        "terr": terr,
        "chev": chev,
        "mhu": mhu,
        "allel": allel,
        "mh": mh,
    }

    def touching(p):
        return ids[shapely.intersects(g, p)]

    # a point inside one «cité minière» (inside the Bien), away from terrils and monuments
    for j in np.flatnonzero(cat == "cité minière"):
        p = shapely.point_on_surface(g[j])
        if (
            p.within(bien)
            and not p.intersects(terr)
            and not p.intersects(tz)
            and p.distance(mhu) > 800
            and list(touching(p)) == [ids[j]]
        ):
            s["cite"], s["cite_id"] = p, ids[j]
            break
    # a point inside one terril element, not in a cité, away from monuments
    for j in np.flatnonzero(cat == "terril"):
        p = shapely.point_on_surface(g[j])
        if p.distance(mhu) > 800 and list(touching(p)) == [ids[j]] and not p.intersects(cites):
            s["terril"], s["terril_id"] = p, ids[j]
            break
    # 1 km from a headframe, more than 2.5 km from any terril
    for j in np.flatnonzero(typ == "Chevalement"):
        c = shapely.centroid(g[j])
        for ang in np.linspace(0, 2 * np.pi, 16, endpoint=False):
            p = shapely.Point(c.x + 1000 * np.cos(ang), c.y + 1000 * np.sin(ang))
            if p.distance(terr) > 2500 and 500 < p.distance(chev) < 1500 and p.distance(allel) > 100:
                s["near_chev"], s["chev_id"], s["chev_d"] = p, ids[j], shapely.distance(p, g[j])
                break
        if "near_chev" in s:
            break
    # in the recorded terrils of the zone tampon, but touching no element
    for tg in tz_geoms:
        p = shapely.point_on_surface(tg)
        if p.distance(allel) > 50 and p.distance(mhu) > 800:
            s["tz_only"] = p
            break
    # 200-300 m from a monument historique, touching no element
    for j in np.flatnonzero(mh):
        ring = shapely.buffer(g[j], 250).exterior
        for k in range(0, len(ring.coords), 7):
            p = shapely.Point(ring.coords[k])
            if 150 < p.distance(mhu) < 300 and p.distance(allel) > 100:
                s["mh_near"] = p
                break
        if "mh_near" in s:
            break

    # a point on a monument classé, on a monument inscrit, on a bâti element that is no monument (issue 14)
    prot = a["protection_mh"].to_numpy(dtype=object)
    for key, want in (("mh_classe", "classé"), ("mh_inscrit", "inscrit")):
        for j in np.flatnonzero(prot == want):
            p = shapely.point_on_surface(g[j])
            if list(touching(p)) == [ids[j]]:
                s[key], s[key + "_id"] = p, ids[j]
                break
    for j in np.flatnonzero((cat == "bâti") & ~mh):
        p = shapely.point_on_surface(g[j])
        if list(touching(p)) == [ids[j]] and p.within(bien):
            s["bati"], s["bati_id"] = p, ids[j]
            break
    # a point in a cité of the zone tampon (official layer), outside the Bien and any element
    for cg in ref.layer("cites_zone_tampon").geometries:
        p = shapely.point_on_surface(cg)
        if p.intersects(zt) and not p.intersects(bien) and p.distance(allel) > 30:
            s["zt_cite"] = p
            break

    rng = np.random.default_rng(20261121)
    x0, y0, x1, y1 = shapely.bounds(zt)
    P = shapely.points(rng.uniform(x0 - 5000, x1 + 5000, 6000), rng.uniform(y0 - 5000, y1 + 5000, 6000))
    d_el, d_t, d_c, d_mh = (shapely.distance(P, u) for u in (allel, terr, chev, mhu))
    in_b, in_z, in_tz = (shapely.intersects(P, u) for u in (bien, zt, tz))

    def first(mask, name):
        k = np.flatnonzero(mask)
        assert len(k), f"aucun point de test « {name} » trouvé"
        s[name] = P[k[0]]

    first(in_z & ~in_b & (d_el > 600) & (d_mh > 800) & ~in_tz, "zt")
    first(~in_z & (d_el > 300) & (d_el < 450) & (d_mh > 800) & ~in_tz, "near_el_hors")
    first((d_t > 800) & (d_t < 1500) & (d_c > 2500) & (d_el > 100) & (d_mh > 800), "near_terril")
    first((d_c > 2500) & (d_t > 2500) & (d_t < 9000) & ~in_z & (d_el > 1200) & ~in_tz, "mid")
    s["far"] = shapely.Point(700000, 7000000)

    # facts the scenarios rely on, checked once
    for key in ("cite", "terril", "near_chev", "tz_only", "mh_near", "mh_classe", "mh_inscrit", "bati", "zt_cite"):
        assert key in s, f"aucun point de test « {key} » trouvé"
    assert s["far"].distance(allel) > 10000 and not s["far"].intersects(zt)
    assert s["zt"].intersects(zt) and not s["zt"].intersects(bien)
    assert s["tz_only"].intersects(tz) and not s["tz_only"].intersects(terr)
    el_d = shapely.distance(g, s["near_el_hors"])
    s["near_el_id"], s["near_el_d"] = ids[np.argmin(el_d)], el_d.min()
    t_idx = np.flatnonzero(cat == "terril")
    for key in ("near_terril", "mid"):
        dt = shapely.distance(g[t_idx], s[key])
        s[key + "_tid"], s[key + "_td"] = ids[t_idx[np.argmin(dt)]], dt.min()
    mh_idx = np.flatnonzero(mh)
    s["mh_near_id"] = ids[mh_idx[np.argmin(shapely.distance(g[mh_idx], s["mh_near"]))]]
    return s


def screen_one(
    ref, catalogue, geom, case_type="PC", works=None, nature=None, height=None, layers=None, danger=None, **kw
):
    return screen_cases(
        [geom],
        ref,
        catalogue,
        case_type=case_type,
        works=works,
        nature=nature,
        height_m=height,
        user_layers=layers,
        danger_list=danger,
        **kw,
    )


def verdicts_of(cs, i=0):
    rec = cs.record(i, include_non_applicable=True)
    return {v["regle"]: v for v in rec["verdicts"]}, rec


def local(p, r=50.0):
    return np.array([p.buffer(r)])


# natures of the «plu» cases built by plu-check (core/plu/checks.py)
PERI, ELEM, ZONE, OPEN = "périmètre UNESCO", "élément du Bien", "zone constructible", "ouverture à l'urbanisation"

# --------------------------------------------------------------------------- every rule: fires / conforme / n.a. /
# missing

# (rule, site, case fields, user layers {name: "big"|"elsewhere"|"local"}, danger list, expected)
# expected: "fire" = the catalogue's verdict_si_vrai
S = [
    # R01 footprint in the Bien
    ("R01", "cite", dict(case_type="PC"), {}, set(), "fire"),
    ("R01", "zt", dict(case_type="PC"), {}, set(), "non applicable"),
    ("R01", "far", dict(case_type="plu"), {}, set(), "non applicable"),
    # R02 zone tampon
    ("R02", "zt", dict(case_type="PC"), {}, set(), "fire"),
    ("R02", "cite", dict(case_type="PC"), {}, set(), "non applicable"),
    ("R02", "far", dict(case_type="projet"), {}, set(), "non applicable"),
    ("R02", "zt", dict(case_type="PD"), {}, set(), "non applicable"),
    # R03 500 m circle of a monument without PDA: covisibility to check (L.621-30)
    ("R03", "mh_near", dict(case_type="PC"), {}, set(), "fire"),
    ("R03", "mh_near", dict(case_type="PC"), {"pda": "elsewhere"}, set(), "fire"),  # no PDA around that monument
    ("R03", "mh_near", dict(case_type="PC"), {"pda": "big"}, set(), "non applicable"),  # a PDA replaces it: R21
    ("R03", "cite", dict(case_type="PC"), {}, set(), "non applicable"),
    ("R03", "mh_classe", dict(case_type="DP"), {}, set(), "non applicable"),  # works on the monument itself: R22
    ("R03", "mh_near", dict(case_type="plu"), {}, set(), "non applicable"),
    # R04 terril / site classé
    ("R04", "terril", dict(case_type="PC"), {}, set(), "fire"),
    ("R04", "far", dict(case_type="PC"), {}, set(), "donnée manquante"),  # a classé terril could be there
    ("R04", "far", dict(case_type="PC"), {"site_classe_terrils": "elsewhere"}, set(), "non applicable"),
    ("R04", "tz_only", dict(case_type="PC"), {}, set(), "donnée manquante"),
    ("R04", "tz_only", dict(case_type="PC"), {"site_classe_terrils": "local"}, set(), "fire"),
    ("R04", "tz_only", dict(case_type="PC"), {"site_classe_terrils": "elsewhere"}, set(), "non applicable"),
    ("R04", "terril", dict(case_type="plu"), {}, set(), "non applicable"),
    # R05 demolition in Bien / ZT
    ("R05", "cite", dict(case_type="PD"), {}, set(), "fire"),
    ("R05", "zt", dict(case_type="PC", works="Démolition du garage et construction d'un abri"), {}, set(), "fire"),
    ("R05", "zt", dict(case_type="DP", works="Déconstruction d'une annexe"), {}, set(), "fire"),
    ("R05", "far", dict(case_type="PD"), {}, set(), "non applicable"),
    ("R05", "cite", dict(case_type="PC", works="Ravalement de façade"), {}, set(), "non applicable"),
    ("R05", "cite", dict(case_type="plu", works="démolition"), {}, set(), "non applicable"),
    ("R05", "bati", dict(case_type="PD"), {}, set(), "non applicable"),  # a bâti element of the Bien: R24
    # R06 works on a house of a cité
    (
        "R06",
        "cite",
        dict(case_type="DP", works="Ravalement de façade et remplacement des fenêtres en PVC"),
        {},
        set(),
        "fire",
    ),
    ("R06", "cite", dict(case_type="PC", works="Isolation par l'extérieur des pignons"), {}, set(), "fire"),
    ("R06", "cite", dict(case_type="DP", works="Pose d'une véranda"), {}, set(), "fire"),
    ("R06", "zt", dict(case_type="DP", works="Ravalement de façade"), {}, set(), "non applicable"),
    ("R06", "cite", dict(case_type="DP", works="Changement de destination d'un local"), {}, set(), "non applicable"),
    ("R06", "cite", dict(case_type="PD", works="façade"), {}, set(), "non applicable"),
    # R07 new building / densification in a cité
    ("R07", "cite", dict(case_type="PA"), {}, set(), "fire"),
    ("R07", "cite", dict(case_type="PC", works="Construction d'une maison individuelle"), {}, set(), "fire"),
    ("R07", "cite", dict(case_type="DP", works="Division parcellaire"), {}, set(), "fire"),
    ("R07", "cite", dict(case_type="PC", works="Ravalement de façade"), {}, set(), "non applicable"),
    ("R07", "zt", dict(case_type="PA"), {}, set(), "non applicable"),
    ("R07", "cite", dict(case_type="PD"), {}, set(), "non applicable"),
    # R08 cité-scale programme
    ("R08", "cite", dict(case_type="PA", works="Requalification des espaces publics"), {}, set(), "fire"),
    ("R08", "cite", dict(case_type="projet", works="Programme de réhabilitation de 120 logements"), {}, set(), "fire"),
    ("R08", "zt", dict(case_type="PA", works="Résidentialisation"), {}, set(), "non applicable"),
    ("R08", "cite", dict(case_type="PA", works="Lotissement"), {}, set(), "non applicable"),
    ("R08", "cite", dict(case_type="PD", works="Résidentialisation"), {}, set(), "non applicable"),
    # R09 tall object near terril / headframe / view cones
    ("R09", "near_terril", dict(case_type="PC", height=30), {}, set(), "fire"),
    ("R09", "near_chev", dict(case_type="PC", height=30), {}, set(), "fire"),
    ("R09", "mid", dict(case_type="PC", height=30), {"cones_de_vue": "big"}, set(), "fire"),
    ("R09", "near_terril", dict(case_type="PC", height=10), {}, set(), "non applicable"),
    ("R09", "mid", dict(case_type="PC", height=30), {"cones_de_vue": "elsewhere"}, set(), "non applicable"),
    # beyond 2 km only the optional view-cone layer could say the object is in a cone: missing, never «conforme»
    ("R09", "mid", dict(case_type="PC", height=30), {}, set(), "donnée manquante"),
    ("R09", "mid", dict(case_type="PC", height=10), {}, set(), "non applicable"),  # too low, whatever the cones
    ("R09", "near_terril", dict(case_type="PC"), {}, set(), "donnée manquante"),
    ("R09", "near_terril", dict(case_type="DP", height=30), {}, set(), "non applicable"),
    # R10 wind turbine
    ("R10", "mid", dict(case_type="projet", nature="éolienne", height=150), {}, set(), "fire"),
    ("R10", "mid", dict(case_type="PC", works="Implantation d'un mât éolien", height=80), {}, set(), "fire"),
    ("R10", "far", dict(case_type="PC", nature="éolienne"), {"aires_influence_paysagere": "big"}, set(), "fire"),
    ("R10", "mid", dict(case_type="projet", nature="bâtiment"), {}, set(), "non applicable"),
    (
        "R10",
        "far",
        dict(case_type="PC", nature="éolienne"),
        {"aires_influence_paysagere": "elsewhere"},
        set(),
        "non applicable",
    ),
    ("R10", "far", dict(case_type="PC", nature="éolienne"), {}, set(), "donnée manquante"),
    ("R10", "mid", dict(case_type="DP", nature="éolienne"), {}, set(), "non applicable"),
    # R11 infrastructure / commercial development
    ("R11", "zt", dict(case_type="PC", nature="infrastructure"), {}, set(), "fire"),
    ("R11", "near_el_hors", dict(case_type="PA", nature="développement commercial"), {}, set(), "fire"),
    ("R11", "far", dict(case_type="PC", nature="infrastructure"), {}, set(), "non applicable"),
    ("R11", "zt", dict(case_type="PC", nature="bâtiment"), {}, set(), "non applicable"),
    ("R11", "zt", dict(case_type="DP", nature="infrastructure"), {}, set(), "non applicable"),
    # R12 danger list
    ("R12", "cite", dict(case_type="PC"), {}, "cite_id", "fire"),
    ("R12", "near_el_hors", dict(case_type="PD"), {}, "near_el_id", "fire"),
    ("R12", "cite", dict(case_type="PC"), {}, set(), "non applicable"),
    ("R12", "cite", dict(case_type="PC"), {}, "terril_id", "non applicable"),
    ("R12", "far", dict(case_type="PC"), {}, None, "non applicable"),
    ("R12", "cite", dict(case_type="PC"), {}, None, "donnée manquante"),
    ("R12", "cite", dict(case_type="plu"), {}, "cite_id", "non applicable"),
    # R13 PLU: UNESCO perimeter reported (cases «périmètre UNESCO» built by plu-check; coverage >= 90 %)
    ("R13", "zt", dict(case_type="plu", nature=PERI), {"plu_info_perimetre_unesco": "elsewhere"}, set(), "fire"),
    ("R13", "zt", dict(case_type="plu", nature=PERI), {"plu_info_perimetre_unesco": "big"}, set(), "conforme"),
    ("R13", "far", dict(case_type="plu", nature=PERI), {}, set(), "non applicable"),
    ("R13", "zt", dict(case_type="plu", nature=PERI), {}, set(), "donnée manquante"),
    ("R13", "zt", dict(case_type="plu", nature=ELEM), {}, set(), "non applicable"),
    ("R13", "zt", dict(case_type="PC"), {}, set(), "non applicable"),
    # R14 PLU: L.151-19 protections of each element
    ("R14", "cite", dict(case_type="plu", nature=ELEM), {"plu_protections_patrimoniales": "elsewhere"}, set(), "fire"),
    ("R14", "cite", dict(case_type="plu", nature=ELEM), {"plu_protections_patrimoniales": "local"}, set(), "conforme"),
    ("R14", "zt", dict(case_type="plu", nature=ELEM), {}, set(), "non applicable"),
    ("R14", "cite", dict(case_type="plu", nature=ELEM), {}, set(), "donnée manquante"),
    ("R14", "cite", dict(case_type="plu", nature=PERI), {}, set(), "non applicable"),
    ("R14", "cite", dict(case_type="PA"), {}, set(), "non applicable"),
    # R15 PLU: permis de démolir over the Bien and the zone tampon
    ("R15", "cite", dict(case_type="plu", nature=PERI), {"plu_permis_de_demolir": "elsewhere"}, set(), "fire"),
    ("R15", "cite", dict(case_type="plu", nature=PERI), {"plu_permis_de_demolir": "big"}, set(), "conforme"),
    ("R15", "far", dict(case_type="plu", nature=PERI), {}, set(), "non applicable"),
    ("R15", "zt", dict(case_type="plu", nature=PERI), {}, set(), "donnée manquante"),
    ("R15", "zt", dict(case_type="PD"), {}, set(), "non applicable"),
    # R16 PLU: SCOT view cones over building zones
    ("R16", "far", dict(case_type="plu", nature=ZONE), {"cones_de_vue": "big"}, set(), "fire"),
    ("R16", "zt", dict(case_type="plu", nature=ZONE), {"cones_de_vue": "elsewhere"}, set(), "conforme"),
    ("R16", "zt", dict(case_type="plu", nature=ZONE), {}, set(), "donnée manquante"),
    ("R16", "zt", dict(case_type="plu", nature=ELEM), {"cones_de_vue": "big"}, set(), "non applicable"),
    ("R16", "zt", dict(case_type="PC"), {"cones_de_vue": "big"}, set(), "non applicable"),
    # R17 PLU: management plan — terril, cavalier, espace néo-naturel in a building zone
    ("R17", "terril", dict(case_type="plu", nature=ELEM), {"plu_zones_constructibles": "local"}, set(), "fire"),
    ("R17", "terril", dict(case_type="plu", nature=ELEM), {"plu_zones_constructibles": "elsewhere"}, set(), "conforme"),
    ("R17", "terril", dict(case_type="plu", nature=ELEM), {}, set(), "donnée manquante"),
    ("R17", "cite", dict(case_type="plu", nature=ELEM), {"plu_zones_constructibles": "local"}, set(), "non applicable"),
    ("R17", "zt", dict(case_type="PA"), {}, set(), "non applicable"),
    # R18 opening land to urbanisation
    ("R18", "zt", dict(case_type="plu", nature=OPEN), {"plu_ouverture_urbanisation": "big"}, set(), "fire"),
    ("R18", "near_el_hors", dict(case_type="PA"), {"plu_ouverture_urbanisation": "local"}, set(), "fire"),
    ("R18", "far", dict(case_type="plu", nature=OPEN), {"plu_ouverture_urbanisation": "big"}, set(), "non applicable"),
    ("R18", "zt", dict(case_type="plu", nature=OPEN), {"plu_ouverture_urbanisation": "elsewhere"}, set(), NA),
    ("R18", "zt", dict(case_type="plu", nature=ZONE), {"plu_ouverture_urbanisation": "big"}, set(), "non applicable"),
    ("R18", "far", dict(case_type="projet"), {}, set(), "non applicable"),
    ("R18", "zt", dict(case_type="plu", nature=OPEN), {}, set(), "donnée manquante"),
    ("R18", "zt", dict(case_type="PC"), {"plu_ouverture_urbanisation": "big"}, set(), "non applicable"),
    # R19 risks
    ("R19", "cite", dict(case_type="PC"), {"risques": "big"}, set(), "fire"),
    ("R19", "cite", dict(case_type="DP"), {"risques": "elsewhere"}, set(), "non applicable"),
    ("R19", "cite", dict(case_type="PC"), {}, set(), "donnée manquante"),
    ("R19", "cite", dict(case_type="PD"), {"risques": "big"}, set(), "non applicable"),
    # R20 terril works
    ("R20", "terril", dict(case_type="PA", works="Terrassement et remblai du plateau"), {}, set(), "fire"),
    ("R20", "terril", dict(case_type="PC", works="Construction neuve d'un belvédère"), {}, set(), "fire"),
    ("R20", "terril", dict(case_type="PC", works="Ravalement de façade"), {}, set(), "non applicable"),
    ("R20", "cite", dict(case_type="PA", works="Terrassement"), {}, set(), "non applicable"),
    ("R20", "terril", dict(case_type="PD", works="Terrassement"), {}, set(), "non applicable"),
    # R21 in a PDA (optional layer): ABF accord without covisibility
    ("R21", "mh_near", dict(case_type="PC"), {"pda": "big"}, set(), "fire"),
    ("R21", "mh_near", dict(case_type="PC"), {"pda": "elsewhere"}, set(), "non applicable"),
    ("R21", "mh_near", dict(case_type="PC"), {}, set(), "donnée manquante"),  # no PDA layer: it may be in one
    ("R21", "far", dict(case_type="DP"), {}, set(), "donnée manquante"),  # a PDA of a monument outside our data
    ("R21", "mh_classe", dict(case_type="DP"), {}, set(), "non applicable"),  # works on the monument: R22
    ("R21", "mh_near", dict(case_type="plu"), {"pda": "big"}, set(), "non applicable"),
    # R22 works on a monument classé (DRAC authorisation, L.621-9)
    ("R22", "mh_classe", dict(case_type="DP", works="Réfection de la toiture"), {}, set(), "fire"),
    ("R22", "mh_inscrit", dict(case_type="DP"), {}, set(), "non applicable"),
    ("R22", "mh_near", dict(case_type="PC"), {}, set(), "non applicable"),
    ("R22", "far", dict(case_type="DP", works="Remplacement des menuiseries"), {}, set(), "non applicable"),
    ("R22", "mh_classe", dict(case_type="plu"), {}, set(), "non applicable"),
    # R23 works on a monument inscrit (accord, L.621-27)
    ("R23", "mh_inscrit", dict(case_type="PC"), {}, set(), "fire"),
    ("R23", "mh_classe", dict(case_type="PC"), {}, set(), "non applicable"),
    ("R23", "bati", dict(case_type="PC"), {}, set(), "non applicable"),
    ("R23", "cite", dict(case_type="DP", works="Remplacement des menuiseries"), {}, set(), "non applicable"),
    ("R23", "mh_inscrit", dict(case_type="plu"), {}, set(), "non applicable"),
    # R24 demolition of a bâti element of the Bien or of a monument
    ("R24", "bati", dict(case_type="PD"), {}, set(), "fire"),
    ("R24", "mh_classe", dict(case_type="PC", works="Démolition partielle"), {}, set(), "fire"),
    ("R24", "cite", dict(case_type="PD"), {}, set(), "non applicable"),  # a house of a cité: R05
    ("R24", "bati", dict(case_type="PC", works="Ravalement de façade"), {}, set(), "non applicable"),
    ("R24", "bati", dict(case_type="plu"), {}, set(), "non applicable"),
    # R25 cités of the zone tampon (official layer «zt-cites-minieres»)
    ("R25", "zt_cite", dict(case_type="DP", works="Isolation par l'extérieur"), {}, set(), "fire"),
    ("R25", "zt_cite", dict(case_type="PD"), {}, set(), "fire"),
    ("R25", "zt", dict(case_type="DP", works="Isolation par l'extérieur"), {}, set(), "non applicable"),
    ("R25", "zt_cite", dict(case_type="DP", works="Pose d'un abri de jardin"), {}, set(), "non applicable"),
    ("R25", "zt_cite", dict(case_type="plu"), {}, set(), "non applicable"),
    # R26 reconversion of a bâti element
    ("R26", "bati", dict(case_type="PC", works="Changement de destination en logements"), {}, set(), "fire"),
    ("R26", "cite", dict(case_type="PC", works="Changement de destination"), {}, set(), "non applicable"),
    ("R26", "bati", dict(case_type="PC", works="Ravalement de façade"), {}, set(), "non applicable"),
    ("R26", "bati", dict(case_type="PD"), {}, set(), "non applicable"),
    # R27 antennas
    ("R27", "zt", dict(case_type="DP", nature="antenne", height=30), {}, set(), "fire"),
    ("R27", "near_el_hors", dict(case_type="PC", works="Pylône et antenne relais"), {}, set(), "fire"),
    ("R27", "far", dict(case_type="DP", nature="antenne"), {}, set(), "non applicable"),
    ("R27", "zt", dict(case_type="DP", nature="bâtiment"), {}, set(), "non applicable"),
    ("R27", "zt", dict(case_type="PD", nature="antenne"), {}, set(), "non applicable"),
    # R28 PLU: L.151-18 quality rules for the cités of the Bien
    ("R28", "cite", dict(case_type="plu", nature=ELEM), {}, set(), "fire"),
    ("R28", "terril", dict(case_type="plu", nature=ELEM), {}, set(), "non applicable"),
    ("R28", "cite", dict(case_type="plu", nature=PERI), {}, set(), "non applicable"),
    ("R28", "cite", dict(case_type="PC"), {}, set(), "non applicable"),
    # R29 urban sprawl near the elements (outside the cités)
    ("R29", "near_el_hors", dict(case_type="PA"), {}, set(), "fire"),
    ("R29", "mid", dict(case_type="PA"), {}, set(), "non applicable"),  # more than 1.2 km from any element
    ("R29", "cite", dict(case_type="PA"), {}, set(), "non applicable"),  # in a cité of the Bien: R07
    ("R29", "far", dict(case_type="PA"), {}, set(), "non applicable"),
    ("R29", "near_el_hors", dict(case_type="DP"), {}, set(), "non applicable"),
]


def _scenario_id(s):
    rid, site, fields, layers, danger, expected = s
    extra = "+".join(f"{k}={v}" for k, v in layers.items())
    return (
        f"{rid}-{site}-{fields.get('case_type')}-{expected}"
        + (f"-{extra}" if extra else "")
        + ("-sans_liste" if danger is None else "")
    )


def _layers(spec, site):
    out = {}
    for name, kind in spec.items():
        out[name] = {"big": np.array([BIG]), "elsewhere": np.array([ELSEWHERE]), "local": local(site)}[kind]
    return out


@pytest.mark.parametrize("scenario", S, ids=[_scenario_id(s) for s in S])
def test_rule_scenario(ref, catalogue, cat_yaml, sites, scenario):
    rid, site, fields, layers, danger, expected = scenario
    p = sites[site]
    if isinstance(danger, str):
        danger = {sites[danger]}
    cs = screen_one(ref, catalogue, p, layers=_layers(layers, p), danger=danger, **fields)
    v, rec = verdicts_of(cs)
    want = cat_yaml[rid]["verdict_si_vrai"] if expected == "fire" else expected
    assert v[rid]["verdict"] == want, (rid, site, fields, v[rid])
    assert v[rid]["motif"], "un verdict doit toujours être motivé"
    if want in FIRED:
        assert v[rid]["consultations"] == cat_yaml[rid].get("consultations", [])


def test_scenario_table_covers_every_rule(cat_yaml):
    """For every rule: fires; n.a. where it does not concern the case; «conforme» exactly for the rules that name their
    exigences (issue 25: a rule that does not concern a case never says «conforme»); missing when it needs data, an
    optional layer included."""
    by_rule = {}
    for rid, _site, _f, _l, _d, expected in S:
        by_rule.setdefault(rid, set()).add(expected)
    assert sorted(by_rule) == sorted(cat_yaml) == [f"R{k:02d}" for k in range(1, 30)]
    for rid, rule in cat_yaml.items():
        assert {"fire", "non applicable"} <= by_rule[rid], rid
        assert ("conforme" in by_rule[rid]) == bool(rule.get("exigences")), rid
        cond = json.dumps(rule["condition"], ensure_ascii=False)
        if '"couche_utilisateur"' in cond or "hauteur_min_m" in cond or "element_en_peril" in cond:
            assert "donnée manquante" in by_rule[rid], rid


# --------------------------------------------------------------------------- explanations name what decided


def test_motif_names_the_cite_and_the_keyword(ref, catalogue, sites):
    cs = screen_one(ref, catalogue, sites["cite"], case_type="DP", works="Remplacement des fenêtres")
    v, _ = verdicts_of(cs)
    assert sites["cite_id"] in v["R06"]["motif"]
    assert "menuiseries" in v["R06"]["motif"]
    assert "façade" not in v["R06"]["motif"]  # only the keyword actually found


def test_motif_names_the_demolition_keyword(ref, catalogue, sites):
    cs = screen_one(ref, catalogue, sites["zt"], case_type="PC", works="Démolition d'un hangar")
    v, _ = verdicts_of(cs)
    assert v["R05"]["verdict"] == "à vérifier"
    assert "démolition" in v["R05"]["motif"]
    assert "zone tampon" in v["R05"]["motif"]


def test_motif_names_the_nearest_terril_and_its_distance(ref, catalogue, sites):
    cs = screen_one(ref, catalogue, sites["near_terril"], case_type="PC", height=40)
    v, _ = verdicts_of(cs)
    motif = v["R09"]["motif"]
    assert sites["near_terril_tid"] in motif
    assert f"{sites['near_terril_td']:.0f} m" in motif
    assert "40.0 m" in motif  # the height that decided


def test_motif_names_the_headframe(ref, catalogue, sites):
    cs = screen_one(ref, catalogue, sites["near_chev"], case_type="PA", height=25)
    v, _ = verdicts_of(cs)
    assert v["R09"]["verdict"] == "à vérifier"
    assert sites["chev_id"] in v["R09"]["motif"]
    assert f"{sites['chev_d']:.0f} m" in v["R09"]["motif"]


def test_motif_names_the_monument(ref, catalogue, sites):
    cs = screen_one(ref, catalogue, sites["mh_near"], case_type="DP")
    v, _ = verdicts_of(cs)
    assert v["R03"]["verdict"] == "à vérifier"
    assert sites["mh_near_id"] in v["R03"]["motif"]


def test_motif_wind_turbine_names_nearest_terril(ref, catalogue, sites):
    cs = screen_one(ref, catalogue, sites["mid"], case_type="projet", nature="éolienne")
    v, _ = verdicts_of(cs)
    assert sites["mid_tid"] in v["R10"]["motif"]
    assert f"{sites['mid_td']:.0f} m" in v["R10"]["motif"]
    assert "10000 m" in v["R10"]["motif"]


def test_motif_commercial_development_names_the_element_within_1_km(ref, catalogue, sites):
    cs = screen_one(ref, catalogue, sites["near_el_hors"], case_type="PC", nature="développement commercial")
    v, _ = verdicts_of(cs)
    assert sites["near_el_id"] in v["R11"]["motif"]
    assert f"{sites['near_el_d']:.0f} m" in v["R11"]["motif"]


def test_motif_of_missing_data_says_what_is_missing(ref, catalogue, sites):
    cs = screen_one(ref, catalogue, sites["cite"], case_type="PC", danger=None)
    v, rec = verdicts_of(cs)
    assert "risques" in v["R19"]["motif"] and "non fournie" in v["R19"]["motif"]
    assert "péril" in v["R12"]["motif"]
    assert {"R12", "R19"} <= set(rec["regles_donnee_manquante"])
    # within 2 km of a terril the height decides R09: it is asked for
    v, rec = verdicts_of(screen_one(ref, catalogue, sites["near_terril"], case_type="PC", danger=None))
    assert "hauteur non renseignée" in v["R09"]["motif"] and "R09" in rec["regles_donnee_manquante"]
    assert v["R19"]["recommandation"]  # missing data still tells what to check


def test_motif_danger_list_names_the_element(ref, catalogue, sites):
    cs = screen_one(ref, catalogue, sites["near_el_hors"], case_type="PC", danger={sites["near_el_id"]})
    v, _ = verdicts_of(cs)
    assert v["R12"]["verdict"] == "à vérifier"
    assert sites["near_el_id"] in v["R12"]["motif"]


# --------------------------------------------------------------------------- overall severity, consultations


def _expected_overall(cat_yaml, fired, failed=()):
    # issue 15: a «bloquant» rule that is only «à vérifier» weighs «majeur»; «bloquant» needs «non conforme»
    def weight(r):
        sev = cat_yaml[r]["severite"]
        return "majeur" if sev == "bloquant" and r not in failed else sev

    sev = max((weight(r) for r in fired), key=SEVERITY_ORDER.index) if fired else "aucune"
    cons = set()
    for r in fired:
        cons |= set(cat_yaml[r].get("consultations", []))
    return sev, cons


def test_pd_in_bien_exact_rules_severity_consultations(ref, catalogue, cat_yaml, sites):
    # cite point: in the Bien, > 800 m from monuments, no terril, not in the terrils of the ZT
    cs = screen_one(ref, catalogue, sites["cite"], case_type="PD", danger=set())
    v, rec = verdicts_of(cs)
    fired = {r for r, x in v.items() if x["verdict"] in FIRED}
    assert fired == {"R01", "R05"}
    assert v["R05"]["verdict"] == "à vérifier"  # issue 14: not excluded a priori (002 l. 672), asked with its method
    sev, cons = _expected_overall(cat_yaml, fired)
    assert rec["severite_globale"] == sev == "majeur"
    assert set(rec["consultations"]) == cons
    assert len(rec["consultations"]) == len(set(rec["consultations"]))  # «Mission Bassin Minier» once


def test_several_rules_union_of_consultations(ref, catalogue, cat_yaml, sites):
    works = "Ravalement de façade, démolition de l'annexe"
    cs = screen_one(
        ref,
        catalogue,
        sites["cite"],
        case_type="PC",
        works=works,
        danger={sites["cite_id"]},
        layers={"risques": np.array([BIG])},
    )
    v, rec = verdicts_of(cs)
    fired = {r for r, x in v.items() if x["verdict"] in FIRED}
    # R01 Bien, R05 démolition, R06 façade/extension in a cité, R12 on the danger list, R19 risks
    assert fired == {"R01", "R05", "R06", "R12", "R19"}
    sev, cons = _expected_overall(cat_yaml, fired)
    assert rec["severite_globale"] == sev
    assert set(rec["consultations"]) == cons
    assert len(rec["consultations"]) == len(cons)
    # no terril or headframe within 2 km: the height is not asked for, only the optional view-cone layer could decide
    assert v["R09"]["verdict"] == "donnée manquante" and "cônes de vue" in v["R09"]["motif"]
    assert "hauteur" not in v["R09"]["motif"]
    # records are ordered: what fired first, the most severe first (R12 «bloquant» on the danger list)
    assert rec["verdicts"][0]["verdict"] == "à vérifier" and rec["verdicts"][0]["regle"] == "R12"


def test_only_information_rules_give_information(ref, catalogue, sites):
    cs = screen_one(ref, catalogue, sites["far"], case_type="DP", danger=set(), layers={"risques": np.array([BIG])})
    v, rec = verdicts_of(cs)
    assert {r for r, x in v.items() if x["verdict"] in FIRED} == {"R19"}
    assert rec["severite_globale"] == "information"
    assert rec["consultations"] == ["DDTM"]


def test_nothing_fired_means_no_severity(ref, catalogue, sites):
    cs = screen_one(ref, catalogue, sites["far"], case_type="PD", danger=set())
    v, rec = verdicts_of(cs)
    # without the site classé layer R04 cannot clear a place far from the known terrils (issue 14), nor R21 without the
    # PDA layer (issue 25: a PDA of a monument outside our data may cover it)
    assert {r for r, x in v.items() if x["verdict"] != "non applicable"} == {"R04", "R21"}
    assert v["R04"]["verdict"] == v["R21"]["verdict"] == "donnée manquante"
    cs = screen_one(
        ref,
        catalogue,
        sites["far"],
        case_type="PD",
        danger=set(),
        layers={"site_classe_terrils": local(sites["terril"]), "pda": local(sites["terril"])},
    )
    v, rec = verdicts_of(cs)
    assert all(x["verdict"] == "non applicable" for x in v.values())  # none concerns it: none says «conforme»
    assert rec["severite_globale"] == "aucune"
    assert rec["consultations"] == []


def test_output_is_deterministic(ref, catalogue, sites):
    geoms = [sites[k] for k in ("cite", "terril", "zt", "mid", "near_chev", "far")]
    kw = dict(
        case_type=["PC", "PA", "plu", "projet", "PC", "DP"],
        works=["façade, démolition", "terrassement", "", "", "", "clôture"],
        nature=["", "", "", "éolienne", "", ""],
        height_m=[12, None, None, 90, 30, None],
    )
    out = []
    for _ in range(2):
        cs = screen_cases(
            geoms,
            ref,
            catalogue,
            user_layers={"cones_de_vue": local(sites["zt"], 500)},
            danger_list={sites["cite_id"]},
            **kw,
        )
        out.append(
            json.dumps(
                [cs.record(i, include_non_applicable=True) for i in range(cs.n)],
                ensure_ascii=False,
                sort_keys=True,
                default=str,
            )
        )
        out.append(cs.table().to_csv(index=False))
    assert out[0] == out[2]
    assert out[1] == out[3]


# --------------------------------------------------------------------------- unusable geometry


@pytest.mark.parametrize(
    "geom", [None, shapely.Point(), shapely.Polygon()], ids=["none", "point_vide", "polygone_vide"]
)
def test_error_geometry_gives_missing_data_not_conforme(ref, catalogue, geom):
    cs = screen_cases([geom], ref, catalogue, case_type="PD", works="démolition", danger_list=set())
    assert cs.screening.zone[0] == "erreur"
    v, rec = verdicts_of(cs)
    applicable = [r for r, x in v.items() if x["verdict"] != "non applicable"]
    assert applicable, "des règles s'appliquent aux PD"
    for r in applicable:
        assert v[r]["verdict"] == "donnée manquante", (r, v[r])
    assert "conforme" not in {x["verdict"] for x in v.values()}
    assert v["R01"]["verdict"] == "donnée manquante"
    assert "géométrie" in v["R01"]["motif"]
    assert v["R02"]["verdict"] == "non applicable"  # type still decides applicability


def test_error_geometry_in_a_batch_does_not_affect_others(ref, catalogue, sites):
    cs = screen_cases([sites["cite"], None, sites["far"]], ref, catalogue, case_type="PD", danger_list=set())
    t = results_table(cs.rules)
    assert len(t) == 3
    assert "R05" in t["regles"].iloc[0].split(";")
    assert "R01" in t["regles_donnee_manquante"].iloc[1].split(";")
    assert t["regles"].iloc[2] == ""


# --------------------------------------------------------------------------- three-valued logic

LOGIC_RULES = {
    # name: (condition, expected verdict at the «far» point with no cones layer)
    # atoms there: zone bien = F, zone hors = T, couche cones = U
    "L01": ({"un_parmi": [{"zone": ["bien"]}, {"couche_utilisateur": {"couche": "cones_de_vue"}}]}, "donnée manquante"),
    "L02": ({"un_parmi": [{"couche_utilisateur": {"couche": "cones_de_vue"}}, {"zone": ["bien"]}]}, "donnée manquante"),
    "L03": ({"tous": [{"zone": ["bien"]}, {"couche_utilisateur": {"couche": "cones_de_vue"}}]}, "conforme"),
    "L04": ({"tous": [{"couche_utilisateur": {"couche": "cones_de_vue"}}, {"zone": ["bien"]}]}, "conforme"),
    "L05": ({"aucun": [{"couche_utilisateur": {"couche": "cones_de_vue"}}]}, "donnée manquante"),
    "L06": ({"un_parmi": [{"couche_utilisateur": {"couche": "cones_de_vue"}}, {"zone": ["hors"]}]}, "à vérifier"),
    "L07": ({"tous": [{"zone": ["hors"]}, {"couche_utilisateur": {"couche": "cones_de_vue"}}]}, "donnée manquante"),
    "L08": ({"aucun": [{"zone": ["bien"]}]}, "à vérifier"),
    "L09": ({"aucun": [{"zone": ["hors"]}]}, "conforme"),
    "L10": ({"aucun": [{"zone": ["bien"]}, {"couche_utilisateur": {"couche": "cones_de_vue"}}]}, "donnée manquante"),
    "L11": ({"aucun": [{"zone": ["hors"]}, {"couche_utilisateur": {"couche": "cones_de_vue"}}]}, "conforme"),
    "L12": (
        {
            "tous": [
                {"zone": ["hors"]},
                {"aucun": [{"tous": [{"zone": ["hors"]}, {"couche_utilisateur": {"couche": "cones_de_vue"}}]}]},
            ]
        },
        "donnée manquante",
    ),
}


@pytest.fixture(scope="module")
def logic_catalogue(tmp_path_factory):
    doc = {
        "catalogue": "Catalogue de test logique",
        "version": "0.1",
        "regles": [
            {
                "id": rid,
                "titre": f"Règle {rid}",
                "explication": "Règle de test de la logique à trois valeurs.",
                "fondement": [{"nature": "proposition à confirmer", "texte": "règle de test unitaire"}],
                "questions": ["La logique à trois valeurs est-elle respectée ?"],
                "s_applique_a": ["PC"],
                "condition": cond,
                "severite": "majeur",
                "verdict_si_vrai": "à vérifier",
                "facteurs_unesco": ["13"],
                "recommandation": "Aucune.",
                # every atom is a requirement: false reads «conforme», so that F and U stay apart in these tests
                "exigences": ["zone", "couche_utilisateur"],
            }
            for rid, (cond, _) in LOGIC_RULES.items()
        ],
    }
    path = tmp_path_factory.mktemp("logique") / "logique.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return load_catalogue_file(path)


def test_three_valued_logic(ref, logic_catalogue, sites):
    cs = screen_cases([sites["far"], sites["far"]], ref, logic_catalogue, case_type="PC")
    assert cs.screening.zone[0] == "hors"
    for i in range(2):
        v, _ = verdicts_of(cs, i)
        got = {r: v[r]["verdict"] for r in LOGIC_RULES}
        assert got == {r: e for r, (_, e) in LOGIC_RULES.items()}


def test_three_valued_logic_with_the_layer_given(ref, logic_catalogue, sites):
    """With the layer present (and covering), unknown becomes true: no «donnée manquante» left."""
    cs = screen_cases(
        [sites["far"]], ref, logic_catalogue, case_type="PC", user_layers={"cones_de_vue": np.array([BIG])}
    )
    v, _ = verdicts_of(cs)
    assert v["L01"]["verdict"] == "à vérifier"
    assert v["L03"]["verdict"] == "conforme"
    assert v["L05"]["verdict"] == "conforme"
    assert v["L07"]["verdict"] == "à vérifier"
    assert v["L10"]["verdict"] == "conforme"
    assert v["L12"]["verdict"] == "conforme"
    assert "donnée manquante" not in {x["verdict"] for x in v.values()}


def test_three_valued_logic_mixed_batch(ref, logic_catalogue, sites):
    """Short-circuit masks: cases deciding differently in one batch keep their own values."""
    cs = screen_cases([sites["far"], sites["cite"], sites["zt"]], ref, logic_catalogue, case_type="PC")
    zones = [cs.screening.zone[i] for i in range(3)]
    assert zones == ["hors", "bien", "zone_tampon"]
    v_bien, _ = verdicts_of(cs, 1)
    v_zt, _ = verdicts_of(cs, 2)
    assert v_bien["L01"]["verdict"] == "à vérifier"  # T or U = T
    assert v_bien["L03"]["verdict"] == "donnée manquante"  # T and U = U
    assert v_bien["L08"]["verdict"] == "conforme"
    assert v_zt["L01"]["verdict"] == "donnée manquante"
    assert v_zt["L06"]["verdict"] == "donnée manquante"  # U or F
    assert v_zt["L09"]["verdict"] == "à vérifier"


# --------------------------------------------------------------------------- vocabulary (catalogue data)


def test_plural_works_keywords_are_recognised(ref, catalogue, sites):
    cs = screen_cases(
        [sites["cite"], sites["cite"]],
        ref,
        catalogue,
        case_type="PC",
        works=["Démolitions partielles des annexes", "Réfection des façades et des toitures"],
    )
    v0, _ = verdicts_of(cs, 0)
    v1, _ = verdicts_of(cs, 1)
    assert v0["R05"]["verdict"] == "à vérifier"
    assert v1["R06"]["verdict"] == "à vérifier"


# --------------------------------------------------------------------------- vectorisation


def test_vectorised_batch_equals_one_case_at_a_time(ref, catalogue, sites):
    rng = np.random.default_rng(7)
    n = 20000
    x0, y0, x1, y1 = shapely.bounds(shapely.union_all(ref.buffer_zone.geometries))
    geoms = shapely.points(rng.uniform(x0 - 3000, x1 + 3000, n), rng.uniform(y0 - 3000, y1 + 3000, n)).astype(object)
    # a few polygons and unusable items in the mix
    poly_idx = rng.choice(n, 200, replace=False)
    geoms[poly_idx] = shapely.buffer(geoms[poly_idx], 60.0, quad_segs=2)
    geoms[rng.choice(n, 20, replace=False)] = None
    types = rng.choice(["PC", "PD", "PA", "DP", "projet", "plu"], n)
    works_pool = [
        "",
        "démolition",
        "ravalement de façade",
        "remplacement des fenêtres",
        "construction neuve",
        "terrassement",
        "résidentialisation",
        "pose d'une éolienne",
        "clôture et portail",
    ]
    works = rng.choice(works_pool, n)
    natures = rng.choice(
        ["", "bâtiment", "éolienne", "infrastructure", "développement commercial", "élément du Bien"], n
    )
    heights = rng.choice([np.nan, 5.0, 20.0, 120.0], n)
    ids = ref.elements.attributes["identifiant"].to_numpy(dtype=object)
    danger = set(rng.choice(ids, 40, replace=False))
    layers = {
        "cones_de_vue": np.array([shapely.box(x0, y0, (x0 + x1) / 2, y1)]),
        "risques": np.array([shapely.box(x0, (y0 + y1) / 2, x1, y1)]),
        # R14's requirement (an element protected by the PLU) met on half the area: «conforme» there
        "plu_protections_patrimoniales": np.array([shapely.box(x0, y0, x1, (y0 + y1) / 2)]),
    }

    cs = screen_cases(
        geoms,
        ref,
        catalogue,
        case_type=types,
        works=works,
        nature=natures,
        height_m=heights,
        user_layers=layers,
        danger_list=danger,
    )
    table = cs.table()
    assert len(table) == n
    assert (table["catalogue_version"] == catalogue.version).all()
    assert cs.rules.verdicts.shape == (n, len(catalogue.rules))
    # every verdict code of this catalogue occurs, so the comparison below is meaningful; none says «non conforme»
    # (no rule of catalogue 2.x rests on established facts under a law: issue 14); «conforme» comes from the rules
    # that name their exigences (R14 here)
    assert set(np.unique(cs.rules.verdicts)) == {0, 1, 2, 4}

    sample = np.concatenate(
        [rng.choice(n, 45, replace=False), poly_idx[:3], np.flatnonzero(table["zone"] == "erreur")[:2]]
    )
    for i in sample:
        one = screen_cases(
            [geoms[i]],
            ref,
            catalogue,
            case_type=types[i],
            works=works[i],
            nature=natures[i],
            height_m=[heights[i]],
            user_layers=layers,
            danger_list=danger,
        )
        assert (one.rules.verdicts[0] == cs.rules.verdicts[i]).all(), (
            i,
            geoms[i],
            types[i],
            works[i],
            natures[i],
            heights[i],
        )
        assert one.rules.severity[0] == cs.rules.severity[i]
        row = results_table(one.rules).iloc[0]
        for col in ("severite", "regles", "regles_non_conformes", "regles_donnee_manquante"):
            assert row[col] == table[col].iloc[i], (i, col)
    # explanations agree too, for a few
    for i in sample[:10]:
        one = screen_cases(
            [geoms[i]],
            ref,
            catalogue,
            case_type=types[i],
            works=works[i],
            nature=natures[i],
            height_m=[heights[i]],
            user_layers=layers,
            danger_list=danger,
        )
        a = [(v["regle"], v["verdict"], v["motif"]) for v in cs.record(int(i))["verdicts"]]
        b = [(v["regle"], v["verdict"], v["motif"]) for v in one.record(0)["verdicts"]]
        assert a == b


# --------------------------------------------------------------------------- larger catalogues, PDA


def test_results_table_with_more_than_64_rules(ref, sites, tmp_path):
    doc = yaml.safe_load(embedded_catalogue_path().read_text(encoding="utf-8"))
    base = dict(doc["regles"][16])  # R17, any valid rule
    fire = {1, 65}
    doc["regles"] = [
        dict(base, id=f"X{k:02d}", s_applique_a=["PC"], condition={"zone": ["hors"] if k in fire else ["bien"]})
        for k in range(70)
    ]
    path = tmp_path / "grand.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    cat = load_catalogue_file(path)
    cs = screen_cases([sites["far"]], ref, cat, case_type="PC")
    fired = sorted(v["regle"] for v in cs.record(0)["verdicts"] if v["verdict"] in FIRED)
    assert fired == ["X01", "X65"]
    assert results_table(cs.rules)["regles"].iloc[0].split(";") == fired


def test_pda_layer_is_taken_into_account(ref, catalogue, sites):
    # «cite» is more than 800 m from every monument historique; a PDA covering it counts (R21), the circle does not
    cs = screen_one(ref, catalogue, sites["cite"], case_type="PC", layers={"pda": local(sites["cite"], 100)})
    v, _ = verdicts_of(cs)
    assert v["R21"]["verdict"] == "à vérifier" and v["R03"]["verdict"] == "non applicable"
    assert "ABF" in " ".join(v["R21"]["consultations"])


def test_common_phrases_do_not_trigger_unrelated_rules(ref, catalogue, sites):
    works = ["Mise en place d'une clôture", "Le projet porte sur un abri de jardin", "Abattage de deux arbres"]
    cs = screen_cases([sites["cite"]] * 3, ref, catalogue, case_type="DP", works=works, danger_list=set())
    v = [verdicts_of(cs, i)[0] for i in range(3)]
    assert v[0]["R08"]["verdict"] == "non applicable"  # a fence is not a cité-scale public-space programme
    assert v[1]["R06"]["verdict"] == "non applicable"  # «porte sur» is not a door
    assert v[2]["R05"]["verdict"] == "non applicable"  # felling trees is not a demolition


# --------------------------------------------------------------------------- issue 15, point 3: wording of verdicts


def test_a_rule_that_does_not_concern_the_case_says_non_applicable_and_is_folded(ref, catalogue, sites):
    """R05 on a PC without demolition said «conforme» («non concerné : PD»): it does not concern the case."""
    cs = screen_one(ref, catalogue, sites["cite"], case_type="PC", works="Construction d'une véranda")
    v, _ = verdicts_of(cs)
    assert v["R05"]["verdict"] == "non applicable" and v["R05"]["motif"].startswith("non concerné")
    folded = cs.record(0)  # what the fiche and the docks show by default
    assert "R05" not in {x["regle"] for x in folded["verdicts"]} and "R05" in folded["regles_non_applicables"]
    # a demolition in the same place: concerned
    v, _ = verdicts_of(screen_one(ref, catalogue, sites["cite"], case_type="PC", works="Démolition d'une annexe"))
    assert v["R05"]["verdict"] == "à vérifier"
    # a place the rule is not about (issue 25): not concerned either, never «conforme»
    v, _ = verdicts_of(screen_one(ref, catalogue, sites["far"], case_type="PD"))
    assert v["R05"]["verdict"] == "non applicable"


def test_overall_severity_reads_bloquant_only_for_a_rule_that_says_non_conforme(ref, catalogue, cat_yaml, sites):
    cs = screen_one(ref, catalogue, sites["near_el_hors"], case_type="PC", danger={sites["near_el_id"]})
    v, rec = verdicts_of(cs)
    assert v["R12"]["verdict"] == "à vérifier" and cat_yaml["R12"]["severite"] == "bloquant"
    assert rec["severite_globale"] == "majeur"


def test_a_rule_beyond_its_distance_does_not_ask_for_data(ref, catalogue, sites):
    """R09 applies within 2 km of a terril or a headframe: beyond, it does not ask for the height once the view-cone
    layer says the place is in no cone; without that optional layer it lacks it (issue 25), never «conforme»."""
    assert sites["mid_td"] > 2500
    cones = {"cones_de_vue": np.array([ELSEWHERE])}
    v, rec = verdicts_of(screen_one(ref, catalogue, sites["mid"], case_type="PC", layers=cones))
    assert v["R09"]["verdict"] == "non applicable" and "R09" not in rec["regles_donnee_manquante"]
    v, rec = verdicts_of(screen_one(ref, catalogue, sites["mid"], case_type="PC"))
    assert v["R09"]["verdict"] == "donnée manquante" and "R09" in rec["regles_donnee_manquante"]
    assert "couche facultative « cônes de vue » non fournie" in v["R09"]["motif"]
    v, rec = verdicts_of(screen_one(ref, catalogue, sites["near_terril"], case_type="PC"))
    assert v["R09"]["verdict"] == "donnée manquante" and "hauteur" in v["R09"]["motif"]
