from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..core.i18n import tr
from ..core.paths import resources_dir


class VeilleProvider(QgsProcessingProvider):
    """The plugin's Processing provider."""

    def id(self):
        """The provider's id."""
        return "veille_patrimoniale"

    def name(self):
        """The provider's name, translated."""
        return tr("Veille patrimoniale – Bassin minier")

    def icon(self):
        """The provider's icon."""
        return QIcon(str(resources_dir() / "icon.svg"))

    def loadAlgorithms(self):  # noqa: N802
        """Add the plugin's algorithms."""
        from .alerts_export import AlertsExportAlgorithm
        from .apply_rules import ApplyRulesAlgorithm
        from .cycle_reports import CycleReportsAlgorithm
        from .plu_diff import PluDiffAlgorithm
        from .plu_watch import PluWatchAlgorithm
        from .screen_layer import ScreenLayerAlgorithm
        from .sweep import SweepAlgorithm

        self.addAlgorithm(ScreenLayerAlgorithm())
        self.addAlgorithm(ApplyRulesAlgorithm())
        self.addAlgorithm(SweepAlgorithm())
        self.addAlgorithm(AlertsExportAlgorithm())
        self.addAlgorithm(PluDiffAlgorithm())
        self.addAlgorithm(PluWatchAlgorithm())
        self.addAlgorithm(CycleReportsAlgorithm())
