"""Processing algorithm: the weekly sweep (so qgis_process and the graphical modeler can schedule it)."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
)

from ..core.errors import VeilleError
from ..core.i18n import QT_TRANSLATE_NOOP, tr
from ..core.vocabulary import CHANGE_GONE, CHANGE_MODIFIED, CHANGE_NEW, CHANGE_UNCHANGED
from ..qgis_adapters.compat import SOURCE_FILE, SOURCE_VECTOR_ANY
from .base import VeilleAlgorithm

FORMATS = ("auto", "sitadel", "csv", "xlsx", "layer")


class SweepAlgorithm(VeilleAlgorithm):
    """Processing: the weekly permit sweep (for qgis_process and the modeler)."""

    NAME = "balayage"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("VeillePatrimoniale", "Balayage de veille des permis")
    GROUP = QT_TRANSLATE_NOOP("VeillePatrimoniale", "Veille")
    GROUP_ID = "veille"
    HELP = QT_TRANSLATE_NOOP(
        "VeillePatrimoniale",
        "Importe une ou plusieurs listes de permis (Sitadel, CSV ou Excel d'ADS, couche), géolocalise chaque dossier "
        "(parcelles, coordonnées ou commune), "
        "le situe par rapport au Bien, applique les règles du plan de gestion, compare avec le registre de veille "
        "(nouveau, modifié, inchangé, disparu) "
        "et écrit dans le dossier de sortie le rapport HTML, cases.csv et cases.gpkg. Le registre n'est écrit qu'à la "
        "fin, en une transaction : "
        "un balayage annulé ou en échec ne perd rien.",
    )

    SITADEL = "SITADEL"
    SOURCES, FORMAT, MAPPING, STREAM, PARCELS, AUTO_PARCELS, REGISTER, AUTHOR, OUTPUT = (
        "SOURCES",
        "FORMAT",
        "MAPPING",
        "STREAM",
        "PARCELS",
        "AUTO_PARCELS",
        "REGISTER",
        "AUTHOR",
        "OUTPUT",
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        """Declare the parameters."""
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.SOURCES, tr("Listes de permis (fichiers)"), SOURCE_FILE, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.SITADEL,
                tr(
                    "Listes Sitadel (DiDo) : récupérer les mois nouveaux de l'API DiDo (communes du bassin) et les "
                    "balayer"
                ),
                defaultValue=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(self.FORMAT, tr("Format des sources"), options=list(FORMATS), defaultValue=0)
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.MAPPING, tr("Correspondance de colonnes enregistrée (exports ADS)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.STREAM, tr("Nom du flux de la source (pour détecter les dossiers disparus)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.PARCELS,
                tr("Couche des parcelles cadastrales"),
                optional=True,
                fileFilter=tr("Couches (*.geojson *.json *.gpkg *.shp)"),
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.AUTO_PARCELS,
                tr("Sans couche : télécharger les parcelles des communes des dossiers (cadastre Etalab, en cache)"),
                defaultValue=False,
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
            QgsProcessingParameterString(self.AUTHOR, tr("Auteur enregistré dans l'historique"), defaultValue="veille")
        )
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT, tr("Dossier des résultats")))
        self.addOutput(QgsProcessingOutputFile("RAPPORT", tr("Rapport HTML")))
        self.addOutput(QgsProcessingOutputVectorLayer("DOSSIERS", tr("Dossiers du balayage"), SOURCE_VECTOR_ANY))
        self.addOutput(QgsProcessingOutputNumber("NOUVEAUX", tr("Dossiers nouveaux")))
        self.addOutput(QgsProcessingOutputNumber("MODIFIES", tr("Dossiers modifiés")))

    def process(self, parameters, context, feedback):
        """Run the sweep into the register; return the output folder and the counts."""
        from ..core.reference.data import load_reference
        from ..core.register import open_register
        from ..core.rules.catalogue import load_catalogue
        from ..core.feeds.sitadel import SitadelCancelledError
        from ..core.sweep.run import SourceSpec, SweepCancelledError, run_sweep

        paths = [p for p in self.parameterAsFileList(parameters, self.SOURCES, context) if p and p.strip()]
        sitadel = self.parameterAsBool(parameters, self.SITADEL, context)
        if not paths and not sitadel:
            raise QgsProcessingException(tr("Indiquez au moins une liste de permis, ou les listes Sitadel (DiDo)."))
        fmt = FORMATS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        mapping = self.parameterAsString(parameters, self.MAPPING, context) or None
        stream = self.parameterAsString(parameters, self.STREAM, context) or None
        parcels = self.parameterAsFile(parameters, self.PARCELS, context) or None
        if parcels is None and self.parameterAsBool(parameters, self.AUTO_PARCELS, context):
            parcels = "auto"
        target = self.parameterAsString(parameters, self.REGISTER, context) or None
        out = self.parameterAsString(parameters, self.OUTPUT, context)
        from ..qgis_adapters.compat import run_in_python_thread
        from ..qgis_adapters.network import qgis_get
        from ..qgis_adapters.register_target import resolve_register_target

        author = self.parameterAsString(parameters, self.AUTHOR, context) or "veille"

        def work(resolved):
            ref, specs, share = load_reference(), [SourceSpec(p, fmt, mapping, stream) for p in paths], 0.0
            if sitadel:  # the lists fetched first, through QGIS's network stack: the first 30 % of the progress
                from ..core import config
                from ..core.feeds import sitadel as feed

                share = 30.0
                fetched = feed.fetch_sitadel(
                    feed.default_cache_dir(),
                    feed.basin_communes(ref),
                    config.load_settings().sitadel_url or feed.DIDO_API,
                    get=qgis_get,
                    progress=lambda pct, text: (
                        feedback.setProgress(pct * share / 100),
                        feedback.setProgressText(text),
                    ),
                    is_cancelled=feedback.isCanceled,
                )
                for text in fetched.messages:
                    feedback.pushInfo(text)
                specs += [SourceSpec(str(p), "sitadel", None, feed.SITADEL_STREAM) for p in fetched.paths]
            with open_register(resolved) as register:
                return run_sweep(
                    specs,
                    register,
                    ref,
                    load_catalogue(),
                    out,
                    parcels=parcels,
                    cadastre_get=qgis_get,
                    author=author,
                    progress=lambda pct, text: (
                        feedback.setProgress(share + pct * (100 - share) / 100),
                        feedback.setProgressText(text),
                    ),
                    is_cancelled=feedback.isCanceled,
                )

        try:
            resolved = resolve_register_target(target)  # QGIS auth manager: in this thread
            result = run_in_python_thread(lambda: work(resolved))  # pyproj inside: see run_in_python_thread
        except (SweepCancelledError, SitadelCancelledError) as exc:
            feedback.reportError(str(exc))
            return {}
        except VeilleError as exc:
            raise QgsProcessingException(str(exc)) from None
        for m in result.messages:
            feedback.pushWarning(str(m))
        ch = result.counts["changements"]
        feedback.pushInfo(
            tr("Balayage n°{id} : {n} dossiers, {nv} nouveaux, {m} modifiés, {i} inchangés, {d} disparus.").format(
                id=result.sweep_id,
                n=result.counts["dossiers"],
                nv=ch[CHANGE_NEW],
                m=ch[CHANGE_MODIFIED],
                i=ch[CHANGE_UNCHANGED],
                d=ch[CHANGE_GONE],
            )
        )
        return {
            self.OUTPUT: out,
            "RAPPORT": str(result.outputs["rapport"]),
            "DOSSIERS": str(result.outputs["gpkg"]),
            "NOUVEAUX": ch[CHANGE_NEW],
            "MODIFIES": ch[CHANGE_MODIFIED],
        }
