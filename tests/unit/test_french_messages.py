"""Every message in French, long names handled (issue 27, «smaller» findings).

- A register or an output file whose name is near NAME_MAX (255 bytes, an accented letter counting 2): the names
  derived from it (lock, temporary names, SQLite's journal) fit, or the name is refused up front in French naming
  the path and the limit; GDAL's English «ERROR 4» never reaches stderr.
- English words of libraries never reach a French message: jsonschema's errors (with their Python reprs) in
  ``rules validate``, urllib's «HTTP 302» of a redirect loop and the other HTTP statuses, psycopg2's «connection
  already closed», the JSON and YAML readers' syntax errors, the system's «File name too long».
"""

import errno
import http.server
import json
import re
import socket
from pathlib import Path

import pytest
import yaml
from cli_helpers import assert_french_error, run
from local_server import LocalServer

from veille_plugin.core.atomic_files import (
    NAME_MAX,
    NameTooLongError,
    fitted_name,
    name_bytes,
    temporary_name,
    write_text,
)
from veille_plugin.core.feeds.http import FeedOfflineError, http_get, network_words, status_words
from veille_plugin.core.os_words import os_error_words

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "rules" / "catalogue.yaml"

#: jsonschema's, urllib's, psycopg2's, the system's English words that must not be in a message
ENGLISH = re.compile(
    r"is not valid|is not of type|is a required property|does not contain|does not match|is too short|"
    r"is too long|Additional properties|is not one of|were unexpected|given schema|already closed|"
    r"HTTP Error|infinite loop|File name too long|Permission denied|No such file|unable to open|ERROR 4|"
    r"Expecting|mapping values|Traceback|\{'|\['",
)


def named(n_bytes: int, suffix: str) -> str:
    """A file name of exactly ``n_bytes`` bytes in UTF-8, accented letters included (each counts 2), ending in
    ``suffix``."""
    body = "Registre_éé_"
    while name_bytes(body + suffix) < n_bytes - 1:
        body += "é" if name_bytes(body + suffix) + 2 <= n_bytes else "x"
    while name_bytes(body + suffix) < n_bytes:
        body += "x"
    name = body + suffix
    assert name_bytes(name) == n_bytes
    return name


def assert_no_english(text: str) -> None:
    found = ENGLISH.search(text)
    assert found is None, (found.group(0) if found else "", text)


# ----------------------------------------------------------------------------- long names


@pytest.mark.parametrize("n_bytes", [240, 247])
def test_a_register_with_a_long_name_is_created_and_its_lock_fits(tmp_path, n_bytes):
    folder = tmp_path / "registres"
    folder.mkdir()
    path = folder / named(n_bytes, ".gpkg")
    proc = run(tmp_path / "cfg", "alerts", "add", "--register", path, "--titre", "x", "--element", "63V")
    assert proc.returncode == 0, proc.stderr
    assert "ERROR" not in proc.stderr, proc.stderr
    assert path.is_file()
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted([path.name, path.name + ".lock"]), names  # no temporary file left behind
    assert all(name_bytes(n) <= NAME_MAX for n in names)


@pytest.mark.parametrize("n_bytes", [248, 250, 255, 256, 300])
def test_a_register_name_with_no_room_for_sqlite_s_journal_is_refused_in_french(tmp_path, n_bytes):
    """SQLite names its journal «<register>-journal» (8 bytes more, beside the real file: a link does not help), so
    a register's name holds 247 bytes at most: a longer one is refused before GDAL or SQLite see it."""
    folder = tmp_path / "registres"
    folder.mkdir()
    path = folder / named(n_bytes, ".gpkg")
    proc = run(tmp_path / "cfg", "alerts", "add", "--register", path, "--titre", "x", "--element", "63V")
    assert_french_error(proc, "nom trop long", str(folder), f"fait {n_bytes} octets", "255 octets", "nom plus court")
    assert "ERROR" not in proc.stderr and "droits d'écriture" not in proc.stderr, proc.stderr
    assert_no_english(proc.stderr)
    assert list(folder.iterdir()) == []  # nothing created, not even the lock


def test_a_reading_command_given_a_register_name_over_255_bytes_says_it_in_french(tmp_path):
    """`alerts list` checks that the register exists first: the system's «File name too long» was an internal error."""
    path = tmp_path / named(256, ".gpkg")
    proc = run(tmp_path / "cfg", "alerts", "list", "--register", path)
    assert_french_error(proc, "nom trop long", "fait 256 octets", "255 octets", "nom plus court")
    assert "interne" not in proc.stderr
    assert_no_english(proc.stderr)


def test_a_report_given_a_register_name_over_255_bytes_says_it_in_french(tmp_path):
    """`report` opens an existing register only: the name is judged before the existence (Python ≥ 3.13's exists()
    answers False for an over-long name, which read as «introuvable»)."""
    path = tmp_path / named(256, ".gpkg")
    proc = run(tmp_path / "cfg", "report", "comite", "--register", path, "--out", tmp_path / "rapports")
    assert_french_error(proc, "nom trop long", "fait 256 octets", "255 octets")
    assert "introuvable" not in proc.stderr and "interne" not in proc.stderr
    assert_no_english(proc.stderr)


def test_a_sweep_on_a_register_named_245_bytes_works(tmp_path):
    """The attack's recipe: `sweep --register <245 bytes>.gpkg` stopped on the temporary name of the creation."""
    week1 = ROOT / "resources" / "demo" / "permis_fictifs_semaine1.csv"
    parcels = ROOT / "resources" / "demo" / "parcelles_fictives.geojson"
    if not week1.exists() or not parcels.exists():
        pytest.skip("données de démonstration absentes")
    reg = tmp_path / named(245, ".gpkg")
    args = ["sweep", "--source", week1, "--parcels", parcels, "--register", reg, "--out", tmp_path / "out"]
    proc = run(tmp_path / "cfg", *args, "--source-name", "demo", timeout=300)
    assert proc.returncode in (0, 1), proc.stderr
    assert "ERROR" not in proc.stderr, proc.stderr
    assert reg.is_file()


@pytest.mark.parametrize("n_bytes", [240, 250, 255])
def test_an_export_with_a_long_final_name_is_written(tmp_path, n_bytes):
    reg = tmp_path / "r.gpkg"
    assert run(tmp_path / "cfg", "alerts", "add", "--register", reg, "--titre", "x", "--element", "63V").returncode == 0
    out = tmp_path / "exports"
    target = out / named(n_bytes, ".html")
    proc = run(tmp_path / "cfg", "alerts", "export", "--register", reg, "--type", "liste", "--out", target)
    assert proc.returncode == 0, proc.stderr
    assert [p.name for p in out.iterdir()] == [target.name]  # the file itself, no temporary name left
    assert "<html" in target.read_text(encoding="utf-8").lower()


def test_an_export_named_256_bytes_is_refused_in_french(tmp_path):
    reg = tmp_path / "r.gpkg"
    assert run(tmp_path / "cfg", "alerts", "add", "--register", reg, "--titre", "x", "--element", "63V").returncode == 0
    out = tmp_path / "exports"
    target = out / named(256, ".html")
    proc = run(tmp_path / "cfg", "alerts", "export", "--register", reg, "--type", "liste", "--out", target)
    assert proc.returncode != 0
    assert "nom trop long" in proc.stderr and "fait 256 octets" in proc.stderr and "255 octets" in proc.stderr
    assert_no_english(proc.stderr)
    assert not out.exists() or list(out.iterdir()) == []


def test_derived_names_fit_whatever_the_final_name(tmp_path):
    for n in (240, 250, 255):
        final = tmp_path / named(n, ".gpkg")
        tmp = temporary_name(final)
        assert name_bytes(tmp.name) + len("-journal") <= NAME_MAX and tmp.suffix == ".gpkg" and tmp.name[0] == "."
        lock = fitted_name(final.name, ".lock")
        assert name_bytes(lock) <= NAME_MAX and lock.endswith(".lock")
    a, b = named(255, "a"), named(255, "b")
    assert fitted_name(a, ".lock") != fitted_name(b, ".lock")  # the hash keeps two long names apart
    assert fitted_name("court", ".lock") == "court.lock"
    with pytest.raises(NameTooLongError, match="nom trop long"):
        write_text(tmp_path / named(256, ".csv"), "a;b\n")
    with pytest.raises(NameTooLongError, match="nom trop long"):
        write_text(tmp_path / named(300, "") / "rapport.csv", "a;b\n")  # a folder's name too
    for n in (250, 255):
        assert write_text(tmp_path / named(n, ".csv"), "a;b\n").read_text() == "a;b\n"


def test_system_errors_are_said_in_french():
    assert os_error_words(OSError(errno.ENAMETOOLONG, "File name too long")) == (
        "nom trop long (255 octets au plus par nom)"
    )
    assert os_error_words(PermissionError(errno.EACCES, "Permission denied")) == "accès refusé (droits insuffisants)"
    assert os_error_words(FileNotFoundError(errno.ENOENT, "No such file or directory")).startswith("fichier")


# ----------------------------------------------------------------------------- rules files


def broken_catalogues(tmp_path):
    """A catalogue broken once per jsonschema validator kind, and what the French message must say."""
    base = yaml.safe_load(CATALOGUE.read_text(encoding="utf-8"))
    cases = []

    def case(name, change, *needles):
        doc = json.loads(json.dumps(base))
        path_ = change(doc)
        f = tmp_path / f"{name}.yaml"
        f.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
        cases.append((name, f, path_, needles))

    def contains(d):  # «non conforme» without a law or a regulation among its foundations
        d["regles"][0]["verdict_si_vrai"] = "non conforme"
        d["regles"][0]["fondement"] = [
            f for f in d["regles"][0]["fondement"] if f["nature"] not in ("loi", "règlement")
        ]
        return "$.regles[0].fondement"

    case("contains", contains, "au moins une entrée", "« nature » vaut « loi » ou « règlement »")
    case("required", lambda d: d["regles"][4].pop("titre") and "$.regles[4]", "champ obligatoire manquant : titre")
    case("type", lambda d: d["regles"].__getitem__(2).update(id=12) or "$.regles[2].id", "type attendu : texte")
    case(
        "enum",
        lambda d: d["regles"][1].update(severite={"a": 1}) or "$.regles[1].severite",
        "non admise",
        '« {"a": 1} »',
        "bloquant",
    )
    case("minItems", lambda d: d["regles"][5].update(questions=[]) or "$.regles[5].questions", "liste trop courte")
    case("pattern", lambda d: d.update(version="v1") or "$.version", "« v1 » ne respecte pas le format attendu")
    case("format", lambda d: d.update(date="31/03/2025") or "$.date", "n'est pas une date AAAA-MM-JJ")
    case(
        "additionalProperties",
        lambda d: d["regles"][3].update(champ_inconnu=1) or "$.regles[3].champ_inconnu",
        "champ(s) inconnu(s) : champ_inconnu",
    )
    case(
        "minLength",
        lambda d: d["historique"][0].update(changements=["abc"]) or "$.historique[0].changements[0]",
        "texte trop court",
    )
    case("mapping", lambda d: d.update(regles={"a": 1}) or "$.regles", "type attendu : liste")
    return cases


def test_rules_validate_names_each_fault_in_french_without_python_reprs(tmp_path):
    for name, f, json_path_, needles in broken_catalogues(tmp_path):
        proc = run(tmp_path / "cfg", "rules", "validate", f)
        text = proc.stdout + proc.stderr
        assert proc.returncode == 2, (name, text)
        assert json_path_ in text, (name, json_path_, text)
        for needle in needles:
            assert needle in text, (name, needle, text)
        assert_no_english(text)
        assert "None" not in text and "True" not in text, (name, text)


@pytest.mark.parametrize(
    "name, content, needle",
    [
        # Python 3.11 reads a trailing comma as a missing name, 3.13 says «Illegal trailing comma»: both in French
        ("virgule.json", '{"catalogue": "x",}', ("nom de champ entre guillemets doubles attendu", "virgule en trop")),
        ("valeur.json", '{"catalogue": }', "valeur attendue"),
        ("deux_points.yaml", "catalogue: a: b\n", "« : » inattendu"),
        ("indentation.yaml", "catalogue: x\n  version: 1\n bad\n", "YAML mal formé"),
    ],
)
def test_syntax_errors_of_rules_files_are_said_in_french(tmp_path, name, content, needle):
    f = tmp_path / name
    f.write_text(content, encoding="utf-8")
    proc = run(tmp_path / "cfg", "rules", "validate", f)
    text = proc.stdout + proc.stderr
    needles = needle if isinstance(needle, tuple) else (needle,)
    assert proc.returncode == 2 and any(n in text for n in needles), text
    assert_no_english(text)


# ----------------------------------------------------------------------------- HTTP


class _Loop(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's name)
        if self.path.startswith("/boucle"):
            self.send_response(302)
            self.send_header("Location", self.path)  # itself, for ever
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path.startswith("/interdit"):
            self.send_response(403)
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path.startswith("/panne"):
            self.send_response(503)
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self.send_response(418)
            self.send_header("Content-Length", "0")
            self.end_headers()

    def log_message(self, *args):
        pass


def test_a_redirect_loop_is_said_in_french():
    with LocalServer(_Loop) as server:
        url = server.root + "/boucle/api/gpu/document?partition=DU_62528"
        with pytest.raises(FeedOfflineError) as err:
            http_get(url, retries=1)
    text = str(err.value)
    assert "redirige en boucle" in text and url in text and "HTTP 302" in text, text
    assert_no_english(text)


def test_http_statuses_are_said_in_french():
    with LocalServer(_Loop) as server:
        with pytest.raises(FeedOfflineError) as err:
            http_get(server.root + "/interdit", retries=1)
        assert str(err.value) == "le service a répondu HTTP 403 (accès refusé)"
        with pytest.raises(FeedOfflineError) as err:
            http_get(server.root + "/panne", retries=2, backoff=0.01)
        assert str(err.value) == "le service a répondu HTTP 503 (service indisponible)"
        with pytest.raises(FeedOfflineError, match=r"^le service a répondu HTTP 418 \(requête refusée\)$"):
            http_get(server.root + "/theiere", retries=1)
    assert status_words(500) == "le service a répondu HTTP 500 (erreur interne du service)"


def test_network_faults_are_said_in_french():
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(FeedOfflineError) as err:
        http_get(f"http://127.0.0.1:{port}/x", retries=1)
    assert str(err.value) == "connexion refusée", str(err.value)
    assert network_words(TimeoutError("timed out")) == "délai d'attente dépassé"
    assert network_words(socket.gaierror(-2, "Name or service not known")) == "nom du serveur introuvable (DNS)"


def test_plu_watch_on_a_redirect_loop_says_it_in_french(tmp_path):
    with LocalServer(_Loop) as server:
        args = ["plu-watch", "--commune", "62528", "--register", tmp_path / "r.gpkg", "--out", tmp_path / "out"]
        proc = run(tmp_path / "cfg", *args, "--api-url", server.root + "/boucle/api/gpu", timeout=120)
    text = proc.stdout + proc.stderr
    assert proc.returncode != 0, text
    assert "redirige en boucle" in text, text
    assert "hors ligne" not in text, text  # the service answered: it is no network failure
    assert_no_english(text)


# ----------------------------------------------------------------------------- PostgreSQL


def test_a_closed_postgresql_connection_is_said_in_french(postgis_dsn):
    import uuid

    from veille_plugin.core.register import RegisterConnectionError, open_register

    reg = open_register(postgis_dsn, schema="fr_" + uuid.uuid4().hex[:10])
    try:
        reg._conn.close()  # the connection closed under the register (a restart, a network cut)
        with pytest.raises(RegisterConnectionError) as err:
            reg.alerts()
        text = str(err.value)
        assert "connexion déjà fermée" in text and "Rouvrez le registre" in text, text
        assert_no_english(text)
    finally:
        reg.close()


def test_a_connection_cut_by_the_server_is_said_in_french(postgis_dsn):
    import uuid

    import psycopg2

    from veille_plugin.core.register import RegisterConnectionError, open_register

    reg = open_register(postgis_dsn, schema="fr_" + uuid.uuid4().hex[:10])
    try:
        admin = psycopg2.connect(postgis_dsn)
        admin.autocommit = True
        with admin.cursor() as cur:
            cur.execute("SELECT pg_terminate_backend(%s)", (reg._conn.get_backend_pid(),))
        admin.close()
        with pytest.raises(RegisterConnectionError) as err:
            reg.alerts()
        text = str(err.value)
        assert "perdue" in text and ("connexion coupée par le serveur" in text or "fermé la connexion" in text), text
        assert_no_english(text)
        with pytest.raises(RegisterConnectionError) as err:  # the same object afterwards
            reg.alerts()
        assert_no_english(str(err.value))
    finally:
        reg.close()


def test_a_refused_postgresql_connection_is_said_in_french():
    from veille_plugin.core.register import RegisterConnectionError, open_register

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(RegisterConnectionError) as err:
        open_register(f"postgresql://veille@127.0.0.1:{port}/patrimoine?connect_timeout=3")
    text = str(err.value)
    assert "impossible : connexion refusée" in text, text
    assert_no_english(text)
