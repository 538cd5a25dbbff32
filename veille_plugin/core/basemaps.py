"""The public basemaps of the IGN Géoplateforme the plugin offers in one click: Plan IGN (roads, buildings, place
names), aerial photographs, and the cadastral parcels (PCI, with the cadastre's buildings). No key is needed.

Tiles are read as XYZ from the Géoplateforme's WMTS (``TILEMATRIXSET=PM``, Web Mercator), at an address the user
may change in the options (an intranet mirror, or a local tile server in the tests). Nothing here touches the network:
:func:`tile_url` builds the tile template, :func:`probe_url` one real tile over the basin to check that the service
answers before saying it is offline."""

import math
from dataclasses import dataclass
from urllib.parse import urlencode

from .i18n import QT_TRANSLATE_NOOP

#: The Géoplateforme's WMTS (public, no key), the default of the «basemap_url» setting
GEOPLATEFORME_WMTS = "https://data.geopf.fr/wmts"
#: A point of the basin (Lens, WGS 84) whose tile answers the reachability check
PROBE_LONLAT = (2.83, 50.43)
PROBE_ZOOM = 12


@dataclass(frozen=True)
class Basemap:
    """One basemap: its key, French title, WMTS layer, style, image format, deepest zoom and attribution."""

    key: str
    title: str
    layer: str
    style: str
    image_format: str
    zmax: int
    attribution: str


BASEMAPS = (
    Basemap(
        "plan_ign",
        QT_TRANSLATE_NOOP("VeillePatrimoniale", "Plan IGN (rues, bâtiments, noms de lieux)"),
        "GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2",
        "normal",
        "image/png",
        19,
        "© IGN – Plan IGN",
    ),
    Basemap(
        "orthophotos",
        QT_TRANSLATE_NOOP("VeillePatrimoniale", "Photographies aériennes (IGN)"),
        "ORTHOIMAGERY.ORTHOPHOTOS",
        "normal",
        "image/jpeg",
        19,
        "© IGN – BD ORTHO",
    ),
    Basemap(
        "parcelles",
        QT_TRANSLATE_NOOP("VeillePatrimoniale", "Parcelles cadastrales et bâtiments du cadastre (PCI)"),
        "CADASTRALPARCELS.PARCELLAIRE_EXPRESS",
        "PCI vecteur",
        "image/png",
        19,
        "© IGN – DGFiP, Parcellaire Express (PCI)",
    ),
)
BASEMAPS_BY_KEY = {b.key: b for b in BASEMAPS}


def basemap(key: str) -> Basemap:
    """The basemap of ``key`` (``plan_ign``, ``orthophotos``, ``parcelles``); KeyError for another."""
    return BASEMAPS_BY_KEY[key]


def _get_tile(base_url: str, bm: Basemap, z, x, y) -> str:
    query = urlencode(
        {
            "SERVICE": "WMTS",
            "REQUEST": "GetTile",
            "VERSION": "1.0.0",
            "LAYER": bm.layer,
            "STYLE": bm.style,
            "TILEMATRIXSET": "PM",
            "FORMAT": bm.image_format,
        }
    )
    return f"{base_url.rstrip('?')}?{query}&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}"


def tile_url(bm: Basemap, base_url: str = GEOPLATEFORME_WMTS) -> str:
    """The XYZ template of a basemap (``{z}``, ``{x}``, ``{y}`` left for QGIS to fill)."""
    return _get_tile(base_url, bm, "{z}", "{x}", "{y}")


def tile_of(lon: float, lat: float, zoom: int) -> tuple:
    """(x, y) of the Web Mercator tile holding a WGS 84 point at ``zoom``."""
    n = 2**zoom
    x = int((lon + 180.0) / 360.0 * n)
    y = int((1.0 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2.0 * n)
    return x, y


def probe_url(bm: Basemap, base_url: str = GEOPLATEFORME_WMTS) -> str:
    """One real tile over the basin, to check that the service answers."""
    x, y = tile_of(*PROBE_LONLAT, PROBE_ZOOM)
    return _get_tile(base_url, bm, PROBE_ZOOM, x, y)
