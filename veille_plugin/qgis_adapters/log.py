"""The plugin's own tab in the QGIS message log, and the message bar."""

from qgis.core import Qgis, QgsMessageLog

TAG = "Veille patrimoniale"


def log(message: str, level=Qgis.MessageLevel.Info) -> None:
    QgsMessageLog.logMessage(message, TAG, level)


def push(iface, message: str, level=Qgis.MessageLevel.Info, duration: int = 5) -> None:
    log(message, level)
    if iface is not None:
        iface.messageBar().pushMessage(TAG, message, level, duration)
