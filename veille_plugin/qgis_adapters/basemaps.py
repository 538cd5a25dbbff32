"""The Géoplateforme basemaps as QGIS layers (XYZ tiles through QGIS's own WMS/WMTS provider), added under the
project's layers in one click, and a non-blocking check that the service answers, so that being offline is said
plainly instead of leaving a blank layer."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDataSourceUri,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsNetworkAccessManager,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QObject, QSize, QTimer, QUrl, pyqtSignal
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..core import config
from ..core.basemaps import BASEMAPS, GEOPLATEFORME_WMTS, basemap, probe_url, tile_url
from ..core.i18n import tr

#: Seconds the reachability check waits for its tile before saying the service is out of reach
PROBE_TIMEOUT_S = 6


def basemap_base_url() -> str:
    """The WMTS address in force: the user's setting, or the Géoplateforme."""
    return config.load_settings().basemap_url or GEOPLATEFORME_WMTS


def basemap_layer(key: str, base_url=None) -> QgsRasterLayer:
    """A raster layer of the basemap ``key`` (XYZ tiles of the WMTS, Web Mercator), with its attribution."""
    bm = basemap(key)
    uri = QgsDataSourceUri()
    uri.setParam("type", "xyz")
    uri.setParam("url", tile_url(bm, base_url or basemap_base_url()))
    uri.setParam("zmin", "0")
    uri.setParam("zmax", str(bm.zmax))
    layer = QgsRasterLayer(bytes(uri.encodedUri()).decode(), tr(bm.title), "wms")
    metadata = layer.metadata()
    metadata.setRights([bm.attribution])
    layer.setMetadata(metadata)
    return layer


def add_basemap(key: str, base_url=None) -> QgsRasterLayer:
    """Add the basemap under every layer of the project (or show it again if it is there) and return it."""
    project = QgsProject.instance()
    layer = basemap_layer(key, base_url)
    for existing in project.mapLayers().values():
        if existing.source() == layer.source():
            node = project.layerTreeRoot().findLayer(existing.id())
            if node is not None:
                node.setItemVisibilityChecked(True)
            return existing
    project.addMapLayer(layer, False)
    root = project.layerTreeRoot()
    root.insertLayer(len(root.children()), layer)  # at the bottom: a background
    return layer


class ReachabilityCheck(QObject):
    """Ask the service for one tile over the basin; ``finished(ok, message)`` says whether it answered, in French."""

    finished = pyqtSignal(bool, str)

    def __init__(self, key: str, base_url=None, timeout_s: float = PROBE_TIMEOUT_S, parent=None):
        super().__init__(parent)
        self.key = key
        self.url = probe_url(basemap(key), base_url or basemap_base_url())
        self.timeout_ms = int(timeout_s * 1000)
        self.reply = None

    def start(self):
        """Send the request (the answer comes through ``finished``)."""
        self.reply = QgsNetworkAccessManager.instance().get(QNetworkRequest(QUrl(self.url)))
        self.reply.finished.connect(self._done)
        QTimer.singleShot(self.timeout_ms, self._too_long)
        return self

    def _too_long(self):
        if self.reply is not None and not self.reply.isFinished():
            self.reply.abort()

    def _done(self):
        reply, self.reply = self.reply, None
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        title = tr(basemap(self.key).title)
        host = QUrl(self.url).host() or self.url
        if reply.error() == QNetworkReply.NetworkError.NoError and status in (None, 200):
            self.finished.emit(True, tr("Fond de plan ajouté : {t}.").format(t=title))
        else:
            self.finished.emit(
                False,
                tr(
                    "Fond de plan « {t} » indisponible : {h} ne répond pas ({e}). Êtes-vous hors ligne ? Les "
                    "analyses n'en ont pas besoin ; la couche s'affichera une fois la connexion rétablie, ou indiquez "
                    "un miroir dans les options de Veille patrimoniale."
                ).format(t=title, h=host, e=reply.errorString() or status),
            )
        reply.deleteLater()


def project_basemaps(project=None) -> list:
    """The plugin's basemap layers of the project that are shown, top first (what a fiche's map may lie on)."""
    project = project or QgsProject.instance()
    layers = {lyr.source(): lyr for lyr in project.mapLayers().values() if lyr.providerType() == "wms"}
    base = basemap_base_url()
    ours = {basemap_layer(bm.key, base).source() for bm in BASEMAPS}
    root = project.layerTreeRoot()
    shown = []
    for node in root.findLayers():
        layer = node.layer()
        if layer is not None and layer.source() in ours and layer.source() in layers and node.isVisible():
            shown.append(layer)
    return shown


def basemap_underlay(layers):
    """``underlay(extent, width_px, height_px)`` for the fiche's PDF map: the layers drawn by QGIS over that
    Lambert-93 rectangle, or None (no layer, or nothing came back: offline). See note_pdf.svg_to_image."""
    if not layers:
        return None

    def underlay(extent, width, height):
        settings = QgsMapSettings()
        settings.setLayers(list(layers))
        settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
        settings.setExtent(QgsRectangle(*extent))
        settings.setOutputSize(QSize(width, height))
        job = QgsMapRendererSequentialJob(settings)
        job.start()
        job.waitForFinished()
        image = job.renderedImage()
        return image if not image.isNull() else None

    underlay.attribution = " ; ".join(dict.fromkeys(r for layer in layers for r in layer.metadata().rights()))
    return underlay


def project_basemap_underlay(project=None):
    """The underlay of the basemaps shown in the project (None when there is none): «when available»."""
    return basemap_underlay(project_basemaps(project))
