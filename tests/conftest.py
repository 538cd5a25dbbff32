import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # throwaway_postgis (shared with scripts/bench_sweep.py)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def runtime_versions() -> dict:
    """The versions this run proves: QGIS, Qt, PyQt, Python, GDAL, GEOS, PROJ, numpy, shapely, pandas, PostgreSQL."""
    import platform

    versions = {"Python": platform.python_version()}
    try:
        versions["Système"] = next(
            line.split("=", 1)[1].strip().strip('"')
            for line in Path("/etc/os-release").read_text().splitlines()
            if line.startswith("PRETTY_NAME=")
        )
    except (OSError, StopIteration):
        versions["Système"] = platform.platform()
    try:
        from osgeo import gdal
        from qgis.core import Qgis, QgsProjUtils
        from qgis.PyQt.QtCore import PYQT_VERSION_STR, QT_VERSION_STR

        versions.update(
            {
                "QGIS": Qgis.QGIS_VERSION.split("-")[0],
                "Qt": QT_VERSION_STR,
                "PyQt": PYQT_VERSION_STR,
                "GDAL": gdal.__version__,
                "GEOS (QGIS)": Qgis.geosVersion(),
                "PROJ (QGIS)": f"{QgsProjUtils.projVersionMajor()}.{QgsProjUtils.projVersionMinor()}",
            }
        )
    except Exception as exc:  # pragma: no cover - reported, not hidden
        versions["QGIS"] = f"indisponible ({exc})"
    import numpy
    import pandas
    import pyproj
    import shapely

    versions.update(
        {
            "numpy": numpy.__version__,
            "shapely": f"{shapely.__version__} ({shapely.__file__.split('/')[-3]})",
            "GEOS (shapely)": shapely.geos_version_string,
            "PROJ (pyproj)": pyproj.proj_version_str,
            "pandas": pandas.__version__,
        }
    )
    from throwaway_postgis import PG_MAJOR

    versions["PostgreSQL"] = PG_MAJOR
    return versions


def pytest_report_header(config):
    """QGIS, Qt, PyQt, Python, GDAL, GEOS, PROJ, numpy, shapely and pandas of this run, for every CI log."""
    return ["versions : " + ", ".join(f"{k} {v}" for k, v in runtime_versions().items())]


_SESSION = {}


def pytest_sessionstart(session):
    """Note when the run started (for the run summary)."""
    import time

    _SESSION["start"] = time.time()
    (ROOT / "tests" / "artifacts" / "desktop_exit.json").unlink(missing_ok=True)  # written again by the e2e test


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """Write tests/artifacts/run_summary.json: versions, counts, skip reasons, time, desktop exit code.

    `make test-matrix` collects it from each release and scripts/versions_table.py turns it into the README's
    «Versions testées» table.
    """
    import json
    import time

    stats = terminalreporter.stats
    counts = {
        k: len([r for r in stats.get(k, []) if getattr(r, "when", "call") in ("call", "setup", "teardown")])
        for k in ("passed", "failed", "error", "skipped", "xfailed", "xpassed")
    }
    counts["passed"] = len([r for r in stats.get("passed", []) if r.when == "call"])
    reasons = {}
    for rep in stats.get("skipped", []):
        reason = rep.longrepr[2] if isinstance(rep.longrepr, tuple) else str(rep.longrepr)
        reasons[reason] = reasons.get(reason, 0) + 1
    out = ROOT / "tests" / "artifacts"
    out.mkdir(parents=True, exist_ok=True)
    desktop = out / "desktop_exit.json"
    summary = {
        "versions": runtime_versions(),
        "counts": counts,
        "skipped_reasons": reasons,
        "seconds": round(time.time() - _SESSION.get("start", time.time())),
        "exit_status": int(exitstatus),
        "args": list(config.invocation_params.args),
        "desktop": json.loads(desktop.read_text()) if desktop.exists() else None,
    }
    (out / "run_summary.json").write_text(json.dumps(summary, indent=1, ensure_ascii=False), encoding="utf-8")


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path_factory, monkeypatch):
    """Never read or write the user's real configuration during tests."""
    monkeypatch.setenv("VEILLE_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    monkeypatch.delenv("VEILLE_REFERENCE", raising=False)
    from veille_plugin.core.reference.data import reset_cache

    reset_cache()
    yield


@pytest.fixture(scope="session")
def ref():
    from veille_plugin.core.paths import embedded_reference_gpkg
    from veille_plugin.core.reference.data import ReferenceData

    return ReferenceData(embedded_reference_gpkg())


# --------------------------------------------------------------------------- throwaway PostgreSQL + PostGIS
@pytest.fixture(scope="session")
def postgis_dsn():
    """A throwaway PostgreSQL + PostGIS cluster (the release's own version) for the session: yields a DSN, then stops
    and removes it.

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
