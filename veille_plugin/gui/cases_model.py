"""Model/view for the register's cases: a table model over a DataFrame and a proxy whose filter
is a precomputed boolean mask (tens of thousands of rows stay fluid)."""

import numpy as np
import pandas as pd
from qgis.PyQt.QtCore import QSortFilterProxyModel, Qt
from qgis.PyQt.QtGui import QBrush, QColor

from ..core.i18n import QT_TRANSLATE_NOOP, tr
from ..core.sweep.filters import change_marks
from ..core.vocabulary import CHANGE_GONE, CHANGE_MODIFIED, CHANGE_NEW, SEVERITIES_DISPLAY
from ..core.vocabulary import SEVERITY_BACKGROUNDS as SEVERITY_BG
from .frame_model import FrameTableModel

COLUMNS = (
    ("numero", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Dossier")),
    ("changement_affiche", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Changement")),
    ("commune_nom", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Commune")),
    ("zone", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Zone")),
    ("severite", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Sévérité")),
    ("regles", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Règles")),
    ("elements", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Éléments")),
    ("statut_veille", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Statut")),
    ("assignee", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Suivi par")),
    ("date_depot", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Dépôt")),
    ("type", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Type")),
)
SEVERITY_ORDER = {s: k for k, s in enumerate(SEVERITIES_DISPLAY)}


class CasesTableModel(FrameTableModel):
    """Table model of the register's cases."""

    COLUMNS = COLUMNS

    def __init__(self, parent=None):
        super().__init__(parent)
        self.df = pd.DataFrame(columns=[c for c, _ in COLUMNS])
        self._values = np.empty((0, len(COLUMNS)), dtype=object)

    def set_cases(self, df: pd.DataFrame, modified=frozenset()):
        """``modified``: keys of the cases the latest sweep modified (Register.changed_in_sweep)."""
        self.beginResetModel()
        df = df.reset_index(drop=True).copy()
        labels = {CHANGE_GONE: tr("disparu"), CHANGE_NEW: tr("nouveau"), CHANGE_MODIFIED: tr("modifié"), "": ""}
        df["changement_affiche"] = pd.Series(change_marks(df, modified)).map(labels).to_numpy()
        for c, _ in COLUMNS:
            if c not in df.columns:
                df[c] = None
        self.df = df
        self._values = (
            df[[c for c, _ in COLUMNS]].astype(object).where(df[[c for c, _ in COLUMNS]].notna(), "").to_numpy()
        )
        self.endResetModel()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        """Cell text, sort key and severity colour of the cases table."""
        if not index.isValid():
            return None
        value = self._values[index.row(), index.column()]
        name = COLUMNS[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return str(value)
        if role == Qt.ItemDataRole.UserRole:  # sort key
            return SEVERITY_ORDER.get(value, 9) if name == "severite" else str(value)
        if role == Qt.ItemDataRole.BackgroundRole and name == "severite" and value in SEVERITY_BG:
            return QBrush(QColor(SEVERITY_BG[value]))
        return None

    def case_at(self, row: int) -> dict:
        """The case shown on row ``row``."""
        return self.df.iloc[row].to_dict()


class CasesFilterProxy(QSortFilterProxyModel):
    """Proxy that shows the rows of a precomputed mask."""

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
