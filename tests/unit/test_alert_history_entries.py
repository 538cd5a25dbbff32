"""An alert's history on a real register (GeoPackage in tmp_path, and PostGIS): a creation is ONE entry with the
alert's main values, then each later change is its own entry; history rows written before (one «création» row per
field) stay as they are and still read."""

import sqlite3
import uuid

import pytest
from test_register import Target

from veille_plugin.core.alerts import exports, service
from veille_plugin.core.alerts.model import creation_summary
from veille_plugin.core.reference.data import load_reference


@pytest.fixture(params=["gpkg", "postgis"])
def target(request, tmp_path):
    if request.param == "gpkg":
        return Target("gpkg", str(tmp_path / "registre.gpkg"))
    return Target("postgis", request.getfixturevalue("postgis_dsn"), "h_" + uuid.uuid4().hex[:12])


@pytest.fixture(scope="module")
def ref():
    return load_reference()


def test_creation_is_one_entry_then_one_per_change(target, ref):
    values, geometry = service.prepare(
        {
            "elements": ["63V"],
            "titre": "Toiture effondrée",
            "priorite": "A",
            "etat": "très mauvais",
            "menaces": ["1.1"],
            "proprietaire_type": "particulier",
            "description": "Constaté depuis la rue.",
        },
        ref,
    )
    with target.open() as reg:
        a = reg.add_alert(values, "udap62", geometry=geometry)
        hist = reg.alert_history(a)
        assert len(hist) == 1
        (created,) = hist
        assert (created["action"], created["field"], created["old"], created["author"]) == (
            "création",
            None,
            None,
            "udap62",
        )
        text = created["new"]
        for part in (
            "Titre : Toiture effondrée",
            "Éléments : 63V Cité des Provinces (Lens)",
            "Priorité : A",
            "Statut : signalée",
            "État : très mauvais",
            "Emplacement : POINT (",
        ):
            assert part in text, (part, text)

        reg.update_alert(a, {"priorite": "B"}, "drac")
        reg.update_alert(a, {"statut": "en alerte", "tendance": "stable"}, "mission")
        hist = reg.alert_history(a)
        assert [(h["action"], h["field"], h["old"], h["new"], h["author"]) for h in hist[1:]] == [
            ("modification", "priorite", "A", "B", "drac"),
            ("modification", "statut", "signalée", "en alerte", "mission"),
            ("modification", "tendance", None, "stable", "mission"),
        ]
        # the exports read it: one row «création» with its values, then the changes
        table = exports.history_table(hist)
        assert len(table) == 4 and table.iloc[0]["Action"] == "création" and "Priorité : A" in table.iloc[0].iloc[5]


def test_alert_placed_by_a_click_names_its_place(target, ref):
    import shapely

    values, geometry = service.prepare({"titre": "Mur écroulé"}, ref, shapely.Point(690000, 7040000))
    with target.open() as reg:
        a = reg.add_alert(values, "udap62", geometry=geometry)
        (created,) = reg.alert_history(a)
    assert created["new"].startswith("Titre : Mur écroulé ; Statut : signalée ; Date du constat : ")
    assert "Emplacement : POINT (690000 7040000)" in created["new"]


def test_older_registers_keep_their_rows(tmp_path, ref):
    target = Target("gpkg", str(tmp_path / "ancien.gpkg"))
    values, geometry = service.prepare({"elements": ["63V"], "titre": "Ancienne alerte", "priorite": "C"}, ref)
    with target.open() as reg:
        a = reg.add_alert(values, "udap62", geometry=geometry)
    # a register written before: one «création» row per field (the triggers refuse UPDATE/DELETE, not INSERT)
    con = sqlite3.connect(target.spec)
    with con:
        con.executemany(
            "INSERT INTO alert_history (alert_id, at, author, action, field, old, new) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (a, "2025-01-01T00:00:00Z", "ancien", "création", f, None, v)
                for f, v in (("titre", "x"), ("statut", "y"))
            ],
        )
    con.close()
    with target.open() as reg:
        reg.update_alert(a, {"priorite": "D"}, "drac")
        hist = reg.alert_history(a)
    assert [(h["action"], h["field"]) for h in hist] == [
        ("création", None),
        ("création", "titre"),
        ("création", "statut"),
        ("modification", "priorite"),
    ]
    assert exports.history_table(hist).iloc[1]["Champ"] == "Titre"


def test_summary_leaves_out_empty_values():
    assert creation_summary({"titre": "T", "elements": "63V", "priorite": None, "statut": "signalée"}) == (
        "Titre : T ; Éléments : 63V ; Statut : signalée"
    )
