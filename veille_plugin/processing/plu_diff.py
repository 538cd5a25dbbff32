"""Processing algorithm: compare two versions of a PLU/PLUi (CNIG standard) and check the draft (R13–R18 et R28)."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from ..core.errors import VeilleError
from ..core.i18n import QT_TRANSLATE_NOOP, tr
from ..qgis_adapters.compat import DISTANCE_METERS, FILE_PARAMETER_FILE, SOURCE_VECTOR_POLYGON
from .base import VeilleAlgorithm


class PluDiffAlgorithm(VeilleAlgorithm):
    """Processing: compare two versions of a PLU (CNIG standard)."""

    NAME = "comparer_plu"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("VeillePatrimoniale", "Comparer deux versions d'un PLU (standard CNIG)")
    GROUP = QT_TRANSLATE_NOOP("VeillePatrimoniale", "PLU")
    GROUP_ID = "plu"
    HELP = QT_TRANSLATE_NOOP(
        "VeillePatrimoniale",
        "Lit deux versions d'un PLU ou PLUi au standard CNIG (GeoPackage, dossier de shapefiles ou GeoJSON, ZIP) : "
        "ZONE_URBA, PRESCRIPTION_*, INFO_*. "
        "Compare zone par zone (changements de TYPEZONE, ouverture à l'urbanisation, nouvelles zones AU, libellés), "
        "les prescriptions (dont L.151-19 et L.151-23) "
        "et les informations (périmètre du permis de démolir…), mesure chaque changement en hectares dans le Bien, la "
        "zone tampon et près des éléments, "
        "contrôle le projet avec les règles R13–R18 et R28 et écrit un rapport HTML par commune, la couche et le CSV "
        "des changements et la liste des anomalies.",
    )
    BEFORE, AFTER, COMMUNE, DISTANCE, CHECK, OUTPUT = "BEFORE", "AFTER", "COMMUNE", "DISTANCE", "CHECK", "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        """Declare the parameters."""
        self.addParameter(
            QgsProcessingParameterFile(
                self.BEFORE,
                tr("Version en vigueur (GeoPackage, ZIP ou fichier ; un dossier : indiquez-le tel quel)"),
                behavior=FILE_PARAMETER_FILE,
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(self.AFTER, tr("Projet / nouvelle version"), behavior=FILE_PARAMETER_FILE)
        )
        self.addParameter(
            QgsProcessingParameterString(self.COMMUNE, tr("Commune (code INSEE ; vide = toutes)"), optional=True)
        )
        p = QgsProcessingParameterDistance(self.DISTANCE, tr("Distance aux éléments"), 500.0, minValue=0.0)
        p.setDefaultUnit(DISTANCE_METERS)
        self.addParameter(p)
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.CHECK, tr("Contrôler le projet avec les règles R13–R18 et R28"), defaultValue=True
            )
        )
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT, tr("Dossier des résultats")))
        self.addOutput(QgsProcessingOutputFile("RAPPORT", tr("Rapport HTML")))
        self.addOutput(QgsProcessingOutputVectorLayer("CHANGEMENTS", tr("Changements du PLU"), SOURCE_VECTOR_POLYGON))
        self.addOutput(QgsProcessingOutputNumber("NB_CHANGEMENTS", tr("Nombre de changements")))
        self.addOutput(QgsProcessingOutputNumber("OUVERTURE_HA", tr("Ouverture à l'urbanisation (ha)")))

    def process(self, parameters, context, feedback):
        """Compare, check and write the outputs; return the report and the figures."""
        from ..core.plu.diff import PluCancelledError
        from ..qgis_adapters.plu_task import run_plu_diff

        before = self.parameterAsFile(parameters, self.BEFORE, context)
        after = self.parameterAsFile(parameters, self.AFTER, context)
        out = self.parameterAsString(parameters, self.OUTPUT, context)
        commune = self.parameterAsString(parameters, self.COMMUNE, context).strip() or None

        def progress(fraction, message):
            feedback.setProgress(100.0 * fraction)
            feedback.setProgressText(message)

        try:
            from ..qgis_adapters.compat import run_in_python_thread

            distance, check = (
                self.parameterAsDouble(parameters, self.DISTANCE, context),
                self.parameterAsBoolean(parameters, self.CHECK, context),
            )
            result = run_in_python_thread(
                lambda: run_plu_diff(
                    [before],
                    [after],
                    out,
                    commune=commune,
                    distance=distance,
                    check=check,
                    progress=progress,
                    cancelled=feedback.isCanceled,
                )
            )
        except PluCancelledError:
            raise QgsProcessingException(tr("Comparaison annulée : aucun fichier n'a été écrit.")) from None
        except VeilleError as exc:
            raise QgsProcessingException(str(exc)) from None
        diff = result["diff"]
        for a in diff.anomalies:
            (feedback.reportError if a.niveau == "erreur" else feedback.pushWarning)(str(a))
        opened = diff.pieces[diff.pieces["categorie"] == "ouverture_urbanisation"]["surface_ha"].sum()
        feedback.pushInfo(
            tr("{n} changement(s) ; rapport : {r}").format(n=len(diff.pieces), r=result["files"]["rapports"][-1])
        )
        return {
            self.OUTPUT: out,
            "RAPPORT": result["files"]["rapports"][-1],
            "CHANGEMENTS": f"{result['files']['couche']}|layername=changements_plu",
            "NB_CHANGEMENTS": len(diff.pieces),
            "OUVERTURE_HA": float(opened),
        }
