"""«Signaler une alerte» without knowing any code (issue 28), in QGIS (offscreen): the map tool of the toolbar
(a click on the canvas at an element, the elements there listed by name, one chosen, the form prefilled, saved,
the alert in the register with ONE history entry), the form's completion of element names, the priorities
explained in full, and the Analyse dock's button when the place analysed touches an element."""

import pytest
import shapely
from qgis.core import QgsFeedback, QgsGeometry, QgsLocatorContext, QgsPointXY, QgsRectangle
from qgis.PyQt.QtCore import QPoint, Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox


@pytest.fixture
def register(tmp_path):
    from veille_plugin.core import config

    path = tmp_path / "registre.gpkg"
    config.set_value("register", str(path))
    return path


@pytest.fixture(scope="module")
def ref():
    from veille_plugin.core.reference.data import load_reference

    return load_reference()


def _open(path):
    from veille_plugin.core.register import open_register

    return open_register(str(path))


def _element_point(ref, ident):
    from veille_plugin.core.alerts.service import resolve_elements

    return shapely.point_on_surface(ref.elements.geometries[resolve_elements([ident], ref)[0]])


def _when(condition, then, tries=200):
    """Run ``then`` once ``condition()`` holds (polled every 50 ms while modal dialogs run their own loop)."""

    def poll(left=tries):
        value = condition()
        if value:
            then(value)
        elif left > 0:
            QTimer.singleShot(50, lambda: poll(left - 1))
        else:  # never hang the suite: close whatever is modal
            w = QApplication.activeModalWidget()
            if w is not None:
                w.reject()

    QTimer.singleShot(50, poll)


def test_map_tool_lists_the_elements_by_name_and_opens_the_prefilled_form(plugin, register, ref):
    from veille_plugin.gui.alert_dialog import AlertDialog
    from veille_plugin.qgis_adapters.geometry import L93

    canvas = plugin.iface.mapCanvas()
    canvas.resize(800, 600)
    canvas.setDestinationCrs(L93)
    p = _element_point(ref, "63V")
    canvas.setExtent(QgsRectangle(p.x - 400, p.y - 300, p.x + 400, p.y + 300))
    canvas.refresh()

    # the toolbar button: an icon, the French name, checkable; it makes the canvas's tool the alert tool
    action = plugin.action_alert_map
    assert action.text() == "Signaler une alerte sur la carte" and not action.icon().isNull()
    assert action in plugin.toolbar.actions()
    action.trigger()
    assert action.isChecked() and canvas.mapTool() is plugin.alert_map_tool

    seen = {}

    def on_chooser(chooser):
        seen["labels"] = chooser.labels()
        seen["title"] = chooser.windowTitle()
        assert chooser.choose("63V")
        _when(
            lambda: isinstance(QApplication.activeModalWidget(), AlertDialog) and QApplication.activeModalWidget(),
            on_form,
        )
        chooser.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()

    def on_form(form):
        seen["elements"] = form.ui.editElements.text()
        seen["names"] = form.ui.lblElementNames.text()
        seen["priorities"] = form.ui.lblPriorityMeaning.text()
        form.ui.editTitle.setText("Toiture effondrée")
        form.ui.comboPriority.setCurrentIndex(form.ui.comboPriority.findData("A"))
        seen["priority_chosen"] = form.ui.lblPriorityMeaning.text()
        form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    _when(lambda: plugin.alerts_dock is not None and plugin.alerts_dock.chooser, on_chooser)
    pixel = canvas.getCoordinateTransform().transform(QgsPointXY(p.x, p.y))
    QTest.mouseClick(
        canvas.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(int(pixel.x()), int(pixel.y())),
    )

    # the chooser listed the element by NAME, with its id and commune, nearest first
    assert seen["labels"][0].startswith("Cité des Provinces\n") and "63V – Lens – sur l'élément" in seen["labels"][0]
    assert seen["labels"][-1].startswith("Aucun de ces éléments")
    # the form opened prefilled with the element chosen, its name shown; every priority explained in full
    assert seen["elements"] == "63V" and "Cité des Provinces (Lens)" in seen["names"]
    from veille_plugin.core.alerts.model import PRIORITES

    for letter, meaning in PRIORITES.items():
        assert (
            f"<b>{letter}</b> — {meaning}".replace("'", "&#x27;") in seen["priorities"] or meaning in seen["priorities"]
        )
    assert "▶ <b>A</b>" in seen["priority_chosen"]
    # saved: the alert is in the register, placed where clicked (on the element), with ONE history entry
    with _open(register) as reg:
        alerts = reg.alerts()
        assert alerts["elements"].tolist() == ["63V"] and alerts["titre"].tolist() == ["Toiture effondrée"]
        hist = reg.alert_history(int(alerts["id"].iloc[0]))
    assert [(h["action"], h["field"]) for h in hist] == [("création", None)]
    assert "Éléments : 63V Cité des Provinces (Lens)" in hist[0]["new"] and "Priorité : A" in hist[0]["new"]
    assert shapely.from_wkb(alerts["geom_wkb"].iloc[0]).distance(p) < 5
    # another map tool unchecks the action; unload leaves no tool behind
    canvas.unsetMapTool(plugin.alert_map_tool)
    assert not action.isChecked()


def test_map_click_away_from_elements_offers_the_place_itself(plugin, register, ref):
    from veille_plugin.qgis_adapters.geometry import L93

    canvas = plugin.iface.mapCanvas()
    canvas.setDestinationCrs(L93)
    seen = {}

    def on_chooser(chooser):
        seen["labels"] = chooser.labels()
        seen["help"] = chooser.ui.lblHelp.text()
        chooser.reject()

    _when(lambda: plugin.alerts_dock is not None and plugin.alerts_dock.chooser, on_chooser)
    assert plugin.alert_at_point(QgsGeometry.fromPointXY(QgsPointXY(690000, 7040000))) is None
    assert seen["labels"] == ["Aucun de ces éléments : alerte placée à l'endroit cliqué"]
    assert "Aucun élément du Bien à moins de 50 m" in seen["help"]
    with _open(register) as reg:
        assert len(reg.alerts()) == 0  # cancelled: nothing stored


def test_form_completes_element_names(plugin, register):
    from veille_plugin.gui.alert_dialog import AlertDialog

    dock = plugin.toggle_alerts_dock(True)
    d = AlertDialog(dock._open, dock, author="agent")
    assert "tapez son nom" in d.ui.lblElementNames.text()
    completer = d.ui.editElementSearch.completer()
    QTest.keyClicks(d.ui.editElementSearch, "Provinces")  # typed (QTest types ASCII only): the completer follows
    assert completer.completionPrefix() == "Provinces"
    found = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert "63V Cité des Provinces (Lens)" in found
    completer.activated[str].emit("63V Cité des Provinces (Lens)")  # the person picks it in the list
    assert d.ui.editElements.text() == "63V" and d.ui.editElementSearch.text() == ""
    assert "63V Cité des Provinces (Lens)" in d.ui.lblElementNames.text()
    # Enter without the list: accents and case aside, every word typed must be in the one name
    d.ui.editElementSearch.setText("groupe scolaire cite provinces")
    d._on_element_search_entered()
    assert d.ui.editElements.text() == "63V; 63Y"
    d.ui.editElementSearch.setText("cite des provinces")
    d._on_element_search_entered()
    assert "2 éléments correspondent" in d.ui.lblElementNames.text() and d.ui.editElements.text() == "63V; 63Y"
    # «Nouvelle» without any code: a name is enough
    d.ui.editElements.clear()
    d.ui.editElementSearch.setText("Cité des Provinces (Lens)")
    d._on_element_search_entered()
    d.ui.editTitle.setText("Fenêtres murées")
    assert d.save() is True
    with _open(register) as reg:
        assert reg.get_alert(d.saved_id)["elements"] == "63V"


def test_search_result_says_how_to_signal_an_alert(plugin):
    flt = plugin.locator_filter
    results = []
    flt.resultFetched.connect(results.append)
    flt.fetchResults("Cité des Provinces Lens", QgsLocatorContext(), QgsFeedback())
    assert "Ctrl+Entrée ou clic droit : signaler une alerte" in results[0].description


def test_analysis_dock_offers_an_alert_when_the_place_touches_an_element(plugin, register, ref, monkeypatch):
    from veille_plugin.qgis_adapters.geometry import L93

    dock = plugin.toggle_analysis_dock(True)
    assert dock.ui.btnAlertTouched.isHidden()
    p = _element_point(ref, "63V")
    dock.analyse_geometries([QgsGeometry.fromPointXY(QgsPointXY(p.x, p.y))], L93)
    assert not dock.ui.btnAlertTouched.isHidden()
    assert dock.ui.btnAlertTouched.text() == "Signaler une alerte sur « Cité des Provinces »…"
    asked = []
    monkeypatch.setattr(plugin, "alert_for_elements", asked.append)
    dock.alert_requested.disconnect()
    dock.alert_requested.connect(plugin.alert_for_elements)
    dock.ui.btnAlertTouched.click()
    assert asked == [["63V"]]
    dock.clear()
    assert dock.ui.btnAlertTouched.isHidden()
