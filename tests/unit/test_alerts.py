"""Alerts («sites en péril») in the veille register, on GeoPackage and PostGIS: values checked with the field
named, append-only history, closing with a reason, conflicts between editors, attachments, migration of an
older register, several processes at once, R12 fed by the register, exports escaped.
"""

import csv
import hashlib
import sqlite3
import uuid
from datetime import date

import pandas as pd
import pytest
import shapely
from processes import run_together
from test_register import Target, case, frame, raw

from veille_plugin.core.alerts import exports, service
from veille_plugin.core.alerts.model import STATUTS, validate_alert
from veille_plugin.core.errors import InputError
from veille_plugin.core.reference.data import load_reference
from veille_plugin.core.register import LATEST_VERSION, open_register
from veille_plugin.core.register.alerts import AlertConflictError, safe_filename


@pytest.fixture(params=["gpkg", "postgis"])
def target(request, tmp_path):
    if request.param == "gpkg":
        return Target("gpkg", str(tmp_path / "registre.gpkg"))
    return Target("postgis", request.getfixturevalue("postgis_dsn"), "a_" + uuid.uuid4().hex[:12])


@pytest.fixture(scope="module")
def ref():
    return load_reference()


def _add(reg, ref, author="udap62", geometry=None, **values):
    values.setdefault("titre", "Bains-douches de la fosse")
    v, g = service.prepare(values, ref, geometry)
    return reg.add_alert(v, author, geometry=g)


# --------------------------------------------------------------------------- values
def test_values_are_normalised():
    v = validate_alert(
        {
            "titre": "  Chevalement  ",
            "priorite": "b",
            "etat": "TRES MAUVAIS",
            "tendance": "en degradation",
            "categorie": "Principale urgence",
            "actions_prevues": "acquisition epf; Clos et couvert; acquisition EPF",
            "menaces": ["13", "1,1", "1.1"],
            "date_constat": "02/05/2024",
            "partenaires": "DRAC;  commune ;",
        },
        today=date(2026, 1, 1),
    )
    assert v["titre"] == "Chevalement"
    assert (
        v["priorite"] == "B"
        and v["etat"] == "très mauvais"
        and v["tendance"] == "en dégradation"
        and v["categorie"] == "principale urgence"
    )
    assert v["actions_prevues"] == "acquisition EPF; clos et couvert"
    assert v["menaces"] == "1.1; 13"
    assert v["date_constat"] == "2024-05-02"
    assert v["partenaires"] == "DRAC; commune"
    assert v["statut"] == "signalée"


def test_bad_values_are_all_named_in_one_message():
    with pytest.raises(InputError) as err:
        validate_alert(
            {
                "titre": "",
                "priorite": "Z",
                "etat": "ruine",
                "date_constat": "31/12/2099",
                "menaces": "15; 1.1",
                "couleur": "rouge",
                "actions_realisees": "prière",
            },
            today=date(2026, 11, 22),
        )
    text = str(err.value)
    for expected in (
        "« Priorité » : valeur « Z »",
        "« État » : valeur « ruine »",
        "2099-12-31 est dans le futur",
        "« 15 »",
        "champ « couleur » inconnu",
        "« prière »",
        "« Titre » est obligatoire",
    ):
        assert expected in text
    with pytest.raises(InputError, match="illisible"):
        validate_alert({"titre": "x", "date_constat": "hier"})
    with pytest.raises(InputError, match="200 au plus"):
        validate_alert({"titre": "x" * 201})


def test_unknown_elements_are_reported_with_the_other_errors(ref):
    with pytest.raises(InputError) as err:
        service.prepare({"titre": "x", "elements": ["63V", "999", "zz"], "priorite": "G"}, ref)
    assert "« 999 », « zz »" in str(err.value) and "« Priorité »" in str(err.value)


def test_elements_give_names_commune_and_a_point_inside(ref):
    values, geom = service.prepare({"titre": "x", "elements": " 89b ; 42B"}, ref)
    assert values["elements"] == "89B; 42B"
    assert values["commune_insee"] == "62083; 62443; 62637"
    assert values["commune_nom"] == "Barlin; Hersin-Coupigny; Oignies"
    assert values["elements_noms"].startswith("89B ")
    rows = service.resolve_elements(["89B", "42B"], ref)
    assert shapely.union_all(ref.elements.geometries[rows]).contains(geom)
    # a click away from any element: the commune under it
    values, geom = service.prepare({"titre": "x"}, ref, shapely.Point(690000, 7040000))
    assert values["commune_nom"] == "Vendin-le-Vieil" and "elements_noms" not in values


def test_click_finds_nearby_elements(ref):
    row = service.resolve_elements(["63V"], ref)[0]
    inside = shapely.point_on_surface(ref.elements.geometries[row])
    assert service.elements_near(inside, ref)[0] == "63V"
    assert service.elements_near(shapely.Point(600000, 7000000), ref) == []


# --------------------------------------------------------------------------- register
def test_create_edit_close_reopen_with_history(target, ref):
    with target.open() as reg:
        assert reg.schema_version == LATEST_VERSION
        a = _add(reg, ref, elements=["63V"], priorite="A", menaces=["1.1"], proprietaire_type="particulier")
        alert = reg.get_alert(a)
        assert (alert["statut"], alert["priorite"], alert["auteur"], alert["version"]) == ("signalée", "A", "udap62", 1)
        assert alert["commune_nom"] == "Lens"
        assert shapely.from_wkb(alert["geom_wkb"]).geom_type == "Point"
        created = reg.alert_history(a)  # one entry for the creation, with the main values
        assert [(h["action"], h["field"], h["old"]) for h in created] == [("création", None, None)]
        assert "Priorité : A" in created[0]["new"] and "63V Cité des Provinces (Lens)" in created[0]["new"]

        assert reg.update_alert(a, {"priorite": "A"}, "drac") == []  # nothing changed, nothing written
        changes = reg.update_alert(a, {"statut": "en alerte", "etat": "mauvais"}, "drac")
        assert sorted(changes) == [("etat", None, "mauvais"), ("statut", "signalée", "en alerte")]
        with pytest.raises(InputError, match="motif de clôture"):
            reg.update_alert(a, {"statut": "perdue"}, "drac")
        with pytest.raises(InputError, match="sauvegardée"):
            reg.close_alert(a, "motif", "drac", statut="travaux")
        with pytest.raises(InputError, match="obligatoire"):
            reg.close_alert(a, "  ", "drac")
        reg.close_alert(a, "Acquis par l'EPF, clos et couvert assuré", "mission", statut="sauvegardée")
        closed = reg.get_alert(a)
        assert closed["statut"] == "sauvegardée" and closed["closed_at"] and closed["version"] == 3
        with pytest.raises(InputError, match="déjà close"):
            reg.close_alert(a, "encore", "mission")
        reg.update_alert(a, {"statut": "travaux"}, "mission")
        assert reg.get_alert(a)["closed_at"] is None
        actions = [h["action"] for h in reg.alert_history(a)]
        assert actions[-1] == "réouverture" and "clôture" in actions
        hist = [h for h in reg.alert_history(a) if h["field"] == "statut"]
        assert [(h["old"], h["new"], h["author"]) for h in hist] == [
            ("signalée", "en alerte", "drac"),
            ("en alerte", "sauvegardée", "mission"),
            ("sauvegardée", "travaux", "mission"),
        ]
        with pytest.raises(InputError, match="inconnue"):
            reg.update_alert(999, {"etat": "bon"}, "x")
        with pytest.raises(InputError, match="author"):
            reg.update_alert(a, {"etat": "bon"}, " ")


def test_new_alert_needs_a_place_and_cannot_be_born_closed(target):
    with target.open() as reg:
        with pytest.raises(InputError, match="au moins un élément"):
            reg.add_alert({"titre": "x"}, "moi")
        with pytest.raises(InputError, match="créée close"):
            reg.add_alert({"titre": "x", "statut": "perdue"}, "moi", geometry=shapely.Point(690000, 7040000))
        assert len(reg.alerts()) == 0


def test_nothing_is_ever_deleted(target, ref):
    with target.open() as reg:
        a = _add(reg, ref, elements=["63V"])
        reg.add_attachment(a, b"x", "moi", filename="photo.jpg")
    for sql in (
        "DELETE FROM alerts",
        "DELETE FROM alert_history",
        "UPDATE alert_history SET new = 'x'",
        "DELETE FROM alert_attachments",
    ):
        with pytest.raises(Exception, match="rien ne se supprime"):
            raw(target, sql, fetch=False)
    with target.open() as reg:
        assert len(reg.alerts()) == 1 and len(reg.attachments(a)) == 1


def test_conflicting_edit_is_refused_and_disjoint_edits_are_both_kept(target, ref):
    with target.open() as reg:
        a = _add(reg, ref, elements=["63V"], etat="mauvais", tendance="stable")
        seen_by_b = reg.get_alert(a)
        reg.update_alert(a, {"etat": "très mauvais"}, "agent A", expected={"etat": "mauvais"})
        # B opened the alert before A saved: B changes another field → kept; the same field → refused
        reg.update_alert(a, {"tendance": "en dégradation"}, "agent B", expected={"tendance": seen_by_b["tendance"]})
        with pytest.raises(AlertConflictError, match="« État » modifié\\(s\\) entre-temps par agent B"):
            reg.update_alert(a, {"etat": "passable"}, "agent B", expected={"etat": seen_by_b["etat"]})
        now = reg.get_alert(a)
        assert (now["etat"], now["tendance"]) == ("très mauvais", "en dégradation")


def test_attachments_keep_odd_names_and_exact_content(target, ref, tmp_path):
    odd = tmp_path / "été 2024 – façade «nord» (1).JPG"
    content = bytes(range(256)) * 100
    odd.write_bytes(content)
    with target.open() as reg:
        a = _add(reg, ref, elements=["63V"])
        first = reg.add_attachment(a, odd, "moi", description="Photo <prise> depuis la rue")
        reg.add_attachment(a, b"PDF", "moi", filename="..\\..\\etc/passwd")
        reg.add_attachment(a, b"bytes", "moi", filename=b"lettre_\xe9t\xe9.pdf")  # Latin-1 name as raw bytes
        reg.add_attachment(a, b"nul", "moi", filename="a\x00b\nc?.txt")
        atts = reg.attachments(a)
        assert [x["filename"] for x in atts] == [
            "été 2024 – façade «nord» (1).JPG",
            "passwd",
            "lettre_\ufffdt\ufffd.pdf",
            "a_b_c_.txt",
        ]
        assert atts[0]["size"] == len(content) and atts[0]["sha256"] == hashlib.sha256(content).hexdigest()
        assert atts[0]["mime"] == "image/jpeg"
        assert reg.attachment_content(first) == content
        out1 = reg.save_attachment(first, tmp_path / "sortie")
        out2 = reg.save_attachment(first, tmp_path / "sortie")
        assert out1.read_bytes() == content and out2.name == "été 2024 – façade «nord» (1) (2).JPG"
        assert [h["action"] for h in reg.alert_history(a)].count("pièce jointe") == 4
        with pytest.raises(InputError, match="introuvable"):
            reg.add_attachment(a, tmp_path / "absent.jpg", "moi")
        with pytest.raises(InputError, match="inconnue"):
            reg.add_attachment(12345, b"x", "moi", filename="x.txt")


def test_attachment_too_large_is_refused(target, ref, tmp_path, monkeypatch):
    import veille_plugin.core.register.alerts as mod

    monkeypatch.setattr(mod, "MAX_ATTACHMENT_BYTES", 1000)
    big = tmp_path / "gros.tif"
    big.write_bytes(b"0" * 1001)
    with target.open() as reg:
        a = _add(reg, ref, elements=["63V"])
        with pytest.raises(InputError, match="gros.tif refusée"):
            reg.add_attachment(a, big, "moi")
        assert reg.attachments(a) == []


def test_safe_filename():
    assert safe_filename("../../x/y.txt") == "y.txt"
    assert safe_filename("") == "piece_jointe"
    assert safe_filename("e\u0301te\u0301.png") == "été.png"  # NFC
    long = safe_filename("é" * 300 + ".pdf")
    assert long.endswith(".pdf") and len(long.encode("utf-8")) <= 200


def test_register_from_an_older_version_is_migrated(target, ref):
    with target.open(target_version=3) as reg:
        reg.upsert_cases(frame(case("PC 1")), None, "robot")
        assert reg.schema_version == 3
        before = reg.get_cases()
    with target.open() as reg:
        assert reg.schema_version == LATEST_VERSION
        pd.testing.assert_frame_equal(reg.get_cases(), before)
        a = _add(reg, ref, elements=["63V"])
        assert reg.get_alert(a)["titre"] == "Bains-douches de la fosse"
    versions = raw(target, "SELECT version FROM schema_migrations ORDER BY version")
    assert [v[0] for v in versions] == list(range(1, LATEST_VERSION + 1))


def test_alerts_table_is_a_point_layer_for_qgis(tmp_path, ref):
    from osgeo import ogr

    path = tmp_path / "r.gpkg"
    with open_register(str(path)) as reg:
        _add(reg, ref, elements=["63V"], priorite="A")
        _add(reg, ref, elements=["42B"], priorite="C")
    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName("alerts")
    assert layer.GetGeomType() == ogr.wkbPoint and layer.GetFeatureCount() == 2
    assert layer.GetSpatialRef().GetAuthorityCode(None) == "2154"
    assert sorted(f.GetField("priorite") for f in layer) == ["A", "C"]


def test_alerted_elements_feed_rule_r12(target, ref):
    from veille_plugin.core.rules.case_screening import screen_cases
    from veille_plugin.core.rules.catalogue import load_catalogue

    row = service.resolve_elements(["63V"], ref)[0]
    inside = shapely.point_on_surface(ref.elements.geometries[row])
    with target.open() as reg:
        assert reg.alerted_elements() == set()
        a = _add(reg, ref, elements=["63V", "42B"])
        _add(reg, ref, elements=["89B"])
        reg.close_alert(reg.alerts(element="89B")["id"].iloc[0], "Sauvé", "moi", statut="sauvegardée")
        assert reg.alerted_elements() == {"63V", "42B"}
        danger = reg.alerted_elements()

    def r12(danger_list):
        cs = screen_cases(
            [inside],
            ref,
            load_catalogue(),
            crs="EPSG:2154",
            danger_list=danger_list,
            case_type=["PC"],
            works=["façade"],
        )
        return cs.table()["regles"].iloc[0]

    assert "R12" in r12(danger)
    assert "R12" not in r12(set())
    with target.open() as reg:
        reg.close_alert(a, "Doublon", "moi")
        assert reg.alerted_elements() == set()


def test_sweep_uses_the_register_alerts_for_r12(tmp_path, ref):
    """A weekly sweep reads the danger list from the register it writes to."""
    from veille_plugin.core.paths import resources_dir
    from veille_plugin.core.rules.catalogue import load_catalogue
    from veille_plugin.core.sweep.run import SourceSpec, run_sweep

    with open_register(str(tmp_path / "r.gpkg")) as reg:
        first = run_sweep(
            [SourceSpec((resources_dir() / 'demo') / "permis_fictifs_semaine1.csv", "auto", None, "demo")],
            reg,
            ref,
            load_catalogue(),
            tmp_path / "s1",
            parcels=(resources_dir() / 'demo') / "parcelles_fictives.geojson",
            author="t",
        )
        cases = reg.get_cases()
        touched = cases[cases["elements"].notna()]
        assert len(touched), "the demo permits touch elements"
        element = touched["elements"].iloc[0].split(";")[0]
        assert not touched["regles"].fillna("").str.contains("R12").any()
        _add(reg, ref, elements=[element])
        run_sweep(
            [SourceSpec((resources_dir() / 'demo') / "permis_fictifs_semaine1.csv", "auto", None, "demo")],
            reg,
            ref,
            load_catalogue(),
            tmp_path / "s2",
            parcels=(resources_dir() / 'demo') / "parcelles_fictives.geojson",
            author="t",
        )
        after = reg.get_cases().set_index("numero_norm")
        key = touched["numero_norm"].iloc[0]
        assert "R12" in after.loc[key, "regles"]
        assert any(h["field"] == "regles" for h in reg.history(key))
    assert first.sweep_id == 1


# --------------------------------------------------------------------------- several processes
def _editor(spec, schema, proc, n, shared_id, start):
    import shapely as shp

    from veille_plugin.core.register import open_register as op

    fields = ["proprietaire_nom", "description", "dossier_veille", "titre"]  # free text: every process writes its own
    with op(spec, schema=schema) as reg:
        start.wait(60)
        for j in range(n):
            a = reg.add_alert(
                {"titre": f"Alerte {proc}-{j}", "priorite": "ABCDEF"[j % 6]},
                f"proc{proc}",
                geometry=shp.Point(690000 + proc, 7040000 + j),
            )
            reg.add_attachment(a, f"photo {proc}-{j}".encode(), f"proc{proc}", filename=f"photo_{proc}_{j}.jpg")
            field = fields[proc % len(fields)]
            reg.update_alert(shared_id, {field: f"{field} {proc}-{j}"}, f"proc{proc}")


def test_concurrent_editors_lose_nothing(target, ref):
    procs, n = 4, 25
    with target.open() as reg:
        shared = _add(reg, ref, elements=["63V"])
        history_before = len(reg.alert_history(shared))
    assert run_together(_editor, [(target.spec, target.schema, p, n, shared) for p in range(procs)], 180) == [0] * procs
    with target.open() as reg:
        alerts = reg.alerts()
        assert len(alerts) == 1 + procs * n
        assert set(alerts["titre"]) >= {f"Alerte {p}-{j}" for p in range(procs) for j in range(n)}
        assert sorted(alerts["priorite"].tolist()[1:]) == sorted(
            "ABCDEF"[j % 6] for _ in range(procs) for j in range(n)
        )
        assert sum(len(reg.attachments(a)) for a in alerts["id"]) == procs * n
        final = reg.get_alert(shared)
        # each process owned one field: its last value is there, whatever the interleaving
        assert (final["proprietaire_nom"], final["description"], final["dossier_veille"], final["titre"]) == tuple(
            f"{f} {p}-{n - 1}" for p, f in enumerate(["proprietaire_nom", "description", "dossier_veille", "titre"])
        )
        assert final["version"] == 1 + procs * n
        assert len(reg.alert_history(shared)) == history_before + procs * n


# --------------------------------------------------------------------------- exports
def test_exports_escape_text_and_count_factors(target, ref, tmp_path):
    with target.open() as reg:
        a1 = _add(
            reg,
            ref,
            elements=["63V"],
            titre="<script>alert('x')</script> & co",
            priorite="A",
            menaces=["1.1", "1.3", "13"],
            tendance="en dégradation",
        )
        _add(reg, ref, elements=["42B"], titre="Terril", priorite="C", menaces=["6"], tendance="stable")
        a3 = _add(reg, ref, elements=["89B"], titre="Cité", priorite="B", menaces=["1.2"], tendance="en dégradation")
        _add(reg, ref, elements=["89B"], titre="Sans menace", priorite="F")
        reg.close_alert(a3, "Travaux achevés", "moi", statut="sauvegardée")
        reg.add_attachment(
            a1, b"x", "moi", filename="<img src=x onerror=alert(1)>.jpg", description="<img src=x onerror=alert(1)>"
        )

        table = exports.periodic_table(reg.alerts())
        got = {
            r["Facteur"]: (
                r["Alertes"],
                r["Ouvertes"],
                r["Ouvertes — en dégradation"],
                r["Ouvertes — stable"],
                r["Closes"],
            )
            for r in table.to_dict("records")
        }
        zero = (0, 0, 0, 0, 0)
        assert list(got) == [str(k) for k in range(1, 15)] + ["—"]  # the 14 factors of the periodic report, even at 0
        assert got == {
            **{str(k): zero for k in range(1, 15)},
            "1": (2, 1, 1, 0, 1),
            "6": (1, 1, 0, 1, 0),
            "13": (1, 1, 1, 0, 0),
            "—": (1, 1, 0, 0, 0),
        }

        liste = exports.export(reg, "liste", "html", tmp_path / "liste.html").read_text(encoding="utf-8")
        dossier = exports.export(reg, "dossier", "html", tmp_path / "d.html", element="63v", ref=ref).read_text(
            encoding="utf-8"
        )
        rapport = exports.export(reg, "rapport", "html", tmp_path / "r.html").read_text(encoding="utf-8")
        csv_path = exports.export(reg, "liste", "csv", tmp_path / "liste.csv", ouvertes=True)
        hist_csv = exports.export(reg, "dossier", "csv", tmp_path / "h.csv", alert_id=a1)
        with pytest.raises(InputError, match="--element"):
            exports.export(reg, "dossier", "html", tmp_path / "x.html")
    for text in (liste, dossier):
        assert "<script>" not in text and "&lt;script&gt;" in text
    assert "<img src=x" not in dossier and "&lt;img src=x onerror=alert(1)&gt;" in dossier
    assert "_img src=x onerror=alert(1)_.jpg" in dossier  # reserved characters of file names replaced
    assert "Historique" in dossier and "Cité des Provinces" in dossier
    assert (
        liste.index("&lt;script&gt;") < liste.index(">Terril<") < liste.index(">Sans menace<") < liste.index(">Cité<")
    )  # A, C, F, then closed
    assert "Constructions et développement" in rapport and "unesco" not in rapport.lower().split("<body>")[0]
    raw_bytes = csv_path.read_bytes()
    assert raw_bytes.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw_bytes.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert [r["Priorité"] for r in rows] == ["A", "C", "F"]
    assert (
        rows[0]["Menaces (facteurs UNESCO)"]
        == "1.1 Logement; 1.3 Zones industrielles; 13 Facteurs de gestion et institutionnels"
    )
    assert "création" in hist_csv.read_text(encoding="utf-8-sig")


def test_statuses_are_those_of_the_issue():
    assert STATUTS == (
        "signalée",
        "en alerte",
        "mesures d'urgence",
        "maîtrise foncière",
        "projet",
        "travaux",
        "sauvegardée",
        "perdue",
        "levée",
    )


def test_geopackage_alert_tables_are_listed(tmp_path, ref):
    path = tmp_path / "r.gpkg"
    with open_register(str(path)) as reg:
        _add(reg, ref, elements=["63V"])
    conn = sqlite3.connect(path)
    kinds = dict(
        conn.execute("SELECT table_name, data_type FROM gpkg_contents WHERE table_name LIKE 'alert%'").fetchall()
    )
    conn.close()
    assert kinds == {"alerts": "features", "alert_history": "attributes", "alert_attachments": "attributes"}
