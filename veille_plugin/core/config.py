"""User configuration shared by the command line and QGIS (a small JSON file).

Location: ``$VEILLE_CONFIG_DIR/config.json`` if set, else ``~/.config/veille_patrimoniale/config.json``
(``%APPDATA%`` on Windows). The QGIS options page edits the same file, so the
desktop and the command line always use the same reference data.
"""

import json
import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Optional


@dataclass(frozen=True)
class Settings:
    """The user's settings, typed, with their defaults (None: what the plugin embeds or its default place)."""

    reference_path: Optional[str] = None  # GeoPackage of reference data in use (None: the embedded data)
    rules_path: Optional[str] = None  # rules catalogue in force (None: the embedded catalogue)
    register: Optional[str] = None  # veille register: a .gpkg path or a PostGIS connection (None: personal register)
    basemap_url: Optional[str] = None  # WMTS of the basemaps (None: the IGN Géoplateforme, core.basemaps)
    gpu_url: Optional[str] = None  # API Carto GPU module of the PLU watch (None: the public one, core.feeds.gpu)
    basemap_on_load: Optional[str] = None  # basemap added with the reference layers (a core.basemaps key; None: none)
    altimetry_url: Optional[str] = None  # covisibility profiles (None: the Géoplateforme, core.feeds.altimetry)
    sitadel_url: Optional[str] = None  # DiDo API of the Sitadel lists (None: the SDES's, core.feeds.sitadel)


def config_dir() -> Path:
    """The folder of the configuration file (``$VEILLE_CONFIG_DIR`` first)."""
    env = os.environ.get("VEILLE_CONFIG_DIR")
    if env:
        return Path(env)
    base = os.environ.get("APPDATA") or os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "veille_patrimoniale"


def config_path() -> Path:
    """The configuration file."""
    return config_dir() / "config.json"


def load() -> dict:
    """The stored values as a dict (storage layer: use :func:`load_settings`)."""
    path = config_path()
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def save(values: dict) -> None:
    """Write the values atomically (storage layer: use :func:`update_settings`)."""
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(values, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)


def set_value(key: str, value) -> None:
    """Store one value, or remove it when None (storage layer: use :func:`update_settings`)."""
    values = load()
    if value is None:
        values.pop(key, None)
    else:
        values[key] = value
    save(values)


def load_settings() -> Settings:
    """The settings in force; a value of the wrong type in the file reads as its default."""
    values = load()
    known = {f.name: values.get(f.name) for f in fields(Settings)}
    return Settings(**{k: (v if isinstance(v, str) and v.strip() else None) for k, v in known.items()})


def update_settings(**changes) -> Settings:
    """Change some settings (None restores the default) and store them; return the settings in force."""
    replace(Settings(), **changes)  # TypeError on an unknown setting
    values = load()
    for key, value in changes.items():
        if value is None:
            values.pop(key, None)
        else:
            values[key] = str(value)
    save(values)
    return load_settings()
