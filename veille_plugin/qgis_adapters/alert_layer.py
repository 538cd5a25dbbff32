"""The alerts of the register as a map layer (points styled by priority A–F), GeoPackage or PostGIS.

The layer reads the register's ``alerts`` table directly (GeoPackage layer, or PostGIS through a
QgsDataSourceUri where an ``authcfg`` stays an authcfg: QGIS resolves it itself, no password is written in
the project). It is read-only in QGIS: alerts change through the form so that the history is kept.
"""

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsDataSourceUri,
    QgsMarkerSymbol,
    QgsProject,
    QgsRendererCategory,
    QgsVectorLayer,
)

from ..core.alerts.model import PRIORITES
from ..core.i18n import tr
from .compat import WKB_POINT

PROPERTY = "veille_patrimoniale/alerts_layer"
COLORS = {"A": "#b10026", "B": "#e31a1c", "C": "#fc4e2a", "D": "#fd8d3c", "E": "#fed976", "F": "#9acd32"}


def layer_source(target):
    """(uri, provider) of the alerts table of a register target (None: the default GeoPackage)."""
    from ..core.register import default_register_path, is_postgres_target

    if target and is_postgres_target(target):
        text = str(target).strip()
        if text.lower().startswith(("postgresql://", "postgres://")):
            import psycopg2.extensions

            parts = psycopg2.extensions.parse_dsn(text)
            text = " ".join(f"{k}='{v}'" for k, v in parts.items())
        uri = QgsDataSourceUri(text)
        uri.setDataSource("veille", "alerts", "geom", "", "fid")
        uri.setSrid("2154")
        uri.setWkbType(WKB_POINT)
        return uri.uri(False), "postgres"
    path = str(target) if target else str(default_register_path())
    return f"{path}|layername=alerts", "ogr"


def style_alerts_layer(layer: QgsVectorLayer) -> None:
    """Style the alerts layer by priority A–F."""
    cats = []
    for letter, meaning in PRIORITES.items():
        symbol = QgsMarkerSymbol.createSimple(
            {
                "name": "triangle",
                "color": COLORS[letter],
                "outline_color": "#3b0000",
                "size": "4.2" if letter in "AB" else "3.4",
            }
        )
        cats.append(QgsRendererCategory(letter, symbol, f"{letter} — {tr(meaning)}"))
    other = QgsMarkerSymbol.createSimple(
        {"name": "triangle", "color": "#9e9e9e", "outline_color": "#424242", "size": "3"}
    )
    cats.append(QgsRendererCategory(None, other, tr("priorité non renseignée")))
    layer.setRenderer(QgsCategorizedSymbolRenderer("priorite", cats))
    layer.setSubsetString("\"statut\" NOT IN ('sauvegardée', 'perdue', 'levée')")
    layer.setReadOnly(True)


def find_alerts_layer(project=None):
    """The alerts layer of the project, or None."""
    project = project or QgsProject.instance()
    for layer in project.mapLayers().values():
        if layer.customProperty(PROPERTY):
            return layer
    return None


def load_alerts_layer(target, project=None) -> QgsVectorLayer:
    """The alerts layer of this register in the project (added once, on top; reloaded when already there)."""
    project = project or QgsProject.instance()
    uri, provider = layer_source(target)
    layer = find_alerts_layer(project)
    if layer is not None and layer.customProperty(PROPERTY) == uri:
        layer.dataProvider().reloadData()
        layer.triggerRepaint()
        return layer
    if layer is not None:
        project.removeMapLayer(layer.id())
    layer = QgsVectorLayer(uri, tr("Alertes – sites en péril (ouvertes)"), provider)
    if not layer.isValid():
        from ..core.errors import VeilleError

        raise VeilleError(
            tr("Couche des alertes illisible ({u}) : {e}").format(u=uri.split("password")[0], e=layer.error().summary())
        )
    style_alerts_layer(layer)
    layer.setCustomProperty(PROPERTY, uri)
    project.addMapLayer(layer, False)
    project.layerTreeRoot().insertLayer(0, layer)
    return layer
