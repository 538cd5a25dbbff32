"""Check the Python libraries the core needs before loading the plugin (no traceback for users).

A library is judged by what it can do, never by its version string: Debian's shapely reports ``0+unknown``,
and a backport may carry any number. Each check runs the smallest call the plugin relies on.

The advice for a missing library follows where QGIS comes from. Libraries with a compiled GIS core (shapely
bundles GEOS, pyproj bundles PROJ in their pip wheels) come from the same distribution as QGIS, so that QGIS's
process never holds two copies of GEOS or PROJ; pure-Python ones (jsonschema, PyYAML) may come from pip.
"""

import hashlib
import importlib
import importlib.util
import os
import platform
import sys
from pathlib import Path
from typing import Callable, Optional


def _check_shapely(mod) -> None:
    tree = mod.STRtree([mod.box(0.0, 0.0, 1.0, 1.0)])
    pairs = tree.query(mod.points([0.5, 5.0], [0.5, 5.0]), predicate="intersects")
    if pairs.shape != (2, 1) or mod.to_wkb(mod.from_wkb(mod.to_wkb(mod.box(0, 0, 1, 1)))) is None:
        raise RuntimeError("STRtree.query(predicate=…) vectorisé absent")
    mod.make_valid(mod.from_wkt("POLYGON((0 0, 1 1, 1 0, 0 1, 0 0))"))


def _check_pandas(mod) -> None:
    frame = mod.DataFrame({"a": ["1", None]}).astype("string")
    if not frame["a"].isna().tolist() == [False, True]:
        raise RuntimeError("type « string » absent")


def _check_jsonschema(mod) -> None:
    validator = mod.Draft202012Validator({"type": "object", "required": ["a"]}, format_checker=mod.FormatChecker())
    if not list(validator.iter_errors({})):
        raise RuntimeError("Draft202012Validator ne valide pas")


def _check_pyproj(mod) -> None:
    transformer = mod.Transformer.from_crs("EPSG:4326", "EPSG:2154", always_xy=True)
    x, y = transformer.transform(3.0, 50.4)
    if not (650_000 < x < 750_000 and 7_000_000 < y < 7_100_000):  # the basin in Lambert-93
        raise RuntimeError("transformation EPSG:4326 → EPSG:2154 incorrecte (base proj.db introuvable ?)")


def _check_yaml(mod) -> None:
    if mod.safe_load("a: [1, 2]") != {"a": [1, 2]}:
        raise RuntimeError("safe_load incorrect")


# module, what the plugin needs of it, the check
CHECKS = (
    ("shapely", "shapely ≥ 2 (STRtree vectorisé, make_valid)", _check_shapely),
    ("pandas", "pandas ≥ 1.5", _check_pandas),
    ("jsonschema", "jsonschema ≥ 4 (brouillon 2020-12)", _check_jsonschema),
    ("pyproj", "pyproj (transformations vers Lambert-93)", _check_pyproj),
    ("yaml", "PyYAML", _check_yaml),
)
_CHECK_BY_MODULE = {module: check for module, _, check in CHECKS}
_NEED_BY_MODULE = {module: need for module, need, _ in CHECKS}


def capability_problem(module: str, importer: Callable = importlib.import_module) -> Optional[str]:
    """Why ``module`` cannot serve the plugin (French), or None when it does what the plugin needs."""
    try:
        mod = importer(module)
    except Exception as exc:  # ImportError, or a binary wheel built for another numpy
        return f"absente ({exc.__class__.__name__} : {exc})"
    try:
        _CHECK_BY_MODULE[module](mod)
    except Exception as exc:  # AttributeError on an old release, or a wrong answer
        version = getattr(mod, "__version__", "?")
        return f"version {version} installée, insuffisante : {exc.__class__.__name__} : {exc}"
    return None


def missing_dependencies(importer: Callable = importlib.import_module) -> list:
    """[(module, reason)] for every library absent or unable to do what the plugin needs."""
    missing = []
    for module, _, _ in CHECKS:
        problem = capability_problem(module, importer)
        if problem:
            missing.append((module, problem))
    return missing


#: numpy is checked through pandas and shapely; its files are part of the fingerprint all the same (a numpy upgraded
#: under them breaks their compiled parts)
FINGERPRINTED = tuple(module for module, _, _ in CHECKS) + ("numpy",)
#: the file, in the configuration folder, holding the fingerprint of the libraries last found able to serve
CHECKED_STAMP = "bibliotheques_verifiees.txt"


def libraries_fingerprint() -> Optional[str]:
    """Where the libraries the plugin needs are found and when their files last changed, read without importing
    any of them (``importlib.util.find_spec``); None when one is not found. An upgrade, a removal or another copy
    earlier on the path changes it, and so do the Python version and the PROJ data folder pyproj's check uses."""
    parts = [sys.version, os.environ.get("PROJ_DATA", ""), os.environ.get("PROJ_LIB", "")]
    for module in FINGERPRINTED:
        try:
            spec = importlib.util.find_spec(module)
        except (ImportError, ValueError):
            return None
        if spec is None or not spec.origin or not os.path.exists(spec.origin):
            return None
        for path in (spec.origin, os.path.dirname(spec.origin)):  # the folder changes when files come and go
            stat = os.stat(path)
            parts.append(f"{module}:{path}:{stat.st_mtime_ns}:{stat.st_size}")
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def checked_dependencies(stamp_dir: Optional[Path], importer: Callable = importlib.import_module) -> list:
    """:func:`missing_dependencies`, skipped when the very same libraries already passed on this machine.

    Importing pandas, shapely, pyproj and jsonschema to try them costs about half a second, which QGIS's start
    would pay at every launch (issue 29: the plugin loads in under 0.3 s). Their fingerprint
    (:func:`libraries_fingerprint`) is kept in ``stamp_dir`` once they passed; the next start finds the same
    fingerprint and imports none of them. A library changed, moved or gone: the checks run again."""
    fingerprint = libraries_fingerprint()
    stamp = Path(stamp_dir) / CHECKED_STAMP if stamp_dir else None
    if fingerprint and stamp is not None:
        try:
            if stamp.read_text(encoding="utf-8").strip() == fingerprint:
                return []
        except OSError:
            pass
    missing = missing_dependencies(importer)
    if not missing and fingerprint and stamp is not None:
        try:
            stamp.parent.mkdir(parents=True, exist_ok=True)
            stamp.write_text(fingerprint + "\n", encoding="utf-8")
        except OSError:  # a read-only configuration folder: the checks simply run at every start
            pass
    return missing


def detect_platform() -> str:
    """``windows``, ``macos``, ``debian`` (Debian, Ubuntu and derivatives) or ``linux``."""
    system = platform.system()
    if system == "Windows":
        return "windows"
    if system == "Darwin":
        return "macos"
    try:
        text = Path("/etc/os-release").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "linux"
    ids = " ".join(
        line.split("=", 1)[1].strip('"') for line in text.splitlines() if line.startswith(("ID=", "ID_LIKE="))
    )
    return "debian" if "debian" in ids.split() or "ubuntu" in ids.split() else "linux"


# Debian/Ubuntu package and OSGeo4W package of each module
DEBIAN_PACKAGES = {
    "shapely": "python3-shapely",
    "pandas": "python3-pandas",
    "jsonschema": "python3-jsonschema",
    "pyproj": "python3-pyproj",
    "yaml": "python3-yaml",
}
OSGEO4W_PACKAGES = {
    "shapely": "python3-shapely",
    "pandas": "python3-pandas",
    "pyproj": "python3-pyproj",
    "jsonschema": "python3-jsonschema",
    "yaml": "python3-pyyaml",
}
PIP_NAMES = {
    "shapely": "shapely>=2,<3",
    "pandas": "pandas",
    "jsonschema": "jsonschema",
    "pyproj": "pyproj",
    "yaml": "pyyaml",
}
PURE_PYTHON = ("jsonschema", "yaml")


def install_instructions(missing, where: Optional[str] = None) -> str:
    """The French advice for ``missing`` ([(module, reason)]) on ``where`` (default: this machine)."""
    where = where or detect_platform()
    modules = [m[0] for m in missing]
    details = "\n".join(f"  • {_NEED_BY_MODULE.get(m, m)} : {reason}" for m, reason in missing)
    lines = [
        "Le plugin Veille patrimoniale a besoin de bibliothèques Python que cette installation de QGIS n'a pas "
        "(ou pas dans une version suffisante) :",
        details,
        "",
    ]
    compiled = [m for m in modules if m not in PURE_PYTHON]
    pure = [m for m in modules if m in PURE_PYTHON]
    if where == "windows":
        if compiled:
            lines.append(
                "Windows (OSGeo4W) : relancez l'installateur OSGeo4W (osgeo4w-setup.exe), « Advanced Install », "
                "et cochez les paquets " + ", ".join(OSGEO4W_PACKAGES[m] for m in compiled) + " : ils utilisent "
                "les mêmes bibliothèques GEOS/PROJ que QGIS."
            )
        if pure:
            lines.append(
                "Windows (OSGeo4W Shell) : python -m pip install " + " ".join(f'"{PIP_NAMES[m]}"' for m in pure)
            )
    elif where == "debian":
        lines.append(
            "Debian / Ubuntu (paquets de la distribution d'abord) : sudo apt install "
            + " ".join(DEBIAN_PACKAGES[m] for m in modules)
        )
        if "shapely" in modules:
            lines.append(
                "Si le paquet python3-shapely de votre version est antérieur à 2.0 (Debian 12, Ubuntu 22.04), "
                "construisez shapely avec le GEOS de la distribution (jamais la roue pip, qui embarque un second "
                "GEOS) : sudo apt install libgeos-dev python3-dev gcc, puis python3 -m pip install --user "
                "--break-system-packages --no-binary shapely \"shapely>=2,<3\""
            )
    elif where == "macos":
        if compiled:
            lines.append(
                "macOS : shapely, pandas et pyproj sont fournis avec l'installateur officiel de QGIS "
                "(qgis.org) ; réinstallez-le si l'un d'eux manque. N'installez pas leurs roues pip, qui "
                "embarquent un second GEOS/PROJ."
            )
        if pure:
            lines.append(
                "macOS : /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install --user "
                + " ".join(f'"{PIP_NAMES[m]}"' for m in pure)
            )
    else:
        lines.append(
            "Linux : installez les paquets Python de votre distribution (shapely ≥ 2, pandas, pyproj, "
            "jsonschema, PyYAML), compilés avec les mêmes GEOS/PROJ que QGIS ; pip seulement pour "
            + ", ".join(PIP_NAMES[m] for m in PURE_PYTHON)
            + "."
        )
    lines += ["", "Puis redémarrez QGIS."]
    return "\n".join(lines)


class MissingDependenciesPlugin:
    """Stand-in plugin: tells the user what to install, and does nothing else."""

    def __init__(self, iface, missing):
        """Keep the interface and the list of missing libraries."""
        self.iface = iface
        self.missing = missing

    def initProcessing(self):  # noqa: N802
        """Under qgis_process (no interface): the full advice in the message log, which it prints."""
        from qgis.core import Qgis, QgsMessageLog

        QgsMessageLog.logMessage(install_instructions(self.missing), "Veille patrimoniale", Qgis.MessageLevel.Critical)

    def initGui(self):  # noqa: N802
        """Show the French message in the message bar and the full advice in the message log."""
        from qgis.core import Qgis

        self.initProcessing()
        self.iface.messageBar().pushMessage(
            "Veille patrimoniale",
            "Bibliothèques Python manquantes : "
            + ", ".join(m[0] for m in self.missing)
            + ". Détails et commande d'installation dans le journal des messages.",
            Qgis.MessageLevel.Critical,
            0,
        )

    def unload(self):
        """Nothing to remove."""
