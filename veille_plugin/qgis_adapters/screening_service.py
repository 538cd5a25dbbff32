"""Screen QGIS geometries with the core engine (the docks and tools call this, never the engine directly)."""
import shapely
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsRectangle

from ..core.reference import load_reference
from ..core.screening import describe, screen_geometries
from .geometry import from_l93_shapely, to_l93_shapely


def screen_qgis_geometries(geometries, crs: QgsCoordinateReferenceSystem, distance: float) -> dict:
    """Screen the union of ``geometries`` (a project footprint) and return the described record."""
    ref = load_reference()
    parts = [to_l93_shapely(g, crs) for g in geometries]
    parts = [p for p in parts if p is not None]
    if not parts:
        from ..core.errors import InputError
        from ..core.i18n import tr

        raise InputError(tr("Aucune géométrie à analyser : la sélection est vide ou sans géométrie."))
    geom = parts[0] if len(parts) == 1 else shapely.union_all(parts)
    from ..core.screening import prepare_geometries

    prepared = prepare_geometries([geom], "EPSG:2154", labels=["emprise"])
    result = screen_geometries(prepared.geometries, ref, distance, ok=prepared.ok, messages=prepared.messages)
    record = describe(result, ref, 0, label="emprise")
    record["donnees"] = ref.version
    return record


def element_geometry(identifier: str, dest_crs: QgsCoordinateReferenceSystem):
    """QgsGeometry of an element, component («C12») or ERBM cité, in ``dest_crs``; None if unknown."""
    ref = load_reference()
    for layer, key in ((ref.elements, "identifiant"), (ref.erbm, "identifiant")):
        hits = (layer.attributes[key] == identifier).to_numpy().nonzero()[0]
        if len(hits):
            return from_l93_shapely(layer.geometries[hits[0]], dest_crs)
    if identifier.startswith("C") and identifier[1:].isdigit():
        comps = ref.components
        hits = (comps.attributes["no_composante"] == int(identifier[1:])).to_numpy().nonzero()[0]
        if len(hits):
            return from_l93_shapely(comps.geometries[hits[0]], dest_crs)
    return None


def padded_extent(geometry: QgsGeometry, margin: float = 0.3, minimum: float = 150.0) -> QgsRectangle:
    rect = QgsRectangle(geometry.boundingBox())
    w, h = max(rect.width(), minimum), max(rect.height(), minimum)
    c = rect.center()
    return QgsRectangle(c.x() - w * (0.5 + margin), c.y() - h * (0.5 + margin), c.x() + w * (0.5 + margin), c.y() + h * (0.5 + margin))
