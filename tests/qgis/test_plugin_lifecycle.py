"""Plugin lifecycle in QGIS (pytest-qgis, offscreen): what initGui adds, unload removes."""

from qgis.core import QgsApplication, QgsProject
from qgis.gui import QgsDockWidget


def test_pytest_qgis_canary(qgis_app, qgis_iface):
    # pytest-qgis states support from QGIS 3.34; this canary fails first if 3.22 stops working with it
    assert qgis_iface.mapCanvas() is not None
    assert QgsApplication.instance() is not None


def test_init_gui_registers_everything_and_dock_is_lazy_and_hidden(plugin, qgis_iface):
    assert QgsApplication.processingRegistry().providerById("veille_patrimoniale") is not None
    assert QgsApplication.processingRegistry().algorithmById("veille_patrimoniale:analyser_couche") is not None
    texts = [a.text() for a in plugin.actions]
    assert "Charger les couches de référence" in texts and "Analyse de localisation" in texts
    assert plugin.analysis_dock is None  # created on first use only
    dock = plugin.toggle_analysis_dock(True)
    assert isinstance(dock, QgsDockWidget) and not dock.isHidden()
    assert dock in qgis_iface.mainWindow().findChildren(QgsDockWidget)


def test_unload_leaves_nothing_behind(real_docking, qgis_new_project):
    from veille_plugin import classFactory

    p = classFactory(real_docking)
    p.initGui()
    p.toggle_analysis_dock(True)
    dock = p.analysis_dock
    p.unload()
    assert QgsApplication.processingRegistry().providerById("veille_patrimoniale") is None
    assert p.actions == [] and p.toolbar is None and p.analysis_dock is None and p.locator_filter is None
    assert dock.parent() is None
    # a second load after unload works (no object-name collision)
    p2 = classFactory(real_docking)
    p2.initGui()
    p2.toggle_analysis_dock(True)
    p2.unload()


def test_load_reference_layers_adds_a_styled_group(plugin):
    group = plugin.load_reference_layers()
    names = [n.layer().name() for n in group.findLayers()]
    assert "Bien inscrit – composantes (109)" in names and "Zone tampon" in names and "Éléments du Bien (353)" in names
    layers = {n.layer().customProperty("veille_patrimoniale/reference_layer"): n.layer() for n in group.findLayers()}
    assert layers["composantes"].featureCount() == 109
    assert layers["elements"].featureCount() == 353
    assert layers["elements"].crs().authid() == "EPSG:2154"
    assert layers["elements"].renderer().type() == "categorizedSymbol"
    assert {c.value() for c in layers["elements"].renderer().categories()} == {
        "bâti",
        "cité minière",
        "terril",
        "cavalier",
        "espace néo-naturel",
    }
    assert layers["elements"].readOnly()
    assert "Licence Ouverte" in layers["composantes"].attribution()
    # loading twice replaces the group instead of duplicating layers
    plugin.load_reference_layers()
    assert len([lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.name() == "Zone tampon"]) == 1


def test_analysis_dock_screens_a_point_and_a_selection(plugin, ref):
    import shapely
    from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    dock = plugin.toggle_analysis_dock(True)
    el = ref.elements.attributes
    i = int(el.index[el["identifiant"] == "42A"][0])
    p = shapely.point_on_surface(ref.elements.geometries[i])
    record = dock.analyse_geometries(
        [QgsGeometry.fromPointXY(QgsPointXY(p.x, p.y))], QgsCoordinateReferenceSystem("EPSG:2154")
    )
    assert record["zone"] == "bien"
    assert "42A" in [e["id"] for e in record["elements_intersectes"]]
    assert "Dans le Bien" in dock.ui.lblZone.text()
    tops = [dock.ui.treeResults.topLevelItem(k).text(0) for k in range(dock.ui.treeResults.topLevelItemCount())]
    assert any(t.startswith("Éléments touchés (") for t in tops)
    assert "42A" in dock.ui.txtExplanation.toPlainText()

    # selection of a memory layer in WGS84, two features far apart: their union is screened
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "projet", "memory")
    feats = []
    for wkt in ("POLYGON((2.30 50.20, 2.31 50.20, 2.31 50.21, 2.30 50.21, 2.30 50.20))",):
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    QgsProject.instance().addMapLayer(layer)
    layer.selectAll()
    plugin.iface.setActiveLayer(layer)
    geoms = [f.geometry() for f in layer.getSelectedFeatures()]
    record = dock.analyse_geometries(geoms, layer.crs())
    assert record["zone"] == "hors"
    assert record["element_le_plus_proche"]["distance_m"] > 1000


def test_processing_algorithm_adds_screening_attributes(plugin, qgis_processing, ref, tmp_path):
    import processing
    import shapely
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:2154&field=nom:string", "cas", "memory")
    zt_point = shapely.point_on_surface(ref.buffer_zone.geometries[0])
    el_point = shapely.point_on_surface(ref.elements.geometries[0])
    feats = []
    for name, geom in (("element", el_point), ("zone tampon", zt_point), ("sans géométrie", None)):
        f = QgsFeature(layer.fields())
        f.setAttributes([name])
        if geom is not None:
            f.setGeometry(QgsGeometry.fromWkt(geom.wkt))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    out = processing.run("veille_patrimoniale:analyser_couche", {"INPUT": layer, "DISTANCE": 200, "OUTPUT": "memory:"})[
        "OUTPUT"
    ]
    rows = {f["nom"]: f for f in out.getFeatures()}
    assert rows["element"]["bm_zone"] == "bien"
    assert ref.elements.attributes["identifiant"][0] in rows["element"]["bm_elements"].split(";")
    zt_inside_bien = any(shapely.intersects(zt_point, g) for g in ref.components.geometries)
    assert rows["zone tampon"]["bm_zone"] == ("bien" if zt_inside_bien else "zone_tampon")
    assert rows["sans géométrie"]["bm_zone"] == "erreur"
    assert "vide" in rows["sans géométrie"]["bm_messages"]


def test_processing_apply_rules_writes_verdicts(plugin, qgis_processing, ref):
    import processing
    import shapely
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    el = ref.elements.attributes
    cite = int(el.index[el["categorie"] == "cité minière"][0])
    p = shapely.point_on_surface(ref.elements.geometries[cite])
    layer = QgsVectorLayer(
        "Point?crs=EPSG:2154&field=num:string&field=typ:string&field=trav:string", "dossiers", "memory"
    )
    feats = []
    for num, typ, trav in (
        ("A", "PD", "démolition d'une maison"),
        ("B", "DP", "pose de panneaux solaires"),
        ("C", "", ""),
    ):
        f = QgsFeature(layer.fields())
        f.setAttributes([num, typ, trav])
        f.setGeometry(QgsGeometry.fromWkt(p.wkt))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    out = processing.run(
        "veille_patrimoniale:appliquer_regles",
        {
            "INPUT": layer,
            "TYPE_FIELD": "typ",
            "WORKS_FIELD": "trav",
            "DEFAULT_TYPE": 4,
            "DISTANCE": 500,
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    rows = {f["num"]: f for f in out.getFeatures()}
    # issue 14: a demolition in a cité is «à vérifier» (no rule says «non conforme» from documents)
    assert "R05" in rows["A"]["bm_regles"].split(";") and not rows["A"]["bm_regles_nc"]
    assert rows["A"]["bm_severite"] in ("majeur", "bloquant")
    assert "R06" in rows["B"]["bm_regles"].split(";") and "R05" not in rows["B"]["bm_regles"]
    assert (
        rows["C"]["bm_zone"] == "bien" and "R05" not in rows["C"]["bm_regles"]
    )  # type «projet», no works: no demolition
    from veille_plugin.core.rules.catalogue import embedded_catalogue_path, load_catalogue_file

    assert rows["A"]["bm_catalogue"] == load_catalogue_file(embedded_catalogue_path()).version
    # issue 25: each case's priority, and the features written most urgent first (the demolition before the panels)
    order = [f["num"] for f in out.getFeatures()]
    assert rows["A"]["bm_priorite_rang"] == 1 and rows["A"]["bm_priorite"].startswith("1")
    assert rows["B"]["bm_priorite_rang"] > rows["A"]["bm_priorite_rang"] and rows["A"]["bm_priorite_172"] == "oui"
    assert order[0] == "A" and "démolition" in rows["A"]["bm_priorite_motif"].lower()


def test_monuments_known_from_the_ac1_generators_get_their_abords_on_the_map(plugin, ref, tmp_path):
    """Issue 26: the 500 m circle of a monument known only from an AC1 générateur (latest servitudes version, fetched
    from a local GPU server) is a layer of the reference group; without a version, no such layer."""
    import datetime as dt
    from functools import partial

    import numpy as np
    import shapely
    from gpu_server import GpuServer

    from veille_plugin.core.crs import l93_to_wgs84
    from veille_plugin.core.feeds.http import http_get
    from veille_plugin.core.feeds.servitudes import fetch_servitudes

    def names():
        group = plugin.load_reference_layers()
        return {n.layer().customProperty("veille_patrimoniale/reference_layer"): n.layer() for n in group.findLayers()}

    assert "abords_mh_servitudes" not in names()
    a = ref.elements.attributes
    k = int(np.flatnonzero((a["categorie"] == "bâti").to_numpy() & (a["protection_mh"] == "aucune").to_numpy())[0])
    geom = ref.elements.geometries[k]
    com = ref.communes
    insee = str(com.attributes["insee"].iloc[com.tree.query(geom.representative_point(), predicate="intersects")[0]])
    feature = {
        "type": "Feature",
        "geometry": shapely.geometry.mapping(l93_to_wgs84(np.array([geom], dtype=object))[0]),
        "properties": {"suptype": "ac1", "idgen": "G1", "nomgen": "Bâtiment FICTIF inscrit", "typegen": "Monument"},
    }
    with GpuServer() as server:
        server.generators = [feature]
        stored = fetch_servitudes(
            [insee], ref, None, server.base_url, partial(http_get, timeout=2, retries=1), dt.date(2027, 1, 5)
        ).path
    try:
        layer = names()["abords_mh_servitudes"]
        (f,) = list(layer.getFeatures())
        assert f["identifiant"] == a["identifiant"].iloc[k] and f["protection_mh"] == "inscrit"
        assert abs(f.geometry().area() - shapely.buffer(geom, 500).area) < 0.01 * shapely.buffer(geom, 500).area
    finally:
        stored.unlink()  # the session's other tests read the servitudes of the configuration folder


def test_processing_apply_rules_draws_the_covisibility_over_the_relief(plugin, qgis_processing, ref):
    """Issue 26: with «Covisibilité», a 150 m turbine 3 km from a terril gets its sight lines through QGIS's network
    stack from a local altimetry server whose every profile crosses a ridge: «masqué par le relief», for R10."""
    import processing
    import shapely
    from altimetry_server import AltimetryServer, ridge
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    el = ref.elements.attributes
    terril = int(el.index[el["categorie"] == "terril"][0])
    centre = shapely.point_on_surface(ref.elements.geometries[terril])
    point = shapely.Point(centre.x + 3000.0, centre.y)
    layer = QgsVectorLayer("Point?crs=EPSG:2154&field=nat:string&field=h:double", "projets", "memory")
    f = QgsFeature(layer.fields())
    f.setAttributes(["éolienne", 150.0])
    f.setGeometry(QgsGeometry.fromWkt(point.wkt))
    layer.dataProvider().addFeatures([f])
    params = {"INPUT": layer, "NATURE_FIELD": "nat", "HEIGHT_FIELD": "h", "DEFAULT_TYPE": 4, "OUTPUT": "memory:"}
    with AltimetryServer(ridge) as server:
        out = processing.run(
            "veille_patrimoniale:appliquer_regles", {**params, "COVISIBILITY": True, "ALTIMETRY_URL": server.url}
        )["OUTPUT"]
        asked = len(server.requests)
    (row,) = list(out.getFeatures())
    assert asked >= 1 and "(R10" in row["bm_covisibilite"] and "masqué par le relief" in row["bm_covisibilite"]
    plain = processing.run("veille_patrimoniale:appliquer_regles", params)["OUTPUT"]
    assert "bm_covisibilite" not in plain.fields().names()  # off by default: the output as before


def test_dock_tool_buttons_drive_the_canvas_map_tool(plugin, qgis_iface):
    dock = plugin.toggle_analysis_dock(True)
    canvas = qgis_iface.mapCanvas()
    dock.ui.btnPickPoint.setChecked(True)
    assert canvas.mapTool() is dock.point_tool
    dock.ui.btnDrawPolygon.setChecked(True)
    assert canvas.mapTool() is dock.polygon_tool and not dock.ui.btnPickPoint.isChecked()
    canvas.unsetMapTool(dock.polygon_tool)
    assert not dock.ui.btnDrawPolygon.isChecked()
