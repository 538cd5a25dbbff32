"""Table model over a pandas DataFrame: what the cases, alerts and PLU-changes tables share (row and column
counts, French headers); each subclass says how a cell is shown (``data``)."""

from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, Qt

from ..core.i18n import tr


class FrameTableModel(QAbstractTableModel):
    #: ((column, French header), …)
    """A read-only table model over a DataFrame, with French column headings."""

    COLUMNS = ()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        """Number of rows."""
        return 0 if parent.isValid() else len(self.df)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        """Number of columns."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        """French column headings."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.COLUMNS[section][1])
        return None
