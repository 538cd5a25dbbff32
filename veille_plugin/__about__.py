"""Plugin metadata read once from ``metadata.txt`` (single source of truth)."""

import configparser

from .core.paths import metadata_file

_parser = configparser.ConfigParser(interpolation=None)
_parser.read(metadata_file(), encoding="utf-8")
_general = _parser["general"] if _parser.has_section("general") else {}

__title__ = _general.get("name", "Veille patrimoniale")
__version__ = _general.get("version", "0.0.0")
__summary__ = _general.get("description", "")
__about__ = _general.get("about", "")
__qgis_min__ = _general.get("qgisMinimumVersion", "3.22")
__tracker__ = _general.get("tracker", "")
__icon_path__ = _general.get("icon", "")
