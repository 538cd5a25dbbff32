"""«Signaler une alerte» from a map click: the elements there, listed by name, for the officer to choose one
(``forms/element_chooser_dialog.ui``). The elements come from the core (:func:`~veille_plugin.core.alerts.service.
elements_around`); the dialog only shows them and says which was chosen."""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem

from ..core.alerts.service import NEAR_RADIUS_M
from ..core.i18n import tr
from .base_dock import form_class

#: The item standing for «no element: the alert stays at the place clicked».
PLACE_ONLY = ""


class ElementChooser(QDialog):
    """The elements near a click, by name with their id, commune and distance; ``chosen_id()`` after ``exec()``:
    an element id, :data:`PLACE_ONLY` for an alert at the place itself, or None when cancelled."""

    def __init__(self, candidates, parent=None, allow_place=True, radius=NEAR_RADIUS_M):
        super().__init__(parent)
        self.ui = form_class("element_chooser_dialog.ui")()
        self.ui.setupUi(self)
        self.setWindowTitle(tr("Signaler une alerte – choisir l'élément"))
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Signaler une alerte"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuler"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.listElements.itemDoubleClicked.connect(lambda *_: self.accept())
        ui.lblHelp.setText(
            tr(
                "{n} élément(s) du Bien à l'endroit cliqué ou à moins de {r} m, le plus proche d'abord : "
                "choisissez celui que l'alerte concerne."
            ).format(n=len(candidates), r=int(radius))
            if candidates
            else tr("Aucun élément du Bien à moins de {r} m de l'endroit cliqué.").format(r=int(radius))
        )
        for c in candidates:
            where = tr("sur l'élément") if c["distance"] <= 0 else tr("à {d} m").format(d=int(c["distance"]))
            item = QListWidgetItem(
                tr("{nom}\n    {id} – {communes} – {where}").format(
                    nom=c["nom"], id=c["id"], communes=c["communes"], where=where
                ),
                ui.listElements,
            )
            item.setData(Qt.ItemDataRole.UserRole, c["id"])
            item.setToolTip(c["label"])
        if allow_place:
            item = QListWidgetItem(tr("Aucun de ces éléments : alerte placée à l'endroit cliqué"), ui.listElements)
            item.setData(Qt.ItemDataRole.UserRole, PLACE_ONLY)
        if ui.listElements.count():
            ui.listElements.setCurrentRow(0)

    def labels(self) -> list:
        """The lines shown, in order (for tests and screenshots)."""
        return [self.ui.listElements.item(i).text() for i in range(self.ui.listElements.count())]

    def choose(self, element_id) -> bool:
        """Select the line of an element id (or :data:`PLACE_ONLY`); True when it is listed."""
        for i in range(self.ui.listElements.count()):
            if self.ui.listElements.item(i).data(Qt.ItemDataRole.UserRole) == element_id:
                self.ui.listElements.setCurrentRow(i)
                return True
        return False

    def chosen_id(self):
        """The id chosen (PLACE_ONLY for the place itself), or None when nothing is selected."""
        item = self.ui.listElements.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)
