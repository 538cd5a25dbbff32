"""Static check that the plugin's code is written for QGIS 4 (Qt 6) as well as QGIS 3 (Qt 5).

No Qt 6 QGIS runs on these machines, so the check reads the sources (``ast``) and asks two sources of truth:

- the PyQt6 wheel, in a separate process: every Qt name the plugin spells (``Qt.AlignmentFlag.AlignLeft``,
  ``QFileDialog.Option.DontUseNativeDialog``, ``from qgis.PyQt.QtWidgets import QAction``…) must exist in PyQt6,
  where enums are scoped and Qt5-only names (``exec_``, ``QRegExp``, ``QDesktopWidget``, ``QAction`` in QtWidgets)
  are gone; every ``forms/*.ui`` must load with PyQt6's ``uic``;
- the running QGIS: every QGIS enum value must be spelled through its enum (``Qgis.MessageLevel.Critical``, not
  ``Qgis.Critical``), never through a deprecated alias (an enum moved to ``Qgis``), and no deprecated QGIS class
  method may be called.

``veille_plugin/qgis_adapters/compat.py`` is the one module allowed to hold release-specific spellings, each
behind a version test or an ``ImportError`` fallback; it is not checked.
"""

import ast
import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, List, Tuple

QT_PREFIX = "qgis.PyQt."
QGIS_MODULES = ("qgis.core", "qgis.gui", "qgis.analysis")
EXEMPT = ("qgis_adapters/compat.py",)
# Qt5 names whose Qt6 replacement is not a plain rename of the same attribute
QT5_ONLY_ATTRIBUTES = {"exec_": "exec()", "print_": "print()"}


@dataclass(frozen=True)
class Finding:
    """One place the code is not ready for Qt 6 / QGIS 4."""

    path: str
    line: int
    spelling: str
    problem: str

    def __str__(self):
        return f"{self.path}:{self.line}: {self.spelling} — {self.problem}"


def _chain(node) -> List[str]:
    """['Qt', 'AlignmentFlag', 'AlignLeft'] for ``Qt.AlignmentFlag.AlignLeft``; [] when not a plain name chain."""
    names = []
    while isinstance(node, ast.Attribute):
        names.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        names.append(node.id)
        return names[::-1]
    return []


def collect(path: Path, root: Path) -> Tuple[List[Tuple[int, str, List[str]]], List[Finding]]:
    """Name chains rooted at Qt/QGIS imports in one file: [(line, module, [imported name, attr…])], and findings."""
    rel = str(path.relative_to(root))
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
    imported: Dict[str, Tuple[str, str]] = {}
    chains: List[Tuple[int, str, List[str]]] = []
    findings: List[Finding] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module.split(".")[0] in ("PyQt5", "PyQt6", "PySide2", "PySide6", "sip"):
                findings.append(Finding(rel, node.lineno, f"from {node.module} import …", "importer Qt par qgis.PyQt"))
            if node.module.startswith(QT_PREFIX) or node.module in QGIS_MODULES:
                for alias in node.names:
                    imported[alias.asname or alias.name] = (node.module, alias.name)
                    chains.append((node.lineno, node.module, [alias.name]))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in ("PyQt5", "PyQt6", "PySide2", "PySide6", "sip"):
                    findings.append(Finding(rel, node.lineno, f"import {alias.name}", "importer Qt par qgis.PyQt"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            if node.attr in QT5_ONLY_ATTRIBUTES:
                findings.append(
                    Finding(
                        rel, node.lineno, f".{node.attr}", f"Qt 5 seulement : écrire {QT5_ONLY_ATTRIBUTES[node.attr]}"
                    )
                )
            names = _chain(node)
            # only the longest chain: skip a node that is the .value of a parent attribute (visited as part of it)
            if len(names) >= 2 and names[0] in imported:
                module, original = imported[names[0]]
                chains.append((node.lineno, module, [original] + names[1:]))
    # drop chains that are prefixes of a longer chain on the same line
    longest = []
    for line, module, names in chains:
        if not any(
            o_line == line and o_mod == module and len(o_names) > len(names) and o_names[: len(names)] == names
            for o_line, o_mod, o_names in chains
        ):
            longest.append((line, module, names))
    return sorted(set((l_, m, tuple(n)) for l_, m, n in longest)), findings


def sources(root: Path) -> Iterable[Path]:
    """The plugin's Python files, the compatibility module excepted."""
    for path in sorted((root / "veille_plugin").rglob("*.py")):
        if not str(path).endswith(EXEMPT):
            yield path


def _is_enum_member(value) -> bool:
    kind = type(type(value)).__name__
    return not isinstance(value, type) and kind in ("enumtype", "EnumType", "EnumMeta", "sip.enumtype")


def check_qgis_chain(rel: str, line: int, module: str, names: List[str]) -> List[Finding]:
    """QGIS enums through their enum type, no deprecated alias, no deprecated class method (running QGIS)."""
    import importlib

    obj = importlib.import_module(module)
    parent = None
    spelled = []
    for name in names:
        spelled.append(name)
        try:
            value = getattr(obj, name)
        except AttributeError:
            return []  # an instance attribute or a name this QGIS lacks (the compat module handles releases)
        if _is_enum_member(value):
            enum_type = type(value)
            if parent is None or obj is not enum_type:
                return [
                    Finding(
                        rel,
                        line,
                        ".".join(spelled),
                        f"valeur d'énumération non qualifiée : écrire "
                        f"{enum_type.__qualname__}.{getattr(value, 'name', name)}",
                    )
                ]
            if getattr(value, "name", name) != name:
                return [
                    Finding(
                        rel, line, ".".join(spelled), f"alias déprécié : écrire {enum_type.__qualname__}.{value.name}"
                    )
                ]
            return []
        doc = getattr(value, "__doc__", None) or ""
        if callable(value) and not isinstance(value, type) and ".. deprecated::" in doc:
            return [Finding(rel, line, ".".join(spelled), "méthode QGIS dépréciée (voir sa documentation)")]
        parent, obj = obj, value
    return []


PYQT6_PROBE = r"""
import json, sys, importlib, os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
chains, forms = json.load(sys.stdin)
missing = []
for module, names in chains:
    try:
        obj = importlib.import_module("PyQt6." + module)
    except ImportError as exc:
        missing.append([module, names, "module absent : %s" % exc]); continue
    for name in names:
        if not hasattr(obj, name):
            missing.append([module, names, name]); break
        obj = getattr(obj, name)
form_errors = []
if forms:
    from PyQt6.QtWidgets import QApplication, QWidget
    from PyQt6 import uic
    app = QApplication([])
    for path in forms:
        try:
            uic.loadUi(path, QWidget() if "dialog" not in path else None)
        except Exception as exc:
            form_errors.append([path, "%s: %s" % (type(exc).__name__, exc)])
print(json.dumps({"missing": missing, "forms": form_errors}))
"""


def check_pyqt6(python: str, chains: List[Tuple[str, str, int, str, List[str]]], forms: List[Path]) -> List[Finding]:
    """Ask the PyQt6 wheel (in its own process) whether each Qt spelling and each form exists in Qt 6."""
    qt = [(module[len(QT_PREFIX) :], list(names)) for _, _, module, names in chains]
    payload = json.dumps([qt, [str(f) for f in forms]])
    res = subprocess.run([python, "-c", PYQT6_PROBE], input=payload, capture_output=True, text=True, timeout=300)
    if res.returncode != 0:
        raise RuntimeError("La vérification PyQt6 n'a pas pu s'exécuter :\n" + res.stderr[-3000:])
    answer = json.loads(res.stdout.strip().splitlines()[-1])
    findings = []
    for module, names, missing in answer["missing"]:
        for rel, line, mod, chain in chains:
            if mod[len(QT_PREFIX) :] == module and list(chain) == names:
                findings.append(Finding(rel, line, ".".join(names), f"absent de PyQt6.{module} ({missing})"))
    for path, error in answer["forms"]:
        findings.append(Finding(path, 0, "formulaire", f"ne se charge pas avec PyQt6 : {error}"))
    return findings


def check_tree(root: Path, python: str) -> List[Finding]:
    """Every finding for the plugin under ``root``; ``python`` is an interpreter that has PyQt6."""
    findings: List[Finding] = []
    qt_chains = []
    for path in sources(root):
        chains, found = collect(path, root)
        findings += found
        rel = str(path.relative_to(root))
        for line, module, names in chains:
            if module.startswith(QT_PREFIX):
                qt_chains.append((rel, line, module, list(names)))
            else:
                findings += check_qgis_chain(rel, line, module, list(names))
    findings += check_pyqt6(python, qt_chains, sorted((root / "forms").glob("*.ui")))
    return findings
