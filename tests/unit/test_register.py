"""Veille register: same behaviour on GeoPackage and PostGIS (schema, migrations, upserts and history,
disappearance, triage, concurrency, a writer killed mid-transaction).

PostGIS runs in a throwaway cluster started by the ``postgis_dsn`` fixture (tests/conftest.py); each test
gets its own schema. Expected values are written out here, not computed by the register.
"""

import multiprocessing
import os
import signal
import sqlite3
import time
import uuid
from dataclasses import dataclass
from typing import Optional

import pandas as pd
import pytest
import shapely
from processes import run_together  # noqa: E402  (tests/ is on sys.path: see tests/conftest.py)

from veille_plugin.core.errors import InputError, VeilleError
from veille_plugin.core.register import (
    CASE_FIELDS,
    LATEST_VERSION,
    TRACKED_FIELDS,
    RegisterConnectionError,
    RegisterError,
    RegisterVersionError,
    default_register_path,
    is_postgres_target,
    normalize_numero,
    open_register,
)
from veille_plugin.core.register.gpkg import GpkgRegister, decode_geometry, encode_geometry
from veille_plugin.core.register.postgis import mask_dsn

SPAWN = multiprocessing.get_context("spawn")


@dataclass
class Target:
    kind: str
    spec: str
    schema: Optional[str] = None

    def open(self, **kw):
        return open_register(self.spec, schema=self.schema or "veille", **kw)


@pytest.fixture(params=["gpkg", "postgis"])
def target(request, tmp_path):
    if request.param == "gpkg":
        return Target("gpkg", str(tmp_path / "registre.gpkg"))
    dsn = request.getfixturevalue("postgis_dsn")
    return Target("postgis", dsn, "t_" + uuid.uuid4().hex[:12])


def raw(t: Target, sql: str, params=(), fetch=True):
    """Direct SQL on the register's tables (unqualified names), outside the Register API."""
    if t.kind == "gpkg":
        conn = sqlite3.connect(t.spec)
        try:
            cur = conn.execute(sql, params)
            rows = cur.fetchall() if fetch else None
            conn.commit()
            return rows
        finally:
            conn.close()
    import psycopg2

    conn = psycopg2.connect(t.spec, options=f"-c search_path={t.schema},public")
    try:
        with conn, conn.cursor() as cur:
            cur.execute(sql.replace("?", "%s"), params)
            return cur.fetchall() if fetch else None
    finally:
        conn.close()


def case(numero, **fields):
    row = {
        "numero": numero,
        "type": "PC",
        "source": "ads-test",
        "commune_insee": "62498",
        "commune_nom": "Loos-en-Gohelle",
        "travaux": "extension d'une maison",
        "nature": "maison individuelle",
        "hauteur": 7.5,
        "zone": "zone tampon",
        "localisation": "zone tampon",
        "elements": "Cité 12/14",
        "severite": "à vérifier",
        "regles": "R04:à vérifier",
        "statut_dossier": "en instruction",
        "parcelles": "AB 12",
        "geom_wkb": shapely.Point(690000, 7040000).wkb,
    }
    row.update(fields)
    return row


def frame(*rows):
    return pd.DataFrame(list(rows))


# --------------------------------------------------------------------------- pure helpers
def test_normalize_numero():
    assert normalize_numero("PC 062 498 24 00012") == normalize_numero("pc-06249824-00012") == "PC0624982400012"
    assert normalize_numero(" dp.062/498.24.N0001 ") == "DP06249824N0001"
    assert normalize_numero(None) == ""


def test_case_fields_and_tracked_fields():
    names = [n for n, _ in CASE_FIELDS]
    assert names[:2] == ["numero", "numero_norm"] and names[-1] == "disparu"
    assert dict(CASE_FIELDS)["hauteur"] == "real" and dict(CASE_FIELDS)["disparu"] == "int"
    assert set(TRACKED_FIELDS) <= set(names)
    assert {"statut_veille", "assignee"}.isdisjoint(TRACKED_FIELDS)


def test_open_register_chooses_the_back_end(tmp_path):
    with open_register() as reg:  # VEILLE_CONFIG_DIR is a temporary directory (conftest)
        assert isinstance(reg, GpkgRegister) and reg.path == default_register_path().absolute()
        assert reg.path.name == "registre_veille.gpkg" and reg.path.exists()
    for dsn in (
        "postgresql://moi@serveur/base",
        "postgres://x/y",
        "service=veille",
        "dbname=patrimoine",
        "host=serveur dbname=p",
    ):
        assert is_postgres_target(dsn), dsn
    assert not is_postgres_target(str(tmp_path / "r.gpkg"))
    with pytest.raises(InputError, match="non reconnu.*\\.gpkg"):
        open_register(str(tmp_path / "registre.sqlite"))


def test_passwords_never_shown():
    assert mask_dsn("host=h dbname=d user=u password=s3cr3t port=5") == "host=h dbname=d user=u password=*** port=5"
    assert mask_dsn("host=h password='a b\\'c' dbname=d") == "host=h password=*** dbname=d"
    assert mask_dsn("postgresql://u:s3cr3t@h:5432/d?sslmode=require") == "postgresql://u:***@h:5432/d?sslmode=require"
    assert "s3cr3t" not in mask_dsn("postgresql://u@h/d?password=s3cr3t&sslmode=require")
    # nobody listens on port 1: the error names the server but never the password
    with pytest.raises(RegisterConnectionError) as err:
        open_register("postgresql://veille:s3cr3t@127.0.0.1:1/patrimoine?connect_timeout=3")
    assert "s3cr3t" not in str(err.value) and "127.0.0.1" in str(err.value) and "impossible" in str(err.value)


def test_geopackage_geometry_encoding():
    wkb = shapely.Point(1, 2).wkb
    blob = encode_geometry(wkb)
    assert (
        blob[:2] == b"GP"
        and blob[2] == 0
        and blob[3] == 0x01
        and int.from_bytes(blob[4:8], "little") == 2154
        and blob[8:] == wkb
    )
    empty = encode_geometry(shapely.to_wkb(shapely.from_wkt("POLYGON EMPTY")))
    assert empty[3] == 0x11
    # a blob written by OGR with an envelope (flags: little endian + xy envelope) decodes too
    with_env = b"GP\x00\x03" + (2154).to_bytes(4, "little") + bytes(32) + wkb
    assert decode_geometry(with_env) == wkb


# --------------------------------------------------------------------------- both back ends
def test_create_and_migrate(target):
    with target.open() as reg:
        assert reg.schema_version == LATEST_VERSION
        df = reg.get_cases()
        assert list(df.columns) == [n for n, _ in CASE_FIELDS] + ["geom_wkb"] and len(df) == 0
        assert reg.sweeps() == []
    versions = [r[0] for r in raw(target, "SELECT version FROM schema_migrations ORDER BY version")]
    assert versions == list(range(1, LATEST_VERSION + 1))
    assert raw(target, "SELECT value FROM meta WHERE key = 'schema_version'") == [(str(LATEST_VERSION),)]


def test_reopen_is_idempotent(target):
    with target.open() as reg:
        sweep = reg.start_sweep(["ads"], "cat-1", "bm-2023", "udap62")
        reg.upsert_cases(frame(case("PC 1")), sweep, "udap62")
    for _ in range(2):
        with target.open() as reg:
            assert reg.schema_version == LATEST_VERSION
            assert reg.get_cases()["numero_norm"].tolist() == ["PC1"]
    assert raw(target, "SELECT count(*) FROM schema_migrations") == [(LATEST_VERSION,)]


def test_upsert_new_modified_unchanged(target):
    with target.open() as reg:
        s1 = reg.start_sweep(["ads", "sitadel"], "cat-1", "bm-2023", "robot")
        first = reg.upsert_cases(
            frame(case("PC 062 498 24 00012"), case("PC 2", hauteur=None), case("PD 3", type="PD")), s1, "robot"
        )
        assert (first["nouveau"], first["modifié"], first["inchangé"]) == (3, 0, 0)
        assert sorted(first["nouveaux"]) == ["PC0624982400012", "PC2", "PD3"]
        reg.finish_sweep(s1, {"nouveau": 3})
        reg.set_triage(
            "PC0624982400012", "marie", statut_veille="en cours", assignee="Marie D.", comment="à voir avec la Mission"
        )

        s2 = reg.start_sweep(["ads"], "cat-2", "bm-2023", "robot")
        second = reg.upsert_cases(
            frame(
                # same case, numero written differently; travaux and hauteur changed; a sweep can't touch triage
                case(
                    "pc-06249824-00012",
                    travaux="démolition d'un hangar",
                    hauteur=12.0,
                    statut_veille="sans suite",
                    assignee="x",
                    geom_wkb=shapely.box(690000, 7040000, 690010, 7040010).wkb,
                ),
                case("PC 2", hauteur=None),
                case("PA 4", type="PA"),
            ),
            s2,
            "robot",
        )
        assert (second["nouveau"], second["modifié"], second["inchangé"]) == (1, 1, 1)
        assert second["changements"] == {
            "PC0624982400012": [("travaux", "extension d'une maison", "démolition d'un hangar"), ("hauteur", 7.5, 12.0)]
        }

        hist = reg.history("PC 062 498 24 00012")
        sweep_rows = [(h["field"], h["old"], h["new"], h["sweep_id"], h["author"]) for h in hist if h["sweep_id"] == s2]
        assert sweep_rows == [
            ("travaux", "extension d'une maison", "démolition d'un hangar", s2, "robot"),
            ("hauteur", "7.5", "12", s2, "robot"),
        ]
        assert [h["field"] for h in hist] == ["statut_veille", "assignee", "travaux", "hauteur"]
        assert all(h["at"].endswith("Z") for h in hist)
        assert reg.history("PC 2") == []

        cases = reg.get_cases().set_index("numero_norm")
        c = cases.loc["PC0624982400012"]
        assert (c["statut_veille"], c["assignee"]) == ("en cours", "Marie D.")  # triage untouched
        assert c["numero"] == "pc-06249824-00012" and c["travaux"] == "démolition d'un hangar" and c["hauteur"] == 12.0
        assert (c["first_sweep"], c["last_sweep"]) == (s1, s2) and c["disparu"] == 0
        assert shapely.from_wkb(c["geom_wkb"]).equals(shapely.box(690000, 7040000, 690010, 7040010))
        assert cases.loc["PD3", "last_sweep"] == s1 and cases.loc["PA4", "first_sweep"] == s2
        assert pd.isna(cases.loc["PC2", "hauteur"]) and cases.loc["PC2", "statut_veille"] == "à examiner"
        assert reg.get_cases(["pd-3"])["numero_norm"].tolist() == ["PD3"]

        # a column missing from the DataFrame is left as stored; a missing geometry keeps the stored one
        third = reg.upsert_cases(
            pd.DataFrame([{"numero": "PD 3", "type": "PD", "travaux": "extension d'une maison"}]), None, "saisie"
        )
        assert (third["modifié"], third["inchangé"]) == (0, 1)
        pd3 = reg.get_cases(["PD3"]).iloc[0]
        assert pd3["zone"] == "zone tampon" and shapely.from_wkb(pd3["geom_wkb"]).equals(shapely.Point(690000, 7040000))

        sweeps = reg.sweeps()
        assert [s["id"] for s in sweeps] == [s1, s2]
        assert (
            sweeps[0]["status"] == "terminé"
            and sweeps[0]["counts"] == {"nouveau": 3}
            and sweeps[0]["sources"] == ["ads", "sitadel"]
        )
        assert (
            sweeps[1]["status"] == "en cours"
            and sweeps[1]["catalogue_version"] == "cat-2"
            and sweeps[1]["finished_at"] is None
        )
        with pytest.raises(InputError, match="Balayage n° 999"):
            reg.upsert_cases(frame(case("PC 9")), 999, "robot")
        with pytest.raises(InputError, match="en double"):
            reg.upsert_cases(frame(case("PC 9"), case("pc-9")), s2, "robot")
        assert reg.count_cases() == 4


def test_disappeared_and_reappeared(target):
    with target.open() as reg:
        s1 = reg.start_sweep(["ads"], None, None, "robot")
        reg.upsert_cases(frame(case("PC 1"), case("PC 2")), s1, "robot")
        s2 = reg.start_sweep(["ads"], None, None, "robot")
        assert reg.mark_disappeared(["pc-2", "PC 404"], s2, "robot") == 1
        assert reg.mark_disappeared(["PC2"], s2, "robot") == 0  # already marked: no second history row
        cases = reg.get_cases().set_index("numero_norm")
        assert cases.loc["PC2", "disparu"] == 1 and cases.loc["PC1", "disparu"] == 0
        s3 = reg.start_sweep(["ads"], None, None, "robot")
        back = reg.upsert_cases(frame(case("PC 2")), s3, "robot")
        assert back["réapparus"] == ["PC2"] and (back["modifié"], back["inchangé"]) == (0, 1)
        assert reg.get_cases(["PC2"]).iloc[0]["disparu"] == 0
        assert [(h["field"], h["old"], h["new"], h["sweep_id"]) for h in reg.history("PC2")] == [
            ("disparu", "0", "1", s2),
            ("disparu", "1", "0", s3),
        ]


def test_set_triage(target):
    with target.open() as reg:
        reg.upsert_cases(frame(case("PC 1")), None, "robot")
        with pytest.raises(InputError) as err:
            reg.set_triage("PC1", "marie", statut_veille="classé")
        msg = str(err.value)
        assert (
            "statut_veille" in msg
            and "classé" in msg
            and all(s in msg for s in ("à examiner", "en cours", "avis émis", "sans suite"))
        )
        assert reg.history("PC1") == [] and reg.get_cases().iloc[0]["statut_veille"] == "à examiner"
        with pytest.raises(InputError, match="inconnu"):
            reg.set_triage("PC 404", "marie", statut_veille="en cours")
        with pytest.raises(InputError, match="author"):
            reg.set_triage("PC1", "  ", statut_veille="en cours")

        assert reg.set_triage(
            "pc-1", "marie", statut_veille="AVIS EMIS", assignee="Marie", comment="Avis simple transmis"
        ) == [("statut_veille", "à examiner", "avis émis"), ("assignee", None, "Marie")]
        assert reg.set_triage("PC1", "paul", statut_veille="avis émis") == []  # no change, no history
        reg.set_triage("PC1", "paul", assignee="", comment="Je reprends")
        c = reg.get_cases().iloc[0]
        assert c["statut_veille"] == "avis émis" and c["assignee"] is None
        assert [(h["field"], h["old"], h["new"], h["author"]) for h in reg.history("PC1")] == [
            ("statut_veille", "à examiner", "avis émis", "marie"),
            ("assignee", None, "Marie", "marie"),
            ("assignee", "Marie", None, "paul"),
        ]
        assert [(c["author"], c["text"]) for c in reg.comments("PC1")] == [
            ("marie", "Avis simple transmis"),
            ("paul", "Je reprends"),
        ]


def test_nothing_is_ever_deleted(target):
    with target.open() as reg:
        reg.upsert_cases(frame(case("PC 1")), None, "robot")
        reg.set_triage("PC1", "marie", statut_veille="en cours")
    for sql in ("DELETE FROM cases", "DELETE FROM history", "UPDATE history SET new = 'x'"):
        with pytest.raises(Exception, match="ajout seul"):
            raw(target, sql, fetch=False)
    with target.open() as reg:
        assert reg.count_cases() == 1 and len(reg.history("PC1")) == 1


def test_older_schema_is_migrated(target):
    with target.open(target_version=1) as reg:
        assert reg.schema_version == 1
    if target.kind == "gpkg":
        raw(
            target,
            "INSERT INTO cases (numero, numero_norm, travaux, first_seen, last_seen, geom) VALUES (?, ?, ?, ?, ?, ?)",
            (
                "PC 1",
                "PC1",
                "ancien",
                "2023-01-01T00:00:00Z",
                "2023-01-01T00:00:00Z",
                encode_geometry(shapely.Point(1, 2).wkb),
            ),
            fetch=False,
        )
        names = [r[1] for r in raw(target, "PRAGMA table_info(cases)")]
    else:
        raw(
            target,
            "INSERT INTO cases (numero, numero_norm, travaux, first_seen, last_seen, geom) VALUES (?, ?, ?, ?, ?, "
            "ST_GeomFromText('POINT(1 2)', 2154))",
            ("PC 1", "PC1", "ancien", "2023-01-01T00:00:00Z", "2023-01-01T00:00:00Z"),
            fetch=False,
        )
        names = [
            r[0]
            for r in raw(
                target,
                "SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = 'cases'",
                (target.schema,),
            )
        ]
    assert "statut_veille" not in names and "assignee" not in names  # a version-1 register

    with target.open() as reg:
        assert reg.schema_version == LATEST_VERSION
        c = reg.get_cases().iloc[0]
        assert (c["numero_norm"], c["travaux"], c["statut_veille"], c["disparu"]) == ("PC1", "ancien", "à examiner", 0)
        assert shapely.from_wkb(c["geom_wkb"]).equals(shapely.Point(1, 2))
        reg.set_triage("PC1", "marie", statut_veille="en cours", comment="migré")
        assert reg.upsert_cases(frame(case("PC 1", travaux="nouveau")), None, "robot")["modifié"] == 1
    assert [r[0] for r in raw(target, "SELECT version FROM schema_migrations ORDER BY version")] == list(
        range(1, LATEST_VERSION + 1)
    )

    # a register from a newer plugin is refused, untouched
    raw(target, "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(LATEST_VERSION + 1),), fetch=False)
    with pytest.raises(RegisterVersionError) as err:
        target.open()
    assert "plus récent" in str(err.value) and "Mettez à jour le plugin" in str(err.value)
    assert raw(target, "SELECT value FROM meta WHERE key = 'schema_version'") == [(str(LATEST_VERSION + 1),)]


def test_upsert_100k_cases_in_one_transaction(target):
    import numpy as np

    n = 100_000
    i = np.arange(n)
    geoms = shapely.buffer(shapely.points(650000 + (i % 400) * 150.0, 7020000 + (i // 400) * 150.0), 20, quad_segs=2)
    df = pd.DataFrame(
        {
            "numero": [f"PC 062 498 24 {k:06d}" for k in i],
            "type": "PC",
            "source": "ads",
            "commune_insee": "62498",
            "zone": "zone tampon",
            "travaux": "extension",
            "hauteur": np.where(i % 3 == 0, np.nan, 9.5),
            "elements": "Cité 12/14",
            "regles": "R04:à vérifier",
            "geom_wkb": shapely.to_wkb(geoms),
        }
    )
    with target.open() as reg:
        s1 = reg.start_sweep(["ads"], None, None, "robot")
        t0 = time.perf_counter()
        first = reg.upsert_cases(df, s1, "robot")
        t_insert = time.perf_counter() - t0
        df.loc[i % 10 == 0, "travaux"] = "démolition"
        s2 = reg.start_sweep(["ads"], None, None, "robot")
        t0 = time.perf_counter()
        second = reg.upsert_cases(df, s2, "robot")
        t_update = time.perf_counter() - t0
        assert first["nouveau"] == n and (second["modifié"], second["inchangé"]) == (n // 10, n - n // 10)
        assert reg.count_cases() == n
    print(f"{target.kind}: 100 000 dossiers insérés en {t_insert:.1f} s, comparés et mis à jour en {t_update:.1f} s")
    assert t_insert < 30 and t_update < 30
    assert raw(target, "SELECT count(*) FROM history WHERE sweep_id = ?", (s2,)) == [(n // 10,)]


# --------------------------------------------------------------------------- GeoPackage specifics
def test_geopackage_is_a_valid_layer_for_qgis(tmp_path):
    from osgeo import ogr

    path = tmp_path / "registre.gpkg"
    geoms = [
        shapely.Point(690000, 7040000),
        shapely.box(691000, 7041000, 691050, 7041030),
        shapely.MultiPolygon([shapely.box(0, 0, 1, 1), shapely.box(2, 2, 3, 3)]),
        shapely.LineString([(0, 0), (5, 5)]),
    ]
    with open_register(str(path)) as reg:
        reg.upsert_cases(
            frame(*[case(f"PC {i}", geom_wkb=g.wkb) for i, g in enumerate(geoms)], case("PC 9", geom_wkb=None)),
            None,
            "robot",
        )
        reg.set_triage("PC0", "marie", comment="ok")
    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName("cases")
    assert layer.GetFeatureCount() == 5
    assert (
        layer.GetSpatialRef().GetAuthorityName(None) == "EPSG"
        and layer.GetSpatialRef().GetAuthorityCode(None) == "2154"
    )
    assert layer.GetGeometryColumn() == "geom" and layer.GetFIDColumn() == "fid"
    got = {f["numero_norm"]: (f.GetGeometryRef().ExportToIsoWkb() if f.GetGeometryRef() else None) for f in layer}
    for i, g in enumerate(geoms):
        assert shapely.from_wkb(bytes(got[f"PC{i}"])).equals(g)
    assert got["PC9"] is None
    names = {ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())}
    assert {"cases", "history", "comments", "sweeps", "meta", "schema_migrations"} <= names
    assert ds.GetLayerByName("comments").GetFeatureCount() == 1
    ds = None
    try:
        from osgeo_utils.samples import validate_gpkg
    except ImportError:  # pragma: no cover
        return
    validate_gpkg.check(str(path))  # raises on any departure from the GeoPackage specification


def test_geopackage_refuses_foreign_files(tmp_path):
    foreign = tmp_path / "autre.gpkg"
    from osgeo import ogr

    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(foreign))
    ds.CreateLayer("parcelles", geom_type=ogr.wkbPolygon)
    ds = None
    with pytest.raises(RegisterError, match="autres données"):
        open_register(str(foreign))
    junk = tmp_path / "junk.gpkg"
    junk.write_bytes(b"ceci n'est pas une base" * 100)
    with pytest.raises(VeilleError, match="junk.gpkg"):
        open_register(str(junk))


# --------------------------------------------------------------------------- concurrency and crashes
def _concurrent_writer(spec, schema, proc, writes, start):
    from veille_plugin.core.register import open_register

    with open_register(spec, schema=schema) as reg:
        start.wait(60)
        for j in range(writes):
            if j % 5 == 4:  # triage of a case this process wrote just before
                reg.set_triage(
                    f"P{proc}-{j - 1}", f"proc{proc}", statut_veille="en cours", comment=f"commentaire {proc}-{j}"
                )
            else:
                rows = [case(f"P{proc}-{j}", geom_wkb=shapely.Point(690000 + proc, 7040000 + j).wkb)]
                if j == 0:  # every process also writes the same case: one insert, then modifications
                    rows.append(case("COMMUN 1", travaux=f"travaux vus par {proc}"))
                reg.upsert_cases(frame(*rows), None, f"proc{proc}")


def test_concurrent_writers(target):
    procs, writes = 4, 250  # the register does not exist yet: the four processes also create and migrate it together
    assert (
        run_together(_concurrent_writer, [(target.spec, target.schema, p, writes) for p in range(procs)], 120)
        == [0] * procs
    )

    upserts = [(p, j) for p in range(procs) for j in range(writes) if j % 5 != 4]
    triaged = [(p, j - 1) for p in range(procs) for j in range(writes) if j % 5 == 4]
    assert len(upserts) + len(triaged) == procs * writes == 1000
    with target.open() as reg:
        cases = reg.get_cases().set_index("numero_norm")
        assert len(cases) == len(upserts) + 1
        assert set(cases.index) == {normalize_numero(f"P{p}-{j}") for p, j in upserts} | {"COMMUN1"}
        assert (cases.loc[[normalize_numero(f"P{p}-{j}") for p, j in triaged], "statut_veille"] == "en cours").all()
        assert sum(len(reg.comments(f"P{p}-{j}")) for p, j in triaged) == len(triaged)
        assert [h["field"] for h in reg.history("COMMUN 1")] == ["travaux"] * (procs - 1)
    assert raw(target, "SELECT count(*) FROM history WHERE field = 'statut_veille'") == [(len(triaged),)]


def _killed_writer(spec, schema, ready):
    from veille_plugin.core.register import open_register

    reg = open_register(spec, schema=schema)
    if hasattr(reg, "_conn") and isinstance(reg._conn, sqlite3.Connection):
        reg._conn.execute("PRAGMA cache_size = 5")  # spill changed pages into the file before COMMIT

    def stop_here():
        ready.set()
        time.sleep(600)

    reg._hook_before_commit = stop_here
    rows = [case(f"NOUVEAU {i}") for i in range(3000)] + [case("PC 1", travaux="jamais écrit", hauteur=99.0)]
    reg.upsert_cases(frame(*rows), None, "tué")


def test_writer_killed_mid_transaction(target):
    with target.open() as reg:
        s1 = reg.start_sweep(["ads"], None, None, "robot")
        reg.upsert_cases(frame(*[case(f"PC {i}", travaux=f"travaux {i}") for i in range(10)]), s1, "robot")
        reg.upsert_cases(frame(case("PC 1", travaux="modifié")), s1, "robot")
        before = reg.get_cases()
        history_before = reg.history("PC1")
    ready = SPAWN.Event()
    child = SPAWN.Process(target=_killed_writer, args=(target.spec, target.schema, ready))
    child.start()
    try:
        assert ready.wait(90), "the writer never reached its commit"
        if target.kind == "gpkg":
            journal = target.spec + "-journal"
            assert os.path.exists(journal) and os.path.getsize(journal) > 0  # really in the middle of a transaction
    finally:
        os.kill(child.pid, signal.SIGKILL)  # never leave the sleeping writer behind, whatever happened
        child.join(30)
    assert child.exitcode == -signal.SIGKILL

    with target.open() as reg:
        after = reg.get_cases()
        pd.testing.assert_frame_equal(after, before)
        assert reg.history("PC1") == history_before
        assert reg.sweeps()[0]["id"] == s1
        # the register is writable again straight away (file lock / row and advisory locks released)
        t0 = time.monotonic()
        assert reg.upsert_cases(frame(case("PC 11")), s1, "robot")["nouveau"] == 1
        assert time.monotonic() - t0 < 10
    assert raw(target, "SELECT count(*) FROM history WHERE author = 'tué'") == [(0,)]
    if target.kind == "gpkg":
        assert raw(target, "PRAGMA integrity_check") == [("ok",)]


def test_changed_in_sweep_lists_what_a_sweep_modified(target):
    with target.open() as reg:
        s1 = reg.start_sweep(["ads"], None, None, "robot")
        reg.upsert_cases(frame(case("PC 1"), case("PC 2"), case("PC 3")), s1, "robot")
        reg.mark_disappeared(["PC 3"], s1, "robot")
        s2 = reg.start_sweep(["ads"], None, None, "robot")
        reg.upsert_cases(frame(case("PC 1", travaux="démolition"), case("PC 2"), case("PC 3")), s2, "robot")
        assert reg.changed_in_sweep(s1) == set()  # a case marked «disparu» is not «modifié»
        assert reg.changed_in_sweep(s2) == {"PC1"}  # PC 2 unchanged; PC 3 came back (only its «disparu» flag moved)


def test_migration_5_takes_commune_located_cases_out_of_the_bien(target):
    """Issue 13: a register written before the approximate-location rule held cases located only by their commune
    with zone «bien». Migration 5 gives them zone «commune», keeps «bien» in zone_commune, writes the correction to
    their history, and leaves the precisely located cases alone."""
    with target.open(target_version=4) as reg:
        assert reg.schema_version == 4
    rows = [
        ("PC 1", "PC1", "commune", "bien"),
        ("PC 2", "PC2", "parcelles", "bien"),
        ("PC 3", "PC3", "commune", "hors"),
    ]
    for numero, norm, loc, zone in rows:
        raw(
            target,
            "INSERT INTO cases (numero, numero_norm, localisation, zone, first_seen, last_seen) "
            "VALUES (?, ?, ?, ?, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')",
            (numero, norm, loc, zone),
            fetch=False,
        )
    with target.open() as reg:
        assert reg.schema_version == LATEST_VERSION
        cases = reg.get_cases().set_index("numero_norm")
        assert cases.loc["PC1", "zone"] == "commune" and cases.loc["PC1", "zone_commune"] == "bien"
        assert cases.loc["PC3", "zone"] == "commune" and cases.loc["PC3", "zone_commune"] == "hors"
        assert cases.loc["PC2", "zone"] == "bien" and pd.isna(cases.loc["PC2", "zone_commune"])
        change = [h for h in reg.history("PC1") if h["field"] == "zone"]
        assert len(change) == 1
        assert (change[0]["old"], change[0]["new"]) == ("bien", "commune")
        assert "migration 5" in change[0]["author"]
        assert len(reg.history("PC2")) == 0
    with target.open() as reg:  # reopening changes nothing more
        assert len(reg.history("PC1")) == 1
