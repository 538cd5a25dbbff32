"""Issue 15, point 2: the Géoplateforme basemaps in one click, drawn by QGIS from a local tile server (no Internet),
and being offline said plainly."""

import time

import pytest
from qgis.core import Qgis, QgsApplication, QgsCoordinateReferenceSystem, QgsMapRendererSequentialJob, QgsMapSettings
from qgis.core import QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize
from qgis.PyQt.QtGui import QColor, QImage
from tile_server import TileServer, closed_port_url

TILE_COLOUR = QColor(30, 144, 255)


@pytest.fixture
def tile_png(qgis_app):
    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(TILE_COLOUR)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def _wait(check, seconds=15):
    deadline = time.time() + seconds
    while time.time() < deadline:
        QgsApplication.processEvents()
        if check():
            return True
        time.sleep(0.02)
    return False


def _render(layer) -> QImage:
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
    settings.setExtent(QgsRectangle(683000, 7036000, 687000, 7040000))  # Lens–Liévin
    settings.setOutputSize(QSize(300, 300))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def _share_of(image: QImage, colour: QColor) -> float:
    hits = total = 0
    for y in range(0, image.height(), 10):
        for x in range(0, image.width(), 10):
            c = QColor(image.pixel(x, y))
            total += 1
            hits += abs(c.red() - colour.red()) + abs(c.green() - colour.green()) + abs(c.blue() - colour.blue()) < 30
    return hits / total


@pytest.mark.parametrize("key", ["plan_ign", "orthophotos", "parcelles"])
def test_each_basemap_is_drawn_from_the_tiles_asked_for(plugin, tile_png, key):
    from veille_plugin.core import config
    from veille_plugin.core.basemaps import basemap

    with TileServer(tile_png) as server:
        config.update_settings(basemap_url=server.base_url)
        check = plugin.add_basemap(key)
        outcome = []
        check.finished.connect(lambda ok, text: outcome.append((ok, text)))
        assert _wait(lambda: outcome)
        assert outcome[0][0] and "Fond de plan ajouté" in outcome[0][1]
        layers = [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.providerType() == "wms"]
        assert len(layers) == 1 and layers[0].isValid()
        root = QgsProject.instance().layerTreeRoot()
        assert root.children()[-1].layerId() == layers[0].id()  # under the other layers: a background
        image = _render(layers[0])
        assert _share_of(image, TILE_COLOUR) > 0.9  # the tiles of the server, not a blank map
        bm = basemap(key)
        asked = [r for r in server.requests if r.get("REQUEST") == "GetTile"]
        assert asked and {r["LAYER"] for r in asked} == {bm.layer} and {r["STYLE"] for r in asked} == {bm.style}
        assert {r["TILEMATRIXSET"] for r in asked} == {"PM"} and {r["FORMAT"] for r in asked} == {bm.image_format}
        plugin.add_basemap(key)  # a second click shows the same layer again, no duplicate
        assert len([lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.providerType() == "wms"]) == 1
        assert bm.attribution in layers[0].metadata().rights()


def test_offline_is_said_plainly(plugin):
    from veille_plugin.core import config

    config.update_settings(basemap_url=closed_port_url())
    bar = plugin.iface.messageBar()
    check = plugin.add_basemap("plan_ign")
    outcome = []
    check.finished.connect(lambda ok, text: outcome.append((ok, text)))
    assert _wait(lambda: outcome)
    ok, text = outcome[0]
    assert not ok and "hors ligne" in text and "127.0.0.1" in text and "options" in text
    warnings = bar.get_messages(Qgis.MessageLevel.Warning)
    assert any("indisponible" in m for m in warnings)


def test_the_options_page_sets_the_basemap_address(plugin, monkeypatch):
    from qgis.PyQt.QtWidgets import QMessageBox

    from veille_plugin.core import config
    from veille_plugin.gui.options_page import OptionsPage

    refused = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: refused.append(a[2])))
    page = OptionsPage()
    assert page.ui.editBasemapUrl.placeholderText() == "https://data.geopf.fr/wmts"
    page.ui.editBasemapUrl.setText("https://miroir.intranet.example/wmts")
    page.apply()
    assert config.load_settings().basemap_url == "https://miroir.intranet.example/wmts"
    page.ui.editBasemapUrl.setText("ftp://ailleurs")
    page.apply()
    assert refused and "n'est pas une adresse http(s)" in refused[0]
    assert config.load_settings().basemap_url == "https://miroir.intranet.example/wmts"
    page.ui.editBasemapUrl.clear()
    page.apply()
    assert config.load_settings().basemap_url is None


def test_the_reference_areas_let_the_basemap_show_through(plugin, tile_png):
    """At 1:2,000 a cité was a flat orange fill: with a basemap, the reference areas become see-through."""
    from qgis.core import QgsVectorLayer

    from veille_plugin.core import config
    from veille_plugin.qgis_adapters.compat import GEOMETRY_POLYGON
    from veille_plugin.qgis_adapters.reference_layers import OVER_BASEMAP_OPACITY

    group = plugin.load_reference_layers()
    areas = [
        n.layer()
        for n in group.findLayers()
        if isinstance(n.layer(), QgsVectorLayer) and n.layer().geometryType() == GEOMETRY_POLYGON
    ]
    assert areas and all(layer.opacity() == 1.0 for layer in areas)
    with TileServer(tile_png) as server:
        config.update_settings(basemap_url=server.base_url)
        check = plugin.add_basemap("orthophotos")
        assert _wait(lambda: check.reply is None)
    assert all(abs(layer.opacity() - OVER_BASEMAP_OPACITY) < 1e-9 for layer in areas)


def test_the_fiche_map_lies_on_the_basemap_when_there_is_one(plugin, tile_png, ref, tmp_path):
    """Issue 15, points 2 and 5: the PDF fiche's map is drawn over the basemap shown in the project, with its
    attribution; without a basemap (or offline), the map is the plain one."""
    import shapely

    from veille_plugin.core import config
    from veille_plugin.core.rules.note import note_svg_map
    from veille_plugin.qgis_adapters.basemaps import project_basemap_underlay
    from veille_plugin.qgis_adapters.note_pdf import svg_to_image

    far = shapely.Point(700000, 7090000)  # north of the basin: no reference area, the frame's background only
    svg = note_svg_map(ref, far, 0.0)
    assert project_basemap_underlay() is None
    plain = svg_to_image(svg, scale=1.0)
    with TileServer(tile_png) as server:
        config.update_settings(basemap_url=server.base_url)
        check = plugin.add_basemap("plan_ign")
        assert _wait(lambda: check.reply is None)
        underlay = project_basemap_underlay()
        assert underlay is not None and "© IGN" in underlay.attribution
        over = svg_to_image(svg, scale=1.0, underlay=underlay)
    frame = over.copy(20, 60, 600, 480)
    assert _share_of(frame, TILE_COLOUR) > 0.8  # the tiles under the map
    assert _share_of(plain.copy(20, 60, 600, 480), TILE_COLOUR) == 0
    legend = over.copy(700, 0, 250, 600)
    assert _share_of(legend, TILE_COLOUR) == 0  # the legend panel stays white


def test_a_basemap_chosen_in_the_options_comes_with_the_reference_layers(plugin, tile_png):
    """The options say which Géoplateforme basemap (Plan IGN, aerial photographs, parcels and buildings of the
    cadastre) is added each time the reference layers are loaded; «aucun» adds none."""
    from veille_plugin.core import config
    from veille_plugin.gui.options_page import OptionsPage

    page = OptionsPage()
    combo = page.ui.comboBasemapOnLoad
    assert [combo.itemData(k) for k in range(combo.count())] == [None, "plan_ign", "orthophotos", "parcelles"]
    combo.setCurrentIndex(combo.findData("parcelles"))
    with TileServer(tile_png) as server:
        page.ui.editBasemapUrl.setText(server.base_url)
        page.apply()
        assert config.load_settings().basemap_on_load == "parcelles"
        plugin.load_reference_layers()
        check = plugin.basemap_checks[-1] if plugin.basemap_checks else None
        assert check is None or _wait(lambda: check.reply is None)
    names = [layer.name() for layer in QgsProject.instance().mapLayers().values()]
    assert "Parcelles cadastrales et bâtiments du cadastre (PCI)" in names
    assert OptionsPage().ui.comboBasemapOnLoad.currentData() == "parcelles"  # the choice is remembered
    page.ui.comboBasemapOnLoad.setCurrentIndex(0)
    page.apply()
    assert config.load_settings().basemap_on_load is None
