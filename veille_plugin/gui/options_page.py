"""Options page (Préférences > Options > Veille patrimoniale): which reference data set to use."""

from qgis.gui import QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt import uic
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QFileDialog, QMessageBox, QVBoxLayout, QWidget

from ..core import config
from ..core.basemaps import BASEMAPS, GEOPLATEFORME_WMTS
from ..core.errors import VeilleError
from ..core.i18n import tr
from ..core.paths import forms_dir, resources_dir

FORM_CLASS, _ = uic.loadUiType(str(forms_dir() / "options_page.ui"))


class OptionsPage(QgsOptionsPageWidget):
    """The «Veille patrimoniale» page of QGIS's options: reference data set and rules catalogue."""

    saved = pyqtSignal()  # the settings were applied

    def __init__(self, parent=None):
        """Build the page from forms/options_page.ui with the current settings."""
        # the feeds' default addresses are read when the page opens: their modules (numpy, http) stay out of QGIS's
        # start, where the page's factory is registered (issue 29)
        from ..core.feeds.altimetry import ELEVATION_LINE_URL
        from ..core.feeds.gpu import API_CARTO_GPU

        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form = QWidget(self)
        self.ui = FORM_CLASS()
        self.ui.setupUi(self.form)
        layout.addWidget(self.form)
        path = config.load_settings().reference_path
        self.ui.chkCustom.setChecked(bool(path))
        self.ui.editPath.setText(path or "")
        self.ui.editPath.setEnabled(bool(path))
        self.ui.chkCustom.toggled.connect(self.ui.editPath.setEnabled)
        self.ui.btnBrowse.clicked.connect(self._browse)
        rules = config.load_settings().rules_path
        self.ui.chkRules.setChecked(bool(rules))
        self.ui.editRules.setText(rules or "")
        self.ui.editRules.setEnabled(bool(rules))
        self.ui.chkRules.toggled.connect(self.ui.editRules.setEnabled)
        self.ui.btnBrowseRules.clicked.connect(self._browse_rules)
        self.ui.editBasemapUrl.setPlaceholderText(GEOPLATEFORME_WMTS)
        self.ui.editBasemapUrl.setText(config.load_settings().basemap_url or "")
        self.ui.comboBasemapOnLoad.addItem(tr("aucun fond de plan"), None)
        for bm in BASEMAPS:
            self.ui.comboBasemapOnLoad.addItem(tr(bm.title), bm.key)
        chosen = self.ui.comboBasemapOnLoad.findData(config.load_settings().basemap_on_load)
        self.ui.comboBasemapOnLoad.setCurrentIndex(max(0, chosen))
        self.ui.editGpuUrl.setPlaceholderText(API_CARTO_GPU)
        self.ui.editGpuUrl.setText(config.load_settings().gpu_url or "")
        self.ui.editAltimetryUrl.setPlaceholderText(ELEVATION_LINE_URL)
        self.ui.editAltimetryUrl.setText(config.load_settings().altimetry_url or "")
        self._show_current()

    def _show_current(self):
        from ..core.reference.data import load_reference
        from ..core.rules.catalogue import load_catalogue

        try:
            self.ui.lblCurrent.setText(tr("Jeu utilisé : {v}").format(v=load_reference().version))
        except VeilleError as exc:
            self.ui.lblCurrent.setText(str(exc))
        try:
            cat = load_catalogue()
            self.ui.lblRulesCurrent.setText(
                tr("Catalogue en vigueur : {n}, version {v} ({f})").format(n=cat.name, v=cat.version, f=cat.source)
                + ("".join(" " + w for w in cat.warnings))
            )
        except VeilleError as exc:
            self.ui.lblRulesCurrent.setText(str(exc))

    def _browse_rules(self):
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Catalogue de règles"), "", tr("Catalogues (*.yaml *.yml *.json)")
        )
        if path:
            self.ui.editRules.setText(path)
            self.ui.chkRules.setChecked(True)

    def _browse(self):
        path, _ = QFileDialog.getOpenFileName(self, tr("GeoPackage de référence"), "", "GeoPackage (*.gpkg)")
        if path:
            self.ui.editPath.setText(path)
            self.ui.chkCustom.setChecked(True)

    def _apply_rules(self):
        _apply_rules_setting(self)
        self._show_current()

    def apply(self):
        """Apply the settings (reference data set, rules catalogue); a refused one keeps the previous."""
        from ..core.reference.data import ReferenceData, reset_cache

        if self.ui.chkCustom.isChecked() and self.ui.editPath.text().strip():
            path = self.ui.editPath.text().strip()
            try:
                ReferenceData(path)
            except VeilleError as exc:
                QMessageBox.warning(
                    self, tr("Veille patrimoniale"), tr("Réglage non enregistré : {err}").format(err=exc)
                )
                return
            config.update_settings(reference_path=path)
        else:
            config.update_settings(reference_path=None)
        reset_cache()
        self._apply_rules()
        url = self.ui.editBasemapUrl.text().strip()
        if url and not url.startswith(("http://", "https://")):
            QMessageBox.warning(
                self,
                tr("Veille patrimoniale"),
                tr("Adresse des fonds de plan non enregistrée : « {u} » n'est pas une adresse http(s).").format(u=url),
            )
        else:
            config.update_settings(basemap_url=url or None)
        config.update_settings(basemap_on_load=self.ui.comboBasemapOnLoad.currentData())
        gpu = self.ui.editGpuUrl.text().strip()
        if gpu and not gpu.startswith(("http://", "https://")):
            QMessageBox.warning(
                self,
                tr("Veille patrimoniale"),
                tr("Adresse de l'API Carto non enregistrée : « {u} » n'est pas une adresse http(s).").format(u=gpu),
            )
        else:
            config.update_settings(gpu_url=gpu or None)
        alti = self.ui.editAltimetryUrl.text().strip()
        if alti and not alti.startswith(("http://", "https://")):
            QMessageBox.warning(
                self,
                tr("Veille patrimoniale"),
                tr("Adresse du profil altimétrique non enregistrée : « {u} » n'est pas une adresse http(s).").format(
                    u=alti
                ),
            )
        else:
            config.update_settings(altimetry_url=alti or None)
        self.saved.emit()


def _apply_rules_setting(page):
    from ..core.rules.catalogue import CatalogueError, reset_user_catalogue, set_user_catalogue

    if page.ui.chkRules.isChecked() and page.ui.editRules.text().strip():
        path = page.ui.editRules.text().strip()
        if path == config.load_settings().rules_path:
            return True
        try:
            set_user_catalogue(path)
        except CatalogueError as exc:
            QMessageBox.warning(
                page,
                tr("Veille patrimoniale"),
                tr("Catalogue refusé ; le catalogue précédent reste en vigueur.\n\n{err}").format(err=exc),
            )
            return False
    else:
        reset_user_catalogue()
    return True


class OptionsFactory(QgsOptionsWidgetFactory):
    """Registers the options page; relays each page's ``saved`` as ``settings_saved``."""

    settings_saved = pyqtSignal()

    def __init__(self):
        """Title the page."""
        super().__init__()
        self.setTitle(tr("Veille patrimoniale"))

    def icon(self):
        """The page's icon."""
        return QIcon(str(resources_dir() / "icon.svg"))

    def createWidget(self, parent):  # noqa: N802
        """A new options page, its ``saved`` relayed as ``settings_saved``."""
        page = OptionsPage(parent)
        page.saved.connect(self.settings_saved)
        return page
