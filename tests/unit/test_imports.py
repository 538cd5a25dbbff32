"""Permit imports (Sitadel, CSV/Excel exports with a column mapping), parcel references and geolocation.

Real data: tests/data/sitadel (Toulouse Sitadel rows), tests/data/cadastre (Etalab parcels of 91216).
Demonstration data: resources/demo/permis_fictifs_semaine*.csv and parcelles_fictives.geojson (FICTITIOUS).
"""

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import shapely

from veille_plugin.core.errors import InputError
from veille_plugin.core.imports import (
    STANDARD_COLUMNS,
    ParcelIndex,
    RowMessage,
    geolocate,
    guess_mapping,
    list_mappings,
    load_mapping,
    parse_parcel_column,
    parse_parcel_refs,
    read_permits,
    read_sitadel,
    read_tabular,
    save_mapping,
)
from veille_plugin.core.imports.model import parse_dates
from veille_plugin.core.imports.tabular import delete_mapping, write_excel
from veille_plugin.core.screening.engine import screen
from veille_plugin.core.vector_io import VectorTable

ROOT = Path(__file__).resolve().parents[2]
SITADEL = ROOT / "tests" / "data" / "sitadel"
PA_FILE = SITADEL / "sample_toulouse_Liste-des-permis-damenager.2026-01.csv"
PD_FILE = SITADEL / "sample_toulouse_Liste-des-permis-de-demolir.2026-01.csv"
CADASTRE = ROOT / "tests" / "data" / "cadastre" / "cadastre-91216-parcelles-extrait.json"
DEMO = ROOT / "resources" / "demo"
WEEK1, WEEK2 = DEMO / "permis_fictifs_semaine1.csv", DEMO / "permis_fictifs_semaine2.csv"
DEMO_PARCELS = DEMO / "parcelles_fictives.geojson"


def _lines(path: Path, encoding="utf-8") -> list:
    return path.read_bytes().decode(encoding).replace("\r\n", "\n").rstrip("\n").split("\n")


def _texts(messages, level=None) -> list:
    return [str(m) for m in messages if level is None or m.level == level]


@pytest.fixture(scope="module")
def demo_parcels():
    return ParcelIndex.from_file(DEMO_PARCELS)


# ----------------------------------------------------------------------------- Sitadel, real files


@pytest.mark.parametrize("path,kind,num_col", [(PA_FILE, "PA", "NUM_PA"), (PD_FILE, "PD", "NUM_PD")])
def test_real_toulouse_samples_read_without_error(path, kind, num_col):
    res = read_permits(path)
    lines = _lines(path)
    assert res.fmt == "sitadel" and res.encoding == "utf-8"
    assert len(res.df) == len(lines) - 2  # two header lines: labels then codes
    assert list(res.df.columns) == list(STANDARD_COLUMNS)
    assert res.errors() == []
    assert set(res.df["type"]) == {kind}
    assert set(res.df["commune_insee"]) == {"31555"}
    assert res.df["ligne"].tolist() == list(range(3, len(lines) + 1))
    assert set(res.df["statut_dossier"]) <= {"autorisé", "annulé", "commencé", "terminé"}
    # numbers kept as given, 13 characters
    raw = pd.read_csv(path, sep=";", header=1, dtype=str, keep_default_na=False)
    assert res.df["numero"].tolist() == raw[num_col].tolist()
    assert (res.df["numero"].str.len() == 13).all()
    # parcels: 14-character ids built from section + number, prefix 000 by default
    ids = res.df["parcelles"].dropna().str.split(";").explode()
    assert ids.str.fullmatch(r"31555\d{3}[0-9A-Z]{2}\d{4}").all()
    first = res.df.iloc[0]
    assert first["ligne"] == 3 and "TOULOUSE" in first["adresse"]


def test_real_malformed_cadastral_refs_reported_with_rows():
    pd_res = read_sitadel(PD_FILE)
    warn = _texts(pd_res.messages, "avertissement")
    # row 1 of the data (line 3): SEC_CADASTRE1 = «837», no number
    assert any(
        "ligne 3, champ « SEC_CADASTRE1/NUM_CADASTRE1 »" in t and "« 837 »" in t and "parcelle ignorée" in t
        for t in warn
    )
    # line 4: prefix «842» in the section field, «BH121» / «BH123» in the number field: understood
    row4 = pd_res.df.loc[pd_res.df["ligne"] == 4].iloc[0]
    assert row4["parcelles"] == "31555842BH0121;31555842BH0123"
    # line 5: «110» unquoted, 4-digit «1479»
    row5 = pd_res.df.loc[pd_res.df["ligne"] == 5].iloc[0]
    assert row5["parcelles"] == "31555000BA0110;31555000BA0114;31555000BA1479"
    pa_res = read_sitadel(PA_FILE)
    warn = _texts(pa_res.messages, "avertissement")
    assert any("ligne 124" in t and "« 79P »" in t for t in warn)
    assert pa_res.df.loc[pa_res.df["ligne"] == 26, "parcelles"].iat[0] == "31555846AP0015;31555846AP0014;31555846AP0005"
    # every malformed reference is a message; no row lost
    assert len(pa_res.df) == 251 and len(pd_res.df) == 1730


def _rewrite(tmp_path, lines, name="variante.csv", encoding="utf-8"):
    p = tmp_path / name
    p.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return p


def test_one_header_line_and_codes_then_labels(tmp_path):
    lines = _lines(PD_FILE)
    ref = read_sitadel(PD_FILE).df
    one = read_sitadel(_rewrite(tmp_path, lines[1:], "codes_seuls.csv"))
    assert len(one.df) == len(ref)
    assert one.df["ligne"].iat[0] == 2
    assert one.df.drop(columns=["source", "ligne"]).equals(ref.drop(columns=["source", "ligne"]))
    assert "1 ligne(s) d'en-tête" in str(one.messages[0])
    swapped = read_sitadel(_rewrite(tmp_path, [lines[1], lines[0]] + lines[2:], "codes_puis_libelles.csv"))
    assert swapped.df.drop(columns=["source"]).equals(ref.drop(columns=["source"]))
    assert "2 ligne(s) d'en-tête" in str(swapped.messages[0])


def test_upper_and_mixed_case_codes(tmp_path):
    lines = _lines(PA_FILE)
    mixed = (
        lines[1]
        .replace('"NUM_PA"', '"Num_PA"')
        .replace('"ETAT_PA"', '"Etat_PA"')
        .replace('"REG_CODE"', '"REG"')
        .replace('"DEP_CODE"', '"DEP"')
    )
    mixed = mixed.replace('"SEC_CADASTRE1"', '"Sec_Cadastre1"').replace('"COMM"', '"Comm"')
    res = read_permits(_rewrite(tmp_path, [lines[0], mixed] + lines[2:]))
    ref = read_sitadel(PA_FILE)
    assert res.fmt == "sitadel"
    assert res.df.drop(columns=["source"]).equals(ref.df.drop(columns=["source"]))


def test_windows_1252_and_latin1_files(tmp_path):
    text = PA_FILE.read_text(encoding="utf-8")  # its labels have «’», a Windows-1252 character
    p = tmp_path / "pa_cp1252.csv"
    p.write_bytes(text.encode("cp1252"))
    res = read_sitadel(p)
    ref = read_sitadel(PA_FILE)
    assert res.encoding == "cp1252"
    assert res.df.drop(columns=["source"]).equals(ref.df.drop(columns=["source"]))
    # Latin-1 with accents in values
    lines = _lines(PD_FILE)[1:3]
    lines[1] = lines[1].replace('"TOULOUSE"', '"SAINT-ÉTIENNE-LÈS-REMIREMONT"')
    p = _rewrite(tmp_path, lines, "latin1.csv", encoding="latin-1")
    res = read_sitadel(p)
    assert res.df["commune_nom"].iat[0] == "SAINT-ÉTIENNE-LÈS-REMIREMONT"


def test_every_unparseable_row_is_reported_with_its_line(tmp_path):
    header = '"COMM";"TYPE_DAU";"NUM_DAU";"ETAT_DAU";"SEC_CADASTRE1";"NUM_CADASTRE1";"DATE_DEPOT"'
    rows = [
        header,
        '"62498";"PC";"06249826A0001";"2";"AB";"12";"05/01/2026"',  # line 2: fine
        '"62498";"PC";"06249826A0002";"2";"AB";"12";"05/01/2026";"en trop"',  # line 3: one field too many
        '"62498";"DP";"06249826A0003";"2"',  # line 4: too few fields: kept, warned
        "",  # line 5: blank
        '"62498";"PC";"";"2";"AB";"13";"05/01/2026"',  # line 6: no number
        '"62498";"PC";"06249826A0005";"9";"AB";"14";"31/02/2026"',  # line 7: bad state, bad date
        '"62A98";"XX";"06249826A0006";"2";"837";"";""',  # line 8: bad commune code, bad type, bad ref
        '"";"PC";"06249826A0007";"2";"AB";"15";"2026-01-07"',  # line 9: commune from the number
        '"62498";"PC";"06249826A0001";"5";"AB";"12";"06/01/2026"',  # line 10: duplicate number
    ]
    res = read_sitadel(_rewrite(tmp_path, rows, "problemes.csv"))
    by_line = {}
    for m in res.messages:
        by_line.setdefault(m.row, []).append(m)
    assert (
        [m.level for m in by_line[3]] == ["erreur"]
        and "8 champs au lieu de 7" in str(by_line[3][0])
        and "ligne ignorée" in str(by_line[3][0])
    )
    assert [m.level for m in by_line[4]] == ["avertissement"] and "4 champs au lieu de 7" in str(by_line[4][0])
    assert any(m.field == "numero" and m.level == "erreur" for m in by_line[6])
    assert {m.field for m in by_line[7]} == {"ETAT_DAU", "DATE_DEPOT"}
    assert {m.field for m in by_line[8]} == {"COMM", "TYPE_DAU", "SEC_CADASTRE1/NUM_CADASTRE1"}
    assert any("déduit du numéro" in m.text for m in by_line[9])
    # the same number again in the same commune: the last line is kept, the earlier one said ignored (issue 27)
    assert [m.level for m in by_line[2]] == ["erreur"] and "repris plus loin (ligne 10)" in by_line[2][0].text
    # nothing dropped silently: 9 data lines (one blank) = kept rows + rows ignored with an «erreur»
    ignored = {m.row for m in res.messages if m.level == "erreur"}
    assert len(res.df) + len(ignored) == 8
    assert res.df["ligne"].tolist() == [4, 7, 8, 9, 10]
    d = res.df.set_index("ligne")
    assert d.loc[7, "date_depot"] is None and d.loc[7, "statut_dossier"] == "9"
    assert d.loc[9, "commune_insee"] == "62498" and d.loc[9, "date_depot"] == "2026-01-07"
    assert d.loc[8, "parcelles"] is None and d.loc[8, "type"] is None


def test_quoted_line_breaks_keep_exact_line_numbers(tmp_path):
    rows = [
        '"COMM";"NUM_PD";"ETAT_PD";"ADR_LIBVOIE_TER"',
        '"62498";"06249826A0001";"2";"RUE A"',
        '"62498";"06249826A0002";"2";"RUE\nSUR DEUX LIGNES"',
        '"62498";"06249826A0003";"2";"RUE C"',
    ]
    res = read_sitadel(_rewrite(tmp_path, rows))
    assert res.df["ligne"].tolist() == [2, 3, 5]
    assert res.df["adresse"].iat[1] == "RUE\nSUR DEUX LIGNES"


def test_not_a_sitadel_file_is_refused_in_french(tmp_path):
    p = _rewrite(tmp_path, ["a;b;c", "1;2;3"])
    with pytest.raises(InputError, match="n'est pas un fichier Sitadel"):
        read_sitadel(p)
    with pytest.raises(InputError, match="Fichier introuvable"):
        read_permits(tmp_path / "absent.csv")


def test_row_message_french_text():
    m = RowMessage(
        "permis.csv",
        12,
        "parcelles",
        "avertissement",
        "référence cadastrale illisible « AB1X » ; localisation imprécise",
    )
    assert (
        str(m) == "permis.csv, ligne 12, champ « parcelles » : référence cadastrale illisible « AB1X » ; localisation "
        "imprécise"
    )
    assert str(RowMessage("permis.csv", None, None, "information", "3 dossiers")) == "permis.csv : 3 dossiers"


def test_dates_dd_mm_yyyy_and_iso():
    iso, bad = parse_dates(
        ["05/01/2026", "5/1/2026", "2026-01-05", "2026-01-05 00:00:00", "05.01.26", "31/02/2026", "demain", "", None]
    )
    assert iso.tolist() == ["2026-01-05"] * 5 + [None, None, None, None]
    assert bad.tolist() == [False] * 5 + [True, True, False, False]


# ----------------------------------------------------------------------------- the demonstration files (FICTITIOUS)


def test_demo_generator_is_reproducible(tmp_path):
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_demo_permits.py"), "--out", str(tmp_path)],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    for name in ("permis_fictifs_semaine1.csv", "permis_fictifs_semaine2.csv", "parcelles_fictives.geojson"):
        assert (tmp_path / name).read_bytes() == (DEMO / name).read_bytes(), (
            f"{name} : relancez scripts/make_demo_permits.py"
        )


def test_demo_files_are_marked_fictitious():
    for path, enc in ((WEEK1, "utf-8"), (WEEK2, "latin-1")):
        df = pd.read_csv(
            path,
            sep=";",
            dtype=str,
            keep_default_na=False,
            encoding=enc,
            header=1 if path == WEEK1 else 0,
            on_bad_lines="skip",
        )
        num = df["NUM_DAU"] if "NUM_DAU" in df.columns else df["Num_DAU"]
        assert num[num != ""].str.startswith("FICTIF").all()
        assert df["COMMENTAIRE"].str.startswith("DONN").all() and df["COMMENTAIRE"].str.contains("FICTIVES").all()
    fc = json.loads(DEMO_PARCELS.read_text(encoding="utf-8"))
    assert "FICTIVES" in fc["description"] and fc["crs"]["properties"]["name"].endswith("2154")
    assert all(f["properties"]["fictif"] is True for f in fc["features"])


def test_demo_parcels_ids_use_the_real_commune_code(ref, demo_parcels):
    fc = json.loads(DEMO_PARCELS.read_text(encoding="utf-8"))
    communes = dict(zip(ref.communes.attributes["insee"], ref.communes.geometries))
    for f in fc["features"]:
        pid = f["properties"]["id"]
        assert re.fullmatch(r"\d{5}000X[FG]9\d{3}", pid) and pid[:5] == f["properties"]["commune"]
        poly = shapely.from_geojson(json.dumps(f["geometry"]))
        assert shapely.contains(communes[pid[:5]], shapely.centroid(poly))
    assert len(demo_parcels) == len(fc["features"])


def test_demo_week1_every_outcome(ref, demo_parcels):
    res = read_permits(WEEK1)
    assert res.fmt == "sitadel" and res.encoding == "utf-8"
    df = res.df
    assert df["numero"].str.startswith("FICTIF").all()
    errs, warns = _texts(res.messages, "erreur"), _texts(res.messages, "avertissement")
    assert any("37 champs au lieu de 36" in t for t in errs)  # stray separator
    assert any("numéro de dossier absent ; ligne ignorée" in t for t in errs)
    assert any("section « 837 »" in t for t in warns) and any("« 12B »" in t for t in warns)  # bad parcel refs
    assert any("date « 31/02/2026 » illisible" in t for t in warns)
    assert any("coordonnées non numériques" in t for t in warns)
    assert len(df) + len({m.row for m in res.messages if m.level == "erreur"}) == len(_lines(WEEK1)) - 2
    geo = geolocate(df, ref, demo_parcels)
    counts = geo.counts()
    assert all(counts[k] > 0 for k in ("parcelles", "coordonnees", "commune", "non_localise")), counts
    zones = screen(geo.geometries, ref).zone
    located = geo.localisation == "parcelles"
    assert {"bien", "zone_tampon", "hors"} <= set(zones[located])
    # a demolition (PD) inside a cité of the Bien
    pd_bien = df.index[(df["type"] == "PD") & (zones == "bien") & located]
    assert len(pd_bien) >= 1 and "Démolition" in df.loc[pd_bien[0], "travaux"]
    # the wind-turbine project, located by its Lambert-93 coordinates, outside the zone tampon
    eol = df.index[df["nature"] == "éolienne"][0]
    assert geo.localisation[eol] == "coordonnees" and df.loc[eol, "hauteur"] == 150 and zones[eol] == "hors"
    # imprecise (commune) and not located rows carry the reason
    gtexts = _texts(geo.messages)
    assert any("localisation imprécise : commune entière de Hénin-Beaumont (62427)" in t for t in gtexts)
    assert any("hors de la liste des 330 communes du bassin minier" in t for t in gtexts)
    assert any("62498000XF9990, 62498000XF9991" in t for t in gtexts)  # listed parcels absent from the layer


def test_demo_week2_latin1_one_header_and_changes(ref, demo_parcels):
    w1, w2 = read_permits(WEEK1).df, read_permits(WEEK2)
    assert w2.encoding == "cp1252" and "1 ligne(s) d'en-tête" in str(w2.messages[0])
    w2 = w2.df
    assert "Construction d'une maison individuelle en coeur d'îlot" in set(w2["travaux"])  # Latin-1 accents decoded
    a, b = w1.set_index("numero_norm"), w2.set_index("numero_norm")
    new, gone, common = b.index.difference(a.index), a.index.difference(b.index), a.index.intersection(b.index)
    assert len(new) >= 5 and len(gone) == 2
    cols = ["statut_dossier", "parcelles", "travaux", "hauteur"]
    changed = {
        c: [k for k in common if not (pd.isna(a.at[k, c]) and pd.isna(b.at[k, c])) and a.at[k, c] != b.at[k, c]]
        for c in cols
    }
    assert len(changed["statut_dossier"]) == 2 and len(changed["parcelles"]) == 2 and len(changed["travaux"]) >= 2
    unchanged = [k for k in common if all(k not in v for v in changed.values())]
    assert len(unchanged) > 20
    # a number written differently («FICTIF 059390 26 00011» vs «FICTIF-059390-26-00011») is the same dossier
    renumbered = [k for k in common if a.at[k, "numero"] != b.at[k, "numero"]]
    assert len(renumbered) == 1
    geo = geolocate(w2, ref, demo_parcels)
    assert (w2.loc[geo.localisation == "parcelles", "type"] == "PD").sum() >= 3


# ----------------------------------------------------------------------------- tabular exports and mappings

ADS_CSV = """Export du logiciel d'instruction (FICTIF)
;;;;
N° de dossier;Type de dossier;Commune;Code INSEE;Références cadastrales;Adresse du terrain;Nature des travaux;\
Date de dépôt;Etat;Hauteur (m)
PC 062 427 26 F0001;Permis de construire;Hénin-Beaumont;62427;AB 12, AB 13;1 rue de l'Exemple;\
Extension d'une maison;05/01/2026;En cours;7,5
DP 062 498 26 F0002;DP;Lens;;section AC n°45 et 46;;Ravalement de façade;06/01/2026;Déposé;
PC 062 498 26 F0003;;LIEVIN;;ZZ 1x;;Maison individuelle;32/01/2026;;abc
;PC;Lens;62498;AB 1;;;;;
"""


def _ads(tmp_path, text=ADS_CSV, name="export_ads.csv", encoding="utf-8"):
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


@pytest.mark.parametrize(
    "columns,expected",
    [
        (
            ["N° de dossier", "Commune", "Code INSEE", "Références cadastrales", "Adresse", "Nature des travaux"],
            {
                "numero": "N° de dossier",
                "commune_nom": "Commune",
                "commune_insee": "Code INSEE",
                "parcelles": "Références cadastrales",
                "adresse": "Adresse",
                "travaux": "Nature des travaux",
            },
        ),
        (
            ["num_dossier", "type_dossier", "code_insee", "parcelles", "date_depot", "statut", "x", "y"],
            {
                "numero": "num_dossier",
                "type": "type_dossier",
                "commune_insee": "code_insee",
                "parcelles": "parcelles",
                "date_depot": "date_depot",
                "statut_dossier": "statut",
                "x": "x",
                "y": "y",
            },
        ),
        (
            [
                "NUMERO DU DOSSIER",
                "COMMUNE DU TERRAIN",
                "REF. CADASTRALES",
                "OBJET DE LA DEMANDE",
                "DATE DE DEPOT",
                "HAUTEUR MAX",
            ],
            {
                "numero": "NUMERO DU DOSSIER",
                "commune_nom": "COMMUNE DU TERRAIN",
                "parcelles": "REF. CADASTRALES",
                "travaux": "OBJET DE LA DEMANDE",
                "date_depot": "DATE DE DEPOT",
                "hauteur": "HAUTEUR MAX",
            },
        ),
    ],
)
def test_guess_mapping_from_usual_names(columns, expected):
    assert guess_mapping(columns) == expected


def test_tabular_csv_guessed_mapping_title_lines_and_problems(tmp_path):
    res = read_permits(_ads(tmp_path))
    assert res.fmt == "tableur"
    infos = _texts(res.messages, "information")
    assert any("en-tête ligne 3" in t for t in infos) and any("correspondance de colonnes devinée" in t for t in infos)
    df = res.df.set_index("ligne")
    assert (
        df.loc[4, "parcelles"] == "62427000AB0012;62427000AB0013"
        and df.loc[4, "type"] == "PC"
        and df.loc[4, "hauteur"] == 7.5
    )
    assert (
        df.loc[5, "parcelles"] == "62498000AC0045;62498000AC0046" and df.loc[5, "commune_insee"] == "62498"
    )  # INSEE from the name
    assert (
        df.loc[6, "commune_insee"] == "62510" and df.loc[6, "type"] == "PC"
    )  # «LIEVIN» without accent; type from the number
    warns = _texts(res.messages, "avertissement")
    assert (
        "export_ads.csv, ligne 6, champ « Références cadastrales » : référence cadastrale illisible « ZZ 1X » ; "
        "ignorée." in warns
    )
    assert any("ligne 6, champ « Date de dépôt »" in t for t in warns) and any(
        "ligne 6, champ « Hauteur (m) »" in t for t in warns
    )
    assert _texts(res.errors()) == [
        "export_ads.csv, ligne 7, champ « numero » : numéro de dossier absent ; ligne ignorée."
    ]


def test_mapping_save_load_list_and_reuse(tmp_path):
    mapping = {
        "numero": "Dossier n°",
        "commune_insee": "Cne",
        "parcelles": ["Parcelle 1", "Parcelle 2"],
        "travaux": "Libellé",
        "_crs": "EPSG:2154",
    }
    path = save_mapping("ADS Agglo (Cart@ds)", mapping)
    assert path.parent.name == "mappings" and path.exists()
    assert list_mappings() == ["ADS Agglo (Cart@ds)"]
    assert load_mapping("ADS Agglo (Cart@ds)") == mapping
    text = "Dossier n°;Cne;Parcelle 1;Parcelle 2;Libellé\nPC06242726F0001;62427;AB 12;AC 3;Véranda\n"
    p = _ads(tmp_path, text, "autre_export.csv")
    # reused without being named: the saved mapping whose columns are all present
    res = read_permits(p)
    assert any("correspondance enregistrée « ADS Agglo (Cart@ds) » utilisée" in t for t in _texts(res.messages))
    assert res.df["parcelles"].iat[0] == "62427000AB0012;62427000AC0003"
    assert read_tabular(p, "ADS Agglo (Cart@ds)").df.equals(res.df)
    delete_mapping("ADS Agglo (Cart@ds)")
    assert list_mappings() == []


def test_mapping_errors_are_french(tmp_path):
    with pytest.raises(InputError, match="colonne standard inconnue « numéro »"):
        save_mapping("x", {"numéro": "N°"})
    with pytest.raises(InputError, match="numéro de dossier"):
        save_mapping("x", {"commune_nom": "Commune"})
    with pytest.raises(InputError, match="Correspondance « inconnue » introuvable"):
        load_mapping("inconnue")
    p = _ads(tmp_path)
    with pytest.raises(InputError) as err:
        read_tabular(p, {"numero": "N° de dossier", "parcelles": "Parcelles cadastrales"})
    text = str(err.value)
    assert (
        "Colonne « Parcelles cadastrales » (prévue pour « parcelles »)" in text
        and "absente de export_ads.csv" in text
        and "Références cadastrales" in text
    )
    with pytest.raises(InputError, match="format Excel 97-2003"):
        read_permits(_ads(tmp_path, "x", "vieux.xls"))
    with pytest.raises(InputError, match="numéro de dossier non reconnue"):
        read_permits(_ads(tmp_path, "alpha;beta\n1;2\n", "inconnu.csv"))


def test_tabular_latin1_and_options(tmp_path):
    text = (
        "Numéro;Localisation;X;Y;Objet\nDP 062 427 26 1;rue Émile Zola;3.0;50.42;Clôture\nDP 062 427 26 "
        "2;;700000;7040000;Portail\n"
    )
    p = _ads(tmp_path, text, "cp.csv", encoding="latin-1")
    res = read_tabular(
        p,
        {
            "numero": "Numéro",
            "adresse": "Localisation",
            "x": "X",
            "y": "Y",
            "travaux": "Objet",
            "_insee": "62427",
            "_crs": "EPSG:2154",
        },
    )
    assert res.encoding == "cp1252"
    assert res.df["adresse"].iat[0] == "rue Émile Zola" and res.df["commune_insee"].tolist() == ["62427", "62427"]
    assert res.df["type"].tolist() == ["DP", "DP"] and res.df["crs"].tolist() == ["EPSG:2154", "EPSG:2154"]


def test_excel_round_trip(tmp_path):
    csv_res = read_permits(_ads(tmp_path))
    frame = pd.read_csv(_ads(tmp_path), sep=";", skiprows=2, dtype=str, keep_default_na=False)
    frame["Date de dépôt"] = pd.to_datetime(
        frame["Date de dépôt"], format="%d/%m/%Y", errors="coerce"
    )  # real date cells
    frame.loc[frame["Date de dépôt"].isna(), "Date de dépôt"] = None
    frame["Code INSEE"] = pd.to_numeric(frame["Code INSEE"])  # numbers, with blanks (floats in Excel)
    xlsx = write_excel(frame, tmp_path / "export_ads.xlsx")
    res = read_permits(xlsx)
    assert res.fmt == "tableur" and res.encoding is None
    cols = [c for c in STANDARD_COLUMNS if c not in ("source", "ligne", "date_depot")]
    assert res.df[cols].equals(csv_res.df[cols])
    assert res.df["ligne"].tolist() == [2, 3, 4]  # Excel row numbers
    assert res.df["date_depot"].tolist() == ["2026-01-05", "2026-01-06", None]
    # the mapping guessed on the CSV, saved, drives the Excel file too
    save_mapping("ads", csv_res.mapping)
    assert read_tabular(xlsx, "ads").df[cols].equals(csv_res.df[cols])


def test_excel_sheet_and_header_options(tmp_path):
    xlsx = tmp_path / "classeur.xlsx"
    with pd.ExcelWriter(xlsx, engine="openpyxl") as w:
        pd.DataFrame({"a": [1]}).to_excel(w, sheet_name="Notes", index=False)
        pd.DataFrame(
            [["Liste des dossiers", None], ["Dossier", "Travaux"], ["PA 059 360 26 0001", "Lotissement"]]
        ).to_excel(w, sheet_name="Dossiers", index=False, header=False)
    res = read_tabular(xlsx, {"numero": "Dossier", "travaux": "Travaux", "_feuille": "Dossiers"})
    assert (
        res.df["numero_norm"].tolist() == ["PA059360260001"]
        and res.df["ligne"].tolist() == [3]
        and res.df["type"].tolist() == ["PA"]
    )
    with pytest.raises(InputError, match="feuille « Absente » introuvable"):
        read_tabular(xlsx, {"numero": "Dossier", "_feuille": "Absente"})


def test_numero_normalisation_makes_a_reimport_match(tmp_path):
    first = "numero;travaux\nPC 062 498 24 00012;Véranda\nDP-062.427/25-00003;Clôture\npc06249824 00013;Garage\n"
    second = "numero;travaux\nPC0624982400012;Véranda\nDP 062 427 25 00003;Clôture\nPC-062-498-24-00013;Garage\n"
    a = read_permits(_ads(tmp_path, first, "a.csv")).df
    b = read_permits(_ads(tmp_path, second, "b.csv")).df
    assert a["numero"].tolist() != b["numero"].tolist()  # kept as given
    assert (
        a["numero_norm"].tolist()
        == b["numero_norm"].tolist()
        == ["PC0624982400012", "DP0624272500003", "PC0624982400013"]
    )
    assert a["type"].tolist() == ["PC", "DP", "PC"]


# ----------------------------------------------------------------------------- parcel references


@pytest.mark.parametrize(
    "text,ids",
    [
        ("59360000AB0123", ["59360000AB0123"]),
        ("AB 123", ["62427000AB0123"]),
        ("AB123, AC 45", ["62427000AB0123", "62427000AC0045"]),
        ("000 AB 0123", ["62427000AB0123"]),
        ("section AB n°123", ["62427000AB0123"]),
        ("AB 12 et 13; AC 4 / AD5", ["62427000AB0012", "62427000AB0013", "62427000AC0004", "62427000AD0005"]),
        ("Section AB parcelles 123, 124 et 125", ["62427000AB0123", "62427000AB0124", "62427000AB0125"]),
        ("Parcelles cadastrées AB 12, AB 12", ["62427000AB0012"]),
        ("A 12", ["624270000A0012"]),
        ("sect. ZA n° 0045 (partie)", ["62427000ZA0045"]),
        ("59360-000-AB-0123", ["59360000AB0123"]),
        ("31555842BH0121", ["31555842BH0121"]),
        ("AB 12 13 14", ["62427000AB0012", "62427000AB0013", "62427000AB0014"]),
        ("", []),
        (None, []),
    ],
)
def test_parse_parcel_refs_as_people_write_them(text, ids):
    got, problems = parse_parcel_refs(text, "62427")
    assert got == ids and problems == []


def test_parse_parcel_refs_problems():
    assert parse_parcel_refs("AB 12x, 12", "62427") == (
        [],
        [
            "référence cadastrale illisible « AB 12X » ; ignorée",
            "numéro de parcelle « 12 » sans section avant lui ; ignoré",
        ],
    )
    ids, problems = parse_parcel_refs("AB 123")
    assert ids == [] and "commune inconnue" in problems[0]
    assert parse_parcel_refs("AB 0", "62427")[1] == ["numéro de parcelle nul dans « AB 0 » ; ignoré"]


def test_parse_parcel_column_matches_the_scalar_parser():
    texts = ["AB 1, 2", None, "ZZ 9x", "59360000AC0004", "AC 5 et AD 6"] * 3
    insee = ["62427", "62427", "62498", None, None] * 3
    res = parse_parcel_column(texts, insee)
    for i, (t, c) in enumerate(zip(texts, insee)):
        ids, probs = parse_parcel_refs(t, c)
        assert (res.ids[i] or "") == ";".join(ids)
        assert [p for r, p in res.problems if r == i] == probs


# ----------------------------------------------------------------------------- parcel layer and geolocation


def test_parcel_index_reads_the_real_etalab_format(ref):
    idx = ParcelIndex.from_file(CADASTRE)
    assert len(idx) == 90 and idx.messages == []
    assert all(re.fullmatch(r"91216000AP\d{4}", i) for i in idx.ids)
    xmin, ymin, xmax, ymax = shapely.bounds(shapely.multipolygons(idx.part_geoms))
    assert 640_000 < xmin < xmax < 660_000 and 6_830_000 < ymin < ymax < 6_850_000  # Lambert-93 (Essonne)
    fc = json.loads(CADASTRE.read_text())
    areas = {f["id"]: f["properties"]["contenance"] for f in fc["features"]}
    first = fc["features"][0]["id"]
    assert abs(idx.geometry(first).area - areas[first]) / areas[first] < 0.05  # reprojected area ≈ cadastral contenance


def test_geolocation_by_parcels_real_and_demo(ref, demo_parcels):
    idx = ParcelIndex.from_file(CADASTRE)
    ids = list(idx.ids)
    # adjacent parcels of the real file: a dossier's footprint is all of them, merged, as one MultiPolygon
    geoms = idx.part_geoms
    tree = shapely.STRtree(geoms)
    a, b = next((i, j) for i, j in zip(*tree.query(geoms, predicate="touches")) if i < j)
    pa, pb = ids[idx.part_owner[a]], ids[idx.part_owner[b]]
    df = pd.DataFrame(
        {
            "numero": ["R1", "R2", "R3"],
            "parcelles": [f"{pa};{pb}", f"{pa};91216000ZZ9999", "91216000ZZ9998"],
            "commune_insee": ["91216", "91216", "91216"],
            "source": "reel.csv",
            "ligne": [2, 3, 4],
        }
    )
    geo = geolocate(df, ref, idx)
    assert geo.localisation.tolist() == ["parcelles", "parcelles", "non_localise"]
    assert geo.geometries[0].geom_type == "MultiPolygon" and shapely.is_valid(geo.geometries[0])
    assert geo.geometries[0].area == pytest.approx(idx.geometry(pa).area + idx.geometry(pb).area, rel=1e-6)
    texts = _texts(geo.messages)
    assert (
        "reel.csv, ligne 3, champ « parcelles » : parcelles absentes de la couche de parcelles : 91216000ZZ9999 ; "
        "emprise limitée aux parcelles trouvées." in texts
    )
    assert any(
        t.startswith("reel.csv, ligne 4 : dossier non localisé")
        and "91216000ZZ9998" in t
        and "commune 91216 hors de la liste" in t
        for t in texts
    )
    # the demo parcels: a dossier in a cité screens in the Bien
    res = read_permits(WEEK1)
    geo = geolocate(res.df, ref, demo_parcels)
    multi = res.df.index[res.df["parcelles"].str.count(";").fillna(0) >= 1]
    assert all(geo.geometries[i].geom_type == "MultiPolygon" and shapely.is_valid(geo.geometries[i]) for i in multi)


def test_parcels_are_ignored_without_a_parcel_layer(ref):
    df = pd.DataFrame(
        {"numero": ["A"], "parcelles": ["62427000AB0012"], "commune_insee": ["62427"], "source": "p.csv", "ligne": [2]}
    )
    geo = geolocate(df, ref)
    assert geo.localisation.tolist() == ["commune"]
    assert "aucune couche de parcelles fournie" in str(geo.messages[0]) and "localisation imprécise" in str(
        geo.messages[0]
    )


def test_geolocation_by_coordinates_l93_and_wgs84(ref):
    el = ref.elements.attributes
    chevalement = shapely.point_on_surface(ref.elements.geometries[el.index[el["identifiant"] == "43A"][0]])
    from pyproj import Transformer

    lon, lat = Transformer.from_crs("EPSG:2154", "EPSG:4326", always_xy=True).transform(chevalement.x, chevalement.y)
    df = pd.DataFrame(
        {
            "numero": ["L93", "WGS84", "DEG_AS_L93", "NOWHERE"],
            "x": [chevalement.x, lon, lon, 10_000_000.0],
            "y": [chevalement.y, lat, lat, 10_000_000.0],
            "crs": ["EPSG:2154", "EPSG:4326", "EPSG:2154", "EPSG:2154"],
            "commune_insee": ["62321", None, "62321", None],
            "source": "coords.csv",
            "ligne": [2, 3, 4, 5],
        }
    )
    geo = geolocate(df, ref)
    assert geo.localisation.tolist() == ["coordonnees", "coordonnees", "commune", "non_localise"]
    assert geo.geometries[1].distance(chevalement) < 0.01
    assert screen(geo.geometries[:2], ref).zone.tolist() == ["bien", "bien"]
    texts = _texts(geo.messages)
    assert any("ligne 4" in t and "ressemblent à des degrés" in t and "localisation imprécise" in t for t in texts)
    assert any(
        "ligne 5" in t and "hors de la France métropolitaine" in t and "dossier non localisé" in t for t in texts
    )


@pytest.mark.parametrize(
    "name", ["Hénin-Beaumont", "HENIN BEAUMONT", "henin-beaumont", "Hénin-Liétard", "HENIN-LIETARD"]
)
def test_geolocation_by_commune_name_with_or_without_accents_and_old_names(ref, name):
    df = pd.DataFrame({"numero": ["C"], "commune_nom": [name], "source": "c.csv", "ligne": [2]})
    geo = geolocate(df, ref)
    assert geo.localisation.tolist() == ["commune"] and geo.insee.tolist() == ["62427"]
    k = ref.communes.attributes.index[ref.communes.attributes["insee"] == "62427"][0]
    assert shapely.equals(geo.geometries[0], ref.communes.geometries[k])
    assert "localisation imprécise : commune entière de Hénin-Beaumont (62427)" in str(geo.messages[0])


def test_unlocated_dossiers_say_why(ref):
    df = pd.DataFrame(
        {
            "numero": ["A", "B", "C", "D"],
            "commune_insee": ["31555", None, None, None],
            "commune_nom": ["TOULOUSE", "Ville imaginaire", None, None],
            "source": "n.csv",
            "ligne": [2, 3, 4, 5],
        }
    )
    geo = geolocate(df, ref)
    assert geo.localisation.tolist() == ["non_localise"] * 4 and all(g is None for g in geo.geometries)
    texts = [str(m) for m in geo.messages]
    assert (
        texts[0]
        == "n.csv, ligne 2 : dossier non localisé : ni parcelle ni coordonnées indiquées ; commune 31555 (TOULOUSE) "
        "hors de la liste des 330 communes du bassin minier."
    )
    assert "« Ville imaginaire » absente de la liste des 330 communes du bassin minier" in texts[1]
    assert texts[2].endswith("aucune commune indiquée.")
    assert all(m.level == "erreur" for m in geo.messages)


def test_real_sitadel_rows_outside_the_basin_are_not_located(ref):
    res = read_sitadel(PA_FILE)
    geo = geolocate(res.df, ref)
    assert geo.counts()["non_localise"] == len(res.df)
    assert len(geo.messages) == len(res.df) and "hors de la liste" in str(geo.messages[0])


def test_parcel_index_from_separate_columns_and_errors():
    boxes = np.array(
        [shapely.box(700_000, 7_040_000, 700_020, 7_040_030), shapely.box(700_020, 7_040_000, 700_040, 7_040_030)],
        dtype=object,
    )
    attrs = pd.DataFrame(
        {"CODE_DEP": ["62", "62"], "CODE_COM": ["427", "427"], "SECTION": ["AB", "A"], "NUMERO": ["12", "0007"]}
    )
    from veille_plugin.core.crs import parse_crs

    idx = ParcelIndex(VectorTable(attrs, boxes, parse_crs("EPSG:2154"), source="bd_parcellaire.shp"))
    assert set(idx.ids) == {"62427000AB0012", "624270000A0007"}
    with pytest.raises(InputError, match="identifiant des parcelles"):
        ParcelIndex(VectorTable(pd.DataFrame({"nom": ["x", "y"]}), boxes, parse_crs("EPSG:2154"), source="autre.gpkg"))


# ----------------------------------------------------------------------------- scale


def test_100k_rows_import_and_geolocation_are_vectorised(tmp_path, ref, demo_parcels):
    lines = _lines(WEEK1)
    header, body = lines[:2], lines[2:]
    n = 100_000
    rows = []
    rep = 0
    while len(rows) < n:
        rows.extend(line.replace('"FICTIF-', f'"FICTIF-{rep:05d}-', 1) for line in body)
        rep += 1
    big = _rewrite(tmp_path, header + rows[:n], "cent_mille.csv")
    t0 = time.perf_counter()
    res = read_permits(big)
    t1 = time.perf_counter()
    geo = geolocate(res.df, ref, demo_parcels)
    t2 = time.perf_counter()
    print(
        f"\n100 000 lignes Sitadel : lecture {t1 - t0:.2f} s, géolocalisation {t2 - t1:.2f} s ({len(res.df)} "
        f"dossiers, {geo.counts()})"
    )
    expected_ignored = sum(1 for t in _texts(res.messages, "erreur"))
    assert len(res.df) + expected_ignored == n
    assert geo.counts()["parcelles"] > 0.6 * len(res.df)


def test_read_permits_formats(tmp_path):
    p = _ads(tmp_path)
    assert read_permits(p, fmt="csv").fmt == read_permits(p, fmt="tableur").fmt == "tableur"
    assert read_permits(PA_FILE, fmt="sitadel").fmt == "sitadel"
    with pytest.raises(InputError, match="Format d'import inconnu « pdf »"):
        read_permits(p, fmt="pdf")
    with pytest.raises(InputError, match="n'est pas un fichier Sitadel"):
        read_permits(p, fmt="sitadel")


def test_one_windows_1252_line_in_a_utf8_permit_file_is_read_in_its_own_encoding(tmp_path):
    """Issue 27, point 4: the FICTITIOUS week-1 Sitadel list with its wind-farm line re-encoded in Windows-1252 (a row
    pasted from another file). Each line is read in its own encoding: «Parc éolien» and the communes stay right
    (the whole file read as Windows-1252 gave «Parc Ã©olien» and «BRUAY-LA-BUISSIÃˆRE», and R10 no longer fired),
    and a warning names the line. A generic CSV is read the same way."""
    from veille_plugin.core.imports import read_permits

    demo = Path(__file__).resolve().parents[2] / "resources" / "demo"
    lines = (demo / "permis_fictifs_semaine1.csv").read_bytes().split(b"\n")
    k = next(i for i, line in enumerate(lines) if "éolien".encode() in line)
    lines[k] = lines[k].decode("utf-8").encode("cp1252")
    mixed = tmp_path / "semaine1_melange.csv"
    mixed.write_bytes(b"\n".join(lines))
    clean = read_permits(demo / "permis_fictifs_semaine1.csv")
    got = read_permits(mixed)
    assert got.encoding == "utf-8+cp1252"
    text = got.df.astype(str).to_numpy()
    assert not any("Ã" in v for v in text.ravel())
    same = [c for c in clean.df.columns if c != "source"]  # «source» names the file
    assert (got.df[same].astype(str).to_numpy() == clean.df[same].astype(str).to_numpy()).all()  # as the clean file
    warning = [str(m) for m in got.messages if "Windows-1252 (lignes" in str(m)]
    assert warning and f"(lignes {k + 1})" in warning[0] and "semaine1_melange.csv" in warning[0]

    generic = tmp_path / "liste.csv"
    generic.write_bytes(
        "numero;commune;travaux\nPC-1;Lens;Démolition d'un garage\n".encode()
        + "PC-2;Liévin;Ravalement de façade\n".encode("cp1252")
    )
    read = read_permits(generic)
    assert list(read.df["travaux"]) == ["Démolition d'un garage", "Ravalement de façade"]
    assert any("(lignes 3)" in str(m) for m in read.messages)


def test_a_date_outside_the_plausible_range_is_kept_and_said(tmp_path):
    """Issue 27: «01/01/1900» or a year far ahead is a typo more often than a date: kept, and the row is named."""
    from veille_plugin.core.imports import read_permits

    table = tmp_path / "liste.csv"
    table.write_text(
        "numero;commune;travaux;date_depot\n"
        "PC-1;Lens;Démolition d'un garage;01/01/1900\n"
        "PC-2;Liévin;Ravalement;12/03/2206\n"
        "PC-3;Lens;Clôture;15/10/2026\n",
        encoding="utf-8",
    )
    got = read_permits(table)
    assert list(got.df["date_depot"]) == ["1900-01-01", "2206-03-12", "2026-10-15"]
    said = [str(m) for m in got.messages if "hors de la plage plausible" in str(m)]
    assert len(said) == 2 and "ligne 2" in said[0] and "ligne 3" in said[1] and "(1950 à" in said[0]
