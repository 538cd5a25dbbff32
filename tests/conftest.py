import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # throwaway_postgis (shared with scripts/bench_sweep.py)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_report_header(config):
    lines = []
    try:
        from osgeo import gdal
        from qgis.core import Qgis
        from qgis.PyQt.QtCore import QT_VERSION_STR

        lines.append(f"QGIS {Qgis.QGIS_VERSION}, Qt {QT_VERSION_STR}, GDAL {gdal.__version__}")
    except Exception as exc:  # pragma: no cover
        lines.append(f"QGIS indisponible : {exc}")
    import pandas
    import shapely

    lines.append(f"Python {sys.version.split()[0]}, shapely {shapely.__version__} (GEOS {shapely.geos_version_string}), pandas {pandas.__version__}")
    return lines


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path_factory, monkeypatch):
    """Never read or write the user's real configuration during tests."""
    monkeypatch.setenv("VEILLE_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    monkeypatch.delenv("VEILLE_REFERENCE", raising=False)
    from veille_plugin.core.reference import reset_cache

    reset_cache()
    yield


@pytest.fixture(scope="session")
def ref():
    from veille_plugin.core.paths import embedded_reference_gpkg
    from veille_plugin.core.reference import ReferenceData

    return ReferenceData(embedded_reference_gpkg())


# --------------------------------------------------------------------------- throwaway PostgreSQL + PostGIS
@pytest.fixture(scope="session")
def postgis_dsn():
    """A throwaway PostgreSQL 15 + PostGIS cluster for the session: yields a DSN, then stops and removes it.

    initdb (trust auth) runs as the ``postgres`` OS user when the tests run as root (PostgreSQL refuses root),
    in a temporary directory that user owns; pg_ctl starts it on a free 127.0.0.1 port with its own socket
    directory and fsync off (tests/throwaway_postgis.py, shared with scripts/bench_sweep.py). Missing packages
    fail the test with the command that installs them.
    """
    from throwaway_postgis import PostgisClusterError, ThrowawayPostgis

    cluster = ThrowawayPostgis("veille_test")
    try:
        dsn = cluster.start()
    except PostgisClusterError as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield dsn
    finally:
        cluster.stop()


@pytest.fixture
def cfg(tmp_path):
    """A configuration folder of its own for a command-line test (VEILLE_CONFIG_DIR of the subprocess)."""
    d = tmp_path / "config"
    d.mkdir()
    return d
