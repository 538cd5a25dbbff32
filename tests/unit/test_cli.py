"""Command line: ``python -m veille_plugin`` run as a user would, in a subprocess.

Each test has its own configuration folder (VEILLE_CONFIG_DIR), so the reference
set activated by ``reference import`` never leaks into another test or into the
user's real configuration. Expected zones and ids come from the reference layers
(shapely, pandas filters), not from the command's own output.
"""

import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
import shapely
from cli_helpers import as_json, assert_french_error, run  # noqa: E402  (tests/ is on sys.path: see tests/conftest.py)
from pyproj import Transformer

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "resources" / "sources" / "unesco_bassin_minier"
REQUIRED_GEOJSON = {
    "bien-inscrit": "Bien Inscrit UNESCO BM",
    "zone-tampon": "Zone Tampon",
    "batis": "batis",
    "cavaliers": "cavaliers",
    "cites-minieres": "cités minières",
    "espace-neonaturel": "espace neonaturel",
    "terrils": "Terrils",
}
ENGLISH_ARGPARSE = (
    "show this help message",
    "positional arguments",
    "the following arguments are required",
    "one of the arguments",
    "invalid choice",
    "unrecognized arguments",
    "expected one argument",
)


# --------------------------------------------------------------------------- test geometries (from the layers)


@pytest.fixture(scope="module")
def sites(ref):
    """Three points with a zone known from the layers: in an element, in the zone tampon, far away."""
    el = ref.elements.attributes.reset_index(drop=True)
    m = el["nom"].str.contains(r"9-9 ?bis") & el["communes"].str.contains("Oignies")
    assert m.sum() == 1
    i = int(m.idxmax())
    p_el = shapely.point_on_surface(ref.elements.geometries[i])
    p_zt = shapely.point_on_surface(ref.buffer_zone.geometries[0])
    p_far = shapely.Point(652_000.0, 6_862_000.0)  # Paris
    bien = ref.bien_union
    zt = ref.buffer_union
    expected = []
    for p in (p_el, p_zt, p_far):
        expected.append("bien" if p.intersects(bien) else "zone_tampon" if p.intersects(zt) else "hors")
    assert expected == ["bien", "zone_tampon", "hors"]
    return {
        "points": [p_el, p_zt, p_far],
        "zones": expected,
        "element_id": el["identifiant"].iloc[i],
        "names": ["Fosse à Oignies", "Près de la zone tampon", "Paris éloigné"],
    }


def wgs84(points):
    t = Transformer.from_crs("EPSG:2154", "EPSG:4326", always_xy=True)
    return [t.transform(p.x, p.y) for p in points]


def write_geojson(path, sites):
    feats = [
        {
            "type": "Feature",
            "properties": {"nom": n, "num": k + 1},
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
        }
        for k, (n, (lon, lat)) in enumerate(zip(sites["names"], wgs84(sites["points"])))
    ]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False), encoding="utf-8")
    return path


def check_screen_json(proc, sites, n_expected=3):
    assert proc.returncode == 0, (proc.stdout, proc.stderr)
    out = as_json(proc)
    assert out["entites"] == n_expected
    zones = [r["zone"] for r in out["resultats"]]
    assert zones == sites["zones"]
    assert sites["element_id"] in [e["id"] for e in out["resultats"][0]["elements_intersectes"]]
    return out


# --------------------------------------------------------------------------- help


def test_help_is_french(cfg):
    proc = run(cfg, "--help")
    assert proc.returncode == 0
    out = proc.stdout
    assert "Veille patrimoniale" in out and "Bassin minier du Nord-Pas de Calais" in out
    assert "afficher cette aide et quitter" in out
    assert "commandes" in out
    for cmd, word in (
        ("stats", "Chiffres"),
        ("screen", "Situer"),
        ("find", "Rechercher"),
        ("reference", "Jeu de données"),
    ):
        assert re.search(rf"^\s+{cmd}\s+{word}", out, re.MULTILINE), cmd
    for phrase in ENGLISH_ARGPARSE:
        assert phrase not in out


def _help_case(args):
    return pytest.param(args, id=" ".join(args))


@pytest.mark.parametrize(
    "args",
    [
        _help_case(["stats"]),
        _help_case(["screen"]),
        _help_case(["find"]),
        _help_case(["reference"]),
        _help_case(["reference", "import"]),
        _help_case(["reference", "info"]),
    ],
)
def test_subcommand_help_is_french(cfg, args):
    proc = run(cfg, *args, "--help")
    assert proc.returncode == 0
    for phrase in ENGLISH_ARGPARSE:
        assert phrase not in proc.stdout, phrase


@pytest.mark.parametrize("args", [["screen"], ["find"]], ids=["screen-sans-source", "find-sans-texte"])
def test_usage_errors_are_french(cfg, args):
    proc = run(cfg, *args)
    assert proc.returncode == 2
    assert "Erreur" in proc.stderr
    for phrase in ENGLISH_ARGPARSE:
        assert phrase not in proc.stderr, proc.stderr


# --------------------------------------------------------------------------- stats


def test_stats_json(cfg, ref):
    proc = run(cfg, "stats", "--json")
    assert proc.returncode == 0, proc.stderr
    s = as_json(proc)
    assert s["composantes"] == 109
    assert s["elements"] == 353
    counts = ref.elements.attributes["categorie"].value_counts().to_dict()
    assert s["elements_par_categorie"] == counts
    assert s["elements_par_categorie"]["cité minière"] == 124
    assert s["donnees"]["embarque"] is True


# --------------------------------------------------------------------------- screen


def test_screen_wkt_point_in_element(cfg, sites):
    p = sites["points"][0]
    proc = run(cfg, "screen", "--wkt", p.wkt, "--json")
    assert proc.returncode == 0, proc.stderr
    out = as_json(proc)
    assert out["zone"] == "bien"
    assert sites["element_id"] in [e["id"] for e in out["elements_intersectes"]]
    assert out["explication"].startswith("Situé dans le Bien inscrit")


def test_screen_wkt_text_output_is_french(cfg, sites):
    proc = run(cfg, "screen", "--wkt", sites["points"][1].wkt)
    assert proc.returncode == 0
    assert "DANS LA ZONE TAMPON" in proc.stdout and "Situé dans la zone tampon" in proc.stdout


def test_screen_wkt_lonlat_without_crs_is_flagged(cfg, sites):
    lon, lat = wgs84(sites["points"][:1])[0]
    proc = run(cfg, "screen", "--wkt", f"POINT({lon} {lat})", "--json")
    assert proc.returncode == 1
    out = as_json(proc)
    assert out["zone"] == "erreur"
    assert "EPSG:4326" in out["explication"]
    proc = run(cfg, "screen", "--wkt", f"POINT({lon} {lat})", "--crs", "EPSG:4326", "--json")
    assert proc.returncode == 0 and as_json(proc)["zone"] == "bien"


def test_screen_bad_wkt(cfg):
    proc = run(cfg, "screen", "--wkt", "POINT(690000 70400")
    assert_french_error(proc, "WKT illisible")


def test_screen_geojson(cfg, tmp_path, sites):
    path = write_geojson(tmp_path / "projets.geojson", sites)
    out = check_screen_json(run(cfg, "screen", "--file", path, "--json"), sites)
    assert out["par_zone"] == {"bien": 1, "zone_tampon": 1, "hors": 1, "erreur": 0, "commune": 0}


def test_screen_geopackage(cfg, tmp_path, sites):
    from osgeo import gdal

    gdal.UseExceptions()
    src = write_geojson(tmp_path / "projets.geojson", sites)
    gpkg = tmp_path / "projets.gpkg"
    gdal.VectorTranslate(str(gpkg), str(src), format="GPKG", layerName="projets_2026")
    check_screen_json(run(cfg, "screen", "--file", gpkg, "--json"), sites)
    check_screen_json(run(cfg, "screen", "--file", gpkg, "--layer", "projets_2026", "--json"), sites)


def test_screen_shapefile_in_lambert93(cfg, tmp_path, sites):
    from osgeo import gdal

    gdal.UseExceptions()
    src = write_geojson(tmp_path / "projets.geojson", sites)
    shp = tmp_path / "projets l93.shp"
    gdal.VectorTranslate(str(shp), str(src), format="ESRI Shapefile", dstSRS="EPSG:2154")
    check_screen_json(run(cfg, "screen", "--file", shp, "--json"), sites)


def test_screen_csv_with_wkt_column(cfg, tmp_path, sites):
    path = tmp_path / "projets.csv"
    lines = ["id;nom;wkt"] + [f"{k + 1};{n};{p.wkt}" for k, (n, p) in enumerate(zip(sites["names"], sites["points"]))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    check_screen_json(run(cfg, "screen", "--file", path, "--json"), sites)


def test_screen_csv_xy_windows1252_semicolon_decimal_comma(cfg, tmp_path, sites):
    path = tmp_path / "relevé terrain.csv"
    lines = ["Libellé;Commune;X;Y"]
    for n, p in zip(sites["names"], sites["points"]):
        lines.append(f"{n};Hénin-Beaumont;{p.x:.3f};{p.y:.3f}".replace(".", ","))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")  # really not UTF-8
    check_screen_json(run(cfg, "screen", "--file", path, "--json"), sites)


def test_screen_csv_lon_lat_columns(cfg, tmp_path, sites):
    path = tmp_path / "gps.csv"
    lines = ["nom,longitude,latitude"] + [
        f"{n},{lon:.7f},{lat:.7f}" for n, (lon, lat) in zip(sites["names"], wgs84(sites["points"]))
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    check_screen_json(run(cfg, "screen", "--file", path, "--json"), sites)


def test_screen_csv_with_an_unreadable_row(cfg, tmp_path, sites):
    p_el, p_zt, p_far = sites["points"]
    path = tmp_path / "saisie.csv"
    path.write_text(f"id;wkt\n1;{p_el.wkt}\n2;POINT(690000 70400\n3;{p_zt.wkt}\n4;{p_far.wkt}\n", encoding="utf-8")
    proc = run(cfg, "screen", "--file", path, "--json")
    assert proc.returncode == 1, (proc.stdout, proc.stderr)
    out = as_json(proc)
    assert [r["zone"] for r in out["resultats"]] == ["bien", "erreur", "zone_tampon", "hors"]
    # the file line of the bad row (header = line 1) is named
    assert any("ligne 3" in m and "saisie.csv" in m for m in out["messages_lecture"]), out["messages_lecture"]
    bad = out["resultats"][1]
    assert bad["messages"] and all("ligne 3" in m["message"] for m in bad["messages"]), bad["messages"]
    # text mode: the message goes to stderr, the good rows are still reported
    proc = run(cfg, "screen", "--file", path)
    assert proc.returncode == 1
    assert "ligne 3" in proc.stderr
    assert "1 dans le Bien, 1 en zone tampon, 1 hors, 1 en erreur" in proc.stdout


def test_screen_csv_with_non_numeric_xy(cfg, tmp_path, sites):
    p_el, p_zt, _ = sites["points"]
    path = tmp_path / "xy.csv"
    body = f"nom;x;y\nA;{p_el.x:.2f};{p_el.y:.2f}\nB;abc;7040000\nC;{p_zt.x:.2f};{p_zt.y:.2f}\n".replace(".", ",")
    path.write_bytes(body.encode("cp1252"))
    proc = run(cfg, "screen", "--file", path, "--json")
    assert proc.returncode == 1
    out = as_json(proc)
    assert [r["zone"] for r in out["resultats"]] == ["bien", "erreur", "zone_tampon"]
    assert any("ligne 3" in m and "abc" in m for m in out["messages_lecture"])


def test_screen_csv_row_with_an_extra_field(cfg, tmp_path, sites):
    p_el, p_zt, _ = sites["points"]
    path = tmp_path / "extra.csv"
    path.write_text(f"id;wkt\n1;{p_el.wkt}\n2;{p_el.wkt};en trop\n3;{p_zt.wkt}\n", encoding="utf-8")
    proc = run(cfg, "screen", "--file", path, "--json")
    assert proc.returncode == 1, proc.stderr
    out = as_json(proc)
    assert [r["zone"] for r in out["resultats"]][0] == "bien"
    assert [r["zone"] for r in out["resultats"]][-1] == "zone_tampon"
    assert any("ligne 3" in m for m in out["messages_lecture"])


def test_screen_csv_row_with_nan_coordinate(cfg, tmp_path, sites):
    p_el, p_zt, _ = sites["points"]
    path = tmp_path / "nan.csv"
    path.write_text(f"id;wkt\n1;{p_el.wkt}\n2;POINT(NaN 7040000)\n3;{p_zt.wkt}\n", encoding="utf-8")
    proc = run(cfg, "screen", "--file", path, "--json")
    assert "Traceback" not in proc.stderr
    assert proc.returncode == 1
    out = as_json(proc)
    assert [r["zone"] for r in out["resultats"]] == ["bien", "erreur", "zone_tampon"]
    assert any("ligne 3" in m["message"] for m in out["resultats"][1]["messages"])


def test_screen_unknown_crs(cfg, tmp_path, sites):
    path = tmp_path / "projets.csv"
    path.write_text("id;wkt\n" + "".join(f"{k};{p.wkt}\n" for k, p in enumerate(sites["points"])), encoding="utf-8")
    proc = run(cfg, "screen", "--file", path, "--crs", "EPSG:99999")
    assert_french_error(proc, "EPSG:99999", "inconnu")
    proc = run(cfg, "screen", "--wkt", sites["points"][0].wkt, "--crs", "EPSG:99999")
    assert_french_error(proc, "EPSG:99999", "inconnu")


def test_screen_missing_file(cfg, tmp_path):
    missing = tmp_path / "nulle_part" / "projets.geojson"
    proc = run(cfg, "screen", "--file", missing)
    assert_french_error(proc, "introuvable", "projets.geojson")


def test_screen_out_csv_one_row_per_entity(cfg, tmp_path, sites):
    src = write_geojson(tmp_path / "projets.geojson", sites)
    out_csv = tmp_path / "resultats.csv"
    proc = run(cfg, "screen", "--file", src, "--out", out_csv)
    assert proc.returncode == 0, proc.stderr
    assert str(out_csv) in proc.stdout
    df = pd.read_csv(out_csv, sep=";", dtype=str, keep_default_na=False, encoding="utf-8")
    assert len(df) == 3
    assert list(df["entite"]) == ["1", "2", "3"]
    assert list(df["zone"]) == sites["zones"]
    assert sites["element_id"] in df["elements"].iloc[0].split(";")


# --------------------------------------------------------------------------- find


def test_find_json(cfg, sites, ref):
    proc = run(cfg, "find", "fosse 9-9bis", "--json")
    assert proc.returncode == 0
    out = as_json(proc)
    assert out["recherche"] == "fosse 9-9bis"
    top = out["resultats"][0]
    assert (top["objet"], top["id"]) == ("élément", sites["element_id"])
    oignies = ref.communes.attributes.set_index("nom").loc["Oignies", "insee"]
    assert {"nom": "Oignies", "insee": oignies} in top["communes"]


def test_find_with_old_commune_name(cfg, ref):
    code = ref.communes.attributes.set_index("nom").loc["Hénin-Beaumont", "insee"]
    proc = run(cfg, "find", "cité", "--commune", "Hénin-Liétard", "--limit", "50", "--json")
    out = as_json(proc)
    assert out["resultats"]
    for r in out["resultats"]:
        assert code in [c["insee"] for c in r["communes"]]


def test_find_explains_each_result_and_the_commune_understood(cfg, ref):
    """Issue 13: an old or misspelt commune is understood and said; each result says why and how sure."""
    auchy = ref.communes.attributes.set_index("nom").loc["Auchy-les-Mines", "insee"]
    proc = run(cfg, "find", "gare", "--commune", "Auchy-lez-La-Bassée", "--json")
    assert proc.returncode == 0, proc.stderr
    out = as_json(proc)
    assert out["commune_comprise"]["insee"] == [auchy] and out["commune_comprise"]["comment"] == "ancien nom"
    assert "Wikipédia" in out["commune_comprise"]["source"]
    assert out["resultats"] and all(auchy in [c["insee"] for c in r["communes"]] for r in out["resultats"])
    assert all(r["raisons"] and r["confiance"] in ("sûr", "probable", "incertain") for r in out["resultats"])
    text = run(cfg, "find", "hôtel de ville", "--commune", "Bruay la Buisiere")
    assert text.returncode == 0
    assert "Commune comprise : Bruay-la-Buissière (62178), nom approché « Bruay la Buisiere »" in text.stdout
    assert re.search(r"^\s+(sûr|probable|incertain) : ", text.stdout, re.M)


def test_find_says_the_status_the_merged_records_and_the_correction(cfg, ref):
    """Issue 26: a zone tampon cité reads «zone tampon»; a partly inscribed cité gives its share and the records it
    merges; a neighbouring commune is corrected in words; an unsure answer reads «à confirmer» with what it would be."""
    zt = ref.layer("cites_zone_tampon").attributes
    row = zt[zt["nom"] == "Cité des Tabernaux"].iloc[0]
    out = as_json(run(cfg, "find", "Cité des Tabernaux", "--commune", "Wingles", "--json"))
    top = out["resultats"][0]
    assert (top["objet"], top["id"], top["statut"]) == ("cité zone tampon", str(row["id"]), "zone tampon")
    text = run(cfg, "find", "Cité Anatole France", "--limit", "1").stdout
    assert re.search(r"en partie dans le Bien inscrit \(\d+ %\)", text) and "réunit aussi : cité ERBM" in text, text
    text = run(cfg, "find", "Cité du Moulin", "--commune", "Flers-en-Escrebieux", "--limit", "1").stdout
    assert "dans la commune voisine Auby, et non à Flers-en-Escrebieux comme écrit" in text, text
    text = run(cfg, "find", "Cité de la Justice Douai", "--limit", "3").stdout
    assert "à confirmer (si c'est ce lieu : dans le Bien inscrit" in text, text


def test_find_unknown_commune_suggests(cfg):
    proc = run(cfg, "find", "cité", "--commune", "Brauy")
    assert_french_error(proc)
    assert "Vouliez-vous dire : « Bruay-la-Buissière »" in proc.stderr


def test_find_compound_and_did_you_mean(cfg):
    out = as_json(run(cfg, "find", "Cité Foch, Cité Darçy", "--json"))
    assert out["lieux_demandes"] == ["Cité Foch", "Cité Darçy"]
    assert {r["nom"] for r in out["resultats"][:2]} == {"Cité Foch", "Cité Darçy"}
    proc = run(cfg, "find", "fosse Delloi")
    assert "Vouliez-vous dire « fosse delloye » ?" in proc.stdout


def test_find_text_output_nothing_found(cfg):
    proc = run(cfg, "find", "xqzwv plorkt")
    assert proc.returncode == 0
    assert "Aucun résultat" in proc.stdout


# --------------------------------------------------------------------------- reference data


@pytest.fixture(scope="module")
def shapefile_release(tmp_path_factory):
    """The seven required layers as Lambert-93 shapefiles with the data.gouv.fr file names."""
    from osgeo import gdal

    gdal.UseExceptions()
    folder = tmp_path_factory.mktemp("shapefiles") / "livraison_2026"
    folder.mkdir()
    for geojson, shp in REQUIRED_GEOJSON.items():
        gdal.VectorTranslate(
            str(folder / f"{shp}.shp"),
            str(SOURCES / f"{geojson}.geojson"),
            format="ESRI Shapefile",
            dstSRS="EPSG:2154",
            layerCreationOptions=["ENCODING=UTF-8"],
        )
    return folder


def copy_release(dst: Path, drop=()):
    shutil.copytree(SOURCES, dst)
    for p in dst.iterdir():
        p.chmod(0o644)
    for name in drop:
        (dst / name).unlink()
    return dst


def embedded_version():
    from veille_plugin.core.paths import embedded_reference_gpkg
    from veille_plugin.core.reference.data import ReferenceData

    return ReferenceData(embedded_reference_gpkg()).version


def test_reference_import_geojson_release_then_reset(cfg, tmp_path, ref, sites):
    src = copy_release(tmp_path / "publication_2026")
    proc = run(cfg, "reference", "import", src, "--json")
    assert proc.returncode == 0, proc.stderr
    imported = as_json(proc)
    assert imported["actif"] is True and imported["elements"] == 353 and imported["composantes"] == 109
    assert "publication_2026" in imported["version"]
    assert imported["version"] != embedded_version()

    info = as_json(run(cfg, "reference", "info", "--json"))
    assert info["version"] == imported["version"]
    assert info["embarque"] is False
    assert Path(info["chemin"]).resolve() == Path(imported["gpkg"]).resolve()
    assert Path(info["fichier_configuration"]).parent == cfg

    stats = as_json(run(cfg, "stats", "--json"))
    assert stats["elements"] == 353 and stats["composantes"] == 109
    assert stats["elements_par_categorie"] == ref.elements.attributes["categorie"].value_counts().to_dict()
    assert stats["donnees"]["version"] == imported["version"]
    # screening runs on the imported set
    out = as_json(run(cfg, "screen", "--wkt", sites["points"][0].wkt, "--json"))
    assert out["donnees"] == imported["version"] and out["zone"] == "bien"

    proc = run(cfg, "reference", "reset", "--json")
    assert proc.returncode == 0
    back = as_json(proc)
    assert back["embarque"] is True and back["version"] == embedded_version()
    assert as_json(run(cfg, "stats", "--json"))["donnees"]["embarque"] is True


def test_reference_import_original_lambert93_shapefiles(cfg, shapefile_release, ref):
    names = sorted(p.name for p in shapefile_release.glob("*.shp"))
    assert "cités minières.shp" in names and "Bien Inscrit UNESCO BM.shp" in names
    proc = run(cfg, "reference", "import", shapefile_release, "--json")
    assert proc.returncode == 0, proc.stderr
    imported = as_json(proc)
    assert imported["elements"] == 353 and imported["composantes"] == 109
    info = as_json(run(cfg, "reference", "info", "--json"))
    assert info["version"] == imported["version"] and "livraison_2026" in info["version"]
    stats = as_json(run(cfg, "stats", "--json"))
    assert stats["elements"] == 353
    assert stats["elements_par_categorie"] == ref.elements.attributes["categorie"].value_counts().to_dict()


def test_shapefile_import_gives_the_same_elements_as_the_geojson_release(cfg, tmp_path, shapefile_release, ref):
    from veille_plugin.core.reference.data import ReferenceData

    out = tmp_path / "depuis_shp.gpkg"
    proc = run(cfg, "reference", "import", shapefile_release, "--out", out, "--no-activate", "--json")
    assert proc.returncode == 0, proc.stderr
    new = ReferenceData(out).elements.attributes.set_index("identifiant")
    old = ref.elements.attributes.set_index("identifiant")
    assert sorted(new.index) == sorted(old.index)
    new = new.loc[old.index]
    for col in ("nom", "categorie", "composante", "communes", "insee", "protection_mh"):
        diff = old[col].astype(str) != new[col].astype(str)
        assert not diff.any(), (col, list(zip(old.index[diff], old[col][diff], new[col][diff])))


@pytest.mark.parametrize(
    "drop, missing",
    [
        (["cavaliers.geojson"], "cavaliers"),
        (["terrils.geojson"], "terrils"),
    ],
)
def test_import_of_an_incomplete_release_fails_and_keeps_the_previous_set(cfg, tmp_path, drop, missing):
    good = copy_release(tmp_path / "publication_ok")
    first = as_json(run(cfg, "reference", "import", good, "--json"))
    bad = copy_release(tmp_path / "publication_incomplete", drop=drop)
    proc = run(cfg, "reference", "import", bad)
    assert_french_error(proc, "absente")
    # the part naming what is missing: before the list of what is expected, without the folder path
    listed = proc.stderr.replace(str(bad), "").split("Attendu")[0]
    assert missing in listed, proc.stderr
    others = {"cavaliers", "terrils"} - {missing}
    assert not any(o in listed for o in others), proc.stderr
    info = as_json(run(cfg, "reference", "info", "--json"))
    assert info["version"] == first["version"]
    assert Path(info["chemin"]).resolve() == Path(first["gpkg"]).resolve()


def test_import_of_shapefiles_missing_a_layer_names_it(cfg, tmp_path, shapefile_release):
    folder = tmp_path / "livraison_incomplete"
    shutil.copytree(shapefile_release, folder)
    for p in folder.glob("Terrils.*"):
        p.unlink()
    proc = run(cfg, "reference", "import", folder)
    assert_french_error(proc)
    listed = proc.stderr.replace(str(folder), "").split("Attendu")[0].lower()
    assert "terrils" in listed and "cavaliers" not in listed, proc.stderr
    info = as_json(run(cfg, "reference", "info", "--json"))
    assert info["embarque"] is True and info["version"] == embedded_version()


def test_reference_import_missing_folder(cfg, tmp_path):
    proc = run(cfg, "reference", "import", tmp_path / "absent")
    assert_french_error(proc, "introuvable")


def test_configured_reference_deleted_then_reset(cfg, tmp_path):
    gpkg = tmp_path / "perso" / "reference_perso.gpkg"
    gpkg.parent.mkdir()
    proc = run(cfg, "reference", "import", SOURCES, "--out", gpkg, "--json")
    assert proc.returncode == 0, proc.stderr
    assert as_json(run(cfg, "reference", "info", "--json"))["embarque"] is False
    gpkg.unlink()
    proc = run(cfg, "stats")
    assert_french_error(proc, "introuvable", "reference reset")
    assert run(cfg, "reference", "reset").returncode == 0
    assert as_json(run(cfg, "stats", "--json"))["donnees"]["embarque"] is True


def test_import_replaces_a_configured_reference_that_was_deleted(cfg, tmp_path):
    gpkg = tmp_path / "ancienne.gpkg"
    assert run(cfg, "reference", "import", SOURCES, "--out", gpkg, "--json").returncode == 0
    gpkg.unlink()
    src = copy_release(tmp_path / "publication_2027")
    proc = run(cfg, "reference", "import", src, "--json")
    assert proc.returncode == 0, proc.stderr
    assert as_json(run(cfg, "stats", "--json"))["elements"] == 353


def test_unknown_reference_parameter_and_bad_distance(cfg, tmp_path, sites):
    proc = run(cfg, "--reference", tmp_path / "nulle_part.gpkg", "stats")
    assert_french_error(proc, "introuvable", "nulle_part.gpkg")
    proc = run(cfg, "screen", "--wkt", sites["points"][0].wkt, "--distance", "-5")
    assert_french_error(proc, "--distance", "nombre positif ou nul attendu")


def test_screen_out_into_a_missing_folder_creates_it(cfg, tmp_path, sites):
    target = tmp_path / "absent" / "resultats.csv"
    proc = run(cfg, "screen", "--wkt", sites["points"][0].wkt, "--out", target)
    assert proc.returncode == 0, proc.stderr
    assert target.exists() and target.read_text(encoding="utf-8").count("\n") == 2  # header + one row
