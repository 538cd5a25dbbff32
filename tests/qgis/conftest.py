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
