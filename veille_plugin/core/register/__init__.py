"""The veille register («base de veille»): one store for cases, their screenings and verdicts, the sweeps and
the triage, in a GeoPackage (default, ``<config dir>/registre_veille.gpkg``) or a PostgreSQL/PostGIS database
(shared), with the same versioned schema (migrations applied on open).

    from veille_plugin.core.register import open_register
    with open_register() as reg:                       # default GeoPackage
        sweep = reg.start_sweep(["ads"], catalogue_version="2024.1", donnees_version="2023", author="udap62")
        report = reg.upsert_cases(df, sweep, "udap62")
        reg.finish_sweep(sweep, {k: report[k] for k in ("nouveau", "modifié", "inchangé")})
"""

import re
from pathlib import Path
from typing import Optional, Union

from ..atomic_files import check_name_lengths
from ..config import config_dir
from ..errors import InputError
from ..i18n import tr
from .base import Register, RegisterBusyError, RegisterConnectionError, RegisterError, RegisterVersionError
from .migrations import LATEST_VERSION, MIGRATIONS
from .model import (
    CASE_FIELDS,
    DEFAULT_STATUT_VEILLE,
    STATUTS_VEILLE,
    TRACKED_FIELDS,
    WKB_COLUMN,
    normalize_numero,
)

DEFAULT_FILENAME = "registre_veille.gpkg"

_PG_KEYWORDS = (
    "host",
    "hostaddr",
    "port",
    "dbname",
    "user",
    "password",
    "service",
    "sslmode",
    "connect_timeout",
    "options",
    "application_name",
    "passfile",
    "target_session_attrs",
)
_PG_KV = re.compile(r"^\s*(" + "|".join(_PG_KEYWORDS) + r")\s*=", re.IGNORECASE)


def default_register_path() -> Path:
    """The personal register: ``registre_veille.gpkg`` in the configuration folder."""
    return config_dir() / DEFAULT_FILENAME


def is_postgres_target(target) -> bool:
    """True when the target names a PostgreSQL connection rather than a file."""
    if not isinstance(target, str):
        return False
    t = target.strip()
    return t.lower().startswith(("postgresql://", "postgres://")) or bool(_PG_KV.match(t))


def open_existing_register(target: Union[None, str, Path] = None, *, schema: str = "veille") -> Register:
    """Open a register that must already exist, for a command that only reads one (reports, snapshots): a missing
    GeoPackage is refused in French instead of being created empty (an empty report read as «nothing happened»)."""
    if not is_postgres_target(target):
        path = Path(str(target).strip()).expanduser() if target is not None else default_register_path()
        check_name_lengths(path)  # said as such: Python ≥ 3.13's exists() answers False for an over-long name
        if not path.exists():
            raise InputError(
                tr(
                    "Registre de veille introuvable : {p}. Un registre est créé par un balayage (« sweep ») ; "
                    "vérifiez le chemin donné par --register."
                ).format(p=path)
            )
    return open_register(target, schema=schema)


def open_register(
    target: Union[None, str, Path] = None, *, schema: str = "veille", target_version: Optional[int] = None
) -> Register:
    """Open (create, migrate) a veille register.

    ``target``: None → the default GeoPackage ``config_dir()/registre_veille.gpkg``; a path ending in
    ``.gpkg`` → that GeoPackage; ``postgresql://…``, ``postgres://…``, ``service=…``, ``host=… dbname=…``
    → PostgreSQL/PostGIS (tables in ``schema``). ``target_version`` stops migrations at that version
    (tooling and tests). Errors are :class:`RegisterError` / :class:`~veille_plugin.core.errors.InputError`
    with a French message.
    """
    if target is None:
        from .gpkg import GpkgRegister

        return GpkgRegister(default_register_path(), target_version=target_version)
    if is_postgres_target(target):
        from .postgis import PostgisRegister

        return PostgisRegister(str(target).strip(), schema=schema, target_version=target_version)
    text = str(target).strip()
    if text.lower().endswith(".gpkg"):
        from .gpkg import GpkgRegister

        return GpkgRegister(Path(text), target_version=target_version)
    raise InputError(
        tr(
            "Registre de veille « {t} » non reconnu : donnez un fichier .gpkg (GeoPackage) ou une connexion PostgreSQL "
            "(« postgresql://utilisateur@serveur/base », « service=nom » ou « host=serveur dbname=base »)."
        ).format(t=target)
    )


__all__ = [
    "CASE_FIELDS",
    "DEFAULT_STATUT_VEILLE",
    "LATEST_VERSION",
    "MIGRATIONS",
    "STATUTS_VEILLE",
    "TRACKED_FIELDS",
    "WKB_COLUMN",
    "Register",
    "RegisterBusyError",
    "RegisterConnectionError",
    "RegisterError",
    "RegisterVersionError",
    "default_register_path",
    "is_postgres_target",
    "normalize_numero",
    "open_register",
]
