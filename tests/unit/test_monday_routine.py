"""Issue 28, points 1 and 3: every sweep kept in its own dated folder and listed; this week's sources replace last
week's unless both are kept, each dated when read; one avis, recorded once, which the triage status follows."""

import datetime as dt
import json
from pathlib import Path

from test_register import case, frame, target  # noqa: F401 (the two back ends and the case rows)

from veille_plugin.core.register import open_register
from veille_plugin.core.register.follow_up import avis_status_hint, status_after_avis
from veille_plugin.core.register.history_view import history_entries
from veille_plugin.core.rules.catalogue import load_catalogue
from veille_plugin.core.sweep.run import FOLDER_KEY, SourceSpec, run_sweep, sweep_folder_name, sweep_report_path
from veille_plugin.core.sweep.sources import (
    SourceEntry,
    add_sources,
    load_sources,
    mark_read,
    read_dates_from_sweeps,
    remove_sources,
    save_sources,
    with_register_dates,
)

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
WEEK1, WEEK2 = DEMO / "permis_fictifs_semaine1.csv", DEMO / "permis_fictifs_semaine2.csv"
PARCELS = DEMO / "parcelles_fictives.geojson"


def _sweep(register_path, source, out, ref):
    with open_register(str(register_path)) as reg:
        return run_sweep(
            [SourceSpec(str(source), name="demo")], reg, ref, load_catalogue(), out, parcels=str(PARCELS), author="t"
        )


def test_two_sweeps_in_a_row_leave_two_reports_both_listed(tmp_path, ref):
    out = tmp_path / "balayages"
    r1 = _sweep(tmp_path / "r.gpkg", WEEK1, out, ref)
    r2 = _sweep(tmp_path / "r.gpkg", WEEK2, out, ref)
    f1, f2 = r1.outputs["dossier"], r2.outputs["dossier"]
    assert f1 != f2 and f1.parent == f2.parent == out
    assert f1.name.endswith(f"_n{r1.sweep_id}") and f2.name.endswith(f"_n{r2.sweep_id}")
    assert f1.name[:10] == dt.date.today().isoformat()
    for folder in (f1, f2):
        assert {p.name for p in folder.iterdir()} >= {"rapport.html", "cases.csv", "cases.gpkg", "messages.txt"}
    first_report = (f1 / "rapport.html").read_text(encoding="utf-8")
    assert first_report != (f2 / "rapport.html").read_text(encoding="utf-8")  # the first one is not overwritten
    # the output folder itself holds the latest sweep's copy
    assert r2.outputs["dernier"] == out / "rapport.html"
    assert (out / "rapport.html").read_bytes() == (f2 / "rapport.html").read_bytes()
    assert r2.outputs["rapport"] == f2 / "rapport.html"
    # the register lists both, each with its folder
    with open_register(str(tmp_path / "r.gpkg")) as reg:
        sweeps = reg.sweeps()
    assert [sw["counts"][FOLDER_KEY] for sw in sweeps] == [str(f1), str(f2)]
    assert [sweep_report_path(sw) for sw in sweeps] == [f1 / "rapport.html", f2 / "rapport.html"]
    assert sweep_report_path({"counts": {"dossiers": 3}}) is None  # a sweep from before the dated folders
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []  # no staging left


def test_a_folder_of_the_same_name_is_never_overwritten(tmp_path, ref):
    """Two registers sweeping into one folder, both at their sweep n°1 within the minute: two folders."""
    out = tmp_path / "balayages"
    r1 = _sweep(tmp_path / "a.gpkg", WEEK1, out, ref)
    r2 = _sweep(tmp_path / "b.gpkg", WEEK2, out, ref)
    assert r1.sweep_id == r2.sweep_id == 1
    if r1.outputs["dossier"].name[:15] == r2.outputs["dossier"].name[:15]:  # same minute
        assert r2.outputs["dossier"].name == r1.outputs["dossier"].name + "-2"
    assert (r1.outputs["dossier"] / "rapport.html").exists() and (r2.outputs["dossier"] / "rapport.html").exists()


def test_folder_names_sort_by_date():
    assert sweep_folder_name(12, dt.datetime(2026, 12, 7, 14, 32)) == "2026-12-07_1432_n12"
    assert sweep_folder_name(3, dt.datetime(2026, 1, 5, 9, 5)) < sweep_folder_name(2, dt.datetime(2026, 12, 7, 9, 5))


def test_cli_sweep_says_where_its_dated_folder_is(tmp_path, cfg):
    from cli_helpers import run

    out = tmp_path / "balayages"
    done = run(cfg, "sweep", "--source", WEEK1, "--parcels", PARCELS, "--register", tmp_path / "r.gpkg", "--out", out)
    assert done.returncode in (0, 1), done.stderr
    folders = [p for p in out.iterdir() if p.is_dir() and not p.name.startswith(".")]
    assert len(folders) == 1 and (folders[0] / "rapport.html").exists()
    assert "Résultats de ce balayage, gardés" in done.stdout and str(folders[0]) in done.stdout


def test_this_week_s_source_replaces_last_week_s_unless_both_are_kept(tmp_path):
    store = tmp_path / "sources.json"
    entries = add_sources([], ["/data/semaine1.csv"])
    entries = mark_read(entries, ["/data/semaine1.csv"], "2026-11-30T08:00:00Z")
    assert entries == [SourceEntry("/data/semaine1.csv", "2026-11-30T08:00:00Z")]
    replaced = add_sources(entries, ["/data/semaine2.csv"])
    assert replaced == [SourceEntry("/data/semaine2.csv")]
    both = add_sources(entries, ["/data/semaine2.csv"], keep_previous=True)
    assert [e.path for e in both] == ["/data/semaine1.csv", "/data/semaine2.csv"]
    assert both[0].read_at == "2026-11-30T08:00:00Z"  # what was read when is remembered
    assert add_sources(both, ["/data/semaine1.csv"], keep_previous=True)[-1].read_at == "2026-11-30T08:00:00Z"
    assert remove_sources(both, ["/data/semaine1.csv"]) == [SourceEntry("/data/semaine2.csv")]
    save_sources(both, store)
    assert load_sources(store) == both
    store.write_text("pas du JSON", encoding="utf-8")
    assert load_sources(store) == []  # unreadable: an empty list, never an error


def test_the_register_dates_the_sources_it_read():
    sweeps = [
        {"sources": ["/a.csv"], "started_at": "2026-11-30T08:00:00Z"},
        {"sources": ["/a.csv", "/b.csv"], "started_at": "2026-12-07T08:00:00Z"},
    ]
    assert read_dates_from_sweeps(sweeps) == {"/a.csv": "2026-12-07T08:00:00Z", "/b.csv": "2026-12-07T08:00:00Z"}
    dated = with_register_dates([SourceEntry("/a.csv", "2026-11-01T00:00:00Z"), SourceEntry("/c.csv")], sweeps)
    assert dated == [SourceEntry("/a.csv", "2026-12-07T08:00:00Z"), SourceEntry("/c.csv")]


def test_sources_list_remembered_in_the_configuration_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("VEILLE_CONFIG_DIR", str(tmp_path))
    save_sources([SourceEntry("/x.csv", "2026-12-07T08:00:00Z")])
    assert json.loads((tmp_path / "sources_balayage.json").read_text("utf-8"))["sources"][0]["path"] == "/x.csv"
    assert load_sources() == [SourceEntry("/x.csv", "2026-12-07T08:00:00Z")]


def test_an_avis_sets_the_status_as_one_change(target):  # noqa: F811
    with target.open() as reg:
        reg.upsert_cases(frame(case("PC 1"), case("PC 2")), None, "robot")
        changes = reg.set_follow_up("PC1", "marie", avis="favorable")
        assert ("avis", None, "favorable") in changes and ("statut_veille", "à examiner", "avis émis") in changes
        c = reg.get_cases(["PC1"]).iloc[0]
        assert c["statut_veille"] == "avis émis" and c["avis"] == "favorable"
        entries = history_entries(reg.history("PC1"), [])
        avis_entries = [what for _when, _who, what in entries if "avis : ∅ → favorable" in what]
        assert len(avis_entries) == 1 and "statut de veille : à examiner → avis émis" in avis_entries[0]
        assert not any(what.startswith("statut de veille") for _w, _a, what in entries)  # one entry, not two
        # another avis: the status stays, no second status change
        changes = reg.set_follow_up("PC1", "marie", avis="défavorable")
        assert [f for f, _o, _n in changes if f == "statut_veille"] == []
        # the avis withdrawn: back to «en cours»
        changes = reg.set_follow_up("PC1", "marie", avis="")
        assert ("statut_veille", "avis émis", "en cours") in changes
        # a decision alone leaves the status as it is
        assert [f for f, _o, _n in reg.set_follow_up("PC2", "paul", decision="accordé")] == ["decision"]
        assert reg.get_cases(["PC2"]).iloc[0]["statut_veille"] == "à examiner"


def test_an_older_register_s_avis_emis_without_avis_stays_with_a_hint(target):  # noqa: F811
    with target.open() as reg:
        reg.upsert_cases(frame(case("PC 3")), None, "robot")
        reg.set_triage("PC3", "marie", statut_veille="avis émis")  # as older versions let people do
        c = reg.get_cases(["PC3"]).iloc[0].to_dict()
    assert c["statut_veille"] == "avis émis"  # shown as it is
    assert "Suites du dossier › Avis" in avis_status_hint(c)
    assert avis_status_hint({"statut_veille": "avis émis", "avis": "favorable"}) is None
    assert avis_status_hint({"statut_veille": "en cours"}) is None
    assert status_after_avis("en cours", None, "favorable") == "avis émis"
    assert status_after_avis("avis émis", None, "favorable") is None


def test_cli_sweep_json_names_the_folder(tmp_path, cfg):
    from cli_helpers import as_json, run

    out = tmp_path / "b"
    done = run(
        cfg, "sweep", "--source", WEEK1, "--parcels", PARCELS, "--register", tmp_path / "r.gpkg", "--out", out, "--json"
    )
    assert done.returncode in (0, 1), done.stderr
    assert Path(as_json(done)["sorties"]["dossier"]).parent == out


def test_one_click_filters_combine_with_the_others():
    import numpy as np
    import pandas as pd

    from veille_plugin.core.sweep.filters import CaseFilter

    cases = pd.DataFrame(
        {
            "numero_norm": ["A", "B", "C", "D"],
            "zone": ["bien", "bien", "zone_tampon", "bien"],
            "severite": ["majeur", "aucune", "majeur", "majeur"],
        }
    )
    marks = np.array(["nouveau", "", "nouveau", "modifié"], dtype=object)
    f = CaseFilter(cases)
    assert list(f.mask(in_bien=True)) == [True, True, False, True]
    assert list(f.mask(change="nouveau", marks=marks)) == [True, False, True, False]
    assert list(f.mask(in_bien=True, change="nouveau", marks=marks)) == [True, False, False, False]
    assert list(f.mask(in_bien=True, severity="majeur")) == [True, False, False, True]
    assert not f.mask(in_bien=True, zone="zone_tampon").any()  # combined: both must hold
