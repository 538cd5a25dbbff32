"""Verdict wording (issue 25, point 5): a verdict never reads as a clearance it is not.

- a rule that does not concern a case — its works, the object it is about (a monument, a terril, a cité), the place
  (Bien, zone tampon, 500 m circle, PDA, distance) — says «non applicable», never «conforme»; only a rule that names
  its ``exigences`` (what a case it concerns must meet) says «conforme»;
- an optional layer that is not there (``si_absente: faux``) gives «donnée manquante» where the answer depends on it;
- the location summary says what R03, R21, R22 and R23 say about the ABF, with and without the PDA layer;
- statements no stronger than their basis: R21 (works that change the exterior aspect), R26 (a proposal), R04 (the
  2013 intention), the ABF's advisory opinion on cité works outside abords and PDA.

Places are taken from the reference layers by identifier (63V «Cité des Provinces» at Lens, 63Y its school, inscrit,
63AE «Fosse 11-19», classé); expected verdicts follow from the catalogue read as plain YAML and the Code du
patrimoine, never from the engine's output.
"""

import copy
import json
import re

import jsonschema
import numpy as np
import pytest
import shapely
import yaml

from veille_plugin.core.rules.case_screening import KNOWN_USER_LAYERS, screen_cases
from veille_plugin.core.rules.catalogue import embedded_catalogue_path, load_catalogue_file, schema_path
from veille_plugin.core.rules.engine import V_OK
from veille_plugin.core.rules.foundations import foundations_markdown, is_proposal, status_label

FAR = shapely.Point(700000, 7000000)  # more than 10 km from every element, outside the zone tampon
ADVISORY = "ABF – UDAP (avis consultatif, hors abords et PDA)"
COVISIBILITY = "que si le projet est visible du monument ou en même temps que lui"
IN_PDA = "Dans un périmètre délimité des abords (PDA) :"


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue_file(embedded_catalogue_path())


@pytest.fixture(scope="module")
def rules():
    doc = yaml.safe_load(embedded_catalogue_path().read_text(encoding="utf-8"))
    return {r["id"]: r for r in doc["regles"]}


@pytest.fixture(scope="module")
def places(ref):
    a = ref.elements.attributes.reset_index(drop=True)
    geoms = ref.elements.geometries
    index = {ident: k for k, ident in enumerate(a["identifiant"])}
    out = {ident: geoms[index[ident]] for ident in ("63V", "63Y", "63AE")}
    assert a["protection_mh"].iloc[index["63Y"]] == "inscrit" and a["protection_mh"].iloc[index["63AE"]] == "classé"
    assert a["protection_mh"].iloc[index["63V"]] == "aucune" and a["categorie"].iloc[index["63V"]] == "cité minière"
    house = shapely.point_on_surface(out["63V"])
    touched = set(a["identifiant"][shapely.intersects(geoms, house)])
    assert touched == {"63V"}  # a house of the cité, on no monument
    assert 100 < house.distance(out["63Y"]) < 300 and 300 < house.distance(out["63AE"]) < 450
    out["house"] = house
    out["on_63AE"] = shapely.point_on_surface(out["63AE"])
    assert set(a["identifiant"][shapely.intersects(geoms, out["on_63AE"])]) == {"63AE"}
    assert shapely.distance(FAR, shapely.union_all(geoms)) > 10000
    return out


def screen(ref, catalogue, geom, case_type="DP", works="Remplacement des menuiseries", layers=None):
    cs = screen_cases([geom], ref, catalogue, case_type=case_type, works=works, user_layers=layers, danger_list=set())
    rec = cs.record(0, include_non_applicable=True)
    return {v["regle"]: v for v in rec["verdicts"]}, rec


def test_joinery_in_the_cite_des_provinces_reads_no_clearance(ref, catalogue, rules, places):
    """The issue's case: a DP for joinery in the Cité des Provinces at Lens. R22 and R23 said «conforme» («ne touche
    aucun élément»), R21 «conforme» («couche facultative PDA non fournie»), R02 and R25 «conforme» (zone tampon
    rules, for a case in the Bien)."""
    v, rec = screen(ref, catalogue, places["house"])
    for rid in ("R22", "R23", "R02", "R25", "R05", "R24", "R26"):
        assert v[rid]["verdict"] == "non applicable", (rid, v[rid])
        assert v[rid]["motif"].startswith("non concerné") or "ne s'applique pas" in v[rid]["motif"], rid
    assert v["R21"]["verdict"] == "donnée manquante"
    assert "périmètres délimités des abords" in v["R21"]["motif"] and "R21" in rec["regles_donnee_manquante"]
    assert v["R06"]["verdict"] == "à vérifier" and v["R03"]["verdict"] == "à vérifier"
    said = {rid for rid, x in v.items() if x["verdict"] == "conforme"}
    assert said <= {rid for rid, r in rules.items() if r.get("exigences")}, said
    assert not said  # the rules that name exigences are the PLU's, which do not apply to a DP
    folded = screen_cases([places["house"]], ref, catalogue, case_type="DP", works="menuiseries").record(0)
    assert {"R22", "R23"} <= set(folded["regles_non_applicables"])
    assert not {"R22", "R23"} & {x["regle"] for x in folded["verdicts"]}


@pytest.mark.parametrize("where", ["house", "far"])
def test_works_on_a_monument_do_not_concern_a_case_away_from_it(ref, catalogue, places, where):
    v, _ = screen(ref, catalogue, places["house"] if where == "house" else FAR)
    assert v["R22"]["verdict"] == v["R23"]["verdict"] == "non applicable"
    assert "monument historique" in v["R22"]["motif"] and "monument historique" in v["R23"]["motif"]


def test_works_on_a_monument_concern_it_and_the_abords_rules_do_not(ref, catalogue, places):
    v, rec = screen(ref, catalogue, places["on_63AE"], works="Réfection de la toiture")
    assert v["R22"]["verdict"] == "à vérifier" and "63AE" in v["R22"]["motif"]
    assert v["R23"]["verdict"] == "non applicable"  # the monument is classé, not inscrit
    # the abords regime does not apply to the monument itself (L.621-30): R03 and R21 do not concern it
    assert v["R03"]["verdict"] == "non applicable" and v["R21"]["verdict"] == "non applicable"


def test_no_rule_without_exigences_ever_says_conforme(ref, catalogue):
    """Over a spread of cases and every layer given (so that most conditions are decided), «conforme» only comes from
    the rules that name their exigences."""
    rng = np.random.default_rng(25)
    x0, y0, x1, y1 = shapely.total_bounds(ref.buffer_zone.geometries)
    n = 3000
    geoms = shapely.points(rng.uniform(x0 - 5000, x1 + 5000, n), rng.uniform(y0 - 5000, y1 + 5000, n)).astype(object)
    half = np.array([shapely.box(x0, y0, (x0 + x1) / 2, y1)])
    layers = {name: half for name in KNOWN_USER_LAYERS}
    natures = ["", "éolienne", "antenne", "infrastructure", "périmètre UNESCO", "élément du Bien", "zone constructible"]
    cs = screen_cases(
        geoms,
        ref,
        catalogue,
        case_type=rng.choice(["PC", "PD", "PA", "DP", "projet", "plu"], n),
        works=rng.choice(["", "démolition", "menuiseries", "construction neuve", "terrassement"], n),
        nature=rng.choice(natures, n),
        height_m=rng.choice([np.nan, 5.0, 40.0], n),
        user_layers=layers,
        danger_list={"63V", "15A"},
    )
    said = {catalogue.rules[j].id for j in np.flatnonzero((cs.rules.verdicts == V_OK).any(axis=0))}
    allowed = {r.id for r in catalogue.rules if r.data.get("exigences")}
    assert allowed == {"R13", "R14", "R15", "R16", "R17"}
    assert said and said <= allowed, said - allowed


def test_a_rule_without_exigences_reads_non_applicable_where_it_used_to_read_conforme(ref, tmp_path):
    """The same condition, with and without ``exigences``: false on the requirement alone is «conforme» only when the
    rule names it; false on what the rule concerns is «non applicable» either way."""
    doc = yaml.safe_load(embedded_catalogue_path().read_text(encoding="utf-8"))
    r14 = next(r for r in doc["regles"] if r["id"] == "R14")
    without = copy.deepcopy(r14)
    without.pop("exigences")
    without["id"] = "X14"
    doc["regles"] = [r14, without]
    path = tmp_path / "exigences.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    cat = load_catalogue_file(path)
    protected = {"plu_protections_patrimoniales": np.array([shapely.box(0, 0, 1e7, 1e7)])}
    cites = ref.elements.geometries[(ref.elements.attributes["categorie"] == "cité minière").to_numpy()]
    cite = shapely.point_on_surface(cites[0])
    cs = screen_cases([cite, FAR], ref, cat, case_type="plu", nature="élément du Bien", user_layers=protected)
    v = [{x["regle"]: x["verdict"] for x in cs.record(i, include_non_applicable=True)["verdicts"]} for i in range(2)]
    assert v[0] == {"R14": "conforme", "X14": "non applicable"}  # an element of the Bien, protected
    assert v[1] == {"R14": "non applicable", "X14": "non applicable"}  # no element there: not concerned


def test_the_schema_checks_the_exigences(rules):
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    doc = yaml.safe_load(embedded_catalogue_path().read_text(encoding="utf-8"))
    assert not list(validator.iter_errors(doc))
    bad = copy.deepcopy(doc)
    bad["regles"][13]["exigences"] = ["couche_inconnue"]
    assert list(validator.iter_errors(bad))
    # each requirement a rule names is a condition it has
    for rid, rule in rules.items():
        cond = json.dumps(rule["condition"], ensure_ascii=False)
        for key in rule.get("exigences", []):
            assert f'"{key}"' in cond, (rid, key)


# --------------------------------------------------------------------------- optional layers: missing, not «faux»


def test_r21_lacks_the_pda_layer_instead_of_clearing_the_case(ref, catalogue, places):
    v, rec = screen(ref, catalogue, places["house"])
    assert v["R21"]["verdict"] == "donnée manquante"
    assert "couche facultative « périmètres délimités des abords » non fournie" in v["R21"]["motif"]
    assert v["R21"]["questions"] and "PDA" in v["R21"]["questions"][0]  # the first thing to settle
    # with the layer: in a PDA, the ABF's accord; out of every PDA, not concerned
    covering = {"pda": np.array([places["house"].buffer(600)])}
    v, rec = screen(ref, catalogue, places["house"], layers=covering)
    assert v["R21"]["verdict"] == "à vérifier" and "R21" not in rec["regles_donnee_manquante"]
    assert "ABF – UDAP (accord, avis conforme)" in rec["consultations"]
    elsewhere = {"pda": np.array([FAR.buffer(100)])}
    v, _ = screen(ref, catalogue, places["house"], layers=elsewhere)
    assert v["R21"]["verdict"] == "non applicable"


def test_r09_lacks_the_view_cones_beyond_2_km_instead_of_clearing_the_case(ref, catalogue):
    terrils = ref.elements.geometries[(ref.elements.attributes["categorie"] == "terril").to_numpy()]
    assert shapely.distance(FAR, shapely.union_all(terrils)) > 2000
    cs = screen_cases([FAR, FAR], ref, catalogue, case_type="PC", works="silo", height_m=[40.0, 8.0])
    tall, low = (cs.record(i, include_non_applicable=True) for i in range(2))
    verdict = {i: {x["regle"]: x for x in r["verdicts"]}["R09"] for i, r in enumerate((tall, low))}
    assert verdict[0]["verdict"] == "donnée manquante" and "cônes de vue" in verdict[0]["motif"]
    assert verdict[1]["verdict"] == "non applicable"  # under 15 m: not concerned, whatever the cones say
    cones = {"cones_de_vue": np.array([FAR.buffer(50)])}
    v, _ = screen(ref, catalogue, FAR, case_type="PC", works="silo", layers=cones)
    assert v["R09"]["verdict"] == "donnée manquante"  # in a cone, height unknown: the height is asked for now
    assert "hauteur" in v["R09"]["motif"]


# --------------------------------------------------------------------------- the summary says what R03 and R21 say


def _agree(v, text):
    """The summary and the verdicts say the same thing about the ABF."""
    assert "avis de l'ABF requis" not in text
    assert (COVISIBILITY in text) == (v["R03"]["verdict"] == "à vérifier"), text
    assert (IN_PDA in text) == (v["R21"]["verdict"] == "à vérifier"), text


def test_summary_without_the_pda_layer_says_covisibility_and_asks_for_the_pda(ref, catalogue, places):
    v, rec = screen(ref, catalogue, places["house"])
    text = rec["explication"]
    _agree(v, text)
    assert "63Y" in text and "63AE" in text and "covisibilité, à vérifier sur place" in text
    assert "couche des PDA non fournie : vérifier qu'aucun PDA ne remplace ce rayon" in text
    assert all(a["remplace_par_pda"] is None for a in rec["abords_mh"])


def test_summary_inside_a_pda_says_the_accord_without_covisibility(ref, catalogue, places):
    pda = {"pda": np.array([places["house"].buffer(600)])}  # covers the house, 63Y and 63AE
    v, rec = screen(ref, catalogue, places["house"], layers=pda)
    text = rec["explication"]
    _agree(v, text)
    assert v["R03"]["verdict"] == "non applicable"  # both circles are replaced by the PDA
    assert IN_PDA in text and "sans condition de covisibilité" in text and "aspect extérieur" in text
    assert "est remplacé par un périmètre délimité des abords" in text
    assert {a["id"]: a["remplace_par_pda"] for a in rec["abords_mh"]} == {"63Y": True, "63AE": True}


def test_summary_outside_the_pda_that_replaces_a_circle(ref, catalogue, places):
    pda = {"pda": np.array([places["63Y"].buffer(10)])}  # the school's PDA, not reaching the house nor 63AE
    v, rec = screen(ref, catalogue, places["house"], layers=pda)
    text = rec["explication"]
    _agree(v, text)
    assert v["R03"]["verdict"] == "à vérifier" and "63AE" in v["R03"]["motif"]  # the Fosse 11-19 has no PDA
    assert v["R21"]["verdict"] == "non applicable"
    covisibility = next(s for s in re.split(r"(?<=\.) ", text) if "sans périmètre délimité des abords" in s)
    assert "63AE" in covisibility and "63Y" not in covisibility
    assert "Hors de tout PDA" in text
    assert {a["id"]: a["remplace_par_pda"] for a in rec["abords_mh"]} == {"63Y": True, "63AE": False}


@pytest.mark.parametrize("layers", [None, {"pda": np.array([FAR.buffer(100)])}], ids=["sans_pda", "pda_ailleurs"])
def test_summary_on_the_monument_itself_says_the_monuments_regime(ref, catalogue, places, layers):
    v, rec = screen(ref, catalogue, places["on_63AE"], works="Réfection de la toiture", layers=layers)
    text = rec["explication"]
    _agree(v, text)
    assert "63AE « Fosse 11-19 » : monument historique classé" in text
    assert "autorisation du préfet de région (DRAC)" in text and v["R22"]["verdict"] == "à vérifier"


def test_summary_far_from_every_monument(ref, catalogue):
    v, rec = screen(ref, catalogue, FAR)
    _agree(v, rec["explication"])
    assert "Hors du rayon de 500 m des éléments protégés" in rec["explication"]
    v, rec = screen(ref, catalogue, FAR, layers={"pda": np.array([FAR.buffer(100)])})
    _agree(v, rec["explication"])
    assert v["R21"]["verdict"] == "à vérifier" and IN_PDA in rec["explication"]  # a PDA reaches beyond 500 m


# --------------------------------------------------------------------------- statements no stronger than their basis


def test_r21_speaks_of_works_that_change_the_exterior_aspect(rules):
    text = json.dumps(rules["R21"], ensure_ascii=False)
    assert "tous les travaux" not in text
    assert "aspect extérieur" in rules["R21"]["explication"]
    assert "aspect extérieur" in rules["R03"]["explication"]
    assert rules["R21"]["consultations"] == ["ABF – UDAP (accord, avis conforme)"]  # one consultation, not two halves


def test_r26_is_a_proposal(catalogue, rules):
    r26 = next(r for r in catalogue.rules if r.id == "R26")
    assert is_proposal(r26) and status_label(r26) == "proposition à confirmer"
    page = foundations_markdown(catalogue)
    row = next(line for line in page.splitlines() if line.startswith("| **R26**"))
    assert "| proposition à confirmer |" in row


def test_r04_does_not_say_every_terril_of_the_bien_is_classe(rules):
    assert "tous ceux du Bien" not in rules["R04"]["explication"]
    assert "2013" in rules["R04"]["explication"]
    assert any(f.get("lignes") == "224" for f in rules["R04"]["fondement"])


def test_cite_works_outside_abords_and_pda_list_the_abfs_advisory_opinion(ref, catalogue, rules, places):
    for rid in ("R05", "R06", "R07", "R08", "R25", "R26"):
        assert ADVISORY in rules[rid]["consultations"], rid
        assert "ABF – UDAP" not in rules[rid]["consultations"], rid  # never the bare name, which reads as an accord
    for rid, rule in rules.items():
        for c in rule.get("consultations", []):
            assert c.count("(") == c.count(")"), (rid, c)  # a comma in a YAML list cut «(accord, avis conforme)»
    # a DP in a cité far from every monument: the advisory opinion, no accord
    cites = ref.elements.geometries[(ref.elements.attributes["categorie"] == "cité minière").to_numpy()]
    monuments = ref.elements.geometries[ref.elements.attributes["protection_mh"].isin(["classé", "inscrit"]).to_numpy()]
    far_cite = next(
        p for p in shapely.point_on_surface(cites) if shapely.distance(p, shapely.union_all(monuments)) > 800
    )
    v, rec = screen(ref, catalogue, far_cite, works="Isolation par l'extérieur", layers={"pda": np.array([FAR])})
    assert v["R06"]["verdict"] == "à vérifier"
    assert ADVISORY in rec["consultations"]
    assert not any("accord" in c for c in rec["consultations"])
