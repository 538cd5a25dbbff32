"""Check the Python libraries the core needs before loading the plugin (no traceback for users)."""
import importlib

# module, minimal version, pip name
REQUIRED = (("shapely", "2.0", "shapely>=2.0"), ("pandas", "1.5", "pandas"), ("jsonschema", "4.0", "jsonschema"), ("pyproj", "3.4", "pyproj"), ("yaml", "5.4", "pyyaml"))


def _version_tuple(text: str) -> tuple:
    out = []
    for part in text.split("."):
        digits = "".join(ch for ch in part if ch.isdigit())
        if not digits:
            break
        out.append(int(digits))
    return tuple(out)


def missing_dependencies() -> list:
    """[(pip requirement, reason)] for every library missing or too old."""
    missing = []
    for module, minimum, pip_name in REQUIRED:
        try:
            mod = importlib.import_module(module)
        except Exception as exc:  # ImportError, or a broken binary wheel
            missing.append((pip_name, f"absent ({exc.__class__.__name__})"))
            continue
        version = getattr(mod, "__version__", "0")
        if _version_tuple(version) < _version_tuple(minimum):
            missing.append((pip_name, f"version {version} trop ancienne (il faut ≥ {minimum})"))
    return missing


def install_instructions(missing) -> str:
    reqs = " ".join(f'"{m[0]}"' for m in missing)
    details = "\n".join(f"  • {m[0]} : {m[1]}" for m in missing)
    return (
        "Le plugin Veille patrimoniale a besoin de bibliothèques Python absentes de cette installation de QGIS :\n"
        f"{details}\n\n"
        "Pour les installer :\n"
        f"  • Windows (OSGeo4W Shell, en administrateur) : python -m pip install {reqs}\n"
        f"  • Linux : python3 -m pip install --user {reqs}\n"
        f"  • macOS : /Applications/QGIS.app/Contents/MacOS/bin/pip3 install {reqs}\n"
        "Puis redémarrez QGIS."
    )


class MissingDependenciesPlugin:
    """Stand-in plugin: tells the user what to install, and does nothing else."""

    def __init__(self, iface, missing):
        self.iface = iface
        self.missing = missing

    def initGui(self):  # noqa: N802
        from qgis.core import Qgis, QgsMessageLog

        text = install_instructions(self.missing)
        QgsMessageLog.logMessage(text, "Veille patrimoniale", Qgis.Critical)
        self.iface.messageBar().pushMessage(
            "Veille patrimoniale",
            "Bibliothèques Python manquantes : " + ", ".join(m[0] for m in self.missing) + ". Détails et commande d'installation dans le journal des messages.",
            Qgis.Critical,
            0,
        )

    def unload(self):
        pass
