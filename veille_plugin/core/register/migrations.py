"""Versioned schema of the veille register: an ordered list of migrations, the same for both back ends.

Each migration has a version (1, 2, 3…), a French description, the statements for SQLite (GeoPackage) and
the statements for PostgreSQL/PostGIS (``{s}`` stands for the quoted schema name). A migration is frozen once
released: change the schema by appending a new one, never by editing an old one (registers in the field were
built from it). The back ends apply the missing migrations in order, in one transaction, and record each one
(table ``schema_migrations``) and the resulting version (``meta.schema_version``).
"""

from dataclasses import dataclass
from typing import List, Optional, Tuple

from ..i18n import tr
from .base import RegisterVersionError

APPLICATION = "veille_plugin.registre"

# EPSG:2154 as GDAL writes it in gpkg_spatial_ref_sys (OGC WKT 1).
_WKT_2154 = (
    'PROJCS["RGF93 v1 / Lambert-93",GEOGCS["RGF93 v1",DATUM["Reseau_Geodesique_Francais_1993_v1",'
    'SPHEROID["GRS 1980",6378137,298.257222101,AUTHORITY["EPSG","7019"]],AUTHORITY["EPSG","6171"]],'
    'PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
    'AUTHORITY["EPSG","4171"]],PROJECTION["Lambert_Conformal_Conic_2SP"],PARAMETER["latitude_of_origin",46.5],'
    'PARAMETER["central_meridian",3],PARAMETER["standard_parallel_1",49],PARAMETER["standard_parallel_2",44],'
    'PARAMETER["false_easting",700000],PARAMETER["false_northing",6600000],UNIT["metre",1,AUTHORITY["EPSG","9001"]],'
    'AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","2154"]]'
)

_SQLITE_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ','now')"
_PG_NOW = "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"


def _gpkg_attributes(table: str, description: str) -> str:
    """Register a plain table in gpkg_contents so that QGIS/OGR list it."""
    return (
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, srs_id) "
        f"VALUES ('{table}', 'attributes', '{table}', '{description}', {_SQLITE_NOW}, 0)"
    )


@dataclass(frozen=True)
class Migration:
    """One ordered schema upgrade of the register, for GeoPackage and PostGIS."""

    version: int
    description: str
    sqlite: Tuple[str, ...]
    postgres: Tuple[str, ...]


# Columns of the cases table as created by version 1 (frozen; later fields come with later migrations).
_V1_SOURCE_COLUMNS = [
    ("numero", "NOT NULL"),
    ("numero_norm", "NOT NULL UNIQUE"),
    ("source", ""),
    ("type", ""),
    ("commune_insee", ""),
    ("commune_nom", ""),
    ("epci", ""),
    ("parcelles", ""),
    ("adresse", ""),
    ("travaux", ""),
    ("nature", ""),
    ("hauteur", "REAL"),
    ("date_depot", ""),
    ("statut_dossier", ""),
    ("localisation", ""),
    ("zone", ""),
    ("composantes", ""),
    ("elements", ""),
    ("elements_proches", ""),
    ("abords_mh", ""),
    ("severite", ""),
    ("regles", ""),
    ("regles_donnee_manquante", ""),
    ("catalogue_version", ""),
    ("donnees_version", ""),
]


def _v1_case_columns(dialect: str) -> str:
    out = []
    for name, extra in _V1_SOURCE_COLUMNS:
        if extra == "REAL":
            out.append(f"{name} {'REAL' if dialect == 'sqlite' else 'double precision'}")
        else:
            out.append(f"{name} TEXT {extra}".rstrip())
    out += [
        "first_seen TEXT NOT NULL",
        "last_seen TEXT NOT NULL",
        "first_sweep INTEGER",
        "last_sweep INTEGER",
        "disparu INTEGER NOT NULL DEFAULT 0 CHECK (disparu IN (0, 1))",
    ]
    return ", ".join(out)


_STATUS_CHECK = "CHECK (statut_veille IN ('à examiner', 'en cours', 'avis émis', 'sans suite'))"
_NO_DELETE = "Registre de veille : rien ne se supprime ni ne se réécrit dans cette table (historique en ajout seul)."

MIGRATIONS: List[Migration] = [
    Migration(
        1,
        "Tables de base : dossiers (couche « cases », EPSG:2154), balayages, historique, métadonnées",
        sqlite=(
            "CREATE TABLE meta (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, key TEXT NOT NULL UNIQUE, value TEXT)",
            "CREATE TABLE schema_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, version INTEGER NOT NULL "
            "UNIQUE, "
            "description TEXT NOT NULL, applied_at TEXT NOT NULL)",
            f"INSERT INTO meta (key, value) VALUES ('application', '{APPLICATION}'), ('created_at', {_SQLITE_NOW})",
            "INSERT OR IGNORE INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, "
            "definition, description) "
            f"VALUES ('RGF93 v1 / Lambert-93', 2154, 'EPSG', 2154, '{_WKT_2154}', NULL)",
            "CREATE TABLE cases (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom GEOMETRY, "
            f"{_v1_case_columns('sqlite')})",
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, srs_id) "
            f"VALUES ('cases', 'features', 'cases', 'Dossiers suivis par la veille patrimoniale', {_SQLITE_NOW}, 2154)",
            "INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) "
            "VALUES ('cases', 'geom', 'GEOMETRY', 2154, 0, 0)",
            "CREATE TABLE sweeps (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, started_at TEXT NOT NULL, "
            "finished_at TEXT, "
            "sources TEXT, catalogue_version TEXT, donnees_version TEXT, author TEXT, status TEXT NOT NULL, counts "
            "TEXT)",
            "CREATE TABLE history (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, at TEXT NOT NULL, author TEXT, "
            "sweep_id INTEGER, "
            "numero_norm TEXT NOT NULL, field TEXT NOT NULL, old TEXT, new TEXT)",
            _gpkg_attributes("meta", "Registre de veille : métadonnées (version du schéma)"),
            _gpkg_attributes("schema_migrations", "Registre de veille : migrations appliquées"),
            _gpkg_attributes("sweeps", "Registre de veille : balayages"),
            _gpkg_attributes("history", "Registre de veille : historique des changements"),
        ),
        postgres=(
            "CREATE TABLE {s}.meta (id bigserial PRIMARY KEY, key text NOT NULL UNIQUE, value text)",
            "CREATE TABLE {s}.schema_migrations (id bigserial PRIMARY KEY, version integer NOT NULL UNIQUE, "
            "description text NOT NULL, applied_at text NOT NULL)",
            f"INSERT INTO {{s}}.meta (key, value) VALUES ('application', '{APPLICATION}'), ('created_at', {_PG_NOW})",
            f"CREATE TABLE {{s}}.cases (fid bigserial PRIMARY KEY, geom geometry(Geometry, 2154), "
            f"{_v1_case_columns('postgres')})",
            "CREATE INDEX cases_geom_gist ON {s}.cases USING gist (geom)",
            "CREATE TABLE {s}.sweeps (id serial PRIMARY KEY, started_at text NOT NULL, finished_at text, sources text, "
            "catalogue_version text, donnees_version text, author text, status text NOT NULL, counts text)",
            "CREATE TABLE {s}.history (id bigserial PRIMARY KEY, at text NOT NULL, author text, sweep_id integer, "
            "numero_norm text NOT NULL, field text NOT NULL, old text, new text)",
        ),
    ),
    Migration(
        2,
        "Tri des dossiers : statut de veille, personne chargée, commentaires",
        sqlite=(
            f"ALTER TABLE cases ADD COLUMN statut_veille TEXT NOT NULL DEFAULT 'à examiner' {_STATUS_CHECK}",
            "ALTER TABLE cases ADD COLUMN assignee TEXT",
            "CREATE TABLE comments (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, at TEXT NOT NULL, author TEXT NOT "
            "NULL, "
            "numero_norm TEXT NOT NULL, text TEXT NOT NULL)",
            _gpkg_attributes("comments", "Registre de veille : commentaires sur les dossiers"),
        ),
        postgres=(
            f"ALTER TABLE {{s}}.cases ADD COLUMN statut_veille text NOT NULL DEFAULT 'à examiner' {_STATUS_CHECK}",
            "ALTER TABLE {s}.cases ADD COLUMN assignee text",
            "CREATE TABLE {s}.comments (id bigserial PRIMARY KEY, at text NOT NULL, author text NOT NULL, "
            "numero_norm text NOT NULL, text text NOT NULL)",
        ),
    ),
    Migration(
        3,
        "Index (historique et commentaires par dossier, statut, commune, balayage) ; historique en ajout seul",
        sqlite=(
            "CREATE INDEX history_numero_idx ON history (numero_norm, id)",
            "CREATE INDEX comments_numero_idx ON comments (numero_norm, id)",
            "CREATE INDEX cases_statut_idx ON cases (statut_veille)",
            "CREATE INDEX cases_commune_idx ON cases (commune_insee)",
            "CREATE INDEX cases_last_sweep_idx ON cases (last_sweep)",
            *[
                f"CREATE TRIGGER {table}_no_{op.lower()} BEFORE {op} ON {table} BEGIN SELECT RAISE(ABORT, "
                f"'{_NO_DELETE}'); END"
                for table, ops in (
                    ("cases", ("DELETE",)),
                    ("sweeps", ("DELETE",)),
                    ("history", ("DELETE", "UPDATE")),
                    ("comments", ("DELETE", "UPDATE")),
                )
                for op in ops
            ],
        ),
        postgres=(
            "CREATE INDEX history_numero_idx ON {s}.history (numero_norm, id)",
            "CREATE INDEX comments_numero_idx ON {s}.comments (numero_norm, id)",
            "CREATE INDEX cases_statut_idx ON {s}.cases (statut_veille)",
            "CREATE INDEX cases_commune_idx ON {s}.cases (commune_insee)",
            "CREATE INDEX cases_last_sweep_idx ON {s}.cases (last_sweep)",
            "CREATE FUNCTION {s}.refuser_suppression() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"RAISE EXCEPTION '{_NO_DELETE}'; END $$",
            *[
                f"CREATE TRIGGER {table}_no_{op.lower()} BEFORE {op} ON {{s}}.{table} FOR EACH STATEMENT EXECUTE "
                f"FUNCTION {{s}}.refuser_suppression()"
                for table, ops in (
                    ("cases", ("DELETE", "TRUNCATE")),
                    ("sweeps", ("DELETE", "TRUNCATE")),
                    ("history", ("DELETE", "UPDATE", "TRUNCATE")),
                    ("comments", ("DELETE", "UPDATE", "TRUNCATE")),
                )
                for op in ops
            ],
        ),
    ),
]

# Version 4: alerts («sites en péril»). Columns written out here, frozen (not derived from the model).
_ALERT_TEXT_COLUMNS = [
    "elements",
    "elements_noms",
    "commune_insee",
    "commune_nom",
    "description",
    "date_constat",
    "source",
    "etat",
    "tendance",
    "categorie",
    "proprietaire_type",
    "proprietaire_nom",
    "menaces",
    "actions_realisees",
    "actions_prevues",
    "partenaires",
    "motif_cloture",
    "dossier_veille",
    "updated_by",
    "updated_at",
    "closed_at",
]
_ALERT_STATUTS = (
    "signalée",
    "en alerte",
    "mesures d'urgence",
    "maîtrise foncière",
    "projet",
    "travaux",
    "sauvegardée",
    "perdue",
    "levée",
)
_ALERT_CHECKS = (
    "CHECK (statut IN (" + ", ".join("'" + s.replace("'", "''") + "'" for s in _ALERT_STATUTS) + ")), "
    "CHECK (priorite IS NULL OR priorite IN ('A', 'B', 'C', 'D', 'E', 'F'))"
)


def _alert_columns() -> str:
    cols = ["titre TEXT NOT NULL", "statut TEXT NOT NULL DEFAULT 'signalée'", "priorite TEXT"]
    cols += [f"{c} TEXT" for c in _ALERT_TEXT_COLUMNS]
    cols += ["auteur TEXT NOT NULL", "created_at TEXT NOT NULL", "version INTEGER NOT NULL DEFAULT 1"]
    return ", ".join(cols) + ", " + _ALERT_CHECKS


_ALERT_NO_CHANGE = (
    ("alerts", ("DELETE",)),
    ("alert_history", ("DELETE", "UPDATE")),
    ("alert_attachments", ("DELETE", "UPDATE")),
)

MIGRATIONS.append(
    Migration(
        4,
        "Alertes sites en péril : alertes (couche « alerts », points EPSG:2154), historique en ajout seul, pièces "
        "jointes stockées dans le registre",
        sqlite=(
            f"CREATE TABLE alerts (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom POINT, {_alert_columns()})",
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, srs_id) "
            f"VALUES ('alerts', 'features', 'alerts', 'Alertes : sites en péril', {_SQLITE_NOW}, 2154)",
            "INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) VALUES "
            "('alerts', 'geom', 'POINT', 2154, 0, 0)",
            "CREATE TABLE alert_history (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, alert_id INTEGER NOT NULL, at "
            "TEXT NOT NULL, "
            "author TEXT NOT NULL, action TEXT NOT NULL, field TEXT, old TEXT, new TEXT)",
            "CREATE TABLE alert_attachments (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, alert_id INTEGER NOT "
            "NULL, at TEXT NOT NULL, "
            "author TEXT NOT NULL, filename TEXT NOT NULL, mime TEXT, size INTEGER NOT NULL, sha256 TEXT NOT NULL, "
            "description TEXT, content BLOB NOT NULL)",
            _gpkg_attributes("alert_history", "Registre de veille : historique des alertes"),
            _gpkg_attributes("alert_attachments", "Registre de veille : pièces jointes des alertes"),
            "CREATE INDEX alert_history_alert_idx ON alert_history (alert_id, id)",
            "CREATE INDEX alert_attachments_alert_idx ON alert_attachments (alert_id, id)",
            "CREATE INDEX alerts_statut_idx ON alerts (statut)",
            *[
                f"CREATE TRIGGER {table}_no_{op.lower()} BEFORE {op} ON {table} BEGIN SELECT RAISE(ABORT, "
                f"'{_NO_DELETE}'); END"
                for table, ops in _ALERT_NO_CHANGE
                for op in ops
            ],
        ),
        postgres=(
            f"CREATE TABLE {{s}}.alerts (fid bigserial PRIMARY KEY, geom geometry(Point, 2154), {_alert_columns()})",
            "CREATE INDEX alerts_geom_gist ON {s}.alerts USING gist (geom)",
            "CREATE TABLE {s}.alert_history (id bigserial PRIMARY KEY, alert_id bigint NOT NULL, at text NOT NULL, "
            "author text NOT NULL, action text NOT NULL, field text, old text, new text)",
            "CREATE TABLE {s}.alert_attachments (id bigserial PRIMARY KEY, alert_id bigint NOT NULL, at text NOT NULL, "
            "author text NOT NULL, filename text NOT NULL, mime text, size bigint NOT NULL, sha256 text NOT NULL, "
            "description text, content bytea NOT NULL)",
            "CREATE INDEX alert_history_alert_idx ON {s}.alert_history (alert_id, id)",
            "CREATE INDEX alert_attachments_alert_idx ON {s}.alert_attachments (alert_id, id)",
            "CREATE INDEX alerts_statut_idx ON {s}.alerts (statut)",
            *[
                f"CREATE TRIGGER {table}_no_{op.lower()} BEFORE {op} ON {{s}}.{table} FOR EACH STATEMENT EXECUTE "
                f"FUNCTION {{s}}.refuser_suppression()"
                for table, ops in ((t, o + ("TRUNCATE",)) for t, o in _ALERT_NO_CHANGE)
                for op in ops
            ],
        ),
    )
)

# Version 5 (issue 13): the approximate-location rule. A case located only by its commune said «bien» whenever its
# commune touched the Bien; it now says «commune» (counted apart) and keeps its commune's zone in «zone_commune».
# Each correction is written to the history, with the migration as its author.
_V5_WHERE = "localisation = 'commune' AND (zone IS NULL OR zone <> 'commune')"
_V5_HISTORY = (
    "INSERT INTO {t}history (at, author, sweep_id, numero_norm, field, old, new) SELECT {now}, "
    "'migration 5 (localisation approximative)', NULL, numero_norm, 'zone', zone, 'commune' FROM {t}cases WHERE "
    + _V5_WHERE
)
_V5_UPDATE = "UPDATE {t}cases SET zone_commune = zone, zone = 'commune' WHERE " + _V5_WHERE
MIGRATIONS.append(
    Migration(
        5,
        "Localisation approximative : un dossier localisé à la commune seulement n'est plus compté dans le Bien ni "
        "la zone tampon (zone « commune », zone de sa commune dans « zone_commune ») ; corrections inscrites à "
        "l'historique",
        sqlite=(
            "ALTER TABLE cases ADD COLUMN zone_commune TEXT",
            _V5_HISTORY.format(t="", now=_SQLITE_NOW),
            _V5_UPDATE.format(t=""),
        ),
        postgres=(
            "ALTER TABLE {s}.cases ADD COLUMN zone_commune text",
            _V5_HISTORY.format(t="{s}.", now=_PG_NOW).replace("{s}.", "{s}."),
            _V5_UPDATE.format(t="{s}."),
        ),
    )
)

# Version 6 (issue 15): the applicant, when the source publishes it (Sitadel: legal persons only), for the case's
# detail panel and the fiche's identity block.
MIGRATIONS.append(
    Migration(
        6,
        "Demandeur du dossier (quand la source le publie)",
        sqlite=("ALTER TABLE cases ADD COLUMN demandeur TEXT",),
        postgres=("ALTER TABLE {s}.cases ADD COLUMN demandeur text",),
    )
)

# Version 7 (issue 16): the PLU watch. Each version of a document d'urbanisme fetched from the Géoportail de
# l'Urbanisme is a dated snapshot (its GeoJSON collections kept whole, gzip-compressed, by resource); each run of the
# watch is recorded. Append-only, like the history.
_PLU_NO_CHANGE = (
    ("plu_snapshots", ("DELETE", "UPDATE")),
    ("plu_snapshot_layers", ("DELETE", "UPDATE")),
    ("plu_watch_runs", ("DELETE",)),
)
_PLU_SNAPSHOT_COLUMNS = (
    "partition {t} NOT NULL, communes {t}, du_type {t}, titre {t}, idurba {t}, date_approbation {t}, "
    "fetched_at {t} NOT NULL, source_url {t} NOT NULL, content_hash {t} NOT NULL, n_features {i} NOT NULL, "
    "author {t}, run_id {i}"
)
_PLU_RUN_COLUMNS = (
    "started_at {t} NOT NULL, finished_at {t}, api_url {t}, communes {t}, status {t} NOT NULL, counts {t}, author {t}"
)
MIGRATIONS.append(
    Migration(
        7,
        "Veille des PLU en ligne : instantanés datés des documents d'urbanisme (Géoportail de l'Urbanisme), "
        "exécutions de la veille ; en ajout seul",
        sqlite=(
            "CREATE TABLE plu_snapshots (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
            + _PLU_SNAPSHOT_COLUMNS.format(t="TEXT", i="INTEGER")
            + ")",
            "CREATE TABLE plu_snapshot_layers (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, snapshot_id INTEGER NOT "
            "NULL, resource TEXT NOT NULL, n_features INTEGER NOT NULL, content BLOB NOT NULL)",
            "CREATE TABLE plu_watch_runs (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
            + _PLU_RUN_COLUMNS.format(t="TEXT")
            + ")",
            "CREATE INDEX plu_snapshots_partition_idx ON plu_snapshots (partition, id)",
            "CREATE INDEX plu_snapshot_layers_snapshot_idx ON plu_snapshot_layers (snapshot_id)",
            _gpkg_attributes("plu_snapshots", "Registre de veille : instantanés des PLU (Géoportail de l''Urbanisme)"),
            _gpkg_attributes("plu_snapshot_layers", "Registre de veille : contenu des instantanés des PLU"),
            _gpkg_attributes("plu_watch_runs", "Registre de veille : exécutions de la veille des PLU"),
            *[
                f"CREATE TRIGGER {table}_no_{op.lower()} BEFORE {op} ON {table} BEGIN SELECT RAISE(ABORT, "
                f"'{_NO_DELETE}'); END"
                for table, ops in _PLU_NO_CHANGE
                for op in ops
            ],
        ),
        postgres=(
            "CREATE TABLE {s}.plu_snapshots (id bigserial PRIMARY KEY, "
            + _PLU_SNAPSHOT_COLUMNS.format(t="text", i="bigint")
            + ")",
            "CREATE TABLE {s}.plu_snapshot_layers (id bigserial PRIMARY KEY, snapshot_id bigint NOT NULL, "
            "resource text NOT NULL, n_features integer NOT NULL, content bytea NOT NULL)",
            "CREATE TABLE {s}.plu_watch_runs (id bigserial PRIMARY KEY, " + _PLU_RUN_COLUMNS.format(t="text") + ")",
            "CREATE INDEX plu_snapshots_partition_idx ON {s}.plu_snapshots (partition, id)",
            "CREATE INDEX plu_snapshot_layers_snapshot_idx ON {s}.plu_snapshot_layers (snapshot_id)",
            *[
                f"CREATE TRIGGER {table}_no_{op.lower()} BEFORE {op} ON {{s}}.{table} FOR EACH STATEMENT EXECUTE "
                f"FUNCTION {{s}}.refuser_suppression()"
                for table, ops in ((t, o + ("TRUNCATE",)) for t, o in _PLU_NO_CHANGE)
                for op in ops
            ],
        ),
    )
)

# Version 8 (issue 17): what became of a case — the avis given (value, date, author), the competent authority's
# decision (value, date) and whether the works matched (value, date, note). Set by people (history kept), the
# decision also by a sweep whose source carries it.
_V8_COLUMNS = (
    "avis",
    "avis_date",
    "avis_auteur",
    "decision",
    "decision_date",
    "conformite",
    "conformite_date",
    "conformite_note",
)
MIGRATIONS.append(
    Migration(
        8,
        "Suites des dossiers : avis (valeur, date, auteur), décision de l'autorité compétente (valeur, date), "
        "conformité des travaux (valeur, date, note)",
        sqlite=tuple(f"ALTER TABLE cases ADD COLUMN {c} TEXT" for c in _V8_COLUMNS),
        postgres=tuple(f"ALTER TABLE {{s}}.cases ADD COLUMN {c} text" for c in _V8_COLUMNS),
    )
)

# Version 9 (issue 17): the condition record of each element of the Bien (state, date, source, observer, note), in
# the order observed; append-only like the history.
_CONDITION_COLUMNS = (
    "element_id {t} NOT NULL, etat {t} NOT NULL, date_constat {t} NOT NULL, source {t}, observateur {t}, note {t}, "
    "author {t} NOT NULL, at {t} NOT NULL"
)
MIGRATIONS.append(
    Migration(
        9,
        "Relevé d'état des éléments du Bien : état, date, source, observateur (en ajout seul)",
        sqlite=(
            "CREATE TABLE element_conditions (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
            + _CONDITION_COLUMNS.format(t="TEXT")
            + ")",
            "CREATE INDEX element_conditions_element_idx ON element_conditions (element_id, id)",
            _gpkg_attributes("element_conditions", "Registre de veille : relevé d''état des éléments du Bien"),
            *[
                f"CREATE TRIGGER element_conditions_no_{op.lower()} BEFORE {op} ON element_conditions BEGIN SELECT "
                f"RAISE(ABORT, '{_NO_DELETE}'); END"
                for op in ("DELETE", "UPDATE")
            ],
        ),
        postgres=(
            "CREATE TABLE {s}.element_conditions (id bigserial PRIMARY KEY, "
            + _CONDITION_COLUMNS.format(t="text")
            + ")",
            "CREATE INDEX element_conditions_element_idx ON {s}.element_conditions (element_id, id)",
            *[
                f"CREATE TRIGGER element_conditions_no_{op.lower()} BEFORE {op} ON {{s}}.element_conditions FOR EACH "
                f"STATEMENT EXECUTE FUNCTION {{s}}.refuser_suppression()"
                for op in ("DELETE", "UPDATE", "TRUNCATE")
            ],
        ),
    )
)

# Version 10 (issue 15, point 9): the history by sweep, so that choosing an older sweep in the Veille dock reads its
# flags through an index instead of the whole history (years of sweeps).
MIGRATIONS.append(
    Migration(
        10,
        "Historique indexé par balayage (les mentions d'un ancien balayage se relisent sans parcourir tout "
        "l'historique)",
        sqlite=("CREATE INDEX history_sweep_idx ON history (sweep_id)",),
        postgres=("CREATE INDEX history_sweep_idx ON {s}.history (sweep_id)",),
    )
)

# Version 11 (issue 25): the priority of each case (impact assessment: rank, significance, attribute, paragraph 172,
# the sentence that explains it), written by each sweep beside the rules' severity; never a tracked change.
_V11_COLUMNS = (("priorite_rang", "INTEGER", "integer"),) + tuple(
    (c, "TEXT", "text") for c in ("priorite_importance", "priorite_attribut", "priorite_172", "priorite_motif")
)
MIGRATIONS.append(
    Migration(
        11,
        "Priorité des dossiers (évaluation d'impact : rang, importance de l'effet, attribut touché, paragraphe 172, "
        "motif), à côté de la sévérité des règles",
        sqlite=tuple(f"ALTER TABLE cases ADD COLUMN {c} {t}" for c, t, _p in _V11_COLUMNS),
        postgres=tuple(f"ALTER TABLE {{s}}.cases ADD COLUMN {c} {p}" for c, _t, p in _V11_COLUMNS),
    )
)

#: Every table of the register (the back ends map «{name}» in SQL to their own qualified names)
TABLES = (
    "cases",
    "sweeps",
    "history",
    "comments",
    "meta",
    "schema_migrations",
    "alerts",
    "alert_history",
    "alert_attachments",
    "plu_snapshots",
    "plu_snapshot_layers",
    "plu_watch_runs",
    "element_conditions",
)

LATEST_VERSION = MIGRATIONS[-1].version
assert [m.version for m in MIGRATIONS] == list(range(1, LATEST_VERSION + 1)), "migrations must be numbered 1, 2, 3…"


def plan(current: int, target: Optional[int] = None, where: str = "") -> List[Migration]:
    """Migrations to apply, in order, to bring a register from ``current`` to ``target`` (default: the latest).

    A register newer than this code is refused: applying nothing would let old code write a schema it
    does not know.
    """
    if current > LATEST_VERSION:
        raise RegisterVersionError(
            tr(
                "Le registre de veille {where} est au schéma version {v}, plus récent que ce que connaît cette "
                "version du plugin "
                "(version {latest} au plus). Mettez à jour le plugin « Veille patrimoniale » ; le registre n'a pas "
                "été modifié."
            ).format(where=where, v=current, latest=LATEST_VERSION)
        )
    target = LATEST_VERSION if target is None else min(int(target), LATEST_VERSION)
    return [m for m in MIGRATIONS if current < m.version <= target]


def record_statements(dialect: str, m: Migration) -> List[Tuple[str, tuple]]:
    """Statements (with parameters, «?» placeholders) recording that ``m`` was applied."""
    now = _SQLITE_NOW if dialect == "sqlite" else _PG_NOW
    prefix = "" if dialect == "sqlite" else "{s}."
    return [
        (
            f"INSERT INTO {prefix}schema_migrations (version, description, applied_at) VALUES (?, ?, {now})",
            (m.version, m.description),
        ),
        (
            f"INSERT INTO {prefix}meta (key, value) VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET "
            "value = excluded.value",
            (str(m.version),),
        ),
    ]
