"""The register and the sweep on real filesystems that refuse writes (issue 12, points 8 and «disk full»): a
read-only filesystem (a tmpfs remounted read-only) and a full one (a small tmpfs). Both are real kernel mounts, so
even root is refused, as any user would be. The registers hold the FICTITIOUS demo permits."""

import csv
import os
import sqlite3
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from cli_helpers import run

from veille_plugin.core.errors import VeilleError
from veille_plugin.core.register import open_register

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
WEEK1, WEEK2 = DEMO / "permis_fictifs_semaine1.csv", DEMO / "permis_fictifs_semaine2.csv"
PARCELS = DEMO / "parcelles_fictives.geojson"


def _mount(cmd: list) -> None:
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.fail(f"{' '.join(cmd)} : {proc.stderr.strip()} (les tests de systèmes de fichiers demandent root)")


@pytest.fixture
def tmpfs(tmp_path):
    """A fresh tmpfs of a given size (bytes), mounted under tmp_path; unmounted afterwards."""
    if os.geteuid() != 0:
        pytest.fail("les tests de systèmes de fichiers montent un tmpfs : lancez la suite en root (make test le fait)")
    mounts = []

    def make(size: int) -> Path:
        point = tmp_path / f"fs_{uuid.uuid4().hex[:6]}"
        point.mkdir()
        _mount(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)])
        mounts.append(point)
        return point

    yield make
    for point in reversed(mounts):
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


def fill(folder: Path) -> Path:
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


def sweep(cfg: Path, source: Path, register: Path, out: Path):
    return run(
        cfg,
        "sweep",
        "--source",
        source,
        "--parcels",
        PARCELS,
        "--register",
        register,
        "--out",
        out,
        "--source-name",
        "demo",
        "--auteur",
        "test",
    )


def changes(out: Path) -> dict:
    with open(out / "cases.csv", encoding="utf-8-sig") as fh:
        return {r["numero"]: r["changement"] for r in csv.DictReader(fh, delimiter=";")}


def test_a_register_on_a_read_only_filesystem_is_read_listed_and_exported(tmpfs, tmp_path):
    """Issue 12, point 8: «inaccessible (No such file or directory)» while the register exists and is readable."""
    fs = tmpfs(16 * 2**20)
    reg_path = fs / "registre.gpkg"
    cfg = tmp_path / "cfg"
    assert sweep(cfg, WEEK1, reg_path, tmp_path / "s1").returncode in (0, 1)
    assert (
        run(
            cfg,
            "alerts",
            "add",
            "--x",
            "685308.8",
            "--y",
            "7038206.5",
            "--titre",
            "Toiture effondrée",
            "--register",
            reg_path,
        ).returncode
        == 0
    )
    (fs / "registre.gpkg.lock").unlink()  # the register copied alone, as a colleague would hand it over
    _mount(["mount", "-o", "remount,ro", str(fs)])
    before = reg_path.read_bytes()

    with open_register(str(reg_path)) as reg:
        assert reg.read_only
        assert reg.count_cases() >= 40 and len(reg.sweeps()) == 1 and len(reg.alerts()) == 1
        with pytest.raises(VeilleError) as err:
            reg.add_alert({"titre": "Nouvelle", "elements": "63V"}, "moi")
        assert "lecture seule" in str(err.value) and str(reg_path) in str(err.value)
    listed = run(cfg, "alerts", "list", "--register", reg_path, "--json")
    assert listed.returncode == 0 and "Toiture effondrée" in listed.stdout, listed.stderr
    exported = run(cfg, "alerts", "export", "--out", tmp_path / "alertes.csv", "--register", reg_path)
    assert exported.returncode == 0 and "Toiture effondrée" in (tmp_path / "alertes.csv").read_text("utf-8-sig")
    refused = sweep(cfg, WEEK2, reg_path, tmp_path / "s2")
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "lecture seule" in refused.stderr and "rien n'y a été écrit" in refused.stderr
    assert not (tmp_path / "s2" / "cases.csv").exists()
    assert reg_path.read_bytes() == before and not (fs / "registre.gpkg.lock").exists()


def test_a_full_disk_loses_nothing_and_the_rerun_reports_what_a_clean_run_reports(tmpfs, tmp_path):
    """The register, then the outputs, on a filesystem with no room left: French messages, the register unchanged
    (then the sweep's news reported by the re-run once there is room)."""
    cfg = tmp_path / "cfg"
    clean = tmp_path / "propre.gpkg"
    assert sweep(cfg, WEEK1, clean, tmp_path / "p1").returncode in (0, 1)
    assert sweep(cfg, WEEK2, clean, tmp_path / "p2").returncode in (0, 1)
    expected = changes(tmp_path / "p2")

    # 1. the register itself on a full disk: the sweep's transaction cannot be written
    fs = tmpfs(4 * 2**20)
    reg_path = fs / "registre.gpkg"
    assert sweep(cfg, WEEK1, reg_path, tmp_path / "s1").returncode in (0, 1)
    filler = fill(fs)
    with open_register(str(reg_path)) as reg:
        cases_before = reg.get_cases()[["numero_norm", "statut_dossier", "disparu"]]
    full = sweep(cfg, WEEK2, reg_path, tmp_path / "s2")
    assert full.returncode == 2 and "Traceback" not in full.stderr, full.stderr
    assert "disque plein" in full.stderr and "rien n'est perdu" in full.stderr
    with open_register(str(reg_path)) as reg:
        assert [s["status"] for s in reg.sweeps()] == ["terminé"]
        assert reg.get_cases()[["numero_norm", "statut_dossier", "disparu"]].equals(cases_before)
    with sqlite3.connect(f"file:{reg_path}?mode=ro", uri=True) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    filler.unlink()

    # 2. the outputs on a full disk: the register is written, the outputs are not; the re-run reports the news
    out_fs = tmpfs(64 * 1024)
    fill(out_fs)
    no_room = sweep(cfg, WEEK2, reg_path, out_fs / "s2")
    assert no_room.returncode == 2 and "Traceback" not in no_room.stderr, no_room.stderr
    assert "Écriture des résultats du balayage" in no_room.stderr and "seront reprises" in no_room.stderr
    assert not [p for p in out_fs.rglob("*") if p.name.startswith(".balayage-")]  # no half-written files left
    rerun = sweep(cfg, WEEK2, reg_path, tmp_path / "s2bis")
    assert rerun.returncode in (0, 1), rerun.stderr
    assert changes(tmp_path / "s2bis") == expected
    with open_register(str(reg_path)) as reg:
        assert [s["status"] for s in reg.sweeps()] == ["terminé", "interrompu", "terminé"]
    shutil.rmtree(tmp_path / "s2bis", ignore_errors=True)
