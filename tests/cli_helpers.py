"""Running the command line as a user would (a subprocess with its own configuration folder), for the tests."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(cfg, *args, timeout=120):
    """``python -m veille_plugin ARGS`` with VEILLE_CONFIG_DIR=cfg, so nothing leaks into another test or the user's
    settings."""
    env = dict(os.environ, VEILLE_CONFIG_DIR=str(cfg), PYTHONIOENCODING="utf-8", QT_QPA_PLATFORM="offscreen")
    env.pop("VEILLE_REFERENCE", None)
    return subprocess.run(
        [sys.executable, "-m", "veille_plugin", *[str(a) for a in args]],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
    )


def as_json(proc):
    try:
        return json.loads(proc.stdout)
    except ValueError:
        pytest.fail(f"sortie non JSON (code {proc.returncode}) :\n{proc.stdout}\n{proc.stderr}")


def assert_french_error(proc, *needles):
    """Exit code 2, a French message naming what is wrong, no traceback."""
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "Erreur" in proc.stderr, proc.stderr
    for n in needles:
        assert n in proc.stderr, (n, proc.stderr)
