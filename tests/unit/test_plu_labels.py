"""Issue 28, PLU dock: every code of a PLU comparison has its plain meaning beside it — zone types from the official
CNIG list, prescription and information codes from the CNIG lists (the code alone when unknown), elements with their
names, rules with their catalogue titles, communes by name — read on the FICTITIOUS demonstration versions of
Loos-en-Gohelle (resources/demo/plu)."""

from pathlib import Path

import pytest

from veille_plugin.core.errors import InputError
from veille_plugin.core.plu import labels
from veille_plugin.core.plu.checks import check_version
from veille_plugin.core.plu.diff import diff_versions
from veille_plugin.core.plu.reader import read_plu_version
from veille_plugin.core.plu.report import diff_report_html
from veille_plugin.core.reference.data import load_reference

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "plu"
BEFORE, AFTER = DEMO / "62528_PLU_FICTIF_avant_v2017.gpkg", DEMO / "62528_PLU_FICTIF_apres_v2024.gpkg"


@pytest.fixture(scope="module")
def ref():
    return load_reference()


@pytest.fixture(scope="module")
def compared(ref):
    before, after = read_plu_version(str(BEFORE), "avant"), read_plu_version(str(AFTER), "après")
    diff = diff_versions(before, after, ref, commune="62528")
    check = check_version(after, ref, before=before, diff=diff, commune="62528")
    return diff, check


def test_zone_types_in_the_words_of_the_cnig_list():
    assert labels.zone_type_words("N") == "zone naturelle et forestière"
    assert labels.zone_type_words("AUc") == "zone à urbaniser"
    assert labels.zone_type_words("AUs") == "zone à urbaniser bloquée"
    assert labels.zone_type_words("U") == "zone urbaine"
    assert labels.zone_type_words("A") == "zone agricole"
    assert labels.zone_type_words("Nh") == "zone naturelle et forestière"  # a 2014 code, by its family
    assert labels.zone_type_words("X9") == ""  # unknown: no invented label
    assert labels.zone_words("1AUh", "AUc") == "1AUh – zone à urbaniser (AUc)"
    assert labels.zone_words("N", "N") == "zone naturelle et forestière (N)"
    assert labels.zone_words("Zx", "X9") == "Zx (X9)"  # unknown code shown alone beside the plan's name


def test_prescription_and_information_codes_with_their_official_labels():
    assert labels.code_words("PRESCRIPTION_SURF", "07-01", "L.151-19") == (
        "Patrimoine bâti à protéger pour des motifs d'ordre culturel, historique, architectural "
        "(07-01, article L.151-19)"
    )
    assert labels.code_words("INFO_SURF", "42-01") == (
        "secteur dans lequel les travaux de démolition sont soumis à permis de démolir (42-01)"
    )
    assert labels.code_meaning("INFO_SURF", "40-01") != ""  # the World Heritage perimeter is in the list
    assert labels.code_words("PRESCRIPTION_SURF", "98-07") == "98-07"  # unknown: the code alone
    assert labels.feature_words("PD", "INFO_SURF", "42-01").startswith("PD – secteur dans lequel les travaux")


def test_every_change_of_the_demonstration_in_words(compared, ref):
    diff, _check = compared
    words = labels.plain_changes(diff.pieces, ref)
    rows = {r["avant"]: r for r in words.to_dict("records")}
    opening = rows["zone naturelle et forestière (N)"]
    assert opening == {
        "changement": "zone agricole ou naturelle ouverte à l'urbanisation (A/N → U/AU)",
        "avant": "zone naturelle et forestière (N)",
        "apres": "1AUh – zone à urbaniser (AUc)",
        "commune": "Loos-en-Gohelle (62528)",
        "elements": opening["elements"],
        "codes": "N → AUc",
    }
    assert opening["elements"].startswith(
        "63W Maison d'ingénieur (Loos-en-Gohelle) ; 63AE Fosse 11-19 (Loos-en-Gohelle) ; "
        "63AB Cité Saint-Albert (n°16) (Liévin)"
    )
    assert rows["Nt – zone naturelle et forestière (N)"]["apres"] == "UE – zone urbaine (U)"
    removed = rows[
        "PB-63W – Patrimoine bâti à protéger pour des motifs d'ordre culturel, historique, architectural "
        "(07-01, article L.151-19)"
    ]
    assert removed["changement"] == "prescription supprimée" and removed["apres"] == "" and removed["codes"] == "07-01"
    demolition = rows["PD – secteur dans lequel les travaux de démolition sont soumis à permis de démolir (42-01)"]
    assert demolition["changement"] == "information supprimée" and demolition["codes"] == "42-01"


def test_elements_with_their_names(ref):
    names = labels.element_names(ref)
    assert names["63W"] == "63W Maison d'ingénieur (Loos-en-Gohelle)"
    assert labels.elements_words("63W;63V", names) == (
        "63W Maison d'ingénieur (Loos-en-Gohelle) ; 63V Cité des Provinces (Lens)"
    )
    assert labels.elements_words("63W;63V;ZZ9", names, limit=1) == (
        "63W Maison d'ingénieur (Loos-en-Gohelle) ; … et 2 autre(s)"
    )
    assert labels.elements_words("ZZ9", names) == "ZZ9"  # unknown to the reference: the id alone


def test_rules_by_their_catalogue_titles(compared):
    _diff, check = compared
    lines = labels.rules_words(check.findings())
    assert any(line.startswith("R14 PLU : éléments protégés au titre de l'article L.151-19 – ") for line in lines)
    assert any(line.startswith("R18 Ouverture à l'urbanisation près du Bien – ") for line in lines)
    assert all(line.endswith("constat(s)") for line in lines)
    total = sum(int(line.rsplit("– ", 1)[1].split()[0]) for line in lines)
    assert total == len(check.findings())


def test_the_commune_chosen_by_name(ref):
    choices = labels.commune_choices(ref)
    assert "Loos-en-Gohelle (62528)" in choices and len(choices) == len(ref.communes)
    assert [c for c in choices if c.lower().startswith("loos")] == ["Loos-en-Gohelle (62528)"]
    assert labels.commune_code("Loos-en-Gohelle (62528)", ref) == "62528"
    assert labels.commune_code("loos en gohelle", ref) == "62528"
    assert labels.commune_code("Loos", ref) == "62528"  # the start of one name only
    assert labels.commune_code("62528", ref) == "62528"  # a code still works
    assert labels.commune_code("2A004", ref) == "2A004"  # even outside the reference data
    assert labels.commune_code("  ", ref) is None
    with pytest.raises(InputError, match="Plusieurs communes commencent par « Li » : .*Liévin \\(62510\\)"):
        labels.commune_code("Li", ref)
    with pytest.raises(InputError, match="Commune « Xyzzy » inconnue"):
        labels.commune_code("Xyzzy", ref)


def test_the_report_says_the_same_words(compared, ref):
    diff, check = compared
    page = diff_report_html(diff, ref, "62528", check)
    assert "zone agricole ou naturelle ouverte à l&#x27;urbanisation (A/N → U/AU)" in page
    assert "zone naturelle et forestière (N) → 1AUh – zone à urbaniser (AUc)" in page
    assert "PB-63W – Patrimoine bâti à protéger pour des motifs d&#x27;ordre culturel" in page
    assert "63W Maison d&#x27;ingénieur (Loos-en-Gohelle)" in page
    assert "R14 PLU : éléments protégés au titre de l&#x27;article L.151-19" in page


def test_the_check_names_its_objects_in_words(compared):
    _diff, check = compared
    objects = {f["cas"] for f in check.findings() if f["regle"] == "R18"}
    assert "zone naturelle et forestière (N) → 1AUh – zone à urbaniser (AUc)" in objects, objects
    assert "Nt – zone naturelle et forestière (N) → UE – zone urbaine (U)" in objects, objects


def test_the_changes_layer_and_csv_carry_the_words(compared, ref, tmp_path):
    from veille_plugin.core.plu.report import write_diff_outputs
    from veille_plugin.core.vector_io import read_vector

    diff, check = compared
    write_diff_outputs(diff, ref, tmp_path, check=check)
    layer = read_vector(tmp_path / "changements.gpkg", layer="changements_plu").attributes
    opening = layer[layer["avant_en_clair"] == "zone naturelle et forestière (N)"].iloc[0]
    assert opening["apres_en_clair"] == "1AUh – zone à urbaniser (AUc)"
    assert opening["commune_nom"] == "Loos-en-Gohelle (62528)"
    assert opening["elements_noms"].startswith("63W Maison d'ingénieur (Loos-en-Gohelle) ; ")
    assert "zone agricole ou naturelle ouverte à l'urbanisation (A/N → U/AU)" in set(layer["categorie_libelle"])
    csv = (tmp_path / "changements.csv").read_text(encoding="utf-8-sig")
    assert "PB-63W – Patrimoine bâti à protéger" in csv
