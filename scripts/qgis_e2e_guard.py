"""PYQGIS_STARTUP script of the desktop tests: runs inside QGIS before any plugin loads.

It records every Python error QGIS would show (a plugin that fails to load, an exception in a slot) into
``$VEILLE_E2E_OUT/qgis_python_errors.jsonl``, instead of a modal dialog that would block an unattended QGIS until
its timeout. The end-to-end test reads the file and fails on any entry.
"""

import json
import os
import traceback
from pathlib import Path

import qgis.utils

LOG = Path(os.environ.get("VEILLE_E2E_OUT", "."), "qgis_python_errors.jsonl")


def _record(kind: str, text: str) -> None:
    with LOG.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"kind": kind, "message": text[-6000:]}, ensure_ascii=False) + "\n")


def show_exception(etype, value, tb, msg="", *args, **kwargs):
    """Stand-in for qgis.utils.showException: record, show nothing."""
    _record("exception", (msg or "") + "\n" + "".join(traceback.format_exception(etype, value, tb)))


def open_stack_dialog(etype, value, tb, msg="", *args, **kwargs):
    """Stand-in for qgis.utils.open_stack_dialog: record, show nothing."""
    _record("stack_dialog", (msg or "") + "\n" + "".join(traceback.format_exception(etype, value, tb)))


LOG.unlink(missing_ok=True)
qgis.utils.showException = show_exception
qgis.utils.open_stack_dialog = open_stack_dialog
