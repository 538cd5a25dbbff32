"""PostgreSQL/PostGIS back end of the veille register (shared by a team: UDAP, DDTM, Mission Bassin Minier).

Same schema as the GeoPackage, in a schema of its own (``veille`` by default): ``cases`` has a
``geometry(Geometry, 2154)`` column with a GiST index. Every write is one transaction; sweeps are serialised
by a transaction-level advisory lock and hold the cases table in SHARE ROW EXCLUSIVE mode (other writes of cases
wait, readers never do). A sweep COPYs its batch into a temporary staging table, compares it in SQL and merges it
with one ``UPDATE … FROM`` and one ``INSERT … SELECT … ON CONFLICT (numero_norm)``; its history rows are COPYed.
Triage locks its row. A client killed mid-transaction is rolled back by the server.

Connection: a libpq DSN (``host=… dbname=…``), a URI (``postgresql://…``) or a service (``service=nom``,
see ``pg_service.conf``). Passwords are never logged, stored or shown: every message masks them.
"""

import re
from contextlib import contextmanager
from typing import Dict, List, Optional

import numpy as np

from ..errors import InputError
from ..i18n import QT_TRANSLATE_NOOP, tr
from .base import Register, RegisterBusyError, RegisterConnectionError, RegisterError, stored_values
from .migrations import APPLICATION, TABLES, plan, record_statements
from .model import FIELD_KINDS, SRID

_PG_TYPES = {"text": "text", "real": "double precision", "int": "integer"}
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
_SCHEMA_RE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
_PASSWORD_KV = re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s&]+)", re.IGNORECASE)
_PASSWORD_URI = re.compile(r"(postgres(?:ql)?://[^:/@?#\s]*):[^@/?#\s]*@", re.IGNORECASE)


#: Rows per slice of a COPY (and from how many history rows a sweep COPYs them)
_COPY_ROWS = 20000


class _ChunkReader:
    """A file-like object over an iterator of text slices, for ``copy_expert`` (it calls ``read`` until "")."""

    def __init__(self, chunks):
        self._chunks = iter(chunks)

    def read(self, size: int = -1) -> str:
        """The next slice of text, "" at the end."""
        return next(self._chunks, "")

    readline = read


def copy_cells(values, kind: str) -> list:
    """Values of one column as COPY text cells: None → «\\N», text escaped, reals as ``repr``, integers as text."""
    if kind == "text":
        present = [v for v in values if v is not None]
        if any(ch in "".join(present) for ch in "\\\t\n\r"):
            return ["\\N" if v is None else v.translate(_COPY_ESCAPES) for v in values]
        return ["\\N" if v is None else v for v in values]
    if kind == "real":
        return ["\\N" if v is None else repr(float(v)) for v in values]
    return ["\\N" if v is None else str(int(v)) for v in values]


def mask_dsn(dsn: str) -> str:
    """The DSN with any password replaced by «***» (key=value, URI user:password@ and ?password=)."""
    return _PASSWORD_URI.sub(r"\1:***@", _PASSWORD_KV.sub(r"\1***", str(dsn)))


#: PostgreSQL's error codes (SQLSTATE) a user meets, in French words
_PG_CODES = {
    "57P01": QT_TRANSLATE_NOOP("VeillePatrimoniale", "connexion coupée par le serveur (arrêt ou redémarrage)"),
    "57P02": QT_TRANSLATE_NOOP("VeillePatrimoniale", "connexion coupée par le serveur (plantage d'un autre processus)"),
    "57P03": QT_TRANSLATE_NOOP("VeillePatrimoniale", "le serveur démarre ou s'arrête : réessayez dans un instant"),
    "57014": QT_TRANSLATE_NOOP("VeillePatrimoniale", "requête annulée (délai dépassé ou annulation)"),
    "42501": QT_TRANSLATE_NOOP("VeillePatrimoniale", "droits insuffisants pour ce compte PostgreSQL"),
    "28P01": QT_TRANSLATE_NOOP("VeillePatrimoniale", "mot de passe refusé"),
    "28000": QT_TRANSLATE_NOOP("VeillePatrimoniale", "connexion non autorisée pour ce compte"),
    "3D000": QT_TRANSLATE_NOOP("VeillePatrimoniale", "base de données inexistante"),
    "53100": QT_TRANSLATE_NOOP("VeillePatrimoniale", "disque plein sur le serveur"),
    "53200": QT_TRANSLATE_NOOP("VeillePatrimoniale", "mémoire insuffisante sur le serveur"),
    "53300": QT_TRANSLATE_NOOP("VeillePatrimoniale", "trop de connexions ouvertes sur le serveur"),
    "40001": QT_TRANSLATE_NOOP("VeillePatrimoniale", "conflit avec une écriture simultanée : recommencez"),
    "40P01": QT_TRANSLATE_NOOP("VeillePatrimoniale", "blocage mutuel avec une autre écriture : recommencez"),
    "55P03": QT_TRANSLATE_NOOP("VeillePatrimoniale", "données verrouillées par une autre écriture"),
    "25006": QT_TRANSLATE_NOOP("VeillePatrimoniale", "serveur en lecture seule"),
    "58P01": QT_TRANSLATE_NOOP(
        "VeillePatrimoniale", "fichier absent sur le serveur (extension PostGIS non installée ?)"
    ),
    "0A000": QT_TRANSLATE_NOOP("VeillePatrimoniale", "fonction non prise en charge par ce serveur"),
}
#: The messages of libpq and psycopg2 (English, without a code), by a piece of their text, most precise first
_PG_WORDS = (
    ("connection already closed", QT_TRANSLATE_NOOP("VeillePatrimoniale", "connexion déjà fermée")),
    ("cursor already closed", QT_TRANSLATE_NOOP("VeillePatrimoniale", "curseur déjà fermé")),
    (
        "server closed the connection unexpectedly",
        QT_TRANSLATE_NOOP("VeillePatrimoniale", "le serveur a fermé la connexion de façon inattendue"),
    ),
    (
        "terminating connection due to administrator command",
        QT_TRANSLATE_NOOP("VeillePatrimoniale", "connexion coupée par le serveur (arrêt ou redémarrage)"),
    ),
    (
        "ssl connection has been closed unexpectedly",
        QT_TRANSLATE_NOOP("VeillePatrimoniale", "connexion sécurisée fermée de façon inattendue"),
    ),
    ("ssl syscall error", QT_TRANSLATE_NOOP("VeillePatrimoniale", "connexion sécurisée interrompue")),
    ("could not receive data from server", QT_TRANSLATE_NOOP("VeillePatrimoniale", "plus de réponse du serveur")),
    ("could not send data to server", QT_TRANSLATE_NOOP("VeillePatrimoniale", "envoi au serveur impossible")),
    ("no connection to the server", QT_TRANSLATE_NOOP("VeillePatrimoniale", "pas de connexion au serveur")),
    ("password authentication failed", QT_TRANSLATE_NOOP("VeillePatrimoniale", "mot de passe refusé")),
    ("no password supplied", QT_TRANSLATE_NOOP("VeillePatrimoniale", "mot de passe manquant")),
    ("fe_sendauth", QT_TRANSLATE_NOOP("VeillePatrimoniale", "mot de passe manquant")),
    (
        "no pg_hba.conf entry",
        QT_TRANSLATE_NOOP("VeillePatrimoniale", "connexion non autorisée par le serveur (pg_hba.conf)"),
    ),
    ("role \"", QT_TRANSLATE_NOOP("VeillePatrimoniale", "utilisateur PostgreSQL inconnu")),
    ("database \"", QT_TRANSLATE_NOOP("VeillePatrimoniale", "base de données inexistante")),
    (
        "the database system is starting up",
        QT_TRANSLATE_NOOP("VeillePatrimoniale", "le serveur démarre : réessayez dans un instant"),
    ),
    (
        "the database system is shutting down",
        QT_TRANSLATE_NOOP("VeillePatrimoniale", "le serveur est en cours d'arrêt"),
    ),
    (
        "the database system is in recovery mode",
        QT_TRANSLATE_NOOP("VeillePatrimoniale", "le serveur redémarre après un incident : réessayez dans un instant"),
    ),
    ("too many connections", QT_TRANSLATE_NOOP("VeillePatrimoniale", "trop de connexions ouvertes sur le serveur")),
    (
        "remaining connection slots are reserved",
        QT_TRANSLATE_NOOP("VeillePatrimoniale", "trop de connexions ouvertes sur le serveur"),
    ),
    (
        "connection refused",
        QT_TRANSLATE_NOOP("VeillePatrimoniale", "connexion refusée (serveur arrêté, ou mauvais hôte ou port ?)"),
    ),
    ("could not translate host name", QT_TRANSLATE_NOOP("VeillePatrimoniale", "nom du serveur introuvable")),
    ("name or service not known", QT_TRANSLATE_NOOP("VeillePatrimoniale", "nom du serveur introuvable")),
    ("timeout expired", QT_TRANSLATE_NOOP("VeillePatrimoniale", "délai de connexion dépassé")),
    ("no route to host", QT_TRANSLATE_NOOP("VeillePatrimoniale", "serveur inaccessible")),
    ("network is unreachable", QT_TRANSLATE_NOOP("VeillePatrimoniale", "réseau inaccessible")),
    (
        "no such file or directory",
        QT_TRANSLATE_NOOP("VeillePatrimoniale", "serveur local introuvable (pas de socket à cet endroit)"),
    ),
    ("no space left on device", QT_TRANSLATE_NOOP("VeillePatrimoniale", "disque plein sur le serveur")),
    ("out of memory", QT_TRANSLATE_NOOP("VeillePatrimoniale", "mémoire insuffisante")),
    ("could not connect to server", QT_TRANSLATE_NOOP("VeillePatrimoniale", "connexion au serveur impossible")),
    ("connection to server", QT_TRANSLATE_NOOP("VeillePatrimoniale", "connexion au serveur impossible")),
)


def pg_words(exc: BaseException) -> str:
    """A psycopg2/PostgreSQL error in French words. A known fault is said in French only; an unknown one says
    «erreur du serveur PostgreSQL» with its code, the server's own text (English on most servers) kept in
    parentheses as the technical detail. Passwords are masked."""
    code = getattr(exc, "pgcode", None)
    text = mask_dsn((getattr(exc, "pgerror", None) or str(exc) or "").strip())
    if code in _PG_CODES:
        return tr(_PG_CODES[code])
    lowered = text.lower()
    for english, french in _PG_WORDS:
        if english in lowered:
            return tr(french)
    first = text.splitlines()[0].strip() if text else type(exc).__name__
    if first.startswith(("ERROR:", "FATAL:")):
        first = first.split(":", 1)[1].strip()
    if code:
        return tr("erreur du serveur PostgreSQL, code {c} ({m})").format(c=code, m=first)
    return tr("erreur PostgreSQL ({m})").format(m=first)


def _psycopg2():
    try:
        import psycopg2
        import psycopg2.extensions
        import psycopg2.extras
    except ImportError:
        raise RegisterError(
            tr(
                "Le module Python psycopg2 est absent : il faut pour un registre PostgreSQL/PostGIS. "
                "Debian/Ubuntu : sudo apt install python3-psycopg2 ; Windows (OSGeo4W) et macOS : il est fourni avec "
                "QGIS ; "
                "sinon : python3 -m pip install --user psycopg2."
            )
        ) from None
    return psycopg2


def _q_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class PostgisRegister(Register):
    """Veille register in a PostgreSQL/PostGIS database."""

    backend = "postgis"

    def __init__(
        self, dsn: str, *, schema: str = "veille", target_version: Optional[int] = None, connect_timeout: int = 10
    ):
        super().__init__()
        pg = _psycopg2()
        self._pg = pg
        if not isinstance(schema, str) or not _SCHEMA_RE.match(schema):
            raise InputError(
                tr(
                    "Schéma PostgreSQL « {s} » refusé : lettres minuscules sans accent, chiffres et « _ », 63 "
                    "caractères au plus."
                ).format(s=schema)
            )
        self.schema = schema
        self._s = _q_ident(schema)
        self.target = tr("{dsn} (schéma {s})").format(dsn=mask_dsn(dsn), s=schema)
        self._conn = None
        try:
            secret = pg.extensions.parse_dsn(dsn).get("password")
        except pg.Error:
            raise RegisterConnectionError(
                tr(
                    "Connexion PostgreSQL illisible : {dsn}. Exemples : « service=veille », « host=serveur "
                    "dbname=patrimoine user=moi », « postgresql://moi@serveur/patrimoine »."
                ).format(dsn=mask_dsn(dsn))
            ) from None
        kwargs = {"application_name": "veille_plugin"}
        if "connect_timeout" not in dsn:
            kwargs["connect_timeout"] = int(connect_timeout)
        try:
            self._conn = pg.connect(dsn, **kwargs)
        except pg.Error as exc:
            message = pg_words(exc)
            if secret:
                message = message.replace(secret, "***")
            raise RegisterConnectionError(
                tr("Connexion au registre de veille PostgreSQL {t} impossible : {err}").format(
                    t=self.target, err=mask_dsn(message)
                )
            ) from None
        finally:
            secret = None
        try:
            self._migrate(target_version)
        except BaseException:
            self.close()
            raise

    # ------------------------------------------------------------------ transactions
    @contextmanager
    def sweep_lock(self):
        """One sweep at a time on this schema: a session-level advisory lock, released by the server when the
        session ends (so a killed sweep never blocks the next one)."""
        with self._run_lock(
            "sweep",
            tr(
                "Un autre balayage est en cours sur le registre de veille {t}. Attendez qu'il se termine, puis "
                "relancez le balayage."
            ).format(t=self.target),
        ):
            yield

    @contextmanager
    def plu_watch_lock(self):
        """One PLU watch at a time on this schema: an advisory lock of its own (a watch and a sweep may run
        together)."""
        with self._run_lock(
            "plu_watch",
            tr(
                "Une autre veille des PLU est en cours sur le registre de veille {t}. Attendez qu'elle se termine, "
                "puis relancez la veille."
            ).format(t=self.target),
        ):
            yield

    @contextmanager
    def _run_lock(self, kind: str, busy: str):
        key = f"veille_plugin:{kind}:{self.schema}"
        with self._transaction() as cur:
            cur.execute("SELECT pg_try_advisory_lock(hashtext(%s))", (key,))
            acquired = bool(cur.fetchone()[0])
        if not acquired:
            raise RegisterBusyError(busy)
        try:
            yield
        finally:
            if self._conn is not None:
                with self._transaction() as cur:
                    cur.execute("SELECT pg_advisory_unlock(hashtext(%s))", (key,))

    def _pg_error(self, exc) -> RegisterError:
        pg = self._pg
        text = pg_words(exc)
        if isinstance(exc, (pg.OperationalError, pg.InterfaceError)) and (self._conn is None or self._conn.closed):
            return RegisterConnectionError(
                tr("Connexion au registre de veille {t} perdue : {err}. Rouvrez le registre.").format(
                    t=self.target, err=text
                )
            )
        return RegisterError(tr("Erreur du registre de veille {t} : {err}").format(t=self.target, err=text))

    @contextmanager
    def _transaction(self, write: bool = True):
        if self._conn is None:
            raise RegisterError(tr("Le registre de veille {t} est fermé.").format(t=self.target))
        pg = self._pg
        try:
            cur = self._conn.cursor()
        except pg.Error as exc:
            raise self._pg_error(exc) from None
        try:
            yield cur
            if write and self._hook_before_commit is not None:
                self._hook_before_commit()
            self._conn.commit()
        except BaseException as exc:
            try:
                self._conn.rollback()
            except pg.Error:
                pass
            if isinstance(exc, pg.Error):
                raise self._pg_error(exc) from None
            raise
        finally:
            try:
                cur.close()
            except pg.Error:
                pass

    # ------------------------------------------------------------------ schema
    def _read_version(self, cur) -> int:
        cur.execute("SELECT to_regclass(%s)", (f"{self._s}.meta",))
        if cur.fetchone()[0] is None:
            return 0
        cur.execute(f"SELECT value FROM {self._s}.meta WHERE key = 'schema_version'")
        row = cur.fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def _check_is_register(self, cur) -> None:
        cur.execute("SELECT to_regclass(%s), to_regclass(%s)", (f"{self._s}.meta", f"{self._s}.cases"))
        meta, cases = cur.fetchone()
        if meta is not None:
            cur.execute(f"SELECT value FROM {self._s}.meta WHERE key = 'application'")
            row = cur.fetchone()
            if row is None or row[0] != APPLICATION:
                raise RegisterError(
                    tr(
                        "Le schéma {s} de {t} n'est pas un registre de veille (table « meta » d'une autre application)."
                    ).format(s=self.schema, t=self.target)
                )
        elif cases is not None:
            raise RegisterError(
                tr(
                    "Le schéma {s} contient déjà une table « cases » qui n'appartient pas à un registre de veille. "
                    "Choisissez un autre schéma."
                ).format(s=self.schema)
            )

    def _ensure_postgis(self, cur) -> None:
        cur.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")
        if cur.fetchone() is not None:
            return
        try:
            cur.execute("CREATE EXTENSION IF NOT EXISTS postgis")
        except self._pg.Error as exc:
            raise RegisterError(
                tr(
                    "L'extension PostGIS n'est pas installée dans la base de {t} et ce compte ne peut pas l'installer "
                    "({err}). "
                    "Demandez à l'administrateur : CREATE EXTENSION postgis;"
                ).format(t=self.target, err=pg_words(exc))
            ) from None

    def _migrate(self, target_version: Optional[int]) -> None:
        with self._transaction(write=False) as cur:
            self._check_is_register(cur)
            current = self._read_version(cur)
        if not plan(current, target_version, where=self.target):
            return
        with self._transaction() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (f"veille_plugin:migrations:{self.schema}",))
            self._ensure_postgis(cur)
            cur.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (self.schema,))
            if cur.fetchone() is None:
                cur.execute(f"CREATE SCHEMA {self._s}")
            self._check_is_register(cur)
            current = self._read_version(cur)  # another client may have migrated meanwhile
            for m in plan(current, target_version, where=self.target):
                for stmt in m.postgres:
                    cur.execute(stmt.replace("{s}", self._s))
                for sql, params in record_statements("postgres", m):
                    cur.execute(self._q(sql.replace("{s}.", self._s + ".")), params)

    # ------------------------------------------------------------------ primitives
    def _q(self, sql: str) -> str:
        for t in TABLES:
            sql = sql.replace("{" + t + "}", f"{self._s}.{t}")
        return sql.replace("?", "%s")

    def _lock_cases(self, cur) -> None:
        """Sweeps one at a time (advisory lock), and no other write of the cases (triage, follow-up) until this
        transaction ends: what it compares stays as it read it (readers are never blocked)."""
        cur.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (f"veille_plugin:cases:{self.schema}",))
        cur.execute(f"LOCK TABLE {self._s}.cases IN SHARE ROW EXCLUSIVE MODE")

    def _fetch_existing(self, cur, keys: List[str], columns: List[str], lock: bool = True) -> Dict[str, tuple]:
        select = ", ".join(_q_ident(c) for c in ["numero_norm"] + list(columns))
        cur.execute(
            f"SELECT {select} FROM {self._s}.cases WHERE numero_norm = ANY(%s){' FOR UPDATE' if lock else ''}",
            (list(keys),),
        )
        return {row[0]: tuple(row[1:]) for row in cur.fetchall()}

    def _copy_in(self, cur, table: str, columns: List[str], cells: List[list], n: int) -> None:
        """COPY ``n`` rows, given as one list of COPY text cells per column (or a function of a slice's bounds giving
        them), streamed by slices of rows (the whole text is never held at once)."""
        lines = (
            "\n".join(
                "\t".join(row)
                for row in zip(
                    *(
                        col(start, start + _COPY_ROWS) if callable(col) else col[start : start + _COPY_ROWS]
                        for col in cells
                    )
                )
            )
            + "\n"
            for start in range(0, n, _COPY_ROWS)
        )
        cur.copy_expert(f"COPY {table} ({', '.join(columns)}) FROM STDIN", _ChunkReader(lines), size=1 << 20)

    def _stage_batch(self, cur, batch, decisions) -> None:
        """The whole batch COPYed into a temporary staging table (dropped at commit), merged by :meth:`_write_batch`
        in set-based statements."""
        cols = batch.columns
        names = ["ord_", "key_"] + [_q_ident(c) for c in cols] + [_q_ident(f) for f in decisions] + ["geom_hex"]
        types = ["integer", "text"] + [_PG_TYPES[FIELD_KINDS[c]] for c in cols] + ["text"] * len(decisions) + ["text"]
        cur.execute("DROP TABLE IF EXISTS pg_temp._veille_batch")
        cur.execute(
            f"CREATE TEMP TABLE _veille_batch ({', '.join(f'{n} {t}' for n, t in zip(names, types))}) ON COMMIT DROP"
        )
        cells = [[str(i) for i in range(batch.n)], copy_cells(batch.key_array, "text")]
        cells += [copy_cells(batch.values[c], FIELD_KINDS[c]) for c in cols]
        cells += [copy_cells(decisions[f], "text") for f in decisions]
        cells.append(lambda start, stop: ["\\N" if w is None else w.hex() for w in batch.wkb[start:stop]])
        self._copy_in(cur, "_veille_batch", names, cells, batch.n)
        cur.execute("ANALYZE _veille_batch")

    def _batch_existing(self, cur, batch, columns: List[str]) -> Dict[str, np.ndarray]:
        """By joins with the staging table: which cases of the batch are known, and the stored values of those that
        differ from the batch or are marked «disparu» (the others never leave the server)."""
        join = f"FROM _veille_batch AS b JOIN {self._s}.cases AS c ON c.numero_norm = b.key_"
        cur.execute(f"SELECT b.ord_ {join}")
        known = np.array([r[0] for r in cur.fetchall()], dtype=np.intp)
        if not len(known):
            return stored_values(batch, columns, known, known, [])
        differ = ["c.disparu <> 0"] + [
            f"c.{_q_ident(c)} IS DISTINCT FROM b.{_q_ident(c)}" for c in columns if c != "disparu"
        ]
        cur.execute(
            f"SELECT b.ord_, {', '.join(f'c.{_q_ident(c)}' for c in columns)} {join} WHERE {' OR '.join(differ)}"
        )
        rows = cur.fetchall()
        positions = np.array([r[0] for r in rows], dtype=np.intp)
        return stored_values(batch, columns, known, positions, [r[1:] for r in rows])

    def _write_batch(self, cur, batch, new, decisions, now, sid, n_new) -> None:
        """From the staging table: one UPDATE … FROM of the known cases, one INSERT … SELECT of the new ones."""
        cols = [_q_ident(c) for c in batch.columns]
        dec = [_q_ident(f) for f in decisions]
        geom = f"ST_GeomFromWKB(decode(b.geom_hex, 'hex'), {SRID})"
        if n_new < batch.n:
            sets = [f"{c} = b.{c}" for c in cols] + ["last_seen = %s", "last_sweep = %s", "disparu = 0"]
            sets += [f"{f} = COALESCE(b.{f}, c.{f})" for f in dec] + [f"geom = COALESCE({geom}, c.geom)"]
            cur.execute(
                f"UPDATE {self._s}.cases AS c SET {', '.join(sets)} FROM _veille_batch AS b "
                "WHERE c.numero_norm = b.key_",
                (now, sid),
            )
        if not n_new:
            return
        names = ["numero_norm"] + cols + ["first_seen", "last_seen", "first_sweep", "last_sweep", "disparu"] + dec
        values = ["b.key_"] + [f"b.{c}" for c in cols] + ["%s", "%s", "%s::integer", "%s::integer", "0"]
        values += [f"b.{f}" for f in dec]
        cur.execute(
            f"WITH ins AS (INSERT INTO {self._s}.cases ({', '.join(names)}, geom) "
            f"SELECT {', '.join(values)}, {geom} FROM _veille_batch AS b "
            f"WHERE NOT EXISTS (SELECT 1 FROM {self._s}.cases AS c WHERE c.numero_norm = b.key_) ORDER BY b.ord_ "
            "ON CONFLICT (numero_norm) DO NOTHING RETURNING 1) SELECT count(*) FROM ins",
            (now, now, sid, sid),
        )
        inserted = cur.fetchone()[0]
        if inserted != n_new:
            raise RegisterError(
                tr(
                    "Registre de veille {t} : {k} dossier(s) ont été créés par un autre programme pendant "
                    "l'enregistrement. Rien n'a été écrit ; relancez."
                ).format(t=self.target, k=abs(n_new - inserted))
            )

    def _insert_many(self, cur, table: str, columns: List[str], rows: List[list]) -> None:
        if table == "history" and len(rows) > _COPY_ROWS:  # a sweep's history: COPY (text and integers only)
            kinds = ["int" if c == "sweep_id" else "text" for c in columns]
            cells = [copy_cells(col, kind) for col, kind in zip(zip(*rows), kinds)]
            self._copy_in(cur, f"{self._s}.history", [_q_ident(c) for c in columns], cells, len(rows))
            return
        cols = ", ".join(_q_ident(c) for c in columns)
        self._pg.extras.execute_values(cur, f"INSERT INTO {self._s}.{table} ({cols}) VALUES %s", rows, page_size=1000)

    def _executemany(self, cur, sql: str, rows: list) -> None:
        self._pg.extras.execute_batch(cur, sql, rows, page_size=1000)

    def _insert_returning_id(self, cur, table: str, columns: List[str], row: list) -> int:
        cols = ", ".join(_q_ident(c) for c in columns)
        cur.execute(
            f"INSERT INTO {self._s}.{table} ({cols}) VALUES ({', '.join(['%s'] * len(columns))}) RETURNING id", row
        )
        return int(cur.fetchone()[0])

    def _geom_select(self) -> str:
        return "ST_AsBinary(geom)"

    # alerts (see .alerts.AlertsMixin)
    _row_lock = " FOR UPDATE"

    def _geom_param(self) -> str:
        return f"ST_GeomFromWKB(?, {SRID})"

    def _geom_value(self, wkb: Optional[bytes]):
        return None if wkb is None else self._pg.Binary(wkb)

    def _blob_value(self, data: bytes):
        return self._pg.Binary(data)

    def _execute_returning(self, cur, sql: str, params: list, key: str) -> int:
        cur.execute(sql + f" RETURNING {key}", params)
        return int(cur.fetchone()[0])

    def _decode_geom(self, value) -> Optional[bytes]:
        return None if value is None else bytes(value)

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self._closed = True
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception:
                pass
            finally:
                self._conn = None
