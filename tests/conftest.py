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


# --------------------------------------------------------------------------- throwaway PostgreSQL + PostGIS
PG_BIN = Path("/usr/lib/postgresql/15/bin")
POSTGIS_CONTROL = Path("/usr/share/postgresql/15/extension/postgis.control")


def _free_port() -> int:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def postgis_dsn():
    """A throwaway PostgreSQL 15 + PostGIS cluster for the session: yields a DSN, then stops and removes it.

    initdb (trust auth) runs as the ``postgres`` OS user when the tests run as root (PostgreSQL refuses root),
    in a temporary directory that user owns; pg_ctl starts it on a free 127.0.0.1 port with its own socket
    directory and fsync off. Missing packages fail the test with the command that installs them.
    """
    import shutil
    import subprocess
    import tempfile

    missing = [str(p) for p in (PG_BIN / "initdb", PG_BIN / "pg_ctl", POSTGIS_CONTROL) if not p.exists()]
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        missing.append("python3-psycopg2")
    if missing:
        pytest.fail(
            "PostgreSQL 15 / PostGIS absents (" + ", ".join(missing) + ") : lancez `make test` (scripts/bootstrap.sh installe "
            "postgresql-15 postgresql-15-postgis-3 python3-psycopg2) ou `apt-get install -y --no-install-recommends "
            "postgresql-15 postgresql-15-postgis-3 python3-psycopg2`.",
            pytrace=False,
        )
    run_as = {}
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        import pwd

        try:
            pw = pwd.getpwnam("postgres")
        except KeyError:
            pytest.fail("Utilisateur système « postgres » absent : réinstallez le paquet postgresql-15.", pytrace=False)
        run_as = {"user": pw.pw_uid, "group": pw.pw_gid, "extra_groups": []}
    base = Path(tempfile.mkdtemp(prefix="veille_pg_"))
    if run_as:
        os.chown(base, run_as["user"], run_as["group"])
    data, sock, log = base / "data", base / "sock", base / "postgres.log"
    env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")

    def run(*args):
        res = subprocess.run([str(a) for a in args], cwd=base, env=env, capture_output=True, text=True, timeout=120, **run_as)
        if res.returncode != 0:
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            pytest.fail(f"{args[0]} a échoué ({res.returncode}) : {res.stderr.strip()}\n{tail}", pytrace=False)
        return res

    port = _free_port()
    started = False
    try:
        run(PG_BIN / "initdb", "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync", "--no-instructions")
        run("mkdir", "-p", sock)
        opts = f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        started = True  # from here on, always try to stop it (a failed start may leave a postmaster behind)
        run(PG_BIN / "pg_ctl", "-D", data, "-l", log, "-w", "-t", "60", "-o", opts, "start")
        import psycopg2

        admin = psycopg2.connect(host="127.0.0.1", port=port, user="postgres", dbname="postgres")
        admin.autocommit = True
        with admin.cursor() as cur:
            cur.execute("CREATE DATABASE veille_test")
        admin.close()
        dsn = f"host=127.0.0.1 port={port} dbname=veille_test user=postgres"
        conn = psycopg2.connect(dsn)
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute("CREATE EXTENSION postgis")
        conn.close()
        yield dsn
    finally:
        if started:
            subprocess.run([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"], cwd=base, env=env, capture_output=True, timeout=60, **run_as)
        shutil.rmtree(base, ignore_errors=True)
