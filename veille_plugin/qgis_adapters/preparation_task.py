"""The reference prepared for the screenings in a background task, soon after QGIS starts (issue 29).

QGIS starts the plugin without importing pandas or shapely and without reading the reference GeoPackage; this
task does both in a worker thread, with the spatial indexes and the gazetteer of the search bar, so that the
first point screened in the «Analyse» dock answers in milliseconds and the first search finds its index built.
"""

from qgis.core import QgsApplication

from ..core.i18n import QT_TRANSLATE_NOOP, tr
from .background_task import BackgroundTask


class ScreeningPreparationTask(BackgroundTask):
    """Read the reference, build what the first screening and the first search need; ``done(seconds, error)``."""

    DESCRIPTION = QT_TRANSLATE_NOOP("VeillePatrimoniale", "Veille patrimoniale : préparation des données de référence")

    def __init__(self):
        super().__init__(tr(self.DESCRIPTION))

    def work(self):
        """Prepare the screenings' reference, then the search's gazetteer, then read the register's alerts once;
        return the seconds it took."""
        import time

        start = time.perf_counter()
        # imported here, in the worker thread, and the libraries first: QGIS's start avoids them. Should the main
        # thread import the same modules meanwhile (a dock opened at once), it waits for them; no deadlock, since
        # the plugin's modules form no import cycle (tests/unit/test_code_layout.py) and the libraries are whole
        # before any of them is imported here
        import numpy  # noqa: F401
        import pandas  # noqa: F401
        import shapely  # noqa: F401

        from .locator import gazetteer
        from .screening_service import prepared_reference

        # the modules the «Analyse» dock uses after a screening, to list the alerts of the register's elements
        from ..core.alerts import model as alerts_model  # noqa: F401
        from ..core import register  # noqa: F401

        prepared_reference()
        if not self.isCanceled():
            gazetteer()
        if not self.isCanceled():
            read_register_alerts()
        return time.perf_counter() - start


def read_register_alerts() -> None:
    """Read the alerts of the configured register once, as the «Analyse» dock does after each screening (the first
    opening of a GeoPackage and the first reading of a table cost tens of milliseconds). Only a GeoPackage register
    that exists already: nothing is created at QGIS's start, and a PostGIS register's credentials come from QGIS's
    authentication manager, which stays in the main thread. A register that cannot be read is left for the dock to
    report."""
    import sqlite3
    from pathlib import Path

    from ..core import config
    from ..core.errors import VeilleError
    from ..core.register import default_register_path, is_postgres_target, open_register

    target = config.load_settings().register or None
    if target is not None and (is_postgres_target(target) or not str(target).strip().lower().endswith(".gpkg")):
        return
    path = default_register_path() if target is None else Path(str(target).strip())
    if not path.is_file():
        return
    try:
        with open_register(path) as register:
            register.alerts().to_dict("records")
    except (VeilleError, OSError, sqlite3.Error):  # the dock says what is wrong when it reads the register
        return


def start_preparation():
    """Add a :class:`ScreeningPreparationTask` to QGIS's task manager and return it."""
    task = ScreeningPreparationTask()
    QgsApplication.taskManager().addTask(task)
    return task
