"""Style of the layer of PLU changes: one colour per kind of change, openings to urbanisation first."""

from pathlib import Path

from qgis.core import QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsRendererCategory

from ..core.plu.labels import change_kind_words
from ..core.styles import PLU_CHANGE_COLOURS, PLU_FILL_OPACITY
from ..core.vocabulary import PLU_CHANGE_KINDS

#: The colours of the kinds of change, shared with the dock's table and legend (core.styles)
COLORS = PLU_CHANGE_COLOURS


def style_changes_layer(layer) -> None:
    """Style the PLU changes layer by kind of change, in the colours and words of the dock's legend."""
    cats = []
    for key in PLU_CHANGE_KINDS:
        c = COLORS.get(key, "#cccccc")
        rgb = ",".join(str(int(c[k : k + 2], 16)) for k in (1, 3, 5))
        if key.startswith(
            ("information", "territoire")
        ):  # large perimeters: outline only, so the zoning changes stay visible
            symbol = QgsFillSymbol.createSimple(
                {"style": "no", "outline_color": c, "outline_width": "0.8", "outline_style": "dash"}
            )
        else:
            symbol = QgsFillSymbol.createSimple(
                {"color": f"{rgb},{round(PLU_FILL_OPACITY * 255)}", "outline_color": c, "outline_width": "0.4"}
            )
        cats.append(QgsRendererCategory(key, symbol, change_kind_words(key)))
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
