"""The covisibility over the relief of one case as a QGIS background task: the altimetry profiles come through
QGIS's network stack (its proxy, SSL and authentication settings apply), 5 requests a second at most, cached."""

from ..core.i18n import QT_TRANSLATE_NOOP, tr
from .background_task import BackgroundTask


class CovisibilityTask(BackgroundTask):
    """Screen one case again with the covisibility over the relief; the result is its
    :class:`~veille_plugin.core.rules.case_screening.CaseScreening`."""

    UNEXPECTED = QT_TRANSLATE_NOOP(
        "VeillePatrimoniale", "Erreur inattendue pendant le calcul de la covisibilité par-dessus le relief : {e}"
    )

    def __init__(self, inputs: dict):
        super().__init__(tr("Veille patrimoniale : covisibilité par-dessus le relief"))
        self.inputs = inputs  # what screen_cases takes, read in the main thread (screening_service.qgis_case_inputs)

    def work(self):
        """Screen the case with the profiles of the Géoplateforme (see :mod:`..core.rules.covisibility_pairs`)."""
        from ..core.feeds.altimetry import ProfileSource
        from ..core.rules.case_screening import screen_cases
        from .network import qgis_get

        return screen_cases(
            **self.inputs,
            covisibility=ProfileSource(get=qgis_get),
            covisibility_progress=lambda f: self.setProgress(100.0 * f),
        )
