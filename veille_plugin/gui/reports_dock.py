"""«Rapports» dock: the reports of the Bien's meetings (comité technique, comités locaux, element files) from the
register, written in the background and opened in the browser."""

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QDate, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices

from ..core import config
from ..core.i18n import QT_TRANSLATE_NOOP, tr
from ..qgis_adapters.log import push
from .base_dock import BaseDock

KINDS = (
    ("comite", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Comité technique de suivi")),
    ("local", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Comités locaux (par EPCI)")),
    ("indicateurs", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Indicateurs pour l'évaluation")),
    ("periodique", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Rapport périodique UNESCO")),
    ("pac", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Porté à connaissance d'une commune")),
    ("element", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Fiches de suivi des éléments")),
)


class ReportsDock(BaseDock):
    """The «Rapports» dock (see the module's note)."""

    condition_requested = pyqtSignal(list)  # element ids: the plugin opens the condition form

    UI_FILE = "reports_dock.ui"
    OBJECT_NAME = "VeillePatrimonialeReportsDock"
    HELP_PAGE = "aide_rapports.html"

    def __init__(self, iface, parent=None):
        super().__init__(tr("Rapports – Veille patrimoniale"), iface, parent)
        self.task = None
        self.result = None
        ui = self.ui
        for key, label in KINDS:
            ui.comboKind.addItem(tr(label), key)
        today = QDate.currentDate()
        ui.dateFrom.setDate(today.addDays(-30))
        ui.dateTo.setDate(today)
        ui.comboEpci.addItem(tr("tous"), "")
        from ..core.reference.data import load_reference

        for name in sorted(set(load_reference().communes.attributes["epci_nom"].dropna())):
            ui.comboEpci.addItem(name, name)
        ui.editOut.setText(str(config.config_dir() / "rapports"))
        ui.comboKind.currentIndexChanged.connect(self._kind_changed)
        ui.btnWrite.clicked.connect(lambda: self.start())
        ui.btnOpen.clicked.connect(self.open_report)
        ui.btnCondition.clicked.connect(lambda: self.condition_requested.emit(self.element_ids()))
        self._kind_changed()

    def _kind_changed(self, *_):
        kind = self.ui.comboKind.currentData()
        for w in (self.ui.dateFrom, self.ui.dateTo, self.ui.lblFrom, self.ui.lblTo):
            w.setEnabled(kind in ("comite", "local", "periodique"))
        self.ui.comboEpci.setEnabled(kind in ("comite", "local"))
        self.ui.editElements.setEnabled(kind == "element")
        self.ui.editCommune.setEnabled(kind == "pac")

    def start(self):
        """Write the chosen report in a background task."""
        from ..qgis_adapters.register_target import resolve_register_target
        from ..qgis_adapters.reports_task import ReportsTask

        if self.task is not None:
            return None
        ui = self.ui
        elements = self.element_ids()
        self.task = ReportsTask(
            ui.comboKind.currentData(),
            resolve_register_target(config.load_settings().register or None),
            ui.editOut.text().strip() or str(config.config_dir() / "rapports"),
            du=ui.dateFrom.date().toString("yyyy-MM-dd"),
            au=ui.dateTo.date().toString("yyyy-MM-dd"),
            epci=ui.comboEpci.currentData() or None,
            elements=elements,
            commune=ui.editCommune.text().strip() or None,
        )
        self.task.progressChanged.connect(lambda v: ui.progress.setValue(int(v)))
        self.task.done.connect(self._done)
        ui.btnWrite.setEnabled(False)
        ui.lblResult.setText(tr("Écriture en cours…"))
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    def element_ids(self) -> list:
        """The element identifiers typed in the «Éléments» field."""
        return [e.strip() for e in self.ui.editElements.text().replace(";", ",").split(",") if e.strip()]

    def _done(self, result, error):
        ui = self.ui
        self.task = None
        ui.btnWrite.setEnabled(True)
        ui.progress.setValue(100 if result else 0)
        self.result = result
        if result is None:
            ui.lblResult.setText(error or tr("Rapport non écrit."))
            push(self.iface, error or tr("Rapport non écrit."), Qgis.MessageLevel.Warning, 10)
            return
        lines = [
            tr(
                "{n} dossier(s) nouveau(x), {a} décision(s) attendue(s), {u} autorisé(s) sans avis, {o} alerte(s) "
                "ouverte(s)."
            ).format(
                n=r["dossiers_nouveaux"],
                a=r["decisions_attendues"],
                u=r["autorises_sans_avis"]["nombre"],
                o=r["alertes"]["ouvertes"],
            )
            for r in result.get("resume", [])[:1]
        ]
        if "elements" in result:
            lines.append(tr("{n} fiche(s) de suivi écrite(s).").format(n=result["elements"]))
        lines.append(tr("{n} fichier(s) : {f}").format(n=len(result["rapports"]), f=result["rapports"][0]))
        ui.lblResult.setText("<br/>".join(lines))
        ui.btnOpen.setEnabled(True)
        push(self.iface, lines[-1], Qgis.MessageLevel.Success, 6)

    def open_report(self):
        """Open the (first) report written in the browser."""
        if self.result and self.result.get("rapports"):
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.result["rapports"][0]))
