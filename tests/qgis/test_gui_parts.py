"""Locator filter, options page and «À propos» dialog in QGIS (offscreen)."""

import re

from qgis.core import QgsFeedback, QgsLocatorContext


def test_locator_filter_finds_elements_as_people_write_them(plugin, ref):
    flt = plugin.locator_filter
    assert flt.prefix() == "bm"
    results = []
    flt.resultFetched.connect(results.append)
    flt.prepare("fosse 9/9 bis oignies", QgsLocatorContext())
    flt.fetchResults("fosse 9/9 bis oignies", QgsLocatorContext(), QgsFeedback())
    assert results, "no locator result"
    el = ref.elements.attributes
    expected = el[(el["nom"].str.contains("9-9bis")) & (el["communes"] == "Oignies")]["identifiant"].iloc[0]
    assert flt.result_data(results[0])["id"] == expected
    assert "Oignies" in results[0].description


def test_locator_trigger_zooms_to_the_element_and_selects_it(plugin, ref):
    plugin.load_reference_layers()
    flt = plugin.locator_filter
    results = []
    flt.resultFetched.connect(results.append)
    flt.fetchResults("Cité des Électriciens Bruay", QgsLocatorContext(), QgsFeedback())
    top = results[0]
    data = flt.result_data(top)
    flt.triggerResult(top)
    canvas = plugin.iface.mapCanvas()
    from qgis.core import QgsPointXY

    x, y = data["x_l93"], data["y_l93"]
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    pt = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:2154"), canvas.mapSettings().destinationCrs(), QgsProject.instance()
    ).transform(QgsPointXY(x, y))
    assert canvas.extent().contains(pt)
    from veille_plugin.qgis_adapters.reference_layers import find_reference_layer

    layer = find_reference_layer("elements")
    assert [f["identifiant"] for f in layer.getSelectedFeatures()] == [data["id"]]


def test_options_page_switches_reference_and_back(plugin, tmp_path):
    import shutil

    from veille_plugin.core import config
    from veille_plugin.core.paths import embedded_reference_gpkg
    from veille_plugin.core.reference.data import load_reference

    copy = tmp_path / "ma_reference.gpkg"
    shutil.copy(embedded_reference_gpkg(), copy)
    page = plugin.options_factory.createWidget(None)
    page.ui.chkCustom.setChecked(True)
    page.ui.editPath.setText(str(copy))
    page.apply()
    assert config.load()["reference_path"] == str(copy)
    assert load_reference().path == copy
    # a broken path is refused and the previous setting stays
    from qgis.PyQt.QtWidgets import QMessageBox

    shown = []
    orig = QMessageBox.warning
    QMessageBox.warning = staticmethod(lambda *a, **k: shown.append(a[2]))
    try:
        page.ui.editPath.setText(str(tmp_path / "absent.gpkg"))
        page.apply()
    finally:
        QMessageBox.warning = orig
    assert shown and "introuvable" in shown[0]
    assert config.load()["reference_path"] == str(copy)
    page.ui.chkCustom.setChecked(False)
    page.apply()
    assert "reference_path" not in config.load()
    assert load_reference().path == embedded_reference_gpkg()


def test_about_dialog_shows_version_attribution_and_licence(qgis_app):
    from veille_plugin.gui.about_dialog import AboutDialog

    dlg = AboutDialog()
    text = dlg.ui.txtAbout.toPlainText()
    assert "Licence Ouverte" in text and "Mission Bassin Minier" in text and "Géo2France" in text
    assert "UNESCO – L93 2018" in text  # the data version in use


def test_options_page_refuses_a_broken_rules_file_and_keeps_the_previous(plugin, tmp_path):
    from qgis.PyQt.QtWidgets import QMessageBox

    from veille_plugin.core import config
    from veille_plugin.core.rules.catalogue import embedded_catalogue_path, load_catalogue

    good = tmp_path / "mes_regles.yaml"
    good.write_text(
        re.sub(
            r'^version: "[^"]*"$', 'version: "1.9.0"', embedded_catalogue_path().read_text(encoding="utf-8"), 1, re.M
        ),
        encoding="utf-8",
    )
    page = plugin.options_factory.createWidget(None)
    page.ui.chkRules.setChecked(True)
    page.ui.editRules.setText(str(good))
    page.apply()
    assert load_catalogue().version == "1.9.0"
    broken = tmp_path / "casse.yaml"
    broken.write_text("catalogue: x\nversion: 2\nregles: [ {id: R01 } ]\n", encoding="utf-8")
    shown = []
    orig = QMessageBox.warning
    QMessageBox.warning = staticmethod(lambda *a, **k: shown.append(a[2]))
    try:
        page.ui.editRules.setText(str(broken))
        page.apply()
    finally:
        QMessageBox.warning = orig
    assert shown and "précédent reste en vigueur" in shown[0] and "ligne" in shown[0]
    assert config.load()["rules_path"] == str(good.resolve())
    assert load_catalogue().version == "1.9.0"
    page.ui.chkRules.setChecked(False)
    page.apply()
    assert load_catalogue().version == load_catalogue(embedded_catalogue_path()).version != "1.9.0"


def test_a_result_found_through_qgis_locator_lands_on_the_map(plugin, ref, qgis_app):
    """QGIS's own QgsLocator runs the search on a clone of the filter in a worker thread, then the search bar
    triggers the result on the registered filter (issue 15, point 1: nothing happened when the result was chosen)."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsLocator,
        QgsLocatorResult,
        QgsPointXY,
        QgsProject,
    )
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    from veille_plugin.qgis_adapters.reference_layers import find_reference_layer

    plugin.load_reference_layers()
    locator = QgsLocator()
    locator.registerFilter(plugin.locator_filter.clone())  # QgsLocator owns what it registers
    registered = locator.filters()[0]
    chosen = []
    registered.place_chosen.connect(plugin._on_locator_result)
    registered.place_chosen.connect(chosen.append)
    found = []
    # copy each result in the slot: the one QGIS emits lives only as long as the signal (as in QgsLocatorModel)
    locator.foundResult.connect(lambda result: found.append(QgsLocatorResult(result)))
    loop = QEventLoop()
    locator.finished.connect(loop.quit)
    QTimer.singleShot(20000, loop.quit)
    context = QgsLocatorContext()
    locator.fetchResults("bm Cité Jeanne d'Arc", context)
    loop.exec()
    assert found, "QgsLocator n'a rien trouvé"
    top = found[0]
    registered.triggerResult(top)  # what the search bar does: the registered filter, not the clone that searched
    assert chosen and chosen[0]["nom"].startswith("Cité Jeanne d'Arc")
    canvas = plugin.iface.mapCanvas()
    pt = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:2154"), canvas.mapSettings().destinationCrs(), QgsProject.instance()
    ).transform(QgsPointXY(chosen[0]["x_l93"], chosen[0]["y_l93"]))
    assert canvas.extent().contains(pt)
    if chosen[0]["objet"] == "élément":
        layer = find_reference_layer("elements")
        assert [f["identifiant"] for f in layer.getSelectedFeatures()] == [chosen[0]["id"]]


def test_the_search_bar_prefix_is_not_a_word_of_the_name(plugin, ref, qgis_app):
    """QGIS hands «bm cité ancienne du 1» to the filter as typed: the prefix must not count as a word (it made every
    answer «incertain»). Each result's description says why it matched and how sure (issue 13)."""
    from qgis.core import QgsLocator, QgsLocatorResult
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    el = ref.elements.attributes
    ancienne = el.loc[el["nom"] == "Cité Ancienne du n°1", "identifiant"].iloc[0]
    locator = QgsLocator()
    locator.registerFilter(plugin.locator_filter.clone())
    found = []
    locator.foundResult.connect(lambda result: found.append(QgsLocatorResult(result)))
    loop = QEventLoop()
    locator.finished.connect(loop.quit)
    QTimer.singleShot(20000, loop.quit)
    locator.fetchResults("bm cité ancienne du 1", QgsLocatorContext())
    loop.exec()
    top = max(found, key=lambda r: r.score)
    assert top.displayString == f"Cité Ancienne du n°1 ({ancienne})" and top.score >= 0.8
    assert "sûr :" in top.description and "qualificatif « ancien »" in top.description
    if hasattr(top, "groupScore"):  # QGIS 3.40+ sorts a group's results by name: the best has a group of its own
        assert top.group == "Meilleure correspondance"
        assert top.groupScore > max(r.groupScore for r in found if r is not top)


def test_docks_open_tabbed_and_leave_nothing_on_the_map_when_closed(plugin, ref):
    """Issue 15, point 4: the docks stacked in the right area and squeezed each other; a closed dock left its
    highlight on the map."""
    from qgis.core import QgsGeometry, QgsPointXY

    from veille_plugin.qgis_adapters.geometry import L93

    # the tabbing itself needs QGIS's real main window: the desktop end-to-end test checks it
    docks = [plugin.toggle_rules_dock(True), plugin.toggle_veille_dock(True), plugin.toggle_alerts_dock(True)]
    for dock in docks:
        assert dock.minimumWidth() >= 300
    rules = docks[0]
    el = ref.elements.attributes
    p = ref.elements.geometries[int(el.index[el["categorie"] == "cité minière"][0])].representative_point()
    rules.set_geometries([QgsGeometry.fromPointXY(QgsPointXY(p.x, p.y))], L93, run=True)
    assert rules.band.numberOfVertices() > 0
    plugin.toggle_rules_dock(False)
    assert rules.band.numberOfVertices() == 0
    assert all(b.numberOfVertices() == 0 for b in rules._bands)


def test_every_dock_has_its_help_page_in_the_plugin(plugin):
    """Issue 15, point 8: «À propos» pointed to placeholder addresses; each dock now opens its own help page, shipped
    with the plugin, from its «?» button."""
    from qgis.PyQt.QtWidgets import QTextBrowser

    from veille_plugin.gui.about_dialog import about_html

    expected = {
        plugin.toggle_analysis_dock: "Analyse",
        plugin.toggle_rules_dock: "Règles",
        plugin.toggle_veille_dock: "balayage",
        plugin.toggle_alerts_dock: "Alertes",
        plugin.toggle_plu_dock: "PLU",
    }
    for toggle, word in expected.items():
        dock = toggle(True)
        dock.help_button.click()
        text = dock.help_dialog.findChild(QTextBrowser).toPlainText()
        assert word in text and "Page d'aide introuvable" not in text, (dock.objectName(), text[:80])
        dock.help_dialog.close()
    page = about_html()
    assert ".invalid" not in page and "bouton « ? »" in page


def test_the_users_dock_layout_is_remembered(real_docking, qgis_new_project):
    """Issue 15, point 4: a dock the user moved comes back where it was the next time QGIS starts — QGIS saves the
    main window's state at exit and restores it before the plugins load; the plugin's docks then take their place."""
    from qgis.PyQt.QtCore import Qt

    from veille_plugin import classFactory

    window = real_docking.mainWindow()
    before = window.saveState()  # the shared main window is put back as it was for the other tests
    first = classFactory(real_docking)
    first.initGui()
    dock = first.toggle_veille_dock(True)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)  # the user drags it to the left
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    state = window.saveState()  # what QGIS writes at exit
    first.unload()
    window.restoreState(state)  # what QGIS does at start-up, before the plugins
    second = classFactory(real_docking)
    second.initGui()
    try:
        again = second.toggle_veille_dock(True)
        assert again is not dock and window.dockWidgetArea(again) == Qt.DockWidgetArea.LeftDockWidgetArea
    finally:
        second.unload()
        window.restoreState(before)
