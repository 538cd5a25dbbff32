"""Where the plugin's resources live, in the source tree and in the packaged plugin.

In the repository, ``resources/`` and ``forms/`` sit beside the ``veille_plugin``
package; in the installed plugin (``make package``) they are copied inside it.
"""

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent


def _first_existing(name: str) -> Path:
    for candidate in (PACKAGE_DIR / name, PACKAGE_DIR.parent / name):
        if candidate.exists():
            return candidate
    return PACKAGE_DIR / name


def resources_dir() -> Path:
    """The plugin's resources folder."""
    return _first_existing("resources")


def forms_dir() -> Path:
    """The folder of the Designer forms (*.ui)."""
    return _first_existing("forms")


def metadata_file() -> Path:
    """The plugin's metadata.txt."""
    return _first_existing("metadata.txt")


def embedded_reference_gpkg() -> Path:
    """The reference GeoPackage embedded in the plugin."""
    return resources_dir() / "data" / "reference_bassin_minier.gpkg"
