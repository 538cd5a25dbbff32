"""The vectorised paths the sweep takes at a million permits (issue 29), checked against the plain computation they
replace: shapely's ``dwithin`` and ``distance`` pair by pair, a pandas ``groupby`` join, a per-row map. The cases
mix parcels, points and cases sharing one commune geometry (the cases located only by their commune)."""

import numpy as np
import pandas as pd
import pytest
import shapely

from veille_plugin.core.impact.assessment import attribute_words, attribute_words_column
from veille_plugin.core.rules.cases import make_cases
from veille_plugin.core.rules.catalogue import embedded_catalogue_path, load_catalogue_file
from veille_plugin.core.rules.engine import Context, Evaluator, element_mask
from veille_plugin.core.screening import engine as sc


@pytest.fixture(scope="module")
def footprints(ref):
    """Squares and points drawn around the elements, and one commune's geometry given to several cases."""
    rng = np.random.default_rng(29)
    minx, miny, maxx, maxy = shapely.total_bounds(ref.elements.geometries)
    x = rng.uniform(minx - 3000, maxx + 3000, 240)
    y = rng.uniform(miny - 3000, maxy + 3000, 240)
    near = shapely.get_coordinates(shapely.point_on_surface(ref.elements.geometries[:60]))
    x = np.concatenate([x, near[:, 0] + rng.uniform(-700, 700, 60)])
    y = np.concatenate([y, near[:, 1] + rng.uniform(-700, 700, 60)])
    squares = shapely.box(x - 15, y - 15, x + 15, y + 15)
    points = shapely.points(x, y)
    geoms = np.where(np.arange(len(x)) % 3 == 0, points, squares).astype(object)
    on_element = shapely.point_on_surface(ref.elements.geometries[0])
    commune = ref.communes.geometries[ref.communes.tree.query(on_element, predicate="intersects")[0]]
    geoms[::17] = commune  # the same object for every case located by this commune
    geoms[5] = None
    return geoms


def test_near_pairs_and_distances_are_those_of_dwithin_and_distance(ref, footprints):
    res = sc.screen_geometries(footprints, ref, 500.0)
    el = ref.elements.geometries
    ok = np.flatnonzero(~pd.isna(footprints))
    expected = []
    for i in ok:
        for j in np.flatnonzero(shapely.dwithin(footprints[i], el, 500.0)):
            expected.append((i, j, float(shapely.distance(footprints[i], el[j]))))
    got = list(zip(res.near_pairs[0].tolist(), res.near_pairs[1].tolist(), res.near_distances.tolist()))
    assert [(i, j) for i, j, _d in got] == [(i, j) for i, j, _d in expected]  # sorted by input, then element
    assert np.array_equal([d for *_p, d in got], [d for *_p, d in expected])
    touching = set(zip(res.element_pairs[0].tolist(), res.element_pairs[1].tolist()))
    assert touching and all(d == 0.0 for i, j, d in got if (i, j) in touching)
    assert len({i for i, _j, _d in got if footprints[i] is footprints[0]}) > 5  # the shared commune is measured


def test_ids_joined_per_input_as_a_groupby_would(ref):
    rng = np.random.default_rng(7)
    ids = np.array([f"E{k}" for k in range(40)], dtype=object)
    pairs = np.vstack([rng.integers(0, 500, 3000), rng.integers(0, 40, 3000)])  # unsorted, up to a dozen per input
    got = sc.joined_ids(pairs, ids, 520)
    expected = pd.Series(ids[pairs[1]], index=pairs[0]).groupby(level=0).agg(";".join).reindex(range(520))
    assert got.tolist() == expected.fillna("").tolist()
    assert sc.joined_ids(np.empty((2, 0), dtype=np.int64), ids, 3).tolist() == ["", "", ""]


@pytest.mark.parametrize("distance", [2000.0, 10000.0])
@pytest.mark.parametrize("spec", [{"categories": ["terril"]}, {"types": ["Chevalement"]}, {}])
def test_elements_within_a_long_distance_are_those_of_dwithin(ref, footprints, distance, spec):
    cases = make_cases(footprints)
    screening = sc.screen_geometries(footprints, ref, 500.0)
    ev = Evaluator(cases, Context(ref, screening), load_catalogue_file(embedded_catalogue_path()))
    sel = element_mask(ref, spec)
    mask = np.ones(len(footprints), dtype=bool)
    mask[::4] = False  # cases the rule does not look at: not answered
    got = ev.any_within(distance, sel, mask)
    el = ref.elements.geometries[sel]
    for i, geom in enumerate(footprints):
        want = bool(mask[i] and geom is not None and shapely.dwithin(geom, el, distance).any())
        assert got[i] == want, i
    # asked again for every case: the cases answered are kept, the others answered now
    again = ev.any_within(distance, sel, np.ones(len(footprints), dtype=bool))
    assert again[mask].tolist() == got[mask].tolist()
    assert again.sum() >= got.sum()


def test_attribute_words_of_a_column_read_each_value_as_one_by_one():
    values = ["abords de 63Q « Église » (classé)", "composante n° 12 « Fosse »", None, "", float("nan")]
    values = values * 3 + ["espace de vue vers T031 « Transvaal »"]
    assert attribute_words_column(values).tolist() == [attribute_words(v) for v in values]


def test_cases_sharing_one_geometry_get_each_its_answer(ref, footprints):
    res = sc.screen_geometries(footprints, ref, 500.0)
    assert res.shared is not None and len(res.input_tree.geometries) < len(footprints)
    expected = [
        (i, j)
        for i, geom in enumerate(footprints)
        if geom is not None
        for j in np.flatnonzero(shapely.intersects(geom, ref.buffer_zone.geometries))
    ]
    got = list(
        zip(
            res.pairs_with(ref.buffer_zone.geometries)[0].tolist(),
            res.pairs_with(ref.buffer_zone.geometries)[1].tolist(),
        )
    )
    assert got == expected
    layer = np.array([shapely.buffer(footprints[0], 1.0), shapely.buffer(footprints[1], 1.0)], dtype=object)
    facts = sc.pda_facts(res, ref, layer)  # the «périmètres délimités des abords» read through the shared index
    want = [geom is not None and bool(shapely.intersects(geom, layer).any()) for geom in footprints]
    assert facts.inside.tolist() == want
    assert facts.inside[::17].all()


def test_approximate_location_rule_applied_in_one_new_frame():
    from veille_plugin.core.screening.location_precision import apply_approximate_location

    table = pd.DataFrame(
        {
            "zone": ["bien", "hors", "zone_tampon"],
            "elements": ["63A", "", "12B"],
            "regles": ["R01", "", "R03"],
            "severite": ["majeur", "aucune", "information"],
            "distance_element_m": [0.0, 812.5, 3.0],
            "priorite_rang": pd.array([1, 5, 3], dtype="Int64"),
        },
        index=[7, 7, 9],  # kept as given, repeated labels too
    )
    before = table.copy()
    out = apply_approximate_location(table, [True, False, True])
    assert list(out.columns) == list(table.columns) + ["zone_commune"]
    assert out.index.tolist() == [7, 7, 9]
    assert out["zone"].tolist() == ["commune", "hors", "commune"]
    assert out["zone_commune"].tolist() == ["bien", None, "zone_tampon"]
    assert out["elements"].tolist() == ["", "", ""] and out["regles"].tolist() == ["", "", ""]
    assert out["severite"].tolist() == ["à vérifier", "aucune", "à vérifier"]
    assert out["distance_element_m"].tolist() == [0.0, 812.5, 3.0]
    assert str(out["priorite_rang"].dtype) == "Int64"
    pd.testing.assert_frame_equal(table, before)  # the table given is left as it was
