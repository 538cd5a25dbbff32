"""Inputs that cannot fake a verdict (issue 12): a rule whose answer depends on a layer or a list that was not given
answers «donnée manquante», never «conforme» nor any other verdict.

Property, over every rule of the embedded catalogue, every layer and list a rule reads, and a spread of cases (a
point in each element and component of the Bien, points in the zone tampon and beyond, every case type, several
project natures and heights): the case is judged three times, without the data, with the data covering everything
and with data covering nothing. Wherever the two answers with data differ (the data decides), the answer without
it must be «donnée manquante»."""

import numpy as np
import pytest
import shapely

from veille_plugin.core.rules.case_screening import KNOWN_USER_LAYERS, screen_cases
from veille_plugin.core.rules.catalogue import load_catalogue
from veille_plugin.core.rules.engine import V_MISSING

TYPES = ("PC", "PD", "PA", "DP", "projet", "plu")
NATURES = ((None, None), ("éolienne", 150.0), ("antenne", 30.0), ("bâtiment", 12.0), ("périmètre UNESCO", None))


@pytest.fixture(scope="module")
def cases(ref):
    """(points, types, natures, heights): every combination, vectorised."""
    rng = np.random.default_rng(12)
    points = list(shapely.point_on_surface(ref.elements.geometries)[::3])
    points += list(shapely.point_on_surface(ref.components.geometries)[::4])
    xmin, ymin, xmax, ymax = shapely.total_bounds(ref.buffer_zone.geometries)
    points += list(shapely.points(rng.uniform(xmin - 5000, xmax + 5000, 60), rng.uniform(ymin - 5000, ymax + 5000, 60)))
    combos = [(p, t, nat, h) for p in points for t in TYPES for nat, h in NATURES]
    geoms, types, natures, heights = (np.array(col, dtype=object) for col in zip(*combos))
    return geoms, types, natures, heights


def _verdicts(ref, catalogue, cases, user_layers, danger_list) -> np.ndarray:
    geoms, types, natures, heights = cases
    works = np.where(types == "PD", "démolition d'un bâtiment", "construction")
    cs = screen_cases(
        geoms,
        ref,
        catalogue,
        ids=np.arange(len(geoms)).astype(str),
        case_type=types,
        works=works.astype(object),
        nature=natures,
        height_m=heights,
        user_layers=user_layers,
        danger_list=danger_list,
    )
    return cs.rules.verdicts


@pytest.mark.parametrize("data", list(KNOWN_USER_LAYERS) + ["liste des sites en péril"])
def test_a_rule_without_its_data_never_answers_as_if_it_had_it(ref, cases, data):
    catalogue = load_catalogue()
    everything = shapely.box(*(shapely.total_bounds(ref.buffer_zone.geometries) + np.array([-3e4, -3e4, 3e4, 3e4])))
    nothing = shapely.box(0, 0, 1, 1)  # far from the basin
    if data == "liste des sites en péril":
        absent = _verdicts(ref, catalogue, cases, {}, None)
        full = _verdicts(ref, catalogue, cases, {}, set(ref.elements.attributes["identifiant"]))
        empty = _verdicts(ref, catalogue, cases, {}, set())
    else:
        absent = _verdicts(ref, catalogue, cases, {}, set())
        full = _verdicts(ref, catalogue, cases, {data: np.array([everything], dtype=object)}, set())
        empty = _verdicts(ref, catalogue, cases, {data: np.array([nothing], dtype=object)}, set())
    decided_by_data = full != empty
    faked = decided_by_data & (absent != V_MISSING)
    ids = [r.id for r in catalogue.rules]
    declared = _declared_fallbacks(catalogue, data)
    offenders = sorted({ids[j] for j in np.flatnonzero(faked.any(axis=0))} - declared)
    assert not offenders, f"{data} : règles qui répondent sans la donnée : {offenders}"
    if data not in NOT_EXERCISED_HERE:
        assert decided_by_data.any(), f"aucun cas où {data} change la réponse : la propriété ne testerait rien"


#: Layers whose rules need a PLU comparison (zones, openings) that these cases do not build; the PLU tests cover them.
NOT_EXERCISED_HERE = {"plu_protections_patrimoniales", "plu_zones_constructibles"}


def _declared_fallbacks(catalogue, layer: str) -> set:
    """Rules whose catalogue entry says what to do without the layer (a documented default: the 500 m circle of R03
    where no PDA layer is given), which the property leaves to that declaration. An optional layer
    (``si_absente: faux``) is no such default any more (issue 25): without it, R09 and R21 lack it like any rule."""

    def declares(node) -> bool:
        if isinstance(node, dict):
            if layer == "pda" and node.get("abords_sans_pda") is not None:
                return True  # R03: without the PDA layer, the 500 m circle with «vérifier qu'aucun PDA ne le remplace»
            return any(declares(v) for v in node.values())
        if isinstance(node, list):
            return any(declares(v) for v in node)
        return False

    return {rule.id for rule in catalogue.rules if declares(rule.data.get("condition"))}


@pytest.mark.parametrize("data", ["sans données", "toutes les données"])
def test_no_rule_says_non_conforme_without_a_law_basis(ref, cases, data):
    """Verdict levels follow the basis (issue 14): over every rule and the generated cases, with and without the
    layers, «non conforme» only ever comes from a rule founded on a law or a regulation; every fired document-based
    rule says «à vérifier» and has questions to ask."""
    from veille_plugin.core.rules.engine import V_CHECK, V_FAIL
    from veille_plugin.core.rules.foundations import may_say_non_compliant

    catalogue = load_catalogue()
    everything = shapely.box(*(shapely.total_bounds(ref.buffer_zone.geometries) + np.array([-3e4, -3e4, 3e4, 3e4])))
    layers = {} if data == "sans données" else {k: np.array([everything], dtype=object) for k in KNOWN_USER_LAYERS}
    danger = None if data == "sans données" else set(ref.elements.attributes["identifiant"])
    verdicts = _verdicts(ref, catalogue, cases, layers, danger)
    for j, rule in enumerate(catalogue.rules):
        col = verdicts[:, j]
        if not may_say_non_compliant(rule):
            assert not (col == V_FAIL).any(), rule.id
        if (col == V_CHECK).any():
            assert rule.data["questions"], rule.id
    assert (verdicts == V_CHECK).any()
