"""Issue 29, point 2: «Autorisés sans avis» — the permits authorised in the Bien or the zone tampon that hold no avis
in the register, by priority, in the comité technique and comités locaux reports (and the «Veille» dock's filter,
tests/qgis/test_authorised_without_avis_dock.py). The selection on a frame of every combination, then the reports of
a real register (two fictitious weekly sweeps, Sitadel's «autorisé» read as «accordé»), with avis, refusals and a
decision withdrawn entered through the follow-up, and through the command line."""

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest
from cli_helpers import as_json, run

from veille_plugin.core.reports.committee import committee_data, period, write_committee
from veille_plugin.core.sweep.filters import AUTHORISED_DECISIONS, CaseFilter, authorised_without_avis

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
TODAY = dt.date.today().isoformat()
WATCHED = {"bien", "zone_tampon"}


def test_the_selection_reads_decision_avis_and_zone():
    rows = []
    for zone in ("bien", "zone_tampon", "hors", "commune", "non_localise", None):
        for decision in ("accordé", "accordé avec prescriptions", "refusé", "tacite", "retiré", "annulé", None):
            for avis in (None, "", "  ", float("nan"), "favorable", "défavorable", "sans avis"):
                rows.append({"zone": zone, "decision": decision, "avis": avis})
    cases = pd.DataFrame(rows)
    mask = authorised_without_avis(cases)
    chosen = cases[mask]
    # authorised (granted, with or without prescriptions), Bien or zone tampon, no avis (blank, spaces or missing)
    assert set(chosen["zone"]) == WATCHED and set(chosen["decision"]) == set(AUTHORISED_DECISIONS)
    assert chosen["avis"].fillna("").astype(str).str.strip().eq("").all()
    assert len(chosen) == 2 * 2 * 4
    # refused, withdrawn, annulled, tacit (it does not say whether it granted) and pending: never listed
    assert not mask[(cases["decision"].isin(("refusé", "tacite", "retiré", "annulé")) | cases["decision"].isna())].any()
    # an avis recorded, «sans avis» included, takes the case off the list; so does a zone outside
    assert not chosen["avis"].isin(("favorable", "défavorable", "sans avis")).any()
    assert not chosen["zone"].isin(("hors", "commune", "non_localise")).any()
    # a frame without the follow-up's columns selects nothing (an old register, an empty list)
    assert not authorised_without_avis(cases[["zone"]]).any()
    assert authorised_without_avis(pd.DataFrame(columns=["zone", "decision", "avis"])).shape == (0,)


def test_the_filter_combines_with_the_others():
    cases = pd.DataFrame(
        {
            "numero_norm": ["A", "B", "C", "D", "E"],
            "zone": ["bien", "zone_tampon", "bien", "hors", "bien"],
            "decision": ["accordé", "accordé avec prescriptions", "accordé", "accordé", "refusé"],
            "avis": [None, None, "favorable", None, None],
            "severite": ["majeur", "mineur", "majeur", "majeur", "majeur"],
        }
    )
    f = CaseFilter(cases)
    assert f.mask(authorised_no_avis=True).tolist() == [True, True, False, False, False]
    assert f.mask(authorised_no_avis=True, in_bien=True).tolist() == [True, False, False, False, False]
    assert f.mask(authorised_no_avis=True, severity="mineur").tolist() == [False, True, False, False, False]
    assert f.mask().all()


@pytest.fixture(scope="module")
def register_path(tmp_path_factory, ref):
    """Two fictitious weekly sweeps (Sitadel «autorisé» → «accordé»); then, through the follow-up: an avis on a case
    of the Bien, a «sans avis» recorded on one of the zone tampon, a refusal, and a decision withdrawn (pending)."""
    from veille_plugin.core.register import open_register
    from veille_plugin.core.rules.catalogue import load_catalogue
    from veille_plugin.core.sweep.run import SourceSpec, run_sweep

    path = tmp_path_factory.mktemp("unheard") / "registre.gpkg"
    with open_register(str(path)) as reg:
        for week in (1, 2):
            run_sweep(
                [SourceSpec(str(DEMO / f"permis_fictifs_semaine{week}.csv"), name="demo")],
                reg,
                ref,
                load_catalogue(),
                path.parent / f"s{week}",
                parcels=str(DEMO / "parcelles_fictives.geojson"),
                author="test",
            )
        reg.set_follow_up("FICTIF-062498-26-00001", "udap", avis="favorable avec prescriptions")
        reg.set_follow_up("FICTIF-059024-26-00012", "mission", avis="sans avis")
        reg.set_follow_up("FICTIF-062427-26-00004", "ddtm", decision="refusé")
        reg.set_follow_up("FICTIF-062498-26-00002", "ddtm", decision="")
    return path


def _cases(register_path):
    from veille_plugin.core.register import open_register

    with open_register(str(register_path)) as reg:
        return reg.case_columns(["numero", "numero_norm", "zone", "decision", "avis", "priorite_rang", "epci"])


def test_the_committee_lists_them_by_priority(register_path, ref, tmp_path):
    from veille_plugin.core.register import open_register

    cases = _cases(register_path)
    with open_register(str(register_path)) as reg:
        data = committee_data(reg, ref, period(au=TODAY))
        files = write_committee(reg, ref, tmp_path, period(au=TODAY))
    unheard = data["unheard"]
    expected = set(cases.loc[authorised_without_avis(cases), "numero"])
    assert set(unheard["numero"]) == expected and len(expected) >= 20
    assert set(unheard["zone"]) == WATCHED and set(unheard["decision"]) <= set(AUTHORISED_DECISIONS)
    # the avis given, the «sans avis» recorded, the refusal and the pending decision are left out
    for left_out in ("FICTIF-062498-26-00001", "FICTIF-059024-26-00012", "FICTIF-062427-26-00004"):
        assert left_out not in set(unheard["numero"])
    assert "FICTIF-062498-26-00002" not in set(unheard["numero"])
    # a case outside the Bien and the zone tampon, authorised without avis, is not listed
    outside = cases[(cases["zone"] == "hors") & cases["decision"].isin(AUTHORISED_DECISIONS) & cases["avis"].isna()]
    assert len(outside) and not set(outside["numero"]) & set(unheard["numero"])
    ranks = pd.to_numeric(unheard["priorite_rang"]).tolist()
    assert ranks == sorted(ranks) and ranks[0] == 1
    page = Path(files["rapports"][0]).read_text(encoding="utf-8")
    heading = page.index(f"Autorisés sans avis ({len(unheard)})")
    assert page.index("Décisions attendues") < heading < page.index("Dossiers dont l’analyse a changé")
    section = page[heading : page.index("Dossiers dont l’analyse a changé")]
    in_bien = int((unheard["zone"] == "bien").sum())
    assert f"{in_bien} dans le Bien, {len(unheard) - in_bien} en zone tampon" in section
    positions = [section.index(f">{n}<") for n in unheard["numero"]]
    assert positions == sorted(positions)  # the table keeps the priority order
    assert "accordé le 20/01/2026" in section and "1 – très haute" in section
    assert f"autorisés sans avis (Bien, zone tampon)</td><td class='n'>{len(unheard)}<" in page
    figures = json.loads(Path(files["json"][0]).read_text(encoding="utf-8"))["autorises_sans_avis"]
    assert figures == {
        "nombre": len(unheard),
        "bien": in_bien,
        "zone_tampon": len(unheard) - in_bien,
        "dossiers": unheard["numero"].tolist(),
    }


def test_each_local_committee_lists_its_own_and_an_empty_list_says_so(register_path, ref, tmp_path):
    from veille_plugin.core.register import open_register

    with open_register(str(register_path)) as reg:
        total = len(committee_data(reg, ref, period(au=TODAY))["unheard"])
        local = write_committee(reg, ref, tmp_path, period(au=TODAY), kind="local")
        lens = committee_data(reg, ref, period(au=TODAY), epci="CA de Lens - Liévin")
    counts = [f["autorises_sans_avis"]["nombre"] for f in local["resume"]]
    assert sum(counts) == total and 0 in counts and max(counts) > 0
    assert set(lens["unheard"]["epci_nom"]) == {"CA de Lens - Liévin"} and len(lens["unheard"]) > 0
    for figures, report in zip(local["resume"], local["rapports"]):
        page = Path(report).read_text(encoding="utf-8")
        assert f"Autorisés sans avis ({figures['autorises_sans_avis']['nombre']})" in page
        if figures["autorises_sans_avis"]["nombre"] == 0:
            assert "Aucun dossier autorisé sans avis dans le Bien ou la zone tampon." in page
            assert "0 dans le Bien, 0 en zone tampon" in page


def test_an_avis_given_takes_a_case_off_the_list(ref, tmp_path):
    from veille_plugin.core.register import open_register
    from veille_plugin.core.rules.catalogue import load_catalogue
    from veille_plugin.core.sweep.run import SourceSpec, run_sweep

    path = tmp_path / "registre.gpkg"
    with open_register(str(path)) as reg:
        run_sweep(
            [SourceSpec(str(DEMO / "permis_fictifs_semaine1.csv"), name="demo")],
            reg,
            ref,
            load_catalogue(),
            tmp_path / "s1",
            parcels=str(DEMO / "parcelles_fictives.geojson"),
            author="test",
        )
        before = committee_data(reg, ref, period(au=TODAY))["unheard"]
        for key in before["numero_norm"]:
            reg.set_follow_up(key, "udap", avis="favorable")
        files = write_committee(reg, ref, tmp_path / "r", period(au=TODAY))
    assert len(before) > 0 and files["resume"][0]["autorises_sans_avis"]["nombre"] == 0
    page = Path(files["rapports"][0]).read_text(encoding="utf-8")
    assert "Autorisés sans avis (0)" in page and "Aucun dossier autorisé sans avis" in page


def test_the_command_line_report_counts_them(cfg, register_path, tmp_path):
    done = run(cfg, "report", "comite", "--register", register_path, "--out", tmp_path / "c", "--json")
    assert done.returncode == 0, done.stderr
    figures = as_json(done)["resume"][0]["autorises_sans_avis"]
    cases = _cases(register_path)
    assert figures["nombre"] == int(authorised_without_avis(cases).sum()) > 0
    assert "Autorisés sans avis (" in (tmp_path / "c" / "comite_technique.html").read_text(encoding="utf-8")
    said = run(cfg, "report", "local", "--register", register_path, "--out", tmp_path / "l")
    assert said.returncode == 0, said.stderr
    told = [int(line.split(" autorisé(s) sans avis")[0].rsplit(", ", 1)[1]) for line in said.stdout.splitlines()]
    assert len(told) >= 5 and sum(told) == figures["nombre"]


def test_cases_recorded_before_the_priority_existed_are_assessed(register_path, ref, tmp_path):
    """A register whose cases have no priority yet (schema < 11, not swept since): the list takes the priority of
    the period's assessed cases, or assesses them now when the period holds none, and keeps the same order."""
    import shutil
    import sqlite3

    from veille_plugin.core.register import open_register

    old = tmp_path / "ancien.gpkg"
    shutil.copy(register_path, old)
    with open_register(str(old)) as reg:
        expected = committee_data(reg, ref, period(au=TODAY))["unheard"]
    with sqlite3.connect(old) as db:
        db.execute("UPDATE cases SET priorite_rang = NULL, priorite_importance = NULL, priorite_attribut = NULL")
    with open_register(str(old)) as reg:
        assert reg.case_columns(["priorite_rang"])["priorite_rang"].isna().all()
        from_period = committee_data(reg, ref, period(au=TODAY))["unheard"]
        assessed_now = committee_data(reg, ref, period("2020-01-01", "2020-01-31"))["unheard"]
    for got in (from_period, assessed_now):
        assert got["numero"].tolist() == expected["numero"].tolist()
        assert pd.to_numeric(got["priorite_rang"]).tolist() == pd.to_numeric(expected["priorite_rang"]).tolist()
