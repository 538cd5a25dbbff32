"""«Alertes» dock: the sites in danger of the register — list (filters, sorting), details and history,
creation from the map / an element / a case, editing, closing, the map layer and the exports."""

import html

import numpy as np
import pandas as pd
from qgis.core import Qgis
from qgis.gui import QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import QDialog, QFileDialog, QHeaderView, QInputDialog, QMenu

from ..core import config
from ..core.alerts import model
from ..core.alerts.filters import CLOSED, OPEN, filter_alerts
from ..core.errors import VeilleError
from ..core.i18n import QT_TRANSLATE_NOOP, tr
from ..core.vocabulary import display
from ..qgis_adapters.compat import GEOMETRY_POINT
from ..qgis_adapters.log import push
from ..qgis_adapters.user import current_user
from .base_dock import BaseDock
from .frame_model import MaskFilterProxy
from .frame_model import FrameTableModel
from .map_tools import PointPickTool

COLUMNS = (
    ("id", QT_TRANSLATE_NOOP("VeillePatrimoniale", "N°")),
    ("priorite", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Priorité")),
    ("statut", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Statut")),
    ("titre", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Titre")),
    ("elements_noms", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Éléments")),
    ("commune_nom", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Commune")),
    ("etat", QT_TRANSLATE_NOOP("VeillePatrimoniale", "État")),
    ("tendance", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Tendance")),
    ("updated_at", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Modifiée le")),
)
#: Columns holding a word of the alerts' vocabularies (column → its family in core/vocabulary.py)
WORDS_COLUMNS = {"statut": "alerte_statut", "etat": "alerte_etat", "tendance": "alerte_tendance"}
PRIORITY_BG = {"A": "#f5b7b1", "B": "#f8c9a0", "C": "#fad7a0", "D": "#fce5b4", "E": "#fcf3cf", "F": "#d5f5c8"}


class AlertsTableModel(FrameTableModel):
    """Table model of the alerts."""

    COLUMNS = COLUMNS

    def __init__(self, parent=None):
        super().__init__(parent)
        self.df = pd.DataFrame(columns=["id"] + model.FIELD_NAMES)
        self._values = np.empty((0, len(COLUMNS)), dtype=object)

    def set_alerts(self, df: pd.DataFrame):
        """Show these alerts."""
        self.beginResetModel()
        self.df = df.reset_index(drop=True)
        cols = [c for c, _ in COLUMNS]
        self._values = (
            self.df[cols].astype(object).where(self.df[cols].notna(), "").to_numpy()
            if len(self.df)
            else np.empty((0, len(COLUMNS)), dtype=object)
        )
        self.endResetModel()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        """Cell text, sort key, colour and tooltip of the alerts table."""
        if not index.isValid():
            return None
        value = self._values[index.row(), index.column()]
        name = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if name == "updated_at" and value:
                from .alert_dialog import local_datetime

                return local_datetime(value)[:10]
            if name in WORDS_COLUMNS:  # a stored French word, in the interface's language
                return display(value, WORDS_COLUMNS[name])
            return str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr(model.PRIORITES[value]) if name == "priorite" and value in model.PRIORITES else str(value)
        if role == Qt.ItemDataRole.UserRole:  # sort key
            if name == "id":
                return int(value)
            if name == "priorite":
                return "ABCDEF".find(value) if value else 9
            if name == "statut":
                return model.STATUTS.index(value) if value in model.STATUTS else 99
            return str(value)
        if role == Qt.ItemDataRole.BackgroundRole and name == "priorite" and value in PRIORITY_BG:
            return QBrush(QColor(PRIORITY_BG[value]))
        if role == Qt.ItemDataRole.ForegroundRole and self._values[index.row(), 2] in model.STATUTS_CLOS:
            return QBrush(QColor("#777777"))
        return None

    def alert_at(self, row: int) -> dict:
        """The alert shown on row ``row``."""
        return self.df.iloc[row].to_dict()


class AlertsDock(BaseDock):
    """The «Alertes» dock: list, filters, details and history, form, layer, exports."""

    UI_FILE = "alerts_dock.ui"
    OBJECT_NAME = "VeillePatrimonialeAlertsDock"
    HELP_PAGE = "aide_alertes.html"
    #: an element id: the plugin writes and opens its follow-up file
    element_file_requested = pyqtSignal(str)

    def __init__(self, iface, parent=None):
        super().__init__(tr("Alertes (sites en péril) – Veille patrimoniale"), iface, parent)
        self.model = AlertsTableModel(self)
        self.proxy = MaskFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        ui = self.ui
        ui.tableAlerts.setModel(self.proxy)
        ui.tableAlerts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        ui.tableAlerts.verticalHeader().setVisible(False)
        ui.comboStatus.addItem(tr("alertes ouvertes"), OPEN)
        ui.comboStatus.addItem(tr("alertes closes"), CLOSED)
        ui.comboStatus.addItem(tr("toutes les alertes"), "")
        for s in model.STATUTS:
            ui.comboStatus.addItem(display(s, "alerte_statut"), s)
        ui.comboPriority.addItem(tr("toutes priorités"), "")
        for letter, meaning in model.PRIORITES.items():
            ui.comboPriority.addItem(letter, letter)
            ui.comboPriority.setItemData(ui.comboPriority.count() - 1, tr(meaning), Qt.ItemDataRole.ToolTipRole)
        self.marker = self.rubber_band(
            GEOMETRY_POINT, fill=(227, 26, 28, 230), stroke=(90, 0, 0), width=3
        )  # the selected alert
        self.marker.setIcon(QgsRubberBand.IconType.ICON_CIRCLE)
        self.marker.setIconSize(14)
        self.chooser = None  # the element chooser of a map click, while it is shown
        self.click_marker = self.rubber_band(GEOMETRY_POINT, fill=(255, 221, 0, 255), stroke=(0, 0, 0), width=3)
        self.click_marker.setIcon(QgsRubberBand.IconType.ICON_X)  # where the officer clicked, while choosing
        self.click_marker.setIconSize(18)
        self.pick_tool = PointPickTool(self.canvas)
        self.pick_tool.picked.connect(self._on_map_click)
        self.bind_tool(ui.btnPickOnMap, self.pick_tool)
        menu = QMenu(ui.btnExport)
        for text, kind, fmt in (
            (tr("Liste des sites en péril (HTML)…"), "liste", "html"),
            (tr("Liste des sites en péril (CSV)…"), "liste", "csv"),
            (tr("Rapport périodique : facteurs × tendance (HTML)…"), "rapport", "html"),
            (tr("Rapport périodique (CSV)…"), "rapport", "csv"),
            (tr("Dossier de l'alerte sélectionnée (HTML)…"), "dossier", "html"),
            (tr("Dossier des éléments de l'alerte (HTML)…"), "element", "html"),
        ):
            menu.addAction(text).triggered.connect(lambda _c=False, k=kind, f=fmt: self.export(k, f))
        ui.btnExport.setMenu(menu)
        self._export_menu = menu
        for w in (ui.comboStatus, ui.comboPriority):
            w.currentIndexChanged.connect(self.apply_filters)
        ui.editSearch.textChanged.connect(self.apply_filters)
        ui.tableAlerts.selectionModel().currentRowChanged.connect(self._on_current)
        ui.tableAlerts.doubleClicked.connect(lambda *_: self.edit_current())
        ui.btnReload.clicked.connect(self.reload)
        ui.btnNew.clicked.connect(lambda: self.new_alert())
        ui.btnEdit.clicked.connect(self.edit_current)
        ui.btnElementFile.clicked.connect(self.element_file_for_current)
        ui.btnCloseAlert.clicked.connect(self.close_current)
        ui.btnLayer.clicked.connect(self.show_layer)
        ui.txtDetails.anchorClicked.connect(self._on_link)
        self.reload()

    # ------------------------------------------------------------------ register
    def _open(self):
        from ..qgis_adapters.register_target import open_configured_register

        return open_configured_register()

    def reload(self):
        """Read the alerts from the register again."""
        try:
            with self._open() as reg:
                alerts = reg.alerts()
                label = reg.description
        except VeilleError as exc:
            push(self.iface, str(exc), Qgis.MessageLevel.Warning, 10)
            return
        self.ui.lblRegister.setText(tr("Registre : {r}").format(r=label))
        current = self.current_alert()
        self.model.set_alerts(alerts)
        self.apply_filters()
        for col, width in ((0, 36), (1, 58), (2, 135), (3, 240), (4, 170)):
            self.ui.tableAlerts.setColumnWidth(col, width)
        if current is not None:
            self.select_alert(current["id"])
        from ..qgis_adapters.alert_layer import find_alerts_layer

        layer = find_alerts_layer()
        if layer is not None:
            layer.dataProvider().reloadData()
            layer.triggerRepaint()

    def apply_filters(self, *_):
        """Show the alerts that match the filters."""
        ui = self.ui
        mask = filter_alerts(
            self.model.df,
            statut=ui.comboStatus.currentData(),
            priorite=ui.comboPriority.currentData(),
            text=ui.editSearch.text(),
        )
        self.proxy.set_mask(mask)
        opened = int((~self.model.df["statut"].isin(model.STATUTS_CLOS)).sum()) if len(self.model.df) else 0
        ui.lblCount.setText(
            tr("{n} alerte(s) affichée(s) sur {t} ; {o} ouverte(s)").format(n=int(mask.sum()), t=len(mask), o=opened)
        )

    def current_alert(self):
        """The selected alert, or None."""
        idx = self.ui.tableAlerts.currentIndex()
        if not idx.isValid():
            return None
        return self.model.alert_at(self.proxy.mapToSource(idx).row())

    def element_file_for_current(self):
        """Ask the plugin for the follow-up file of the chosen alert's first element."""
        alert = self.current_alert()
        ids = [e.strip() for e in str((alert or {}).get("elements") or "").split(";") if e.strip()]
        if not ids:
            push(self.iface, tr("Choisissez d'abord une alerte qui vise un élément."), Qgis.MessageLevel.Info, 5)
            return None
        self.element_file_requested.emit(ids[0])
        return ids[0]

    def select_alert(self, alert_id) -> bool:
        """Select an alert by its number."""
        rows = (self.model.df["id"] == alert_id).to_numpy().nonzero()[0] if len(self.model.df) else []
        if len(rows):
            idx = self.proxy.mapFromSource(self.model.index(int(rows[0]), 0))
            if idx.isValid():
                self.ui.tableAlerts.setCurrentIndex(idx)
                return True
        return False

    def _on_current(self, *_):
        alert = self.current_alert()
        if alert is None:
            self.ui.txtDetails.clear()
            return
        try:
            with self._open() as reg:
                history = reg.alert_history(alert["id"])
                files = reg.attachments(alert["id"])
        except VeilleError as exc:
            self.ui.txtDetails.setPlainText(str(exc))
            return
        self.ui.txtDetails.setHtml(details_html(alert, history, files))
        self._flash(alert)

    def _geometry(self, alert):
        from ..qgis_adapters.geometry import from_l93_wkb

        return from_l93_wkb(alert.get("geom_wkb"), self.canvas.mapSettings().destinationCrs())

    def _flash(self, alert):
        """Flash the alert and leave a marker on it (the alerts layer may not be on the map)."""
        self.marker.reset(GEOMETRY_POINT)
        g = self._geometry(alert)
        if g is not None and not g.isEmpty():
            self.marker.addPoint(g.asPoint())
            self.canvas.flashGeometries([g], self.canvas.mapSettings().destinationCrs())

    def _on_link(self, url):
        if url.toString() == "zoom":
            alert = self.current_alert()
            g = self._geometry(alert) if alert else None
            if g is not None:
                from ..qgis_adapters.screening_service import padded_extent

                self.canvas.setExtent(padded_extent(g, minimum=400.0))
                self.canvas.refresh()
                self._flash(alert)

    # ------------------------------------------------------------------ create / edit / close
    def _dialog(self, **kw):
        from .alert_dialog import AlertDialog

        return AlertDialog(self._open, self, **kw)

    def new_alert(self, initial=None, geometry=None):
        """Open the form for a new alert (``initial`` values, ``geometry`` shapely EPSG:2154); returns its id or
        None."""
        dialog = self._dialog(initial=initial or {}, geometry=geometry)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        self.reload()
        self.ui.comboStatus.setCurrentIndex(0)
        self.select_alert(dialog.saved_id)
        push(self.iface, tr("Alerte n° {id} enregistrée.").format(id=dialog.saved_id), Qgis.MessageLevel.Success, 4)
        return dialog.saved_id

    def new_alert_for_elements(self, element_ids, **initial):
        """Open the form for a new alert on these elements."""
        initial["elements"] = list(element_ids)
        return self.new_alert(initial)

    def new_alert_from_case(self, case: dict):
        """Open the form for a new alert prefilled from a case of the veille."""
        from ..core.alerts.service import values_from_case

        return self.new_alert(values_from_case(case))

    def _on_map_click(self, point_geom):
        self.ui.btnPickOnMap.setChecked(False)
        self.alert_at_point(point_geom)

    def alert_at_point(self, point_geom):
        """A click on the map (``point_geom`` in the canvas CRS): the elements there or within 50 m are listed by
        name for the officer to choose one, then the form opens prefilled with it. Returns the new alert's id, or
        None. The chooser is kept in ``self.chooser`` while it is shown."""
        from ..core.alerts.service import NEAR_RADIUS_M, elements_around
        from ..core.reference.data import load_reference
        from ..qgis_adapters.geometry import to_l93_shapely
        from .element_chooser_dialog import PLACE_ONLY, ElementChooser

        p = to_l93_shapely(point_geom, self.canvas.mapSettings().destinationCrs())
        try:
            candidates = elements_around(p, load_reference(), NEAR_RADIUS_M)
        except VeilleError as exc:
            push(self.iface, str(exc), Qgis.MessageLevel.Warning, 8)
            return None
        self.click_marker.reset(GEOMETRY_POINT)
        self.click_marker.addPoint(point_geom.asPoint())
        self.chooser = ElementChooser(candidates, self)
        try:
            accepted = self.chooser.exec() == QDialog.DialogCode.Accepted
            chosen = self.chooser.chosen_id()
        finally:
            self.chooser.deleteLater()
            self.chooser = None
            self.click_marker.reset(GEOMETRY_POINT)
        if not accepted or chosen is None:
            return None
        if chosen == PLACE_ONLY:
            return self.new_alert({}, geometry=p)
        on_it = any(c["id"] == chosen and c["distance"] <= 0 for c in candidates)
        # a click on the element places the alert where clicked (a cité is large); near it, on the element
        return self.new_alert({"elements": [chosen]}, geometry=p if on_it else None)

    def edit_current(self):
        """Open the form on the selected alert."""
        alert = self.current_alert()
        if alert is None:
            push(self.iface, tr("Sélectionnez d'abord une alerte."), Qgis.MessageLevel.Warning, 3)
            return False
        dialog = self._dialog(alert_id=alert["id"])
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            return True
        self.reload()  # attachments may have been added
        return False

    def close_current(self):
        """Close the selected alert with its outcome and reason."""
        alert = self.current_alert()
        if alert is None:
            push(self.iface, tr("Sélectionnez d'abord une alerte."), Qgis.MessageLevel.Warning, 3)
            return
        # no outcome is preselected: «sauvegardée» was the default and an alert could be closed as saved by mistake
        choose = tr("— choisissez l'issue —")
        label, statut = tr("Issue :"), choose
        while statut == choose:
            statut, ok = QInputDialog.getItem(
                self,
                tr("Clore l'alerte n° {id}").format(id=alert["id"]),
                label,
                [choose, *model.STATUTS_CLOS],
                0,
                False,
            )
            if not ok:
                return
            label = tr("Choisissez l'issue de l'alerte (sauvegardée, perdue ou levée) :")
        label = tr("Motif de clôture (obligatoire) :")
        motif = ""
        while not motif.strip():  # an empty reason asks again instead of losing the choice made
            motif, ok = QInputDialog.getMultiLineText(
                self, tr("Clore l'alerte n° {id}").format(id=alert["id"]), label, motif
            )
            if not ok:
                return
            label = tr("Le motif de clôture est obligatoire ; décrivez l'issue ({s}) :").format(s=statut)
        try:
            with self._open() as reg:
                reg.close_alert(alert["id"], motif, current_user(), statut=statut)
        except VeilleError as exc:
            push(self.iface, str(exc), Qgis.MessageLevel.Warning, 8)
            return
        self.reload()
        push(
            self.iface, tr("Alerte n° {id} close ({s}).").format(id=alert["id"], s=statut), Qgis.MessageLevel.Success, 4
        )

    # ------------------------------------------------------------------ layer and exports
    def show_layer(self):
        """Add the alerts layer to the map, styled by priority."""
        from ..qgis_adapters.alert_layer import load_alerts_layer
        from ..qgis_adapters.register_target import configured_target

        try:
            target = config.load_settings().register or None
            if target is not None and not str(target).endswith(".gpkg"):
                configured_target()  # check the authcfg resolves before QGIS tries
            with self._open():
                pass  # create/migrate the register so that the table exists
            return load_alerts_layer(target)
        except VeilleError as exc:
            push(self.iface, str(exc), Qgis.MessageLevel.Warning, 10)
            return None

    def export(self, kind, fmt, path=None):
        """Export the list, the periodic report or a file, asking where when no path is given."""
        from ..core.alerts import exports

        alert = self.current_alert()
        if kind in ("dossier", "element") and alert is None:
            push(self.iface, tr("Sélectionnez d'abord une alerte."), Qgis.MessageLevel.Warning, 3)
            return None
        if path is None:
            default = {"liste": "sites_en_peril", "rapport": "rapport_periodique_alertes"}.get(
                kind, f"dossier_alerte_{alert['id'] if alert else ''}"
            )
            path, _ = QFileDialog.getSaveFileName(
                self,
                tr("Exporter"),
                str(config.config_dir() / f"{default}.{fmt}"),
                "HTML (*.html)" if fmt == "html" else "CSV (*.csv)",
            )
            if not path:
                return None
        try:
            with self._open() as reg:
                if kind == "element":
                    from ..core.reference.data import load_reference

                    ids = model.split_list(alert["elements"])
                    if not ids:
                        raise VeilleError(
                            tr("Cette alerte ne concerne aucun élément du Bien : exportez le dossier de l'alerte.")
                        )
                    out = exports.export(reg, "dossier", fmt, path, element=ids[0], ref=load_reference())
                else:
                    out = exports.export(reg, kind, fmt, path, alert_id=alert["id"] if kind == "dossier" else None)
        except VeilleError as exc:
            push(self.iface, str(exc), Qgis.MessageLevel.Warning, 8)
            return None
        push(self.iface, tr("Export écrit : {p}").format(p=out), Qgis.MessageLevel.Success, 6)
        return out


#: Fields of the details pane holding words of the alerts' vocabularies (field → its family in core/vocabulary.py)
DETAIL_FAMILIES = {
    "statut": "alerte_statut",
    "source": "alerte_source",
    "etat": "alerte_etat",
    "tendance": "alerte_tendance",
    "categorie": "alerte_categorie",
    "proprietaire_type": "alerte_proprietaire",
    "actions_realisees": "alerte_action",
    "actions_prevues": "alerte_action",
}


def details_html(alert: dict, history, files) -> str:
    """The details pane of an alert as HTML."""
    from .alert_dialog import file_size, history_html, local_datetime

    e = html.escape
    rows = []
    for f in (
        "priorite",
        "statut",
        "elements_noms",
        "commune_nom",
        "date_constat",
        "source",
        "etat",
        "tendance",
        "categorie",
        "proprietaire_type",
        "proprietaire_nom",
        "menaces",
        "actions_realisees",
        "actions_prevues",
        "partenaires",
        "motif_cloture",
        "dossier_veille",
        "description",
    ):
        v = alert.get(f)
        if v is None or (isinstance(v, float) and np.isnan(v)) or v == "":
            continue
        if f == "priorite":
            v = f"{v} — {tr(model.PRIORITES.get(v, ''))}"
        if f in DETAIL_FAMILIES:
            family = DETAIL_FAMILIES[f]
            v = (
                "; ".join(display(x, family) for x in model.split_list(v))
                if f.startswith("actions")
                else display(v, family)
            )
        if f == "date_constat":
            v = local_datetime(v)
        if f == "menaces":
            from ..core import unesco_factors

            v = "; ".join(unesco_factors.label(c) for c in model.split_list(v))
        rows.append(f"<tr><td><b>{e(model.field_label(f))}</b></td><td>{e(str(v))}</td></tr>")
    attach = "".join(f"<li>{e(a['filename'])} ({e(file_size(a['size']))})</li>" for a in files)
    return (
        f"<h3>{e(tr('Alerte n° {id} — {t}').format(id=alert['id'], t=alert['titre']))}</h3><p><a "
        f"href='zoom'>{e(tr('Zoomer sur l’alerte'))}</a></p>"
        f"<table>{''.join(rows)}</table>"
        + (f"<p><b>{e(tr('Pièces jointes'))}</b></p><ul>{attach}</ul>" if attach else "")
        + f"<p><b>{e(tr('Historique'))}</b></p>{history_html(history)}"
    )
