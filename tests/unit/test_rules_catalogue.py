"""Rules catalogue (core.rules_catalogue): the embedded catalogue, broken files, the catalogue in force.

Broken catalogues are made by editing known lines of the embedded YAML, so the expected JSON
path and line of every error are known before the validator runs.
"""

import json
import re

import jsonschema
import pytest
import shapely
import yaml

from veille_plugin.core import config
from veille_plugin.core.rules.catalogue import (
    CASE_TYPES,
    CatalogueError,
    embedded_catalogue_path,
    load_catalogue,
    load_catalogue_file,
    schema_path,
    set_user_catalogue,
    validate_file,
)

TEXT = embedded_catalogue_path().read_text(encoding="utf-8")
LINES = TEXT.splitlines()
#: The embedded catalogue's version (bumped with each change of the catalogue); user files get other versions.
EMBEDDED_VERSION = yaml.safe_load(TEXT)["version"]
IDS = [f"R{k:02d}" for k in range(1, 30)]
ENGLISH = re.compile(
    r"is not one of|is a required property|Additional properties|is not valid under|was expected|is not of type|does "
    r"not match|should be non-empty|has non-unique",
    re.I,
)
FRENCH = re.compile(
    r"(champ|valeur|admise|obligatoire|inconnu|attendu|ligne|déjà|absent|mal formé|fichier|condition|clé|trop)", re.I
)


# --------------------------------------------------------------------------- helpers


def rule_start(lines, rid) -> int:
    """0-based index of the «- id: Rxx» line."""
    return next(i for i, line in enumerate(lines) if re.match(rf"^\s*- id: {rid}\s*$", line))


def line_in_rule(lines, rid, prefix) -> int:
    start = rule_start(lines, rid)
    for i in range(start, len(lines)):
        if i > start and re.match(r"^\s*- id: ", lines[i]):
            break
        if lines[i].strip().startswith(prefix):
            return i
    raise AssertionError(f"{prefix!r} absent de la règle {rid}")


def write(tmp_path, lines, name="catalogue.yaml"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def with_version(version):
    assert version != EMBEDDED_VERSION, "une version de fichier utilisateur distincte de celle embarquée"
    return re.sub(r'^version: "[^"]*"$', f'version: "{version}"', TEXT, count=1, flags=re.M)


def assert_french(issues):
    assert issues
    for i in issues:
        assert FRENCH.search(i.message), f"message non français : {i.message!r}"
        assert not ENGLISH.search(i.message), f"message anglais : {i.message!r}"


def one(issues, path):
    found = [i for i in issues if i.json_path == path]
    assert len(found) == 1, (path, [str(i) for i in issues])
    return found[0]


# --------------------------------------------------------------------------- the embedded catalogue


def test_embedded_catalogue_is_valid():
    assert validate_file(embedded_catalogue_path()) == []
    doc = yaml.safe_load(TEXT)
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(doc)  # independent check with the schema itself
    cat = load_catalogue_file(embedded_catalogue_path())
    ids = [r.id for r in cat.rules]
    assert ids == IDS
    assert len(set(ids)) == len(ids)
    assert cat.version == doc["version"]
    assert re.fullmatch(r"\d+\.\d+(\.\d+)?", cat.version)
    assert cat.name and cat.warnings == []
    for r in cat.rules:
        assert set(r.s_applique_a) <= set(CASE_TYPES), r.id
        assert r.fondement and all(f["nature"] for f in r.fondement) and r.facteurs_unesco, r.id


def test_embedded_travaux_keywords_are_all_in_the_vocabulary():
    doc = yaml.safe_load(TEXT)
    vocab = set(doc["vocabulaire_travaux"])
    used = []

    def walk(c):
        for k, v in c.items():
            if k in ("tous", "un_parmi", "aucun"):
                for sub in v:
                    walk(sub)
            elif k == "travaux":
                used.extend(v)

    for r in doc["regles"]:
        walk(r["condition"])
    assert used and set(used) <= vocab


def test_every_verdict_record_carries_catalogue_version_and_rule_id(tmp_path, ref):
    path = tmp_path / "v7.yaml"
    path.write_text(with_version("7.3.1"), encoding="utf-8")
    cat = load_catalogue_file(path)
    el = ref.elements.geometries
    geoms = [shapely.point_on_surface(el[0]), shapely.Point(700000, 7000000), None]
    from veille_plugin.core.rules.case_screening import screen_cases

    cs = screen_cases(geoms, ref, cat, case_type=["PC", "plu", "PD"], works="démolition", danger_list=set())
    for i in range(3):
        rec = cs.record(i, include_non_applicable=True)
        assert rec["catalogue"]["version"] == "7.3.1"
        assert [v["regle"] for v in sorted(rec["verdicts"], key=lambda v: v["regle"])] == IDS
        for v in rec["verdicts"]:
            assert v["catalogue_version"] == "7.3.1"
            assert v["regle"] in IDS
    assert (cs.table()["catalogue_version"] == "7.3.1").all()


# --------------------------------------------------------------------------- broken files: one error each


def test_yaml_syntax_error_reports_its_line(tmp_path):
    lines = list(LINES)
    k = line_in_rule(lines, "R02", "severite:")
    lines[k] = "    severite: à vérifier: oui"
    issues = validate_file(write(tmp_path, lines))
    assert len(issues) == 1
    assert issues[0].json_path == "$"
    assert issues[0].line == k + 1
    assert "YAML mal formé" in issues[0].message
    assert_french(issues)
    with pytest.raises(CatalogueError) as exc:
        load_catalogue_file(tmp_path / "catalogue.yaml")
    assert f"ligne {k + 1}" in str(exc.value)


def test_a_rule_reading_an_unknown_user_layer_is_refused_with_its_line(tmp_path):
    """Issue 27: «cone_de_vue» (for «cones_de_vue») passed `rules validate`, and the rule never applied."""
    lines = list(LINES)
    k = next(i for i, line in enumerate(lines) if "couche: cones_de_vue}" in line)
    lines[k] = lines[k].replace("couche: cones_de_vue}", "couche: cone_de_vue}")
    issues = validate_file(write(tmp_path, lines))
    assert len(issues) == 1 and issues[0].line == k + 1
    assert "couche « cone_de_vue » inconnue" in issues[0].message and "cones_de_vue" in issues[0].message
    assert_french(issues)


def test_unknown_key_in_a_rule(tmp_path):
    lines = list(LINES)
    k = line_in_rule(lines, "R03", "titre:")
    lines.insert(k + 1, "    comentaire: à revoir avec l'ABF")
    issues = validate_file(write(tmp_path, lines))
    assert len(issues) == 1, [str(i) for i in issues]
    assert issues[0].json_path.startswith("$.regles[2]")
    assert "comentaire" in issues[0].message and "inconnu" in issues[0].message
    assert rule_start(lines, "R03") + 1 <= issues[0].line <= k + 2
    assert_french(issues)


def test_unknown_key_is_reported_at_its_own_line(tmp_path):
    lines = list(LINES)
    k = line_in_rule(lines, "R03", "titre:")
    lines.insert(k + 1, "    comentaire: à revoir avec l'ABF")
    issues = validate_file(write(tmp_path, lines))
    assert issues[0].line == k + 2


def test_wrong_severity_enum(tmp_path):
    lines = list(LINES)
    k = line_in_rule(lines, "R04", "severite:")
    lines[k] = "    severite: grave"
    issues = validate_file(write(tmp_path, lines))
    assert len(issues) == 1
    i = one(issues, "$.regles[3].severite")
    assert i.line == k + 1
    assert "grave" in i.message
    for s in ("bloquant", "majeur", "à vérifier", "information"):
        assert s in i.message
    assert_french(issues)


def test_missing_required_field(tmp_path):
    lines = list(LINES)
    k = line_in_rule(lines, "R05", "recommandation:")
    del lines[k]
    issues = validate_file(write(tmp_path, lines))
    assert len(issues) == 1
    i = one(issues, "$.regles[4]")
    assert i.line == rule_start(lines, "R05") + 1
    assert "recommandation" in i.message and "obligatoire" in i.message
    assert_french(issues)


def test_condition_with_two_keys(tmp_path):
    lines = list(LINES)
    k = line_in_rule(lines, "R01", "condition:")
    lines[k] = "    condition: {zone: [bien], travaux: [façade]}"
    issues = validate_file(write(tmp_path, lines))
    assert len(issues) == 1
    i = one(issues, "$.regles[0].condition")
    assert i.line == k + 1
    assert "une clé" in i.message and "zone" in i.message and "travaux" in i.message
    assert_french(issues)


def test_nested_condition_with_two_keys(tmp_path):
    lines = list(LINES)
    k = line_in_rule(lines, "R05", "- {type_dossier: [PD]}")
    lines[k] = lines[k].replace("{type_dossier: [PD]}", "{type_dossier: [PD], zone: [bien]}")
    issues = validate_file(write(tmp_path, lines))
    i = one(issues, "$.regles[4].condition.tous[1].un_parmi[0]")
    assert i.line == k + 1
    assert_french(issues)


def test_travaux_keyword_absent_from_vocabulary(tmp_path):
    lines = list(LINES)
    k = line_in_rule(lines, "R06", "- {travaux:")
    assert "clôture" in lines[k]
    lines[k] = lines[k].replace("clôture", "clotûre")
    issues = validate_file(write(tmp_path, lines))
    assert len(issues) == 1
    i = one(issues, "$.regles[5].condition.tous[1].travaux[4]")
    assert i.line == k + 1
    assert "clotûre" in i.message and "vocabulaire_travaux" in i.message
    assert_french(issues)


def test_duplicate_rule_id(tmp_path):
    lines = list(LINES)
    k = rule_start(lines, "R05")
    lines[k] = lines[k].replace("R05", "R04")
    issues = validate_file(write(tmp_path, lines))
    assert len(issues) == 1
    i = one(issues, "$.regles[4].id")
    assert i.line == k + 1
    assert "R04" in i.message and "déjà" in i.message
    assert_french(issues)


def test_every_schema_error_is_listed_with_path_and_line(tmp_path):
    lines = list(LINES)
    expected = {}
    k = line_in_rule(lines, "R01", "condition:")
    lines[k] = "    condition: {zone: [bien], travaux: [façade]}"
    expected["$.regles[0].condition"] = k + 1
    k = line_in_rule(lines, "R04", "severite:")
    lines[k] = "    severite: grave"
    expected["$.regles[3].severite"] = k + 1
    k = line_in_rule(lines, "R10", "verdict_si_vrai:")
    lines[k] = "    verdict_si_vrai: interdit"
    expected["$.regles[9].verdict_si_vrai"] = k + 1
    k = line_in_rule(lines, "R12", "facteurs_unesco:")
    lines[k] = '    facteurs_unesco: ["15"]'
    expected["$.regles[11].facteurs_unesco[0]"] = k + 1
    # deletion last, so the lines above stay right
    k = line_in_rule(lines, "R17", "recommandation:")
    del lines[k]
    expected["$.regles[16]"] = rule_start(lines, "R17") + 1
    path = write(tmp_path, lines)
    issues = validate_file(path)
    assert {i.json_path: i.line for i in issues} == expected
    assert [i.line for i in issues] == sorted(i.line for i in issues)
    assert_french(issues)
    with pytest.raises(CatalogueError) as exc:
        load_catalogue_file(path)
    text = str(exc.value)
    assert "5 erreur(s)" in text and "invalide" in text
    for p, line in expected.items():
        assert f"ligne {line}, {p} :" in text


def test_schema_and_semantic_errors_are_listed_together(tmp_path):
    lines = list(LINES)
    k_enum = line_in_rule(lines, "R04", "severite:")
    lines[k_enum] = "    severite: grave"
    k_dup = rule_start(lines, "R05")
    lines[k_dup] = lines[k_dup].replace("R05", "R04")
    k_kw = line_in_rule(lines, "R06", "- {travaux:")
    lines[k_kw] = lines[k_kw].replace("clôture", "clotûre")
    issues = validate_file(write(tmp_path, lines))
    assert {i.json_path: i.line for i in issues} == {
        "$.regles[3].severite": k_enum + 1,
        "$.regles[4].id": k_dup + 1,
        "$.regles[5].condition.tous[1].travaux[4]": k_kw + 1,
    }


def test_json_catalogue_with_a_schema_error(tmp_path):
    doc = yaml.safe_load(TEXT)
    doc["regles"][2]["severite"] = "grave"
    text = json.dumps(doc, ensure_ascii=False, indent=2)
    path = tmp_path / "catalogue.json"
    path.write_text(text, encoding="utf-8")
    k = next(i for i, line in enumerate(text.splitlines()) if '"severite": "grave"' in line)
    issues = validate_file(path)
    assert len(issues) == 1
    i = one(issues, "$.regles[2].severite")
    assert i.line == k + 1
    assert_french(issues)


def test_json_catalogue_syntax_error_reports_its_line(tmp_path):
    doc = yaml.safe_load(TEXT)
    lines = json.dumps(doc, ensure_ascii=False, indent=2).splitlines()
    k = [i for i, line in enumerate(lines) if '"severite": "majeur"' in line][3]
    lines[k] = lines[k].replace('"majeur"', "majeur")
    path = tmp_path / "catalogue.json"
    path.write_text("\n".join(lines), encoding="utf-8")
    issues = validate_file(path)
    assert len(issues) == 1
    assert issues[0].line == k + 1
    assert "JSON mal formé" in issues[0].message
    assert_french(issues)


def test_valid_json_catalogue_loads(tmp_path):
    doc = yaml.safe_load(with_version("4.0"))
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    assert validate_file(path) == []
    cat = load_catalogue_file(path)
    assert cat.version == "4.0" and [r.id for r in cat.rules] == IDS


def test_valid_json_catalogue_indented_with_tabs_loads(tmp_path):
    doc = yaml.safe_load(TEXT)
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(doc, ensure_ascii=False, indent="\t"), encoding="utf-8")
    assert validate_file(path) == []


def test_non_utf8_file(tmp_path):
    path = tmp_path / "catalogue.yaml"
    path.write_bytes(TEXT.encode("latin-1", errors="replace"))
    issues = validate_file(path)
    assert len(issues) == 1
    assert issues[0].json_path == "$"
    assert "UTF-8" in issues[0].message
    assert_french(issues)
    with pytest.raises(CatalogueError):
        load_catalogue_file(path)


def test_non_utf8_file_reports_the_line(tmp_path):
    path = tmp_path / "catalogue.yaml"
    path.write_bytes(TEXT.encode("latin-1", errors="replace"))
    first_non_ascii = next(i for i, line in enumerate(LINES) if any(ord(c) > 127 for c in line))
    issues = validate_file(path)
    assert issues[0].line == first_non_ascii + 1


def test_missing_file(tmp_path):
    issues = validate_file(tmp_path / "absent.yaml")
    assert len(issues) == 1 and "introuvable" in issues[0].message


def test_issue_dict_shape(tmp_path):
    lines = list(LINES)
    k = line_in_rule(lines, "R04", "severite:")
    lines[k] = "    severite: grave"
    issues = validate_file(write(tmp_path, lines))
    assert issues[0].to_dict() == {"chemin": "$.regles[3].severite", "ligne": k + 1, "message": issues[0].message}


# --------------------------------------------------------------------------- which catalogue is in force


def _broken(tmp_path, name="casse.yaml"):
    return write(
        tmp_path, [line if line.strip() != "severite: bloquant" else "    severite: grave" for line in LINES], name
    )


def test_default_is_the_embedded_catalogue():
    cat = load_catalogue()
    assert cat.version == EMBEDDED_VERSION and cat.warnings == []
    assert [r.id for r in cat.rules] == IDS


def test_set_user_catalogue_then_load(tmp_path):
    path = tmp_path / "mission.yaml"
    path.write_text(with_version("2.0.0"), encoding="utf-8")
    assert set_user_catalogue(path).version == "2.0.0"
    cat = load_catalogue()
    assert cat.version == "2.0.0" and cat.warnings == []


def test_explicit_broken_catalogue_raises_no_silent_fallback(tmp_path):
    with pytest.raises(CatalogueError):
        load_catalogue(_broken(tmp_path))


def test_set_broken_catalogue_raises_and_keeps_previous(tmp_path):
    good = tmp_path / "mission.yaml"
    good.write_text(with_version("2.0.0"), encoding="utf-8")
    set_user_catalogue(good)
    before = config.load()
    broken = _broken(tmp_path)
    with pytest.raises(CatalogueError) as exc:
        set_user_catalogue(broken)
    assert exc.value.issues and all(i.line for i in exc.value.issues)
    assert "invalide" in str(exc.value)
    assert config.load() == before
    cat = load_catalogue()
    assert cat.version == "2.0.0" and cat.warnings == []


def test_set_broken_catalogue_without_previous_keeps_embedded(tmp_path):
    with pytest.raises(CatalogueError):
        set_user_catalogue(_broken(tmp_path))
    assert load_catalogue().version == EMBEDDED_VERSION
    assert "rules_path" not in config.load()


def test_configured_catalogue_that_becomes_broken_falls_back_with_warning(tmp_path):
    path = tmp_path / "mission.yaml"
    path.write_text(with_version("2.0.0"), encoding="utf-8")
    set_user_catalogue(path)
    path.write_text(with_version("2.0.0").replace("severite: bloquant", "severite: grave", 1), encoding="utf-8")
    cat = load_catalogue()
    assert cat.version == "2.0.0"
    assert [r.id for r in cat.rules] == IDS
    assert len(cat.warnings) == 1
    w = cat.warnings[0]
    assert "invalide" in w and "reste en vigueur" in w and str(path) in w and "grave" in w


def test_configured_catalogue_deleted_falls_back_with_warning(tmp_path):
    path = tmp_path / "mission.yaml"
    path.write_text(with_version("2.0.0"), encoding="utf-8")
    set_user_catalogue(path)
    path.unlink()
    cat = load_catalogue()
    assert cat.version == "2.0.0"
    assert cat.warnings and "introuvable" in cat.warnings[0]


def test_fallback_is_the_last_valid_version_in_force(tmp_path):
    path = tmp_path / "mission.yaml"
    path.write_text(with_version("8.0.0"), encoding="utf-8")
    set_user_catalogue(path)
    path.write_text(with_version("8.1.0"), encoding="utf-8")  # edited in place, still valid
    assert load_catalogue().version == "8.1.0"  # in force
    path.write_text(with_version("8.2.0").replace("severite: bloquant", "severite: grave", 1), encoding="utf-8")
    assert load_catalogue().version == "8.1.0"


def test_json_configured_catalogue_falls_back(tmp_path):
    path = tmp_path / "mission.json"
    path.write_text(json.dumps(yaml.safe_load(with_version("3.0.0")), ensure_ascii=False, indent=2), encoding="utf-8")
    set_user_catalogue(path)
    path.write_text("{\n  \"catalogue\": \n", encoding="utf-8")
    cat = load_catalogue()
    assert cat.version == "3.0.0" and cat.warnings


@pytest.mark.parametrize(
    "name, text, needle",
    [
        (
            "rires.yaml",
            "a: &a ["
            + ",".join(['"lol"'] * 9)
            + "]\n"
            + "".join(f"{c}: &{c} [" + ",".join([f"*{p}"] * 9) + "]\n" for p, c in zip("abcdefgh", "bcdefghi")),
            "se démultiplient au-delà de 200 000",
        ),
        ("recursif.yaml", "&a [*a]\n", "alias YAML récursif"),
        ("profond.yaml", "[" * 100_000 + "]" * 100_000 + "\n", "plus de 40 niveaux"),
        ("profond.json", '{"regles": ' + "[" * 2000 + "]" * 2000 + "}", "plus de 40 niveaux"),  # audit, G2
        ("enorme.yaml", "regles:\n" + "  - {id: X}\n" * 200_000, "un catalogue de règles tient en moins de 1024 Ko"),
    ],
)
def test_hostile_catalogues_are_refused_at_once(tmp_path, name, text, needle):
    """Issue 12, point 6: billion laughs kept `rules validate` busy past 90 s, a recursive alias and deep brackets
    raised RecursionError, a 50 MB catalogue made every screening take 72 s."""
    import time

    from veille_plugin.core.rules.catalogue import CatalogueError, load_catalogue

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    start = time.perf_counter()
    with pytest.raises(CatalogueError) as err:
        load_catalogue(path)
    assert needle in str(err.value) and name in str(err.value)
    assert time.perf_counter() - start < 20  # refused without expanding anything (a generous bound, not a benchmark)
