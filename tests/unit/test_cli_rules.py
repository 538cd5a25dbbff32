"""Command line for the rules: ``rules validate|list|set`` and the verdicts of ``screen``.

Run as a user would (``python -m veille_plugin`` in a subprocess) with a private
configuration folder (VEILLE_CONFIG_DIR). Places come from the reference layers (shapely).
"""

import json
import re
from pathlib import Path

import numpy as np
import pytest
import shapely
import yaml
from cli_helpers import as_json, assert_french_error, run  # noqa: E402  (tests/ is on sys.path: see tests/conftest.py)
from pyproj import Transformer

from veille_plugin.core.rules.catalogue import embedded_catalogue_path

ROOT = Path(__file__).resolve().parents[2]
TEXT = embedded_catalogue_path().read_text(encoding="utf-8")
LINES = TEXT.splitlines()
EMBEDDED_VERSION = yaml.safe_load(TEXT)["version"]
IDS = [f"R{k:02d}" for k in range(1, 30)]


def rule_line(lines, rid, prefix):
    start = next(i for i, line in enumerate(lines) if re.match(rf"^\s*- id: {rid}\s*$", line))
    return next(i for i in range(start, len(lines)) if lines[i].strip().startswith(prefix)), start


def write_lines(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def broken(tmp_path):
    """A catalogue with three errors at known paths and lines."""
    lines = list(LINES)
    expected = {}
    k, _ = rule_line(lines, "R01", "condition:")
    lines[k] = "    condition: {zone: [bien], travaux: [façade]}"
    expected["$.regles[0].condition"] = k + 1
    k, _ = rule_line(lines, "R04", "severite:")
    lines[k] = "    severite: grave"
    expected["$.regles[3].severite"] = k + 1
    k, _ = rule_line(lines, "R08", "recommandation:")
    del lines[k]
    _, start = rule_line(lines, "R08", "- id:")
    expected["$.regles[7]"] = start + 1
    return write_lines(tmp_path / "casse.yaml", lines), expected


def version_file(tmp_path, version, name=None):
    path = tmp_path / (name or f"catalogue_{version}.yaml")
    path.write_text(re.sub(r'^version: "[^"]*"$', f'version: "{version}"', TEXT, count=1, flags=re.M), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def places(ref):
    a = ref.elements.attributes.reset_index(drop=True)
    g = ref.elements.geometries
    ids = a["identifiant"].to_numpy(dtype=object)
    cat = a["categorie"].to_numpy(dtype=object)
    bien = shapely.union_all(ref.components.geometries)
    terr = shapely.union_all(g[cat == "terril"])
    chev = shapely.union_all(g[a["type"].to_numpy(dtype=object) == "Chevalement"])
    out = {}
    for j in np.flatnonzero(cat == "cité minière"):
        p = shapely.point_on_surface(g[j])
        if p.within(bien) and not p.intersects(terr) and list(ids[shapely.intersects(g, p)]) == [ids[j]]:
            out["cite"], out["cite_id"] = p, ids[j]
            break
    rng = np.random.default_rng(3)
    x0, y0, x1, y1 = shapely.bounds(bien)
    pts = shapely.points(rng.uniform(x0, x1, 3000), rng.uniform(y0, y1, 3000))
    ok = (
        (shapely.distance(pts, terr) > 2500)
        & (shapely.distance(pts, chev) > 2500)
        & (shapely.distance(pts, shapely.union_all(g)) > 100)
    )
    out["mid"] = pts[np.flatnonzero(ok)[0]]
    return out


def wgs84_polygon_geojson(path, polygons):
    t = Transformer.from_crs("EPSG:2154", "EPSG:4326", always_xy=True)
    feats = []
    for k, poly in enumerate(polygons):
        ring = [list(t.transform(x, y)) for x, y in poly.exterior.coords]
        feats.append(
            {
                "type": "Feature",
                "properties": {"nom": f"cône {k + 1}"},
                "geometry": {"type": "Polygon", "coordinates": [ring]},
            }
        )
    path.write_text(json.dumps({"type": "FeatureCollection", "features": feats}), encoding="utf-8")
    return path


def verdict(out, rid):
    found = [v for v in out["verdicts"] if v["regle"] == rid]
    assert len(found) == 1, (rid, [v["regle"] for v in out["verdicts"]])
    return found[0]


# --------------------------------------------------------------------------- rules validate


def test_validate_valid(cfg):
    proc = run(cfg, "rules", "validate", embedded_catalogue_path())
    assert proc.returncode == 0, proc.stderr
    assert "catalogue valide" in proc.stdout
    proc = run(cfg, "rules", "validate", embedded_catalogue_path(), "--json")
    assert proc.returncode == 0
    assert as_json(proc) == {"fichier": str(embedded_catalogue_path()), "valide": True, "erreurs": []}


def test_validate_broken_lists_every_error_with_line(cfg, broken):
    path, expected = broken
    proc = run(cfg, "rules", "validate", path)
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    assert "3 erreur(s)" in proc.stdout
    for p, line in expected.items():
        assert f"ligne {line}, {p} :" in proc.stdout, proc.stdout
    assert "grave" in proc.stdout and "recommandation" in proc.stdout


def test_validate_broken_json_shape(cfg, broken):
    path, expected = broken
    proc = run(cfg, "rules", "validate", path, "--json")
    assert proc.returncode == 2
    out = as_json(proc)
    assert set(out) == {"fichier", "valide", "erreurs"}
    assert out["valide"] is False and out["fichier"] == str(path)
    for e in out["erreurs"]:
        assert set(e) == {"chemin", "ligne", "message"}
        assert isinstance(e["ligne"], int) and e["message"]
    assert {e["chemin"]: e["ligne"] for e in out["erreurs"]} == expected


def test_validate_yaml_syntax_error(cfg, tmp_path):
    lines = list(LINES)
    k, _ = rule_line(lines, "R07", "severite:")
    lines[k] = "    severite: majeur: oui"
    proc = run(cfg, "rules", "validate", write_lines(tmp_path / "syntaxe.yaml", lines), "--json")
    assert proc.returncode == 2
    out = as_json(proc)
    assert len(out["erreurs"]) == 1 and out["erreurs"][0]["ligne"] == k + 1
    assert "YAML mal formé" in out["erreurs"][0]["message"]


def test_validate_missing_file(cfg, tmp_path):
    proc = run(cfg, "rules", "validate", tmp_path / "absent.yaml")
    assert proc.returncode == 2
    assert "introuvable" in proc.stdout


# --------------------------------------------------------------------------- rules list / set


def test_list_json(cfg):
    proc = run(cfg, "rules", "list", "--json")
    assert proc.returncode == 0, proc.stderr
    out = as_json(proc)
    assert out["version"] == EMBEDDED_VERSION
    assert [r["id"] for r in out["regles"]] == IDS
    assert out["avertissements"] == []


def test_list_text(cfg):
    proc = run(cfg, "rules", "list")
    assert proc.returncode == 0
    assert f"version {EMBEDDED_VERSION}" in proc.stdout
    for rid in IDS:
        assert re.search(rf"^\s+{rid}\s", proc.stdout, re.M), rid


def test_set_broken_keeps_previous(cfg, tmp_path, broken):
    good = version_file(tmp_path, "2.0.0")
    proc = run(cfg, "rules", "set", good, "--json")
    assert proc.returncode == 0, proc.stderr
    assert as_json(proc)["version"] == "2.0.0"
    path, expected = broken
    proc = run(cfg, "rules", "set", path)
    assert_french_error(proc, "invalide")
    for p, line in expected.items():
        assert f"ligne {line}, {p}" in proc.stderr
    out = as_json(run(cfg, "rules", "list", "--json"))
    assert out["version"] == "2.0.0" and out["avertissements"] == []
    assert len(out["regles"]) == 29


def test_set_broken_without_previous_keeps_embedded(cfg, broken):
    path, _ = broken
    assert_french_error(run(cfg, "rules", "set", path), "invalide")
    assert as_json(run(cfg, "rules", "list", "--json"))["version"] == EMBEDDED_VERSION


def test_configured_then_broken_list_warns(cfg, tmp_path):
    path = version_file(tmp_path, "2.0.0", "mission.yaml")
    assert run(cfg, "rules", "set", path).returncode == 0
    path.write_text(
        path.read_text(encoding="utf-8").replace("severite: bloquant", "severite: grave", 1), encoding="utf-8"
    )
    out = as_json(run(cfg, "rules", "list", "--json"))
    assert out["version"] == "2.0.0"
    assert out["avertissements"] and "reste en vigueur" in out["avertissements"][0]
    proc = run(cfg, "rules", "list")
    assert proc.returncode == 0 and "reste en vigueur" in proc.stderr
    # reset goes back to the embedded catalogue
    assert as_json(run(cfg, "rules", "reset", "--json"))["version"] == EMBEDDED_VERSION


# --------------------------------------------------------------------------- screen with rules


def test_screen_demolition_in_the_bien(cfg, places):
    proc = run(cfg, "screen", "--wkt", places["cite"].wkt, "--type", "PD", "--travaux", "démolition", "--json")
    assert proc.returncode == 0, proc.stderr
    out = as_json(proc)
    assert out["zone"] == "bien"
    r05 = verdict(out, "R05")
    # issue 14: the 2016 report does not exclude demolitions a priori (002 l. 672): «à vérifier», with the method
    assert r05["verdict"] == "à vérifier" and r05["severite"] == "majeur"
    assert "démolition" in r05["motif"] or "PD" in r05["motif"]
    assert len(r05["questions"]) == 4 and any("cité entière" in q for q in r05["questions"])
    assert any(f.get("lignes") == "672" for f in r05["fondement"])
    assert verdict(out, "R01")["verdict"] == "à vérifier"
    assert out["severite_globale"] == "majeur"
    # issue 25: outside abords and PDA, the ABF's opinion on works in a cité is advisory, and the list says so
    assert "ABF – UDAP (avis consultatif, hors abords et PDA)" in out["consultations"]
    assert "Mission Bassin Minier" in out["consultations"]
    assert len(out["consultations"]) == len(set(out["consultations"]))
    assert out["catalogue"]["version"] == EMBEDDED_VERSION
    assert all(v["catalogue_version"] == EMBEDDED_VERSION for v in out["verdicts"])
    assert out["cas"]["type"] == "PD"


def test_screen_text_mode_shows_severity_and_rules(cfg, places):
    proc = run(cfg, "screen", "--wkt", places["cite"].wkt, "--type", "PD")
    assert proc.returncode == 0, proc.stderr
    assert "Sévérité : majeur" in proc.stdout
    assert re.search(r"R05\s+à vérifier", proc.stdout)
    assert f"v{EMBEDDED_VERSION}" in proc.stdout


def test_screen_with_explicit_catalogue(cfg, tmp_path, places):
    path = version_file(tmp_path, "5.1")
    out = as_json(run(cfg, "screen", "--wkt", places["cite"].wkt, "--type", "PD", "--rules", path, "--json"))
    assert out["catalogue"]["version"] == "5.1"
    assert all(v["catalogue_version"] == "5.1" for v in out["verdicts"])


def test_screen_with_broken_catalogue(cfg, places, broken):
    path, expected = broken
    proc = run(cfg, "screen", "--wkt", places["cite"].wkt, "--type", "PD", "--rules", path)
    assert_french_error(proc, "Catalogue de règles invalide", "3 erreur(s)")
    for p, line in expected.items():
        assert f"ligne {line}, {p}" in proc.stderr
    proc = run(cfg, "screen", "--wkt", places["cite"].wkt, "--rules", path, "--json")
    assert proc.returncode == 2
    assert "Catalogue de règles invalide" in as_json(proc)["erreur"]


def test_screen_view_cones_layer_changes_r09(cfg, tmp_path, places):
    p = places["mid"]
    base = ("screen", "--wkt", p.wkt, "--type", "PC", "--hauteur", "30", "--json")
    out = as_json(run(cfg, *base))
    # beyond 2 km of a terril or a headframe, only the (optional) view cones can bring R09 in: without them its answer
    # is unknown (issue 25), never «conforme»
    assert verdict(out, "R09")["verdict"] == "donnée manquante"
    assert "R09" in out["regles_donnee_manquante"] and "cônes de vue" in verdict(out, "R09")["motif"]
    covering = wgs84_polygon_geojson(
        tmp_path / "cones.geojson", [shapely.box(p.x - 300, p.y - 300, p.x + 300, p.y + 300)]
    )
    out = as_json(run(cfg, *base, "--couche", f"cones_de_vue={covering}"))
    assert verdict(out, "R09")["verdict"] == "à vérifier"
    assert "cones_de_vue" in out["couches_utilisateur"]
    assert "R09" not in out["regles_donnee_manquante"]


def test_screen_view_cones_layer_elsewhere_gives_non_applicable(cfg, tmp_path, places):
    p = places["mid"]
    elsewhere = wgs84_polygon_geojson(
        tmp_path / "cones_ailleurs.geojson", [shapely.box(p.x + 5000, p.y + 5000, p.x + 5600, p.y + 5600)]
    )
    proc = run(
        cfg,
        "screen",
        "--wkt",
        p.wkt,
        "--type",
        "PC",
        "--hauteur",
        "30",
        "--json",
        "--couche",
        f"cones_de_vue={elsewhere}",
    )
    assert proc.returncode == 0, proc.stderr
    out = as_json(proc)
    # in no view cone and beyond 2 km: R09 does not concern the project (issue 25: not «conforme»), folded
    assert "R09" in out["regles_non_applicables"] and "R09" not in {v["regle"] for v in out["verdicts"]}


def test_a_user_layer_no_rule_reads_is_said(cfg, tmp_path, places):
    """Issue 27: a layer given under a known name that no rule of the catalogue in use reads was silently unused."""
    from veille_plugin.core.rules.catalogue import embedded_catalogue_path

    text = embedded_catalogue_path().read_text(encoding="utf-8")
    assert text.count("{couche: cones_de_vue") == 2
    custom = tmp_path / "sans_cones.yaml"  # the rules that read the view cones now read the areas of influence
    custom.write_text(text.replace("{couche: cones_de_vue", "{couche: aires_influence_paysagere"), encoding="utf-8")
    p = places["mid"]
    cones = wgs84_polygon_geojson(tmp_path / "cones.geojson", [shapely.box(p.x - 300, p.y - 300, p.x + 300, p.y + 300)])
    base = ("screen", "--wkt", p.wkt, "--json", "--couche", f"cones_de_vue={cones}")
    unused = run(cfg, *base, "--rules", custom)
    assert unused.returncode == 0, unused.stderr
    assert "Avertissement : Couche « cones_de_vue » fournie, mais aucune règle du catalogue" in unused.stderr
    assert "elle est sans effet" in unused.stderr and "aires_influence_paysagere" in unused.stderr
    assert "Avertissement" not in run(cfg, *base).stderr  # the catalogue in force reads it


def test_screen_danger_list_changes_r12(cfg, tmp_path, places):
    base = ("screen", "--wkt", places["cite"].wkt, "--type", "PC", "--json")
    out = as_json(run(cfg, *base))
    assert verdict(out, "R12")["verdict"] == "donnée manquante"
    assert out["liste_peril"] is False
    on_list = tmp_path / "peril.csv"
    on_list.write_text(f"identifiant;nom\n{places['cite_id']};élément de test\n", encoding="utf-8")
    out = as_json(run(cfg, *base, "--peril", on_list))
    assert verdict(out, "R12")["verdict"] == "à vérifier"
    assert out["severite_globale"] == "majeur"  # a «bloquant» rule only «à vérifier» weighs «majeur» (issue 15)
    assert "DRAC" in out["consultations"]
    other = tmp_path / "peril_autre.csv"
    other_id = "999Z" if places["cite_id"] != "999Z" else "998Z"  # shaped like an element id, on no element
    other.write_text(f"identifiant\n{other_id}\n", encoding="utf-8")
    out = as_json(run(cfg, *base, "--peril", other))
    assert "R12" in out["regles_non_applicables"]  # no element concerned is on the list: R12 does not concern it


def test_screen_unknown_user_layer(cfg, places):
    proc = run(cfg, "screen", "--wkt", places["cite"].wkt, "--couche", "inconnue=x.geojson")
    assert_french_error(proc, "Couche utilisateur inconnue", "inconnue", "cones_de_vue")


def test_screen_user_layer_without_equals(cfg, places):
    proc = run(cfg, "screen", "--wkt", places["cite"].wkt, "--couche", "cones_de_vue")
    assert_french_error(proc, "NOM=FICHIER")


def test_screen_missing_danger_list_file(cfg, tmp_path, places):
    proc = run(cfg, "screen", "--wkt", places["cite"].wkt, "--peril", tmp_path / "absent.csv")
    assert_french_error(proc, "introuvable")
