"""Everything a first screening builds lazily in the reference, built ahead (issue 29: the first point screened in
QGIS answers in milliseconds, the reference having been prepared in a background task)."""

import shapely

from ..reference.data import ReferenceData
from .engine import describe, prepare_geometries, screen_geometries


def prepare_for_screening(ref: ReferenceData, distance: float = 500.0) -> None:
    """Screen a point in the Bien, one in the zone tampon and one far away, as the «Analyse» dock and the sweep do:
    the layers are read, their spatial indexes and the partly inscribed cités built, once (cached in ``ref``);
    later screenings only query them."""
    inside = shapely.point_on_surface(ref.components.geometries[0])
    in_buffer = shapely.point_on_surface(ref.buffer_zone.geometries[0])
    xmin, ymin, _xmax, _ymax = shapely.total_bounds(ref.buffer_zone.geometries)
    far = shapely.Point(xmin - 20_000.0, ymin - 20_000.0)
    prepared = prepare_geometries([inside, in_buffer, far], "EPSG:2154", labels=["emprise"] * 3)
    result = screen_geometries(prepared.geometries, ref, distance, ok=prepared.ok, messages=prepared.messages)
    for i in range(3):
        describe(result, ref, i, label="emprise")
