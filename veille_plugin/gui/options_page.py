"""Options page (Préférences > Options > Veille patrimoniale): which reference data set to use."""
from qgis.gui import QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt import uic
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QFileDialog, QMessageBox, QVBoxLayout, QWidget

from ..core import config
from ..core.errors import VeilleError
from ..core.i18n import tr
from ..core.paths import forms_dir, resources_dir

FORM_CLASS, _ = uic.loadUiType(str(forms_dir() / "options_page.ui"))


class OptionsPage(QgsOptionsPageWidget):
    def __init__(self, parent=None, on_saved=None):
        super().__init__(parent)
        self.on_saved = on_saved
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form = QWidget(self)
        self.ui = FORM_CLASS()
        self.ui.setupUi(self.form)
        layout.addWidget(self.form)
        path = config.load().get("reference_path")
        self.ui.chkCustom.setChecked(bool(path))
        self.ui.editPath.setText(path or "")
        self.ui.editPath.setEnabled(bool(path))
        self.ui.chkCustom.toggled.connect(self.ui.editPath.setEnabled)
        self.ui.btnBrowse.clicked.connect(self._browse)
        self._show_current()

    def _show_current(self):
        from ..core.reference import load_reference

        try:
            self.ui.lblCurrent.setText(tr("Jeu utilisé : {v}").format(v=load_reference().version))
        except VeilleError as exc:
            self.ui.lblCurrent.setText(str(exc))

    def _browse(self):
        path, _ = QFileDialog.getOpenFileName(self, tr("GeoPackage de référence"), "", "GeoPackage (*.gpkg)")
        if path:
            self.ui.editPath.setText(path)
            self.ui.chkCustom.setChecked(True)

    def apply(self):
        from ..core.reference import ReferenceData, reset_cache

        if self.ui.chkCustom.isChecked() and self.ui.editPath.text().strip():
            path = self.ui.editPath.text().strip()
            try:
                ReferenceData(path)
            except VeilleError as exc:
                QMessageBox.warning(self, tr("Veille patrimoniale"), tr("Réglage non enregistré : {err}").format(err=exc))
                return
            config.set_value("reference_path", path)
        else:
            config.set_value("reference_path", None)
        reset_cache()
        if self.on_saved:
            self.on_saved()


class OptionsFactory(QgsOptionsWidgetFactory):
    def __init__(self, on_saved=None):
        super().__init__()
        self.on_saved = on_saved
        self.setTitle(tr("Veille patrimoniale"))

    def icon(self):
        return QIcon(str(resources_dir() / "icon.svg"))

    def createWidget(self, parent):  # noqa: N802
        return OptionsPage(parent, self.on_saved)
