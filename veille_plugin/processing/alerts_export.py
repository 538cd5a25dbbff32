"""Processing algorithm: export the alerts of a register (list of sites in danger, periodic-reporting table,
an element's dossier), so that qgis_process and the modeler can produce them on a schedule."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..core.errors import VeilleError
from ..core.i18n import QT_TRANSLATE_NOOP, tr
from .base import VeilleAlgorithm

KINDS = ("liste", "rapport", "dossier")


class AlertsExportAlgorithm(VeilleAlgorithm):
    """Processing: export the alerts (list, periodic report, file of an element)."""

    NAME = "exporter_alertes"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("VeillePatrimoniale", "Exporter les alertes (sites en péril)")
    GROUP = QT_TRANSLATE_NOOP("VeillePatrimoniale", "Veille")
    GROUP_ID = "veille"
    HELP = QT_TRANSLATE_NOOP(
        "VeillePatrimoniale",
        "Écrit, à partir des alertes du registre de veille : la liste des sites en péril (HTML ou CSV, pour un porté "
        "à connaissance), "
        "le tableau du rapport périodique (facteurs UNESCO × nombre d'alertes × tendance) ou le dossier complet d'un "
        "élément avec "
        "l'historique de ses alertes. Le format suit l'extension du fichier (.html ou .csv).",
    )
    REGISTER, KIND, ELEMENT, OPEN_ONLY, OUTPUT = "REGISTER", "KIND", "ELEMENT", "OPEN_ONLY", "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        """Declare the parameters."""
        self.addParameter(
            QgsProcessingParameterString(
                self.REGISTER,
                tr("Registre de veille (.gpkg, ou service=… / postgresql://… ; vide = registre configuré)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.KIND,
                tr("Export"),
                options=[
                    tr("Liste des sites en péril"),
                    tr("Rapport périodique (facteurs × tendance)"),
                    tr("Dossier d'un élément"),
                ],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.ELEMENT, tr("Élément (identifiant, pour le dossier), ex. 19D"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(self.OPEN_ONLY, tr("Seulement les alertes ouvertes"), defaultValue=False)
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(self.OUTPUT, tr("Fichier"), fileFilter="HTML (*.html);;CSV (*.csv)")
        )
        self.addOutput(QgsProcessingOutputNumber("ALERTES", tr("Alertes exportées")))

    def process(self, parameters, context, feedback):
        """Write the export; return its path and the number of alerts."""
        from ..core.alerts import exports
        from ..core.reference.data import load_reference
        from ..core.register import open_register
        from ..qgis_adapters.register_target import configured_target, resolve_register_target

        kind = KINDS[self.parameterAsEnum(parameters, self.KIND, context)]
        out = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        fmt = "csv" if out.lower().endswith(".csv") else "html"
        element = self.parameterAsString(parameters, self.ELEMENT, context).strip() or None
        only_open = self.parameterAsBoolean(parameters, self.OPEN_ONLY, context)
        try:
            target = self.parameterAsString(parameters, self.REGISTER, context).strip()
            target = resolve_register_target(target) if target else configured_target()
            with open_register(target) as reg:
                path = exports.export(
                    reg, kind, fmt, out, element=element, ouvertes=only_open, ref=load_reference() if element else None
                )
                n = len(reg.alerts(ouvertes=only_open, element=element))
        except VeilleError as exc:
            raise QgsProcessingException(str(exc)) from None
        feedback.pushInfo(tr("{n} alerte(s) ; fichier écrit : {p}").format(n=n, p=path))
        return {self.OUTPUT: str(path), "ALERTES": n}
