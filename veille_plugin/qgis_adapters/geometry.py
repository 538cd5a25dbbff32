"""QgsGeometry ↔ shapely, through WKB, reprojected to Lambert-93 by QGIS."""

import shapely
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsProject

L93 = QgsCoordinateReferenceSystem("EPSG:2154")


def to_l93_shapely(geometry: QgsGeometry, source_crs: QgsCoordinateReferenceSystem):
    """Shapely geometry in EPSG:2154 from a QgsGeometry in ``source_crs`` (None if empty)."""
    if geometry is None or geometry.isEmpty():
        return None
    g = QgsGeometry(geometry)
    if source_crs.isValid() and source_crs != L93:
        g.transform(QgsCoordinateTransform(source_crs, L93, QgsProject.instance()))
    return shapely.from_wkb(bytes(g.asWkb()))


def from_l93_shapely(geom, dest_crs: QgsCoordinateReferenceSystem) -> QgsGeometry:
    """A QgsGeometry in ``dest_crs`` from a shapely geometry in EPSG:2154."""
    g = QgsGeometry()
    # output_dimension=2: inside the QGIS desktop, QGIS's older GEOS may serve shapely's calls and
    # refuses the default (3) with «WKB output dimension must be 2 or 3» (seen in QGIS 3.22)
    g.fromWkb(shapely.to_wkb(geom, output_dimension=2))
    if dest_crs.isValid() and dest_crs != L93:
        g.transform(QgsCoordinateTransform(L93, dest_crs, QgsProject.instance()))
    return g


def from_l93_wkb(wkb, dest_crs: QgsCoordinateReferenceSystem):
    """QgsGeometry in ``dest_crs`` from a stored EPSG:2154 WKB (a register's ``geom_wkb``); None when there is none."""
    if wkb is None or isinstance(wkb, float):
        return None
    g = QgsGeometry()
    g.fromWkb(bytes(wkb))
    if dest_crs.isValid() and dest_crs != L93:
        g.transform(QgsCoordinateTransform(L93, dest_crs, QgsProject.instance()))
    return g
