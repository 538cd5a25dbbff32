"""«Règles» dock in QGIS: describe a project, locate it, read the verdicts."""

import shapely
from qgis.PyQt.QtWidgets import QTextBrowser
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY, QgsVectorLayer

L93 = QgsCoordinateReferenceSystem("EPSG:2154")


def _element(ref, category=None, ident=None):
    el = ref.elements.attributes
    rows = el.index[el["identifiant"] == ident] if ident else el.index[el["categorie"] == category]
    i = int(rows[0])
    return el["identifiant"][i], ref.elements.geometries[i]


def test_rules_dock_demolition_in_a_cite(plugin, ref):
    dock = plugin.toggle_rules_dock(True)
    assert not dock.isHidden()
    ident, geom = _element(ref, category="cité minière")
    p = shapely.point_on_surface(geom)
    ui = dock.ui
    ui.comboType.setCurrentIndex(ui.comboType.findData("PD"))
    ui.editWorks.setText("Démolition d'une maison de la cité")
    ui.editId.setText("PD 059 000 26 00001")
    dock.set_geometries([QgsGeometry.fromPointXY(QgsPointXY(p.x, p.y))], L93, run=True)
    rec = dock.record
    assert rec["zone"] == "bien" and rec["cas"]["identifiant"] == "PD 059 000 26 00001"
    verdicts = {
        dock.ui.treeVerdicts.topLevelItem(k).text(0): dock.ui.treeVerdicts.topLevelItem(k).text(1)
        for k in range(dock.ui.treeVerdicts.topLevelItemCount())
    }
    # issue 14: a demolition in a cité is «à vérifier» with the method's questions (002 l. 672), not «non conforme»
    assert verdicts["R05"] == "à vérifier"
    order = ["information", "à vérifier", "majeur", "bloquant"]
    fired = [v["severite"] for v in rec["verdicts"] if v["verdict"] in ("à vérifier", "non conforme")]
    assert rec["severite_globale"] == max(fired, key=order.index)
    assert rec["severite_globale"] in ui.lblSeverity.text()
    # R05 in detail: its questions and its basis, with its status
    items = [ui.treeVerdicts.topLevelItem(k) for k in range(ui.treeVerdicts.topLevelItemCount())]
    ui.treeVerdicts.setCurrentItem(next(it for it in items if it.text(0) == "R05"))
    detail = ui.txtDetail.toPlainText()
    assert "R05" in detail and "Fondement (officielle)" in detail and "l. 672" in detail
    assert "cité entière" in detail  # one of the method's questions
    # the «Fondements…» help: the page of the catalogue in force
    ui.btnFoundations.click()
    page = dock.foundations_dialog.findChild(QTextBrowser).toPlainText()
    assert "R05" in page and "R29" in page and "proposition à confirmer" in page
    dock.foundations_dialog.close()
    # the element involved is outlined on the map
    assert dock.highlight.numberOfVertices() > 0
    assert ident in [e["id"] for e in rec["elements_intersectes"]]


def test_rules_dock_wind_turbine_outside_the_buffer_zone(plugin, ref):
    dock = plugin.toggle_rules_dock(True)
    _ident, geom = _element(ref, category="terril")
    c = shapely.centroid(geom)
    # 6 km east of a terril: outside the Bien, but within the 10 km landscape distance of R10
    pt = shapely.Point(c.x + 6000, c.y)
    assert not shapely.intersects(pt, ref.bien_union)
    ui = dock.ui
    ui.comboType.setCurrentIndex(ui.comboType.findData("PC"))
    ui.comboNature.setCurrentText("éolienne")
    ui.spinHeight.setValue(150)
    dock.set_geometries([QgsGeometry.fromPointXY(QgsPointXY(pt.x, pt.y))], L93, run=True)
    r10 = next(v for v in dock.record["verdicts"] if v["regle"] == "R10")
    assert r10["verdict"] == "à vérifier" and "m" in r10["motif"]


def test_rules_dock_without_geometry_says_what_to_do(plugin):
    dock = plugin.toggle_rules_dock(True)
    dock.clear()
    assert dock.run() is None
    assert dock.record is None


def test_rules_dock_exports_the_screening_note(plugin, ref, tmp_path):
    dock = plugin.toggle_rules_dock(True)
    ident, geom = _element(ref, category="cité minière")
    p = shapely.point_on_surface(geom)
    dock.ui.comboType.setCurrentIndex(dock.ui.comboType.findData("DP"))
    dock.ui.editWorks.setText("ravalement de façade")
    dock.set_geometries([QgsGeometry.fromPointXY(QgsPointXY(p.x, p.y))], L93, run=True)
    written = dock.export_note(str(tmp_path / "fiche.pdf"))
    names = sorted(w.name for w in written)
    assert names == ["fiche.html", "fiche.pdf"]
    assert (tmp_path / "fiche.pdf").read_bytes().startswith(b"%PDF")
    text = (tmp_path / "fiche.html").read_text(encoding="utf-8")
    assert "R06" in text and ident in text and "<svg" in text


def test_selection_applies_the_rules_as_pointing_does(plugin, ref):
    """Issue 15, point 8: «Sélection» took the selected footprint but did not apply the rules."""
    from qgis.core import QgsFeature, QgsProject

    dock = plugin.toggle_rules_dock(True)
    dock.clear()
    _ident, geom = _element(ref, category="cité minière")
    p = shapely.point_on_surface(geom)
    layer = QgsVectorLayer("Point?crs=EPSG:2154", "sélection", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(p.x, p.y)))
    layer.dataProvider().addFeatures([f])
    QgsProject.instance().addMapLayer(layer)
    layer.selectAll()
    plugin.iface.setActiveLayer(layer)
    dock.ui.btnSelection.click()
    assert dock.record is not None and dock.record["zone"] == "bien"
    assert dock.ui.treeVerdicts.topLevelItemCount() > 0
    QgsProject.instance().removeMapLayer(layer.id())


def test_the_identity_typed_in_the_form_heads_the_fiche(plugin, ref, tmp_path):
    """Issue 15, point 5: address, parcels, applicant and dates typed in the form fill the fiche's header; the
    commune left empty is the footprint's; the box unchecked, nothing typed there is used."""
    dock = plugin.toggle_rules_dock(True)
    ui = dock.ui
    _ident, geom = _element(ref, category="cité minière")
    p = shapely.point_on_surface(geom)
    ui.editId.setText("PC 062 000 26 00099")
    ui.grpIdentity.setChecked(True)
    assert ui.editAddress.isVisible() or not dock.isVisible()
    for widget, text in (
        (ui.editAddress, "7 rue fictive"),
        (ui.editParcels, "000 AB 0001"),
        (ui.editApplicant, "SCI fictive"),
        (ui.editDeposit, "2026-11-02"),
        (ui.editDeadline, "02/01/2027"),
    ):
        widget.setText(text)
    dock.set_geometries([QgsGeometry.fromPointXY(QgsPointXY(p.x, p.y))], L93, run=True)
    written = dock.export_note(str(tmp_path / "fiche.pdf"))
    page = (tmp_path / "fiche.html").read_text(encoding="utf-8")
    block = page[page.index('<table class="cas"') :].split("</table>", 1)[0]
    for value in ("PC 062 000 26 00099", "7 rue fictive", "000 AB 0001", "SCI fictive", "02/11/2026", "02/01/2027"):
        assert value in block, value
    assert dock.record["identite"]["commune"] in block.replace("&#x27;", "'")
    assert [w.suffix for w in written] == [".html", ".pdf"]
    ui.grpIdentity.setChecked(False)
    dock.run()
    assert dock.record["identite"]["adresse"] == ""


def test_rules_dock_computes_the_covisibility_in_a_task(plugin, ref, tmp_path, qtbot):
    """Issue 26, item 4: «Covisibilité par-dessus le relief» checked, the rules are shown at once, then a background
    task asks the altimetry profiles through QGIS's network stack (a local server with a ridge here) and the verdicts,
    the priority and the fiche say the answer; unchecked, nothing is asked."""
    from altimetry_server import AltimetryServer, ridge

    from veille_plugin.core import config

    dock = plugin.toggle_rules_dock(True)
    _ident, geom = _element(ref, category="terril")
    c = shapely.centroid(geom)
    pt = shapely.Point(c.x + 3000, c.y)
    ui = dock.ui
    ui.comboType.setCurrentIndex(ui.comboType.findData("projet"))
    ui.comboNature.setCurrentText("éolienne")
    ui.spinHeight.setValue(150)
    with AltimetryServer(ridge) as server:
        config.update_settings(altimetry_url=server.url)
        try:
            ui.chkCovisibility.setChecked(False)
            dock.set_geometries([QgsGeometry.fromPointXY(QgsPointXY(pt.x, pt.y))], L93, run=True)
            assert dock.covisibility_task is None and server.requests == []
            ui.chkCovisibility.setChecked(True)
            dock.run()
            before = next(v for v in dock.record["verdicts"] if v["regle"] == "R10")
            assert "covisibilité" not in before["motif"]  # shown at once, without it
            qtbot.waitUntil(lambda: dock.covisibility_task is None, timeout=60_000)
        finally:
            config.update_settings(altimetry_url=None)
            ui.chkCovisibility.setChecked(False)
    assert server.requests
    r10 = next(v for v in dock.record["verdicts"] if v["regle"] == "R10")
    assert r10["verdict"] == "à vérifier" and "masqué par le relief" in r10["motif"]
    assert "bâti et végétation non pris en compte" in r10["motif"]
    assert dock.record["covisibilite"]
    dock.export_note(str(tmp_path / "fiche.pdf"))
    page = (tmp_path / "fiche.html").read_text(encoding="utf-8")
    assert 'class="profil"' in page and (tmp_path / "fiche.pdf").read_bytes().startswith(b"%PDF")
