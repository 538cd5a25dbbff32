"""Architecture rules that keep the plugin maintainable and portable to QGIS 4 / Qt6."""

import ast
import configparser
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "veille_plugin"


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                yield a.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def test_core_has_no_qt_or_qgis_import():
    offenders = [
        (p.name, m)
        for p in (PKG / "core").rglob("*.py")
        for m in _imports(p)
        if m.split(".")[0] in ("qgis", "PyQt5", "PyQt6", "PySide2", "PySide6")
    ]
    assert offenders == []


def test_qt_is_imported_only_through_qgis_pyqt():
    offenders = [
        (str(p.relative_to(ROOT)), m)
        for p in PKG.rglob("*.py")
        for m in _imports(p)
        if m.split(".")[0] in ("PyQt5", "PyQt6", "sip")
    ]
    assert offenders == []


def test_ui_files_are_pure_designer_output():
    for ui in (ROOT / "forms").glob("*.ui"):
        text = ui.read_text(encoding="utf-8")
        assert "<connection>" not in text, f"{ui.name}: connect signals in Python, not in the .ui"
        assert not re.search(r"<header>qgs\w+\.h</header>", text), f"{ui.name}: no QGIS custom widget headers"


def test_metadata_is_complete_and_honest():
    cp = configparser.ConfigParser(interpolation=None)
    cp.read(ROOT / "metadata.txt", encoding="utf-8")
    g = cp["general"]
    for key in (
        "name",
        "description",
        "about",
        "version",
        "qgisMinimumVersion",
        "author",
        "email",
        "category",
        "tags",
        "homepage",
        "tracker",
        "repository",
        "icon",
        "license",
        "hasProcessingProvider",
    ):
        assert g.get(key), key
    assert g["qgisMinimumVersion"] == "3.22"
    assert g["hasProcessingProvider"] == "yes"
    assert (ROOT / g["icon"]).exists()
    # French description; placeholders are explicitly invalid domains, not fake real sites
    assert "Bien" in g["description"] and "patrimoine" in g["about"]
    assert all(".invalid" in g[k] for k in ("homepage", "tracker", "repository"))


def test_about_reads_metadata_once():
    from veille_plugin import __about__

    cp = configparser.ConfigParser(interpolation=None)
    cp.read(ROOT / "metadata.txt", encoding="utf-8")
    assert __about__.__version__ == cp["general"]["version"]
    assert __about__.__title__.startswith("Veille patrimoniale")


def test_dependency_check_reports_missing_libraries_in_french():
    import importlib

    from veille_plugin import dependencies

    def importer(name):
        if name == "jsonschema":
            raise ImportError("No module named 'jsonschema'")
        return importlib.import_module(name)

    missing = dependencies.missing_dependencies(importer)
    assert [m[0] for m in missing] == ["jsonschema"]
    for where, command in (
        ("windows", 'python -m pip install "jsonschema"'),
        ("debian", "sudo apt install python3-jsonschema"),
    ):
        text = dependencies.install_instructions(missing, where)
        assert command in text and "redémarrez qgis" in text.lower(), text


def _module_graph():
    """{module: {imported plugin modules}} counting every import, those inside functions too; and private imports."""
    import ast

    root = Path(__file__).resolve().parents[2]
    modules = {}
    for path in (root / "veille_plugin").rglob("*.py"):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join(parts)] = path
    edges, private = {}, []
    for name, path in modules.items():
        package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom):
                continue
            if node.level:
                base = ".".join(package[: len(package) - node.level + 1] + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            if not base.startswith("veille_plugin"):
                continue
            for alias in node.names:
                target = f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                if target in modules and target != name:
                    edges.setdefault(name, set()).add(target)
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    private.append(f"{name}: from {base} import {alias.name}")
    return edges, private


def test_no_import_cycle_even_through_imports_inside_functions():
    edges, _ = _module_graph()
    cycles, state = [], {}

    def visit(node, stack):
        state[node] = "open"
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == "open":
                cycles.append(" → ".join(stack[stack.index(nxt) :] + [nxt]))
            elif nxt not in state:
                visit(nxt, stack)
        stack.pop()
        state[node] = "done"

    for module in sorted(edges):
        if module not in state:
            visit(module, [])
    assert not cycles, "\n".join(cycles)


def test_no_private_name_is_imported_from_another_module():
    _, private = _module_graph()
    assert not private, "\n".join(private)


def test_settings_are_read_and_written_through_the_typed_object():
    """One typed Settings object (core/config.py): no string keys spelled across modules."""
    root = Path(__file__).resolve().parents[2] / "veille_plugin"
    offenders = [
        f"{p.relative_to(root)}:{n}"
        for p in root.rglob("*.py")
        if p.name != "config.py"
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if "config.load()" in line or "config.set_value(" in line or "config.save(" in line
    ]
    assert not offenders, offenders


def test_typed_settings_round_trip(tmp_path, monkeypatch):
    from veille_plugin.core import config

    monkeypatch.setenv("VEILLE_CONFIG_DIR", str(tmp_path))
    assert config.load_settings() == config.Settings()
    settings = config.update_settings(register="service=veille", rules_path=str(tmp_path / "r.yaml"))
    assert settings.register == "service=veille" and settings.reference_path is None
    assert config.update_settings(register=None).register is None
    import pytest

    with pytest.raises(TypeError):
        config.update_settings(registre="x")  # a misspelt setting is refused, not stored


def test_no_line_longer_than_120_characters():
    root = Path(__file__).resolve().parents[2]
    long_lines = [
        f"{p.relative_to(root)}:{n} ({len(line)})"
        for d in ("veille_plugin", "tests", "scripts")
        for p in (root / d).rglob("*.py")
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if len(line) > 120
    ]
    assert not long_lines, long_lines


def test_every_public_function_and_class_has_a_docstring():
    import ast

    root = Path(__file__).resolve().parents[2]
    missing = []

    def visit(body, path):
        for node in body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                if not node.name.startswith("_") and ast.get_docstring(node) is None:
                    missing.append(f"{path.relative_to(root)}:{node.lineno} {node.name}")
                if isinstance(node, ast.ClassDef):
                    visit(node.body, path)

    for path in (root / "veille_plugin").rglob("*.py"):
        visit(ast.parse(path.read_text(encoding="utf-8")).body, path)
    assert not missing, missing


def test_the_shared_vocabulary_is_spelled_once():
    """Verdicts, severities, sweep statuses and change kinds are written in core/vocabulary.py and imported from
    there; a string equal to one of them elsewhere is a second spelling (issue 11). Modules whose own vocabulary
    happens to use the same word (a Sitadel status, a search qualifier) are named here."""
    import ast

    words = {
        "non conforme",
        "donnée manquante",
        "non applicable",
        "bloquant",
        "majeur",
        "interrompu",
        "inchangé",
        "modifié",
    }
    own_words = {"vocabulary.py", "search_lexicon.py", "sitadel.py"}
    found = []
    for path in sorted((ROOT / "veille_plugin").rglob("*.py")):
        if path.name in own_words:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
            and node.body
            and isinstance(node.body[0], ast.Expr)
        }
        labels = {  # a label given to translation (tr("modifié")) is the word shown, not a second spelling
            id(node.args[-1])
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and getattr(node.func, "id", None) in ("tr", "QT_TRANSLATE_NOOP")
            and node.args
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and node.value in words and id(node) not in docstrings | labels:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} «{node.value}»")
    assert not found, found
