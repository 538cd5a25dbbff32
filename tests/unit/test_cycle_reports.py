"""Reports for the management system's meetings (issue 17): the Comité technique de suivi («what is new since a
date»), the comités locaux (one file per EPCI) and the follow-up file of each of the 353 elements — computed from a
register with history (two fictitious weekly sweeps, alerts, a follow-up, a PLU snapshot)."""

import datetime as dt
import json
from pathlib import Path

import pytest
from cli_helpers import as_json, run

from veille_plugin.core.errors import InputError
from veille_plugin.core.reports.committee import committee_data, period, write_committee
from veille_plugin.core.reports.element_file import write_element_files
from veille_plugin.core.vocabulary import DECISION_VALUES

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
TODAY = dt.date.today()


@pytest.fixture(scope="module")
def register_path(tmp_path_factory, ref):
    from veille_plugin.core.alerts.demo import load_demo_alerts
    from veille_plugin.core.register import open_register
    from veille_plugin.core.rules.catalogue import load_catalogue
    from veille_plugin.core.sweep.run import SourceSpec, run_sweep

    path = tmp_path_factory.mktemp("cycle") / "registre.gpkg"
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
        load_demo_alerts(reg, ref)
        reg.set_follow_up("FICTIF-062498-26-00003", "udap", avis="défavorable")
        reg.add_conditions(["63V"], "bon", "2025-06-01", "mission", source="visite")
        reg.add_conditions(["63V"], "mauvais", "2026-06-01", "mission", source="visite", note="couverture percée")
        reg.add_plu_snapshot(
            {"partition": "DU_62528", "communes": ["62528"], "source_url": "u", "content_hash": "h", "idurba": "X"},
            {"zone-urba": []},
            "test",
        )
    return path


def figures_order_is(files, numbers) -> bool:
    """The JSON of the report keeps the table's order, and the CSV too."""
    figures = json.loads(Path(files["json"][0]).read_text(encoding="utf-8"))
    import pandas as pd

    csv = pd.read_csv(files["csv"][0], sep=";", dtype=str, encoding="utf-8-sig")
    return figures["ordre"] == numbers and csv["numero"].tolist() == numbers


def test_the_committee_report_says_what_is_new(register_path, ref, tmp_path):
    from veille_plugin.core.register import open_register

    with open_register(str(register_path)) as reg:
        data = committee_data(reg, ref, period(au=TODAY.isoformat()))
        cases = reg.case_columns(["numero", "severite", "zone"])
        files = write_committee(reg, ref, tmp_path, period(au=TODAY.isoformat()))
    assert len(data["new"]) == len(cases) > 40  # every case of the register was first seen today
    # issue 28: the avis (follow-up «avis») and the authority's decisions (Sitadel «accordé»…) counted apart
    assert data["avis_given"]["new"].tolist() == ["défavorable"] and len(data["decisions"]) >= 1
    assert set(data["decisions"]["new"]) <= set(DECISION_VALUES) and data["snapshots"][0]["partition"] == "DU_62528"
    assert len(data["opened"]) == 5 and len(data["closed"]) == 1
    assert any(i == "63V" and len(nums) >= 3 for i, _n, nums in data["grappes"])  # several projects in the cité
    page = Path(files["rapports"][0]).read_text(encoding="utf-8")
    assert "Comité technique de suivi" in page and "FICTIFS" in page
    severe = page.index("Bloquants et majeurs parmi les dossiers apparus du ")
    assert page.index("FICTIF-062498-26-00001", severe) > severe  # a «majeur» case of the Cité des Provinces is listed
    # issue 25: the report leads with the cases to raise under paragraph 172, then every case of the period, the Bien
    # first and by priority, numbered like the map beside them, with the triage status
    lead = page.index("À signaler au Centre du patrimoine mondial")
    first = page.index("À traiter d’abord : le Bien, puis par priorité")
    assert lead < first < page.index("<svg") < severe
    listed = data["listed"]
    keys = list(zip(listed["zone"] != "bien", listed["priorite_rang"].astype(int)))
    assert keys == sorted(keys) and listed["n"].tolist() == list(range(1, len(listed) + 1))
    assert listed["priorite_rang"].iloc[0] == 1 and listed["zone"].iloc[0] == "bien"
    assert set(listed["statut_veille"]) <= {"à examiner", "en cours", "avis émis", "sans suite"}
    assert figures_order_is(files, listed["numero"].tolist())
    figures = json.loads(Path(files["json"][0]).read_text(encoding="utf-8"))
    assert figures["dossiers_nouveaux"] == len(cases) and figures["alertes"]["ouvertes"] == 5
    assert sum(figures["par_severite"].values()) == len(cases)
    # a period before anything happened has nothing new
    with open_register(str(register_path)) as reg:
        empty = write_committee(reg, ref, tmp_path / "vide", period("2020-01-01", "2020-01-31"))
    assert empty["resume"][0]["dossiers_nouveaux"] == 0


def test_one_file_per_epci_and_their_sum(register_path, ref, tmp_path):
    from veille_plugin.core.register import open_register

    with open_register(str(register_path)) as reg:
        all_new = len(committee_data(reg, ref, period(au=TODAY.isoformat()))["new"])
        files = write_committee(reg, ref, tmp_path, period(au=TODAY.isoformat()), kind="local")
        lens = write_committee(
            reg, ref, tmp_path / "lens", period(au=TODAY.isoformat()), "CA de Lens - Liévin", "local"
        )
    assert len(files["rapports"]) >= 5
    assert sum(f["dossiers_nouveaux"] for f in files["resume"]) <= all_new
    assert len(lens["rapports"]) == 1 and lens["resume"][0]["epci"] == "CA de Lens - Liévin"
    assert lens["resume"][0]["dossiers_nouveaux"] > 0
    assert "Comité local du patrimoine mondial — CA de Lens - Liévin" in Path(lens["rapports"][0]).read_text("utf-8")


def test_a_follow_up_file_for_every_element(register_path, ref, tmp_path):
    from veille_plugin.core.register import open_register

    with open_register(str(register_path)) as reg:
        files = write_element_files(reg, ref, tmp_path)
        with pytest.raises(InputError, match="Élément\\(s\\) inconnu\\(s\\) : ZZZ"):
            write_element_files(reg, ref, tmp_path / "x", ["ZZZ"])
    assert files["elements"] == len(ref.elements.attributes) == 353
    assert len(list(tmp_path.glob("element_*.html"))) == 353 and len(list(tmp_path.glob("element_*.json"))) == 353
    rec = json.loads((tmp_path / "element_63V.json").read_text(encoding="utf-8"))
    assert rec["identite"]["nom"] == "Cité des Provinces"
    demolition = next(d for d in rec["dossiers"] if d["numero"] == "FICTIF-062498-26-00003")
    assert demolition["avis"] == "défavorable" and demolition["lien"] == "touché"
    assert [c["etat"] for c in rec["etat"]] == ["bon", "mauvais"]
    assert any("abords de monument historique" in p["protection"] for p in rec["protections"])
    mh = ref.elements.attributes
    classe = mh.loc[mh["protection_mh"] == "classé", "identifiant"].iloc[0]
    rec = json.loads((tmp_path / f"element_{classe}.json").read_text(encoding="utf-8"))
    assert rec["protections"][0]["protection"] == "monument historique classé"
    assert "63V" in (tmp_path / "index.html").read_text(encoding="utf-8")


def test_periods_are_checked():
    assert period("01/11/2026", "30/11/2026").label() == "du 01/11/2026 au 30/11/2026"
    with pytest.raises(InputError, match="Période vide"):
        period("2026-12-01", "2026-11-01")
    with pytest.raises(InputError, match="--du : date « 32/11/2026 » illisible"):
        period("32/11/2026")


def test_cli_report(cfg, register_path, tmp_path):
    done = run(cfg, "report", "comite", "--register", register_path, "--out", tmp_path / "c", "--json")
    assert done.returncode == 0, done.stderr
    assert as_json(done)["resume"][0]["dossiers_nouveaux"] > 40
    local = run(
        cfg, "report", "local", "--register", register_path, "--out", tmp_path / "l", "--epci", "CA de Lens - Liévin"
    )
    assert local.returncode == 0 and "comite_local_CA_de_Lens_-_Lievin.html" in local.stdout
    # issue 27: an EPCI written with an accent and a dash off is the same EPCI, not an empty report
    loose = run(
        cfg, "report", "local", "--register", register_path, "--out", tmp_path / "l2", "--epci", "CA de Lens Lievin"
    )
    assert loose.returncode == 0 and "comite_local_CA_de_Lens_-_Lievin.html" in loose.stdout, loose.stderr
    assert loose.stdout.split(" : ", 1)[1] == local.stdout.split(" : ", 1)[1]  # the same figures
    unknown = run(
        cfg, "report", "local", "--register", register_path, "--out", tmp_path / "l3", "--epci", "CA de Lille"
    )
    assert (
        unknown.returncode != 0
        and "EPCI « CA de Lille » inconnu" in unknown.stderr
        and "Vouliez-vous" in unknown.stderr
    )
    one = run(cfg, "report", "element", "--register", register_path, "--out", tmp_path / "e", "--element", "63V")
    assert one.returncode == 0 and (tmp_path / "e" / "element_63V.html").exists()
    none = run(cfg, "report", "element", "--register", register_path, "--out", tmp_path / "e2")
    assert none.returncode == 2 and "--element ID (répétable) ou --tous" in none.stderr


def test_a_report_on_a_missing_register_is_refused_and_creates_nothing(cfg, tmp_path):
    """Issue 27: a command that only reads a register no longer creates an empty one and reports «0 dossier»."""
    missing = tmp_path / "absent.gpkg"
    for kind in (["comite"], ["element", "--tous"]):
        done = run(cfg, "report", *kind, "--register", missing, "--out", tmp_path / "o")
        assert done.returncode == 2 and f"Registre de veille introuvable : {missing}" in done.stderr, done.stderr
    assert not missing.exists() and not (tmp_path / "o").exists()


def test_indicators_for_the_evaluation(register_path, tmp_path, cfg):
    from veille_plugin.core.register import open_register
    from veille_plugin.core.reports.indicators import write_indicators

    with open_register(str(register_path)) as reg:
        files = write_indicators(reg, tmp_path)
        n = len(reg.case_columns(["numero"]))
    items = {it["id"]: it for it in files["indicateurs"]}
    assert sum(items["dossiers_par_an"]["valeurs"].values()) == n
    assert items["avis"]["valeurs"]["défavorable"] == 1
    assert items["demolitions"]["valeurs"]["demandees"] >= items["demolitions"]["valeurs"]["accordees"] >= 1
    assert items["alertes_par_statut"]["valeurs"] and all(it["definition"] for it in files["indicateurs"])
    assert items["plu_portent_le_bien"]["valeurs"]["communes_relevees"] == 1
    assert items["elements_en_degradation"]["valeurs"]["releve_d_etat"] == 1
    page = Path(files["rapports"][0]).read_text(encoding="utf-8")
    assert "<svg" in page and "Dossiers examinés par an" in page and "demandées" in page
    done = run(cfg, "report", "indicateurs", "--register", register_path, "--out", tmp_path / "cli")
    assert done.returncode == 0 and (tmp_path / "cli" / "indicateurs.csv").exists()


def test_porte_a_connaissance_of_a_commune(register_path, ref, tmp_path, cfg):
    from veille_plugin.core.register import open_register
    from veille_plugin.core.reports.commune_pack import write_commune_pack
    from veille_plugin.core.rules.catalogue import load_catalogue

    with open_register(str(register_path)) as reg:
        files = write_commune_pack(reg, ref, load_catalogue(), "62498", tmp_path)  # Lens
        with pytest.raises(InputError, match="Commune 99999 absente"):
            write_commune_pack(reg, ref, load_catalogue(), "99999", tmp_path)
    pac = files["pac"]
    assert pac["commune"]["nom"] == "Lens" and any(e["identifiant"] == "63V" for e in pac["elements"])
    assert len(pac["regles"]) == len(load_catalogue().rules) and pac["plu"]["instantane"] is None
    page = Path(files["rapports"][0]).read_text(encoding="utf-8")
    assert "<svg" in page and "Porté à connaissance — Lens (62498)" in page and "Aucun PLU relevé" in page
    loos = run(cfg, "report", "pac", "--commune", "62528", "--register", register_path, "--out", tmp_path, "--json")
    assert loos.returncode == 0, loos.stderr
    assert as_json(loos)["pac"][0]["plu"]["instantane"] == 1  # the snapshot of the fixture
    missing = run(cfg, "report", "pac", "--register", register_path, "--out", tmp_path)
    assert missing.returncode == 2 and "--commune INSEE" in missing.stderr


def test_the_periodic_report_extends_factors_to_permits_and_plu(register_path, tmp_path, cfg):
    from veille_plugin.core.register import open_register
    from veille_plugin.core.reports.periodic import write_periodic
    from veille_plugin.core.rules.catalogue import load_catalogue

    with open_register(str(register_path)) as reg:
        files = write_periodic(reg, load_catalogue(), period(au=TODAY.isoformat()), tmp_path)
    rows = {r["Facteur"]: r for r in files["resume"]["facteurs"]}
    assert files["resume"]["permis"] > 40 and rows["1"]["Permis de la période"] > 0  # R01 cites factor 1
    assert sum(r["Alertes"] for r in rows.values()) >= 5 and files["resume"]["nouvelles_versions_plu"] == [1]
    done = run(cfg, "report", "periodique", "--register", register_path, "--out", tmp_path / "cli")
    assert done.returncode == 0 and (tmp_path / "cli" / "rapport_periodique.csv").exists()


def test_the_committee_measures_the_plu_changes_of_the_period(ref, tmp_path):
    """A new version of a plan in the period is measured as the PLU comparison does (the FICTITIOUS versions of
    Loos-en-Gohelle: a terril opened to building in the Bien, a L.151-19 protection removed)."""
    from gpu_server import cnig_collections

    from veille_plugin.core.register import open_register

    with open_register(str(tmp_path / "r.gpkg")) as reg:
        for k, name in enumerate(("62528_PLU_FICTIF_avant_v2017.gpkg", "62528_PLU_FICTIF_apres_v2024.gpkg")):
            meta = {"partition": "DU_62528", "communes": ["62528"], "source_url": "u", "content_hash": f"h{k}"}
            reg.add_plu_snapshot(meta, cnig_collections(DEMO / "plu" / name), "test")
        data = committee_data(reg, ref, period(au=TODAY.isoformat()))
    first, second = (data["plu_changes"][s["id"]] for s in data["snapshots"])
    assert first is None and second["precedent"] == 1 and second["changements"] >= 3
    assert second["ouverture_bien_ha"] > 0 and second["protections_supprimees"] == 1


def _loos_snapshots(reg, names=("62528_PLU_FICTIF_avant_v2017.gpkg", "62528_PLU_FICTIF_apres_v2024.gpkg")):
    """The FICTITIOUS versions of Loos-en-Gohelle's PLU stored as snapshots, approved in 2017 and 2024."""
    from gpu_server import cnig_collections

    for k, name in enumerate(names):
        meta = {
            "partition": "DU_62528",
            "communes": ["62528"],
            "source_url": "u",
            "content_hash": f"h{k}",
            "idurba": name[:20],
            "date_approbation": ("20170601", "20240315")[k],  # as the GPU writes DATAPPRO
        }
        reg.add_plu_snapshot(meta, cnig_collections(DEMO / "plu" / name), "test")


def test_element_files_list_the_plu_changes_measured_near_each_element(ref, tmp_path):
    """Each element's file lists the changes between consecutive snapshots of its communes' plans that lie within
    500 m of it: the L.151-19 protection of 63W removed, the terril 63AH opened to building; nothing for an element
    of another commune."""
    from veille_plugin.core.register import open_register

    with open_register(str(tmp_path / "r.gpkg")) as reg:
        _loos_snapshots(reg)
        write_element_files(reg, ref, tmp_path / "out", ["63W", "63AH", "1"])
    rec = {e: json.loads((tmp_path / "out" / f"element_{e}.json").read_text("utf-8")) for e in ("63W", "63AH", "1")}
    near = rec["63W"]["plu_changements_proches"]
    removed = [c for c in near if c["categorie"] == "prescription_supprimee" and c["protection"] == "L.151-19"]
    assert removed and removed[0]["distance_m"] == 0 and removed[0]["instantane_apres"] == 2
    opened = [c for c in rec["63AH"]["plu_changements_proches"] if c["ouverture_urbanisation"]]
    assert opened and opened[0]["distance_m"] == 0 and opened[0]["surface_ha"] > 1 and "(U)" in opened[0]["apres"]
    assert all(c["distance_m"] <= 500 for e in rec.values() for c in e["plu_changements_proches"])
    assert rec["1"]["plu_changements_proches"] == []  # Fresnes-sur-Escaut: not in Loos-en-Gohelle
    page = (tmp_path / "out" / "element_63W.html").read_text("utf-8")
    assert "Changements de PLU à moins de 500 m" in page and "prescription supprimée — L.151-19" in page


def test_protections_carry_their_date(ref, tmp_path):
    """A L.151-19 protection is dated by the approval of its plan, a servitude by its assiette's source; a monument
    protection says the reference data give no date."""
    import numpy as np

    from veille_plugin.core.register import open_register
    from veille_plugin.core.reports.element_file import protections

    with open_register(str(tmp_path / "r.gpkg")) as reg:
        _loos_snapshots(reg, names=("62528_PLU_FICTIF_avant_v2017.gpkg",))
        write_element_files(reg, ref, tmp_path / "out", ["63W"])
    rec = json.loads((tmp_path / "out" / "element_63W.json").read_text("utf-8"))
    l151 = [p for p in rec["protections"] if "L.151-19" in p["protection"]]
    assert l151 and l151[0]["date"] == "01/06/2017"
    page = (tmp_path / "out" / "element_63W.html").read_text("utf-8")
    assert "01/06/2017" in page and "ne datent pas les protections au titre des monuments historiques" in page

    ids = ref.elements.attributes["identifiant"].tolist()
    k = ids.index("63W")
    geom = ref.elements.geometries[k]
    servitudes = {"pda": (np.array([geom.buffer(20)], dtype=object), "servitude AC1 (FICTIVE)")}
    details = {"pda": [{"nom": "PDA FICTIF", "date": "20190502"}]}  # CNIG writes dates AAAAMMJJ
    pda = [p for p in protections(ref, k, servitudes, None, details) if p["source"].endswith("(FICTIVE)")]
    assert pda == [
        {
            "protection": "périmètre délimité des abords : PDA FICTIF",
            "source": "servitude AC1 (FICTIVE)",
            "date": "02/05/2019",
        }
    ]


def test_element_identifiers_are_checked_in_one_place(ref):
    """An empty value never means «all the elements» (``etat ""`` would have written a state for the 353); ids are
    read as people type them, once each."""
    assert ref.element_ids(["63v", "63V", " 19d "]) == ["63V", "19D"]
    assert len(ref.element_ids()) == 353
    with pytest.raises(InputError, match="Aucun identifiant d'élément"):
        ref.element_ids([""])
    with pytest.raises(InputError, match="inconnu\\(s\\) : ZZZ"):
        ref.element_ids(["63V", "ZZZ"])
