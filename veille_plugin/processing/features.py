"""Reading a Processing feature source into arrays for the core (geometries in EPSG:2154, attributes)."""

import numpy as np
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform

from ..core.screening.location_precision import is_approximate
from ..qgis_adapters.geometry import to_l93_shapely

L93 = QgsCoordinateReferenceSystem("EPSG:2154")


def read_source(source, context, feedback, progress_span=30):
    """(features, geometries in EPSG:2154) — None where a feature has no usable geometry."""
    features = list(source.getFeatures())
    crs = source.sourceCrs()
    transform = QgsCoordinateTransform(crs, L93, context.transformContext()) if crs.isValid() and crs != L93 else None
    geoms = np.empty(len(features), dtype=object)
    step = max(1, len(features) // 20)
    for i, f in enumerate(features):
        if feedback.isCanceled():
            return None, None
        g = f.geometry()
        if transform is not None and not g.isEmpty():
            g.transform(transform)
        geoms[i] = to_l93_shapely(g, L93)
        if i % step == 0:
            feedback.setProgress(progress_span * i / max(1, len(features)))
    return features, geoms


def approximate_flags(source, features):
    """One flag per feature: located only approximately (its «localisation» field says «commune», as in the
    register's cases), or None when the layer has no such field (see core.screening.location_precision)."""
    names = {f.name().lower(): f.name() for f in source.fields()}
    name = names.get("localisation")
    if name is None:
        return None
    return is_approximate([f[name] if f[name] is not None else "" for f in features])
