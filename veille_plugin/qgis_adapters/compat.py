"""Small shims across QGIS 3.22 … 3.x (Qt5) where an API changed."""
from qgis.core import Qgis, QgsField


def string_field(name: str) -> QgsField:
    return _field(name, "QString", "String")


def double_field(name: str) -> QgsField:
    return _field(name, "Double", "Double")


def _field(name, metatype, variant):
    if Qgis.versionInt() >= 33800:  # QgsField(name, QMetaType.Type) from 3.38; QVariant.Type deprecated
        from qgis.PyQt.QtCore import QMetaType

        return QgsField(name, getattr(QMetaType.Type, metatype))
    from qgis.PyQt.QtCore import QVariant

    return QgsField(name, getattr(QVariant, variant))


def run_in_python_thread(fn):
    """Run ``fn()`` in a thread created by Python and wait for it; return its result or raise its exception.

    QgsTask.run executes in a QThreadPool thread that Python only borrows: pyproj (3.7) keeps a PROJ context per
    Python thread state, and a pool thread reused by the next task crashed PROJ (segfault in CRS creation, seen
    about one run in three of the QGIS tests). A Python thread has one thread state for its whole life.
    """
    import threading

    box = {}

    def target():
        try:
            box["result"] = fn()
        except BaseException as exc:  # handed to the caller
            box["error"] = exc

    worker = threading.Thread(target=target, name="veille-task", daemon=True)
    worker.start()
    worker.join()
    if "error" in box:
        raise box["error"]
    return box.get("result")
