"""``python -m veille_plugin alerts …`` run as a user would: add, update, close, list, show, history, attach,
export, on a GeoPackage and on PostGIS; bad values refused with the field named and nothing written; R12
of ``screen`` fed by the register's open alerts."""

import csv
import uuid

import shapely
from cli_helpers import as_json, assert_french_error, run

from veille_plugin.core.alerts.service import resolve_elements
from veille_plugin.core.reference.data import load_reference


def test_full_life_of_an_alert(tmp_path):
    cfg = tmp_path / "cfg"
    r = ["--register", tmp_path / "registre.gpkg"]
    add = run(
        cfg,
        "alerts",
        "add",
        *r,
        "--element",
        "63v",
        "--element",
        "42B",
        "--titre",
        "Bains-douches <fosse>",
        "--priorite",
        "b",
        "--etat",
        "très mauvais",
        "--tendance",
        "en degradation",
        "--menace",
        "1.1",
        "--menace",
        "13",
        "--partenaire",
        "DRAC",
        "--action-prevue",
        "acquisition EPF",
        "--categorie",
        "principale urgence",
        "--proprietaire-type",
        "particulier",
        "--date",
        "03/10/2026",
        "--auteur",
        "udap62",
        "--json",
    )
    assert add.returncode == 0, add.stderr
    alert = as_json(add)
    assert (alert["id"], alert["priorite"], alert["statut"], alert["elements"], alert["commune_nom"]) == (
        1,
        "B",
        "signalée",
        "63V; 42B",
        "Lens; Oignies",
    )
    assert alert["date_constat"] == "2026-10-03" and alert["auteur"] == "udap62" and alert["wkt"].startswith("POINT")

    upd = run(
        cfg,
        "alerts",
        "update",
        *r,
        "1",
        "--statut",
        "en alerte",
        "--action-realisee",
        "diagnostic technique",
        "--auteur",
        "drac",
        "--json",
    )
    assert upd.returncode == 0, upd.stderr
    assert {c["champ"] for c in as_json(upd)["changements"]} == {"statut", "actions_realisees"}

    photo = tmp_path / "façade été (nord).jpg"
    photo.write_bytes(b"\xff\xd8 photo")
    att = run(cfg, "alerts", "attach", *r, "1", photo, "--description", "Façade nord", "--json")
    assert att.returncode == 0, att.stderr
    assert as_json(att)["filename"] == "façade été (nord).jpg"

    bad = run(cfg, "alerts", "update", *r, "1", "--priorite", "Z", "--date", "01/01/2099", "--element", "999")
    assert_french_error(bad, "« Priorité »", "« Z »", "dans le futur", "« 999 »")
    close = run(cfg, "alerts", "close", *r, "1", "--motif", "Acquis par l'EPF", "--statut", "sauvegardée", "--json")
    assert close.returncode == 0, close.stderr
    assert as_json(close)["statut"] == "sauvegardée"
    again = run(cfg, "alerts", "close", *r, "1", "--motif", "x")
    assert_french_error(again, "déjà close")

    hist = as_json(run(cfg, "alerts", "history", *r, "1", "--json"))
    statut = [(h["old"], h["new"], h["author"]) for h in hist if h["field"] == "statut"]
    created = [h for h in hist if h["action"] == "création"]  # one entry for the creation, with its main values
    assert len(created) == 1 and created[0]["author"] == "udap62" and "Statut : signalée" in created[0]["new"]
    assert statut == [("signalée", "en alerte", "drac"), ("en alerte", "sauvegardée", statut[1][2])]
    assert any(h["action"] == "pièce jointe" for h in hist)
    assert not any(h["field"] == "priorite" and h["new"] == "Z" for h in hist)  # the refused update wrote nothing

    listed = as_json(run(cfg, "alerts", "list", *r, "--json"))
    assert [a["id"] for a in listed] == [1]
    assert as_json(run(cfg, "alerts", "list", *r, "--ouvertes", "--json")) == []
    assert [a["id"] for a in as_json(run(cfg, "alerts", "list", *r, "--element", "42b", "--json"))] == [1]

    out = tmp_path / "exports"
    for kind, name in (
        ("liste", "sites.csv"),
        ("liste", "sites.html"),
        ("rapport", "rapport.html"),
        ("rapport", "rapport.csv"),
    ):
        proc = run(cfg, "alerts", "export", *r, "--type", kind, "--out", out / name)
        assert proc.returncode == 0, proc.stderr
    dossier = run(cfg, "alerts", "export", *r, "--type", "dossier", "--element", "63V", "--out", out / "dossier.html")
    assert dossier.returncode == 0, dossier.stderr
    html = (out / "dossier.html").read_text(encoding="utf-8")
    assert "Bains-douches &lt;fosse&gt;" in html and "façade été (nord).jpg" in html and "Acquis par l&#x27;EPF" in html
    rows = list(csv.DictReader((out / "sites.csv").read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0]["Statut"] == "sauvegardée" and rows[0]["Partenaires alertés"] == "DRAC"


def test_bad_input_is_refused_in_french(tmp_path):
    cfg = tmp_path / "cfg"
    reg = ["--register", tmp_path / "r.gpkg"]
    assert_french_error(run(cfg, "alerts", "add", *reg, "--titre", "x"), "au moins un élément ou un emplacement")
    assert_french_error(run(cfg, "alerts", "add", *reg, "--titre", "x", "--x", "690000"), "--x et --y")
    assert_french_error(
        run(cfg, "alerts", "add", *reg, "--titre", "x", "--element", "63V", "--menace", "99"),
        "« 99 »",
        "facteurs UNESCO",
    )
    assert_french_error(run(cfg, "alerts", "update", *reg, "7", "--etat", "bon"), "Alerte n° 7 inconnue")
    assert_french_error(run(cfg, "alerts", "attach", *reg, "1", tmp_path / "absent.jpg"), "introuvable")
    assert_french_error(
        run(cfg, "alerts", "export", *reg, "--type", "dossier", "--out", tmp_path / "d.html"), "--element"
    )
    assert_french_error(run(cfg, "alerts", "list", "--register", tmp_path / "registre.txt"), "non reconnu")
    assert as_json(run(cfg, "alerts", "list", *reg, "--json")) == []


def test_postgis_register_through_the_cli(tmp_path, postgis_dsn):
    cfg = tmp_path / "cfg"
    dbname = "cli_" + uuid.uuid4().hex[:8]
    import psycopg2

    conn = psycopg2.connect(postgis_dsn)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f"CREATE DATABASE {dbname}")
    conn.close()
    dsn = postgis_dsn.replace("dbname=veille_test", f"dbname={dbname}")
    assert dsn != postgis_dsn
    proc = run(
        cfg,
        "alerts",
        "add",
        "--register",
        dsn,
        "--element",
        "63V",
        "--titre",
        "Chevalement",
        "--priorite",
        "A",
        "--json",
    )
    assert proc.returncode == 0, proc.stderr
    run(cfg, "alerts", "update", "--register", dsn, "1", "--tendance", "stable")
    listed = as_json(run(cfg, "alerts", "list", "--register", dsn, "--json"))
    assert [(a["id"], a["priorite"], a["tendance"]) for a in listed] == [(1, "A", "stable")]


def test_screen_r12_comes_from_the_register(tmp_path):
    ref = load_reference()
    row = resolve_elements(["63V"], ref)[0]
    p = shapely.point_on_surface(ref.elements.geometries[row])
    cfg = tmp_path / "cfg"
    reg = tmp_path / "r.gpkg"

    def rules():
        proc = run(cfg, "screen", "--wkt", p.wkt, "--type", "PC", "--travaux", "façade", "--register", reg, "--json")
        assert proc.returncode == 0, proc.stderr
        data = as_json(proc)
        assert data["liste_peril"] is True
        return data

    before = rules()
    assert run(cfg, "alerts", "add", "--register", reg, "--element", "63V", "--titre", "Cité en péril").returncode == 0
    after = {v["regle"]: v for v in rules()["verdicts"]}["R12"]
    # no element concerned on the list: R12 does not concern the case (issue 25: «non applicable», not «conforme»)
    assert "R12" in before["regles_non_applicables"] and "R12" not in {v["regle"] for v in before["verdicts"]}
    assert after["verdict"] == "à vérifier" and "63V" in after["motif"]


def test_filters_paths_and_places_as_users_type_them(tmp_path):
    cfg = tmp_path / "cfg"
    reg = tmp_path / "r.gpkg"
    assert (
        run(
            cfg, "alerts", "add", "--register", reg, "--element", "19D", "--titre", "Toiture", "--priorite", "a"
        ).returncode
        == 0
    )
    # filters forgive accents and case like «add» does, and refuse what cannot exist
    assert [
        a["id"]
        for a in as_json(
            run(
                cfg,
                "alerts",
                "list",
                "--register",
                reg,
                "--statut",
                "signalee",
                "--priorite",
                "a",
                "--element",
                "19d",
                "--json",
            )
        )
    ] == [1]
    assert_french_error(run(cfg, "alerts", "list", "--register", reg, "--priorite", "Z"), "« Priorité »", "« Z »")
    # a mistyped register is not silently created by a read-only action
    missing = tmp_path / "nexistepas.gpkg"
    assert_french_error(run(cfg, "alerts", "list", "--register", missing), "Registre introuvable", "nexistepas.gpkg")
    assert not missing.exists()
    # an export to an extension it cannot write is refused
    assert_french_error(
        run(cfg, "alerts", "export", "--register", reg, "--out", tmp_path / "liste.pdf"), "« .pdf »", ".html ou .csv"
    )
    assert not (tmp_path / "liste.pdf").exists()
    # degrees given for metres
    assert_french_error(
        run(cfg, "alerts", "add", "--register", reg, "--titre", "x", "--x", "3.0", "--y", "50.4"),
        "hors de France",
        "degrés",
    )
    assert len(as_json(run(cfg, "alerts", "list", "--register", reg, "--json"))) == 1
    # history with French field names and dates
    text = run(cfg, "alerts", "history", "--register", reg, "1").stdout
    assert "Priorité" in text and "priorite" not in text and "T" not in text.split()[0]
