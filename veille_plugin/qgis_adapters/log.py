"""The plugin's own tab in the QGIS message log, and the message bar."""

from qgis.core import Qgis, QgsMessageLog

TAG = "Veille patrimoniale"


def log(message: str, level=Qgis.MessageLevel.Info) -> None:
    """Write a message in the plugin's tab of the message log."""
    QgsMessageLog.logMessage(message, TAG, level)


def push(iface, message: str, level=Qgis.MessageLevel.Info, duration: int = 5) -> None:
    """Log a message and show it in the message bar."""
    log(message, level)
    if iface is not None:
        iface.messageBar().pushMessage(TAG, message, level, duration)
