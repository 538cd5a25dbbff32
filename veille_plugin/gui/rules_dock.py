"""«Règles» dock: describe a project, locate it, read the verdicts of the management-plan rules."""

import html

from qgis.core import Qgis, QgsApplication, QgsGeometry, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QBrush, QColor, QGuiApplication
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QTextBrowser,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import VeilleError
from ..core.i18n import QT_TRANSLATE_NOOP, tr
from ..core.rules.cases import PROJECT_NATURES
from ..core.rules.catalogue import CASE_TYPES, load_catalogue
from ..core.rules.foundations import foundations_html
from ..core.rules.note import safe_file_stem
from ..core.vocabulary import (
    SEVERITY_BLOCKING,
    SEVERITY_CHECK,
    SEVERITY_INFO,
    SEVERITY_MAJOR,
    SEVERITY_NONE,
    VERDICT_BACKGROUNDS,
    display,
)
from ..qgis_adapters.compat import GEOMETRY_POINT, GEOMETRY_POLYGON
from ..qgis_adapters.log import push
from ..qgis_adapters.screening_service import element_geometry, padded_extent, qgis_case_inputs, screen_qgis_case
from .base_dock import BaseDock
from .map_tools import PointPickTool, PolygonDrawTool

VERDICT_COLOURS = VERDICT_BACKGROUNDS
SEVERITY_STYLE = {
    SEVERITY_BLOCKING: "background:#f5b7b1; border-left:6px solid #922b21;",
    SEVERITY_MAJOR: "background:#fad7a0; border-left:6px solid #b9770e;",
    SEVERITY_CHECK: "background:#fcf3cf; border-left:6px solid #b7950b;",
    SEVERITY_INFO: "background:#d6eaf8; border-left:6px solid #2471a3;",
    SEVERITY_NONE: "background:#d5f5e3; border-left:6px solid #1e8449;",
}
TYPE_LABELS = {
    "PC": QT_TRANSLATE_NOOP("VeillePatrimoniale", "PC – permis de construire"),
    "PD": QT_TRANSLATE_NOOP("VeillePatrimoniale", "PD – permis de démolir"),
    "PA": QT_TRANSLATE_NOOP("VeillePatrimoniale", "PA – permis d'aménager"),
    "DP": QT_TRANSLATE_NOOP("VeillePatrimoniale", "DP – déclaration préalable"),
    "projet": QT_TRANSLATE_NOOP("VeillePatrimoniale", "projet"),
    "plu": QT_TRANSLATE_NOOP("VeillePatrimoniale", "plu – évolution du PLU"),
}


class RulesDock(BaseDock):
    """The «Règles» dock: describe a project, locate it, read the verdicts, export the note."""

    UI_FILE = "rules_dock.ui"
    OBJECT_NAME = "VeillePatrimonialeRulesDock"
    HELP_PAGE = "aide_regles.html"

    def __init__(self, iface, parent=None):
        super().__init__(tr("Règles – Veille patrimoniale"), iface, parent)
        self.geometries = []
        self.crs = None
        self.screening = None
        self.record = None
        self.covisibility_task = None
        self._run_number = 0  # a covisibility computed for an earlier run is not shown
        for t in CASE_TYPES:
            self.ui.comboType.addItem(tr(TYPE_LABELS[t]), t)
        self.ui.comboType.setCurrentIndex(CASE_TYPES.index("PC"))
        self.ui.comboNature.addItem("")
        for n in PROJECT_NATURES:
            self.ui.comboNature.addItem(n)

        self.draw_tool = PolygonDrawTool(self.canvas)
        self.point_tool = PointPickTool(self.canvas)
        self.bind_tool(self.ui.btnDraw, self.draw_tool)
        self.bind_tool(self.ui.btnPoint, self.point_tool)
        self.band = self.rubber_band(fill=(41, 128, 185, 50), stroke=(31, 97, 141))
        self.highlight = self.rubber_band(stroke=(142, 68, 173), width=3)

        self.ui.btnSelection.clicked.connect(self.use_selection)
        self.ui.btnRun.clicked.connect(self.run)
        self.ui.btnCopy.clicked.connect(self.copy_result)
        self.ui.btnExport.clicked.connect(self.export_note)
        self.ui.grpIdentity.toggled.connect(self._fold_identity)
        self._fold_identity(self.ui.grpIdentity.isChecked())
        self.ui.btnClear.clicked.connect(self.clear)
        self.ui.btnFoundations.clicked.connect(self.show_foundations)
        self.ui.treeVerdicts.currentItemChanged.connect(self._show_detail)
        self.draw_tool.drawn.connect(
            lambda g: self.set_geometries([g], self.canvas.mapSettings().destinationCrs(), run=True)
        )
        self.point_tool.picked.connect(
            lambda g: self.set_geometries([g], self.canvas.mapSettings().destinationCrs(), run=True)
        )
        self.ui.treeVerdicts.setColumnWidth(0, 45)
        self.ui.treeVerdicts.setColumnWidth(1, 110)
        self.ui.treeVerdicts.setColumnWidth(2, 80)
        self.refresh_catalogue_label()

    # ------------------------------------------------------------------ input
    def use_selection(self):
        """Take the footprint from the selected features of the active layer."""
        layer = self.iface.activeLayer()
        if not isinstance(layer, QgsVectorLayer) or layer.selectedFeatureCount() == 0:
            push(
                self.iface,
                tr("Sélectionnez d'abord une ou plusieurs entités dans une couche vectorielle active."),
                Qgis.MessageLevel.Warning,
            )
            return
        # as «Pointer» and «Dessiner» do: the rules are applied at once (issue 15, point 8)
        self.set_geometries([f.geometry() for f in layer.getSelectedFeatures()], layer.crs(), run=True)

    def set_geometries(self, geometries, crs, run=False):
        """Set the project's footprint (and apply the rules when ``run``)."""
        from qgis.core import QgsCoordinateTransform, QgsProject

        self.geometries, self.crs = list(geometries), crs
        self.band.reset(GEOMETRY_POLYGON)
        dest = self.canvas.mapSettings().destinationCrs()
        for g in self.geometries:
            g = QgsGeometry(g)
            if crs != dest:
                g.transform(QgsCoordinateTransform(crs, dest, QgsProject.instance()))
            if g.type() == GEOMETRY_POINT:
                g = g.buffer(self.canvas.mapUnitsPerPixel() * 6, 12)
            self.band.addGeometry(g, None)
        kinds = {QgsWkbTypes.geometryDisplayString(g.type()) for g in self.geometries}
        self.ui.lblGeometry.setText(
            tr("Emprise : {n} géométrie(s) ({k})").format(n=len(self.geometries), k=", ".join(sorted(kinds)))
        )
        if run:
            self.run()

    def _fold_identity(self, open_):
        """The identity box folds away when unchecked (the fiche's header is optional)."""
        for child in self.ui.grpIdentity.findChildren(QWidget):
            child.setVisible(open_)

    def case_fields(self) -> dict:
        """The project as described in the form."""
        ui = self.ui
        fields = {
            "case_type": ui.comboType.currentData(),
            "works": ui.editWorks.text().strip(),
            "nature": ui.comboNature.currentText().strip() or None,
        }
        if ui.spinHeight.value() > ui.spinHeight.minimum():
            fields["height_m"] = ui.spinHeight.value()
        if ui.editId.text().strip():
            fields["ids"] = ui.editId.text().strip()
        identity = {
            name: widget.text().strip()
            for name, widget in (
                ("commune", ui.editCommune),
                ("adresse", ui.editAddress),
                ("parcelles", ui.editParcels),
                ("demandeur", ui.editApplicant),
                ("date_depot", ui.editDeposit),
                ("date_limite", ui.editDeadline),
            )
            if widget.text().strip()
        }
        if identity and ui.grpIdentity.isChecked():
            fields["identity"] = identity
        return fields

    # ------------------------------------------------------------------ run & show
    def run(self):
        """Apply the rules to the project and show the verdicts."""
        if not self.geometries:
            push(
                self.iface,
                tr("Indiquez d'abord l'emprise du projet : dessinez-la, pointez-la ou utilisez la sélection."),
                Qgis.MessageLevel.Warning,
            )
            return None
        self._run_number += 1
        try:
            self.screening = screen_qgis_case(self.geometries, self.crs, 500.0, **self.case_fields())
        except VeilleError as exc:
            push(self.iface, str(exc), Qgis.MessageLevel.Warning, 10)
            return None
        self.record = self.screening.record(0)
        self.show_record(self.record)
        self._highlight_elements()
        if self.ui.chkCovisibility.isChecked():
            self.start_covisibility()
        return self.record

    def start_covisibility(self):
        """Screen the case again in a background task with the covisibility over the relief (QGIS's network stack);
        the verdicts shown until then are those without it. Returns the task, or None when the height is missing."""
        fields = self.case_fields()
        if "height_m" not in fields:
            push(
                self.iface,
                tr("Covisibilité par-dessus le relief : indiquez la hauteur du projet (son sommet est ce qu'on voit)."),
                Qgis.MessageLevel.Warning,
                8,
            )
            return None
        from ..qgis_adapters.covisibility_task import CovisibilityTask

        task = CovisibilityTask(qgis_case_inputs(self.geometries, self.crs, 500.0, **fields))
        run_number = self._run_number
        task.done.connect(lambda result, error: self._covisibility_done(result, error, run_number))
        self.covisibility_task = task
        push(
            self.iface,
            tr("Covisibilité par-dessus le relief : profils du terrain demandés à la Géoplateforme…"),
            Qgis.MessageLevel.Info,
            4,
        )
        QgsApplication.taskManager().addTask(task)
        return task

    def _covisibility_done(self, result, error, run_number):
        self.covisibility_task = None
        if error:
            push(self.iface, error, Qgis.MessageLevel.Warning, 10)
            return
        if result is None or run_number != self._run_number:  # another project was analysed meanwhile
            return
        self.screening = result
        self.record = result.record(0)
        self.show_record(self.record)
        self._highlight_elements()

    def show_record(self, rec):
        """Show a case's verdicts, reasons and severity."""
        ui = self.ui
        sev = rec["severite_globale"]
        consult = ", ".join(tr(c) for c in rec["consultations"]) or tr("aucune")
        prio = rec.get("priorite") or {}
        ui.lblSeverity.setText(
            tr("<b>{zone}</b><br/>Sévérité : <b>{sev}</b> — consultations : {c}").format(
                zone=html.escape(rec["zone_libelle"]), sev=html.escape(display(sev, "severite")), c=html.escape(consult)
            )
            + (
                "<br/>"
                + tr("Priorité : <b>{p}</b> — {why}").format(
                    p=html.escape(tr(prio["libelle"])), why=html.escape(prio.get("interaction") or prio["raisons"][0])
                )
                if prio
                else ""
            )
        )
        ui.lblSeverity.setStyleSheet(SEVERITY_STYLE.get(sev, ""))
        tree = ui.treeVerdicts
        tree.clear()
        for v in rec["verdicts"]:
            item = QTreeWidgetItem(  # stored French words and the catalogue's title, in the interface's language
                [v["regle"], display(v["verdict"], "verdict"), display(v["severite"], "severite"), tr(v["titre"])]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, v["regle"])
            item.setToolTip(3, v["motif"])
            for col in range(4):
                item.setBackground(col, QBrush(QColor(VERDICT_COLOURS.get(v["verdict"], "#ffffff"))))
            tree.addTopLevelItem(item)
        if tree.topLevelItemCount():
            tree.setCurrentItem(tree.topLevelItem(0))
        self.refresh_catalogue_label()

    def _show_detail(self, item, _previous=None):
        if item is None or self.record is None:
            return
        rid = item.data(0, Qt.ItemDataRole.UserRole)
        v = next((x for x in self.record["verdicts"] if x["regle"] == rid), None)
        if v is None:
            return
        e = html.escape
        parts = [
            f"<p><b>{e(v['regle'])} – {e(tr(v['titre']))}</b> : {e(display(v['verdict'], 'verdict'))} "
            f"({e(display(v['severite'], 'severite'))})</p>",
            f"<p><b>{e(tr('Motif'))} :</b> {e(v['motif'])}</p>",
            f"<p>{e(v['explication'])}</p>",
        ]
        if v["recommandation"]:
            parts.append(f"<p><b>{e(tr('Recommandation'))} :</b> {e(v['recommandation'])}</p>")
        if v["consultations"]:
            consulted = ", ".join(tr(c) for c in v["consultations"])
            parts.append(f"<p><b>{e(tr('Consultations'))} :</b> {e(consulted)}</p>")
        if v.get("questions"):
            items = "".join(f"<li>{e(q)}</li>" for q in v["questions"])
            parts.append(f"<p><b>{e(tr('À vérifier'))} :</b></p><ul>{items}</ul>")
        parts.append(
            f"<p><b>{e(tr('Fondement'))} ({e(v.get('statut_regle', ''))}) :</b> {e(v.get('fondement_texte', ''))}</p>"
        )
        parts.append(
            f"<p><small>{e(tr('Facteurs UNESCO'))} : {e(', '.join(v['facteurs_unesco']))} — {e(tr('catalogue'))} "
            f"v{e(v['catalogue_version'])}</small></p>"
        )
        self.ui.txtDetail.setHtml("".join(parts))

    def _highlight_elements(self):
        """Outline on the map the elements the case touches or comes near."""
        self.highlight.reset(GEOMETRY_POLYGON)
        if self.record is None:
            return
        dest = self.canvas.mapSettings().destinationCrs()
        ids = [e["id"] for e in self.record["elements_intersectes"]] + [
            e["id"] for e in self.record["elements_proches"]
        ]
        for ident in dict.fromkeys(ids):
            g = element_geometry(ident, dest)
            if g is not None:
                self.highlight.addGeometry(g, None)

    def refresh_catalogue_label(self):
        """Show which catalogue is in force."""
        from ..core.rules.catalogue import CatalogueError

        try:
            cat = load_catalogue()
            text = tr("Règles : {n}, version {v}").format(n=cat.name, v=cat.version)
            if cat.warnings:
                text += " — " + " ".join(cat.warnings)
        except CatalogueError as exc:
            text = str(exc)
        self.ui.lblCatalogue.setText(text)

    # ------------------------------------------------------------------ outputs
    def copy_result(self):
        """Copy the verdicts to the clipboard."""
        if not self.record:
            return
        r = self.record
        lines = [
            r["zone_libelle"],
            tr("Sévérité : {s}").format(s=display(r["severite_globale"], "severite")),
            tr("Consultations : {c}").format(c=", ".join(tr(c) for c in r["consultations"]) or tr("aucune")),
        ]
        if r.get("priorite"):
            lines.append(
                tr("Priorité : {p} — {why}").format(p=tr(r["priorite"]["libelle"]), why=r["priorite"]["raisons"][0])
            )
        lines += [
            "",
        ]
        for v in r["verdicts"]:
            verdict, severity = display(v["verdict"], "verdict"), display(v["severite"], "severite")
            lines.append(f"{v['regle']}\t{verdict}\t{severity}\t{tr(v['titre'])}\t{v['motif']}")
        lines.append(tr("Règles v{v} ; données : {d}").format(v=r["catalogue"]["version"], d=r["donnees_reference"]))
        QGuiApplication.clipboard().setText("\n".join(lines))
        push(self.iface, tr("Verdicts copiés dans le presse-papiers."), Qgis.MessageLevel.Success, 3)

    def export_note(self, path=None):
        """Save the screening note (PDF or HTML), asking where when no path is given."""
        if self.screening is None:
            push(self.iface, tr("Appliquez d'abord les règles à un projet."), Qgis.MessageLevel.Warning)
            return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                tr("Fiche d'analyse"),
                f"fiche_{safe_file_stem(self.case_fields().get('ids') or 'analyse')}.pdf",
                tr("PDF (*.pdf);;HTML (*.html)"),
            )
            if not path:
                return None
        return self.save_fiche(self.screening, path)

    def show_foundations(self):
        """The «Fondements des règles» page of the catalogue in force, in a dialog (help)."""
        dialog = QDialog(self)
        dialog.setWindowTitle(tr("Fondements des règles"))
        layout = QVBoxLayout(dialog)
        browser = QTextBrowser(dialog)
        browser.setHtml(foundations_html(load_catalogue()))
        layout.addWidget(browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(900, 650)
        dialog.setObjectName("foundations_dialog")
        self.foundations_dialog = dialog
        dialog.show()
        return dialog

    def clear(self):
        """Clear the project, the verdicts and the map graphics."""
        self.geometries, self.screening, self.record = [], None, None
        self.band.reset(GEOMETRY_POLYGON)
        self.highlight.reset(GEOMETRY_POLYGON)
        self.ui.treeVerdicts.clear()
        self.ui.txtDetail.clear()
        self.ui.lblGeometry.setText(tr("Emprise : aucune"))
        self.ui.lblSeverity.setText(tr("Aucune analyse pour l'instant."))
        self.ui.lblSeverity.setStyleSheet("")

    def zoom_to_case(self):
        """Zoom to the project's footprint."""
        if self.geometries:
            g = QgsGeometry.unaryUnion(self.geometries)
            self.canvas.setExtent(padded_extent(g))
            self.canvas.refresh()
