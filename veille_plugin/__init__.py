"""QGIS plugin «Veille patrimoniale – Bassin minier UNESCO».

Entry point for QGIS: :func:`classFactory` imports the plugin lazily, after checking that
the Python libraries the core needs are importable (tried once, then only when
they change: :func:`.dependencies.checked_dependencies`); otherwise it shows a French message
saying exactly what to install and loads a minimal plugin that only repeats that message.
"""


def classFactory(iface):  # noqa: N802 (QGIS API)
    """Entry point QGIS calls: the plugin, or a stand-in that explains which libraries to install."""
    from .core.config import config_dir
    from .dependencies import checked_dependencies

    missing = checked_dependencies(config_dir())  # the libraries tried once, not at every start (issue 29)
    if missing:
        from .dependencies import MissingDependenciesPlugin

        return MissingDependenciesPlugin(iface, missing)
    from .plugin import VeillePlugin

    return VeillePlugin(iface)
