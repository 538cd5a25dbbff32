"""Issue 27 for the PLU watch: a GPU answer is checked before it is stored (empty, outside the commune, most zones
lost: «réponse suspecte», nothing stored, the previous snapshot stays the reference, unless a real large change is
accepted and recorded), and a run is atomic like the sweep (a comparison that never finished is done by the next
run; a run left «en cours» is closed as «interrompu»). Against the local GPU server of tests/gpu_server.py."""

import copy
import uuid
from functools import partial

import numpy as np
import pytest
import shapely
import shapely.geometry
from cli_helpers import run
from gpu_server import GpuServer, cnig_collections, outline
from test_plu_watch import REAL

from veille_plugin.core.feeds.http import http_get
from veille_plugin.core.plu import watch as watch_module
from veille_plugin.core.plu.watch import run_watch
from veille_plugin.core.register import open_register
from veille_plugin.core.vocabulary import (
    CHANGE_MODIFIED,
    CHANGE_UNCHANGED,
    PLU_FAILED,
    PLU_FIRST,
    SWEEP_DONE,
    SWEEP_FAILED,
    SWEEP_INTERRUPTED,
    SWEEP_RUNNING,
)

FAST = partial(http_get, timeout=2, retries=3, backoff=0.01)


@pytest.fixture(scope="module")
def saint_saens():
    collections = cnig_collections(REAL)
    return collections, outline(collections)


@pytest.fixture
def server(saint_saens):
    collections, shape = saint_saens
    with GpuServer() as s:
        s.add_commune("76648", "Saint-Saëns", shape)
        s.set_document("DU_76648", "PLU", "Saint-Saëns", collections, shape)
        yield s


@pytest.fixture(params=["gpkg", "postgis"])
def register(request, tmp_path):
    if request.param == "gpkg":
        reg = open_register(str(tmp_path / "registre.gpkg"))
    else:
        reg = open_register(request.getfixturevalue("postgis_dsn"), schema="w_" + uuid.uuid4().hex[:10])
    with reg:
        yield reg


def watch(register, ref, server, tmp_path, **kw):
    return run_watch(["76648"], register, ref, tmp_path / "out", base_url=server.base_url, get=FAST, author="t", **kw)


def _suspect(register, result, kept: int) -> str:
    c = result.communes[0]
    assert c.status == PLU_FAILED and c.message.startswith("Réponse suspecte du Géoportail de l'Urbanisme")
    assert "Saint-Saëns (76648)" in c.message and "Rien n'est gardé" in c.message
    assert f"dernier instantané gardé, n° {kept} du" in c.message  # the previous snapshot stays the reference
    assert [s["id"] for s in register.plu_snapshots()] == list(range(1, kept + 1))
    return c.message


def test_empty_answer_is_refused(register, ref, server, tmp_path):
    watch(register, ref, server, tmp_path)
    server.documents["DU_76648"]["zone-urba"] = []  # HTTP 200, «features: []»
    message = _suspect(register, watch(register, ref, server, tmp_path), kept=1)
    assert "aucune zone (réponse vide)" in message
    assert register.plu_watch_runs()[-1]["counts"] == {PLU_FAILED: 1}


def test_empty_answer_refused_even_for_a_first_snapshot(register, ref, server, tmp_path):
    server.documents["DU_76648"]["zone-urba"] = []
    c = watch(register, ref, server, tmp_path).communes[0]
    assert c.status == PLU_FAILED and "réponse vide" in c.message and register.plu_snapshots() == []


def test_lambert93_served_as_wgs84_is_refused(register, ref, server, tmp_path):
    from veille_plugin.core.crs import parse_crs, to_l93

    watch(register, ref, server, tmp_path)
    doc = server.documents["DU_76648"]
    zones = copy.deepcopy(doc["zone-urba"])
    shapes = np.array([shapely.geometry.shape(f["geometry"]) for f in zones], dtype=object)
    for f, g in zip(zones, to_l93(shapes, parse_crs("EPSG:4326"))):
        f["geometry"] = shapely.geometry.mapping(g)
    doc["zone-urba"] = zones
    message = _suspect(register, watch(register, ref, server, tmp_path), kept=1)
    assert "71 zone(s) sur 71 hors du territoire" in message and "Lambert-93" in message
    # not even an accepted change stores it
    _suspect(register, watch(register, ref, server, tmp_path, accept_change=True), kept=1)


def test_lost_zones_refused_then_accepted_and_recorded(register, ref, server, tmp_path):
    watch(register, ref, server, tmp_path)
    doc = server.documents["DU_76648"]
    doc["zone-urba"] = doc["zone-urba"][:20]  # 20 zones left of 71
    message = _suspect(register, watch(register, ref, server, tmp_path), kept=1)
    assert "20 zone(s) au lieu de 71" in message and "--accepter-changement" in message

    accepted = watch(register, ref, server, tmp_path, accept_change=True)
    c = accepted.communes[0]
    assert c.status == CHANGE_MODIFIED and c.previous == 1 and c.snapshot == 2
    history = register.plu_history("DU_76648")
    rows = [h for h in history if h["field"] == "changement PLU accepté"]
    assert len(rows) == 1 and "accepté par t" in rows[0]["new"] and "20 zone(s) au lieu de 71" in rows[0]["new"]
    assert register.plu_watch_runs()[-1]["counts"] == {CHANGE_MODIFIED: 1, "changement_accepte": ["DU_76648"]}
    # the next run compares with the accepted version: 20 zones kept, nothing suspect
    assert watch(register, ref, server, tmp_path).communes[0].status == CHANGE_UNCHANGED


def test_interrupted_comparison_is_done_by_the_next_run(register, ref, server, tmp_path, monkeypatch):
    watch(register, ref, server, tmp_path)
    doc = server.documents["DU_76648"]
    changed = copy.deepcopy(doc["zone-urba"])
    n_zone = next(f for f in changed if f["properties"]["typezone"] == "N")
    n_zone["properties"].update(typezone="U", libelle="Uz")
    doc["zone-urba"] = changed

    def dies(*_a, **_k):
        raise RuntimeError("comparaison tuée (simulée)")

    monkeypatch.setattr(watch_module, "compare_snapshots", dies)
    with pytest.raises(RuntimeError):
        watch(register, ref, server, tmp_path)
    monkeypatch.undo()
    assert len(register.plu_snapshots()) == 2 and register.plu_watch_runs()[-1]["status"] == SWEEP_FAILED

    c = watch(register, ref, server, tmp_path).communes[0]  # the same content: no new snapshot, the change told
    assert c.status == CHANGE_MODIFIED and "inchangé" not in c.message
    assert c.previous == 1 and c.snapshot == 2 and c.diff.summary("76648")["nombre_changements"] >= 1
    assert len(register.plu_snapshots()) == 2
    again = watch(register, ref, server, tmp_path).communes[0]  # told once
    assert again.status == CHANGE_UNCHANGED and "inchangé depuis l'instantané n° 2" in again.message


def test_new_version_after_an_unreported_one_compares_from_the_last_seen(register, ref, server, tmp_path, monkeypatch):
    watch(register, ref, server, tmp_path)
    doc = server.documents["DU_76648"]
    doc["zone-urba"] = copy.deepcopy(doc["zone-urba"])
    doc["zone-urba"][0]["properties"].update(libelle="X1")
    monkeypatch.setattr(watch_module, "compare_snapshots", lambda *a, **k: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        watch(register, ref, server, tmp_path)
    monkeypatch.undo()
    doc["zone-urba"] = copy.deepcopy(doc["zone-urba"])
    doc["zone-urba"][1]["properties"].update(libelle="X2")
    c = watch(register, ref, server, tmp_path).communes[0]
    assert c.status == CHANGE_MODIFIED and c.previous == 1 and c.snapshot == 3


def test_stale_running_row_closed_as_interrupted(register, ref, server, tmp_path):
    killed = register.start_plu_watch(server.base_url, ["76648"], "t")  # a run killed: never finished
    assert register.plu_watch_runs()[-1]["status"] == SWEEP_RUNNING
    result = watch(register, ref, server, tmp_path)
    assert result.communes[0].status == PLU_FIRST
    runs = {r["id"]: r for r in register.plu_watch_runs()}
    assert runs[killed]["status"] == SWEEP_INTERRUPTED and runs[killed]["finished_at"]
    assert runs[killed]["counts"] == {"repris_par_execution": result.run_id}
    assert runs[result.run_id]["status"] == SWEEP_DONE


def test_cli_suspect_answer_exit_code_and_acceptance(cfg, tmp_path, saint_saens):
    collections, shape = saint_saens
    reg = tmp_path / "registre.gpkg"
    with GpuServer() as s:
        s.add_commune("76648", "Saint-Saëns", shape)
        s.set_document("DU_76648", "PLU", "Saint-Saëns", collections, shape)
        args = [
            "plu-watch",
            "--commune",
            "76648",
            "--register",
            reg,
            "--out",
            tmp_path / "out",
            "--api-url",
            s.base_url,
        ]
        assert run(cfg, *args).returncode == 0
        s.documents["DU_76648"]["zone-urba"] = s.documents["DU_76648"]["zone-urba"][:10]
        refused = run(cfg, *args)
        assert refused.returncode != 0 and "Réponse suspecte" in refused.stdout
        assert "--accepter-changement" in refused.stdout
        accepted = run(cfg, *args, "--accepter-changement")
        assert accepted.returncode == 0, accepted.stdout + accepted.stderr
        assert "nouvelle version" in accepted.stdout


def test_a_commune_not_read_when_its_plui_was_stored_is_told_later(register, ref, tmp_path):
    """A PLUi stored for Liévin in a run where Loos-en-Gohelle could not be read: the next run tells Loos the
    change (the run ended «terminé», but Loos never saw the comparison)."""
    col = cnig_collections(REAL.parents[3] / "resources" / "demo" / "plu" / "62528_PLU_FICTIF_avant_v2017.gpkg")
    shape = outline(col)
    for k, f in enumerate(col["zone-urba"]):  # the PLUi's zones shared between its two communes
        f["properties"] = {key: v for key, v in f["properties"].items() if key.lower() != "insee"}
        f["properties"]["insee"] = "62528" if k % 2 == 0 else "62510"
    with GpuServer() as s:
        s.add_commune("62528", "Loos-en-Gohelle", shape)
        s.add_commune("62510", "Liévin", shape)
        s.set_document("DU_246200364", "PLUi", "PLUi FICTIF", col, shape)
        codes = ["62528", "62510"]
        run_watch(codes, register, ref, tmp_path / "o", base_url=s.base_url, get=FAST, author="t")
        zones = copy.deepcopy(s.documents["DU_246200364"]["zone-urba"])
        zones[0]["properties"].update(libelle="Uz")
        s.documents["DU_246200364"]["zone-urba"] = zones
        loos = s.communes.pop("62528")  # Loos unknown for one run
        first = run_watch(codes, register, ref, tmp_path / "o", base_url=s.base_url, get=FAST, author="t")
        assert [c.status for c in first.communes] == [PLU_FAILED, CHANGE_MODIFIED]
        s.communes["62528"] = loos
        second = run_watch(codes, register, ref, tmp_path / "o", base_url=s.base_url, get=FAST, author="t")
    assert [c.status for c in second.communes] == [CHANGE_MODIFIED, CHANGE_UNCHANGED]
    assert second.communes[0].previous == 1 and second.communes[0].snapshot == 2


def test_one_plu_watch_at_a_time_per_register(register, ref, server, tmp_path, request):
    """A second watch on the same register while one runs is refused before it starts: it never closes the first
    one as «interrompu» nor stores anything; a sweep may run meanwhile (its lock is another one)."""
    from veille_plugin.core.register.base import RegisterBusyError

    with register.plu_watch_lock():
        with pytest.raises(RegisterBusyError, match="Une autre veille des PLU est en cours"):
            second = (
                open_register(str(register.path))
                if hasattr(register, "path")
                else open_register(request.getfixturevalue("postgis_dsn"), schema=register.schema)
            )
            with second:
                watch(second, ref, server, tmp_path)
        with register.sweep_lock():  # the sweep's own lock is free
            pass
    assert register.plu_watch_runs() == [] and register.plu_snapshots() == []
    assert watch(register, ref, server, tmp_path).communes[0].status == PLU_FIRST  # free again once released


def test_run_deadline_stops_the_watch_and_says_so(register, ref, server, tmp_path):
    """Past the run's deadline no new request is sent: the communes not handled say so, nothing partial is stored,
    the run ends «interrompu», and the next run does the work."""
    server.delay = 0.3
    result = watch(register, ref, server, tmp_path, run_deadline=0.5)
    assert result.status == SWEEP_INTERRUPTED
    c = result.communes[0]
    assert c.status == PLU_FAILED and "délai maximal de la veille dépassé (0.5 s)" in c.message
    assert register.plu_snapshots() == []
    assert register.plu_watch_runs()[-1]["status"] == SWEEP_INTERRUPTED
    server.delay = 0.0
    assert watch(register, ref, server, tmp_path).communes[0].status == PLU_FIRST
