"""Issue 27, point 6: every output is written under a temporary name and renamed, so a full disk leaves complete files
or none, says «disque plein» with the path, and never destroys a previous complete file.

The full disk is simulated portably: ``os.write`` (the helper's only way to write) or a library's writer raises
OSError(ENOSPC) once a budget of bytes is spent, after writing part of what it was given.
"""

import errno
import os
from pathlib import Path

import pandas as pd
import pytest

from veille_plugin.core import atomic_files
from veille_plugin.core.atomic_files import OutputSet, OutputWriteError, replacing, temporary_name, write_text
from veille_plugin.core.errors import VeilleError

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"


def fill_disk_after(monkeypatch, budget: int, code: int = errno.ENOSPC):
    """``os.write`` writes ``budget`` bytes in all, then fails with ``code`` (a partial write first, as a disk does)."""
    real = os.write
    left = [budget]

    def write(fd, data):
        if left[0] <= 0:
            raise OSError(code, os.strerror(code))
        n = real(fd, bytes(data[: left[0]]))
        left[0] -= n
        return n

    monkeypatch.setattr(atomic_files.os, "write", write)


def snapshot(folder: Path) -> dict:
    """Every file of the folder (hidden ones too) and its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_full_disk_keeps_the_previous_file_and_leaves_no_partial_one(tmp_path, monkeypatch):
    target = tmp_path / "rapport.html"
    write_text(target, "ancien rapport complet")
    fill_disk_after(monkeypatch, 10)
    with pytest.raises(OutputWriteError) as err:
        write_text(target, "nouveau rapport " * 1000)
    assert isinstance(err.value, VeilleError) and err.value.disk_full
    assert str(err.value).startswith(f"disque plein : {target}")
    assert snapshot(tmp_path) == {"rapport.html": b"ancien rapport complet"}


def test_a_full_disk_leaves_no_zero_byte_file(tmp_path, monkeypatch):
    fill_disk_after(monkeypatch, 0)
    with pytest.raises(OutputWriteError, match="disque plein"):
        write_text(tmp_path / "export.csv", "a;b\n1;2\n")
    assert list(tmp_path.iterdir()) == []


def test_a_quota_is_a_full_disk_and_other_faults_name_their_reason(tmp_path, monkeypatch):
    if hasattr(errno, "EDQUOT"):
        fill_disk_after(monkeypatch, 0, errno.EDQUOT)
        with pytest.raises(OutputWriteError, match="^disque plein"):
            write_text(tmp_path / "a.html", "x")
    fill_disk_after(monkeypatch, 0, errno.EIO)
    with pytest.raises(OutputWriteError) as err:
        write_text(tmp_path / "b.html", "x")
    assert str(err.value).startswith(f"écriture impossible : {tmp_path / 'b.html'} (erreur d'entrée-sortie du disque)")
    assert not err.value.disk_full
    assert list(tmp_path.iterdir()) == []


def test_files_of_one_set_are_all_replaced_or_none(tmp_path, monkeypatch):
    for name in ("a.html", "b.json"):
        write_text(tmp_path / name, f"ancien {name}")
    before = snapshot(tmp_path)
    fill_disk_after(monkeypatch, 5000)
    with pytest.raises(OutputWriteError) as err:
        with OutputSet() as outs:
            outs.write_text(tmp_path / "a.html", "A" * 4000)  # written whole
            outs.write_text(tmp_path / "b.json", "B" * 4000)  # the disk fills up here
    assert err.value.path == tmp_path / "b.json"
    assert snapshot(tmp_path) == before  # a.html not replaced alone: the set stays the previous one
    monkeypatch.undo()
    with OutputSet() as outs:
        outs.write_text(tmp_path / "a.html", "nouveau")
        outs.write_text(tmp_path / "b.json", "{}")
    assert snapshot(tmp_path) == {"a.html": b"nouveau", "b.json": b"{}"}


def test_a_library_writing_a_temporary_name_is_cleaned_up_on_a_full_disk(tmp_path, monkeypatch):
    from veille_plugin.core.reports.spreadsheet_csv import write_spreadsheet_csv

    target = tmp_path / "cas.csv"
    write_spreadsheet_csv(pd.DataFrame({"numero": ["1"]}), target)
    before = snapshot(tmp_path)

    def to_csv_on_a_full_disk(self, path, **kwargs):
        Path(path).write_text("numero;partiel", encoding="utf-8")  # half written, then the disk is full
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(pd.DataFrame, "to_csv", to_csv_on_a_full_disk)
    with pytest.raises(OutputWriteError, match=f"^disque plein : {target}"):
        write_spreadsheet_csv(pd.DataFrame({"numero": ["1", "2"]}), target)
    assert snapshot(tmp_path) == before


def test_words_of_gdal_and_sqlite_for_a_full_disk_are_understood(tmp_path):
    target = tmp_path / "changements.gpkg"
    with pytest.raises(OutputWriteError, match="^disque plein"):
        with replacing(target) as tmp:
            tmp.write_bytes(b"SQLite format 3")
            raise RuntimeError("sqlite3_exec(COMMIT) failed: database or disk is full")
    assert list(tmp_path.iterdir()) == []


def test_the_temporary_name_fits_the_file_system_and_keeps_the_extension(tmp_path):
    long = tmp_path / ("é" * 120 + ".gpkg")  # 245 bytes: the final name fits, a naive temporary name would not
    tmp = temporary_name(long)
    assert tmp.parent == long.parent and tmp.suffix == ".gpkg" and tmp.name.startswith(".")
    assert len(tmp.name.encode("utf-8")) <= 255
    write_text(long, "ok")
    assert long.read_text(encoding="utf-8") == "ok" and [p.name for p in tmp_path.iterdir()] == [long.name]


def test_an_unwritable_folder_is_a_french_error(tmp_path):
    blocker = tmp_path / "fichier"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(OutputWriteError, match="^écriture impossible : .*fichier"):
        write_text(blocker / "sous" / "rapport.html", "x")


# --------------------------------------------------------------------------- the commands of the attack


@pytest.fixture(scope="module")
def register_path(tmp_path_factory, ref):
    from veille_plugin.core.alerts.demo import load_demo_alerts
    from veille_plugin.core.register import open_register
    from veille_plugin.core.rules.catalogue import load_catalogue
    from veille_plugin.core.sweep.run import SourceSpec, run_sweep

    path = tmp_path_factory.mktemp("disque") / "registre.gpkg"
    with open_register(str(path)) as reg:
        run_sweep(
            [SourceSpec(str(DEMO / "permis_fictifs_semaine1.csv"), name="demo")],
            reg,
            ref,
            load_catalogue(),
            path.parent / "s1",
            parcels=str(DEMO / "parcelles_fictives.geojson"),
            author="test",
        )
        load_demo_alerts(reg, ref)
    return path


def cli(monkeypatch, capsys, tmp_path, *args):
    """The command line in this process (so that the simulated full disk applies to it): (exit code, stderr)."""
    from veille_plugin.cli.main import main

    cfg = tmp_path / "config"
    cfg.mkdir(exist_ok=True)
    monkeypatch.setenv("VEILLE_CONFIG_DIR", str(cfg))
    monkeypatch.delenv("VEILLE_REFERENCE", raising=False)
    capsys.readouterr()
    code = main([str(a) for a in args])
    return code, capsys.readouterr().err


def assert_disk_full(code, err, out: Path):
    assert code == 2, err  # the run did not do its job; not 3 («Erreur interne inattendue»)
    assert "Erreur : disque plein : " in err and str(out) in err, err
    assert "Erreur interne" not in err and "Traceback" not in err, err


def test_report_comite_on_a_full_disk(register_path, tmp_path, monkeypatch, capsys):
    out = tmp_path / "comite"
    code, err = cli(monkeypatch, capsys, tmp_path, "report", "comite", "--register", register_path, "--out", out)
    assert code == 0, err
    before = snapshot(out)
    assert sorted(before) == ["comite_technique.csv", "comite_technique.html", "comite_technique.json"]
    fill_disk_after(monkeypatch, len(before["comite_technique.html"]) + 10)  # the HTML passes, the JSON does not
    code, err = cli(monkeypatch, capsys, tmp_path, "report", "comite", "--register", register_path, "--out", out)
    assert_disk_full(code, err, out / "comite_technique.json")
    assert snapshot(out) == before  # the previous report whole: no temporary, partial or 0-byte file beside it


def test_report_element_tous_on_a_full_disk(register_path, tmp_path, monkeypatch, capsys):
    out = tmp_path / "fiches"
    code, err = cli(monkeypatch, capsys, tmp_path, "report", "element", "--element", "63V", "--register",
                    register_path, "--out", out)  # fmt: skip
    assert code == 0, err
    before = snapshot(out)
    assert sorted(before) == ["element_63V.html", "element_63V.json", "index.html"]
    fill_disk_after(monkeypatch, 200_000)  # some tens of the 353 files, then the disk is full
    code, err = cli(monkeypatch, capsys, tmp_path, "report", "element", "--tous", "--register", register_path,
                    "--out", out)  # fmt: skip
    assert_disk_full(code, err, out)
    assert snapshot(out) == before
    monkeypatch.undo()
    code, err = cli(monkeypatch, capsys, tmp_path, "report", "element", "--tous", "--register", register_path,
                    "--out", out)  # fmt: skip
    assert code == 0, err
    assert len(list(out.glob("element_*.html"))) == 353 and not list(out.glob(".*"))


@pytest.mark.parametrize("name", ["rapport.html", "sites.csv", "dossier.html"])
def test_alerts_export_on_a_full_disk(register_path, tmp_path, monkeypatch, capsys, name):
    kind = {"rapport.html": "rapport", "sites.csv": "liste", "dossier.html": "dossier"}[name]
    args = ["alerts", "export", "--register", register_path, "--type", kind, "--out", tmp_path / "exp" / name]
    args += ["--element", "63V"] if kind == "dossier" else []
    code, err = cli(monkeypatch, capsys, tmp_path, *args)
    assert code == 0, err
    before = snapshot(tmp_path / "exp")
    if name.endswith(".csv"):

        def to_csv_on_a_full_disk(self, path, **kwargs):
            Path(path).write_bytes(b"\xef\xbb\xbfpartiel")
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        monkeypatch.setattr(pd.DataFrame, "to_csv", to_csv_on_a_full_disk)
    else:
        fill_disk_after(monkeypatch, 100)
    code, err = cli(monkeypatch, capsys, tmp_path, *args)
    assert_disk_full(code, err, tmp_path / "exp" / name)
    assert snapshot(tmp_path / "exp") == before


# --------------------------------------------------------------------------- the attack replayed on a real full disk


@pytest.fixture
def small_tmpfs(tmp_path):
    """The issue's recipe: a 2 MiB tmpfs (a real kernel mount, so even root is refused when it is full); skipped where
    mounting one is not possible (the tests above simulate the full disk everywhere)."""
    import subprocess

    point = tmp_path / "disque"
    point.mkdir()
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("monter un tmpfs demande root")
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(point)], capture_output=True)
    if proc.returncode != 0:
        pytest.skip("tmpfs indisponible ici")
    yield point
    subprocess.run(["umount", "-l", str(point)], capture_output=True)


def fill_up(folder: Path) -> Path:
    """Fill every free byte of the filesystem of ``folder`` (unbuffered writes until ENOSPC)."""
    path = folder / "remplissage"
    with open(path, "wb", buffering=0) as fh:
        for size in (65536, 4096, 512, 1):
            try:
                while True:
                    fh.write(b"\0" * size)
            except OSError:
                continue
    return path


def test_the_three_commands_on_a_real_full_tmpfs(register_path, small_tmpfs, cfg):
    from cli_helpers import run

    reg = ["--register", register_path]
    comite, export = small_tmpfs / "comite", small_tmpfs / "alertes" / "rapport.html"
    assert run(cfg, "report", "comite", *reg, "--out", comite).returncode == 0
    assert run(cfg, "alerts", "export", *reg, "--type", "rapport", "--out", export).returncode == 0
    fill_up(small_tmpfs)
    before = snapshot(small_tmpfs)
    for args, named in (
        (["report", "comite", *reg, "--out", comite], comite),
        (["report", "element", "--tous", *reg, "--out", small_tmpfs / "fiches"], small_tmpfs / "fiches"),
        (["alerts", "export", *reg, "--type", "rapport", "--out", export], export),
    ):
        proc = run(cfg, *args)
        assert proc.returncode == 2, (args, proc.returncode, proc.stderr)
        assert "disque plein : " in proc.stderr and str(named) in proc.stderr, proc.stderr
        assert "Erreur interne" not in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
        assert snapshot(small_tmpfs) == before, args  # nothing partial, nothing temporary, nothing lost
