"""«Alertes» in QGIS (offscreen): the form (create, refuse, edit, conflict, attachments), the dock (filters,
closing, exports), the map layer styled by priority, and the ways in: a click on the map, the search bar,
the Analyse dock and a case of the Veille dock."""

import pytest
import shapely
from qgis.core import QgsFeedback, QgsGeometry, QgsLocatorContext, QgsPointXY
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDialog


@pytest.fixture
def register(tmp_path):
    from veille_plugin.core import config

    path = tmp_path / "registre.gpkg"
    config.set_value("register", str(path))
    return path


def _open(path):
    from veille_plugin.core.register import open_register

    return open_register(str(path))


def _element_point(ref, ident):
    from veille_plugin.core.alerts.service import resolve_elements

    return shapely.point_on_surface(ref.elements.geometries[resolve_elements([ident], ref)[0]])


@pytest.fixture
def auto_accept(monkeypatch):
    """Dialogs run modally in QGIS: here, fill what ``auto.fill`` says and press «Enregistrer»."""
    from types import SimpleNamespace

    from veille_plugin.gui.alert_dialog import AlertDialog

    auto = SimpleNamespace(seen=[], fill={"editTitle": "Alerte saisie dans QGIS"})

    def exec_(self):
        auto.seen.append(self)
        for name, value in auto.fill.items():
            getattr(self.ui, name).setText(value)
        self.accept()
        return (
            QDialog.DialogCode.Accepted if self.result() == QDialog.DialogCode.Accepted else QDialog.DialogCode.Rejected
        )

    monkeypatch.setattr(AlertDialog, "exec", exec_)
    return auto


def test_form_creates_refuses_and_edits(plugin, register, tmp_path):
    from veille_plugin.gui.alert_dialog import AlertDialog

    dock = plugin.toggle_alerts_dock(True)
    d = AlertDialog(dock._open, dock, author="agent")
    d.ui.editElements.setText("63v; 42B")
    d._show_element_names()
    assert "Cité des Provinces" in d.ui.lblElementNames.text()
    # empty title: refused, the form stays open with the field named, nothing is stored
    d.ui.comboPriority.setCurrentIndex(d.ui.comboPriority.findData("A"))
    assert d.save() is False
    assert "« Titre » est obligatoire" in d.ui.lblErrors.text()
    with _open(register) as reg:
        assert len(reg.alerts()) == 0
    d.ui.editTitle.setText("Bains-douches <fosse 2>")
    d.ui.listThreats.item(0).setCheckState(Qt.CheckState.Checked)  # factor 1
    photo = tmp_path / "façade été.jpg"
    photo.write_bytes(b"\xff\xd8 photo")
    d.pending_files = [str(photo)]
    assert d.save() is True
    with _open(register) as reg:
        alert = reg.get_alert(d.saved_id)
        assert (alert["titre"], alert["priorite"], alert["elements"], alert["menaces"]) == (
            "Bains-douches <fosse 2>",
            "A",
            "63V; 42B",
            "1",
        )
        assert [a["filename"] for a in reg.attachments(d.saved_id)] == ["façade été.jpg"]

    # edit: someone else changes «État» meanwhile → refused with the field named; the title change alone is kept
    e = AlertDialog(dock._open, dock, alert_id=d.saved_id, author="agent B")
    assert "Bains-douches <fosse 2>" in e.windowTitle()
    assert "création" in e.ui.txtHistory.toPlainText()
    with _open(register) as reg:
        reg.update_alert(d.saved_id, {"etat": "bon"}, "agent C")
    e.ui.comboCondition.setCurrentIndex(e.ui.comboCondition.findData("très mauvais"))
    assert e.save() is False and "entre-temps par agent C" in e.ui.lblErrors.text()
    e.ui.comboCondition.setCurrentIndex(e.ui.comboCondition.findData("bon"))
    e.ui.editTitle.setText("Bains-douches de la fosse 2")
    assert e.save() is True
    with _open(register) as reg:
        alert = reg.get_alert(d.saved_id)
        assert (alert["titre"], alert["etat"], alert["updated_by"]) == ("Bains-douches de la fosse 2", "bon", "agent B")


def test_dock_lists_filters_closes_exports_and_shows_the_layer(plugin, register, ref, tmp_path):
    with _open(register) as reg:
        for ident, prio, title in (
            ("63V", "A", "Cité des Provinces"),
            ("42B", "C", "Terril 9"),
            ("89B", "F", "Cité 5 de Bruay"),
        ):
            reg.add_alert(
                {"titre": title, "elements": ident, "priorite": prio}, "test", geometry=_element_point(ref, ident)
            )
    dock = plugin.toggle_alerts_dock(True)
    assert dock.proxy.rowCount() == 3
    dock.ui.comboPriority.setCurrentIndex(dock.ui.comboPriority.findData("C"))
    assert dock.proxy.rowCount() == 1
    dock.ui.comboPriority.setCurrentIndex(0)
    dock.ui.editSearch.setText("provinces")
    assert dock.proxy.rowCount() == 1
    dock.ui.editSearch.clear()
    dock.ui.tableAlerts.setCurrentIndex(dock.proxy.index(0, 0))
    first = dock.current_alert()
    assert "Historique" in dock.ui.txtDetails.toPlainText()

    with _open(register) as reg:
        reg.close_alert(first["id"], "Doublon", "test")
    dock.reload()
    assert dock.proxy.rowCount() == 2  # open alerts by default
    dock.ui.comboStatus.setCurrentIndex(dock.ui.comboStatus.findData("__closes__"))
    assert dock.proxy.rowCount() == 1
    dock.ui.comboStatus.setCurrentIndex(dock.ui.comboStatus.findData(""))

    layer = dock.show_layer()
    assert layer is not None and layer.isValid()
    assert sorted(f["titre"] for f in layer.getFeatures()) == [
        "Cité 5 de Bruay",
        "Terril 9",
    ]  # closed alerts are not drawn
    assert [c.value() for c in layer.renderer().categories()][:6] == list("ABCDEF")
    assert layer.readOnly()

    out = dock.export("liste", "html", path=str(tmp_path / "sites.html"))
    text = out.read_text(encoding="utf-8")
    assert "Liste des sites en péril" in text and "Terril 9" in text
    out = dock.export("rapport", "csv", path=str(tmp_path / "rapport.csv"))
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_click_on_the_map_opens_the_form_on_the_element(plugin, register, ref, auto_accept, monkeypatch):
    from veille_plugin.gui.element_chooser_dialog import ElementChooser

    def choose_first(self):  # the elements there are listed by name: the first (nearest, or the place) is taken
        self.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ElementChooser, "exec", choose_first)
    dock = plugin.toggle_alerts_dock(True)
    p = _element_point(ref, "42B")
    from veille_plugin.qgis_adapters.geometry import L93

    canvas = plugin.iface.mapCanvas()
    canvas.setDestinationCrs(L93)
    dock._on_map_click(QgsGeometry.fromPointXY(QgsPointXY(p.x, p.y)))
    assert len(auto_accept.seen) == 1
    with _open(register) as reg:
        alerts = reg.alerts()
    assert alerts["elements"].tolist() == ["42B"] and alerts["titre"].tolist() == ["Alerte saisie dans QGIS"]
    # far from any element: the alert is placed where clicked, in the commune under the click
    dock._on_map_click(QgsGeometry.fromPointXY(QgsPointXY(690000, 7040000)))
    with _open(register) as reg:
        last = reg.alerts().iloc[-1]
    assert last["elements"] is None and last["commune_nom"] == "Vendin-le-Vieil"
    assert shapely.from_wkb(last["geom_wkb"]).equals(shapely.Point(690000, 7040000))


def test_search_bar_offers_an_alert_on_an_element(plugin, register, auto_accept):
    flt = plugin.locator_filter
    results = []
    flt.resultFetched.connect(results.append)
    flt.fetchResults("Cité des Provinces Lens", QgsLocatorContext(), QgsFeedback())
    top = results[0]
    assert [a.text for a in top.actions] == ["Signaler une alerte (site en péril)", "Fiche de suivi de l'élément"]
    flt.triggerResultFromAction(top, flt.ACTION_ALERT)
    with _open(register) as reg:
        assert reg.alerts()["elements"].tolist() == [flt.result_data(top)["id"]]
    assert not plugin.alerts_dock.isHidden()


def test_analysis_dock_shows_the_alerts_of_the_elements(plugin, register, ref, auto_accept):
    with _open(register) as reg:
        a = reg.add_alert(
            {"titre": "Cité en péril", "elements": "63V", "priorite": "B"}, "test", geometry=_element_point(ref, "63V")
        )
        reg.update_alert(a, {"statut": "en alerte"}, "drac")
    dock = plugin.toggle_analysis_dock(True)
    from veille_plugin.qgis_adapters.geometry import L93

    p = _element_point(ref, "63V")
    dock.analyse_geometries([QgsGeometry.fromPointXY(QgsPointXY(p.x, p.y))], L93)
    tree = dock.ui.treeResults
    tops = {tree.topLevelItem(i).text(0).split(" (")[0]: tree.topLevelItem(i) for i in range(tree.topLevelItemCount())}
    section = tops["Alertes sur ces éléments"]
    assert section.childCount() == 1 and section.child(0).text(1) == "Cité en péril"
    dock._show_alert_item(section.child(0))
    assert "signalée → en alerte" in dock.ui.txtExplanation.toPlainText()
    # «Signaler une alerte…» on the element chosen in the list
    touched = tops["Éléments touchés"].child(0)
    tree.setCurrentItem(touched)
    dock.alert_for_selection()
    with _open(register) as reg:
        assert reg.alerts()["elements"].tolist() == ["63V", "63V"]


def test_case_of_the_veille_opens_a_prefilled_alert(plugin, register, ref, auto_accept):
    from pathlib import Path

    from veille_plugin.core.rules.catalogue import load_catalogue
    from veille_plugin.core.sweep.run import SourceSpec, run_sweep

    demo = Path(__file__).resolve().parents[2] / "resources" / "demo"
    with _open(register) as reg:
        run_sweep(
            [SourceSpec(str(demo / "permis_fictifs_semaine1.csv"), name="demo")],
            reg,
            ref,
            load_catalogue(),
            register.parent / "s1",
            parcels=str(demo / "parcelles_fictives.geojson"),
        )
    dock = plugin.toggle_veille_dock(True)
    rows = dock.model.df.index[dock.model.df["elements"].notna()].tolist()
    dock.select_case(dock.model.df.loc[rows[0], "numero_norm"])
    case = dock.current_case()
    auto_accept.fill = {}  # keep the title suggested from the case
    dock.alert_from_current()
    with _open(register) as reg:
        alert = reg.alerts().iloc[0]
    assert alert["source"] == "veille des permis" and alert["dossier_veille"] == case["numero_norm"]
    assert alert["elements"].split("; ")[0] == case["elements"].split(";")[0]
    assert case["numero"] in alert["titre"]


def test_processing_exports_alerts(plugin, qgis_processing, register, ref, tmp_path):
    import processing

    with _open(register) as reg:
        reg.add_alert(
            {
                "titre": "Toiture <percée>",
                "elements": "19D",
                "priorite": "A",
                "menaces": "7; 13",
                "tendance": "en dégradation",
            },
            "t",
            geometry=_element_point(ref, "19D"),
        )
        reg.add_alert(
            {"titre": "Molette", "elements": "8W", "priorite": "B", "menaces": "7"},
            "t",
            geometry=_element_point(ref, "8W"),
        )
    out = processing.run("veille_patrimoniale:exporter_alertes", {"KIND": 1, "OUTPUT": str(tmp_path / "rapport.csv")})
    assert out["ALERTES"] == 2
    text = (tmp_path / "rapport.csv").read_text(encoding="utf-8-sig").splitlines()
    factor7 = [line for line in text if line.startswith("7;")]
    assert factor7 == ["7;Conditions locales affectant le tissu physique;2;2;1;0;0;0;1;0"] and len(text) == 1 + 14
    out = processing.run(
        "veille_patrimoniale:exporter_alertes",
        {"REGISTER": str(register), "KIND": 2, "ELEMENT": "19d", "OUTPUT": str(tmp_path / "d.html")},
    )
    assert out["ALERTES"] == 1 and "Toiture &lt;percée&gt;" in (tmp_path / "d.html").read_text(encoding="utf-8")
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="--element|élément"):
        processing.run("veille_patrimoniale:exporter_alertes", {"KIND": 2, "OUTPUT": str(tmp_path / "x.html")})


def test_alerts_layer_from_a_postgis_register(qgis_new_project, postgis_dsn, ref):
    """A shared register on PostGIS: the same layer, read by QGIS's postgres provider."""
    import uuid

    import psycopg2

    from veille_plugin.core.register import open_register
    from veille_plugin.qgis_adapters.alert_layer import load_alerts_layer

    dbname = "alertes_" + uuid.uuid4().hex[:8]
    conn = psycopg2.connect(postgis_dsn)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f"CREATE DATABASE {dbname}")
    conn.close()
    dsn = postgis_dsn.replace("dbname=veille_test", f"dbname={dbname}")
    with open_register(dsn) as reg:
        reg.add_alert(
            {"titre": "Chevalement", "elements": "8W", "priorite": "B"}, "t", geometry=_element_point(ref, "8W")
        )
        closed = reg.add_alert(
            {"titre": "Réglée", "elements": "19D", "priorite": "A"}, "t", geometry=_element_point(ref, "19D")
        )
        reg.close_alert(closed, "Fait", "t")
    layer = load_alerts_layer(dsn)
    assert layer.isValid() and layer.providerType() == "postgres"
    assert [f["titre"] for f in layer.getFeatures()] == ["Chevalement"]
    assert layer.crs().authid() == "EPSG:2154"


def test_selected_alert_is_marked_on_the_map(plugin, register, ref):
    with _open(register) as reg:
        reg.add_alert(
            {"titre": "Chevalement", "elements": "8W", "priorite": "B"}, "t", geometry=_element_point(ref, "8W")
        )
    dock = plugin.toggle_alerts_dock(True)
    from veille_plugin.qgis_adapters.geometry import L93

    plugin.iface.mapCanvas().setDestinationCrs(L93)
    dock.ui.tableAlerts.setCurrentIndex(dock.proxy.index(0, 0))
    marked = dock.marker.asGeometry()
    p = _element_point(ref, "8W")
    assert not marked.isEmpty() and marked.asMultiPoint()[0].distance(QgsPointXY(p.x, p.y)) < 0.01


def test_closing_an_alert_preselects_no_outcome(plugin, register, monkeypatch):
    """Issue 15, point 8: closing an alert defaulted to «sauvegardée». The first choice offered is now no outcome,
    and choosing it asks again instead of closing."""
    from qgis.PyQt.QtWidgets import QInputDialog

    with _open(register) as reg:
        reg.add_alert({"titre": "Toiture effondrée", "elements": "63V"}, "test")
    dock = plugin.toggle_alerts_dock(True)
    dock.reload()
    dock.ui.tableAlerts.selectRow(0)
    offered = []

    def get_item(parent, title, label, items, current, editable):
        offered.append((label, list(items), current))
        # first the preselected entry (no outcome), then «perdue»
        return (items[current], True) if len(offered) == 1 else ("perdue", True)

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: ("Démolie en 2026", True)))
    dock.close_current()
    assert len(offered) == 2  # the placeholder did not close the alert: asked again
    _label, items, current = offered[0]
    assert items[current] not in ("sauvegardée", "perdue", "levée")
    assert {"sauvegardée", "perdue", "levée"} <= set(items)
    with _open(register) as reg:
        assert list(reg.alerts()["statut"]) == ["perdue"]
