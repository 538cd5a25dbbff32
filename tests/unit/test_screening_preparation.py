"""Issue 29: the reference prepared ahead of the first screening (QGIS does it in a background task)."""

import shapely

from veille_plugin.core.screening.engine import describe, prepare_geometries, screen_geometries
from veille_plugin.core.screening.preparation import prepare_for_screening


def test_a_prepared_reference_holds_what_the_first_screening_builds_and_screens_the_same(ref):
    prepare_for_screening(ref)
    built = set(vars(ref))
    assert "partly_inscribed_cites" in built
    assert all("tree" in vars(layer) for layer in (ref.components, ref.buffer_zone, ref.elements))
    el = ref.elements.attributes
    point = shapely.point_on_surface(ref.elements.geometries[int(el.index[el["identifiant"] == "42A"][0])])
    prepared = prepare_geometries([point], "EPSG:2154", labels=["emprise"])
    record = describe(screen_geometries(prepared.geometries, ref, 200.0), ref, 0, label="emprise")
    assert record["zone"] == "bien" and "42A" in [e["id"] for e in record["elements_intersectes"]]
    assert set(vars(ref)) == built  # nothing more was built by the screening itself
