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
