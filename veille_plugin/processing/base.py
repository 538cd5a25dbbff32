"""What every algorithm of the provider shares: identity and group declared as class attributes, and one error
policy (French messages; an unexpected exception is logged and reported with the log's path, never as a
traceback)."""

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException

from ..core.errors import VeilleError
from ..core.i18n import tr
from ..core.internal_errors import internal_error_message, record_internal_error


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

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """Run :meth:`process`; a plugin error becomes its French message, an unexpected one is logged."""
        try:
            return self.process(parameters, context, feedback)
        except QgsProcessingException:
            raise
        except VeilleError as exc:
            raise QgsProcessingException(str(exc)) from None
        except Exception as exc:  # noqa: BLE001 — the last resort: no traceback reaches a user
            log = record_internal_error(exc, f"Processing : {self.name()}")
            raise QgsProcessingException(internal_error_message(exc, log)) from None

    def process(self, parameters, context, feedback):
        """The algorithm's work (what ``processAlgorithm`` is elsewhere)."""
        raise NotImplementedError
