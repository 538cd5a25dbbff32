"""Permit imports for the weekly sweep: Sitadel open data, CSV/Excel exports of ADS software, geolocation.

Every reader returns an :class:`ImportResult`: a table with the standard columns
(:data:`STANDARD_COLUMNS`) and French :class:`RowMessage` for every problem, with file and line.
"""

from pathlib import Path
from typing import Union

from ..errors import InputError
from ..i18n import tr
from .model import STANDARD_COLUMNS, ImportResult, RowMessage
from .parcels import LOCALISATIONS, Geolocation, ParcelIndex, geolocate, parse_parcel_column, parse_parcel_refs
from .sitadel import read_sitadel, sniff_sitadel
from .tabular import guess_mapping, list_mappings, load_mapping, read_tabular, save_mapping

FORMATS = ("auto", "sitadel", "tableur", "couche")

__all__ = [
    "FORMATS",
    "LOCALISATIONS",
    "STANDARD_COLUMNS",
    "Geolocation",
    "ImportResult",
    "ParcelIndex",
    "RowMessage",
    "geolocate",
    "guess_mapping",
    "list_mappings",
    "load_mapping",
    "parse_parcel_column",
    "parse_parcel_refs",
    "read_permits",
    "read_sitadel",
    "read_tabular",
    "save_mapping",
]


def read_permits(path, fmt: str = "auto", mapping: Union[dict, str, None] = None) -> ImportResult:
    """Read a permit list. ``fmt``: "auto" (Sitadel when its header is recognised, else a table),
    "sitadel" or "tableur" ("tabular", "csv", "excel", "xlsx" are accepted). ``mapping``: a {standard column: source
    column}
    dict or the name of a saved mapping; for a table without one, a saved mapping whose columns are all
    present is used, else one is guessed from the column names (said in a message)."""
    path = Path(path)
    asked = fmt
    fmt = {"tabular": "tableur", "csv": "tableur", "excel": "tableur", "xlsx": "tableur", "layer": "couche"}.get(
        fmt, fmt
    )
    suffix = path.suffix.lower()
    if asked in ("xlsx", "excel") and suffix not in (".xlsx", ".xlsm"):
        raise InputError(
            tr(
                "{f} n'est pas un classeur Excel (.xlsx) alors que --format {a} est demandé. Retirez --format "
                "(détection automatique) ou indiquez le bon format."
            ).format(f=path.name, a=asked)
        )
    if asked == "csv" and suffix in (".xlsx", ".xlsm", ".xls", ".gpkg", ".shp", ".geojson"):
        raise InputError(
            tr(
                "{f} n'est pas un fichier CSV alors que --format csv est demandé. Retirez --format (détection "
                "automatique) ou indiquez le bon format."
            ).format(f=path.name)
        )
    if fmt == "tableur" and suffix in (".csv", ".txt") and path.exists() and sniff_sitadel(path):
        raise InputError(
            tr(
                "{f} est un fichier Sitadel : utilisez --format sitadel ou la détection automatique (sans --format)."
            ).format(f=path.name)
        )
    if fmt not in FORMATS:
        raise InputError(tr("Format d'import inconnu « {f} ». Formats : {all}.").format(f=fmt, all=", ".join(FORMATS)))
    if not path.exists():
        raise InputError(tr("Fichier introuvable : {path}. Vérifiez le chemin.").format(path=path))
    if fmt == "couche" or (
        fmt == "auto" and path.suffix.lower() in (".gpkg", ".geojson", ".shp", ".fgb", ".gml", ".kml")
    ):
        from .layer import read_layer

        return read_layer(path, mapping)
    if fmt == "sitadel" or (
        fmt == "auto"
        and mapping is None
        and path.suffix.lower() not in (".xlsx", ".xlsm", ".xls")
        and sniff_sitadel(path)
    ):
        return read_sitadel(path)
    return read_tabular(path, mapping)
