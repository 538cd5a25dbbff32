"""Issue 15, point 4: each dock's form fits the dock's minimum width (340 px) — nothing is cut off on the right
and no horizontal scroll bar appears when the docks are tabbed together at their narrowest."""

import pytest

DOCKS = ("analysis", "rules", "veille", "alerts", "plu", "reports")


def _widest(widget):
    """(minimum width, object name) of the widest visible child of ``widget`` (what holds the form wide)."""
    from qgis.PyQt.QtWidgets import QWidget

    found = [
        (max(w.minimumSizeHint().width(), w.minimumWidth()), w.objectName() or type(w).__name__)
        for w in widget.findChildren(QWidget)
        if not w.isHidden()
    ]
    return max(found) if found else (0, "")


@pytest.mark.parametrize("name", DOCKS)
def test_the_dock_form_fits_its_minimum_width(plugin, name):
    """The form's minimum width, vertical scroll bar included, is within the dock's minimum width."""
    dock = getattr(plugin, f"toggle_{name}_dock")(True)
    scroll = dock.widget()
    content = scroll.widget()
    bar = scroll.verticalScrollBar().sizeHint().width()
    need = content.minimumSizeHint().width()
    assert need <= dock.MIN_WIDTH - bar, f"{name}: the form needs {need} px; widest part {_widest(dock.form)}"
