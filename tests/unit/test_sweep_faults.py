"""The weekly sweep survives faults (issue 12, point 1): a refused output path writes nothing, and a sweep killed
with SIGKILL at any moment is followed by a run that reports exactly what a clean run reports, on GeoPackage and on
PostGIS. The sweeps run as a user runs them: ``python -m veille_plugin sweep`` in a subprocess, on the FICTITIOUS
demo permits."""

import csv
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from veille_plugin.core.errors import InputError
from veille_plugin.core.register import open_register
from veille_plugin.core.rules.catalogue import load_catalogue
from veille_plugin.core.sweep.run import SourceSpec, run_sweep

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
WEEK1, WEEK2 = DEMO / "permis_fictifs_semaine1.csv", DEMO / "permis_fictifs_semaine2.csv"
PARCELS = DEMO / "parcelles_fictives.geojson"


class Target:
    """A register: a GeoPackage file, or a schema of the suite's PostGIS cluster."""

    def __init__(self, spec: str, schema: str = "veille"):
        self.spec, self.schema = spec, schema

    def open(self):
        return open_register(self.spec, schema=self.schema)

    def args(self) -> list:
        return ["--register", self.spec, "--schema", self.schema]


@pytest.fixture(params=["gpkg", "postgis"])
def make_target(request, tmp_path):
    """A factory of fresh registers of the parametrised back end."""
    counter = iter(range(1000))

    def make() -> Target:
        k = next(counter)
        if request.param == "gpkg":
            return Target(str(tmp_path / f"registre_{k}.gpkg"))
        dsn = request.getfixturevalue("postgis_dsn")
        return Target(dsn, f"faults_{tmp_path.name.replace('-', '_').lower()}"[:50] + f"_{k}")

    return make


def _env(cfg: Path) -> dict:
    env = dict(os.environ, VEILLE_CONFIG_DIR=str(cfg), PYTHONIOENCODING="utf-8", QT_QPA_PLATFORM="offscreen")
    env.pop("VEILLE_REFERENCE", None)
    return env


def _sweep_cmd(target: Target, source: Path, out: Path) -> list:
    return [
        sys.executable,
        "-m",
        "veille_plugin",
        "sweep",
        "--source",
        str(source),
        "--source-name",
        "demo",
        "--parcels",
        str(PARCELS),
        "--auteur",
        "test",
        "--out",
        str(out),
        *target.args(),
    ]


def sweep_cli(target: Target, source: Path, out: Path, cfg: Path) -> subprocess.CompletedProcess:
    """One sweep through the command line, to its end."""
    return subprocess.run(
        _sweep_cmd(target, source, out), cwd=ROOT, env=_env(cfg), capture_output=True, text=True, timeout=300
    )


def sweep_killed(target: Target, source: Path, out: Path, cfg: Path, at: str, delay: float) -> str:
    """A sweep through the command line, killed with SIGKILL ``delay`` s after its progress line ``at`` appears
    on stderr (or when it ends first). Returns the progress lines it printed."""
    proc = subprocess.Popen(
        _sweep_cmd(target, source, out),
        cwd=ROOT,
        env=_env(cfg),
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    seen = []
    try:
        for line in proc.stderr:
            seen.append(line)
            if at in line:
                time.sleep(delay)
                break
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(60)
        proc.stderr.close()
    return "".join(seen)


def changes_of(out: Path) -> dict:
    """numero → changement, from the sweep's cases.csv."""
    with open(out / "cases.csv", encoding="utf-8-sig") as fh:
        return {r["numero"]: r["changement"] for r in csv.DictReader(fh, delimiter=";")}


def test_an_output_path_that_is_a_file_is_refused_before_any_write(make_target, tmp_path, ref):
    """Issue 12, point 1: ``--out`` naming an existing file stopped the sweep after the register was written, and the
    re-run then reported every new case as «inchangé»."""
    target = make_target()
    blocker = tmp_path / "x"
    blocker.write_text("", encoding="utf-8")
    with target.open() as reg:
        with pytest.raises(InputError, match="c'est un fichier, pas un dossier"):
            run_sweep([SourceSpec(str(WEEK1), name="demo")], reg, ref, load_catalogue(), blocker, parcels=str(PARCELS))
        assert reg.sweeps() == [] and reg.count_cases() == 0  # nothing written
    proc = sweep_cli(target, WEEK1, blocker, tmp_path / "cfg")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr
    assert "est un fichier, pas un dossier" in proc.stderr
    proc = sweep_cli(target, WEEK1, tmp_path / "out", tmp_path / "cfg")
    assert proc.returncode in (0, 1), proc.stderr
    changes = changes_of(tmp_path / "out")
    assert set(changes.values()) == {"nouveau"} and len(changes) >= 40


def test_sweep_killed_at_any_moment_then_rerun_reports_what_a_clean_run_reports(make_target, tmp_path):
    """Issue 12, point 1: SIGKILL at each stage of a week-2 sweep (and at random moments), then the re-run: its
    nouveau / modifié / inchangé / disparu per case are those of a clean week-2 sweep, and the killed sweep is
    closed as «interrompu» when it got as far as its commit."""
    cfg = tmp_path / "cfg"
    clean = make_target()
    assert sweep_cli(clean, WEEK1, tmp_path / "clean1", cfg).returncode in (0, 1)
    assert sweep_cli(clean, WEEK2, tmp_path / "clean2", cfg).returncode in (0, 1)
    expected = changes_of(tmp_path / "clean2")
    assert {"nouveau", "modifié", "inchangé", "disparu"} <= set(expected.values())

    rng = random.Random(12)
    # the progress lines of the CLI: import, geolocation, rules, register transaction, outputs
    moments = [("[  5 %]", 0.0), ("[ 45 %]", 0.0), ("[ 75 %]", 0.0), ("[ 75 %]", rng.uniform(0.0, 0.4))]
    moments += [("[ 85 %]", 0.0), ("[ 85 %]", rng.uniform(0.0, 0.05)), ("[ 85 %]", rng.uniform(0.0, 0.3))]
    interrupted_after_commit = 0
    for k, (at, delay) in enumerate(moments):
        target = make_target()
        assert sweep_cli(target, WEEK1, tmp_path / f"w1_{k}", cfg).returncode in (0, 1)
        printed = sweep_killed(target, WEEK2, tmp_path / f"killed_{k}", cfg, at, delay)
        assert at in printed, printed
        with target.open() as reg:
            killed_status = [s["status"] for s in reg.sweeps()][1:]
        if killed_status == ["terminé"]:  # the kill came after its end: its own outputs carry the news
            assert changes_of(tmp_path / f"killed_{k}") == expected
            continue
        rerun = sweep_cli(target, WEEK2, tmp_path / f"rerun_{k}", cfg)
        assert rerun.returncode in (0, 1), rerun.stderr
        assert changes_of(tmp_path / f"rerun_{k}") == expected, (at, delay, killed_status)
        with target.open() as reg:
            statuses = [s["status"] for s in reg.sweeps()]
        assert statuses[0] == statuses[-1] == "terminé"
        if killed_status == ["en cours"]:  # killed after its commit: closed, its news reported by the re-run
            interrupted_after_commit += 1
            assert statuses[1] == "interrompu"
            assert "reprises dans ce balayage" in (tmp_path / f"rerun_{k}" / "messages.txt").read_text("utf-8")
        else:
            assert killed_status == [], killed_status  # killed before its commit: nothing written
    assert interrupted_after_commit >= 1  # the dangerous window was hit at least once


def test_two_faults_in_a_row_then_a_good_run_reports_what_a_clean_run_reports(make_target, tmp_path):
    """Issue 12, point 1 (found by the audit after the fix): two week-2 runs in a row failed after their commit (the
    results folder could not be written), and the third run took over only the second: the first one's «modifié»
    and «disparu» came back as «inchangé». The hand-over now follows every interrupted sweep in the chain."""
    cfg = tmp_path / "cfg"
    clean = make_target()
    assert sweep_cli(clean, WEEK1, tmp_path / "clean1", cfg).returncode in (0, 1)
    assert sweep_cli(clean, WEEK2, tmp_path / "clean2", cfg).returncode in (0, 1)
    expected = changes_of(tmp_path / "clean2")
    assert {"modifié", "disparu"} <= set(expected.values())

    target = make_target()
    assert sweep_cli(target, WEEK1, tmp_path / "w1", cfg).returncode in (0, 1)
    bad = tmp_path / "bad"
    (bad / "cases.csv").mkdir(parents=True)  # the results cannot be written, after the register's commit
    for _ in range(2):
        failed = sweep_cli(target, WEEK2, bad, cfg)
        assert failed.returncode == 2 and "Traceback" not in failed.stderr, failed.stderr
    good = sweep_cli(target, WEEK2, tmp_path / "good", cfg)
    assert good.returncode in (0, 1), good.stderr
    assert changes_of(tmp_path / "good") == expected
    with target.open() as reg:
        sweeps = reg.sweeps()
        assert [s["status"] for s in sweeps] == ["terminé", "interrompu", "interrompu", "terminé"]
        # the chooser of the Veille dock shows the same flags for the good run
        changes = reg.sweep_changes(sweeps[-1]["id"])
    assert len(changes["gone"]) == sum(v == "disparu" for v in expected.values())
    assert len(changes["modified"]) >= sum(v == "modifié" for v in expected.values())


def test_a_killed_run_leaves_no_staging_folder_behind_the_next_one(tmp_path, ref):
    """Audit after issue 12 (G8): a run killed while writing its results left a hidden «.balayage-…» folder in the
    results folder. The next run removes the folders of dead runs, and leaves a running one's alone."""
    out = tmp_path / "out"
    dead = out / ".balayage-999999999-x1y2"  # no such process
    alive = out / f".balayage-{os.getpid()}-a1b2"  # this process: still running
    for folder in (dead, alive):
        folder.mkdir(parents=True)
        (folder / "cases.csv").write_text("partiel", encoding="utf-8")
    with open_register(str(tmp_path / "r.gpkg")) as reg:
        run_sweep([SourceSpec(str(WEEK1), name="demo")], reg, ref, load_catalogue(), out, parcels=str(PARCELS))
    assert not dead.exists() and alive.exists()
    assert sorted(p.name for p in out.glob(".balayage-*")) == [alive.name]  # the run's own staging is gone too
