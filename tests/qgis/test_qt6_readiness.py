"""QGIS 4 (Qt 6) readiness, checked statically (tests/qt6_readiness.py): fails on Qt5-only spellings."""

import sys
import textwrap
from pathlib import Path

import pytest
from qt6_readiness import check_tree

ROOT = Path(__file__).resolve().parents[2]


def _has_pyqt6() -> bool:
    import importlib.util

    return importlib.util.find_spec("PyQt6") is not None


pytestmark = pytest.mark.skipif(not _has_pyqt6(), reason="PyQt6 absent : lancez make test (requirements-dev.txt)")


def _metadata() -> dict:
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return dict(parser["general"])


def test_plugin_code_is_ready_for_qt6_and_qgis4_as_metadata_declares():
    """metadata.txt may declare QGIS 4 (supportsQt6, qgisMaximumVersion 4.x) only while the check passes."""
    meta = _metadata()
    declares_qt6 = meta.get("supportsqt6", "").lower() in ("true", "yes", "1")
    assert declares_qt6 == meta["qgismaximumversion"].startswith("4."), meta
    findings = check_tree(ROOT, sys.executable)
    assert not (declares_qt6 and findings), "metadata.txt déclare QGIS 4 mais :\n" + "\n".join(map(str, findings))
    assert not findings, "\n".join(map(str, findings))


def test_the_check_fails_on_qt5_only_spellings(tmp_path):
    """A plugin written the Qt 5 way: each spelling below must be reported."""
    plugin = tmp_path / "veille_plugin"
    plugin.mkdir()
    (tmp_path / "forms").mkdir()
    (plugin / "bad.py").write_text(
        textwrap.dedent('''
        from qgis.core import Qgis, QgsProcessing, QgsVectorFileWriter, QgsVectorLayer
        from qgis.PyQt.QtCore import Qt, QRegExp
        from qgis.PyQt.QtWidgets import QAction, QDesktopWidget, QFileDialog, QMessageBox
        from PyQt5.QtGui import QColor

        def f(dlg, layer):
            dlg.exec_()
            x = Qt.AlignLeft
            y = QFileDialog.DontUseNativeDialog
            z = QMessageBox.Yes
            level = Qgis.Critical
            kind = QgsProcessing.TypeVectorAnyGeometry
            good = Qt.AlignmentFlag.AlignLeft | Qgis.MessageLevel.Info
            QgsVectorFileWriter.writeAsVectorFormatV2(layer, "out.gpkg", None, None)
            return x, y, z, level, kind, good
    '''),
        encoding="utf-8",
    )
    (tmp_path / "forms" / "bad.ui").write_text(
        textwrap.dedent('''\
        <?xml version="1.0" encoding="UTF-8"?>
        <ui version="4.0"><class>Bad</class>
         <widget class="QWidget" name="Bad"><layout class="QVBoxLayout" name="l">
          <item><widget class="QNoSuchWidget" name="w"/></item></layout></widget>
        </ui>
    '''),
        encoding="utf-8",
    )
    found = {f.spelling: f.problem for f in check_tree(tmp_path, sys.executable)}
    for spelling in (
        ".exec_",
        "Qt.AlignLeft",
        "QFileDialog.DontUseNativeDialog",
        "QMessageBox.Yes",
        "QRegExp",
        "QAction",
        "QDesktopWidget",
        "Qgis.Critical",
        "QgsProcessing.TypeVectorAnyGeometry",
        "from PyQt5.QtGui import …",
        "formulaire",
        "QgsVectorFileWriter.writeAsVectorFormatV2",
    ):
        assert spelling in found, (spelling, found)
    assert "Qt.AlignmentFlag.AlignLeft" not in found and "Qgis.MessageLevel.Info" not in found
    assert "Qgis.MessageLevel.Critical" in found["Qgis.Critical"]
