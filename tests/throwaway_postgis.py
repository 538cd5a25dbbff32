"""A throwaway PostgreSQL + PostGIS cluster (the release's own major version), shared by the ``postgis_dsn`` fixture
(tests/conftest.py)
and the sweep bench (scripts/bench_sweep.py).

initdb (trust auth) runs as the ``postgres`` OS user when the caller is root (PostgreSQL refuses root),
in a temporary directory that user owns; pg_ctl starts it on a free 127.0.0.1 port with its own socket
directory and fsync off. Every problem raises :class:`PostgisClusterError` with a French message (missing
packages: the command that installs them).

    with ThrowawayPostgis("veille_test") as dsn:
        ...
"""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path


def postgresql_major() -> str:
    """The newest PostgreSQL major version installed with PostGIS (Debian 12: 15, Debian 13: 17, sid: newer).

    Read from the installed files, never hard-coded: ``/usr/lib/postgresql/N/bin/initdb`` with
    ``/usr/share/postgresql/N/extension/postgis.control``. Without any, the newest server alone (or "15").
    """
    servers = sorted(
        (
            int(p.parent.parent.name)
            for p in Path("/usr/lib/postgresql").glob("*/bin/initdb")
            if p.parent.parent.name.isdigit()
        ),
        reverse=True,
    )
    for major in servers:
        if Path(f"/usr/share/postgresql/{major}/extension/postgis.control").exists():
            return str(major)
    return str(servers[0]) if servers else "15"


PG_MAJOR = postgresql_major()
PG_BIN = Path(f"/usr/lib/postgresql/{PG_MAJOR}/bin")
POSTGIS_CONTROL = Path(f"/usr/share/postgresql/{PG_MAJOR}/extension/postgis.control")
BASE_OPTIONS = ("listen_addresses=127.0.0.1", "fsync=off", "synchronous_commit=off", "full_page_writes=off")


class PostgisClusterError(RuntimeError):
    """The throwaway cluster cannot be set up (message in French)."""


def _free_port() -> int:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def missing_packages() -> list:
    """What is missing to start the cluster (paths or Debian package names); empty when all is there."""
    missing = [str(p) for p in (PG_BIN / "initdb", PG_BIN / "pg_ctl", POSTGIS_CONTROL) if not p.exists()]
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        missing.append("python3-psycopg2")
    return missing


class ThrowawayPostgis:
    """One PostgreSQL cluster with one database (PostGIS installed) in a temporary directory.

    ``options``: extra server settings (``"work_mem=64MB"``…) on top of :data:`BASE_OPTIONS`.
    :meth:`start` returns the DSN; :meth:`stop` stops the server and removes the directory (idempotent).
    """

    def __init__(self, dbname: str = "veille_test", options=(), prefix: str = "veille_pg_"):
        self.dbname = dbname
        self.options = tuple(options)
        self.prefix = prefix
        self.base = None
        self.port = None
        self.dsn = None
        self._started = False
        self._run_as = {}
        self._env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")

    @property
    def data(self) -> Path:
        return self.base / "data"

    @property
    def log(self) -> Path:
        return self.base / "postgres.log"

    def _run(self, *args):
        res = subprocess.run(
            [str(a) for a in args],
            cwd=self.base,
            env=self._env,
            capture_output=True,
            text=True,
            timeout=120,
            **self._run_as,
        )
        if res.returncode != 0:
            tail = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise PostgisClusterError(f"{args[0]} a échoué ({res.returncode}) : {res.stderr.strip()}\n{tail}")
        return res

    def start(self) -> str:
        missing = missing_packages()
        if missing:
            raise PostgisClusterError(
                f"PostgreSQL {PG_MAJOR} / PostGIS absents (" + ", ".join(missing) + ") : lancez `make test` "
                "(scripts/bootstrap.sh installe le serveur PostgreSQL de la version de Debian, PostGIS 3 et "
                "python3-psycopg2)."
            )
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root
            import pwd

            try:
                pw = pwd.getpwnam("postgres")
            except KeyError:
                raise PostgisClusterError(
                    f"Utilisateur système « postgres » absent : réinstallez le paquet postgresql-{PG_MAJOR}."
                ) from None
            self._run_as = {"user": pw.pw_uid, "group": pw.pw_gid, "extra_groups": []}
        self.base = Path(tempfile.mkdtemp(prefix=self.prefix))
        try:
            if self._run_as:
                os.chown(self.base, self._run_as["user"], self._run_as["group"])
            sock = self.base / "sock"
            self._run(
                PG_BIN / "initdb",
                "-D",
                self.data,
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--no-sync",
                "--no-instructions",
            )
            self._run("mkdir", "-p", sock)
            self.port = _free_port()
            opts = f"-p {self.port} -k {sock} " + " ".join(f"-c {o}" for o in BASE_OPTIONS + self.options)
            self._started = True  # from here on, always try to stop it (a failed start may leave a postmaster behind)
            self._run(PG_BIN / "pg_ctl", "-D", self.data, "-l", self.log, "-w", "-t", "60", "-o", opts, "start")
            import psycopg2

            admin = psycopg2.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres")
            admin.autocommit = True
            with admin.cursor() as cur:
                cur.execute(f"CREATE DATABASE {self.dbname}")
            admin.close()
            dsn = f"host=127.0.0.1 port={self.port} dbname={self.dbname} user=postgres"
            conn = psycopg2.connect(dsn)
            conn.autocommit = True
            with conn.cursor() as cur:
                cur.execute("CREATE EXTENSION postgis")
            conn.close()
        except BaseException:
            self.stop()
            raise
        self.dsn = dsn
        return dsn

    def stop(self) -> None:
        if self.base is None:
            return
        if self._started:
            subprocess.run(
                [str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"],
                cwd=self.base,
                env=self._env,
                capture_output=True,
                timeout=60,
                **self._run_as,
            )
            self._started = False
        shutil.rmtree(self.base, ignore_errors=True)
        self.base = None
        self.dsn = None

    def __enter__(self) -> str:
        return self.start()

    def __exit__(self, *exc):
        self.stop()
        return False
