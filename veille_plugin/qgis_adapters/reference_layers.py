"""Load the reference layers into the QGIS project, as one group with readable styles and French labels."""

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFillSymbol,
    QgsLayerTreeGroup,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProject,
    QgsRendererCategory,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

from ..core.i18n import QT_TRANSLATE_NOOP, tr
from ..core.styles import ELEMENT_COLOURS  # shared with the screening note's map

GROUP_NAME = QT_TRANSLATE_NOOP("VeillePatrimoniale", "Bassin minier UNESCO – référence")


def _fill(color, outline, opacity=1.0, style="solid", width="0.3"):
    sym = QgsFillSymbol.createSimple({"color": color, "outline_color": outline, "outline_width": width, "style": style})
    sym.setOpacity(opacity)
    return sym


def _labels(layer, expression, size=8.0, scale_max=50000):
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    fmt = QgsTextFormat()
    fmt.setFont(QFont("Sans Serif"))
    fmt.setSize(size)
    buf = QgsTextBufferSettings()
    buf.setEnabled(True)
    buf.setSize(0.8)
    buf.setColor(QColor("white"))
    fmt.setBuffer(buf)
    settings.setFormat(fmt)
    settings.scaleVisibility = True
    settings.maximumScale = 0
    settings.minimumScale = scale_max
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _style_components(layer):
    layer.renderer().setSymbol(_fill("#f1c40f", "#b7950b", opacity=0.35, width="0.5"))
    _labels(layer, "'n°' || \"no_composante\" || ' – ' || \"nom\"", size=8.5, scale_max=100000)


def _style_buffer(layer):
    layer.renderer().setSymbol(_fill("#5dade2", "#2471a3", opacity=0.25, style="solid", width="0.4"))


def _style_elements(layer):
    cats = []
    for cat, (fill, outline) in ELEMENT_COLOURS.items():
        cats.append(QgsRendererCategory(cat, _fill(fill, outline, opacity=0.8), cat))
    layer.setRenderer(QgsCategorizedSymbolRenderer("categorie", cats))
    _labels(layer, "\"identifiant\" || ' ' || \"nom\"", size=7.5, scale_max=25000)


def _style_erbm(layer):
    layer.renderer().setSymbol(_fill("#fad7a0", "#ca6f1e", opacity=0.5, style="b_diagonal"))
    _labels(layer, "\"nom\"", size=7, scale_max=25000)


def _style_buffer_cites(layer):
    layer.renderer().setSymbol(_fill("#f5cba7", "#a04000", opacity=0.45, style="f_diagonal"))
    _labels(layer, "\"nom\"", size=7, scale_max=25000)


def _style_buffer_terrils(layer):
    layer.renderer().setSymbol(_fill("#a6acaf", "#424949", opacity=0.5))
    _labels(layer, "\"id\" || ' ' || \"nom\"", size=7, scale_max=25000)


def _style_abords(layer):
    layer.renderer().setSymbol(_fill("#8e44ad", "#6c3483", opacity=0.15, style="no", width="0.5"))
    sym = layer.renderer().symbol()
    sym.symbolLayer(0).setStrokeStyle(2)  # Qt.DashLine


def _style_communes(layer):
    layer.renderer().setSymbol(_fill("#ffffff", "#7f8c8d", opacity=1.0, style="no", width="0.25"))
    _labels(layer, "\"nom\"", size=7, scale_max=150000)


def _style_puits(layer):
    layer.renderer().setSymbol(
        QgsMarkerSymbol.createSimple({"name": "circle", "color": "#17202a", "size": "1.4", "outline_color": "white"})
    )


# (gpkg layer, French layer name, style function, visible by default)
LAYERS = (
    ("puits_de_mines", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Anciens puits de mines"), _style_puits, False),
    ("abords_mh", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Abords MH (500 m, calculés)"), _style_abords, True),
    ("elements", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Éléments du Bien (353)"), _style_elements, True),
    ("cites_erbm", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Cités ERBM (hors éléments du Bien)"), _style_erbm, False),
    (
        "terrils_zone_tampon",
        QT_TRANSLATE_NOOP("VeillePatrimoniale", "Terrils de la zone tampon"),
        _style_buffer_terrils,
        False,
    ),
    (
        "cites_zone_tampon",
        QT_TRANSLATE_NOOP("VeillePatrimoniale", "Cités de la zone tampon"),
        _style_buffer_cites,
        False,
    ),
    (
        "composantes",
        QT_TRANSLATE_NOOP("VeillePatrimoniale", "Bien inscrit – composantes (109)"),
        _style_components,
        True,
    ),
    ("zone_tampon", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Zone tampon"), _style_buffer, True),
    ("communes", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Communes du bassin minier"), _style_communes, True),
)


def load_reference_layers(gpkg_path, project=None, version_label: str = "") -> QgsLayerTreeGroup:
    """Add (or refresh) the group of reference layers; return the group."""
    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    old = root.findGroup(tr(GROUP_NAME))
    if old is not None:
        for layer_node in old.findLayers():
            project.removeMapLayer(layer_node.layerId())
        root.removeChildNode(old)
    group = root.insertGroup(0, tr(GROUP_NAME))
    attribution = tr("Source : Mission Bassin Minier / data.gouv.fr / Géo2France – Licence Ouverte 2.0")
    for name, title, style, visible in LAYERS:
        layer = QgsVectorLayer(f"{gpkg_path}|layername={name}", tr(title), "ogr")
        if not layer.isValid():
            continue
        layer.setReadOnly(True)
        style(layer)
        layer.setAttribution(attribution)
        layer.setAbstract(tr("Couche de référence de la Veille patrimoniale. {v}").format(v=version_label))
        layer.setCustomProperty("veille_patrimoniale/reference_layer", name)
        project.addMapLayer(layer, False)
        node = group.addLayer(layer)
        node.setItemVisibilityChecked(visible)
    return group


def add_servitude_abords(group: QgsLayerTreeGroup, ref, project=None):
    """Add to the group the 500 m abords of the monuments known only from the AC1 générateurs of the latest
    servitudes version (:mod:`..core.reference.monuments`), as a memory layer beside the GeoPackage's; the layer,
    or None when the servitudes add no monument."""
    from ..core.reference.monuments import monument_reference
    from .geometry import from_l93_shapely

    project = project or QgsProject.instance()
    view = monument_reference(ref)
    base = len(ref.mh_abords)
    if view is ref or len(view.mh_abords) <= base:
        return None
    attrs = view.mh_abords.attributes.iloc[base:]
    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:2154&field=identifiant:string&field=nom:string&field=protection_mh:string",
        tr("Abords MH des générateurs AC1 (500 m)"),
        "memory",
    )
    l93 = QgsCoordinateReferenceSystem("EPSG:2154")
    features = []
    for (_i, row), geom in zip(attrs.iterrows(), view.mh_abords.geometries[base:]):
        f = QgsFeature(layer.fields())
        f.setAttributes([str(row.get("identifiant")), str(row.get("nom")), str(row.get("protection_mh"))])
        f.setGeometry(from_l93_shapely(geom, l93))
        features.append(f)
    layer.dataProvider().addFeatures(features)
    _style_abords(layer)
    layer.setReadOnly(True)
    layer.setAbstract(tr("Cercles de 500 m des monuments historiques connus par les servitudes AC1 (GPU)."))
    layer.setCustomProperty("veille_patrimoniale/reference_layer", "abords_mh_servitudes")
    project.addMapLayer(layer, False)
    group.insertLayer(0, layer)
    return layer


def find_reference_layer(name: str, project=None):
    """The reference layer of that name in the project, or None."""
    project = project or QgsProject.instance()
    for layer in project.mapLayers().values():
        if layer.customProperty("veille_patrimoniale/reference_layer") == name:
            return layer
    return None


#: Opacity of the reference areas over a basemap: the houses and parcels stay readable under a cité's colour
OVER_BASEMAP_OPACITY = 0.45


def let_basemap_show_through(project=None) -> int:
    """Make the reference group's area layers see-through (a basemap was added under them); returns how many."""
    from qgis.core import QgsProject, QgsVectorLayer

    from .compat import GEOMETRY_POLYGON

    project = project or QgsProject.instance()
    group = project.layerTreeRoot().findGroup(tr(GROUP_NAME))
    changed = 0
    for node in group.findLayers() if group is not None else []:
        layer = node.layer()
        if isinstance(layer, QgsVectorLayer) and layer.geometryType() == GEOMETRY_POLYGON:
            if layer.opacity() > OVER_BASEMAP_OPACITY:
                layer.setOpacity(OVER_BASEMAP_OPACITY)
                layer.triggerRepaint()
                changed += 1
    return changed
