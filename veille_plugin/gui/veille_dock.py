"""«Veille» dock: the register's cases (sortable, filtered), triage, and the weekly sweep as a task."""

import html
from pathlib import Path

import pandas as pd
from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QDate, Qt, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QFileDialog, QHeaderView, QListWidgetItem, QWidget

from ..core import config
from ..core.errors import VeilleError
from ..core.i18n import QT_TRANSLATE_NOOP, tr
from ..core.register.case_view import case_details_html, detail_names, load_case_list, sweep_marks
from ..core.register.follow_up import STATUS_AVIS_GIVEN, avis_status_hint, status_after_avis
from ..core.register.history_view import history_entries
from ..core.reports.html import french_datetime
from ..core.sweep import sources as source_memory
from ..core.sweep.filters import CaseFilter
from ..core.sweep.run import sweep_report_path
from ..core.vocabulary import (
    AVIS_VALUES,
    CASE_ZONES,
    CHANGE_GONE,
    CHANGE_MODIFIED,
    CHANGE_NEW,
    DECISION_VALUES,
    SEVERITIES_DISPLAY,
    TRIAGE_STATUSES,
    TRIAGE_TO_EXAMINE,
    ZONE_BIEN,
    ZONE_COMMUNE,
    ZONE_HORS,
    ZONE_TAMPON,
    ZONE_UNLOCATED,
    ZONE_WORDS,
    WORKS_VALUES,
    display,
)
from ..qgis_adapters.compat import GEOMETRY_POINT, GEOMETRY_POLYGON
from ..qgis_adapters.log import push
from ..qgis_adapters.screening_service import padded_extent
from ..qgis_adapters.user import current_user
from .base_dock import BaseDock
from .cases_model import (
    COLUMNS,
    NARROW_HIDDEN,
    NARROW_WIDTH,
    NUMBER_COLUMN,
    PRIORITY_COLUMN,
    SEVERITY_COLUMN,
    ZONE_COLUMN,
    CasesFilterProxy,
    CasesTableModel,
)

STATUSES = TRIAGE_STATUSES
#: Beyond this many cases the register is read in a background task (measured by `make bench`: 100,000 cases take
#: over a second to read, far more than the 100 ms an action may take).
BACKGROUND_ABOVE = 20_000
# The zone filter's entries: a case located only by its commune is listed apart, never under «Bien».
ZONE_FILTER_LABELS = {
    ZONE_BIEN: QT_TRANSLATE_NOOP("VeillePatrimoniale", "Bien"),
    ZONE_TAMPON: QT_TRANSLATE_NOOP("VeillePatrimoniale", "zone tampon"),
    ZONE_HORS: QT_TRANSLATE_NOOP("VeillePatrimoniale", "hors"),
    ZONE_COMMUNE: QT_TRANSLATE_NOOP("VeillePatrimoniale", "commune seulement (localisation approximative)"),
    ZONE_UNLOCATED: QT_TRANSLATE_NOOP("VeillePatrimoniale", "non localisé"),
}


def fold_group(group, open_: bool) -> None:
    """A folded group box is its title line only (no empty frame under it)."""
    group.setMaximumHeight(16777215 if open_ else group.fontMetrics().height() + 10)


def sitadel_words(task) -> list:
    """What the sweep task's Sitadel feed did, in French: the months fetched (by list), then the feed's messages
    (offline, refused, nothing new); empty when the task did not fetch the lists."""
    fetched = getattr(task, "fetched_months", None) or []
    words = []
    if fetched:
        months = sorted({m for _title, m in fetched})
        words.append(
            tr("Listes Sitadel (DiDo) : mois {m} récupérés ({n} fichier(s) mensuel(s)).").format(
                n=len(fetched), m=", ".join(months)
            )
        )
    return words + list(getattr(task, "feed_messages", None) or [])


class VeilleDock(BaseDock):
    """The «Veille des permis» dock: register's cases, filters, follow-up, sweep in the background."""

    alert_from_case_requested = pyqtSignal(dict)  # a case: the plugin opens the Alertes dock with it
    UI_FILE = "veille_dock.ui"
    OBJECT_NAME = "VeillePatrimonialeVeilleDock"
    HELP_PAGE = "aide_veille.html"

    def __init__(self, iface, parent=None):
        super().__init__(tr("Permis – Veille patrimoniale"), iface, parent)
        self.register_target = config.load_settings().register or None
        self.task = None
        self.load_task = None
        self._full_case = None  # (key, every field of the case chosen), read when it is chosen
        self.model = CasesTableModel(self)
        self.case_filter = CaseFilter(self.model.df)
        self._names = None  # (element names, rule titles), read on the first case shown
        self.proxy = CasesFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        ui = self.ui
        ui.tableCases.setModel(self.proxy)
        # what could harm the property most first, then what is new in the sweep shown (a header click changes it)
        ui.tableCases.sortByColumn(PRIORITY_COLUMN, Qt.SortOrder.AscendingOrder)
        ui.tableCases.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        ui.tableCases.verticalHeader().setVisible(False)
        for header in (ui.tableCases.horizontalHeader(), ui.tableCases.verticalHeader()):
            header.setResizeContentsPrecision(200)  # fitting a column reads 200 rows, not thousands
        for combo, label, values in (
            (ui.comboZone, tr("toutes zones"), CASE_ZONES),
            (ui.comboSeverity, tr("toutes sévérités"), SEVERITIES_DISPLAY),
            (ui.comboStatus, tr("tous statuts"), STATUSES),
        ):
            combo.addItem(label, "")
            for v in values:
                # the stored French word as data, its label in the interface's language as text
                combo.addItem(tr(ZONE_FILTER_LABELS[v]) if combo is ui.comboZone else display(v), v)
        ui.comboEpci.addItem(tr("tous EPCI"), "")
        for s in STATUSES:
            ui.comboCaseStatus.addItem(display(s, "statut_veille"), s)
        self._status_shown = TRIAGE_TO_EXAMINE  # the status of the case shown, as stored
        self._sweeps = []  # the register's sweeps listed in the chooser (with their folders)
        for combo, values in (
            (ui.comboAvis, AVIS_VALUES),
            (ui.comboDecision, DECISION_VALUES),
            (ui.comboWorks, WORKS_VALUES),
        ):
            combo.addItem("—", "")
            for v in values:
                combo.addItem(display(v), v)
        today = QDate.currentDate()
        ui.dateFrom.setDate(today.addMonths(-1))
        ui.dateTo.setDate(today)
        ui.editOut.setText(str(config.config_dir() / "balayages"))
        # blue: the cités and elements of the map are orange (issue 15, point 6: orange on orange was invisible)
        self.band = self.rubber_band(fill=(0, 150, 255, 50), stroke=(0, 70, 200), width=3)

        for w in (ui.comboZone, ui.comboSeverity, ui.comboStatus, ui.comboEpci):
            w.currentIndexChanged.connect(self.apply_filters)
        for w in (ui.editCommune, ui.editSearch):
            w.textChanged.connect(self.apply_filters)
        ui.chkPeriod.toggled.connect(self.apply_filters)
        ui.dateFrom.dateChanged.connect(self.apply_filters)
        ui.dateTo.dateChanged.connect(self.apply_filters)
        ui.comboSweep.currentIndexChanged.connect(self._show_sweep)
        ui.btnOpenReport.clicked.connect(lambda: self.open_sweep_report())
        ui.btnNewOnly.toggled.connect(self.apply_filters)
        ui.btnInBien.toggled.connect(self.apply_filters)
        ui.btnAuthorisedNoAvis.toggled.connect(self.apply_filters)
        ui.grpFilters.toggled.connect(self._fold_filters)
        self._fold_filters(ui.grpFilters.isChecked())
        ui.comboCaseStatus.activated.connect(self._status_chosen)
        ui.comboAvis.activated.connect(self._avis_chosen)
        ui.lblAvisHint.setVisible(False)
        ui.tableCases.selectionModel().currentRowChanged.connect(self._on_current)
        ui.tableCases.doubleClicked.connect(self.zoom_to_current)
        ui.btnSaveTriage.clicked.connect(self.save_triage)
        ui.btnSaveFollowUp.clicked.connect(lambda: self.save_follow_up())
        ui.btnAlertFromCase.clicked.connect(self.alert_from_current)
        ui.btnFiche.clicked.connect(lambda: self.export_fiche())
        ui.btnReload.clicked.connect(self.reload)
        ui.btnOpenRegister.clicked.connect(self._choose_register)
        ui.btnPostgis.clicked.connect(self._choose_postgis)
        ui.btnAddSource.clicked.connect(self._add_source)
        ui.btnRemoveSource.clicked.connect(self._remove_sources)
        self._show_sources(source_memory.load_sources())
        ui.btnParcels.clicked.connect(self._choose_parcels)
        ui.chkAutoParcels.toggled.connect(
            lambda on: (ui.editParcels.setEnabled(not on), ui.btnParcels.setEnabled(not on))
        )
        ui.btnOut.clicked.connect(self._choose_out)
        ui.btnRunSweep.clicked.connect(lambda: self.start_sweep())
        ui.grpSweep.toggled.connect(self._fold_sweep)
        self._fold_sweep(ui.grpSweep.isChecked())
        ui.btnCancelSweep.clicked.connect(self.cancel_sweep)
        self.reload()

    # ------------------------------------------------------------------ register
    def _open(self):
        from ..core.register import open_register
        from ..qgis_adapters.register_target import resolve_register_target

        return open_register(resolve_register_target(self.register_target))

    def reload(self, background=None):
        """Read the register's cases again, with the flags of the sweep chosen (the latest one by default). A large
        register (over ``BACKGROUND_ABOVE`` cases) is read in a background task, so the dock stays responsive;
        ``background`` forces either way. Returns the task when there is one."""
        from ..core.register import open_register
        from ..qgis_adapters.register_target import resolve_register_target

        chosen = self.ui.comboSweep.currentData()
        try:
            target = resolve_register_target(self.register_target)
            if background is None:
                with open_register(target) as reg:
                    background = reg.count_cases() > BACKGROUND_ABOVE
            if not background:
                with open_register(target) as reg:
                    self.show_list(load_case_list(reg, chosen), None)
                return None
        except VeilleError as exc:
            push(self.iface, str(exc), Qgis.MessageLevel.Warning, 10)
            return None
        from ..qgis_adapters.case_list_task import CaseListTask

        if self.load_task is not None:
            self.load_task.cancel()
        self.load_task = CaseListTask(target, chosen)
        self.load_task.done.connect(self.show_list)
        self.ui.lblCount.setText(tr("Lecture du registre…"))
        QgsApplication.taskManager().addTask(self.load_task)
        return self.load_task

    def show_list(self, listing, error=None):
        """Show a list read from the register (:func:`load_case_list`), or its French error."""
        self.load_task = None
        if listing is None:
            push(self.iface, error or tr("Lecture du registre interrompue."), Qgis.MessageLevel.Warning, 10)
            return
        label = listing.label or str(self.register_target or tr("registre par défaut"))
        self.ui.lblRegister.setText(tr("Registre : {r}").format(r=label))
        self._fill_sweeps(listing.sweeps, listing.shown_sweep)
        cases = listing.cases
        self.case_filter = listing.case_filter
        current_epci = self.ui.comboEpci.currentData()
        self.ui.comboEpci.blockSignals(True)
        self.ui.comboEpci.clear()
        self.ui.comboEpci.addItem(tr("tous EPCI"), "")
        for e in sorted(v for v in self.case_filter.distinct("epci") if v):
            self.ui.comboEpci.addItem(e, e)
        idx = self.ui.comboEpci.findData(current_epci)
        self.ui.comboEpci.setCurrentIndex(max(0, idx))
        self.ui.comboEpci.blockSignals(False)
        self._full_case = None
        self.model.set_cases(cases, listing.marks)
        self.apply_filters()
        self.fit_columns()
        self._date_sources(listing.sweeps)

    def _fill_sweeps(self, sweeps, shown):
        """The sweep chooser: newest first, each with its date, status and what it found, its folder in the tooltip
        («Rapport» opens the report kept there)."""
        combo = self.ui.comboSweep
        combo.blockSignals(True)
        combo.clear()
        self._sweeps = list(sweeps)
        for sw in reversed(sweeps):
            counts = (sw.get("counts") or {}).get("changements") or {}
            found = (
                tr(" — {n} nouveaux, {m} modifiés, {d} disparus").format(
                    n=counts.get(CHANGE_NEW, 0), m=counts.get(CHANGE_MODIFIED, 0), d=counts.get(CHANGE_GONE, 0)
                )
                if counts
                else ""
            )
            combo.addItem(
                tr("n°{id} du {when} ({status}){found}").format(
                    id=sw["id"],
                    when=french_datetime(sw.get("started_at") or ""),
                    status=display(sw["status"], "balayage"),
                    found=found,
                ),
                int(sw["id"]),
            )
            report = sweep_report_path(sw)
            combo.setItemData(
                combo.count() - 1,
                tr("Dossier : {d}").format(d=report.parent)
                if report
                else tr("Rapport non conservé : balayage fait avant les dossiers datés."),
                Qt.ItemDataRole.ToolTipRole,
            )
        if not sweeps:
            combo.addItem(tr("aucun balayage"), None)
        combo.setCurrentIndex(max(0, combo.findData(shown)))
        combo.blockSignals(False)
        self._report_button_state()

    def _report_button_state(self):
        report = self.chosen_report()
        self.ui.btnOpenReport.setEnabled(report is not None)
        self.ui.btnOpenReport.setToolTip(
            tr("Ouvrir le rapport de ce balayage : {p}").format(p=report)
            if report
            else tr("Ce balayage n'a pas de rapport conservé (fait avant les dossiers datés, ou interrompu).")
        )

    def chosen_report(self):
        """The report file of the sweep chosen in the chooser (its own dated folder), or None."""
        sweep_id = self.ui.comboSweep.currentData()
        sweep = next((sw for sw in self._sweeps if sweep_id is not None and int(sw["id"]) == int(sweep_id)), None)
        return sweep_report_path(sweep) if sweep else None

    def open_sweep_report(self):
        """Open the chosen sweep's report (any earlier sweep's too) in the default browser; returns its path, or
        None with a French message when it is not there."""
        report = self.chosen_report()
        if report is None or not report.exists():
            push(
                self.iface,
                tr("Rapport introuvable pour ce balayage{p} : il a peut-être été déplacé ou supprimé.").format(
                    p=f" ({report})" if report else ""
                ),
                Qgis.MessageLevel.Warning,
                8,
            )
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(report)))
        return report

    def _show_sweep(self, *_):
        """Show the nouveau/modifié/disparu flags of the sweep chosen, without reading the cases again."""
        sweep_id = self.ui.comboSweep.currentData()
        if sweep_id is None:
            return
        try:
            with self._open() as reg:
                marks = sweep_marks(reg, self.model.df, int(sweep_id))
        except VeilleError as exc:
            push(self.iface, str(exc), Qgis.MessageLevel.Warning, 10)
            return
        self.model.set_marks(marks)
        self._report_button_state()
        if self.ui.btnNewOnly.isChecked():  # «nouveaux de ce balayage» follows the sweep chosen
            self.apply_filters()

    def _choose_register(self):
        # «Ouvrir…» opens an existing register (it used to show a save dialog, issue 15, point 6)
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Ouvrir un registre de veille"), str(config.config_dir()), "GeoPackage (*.gpkg)"
        )
        if path:
            self.register_target = path
            config.update_settings(register=path)
            self.reload()

    def _choose_postgis(self):
        from qgis.PyQt.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(
            self,
            tr("Registre PostGIS"),
            tr(
                "Connexion sans mot de passe : « service=veille » ou « host=… dbname=… », suivie de « "
                "authcfg=identifiant » (configuration d'authentification QGIS) :"
            ),
            text=self.register_target
            if self.register_target and not str(self.register_target).endswith(".gpkg")
            else "service=veille authcfg=",
        )
        if not ok or not text.strip():
            return
        if "password" in text.lower():
            push(
                self.iface,
                tr(
                    "N'indiquez pas de mot de passe : utilisez une configuration d'authentification QGIS (authcfg=…) "
                    "ou un service libpq."
                ),
                Qgis.MessageLevel.Warning,
                10,
            )
            return
        self.register_target = text.strip()
        config.update_settings(register=self.register_target)
        self.reload()

    # ------------------------------------------------------------------ filters & table
    def filters(self) -> dict:
        """The filters chosen in the dock."""
        ui = self.ui
        f = {
            "zone": ui.comboZone.currentData(),
            "severity": ui.comboSeverity.currentData(),
            "status": ui.comboStatus.currentData(),
            "epci": ui.comboEpci.currentData(),
            "commune": ui.editCommune.text().strip(),
            "text": ui.editSearch.text().strip(),
        }
        if ui.chkPeriod.isChecked():
            f["date_from"] = ui.dateFrom.date().toString("yyyy-MM-dd")
            f["date_to"] = ui.dateTo.date().toString("yyyy-MM-dd")
        if ui.btnInBien.isChecked():
            f["in_bien"] = True
        if ui.btnAuthorisedNoAvis.isChecked():
            f["authorised_no_avis"] = True
        if ui.btnNewOnly.isChecked():
            f["change"] = CHANGE_NEW
            f["marks"] = self.model.marks()
        return f

    def _fold_filters(self, open_):
        """The less used filters fold away under «Autres filtres» (they still apply when folded)."""
        for child in self.ui.grpFilters.findChildren(QWidget):
            child.setVisible(open_)
        fold_group(self.ui.grpFilters, open_)

    def fit_columns(self):
        """Columns for the dock's width: under ``NARROW_WIDTH`` pixels only the essential ones (priority, dossier,
        commune, zone, severity, change), the others being read in the case panel."""
        narrow = self.width() < NARROW_WIDTH
        view = self.ui.tableCases
        self.model.set_compact(narrow)
        header = view.horizontalHeader()
        for k, (name, _label) in enumerate(COLUMNS):
            view.setColumnHidden(k, narrow and name in NARROW_HIDDEN)
            header.setSectionResizeMode(k, QHeaderView.ResizeMode.Interactive)
        view.resizeColumnsToContents()
        # narrow: two lines a row (the dossier and its commune), the dossier's column takes the room left, its
        # number shortened in the middle when it must be
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle if narrow else Qt.TextElideMode.ElideRight)
        line = view.fontMetrics().height()
        view.verticalHeader().setDefaultSectionSize(2 * line + 6 if narrow else line + 8)
        if narrow:
            header.setSectionResizeMode(NUMBER_COLUMN, QHeaderView.ResizeMode.Stretch)
            # the zone's and severity's words on two lines when they must («commune / seulement»): each column as
            # wide as its longest word; the priority as wide as its rank and its short heading
            metrics = view.fontMetrics()
            zone_words = [w for label in ZONE_WORDS.values() for w in tr(label).split()]
            severity_words = [w for s in SEVERITIES_DISPLAY for w in display(s, "severite").split()]
            for column, words, extra in (
                (ZONE_COLUMN, zone_words, 12),
                (SEVERITY_COLUMN, severity_words, 12),
                (PRIORITY_COLUMN, [self.model.headerData(PRIORITY_COLUMN, Qt.Orientation.Horizontal)], 24),
            ):
                view.setColumnWidth(column, max(metrics.horizontalAdvance(w) for w in words) + extra)

    def resizeEvent(self, event):  # noqa: N802 (Qt's name)
        """A wider or narrower dock shows more or fewer columns."""
        super().resizeEvent(event)
        narrow = self.width() < NARROW_WIDTH
        if narrow != getattr(self, "_narrow", None):
            self._narrow = narrow
            self.fit_columns()

    def apply_filters(self, *_):
        """Show the cases that match the filters."""
        mask = self.case_filter.mask(**self.filters())
        self.proxy.set_mask(mask)
        n, total = int(mask.sum()), len(mask)
        self.ui.lblCount.setText(tr("{n} dossier(s) affiché(s) sur {t}").format(n=n, t=total))

    def current_case(self):
        """The selected case with all its fields and its geometry (read from the register when chosen), or None."""
        idx = self.ui.tableCases.currentIndex()
        if not idx.isValid():
            return None
        listed = self.model.case_at(self.proxy.mapToSource(idx).row())
        key = listed["numero_norm"]
        if self._full_case is None or self._full_case[0] != key:
            try:
                with self._open() as reg:
                    found = reg.get_cases([key])
            except VeilleError as exc:
                push(self.iface, str(exc), Qgis.MessageLevel.Warning, 8)
                found = pd.DataFrame()
            case = found.iloc[0].to_dict() if len(found) else dict(listed)
            case["changement_affiche"] = listed.get("changement_affiche")
            self._full_case = (key, case)
        return dict(self._full_case[1])

    def _on_current(self, current, _previous=None):
        case = self.current_case()
        if case is None:
            return
        ui = self.ui
        self._status_shown = case.get("statut_veille") or TRIAGE_TO_EXAMINE
        ui.comboCaseStatus.setCurrentIndex(max(0, ui.comboCaseStatus.findData(self._status_shown)))
        hint = avis_status_hint(case)  # an older register's «avis émis» without an avis: shown as it is, with a hint
        ui.lblAvisHint.setText(hint or "")
        ui.lblAvisHint.setVisible(bool(hint))
        ui.editAssignee.setText(case.get("assignee") or "")
        ui.editComment.clear()
        self._show_follow_up(case)
        ui.txtCase.setHtml(case_details_html(case, *self._detail_names()))
        self._show_history(case["numero_norm"])
        self._show_geometry(case)
        self._zoom_to(case, flash=False)  # choosing a case shows it on the map

    def _detail_names(self) -> tuple:
        if self._names is None:
            from ..core.reference.data import load_reference
            from ..core.rules.catalogue import load_catalogue

            try:
                self._names = detail_names(load_reference(), load_catalogue())
            except VeilleError as exc:
                push(self.iface, str(exc), Qgis.MessageLevel.Warning, 8)
                return {}, {}
        return self._names

    def _show_history(self, numero_norm):
        try:
            with self._open() as reg:
                hist = reg.history(numero_norm)
                comments = reg.comments(numero_norm)
        except VeilleError as exc:
            self.ui.txtHistory.setPlainText(str(exc))
            return
        e = html.escape
        lines = [f"<b>{e(when)}</b> — {e(who)} : {e(what)}" for when, who, what in history_entries(hist, comments)]
        self.ui.txtHistory.setHtml("<br/>".join(lines) or tr("Aucun historique."))

    def _case_geometry(self, case):
        from ..qgis_adapters.geometry import from_l93_wkb

        return from_l93_wkb(case.get("geom_wkb"), self.canvas.mapSettings().destinationCrs())

    def _show_geometry(self, case):
        self.band.reset(GEOMETRY_POLYGON)
        g = self._case_geometry(case)
        if g is not None and not g.isEmpty():
            self.band.addGeometry(
                g if g.type() != GEOMETRY_POINT else g.buffer(self.canvas.mapUnitsPerPixel() * 6, 8), None
            )

    def zoom_to_current(self, *_):
        """Zoom to the selected case (and flash it)."""
        case = self.current_case()
        if not self._zoom_to(case, flash=True):
            push(self.iface, tr("Ce dossier n'est pas localisé."), Qgis.MessageLevel.Info, 3)

    def _zoom_to(self, case, flash: bool) -> bool:
        g = self._case_geometry(case) if case else None
        if g is None or g.isEmpty():
            return False
        self.canvas.setExtent(padded_extent(g, minimum=400.0))
        self.canvas.refresh()
        if flash:
            self.canvas.flashGeometries([g], self.canvas.mapSettings().destinationCrs())
        return True

    def save_triage(self):
        """Save the follow-up of the selected case (status, followed by, comment)."""
        case = self.current_case()
        if case is None:
            push(self.iface, tr("Sélectionnez d'abord un dossier."), Qgis.MessageLevel.Warning, 3)
            return
        ui = self.ui
        status = ui.comboCaseStatus.currentData()
        avis = ui.comboAvis.currentData() or ""
        try:
            with self._open() as reg:
                if (case.get("avis") or "") != avis:  # the avis first: the status follows it, in one change
                    values = {"avis": avis}
                    if ui.editAvisDate.text().strip() or not avis:
                        values["avis_date"] = ui.editAvisDate.text()
                    reg.set_follow_up(case["numero_norm"], author=current_user(), **values)
                    status = status_after_avis(status, case.get("avis"), avis) or status
                reg.set_triage(
                    case["numero_norm"],
                    author=current_user(),
                    statut_veille=status,
                    assignee=ui.editAssignee.text().strip() or None,
                    comment=ui.editComment.text().strip() or None,
                )
        except VeilleError as exc:
            push(self.iface, str(exc), Qgis.MessageLevel.Warning, 8)
            return
        numero = case["numero_norm"]
        self._full_case = None
        self.model.update_case(numero, statut_veille=status, assignee=ui.editAssignee.text().strip() or None)
        self.case_filter = CaseFilter(self.model.df)  # the status filter reads the new value
        self.select_case(numero)
        self._on_current(None)
        self._show_history(numero)
        push(self.iface, tr("Suivi du dossier {n} enregistré.").format(n=case["numero"]), Qgis.MessageLevel.Success, 3)

    def _status_chosen(self, index: int) -> None:
        """«avis émis» is not chosen by hand: it follows the avis. Choosing it opens the avis field instead (the
        status shown goes back to the case's own until an avis is chosen)."""
        ui = self.ui
        if ui.comboCaseStatus.itemData(index) != STATUS_AVIS_GIVEN or ui.comboAvis.currentData():
            return
        ui.comboCaseStatus.setCurrentIndex(max(0, ui.comboCaseStatus.findData(self._status_shown)))
        ui.lblAvisHint.setText(tr("Choisissez l'avis : le statut « avis émis » le suit."))
        ui.lblAvisHint.setVisible(True)
        ui.comboAvis.setFocus()
        if ui.comboAvis.isVisible():
            ui.comboAvis.showPopup()

    def _avis_chosen(self, _index: int) -> None:
        """The status shown follows the avis chosen (saved together by «Enregistrer»)."""
        ui = self.ui
        case = self.current_case() or {}
        status = status_after_avis(self._status_shown, case.get("avis"), ui.comboAvis.currentData() or "")
        ui.comboCaseStatus.setCurrentIndex(max(0, ui.comboCaseStatus.findData(status or self._status_shown)))
        if ui.comboAvis.currentData():
            ui.lblAvisHint.setVisible(False)

    def _show_follow_up(self, case: dict) -> None:
        ui = self.ui
        for combo, field in ((ui.comboAvis, "avis"), (ui.comboDecision, "decision"), (ui.comboWorks, "conformite")):
            combo.setCurrentIndex(max(0, combo.findData(case.get(field) or "")))
        for edit, field in (
            (ui.editAvisDate, "avis_date"),
            (ui.editDecisionDate, "decision_date"),
            (ui.editWorksDate, "conformite_date"),
        ):
            edit.setText(french_datetime(case.get(field)) if case.get(field) else "")
        ui.editWorksNote.setText(case.get("conformite_note") or "")

    def save_follow_up(self) -> list:
        """Save what became of the selected case (avis, decision, works); returns the changes written."""
        case = self.current_case()
        if case is None:
            push(self.iface, tr("Sélectionnez d'abord un dossier."), Qgis.MessageLevel.Warning, 3)
            return []
        ui = self.ui
        values = {
            "avis": ui.comboAvis.currentData() or "",
            "decision": ui.comboDecision.currentData() or "",
            "decision_date": ui.editDecisionDate.text(),
            "conformite": ui.comboWorks.currentData() or "",
            "conformite_date": ui.editWorksDate.text(),
            "conformite_note": ui.editWorksNote.text(),
        }
        if ui.editAvisDate.text().strip() or not values["avis"]:
            values["avis_date"] = ui.editAvisDate.text()
        try:
            with self._open() as reg:
                changes = reg.set_follow_up(case["numero_norm"], author=current_user(), **values)
        except VeilleError as exc:
            push(self.iface, str(exc), Qgis.MessageLevel.Warning, 8)
            return []
        self._full_case = None  # read again: the panel shows what was stored
        listed = {f: n for f, _o, n in changes if f in ("statut_veille", "avis", "decision")}
        if listed:  # the avis brought its status, the «autorisés sans avis» read avis and decision: the list has them
            self.model.update_case(case["numero_norm"], **listed)
            self.case_filter = CaseFilter(self.model.df)
        self.select_case(case["numero_norm"])
        self._on_current(None)
        push(
            self.iface,
            tr("Suites du dossier {n} : {k} changement(s) enregistré(s).").format(n=case["numero"], k=len(changes)),
            Qgis.MessageLevel.Success,
            4,
        )
        return changes

    def export_fiche(self, path=None):
        """Save the selected case's fiche (PDF and HTML), its header filled from the register; asks where when no
        path is given. Returns the files written."""
        case = self.current_case()
        if case is None:
            push(self.iface, tr("Sélectionnez d'abord un dossier."), Qgis.MessageLevel.Warning, 3)
            return None
        if case.get("geom_wkb") is None:
            push(
                self.iface,
                tr("Ce dossier n'est pas localisé : localisez-le (parcelle ou coordonnées) pour produire sa fiche."),
                Qgis.MessageLevel.Warning,
                8,
            )
            return None
        from ..core.rules.note import safe_file_stem

        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                tr("Fiche d'analyse"),
                str(Path(self.ui.editOut.text().strip() or ".") / f"fiche_{safe_file_stem(case['numero'])}.pdf"),
                tr("PDF (*.pdf)"),
            )
            if not path:
                return None
        from ..core.reference.data import load_reference
        from ..core.register.case_view import screen_register_case
        from ..core.rules.catalogue import load_catalogue
        from ..qgis_adapters.register_target import configured_danger_list
        from ..qgis_adapters.screening_service import project_user_layers

        try:
            cs = screen_register_case(
                case,
                load_reference(),
                load_catalogue(),
                danger_list=configured_danger_list(),
                user_layers=project_user_layers(),
            )
            return self.save_fiche(cs, path)
        except (VeilleError, OSError) as exc:
            push(self.iface, str(exc), Qgis.MessageLevel.Warning, 10)
            return None

    def alert_from_current(self):
        """Ask the plugin for an alert on the selected case's elements."""
        case = self.current_case()
        if case is None:
            push(self.iface, tr("Sélectionnez d'abord un dossier."), Qgis.MessageLevel.Warning, 3)
            return None
        self.alert_from_case_requested.emit(dict(case))
        return None

    def select_case(self, numero_norm):
        """Select a case by its normalised number."""
        rows = (self.model.df["numero_norm"] == numero_norm).to_numpy().nonzero()[0]
        if len(rows):
            idx = self.proxy.mapFromSource(self.model.index(int(rows[0]), 0))
            if idx.isValid():
                self.ui.tableCases.setCurrentIndex(idx)

    # ------------------------------------------------------------------ sweep
    def _fold_sweep(self, open_):
        """The sweep box folds away when unchecked, leaving room for the table."""
        for child in self.ui.grpSweep.findChildren(QWidget):
            child.setVisible(open_)
        fold_group(self.ui.grpSweep, open_)

    def sources(self) -> list:
        """The sources listed (:class:`..core.sweep.sources.SourceEntry`, with the date each was last read)."""
        items = [self.ui.listSources.item(i) for i in range(self.ui.listSources.count())]
        return [
            source_memory.SourceEntry(it.data(Qt.ItemDataRole.UserRole), it.data(Qt.ItemDataRole.UserRole + 1))
            for it in items
        ]

    def _show_sources(self, entries) -> None:
        """List the sources, each with its file name and the date it was last read (full path in the tooltip)."""
        self.ui.listSources.clear()
        for e in entries:
            name = Path(e.path).name
            text = (
                tr("{f} — lu le {d}").format(f=name, d=french_datetime(e.read_at))
                if e.read_at
                else tr("{f} — pas encore lu").format(f=name)
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, e.path)
            item.setData(Qt.ItemDataRole.UserRole + 1, e.read_at)
            item.setToolTip(e.path)
            self.ui.listSources.addItem(item)

    def _set_sources(self, entries) -> None:
        self._show_sources(entries)
        try:
            source_memory.save_sources(entries)
        except OSError as exc:
            push(self.iface, tr("Liste des sources non mémorisée : {e}").format(e=exc), Qgis.MessageLevel.Warning, 6)

    def add_sources(self, paths) -> list:
        """Add permit lists: this week's replace last week's, unless «ajouter aux sources précédentes» is ticked;
        the list is remembered. Returns the sources listed."""
        entries = source_memory.add_sources(self.sources(), paths, keep_previous=self.ui.chkKeepSources.isChecked())
        entries = source_memory.with_register_dates(entries, self._sweeps)  # a file this register already read
        self._set_sources(entries)
        return entries

    def _add_source(self):
        paths, _ = QFileDialog.getOpenFileNames(
            self, tr("Listes de permis"), "", tr("Listes de permis (*.csv *.txt *.xlsx *.gpkg *.geojson *.shp)")
        )
        if paths:
            self.add_sources(paths)

    def _remove_sources(self):
        chosen = [i.data(Qt.ItemDataRole.UserRole) for i in self.ui.listSources.selectedItems()]
        self._set_sources(source_memory.remove_sources(self.sources(), chosen))

    def _date_sources(self, sweeps) -> None:
        """Date the listed sources from the register's sweeps (a file read by a sweep of this register)."""
        entries = self.sources()
        dated = source_memory.with_register_dates(entries, sweeps)
        if dated != entries:
            self._set_sources(dated)

    def _choose_parcels(self):
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Couche des parcelles"), "", tr("Couches (*.geojson *.json *.gpkg *.shp)")
        )
        if path:
            self.ui.editParcels.setText(path)

    def _choose_out(self):
        path = QFileDialog.getExistingDirectory(self, tr("Dossier des résultats"))
        if path:
            self.ui.editOut.setText(path)

    def start_sweep(self, sources=None):
        """Run the weekly sweep on the listed sources in a background task."""
        from ..core.sweep.run import SourceSpec
        from ..qgis_adapters.sweep_task import SweepTask

        paths = sources or [e.path for e in self.sources()]
        sitadel = self.ui.chkSitadelFeed.isChecked()  # the Sitadel lists fetched from DiDo, with the files or alone
        if not paths and not sitadel:
            push(
                self.iface,
                tr("Ajoutez au moins une liste de permis à balayer, ou cochez « Listes Sitadel (DiDo) »."),
                Qgis.MessageLevel.Warning,
            )
            return None
        out = Path(self.ui.editOut.text().strip() or str(config.config_dir() / "balayages"))
        from ..qgis_adapters.register_target import resolve_register_target

        try:  # credentials are read from the QGIS auth manager here, in the main thread, and kept in memory only
            target = resolve_register_target(self.register_target)
        except VeilleError as exc:
            push(self.iface, str(exc), Qgis.MessageLevel.Warning, 10)
            return None
        self.task = SweepTask(
            [SourceSpec(p) for p in paths],
            target,
            out,
            parcels="auto" if self.ui.chkAutoParcels.isChecked() else (self.ui.editParcels.text().strip() or None),
            author=current_user(),
            covisibility=self.ui.chkCovisibility.isChecked(),
            sitadel=sitadel,
        )
        self.task_sources = self.task.sources
        self.task.progressChanged.connect(lambda v: self.ui.progressSweep.setValue(int(v)))
        self.task.done.connect(self._sweep_done)
        self.ui.btnRunSweep.setEnabled(False)
        self.ui.btnCancelSweep.setEnabled(True)
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    def cancel_sweep(self):
        """Cancel the running sweep."""
        if self.task is not None:
            self.task.cancel()

    def _sweep_done(self, result, error):
        self.ui.btnRunSweep.setEnabled(True)
        self.ui.btnCancelSweep.setEnabled(False)
        # what the Sitadel feed fetched and told (offline, refused, nothing new), said in the sweep's own message:
        # a second message would hide behind it in the message bar
        feed = " ".join(sitadel_words(self.task))
        self.task = None
        if result is None:
            push(
                self.iface,
                " ".join(filter(None, (error or tr("Balayage interrompu."), feed))),
                Qgis.MessageLevel.Warning,
                15,
            )
            self.ui.progressSweep.setValue(0)
            return
        ch = result.counts["changements"]
        read = [str(s.path) for s in self.task_sources] if getattr(self, "task_sources", None) else []
        listed = {e.path for e in self.sources()}
        if read and set(read) <= listed:  # the list remembers what was read when
            self._set_sources(source_memory.mark_read(self.sources(), read))
        counts = dict(id=result.sweep_id, nv=ch[CHANGE_NEW], m=ch[CHANGE_MODIFIED], d=ch[CHANGE_GONE])
        push(
            self.iface,
            # the counts first, the report's (long) path last: the message bar shows its first line
            tr("Balayage n°{id} : {nv} nouveaux, {m} modifiés, {d} disparus — {f} Rapport : {r}").format(
                f=feed, r=result.outputs["rapport"], **counts
            )
            if feed
            else tr("Balayage n°{id} : {nv} nouveaux, {m} modifiés, {d} disparus — rapport : {r}").format(
                r=result.outputs["rapport"], **counts
            ),
            Qgis.MessageLevel.Success,
            15 if feed else 10,
        )
        self.ui.comboSweep.blockSignals(True)
        self.ui.comboSweep.clear()  # the new sweep is the one shown
        self.ui.comboSweep.blockSignals(False)
        self.ui.grpSweep.setChecked(False)  # the box folds away: the week's list takes the room
        self.reload()

    def cleanup(self):
        """Cancel the task and remove the map graphics."""
        for task in (self.task, self.load_task):
            if task is not None:
                task.cancel()
        super().cleanup()
