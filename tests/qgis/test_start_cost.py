"""Issue 29, interactive speed: what QGIS's start imports, and the reference prepared in the background.

Times are measured by `make bench` (scripts/bench_desktop.py), never asserted here: these tests check the
behaviour that makes the start light and the first screening quick.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# what QGIS imports at the start: the entry point, the plugin class, and the modules initGui registers
START_MODULES = (
    "veille_plugin",
    "veille_plugin.plugin",
    "veille_plugin.gui.options_page",
    "veille_plugin.qgis_adapters.locator",
    "veille_plugin.qgis_adapters.preparation_task",
    "veille_plugin.processing.provider",
    "veille_plugin.processing.alerts_export",
    "veille_plugin.processing.apply_rules",
    "veille_plugin.processing.cycle_reports",
    "veille_plugin.processing.plu_diff",
    "veille_plugin.processing.plu_watch",
    "veille_plugin.processing.screen_layer",
    "veille_plugin.processing.sweep",
    "veille_plugin.native_libraries",
)


def test_the_plugins_start_imports_neither_pandas_nor_shapely_nor_the_reference():
    # QGIS's own bindings come first: from QGIS 3.40, qgis.core itself imports numpy and shapely (its conversions to
    # NumPy arrays and shapely geometries), which no plugin can avoid; the plugin must add none of the heavy libraries
    code = (
        "import sys, importlib\n"
        "import qgis.core, qgis.gui\n"
        "qgis_own = set(sys.modules)\n"
        f"for m in {START_MODULES!r}:\n"
        "    importlib.import_module(m)\n"
        "heavy = sorted(m for m in ('pandas', 'shapely', 'numpy', 'jsonschema', 'pyproj') "
        "if m in sys.modules and m not in qgis_own)\n"
        "ours = sorted(m for m in sys.modules if m.startswith('veille_plugin.core.reference'))\n"
        "print(heavy, ours)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=True
    ).stdout
    assert out.strip() == "[] []", out


def test_the_reference_is_prepared_in_a_background_task_before_the_first_point(plugin, qtbot, ref):
    import shapely
    from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY

    from veille_plugin.qgis_adapters.screening_service import prepared_reference

    task = plugin.prepare_screening()
    assert task is not None and plugin.prepare_screening() is None  # one preparation, not one per dock
    outcome = {}
    task.done.connect(lambda seconds, error: outcome.update(seconds=seconds, error=error))
    qtbot.waitUntil(lambda: "seconds" in outcome, timeout=120_000)
    assert outcome["error"] is None and outcome["seconds"] > 0
    view = prepared_reference()
    # what the first screening used to build in the main thread is there already
    assert "partly_inscribed_cites" in vars(view) and "tree" in vars(view.elements) and "tree" in vars(view.components)
    dock = plugin.toggle_analysis_dock(True)
    el = ref.elements.attributes
    p = shapely.point_on_surface(ref.elements.geometries[int(el.index[el["identifiant"] == "42A"][0])])
    record = dock.analyse_geometries(
        [QgsGeometry.fromPointXY(QgsPointXY(p.x, p.y))], QgsCoordinateReferenceSystem("EPSG:2154")
    )
    assert record["zone"] == "bien" and "42A" in [e["id"] for e in record["elements_intersectes"]]
    assert prepared_reference() is view  # the screening used the prepared reference, nothing built again
