"""QGIS plugin «Veille patrimoniale – Bassin minier UNESCO».

Entry point for QGIS: :func:`classFactory` imports the plugin lazily, after checking that
the Python libraries the core needs are importable; otherwise it shows a French message
saying exactly what to install and loads a minimal plugin that only repeats that message.
"""


def classFactory(iface):  # noqa: N802 (QGIS API)
    """Entry point QGIS calls: the plugin, or a stand-in that explains which libraries to install."""
    from .dependencies import missing_dependencies

    missing = missing_dependencies()
    if missing:
        from .dependencies import MissingDependenciesPlugin

        return MissingDependenciesPlugin(iface, missing)
    from .plugin import VeillePlugin

    return VeillePlugin(iface)
