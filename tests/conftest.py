import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
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
