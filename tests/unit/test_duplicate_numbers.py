"""Issue 27: a dossier number given for two communes. Before, the import said «les deux lignes sont gardées» and the
sweep «la dernière occurrence est retenue», and the case located in the Bien was dropped for its namesake elsewhere.
Now one rule (veille_plugin.core.imports.model.resolve_duplicate_numbers), said once: two communes are two dossiers,
both kept, the number's own commune keeping the number as its key; the same commune twice is one dossier, last line
kept. Each attack replayed end to end: import, sweep, GeoPackage register in tmp_path, second sweep."""

from pathlib import Path

import pytest

from veille_plugin.core.imports import read_permits
from veille_plugin.core.imports.model import commune_of_numero
from veille_plugin.core.register import open_register
from veille_plugin.core.rules.catalogue import load_catalogue
from veille_plugin.core.sweep.run import SourceSpec, run_sweep

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
WEEK1 = DEMO / "permis_fictifs_semaine1.csv"
PARCELS = DEMO / "parcelles_fictives.geojson"

NUMBER = "FICTIF-062498-26-00001"  # week 1, line 3: Lens (62498), parcel XF 9001, in the Bien
KEY = "FICTIF0624982600001"
ADS_HEADER = "NUMERO DU DOSSIER;COMMUNE DU TERRAIN;REF. CADASTRALES;OBJET DE LA DEMANDE;DATE DE DEPOT"


def _demo_rows():
    lines = WEEK1.read_text(encoding="utf-8").splitlines()
    bien = next(line for line in lines if f'"{NUMBER}"' in line)
    assert '"62498";"PC";' in bien and '"LENS"' in bien
    return lines[:2], bien


def _elsewhere(row, insee="62510", town="LIEVIN"):
    """The same row, only its commune changed."""
    out = row.replace('"62498";"PC";', f'"{insee}";"PC";').replace('"LENS"', f'"{town}"')
    assert out != row
    return out


def _write(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _sweep(register, sources, out, ref):
    with open_register(str(register)) as reg:
        return run_sweep(
            [SourceSpec(str(s), name="ads") for s in sources],
            reg,
            ref,
            load_catalogue(),
            out,
            parcels=str(PARCELS),
            author="test",
        )


def _cases(register):
    with open_register(str(register)) as reg:
        return reg.get_cases().set_index("numero_norm")


def _number_messages(result):
    """The messages about dossier numbers (field «numero», or the sweep's own plain-text ones)."""
    return [
        str(m)
        for m in result.messages
        if getattr(m, "field", None) == "numero"
        or (isinstance(m, str) and ("double" in m or "occurrence" in m or "déjà présent" in m))
    ]


def test_a_number_in_two_communes_keeps_the_bien_case_and_says_it_once(tmp_path, ref):
    """The attack: the demo's Lens row (in the Bien) followed by the same row in Liévin."""
    head, bien = _demo_rows()
    src = _write(tmp_path / "permis.csv", head + [bien, _elsewhere(bien)])
    register = tmp_path / "registre.gpkg"
    r1 = _sweep(register, [src], tmp_path / "s1", ref)

    said = _number_messages(r1)
    assert len(said) == 1, said
    text = said[0]
    assert text.startswith("permis.csv, champ « numero » : le numéro de dossier « FICTIF-062498-26-00001 » figure "), (
        text
    )
    assert "ligne 3, LENS (62498) et ligne 4, LIEVIN (62510)" in text
    assert "ici 62498" in text and "dossiers distincts, tous gardés" in text
    assert f"sous « {NUMBER} » pour LENS (62498)" in text and f"sous « {NUMBER}@62510 » pour LIEVIN (62510)" in text
    assert "Vérifiez la commune indiquée ligne 4 auprès du service instructeur" in text
    assert not any("les deux lignes sont gardées" in str(m) or "dernière occurrence" in str(m) for m in r1.messages)

    assert r1.counts["dossiers"] == 2 and r1.counts["changements"]["nouveau"] == 2
    cases = _cases(register)
    assert set(cases.index) == {KEY, f"{KEY}@62510"}
    assert cases.loc[KEY, "commune_insee"] == "62498" and cases.loc[KEY, "zone"] == "bien"  # not lost
    assert cases.loc[f"{KEY}@62510", "commune_insee"] == "62510" and cases.loc[f"{KEY}@62510", "numero"] == NUMBER

    r2 = _sweep(register, [src], tmp_path / "s2", ref)
    ch = r2.counts["changements"]
    assert ch["nouveau"] == 0 and ch["modifié"] == 0 and ch["disparu"] == 0 and ch["inchangé"] == 2
    assert len(_number_messages(r2)) == 1
    assert set(_cases(register).index) == {KEY, f"{KEY}@62510"}


def test_the_bien_case_keeps_the_number_whatever_the_line_order(tmp_path, ref):
    """A real-format number in an ADS export, the other commune's line first: the number's own commune (its digits
    062 498: Lens) still keeps the number, and nothing flips at the next sweep."""
    src = _write(
        tmp_path / "export_ads.csv",
        [
            ADS_HEADER,
            "PC 062 498 24 00012;LIEVIN;XF 9001;Véranda;05/01/2026",
            "PC 062 498 24 00012;LENS;XF 9001;Véranda;05/01/2026",
        ],
    )
    register = tmp_path / "registre.gpkg"
    r1 = _sweep(register, [src], tmp_path / "s1", ref)
    said = _number_messages(r1)
    assert len(said) == 1 and "ligne 2, LIEVIN (62510) et ligne 3, LENS (62498)" in said[0], said
    assert "sous « PC 062 498 24 00012@62510 » pour LIEVIN (62510)" in said[0]
    assert "Vérifiez la commune indiquée ligne 2 " in said[0]
    cases = _cases(register)
    assert set(cases.index) == {"PC0624982400012", "PC0624982400012@62510"}
    assert cases.loc["PC0624982400012", "zone"] == "bien" and cases.loc["PC0624982400012", "commune_insee"] == "62498"
    r2 = _sweep(register, [src], tmp_path / "s2", ref)
    assert r2.counts["changements"]["modifié"] == 0 and r2.counts["changements"]["inchangé"] == 2


def test_when_no_commune_is_the_numbers_the_first_line_keeps_it(tmp_path, ref):
    head, bien = _demo_rows()
    first, second = _elsewhere(bien, "62510", "LIEVIN"), _elsewhere(bien, "62186", "BULLY-LES-MINES")
    src = _write(tmp_path / "permis.csv", head + [first, second])
    register = tmp_path / "registre.gpkg"
    r1 = _sweep(register, [src], tmp_path / "s1", ref)
    said = _number_messages(r1)
    assert len(said) == 1, said
    assert "ici 62498, qui n'est aucune de celles-ci ; la première ligne garde donc le numéro" in said[0]
    assert "Vérifiez la commune indiquée ligne 3 et ligne 4 " in said[0]
    cases = _cases(register)
    assert cases.loc[KEY, "commune_insee"] == "62510" and cases.loc[f"{KEY}@62186", "commune_insee"] == "62186"
    r2 = _sweep(register, [src], tmp_path / "s2", ref)
    assert r2.counts["changements"]["modifié"] == 0 and r2.counts["changements"]["nouveau"] == 0
    assert set(_cases(register).index) == {KEY, f"{KEY}@62186"}


def test_the_same_number_twice_in_the_same_commune_is_one_dossier_said_once(tmp_path, ref):
    head, bien = _demo_rows()
    newer = bien.replace("Extension d'une maison de cité par une véranda", "Extension par une véranda de 30 m²")
    assert newer != bien
    src = _write(tmp_path / "permis.csv", head + [bien, newer])
    register = tmp_path / "registre.gpkg"
    r1 = _sweep(register, [src], tmp_path / "s1", ref)
    said = _number_messages(r1)
    assert said == [
        "permis.csv, ligne 3, champ « numero » : dossier « FICTIF-062498-26-00001 » repris plus loin (ligne 4) dans "
        "la même commune : c'est le même dossier, la dernière ligne est retenue et celle-ci est ignorée. Supprimez la "
        "ligne en double de la liste."
    ]
    cases = _cases(register)
    assert list(cases.index) == [KEY] and cases.loc[KEY, "travaux"] == "Extension par une véranda de 30 m²"
    r2 = _sweep(register, [src], tmp_path / "s2", ref)
    assert r2.counts["changements"]["modifié"] == 0 and r2.counts["changements"]["inchangé"] == 1


def test_a_number_in_two_files_for_two_communes(tmp_path, ref):
    """The same rule across the files of one sweep: one message naming both files."""
    head, bien = _demo_rows()
    a = _write(tmp_path / "lens.csv", head + [bien])
    b = _write(tmp_path / "lievin.csv", head + [_elsewhere(bien)])
    register = tmp_path / "registre.gpkg"
    r1 = _sweep(register, [b, a], tmp_path / "s1", ref)
    said = _number_messages(r1)
    assert len(said) == 1, said
    assert said[0].startswith("lievin.csv, lens.csv, champ « numero » : ")
    assert "ligne 3 de lievin.csv, LIEVIN (62510) et ligne 3 de lens.csv, LENS (62498)" in said[0]
    assert "Vérifiez la commune indiquée ligne 3 de lievin.csv " in said[0]
    cases = _cases(register)
    assert set(cases.index) == {KEY, f"{KEY}@62510"} and cases.loc[KEY, "zone"] == "bien"
    r2 = _sweep(register, [b, a], tmp_path / "s2", ref)
    assert r2.counts["changements"]["modifié"] == 0 and r2.counts["changements"]["inchangé"] == 2


def test_a_commune_name_without_code_is_the_same_commune(tmp_path):
    """A row giving the commune's name only, another its code and the same name: one dossier, not two."""
    src = _write(
        tmp_path / "export.csv",
        [
            "Dossier;Cne;Commune;Objet",
            "PC 062 498 24 00012;62498;Lens;Véranda",
            "PC 062 498 24 00012;;LENS;Véranda agrandie",
        ],
    )
    res = read_permits(src, mapping={"numero": "Dossier", "commune_insee": "Cne", "commune_nom": "Commune"})
    assert res.df["numero_norm"].tolist() == ["PC0624982400012"] and res.df["ligne"].tolist() == [3]
    assert [m.row for m in res.messages if m.field == "numero"] == [2]


@pytest.mark.parametrize(
    "numero, insee",
    [
        ("PC0624982400012", "62498"),
        ("PCMI0624982400012", "62498"),
        ("FICTIF0624982600001", "62498"),
        ("06249826A0001", "62498"),  # Sitadel, without type letters
        ("PC02A0042400001", "2A004"),
        ("DP9711052400001", "97105"),
        ("PC62498", None),
        ("ABC", None),
        (None, None),
    ],
)
def test_commune_of_numero(numero, insee):
    assert commune_of_numero(numero) == insee


def test_the_attack_through_the_command_line(tmp_path):
    """`python -m veille_plugin sweep` twice on the attack file: one message in messages.txt, two cases, then no
    modification."""
    import subprocess
    import sys

    head, bien = _demo_rows()
    src = _write(tmp_path / "permis.csv", head + [bien, _elsewhere(bien)])
    env = {"VEILLE_CONFIG_DIR": str(tmp_path / "cfg"), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}
    outputs = []
    for k in (1, 2):
        cmd = [sys.executable, "-m", "veille_plugin", "sweep", "--source", str(src), "--parcels", str(PARCELS)]
        cmd += ["--register", str(tmp_path / "r.gpkg"), "--out", str(tmp_path / f"out{k}")]
        proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        assert proc.returncode == 1, proc.stderr  # rows with something to check: exit 1
        outputs.append(proc.stdout)
        lines = (tmp_path / f"out{k}" / "messages.txt").read_text(encoding="utf-8").splitlines()
        about = [line for line in lines if "champ « numero »" in line or "double" in line]
        assert len(about) == 1 and "figure pour 2 communes" in about[0], lines
    assert "2 dossiers — 2 nouveaux, 0 modifiés, 0 inchangés, 0 disparus" in outputs[0]
    assert "2 dossiers — 0 nouveaux, 0 modifiés, 2 inchangés, 0 disparus" in outputs[1]
