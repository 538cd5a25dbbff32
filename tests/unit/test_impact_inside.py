"""Issue 29: «wholly inside the elements it touches» decided pair by pair, the union only for cases astride
elements; same answers as against the union of every element touched."""

import numpy as np
import shapely

from veille_plugin.core.impact import assessment


def test_cases_inside_one_element_astride_two_or_beyond_them(ref):
    el = ref.elements.geometries
    a, b = np.flatnonzero(shapely.area(el) > 20_000)[:2]  # two elements of some size
    box_a = shapely.box(*shapely.bounds(el[a]))
    inner = shapely.buffer(el[a], -2.0)  # within the element
    astride = shapely.union_all([shapely.buffer(el[a], -1.0), shapely.buffer(el[b], -1.0)])  # two elements, in them
    beyond = shapely.buffer(box_a, 50.0)  # reaches out of the element
    commune = ref.communes.geometries[0]
    point = shapely.point_on_surface(el[a])
    geoms = np.array([inner, astride, beyond, el[a], commune, point, None], dtype=object)
    res = shapely.STRtree(el).query(geoms, predicate="intersects")
    order = np.lexsort((res[1], res[0]))
    touched = np.vstack([res[0][order], res[1][order]])
    inside = assessment._inside_elements(geoms, touched, ref)
    assert inside.tolist() == [True, True, False, True, False, True, False]
    wanted = np.array([False, True, True, True, True, True, True])
    assert assessment._inside_elements(geoms, touched, ref, wanted).tolist()[0] is False  # not asked: not measured
