"""PostGIS registers in QGIS: credentials come from the QGIS authentication manager (an authcfg id),
resolved in memory at connection time and never written to settings, projects or logs."""

import re
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from ..core.errors import VeilleError
from ..core.i18n import tr

_AUTHCFG = re.compile(r"(?:^|\s)authcfg=([A-Za-z0-9]+)")


def _credentials(authcfg: str):
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    cfg = QgsAuthMethodConfig()
    if not QgsApplication.authManager().loadAuthenticationConfig(authcfg, cfg, True) or not cfg.isValid():
        raise VeilleError(
            tr(
                "Configuration d'authentification QGIS « {id} » introuvable ou verrouillée (mot de passe principal "
                "?). Vérifiez Préférences > Options > Authentification."
            ).format(id=authcfg)
        )
    return cfg.config("username", ""), cfg.config("password", "")


def resolve_register_target(target, credentials=_credentials):
    """Replace an ``authcfg=ID`` in a libpq DSN or a ``?authcfg=ID`` in a URL by the user and password it holds."""
    if not target or not isinstance(target, str):
        return target
    if target.startswith(("postgresql://", "postgres://")):
        parts = urlsplit(target)
        query = dict(parse_qsl(parts.query))
        authcfg = query.pop("authcfg", None)
        if not authcfg:
            return target
        user, password = credentials(authcfg)
        host = parts.hostname or ""
        netloc = f"{quote(user)}:{quote(password)}@{host}" + (f":{parts.port}" if parts.port else "")
        return urlunsplit((parts.scheme, netloc, parts.path, urlencode(query), parts.fragment))
    m = _AUTHCFG.search(target)
    if not m:
        return target
    user, password = credentials(m.group(1))
    rest = _AUTHCFG.sub(" ", target).strip()

    def q(v):
        return "'" + v.replace("\\", "\\\\").replace("'", "\\'") + "'"

    return f"{rest} user={q(user)} password={q(password)}".strip()


def configured_target():
    """The register chosen in the Veille dock or the options (None: the default GeoPackage), credentials resolved."""
    from ..core import config

    return resolve_register_target(config.load_settings().register or None)


def open_configured_register():
    """Open the register configured in the settings (or the personal one)."""
    from ..core.register import open_register

    return open_register(configured_target())


def configured_danger_list():
    """Elements under an open alert of the configured register (rule R12); None when it cannot be read
    (the rule then answers «donnée manquante» and the reason is logged)."""
    from qgis.core import Qgis

    from ..core import config
    from ..core.alerts.service import danger_list_from_register
    from .log import log

    try:
        return danger_list_from_register(configured_target() if config.load_settings().register else None)
    except VeilleError as exc:
        log(
            tr("Liste des sites en péril indisponible (règle R12 en « donnée manquante ») : {e}").format(e=exc),
            Qgis.MessageLevel.Warning,
        )
        return None
