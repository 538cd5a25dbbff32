"""«Analyse» dock: pick a point, draw a footprint or use the selection; show where it lies."""

from qgis.core import Qgis, QgsGeometry, QgsPointXY, QgsVectorLayer
from qgis.gui import QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QGuiApplication
from qgis.PyQt.QtWidgets import QSizePolicy, QTreeWidgetItem

from ..core.errors import VeilleError
from ..core.i18n import tr
from ..core.vocabulary import display
from ..qgis_adapters.compat import GEOMETRY_POINT, GEOMETRY_POLYGON
from ..qgis_adapters.log import push
from ..qgis_adapters.screening_service import element_geometry, padded_extent, screen_qgis_geometries
from .base_dock import BaseDock
from .map_tools import PointPickTool, PolygonDrawTool

ZONE_STYLE = {
    "bien": "background:#f9e79f; border-left:6px solid #b7950b;",
    "zone_tampon": "background:#d6eaf8; border-left:6px solid #2471a3;",
    "hors": "background:#eaeded; border-left:6px solid #7f8c8d;",
    "erreur": "background:#fadbd8; border-left:6px solid #c0392b;",
}


class AnalysisDock(BaseDock):
    """Dock built from ``forms/analysis_dock.ui``; the logic lives in the core and the adapters."""

    alert_requested = pyqtSignal(list)  # element ids: the plugin opens the alert form
    element_file_requested = pyqtSignal(str)  # an element id: the plugin writes and opens its follow-up file
    condition_requested = pyqtSignal(list)  # element ids: the plugin opens the condition form

    UI_FILE = "analysis_dock.ui"
    OBJECT_NAME = "VeillePatrimonialeAnalysisDock"
    HELP_PAGE = "aide_analyse.html"

    def __init__(self, iface, parent=None):
        super().__init__(tr("Analyse – Veille patrimoniale"), iface, parent)
        self.last_record = None
        self.point_tool = PointPickTool(self.canvas)
        self.polygon_tool = PolygonDrawTool(self.canvas)
        self.bind_tool(self.ui.btnPickPoint, self.point_tool)
        self.bind_tool(self.ui.btnDrawPolygon, self.polygon_tool)
        self.band = self.rubber_band(fill=(231, 76, 60, 60), stroke=(192, 57, 43))
        self.marker = self.rubber_band(GEOMETRY_POINT, fill=(231, 76, 60, 200), stroke=(120, 20, 20), width=3)
        self.marker.setIcon(QgsRubberBand.IconType.ICON_CIRCLE)
        self.marker.setIconSize(16)

        self.ui.btnUseSelection.clicked.connect(self.analyse_selection)
        self.ui.btnClear.clicked.connect(self.clear)
        self.ui.btnCopy.clicked.connect(self.copy_result)
        self.ui.treeResults.itemDoubleClicked.connect(self._zoom_to_item)
        self.ui.treeResults.itemClicked.connect(self._show_alert_item)
        self.ui.btnAlert.clicked.connect(self.alert_for_selection)
        self.ui.btnAlertTouched.clicked.connect(self.alert_for_touched)
        # the name of the element touched must never widen the narrow dock
        self.ui.btnAlertTouched.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.ui.btnElementFile.clicked.connect(self.element_file_for_selection)
        self.ui.btnCondition.clicked.connect(lambda: self.condition_requested.emit(self.chosen_elements()))
        self.point_tool.picked.connect(self.analyse_geometries)
        self.polygon_tool.drawn.connect(self.analyse_geometries)
        self.ui.treeResults.setColumnWidth(0, 110)
        self.ui.treeResults.setColumnWidth(1, 150)
        self.refresh_data_version()

    def refresh_data_version(self):
        """Show which reference data set is in use."""
        try:
            from ..core.reference.data import load_reference

            self.ui.lblDataVersion.setText(tr("Données : {v}").format(v=load_reference().version))
        except VeilleError as exc:
            self.ui.lblDataVersion.setText(str(exc))

    # ------------------------------------------------------------------ analysis
    def analyse_selection(self):
        """Analyse the union of the selected features of the active layer."""
        layer = self.iface.activeLayer()
        if not isinstance(layer, QgsVectorLayer) or layer.selectedFeatureCount() == 0:
            push(
                self.iface,
                tr("Sélectionnez d'abord une ou plusieurs entités dans une couche vectorielle active."),
                Qgis.MessageLevel.Warning,
            )
            return
        geoms = [f.geometry() for f in layer.getSelectedFeatures()]
        self.analyse_geometries(geoms, layer.crs())

    def analyse_geometries(self, geometries, crs=None):
        """Locate geometries (canvas CRS by default) and show the result."""
        if isinstance(geometries, QgsGeometry):
            geometries = [geometries]
        crs = crs or self.canvas.mapSettings().destinationCrs()
        try:
            record = screen_qgis_geometries(geometries, crs, self.ui.spinDistance.value())
        except VeilleError as exc:
            push(self.iface, str(exc), Qgis.MessageLevel.Warning)
            return None
        self._show_input(geometries, crs)
        self.show_record(record)
        return record

    def _show_input(self, geometries, crs):
        from qgis.core import QgsCoordinateTransform, QgsProject

        self.band.reset(GEOMETRY_POLYGON)
        self.marker.reset(GEOMETRY_POINT)
        dest = self.canvas.mapSettings().destinationCrs()
        for g in geometries:
            g = QgsGeometry(g)
            if crs != dest:
                g.transform(QgsCoordinateTransform(crs, dest, QgsProject.instance()))
            if g.type() == GEOMETRY_POINT:
                for p in g.vertices():
                    self.marker.addPoint(QgsPointXY(p.x(), p.y()))
            else:
                self.band.addGeometry(g, None)

    def show_record(self, record: dict):
        """Show a screening result in the tree and the explanation."""
        self.last_record = record
        ui = self.ui
        ui.lblZone.setText(f"<b>{record['zone_libelle']}</b>")
        ui.lblZone.setStyleSheet(ZONE_STYLE.get(record["zone"], ""))
        tree = ui.treeResults
        tree.clear()

        def section(title, rows):
            top = QTreeWidgetItem([f"{title} ({len(rows)})"])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            for ident, name, detail, dist in rows:
                child = QTreeWidgetItem([ident, name, detail, dist])
                child.setData(0, Qt.ItemDataRole.UserRole, ident if not ident.startswith("n°") else "C" + ident[2:])
                child.setToolTip(1, name)
                top.addChild(child)
            top.setExpanded(True)

        section(
            tr("Composantes"), [(f"n°{c['no']}", c["nom"], c["compagnie"] or "", "") for c in record["composantes"]]
        )
        section(
            tr("Éléments touchés"),
            [(e["id"], e["nom"], e["categorie"] + self._mh(e), "0 m") for e in record["elements_intersectes"]],
        )
        near = [e for e in record["elements_proches"] if e["distance_m"] > 0]
        section(
            tr("Éléments à moins de {d:.0f} m").format(d=record["distance_recherche_m"]),
            [(e["id"], e["nom"], e["categorie"] + self._mh(e), f"{e['distance_m']:.0f} m") for e in near],
        )
        section(tr("Abords MH (500 m)"), [(a["id"], a["nom"], a["protection_mh"], "") for a in record["abords_mh"]])
        n = record["element_le_plus_proche"]
        if n is not None:
            section(
                tr("Élément le plus proche"),
                [(n["id"], n["nom"], n["categorie"] + self._mh(n), f"{n['distance_m']:.0f} m")],
            )
        alerts = self._alerts_of(record)
        if alerts is not None:
            section(
                tr("Alertes sur ces éléments"),
                [
                    (
                        f"alerte {a['id']}",
                        a["titre"],
                        f"{display(a['statut'], 'alerte_statut')} – {tr('priorité')} {a['priorite'] or '–'}",
                        a["elements"] or "",
                    )
                    for a in alerts
                ],
            )
        ui.txtExplanation.setPlainText(record["explication"])
        self._show_alert_button(record)

    def _show_alert_button(self, record):
        """«Signaler une alerte sur « name »…» in view when the place analysed touches elements."""
        touched = record.get("elements_intersectes") or []
        button = self.ui.btnAlertTouched
        if len(touched) == 1:
            name = touched[0]["nom"] if len(touched[0]["nom"]) <= 32 else touched[0]["nom"][:31] + "…"
            button.setText(tr("Signaler une alerte sur « {nom} »…").format(nom=name))
            button.setToolTip(
                tr("Ouvrir le formulaire d'alerte prérempli avec {id} {nom}").format(
                    id=touched[0]["id"], nom=touched[0]["nom"]
                )
            )
        elif touched:
            button.setText(tr("Signaler une alerte sur les {n} éléments touchés…").format(n=len(touched)))
        button.setVisible(bool(touched))

    def alert_for_touched(self):
        """Open the alert form on the elements the last analysis touched; returns their ids."""
        ids = [e["id"] for e in (self.last_record or {}).get("elements_intersectes") or []]
        if ids:
            self.alert_requested.emit(ids)
        return ids

    def _alerts_of(self, record):
        """Alerts (open and closed) of the register on the elements touched or near; None when the register is
        unreadable."""
        from ..core.alerts.model import split_list
        from ..qgis_adapters.register_target import open_configured_register

        ids = {e["id"] for e in record["elements_intersectes"]} | {e["id"] for e in record["elements_proches"]}
        if not ids:
            return []
        try:
            with open_configured_register() as reg:
                df = reg.alerts()
        except VeilleError as exc:
            push(self.iface, str(exc), Qgis.MessageLevel.Warning, 6)
            return None
        return [a for a in df.to_dict("records") if ids & set(split_list(a["elements"]))]

    def _show_alert_item(self, item, column=0):
        """Clicking an alert of the list shows its history under the results."""
        ident = item.data(0, Qt.ItemDataRole.UserRole) or ""
        if not ident.startswith("alerte "):
            return
        from ..qgis_adapters.register_target import open_configured_register
        from .alert_dialog import history_html

        try:
            with open_configured_register() as reg:
                alert_id = int(ident.split()[1])
                alert = reg.get_alert(alert_id)
                history = reg.alert_history(alert_id)
        except VeilleError as exc:
            self.ui.txtExplanation.setPlainText(str(exc))
            return
        import html

        title = tr("Alerte n° {id} — {t}").format(id=alert_id, t=alert["titre"])
        self.ui.txtExplanation.setHtml(f"<b>{html.escape(title)}</b><br/>{history_html(history)}")

    def chosen_elements(self) -> list:
        """The element selected in the list, else the elements the last screening touched."""
        item = self.ui.treeResults.currentItem()
        ident = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if ident and not ident.startswith(("C", "alerte ")):
            return [ident]
        if self.last_record:
            return [e["id"] for e in self.last_record["elements_intersectes"]]
        return []

    def element_file_for_selection(self):
        """Ask the plugin for the follow-up file of the chosen element."""
        ids = self.chosen_elements()
        if not ids:
            push(
                self.iface,
                tr("Analysez d'abord un lieu, puis choisissez un élément dans la liste."),
                Qgis.MessageLevel.Info,
                5,
            )
            return None
        self.element_file_requested.emit(ids[0])
        return ids[0]

    def alert_for_selection(self):
        """Open the alert form on the element selected in the list, or on the elements touched."""
        ids = self.chosen_elements()
        if not ids:
            push(
                self.iface,
                tr("Analysez d'abord un lieu, puis choisissez un élément dans la liste."),
                Qgis.MessageLevel.Info,
                5,
            )
            return None
        self.alert_requested.emit(list(ids))
        return None

    @staticmethod
    def _mh(element):
        return (
            tr(" – MH {p}").format(p=element["protection_mh"])
            if element.get("protection_mh") not in (None, "aucune")
            else ""
        )

    def _zoom_to_item(self, item, column=0):
        ident = item.data(0, Qt.ItemDataRole.UserRole)
        if not ident:
            return
        geom = element_geometry(ident, self.canvas.mapSettings().destinationCrs())
        if geom is None:
            return
        self.canvas.setExtent(padded_extent(geom))
        self.canvas.refresh()
        self.canvas.flashGeometries([geom], self.canvas.mapSettings().destinationCrs())

    def copy_result(self):
        """Copy the explanation and the elements to the clipboard."""
        if not self.last_record:
            return
        r = self.last_record
        lines = [r["zone_libelle"], r["explication"], ""]
        for e in r["elements_proches"]:
            lines.append(f"{e['id']}\t{e['nom']}\t{e['categorie']}\t{e['distance_m']:.0f} m")
        lines.append(tr("Données : {v}").format(v=r.get("donnees", "")))
        QGuiApplication.clipboard().setText("\n".join(lines))
        push(self.iface, tr("Résultat copié dans le presse-papiers."), Qgis.MessageLevel.Success, 3)

    def clear(self):
        """Clear the result and the analysed geometry."""
        self.last_record = None
        self.band.reset(GEOMETRY_POLYGON)
        self.marker.reset(GEOMETRY_POINT)
        self.ui.treeResults.clear()
        self.ui.txtExplanation.clear()
        self.ui.lblZone.setText(tr("Aucune analyse pour l'instant."))
        self.ui.btnAlertTouched.setVisible(False)
        self.ui.lblZone.setStyleSheet("")
