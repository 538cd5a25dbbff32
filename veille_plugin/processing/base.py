"""What every algorithm of the provider shares: identity and group declared as class attributes."""

from qgis.core import QgsProcessingAlgorithm

from ..core.i18n import tr


class VeilleAlgorithm(QgsProcessingAlgorithm):
    """What the plugin's algorithms share: id, translated names, group, help, new instances."""

    NAME = ""
    DISPLAY_NAME = ""
    GROUP = "Analyse"
    GROUP_ID = "analyse"
    HELP = ""

    def name(self):
        """The algorithm's id."""
        return self.NAME

    def displayName(self):  # noqa: N802
        """The algorithm's name, translated."""
        return tr(self.DISPLAY_NAME)

    def group(self):
        """The algorithm's group, translated."""
        return tr(self.GROUP)

    def groupId(self):  # noqa: N802
        """The group's id."""
        return self.GROUP_ID

    def shortHelpString(self):  # noqa: N802
        """The help shown beside the parameters, translated."""
        return tr(self.HELP)

    def createInstance(self):  # noqa: N802
        """A new instance of the algorithm."""
        return type(self)()
