"""Map tools: pick a point, draw a footprint polygon. They emit geometries in the canvas CRS."""

from qgis.core import QgsGeometry, QgsPointXY
from qgis.gui import QgsMapTool, QgsMapToolEmitPoint, QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor

from ..qgis_adapters.compat import GEOMETRY_POLYGON


class PointPickTool(QgsMapToolEmitPoint):
    """Click once: emits ``picked(QgsGeometry)`` (a point in the canvas CRS)."""

    picked = pyqtSignal(QgsGeometry)

    def __init__(self, canvas):
        super().__init__(canvas)
        self.canvasClicked.connect(self._on_click)

    def _on_click(self, point, button):
        if button == Qt.MouseButton.LeftButton:
            self.picked.emit(QgsGeometry.fromPointXY(QgsPointXY(point)))


class PolygonDrawTool(QgsMapTool):
    """Left click adds a vertex, right click (or Enter) closes the polygon, Esc cancels."""

    drawn = pyqtSignal(QgsGeometry)

    def __init__(self, canvas):
        super().__init__(canvas)
        self.points = []
        self.band = QgsRubberBand(canvas, GEOMETRY_POLYGON)
        self.band.setColor(QColor(220, 50, 50, 80))
        self.band.setStrokeColor(QColor(200, 30, 30))
        self.band.setWidth(2)

    def canvasPressEvent(self, event):  # noqa: N802
        """Left click adds a vertex; right click finishes the footprint."""
        if event.button() == Qt.MouseButton.LeftButton:
            self.points.append(self.toMapCoordinates(event.pos()))
            self._refresh()
        elif event.button() == Qt.MouseButton.RightButton:
            self._finish()

    def canvasMoveEvent(self, event):  # noqa: N802
        """Follow the mouse with the next vertex."""
        if self.points:
            self._refresh(self.toMapCoordinates(event.pos()))

    def keyPressEvent(self, event):  # noqa: N802
        """Enter finishes the footprint; Escape cancels it."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._finish()
        elif event.key() == Qt.Key.Key_Escape:
            self.reset()

    def _refresh(self, floating=None):
        pts = list(self.points) + ([floating] if floating is not None else [])
        self.band.setToGeometry(QgsGeometry.fromPolygonXY([[QgsPointXY(p) for p in pts]]), None)

    def _finish(self):
        if len(self.points) >= 3:
            geom = QgsGeometry.fromPolygonXY([[QgsPointXY(p) for p in self.points]])
            self.reset()
            self.drawn.emit(geom)
        else:
            self.reset()

    def reset(self):
        """Forget the vertices."""
        self.points = []
        self.band.reset(GEOMETRY_POLYGON)

    def deactivate(self):
        """Forget the vertices when the tool is left."""
        self.reset()
        super().deactivate()
