"""User configuration shared by the command line and QGIS (a small JSON file).

Location: ``$VEILLE_CONFIG_DIR/config.json`` if set, else ``~/.config/veille_patrimoniale/config.json``
(``%APPDATA%`` on Windows). The QGIS options page edits the same file, so the
desktop and the command line always use the same reference data.
"""
import json
import os
from pathlib import Path


def config_dir() -> Path:
    env = os.environ.get("VEILLE_CONFIG_DIR")
    if env:
        return Path(env)
    base = os.environ.get("APPDATA") or os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "veille_patrimoniale"


def config_path() -> Path:
    return config_dir() / "config.json"


def load() -> dict:
    path = config_path()
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def save(values: dict) -> None:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(values, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)


def set_value(key: str, value) -> None:
    values = load()
    if value is None:
        values.pop(key, None)
    else:
        values[key] = value
    save(values)
