"""What every dock of the plugin shares: its form from ``forms/*.ui``, map tools bound to checkable
buttons (kept in sync with the canvas), rubber bands, and a complete clean-up on unload."""

from qgis.gui import QgsDockWidget, QgsRubberBand
from qgis.PyQt import uic
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import tr
from ..core.paths import forms_dir, resources_dir
from ..qgis_adapters.compat import GEOMETRY_POLYGON

_FORMS = {}


def help_page(name: str) -> str:
    """The HTML of a help page of ``resources/help`` (a French message when it is missing)."""
    path = resources_dir() / "help" / name
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return tr("<p>Page d'aide introuvable : {p}.</p>").format(p=path)


def form_class(ui_name: str):
    """The form class of a .ui file (loaded once)."""
    if ui_name not in _FORMS:
        _FORMS[ui_name] = uic.loadUiType(str(forms_dir() / ui_name))[0]
    return _FORMS[ui_name]


class BaseDock(QgsDockWidget):
    """A dock built from a .ui form, with map tools bound to buttons and rubber bands cleaned up."""

    UI_FILE = ""
    OBJECT_NAME = ""
    #: Docks stacked in the right area must not squeeze each other below this width (pixels).
    MIN_WIDTH = 340
    #: The dock's help page in ``resources/help`` (opened by its «?» button).
    HELP_PAGE = ""

    def __init__(self, title, iface, parent=None):
        super().__init__(title, parent)
        self.setObjectName(self.OBJECT_NAME)
        self.iface = iface
        self.canvas = iface.mapCanvas()
        self.form = QWidget(self)
        self.ui = form_class(self.UI_FILE)()
        self.ui.setupUi(self.form)
        self._narrow_combos()
        if self.form.layout() is not None:
            self.form.layout().setContentsMargins(4, 4, 4, 4)
        # in a scroll area: a tall form scrolls instead of forcing the QGIS window taller than the screen
        scroll = QScrollArea(self)
        scroll.setWidget(self._with_help_button(self.form))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(scroll)
        self._tools = []  # (button, tool)
        self._bands = []
        self._band_types = []
        self.setMinimumWidth(self.MIN_WIDTH)
        self.canvas.mapToolSet.connect(self._sync_tool_buttons)
        # a closed dock leaves nothing on the map (issue 15, point 4); a dock tabbed behind another is not closed
        self.closed.connect(self.clear_map_graphics)

    #: Characters a drop-down list shows at its narrowest (its items stay whole in the open list).
    COMBO_MIN_CHARS = 6

    def _narrow_combos(self):
        """Drop-down lists size to a few characters, not to their longest item: the docks stay narrow."""
        for combo in self.form.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(self.COMBO_MIN_CHARS)

    def clear_map_graphics(self):
        """Remove this dock's highlights from the map (its rubber bands stay, empty, for later use)."""
        for band, geometry_type in zip(self._bands, self._band_types):
            band.reset(geometry_type)

    def _with_help_button(self, form):
        """The form under a row holding the dock's «?» help button (when the dock has a help page)."""
        if not self.HELP_PAGE:
            return form
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addStretch(1)
        self.help_button = QToolButton(box)
        self.help_button.setText("?")
        self.help_button.setToolTip(tr("Aide de ce panneau"))
        self.help_button.clicked.connect(self.show_help)
        row.addWidget(self.help_button)
        layout.addLayout(row)
        layout.addWidget(form)
        return box

    def show_help(self):
        """The dock's help page, shipped with the plugin, in a dialog."""
        dialog = QDialog(self)
        dialog.setWindowTitle(tr("Aide – {t}").format(t=self.windowTitle()))
        layout = QVBoxLayout(dialog)
        browser = QTextBrowser(dialog)
        browser.setHtml(help_page(self.HELP_PAGE))
        layout.addWidget(browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(700, 560)
        self.help_dialog = dialog
        dialog.show()
        return dialog

    def bind_tool(self, button, tool):
        """A checkable button activates ``tool`` on the canvas; only one bound tool is active."""
        self._tools.append((button, tool))

        def toggled(on, tool=tool, button=button):
            if on:
                for other, _t in self._tools:
                    if other is not button:
                        other.setChecked(False)
                self.canvas.setMapTool(tool)
            elif self.canvas.mapTool() is tool:
                self.canvas.unsetMapTool(tool)

        button.toggled.connect(toggled)

    def _sync_tool_buttons(self, new_tool, _old_tool=None):
        for button, tool in self._tools:
            button.setChecked(new_tool is tool)

    def rubber_band(self, geometry_type=GEOMETRY_POLYGON, fill=(0, 0, 0, 0), stroke=(0, 0, 0), width=2):
        """A rubber band on the canvas, removed with the dock."""
        band = QgsRubberBand(self.canvas, geometry_type)
        band.setColor(QColor(*fill))
        band.setStrokeColor(QColor(*stroke))
        band.setWidth(width)
        self._bands.append(band)
        self._band_types.append(geometry_type)
        return band

    def save_fiche(self, cs, path):
        """Save case 0 of ``cs`` as a fiche (HTML, then PDF over the basemap shown, if any) and say so in the message
        bar; a PDF failure is said and loses nothing (the HTML is saved). Returns the files written."""
        from qgis.core import Qgis

        from ..qgis_adapters.basemaps import project_basemap_underlay
        from ..qgis_adapters.log import push
        from ..qgis_adapters.note_pdf import save_fiche

        written, error = save_fiche(cs, 0, path, underlay=project_basemap_underlay())
        if error:
            push(self.iface, error, Qgis.MessageLevel.Warning, 10)
        push(
            self.iface,
            tr("Fiche d'analyse enregistrée : {p}").format(p=", ".join(str(p) for p in written)),
            Qgis.MessageLevel.Success,
            6,
        )
        return written

    def cleanup(self):
        """Called by the plugin's unload(): release map tools and canvas items."""
        try:
            self.canvas.mapToolSet.disconnect(self._sync_tool_buttons)
        except TypeError:
            pass
        for _button, tool in self._tools:
            if self.canvas.mapTool() is tool:
                self.canvas.unsetMapTool(tool)
            band = getattr(tool, "band", None)
            if band is not None:
                self.canvas.scene().removeItem(band)
        for band in self._bands:
            self.canvas.scene().removeItem(band)
