"""Run inside the real QGIS desktop (``qgis --code``): load the plugin's layers, open the dock.

With VEILLE_E2E_OUT set (end-to-end test), it also screens a point through the dock, saves
screenshots and a JSON report there, and quits QGIS. Without it (``make qgis``) it leaves
QGIS open for a person to try.
"""

import json
import os
import traceback
from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

OUT = os.environ.get("VEILLE_E2E_OUT")
report = {"steps": [], "python_errors": [], "plugin_messages": []}


def on_message(message, tag, level):
    """Keep every Python error QGIS logs, and the plugin's own warnings and errors."""
    if tag in ("Python error", "Erreur Python") or "Traceback (most recent call last)" in message:
        report["python_errors"].append({"tag": tag, "message": message[-4000:]})
    elif tag == "Veille patrimoniale" and _int(level) in (
        _int(Qgis.MessageLevel.Warning),
        _int(Qgis.MessageLevel.Critical),
    ):
        report["plugin_messages"].append({"level": _int(level), "message": message[-2000:]})


def _int(level):
    return int(getattr(level, "value", level))


QgsApplication.messageLog().messageReceived.connect(on_message)


def step(name, **data):
    report["steps"].append(dict(name=name, **data))


def save_report():
    if OUT:
        Path(OUT, "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")


def finish():
    """Save the report and quit QGIS normally: the test asserts that QGIS then exits with code 0."""
    from veille_plugin.native_libraries import duplicated_native_libraries, loaded_native_libraries

    step("native_libraries", loaded=loaded_native_libraries(), duplicated=duplicated_native_libraries())
    guard = Path(OUT or ".", "qgis_python_errors.jsonl")  # written by scripts/qgis_e2e_guard.py (PYQGIS_STARTUP)
    if OUT and guard.exists():
        report["python_errors"] += [json.loads(line) for line in guard.read_text(encoding="utf-8").splitlines()]
    save_report()
    if OUT:
        QgsProject.instance().clear()
        QgsApplication.instance().quit()


def grab(name):
    if OUT:
        path = str(Path(OUT, name))
        iface.mainWindow().grab().save(path)
        step("screenshot", path=path)


def run():
    try:
        iface.mainWindow().setGeometry(0, 0, 1600, 1000)
        plugin = plugins.get("veille_plugin")
        step("plugin_loaded", ok=plugin is not None, cls=type(plugin).__name__ if plugin else None)
        if plugin is None:
            return finish()
        QgsProject.instance().setCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
        group = plugin.load_reference_layers()
        step(
            "layers",
            names=[n.layer().name() for n in group.findLayers()],
            counts={n.layer().name(): n.layer().featureCount() for n in group.findLayers()},
        )
        dock = plugin.toggle_analysis_dock(True)
        step("dock", visible=dock.isVisible())
        if OUT:
            QTimer.singleShot(2500, lambda: type_search(0))  # one instructor session: search, point, case, fiche
    except Exception:
        step("error", traceback=traceback.format_exc())
        finish()


def screen_point():
    try:
        import shapely
        from qgis.core import QgsGeometry, QgsPointXY

        from veille_plugin.core.reference.data import load_reference

        plugin = plugins["veille_plugin"]
        dock = plugin.analysis_dock
        ref = load_reference()
        el = ref.elements.attributes
        i = int(el.index[el["identifiant"] == "42A"][0])  # Fosse 9-9bis, Oignies
        p = shapely.point_on_surface(ref.elements.geometries[i])
        canvas = iface.mapCanvas()
        from qgis.core import QgsRectangle

        canvas.setExtent(QgsRectangle(p.x - 1500, p.y - 1000, p.x + 1500, p.y + 1000))
        canvas.refresh()
        record = dock.analyse_geometries(
            [QgsGeometry.fromPointXY(QgsPointXY(p.x, p.y))], QgsCoordinateReferenceSystem("EPSG:2154")
        )
        step(
            "screened",
            zone=record["zone"],
            elements=[e["id"] for e in record["elements_intersectes"]],
            near=len(record["elements_proches"]),
            label=dock.ui.lblZone.text(),
            tree=[dock.ui.treeResults.topLevelItem(k).text(0) for k in range(dock.ui.treeResults.topLevelItemCount())],
        )
        QTimer.singleShot(3000, lambda: (grab("qgis_analyse.png"), show_rules()))
    except Exception:
        step("error", traceback=traceback.format_exc())
        finish()


def show_rules():
    """The «Règles» dock on a demolition in a cité (the analysis dock is tabified behind it)."""
    try:
        import shapely
        from qgis.core import QgsGeometry, QgsPointXY

        from veille_plugin.core.reference.data import load_reference

        plugin = plugins["veille_plugin"]
        dock = plugin.toggle_rules_dock(True)
        dock.raise_()
        ref = load_reference()
        el = ref.elements.attributes
        i = int(el.index[el["identifiant"] == "42C"][0])  # Cité Declercq, Oignies
        p = shapely.point_on_surface(ref.elements.geometries[i])
        ui = dock.ui
        ui.editId.setText("PD 062 637 26 00042 (FICTIF)")
        ui.comboType.setCurrentIndex(ui.comboType.findData("PD"))
        ui.editWorks.setText("Démolition d'une maison et d'une clôture")
        dock.set_geometries(
            [QgsGeometry.fromPointXY(QgsPointXY(p.x, p.y))], QgsCoordinateReferenceSystem("EPSG:2154"), run=True
        )
        rec = dock.record
        step(
            "rules",
            severity=rec["severite_globale"],
            fired=[v["regle"] for v in rec["verdicts"] if v["verdict"] in ("non conforme", "à vérifier")],
            rows=dock.ui.treeVerdicts.topLevelItemCount(),
        )
        QTimer.singleShot(2500, lambda: (grab("qgis_regles.png"), show_foundations(dock)))
    except Exception:
        step("error", traceback=traceback.format_exc())
        finish()


def show_foundations(dock):
    """The «Fondements…» button of the Règles dock, clicked as a user does: the page of the rules' foundations."""
    try:
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtTest import QTest
        from qgis.PyQt.QtWidgets import QTextBrowser

        QTest.mouseClick(dock.ui.btnFoundations, Qt.MouseButton.LeftButton)
        dialog = getattr(dock, "foundations_dialog", None)

        def shot():
            if dialog is not None:
                if OUT:
                    dialog.grab().save(str(Path(OUT, "qgis_fondements.png")))
                text = dialog.findChild(QTextBrowser)
                step("foundations", shown=dialog.isVisible(), text=text.toPlainText()[:4000] if text else "")
                dialog.close()
            show_alerts()

        QTimer.singleShot(1200, shot)
    except Exception:
        step("error", traceback=traceback.format_exc())
        finish()


def show_veille():
    """The «Veille» dock on a demonstration register (two weeks of FICTITIOUS permits): last week's sweep is in the
    register; this week's is run from the dock as a user would (issue 28): «+» and the week's file, which replaces
    last week's in the source list, then «Lancer le balayage»."""
    try:
        from veille_plugin.core import config
        from veille_plugin.core.paths import resources_dir
        from veille_plugin.core.reference.data import load_reference
        from veille_plugin.core.register import open_register
        from veille_plugin.core.rules.catalogue import load_catalogue
        from veille_plugin.core.sweep.run import SourceSpec, run_sweep
        from veille_plugin.core.sweep.sources import SourceEntry, save_sources

        demo = resources_dir() / "demo"
        path = config.config_dir() / "registre_demo.gpkg"
        week1 = str(demo / "permis_fictifs_semaine1.csv")
        with open_register(str(path)) as reg:
            run_sweep(
                [SourceSpec(week1, name="demo")],
                reg,
                load_reference(),
                load_catalogue(),
                config.config_dir() / "balayages",
                parcels=str(demo / "parcelles_fictives.geojson"),
                author="démonstration",
            )
        save_sources([SourceEntry(week1)])  # last week's list, as the dock remembers it
        config.set_value("register", str(path))
        plugin = plugins["veille_plugin"]
        # issue 15, point 2: the Plan IGN basemap from the toolbar's menu (a local tile server in the test)
        plugin.basemap_actions["plan_ign"].trigger()
        dock = plugin.toggle_veille_dock(True)
        dock.raise_()
        sweep_from_dock(dock, demo)
    except Exception:
        step("error", traceback=traceback.format_exc())
        finish()


def sweep_from_dock(dock, demo):
    """This week's sweep from the dock: the box unfolded, «+» and the file chosen, «Lancer le balayage» clicked."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest
    from qgis.PyQt.QtWidgets import QFileDialog

    from veille_plugin.core import config

    ui = dock.ui
    ui.grpSweep.setChecked(True)
    QgsApplication.processEvents()  # the box unfolded and laid out before its buttons are clicked
    ui.editParcels.setText(str(demo / "parcelles_fictives.geojson"))
    ui.editOut.setText(str(config.config_dir() / "balayages"))
    before = [ui.listSources.item(k).text() for k in range(ui.listSources.count())]
    answer = QFileDialog.getOpenFileNames
    QFileDialog.getOpenFileNames = staticmethod(lambda *a, **k: ([str(demo / "permis_fictifs_semaine2.csv")], ""))
    try:
        QTest.mouseClick(ui.btnAddSource, Qt.MouseButton.LeftButton)
    finally:
        QFileDialog.getOpenFileNames = answer
    after = [ui.listSources.item(k).text() for k in range(ui.listSources.count())]
    QTest.mouseClick(ui.btnRunSweep, Qt.MouseButton.LeftButton)

    def wait(left=300):
        if dock.task is not None and left > 0:
            QTimer.singleShot(200, lambda: wait(left - 1))
            return
        read = [ui.listSources.item(k).text() for k in range(ui.listSources.count())]
        step("veille_sources", before=before, after=after, read=read, progress=ui.progressSweep.value())
        ui.grpSweep.setChecked(False)  # folded again: the list takes the room
        veille_list(dock)

    QTimer.singleShot(500, wait)


def veille_list(dock):
    """The list after the two sweeps: the Bien's cases, one chosen, the headers clicked."""
    try:
        dock.ui.comboZone.setCurrentIndex(dock.ui.comboZone.findData("bien"))
        located = [
            r
            for r in range(dock.proxy.rowCount())
            if dock.proxy.index(r, 0).data()
            and dock.model.df["localisation"].iloc[dock.proxy.mapToSource(dock.proxy.index(r, 0)).row()] == "parcelles"
        ]
        dock.ui.tableCases.setCurrentIndex(dock.proxy.index(located[0] if located else 0, 0))
        dock.zoom_to_current()
        flags_latest = sorted(set(dock.model.df["changement_affiche"]) - {""})
        # issue 25: the list opens ordered by priority; a click on «Dossier» orders it by number, a click on
        # «Priorité» (again if Qt chose the descending order) brings the priorities back, as a user would do it
        from qgis.PyQt.QtCore import QPoint, Qt
        from qgis.PyQt.QtTest import QTest

        from veille_plugin.gui.cases_model import NUMBER_COLUMN, PRIORITY_COLUMN

        def shown(column, n=12):
            return [dock.proxy.index(r, column).data() for r in range(min(n, dock.proxy.rowCount()))]

        def click_header(section):
            header = dock.ui.tableCases.horizontalHeader()
            x = header.sectionViewportPosition(section) + 6
            QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, 6))
            return header

        opened, numbers_opened = shown(PRIORITY_COLUMN), shown(NUMBER_COLUMN)
        click_header(NUMBER_COLUMN)
        by_number = shown(NUMBER_COLUMN)
        header = click_header(PRIORITY_COLUMN)
        if header.sortIndicatorOrder() != Qt.SortOrder.AscendingOrder:
            click_header(PRIORITY_COLUMN)
        back = shown(PRIORITY_COLUMN)
        dock.ui.tableCases.scrollToTop()
        combo = dock.ui.comboSweep
        sweeps = [combo.itemText(k) for k in range(combo.count())]
        combo.setCurrentIndex(1)  # the week before: its nouveau flags come back
        new_before = int((dock.model.df["changement_affiche"] == "nouveau").sum())
        combo.setCurrentIndex(0)
        step(
            "veille",
            rows=dock.model.rowCount(),
            shown=dock.proxy.rowCount(),
            count=dock.ui.lblCount.text(),
            detail=dock.ui.txtCase.toPlainText()[:3000],
            sweeps=sweeps,
            flags_latest=flags_latest,
            new_in_first_sweep=new_before,
            priorities_opened=opened,
            numbers_opened=numbers_opened,
            numbers_after_click=by_number,
            priorities_after_clicks=back,
            # the heading's full words (a narrow dock shows «Prio.», «Priorité» in its tooltip)
            priority_header=dock.model.headerData(
                PRIORITY_COLUMN, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
            )
            or dock.model.headerData(PRIORITY_COLUMN, Qt.Orientation.Horizontal),
            basemaps=[lyr.name() for lyr in QgsProject.instance().mapLayers().values() if lyr.providerType() == "wms"],
        )
        QTimer.singleShot(3500, lambda: (grab("qgis_veille.png"), veille_monday(dock)))
    except Exception:
        step("error", traceback=traceback.format_exc())
        finish()


def veille_monday(dock):
    """Issue 28: the earlier sweep's report opened from the chooser (the path the dock asks the desktop to open is
    recorded, no browser starts), the two one-click filters clicked, the dock at 340 px and its picture."""
    try:
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtGui import QDesktopServices
        from qgis.PyQt.QtTest import QTest

        from veille_plugin.gui.cases_model import COLUMNS

        ui = dock.ui
        chosen = (dock.current_case() or {}).get("numero_norm")  # the case of the fiche, chosen again at the end
        opened = []
        open_url = QDesktopServices.openUrl
        QDesktopServices.openUrl = staticmethod(lambda url: opened.append(url.toLocalFile()) or True)
        try:
            ui.comboSweep.setCurrentIndex(ui.comboSweep.count() - 1)  # the earliest sweep (the list is newest first)
            earlier = ui.comboSweep.currentText()
            QTest.mouseClick(ui.btnOpenReport, Qt.MouseButton.LeftButton)
            ui.comboSweep.setCurrentIndex(0)
            QTest.mouseClick(ui.btnOpenReport, Qt.MouseButton.LeftButton)
        finally:
            QDesktopServices.openUrl = open_url
        ui.comboZone.setCurrentIndex(0)
        everything = dock.proxy.rowCount()
        QTest.mouseClick(ui.btnNewOnly, Qt.MouseButton.LeftButton)
        new_only = dock.proxy.rowCount()
        QTest.mouseClick(ui.btnInBien, Qt.MouseButton.LeftButton)
        new_in_bien = dock.proxy.rowCount()
        zones = sorted({dock.proxy.index(r, 3).data() for r in range(new_in_bien)})
        iface.mainWindow().resizeDocks([dock], [340], Qt.Orientation.Horizontal)
        QgsApplication.processEvents()
        if new_in_bien:
            ui.tableCases.setCurrentIndex(dock.proxy.index(0, 0))
        view = ui.tableCases

        def shot():
            columns = [
                dock.model.headerData(k, Qt.Orientation.Horizontal)
                for k in range(len(COLUMNS))
                if not view.isColumnHidden(k)
            ]
            step(
                "veille_monday",
                earlier_sweep=earlier,
                opened=opened,
                opened_exist=[Path(p).exists() for p in opened],
                rows=everything,
                new_only=new_only,
                new_in_bien=new_in_bien,
                zones_shown=zones,
                dock_width=dock.width(),
                columns=columns,
                table_scrolls_sideways=view.horizontalScrollBar().isVisible(),
                triage_top=ui.grpTriage.mapTo(dock, ui.grpTriage.rect().topLeft()).y(),
                dock_height=dock.height(),
                status=ui.comboCaseStatus.currentText(),
            )
            grab("qgis_veille_340px.png")
            QTest.mouseClick(ui.btnNewOnly, Qt.MouseButton.LeftButton)  # the filters off again for the next steps
            QTest.mouseClick(ui.btnInBien, Qt.MouseButton.LeftButton)
            veille_authorised_without_avis(dock, chosen)

        QTimer.singleShot(1500, shot)
    except Exception:
        step("error", traceback=traceback.format_exc())
        finish()


def veille_authorised_without_avis(dock, chosen):
    """Issue 29, point 2: «Autorisés sans avis» clicked in the Veille dock (authorised in the Bien or the zone
    tampon, no avis in the register, by priority), its picture, then the filter off and the fiche's case chosen."""
    try:
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtTest import QTest

        ui = dock.ui
        everything = dock.proxy.rowCount()
        QTest.mouseClick(ui.btnAuthorisedNoAvis, Qt.MouseButton.LeftButton)
        rows = [dock.proxy.mapToSource(dock.proxy.index(r, 0)).row() for r in range(dock.proxy.rowCount())]
        shown = dock.model.df.iloc[rows]
        if rows:
            ui.tableCases.setCurrentIndex(dock.proxy.index(0, 0))

        def shot():
            step(
                "veille_authorised_without_avis",
                rows=everything,
                shown=len(rows),
                count_label=ui.lblCount.text(),
                button=ui.btnAuthorisedNoAvis.text().replace("\n", " "),
                zones=sorted(set(shown["zone"].dropna())),
                decisions=sorted(set(shown["decision"].dropna())),
                avis=sorted(set(shown["avis"].dropna())),
                ranks=[int(r) for r in shown["priorite_rang"].fillna(99)],
            )
            grab("qgis_veille_autorises_sans_avis.png")
            QTest.mouseClick(ui.btnAuthorisedNoAvis, Qt.MouseButton.LeftButton)
            dock.select_case(chosen)
            export_fiche()

        QTimer.singleShot(1500, shot)
    except Exception:
        step("error", traceback=traceback.format_exc())
        finish()


def export_fiche():
    """«Fiche d'analyse…» of the chosen case (the save dialog answered as a user would), then its pages read."""
    try:
        import subprocess

        from qgis.PyQt.QtWidgets import QFileDialog

        dock = plugins["veille_plugin"].veille_dock
        target = str(Path(OUT, "qgis_fiche.pdf"))
        answer = QFileDialog.getSaveFileName
        QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (target, "PDF (*.pdf)"))
        try:
            dock.ui.btnFiche.click()
        finally:
            QFileDialog.getSaveFileName = answer
        info = subprocess.run(["pdfinfo", target], capture_output=True, text=True).stdout
        pages = next((int(line.split()[-1]) for line in info.splitlines() if line.startswith("Pages:")), 0)
        text = subprocess.run(["pdftotext", "-l", "1", target, "-"], capture_output=True, text=True).stdout
        subprocess.run(["pdftoppm", "-r", "70", "-png", target, str(Path(OUT, "qgis_fiche"))], check=False)
        step("fiche", pages=pages, first_page=text[:3000], case=dock.current_case()["numero"])
        QTimer.singleShot(500, screen_point)
    except Exception:
        step("error", traceback=traceback.format_exc())
        finish()


def show_alerts():
    """The «Alertes» dock and the alerts layer on FICTITIOUS demonstration alerts, then one alert's form."""
    try:
        from veille_plugin.core.alerts.demo import load_demo_alerts
        from veille_plugin.core.reference.data import load_reference
        from veille_plugin.qgis_adapters.register_target import open_configured_register

        with open_configured_register() as reg:
            ids = load_demo_alerts(reg, load_reference())
        plugin = plugins["veille_plugin"]
        dock = plugin.toggle_alerts_dock(True)
        dock.raise_()
        dock.reload()
        layer = dock.show_layer()
        dock.ui.tableAlerts.setCurrentIndex(dock.proxy.index(0, 0))
        from qgis.core import QgsCoordinateTransform, QgsProject

        canvas = iface.mapCanvas()
        extent = QgsCoordinateTransform(
            layer.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance()
        ).transformBoundingBox(layer.extent())
        extent.grow(4000)
        canvas.setExtent(extent)
        canvas.refresh()
        step(
            "alerts",
            ids=ids,
            rows=dock.model.rowCount(),
            shown=dock.proxy.rowCount(),
            count=dock.ui.lblCount.text(),
            layer_valid=layer.isValid(),
            layer_features=sum(1 for _ in layer.getFeatures()),
            categories=[c.label() for c in layer.renderer().categories()],
        )

        def form():
            grab("qgis_alertes.png")
            from veille_plugin.gui.alert_dialog import AlertDialog

            dlg = AlertDialog(dock._open, iface.mainWindow(), alert_id=ids[0])
            dlg.setGeometry(250, 80, 720, 840)
            dlg.show()

            def shot():
                if OUT:
                    dlg.grab().save(str(Path(OUT, "qgis_alerte_formulaire.png")))
                    dlg.ui.tabs.setCurrentIndex(dlg.ui.tabs.indexOf(dlg.ui.tabHistory))
                    dlg.grab().save(str(Path(OUT, "qgis_alerte_historique.png")))
                    step("screenshot", path=str(Path(OUT, "qgis_alerte_formulaire.png")))
                dlg.close()
                alert_on_map()

            QTimer.singleShot(1000, shot)

        QTimer.singleShot(2500, form)
    except Exception:
        step("error", traceback=traceback.format_exc())
        finish()


def alert_on_map():
    """Issue 28: an alert raised from a map click without knowing any code, played as a heritage officer does: the
    toolbar's «Signaler une alerte sur la carte» clicked, the canvas clicked on the Cité des Provinces (Lens), the
    element chosen by its name in the list, the form filled (its priorities explained) and saved."""
    try:
        from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY, QgsRectangle
        from qgis.PyQt.QtCore import QPoint, Qt
        from qgis.PyQt.QtTest import QTest
        from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox

        from veille_plugin.core.alerts.service import resolve_elements
        from veille_plugin.core.reference.data import load_reference
        from veille_plugin.gui.alert_dialog import AlertDialog
        from veille_plugin.qgis_adapters.register_target import open_configured_register

        import shapely

        plugin = plugins["veille_plugin"]
        ref = load_reference()
        target = shapely.point_on_surface(ref.elements.geometries[resolve_elements(["63V"], ref)[0]])
        canvas = iface.mapCanvas()
        dest = canvas.mapSettings().destinationCrs()
        to_dest = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:2154"), dest, QgsProject.instance())
        canvas.setExtent(
            to_dest.transformBoundingBox(QgsRectangle(target.x - 700, target.y - 450, target.x + 700, target.y + 450))
        )
        canvas.refresh()
        seen = {}

        def when(condition, then, tries=160):
            def poll(left=tries):
                value = condition()
                if value:
                    then(value)
                elif left > 0:
                    QTimer.singleShot(100, lambda: poll(left - 1))
                else:
                    seen.setdefault("timeouts", []).append(getattr(then, "__name__", "?"))
                    w = QApplication.activeModalWidget()
                    if w is not None:
                        w.reject()

            QTimer.singleShot(100, poll)

        def on_chooser(chooser):
            chooser.move(1010, 140)
            seen["chooser_title"] = chooser.windowTitle()
            seen["chooser_labels"] = chooser.labels()
            seen["chooser_help"] = chooser.ui.lblHelp.text()

            def shot_and_choose():
                if OUT:
                    path = str(Path(OUT, "qgis_alerte_carte.png"))
                    import subprocess

                    done = subprocess.run(["/usr/bin/import", "-window", "root", path], check=False).returncode == 0
                    if not done:
                        chooser.grab().save(path)
                    step("screenshot", path=path)
                item = next(
                    chooser.ui.listElements.item(i)
                    for i in range(chooser.ui.listElements.count())
                    if chooser.ui.listElements.item(i).text().startswith("Cité des Provinces\n")
                )
                rect = chooser.ui.listElements.visualItemRect(item)
                QTest.mouseClick(
                    chooser.ui.listElements.viewport(),
                    Qt.MouseButton.LeftButton,
                    Qt.KeyboardModifier.NoModifier,
                    rect.center(),
                )
                seen["chosen"] = chooser.chosen_id()
                when(
                    lambda: (
                        isinstance(QApplication.activeModalWidget(), AlertDialog) and QApplication.activeModalWidget()
                    ),
                    on_form,
                )
                QTest.mouseClick(
                    chooser.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
                )

            QTimer.singleShot(800, shot_and_choose)

        def on_form(form):
            form.setGeometry(250, 60, 720, 860)
            seen["form_elements"] = form.ui.editElements.text()
            seen["form_names"] = form.ui.lblElementNames.text()
            form.ui.editTitle.setFocus()
            form.ui.editTitle.setText("Toiture de la maison d'angle effondrée")
            form.ui.editDescription.setPlainText("Constat depuis la rue après la tempête ; bâche à poser.")
            form.ui.comboPriority.setCurrentIndex(form.ui.comboPriority.findData("B"))
            seen["priorities"] = form.ui.lblPriorityMeaning.text()

            def shot_and_save():
                if OUT:
                    path = str(Path(OUT, "qgis_alerte_formulaire_priorites.png"))
                    form.grab().save(path)
                    step("screenshot", path=path)
                QTest.mouseClick(
                    form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
                )
                seen["form_errors"] = form.ui.lblErrors.text()

            QTimer.singleShot(800, shot_and_save)

        toolbar_button = plugin.toolbar.widgetForAction(plugin.action_alert_map)
        QTest.mouseClick(toolbar_button, Qt.MouseButton.LeftButton)
        seen["tool_active"] = canvas.mapTool() is plugin.alert_map_tool and plugin.action_alert_map.isChecked()
        when(lambda: plugin.alerts_dock is not None and plugin.alerts_dock.chooser, on_chooser)
        pixel = canvas.getCoordinateTransform().transform(to_dest.transform(QgsPointXY(target.x, target.y)))
        # the click: the chooser, then the form, run modally inside it, driven by the timers above
        QTest.mouseClick(
            canvas.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            QPoint(int(pixel.x()), int(pixel.y())),
        )
        with open_configured_register() as reg:
            alerts = reg.alerts()
            mine = alerts[alerts["titre"] == "Toiture de la maison d'angle effondrée"]
            history = reg.alert_history(int(mine["id"].iloc[0])) if len(mine) else []
        step(
            "alert_map",
            tool_active=seen.get("tool_active"),
            chooser_labels=seen.get("chooser_labels"),
            chooser_help=seen.get("chooser_help"),
            chosen=seen.get("chosen"),
            form_elements=seen.get("form_elements"),
            form_names=seen.get("form_names"),
            priorities=seen.get("priorities"),
            form_errors=seen.get("form_errors"),
            saved=mine[["elements", "priorite", "commune_nom"]].to_dict("records") if len(mine) else [],
            history=[{"action": h["action"], "field": h["field"], "new": h["new"]} for h in history],
            timeouts=seen.get("timeouts", []),
        )
        plugin.action_alert_map.trigger()  # the tool put down: the next steps use their own tools
        QTimer.singleShot(500, show_plu)
    except Exception:
        step("error", traceback=traceback.format_exc())
        finish()


def show_plu():
    """Issue 28: a commune's urbanism officer compares the FICTITIOUS draft PLU of Loos-en-Gohelle with the plan in
    force, by typing and clicking: the two versions given, «Loos» typed in the commune field and the completion
    «Loos-en-Gohelle (62528)» picked with the arrow key and Enter, «Comparer» clicked; then the table's cells, the
    summary and the colours' legend are read as shown, and the dock pictured (qgis_plu_comparaison.png)."""
    try:
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtTest import QTest

        from veille_plugin.core.paths import resources_dir

        plugin = plugins["veille_plugin"]
        dock = plugin.toggle_plu_dock(True)
        dock.raise_()
        ui = dock.ui
        demo = resources_dir() / "demo" / "plu"
        ui.editBefore.setText(str(demo / "62528_PLU_FICTIF_avant_v2017.gpkg"))
        ui.editAfter.setText(str(demo / "62528_PLU_FICTIF_apres_v2024.gpkg"))
        ui.editOut.setText(str(Path(OUT or ".", "plu")))
        seen = {"watch_folded": ui.groupWatch.isHidden()}
        from qgis.PyQt.QtWidgets import QApplication

        QApplication.setActiveWindow(iface.mainWindow())  # no window manager under Xvfb gives QGIS the focus
        QTest.mouseClick(ui.editCommune, Qt.MouseButton.LeftButton)
        ui.editCommune.clear()
        QTest.keyClicks(ui.editCommune, "Loos")
        waited = [0]

        def pick():
            completer = ui.editCommune.completer()
            popup = completer.popup()
            if not popup.isVisible() and waited[0] < 20:
                waited[0] += 1
                QTimer.singleShot(200, pick)
                return
            try:
                seen["focus"] = ui.editCommune.hasFocus()
                seen["offered"] = [
                    completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())
                ]
                QTest.keyClick(popup, Qt.Key.Key_Down)
                QTest.keyClick(popup, Qt.Key.Key_Return)
                seen["commune_field"] = ui.editCommune.text()
                waited[0] = 0
                QTest.mouseClick(ui.btnRun, Qt.MouseButton.LeftButton)
                QTimer.singleShot(500, wait)
            except Exception:
                step("error", traceback=traceback.format_exc())
                finish()

        def table_cells():
            model = ui.tableChanges.model()
            headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
            return [{h: model.index(r, c).data() for c, h in enumerate(headers)} for r in range(model.rowCount())]

        def wait():
            if dock.task is not None and waited[0] < 120:
                waited[0] += 1
                QTimer.singleShot(500, wait)
                return
            try:
                ok = dock.result is not None
                seen["commune_compared"] = dock.result["diff"].params.get("commune") if ok else None
                seen["cells"] = table_cells()
                seen["legend"] = ui.lblLegend.text()
                seen["legend_visible"] = ui.lblLegend.isVisible()
                viewport = dock.widget().viewport()
                table_top = ui.tableChanges.mapTo(viewport, ui.tableChanges.rect().topLeft()).y()
                seen["table_rows_visible"] = table_top + 60 < viewport.height()  # header and a first row on screen
                seen["dock_height"] = viewport.height()
                QTimer.singleShot(2000, shot)
            except Exception:
                step("error", traceback=traceback.format_exc())
                finish()

        def shot():
            try:
                grab("qgis_plu_comparaison.png")
                if OUT:  # the dock alone, at its real size, for the note
                    dock.grab().save(str(Path(OUT, "qgis_plu_comparaison_dock.png")))
                ok = dock.result is not None
                layer = dock.add_changes_layer() if ok else None
                ui.comboCategory.setCurrentIndex(ui.comboCategory.findData("ouverture_urbanisation"))
                ui.tableChanges.setCurrentIndex(dock.proxy.index(0, 0))
                step(
                    "plu",
                    ok=ok,
                    changes=len(dock.result["diff"].pieces) if ok else None,
                    summary=ui.lblSummary.text(),
                    error=dock.last_error,
                    layer=layer is not None and layer.isValid(),
                    **seen,
                )
                QTimer.singleShot(2500, lambda: (grab("qgis_plu.png"), watch_plu_online()))
            except Exception:
                step("error", traceback=traceback.format_exc())
                finish()

        QTimer.singleShot(300, pick)
    except Exception:
        step("error", traceback=traceback.format_exc())
        finish()


def watch_plu_online():
    """«Vérifier les PLU en ligne» driven as a user does (type the commune, click, wait; the service publishes a new
    version; click again; choose the two snapshots, compare), against a local server answering like the API Carto
    GPU module with the FICTITIOUS demonstration versions of Loos-en-Gohelle."""
    try:
        import sys

        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtTest import QTest
        from qgis.PyQt.QtWidgets import QApplication, QMessageBox

        from veille_plugin.core import config
        from veille_plugin.core.paths import resources_dir

        sys.path.insert(0, str(Path(os.environ.get("VEILLE_ROOT") or Path.cwd()) / "tests"))
        from gpu_server import GpuServer, cnig_collections, outline

        demo = resources_dir() / "demo" / "plu"
        versions = [
            cnig_collections(demo / n)
            for n in ("62528_PLU_FICTIF_avant_v2017.gpkg", "62528_PLU_FICTIF_apres_v2024.gpkg")
        ]
        shape = outline(versions[0])
        server = GpuServer().__enter__()
        server.add_commune("62528", "Loos-en-Gohelle", shape)
        server.set_document("DU_62528", "PLU", "Loos-en-Gohelle (PLU FICTIF)", versions[0], shape)
        config.set_value("gpu_url", server.base_url)
        dock = plugins["veille_plugin"].plu_dock
        ui = dock.ui
        QTest.mouseClick(ui.btnWatchToggle, Qt.MouseButton.LeftButton)  # the folded group opened (issue 28)
        ui.editWatchCommune.clear()
        QTest.keyClicks(ui.editWatchCommune, "62528")
        QTest.mouseClick(ui.btnWatch, Qt.MouseButton.LeftButton)
        seen = {}
        tries = [0]

        def after(check, then):
            if dock.task is not None and tries[0] < 240:
                tries[0] += 1
                QTimer.singleShot(500, lambda: after(check, then))
                return
            tries[0] = 0
            try:
                check()
                then()
            except Exception:
                step("error", traceback=traceback.format_exc())
                server.__exit__()
                finish()

        def first():
            seen["first"] = ui.lblWatch.text()
            seen["rows_first"] = ui.tableSnapshots.rowCount()

        def second_click():
            server.set_document("DU_62528", "PLU", "Loos-en-Gohelle (PLU FICTIF)", versions[1], shape)
            QTest.mouseClick(ui.btnWatch, Qt.MouseButton.LeftButton)
            after(second, choose_and_compare)

        def second():
            seen["second"] = ui.lblWatch.text()
            seen["rows_second"] = ui.tableSnapshots.rowCount()
            seen["changes_shown"] = dock.proxy.rowCount()

        def choose_and_compare():
            table = ui.tableSnapshots
            for row in range(table.rowCount()):
                rect = table.visualRect(table.model().index(row, 0))
                QTest.mouseClick(
                    table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center()
                )
            seen["chosen"] = dock.chosen_snapshots()
            dock.result = None
            QTest.mouseClick(ui.btnCompareSnapshots, Qt.MouseButton.LeftButton)
            after(compared, lambda: QTimer.singleShot(1500, done))

        def compared():
            seen["compared"] = dock.result["diff"].params.get("instantanes") if dock.result else None

        def done():
            grab("qgis_plu_en_ligne.png")
            # issue 27: the service loses most zones; the watch refuses, the dock offers to accept the change
            doc = server.documents["DU_62528"]
            doc["zone-urba"] = doc["zone-urba"][:10]
            QTest.mouseClick(ui.btnWatch, Qt.MouseButton.LeftButton)
            after(refused, accept)

        def refused():
            seen["refused"] = ui.lblWatch.text()
            seen["accept_visible"] = ui.btnAcceptChange.isVisible()
            grab("qgis_plu_changement_suspect.png")

        def accept():
            def answer():  # the confirmation is a real modal message box: read it, take its picture, say «Oui»
                box = QApplication.activeModalWidget()
                seen["question"] = box.text() if isinstance(box, QMessageBox) else None
                if isinstance(box, QMessageBox):
                    grab("qgis_plu_accepter.png")
                    box.grab().save(str(Path(OUT, "qgis_plu_accepter_question.png"))) if OUT else None
                    QTest.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

            QTimer.singleShot(800, answer)
            QTest.mouseClick(ui.btnAcceptChange, Qt.MouseButton.LeftButton)
            after(accepted, finished)

        def accepted():
            seen["accepted"] = ui.lblWatch.text()
            seen["accept_visible_after"] = ui.btnAcceptChange.isVisible()

        def finished():
            seen["requests"] = len(server.requests)
            server.__exit__()
            step("plu_watch", **seen)
            show_reports()

        after(first, second_click)
    except Exception:
        step("error", traceback=traceback.format_exc())
        finish()


def show_reports():
    """The «Rapports» dock as a user drives it: its toolbar button, «Écrire le rapport» (the comité technique over
    the last 30 days of the demonstration register), then the follow-up file of the Cité des Provinces."""
    try:
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtTest import QTest

        plugin = plugins["veille_plugin"]
        plugin.action_reports.trigger()
        dock = plugin.reports_dock
        ui = dock.ui
        ui.editOut.setText(str(Path(OUT or ".", "rapports")))
        QTest.mouseClick(ui.btnWrite, Qt.MouseButton.LeftButton)
        seen = {"visible": dock.isVisible()}
        tries = [0]

        def wait(then):
            if dock.task is not None and tries[0] < 240:
                tries[0] += 1
                QTimer.singleShot(500, lambda: wait(then))
                return
            tries[0] = 0
            try:
                then()
            except Exception:
                step("error", traceback=traceback.format_exc())
                finish()

        def committee_done():
            seen["committee"] = ui.lblResult.text()
            seen["committee_file"] = bool(dock.result) and Path(dock.result["rapports"][0]).exists()
            ui.comboKind.setCurrentIndex(ui.comboKind.findData("element"))
            ui.editElements.clear()
            QTest.keyClicks(ui.editElements, "63V")
            QTest.mouseClick(ui.btnWrite, Qt.MouseButton.LeftButton)
            wait(lambda: QTimer.singleShot(800, element_done))

        def element_done():
            seen["element"] = ui.lblResult.text()
            seen["element_file"] = Path(OUT or ".", "rapports", "element_63V.html").exists()
            grab("qgis_rapports.png")
            step("reports", **seen)
            record_condition()

        def record_condition():
            """«Constat…» beside the elements: the condition form, filled and saved as a user does."""
            from qgis.PyQt.QtWidgets import QDialogButtonBox

            QTest.mouseClick(ui.btnCondition, Qt.MouseButton.LeftButton)
            dialog = plugin.condition_dialog
            form = dialog.ui
            form.comboState.setCurrentIndex(form.comboState.findData("passable"))
            form.comboSource.setCurrentIndex(form.comboSource.findData("visite"))
            QTest.keyClicks(form.editNote, "menuiseries PVC sur trois maisons (FICTIF)")
            if OUT:
                dialog.grab().save(str(Path(OUT, "qgis_constat.png")))
            QTest.mouseClick(form.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
            done = {
                "open_after_save": dialog.isVisible(),
                "written": dialog.written,
                "elements": form.editElements.text(),
            }
            QTest.mouseClick(ui.btnWrite, Qt.MouseButton.LeftButton)  # the element's file again

            def file_again():
                page = Path(OUT or ".", "rapports", "element_63V.html").read_text(encoding="utf-8")
                done["in_file"] = "menuiseries PVC sur trois maisons (FICTIF)" in page
                step("condition", **done)
                show_extras()

            wait(lambda: QTimer.singleShot(800, file_again))

        wait(committee_done)
    except Exception:
        step("error", traceback=traceback.format_exc())
        finish()


# The searches typed in QGIS's search bar, as a user writes them: (step name, text, screenshot before Enter).
SEARCHES = [
    ("search_result", "bm Cité des Provinces", "qgis_recherche.png"),  # the instructor session's first step
    ("search_qualifier", "bm cité ancienne du 1", "qgis_recherche_qualificatif.png"),  # issue 13: qualifiers decide
    ("search_kind", "bm le chevalement d'Oignies", "qgis_recherche_type.png"),  # issue 13: a kind word and a commune
    # issue 26: a cité of the zone tampon's own layer, and a headframe known by its fosse number and commune
    ("search_buffer_cite", "bm Cité des Tabernaux Wingles", "qgis_recherche_zone_tampon.png"),
    ("search_fosse", "bm chevalement de la fosse n°2 à Anhiers", "qgis_recherche_fosse.png"),
]


def show_extras():
    """Two more searches as a user types them (qualifiers, kind words), then the «À propos» dialog."""
    type_search(1)


def type_search(k):
    try:
        iface.locatorSearch(SEARCHES[k][1])
        QTimer.singleShot(3000, lambda: choose_search_result(k))
    except Exception:
        step("error", traceback=traceback.format_exc())
        finish()


def choose_search_result(k=0):
    """Press Enter in QGIS's search field (the real QgsLocatorLineEdit), as a user chooses the first result."""
    try:
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtTest import QTest
        from qgis.PyQt.QtWidgets import QApplication

        grab(SEARCHES[k][2])
        field = QApplication.focusWidget()
        if k == 0:
            step("search_field", cls=field.metaObject().className() if field is not None else None)
        if field is not None:
            QTest.keyClick(field, Qt.Key.Key_Return)
        QTimer.singleShot(2500, lambda: read_search_result(k))
    except Exception:
        step("error", traceback=traceback.format_exc())
        finish()


def read_search_result(k=0):
    try:
        from veille_plugin.qgis_adapters.reference_layers import find_reference_layer

        canvas = iface.mapCanvas()
        to_l93 = QgsCoordinateTransform(
            canvas.mapSettings().destinationCrs(), QgsCoordinateReferenceSystem("EPSG:2154"), QgsProject.instance()
        )
        centre = to_l93.transform(canvas.extent().center())
        layer = find_reference_layer("elements")
        selected = [f["identifiant"] for f in layer.getSelectedFeatures()] if layer is not None else []
        bar = iface.messageBar().currentItem()
        message = bar.text() if bar is not None and hasattr(bar, "text") else ""
        step(SEARCHES[k][0], x=centre.x(), y=centre.y(), scale=canvas.scale(), selected=selected, message=message)
        grab(SEARCHES[k][2].replace(".png", "_choisie.png") if k else "qgis_recherche_choisie.png")
        if layer is not None:
            layer.removeSelection()
        if k == 0:
            QTimer.singleShot(500, point_the_place)  # the session goes on where the search landed
        else:
            QTimer.singleShot(500, (lambda: type_search(k + 1)) if k + 1 < len(SEARCHES) else veille_sitadel)
    except Exception:
        step("error", traceback=traceback.format_exc())
        finish()


def record_interactive_speed(plugin, first_ms):
    """Issue 29, point 4: the plugin's load time as QGIS measured it, the background preparation of the reference,
    and the first point screened in the session (the click of «Pointer» on the map, answered), kept in the report
    and in interactive_speed.json beside it. Figures, never asserted."""
    import qgis.utils

    load = qgis.utils.plugin_times.get("veille_plugin")
    figures = {
        "plugin_load_s": float(str(load).rstrip("s")) if load is not None else None,
        "preparation_s": plugin.preparation_seconds,
        "first_screening_ms": round(first_ms, 1),
    }
    step("interactive_speed", **figures)
    if OUT:
        Path(OUT, "interactive_speed.json").write_text(json.dumps(figures, indent=2), encoding="utf-8")


def point_the_place():
    """The instructor clicks «Pointer» in the Analyse dock, then clicks the map on the cité the search landed on:
    the dock says where the place is and which elements it touches."""
    try:
        import time

        import shapely
        from qgis.core import QgsPointXY
        from qgis.PyQt.QtCore import QPoint, Qt
        from qgis.PyQt.QtTest import QTest

        from veille_plugin.core.reference.data import load_reference

        plugin = plugins["veille_plugin"]
        dock = plugin.toggle_analysis_dock(True)
        dock.raise_()
        QTest.mouseClick(dock.ui.btnPickPoint, Qt.MouseButton.LeftButton)
        ref = load_reference()
        el = ref.elements.attributes
        p = shapely.point_on_surface(ref.elements.geometries[int(el.index[el["identifiant"] == "63V"][0])])
        canvas = iface.mapCanvas()
        to_map = QgsCoordinateTransform(
            QgsCoordinateReferenceSystem("EPSG:2154"), canvas.mapSettings().destinationCrs(), QgsProject.instance()
        )
        pixel = canvas.getCoordinateTransform().transform(to_map.transform(QgsPointXY(p.x, p.y)))
        at = QPoint(int(pixel.x()), int(pixel.y()))
        clicked = time.perf_counter()  # the click screens the point at once (the tool's «picked» → the dock)
        QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
        record_interactive_speed(plugin, (time.perf_counter() - clicked) * 1000.0)

        def read():
            record = dock.last_record or {}
            step(
                "session_point",
                tool_checked=dock.ui.btnPickPoint.isChecked(),
                zone=record.get("zone"),
                elements=[e["id"] for e in record.get("elements_intersectes", [])],
                label=dock.ui.lblZone.text(),
            )
            grab("qgis_session_pointer.png")
            QTest.mouseClick(dock.ui.btnPickPoint, Qt.MouseButton.LeftButton)  # the tool released
            show_veille()

        QTimer.singleShot(2500, read)
    except Exception:
        step("error", traceback=traceback.format_exc())
        finish()


def record_dock_layout():
    """How the plugin's docks sit in the real main window: tabbed together, not squeezing each other (issue 15, 4)."""
    plugin = plugins["veille_plugin"]
    window = iface.mainWindow()
    docks = plugin._docks()
    names = {d: d.objectName() for d in docks}
    step(
        "dock_layout",
        window_height=window.height(),
        docks=[names[d] for d in docks],
        tabbed={names[d]: sorted(names.get(t, t.objectName()) for t in window.tabifiedDockWidgets(d)) for d in docks},
        min_width=min(d.minimumWidth() for d in docks) if docks else 0,
    )
    grab("qgis_panneaux.png")


def click_group_title(group):
    """Click the tick box in a checkable group box's title, as a user opens a folded section."""
    from qgis.PyQt.QtCore import QPoint, Qt
    from qgis.PyQt.QtTest import QTest
    from qgis.PyQt.QtWidgets import QStyle, QStyleOptionGroupBox

    option = QStyleOptionGroupBox()
    try:
        group.initStyleOption(option)  # protected in C++, reachable on a widget the .ui loader created in Python
        box = group.style().subControlRect(
            QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxCheckBox, group
        )
    except (AttributeError, RuntimeError, TypeError):
        box = None
    # else the title's start: a click on a checkable box's title ticks it too
    at = box.center() if box is not None and box.isValid() else QPoint(10, group.fontMetrics().height() // 2 + 1)
    QTest.mouseClick(group, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    QgsApplication.processEvents()  # the box unfolded and laid out before its widgets are clicked


def veille_sitadel():
    """Issue 29, part 1: the national Sitadel lists swept from the Veille dock as a user does it, against a local
    server answering like the DiDo API with FICTITIOUS permits (tests/sitadel_server.py, its address in the
    ``sitadel_url`` setting): «Balayage hebdomadaire» opened, «Listes Sitadel (DiDo)» ticked, «Lancer le balayage»
    clicked, the message bar and the list read, «Nouveaux de ce balayage» clicked (qgis_veille_sitadel.png); then
    the same sweep again: nothing new fetched (qgis_veille_sitadel_rien_de_nouveau.png)."""
    try:
        import sys

        from qgis.PyQt.QtCore import QPoint, Qt
        from qgis.PyQt.QtTest import QTest

        from veille_plugin.core import config
        from veille_plugin.gui.cases_model import COMMUNE_COLUMN, NUMBER_COLUMN

        sys.path.insert(0, str(Path(os.environ.get("VEILLE_ROOT") or Path.cwd()) / "tests"))
        from sitadel_server import SitadelServer

        server = SitadelServer().__enter__()
        config.update_settings(sitadel_url=server.base_url)
        plugin = plugins["veille_plugin"]
        dock = plugin.toggle_veille_dock(True)
        dock.raise_()
        ui = dock.ui
        runs = []
        tries = [0]

        def message_bar():
            item = iface.messageBar().currentItem()
            return item.text() if item is not None and hasattr(item, "text") else ""

        def sweep(then):
            seen = {"rows_before": dock.model.rowCount(), "folded_before": not ui.grpSweep.isChecked()}
            iface.messageBar().clearWidgets()
            click_group_title(ui.grpSweep)
            seen["box_opened"] = ui.grpSweep.isChecked()
            seen["checkbox_visible"] = ui.chkSitadelFeed.isVisible()
            seen["checkbox_text"] = ui.chkSitadelFeed.text()
            if not ui.chkSitadelFeed.isChecked():  # ticked by a click on its box (the second sweep finds it ticked)
                at = QPoint(min(10, ui.chkSitadelFeed.width() // 2), ui.chkSitadelFeed.height() // 2)
                QTest.mouseClick(ui.chkSitadelFeed, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
            seen["ticked"] = ui.chkSitadelFeed.isChecked()
            seen["sources"] = [ui.listSources.item(k).text() for k in range(ui.listSources.count())]
            if not runs:
                grab("qgis_veille_sitadel_coche.png")  # the box opened, the choice ticked, before the click
            QTest.mouseClick(ui.btnRunSweep, Qt.MouseButton.LeftButton)
            seen["started"] = dock.task is not None
            QTimer.singleShot(500, lambda: wait(seen, then))

        def wait(seen, then):
            if (dock.task is not None or dock.load_task is not None) and tries[0] < 240:
                tries[0] += 1
                QTimer.singleShot(500, lambda: wait(seen, then))
                return
            tries[0] = 0
            try:
                seen["message"] = message_bar()
                seen["rows"] = dock.model.rowCount()
                seen["sweep_chosen"] = ui.comboSweep.currentText()
                seen["folded_after"] = not ui.grpSweep.isChecked()
                QTest.mouseClick(ui.btnNewOnly, Qt.MouseButton.LeftButton)  # what this sweep brought
                seen["new_shown"] = dock.proxy.rowCount()
                seen["count_label"] = ui.lblCount.text()
                shown = range(dock.proxy.rowCount())
                seen["communes_shown"] = sorted({dock.proxy.index(r, COMMUNE_COLUMN).data() for r in shown})
                seen["numbers_shown"] = [dock.proxy.index(r, NUMBER_COLUMN).data() for r in shown][:5]
                seen["row_requests"] = len(server.row_requests())  # what the local DiDo was asked, for the record
                runs.append(seen)
                QTimer.singleShot(1500, then)
            except Exception:
                step("error", traceback=traceback.format_exc())
                server.__exit__()
                finish()

        def first_done():
            try:
                grab("qgis_veille_sitadel.png")
                QTest.mouseClick(ui.btnNewOnly, Qt.MouseButton.LeftButton)  # the filter off again
                sweep(second_done)
            except Exception:
                step("error", traceback=traceback.format_exc())
                server.__exit__()
                finish()

        def second_done():
            grab("qgis_veille_sitadel_rien_de_nouveau.png")
            QTest.mouseClick(ui.btnNewOnly, Qt.MouseButton.LeftButton)
            step("veille_sitadel", first=runs[0], second=runs[1])
            server.__exit__()
            about()  # catches its own errors

        sweep(first_done)
    except Exception:
        step("error", traceback=traceback.format_exc())
        finish()


def about():
    try:
        record_dock_layout()
        from veille_plugin.gui.about_dialog import AboutDialog

        dlg = AboutDialog(iface.mainWindow())
        dlg.setGeometry(300, 150, 700, 560)
        dlg.show()

        def shot():
            if OUT:
                dlg.grab().save(str(Path(OUT, "qgis_a_propos.png")))
                step("screenshot", path=str(Path(OUT, "qgis_a_propos.png")))
            dlg.close()
            finish()

        QTimer.singleShot(1000, shot)
    except Exception:
        step("error", traceback=traceback.format_exc())
        finish()


QTimer.singleShot(1500, run)
