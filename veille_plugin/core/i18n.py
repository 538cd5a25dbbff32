"""Translation hook for user-facing strings of the core.

The core cannot import Qt. Every French message goes through :func:`tr`, which
is the identity by default; the QGIS adapter installs ``QCoreApplication.translate``
at plugin start-up so the same strings are translatable in the desktop.
"""

from typing import Callable

_translator: Callable[[str, str], str] = lambda context, text: text  # noqa: E731


def set_translator(func: Callable[[str, str], str]) -> None:
    global _translator
    _translator = func


def tr(text: str, context: str = "VeillePatrimoniale") -> str:
    return _translator(context, text)
