"""Names that differ across the QGIS releases the plugin supports: 3.22 LTR, 3.40 LTR, 3.44 and QGIS 4 (Qt 6).

The one module allowed to hold release-specific spellings (the Qt 6 readiness test skips it): everything else
imports the names below. Each choice is made once, by ``Qgis.QGIS_VERSION_INT`` or by what the bindings offer,
and every branch runs in the test matrix (Debian 12: 3.22, Debian 13: 3.40, sid: 3.44).
"""

import threading

from qgis.core import Qgis, QgsField, QgsProcessing, QgsProcessingParameterFile, QgsUnitTypes, QgsWkbTypes

QGIS_VERSION = Qgis.QGIS_VERSION_INT

try:  # QAction, QActionGroup, QShortcut live in QtGui with Qt 6 (and in qgis.PyQt.QtGui from QGIS 3.34 on)
    from qgis.PyQt.QtGui import QAction  # noqa: F401 (re-exported)
except ImportError:  # QGIS 3.22–3.32, Qt 5
    from qgis.PyQt.QtWidgets import QAction  # noqa: F401 (re-exported)

if QGIS_VERSION >= 33000:  # geometry types and distance units moved to Qgis in 3.30
    GEOMETRY_POINT = Qgis.GeometryType.Point
    GEOMETRY_LINE = Qgis.GeometryType.Line
    GEOMETRY_POLYGON = Qgis.GeometryType.Polygon
    DISTANCE_METERS = Qgis.DistanceUnit.Meters
    WKB_POINT = Qgis.WkbType.Point
else:
    GEOMETRY_POINT = QgsWkbTypes.GeometryType.PointGeometry
    GEOMETRY_LINE = QgsWkbTypes.GeometryType.LineGeometry
    GEOMETRY_POLYGON = QgsWkbTypes.GeometryType.PolygonGeometry
    DISTANCE_METERS = QgsUnitTypes.DistanceUnit.DistanceMeters
    WKB_POINT = QgsWkbTypes.Type.Point

if QGIS_VERSION >= 33600:  # Processing source types and file-parameter behaviours moved to Qgis in 3.36
    SOURCE_VECTOR_ANY = Qgis.ProcessingSourceType.VectorAnyGeometry
    SOURCE_VECTOR_POLYGON = Qgis.ProcessingSourceType.VectorPolygon
    SOURCE_FILE = Qgis.ProcessingSourceType.File
    FILE_PARAMETER_FILE = Qgis.ProcessingFileParameterBehavior.File
    FILE_PARAMETER_FOLDER = Qgis.ProcessingFileParameterBehavior.Folder
else:
    SOURCE_VECTOR_ANY = QgsProcessing.SourceType.TypeVectorAnyGeometry
    SOURCE_VECTOR_POLYGON = QgsProcessing.SourceType.TypeVectorPolygon
    SOURCE_FILE = QgsProcessing.SourceType.TypeFile
    FILE_PARAMETER_FILE = QgsProcessingParameterFile.Behavior.File
    FILE_PARAMETER_FOLDER = QgsProcessingParameterFile.Behavior.Folder


def string_field(name: str) -> QgsField:
    """A text field, spelled for this QGIS release."""
    return _field(name, "QString", "String")


def double_field(name: str) -> QgsField:
    """A double field, spelled for this QGIS release."""
    return _field(name, "Double", "Double")


def int_field(name: str) -> QgsField:
    """An integer field, spelled for this QGIS release."""
    return _field(name, "Int", "Int")


def _field(name, metatype, variant):
    if QGIS_VERSION >= 33800:  # QgsField(name, QMetaType.Type) from 3.38; QVariant.Type deprecated
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
