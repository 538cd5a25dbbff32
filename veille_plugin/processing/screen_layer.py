"""Processing algorithm: screen every feature of a layer against the Bien (attributes added)."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
)

from ..core.errors import VeilleError
from ..core.i18n import QT_TRANSLATE_NOOP, tr
from ..core.vocabulary import ZONE_COMMUNE, ZONES
from ..qgis_adapters.compat import DISTANCE_METERS, SOURCE_VECTOR_ANY, double_field, string_field
from .base import VeilleAlgorithm

OUTPUT_FIELDS = (
    "bm_zone",
    "bm_composantes",
    "bm_elements",
    "bm_elements_proches",
    "bm_abords_mh",
    "bm_element_proche",
    "bm_distance_m",
    "bm_messages",
)


class ScreenLayerAlgorithm(VeilleAlgorithm):
    """Processing: locate each feature of a layer against the Bien."""

    NAME = "analyser_couche"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("VeillePatrimoniale", "Situer une couche par rapport au Bien")
    GROUP = QT_TRANSLATE_NOOP("VeillePatrimoniale", "Analyse")
    GROUP_ID = "analyse"
    HELP = QT_TRANSLATE_NOOP(
        "VeillePatrimoniale",
        "Pour chaque entité : zone (bien, zone_tampon, hors, erreur), composantes et éléments touchés, éléments à "
        "moins de la distance choisie, "
        "abords MH (500 m) et élément le plus proche avec sa distance. Les calculs sont faits en Lambert-93 "
        "(EPSG:2154) sur le jeu de référence configuré. "
        "Les entités sans géométrie ou hors de France sont conservées avec la zone « erreur » et un message.",
    )

    INPUT, DISTANCE, OUTPUT = "INPUT", "DISTANCE", "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        """Declare the parameters."""
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, tr("Couche à analyser"), [SOURCE_VECTOR_ANY]))
        p = QgsProcessingParameterDistance(
            self.DISTANCE, tr("Distance de recherche des éléments proches"), 500.0, minValue=0.0
        )
        p.setDefaultUnit(DISTANCE_METERS)  # metres
        p.setHelp(tr("Éléments du Bien situés à moins de cette distance (en mètres, mesurée en Lambert-93)."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Couche analysée")))

    def process(self, parameters, context, feedback):
        """Screen every feature; write them with their zone, elements and distances."""
        # the algorithm is registered when QGIS starts: numpy, pandas and shapely are imported when it runs (issue 29)
        from ..core.reference.data import load_reference
        from ..core.reference.monuments import monument_reference
        from ..core.screening.engine import prepare_geometries, screen_geometries, to_dataframe
        from ..core.screening.location_precision import apply_approximate_location
        from .features import approximate_flags, read_source

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(tr("Couche d'entrée invalide."))
        distance = self.parameterAsDouble(parameters, self.DISTANCE, context)
        try:
            ref = monument_reference(load_reference())  # with the monuments of the AC1 générateurs
        except VeilleError as exc:
            raise QgsProcessingException(str(exc)) from None
        fields = QgsFields(source.fields())
        for name in OUTPUT_FIELDS:
            fields.append(double_field(name) if name == "bm_distance_m" else string_field(name))
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, source.wkbType(), source.sourceCrs()
        )

        feedback.pushInfo(tr("Jeu de référence : {v}").format(v=ref.version))
        features, geoms = read_source(source, context, feedback)
        if features is None:
            return {}
        feedback.setProgress(30)
        labels = [tr("entité {fid}").format(fid=f.id()) for f in features]
        prepared = prepare_geometries(geoms, "EPSG:2154", labels)
        result = screen_geometries(prepared.geometries, ref, distance, ok=prepared.ok, messages=prepared.messages)
        table = to_dataframe(result, ref)
        approximate = approximate_flags(source, features)
        if approximate is not None:  # cases located only by their commune: zone «commune», nothing attributed
            table = apply_approximate_location(table, approximate)
        for m in prepared.messages:
            feedback.reportError(m.text, fatalError=False) if m.level == "erreur" else feedback.pushWarning(m.text)
        feedback.setProgress(70)
        cols = [
            "zone",
            "composantes",
            "elements",
            "elements_proches",
            "abords_mh",
            "element_proche",
            "distance_element_m",
            "messages",
        ]
        rows = table[cols].to_numpy(dtype=object)
        for i, f in enumerate(features):
            if feedback.isCanceled():
                return {}
            out = QgsFeature(fields)
            out.setGeometry(f.geometry())
            dist = rows[i][6]
            out.setAttributes(
                list(f.attributes())
                + [str(v) for v in rows[i][:6]]
                + [None if dist != dist else float(dist), rows[i][7]]
            )
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
            if i % 1000 == 0:
                feedback.setProgress(70 + 30 * i / max(1, len(features)))
        zones = table["zone"].to_numpy(dtype=object)
        counts = {z: int((zones == z).sum()) for z in ZONES + (ZONE_COMMUNE,)}
        feedback.pushInfo(
            tr(
                "{n} entités : {bien} dans le Bien, {zone_tampon} en zone tampon, {hors} hors, {commune} localisées à "
                "la commune seulement (jamais comptées dans le Bien ni la zone tampon), {erreur} en erreur."
            ).format(n=len(features), **counts)
        )
        return {self.OUTPUT: dest_id}
