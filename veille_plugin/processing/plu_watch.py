"""Processing algorithm: the online PLU watch (Géoportail de l'Urbanisme), for a weekly ``qgis_process`` task."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from ..core.errors import VeilleError
from ..core.feeds.gpu import API_CARTO_GPU
from ..core.i18n import QT_TRANSLATE_NOOP, tr
from ..core.vocabulary import CHANGE_MODIFIED, PLU_FAILED
from .base import VeilleAlgorithm


class PluWatchAlgorithm(VeilleAlgorithm):
    """Processing: check the PLU online, keep new versions as dated snapshots, compare with the previous one."""

    NAME = "veille_plu_en_ligne"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("VeillePatrimoniale", "Vérifier les PLU en ligne (Géoportail de l'Urbanisme)")
    GROUP = QT_TRANSLATE_NOOP("VeillePatrimoniale", "PLU")
    GROUP_ID = "plu"
    HELP = QT_TRANSLATE_NOOP(
        "VeillePatrimoniale",
        "Interroge l'API Carto (module GPU) pour une commune ou pour toutes celles du Bien et de la zone tampon : "
        "document(s) d'urbanisme en vigueur (PLU de la commune ou PLUi de son EPCI), zonage, prescriptions et "
        "informations. Chaque nouvelle version est gardée datée dans le registre (IDURBA, date d'approbation, date "
        "du relevé, adresse, empreinte du contenu) et comparée à la précédente : rapport HTML, couche et CSV des "
        "changements par commune. Une version déjà gardée n'est pas enregistrée deux fois. Hors ligne, la commune "
        "est signalée et le dernier instantané reste la référence.",
    )
    COMMUNES, REGISTER, API_URL, AUTHOR, OUTPUT = "COMMUNES", "REGISTER", "API_URL", "AUTHOR", "OUTPUT"
    ACCEPT_CHANGE = "ACCEPT_CHANGE"

    def initAlgorithm(self, config=None):  # noqa: N802
        """Declare the parameters."""
        self.addParameter(
            QgsProcessingParameterString(
                self.COMMUNES,
                tr("Communes (codes INSEE séparés par des virgules ; vide = celles du Bien et de la zone tampon)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.REGISTER,
                tr("Registre de veille (.gpkg, ou service=… / postgresql://… ; vide = registre par défaut)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.API_URL, tr("Adresse du module GPU de l'API Carto"), API_CARTO_GPU)
        )
        self.addParameter(
            QgsProcessingParameterString(self.AUTHOR, tr("Auteur enregistré dans l'historique"), defaultValue="veille")
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.ACCEPT_CHANGE,
                tr(
                    "Accepter un changement important (une version qui a perdu plus de la moitié de ses zones ; "
                    "l'acceptation est écrite dans l'historique)"
                ),
                defaultValue=False,
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT, tr("Dossier des résultats")))
        self.addOutput(QgsProcessingOutputNumber("EXECUTION", tr("Numéro de l'exécution dans le registre")))
        self.addOutput(QgsProcessingOutputNumber("MODIFIEES", tr("Communes dont le PLU a changé")))
        self.addOutput(QgsProcessingOutputNumber("ECHECS", tr("Communes non lues")))
        self.addOutput(QgsProcessingOutputString("RAPPORTS", tr("Rapports écrits (séparés par « ; »)")))

    def process(self, parameters, context, feedback):
        """Run the watch into the register; return the run's id, counts and reports."""
        from ..core.plu.watch import run_watch, watched_communes
        from ..core.reference.data import load_reference
        from ..core.register import open_register
        from ..qgis_adapters.compat import run_in_python_thread
        from ..qgis_adapters.network import qgis_get
        from ..qgis_adapters.register_target import resolve_register_target

        text = self.parameterAsString(parameters, self.COMMUNES, context) or ""
        codes = [c.strip() for c in text.replace(";", ",").split(",") if c.strip()]
        target = self.parameterAsString(parameters, self.REGISTER, context) or None
        api_url = self.parameterAsString(parameters, self.API_URL, context) or API_CARTO_GPU
        author = self.parameterAsString(parameters, self.AUTHOR, context) or "veille"
        out = self.parameterAsString(parameters, self.OUTPUT, context)
        accept = self.parameterAsBoolean(parameters, self.ACCEPT_CHANGE, context)

        def work(resolved):
            ref = load_reference()
            with open_register(resolved) as register:
                return run_watch(
                    codes or watched_communes(ref),
                    register,
                    ref,
                    out,
                    base_url=api_url,
                    get=qgis_get,
                    author=author,
                    progress=lambda f, m: (feedback.setProgress(100.0 * f), feedback.setProgressText(m)),
                    is_cancelled=feedback.isCanceled,
                    accept_change=accept,
                )

        try:
            resolved = resolve_register_target(target)  # QGIS auth manager: in this thread
            run = run_in_python_thread(lambda: work(resolved))
        except VeilleError as exc:
            raise QgsProcessingException(str(exc)) from None
        reports = []
        for c in run.communes:
            (feedback.reportError if c.status == PLU_FAILED else feedback.pushInfo)(c.message)
            reports += c.files.get("rapports", [])
        if run.servitudes_message():
            feedback.pushInfo(run.servitudes_message())
        counts = run.counts()
        feedback.pushInfo(
            tr("Veille des PLU n° {id} : {c}.").format(
                id=run.run_id, c=", ".join(f"{k} {v}" for k, v in counts.items()) or tr("aucune commune")
            )
        )
        return {
            self.OUTPUT: out,
            "EXECUTION": run.run_id,
            "MODIFIEES": counts.get(CHANGE_MODIFIED, 0),
            "ECHECS": counts.get(PLU_FAILED, 0),
            "RAPPORTS": ";".join(reports),
        }
