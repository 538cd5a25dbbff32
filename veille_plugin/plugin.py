"""The QGIS plugin: menu, toolbar, docks, locator filter, options page and Processing provider.

Heavy work is imported lazily; docks are created hidden on first use; ``unload()`` removes
everything the plugin added to the interface.
"""

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTranslator
from qgis.PyQt.QtWidgets import QMenu
from qgis.PyQt.QtGui import QIcon

from .core.i18n import QT_TRANSLATE_NOOP, set_translator, tr
from .core.paths import resources_dir
from .qgis_adapters.compat import QAction


def install_translator():
    """Install the plugin's translation for QGIS's interface language (French, the source, needs none).

    The .qm files are built from resources/i18n/*.ts by `make translations`, `make package` and `make test`.
    Returns the installed QTranslator, or None.
    """
    language = (QgsApplication.locale() or "fr")[:2]
    qm = resources_dir() / "i18n" / f"veille_plugin_{language}.qm"
    if language == "fr" or not qm.exists():
        return None
    translator = QTranslator()
    if not translator.load(str(qm)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


MENU = QT_TRANSLATE_NOOP("VeillePatrimoniale", "&Veille patrimoniale")
# The reference layer and key field of each kind of place the search returns (the pits have no layer of their own)
PLACE_LAYERS = {
    "élément": ("elements", "identifiant"),
    "cité ERBM": ("cites_erbm", "identifiant"),
    "composante": ("composantes", "no_composante"),
    "cité zone tampon": ("cites_zone_tampon", "id"),
    "terril zone tampon": ("terrils_zone_tampon", "id"),
}


class VeillePlugin:
    """The QGIS plugin: menu, toolbar, docks, locator filter, options page and Processing provider."""

    def __init__(self, iface):
        self.iface = iface
        self.actions = []
        self.toolbar = None
        self.analysis_dock = None
        self.rules_dock = None
        self.veille_dock = None
        self.alerts_dock = None
        self.plu_dock = None
        self.reports_dock = None
        self.condition_dialog = None  # the condition form last opened (kept alive while shown)
        self.alert_map_tool = None  # «Signaler une alerte sur la carte» (created on first use)
        self.locator_filter = None
        self.options_factory = None
        self.provider = None
        self.basemap_menu = None
        self.basemap_button = None
        self.basemap_actions = {}
        self.basemap_checks = []  # reachability checks under way (kept alive until they answer)
        self.preparation = None  # the reference prepared in the background (qgis_adapters/preparation_task.py)
        self.preparation_seconds = None  # how long that took, once done (make bench, the desktop test)
        self.translator = install_translator()
        set_translator(lambda context, text: QCoreApplication.translate(context, text))

    # ------------------------------------------------------------------ lifecycle
    def initProcessing(self):  # noqa: N802
        """Register the Processing provider (also called by qgis_process)."""
        from .processing.provider import VeilleProvider

        self.provider = VeilleProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        """Add the plugin's menu, toolbar, options page, locator filter and provider."""
        self.initProcessing()
        icon = QIcon(str(resources_dir() / "icon.svg"))
        self.toolbar = self.iface.addToolBar(tr("Veille patrimoniale"))
        self.toolbar.setObjectName("VeillePatrimonialeToolbar")
        self.action_load = self._add_action(
            icon, tr("Charger les couches de référence"), self.load_reference_layers, toolbar=True
        )
        self.action_analysis = self._add_action(
            QIcon(str(resources_dir() / "icon_analyse.svg")),
            tr("Analyse de localisation"),
            self.toggle_analysis_dock,
            toolbar=True,
            checkable=True,
        )
        self.action_rules = self._add_action(
            QIcon(str(resources_dir() / "icon_regles.svg")),
            tr("Règles du plan de gestion"),
            self.toggle_rules_dock,
            toolbar=True,
            checkable=True,
        )
        self.action_veille = self._add_action(
            QIcon(str(resources_dir() / "icon_veille.svg")),
            tr("Veille des permis"),
            self.toggle_veille_dock,
            toolbar=True,
            checkable=True,
        )
        self.action_alerts = self._add_action(
            QIcon(str(resources_dir() / "icon_alertes.svg")),
            tr("Alertes : sites en péril"),
            self.toggle_alerts_dock,
            toolbar=True,
            checkable=True,
        )
        self.action_alert_map = self._add_action(
            QIcon(str(resources_dir() / "icon_alerte_carte.svg")),
            tr("Signaler une alerte sur la carte"),
            self.toggle_alert_map_tool,
            toolbar=True,
            checkable=True,
        )
        self.action_alert_map.setToolTip(
            tr(
                "Signaler une alerte sur la carte : cliquez sur un lieu, choisissez l'élément par son nom, le "
                "formulaire s'ouvre prérempli"
            )
        )
        self.action_plu = self._add_action(
            QIcon(str(resources_dir() / "icon_plu.svg")),
            tr("Veille des PLU"),
            self.toggle_plu_dock,
            toolbar=True,
            checkable=True,
        )
        self.action_reports = self._add_action(
            QgsApplication.getThemeIcon("/mActionNewReport.svg"),
            tr("Rapports du système de gestion"),
            self.toggle_reports_dock,
            toolbar=True,
            checkable=True,
        )
        self._add_basemap_actions()
        self.action_about = self._add_action(
            QIcon(":/images/themes/default/mActionHelpContents.svg"),
            tr("À propos et sources des données"),
            self.show_about,
        )

        from .gui.options_page import OptionsFactory
        from .qgis_adapters.locator import ElementLocatorFilter

        self.options_factory = OptionsFactory()
        self.options_factory.settings_saved.connect(self._on_settings_saved)
        self.iface.registerOptionsWidgetFactory(self.options_factory)
        self.locator_filter = ElementLocatorFilter(self.iface)
        self.locator_filter.place_chosen.connect(self._on_locator_result)
        self.locator_filter.alert_requested.connect(self._on_locator_alert)
        self.locator_filter.element_file_requested.connect(lambda res: self.open_element_file(res["id"]))
        self.iface.registerLocatorFilter(self.locator_filter)
        self._warn_duplicated_libraries()
        # the reference is read once QGIS has started, in the background (issue 29: nothing heavy at the start);
        # a dock or tool that needs it first starts it too (a plugin enabled later, or an interface without signal)
        started = getattr(self.iface, "initializationCompleted", None)
        if started is not None:
            started.connect(self.prepare_screening)

    def _warn_duplicated_libraries(self):
        """Say so in the message log when a pip wheel brought a second PROJ, GEOS or GDAL into QGIS's process."""
        from qgis.core import QgsMessageLog

        from .native_libraries import duplicated_native_libraries

        for family, copies in duplicated_native_libraries().items():
            QgsMessageLog.logMessage(
                tr(
                    "Deux copies de {lib} sont chargées dans QGIS ({copies}). Une roue pip (shapely, pyproj, pyogrio…) "
                    "embarque sa propre copie et peut faire planter QGIS : installez cette bibliothèque depuis votre "
                    "distribution (OSGeo4W, paquets Debian/Ubuntu, installateur macOS)."
                ).format(lib=family, copies=" ; ".join(copies)),
                tr("Veille patrimoniale"),
                Qgis.MessageLevel.Warning,
            )

    def unload(self):
        """Remove everything the plugin added to QGIS."""
        started = getattr(self.iface, "initializationCompleted", None)
        if started is not None:
            try:
                started.disconnect(self.prepare_screening)
            except TypeError:  # never connected (initGui not called)
                pass
        if self.preparation is not None:
            try:
                self.preparation.cancel()
            except RuntimeError:  # the task manager already deleted the finished task
                pass
            self.preparation = None
        if self.alert_map_tool is not None:
            if self.iface.mapCanvas().mapTool() is self.alert_map_tool:
                self.iface.mapCanvas().unsetMapTool(self.alert_map_tool)
            self.alert_map_tool.deleteLater()
            self.alert_map_tool = None
        for action in self.actions:
            self.iface.removePluginMenu(tr(MENU), action)
            self.iface.removeToolBarIcon(action)
        self.actions = []
        self.basemap_actions = {}
        if self.basemap_menu is not None:
            self.basemap_menu.deleteLater()
            self.basemap_menu = None
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        for attr in ("analysis_dock", "rules_dock", "veille_dock", "alerts_dock", "plu_dock", "reports_dock"):
            dock = getattr(self, attr)
            if dock is not None:
                dock.cleanup()
                self.iface.removeDockWidget(dock)
                dock.setParent(None)
                dock.deleteLater()
                setattr(self, attr, None)
        self.rules_dock = None
        if self.condition_dialog is not None:
            self.condition_dialog.close()
            self.condition_dialog = None
        if self.locator_filter is not None:
            self.iface.deregisterLocatorFilter(self.locator_filter)
            self.locator_filter = None
        if self.options_factory is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.options_factory = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
        self._join_task_threads()

    @staticmethod
    def _join_task_threads(timeout_ms: int = 5000) -> None:
        """Let the task manager's idle worker threads end now, while QGIS is whole.

        On QGIS 3.40 (Debian 13), a worker thread that ran a task keeps per-thread state (the authentication
        database's connection) whose clean-up runs when the thread ends; idle threads end 30 s after their last
        task, or else during QGIS's own shutdown, where that clean-up crashed QGIS (signal 11, seen by the desktop
        test when QGIS was closed within 30 s of the Veille dock's tasks). Joining them at unload avoids it. The
        thread pool is reachable from Python on 3.40 (not on 3.22, where nothing needs doing)."""
        pool = getattr(QgsApplication.taskManager(), "threadPool", None)
        if pool is not None:
            pool().waitForDone(timeout_ms)

    # ------------------------------------------------------------------ helpers
    def _add_action(self, icon, text, callback, toolbar=False, checkable=False):
        action = QAction(icon, text, self.iface.mainWindow())
        action.setObjectName("VeillePatrimoniale_" + text)
        action.setCheckable(checkable)
        action.triggered.connect(callback)
        self.iface.addPluginToMenu(tr(MENU), action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def _add_basemap_actions(self):
        """One action per Géoplateforme basemap, in the menu and behind a «Fonds de plan» toolbar button."""
        from qgis.PyQt.QtWidgets import QToolButton

        from .core.basemaps import BASEMAPS

        self.basemap_menu = QMenu(tr("Fonds de plan"), self.iface.mainWindow())
        self.basemap_actions = {}
        for bm in BASEMAPS:
            action = self._add_action(
                QIcon(":/images/themes/default/mIconXyz.svg"),
                tr("Fond de plan : {t}").format(t=tr(bm.title)),
                lambda _checked=False, key=bm.key: self.add_basemap(key),
            )
            self.basemap_menu.addAction(action)
            self.basemap_actions[bm.key] = action
        button = QToolButton(self.toolbar)
        button.setIcon(QIcon(":/images/themes/default/mIconXyz.svg"))
        button.setToolTip(tr("Fonds de plan : Plan IGN, photographies aériennes, parcelles cadastrales"))
        button.setMenu(self.basemap_menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setObjectName("VeillePatrimonialeBasemaps")
        self.basemap_button = self.toolbar.addWidget(button)

    def add_basemap(self, key: str):
        """Add a Géoplateforme basemap under the project's layers, and say plainly if the service does not answer.
        Returns the reachability check (its ``finished`` says the outcome)."""
        from .qgis_adapters.basemaps import ReachabilityCheck, add_basemap
        from .qgis_adapters.reference_layers import let_basemap_show_through

        add_basemap(key)
        let_basemap_show_through()  # a cité's colour no longer hides the houses and parcels under it
        check = ReachabilityCheck(key, parent=self.iface.mainWindow())
        check.finished.connect(
            lambda ok, text: self._message(
                text, Qgis.MessageLevel.Success if ok else Qgis.MessageLevel.Warning, 4 if ok else 12
            )
        )
        self.basemap_checks = [c for c in self.basemap_checks if c.reply is not None] + [check]
        return check.start()

    def _message(self, text, level=Qgis.MessageLevel.Info, duration=5):
        from .qgis_adapters.log import push

        push(self.iface, text, level, duration)

    # ------------------------------------------------------------------ actions
    def load_reference_layers(self):
        """Add the reference layers to the project and zoom to them; return their group."""
        from .core.errors import VeilleError
        from .core.reference.data import load_reference
        from .qgis_adapters.reference_layers import add_servitude_abords, load_reference_layers

        try:
            ref = load_reference()
        except VeilleError as exc:
            self._message(str(exc), Qgis.MessageLevel.Critical, 0)
            return None
        group = load_reference_layers(ref.path, version_label=ref.version)
        add_servitude_abords(group, ref)
        layers = [n.layer() for n in group.findLayers() if n.isVisible()]
        if layers:
            from qgis.core import QgsCoordinateTransform, QgsProject, QgsRectangle

            canvas = self.iface.mapCanvas()
            extent = QgsRectangle()
            for layer in layers:
                if layer.customProperty("veille_patrimoniale/reference_layer") in ("composantes", "zone_tampon"):
                    extent.combineExtentWith(
                        QgsCoordinateTransform(
                            layer.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance()
                        ).transformBoundingBox(layer.extent())
                    )
            if not extent.isEmpty():
                canvas.setExtent(extent)
                canvas.refresh()
        self._message(tr("Couches de référence chargées ({v}).").format(v=ref.version), Qgis.MessageLevel.Success, 4)
        from .core import config

        chosen = config.load_settings().basemap_on_load
        if chosen in self.basemap_actions:  # the basemap chosen in the options, under the layers of the Bien
            self.add_basemap(chosen)
        return group

    def prepare_screening(self):
        """Prepare the screenings' reference and the search's index in a background task, once; return the task
        (None when already prepared or under way). The first point screened then answers in milliseconds."""
        if self.preparation is not None:
            return None
        from .qgis_adapters.preparation_task import start_preparation

        self.preparation = start_preparation()
        self.preparation.done.connect(self._preparation_done)
        return self.preparation

    def _preparation_done(self, seconds, error):
        from qgis.core import QgsMessageLog

        if seconds is None and not error:  # cancelled (the plugin unloaded): nothing to say
            return
        if error:  # the screening that needs the reference will say what is wrong, in the dock; tried again then
            self.preparation = None
            QgsMessageLog.logMessage(error, tr("Veille patrimoniale"), Qgis.MessageLevel.Info)
        else:
            self.preparation_seconds = seconds
            QgsMessageLog.logMessage(
                tr("Données de référence prêtes pour l'analyse ({s:.1f} s).").format(s=seconds),
                tr("Veille patrimoniale"),
                Qgis.MessageLevel.Info,
            )

    def _ensure_dock(self, attr, factory, action):
        dock = getattr(self, attr)
        if dock is None:
            dock = factory(self.iface, self.iface.mainWindow())
            dock.hide()
            # the user's layout, as QGIS saved it at exit; a dock added first would stay where it was added
            window = self.iface.mainWindow()
            if window.restoreDockWidget(dock):
                panels = window.findChild(QMenu, "mPanelMenu")  # QGIS's «Vue ▸ Panneaux», as addDockWidget does
                if panels is not None:
                    panels.addAction(dock.toggleViewAction())
            else:
                self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.visibilityChanged.connect(action.setChecked)
            setattr(self, attr, dock)
        return dock

    def _tab_with_the_others(self, dock):
        """Open a dock as a tab of the plugin's docks already shown in its area, instead of stacking them and
        squeezing each other (the window grew to 2,500 px, issue 15, point 4). A dock the user made floating, moved
        to another area or already grouped stays where it is."""
        window = self.iface.mainWindow()
        if not hasattr(window, "tabifiedDockWidgets") or dock.isFloating() or window.tabifiedDockWidgets(dock):
            return
        area = window.dockWidgetArea(dock)
        partner = next(
            (
                d
                for d in self._docks()
                if d is not dock and d.isVisible() and not d.isFloating() and window.dockWidgetArea(d) == area
            ),
            None,
        )
        if partner is not None:
            window.tabifyDockWidget(partner, dock)

    def _docks(self) -> list:
        """The plugin's docks created so far."""
        names = ("analysis_dock", "rules_dock", "veille_dock", "alerts_dock", "plu_dock", "reports_dock")
        return [d for d in (getattr(self, n, None) for n in names) if d is not None]

    def _toggle(self, dock, checked):
        show = dock.isHidden() if checked is None else bool(checked)
        if show:
            self._tab_with_the_others(dock)
        dock.setVisible(show)
        if show:
            dock.raise_()
        else:
            dock.clear_map_graphics()  # a closed dock leaves nothing on the map
        return dock

    def toggle_analysis_dock(self, checked=None):
        """Show or hide the «Analyse» dock; return it."""
        from .gui.analysis_dock import AnalysisDock

        created = self.analysis_dock is None
        self.prepare_screening()
        dock = self._ensure_dock("analysis_dock", AnalysisDock, self.action_analysis)
        if created:
            dock.alert_requested.connect(self.alert_for_elements)
            dock.element_file_requested.connect(self.open_element_file)
            dock.condition_requested.connect(self.record_condition)
        return self._toggle(dock, checked)

    def toggle_rules_dock(self, checked=None):
        """Show or hide the «Règles» dock; return it."""
        from .gui.rules_dock import RulesDock

        self.prepare_screening()
        return self._toggle(self._ensure_dock("rules_dock", RulesDock, self.action_rules), checked)

    def toggle_veille_dock(self, checked=None):
        """Show or hide the «Veille des permis» dock; return it."""
        from .gui.veille_dock import VeilleDock

        created = self.veille_dock is None
        dock = self._ensure_dock("veille_dock", VeilleDock, self.action_veille)
        if created:
            dock.alert_from_case_requested.connect(self.alert_from_case)
        return self._toggle(dock, checked)

    def toggle_alerts_dock(self, checked=None):
        """Show or hide the «Alertes» dock; return it."""
        from .gui.alerts_dock import AlertsDock

        created = self.alerts_dock is None
        dock = self._ensure_dock("alerts_dock", AlertsDock, self.action_alerts)
        if created:
            dock.element_file_requested.connect(self.open_element_file)
        return self._toggle(dock, checked)

    def toggle_plu_dock(self, checked=None):
        """Show or hide the «Veille des PLU» dock; return it."""
        from .gui.plu_dock import PluDock

        return self._toggle(self._ensure_dock("plu_dock", PluDock, self.action_plu), checked)

    def toggle_reports_dock(self, checked=None):
        """Show or hide the «Rapports» dock; return it."""
        from .gui.reports_dock import ReportsDock

        created = self.reports_dock is None
        dock = self._ensure_dock("reports_dock", ReportsDock, self.action_reports)
        if created:
            dock.condition_requested.connect(self.record_condition)
        return self._toggle(dock, checked)

    def toggle_alert_map_tool(self, checked=None):
        """«Signaler une alerte sur la carte»: the map tool whose click lists the elements there by name; returns
        the tool. QGIS unchecks the action when another map tool is chosen."""
        from .gui.map_tools import PointPickTool

        canvas = self.iface.mapCanvas()
        if self.alert_map_tool is None:
            self.prepare_screening()
            self.alert_map_tool = PointPickTool(canvas)
            self.alert_map_tool.setAction(self.action_alert_map)
            self.alert_map_tool.picked.connect(self.alert_at_point)
        on = self.action_alert_map.isChecked() if checked is None else bool(checked)
        self.action_alert_map.setChecked(on)
        if on:
            canvas.setMapTool(self.alert_map_tool)
            self._message(
                tr(
                    "Cliquez sur la carte à l'endroit de l'alerte : les éléments du Bien qui s'y trouvent seront "
                    "listés."
                ),
                Qgis.MessageLevel.Info,
                5,
            )
        elif canvas.mapTool() is self.alert_map_tool:
            canvas.unsetMapTool(self.alert_map_tool)
        return self.alert_map_tool

    def alert_at_point(self, point_geom):
        """A click of the alert map tool (canvas CRS): choose the element there, then the prefilled form."""
        return self.toggle_alerts_dock(True).alert_at_point(point_geom)

    def alert_for_elements(self, element_ids):
        """Open the alert form for these elements (from the search, the Analyse dock)."""
        return self.toggle_alerts_dock(True).new_alert_for_elements(element_ids)

    def open_element_file(self, element_id: str, open_it: bool = True):
        """Write the follow-up file of an element (from the search, the Analyse dock, the alerts) into the
        configuration folder and open it in the browser; returns its path, or None with a French message."""
        from qgis.PyQt.QtCore import QUrl
        from qgis.PyQt.QtGui import QDesktopServices

        from .core import config
        from .core.errors import VeilleError
        from .core.reference.data import load_reference
        from .core.reports.element_file import write_element_files
        from .qgis_adapters.register_target import open_configured_register

        try:
            with open_configured_register() as register:
                files = write_element_files(
                    register, load_reference(), config.config_dir() / "fiches_elements", [element_id]
                )
        except VeilleError as exc:
            self._message(str(exc), Qgis.MessageLevel.Warning)
            return None
        path = files["fiches"][0]
        if open_it:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        return path

    def record_condition(self, element_ids):
        """Open the condition form for these elements (from the Analyse and Rapports docks); returns the dialog,
        shown without blocking QGIS. Saying how many observations were written once it is saved."""
        from .gui.condition_dialog import ConditionDialog
        from .qgis_adapters.register_target import open_configured_register

        if self.condition_dialog is not None:
            self.condition_dialog.close()  # one form at a time; a closed form is deleted (WA_DeleteOnClose)
        dialog = ConditionDialog(open_configured_register, list(element_ids), self.iface.mainWindow())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_, shown=dialog: self._forget_condition_dialog(shown))
        dialog.accepted.connect(
            lambda: self._message(
                tr("{n} constat(s) d'état inscrit(s) au registre.").format(n=dialog.written),
                Qgis.MessageLevel.Success,
                5,
            )
        )
        dialog.show()
        self.condition_dialog = dialog
        return dialog

    def _forget_condition_dialog(self, dialog):
        if self.condition_dialog is dialog:  # an older form deleted after a newer one opened leaves the newer alone
            self.condition_dialog = None

    def alert_from_case(self, case: dict):
        """Open the alert form prefilled from a case of the veille."""
        return self.toggle_alerts_dock(True).new_alert_from_case(case)

    def _on_locator_alert(self, result: dict):
        if result["objet"] == "élément":
            self.alert_for_elements([result["id"]])
        else:
            self._message(
                tr("Une alerte se rattache à un élément du Bien : cherchez l'élément (bâti, cité, terril…)."),
                Qgis.MessageLevel.Info,
                5,
            )

    def show_about(self):
        """Show the «À propos» dialog."""
        from .gui.about_dialog import AboutDialog

        AboutDialog(self.iface.mainWindow()).exec()

    def _on_settings_saved(self):
        if self.analysis_dock is not None:
            self.analysis_dock.refresh_data_version()
        if self.rules_dock is not None:
            self.rules_dock.refresh_catalogue_label()
        from .core.reference.data import load_reference

        try:
            self._message(
                tr("Jeu de référence utilisé : {v}").format(v=load_reference().version), Qgis.MessageLevel.Info, 4
            )
        except Exception as exc:  # the options page already validated; report anything else
            self._message(str(exc), Qgis.MessageLevel.Warning)

    def _on_locator_result(self, result: dict):
        """A search result was chosen: flash the place (a partly inscribed cité whole), select it in its layer when
        that layer is loaded, and say its status in the message bar."""
        from .qgis_adapters.reference_layers import find_reference_layer
        from .qgis_adapters.screening_service import place_geometry

        canvas = self.iface.mapCanvas()
        geom = place_geometry(result["objet"], result["id"], canvas.mapSettings().destinationCrs())
        if geom is not None:
            canvas.flashGeometries([geom], canvas.mapSettings().destinationCrs())
        layer_name, field = PLACE_LAYERS.get(result["objet"], (None, None))
        layer = find_reference_layer(layer_name) if layer_name else None
        if layer is not None:
            node = QgsProject.instance().layerTreeRoot().findLayer(layer.id())
            if node is not None and not node.isVisible():
                node.setItemVisibilityChecked(True)  # the zone tampon's cités and terrils are hidden until asked for
                if node.parent() is not None:
                    node.parent().setItemVisibilityChecked(True)
            value = int(result["id"]) if layer_name == "composantes" else result["id"]
            layer.selectByExpression(
                f"\"{field}\" = {value!r}" if isinstance(value, int) else f"\"{field}\" = '{value}'"
            )
        status = result.get("statut_lieu") or result["statut"]
        if result.get("a_confirmer"):
            status = tr("{s}, à confirmer").format(s=status)
        self._message(tr("{nom} : {statut}").format(nom=result["nom"], statut=status), Qgis.MessageLevel.Info)
