"""The weekly sweep end to end on the FICTITIOUS demo permits: import → geolocation → screening →
rules → register (GeoPackage and PostGIS) → report, cases.csv and the GeoPackage layer."""

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from veille_plugin.core.register import open_register
from veille_plugin.core.rules.catalogue import load_catalogue
from veille_plugin.core.sweep.run import SourceSpec, SweepCancelledError, run_sweep

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
WEEK1, WEEK2 = DEMO / "permis_fictifs_semaine1.csv", DEMO / "permis_fictifs_semaine2.csv"
PARCELS = DEMO / "parcelles_fictives.geojson"


@pytest.fixture(params=["gpkg", "postgis"])
def register_target(request, tmp_path):
    """(target, schema): a fresh GeoPackage, or a fresh schema in the test suite's own PostGIS cluster."""
    if request.param == "gpkg":
        return (str(tmp_path / "registre.gpkg"), "veille")
    return (request.getfixturevalue("postgis_dsn"), f"sweep_{tmp_path.name.replace('-', '_').lower()}"[:60])


def _open(target):
    if isinstance(target, tuple):
        return open_register(target[0], schema=target[1])
    return open_register(target)


def sweep(target, source, out, ref):
    with _open(target) as reg:
        return run_sweep(
            [SourceSpec(str(source), name="demo")], reg, ref, load_catalogue(), out, parcels=str(PARCELS), author="test"
        )


def read_cases_csv(path):
    with open(path, encoding="utf-8-sig") as fh:
        return {r["numero"]: r for r in csv.DictReader(fh, delimiter=";")}


def test_two_weeks_show_every_outcome(register_target, tmp_path, ref):
    r1 = sweep(register_target, WEEK1, tmp_path / "s1", ref)
    assert r1.counts["changements"]["nouveau"] == r1.counts["dossiers"] > 20
    zones = r1.counts["par_zone"]
    assert zones["bien"] and zones["zone_tampon"] and zones["hors"] and zones["non_localise"]
    # malformed rows are reported with their row number, nothing dropped silently
    text = "\n".join(str(m) for m in r1.messages)
    assert "ligne" in text and ("mal formée" in text or "illisible" in text)

    r2 = sweep(register_target, WEEK2, tmp_path / "s2", ref)
    ch = r2.counts["changements"]
    assert ch["nouveau"] > 0 and ch["modifié"] > 0 and ch["inchangé"] > 0 and ch["disparu"] > 0
    rows = read_cases_csv(tmp_path / "s2" / "cases.csv")
    changed = [r for r in rows.values() if r["changement"] == "modifié"]
    assert all(r["detail_changement"] for r in changed)  # says what changed
    assert {r["zone"] for r in rows.values()} <= {"bien", "zone_tampon", "hors", "commune", "non_localise"}
    for r in rows.values():
        assert r["statut_veille"] in ("à examiner", "en cours", "avis émis", "sans suite")
        for ident in filter(None, r["elements"].split(";")):
            assert ident in set(ref.elements.attributes["identifiant"])
    # the register remembers: a third run of week 2 changes nothing
    r3 = sweep(register_target, WEEK2, tmp_path / "s3", ref)
    assert r3.counts["changements"]["nouveau"] == 0 and r3.counts["changements"]["modifié"] == 0
    assert r3.counts["changements"]["inchangé"] == r2.counts["dossiers"]


def test_outputs_report_csv_and_layer(tmp_path, ref):
    from osgeo import ogr

    target = str(tmp_path / "registre.gpkg")
    sweep(target, WEEK1, tmp_path / "s1", ref)
    r = sweep(target, WEEK2, tmp_path / "s2", ref)
    html = (tmp_path / "s2" / "rapport.html").read_text(encoding="utf-8")
    assert "FICTIVES" in html and "Grappes de projets" in html and "<svg" in html
    assert html.index("Nouveaux de ce balayage (") < html.index("Autres dossiers (inchangés)")
    rows = read_cases_csv(tmp_path / "s2" / "cases.csv")
    # issue 25: what could harm the property most first, then, at the same priority, what is new or changed
    ranks = [int(x["priorite_rang"]) for x in rows.values()]
    assert ranks == sorted(ranks) and ranks[0] == 1 and all(x["priorite"] for x in rows.values())
    change = {"nouveau": 0, "modifié": 1, "disparu": 2, "inchangé": 3}
    for rank in set(ranks):
        same = [x for x in rows.values() if int(x["priorite_rang"]) == rank and x["priorite_importance"]]
        effect = [x["priorite_importance"] for x in same]
        for k in range(1, len(same)):  # new before changed before the rest, within one rank and one effect
            if effect[k] == effect[k - 1]:
                assert change[same[k - 1]["changement"]] <= change[same[k]["changement"]], (same[k - 1], same[k])
    ds = ogr.Open(str(tmp_path / "s2" / "cases.gpkg"))
    lyr = ds.GetLayer(0)
    assert lyr.GetSpatialRef().GetAuthorityCode(None) == "2154"
    located = sum(1 for x in rows.values() if x["zone"] != "non_localise")
    assert lyr.GetFeatureCount() == located
    assert r.outputs["rapport"].exists()


def test_triage_survives_later_sweeps(tmp_path, ref):
    target = str(tmp_path / "registre.gpkg")
    r1 = sweep(target, WEEK1, tmp_path / "s1", ref)
    numero = r1.cases.loc[r1.cases["zone"] == "bien", "numero_norm"].iloc[0]
    with open_register(target) as reg:
        reg.set_triage(
            numero, author="instructeur", statut_veille="en cours", assignee="A. Dupont", comment="Visite prévue"
        )
    sweep(target, WEEK2, tmp_path / "s2", ref)
    with open_register(target) as reg:
        case = reg.get_cases([numero]).iloc[0]
        assert case["statut_veille"] == "en cours" and case["assignee"] == "A. Dupont"
        fields = [h["field"] for h in reg.history(numero)]
        assert "statut_veille" in fields
        assert reg.comments(numero)[0]["text"] == "Visite prévue"


def test_cancelled_sweep_writes_nothing(tmp_path, ref):
    target = str(tmp_path / "registre.gpkg")
    with open_register(target) as reg, pytest.raises(SweepCancelledError):
        run_sweep(
            [SourceSpec(str(WEEK1))],
            reg,
            ref,
            load_catalogue(),
            tmp_path / "out",
            parcels=str(PARCELS),
            is_cancelled=lambda: True,
        )
    with open_register(target) as reg:
        assert reg.get_cases().empty and reg.sweeps() == []


def test_cli_sweep_json(tmp_path):
    env = {"VEILLE_CONFIG_DIR": str(tmp_path / "cfg"), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}
    cmd = [
        sys.executable,
        "-m",
        "veille_plugin",
        "sweep",
        "--source",
        str(WEEK1),
        "--parcels",
        str(PARCELS),
        "--register",
        str(tmp_path / "r.gpkg"),
        "--out",
        str(tmp_path / "out"),
        "--json",
    ]
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stderr  # demo rows with problems are reported: exit 1
    out = json.loads(proc.stdout)
    assert out["comptes"]["changements"]["nouveau"] > 0
    assert Path(out["sorties"]["rapport"]).exists() and Path(out["sorties"]["csv"]).exists()
    bad = subprocess.run(
        cmd[:5] + [str(tmp_path / "absent.csv")] + cmd[6:],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode == 2 and "introuvable" in bad.stderr


def test_permits_from_a_vector_layer_use_its_geometry(tmp_path, ref):
    """«any QGIS vector layer of permits»: a GeoPackage with attributes and footprints."""
    import numpy as np
    import pandas as pd
    import shapely

    from veille_plugin.core.vector_io import write_gpkg_layer

    el = ref.elements.attributes
    cite = int(el.index[el["categorie"] == "cité minière"][0])
    inside = shapely.buffer(shapely.point_on_surface(ref.elements.geometries[cite]), 8)
    far = shapely.Point(640000, 6900000).buffer(8)
    attrs = pd.DataFrame(
        {
            "num_dossier": ["PC 062 000 26 FICTIF1", "DP 059 000 26 FICTIF2", "PD 062 000 26 FICTIF3"],
            "commune": ["Lens", "Douai", "Liévin"],
            "nature des travaux": ["extension", "clôture", "démolition"],
        }
    )
    layer = tmp_path / "permis_fictifs.gpkg"
    write_gpkg_layer(layer, "permis", attrs, np.array([inside, far, None], dtype=object))
    target = str(tmp_path / "registre.gpkg")
    with open_register(target) as reg:
        r = run_sweep(
            [SourceSpec(str(layer), fmt="layer", name="couche")],
            reg,
            ref,
            load_catalogue(),
            tmp_path / "out",
            author="test",
        )
    rows = r.cases.set_index("numero")
    assert (
        rows.loc["PC 062 000 26 FICTIF1", "localisation"] == "geometrie"
        and rows.loc["PC 062 000 26 FICTIF1", "zone"] == "bien"
    )
    assert rows.loc["DP 059 000 26 FICTIF2", "zone"] == "hors"
    assert rows.loc["PD 062 000 26 FICTIF3", "localisation"] == "commune"  # no geometry: falls back on the commune


def test_report_map_draws_one_dot_per_place_in_the_most_severe_colour():
    """A sweep of many cases must not write one SVG circle per case: nearby dots merge, the most severe wins."""
    import numpy as np
    import shapely

    from veille_plugin.core.reports.case_map import _dots
    from veille_plugin.core.vocabulary import PRIORITY_COLOURS

    same_place = np.array([shapely.Point(700000, 7040000)] * 10_000 + [shapely.Point(700000.5, 7040000)], dtype=object)
    ranks = np.array([5] * 10_000 + [1])
    far = np.array([shapely.Point(720000, 7040000)], dtype=object)
    dots = _dots(np.concatenate([same_place, far]), np.concatenate([ranks, [2]]), 690000, 7050000, 0.01)
    assert len(dots) == 2  # issue 25: dots in the colour of the most urgent case among them
    assert PRIORITY_COLOURS[1] in dots[-1]
    assert not any(PRIORITY_COLOURS[5] in d for d in dots)


def test_spreadsheet_csv_neutralises_formulas_but_not_numbers(tmp_path):
    import pandas as pd

    from veille_plugin.core.reports.spreadsheet_csv import write_spreadsheet_csv

    df = pd.DataFrame(
        {"travaux": ["=1+1", "@SUM(A1)", "démolition", None, "\t=x"], "hauteur": [-2.5, 3.0, 0.0, 1.0, 2.0]}
    )
    raw = write_spreadsheet_csv(df, tmp_path / "x.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[1] == "'=1+1;-2.5" and lines[2] == "'@SUM(A1);3.0" and lines[3] == "démolition;0.0"


def test_bulk_geopackage_writer_matches_the_feature_by_feature_one(tmp_path, monkeypatch):
    """Large layers are written with sqlite3: same features, fields, types and geometries as the OGR path,
    a spatial index, and QGIS-readable GeoPackage geometries."""
    import numpy as np
    import pandas as pd
    import shapely
    from osgeo import ogr

    import veille_plugin.core.vector_io as vio

    n = 60
    geoms = np.array(
        [shapely.box(700000 + 10 * k, 7040000, 700005 + 10 * k, 7040005) for k in range(n - 3)]
        + [shapely.MultiPolygon([shapely.box(690000, 7000000, 690010, 7000010)]), None, shapely.Polygon()],
        dtype=object,
    )
    attrs = pd.DataFrame(
        {
            "numero": [f"PC {k}" for k in range(n)],
            "hauteur": np.linspace(-1.5, 30, n),
            "n": np.arange(n, dtype=np.int64),
            "travaux": ["façade ; menuiseries « bois »"] * (n - 1) + [None],
        }
    )

    def read(path):
        ds = ogr.Open(str(path))
        lyr = ds.GetLayerByName("dossiers")
        rows = [
            (
                f.GetField("numero"),
                f.GetField("hauteur"),
                f.GetField("n"),
                f.GetField("travaux"),
                None if f.GetGeometryRef() is None else f.GetGeometryRef().ExportToWkt(),
            )
            for f in lyr
        ]
        defn = lyr.GetLayerDefn()
        kinds = [defn.GetFieldDefn(i).GetTypeName() for i in range(defn.GetFieldCount())]
        return (
            rows,
            kinds,
            lyr.GetGeomType(),
            ds.ExecuteSQL("SELECT HasSpatialIndex('dossiers', 'geom')").GetNextFeature().GetField(0),
        )

    monkeypatch.setattr(vio, "BULK_WRITE_THRESHOLD", 10_000)
    vio.write_gpkg_layer(tmp_path / "lent.gpkg", "dossiers", attrs, geoms)
    monkeypatch.setattr(vio, "BULK_WRITE_THRESHOLD", 10)
    vio.write_gpkg_layer(tmp_path / "rapide.gpkg", "dossiers", attrs, geoms)
    slow, fast = read(tmp_path / "lent.gpkg"), read(tmp_path / "rapide.gpkg")
    assert fast[0] == slow[0] and len(fast[0]) == n
    assert fast[1] == slow[1] == ["String", "Real", "Integer64", "String"]
    assert fast[2] == slow[2] == ogr.wkbMultiPolygon
    assert fast[3] == 1


def test_sweep_reports_the_seconds_of_each_stage(tmp_path, ref):
    """The benchmark reads these instead of patching the engine (issue 11)."""
    r = sweep(str(tmp_path / "r.gpkg"), WEEK1, tmp_path / "out", ref)
    assert list(r.timings) == ["import", "geolocalisation", "analyse", "lignes", "registre", "sorties"]
    assert all(seconds >= 0 for seconds in r.timings.values())
    expected = {"read_permits", "parcel_index", "geolocate", "prepare_geometries", "screen_geometries"}
    expected |= {"make_cases", "evaluate_rules", "write_gpkg_layer", "report_html"}
    assert expected <= set(r.details)
    # the screening engine logs each of its spatial queries, with the pairs it found
    from veille_plugin.core.screening.engine import screen_geometries

    res = screen_geometries(ref.elements.geometries[:5], ref, 500.0)
    layers = [q["couche"] for q in res.queries]
    assert layers[:4] == ["composantes", "zone_tampon", "elements", "abords_mh"]
    assert next(q for q in res.queries if q["couche"] == "elements")["couples"] >= 5


def test_commune_located_cases_never_count_in_the_bien(register_target, tmp_path, ref):
    """Issue 13: a case located only by its commune is «commune» in the counts, the register, cases.csv, cases.gpkg
    and the report (its own section), never in the Bien or the zone tampon; what its commune touches is kept."""
    import re

    import shapely

    from veille_plugin.core.vector_io import read_vector

    r1 = sweep(register_target, WEEK1, tmp_path / "s1", ref)
    rows = read_cases_csv(tmp_path / "s1" / "cases.csv")
    approx = {n: r for n, r in rows.items() if r["localisation"] == "commune"}
    assert len(approx) >= 5 and "FICTIF-062427-26-00022" in approx  # the case the issue names
    com = ref.communes
    geom_of = dict(zip(com.attributes["insee"], com.geometries))
    for numero, r in approx.items():
        assert r["zone"] == "commune", numero
        assert r["elements"] == "" and r["composantes"] == "" and r["regles"] == "" and r["severite"] == "à vérifier"
        # what the commune touches, measured here
        g = geom_of[r["commune_insee"]]
        touches = (
            "bien"
            if shapely.intersects(g, ref.bien_union)
            else ("zone_tampon" if shapely.intersects(g, ref.buffer_union) else "hors")
        )
        assert r["zone_commune"] == touches, numero
    for numero, r in rows.items():
        if r["localisation"] != "commune":
            assert r["zone"] != "commune" and r["zone_commune"] == "", numero
    zones = r1.counts["par_zone"]
    assert zones["commune"] == len(approx)
    assert zones["bien"] == sum(r["zone"] == "bien" for r in rows.values())
    assert sum(zones.values()) == r1.counts["dossiers"]
    with _open(register_target) as reg:
        stored = reg.get_cases().set_index("numero")
    assert set(stored.index[stored["zone"] == "commune"]) == set(approx)
    assert (stored.loc[list(approx), "zone_commune"] == [approx[n]["zone_commune"] for n in approx]).all()
    layer = read_vector(str(tmp_path / "s1" / "cases.gpkg"))
    assert "zone_commune" in layer.attributes.columns
    assert (layer.attributes["zone"] == "commune").sum() == sum(1 for r in approx.values())
    page = (tmp_path / "s1" / "rapport.html").read_text(encoding="utf-8")
    section = page.split("id='commune-seulement'", 1)[1].split("<h2", 1)[0]
    assert f"({len(approx)})" in page.split("id='commune-seulement'", 1)[1][:200]
    for numero in approx:
        assert numero in section
    assert re.search(rf"localisés à la commune seulement : {len(approx)} \(jamais comptés", page)
    assert "touche le Bien" in section


def test_screen_command_applies_the_approximate_location_rule(tmp_path, ref):
    """``screen --file cases.gpkg`` on a sweep's own output: the «localisation» field is read, the cases located
    only by their commune are counted apart and explained, never in the Bien."""
    sweep((str(tmp_path / "r.gpkg"), "veille"), WEEK1, tmp_path / "s1", ref)
    rows = read_cases_csv(tmp_path / "s1" / "cases.csv")
    approx = {n for n, r in rows.items() if r["localisation"] == "commune"}
    proc = subprocess.run(
        [sys.executable, "-m", "veille_plugin", "screen", "--file", str(tmp_path / "s1" / "cases.gpkg"), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode in (0, 2), proc.stderr
    out = json.loads(proc.stdout)
    assert out["par_zone"]["commune"] == len(approx)
    by_label = {r["entite"]: r for r in out["resultats"]}
    for label, r in by_label.items():
        numero = label.split("(", 1)[1].rstrip(")") if "(" in label else None
        if numero in approx:
            assert r["zone"] == "commune" and r["zone_commune"] in ("bien", "zone_tampon", "hors")
            assert r["elements_intersectes"] == [] and r["severite_globale"] == "à vérifier"
            assert "commune" in r["explication"]
        else:
            assert r["zone"] != "commune"


def test_the_report_is_fit_for_the_committee(tmp_path, ref):
    """Issue 15, point 7: names and works, no raw values, numbered dots matching the table, each case once, bloquant
    and majeur first."""
    import html as html_lib
    import re

    target = str(tmp_path / "registre.gpkg")
    sweep(target, WEEK1, tmp_path / "s1", ref)
    sweep(target, WEEK2, tmp_path / "s2", ref)
    page = (tmp_path / "s2" / "rapport.html").read_text(encoding="utf-8")
    rows = read_cases_csv(tmp_path / "s2" / "cases.csv")
    body = page.split("id='commune-seulement'")[0] + page.split("Autres dossiers (inchangés)")[1]
    first = page[page.index("Nouveaux de ce balayage (") : page.index("Règles citées")]
    others = page[page.index("Autres dossiers (inchangés)") :]
    for raw in ("zone_tampon", "coordonnees", "non_localise", "geometrie"):
        assert f">{raw}<" not in body, raw
    # each case once in the two lists, its number in a cell of its own
    for numero in rows:
        cell = f"<td class='num'>{html_lib.escape(numero)}</td>"
        assert (first.count(cell) + others.count(cell)) == 1, numero
    # the new and changed cases with their works and their elements named
    changed = [r for r in rows.values() if r["changement"] in ("nouveau", "modifié", "disparu")]
    el = dict(zip(ref.elements.attributes["identifiant"], ref.elements.attributes["nom"]))
    for r in changed:
        if r["travaux"]:
            assert html_lib.escape(r["travaux"][:40]) in first, r["numero"]
        for ident in filter(None, r["elements"].split(";")):
            assert html_lib.escape(f"{ident} {el[ident]}") in first, (r["numero"], ident)
    # issue 25: the Bien first, then the priority never goes up the table
    order = [html_lib.unescape(n) for n in re.findall(r"<td class='num'>([^<]*)</td>", first)]
    keys = [(rows[n]["zone"] != "bien", int(rows[n]["priorite_rang"])) for n in order]
    assert keys and keys == sorted(keys), keys
    # the numbered dots of the map match the table's numbers
    numbers = {int(n) for n in re.findall(r"<td class='n'>(\d+)</td>", first)}
    svg = page[page.index("<svg") : page.index("</svg>")]
    drawn = {int(t) for t in re.findall(r"font-weight='bold' fill='#1b2631'>(\d+)</text>", svg)}
    assert drawn and drawn <= numbers
