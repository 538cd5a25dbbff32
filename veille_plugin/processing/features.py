"""Reading a Processing feature source into arrays for the core (geometries in EPSG:2154, attributes)."""

import numpy as np
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform

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
