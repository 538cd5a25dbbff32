"""Style of the layer of PLU changes: one colour per kind of change, openings to urbanisation first."""

from pathlib import Path

from qgis.core import QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsRendererCategory

from ..core.i18n import tr
from ..core.plu.diff import CATEGORIES

COLORS = {
    "ouverture_urbanisation": "#d7191c",
    "retour_agricole_naturel": "#1a9641",
    "changement_type": "#fdae61",
    "changement_libelle": "#abd9e9",
    "territoire_retire": "#bababa",
    "territoire_ajoute": "#878787",
    "prescription_supprimee": "#7b3294",
    "prescription_ajoutee": "#c2a5cf",
    "information_supprimee": "#e66101",
    "information_ajoutee": "#fdb863",
}


def style_changes_layer(layer) -> None:
    """Style the PLU changes layer by category."""
    cats = []
    for key, label in CATEGORIES.items():
        c = COLORS.get(key, "#cccccc")
        rgb = ",".join(str(int(c[k : k + 2], 16)) for k in (1, 3, 5))
        if key.startswith(
            ("information", "territoire")
        ):  # large perimeters: outline only, so the zoning changes stay visible
            symbol = QgsFillSymbol.createSimple(
                {"style": "no", "outline_color": c, "outline_width": "0.8", "outline_style": "dash"}
            )
        else:
            symbol = QgsFillSymbol.createSimple({"color": f"{rgb},150", "outline_color": c, "outline_width": "0.4"})
        cats.append(QgsRendererCategory(key, symbol, tr(label)))
    layer.setRenderer(QgsCategorizedSymbolRenderer("categorie", cats))


def layer_file_sources(layers, copy_dir=None) -> tuple:
    """(paths to read, names of layers that could not be used) for QGIS vector layers.

    A layer read from a file gives its file (a GeoPackage layer gives «file.gpkg»: every table of the plan is read
    from it; a layer with a subset filter is copied so that the filter applies). Any other layer (memory, WFS,
    PostGIS, a filtered layer…) is copied to a GeoPackage in ``copy_dir`` under its own name, so the CNIG table is
    recognised by its name (``…ZONE_URBA…``) or its fields, in EPSG:2154 or its own CRS.
    """
    import tempfile

    from qgis.core import QgsCoordinateTransformContext, QgsProviderRegistry, QgsVectorFileWriter

    paths, refused = [], []
    for layer in layers:
        parts = (
            QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
            if layer.providerType() == "ogr"
            else {}
        )
        path = parts.get("path")
        if path and not layer.subsetString():
            if path not in paths:
                paths.append(path)
            continue
        copy_dir = copy_dir or tempfile.mkdtemp(prefix="veille_plu_")
        name = "".join(ch if ch.isalnum() or ch in "_-" else "_" for ch in layer.name()) or "couche"
        target = str(Path(copy_dir) / f"{name}.gpkg")
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = name
        error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, target, QgsCoordinateTransformContext(), options)
        if error[0] != QgsVectorFileWriter.WriterError.NoError:
            refused.append(f"{layer.name()} ({error[1]})")
            continue
        paths.append(target)
    return paths, refused
