"""«PLU» dock: check the plans online (Géoportail de l'Urbanisme) and keep their dated snapshots, or pick two
versions of a plan; compare them as a background task, browse the changes (measured in the Bien, the zone tampon
and near elements), zoom to them, open the report, add the layer."""

import html

import numpy as np
import pandas as pd
from qgis.core import Qgis, QgsApplication, QgsCoordinateTransform, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt, QTimer, QUrl
from qgis.PyQt.QtGui import QBrush, QColor, QDesktopServices
from qgis.PyQt.QtWidgets import QFileDialog, QHeaderView, QMenu, QMessageBox, QTableWidgetItem

from ..core import config
from ..core.i18n import QT_TRANSLATE_NOOP, tr
from ..core.vocabulary import PLU_CHANGE_KINDS
from ..qgis_adapters.compat import GEOMETRY_POINT, GEOMETRY_POLYGON
from ..qgis_adapters.log import push
from .base_dock import BaseDock
from .frame_model import MaskFilterProxy
from .frame_model import FrameTableModel

COLUMNS = (
    ("changement", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Changement")),
    ("avant", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Avant")),
    ("apres", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Après")),
    ("surface_ha", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Surface (ha)")),
    ("surface_bien_ha", QT_TRANSLATE_NOOP("VeillePatrimoniale", "dans le Bien (ha)")),
    ("surface_zone_tampon_ha", QT_TRANSLATE_NOOP("VeillePatrimoniale", "en zone tampon (ha)")),
    ("surface_proximite_ha", QT_TRANSLATE_NOOP("VeillePatrimoniale", "près des éléments (ha)")),
    ("elements", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Éléments proches")),
    ("commune", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Commune")),
    ("codes", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Codes CNIG")),
)
NUMERIC = {"surface_ha", "surface_bien_ha", "surface_zone_tampon_ha", "surface_proximite_ha"}
#: Width of each column (pixels): the change and its «before» and «after» read without resizing
COLUMN_WIDTHS = (215, 170, 170, 80, 95, 110, 125, 260, 150, 80)
#: Where a snapshot's row keeps the INSEE codes of its communes (the cell shows their names)
SNAPSHOT_COMMUNES_ROLE = Qt.ItemDataRole.UserRole + 1
#: Elements named in a cell (all of them in its tooltip)
ELEMENTS_SHOWN = 3


def legend_html(counts: dict) -> str:
    """The legend of the changes' colours (table rows and layer): a swatch and the kind in words, with its count,
    for the kinds in ``counts`` ({kind: number}), in the order of the vocabulary."""
    from ..core.plu.labels import change_kind_words
    from ..core.styles import PLU_CHANGE_COLOURS, tint_on_white

    rows = []
    for kind in PLU_CHANGE_KINDS:
        if not counts.get(kind):
            continue
        colour = PLU_CHANGE_COLOURS.get(kind, "#cccccc")
        rows.append(
            f'<tr><td style="background-color:{tint_on_white(colour)}; border: 1px solid {colour}">'
            "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</td>"
            f"<td>&nbsp;{html.escape(change_kind_words(kind), quote=False)} ({counts[kind]})</td></tr>"
        )
    if not rows:
        return ""
    title = html.escape(tr("Couleurs des changements (tableau et couche) :"), quote=False)
    return f'{title}<table cellspacing="2">{"".join(rows)}</table>'


class ChangesTableModel(FrameTableModel):
    """Table model of the PLU changes, in words (codes kept in their own column)."""

    COLUMNS = COLUMNS

    def __init__(self, parent=None):
        super().__init__(parent)
        self.df = pd.DataFrame(columns=[c for c, _ in COLUMNS] + ["categorie"])
        self.element_names = {}

    def set_changes(self, pieces: pd.DataFrame, ref=None):
        """Show these changes, their codes in plain words from the reference data ``ref`` (loaded when None)."""
        from ..core.plu.labels import element_names, plain_changes
        from ..core.reference.data import load_reference

        ref = ref if ref is not None else load_reference()
        self.beginResetModel()
        df = pieces.reset_index(drop=True).copy()
        words = plain_changes(df, ref)
        for column in words.columns:
            df[column] = words[column].to_numpy()
        self.element_names = element_names(ref)
        self.df = df
        self.endResetModel()

    def _elements(self, row, limit=None, sep=" ; "):
        from ..core.plu.labels import elements_words

        return elements_words(self.df.iloc[row]["elements_proches"], self.element_names, limit, sep)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        """Cell text, sort key and category colour of the changes table."""
        if not index.isValid():
            return None
        name = COLUMNS[index.column()][0]
        value = self.df.iloc[index.row()][name]
        missing = value is None or (isinstance(value, float) and np.isnan(value))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if missing:
                return ""
            if name in NUMERIC:
                return f"{float(value):.2f}".replace(".", ",")
            if name == "elements":
                if role == Qt.ItemDataRole.ToolTipRole:
                    return self._elements(index.row(), sep="\n")
                return self._elements(index.row(), ELEMENTS_SHOWN)
            return str(value)
        if role == Qt.ItemDataRole.UserRole:
            return (float(value) if not missing else -1.0) if name in NUMERIC else ("" if missing else str(value))
        if role == Qt.ItemDataRole.BackgroundRole and name == "changement":
            from ..core.styles import PLU_CHANGE_COLOURS, tint_on_white

            colour = PLU_CHANGE_COLOURS.get(self.df.iloc[index.row()]["categorie"])
            return QBrush(QColor(tint_on_white(colour))) if colour else None
        return None


def _style_by_category(layer) -> None:
    """Lines or points of the changes layer: one colour per kind of change, on QGIS's default symbol."""
    from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory, QgsSymbol

    from ..core.plu.labels import change_kind_words
    from ..core.styles import PLU_CHANGE_COLOURS

    cats = []
    for key in PLU_CHANGE_KINDS:
        symbol = QgsSymbol.defaultSymbol(layer.geometryType())
        symbol.setColor(QColor(PLU_CHANGE_COLOURS.get(key, "#cccccc")))
        if layer.geometryType() == GEOMETRY_POINT:
            symbol.setSize(3.2)
        else:
            symbol.setWidth(0.9)
        cats.append(QgsRendererCategory(key, symbol, change_kind_words(key)))
    layer.setRenderer(QgsCategorizedSymbolRenderer("categorie", cats))


class PluDock(BaseDock):
    """The «Veille des PLU» dock: two versions, comparison in the background, changes, report, layer."""

    UI_FILE = "plu_dock.ui"
    OBJECT_NAME = "VeillePatrimonialePluDock"
    HELP_PAGE = "aide_plu.html"

    def __init__(self, iface, parent=None):
        super().__init__(tr("PLU – Veille patrimoniale"), iface, parent)
        self.task = None
        self.result = None
        self.last_error = None
        self.watch_run = None
        self.model = ChangesTableModel(self)
        self.proxy = MaskFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        ui = self.ui
        ui.tableChanges.setModel(self.proxy)
        ui.tableChanges.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        ui.tableChanges.verticalHeader().setVisible(False)
        # rows of three lines at most: several changes in view at once, each cell's whole text in its tooltip
        ui.tableChanges.verticalHeader().setDefaultSectionSize(3 * ui.tableChanges.fontMetrics().lineSpacing() + 8)
        ui.editOut.setText(str(config.config_dir() / "comparaisons_plu"))
        ui.comboCategory.addItem(tr("tous les changements"), "")
        for key, label in PLU_CHANGE_KINDS.items():
            ui.comboCategory.addItem(tr(label), key)
        ui.comboCategory.setToolTip(tr("Montrer un seul type de changement"))
        self._setup_communes()
        ui.btnWatchToggle.toggled.connect(self.show_watch)
        self.show_watch(False)  # the online watch folds away: the comparison comes first
        self.band = self.rubber_band(fill=(231, 76, 60, 70), stroke=(160, 30, 30), width=3)
        for button, edit in ((ui.btnBefore, ui.editBefore), (ui.btnAfter, ui.editAfter)):
            menu = QMenu(button)
            menu.addAction(tr("Fichier(s) ou GeoPackage…")).triggered.connect(
                lambda _c=False, e=edit: self._choose_files(e)
            )
            menu.addAction(tr("Dossier…")).triggered.connect(lambda _c=False, e=edit: self._choose_dir(e))
            menu.addAction(tr("Couches sélectionnées dans le projet")).triggered.connect(
                lambda _c=False, e=edit: self.use_project_layers(e)
            )
            button.setMenu(menu)
            button.setPopupMode(button.ToolButtonPopupMode.InstantPopup)
        ui.btnOut.clicked.connect(self._choose_out)
        ui.btnRun.clicked.connect(lambda: self.start())
        ui.btnCancel.clicked.connect(self.cancel)
        ui.btnReport.clicked.connect(self.open_report)
        ui.btnLayer.clicked.connect(self.add_changes_layer)
        ui.comboCategory.currentIndexChanged.connect(self.apply_filters)
        ui.chkNear.toggled.connect(self.apply_filters)
        ui.tableChanges.selectionModel().currentRowChanged.connect(self._on_current)
        ui.tableChanges.doubleClicked.connect(lambda *_: self.zoom_to_current())
        ui.btnWatch.clicked.connect(lambda: self.start_watch())
        ui.btnAcceptChange.clicked.connect(lambda: self.accept_change())
        ui.btnCompareSnapshots.clicked.connect(lambda: self.compare_chosen_snapshots())
        ui.editWatchCommune.editingFinished.connect(self.show_snapshots)
        ui.tableSnapshots.itemSelectionChanged.connect(
            lambda: ui.btnCompareSnapshots.setEnabled(len(self.chosen_snapshots()) == 2)
        )
        ui.tableSnapshots.horizontalHeader().setStretchLastSection(True)
        ui.tableSnapshots.verticalHeader().setVisible(False)
        self.visibilityChanged.connect(lambda shown: shown and self.show_snapshots())

    # ------------------------------------------------------------------ communes, watch group
    def _setup_communes(self):
        """Both commune fields complete the names of the reference data's communes («Loos» → «Loos-en-Gohelle
        (62528)»); a code typed still works."""
        from qgis.PyQt.QtWidgets import QCompleter

        from ..core.errors import VeilleError
        from ..core.plu.labels import commune_choices
        from ..core.reference.data import load_reference

        try:
            choices = commune_choices(load_reference())
        except VeilleError as exc:  # no reference data: codes only
            push(self.iface, str(exc), Qgis.MessageLevel.Warning, 8)
            choices = []
        self.completers = []
        for edit in (self.ui.editCommune, self.ui.editWatchCommune):
            completer = QCompleter(choices, edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setMaxVisibleItems(8)
            edit.setCompleter(completer)
            # the chosen «Loos-en-Gohelle (62528)» shown from its start in a narrow field
            completer.activated[str].connect(lambda _t, e=edit: QTimer.singleShot(0, lambda: e.setCursorPosition(0)))
            self.completers.append(completer)

    def commune_code(self, edit):
        """The INSEE code of the commune typed in ``edit`` (None when empty, False when unknown or ambiguous: the
        message bar says why); the field then shows the commune's name and code."""
        from ..core.errors import VeilleError
        from ..core.plu.labels import commune_code, commune_names, commune_words
        from ..core.reference.data import load_reference

        text = edit.text().strip()
        if not text:
            return None
        try:
            ref = load_reference()
            code = commune_code(text, ref)
        except VeilleError as exc:
            push(self.iface, str(exc), Qgis.MessageLevel.Warning, 8)
            return False
        shown = commune_words(code, commune_names(ref))
        if edit.text() != shown and shown != code:
            edit.setText(shown)
            edit.setCursorPosition(0)
        return code

    def show_watch(self, shown: bool = True):
        """Unfold (or fold) the «Géoportail de l'Urbanisme» group."""
        ui = self.ui
        if ui.btnWatchToggle.isChecked() != bool(shown):
            ui.btnWatchToggle.setChecked(bool(shown))  # comes back here through «toggled»
            return
        ui.groupWatch.setVisible(bool(shown))
        ui.btnWatchToggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    # ------------------------------------------------------------------ inputs
    @staticmethod
    def _paths(text: str) -> list:
        return [p.strip() for p in text.split(";") if p.strip()]

    def _choose_files(self, edit):
        paths, _ = QFileDialog.getOpenFileNames(
            self, tr("Version du PLU"), "", tr("PLU CNIG (*.gpkg *.shp *.geojson *.json *.zip);;Tous les fichiers (*)")
        )
        if paths:
            edit.setText("; ".join(paths))

    def _choose_dir(self, edit):
        path = QFileDialog.getExistingDirectory(self, tr("Dossier de la version du PLU"))
        if path:
            edit.setText(path)

    def use_project_layers(self, edit, layers=None) -> list:
        """Use QGIS layers (those selected in the layer panel by default) as a version: their files are read
        (ZONE_URBA, PRESCRIPTION_*, INFO_* recognised by name or fields); a layer without a file (memory, WFS,
        PostGIS) or with a filter is copied to a temporary GeoPackage first."""
        from ..qgis_adapters.plu_layer import layer_file_sources

        layers = layers if layers is not None else self.iface.layerTreeView().selectedLayers()
        if not layers:
            push(
                self.iface,
                tr(
                    "Aucune couche sélectionnée : sélectionnez dans le panneau Couches les tables de cette version du "
                    "PLU (ZONE_URBA, PRESCRIPTION_*, INFO_*)."
                ),
                Qgis.MessageLevel.Warning,
                8,
            )
            return []
        paths, refused = layer_file_sources(layers)
        if refused:
            push(
                self.iface,
                tr(
                    "Couche(s) impossibles à lire : {n}. Enregistrez-les en GeoPackage (clic droit > Exporter) puis "
                    "choisissez le fichier."
                ).format(n=", ".join(refused)),
                Qgis.MessageLevel.Warning,
                8,
            )
        if paths:
            edit.setText("; ".join(paths))
        return paths

    def _choose_out(self):
        path = QFileDialog.getExistingDirectory(self, tr("Dossier des résultats"))
        if path:
            self.ui.editOut.setText(path)

    # ------------------------------------------------------------------ run
    def start(self):
        """Compare the two versions in a background task."""
        from ..qgis_adapters.plu_task import PluDiffTask

        ui = self.ui
        before, after = self._paths(ui.editBefore.text()), self._paths(ui.editAfter.text())
        if not before or not after:
            push(
                self.iface,
                tr("Choisissez les deux versions du PLU à comparer (en vigueur et projet)."),
                Qgis.MessageLevel.Warning,
                6,
            )
            return None
        commune = self.commune_code(ui.editCommune)
        if commune is False:
            return None
        self.task = PluDiffTask(
            before,
            after,
            ui.editOut.text().strip() or str(config.config_dir() / "comparaisons_plu"),
            commune=commune,
            distance=ui.spinDistance.value(),
            check=ui.chkCheck.isChecked(),
        )
        self.task.progressChanged.connect(lambda v: ui.progress.setValue(int(v)))
        self.task.done.connect(self._done)
        ui.btnRun.setEnabled(False)
        ui.btnCancel.setEnabled(True)
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    # ------------------------------------------------------------------ online watch
    def _register_target(self):
        from ..qgis_adapters.register_target import resolve_register_target

        return resolve_register_target(config.load_settings().register or None)

    def _watch_commune(self):
        """The INSEE code typed (None: every commune of the Bien and the zone tampon); False when invalid."""
        from ..core.errors import InputError
        from ..core.plu.watch import check_insee

        code = self.commune_code(self.ui.editWatchCommune)
        if not code:
            return code
        try:
            return check_insee(code)
        except InputError as exc:
            push(self.iface, str(exc), Qgis.MessageLevel.Warning, 6)
            return False

    def acceptable_communes(self) -> list:
        """Communes of the last run whose answer was refused only for a large change, which the user may accept."""
        return self.watch_run.acceptable_communes() if self.watch_run is not None else []

    def accept_change(self, confirm: bool = True):
        """Check again the communes refused for a large change, keeping the new version this time (the acceptance is
        written in the history), after the user confirmed it."""
        codes = self.acceptable_communes()
        if not codes:
            return None
        if confirm:
            answer = QMessageBox.question(
                self,
                tr("Accepter le changement"),
                tr(
                    "La réponse du Géoportail de l'Urbanisme pour {c} a perdu plus de la moitié de ce que gardait la "
                    "version précédente.\n\nSi ce changement est réel (révision, nouveau document), la nouvelle "
                    "version sera gardée et l'acceptation écrite dans l'historique à votre nom. Sinon, attendez et "
                    "vérifiez plus tard.\n\nGarder la nouvelle version ?"
                ).format(c=", ".join(codes)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        return self.start_watch(codes, accept_change=True)

    def start_watch(self, communes=None, accept_change: bool = False):
        """Check the PLU of the commune typed (or of all the watched communes, or of ``communes``) online, as a
        background task; ``accept_change`` keeps a version that lost most of its zones."""
        from ..core.feeds.gpu import API_CARTO_GPU
        from ..qgis_adapters.plu_watch_task import PluWatchTask
        from ..qgis_adapters.user import current_user

        insee = None if communes else self._watch_commune()
        if insee is False or self.task is not None:
            return None
        ui = self.ui
        ui.btnAcceptChange.setVisible(False)
        self.task = PluWatchTask(
            list(communes) if communes else [insee] if insee else [],
            self._register_target(),
            ui.editOut.text().strip() or str(config.config_dir() / "comparaisons_plu"),
            config.load_settings().gpu_url or API_CARTO_GPU,
            author=current_user(),
            accept_change=accept_change,
        )
        self.task.progressChanged.connect(lambda v: ui.progress.setValue(int(v)))
        self.task.done.connect(self._watch_done)
        ui.btnWatch.setEnabled(False)
        ui.btnRun.setEnabled(False)
        ui.btnCancel.setEnabled(True)
        ui.lblWatch.setText(tr("Vérification en cours…"))
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    def _watch_done(self, run, error):
        ui = self.ui
        ui.btnWatch.setEnabled(True)
        ui.btnRun.setEnabled(True)
        ui.btnCancel.setEnabled(False)
        self.task = None
        self.last_error = error
        self.watch_run = run
        self.show_watch(True)  # a watch result is shown: its group unfolds
        if run is None:
            ui.progress.setValue(0)
            ui.lblWatch.setText(error or tr("Vérification interrompue."))
            push(self.iface, error or tr("Vérification interrompue."), Qgis.MessageLevel.Warning, 10)
            return
        lines = [c.message for c in run.communes[:12]]
        if len(run.communes) > 12:
            lines.append(
                tr("… {n} communes en tout : {c}.").format(
                    n=len(run.communes), c=", ".join(f"{k} {v}" for k, v in run.counts().items())
                )
            )
        if run.servitudes_message():
            lines.append(run.servitudes_message())
        ui.lblWatch.setTextFormat(Qt.TextFormat.RichText)
        ui.lblWatch.setText("<br/>".join(html.escape(line, quote=False) for line in lines))
        ui.btnAcceptChange.setVisible(bool(self.acceptable_communes()))
        changed = [c for c in run.communes if c.diff is not None]
        if changed:
            self.show_result({"diff": changed[0].diff, "check": None, "files": changed[0].files})
        self.show_snapshots()
        failed = [c for c in run.communes if c.diff is None and not c.snapshot]
        push(
            self.iface,
            tr("Veille des PLU : {c}.").format(c=", ".join(f"{k} {v}" for k, v in run.counts().items())),
            Qgis.MessageLevel.Warning if failed else Qgis.MessageLevel.Success,
            8,
        )

    def show_snapshots(self):
        """List the snapshots kept for the commune typed (all of them when empty)."""
        from ..core.errors import VeilleError
        from ..core.plu.labels import commune_names, commune_words
        from ..core.plu.watch import french_date
        from ..core.reference.data import load_reference
        from ..core.register import open_register

        insee = self._watch_commune()
        if insee is False:
            return []
        try:
            with open_register(self._register_target()) as register:
                rows = register.plu_snapshots(insee=insee)
        except VeilleError as exc:
            self.ui.lblWatch.setText(str(exc))
            return []
        try:
            names = commune_names(load_reference())
        except VeilleError:
            names = {}
        table = self.ui.tableSnapshots
        table.setRowCount(len(rows))
        for i, r in enumerate(reversed(rows)):  # newest first
            communes = ", ".join(commune_words(c, names) for c in r["communes"])  # «Loos-en-Gohelle (62528)»
            values = (r["id"], french_date(r["fetched_at"]), r["idurba"] or r["partition"], communes)
            for j, value in enumerate(values + (r["n_features"],)):
                item = QTableWidgetItem(str(value))
                item.setData(Qt.ItemDataRole.UserRole, r["id"])
                item.setData(SNAPSHOT_COMMUNES_ROLE, list(r["communes"]))
                table.setItem(i, j, item)
        table.resizeColumnsToContents()
        return rows

    def chosen_snapshots(self) -> list:
        """Ids of the snapshots chosen in the list, oldest first."""
        rows = {i.row() for i in self.ui.tableSnapshots.selectedIndexes()}
        return sorted(int(self.ui.tableSnapshots.item(r, 0).data(Qt.ItemDataRole.UserRole)) for r in rows)

    def compare_chosen_snapshots(self):
        """Compare the two snapshots chosen, for the commune typed (or the one they share)."""
        from ..qgis_adapters.plu_watch_task import SnapshotCompareTask

        chosen = self.chosen_snapshots()
        if len(chosen) != 2 or self.task is not None:
            return None
        insee = self._watch_commune()
        if insee is False:
            return None
        if not insee:
            shared = [
                self.ui.tableSnapshots.item(r, 3).data(SNAPSHOT_COMMUNES_ROLE) or []
                for r in range(self.ui.tableSnapshots.rowCount())
                if int(self.ui.tableSnapshots.item(r, 0).text()) in chosen
            ]
            common = sorted(set(shared[0]).intersection(*shared[1:])) if shared else []
            if not common:
                push(
                    self.iface,
                    tr("Ces deux instantanés ne couvrent pas une même commune : tapez son nom ou son code INSEE."),
                    Qgis.MessageLevel.Warning,
                    8,
                )
                return None
            insee = common[0]
        ui = self.ui
        self.task = SnapshotCompareTask(
            self._register_target(),
            chosen[0],
            chosen[1],
            insee,
            ui.editOut.text().strip() or str(config.config_dir() / "comparaisons_plu"),
        )
        self.task.progressChanged.connect(lambda v: ui.progress.setValue(int(v)))
        self.task.done.connect(self._done)
        ui.btnRun.setEnabled(False)
        ui.btnWatch.setEnabled(False)
        ui.btnCancel.setEnabled(True)
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    def cancel(self):
        """Cancel the running comparison."""
        if self.task is not None:
            self.task.cancel()

    def _done(self, result, error):
        ui = self.ui
        ui.btnRun.setEnabled(True)
        ui.btnWatch.setEnabled(True)
        ui.btnCancel.setEnabled(False)
        self.task = None
        self.last_error = error
        if result is None:
            ui.progress.setValue(0)
            push(self.iface, error or tr("Comparaison interrompue."), Qgis.MessageLevel.Warning, 10)
            return
        self.show_result(result)

    def show_result(self, result):
        """Show a comparison's summary and changes."""
        self.result = result
        diff, chk = result["diff"], result["check"]
        self.model.set_changes(diff.pieces)
        self.apply_filters()
        for col, width in enumerate(COLUMN_WIDTHS):
            self.ui.tableChanges.setColumnWidth(col, width)  # the change itself must be readable without resizing
        s = diff.summary()
        counts = diff.pieces["categorie"].value_counts().to_dict() if len(diff.pieces) else {}
        self.ui.lblLegend.setText(legend_html(counts))
        opened = diff.pieces[diff.pieces["categorie"] == "ouverture_urbanisation"]

        def ha(column):
            return f"{float(opened[column].sum()):.2f}".replace(".", ",")

        lines = [
            tr(
                "<b>{n} changement(s)</b> ; zones agricoles ou naturelles ouvertes à l'urbanisation : {o} ha, dont "
                "{b} ha dans le Bien, {z} ha en zone tampon, {p} ha près des éléments."
            ).format(
                n=s["nombre_changements"],
                o=ha("surface_ha"),
                b=ha("surface_bien_ha"),
                z=ha("surface_zone_tampon_ha"),
                p=ha("surface_proximite_ha"),
            )
        ]
        if chk is not None:
            from ..core.plu.labels import rules_words

            findings = chk.findings()
            rules = rules_words(findings)
            lines.append(
                tr("Contrôle R13–R18 et R28 : {n} constat(s)").format(n=len(findings))
                + (" :" if rules else tr(" : aucun."))
            )
            lines.extend("– " + html.escape(line, quote=False) for line in rules)
        if diff.anomalies:
            lines.append(
                tr("{n} anomalie(s) dans les données (dont {e} erreur(s)) : voir anomalies.csv.").format(
                    n=len(diff.anomalies), e=diff.n_errors
                )
            )
        self.ui.lblSummary.setText("<br/>".join(lines))
        self.ui.btnReport.setEnabled(bool(result["files"].get("rapports")))
        self.ui.btnLayer.setEnabled(True)
        push(
            self.iface,
            tr("Comparaison terminée : {n} changement(s) ; rapport : {r}").format(
                n=s["nombre_changements"], r=result["files"]["rapports"][-1]
            ),
            Qgis.MessageLevel.Success,
            8,
        )

    # ------------------------------------------------------------------ browse
    def apply_filters(self, *_):
        """Show the changes that match the filters."""
        df = self.model.df
        mask = np.ones(len(df), dtype=bool)
        cat = self.ui.comboCategory.currentData()
        if cat:
            mask &= (df["categorie"] == cat).to_numpy()
        if self.ui.chkNear.isChecked() and len(df):
            mask &= (
                df["dans_bien"].astype(bool) | df["dans_zone_tampon"].astype(bool) | df["a_proximite"].astype(bool)
            ).to_numpy()
        self.proxy.set_mask(mask)

    def current_row(self):
        """Row of the selected change in the model, or None."""
        idx = self.ui.tableChanges.currentIndex()
        return None if not idx.isValid() else self.proxy.mapToSource(idx).row()

    def _geometry(self, row):
        if self.result is None or row is None:
            return None
        from ..qgis_adapters.geometry import from_l93_shapely

        g = self.result["diff"].geometries[row]
        return None if g is None else from_l93_shapely(g, self.canvas.mapSettings().destinationCrs())

    def _on_current(self, *_):
        self.band.reset(GEOMETRY_POLYGON)
        g = self._geometry(self.current_row())
        if g is not None and not g.isEmpty():
            self.band.addGeometry(
                g if g.type() == GEOMETRY_POLYGON else g.buffer(self.canvas.mapUnitsPerPixel() * 4, 8), None
            )

    def zoom_to_current(self):
        """Zoom to the selected change."""
        g = self._geometry(self.current_row())
        if g is None or g.isEmpty():
            return
        from ..qgis_adapters.screening_service import padded_extent

        self.canvas.setExtent(padded_extent(g, minimum=300.0))
        self.canvas.refresh()
        self.canvas.flashGeometries([g], self.canvas.mapSettings().destinationCrs())

    def open_report(self):
        """Open the HTML report in the browser."""
        if self.result and self.result["files"].get("rapports"):
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.result["files"]["rapports"][-1]))

    def add_changes_layer(self):
        """Add the changes layer to the project."""
        if not self.result:
            return None
        path = self.result["files"]["couche"]
        layer = QgsVectorLayer(f"{path}|layername=changements_plu", tr("Changements du PLU"), "ogr")
        if not layer.isValid():
            push(self.iface, tr("Couche des changements illisible : {p}").format(p=path), Qgis.MessageLevel.Warning, 8)
            return None
        from ..qgis_adapters.plu_layer import style_changes_layer

        style_changes_layer(layer)
        QgsProject.instance().addMapLayer(layer)
        self.extra_layers = []
        for suffix, name in (
            ("_lignes", tr("Changements du PLU (lignes)")),
            ("_points", tr("Changements du PLU (points)")),
        ):
            # prescriptions and informations drawn as lines or points (e.g. a protected building given as a point)
            other = QgsVectorLayer(f"{path}|layername=changements_plu{suffix}", name, "ogr")
            if other.isValid() and other.featureCount() > 0:
                _style_by_category(other)
                QgsProject.instance().addMapLayer(other)
                self.extra_layers.append(other)
        extent = QgsCoordinateTransform(
            layer.crs(), self.canvas.mapSettings().destinationCrs(), QgsProject.instance()
        ).transformBoundingBox(layer.extent())
        if not extent.isEmpty():
            self.canvas.setExtent(extent)
            self.canvas.refresh()
        return layer

    def cleanup(self):
        """Cancel the task and remove the map graphics."""
        if self.task is not None:
            self.task.cancel()
        super().cleanup()
