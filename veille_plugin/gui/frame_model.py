"""Table models over a pandas DataFrame: what the cases, alerts and PLU-changes tables share (row and column counts,
French headers), and the two proxies that filter them by a precomputed boolean mask: Qt's usual one for the small
tables, a vectorised one for the register's cases (100,000 rows: one numpy call per filter or sort)."""

import numpy as np
import pandas as pd
from qgis.PyQt.QtCore import QAbstractProxyModel, QAbstractTableModel, QModelIndex, QObject, QSortFilterProxyModel, Qt

from ..core.i18n import tr
from ..core.text import strip_accents

#: Beyond this many distinct values a column is ordered by its raw text (dossier numbers, ISO dates), below it by its
#: text without accents or case (communes, works), as a French reader expects.
RAW_ORDER_ABOVE = 5000


class FrameTableModel(QAbstractTableModel):
    """A read-only table model over a DataFrame, with French column headings."""

    #: ((column, French header), …)
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


def text_rank(values: np.ndarray) -> np.ndarray:
    """Integer sort keys of a column of texts, computed on its distinct values: equal texts get equal keys, and
    «Éleu-dit-Leauwette» sorts with the E, not after Z (accents and case ignored) unless the column is made of many
    distinct codes such as dossier numbers, sorted as written."""
    codes, uniques = pd.factorize(pd.Series(values, dtype=object).fillna(""))
    labels = np.asarray(uniques, dtype=object).astype(str)
    if len(labels) <= RAW_ORDER_ABOVE:
        labels = np.array([strip_accents(u).casefold() for u in labels], dtype=str)
    ranks = np.empty(len(labels), dtype=np.int64)
    ranks[np.argsort(labels, kind="stable")] = np.arange(len(labels))
    return ranks[codes]


class MaskSortProxy(QAbstractProxyModel):
    """The rows of a table model kept by a boolean mask, in the order of vectorised sort keys.

    The source model gives ``sort_keys(column)``, one integer per row. A filter is one boolean index over the sort
    order, a sort one ``argsort``: no Python call per row, where Qt's ``QSortFilterProxyModel`` calls
    ``filterAcceptsRow`` and ``lessThan`` for each row. Sorting keeps the selection.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.mask = None
        self._order = None  # source rows in sorted order (None: source order)
        self._sort = (-1, Qt.SortOrder.AscendingOrder)
        self._rows = np.arange(0)
        self._pos = np.arange(0)

    # ------------------------------------------------------------------ wiring
    def setSourceModel(self, model):  # noqa: N802
        """Follow ``model``: its resets re-sort and re-filter, its changed cells are passed on."""
        self.beginResetModel()
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        model.dataChanged.connect(self._source_changed)
        self._order = None
        self._recompute()
        self.endResetModel()

    def _source_reset(self):
        column, order = self._sort
        self._order = self._sorted_rows(column, order) if column >= 0 else None
        self._recompute()
        self.endResetModel()

    def _source_changed(self, top_left, bottom_right, roles=()):
        if self._sort[0] >= 0 and top_left.column() <= self._sort[0] <= bottom_right.column():
            self.sort(*self._sort)
        elif len(self._rows):
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, top_left.column()), self.index(last, bottom_right.column()))

    # ------------------------------------------------------------------ filter and sort
    def _recompute(self):
        n = self.sourceModel().rowCount() if self.sourceModel() is not None else 0
        order = self._order if self._order is not None and len(self._order) == n else np.arange(n)
        mask = self.mask if self.mask is not None and len(self.mask) == n else None
        self._rows = order if mask is None else order[mask[order]]
        self._pos = np.full(n, -1, dtype=np.int64)
        self._pos[self._rows] = np.arange(len(self._rows))

    def set_mask(self, mask):
        """Show the rows where ``mask`` is true (None: every row)."""
        self.beginResetModel()
        self.mask = None if mask is None else np.asarray(mask, dtype=bool)
        self._recompute()
        self.endResetModel()

    def _sorted_rows(self, column: int, order) -> np.ndarray:
        keys = np.asarray(self.sourceModel().sort_keys(column), dtype=np.int64)
        if order == Qt.SortOrder.DescendingOrder:
            keys = -keys
        return np.argsort(keys, kind="stable")

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        """Sort by ``column`` (the header click of the view), keeping the selected rows selected."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(int(self._rows[i.row()]), i.column()) for i in persistent]
        self._order = self._sorted_rows(column, order) if column >= 0 else None
        self._recompute()
        self.changePersistentIndexList(
            persistent, [self.index(int(self._pos[r]), c) if self._pos[r] >= 0 else QModelIndex() for r, c in kept]
        )
        self.layoutChanged.emit()

    # ------------------------------------------------------------------ QAbstractProxyModel
    def index(self, row, column, parent=QModelIndex()):
        """The cell at (row, column) of the shown rows."""
        if parent.isValid() or not (0 <= row < len(self._rows)) or not (0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index=None):
        """No tree: every cell's parent is the root (called without an index: the QObject parent)."""
        if index is None:
            return QObject.parent(self)
        return QModelIndex()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        """Number of shown rows."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        """Number of columns of the source."""
        source = self.sourceModel()
        return 0 if parent.isValid() or source is None else source.columnCount()

    def mapToSource(self, proxy_index):  # noqa: N802
        """The source cell of a shown cell."""
        if not proxy_index.isValid() or proxy_index.row() >= len(self._rows):
            return QModelIndex()
        return self.sourceModel().index(int(self._rows[proxy_index.row()]), proxy_index.column())

    def mapFromSource(self, source_index):  # noqa: N802
        """The shown cell of a source cell (invalid when its row is filtered out)."""
        if not source_index.isValid() or source_index.row() >= len(self._pos):
            return QModelIndex()
        pos = int(self._pos[source_index.row()])
        return self.index(pos, source_index.column()) if pos >= 0 else QModelIndex()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        """The source's column headings; row numbers down the side."""
        if orientation == Qt.Orientation.Horizontal:
            return self.sourceModel().headerData(section, orientation, role)
        return section + 1 if role == Qt.ItemDataRole.DisplayRole else None


class MaskFilterProxy(QSortFilterProxyModel):
    """Qt's usual proxy showing the rows of a precomputed mask, sorted by the source's UserRole (small tables)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.mask = None
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def set_mask(self, mask):
        """Show the rows where ``mask`` is true (None: every row)."""
        self.mask = mask
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802
        """Qt's filter: the mask's value for the row."""
        return True if self.mask is None or source_row >= len(self.mask) else bool(self.mask[source_row])
