"""Run inside the real QGIS desktop by scripts/bench_desktop.py (``qgis --code``, under Xvfb): the plugin's load time
as QGIS measured it, the background preparation of the reference, then points screened through the «Analyse» dock
(the service the dock and its «Pointer» tool use). Writes bench_desktop.json into VEILLE_E2E_OUT and quits QGIS.
"""

import json
import os
import statistics
import time
import traceback
from pathlib import Path

import qgis.utils
from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY, QgsProject
from qgis.PyQt.QtCore import QTimer

OUT = Path(os.environ["VEILLE_E2E_OUT"])
STARTED = time.perf_counter()  # the script runs once QGIS has started (its window shown)
figures = {}


def finish():
    """Save the figures and quit QGIS."""
    (OUT / "bench_desktop.json").write_text(json.dumps(figures, indent=2), encoding="utf-8")
    QgsProject.instance().clear()
    QgsApplication.instance().quit()


def seconds(value):
    """A plugin_times value («0.123456s» in QGIS 3.22) in seconds."""
    return None if value is None else float(str(value).rstrip("s"))


def wait_for_preparation(left=600):
    """Poll (every 100 ms, at most a minute) until the plugin's background preparation has finished."""
    plugin = qgis.utils.plugins.get("veille_plugin")
    if plugin is None or getattr(plugin, "preparation_seconds", 0) is not None or left <= 0:  # done, or no such task
        return screen()
    QTimer.singleShot(100, lambda: wait_for_preparation(left - 1))


def screen():
    """The first point screened through the dock, then 30 more at other places; each timed."""
    try:
        plugin = qgis.utils.plugins["veille_plugin"]
        figures["plugin_times"] = {k: seconds(v) for k, v in qgis.utils.plugin_times.items()}
        figures["preparation_s"] = getattr(plugin, "preparation_seconds", None)  # None: a version without it
        figures["preparation_ready_after_s"] = time.perf_counter() - STARTED
        opened = time.perf_counter()
        dock = plugin.toggle_analysis_dock(True)
        figures["dock_open_ms"] = (time.perf_counter() - opened) * 1000.0
        crs = QgsCoordinateReferenceSystem("EPSG:2154")
        points = [(686_000.0 + 700.0 * k, 7_039_000.0 + 450.0 * (k % 7)) for k in range(31)]
        times = []
        for x, y in points:
            start = time.perf_counter()
            record = dock.analyse_geometries([QgsGeometry.fromPointXY(QgsPointXY(x, y))], crs)
            times.append((time.perf_counter() - start) * 1000.0)
            figures.setdefault("zones", []).append(record["zone"] if record else None)
        figures["first_screening_ms"] = times[0]
        figures["later_screenings_ms"] = {"median": statistics.median(times[1:]), "max": max(times[1:])}
    except Exception:
        figures["error"] = traceback.format_exc()
    finish()


QTimer.singleShot(0, wait_for_preparation)
