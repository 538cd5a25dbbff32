"""Unexpected errors: the technical detail goes to a log file, the user gets a French message naming it.

Used by the command line (exit code 3) and the Processing algorithms, so that no traceback reaches a user.
"""

import datetime as _dt
import os
import traceback
from pathlib import Path

from .config import config_dir
from .i18n import tr


def error_log_path() -> Path:
    """The log file of unexpected errors (in the configuration folder)."""
    return config_dir() / "journal" / "erreurs_internes.log"


def record_internal_error(exc: BaseException, context: str = "") -> Path:
    """Append the traceback of ``exc`` to the error log; returns the log's path (a temporary file when the
    configuration folder cannot be written)."""
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    entry = f"=== {_dt.datetime.now().isoformat(timespec='seconds')} {context}\n{text}\n"
    path = error_log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(entry)
    except OSError:
        import tempfile

        fd, name = tempfile.mkstemp(prefix="veille_erreur_", suffix=".log")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(entry)
        path = Path(name)
    return path


def internal_error_message(exc: BaseException, log: Path) -> str:
    """The French message shown for an unexpected error."""
    return tr(
        "Erreur interne inattendue ({kind}) : l'opération s'est arrêtée. Ce qui était déjà enregistré est intact "
        "(chaque écriture du registre est une transaction complète ou rien). Le détail technique est dans {log} : "
        "transmettez ce fichier à l'équipe du plugin."
    ).format(kind=type(exc).__name__, log=log)
