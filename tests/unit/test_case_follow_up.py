"""What became of a case (issue 17): the avis, the decision, whether the works matched — in both back ends, with
their history, surviving a migration of an existing register, and the decision read from a source that carries it."""

import datetime as dt
from pathlib import Path

import pytest
from test_register import case, frame, target  # noqa: F401 (the two back ends and the case rows)

from veille_plugin.core.errors import InputError

ROOT = Path(__file__).resolve().parents[2]


def test_follow_up_is_checked_stored_and_kept_in_the_history(target):  # noqa: F811
    with target.open() as reg:
        reg.upsert_cases(frame(case("PC 062 498 24 00012")), None, "robot")
        changes = reg.set_follow_up(
            "PC0624982400012",
            "marie",
            avis="Favorable avec PRESCRIPTIONS",
            decision="accordé",
            decision_date="03/02/2025",
        )
        assert ("avis", None, "favorable avec prescriptions") in changes
        assert ("decision_date", None, "2025-02-03") in changes
        c = reg.get_cases(["PC0624982400012"]).iloc[0]
        assert c["avis"] == "favorable avec prescriptions" and c["avis_auteur"] == "marie"
        assert c["avis_date"] == dt.date.today().isoformat()  # an avis without a date is dated today
        reg.set_follow_up("PC0624982400012", "paul", conformite="écarts constatés", conformite_note="tuiles noires")
        assert reg.set_follow_up("PC0624982400012", "paul", conformite="écarts constatés") == []  # nothing new
        fields = [(h["field"], h["author"]) for h in reg.history("PC0624982400012")]
        assert (
            ("avis", "marie") in fields and ("conformite", "paul") in fields and ("conformite_note", "paul") in fields
        )
        with pytest.raises(InputError, match="avis : « d'accord » n'est pas une valeur admise"):
            reg.set_follow_up("PC0624982400012", "marie", avis="d'accord")
        with pytest.raises(InputError, match="decision_date : date « 31/02/2025 » illisible"):
            reg.set_follow_up("PC0624982400012", "marie", decision_date="31/02/2025")
        with pytest.raises(InputError, match="inconnu dans le registre"):
            reg.set_follow_up("PC 999", "marie", avis="favorable")
        assert reg.get_cases(["PC0624982400012"]).iloc[0]["avis"] == "favorable avec prescriptions"  # refused: kept


def test_follow_up_survives_the_migration_of_an_existing_register(target):  # noqa: F811
    with target.open(target_version=7) as reg:
        assert reg.schema_version == 7
        reg.upsert_cases(frame(case("PC 1"), case("PC 2")), None, "robot")
        reg.set_triage("PC1", "marie", statut_veille="en cours", comment="avant la migration")
        assert "avis" not in reg.present_fields()
    with target.open() as reg:
        assert reg.schema_version >= 8 and "avis" in reg.present_fields()
        cases = reg.get_cases().set_index("numero_norm")
        assert cases.loc["PC1", "statut_veille"] == "en cours" and cases.loc["PC1", "avis"] is None
        reg.set_follow_up("PC1", "marie", avis="défavorable", avis_date="2026-11-30")
        assert [c for c in reg.comments("PC1")][0]["text"] == "avant la migration"
        assert reg.get_cases(["PC1"]).iloc[0]["avis_date"] == "2026-11-30"


def test_a_source_decision_is_recorded_but_never_blanks_a_person_s(target):  # noqa: F811
    with target.open() as reg:
        first = reg.start_sweep(["ads-test"], author="balayage")
        reg.upsert_cases(
            frame(case("PC 1", decision=None), case("PC 2", decision="accordé", decision_date="2025-01-10")),
            first,
            "balayage",
        )
        c = reg.get_cases().set_index("numero_norm")
        assert c.loc["PC2", "decision"] == "accordé" and c.loc["PC2", "decision_date"] == "2025-01-10"
        assert c.loc["PC1", "decision"] is None
        reg.set_follow_up("PC1", "marie", decision="refusé", decision_date="2025-02-01")
        silent = reg.start_sweep(["ads-test"], author="balayage")
        reg.upsert_cases(frame(case("PC 1", decision=None, decision_date=None)), silent, "balayage")  # no decision
        assert reg.get_cases(["PC1"]).iloc[0]["decision"] == "refusé"
        history = [(h["field"], h["new"], h["sweep_id"]) for h in reg.history("PC2")]
        assert ("decision", "accordé", first) in history


def test_the_weekly_sweep_reads_sitadel_s_authorisations(tmp_path, ref):
    from veille_plugin.core.register import open_register
    from veille_plugin.core.rules.catalogue import load_catalogue
    from veille_plugin.core.sweep.run import SourceSpec, run_sweep

    demo = ROOT / "resources" / "demo"
    with open_register(str(tmp_path / "r.gpkg")) as reg:
        run_sweep(
            [SourceSpec(str(demo / "permis_fictifs_semaine1.csv"), name="demo")],
            reg,
            ref,
            load_catalogue(),
            tmp_path / "out",
            parcels=str(demo / "parcelles_fictives.geojson"),
            author="test",
        )
        cases = reg.get_cases()
    decided = cases[cases["decision"].notna()]
    assert len(decided) > 0 and set(decided["decision"]) <= {"accordé", "annulé"}
    assert decided["decision_date"].str.match(r"^\d{4}-\d{2}-\d{2}$").all()


def test_decisions_are_read_from_an_ads_export(tmp_path):
    from veille_plugin.core.imports.tabular import read_tabular

    csv = tmp_path / "ads.csv"
    csv.write_text(
        "Numéro;Commune;Décision;Date de décision\n"
        "PC 062 498 25 00001;Lens;Refus;12/03/2025\n"
        "PC 062 498 25 00002;Lens;Accord avec prescriptions;2025-04-01\n"
        "PC 062 498 25 00003;Lens;En instruction;\n",
        encoding="utf-8",
    )
    df = read_tabular(csv).df
    assert list(df["decision"]) == ["refusé", "accordé avec prescriptions", None]
    assert list(df["decision_date"])[:2] == ["2025-03-12", "2025-04-01"]


def test_cli_suivi(cfg, tmp_path):
    from cli_helpers import as_json, run

    from veille_plugin.core.register import open_register

    reg = tmp_path / "r.gpkg"
    with open_register(str(reg)) as r:
        r.upsert_cases(frame(case("PC 062 498 24 00012")), None, "robot")
    done = run(
        cfg, "suivi", "PC 062 498 24 00012", "--register", reg, "--avis", "favorable", "--avis-date", "01/12/2026"
    )
    assert done.returncode == 0, done.stderr
    assert "avis : ∅ → favorable" in done.stdout and "favorable, le 01/12/2026" in done.stdout
    shown = run(cfg, "suivi", "PC0624982400012", "--register", reg, "--json")
    assert as_json(shown)["suivi"]["avis_date"] == "2026-12-01"
    bad = run(cfg, "suivi", "PC0624982400012", "--register", reg, "--conformite", "bof")
    assert bad.returncode == 2 and "conformite : « bof » n'est pas une valeur admise" in bad.stderr


def test_the_condition_record_of_the_elements(target, tmp_path, cfg):  # noqa: F811
    from veille_plugin.core.register.conditions import worsened

    with target.open() as reg:
        assert (
            reg.add_conditions(["63V", "19D"], "bon", "01/01/2026", "mission", source="visite", observateur="A. B.")
            == 2
        )
        assert reg.add_conditions(["63V", "19D", "1"], "passable", "2026-03-01", "mission", only_unobserved=True) == 1
        reg.add_conditions(["63V"], "mauvais", "2026-06-01", "mission", source="visite", note="couverture percée")
        with pytest.raises(InputError, match="État « ruine » : valeurs admises"):
            reg.add_conditions(["63V"], "ruine", "2026-06-01", "mission")
        record = reg.conditions()
        assert list(reg.conditions("63V")["etat"]) == ["bon", "mauvais"]
        assert worsened(record) == ["63V"]
    if target.kind == "gpkg":
        from cli_helpers import as_json, run

        done = run(
            cfg,
            "etat",
            "--tous",
            "--initial",
            "--etat",
            "passable",
            "--date",
            "01/12/2026",
            "--register",
            target.spec,
            "--json",
        )
        assert done.returncode == 0, done.stderr
        assert as_json(done)["constats_inscrits"] == 353 - 3
        bad = run(cfg, "etat", "ZZZ", "--etat", "bon", "--date", "01/12/2026", "--register", target.spec)
        assert bad.returncode == 2 and "Élément(s) inconnu(s) : ZZZ" in bad.stderr
