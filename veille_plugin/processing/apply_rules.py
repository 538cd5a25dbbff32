"""Processing algorithm: apply the management-plan rules to a layer of cases (verdicts as attributes)."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ..core.errors import VeilleError
from ..core.i18n import QT_TRANSLATE_NOOP, tr
from ..core.rules.catalogue import CASE_TYPES
from ..core.vocabulary import display
from ..qgis_adapters.compat import DISTANCE_METERS, SOURCE_VECTOR_ANY, double_field, int_field, string_field
from ..qgis_adapters.network import qgis_get
from .base import VeilleAlgorithm

OUT = (
    ("bm_zone", "zone"),
    ("bm_elements", "elements"),
    ("bm_elements_proches", "elements_proches"),
    ("bm_abords_mh", "abords_mh"),
    ("bm_severite", "severite"),
    ("bm_regles", "regles"),
    ("bm_regles_nc", "regles_non_conformes"),
    ("bm_donnees_manquantes", "regles_donnee_manquante"),
    ("bm_catalogue", "catalogue_version"),
    ("bm_messages", "messages"),
    ("bm_priorite", "priorite"),
    ("bm_priorite_importance", "priorite_importance"),
    ("bm_priorite_attribut", "priorite_attribut"),
    ("bm_priorite_172", "priorite_172"),
    ("bm_priorite_motif", "priorite_motif"),
)


class ApplyRulesAlgorithm(VeilleAlgorithm):
    """Processing: apply the management-plan rules to a layer of cases."""

    NAME = "appliquer_regles"
    DISPLAY_NAME = QT_TRANSLATE_NOOP(
        "VeillePatrimoniale", "Appliquer les règles du plan de gestion à une couche de dossiers"
    )
    GROUP = QT_TRANSLATE_NOOP("VeillePatrimoniale", "Analyse")
    GROUP_ID = "analyse"
    HELP = QT_TRANSLATE_NOOP(
        "VeillePatrimoniale",
        "Situe chaque dossier (permis, projet, évolution du PLU) par rapport au Bien et applique toutes les règles du "
        "catalogue en vigueur "
        "(ou d'un catalogue choisi). Ajoute la zone, les éléments concernés, la sévérité globale, les règles "
        "déclenchées, les règles non conformes, "
        "celles pour lesquelles une donnée manque et la version du catalogue. Les couches utilisateur (cônes de vue, "
        "aires d'influence paysagère…) "
        "sont prises dans le projet quand leur nom est l'un des noms connus (cones_de_vue, aires_influence_paysagere, "
        "risques…).",
    )

    INPUT, TYPE_FIELD, DEFAULT_TYPE, WORKS_FIELD, NATURE_FIELD, HEIGHT_FIELD, DISTANCE, RULES, OUTPUT = (
        "INPUT",
        "TYPE_FIELD",
        "DEFAULT_TYPE",
        "WORKS_FIELD",
        "NATURE_FIELD",
        "HEIGHT_FIELD",
        "DISTANCE",
        "RULES",
        "OUTPUT",
    )
    COVISIBILITY, ALTIMETRY_URL = "COVISIBILITY", "ALTIMETRY_URL"

    def initAlgorithm(self, config=None):  # noqa: N802
        """Declare the parameters."""
        self.addParameter(
            QgsProcessingParameterFeatureSource(self.INPUT, tr("Couche des dossiers"), [SOURCE_VECTOR_ANY])
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.TYPE_FIELD,
                tr("Champ du type de dossier (PC, PD, PA, DP, projet, plu)"),
                parentLayerParameterName=self.INPUT,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.DEFAULT_TYPE,
                tr("Type par défaut (champ absent ou vide)"),
                options=list(CASE_TYPES),
                defaultValue=CASE_TYPES.index("projet"),
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.WORKS_FIELD,
                tr("Champ de la nature des travaux"),
                parentLayerParameterName=self.INPUT,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.NATURE_FIELD,
                tr("Champ de la nature du projet (éolienne, infrastructure…)"),
                parentLayerParameterName=self.INPUT,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.HEIGHT_FIELD, tr("Champ de la hauteur (m)"), parentLayerParameterName=self.INPUT, optional=True
            )
        )
        p = QgsProcessingParameterDistance(
            self.DISTANCE, tr("Distance de recherche des éléments proches"), 500.0, minValue=0.0
        )
        p.setDefaultUnit(DISTANCE_METERS)
        self.addParameter(p)
        self.addParameter(
            QgsProcessingParameterFile(
                self.RULES,
                tr("Catalogue de règles (YAML ou JSON ; vide = catalogue en vigueur)"),
                optional=True,
                fileFilter="YAML/JSON (*.yaml *.yml *.json)",
            )
        )
        covisibility = QgsProcessingParameterBoolean(
            self.COVISIBILITY,
            tr("Covisibilité par-dessus le relief pour R03, R09, R10 (altimétrie de la Géoplateforme, en ligne)"),
            defaultValue=False,
        )
        covisibility.setHelp(
            tr(
                "Pour les dossiers dont la hauteur est connue, trace la ligne de vue entre le projet et les monuments, "
                "terrils et chevalements que ces règles nomment, sur le profil RGE ALTI (5 requêtes par seconde au "
                "plus, profils gardés en cache). Le bâti et la végétation ne sont pas pris en compte ; hors ligne, "
                "la réponse est « inconnu (hors ligne) »."
            )
        )
        self.addParameter(covisibility)
        self.addParameter(
            QgsProcessingParameterString(
                self.ALTIMETRY_URL,
                tr("Adresse du service de profil altimétrique (vide = Géoplateforme ou réglage du plugin)"),
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Dossiers analysés")))

    def process(self, parameters, context, feedback):
        """Screen and judge every feature; write them with their verdicts."""
        # the algorithm is registered when QGIS starts: numpy, pandas and shapely are imported when it runs (issue 29)
        import numpy as np

        from ..core.feeds.altimetry import ProfileSource
        from ..core.reference.data import load_reference
        from ..core.rules.case_screening import screen_cases
        from ..core.rules.catalogue import load_catalogue
        from ..qgis_adapters.register_target import configured_danger_list
        from ..qgis_adapters.screening_service import project_user_layers
        from .features import approximate_flags, read_source

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(tr("Couche d'entrée invalide."))
        try:
            ref = load_reference()
            catalogue = load_catalogue(self.parameterAsFile(parameters, self.RULES, context) or None)
        except VeilleError as exc:
            raise QgsProcessingException(str(exc)) from None
        for w in catalogue.warnings:
            feedback.pushWarning(w)
        feedback.pushInfo(
            tr("Règles : {n} v{v} ; données : {d}").format(n=catalogue.name, v=catalogue.version, d=ref.version)
        )
        features, geoms = read_source(source, context, feedback)
        if features is None:
            return {}

        def column(param):
            name = self.parameterAsString(parameters, param, context)
            return [f[name] for f in features] if name else None

        default_type = CASE_TYPES[self.parameterAsEnum(parameters, self.DEFAULT_TYPE, context)]
        profiles = None
        if self.parameterAsBoolean(parameters, self.COVISIBILITY, context):
            profiles = ProfileSource(
                get=qgis_get, base_url=self.parameterAsString(parameters, self.ALTIMETRY_URL, context) or None
            )
        labels = [tr("entité {fid}").format(fid=f.id()) for f in features]
        try:
            cs = screen_cases(
                geoms,
                ref,
                catalogue,
                crs="EPSG:2154",
                ids=[str(f.id()) for f in features],
                case_type=column(self.TYPE_FIELD),
                works=column(self.WORKS_FIELD),
                nature=column(self.NATURE_FIELD),
                height_m=column(self.HEIGHT_FIELD),
                distance=self.parameterAsDouble(parameters, self.DISTANCE, context),
                user_layers=project_user_layers(),
                danger_list=configured_danger_list(),
                labels=labels,
                default_type=default_type,
                approximate=approximate_flags(source, features),
                covisibility=profiles,
                covisibility_progress=(lambda f: feedback.setProgress(10 + 55 * f)) if profiles else None,
            )
        except VeilleError as exc:
            raise QgsProcessingException(str(exc)) from None
        for m in cs.screening.messages:
            feedback.reportError(m.text, fatalError=False) if m.level == "erreur" else feedback.pushWarning(m.text)
        feedback.setProgress(70)
        table = cs.table()
        fields = QgsFields(source.fields())
        for name, _col in OUT:
            fields.append(string_field(name))
        fields.append(double_field("bm_distance_m"))
        fields.append(int_field("bm_priorite_rang"))
        if profiles is not None:
            fields.append(string_field("bm_covisibilite"))
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, source.wkbType(), source.sourceCrs()
        )
        values = table[[c for _n, c in OUT]].astype(str).to_numpy(dtype=object)
        dist = table["distance_element_m"].to_numpy(dtype=float)
        ranks = table["priorite_rang"].to_numpy(dtype=int)
        for i in np.lexsort((np.arange(len(features)), ranks)):  # what could harm the property most first
            if feedback.isCanceled():
                return {}
            f = features[i]
            out = QgsFeature(fields)
            out.setGeometry(f.geometry())
            distance = None if dist[i] != dist[i] else float(dist[i])
            extra = [covisibility_text(cs.covisibility_of(int(i)))] if profiles is not None else []
            out.setAttributes(list(f.attributes()) + list(values[i]) + [distance, int(ranks[i])] + extra)
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        sev = table["severite"].value_counts().to_dict()
        feedback.pushInfo(
            tr("{n} dossiers ; sévérité : {s}").format(
                n=len(features), s=", ".join(f"{display(k, 'severite')} {v}" for k, v in sorted(sev.items()))
            )
        )
        prio = table["priorite"].value_counts().sort_index().to_dict()
        feedback.pushInfo(
            tr("Priorités (écrites dans cet ordre) : {p}").format(
                p=", ".join(f"{tr(k) if isinstance(k, str) else k} : {v}" for k, v in prio.items())
            )
        )
        return {self.OUTPUT: dest_id}


def covisibility_text(sights: list) -> str:
    """«63Q (R03) : masqué par le relief à 1,2 km, de 14 m ; 42A (R09) : visible par-dessus le relief» (one case)."""
    return " ; ".join(
        tr("{e} ({r}) : {a}").format(e=x["element"], r=", ".join(x["regles"]), a=x["reponse"]) for x in sights
    )
