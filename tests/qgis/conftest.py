from pathlib import Path

import pytest


@pytest.fixture
def real_docking(qgis_iface, monkeypatch):
    """pytest-qgis's iface.addDockWidget is a no-op stub: dock into the real main window."""
    main = qgis_iface.mainWindow()
    monkeypatch.setattr(qgis_iface, "addDockWidget", lambda area, dock: main.addDockWidget(area, dock), raising=False)
    monkeypatch.setattr(qgis_iface, "removeDockWidget", lambda dock: main.removeDockWidget(dock), raising=False)
    return qgis_iface


@pytest.fixture
def plugin(real_docking, qgis_new_project):
    from veille_plugin import classFactory

    p = classFactory(real_docking)
    p.initGui()
    yield p
    p.unload()


ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"


@pytest.fixture
def english(qgis_app):
    """QGIS's interface language set to English for the test, then restored (the plugin's translator with it)."""
    from qgis.core import QgsSettings

    settings = QgsSettings()
    before = {key: settings.value(key) for key in ("locale/overrideFlag", "locale/userLocale")}
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "en_US")
    yield
    for key, value in before.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


@pytest.fixture
def demo_register(tmp_path, ref):
    from veille_plugin.core import config
    from veille_plugin.core.register import open_register
    from veille_plugin.core.rules.catalogue import load_catalogue
    from veille_plugin.core.sweep.run import SourceSpec, run_sweep

    path = tmp_path / "registre.gpkg"
    with open_register(str(path)) as reg:
        run_sweep(
            [SourceSpec(str(DEMO / "permis_fictifs_semaine1.csv"), name="demo")],
            reg,
            ref,
            load_catalogue(),
            tmp_path / "s1",
            parcels=str(DEMO / "parcelles_fictives.geojson"),
        )
    config.set_value("register", str(path))
    return path
