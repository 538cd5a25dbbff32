"""Translation hook for user-facing strings of the core.

The core cannot import Qt. Every French message goes through :func:`tr`, which
is the identity by default; the QGIS adapter installs ``QCoreApplication.translate``
at plugin start-up so the same strings are translatable in the desktop.
"""

from typing import Callable

_translator: Callable[[str, str], str] = lambda context, text: text  # noqa: E731


def set_translator(func: Callable[[str, str], str]) -> None:
    """Install the translation function (QCoreApplication.translate in QGIS; identity elsewhere)."""
    global _translator
    _translator = func


def tr(text: str, context: str = "VeillePatrimoniale") -> str:
    """``text`` (French, the source language) translated into the user's language when a translation exists."""
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pylupdate5 looks for)
    """Mark ``text`` as translatable where it is defined (a table of labels); returns it unchanged.

    pylupdate5 extracts it into ``context``; the code translates it later with ``tr(value)``.
    """
    return text
