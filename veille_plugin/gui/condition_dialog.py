"""Form of a condition observation (``forms/condition_dialog.ui``): the state of one or several elements of the
Bien, its date, source, observer and note; or the first entry of every element not yet observed.

The form only moves values between widgets and the register: the values are checked by the core
(:mod:`veille_plugin.core.register.conditions`, :meth:`ReferenceData.element_ids`). A refused value leaves the form
open with the French message naming it: nothing typed is lost. Observations are appended, never replaced.
"""

import html

from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QTableWidgetItem

from ..core.alerts import model
from ..core.errors import VeilleError
from ..core.i18n import QT_TRANSLATE_NOOP, tr
from ..core.reports.html import french_datetime
from ..core.vocabulary import display
from ..qgis_adapters.user import current_user
from .base_dock import form_class

HISTORY_COLUMNS = (
    ("element_id", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Élément")),
    ("date_constat", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Constaté le")),
    ("etat", QT_TRANSLATE_NOOP("VeillePatrimoniale", "État")),
    ("source", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Source")),
    ("observateur", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Observateur")),
    ("note", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Note")),
)


class ConditionDialog(QDialog):
    """``open_register``: callable returning an open register (used as a context manager)."""

    def __init__(self, open_register, element_ids=(), parent=None, author=None):
        super().__init__(parent)
        self.ui = form_class("condition_dialog.ui")()
        self.ui.setupUi(self)
        self.open_register = open_register
        self.author = author or current_user()
        self.written = 0
        ui = self.ui
        for etat in model.ETATS:
            ui.comboState.addItem(display(etat, "alerte_etat"), etat)
        ui.comboState.setCurrentIndex(-1)  # no state chosen for the user
        ui.comboSource.addItem(tr("(non précisée)"), None)
        for source in model.SOURCES:
            ui.comboSource.addItem(display(source, "alerte_source"), source)
        ui.dateObserved.setDate(QDate.currentDate())
        ui.editObserver.setText(self.author)
        ui.editElements.setText(", ".join(element_ids))
        ui.tableHistory.setColumnCount(len(HISTORY_COLUMNS))
        ui.tableHistory.setHorizontalHeaderLabels([tr(label) for _k, label in HISTORY_COLUMNS])
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(tr("Inscrire le constat"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuler"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.editElements.editingFinished.connect(self.refresh)
        ui.checkInitial.toggled.connect(self._initial_toggled)
        self.refresh()

    def element_ids(self) -> list:
        """The identifiers typed (none when the initial survey of every element is chosen)."""
        if self.ui.checkInitial.isChecked():
            return []
        return model.split_list(self.ui.editElements.text().replace(";", ","))

    def _initial_toggled(self, checked: bool):
        self.ui.editElements.setEnabled(not checked)
        self.refresh()

    def refresh(self):
        """Show the names of the elements typed and the observations already recorded for them."""
        from ..core.alerts.service import element_label, resolve_elements
        from ..core.reference.data import load_reference

        ui = self.ui
        ids = self.element_ids()
        ui.lblErrors.clear()
        if ui.checkInitial.isChecked():
            ui.lblElementNames.setText(tr("Les éléments du Bien qui n'ont encore aucun constat."))
            ids = []
        elif not ids:
            ui.lblElementNames.setText(tr("Indiquez au moins un élément (ex. 63V)."))
        else:
            try:
                ref = load_reference()
                rows = resolve_elements(ids, ref)
                ids = [str(ref.elements.attributes["identifiant"].iloc[r]) for r in rows]
                ui.lblElementNames.setText("<br/>".join(html.escape(element_label(ref, r), quote=False) for r in rows))
            except VeilleError as exc:
                ui.lblElementNames.setText("")
                ui.lblErrors.setText(str(exc))
                ids = []
        self._show_history(ids)

    def _show_history(self, ids):
        table = self.ui.tableHistory
        table.setRowCount(0)
        if not ids:
            return
        try:
            with self.open_register() as reg:
                record = reg.conditions()
        except VeilleError as exc:
            self.ui.lblErrors.setText(str(exc))
            return
        record = record[record["element_id"].isin(ids)]
        table.setRowCount(len(record))
        for row, rec in enumerate(record.to_dict("records")):
            for col, (key, _label) in enumerate(HISTORY_COLUMNS):
                value = rec.get(key) or ""
                text = french_datetime(value)[:10] if key == "date_constat" else str(value)
                table.setItem(row, col, QTableWidgetItem(text))
        table.resizeColumnsToContents()

    def save(self) -> bool:
        """Record the observation; True when written. A refused value keeps the form open with the message."""
        from ..core.alerts.service import resolve_elements
        from ..core.reference.data import load_reference

        ui = self.ui
        ui.lblErrors.clear()
        initial = ui.checkInitial.isChecked()
        try:
            ref = load_reference()
            if not initial and not self.element_ids():
                ui.lblErrors.setText(tr("Élément(s) : indiquez au moins un identifiant (ex. 63V)."))
                return False
            if initial:
                ids = ref.element_ids()
            else:
                ids = [
                    str(ref.elements.attributes["identifiant"].iloc[r])
                    for r in resolve_elements(self.element_ids(), ref)
                ]
            if ui.comboState.currentIndex() < 0:
                ui.lblErrors.setText(tr("État : choisissez l'état constaté."))
                return False
            with self.open_register() as reg:
                self.written = reg.add_conditions(
                    ids,
                    ui.comboState.currentData(),
                    ui.dateObserved.date().toString("yyyy-MM-dd"),
                    self.author,
                    source=ui.comboSource.currentData(),
                    observateur=ui.editObserver.text().strip() or None,
                    note=ui.editNote.toPlainText().strip() or None,
                    only_unobserved=initial,
                )
            return True
        except VeilleError as exc:
            ui.lblErrors.setText(str(exc))
            return False

    def accept(self):
        """Close the dialog only when the observation was written."""
        if self.save():
            super().accept()
