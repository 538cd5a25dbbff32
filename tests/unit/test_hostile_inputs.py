"""Hostile or careless inputs to the weekly sweep (issue 12, points 2, 7 and 10), run as a user runs them:
``python -m veille_plugin sweep`` on altered copies of the FICTITIOUS demo permits, into a register that already
holds the first week. Each case: a French message naming the file (and line or field), the right exit code, no
traceback, and nothing stored is changed for the worse (no case turned «modifié» or «disparu» by a bad row)."""

import csv
import json
import shutil
from pathlib import Path

import pytest
from cli_helpers import run

from veille_plugin.core.register import open_register

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
WEEK1 = DEMO / "permis_fictifs_semaine1.csv"
PARCELS = DEMO / "parcelles_fictives.geojson"
FIRST = "FICTIF-062498-26-00001"  # on data line 1 (physical line 3) of week 1


@pytest.fixture(scope="module")
def base_register(tmp_path_factory):
    """A register holding week 1, swept once through the command line."""
    folder = tmp_path_factory.mktemp("base")
    proc = run(
        folder / "cfg",
        "sweep",
        "--source",
        WEEK1,
        "--parcels",
        PARCELS,
        "--register",
        folder / "r.gpkg",
        "--out",
        folder / "out",
        "--source-name",
        "demo",
    )
    assert proc.returncode in (0, 1), proc.stderr
    return folder / "r.gpkg"


def sweep_copy(base_register, tmp_path, source: Path):
    """Sweep ``source`` into a copy of the week-1 register; returns (process, out folder, register copy)."""
    reg = tmp_path / "r.gpkg"
    shutil.copy(base_register, reg)
    out = tmp_path / "out"
    proc = run(
        tmp_path / "cfg",
        "sweep",
        "--source",
        source,
        "--parcels",
        PARCELS,
        "--register",
        reg,
        "--out",
        out,
        "--source-name",
        "demo",
    )
    return proc, out, reg


def changes(out: Path) -> dict:
    with open(out / "cases.csv", encoding="utf-8-sig") as fh:
        return {r["numero"]: r["changement"] for r in csv.DictReader(fh, delimiter=";")}


def lines_of_week1() -> list:
    return WEEK1.read_bytes().split(b"\n")


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def assert_refused(proc, *needles):
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr + proc.stdout
    for needle in needles:
        assert needle in proc.stderr, proc.stderr


def assert_register_unchanged(reg: Path, base: Path):
    with open_register(str(reg)) as r, open_register(str(base)) as b:
        assert len(r.sweeps()) == len(b.sweeps())
        got, ref = r.get_cases(), b.get_cases()
        cols = ["numero_norm", "statut_dossier", "disparu", "travaux"]
        assert got[cols].equals(ref[cols])


def test_a_duplicated_header_name_refuses_the_file(base_register, tmp_path):
    """`sed '2s/"ETAT_DAU"/"NUM_DAU"/'` turned 42 cases into «modifié» (statut_dossier: autorisé → ∅)."""
    lines = lines_of_week1()
    lines[1] = lines[1].replace(b'"ETAT_DAU"', b'"NUM_DAU"')
    proc, _out, reg = sweep_copy(base_register, tmp_path, write(tmp_path, "doublon.csv", b"\n".join(lines)))
    assert_refused(proc, "doublon.csv", "« NUM_DAU » apparaît deux fois", "colonnes 7 et 8")
    assert_register_unchanged(reg, base_register)


def test_a_nul_byte_refuses_its_row_and_never_makes_its_case_disappear(base_register, tmp_path):
    data = WEEK1.read_bytes()
    at = data.index(FIRST.encode()) + 10
    proc, out, reg = sweep_copy(base_register, tmp_path, write(tmp_path, "nul.csv", data[:at] + b"\x00" + data[at:]))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    got = changes(out)
    assert FIRST not in got  # no truncated new case, and the real one is not «disparu»
    assert set(got.values()) == {"inchangé"}
    text = (out / "messages.txt").read_text("utf-8")
    assert "nul.csv, ligne 3 : caractère nul (octet 0)" in text
    assert "« FICTIF0624982600001 » n'est pas marqué « disparu »" in text
    with open_register(str(reg)) as r:
        assert not r.get_cases()["disparu"].fillna(0).astype(int).any()


@pytest.mark.parametrize("variant", ["merged", "shifted"])
def test_a_broken_quote_refuses_its_rows_and_never_makes_a_case_disappear(base_register, tmp_path, variant):
    lines = lines_of_week1()
    if variant == "merged":  # the closing quote of the last field is missing: two lines read as one
        i = lines[4].rindex(b'"')
        lines[4] = lines[4][:i] + lines[4][i + 1 :]
    else:  # a quote missing in the first field: every field of the line shifts
        lines[4] = lines[4].replace(b'"32";', b'"32;', 1)
    proc, out, _reg = sweep_copy(base_register, tmp_path, write(tmp_path, "guillemet.csv", b"\n".join(lines)))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    got = changes(out)
    assert "disparu" not in got.values() and "nouveau" not in got.values() and "modifié" not in got.values()
    text = (out / "messages.txt").read_text("utf-8")
    assert "guillemet.csv, ligne 5" in text and "n'est pas marqué « disparu »" in text
    assert "Skipping line" not in proc.stderr, proc.stderr  # pandas' own English line (audit, G5) never shown


def test_cr_only_line_ends_are_read(base_register, tmp_path):
    proc, out, _reg = sweep_copy(
        base_register, tmp_path, write(tmp_path, "cr.csv", WEEK1.read_bytes().replace(b"\n", b"\r"))
    )
    assert proc.returncode in (0, 1) and "Traceback" not in proc.stderr, proc.stderr
    got = changes(out)
    assert len(got) >= 40 and set(got.values()) == {"inchangé"}


@pytest.mark.parametrize(
    "name, make, needles",
    [
        (
            "entete.csv",
            lambda: b"\n".join(lines_of_week1()[:2]) + b"\n",
            ["entete.csv : aucune ligne de données lisible"],
        ),
        ("utf16.csv", lambda: WEEK1.read_text("utf-8").encode("utf-16"), ["utf16.csv est encodé en UTF-16"]),
        ("hasard.csv", lambda: bytes(range(256)) * 64, ["hasard.csv n'est pas un fichier texte"]),
        (
            "image.csv",
            lambda: b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
            ["image.csv n'est pas un fichier texte (contenu PNG)"],
        ),
        ("ni_utf8.csv", lambda: b"NUM_DAU;COMM\n\x81\x8d;62498\n", ["ni UTF-8 ni Windows-1252"]),
    ],
)
def test_unusable_files_are_refused_in_french(base_register, tmp_path, name, make, needles):
    proc, _out, reg = sweep_copy(base_register, tmp_path, write(tmp_path, name, make()))
    assert_refused(proc, *needles)
    assert_register_unchanged(reg, base_register)


def test_a_folder_given_as_source_is_refused(base_register, tmp_path):
    folder = tmp_path / "liste"
    folder.mkdir()
    proc, _out, reg = sweep_copy(base_register, tmp_path, folder)
    assert_refused(proc, "est un dossier, pas un fichier")
    assert_register_unchanged(reg, base_register)


@pytest.mark.parametrize(
    "content", [["numero", "NUM"], {"nom": "x", "correspondance": {"numero": "N", "_ligne_entete": "deux"}}]
)
def test_a_broken_saved_mapping_never_breaks_a_sweep(base_register, tmp_path, content):
    """A saved mapping that is a JSON list, or whose «_ligne_entete» is not a number, broke every CSV sweep."""
    mappings = tmp_path / "cfg" / "mappings"
    mappings.mkdir(parents=True)
    (mappings / "cassee.json").write_text(json.dumps(content), encoding="utf-8")
    tabular = tmp_path / "export.csv"
    tabular.write_text("Numéro;Commune;Parcelles\nPC 062 498 26 00001;62498;XF 9001\n", encoding="utf-8")
    proc, out, _reg = sweep_copy(base_register, tmp_path, tabular)
    assert proc.returncode in (0, 1) and "Traceback" not in proc.stderr, proc.stderr
    assert (out / "cases.csv").exists()
    proc = run(
        tmp_path / "cfg",
        "sweep",
        "--source",
        tabular,
        "--mapping",
        "cassee",
        "--register",
        tmp_path / "r2.gpkg",
        "--out",
        tmp_path / "out2",
    )
    assert_refused(proc, "Correspondance")


def test_an_unexpected_error_gives_exit_code_3_a_french_message_and_a_log(tmp_path, monkeypatch, capsys):
    from veille_plugin.cli import main as cli_main

    def broken(_args):
        raise KeyError("colonne_imprevue")

    monkeypatch.setattr(cli_main, "cmd_stats", broken)
    assert cli_main.main(["stats"]) == 3
    err = capsys.readouterr().err
    assert "Erreur interne inattendue (KeyError)" in err and "Traceback" not in err
    log = Path(err.split("Le détail technique est dans ")[1].split(" : ")[0])
    assert "colonne_imprevue" in log.read_text("utf-8") and "Traceback" in log.read_text("utf-8")


@pytest.mark.parametrize(
    "content, needle",
    [
        (b"code;nom\n63V;x\n", "aucune colonne d'identifiant. Colonnes attendues : identifiant"),
        (b"\x89PNG\r\n\x1a\n" + bytes(64), "n'est pas un fichier texte (contenu PNG)"),
        (b"identifiant\n63V\nCite des Provinces\n", "ligne 3 : « Cite des Provinces » n'est pas un identifiant"),
        (b"identifiant\n", "aucun identifiant sous l'en-tête"),  # audit, G7: header only
        (b"identifiant;nom\n;x\n", "ligne 2 : identifiant vide"),  # audit, G7: the identifier cell lost
    ],
)
def test_a_danger_list_that_cannot_be_read_never_makes_r12_conforme(tmp_path, content, needle):
    """Issue 12, point 4: `code;nom / 63V;x` as --peril made R12 «conforme»; a PNG was accepted silently."""
    peril = write(tmp_path, "peril.csv", content)
    proc = run(tmp_path / "cfg", "screen", "--wkt", "POINT(685308.8 7038206.5)", "--peril", peril, "--json")
    assert_refused(proc, "peril.csv", needle)
    good = write(tmp_path, "bonne.csv", b"identifiant\n63V\n")
    proc = run(tmp_path / "cfg", "screen", "--wkt", "POINT(685308.8 7038206.5)", "--peril", good, "--json")
    r12 = [r for r in json.loads(proc.stdout)["verdicts"] if r["regle"] == "R12"]
    assert r12 and r12[0]["verdict"] == "à vérifier" and "63V" in r12[0]["motif"]


@pytest.mark.parametrize(
    "args, needle",
    [
        (["screen", "--wkt", "POINT(685308.8 7038206.5)", "--nature", "éolienne", "--hauteur", "-1"], "--hauteur"),
        (["screen", "--wkt", "POINT(685308.8 7038206.5)", "--distance", "nan"], "nombre fini attendu"),
        (["alerts", "show", "9223372036854775808"], "numéro hors limites"),
        (["alerts", "update", "9223372036854775808", "--titre", "x"], "numéro hors limites"),
        (["alerts", "export", "--type", "dossier", "--alerte", "9223372036854775808", "--out", "o"], "hors limites"),
        (["alerts", "add", "--x", "nan", "--y", "nan", "--titre", "t"], "nombre fini attendu"),
        (["sweep", "--source", "x.csv", "--out", ""], "nom de dossier vide"),
        (["screen", "--wkt", "POINT(685308.8 7038206.5)", "--out", "."], "est un dossier"),
    ],
)
def test_invalid_values_are_refused_in_french(tmp_path, args, needle):
    """Issue 12, points 7 and 9: huge alert numbers, NaN coordinates, negative heights, empty or wrong output paths."""
    proc = run(tmp_path / "cfg", *args)
    assert_refused(proc, needle)


def test_bad_parcel_geometries_are_repaired_or_reported_never_a_silent_verdict(base_register, tmp_path):
    """Issue 12, point 3: a self-intersecting parcel gave a case in the Bien «non_localise» / «aucune», and null
    geometries were reported as absent from the layer."""
    data = json.loads(PARCELS.read_text("utf-8"))
    for f in data["features"]:
        pid, ring = f["properties"]["id"], f["geometry"]["coordinates"][0]
        if pid == "62498000XF9003":  # a bow-tie: repaired into two triangles
            f["geometry"]["coordinates"] = [[ring[0], ring[2], ring[1], ring[3], ring[0]]]
        elif pid == "62498000XF9001":  # a flat ring: no surface once repaired
            f["geometry"]["coordinates"] = [[ring[0], ring[1], ring[0], ring[1], ring[0]]]
        elif pid == "62498000XF9002":
            f["geometry"] = None
    parcels = write(tmp_path, "parcelles_abimees.geojson", json.dumps(data).encode("utf-8"))
    out = tmp_path / "out"
    proc = run(
        tmp_path / "cfg",
        "sweep",
        "--source",
        WEEK1,
        "--parcels",
        parcels,
        "--register",
        tmp_path / "r.gpkg",
        "--out",
        out,
    )
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    with open(out / "cases.csv", encoding="utf-8-sig") as fh:
        rows = {r["numero"]: r for r in csv.DictReader(fh, delimiter=";")}
    assert rows["FICTIF-062498-26-00003"]["elements"] == "63V" and rows["FICTIF-062498-26-00003"]["zone"] == "bien"
    for numero in ("FICTIF-062498-26-00001", "FICTIF-062498-26-00002"):
        assert rows[numero]["severite"] == "à vérifier", rows[numero]
    text = (out / "messages.txt").read_text("utf-8")
    assert "parcelles_abimees.geojson : entité 2 (parcelle 62498000XF9002) : géométrie nulle ou vide" in text
    assert "(parcelle 62498000XF9001) : géométrie invalide qui ne forme aucune surface" in text
    assert "1 géométrie(s) de parcelle invalide(s) réparée(s)" in text
    assert "sans géométrie utilisable (voir les messages de ce fichier) : 62498000XF9002" in text


def test_attachments_that_are_not_files_are_named_as_such(tmp_path):
    """Issue 12, point 10: a folder or a FIFO attached was reported «introuvable»."""
    import os

    reg = tmp_path / "r.gpkg"
    cfg = tmp_path / "cfg"
    assert (
        run(cfg, "alerts", "add", "--x", "685308.8", "--y", "7038206.5", "--titre", "t", "--register", reg).returncode
        == 0
    )
    folder = tmp_path / "photos"
    folder.mkdir()
    fifo = tmp_path / "tube"
    os.mkfifo(fifo)
    proc = run(cfg, "alerts", "attach", "1", folder, "--register", reg)
    assert_refused(proc, "c'est un dossier")
    proc = run(cfg, "alerts", "attach", "1", fifo, "--register", reg)
    assert_refused(proc, "ce n'est pas un fichier ordinaire")


def test_a_refused_register_leaves_no_lock_file_and_an_enormous_field_is_refused(base_register, tmp_path):
    """Issue 12, point 10: a refused --register left a «.lock» behind; a 20 MB field was kept as it was (623 MB of
    memory, a 42 MB report)."""
    fake = write(tmp_path, "pas_un_registre.gpkg", b"SQLite format 3\x00" + bytes(2048))
    proc = run(tmp_path / "cfg", "alerts", "list", "--register", fake)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr
    assert "n'est pas un GeoPackage lisible ou il est endommagé" in proc.stderr  # French, not SQLite's English
    assert not (tmp_path / "pas_un_registre.gpkg.lock").exists()
    lines = lines_of_week1()
    lines[2] = lines[2].replace(b'"Extension d', b'"' + b"x" * (20 * 2**20) + b" Extension d", 1)
    proc, out, _reg = sweep_copy(base_register, tmp_path, write(tmp_path, "champ_enorme.csv", b"\n".join(lines)))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    text = (out / "messages.txt").read_text("utf-8")
    assert "champ_enorme.csv, ligne 3, champ « TRAVAUX » : valeur de plus de 10 000 caractères" in text
    assert (out / "rapport.html").stat().st_size < 2 * 2**20
    assert "disparu" not in changes(out).values()
    # the audit's variant: 20 MB glued in front of the dossier number itself — the row is refused, and its case
    # (in the Bien, «majeur») must not go «disparu» although its number is no longer a clean token
    lines = lines_of_week1()
    lines[3] = lines[3].replace(b'"FICTIF-062498-26-00002"', b'"' + b"x" * (20 * 2**20) + b'FICTIF-062498-26-00002"', 1)
    shutil.rmtree(out)
    proc, out, _reg = sweep_copy(base_register, tmp_path, write(tmp_path, "numero_enorme.csv", b"\n".join(lines)))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    text = (out / "messages.txt").read_text("utf-8")
    assert "le dossier « FICTIF0624982600002 » n'est pas marqué « disparu »" in text, text
    assert "disparu" not in changes(out).values()


def test_nan_coordinates_never_make_an_alert(tmp_path):
    """Issue 12, point 9: an alert with NaN coordinates was created with an empty location (a NaN point is not
    empty for GEOS 3.12+, as on Debian 13)."""
    import shapely

    from veille_plugin.core.errors import InputError

    with open_register(str(tmp_path / "r.gpkg")) as reg:
        with pytest.raises(InputError, match="Emplacement de l'alerte vide"):
            reg.add_alert({"titre": "t"}, "moi", geometry=shapely.Point(float("nan"), float("nan")))
        assert len(reg.alerts()) == 0


def test_a_broken_quote_in_the_header_refuses_the_file(base_register, tmp_path):
    """Found by the fuzz on Debian 13: a header line cut inside a quote shifted every row, and most cases of the
    register went «disparu»."""
    lines = lines_of_week1()
    lines[0] = lines[0][:70]
    proc, _out, reg = sweep_copy(base_register, tmp_path, write(tmp_path, "entete_coupe.csv", b"\n".join(lines)))
    assert_refused(proc, "entete_coupe.csv, ligne 1 : guillemet non fermé dans l'en-tête")
    assert_register_unchanged(reg, base_register)


def test_a_folder_as_danger_list_or_a_file_as_fiche_folder_is_refused_in_french(tmp_path):
    """Issue 12, point 7: «--peril» naming a folder and «--fiche» naming an existing file."""
    folder = tmp_path / "dossier"
    folder.mkdir()
    proc = run(tmp_path / "cfg", "screen", "--wkt", "POINT(685308.8 7038206.5)", "--peril", folder)
    assert_refused(proc, "est un dossier, pas un fichier")
    existing = write(tmp_path, "deja_la.txt", b"x")
    proc = run(tmp_path / "cfg", "screen", "--wkt", "POINT(685308.8 7038206.5)", "--fiche", existing)
    assert_refused(proc, "est un fichier, pas un dossier")


def test_a_folder_given_as_register_is_named_as_such(tmp_path):
    """Audit after issue 12 (G6): a folder named like a register gave SQLite's «unable to open database file»."""
    folder = tmp_path / "registre.gpkg"
    folder.mkdir()
    proc = run(tmp_path / "cfg", "alerts", "list", "--register", folder)
    assert_refused(proc, "c'est un dossier, pas un fichier GeoPackage")
    assert not (tmp_path / "registre.gpkg.lock").exists()


def test_a_danger_list_exported_with_empty_trailing_rows_is_read(tmp_path):
    """Spreadsheets export empty rows as «;;»: they are skipped, not taken for a lost identifier."""
    from veille_plugin.core.rules.case_screening import load_danger_list

    path = write(tmp_path, "peril.csv", b"identifiant;nom\n63V;Cite des Provinces\n;;\n;;\n")
    assert load_danger_list(path) == {"63V"}
