"""Every Processing algorithm of the plugin through QGIS's own ``qgis_process``, as a scheduled task runs it.

The packaged ZIP is installed into a throwaway profile (a fresh HOME), the plugin is enabled there with
``qgis_process plugins enable``, and each algorithm runs in its own ``qgis_process`` process. Each run must write
its result and exit with code 0: a crash at exit (a second PROJ in the process gave ``double free or
corruption``, exit 139) would report a weekly task as failed.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
pytestmark = pytest.mark.e2e

QGIS_PROCESS = shutil.which("qgis_process.bin") or shutil.which("qgis_process")  # .bin: no wrapper options (Debian 12)


@pytest.fixture(scope="module")
def qgis_process_env(tmp_path_factory):
    """A fresh HOME whose default QGIS profile holds the plugin installed from the ZIP, and enabled."""
    if QGIS_PROCESS is None:
        pytest.fail("qgis_process absent : lancez make test (paquet Debian qgis)", pytrace=False)
    subprocess.run([sys.executable, "scripts/package.py"], cwd=ROOT, check=True, capture_output=True)
    home = tmp_path_factory.mktemp("home")
    plugins = home / ".local" / "share" / "QGIS" / "QGIS3" / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(ROOT / "dist" / "veille_plugin.zip") as zf:
        zf.extractall(plugins)
    env = {
        k: v
        for k, v in os.environ.items()  # pytest-qgis points QGIS_CUSTOM_CONFIG_PATH at its own settings
        if k not in ("DISPLAY", "PYTHONPATH", "QGIS_PLUGINPATH", "QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH")
    }
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", VEILLE_CONFIG_DIR=str(home / "config"), LC_ALL="C.UTF-8")
    if (ROOT / ".venv" / "plugin-site").is_dir():  # shapely ≥ 2 built against Debian's GEOS (Debian 12)
        env["PYTHONPATH"] = str(ROOT / ".venv" / "plugin-site")
    res = subprocess.run(
        [QGIS_PROCESS, "plugins", "enable", "veille_plugin"], env=env, capture_output=True, text=True, timeout=180
    )
    assert res.returncode == 0, res.stdout + res.stderr
    listing = subprocess.run([QGIS_PROCESS, "list"], env=env, capture_output=True, text=True, timeout=180)
    assert "veille_patrimoniale:analyser_couche" in listing.stdout, listing.stdout[-3000:] + listing.stderr[-3000:]
    return env


def run_algorithm(env, algorithm: str, **params) -> dict:
    """Run one algorithm with --json; assert exit code 0; return its results."""
    args = [QGIS_PROCESS, "run", f"veille_patrimoniale:{algorithm}", "--json", "--"]
    args += [f"{k}={v}" for k, v in params.items()]
    res = subprocess.run(args, env=env, capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert res.returncode == 0, f"{algorithm} : code {res.returncode}\n{res.stdout[-3000:]}\n{res.stderr[-3000:]}"
    start = res.stdout.find("{")
    assert start >= 0, res.stdout[-3000:] + res.stderr[-3000:]
    return json.loads(res.stdout[start:])["results"]


def _count(gpkg: Path) -> int:
    with sqlite3.connect(gpkg) as con:
        table = con.execute("SELECT table_name FROM gpkg_contents WHERE data_type='features'").fetchone()[0]
        return con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]


def test_every_algorithm_of_the_provider_is_covered(qgis_process_env):
    listing = subprocess.run([QGIS_PROCESS, "list"], env=qgis_process_env, capture_output=True, text=True, timeout=180)
    ids = {line.split()[0] for line in listing.stdout.splitlines() if line.strip().startswith("veille_patrimoniale:")}
    assert ids == {
        f"veille_patrimoniale:{a}"
        for a in (
            "analyser_couche",
            "appliquer_regles",
            "balayage",
            "exporter_alertes",
            "comparer_plu",
            "veille_plu_en_ligne",
            "rapports_suivi",
        )
    }


def test_analyser_couche(qgis_process_env, tmp_path):
    out = tmp_path / "analyse.gpkg"
    results = run_algorithm(
        qgis_process_env, "analyser_couche", INPUT=DEMO / "parcelles_fictives.geojson", DISTANCE=500, OUTPUT=out
    )
    assert Path(results["OUTPUT"].split("|")[0]).exists()
    n_in = len(json.loads((DEMO / "parcelles_fictives.geojson").read_text(encoding="utf-8"))["features"])
    assert _count(out) == n_in
    with sqlite3.connect(out) as con:
        table = con.execute("SELECT table_name FROM gpkg_contents").fetchone()[0]
        zones = {z for (z,) in con.execute(f'SELECT DISTINCT bm_zone FROM "{table}"')}
    assert "bien" in zones and zones <= {"bien", "zone_tampon", "hors", "erreur"}


def test_appliquer_regles(qgis_process_env, tmp_path):
    out = tmp_path / "regles.gpkg"
    run_algorithm(
        qgis_process_env, "appliquer_regles", INPUT=DEMO / "parcelles_fictives.geojson", DEFAULT_TYPE=0, OUTPUT=out
    )
    assert _count(out) > 0
    with sqlite3.connect(out) as con:
        table = con.execute("SELECT table_name FROM gpkg_contents").fetchone()[0]
        rows = con.execute(f'SELECT bm_zone, bm_severite, bm_regles FROM "{table}"').fetchall()
    severities = {r[1] for r in rows}
    assert severities <= {"aucune", "information", "à vérifier", "majeur", "bloquant"}, severities
    assert any(zone == "bien" and "R01" in (rules or "") for zone, _, rules in rows), rows[:5]


def test_balayage_then_exporter_alertes(qgis_process_env, tmp_path):
    register = tmp_path / "registre.gpkg"
    results = run_algorithm(
        qgis_process_env,
        "balayage",
        SOURCES=DEMO / "permis_fictifs_semaine1.csv",
        PARCELS=DEMO / "parcelles_fictives.geojson",
        REGISTER=register,
        OUTPUT=tmp_path / "semaine1",
    )
    assert register.exists() and (tmp_path / "semaine1").is_dir()
    numbers = {k: v for k, v in results.items() if isinstance(v, (int, float))}
    assert numbers and max(numbers.values()) > 0, results
    html = tmp_path / "sites_en_peril.html"
    run_algorithm(qgis_process_env, "exporter_alertes", REGISTER=register, KIND=0, OUTPUT=html)
    text = html.read_text(encoding="utf-8")
    assert "<html" in text.lower() and "péril" in text


def test_comparer_plu(qgis_process_env, tmp_path):
    plu = DEMO / "plu"
    run_algorithm(
        qgis_process_env,
        "comparer_plu",
        BEFORE=plu / "62528_PLU_FICTIF_avant_v2017.gpkg",
        AFTER=plu / "62528_PLU_FICTIF_apres_v2024.gpkg",
        COMMUNE="62528",
        OUTPUT=tmp_path / "plu",
    )
    produced = {p.suffix for p in (tmp_path / "plu").rglob("*") if p.is_file()}
    assert ".html" in produced and ".csv" in produced, produced


def test_veille_plu_en_ligne(qgis_process_env, tmp_path):
    """The weekly scheduled PLU watch: twice against a local server answering like the API Carto GPU module, which
    publishes a new (FICTITIOUS) version of Loos-en-Gohelle's plan in between."""
    from gpu_server import GpuServer, cnig_collections, outline

    versions = [
        cnig_collections(DEMO / "plu" / name)
        for name in ("62528_PLU_FICTIF_avant_v2017.gpkg", "62528_PLU_FICTIF_apres_v2024.gpkg")
    ]
    shape = outline(versions[0])
    register = tmp_path / "registre.gpkg"
    with GpuServer() as server:
        server.add_commune("62528", "Loos-en-Gohelle", shape)
        results = []
        for version in versions:
            server.set_document("DU_62528", "PLU", "Loos-en-Gohelle (FICTIF)", version, shape)
            results.append(
                run_algorithm(
                    qgis_process_env,
                    "veille_plu_en_ligne",
                    COMMUNES="62528",
                    REGISTER=register,
                    API_URL=server.base_url,
                    OUTPUT=tmp_path / "sorties",
                )
            )
    assert results[0]["MODIFIEES"] == 0 and results[0]["ECHECS"] == 0
    assert results[1]["MODIFIEES"] == 1 and results[1]["EXECUTION"] == results[0]["EXECUTION"] + 1
    assert Path(results[1]["RAPPORTS"].split(";")[0]).exists()


def test_rapports_suivi(qgis_process_env, tmp_path):
    """The monthly committee report and two element files, as a scheduled task writes them."""
    from veille_plugin.core.register import open_register
    from veille_plugin.core.sweep.run import SourceSpec, run_sweep
    from veille_plugin.core.reference.data import load_reference
    from veille_plugin.core.rules.catalogue import load_catalogue

    register = tmp_path / "registre.gpkg"
    with open_register(str(register)) as reg:
        run_sweep(
            [SourceSpec(str(DEMO / "permis_fictifs_semaine1.csv"), name="demo")],
            reg,
            load_reference(),
            load_catalogue(),
            tmp_path / "s1",
            parcels=str(DEMO / "parcelles_fictives.geojson"),
            author="test",
        )
    comite = run_algorithm(qgis_process_env, "rapports_suivi", KIND=0, REGISTER=register, OUTPUT=tmp_path / "c")
    assert comite["DOSSIERS_NOUVEAUX"] > 40 and Path(comite["RAPPORTS"]).name == "comite_technique.html"
    fiches = run_algorithm(
        qgis_process_env, "rapports_suivi", KIND=2, REGISTER=register, ELEMENTS="63V,19D", OUTPUT=tmp_path / "e"
    )
    assert sorted(Path(p).name for p in fiches["RAPPORTS"].split(";")) == [
        "element_19D.html",
        "element_63V.html",
        "index.html",
    ]
