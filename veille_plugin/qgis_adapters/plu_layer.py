"""Style of the layer of PLU changes: one colour per kind of change, openings to urbanisation first."""
from qgis.core import QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsRendererCategory

from ..core.i18n import tr
from ..core.plu.diff import CATEGORIES

COLORS = {
    "ouverture_urbanisation": "#d7191c", "retour_agricole_naturel": "#1a9641", "changement_type": "#fdae61", "changement_libelle": "#abd9e9",
    "territoire_retire": "#bababa", "territoire_ajoute": "#878787", "prescription_supprimee": "#7b3294", "prescription_ajoutee": "#c2a5cf",
    "information_supprimee": "#e66101", "information_ajoutee": "#fdb863",
}


def style_changes_layer(layer) -> None:
    cats = []
    for key, label in CATEGORIES.items():
        c = COLORS.get(key, "#cccccc")
        rgb = ",".join(str(int(c[k:k + 2], 16)) for k in (1, 3, 5))
        if key.startswith(("information", "territoire")):  # large perimeters: outline only, so the zoning changes stay visible
            symbol = QgsFillSymbol.createSimple({"style": "no", "outline_color": c, "outline_width": "0.8", "outline_style": "dash"})
        else:
            symbol = QgsFillSymbol.createSimple({"color": f"{rgb},150", "outline_color": c, "outline_width": "0.4"})
        cats.append(QgsRendererCategory(key, symbol, tr(label)))
    layer.setRenderer(QgsCategorizedSymbolRenderer("categorie", cats))


def layer_file_sources(layers) -> tuple:
    """(paths to read, names of layers without a file) for QGIS vector layers: a GeoPackage layer gives
    «file.gpkg» (every table of the plan is read from it), a shapefile or GeoJSON its file."""
    from qgis.core import QgsProviderRegistry

    paths, refused = [], []
    for layer in layers:
        parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source()) if layer.providerType() == "ogr" else {}
        path = parts.get("path")
        if not path:
            refused.append(layer.name())
        elif path not in paths:
            paths.append(path)
    return paths, refused
