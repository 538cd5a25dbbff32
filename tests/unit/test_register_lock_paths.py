"""One lock per register whatever the path (issue 27, point 5): a sweep through a symbolic link and one through the
real path, or through two different relative paths, must not run together. The lock is held by another process
(POSIX record locks are per process), through the real GeoPackage."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from veille_plugin.core.register import open_register
from veille_plugin.core.register.base import RegisterBusyError

ROOT = Path(__file__).resolve().parents[2]

HOLDER = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, {root!r})
    from veille_plugin.core.register import open_register
    with open_register({path!r}) as reg:
        with reg.sweep_lock():
            print("held", flush=True)
            sys.stdin.readline()
    """
)


@pytest.fixture
def register(tmp_path):
    real = tmp_path / "partage" / "registre.gpkg"
    real.parent.mkdir()
    with open_register(str(real)):
        pass
    return real


def hold(path: Path):
    """A process holding the sweep lock of the register at ``path`` until its standard input is closed."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER.format(root=str(ROOT), path=str(path))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "held"
    return proc


def release(proc):
    proc.stdin.close()
    proc.wait(timeout=30)


@pytest.mark.parametrize("through", ["link", "real"])
def test_a_sweep_through_a_link_and_one_through_the_real_path_never_run_together(register, tmp_path, through):
    link = tmp_path / "raccourci.gpkg"
    link.symlink_to(register)
    holder = hold(register if through == "link" else link)
    try:
        with open_register(str(link if through == "link" else register)) as reg:
            with pytest.raises(RegisterBusyError, match="Un autre balayage est en cours"):
                with reg.sweep_lock():
                    pass
    finally:
        release(holder)
    with open_register(str(link)) as reg:  # released: the next sweep runs
        with reg.sweep_lock():
            pass
    assert not (tmp_path / "raccourci.gpkg.lock").exists()  # the lock file lies beside the real register only


def test_two_relative_paths_name_one_lock(register, tmp_path, monkeypatch):
    (register.parent / "sous").mkdir()
    monkeypatch.chdir(register.parent / "sous")
    holder = hold(Path("..") / "registre.gpkg")
    try:
        monkeypatch.chdir(tmp_path)
        with open_register(os.path.join("partage", ".", "registre.gpkg")) as reg:
            with pytest.raises(RegisterBusyError):
                with reg.sweep_lock():
                    pass
    finally:
        release(holder)


def test_two_connections_of_one_process_never_sweep_together(register, tmp_path):
    """QGIS runs its tasks as threads of one process, where POSIX record locks do not exclude each other: a second
    connection to the same register (here through a link) still waits for the first one's sweep."""
    link = tmp_path / "raccourci.gpkg"
    link.symlink_to(register)
    with open_register(str(register)) as first, open_register(str(link)) as second:
        with first.sweep_lock():
            with pytest.raises(RegisterBusyError, match="Un autre balayage est en cours"):
                with second.sweep_lock():
                    pass
            with second.plu_watch_lock():  # a PLU watch is another lock
                pass
        with second.sweep_lock():  # released
            pass
