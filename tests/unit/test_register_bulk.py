"""The register's bulk sweep (issue 29): a batch converted column by column, once per distinct value, and written in
bulk (one executemany per statement on GeoPackage, COPY into a staging table and set-based merge on PostGIS) keeps
what a case-by-case write did: the same stored values, keys, errors and history rows, on both back ends.

PostGIS runs in the throwaway cluster of the ``postgis_dsn`` fixture (tests/conftest.py), one schema per test.
"""

import uuid

import numpy as np
import pandas as pd
import pytest
import shapely

from veille_plugin.core.errors import InputError
from veille_plugin.core.register import open_register


@pytest.fixture(params=["gpkg", "postgis"])
def register(request, tmp_path):
    if request.param == "gpkg":
        reg = open_register(str(tmp_path / "registre.gpkg"))
    else:
        reg = open_register(request.getfixturevalue("postgis_dsn"), schema="b_" + uuid.uuid4().hex[:12])
    yield reg
    reg.close()


def rows(*cases):
    base = {"type": "PC", "source": "ads", "commune_insee": "62498", "geom_wkb": shapely.Point(690000, 7040000).wkb}
    return pd.DataFrame([{**base, **c} for c in cases])


def stored(reg, key, field):
    return reg.get_cases([key]).iloc[0][field]


def test_text_columns_are_cleaned_as_one_value_at_a_time(register):
    batch = rows(
        {"numero": " PC 1 ", "adresse": "  1 rue Haute  ", "travaux": "", "nature": "a\x00b", "parcelles": "AB 1"},
        {
            "numero": "PC-2",
            "adresse": "2 rue Basse",
            "travaux": "extension",
            "nature": None,
            "parcelles": ["AB 2", "AC 3"],
        },
        {"numero": "pc.3", "adresse": "\u00a03 rue du Puits", "travaux": "\t", "nature": "maison", "parcelles": 12.0},
    )
    register.record_sweep(batch, ["x.csv"], ["ads"], author="robot")
    assert stored(register, "PC1", "numero") == "PC 1"
    assert stored(register, "PC1", "adresse") == "1 rue Haute"
    assert stored(register, "PC1", "travaux") is None  # "" → NULL
    assert stored(register, "PC1", "nature") == "ab"  # NUL removed
    assert stored(register, "PC2", "nature") is None
    assert stored(register, "PC2", "parcelles") == "AB 2; AC 3"  # a column of mixed types: value by value
    assert stored(register, "PC3", "parcelles") == "12"
    assert stored(register, "PC3", "adresse") == "3 rue du Puits"  # non-breaking space stripped like str.strip
    assert stored(register, "PC3", "travaux") is None
    assert sorted(register.case_columns(["numero_norm"])["numero_norm"]) == ["PC1", "PC2", "PC3"]


def test_given_keys_fall_back_on_the_numero(register):
    batch = rows(
        {"numero": "PC 1", "numero_norm": "pc-0001"},
        {"numero": "PC 2", "numero_norm": np.nan},
        {"numero": "PC 3", "numero_norm": None},
    )
    register.record_sweep(batch, ["x.csv"], ["ads"], author="robot")
    assert sorted(register.case_columns(["numero_norm"])["numero_norm"]) == ["PC0001", "PC2", "PC3"]


def test_the_first_unreadable_number_is_named(register):
    # «abc» is met first at row 3, «xyz» at row 4; row 2 repeats a good value
    batch = rows(
        {"numero": "PC 1", "hauteur": "7,5"},
        {"numero": "PC 2", "hauteur": "7,5"},
        {"numero": "PC 3", "hauteur": "abc"},
        {"numero": "PC 4", "hauteur": "xyz"},
    )
    with pytest.raises(InputError, match="Champ « hauteur » du dossier PC 3 : valeur « abc » illisible"):
        register.record_sweep(batch, ["x.csv"], ["ads"], author="robot")
    assert register.count_cases() == 0 and register.sweeps() == []
    ok = rows({"numero": "PC 1", "hauteur": "7,5"}, {"numero": "PC 2", "hauteur": 12}, {"numero": "PC 3"})
    register.record_sweep(ok, ["x.csv"], ["ads"], author="robot")
    assert stored(register, "PC1", "hauteur") == 7.5 and stored(register, "PC2", "hauteur") == 12.0
    assert np.isnan(stored(register, "PC3", "hauteur"))


def test_duplicates_and_missing_numbers_are_refused(register):
    with pytest.raises(InputError, match="numéros en double dans le lot \\(PC1\\)"):
        register.record_sweep(rows({"numero": "PC 1"}, {"numero": "pc-1"}), ["x.csv"], ["ads"], author="robot")
    with pytest.raises(InputError, match="1 dossier\\(s\\) sans numéro exploitable \\(lignes 2\\)"):
        register.record_sweep(rows({"numero": "PC 1"}, {"numero": " "}), ["x.csv"], ["ads"], author="robot")


def test_decisions_history_order_and_never_a_blank_over_a_value(register):
    first = rows(
        {"numero": "PC 1", "decision": "accordé", "decision_date": "2025-01-10"},
        {"numero": "PC 2", "decision": None, "decision_date": None},
        {"numero": "PC 3", "decision": "refusé", "decision_date": None},
    )
    rec = register.record_sweep(first, ["x.csv"], ["ads"], author="robot")
    assert rec.upsert["decisions"] == 2
    register.set_follow_up("PC2", "marie", decision="tacite", decision_date="01/02/2025")
    second = rows(
        {"numero": "PC 2", "decision": "", "decision_date": None},  # blank: the value entered stays
        {"numero": "PC 4", "decision": "Accordé", "decision_date": "05/03/2025"},  # a new case, French date
        {"numero": "PC 1", "decision": "annulé", "decision_date": "2025-01-10"},  # only the decision changed
        {"numero": "PC 3", "decision": "refusé", "decision_date": "2025-02-01"},  # only the date is new
    )
    rec2 = register.record_sweep(second, ["x.csv"], ["ads"], author="robot")
    assert rec2.upsert["decisions"] == 3
    assert (stored(register, "PC2", "decision"), stored(register, "PC2", "decision_date")) == ("tacite", "2025-02-01")
    assert stored(register, "PC4", "decision_date") == "2025-03-05"
    changes = register.history_between("0000", "9999")
    mine = changes[changes["sweep_id"] == rec2.sweep_id][["numero_norm", "field", "old", "new"]]
    assert [tuple(r) for r in mine.itertuples(index=False)] == [
        ("PC4", "decision", None, "accordé"),
        ("PC4", "decision_date", None, "2025-03-05"),
        ("PC1", "decision", "accordé", "annulé"),
        ("PC3", "decision_date", None, "2025-02-01"),
    ]
    with pytest.raises(InputError, match="decision : « refus » n'est pas une valeur admise"):
        register.record_sweep(rows({"numero": "PC 9", "decision": "refus"}), ["x.csv"], ["ads"], author="robot")


def test_tracked_changes_comeback_and_geometry_in_bulk(register):
    n = 300
    batch = pd.DataFrame(
        {
            "numero": [f"PC {k:04d}" for k in range(n)],
            "source": "ads",
            "type": "PC",
            "hauteur": np.where(np.arange(n) % 2 == 0, 7.0, np.nan),
            "geom_wkb": [shapely.Point(690000 + k, 7040000).wkb for k in range(n)],
        }
    )
    register.record_sweep(batch, ["x.csv"], ["ads"], author="robot")
    later = batch.iloc[1:].copy()  # PC 0000 gone
    later.loc[later.index[:2], "type"] = "PA"  # PC 0001 and PC 0002 modified
    later.loc[later.index[2], "hauteur"] = 7  # PC 0003: from NULL to 7
    later.loc[later.index[3], "hauteur"] = 7.0  # PC 0004: 7.0 again, unchanged
    later["geom_wkb"] = None  # no geometry given: the stored ones stay
    rec = register.record_sweep(later, ["x.csv"], ["ads"], author="robot")
    assert (rec.upsert["modifié"], rec.upsert["inchangé"], rec.gone) == (3, n - 4, ["PC0000"])
    assert rec.upsert["changements"] == {
        "PC0001": [("type", "PC", "PA")],
        "PC0002": [("type", "PC", "PA")],
        "PC0003": [("hauteur", None, 7.0)],
    }
    assert shapely.from_wkb(stored(register, "PC0005", "geom_wkb")).equals(shapely.Point(690005, 7040000))
    back = register.record_sweep(batch, ["x.csv"], ["ads"], author="robot")
    assert back.upsert["réapparus"] == ["PC0000"] and back.upsert["modifié"] == 3
    assert [(h["field"], h["old"], h["new"]) for h in register.history("PC0003")] == [
        ("hauteur", None, "7"),
        ("hauteur", "7", None),
    ]
    assert [(h["field"], h["old"], h["new"]) for h in register.history("PC0000")] == [
        ("disparu", "0", "1"),
        ("disparu", "1", "0"),
    ]


def test_empty_geometries_carry_the_geopackage_empty_flag(tmp_path):
    reg = open_register(str(tmp_path / "registre.gpkg"))
    try:
        batch = rows({"numero": "PC 1", "geom_wkb": shapely.Point().wkb}, {"numero": "PC 2"})
        reg.record_sweep(batch, ["x.csv"], ["ads"], author="robot")
    finally:
        reg.close()
    import sqlite3

    conn = sqlite3.connect(str(tmp_path / "registre.gpkg"))
    try:
        blobs = dict(conn.execute("SELECT numero_norm, geom FROM cases").fetchall())
    finally:
        conn.close()
    assert blobs["PC1"][:4] == b"GP\x00\x11" and blobs["PC2"][:4] == b"GP\x00\x01"
